"""find_people on short sentences written for these tests, and on the seed article."""
import json

import pytest
from spacy.tokens import Span

from articles.extraction import nlp
from articles.extraction.people import find_people
from articles.extraction.types import PARAGRAPH_SEPARATOR, ExtractionError


def people_in(text):
    return {person.name: person for person in find_people(nlp.parse(text))}


def test_it_joins_a_surname_to_the_full_name():
    people = people_in(
        "Angela Merkel met reporters in Berlin on Monday. "
        "Merkel said the talks had gone well."
    )
    assert list(people) == ["Angela Merkel"]
    assert people["Angela Merkel"].aliases == ("Merkel",)
    assert len(people["Angela Merkel"].spans) == 2


def test_its_spans_point_at_the_names_in_the_text():
    text = "Yesterday Boris Johnson spoke. Johnson left early."
    person = find_people(nlp.parse(text))[0]
    assert [text[s.start : s.end] for s in person.spans] == ["Boris Johnson", "Johnson"]


def test_it_strips_a_title_and_keeps_it_as_the_role():
    text = "French President Emmanuel Macron arrived in Rome on Tuesday."
    people = people_in(text)
    macron = people["Emmanuel Macron"]
    assert macron.role == "French President"
    assert "French President Emmanuel Macron" in macron.aliases


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Trade Minister Kenji Sato spoke.", "Kenji Sato", "Trade Minister"),
        (
            "The plan was criticised by opposition leader Ana Duarte in Lisbon.",
            "Ana Duarte",
            "opposition leader",
        ),
        (
            "Central bank governor Tiff Macklem kept rates on hold.",
            "Tiff Macklem",
            "Central bank governor",
        ),
    ],
)
def test_the_role_keeps_the_words_of_the_office(text, name, role):
    assert people_in(text)[name].role == role


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Grace Mwangi, Kenya's trade commissioner, led the delegation.",
            "Grace Mwangi",
            "Kenya's trade commissioner",
        ),
        (
            "Claire Fontaine, the governor of the Bank of Canada, spoke first.",
            "Claire Fontaine",
            "governor of the Bank of Canada",
        ),
        (
            "Miriam Adler, an economist who has studied ports, said it was late.",
            "Miriam Adler",
            "economist",
        ),
        ("On Monday Peter Holm, 45, said he would run again.", "Peter Holm", ""),
    ],
)
def test_without_a_title_the_role_is_what_the_apposition_says(text, name, role):
    assert people_in(text)[name].role == role


def test_a_title_before_the_name_wins_over_an_apposition():
    text = "Foreign Minister Ingrid Haugen, a former diplomat, arrived in Oslo."
    assert people_in(text)["Ingrid Haugen"].role == "Foreign Minister"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The bill was backed by Sen. Elizabeth Warren on Friday.", "Elizabeth Warren"),
        ("The clinic is run by Dr. Anthony Fauci and his team.", "Anthony Fauci"),
        ("In the end Mr. Keir Starmer kept his seat.", "Keir Starmer"),
    ],
)
def test_it_strips_honorifics(text, name):
    assert name in people_in(text)


def test_it_does_not_keep_an_honorific_as_the_role():
    assert people_in("Later Mr. Keir Starmer kept his seat.")["Keir Starmer"].role == ""


def test_it_strips_a_possessive():
    people = people_in(
        "Joe Biden spoke on Monday. Biden's speech was short and the crowd cheered."
    )
    assert list(people) == ["Joe Biden"]
    assert people["Joe Biden"].aliases == ("Biden",)


def test_it_joins_a_surname_that_spacy_labels_otherwise():
    # The surname alone is often tagged ORG or GPE; it still names the person.
    text = "Donald Trump won the vote. Trump said in October he would attend."
    doc = nlp.parse(text)
    trump = next(p for p in find_people(doc) if p.name == "Donald Trump")
    assert [text[s.start : s.end] for s in trump.spans] == ["Donald Trump", "Trump"]


