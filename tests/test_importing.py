"""The importer, fed hand-built ExtractedArticle values: no spaCy, no files."""

from datetime import date

import pytest
from django.db import connection

from articles import identity, importing
from articles.extraction.types import (
    CountryRef,
    ExtractedArticle,
    ExtractionError,
    PersonRef,
    QuoteRef,
    Span,
)
from articles.importing import Outcome, save_article
from articles.models import (
    Article,
    Country,
    CountryMention,
    Outlet,
    Person,
    PersonAlias,
    PersonMention,
    Quote,
)

pytestmark = pytest.mark.django_db

BODY = (
    "Finance Minister Mira Kovac met Jonas Brandt in Oslo on Monday.\n\n"
    '"We agreed on very little," Kovac said of the Norwegian talks.'
)


def span_of(body, text):
    start = body.index(text)
    return Span(start, start + len(text))


def kovac(body=BODY):
    spans = tuple(span_of(body, form) for form in ("Mira Kovac", "Kovac said"))
    spans = (spans[0], Span(spans[1].start, spans[1].start + len("Kovac")))
    return PersonRef(
        name="Mira Kovac",
        aliases=("Kovac", "Finance Minister Mira Kovac"),
        spans=spans,
        role="Finance Minister",
    )


def article(**changes):
    values = dict(
        title="Kovac and Brandt meet in Oslo",
        body=BODY,
        outlet="The Northern Ledger",
        url="https://ledger.example/kovac-brandt",
        published=date(2024, 3, 4),
        authors=("Ana Lind", "Per Holm"),
        credits="With reporting by Reuters",
        people=(
            kovac(),
            PersonRef(name="Jonas Brandt", spans=(span_of(BODY, "Jonas Brandt"),)),
        ),
        countries=(
            CountryRef(
                iso2="NO",
                name="Norway",
                spans=(span_of(BODY, "Oslo"), span_of(BODY, "Norwegian")),
                seen_as=("Oslo", "Norwegian"),
            ),
        ),
        quotes=(
            QuoteRef(
                text="We agreed on very little,",
                span=span_of(BODY, "We agreed on very little,"),
                speaker="Mira Kovac",
            ),
        ),
    )
    values.update(changes)
    return ExtractedArticle(**values)


def archive_counts():
    models = (
        Article,
        Outlet,
        Person,
        PersonAlias,
        PersonMention,
        CountryMention,
        Quote,
    )
    return {model.__name__: model.objects.count() for model in models}


def test_it_creates_the_article_with_its_fields():
    result = save_article(article(), b"<html>page</html>", "kovac.html")

    assert result.outcome is Outcome.CREATED
    stored = Article.objects.get()
    assert stored == result.article
    assert stored.title == "Kovac and Brandt meet in Oslo"
    assert stored.slug == "kovac-and-brandt-meet-in-oslo"
    assert stored.outlet.name == "The Northern Ledger"
    assert stored.outlet.slug == "the-northern-ledger"
    assert stored.url == "https://ledger.example/kovac-brandt"
    assert stored.published == date(2024, 3, 4)
    assert stored.byline == "Ana Lind, Per Holm"
    assert stored.credits == "With reporting by Reuters"
    assert stored.body == BODY
    assert stored.source_name == "kovac.html"
    assert bytes(stored.source_bytes) == b"<html>page</html>"
    assert stored.content_hash == importing.content_hash(b"<html>page</html>")


def test_it_records_people_mentions_countries_and_quotes_at_their_offsets():
    stored = save_article(article(), b"page", "kovac.html").article

    mentions = [
        (m.person.name, BODY[m.start : m.end]) for m in stored.person_mentions.all()
    ]
    assert mentions == [
        ("Mira Kovac", "Mira Kovac"),
        ("Jonas Brandt", "Jonas Brandt"),
        ("Mira Kovac", "Kovac"),
    ]
    countries = [
        (m.country.iso2, BODY[m.start : m.end]) for m in stored.country_mentions.all()
    ]
    assert countries == [("NO", "Oslo"), ("NO", "Norwegian")]
    quote = stored.quotes.get()
    assert quote.speaker.name == "Mira Kovac"
    assert BODY[quote.start : quote.end] == quote.text == "We agreed on very little,"


