"""The seed article, imported by the command, checked against expected.json in full.

Both files in ../shared/seed describe the same article: the .html as the outlet
publishes it, the .txt as given.
"""
import io
import json
import re

import pytest
from django.core.management import call_command

from articles.models import Article, Person, PersonAlias

pytestmark = [pytest.mark.django_db, pytest.mark.shared]

SEED_FILES = {
    "html": "putin-trump-inauguration.html",
    "txt": "putin-trump-inauguration.txt",
}


@pytest.fixture
def expected(seed_dir):
    return json.loads((seed_dir / "expected.json").read_text(encoding="utf-8"))


def import_seed(seed_dir, *kinds):
    paths = [str(seed_dir / SEED_FILES[kind]) for kind in kinds]
    out = io.StringIO()
    call_command("import_articles", *paths, stdout=out)
    return out.getvalue()


@pytest.fixture(params=SEED_FILES)
def seed(request, seed_dir):
    """The kind of seed file ("html" or "txt") and the article it imported as."""
    import_seed(seed_dir, request.param)
    return request.param, Article.objects.get()


def normalised_quote(text):
    """The quote as expected.json compares it: case, white space, final punctuation."""
    text = " ".join(text.split()).casefold()
    return re.sub(r"[\s.,;:!?…]+$", "", text)


def test_the_seed_has_its_metadata(seed, expected):
    kind, article = seed

    assert article.title == expected["title"]
    assert article.outlet.name == expected["outlet"]
    published = article.published.isoformat() if article.published else None
    assert published == expected["published"][kind]
    assert article.url == expected["url"][kind]
    assert article.credits == expected["credits"]


def test_the_seed_body_starts_and_ends_where_expected(seed, expected):
    kind, article = seed
    body = article.body

    assert body.startswith(expected["body_starts_with"])
    # The credits line may follow the last quote.
    body = body.rstrip().removesuffix(expected["credits"]).rstrip()
    assert body.endswith(expected["body_ends_with"])
    for boilerplate in expected["body_must_not_contain"]:
        assert boilerplate not in article.body


def test_the_seed_has_its_people_with_their_aliases(seed, expected):
    kind, article = seed
    people = {person.name: person for person in article.people.distinct()}

    assert set(people) == {person["name"] for person in expected["people"]}
    for wanted in expected["people"]:
        person = people[wanted["name"]]
        known_as = {person.name, *person.aliases.values_list("name", flat=True)}
        assert set(wanted["aliases_seen"]) <= known_as, wanted["name"]


def test_the_seed_has_no_people_that_are_not_people(seed, expected):
    names = set(Person.objects.values_list("name", flat=True))
    names |= set(PersonAlias.objects.values_list("name", flat=True))

    assert names.isdisjoint(expected["not_people"])


def test_the_seed_has_exactly_its_countries(seed, expected):
    kind, article = seed

    codes = set(article.countries.values_list("iso2", flat=True))
    assert codes == {country["iso2"] for country in expected["countries"]}


def test_the_seed_has_every_quote_once_with_its_speaker(seed, expected):
    kind, article = seed

    found = sorted(
        (normalised_quote(quote.text), quote.speaker.name if quote.speaker else None)
        for quote in article.quotes.select_related("speaker")
    )
    wanted = sorted(
        (normalised_quote(quote["text"]), quote["speaker"])
        for quote in expected["quotes"]
    )
    assert found == wanted


def test_both_seed_files_make_two_articles_about_the_same_people(seed_dir, expected):
    output = import_seed(seed_dir, "html", "txt")

    assert output.splitlines()[-1] == "2 imported, 0 updated, 0 unchanged, 0 failed"
    assert Person.objects.count() == len(expected["people"])
    slugs = sorted(Article.objects.values_list("slug", flat=True))
    assert slugs[1] == slugs[0] + "-2"


def test_importing_the_seed_again_changes_nothing(seed_dir):
    import_seed(seed_dir, "html", "txt")

    output = import_seed(seed_dir, "html", "txt")

    assert output.splitlines()[-1] == "0 imported, 0 updated, 2 unchanged, 0 failed"
    assert Article.objects.count() == 2
