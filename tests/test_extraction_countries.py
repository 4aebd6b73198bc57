"""find_countries on short sentences written for these tests, and on the seed."""
import json

import pytest
from spacy.tokens import Span as SpacySpan

from articles.extraction import nlp
from articles.extraction.countries import find_countries
from articles.extraction.people import find_people
from articles.extraction.types import PARAGRAPH_SEPARATOR, PersonRef, Span


def countries_in(text):
    doc = nlp.parse(text)
    return {c.iso2: c for c in find_countries(doc, find_people(doc))}


@pytest.mark.parametrize(
    "text, iso2, surface",
    [
        ("Talks with Russia resumed on Monday.", "RU", "Russia"),
        ("The deal was signed in the United Kingdom.", "GB", "the United Kingdom"),
        ("Exports to Britain fell sharply.", "GB", "Britain"),
        ("Officials in the U.S. declined to comment.", "US", "U.S."),
        ("Voters in South Korea went to the polls.", "KR", "South Korea"),
        ("Aid reached Bosnia on Friday.", "BA", "Bosnia"),
        ("Aid reached Herzegovina on Friday.", "BA", "Herzegovina"),
    ],
)
def test_it_finds_a_country_by_its_name(text, iso2, surface):
    country = countries_in(text)[iso2]
    assert surface in country.seen_as


def test_it_names_the_country_by_its_common_name():
    assert countries_in("Trade with Russia grew.")["RU"].name == "Russia"


@pytest.mark.parametrize(
    "text, iso2",
    [
        ("A Japanese carmaker opened a plant.", "JP"),
        ("Three Canadians were rescued from the mountain.", "CA"),
        ("The Russian Defense Ministry issued a statement.", "RU"),
        ("Israelis voted on Tuesday.", "IL"),
    ],
)
def test_it_finds_a_country_by_its_adjective_or_demonym(text, iso2):
    assert iso2 in countries_in(text)


def test_it_counts_both_halves_of_a_hyphenated_compound():
    countries = countries_in("The Russian-American relationship is strained.")
    assert countries["RU"].seen_as == ("Russian-American",)
    assert countries["US"].seen_as == ("Russian-American",)


def test_its_spans_of_a_compound_do_not_overlap():
    text = "The Russian-American relationship is strained."
    countries = countries_in(text)
    spans = [countries["RU"].spans[0], countries["US"].spans[0]]
    assert [text[s.start : s.end] for s in spans] == ["Russian", "American"]


@pytest.mark.parametrize(
    "text, iso2, surface",
    [
        ("Moscow's seizure of the peninsula was condemned.", "RU", "Moscow"),
        ("A statement on the Kremlin website said so.", "RU", "Kremlin"),
        ("The White House said it would respond.", "US", "White House"),
        ("Beijing said the tariffs were unfair.", "CN", "Beijing"),
    ],
)
def test_it_finds_a_capital_or_seat_of_government(text, iso2, surface):
    assert surface in countries_in(text)[iso2].seen_as


@pytest.mark.parametrize(
    "text, iso2",
    [
        ("The storm hit Texas on Sunday.", "US"),
        ("Flooding closed roads in Houston and nearby towns.", "US"),
        ("The man was arrested in Omaha, Neb., last week.", "US"),
        ("Russia annexed Crimea in 2014.", "UA"),
        ("Farmers in Tamil Nadu want more water.", "IN"),
        ("Fighting continued in the Gaza Strip overnight.", "PS"),
    ],
)
def test_it_finds_a_country_by_a_place_inside_it(text, iso2):
    assert iso2 in countries_in(text)


def test_it_reads_a_capitalised_dateline():
    assert "US" in countries_in("WASHINGTON — The Senate voted on Friday.")


def test_it_keeps_the_article_that_spacy_puts_in_the_name():
    countries = countries_in("Many people in the United States disagree.")
    assert countries["US"].seen_as == ("the United States",)


@pytest.mark.parametrize(
    "text",
    [
        "She flew American Airlines to the conference last week.",
        "She studied at the University of Florida for four years.",
        "The Washington Post reported the story first.",
        "He works for Bank of America in a small office.",
    ],
)
def test_it_skips_a_place_inside_the_name_of_an_organisation(text):
    assert countries_in(text) == {}


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The storm crossed the Indian Ocean toward Mauritius.", "IN"),
        ("Ships patrol the South China Sea near the Spratly Islands.", "CN"),
        ("Oil rigs in the Gulf of Mexico were evacuated on Sunday.", "MX"),
        ("The ferry sank in the Irish Sea.", "IE"),
    ],
)
def test_a_sea_named_after_a_country_is_not_the_country(text, absent):
    assert absent not in countries_in(text)