def test_it_records_the_aliases_a_person_was_seen_under():
    save_article(article(), b"page", "kovac.html")

    person = Person.objects.get(name="Mira Kovac")
    assert person.slug == "mira-kovac"
    assert sorted(person.aliases.values_list("name", flat=True)) == [
        "Finance Minister Mira Kovac",
        "Kovac",
    ]


def test_a_role_describes_a_person_without_description_and_never_replaces_one():
    Person.objects.create(name="Jonas Brandt", slug="jonas-brandt", description="Mayor")
    brandt = PersonRef(name="Jonas Brandt", role="Harbour Master")

    save_article(article(people=(kovac(), brandt), quotes=()), b"page", "a.html")

    assert Person.objects.get(name="Mira Kovac").description == "Finance Minister"
    assert Person.objects.get(name="Jonas Brandt").description == "Mayor"


def test_it_stores_no_url_as_null_so_several_articles_can_lack_one():
    save_article(article(url=""), b"first", "a.txt")
    save_article(article(url=""), b"second", "b.txt")

    assert list(Article.objects.values_list("url", flat=True)) == [None, None]


def test_it_refuses_urls_that_are_not_web_addresses():
    stored = save_article(article(url="javascript:alert(1)"), b"page", "a.html")

    assert stored.article.url is None


def test_it_never_creates_countries_and_skips_unknown_codes():
    countries_before = Country.objects.count()
    unknown = CountryRef(iso2="XX", name="Nowhere", spans=(Span(0, 7),))

    stored = save_article(article(countries=(unknown,)), b"page", "a.html").article

    assert Country.objects.count() == countries_before
    assert not stored.country_mentions.exists()


def import_page(data, name, extract, dry_run=False):
    """One page through import_pages, `extract(data, name)` its extraction."""
    (result,) = importing.import_pages(
        [(data, name)],
        extract_many=lambda pages: [extract(*page) for page in pages],
        dry_run=dry_run,
    )
    return result


def test_it_says_unchanged_for_the_same_bytes_without_extracting_again():
    import_page(b"page", "a.html", extract=lambda data, name: article())
    before = archive_counts()

    def must_not_run(data, name):
        raise AssertionError("extraction ran on bytes already imported")

    result = import_page(b"page", "a.html", extract=must_not_run)

    assert result.outcome is Outcome.UNCHANGED
    assert result.article == Article.objects.get()
    assert archive_counts() == before


def test_it_creates_another_article_for_other_bytes_without_url():
    save_article(article(url=""), b"first version", "a.txt")

    result = save_article(article(url=""), b"second version", "a.txt")

    assert result.outcome is Outcome.CREATED
    assert Article.objects.count() == 2


def test_it_updates_the_article_with_the_same_url_and_replaces_its_findings():
    first = save_article(article(), b"version one", "a.html").article
    new_body = "Jonas Brandt left Oslo for Sweden."
    newer = article(
        title="Brandt leaves",
        body=new_body,
        people=(PersonRef("Jonas Brandt", spans=(span_of(new_body, "Jonas Brandt"),)),),
        countries=(CountryRef("SE", "Sweden", spans=(span_of(new_body, "Sweden"),)),),
        quotes=(),
    )

    result = save_article(newer, b"version two", "a.html")

    assert result.outcome is Outcome.UPDATED
    stored = Article.objects.get()
    assert stored.pk == first.pk
    assert stored.slug == first.slug  # links to the article keep working
    assert stored.title == "Brandt leaves"
    assert stored.body == new_body
    assert stored.content_hash == importing.content_hash(b"version two")
    assert [m.person.name for m in stored.person_mentions.all()] == ["Jonas Brandt"]
    assert [m.country.iso2 for m in stored.country_mentions.all()] == ["SE"]
    assert not Quote.objects.exists()