def test_it_does_not_join_a_surname_inside_another_name():
    text = "Donald Trump spoke at length. The guests stayed at Trump Tower."
    trump = people_in(text)["Donald Trump"]
    assert len(trump.spans) == 1


def test_it_keeps_a_single_name_known_by_a_title():
    people = people_in("Pope Francis visited Lisbon and spoke to young people.")
    assert "Pope Francis" in people


def test_it_keeps_two_people_with_different_names_apart():
    people = people_in("Kamala Harris and Nancy Pelosi met. Pelosi spoke first.")
    assert sorted(people) == ["Kamala Harris", "Nancy Pelosi"]
    assert people["Nancy Pelosi"].aliases == ("Pelosi",)


def test_it_does_not_take_places_or_acronyms_for_people():
    people = people_in(
        "Officials at the CIA said Moscow had annexed Crimea, according to AP."
    )
    assert not {"CIA", "Moscow", "Crimea", "AP"} & set(people)


def test_it_joins_a_name_with_a_generational_suffix():
    people = people_in(
        "Robert Downey Jr. arrived late. Later Robert Downey answered questions."
    )
    assert list(people) == ["Robert Downey Jr."]


def test_it_joins_a_short_given_name_to_the_full_one():
    people = people_in(
        "Patrick W. Carlineo was sentenced on Monday. Friends said Pat Carlineo "
        "was sorry."
    )
    assert list(people) == ["Patrick W. Carlineo"]
    assert "Pat Carlineo" in people["Patrick W. Carlineo"].aliases


def test_it_keeps_a_hyphenated_given_name_whole():
    people = people_in("The mayor, Hau Lung-bin, opened the festival on Sunday.")
    assert "Hau Lung-bin" in people


def test_it_cuts_a_name_off_at_a_possessive():
    people = people_in("The rocket was built by Jeff Bezos's Blue Origin last year.")
    assert "Jeff Bezos" in people
    assert not any("Origin" in name for name in people)


def test_it_drops_a_single_word_seen_once_without_a_title():
    # One bare word is too often a product or a common word at a sentence start.
    people = people_in("Meth is a problem here, the governor said in a statement.")
    assert people == {}


def test_it_keeps_a_single_word_with_a_title():
    assert "Trump" in people_in("President Trump spoke in the garden on Friday.")


def test_it_completes_a_surname_with_the_given_name_seen_elsewhere():
    text = "Officials praised the team. Dries Mertens scored. Later Mertens left."
    doc = nlp.parse(text)
    names = {p.name for p in find_people(doc)}
    assert "Dries Mertens" in names and "Mertens" not in names


def test_it_finds_a_speaker_that_spacy_did_not_mark_as_a_person():
    people = people_in(
        "Montell Figgins, who represents Thomas, said his client was innocent."
    )
    assert "Montell Figgins" in people


def test_it_does_not_take_an_organisation_that_speaks_for_a_person():
    people = people_in("Goldman Sachs said the market would recover soon.")
    assert people == {}


@pytest.mark.parametrize(
    "text",
    [
        "Cyclone Phailin hit the coast on Saturday night.",
        "Tickets for Dick Clark Productions went on sale.",
        "The Virginia Democrats won the vote.",
    ],
)
def test_it_does_not_take_storms_companies_or_groups_for_people(text):
    assert people_in(text) == {}


def test_it_skips_a_name_that_only_credits_a_picture():
    people = people_in("The museum reopened. Image: David Shankbone\n\nIt was busy.")
    assert "David Shankbone" not in people


@pytest.mark.parametrize(
    "text, name",
    [
        ("Fans lined up to see Britney Spears at the arena.", "Britney Spears"),
        ("The goal came after Casey Mittelstadt stole the puck.", "Casey Mittelstadt"),
    ],
)
def test_it_finds_a_given_name_and_surname_that_spacy_missed(text, name):
    assert name in people_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ship sailed into the Ross Sea in January.",
        "Shares of Morgan Stanley rose on Tuesday.",
    ],
)
def test_it_does_not_take_a_place_or_firm_for_a_given_name_and_surname(text):
    assert people_in(text) == {}