def test_the_country_beside_its_sea_still_counts():
    found = countries_in("China claims most of the South China Sea.")
    assert "CN" in found and found["CN"].seen_as == ("China",)


def test_a_country_name_after_an_unlabelled_given_name_is_a_surname():
    text = "The winners smiled. (Photo by Zen Trinidad/PNA)"
    doc = nlp.parse(text)
    assert find_countries(doc, ()) == ()


@pytest.mark.parametrize(
    "text, iso2",
    [
        ("Prices rose in Sao Paulo this year.", "BR"),
        ("Banks in Zurich were closed.", "CH"),
        ("Greenlanders voted on Tuesday.", "GL"),
    ],
)
def test_it_knows_names_without_accents_and_small_territories(text, iso2):
    assert iso2 in countries_in(text)


def test_it_skips_a_place_word_inside_a_persons_name():
    text = "Jordan Peterson and George Washington Carver were mentioned."
    assert countries_in(text) == {}


def test_georgia_is_the_us_state_in_an_article_about_the_us():
    text = "The senator flew from Texas to Georgia to campaign."
    assert set(countries_in(text)) == {"US"}


def test_georgia_is_the_country_elsewhere():
    assert set(countries_in("Georgia and Armenia signed a treaty.")) == {"GE", "AM"}


def test_it_finds_both_countries_in_a_hyphenated_token():
    assert {"US", "CA"} <= set(countries_in("He studies U.S.-Canada trade."))


def test_a_country_name_in_front_of_an_institution_counts():
    assert "US" in countries_in("The bill is before the US Senate this week.")


@pytest.mark.parametrize(
    "text, iso2",
    [
        ("The band played in Paris, Texas, on Saturday.", "US"),
        ("The plant in Birmingham, Ala., closed.", "US"),
    ],
)
def test_a_shared_town_name_takes_the_country_of_the_place_after_it(text, iso2):
    assert set(countries_in(text)) == {iso2}


def test_a_shared_town_name_goes_to_the_country_the_article_is_about():
    text = "Canada's economy grew. Factories in Hamilton hired more workers."
    assert set(countries_in(text)) == {"CA"}


def test_a_big_city_is_not_moved_to_a_small_namesake():
    text = "Americans love travel. Many of them visited Rome last summer."
    assert set(countries_in(text)) == {"US", "IT"}


def test_a_town_name_inside_a_longer_name_does_not_count():
    text = "She studied at the campus in San Marcos for two years."
    assert countries_in(text) == {}


def test_a_place_name_longer_than_a_persons_name_still_counts():
    text = "The vote was backed by Trinidad and Tobago on Monday."
    doc = nlp.parse(text)
    start = text.index("Tobago")
    wrongly_a_person = PersonRef("Tobago", spans=(Span(start, start + 6),))
    assert "TT" in {c.iso2 for c in find_countries(doc, (wrongly_a_person,))}


def test_a_town_name_that_spacy_calls_a_person_counts_only_after_in():
    text = "Crowds loved Hamilton on stage. Later they ate in Woking."
    doc = nlp.parse(text)
    as_people = [SpacySpan(doc, i, i + 1, label="PERSON") for i in (2, 10)]
    doc.set_ents(as_people, default="outside")
    assert {c.iso2 for c in find_countries(doc, ())} == {"GB"}


def seed_body(seed_dir, expected):
    """The seed's body: its paragraphs from the first to the last that expected.json
    names, joined as the page reader joins them."""
    text = (seed_dir / "putin-trump-inauguration.txt").read_text()
    start = text.index(expected["body_starts_with"])
    last = expected["body_ends_with"]
    end = text.index(last, start) + len(last)
    paragraphs = (line.strip() for line in text[start:end].split("\n"))
    return PARAGRAPH_SEPARATOR.join(p for p in paragraphs if p)


def test_the_seed_article_refers_to_exactly_its_four_countries(seed_dir):
    expected = json.loads((seed_dir / "expected.json").read_text())
    body = seed_body(seed_dir, expected)
    doc = nlp.parse(body)
    countries = {c.iso2: c for c in find_countries(doc, find_people(doc))}
    assert set(countries) == {c["iso2"] for c in expected["countries"]}
    for gold in expected["countries"]:
        country = countries[gold["iso2"]]
        assert set(country.seen_as) == set(gold["seen_as"])
        assert country.name == gold["name"]