def test_a_person_named_by_alias_in_one_article_is_the_person_named_in_full_elsewhere():
    save_article(article(), b"first", "a.html")
    body = "Kovac flew home."
    short = PersonRef(name="Kovac", spans=(span_of(body, "Kovac"),))

    stored = save_article(
        article(url="", body=body, people=(short,), countries=(), quotes=()),
        b"second",
        "b.html",
    ).article

    assert Person.objects.filter(name__contains="Kovac").count() == 1
    assert stored.person_mentions.get().person.name == "Mira Kovac"


def test_a_person_first_seen_by_short_name_takes_the_full_name_when_it_appears():
    body = "Kovac flew home."
    short = PersonRef(name="Kovac", spans=(span_of(body, "Kovac"),))
    save_article(
        article(url="", body=body, people=(short,), countries=(), quotes=()),
        b"first",
        "a.html",
    )

    save_article(article(), b"second", "b.html")

    person = Person.objects.get(name__contains="Kovac")
    assert person.name == "Mira Kovac"
    assert person.description == "Finance Minister"
    assert person.mentions.count() == 3
    assert "Kovac" in person.aliases.values_list("name", flat=True)


def test_it_never_takes_an_alias_that_belongs_to_another_person():
    other = Person.objects.create(name="Lena Kovac", slug="lena-kovac")
    PersonAlias.objects.create(person=other, name="Kovac")

    save_article(article(), b"page", "a.html")

    assert PersonAlias.objects.get(name="Kovac").person == other
    assert Person.objects.get(name="Mira Kovac") != other


def test_a_speaker_named_by_alias_is_the_person_of_this_article():
    quote = QuoteRef(text="We agreed", span=span_of(BODY, "We agreed"), speaker="Kovac")

    stored = save_article(article(quotes=(quote,)), b"page", "a.html").article

    assert stored.quotes.get().speaker.name == "Mira Kovac"


def test_a_speaker_outside_the_articles_people_is_found_in_the_archive():
    known = Person.objects.create(name="Ola Berg", slug="ola-berg")
    quote = QuoteRef("We agreed", span_of(BODY, "We agreed"), speaker="Ola Berg")

    stored = save_article(article(quotes=(quote,)), b"page", "a.html").article

    assert stored.quotes.get().speaker == known


def test_a_speaker_that_is_no_known_person_is_kept_as_text_not_made_a_person():
    speaker = "the Norwegian foreign ministry"
    quote = QuoteRef(text="We agreed", span=span_of(BODY, "We agreed"), speaker=speaker)

    stored = save_article(article(quotes=(quote,)), b"page", "a.html").article

    assert stored.quotes.get().speaker is None
    assert stored.quotes.get().attributed_to == speaker
    assert not Person.objects.filter(name=speaker).exists()


def test_a_quote_without_speaker_is_kept_without_one():
    quote = QuoteRef(text="We agreed", span=span_of(BODY, "We agreed"))

    stored = save_article(article(quotes=(quote,)), b"page", "a.html").article

    assert stored.quotes.get().speaker is None


def test_article_slugs_get_a_number_when_the_title_is_taken():
    slugs = [
        save_article(article(url=""), data, "a.html").article.slug
        for data in (b"one", b"two", b"three")
    ]

    assert slugs == [
        "kovac-and-brandt-meet-in-oslo",
        "kovac-and-brandt-meet-in-oslo-2",
        "kovac-and-brandt-meet-in-oslo-3",
    ]


def test_people_with_the_same_slug_get_a_number():
    Person.objects.create(name="Mira  Kovač", slug="mira-kovac")

    save_article(article(), b"page", "a.html")

    assert Person.objects.get(name="Mira Kovac").slug == "mira-kovac-2"