def test_it_keeps_a_person_a_caption_describes():
    people = people_in("File photo of magician David Gish at a show in April.")
    assert "David Gish" in people


def test_it_drops_editorial_brackets_from_a_name():
    people = people_in("He backed [George W.] Bush in 2000 and in 2004 as well.")
    assert "George W. Bush" in people


def test_it_joins_a_nickname_to_the_full_given_name():
    people = people_in(
        "Lawrence Lessig spoke at the event. Friends call Larry Lessig a pioneer."
    )
    assert list(people) == ["Lawrence Lessig"]


def test_it_reads_a_name_in_catalogue_order():
    people = people_in("Good books:\n\nAusten, Jane. Pride and Prejudice\n\nMore.")
    assert "Jane Austen" in people


def test_it_does_not_take_the_title_of_a_work_for_a_person():
    people = people_in("Dennis Hopper starred in the 1969 film Easy Rider, it said.")
    assert "Easy Rider" not in people and "Dennis Hopper" in people


def test_it_does_not_take_a_product_with_an_acronym_for_a_person():
    assert people_in("Fans tried Arkham VR at the stand in Toronto.") == {}


def test_it_does_not_take_an_acronym_and_a_name_for_a_person():
    text = "Visit JPL Stardust online. Fans of JPL Stardust wrote in."
    doc = doc_with_labels(text, [])
    starts = [token.i for token in doc if token.text == "JPL"]
    doc.set_ents([Span(doc, i, i + 2, label="PERSON") for i in starts])
    assert find_people(doc) == ()


def test_initials_with_dots_are_still_a_name():
    assert "O.J. Simpson" in people_in("They talked about O.J. Simpson for an hour.")


def test_a_surname_in_front_of_a_thing_stays_with_its_person():
    people = people_in(
        "Andy Warhol took many photos. One Warhol Polaroid sold well. "
        "Polaroid cameras were cheap then."
    )
    assert list(people) == ["Andy Warhol"]


@pytest.mark.parametrize(
    "text",
    [
        # Each twice, so that the rule for a lone single word does not decide.
        "SpaceX launched a rocket. Later SpaceX said the flight went well.",
        "Crowds watched as the Moon rose. Hours later the Moon was high over the bay.",
    ],
)
def test_it_does_not_take_a_brand_or_a_named_thing_for_a_person(text):
    assert people_in(text) == {}


def test_it_keeps_names_with_a_capital_after_a_prefix():
    people = people_in("Ron DeSantis met Leonardo DiCaprio and Ronald McDonald.")
    assert {"Ron DeSantis", "Leonardo DiCaprio"} <= set(people)


def doc_with_labels(text, labels):
    """The parsed text with its entities replaced: one (word index, label) each,
    so that a test does not depend on what the model happens to label."""
    doc = nlp.parse(text)
    ents = [Span(doc, i, i + 1, label=label) for i, label in labels]
    doc.set_ents(ents, default="outside")
    for i, _ in labels:
        doc[i].pos_ = "PROPN"
    return doc


def test_it_drops_a_word_that_spacy_mostly_does_not_call_a_person():
    text = "Vexo won. Vexo lost. Vexo grew. Vexo fell. Vexo rose."
    people_twice = [(0, "PERSON"), (3, "PERSON")]
    products = [(6, "PRODUCT"), (9, "PRODUCT"), (12, "PRODUCT")]
    mostly_products = doc_with_labels(text, people_twice + products)
    mostly_person = doc_with_labels(text, people_twice + [(6, "PERSON")])
    assert find_people(mostly_products) == ()
    assert [p.name for p in find_people(mostly_person)] == ["Vexo"]


def test_a_description_by_office_is_an_alias_of_the_person_named_before_it():
    text = (
        "Angela Merkel met Joe Biden in Berlin. The talks went well, and the "
        "American president praised the host."
    )
    people = people_in(text)
    assert "the American president" in people["Joe Biden"].aliases
    assert len(people["Joe Biden"].spans) == 1  # a description is no mention by name


@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden spoke. Later the president of the bank resigned.",
        "Joe Biden spoke. Later the president Emmanuel Macron arrived.",
    ],
)
def test_a_title_with_a_name_or_an_of_after_it_is_no_description(text):
    aliases = people_in(text)["Joe Biden"].aliases
    assert not any(alias.startswith("the ") for alias in aliases)


def test_a_one_letter_slip_in_a_long_given_name_is_the_same_person():
    people = people_in(
        "Kristin Wilkins curated the show. Kristen Wilkins said it was popular."
    )
    assert len(people) == 1


def test_a_surname_with_an_arabic_article_takes_its_short_form():
    people = people_in(
        "Mohamed El-Hassan Mohamed spoke to reporters. Later Hassan Mohamed left."
    )
    assert list(people) == ["Mohamed El-Hassan Mohamed"]


def test_names_whose_middle_initials_differ_are_two_people():
    people = people_in(
        "George H. W. Bush served one term. His son George W. Bush served two."
    )
    assert {"George H. W. Bush", "George W. Bush"} <= set(people)


def test_the_leading_words_of_a_fuller_name_join_it():
    people = people_in(
        "Thomas Babington Macaulay wrote history. Thomas Babington was his name "
        "as a boy."
    )
    assert list(people) == ["Thomas Babington Macaulay"]


def test_a_catalogue_entry_is_read_even_when_the_surname_is_a_place():
    people = people_in("Reading list:\n\nLondon, Jack. The Call of the Wild\n\nEnd.")
    assert "Jack London" in people


def test_no_two_mentions_overlap():
    text = "Reading list:\n\nAusten, Jane. Emma\n\nMarx, Karl. Capital\n\nEnd."
    people = find_people(nlp.parse(text))
    spans = sorted((s for p in people for s in p.spans), key=lambda s: s.start)
    assert spans and all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_parse_refuses_a_body_too_long_for_the_parser():
    too_long = "word " * (nlp.load().max_length // 5 + 1)
    with pytest.raises(ExtractionError, match="too long"):
        nlp.parse(too_long)


def seed_body(seed_dir, expected):
    """The seed's body: its paragraphs from the first to the last that expected.json
    names, joined as the page reader joins them."""
    text = (seed_dir / "putin-trump-inauguration.txt").read_text()
    start = text.index(expected["body_starts_with"])
    last = expected["body_ends_with"]
    end = text.index(last, start) + len(last)
    paragraphs = (line.strip() for line in text[start:end].split("\n"))
    return PARAGRAPH_SEPARATOR.join(p for p in paragraphs if p)


def test_a_name_the_article_also_writes_small_is_a_word():
    text = "Vexo won. Vexo lost. Some said vexo was only a fad."
    labels = [(0, "PERSON"), (3, "PERSON")]
    assert find_people(doc_with_labels(text, labels)) == ()


def test_a_known_surname_stays_a_person_whatever_spacy_mostly_calls_it():
    text = "Smith won. Smith lost. Smith grew. Smith fell. Smith rose."
    labels = [(0, "PERSON"), (3, "PERSON"), (6, "ORG"), (9, "ORG"), (12, "ORG")]
    assert [p.name for p in find_people(doc_with_labels(text, labels))] == ["Smith"]


def test_the_seed_article_names_exactly_its_three_people(seed_dir):
    expected = json.loads((seed_dir / "expected.json").read_text())
    body = seed_body(seed_dir, expected)
    people = {p.name: p for p in find_people(nlp.parse(body))}
    assert set(people) == {p["name"] for p in expected["people"]}
    putin = people["Vladimir Putin"]
    assert {"Putin", "Russian President Vladimir Putin"} <= set(putin.aliases)
    assert putin.role == "Russian President"
    assert {"Trump", "the U.S. president-elect"} <= set(people["Donald Trump"].aliases)
    for person in people.values():
        forms = {person.name, *person.aliases}
        assert all(body[s.start : s.end] in forms for s in person.spans)
    assert not set(expected["not_people"]) & set(people)