def test_a_slug_taken_meanwhile_by_another_import_makes_it_take_the_next(
    monkeypatch,
):
    Person.objects.create(name="Someone Else", slug="mira-kovac")
    real_unique_slug = identity.unique_slug
    answers = iter(["mira-kovac"])  # as if looked up before the other insert

    def stale_then_real(model, text, *, fallback):
        return next(answers, None) or real_unique_slug(model, text, fallback=fallback)

    monkeypatch.setattr(identity, "unique_slug", stale_then_real)

    save_article(article(), b"page", "a.html")

    assert Person.objects.get(name="Mira Kovac").slug == "mira-kovac-2"


def test_titles_without_latin_letters_get_a_fallback_slug():
    first = save_article(article(url="", title="Встреча"), b"one", "a.html")
    second = save_article(article(url="", title="会議"), b"two", "b.html")

    assert [first.article.slug, second.article.slug] == ["article", "article-2"]


def test_outlets_are_found_by_name():
    save_article(article(url=""), b"one", "a.html")
    save_article(article(url=""), b"two", "b.html")

    assert Outlet.objects.count() == 1
    assert Article.objects.filter(outlet__name="The Northern Ledger").count() == 2


def test_an_article_without_outlet_has_none():
    stored = save_article(article(outlet=""), b"page", "a.html").article

    assert stored.outlet is None


def test_overlong_values_are_cut_to_fit_their_columns():
    stored = save_article(article(title="T" * 900), b"page", "a.html").article

    assert len(stored.title) == 500


def test_nul_characters_are_replaced_keeping_offsets():
    body = "Jonas\x00 Brandt spoke."
    brandt = PersonRef(name="Jonas Brandt", spans=(Span(7, 13),))
    page = article(body=body, people=(brandt,), countries=(), quotes=())

    stored = save_article(page, b"page", "a.html").article

    assert stored.body == "Jonas\ufffd Brandt spoke."
    assert stored.body[7:13] == "Brandt"


def test_a_dry_run_reports_the_outcome_and_writes_nothing():
    before = archive_counts()

    created = import_page(
        b"page", "a.html", extract=lambda data, name: article(), dry_run=True
    )

    assert created.outcome is Outcome.CREATED
    assert archive_counts() == before
    save_article(article(), b"page", "a.html")
    updated = save_article(article(title="New"), b"newer", "a.html", dry_run=True)
    assert updated.outcome is Outcome.UPDATED
    assert Article.objects.get().title == "Kovac and Brandt meet in Oslo"


def test_a_failure_mid_write_leaves_nothing_half_written(monkeypatch):
    save_article(article(url=""), b"earlier", "a.html")
    before = archive_counts()

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Quote.objects, "bulk_create", fail)
    new_person = PersonRef(name="Ola Berg", aliases=("Berg",), spans=(Span(0, 5),))
    with pytest.raises(RuntimeError):
        save_article(article(people=(new_person, kovac())), b"later", "b.html")

    assert archive_counts() == before


def test_a_database_error_in_one_article_leaves_the_next_one_importable(monkeypatch):
    def broken_sql(*args, **kwargs):
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM no_such_table")

    with monkeypatch.context() as patch:
        patch.setattr(PersonMention.objects, "bulk_create", broken_sql)
        with pytest.raises(Exception):
            save_article(article(), b"broken", "a.html")
    assert not Article.objects.exists()

    result = save_article(article(), b"good", "a.html")

    assert result.outcome is Outcome.CREATED
    assert Article.objects.count() == 1


def test_a_description_alias_never_identifies_a_person_in_a_later_article():
    body = "Ada Lind spoke. Later the president-elect left."
    first = ExtractedArticle(
        title="First",
        body=body,
        people=(
            PersonRef(
                "Ada Lind",
                aliases=("the president-elect",),
                spans=(span_of(body, "Ada Lind"),),
            ),
        ),
    )
    save_article(first, b"first", "first.html")
    quote = QuoteRef(
        "We agreed", span_of(BODY, "We agreed"), speaker="the president-elect"
    )

    stored = save_article(article(quotes=(quote,)), b"second", "b.html").article

    assert PersonAlias.objects.filter(name="the president-elect").exists()
    assert stored.quotes.get().speaker is None
    assert stored.quotes.get().attributed_to == "the president-elect"


# import_pages: a batch of pages, extracted together ----------------------------------


def batch_extractor(by_name: dict, calls: list):
    """extract_many over hand-built results: a value per page name, an
    ExtractionError to refuse it, or an exception class to crash the batch."""

    def extract_many(pages):
        calls.append([name for _, name in pages])
        results = []
        for _, name in pages:
            outcome = by_name[name]
            if isinstance(outcome, type):
                raise outcome(f"{name} broke the batch")
            results.append(outcome)
        return results

    return extract_many


def test_a_batch_reports_each_page_in_order_and_extracts_only_new_bytes():
    import_page(b"known", "known.html", extract=lambda data, name: article())
    calls = []
    extract_many = batch_extractor(
        {
            "new.html": article(url="https://ledger.example/new", title="New"),
            "empty.html": ExtractionError("no article text found"),
        },
        calls,
    )

    results = importing.import_pages(
        [(b"new", "new.html"), (b"known", "known.html"), (b"x", "empty.html")],
        extract_many=extract_many,
    )

    assert calls == [["new.html", "empty.html"]]
    assert [type(result) for result in results] == [
        importing.ImportResult,
        importing.ImportResult,
        ExtractionError,
    ]
    assert [results[0].outcome, results[1].outcome] == [
        Outcome.CREATED,
        Outcome.UNCHANGED,
    ]
    assert Article.objects.filter(title="New").exists()


def test_a_batch_of_known_pages_extracts_nothing():
    import_page(b"known", "known.html", extract=lambda data, name: article())
    calls = []

    results = importing.import_pages(
        [(b"known", "known.html")], extract_many=batch_extractor({}, calls)
    )

    assert calls == [] and results[0].outcome is Outcome.UNCHANGED


def test_a_crash_in_a_batch_fails_only_the_page_that_crashes():
    calls = []
    extract_many = batch_extractor(
        {
            "a.html": article(url="https://ledger.example/a", title="A"),
            "bad.html": ZeroDivisionError,
            "b.html": article(url="https://ledger.example/b", title="B"),
        },
        calls,
    )

    results = importing.import_pages(
        [(b"a", "a.html"), (b"bad", "bad.html"), (b"b", "b.html")],
        extract_many=extract_many,
    )

    assert calls[0] == ["a.html", "bad.html", "b.html"]  # then one page at a time
    assert calls[1:] == [["a.html"], ["bad.html"], ["b.html"]]
    assert isinstance(results[1], ZeroDivisionError)
    assert [results[0].outcome, results[2].outcome] == [Outcome.CREATED] * 2
    assert set(Article.objects.values_list("title", flat=True)) == {"A", "B"}


def test_a_database_error_while_saving_one_page_of_a_batch_spares_the_others(
    monkeypatch,
):
    write_findings = importing._write_findings

    def broken_for_a(stored, extracted):
        if extracted.title == "A":
            raise RuntimeError("disk full")
        write_findings(stored, extracted)

    monkeypatch.setattr(importing, "_write_findings", broken_for_a)
    pages = {
        "a.html": article(url="https://ledger.example/a", title="A"),
        "b.html": article(url="https://ledger.example/b", title="B"),
    }

    results = importing.import_pages(
        [(b"a", "a.html"), (b"b", "b.html")],
        extract_many=batch_extractor(pages, []),
    )

    assert isinstance(results[0], RuntimeError)
    assert results[1].outcome is Outcome.CREATED
    assert list(Article.objects.values_list("title", flat=True)) == ["B"]
