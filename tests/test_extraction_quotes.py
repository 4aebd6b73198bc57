"""Quotes and speakers, on short sentences written for these tests (no database)."""
import json
import re

import pytest

from articles.extraction import nlp
from articles.extraction.page import read_page
from articles.extraction.people import find_people
from articles.extraction.quotemarks import find_quoted_pieces
from articles.extraction.quotes import find_quotes
from articles.extraction.types import PARAGRAPH_SEPARATOR, PersonRef, Span


def person(text: str, name: str, *aliases: str) -> PersonRef:
    """A PersonRef as people.find_people would give it: every mention by name."""
    forms = sorted({name, *aliases}, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, forms)) + r")\b")
    spans = tuple(Span(m.start(), m.end()) for m in pattern.finditer(text))
    return PersonRef(name=name, aliases=tuple(aliases), spans=spans)


def quotes_in(*paragraphs: str, people=()) -> list[tuple[str, str | None]]:
    text = PARAGRAPH_SEPARATOR.join(paragraphs)
    refs = tuple(person(text, *forms) for forms in people)
    found = find_quotes(nlp.parse(text), refs)
    for quote in found:
        assert quote.span.text_in(text) == quote.text
    return [(quote.text, quote.speaker) for quote in found]


MARA = ("Mara Lind", "Lind")
OTTO = ("Otto Brenner", "Brenner")


def test_it_attributes_a_quote_to_the_subject_of_said_that():
    found = quotes_in(
        'Mara Lind said that "the bridge will open in May, whatever the weather."',
        people=[MARA],
    )
    quote = "the bridge will open in May, whatever the weather."
    assert found == [(quote, "Mara Lind")]


def test_it_attributes_a_quote_followed_by_said_and_a_name():
    found = quotes_in(
        '"We have never seen a harvest this poor in the valley," said Otto Brenner.',
        people=[OTTO],
    )
    quote = "We have never seen a harvest this poor in the valley,"
    assert found == [(quote, "Otto Brenner")]


def test_it_attributes_a_quote_followed_by_a_name_and_said():
    found = quotes_in('"We have no room for schools," Brenner said.', people=[OTTO])
    assert found[0][1] == "Otto Brenner"


def test_it_attributes_through_an_appositive_speaker():
    found = quotes_in(
        '"Most patients recover within a week or two," Hugh Hill, a doctor, said.',
        people=[("Hugh Hill", "Hill")],
    )
    assert found[0][1] == "Hugh Hill"


def test_it_resolves_he_said_to_the_person_last_named_as_subject():
    found = quotes_in(
        "Otto Brenner met the mayor on Monday. Mara Lind stayed at home.",
        "Brenner spoke first.",
        'Later he said that "the talks went better than anyone had hoped."',
        people=[OTTO, MARA],
    )
    assert found == [("the talks went better than anyone had hoped.", "Otto Brenner")]


def test_it_resolves_he_added_to_the_speaker_named_before():
    found = quotes_in(
        'Brenner said the plan was "fair to every farmer in the region."',
        'He added that "nobody will lose land because of it, not one field."',
        people=[OTTO],
    )
    assert [speaker for _, speaker in found] == ["Otto Brenner", "Otto Brenner"]


def test_it_attributes_a_paragraph_introduced_by_said_with_a_colon():
    found = quotes_in(
        "Mara Lind said:",
        '"We will rebuild the school before the winter comes, and it will be bigger."',
        people=[MARA],
    )
    assert found[0][1] == "Mara Lind"


def test_it_gives_a_multi_paragraph_quotation_one_speaker_and_a_quote_per_paragraph():
    found = quotes_in(
        '"The first year was hard for all of us in the village," Lind said.',
        '"We lost the mill and half of the orchards in the spring floods.',
        '"But we are still here, and we are staying."',
        people=[MARA],
    )
    assert [speaker for _, speaker in found] == ["Mara Lind"] * 3
    assert found[1][0].startswith("We lost the mill and half of the orchards")


def test_it_splits_a_quotation_interrupted_by_its_attribution():
    found = quotes_in(
        '"We will win this case," Lind said, "no matter how long the appeal takes."',
        people=[MARA],
    )
    assert found == [
        ("We will win this case,", "Mara Lind"),
        ("no matter how long the appeal takes.", "Mara Lind"),
    ]


def test_it_keeps_single_quotes_inside_a_quotation_as_part_of_it():
    found = quotes_in(
        "\u201cThey told us \u2018wait until spring\u2019 and we waited for two years,"
        "\u201d Brenner said.",
        people=[OTTO],
    )
    assert found == [
        ("They told us \u2018wait until spring\u2019 and we waited for two years,",
         "Otto Brenner")
    ]


def test_it_keeps_a_short_fragment_that_a_reporting_verb_presents():
    found = quotes_in(
        'Lind said she was "ready at any moment" to meet the board.', people=[MARA]
    )
    assert found == [("ready at any moment", "Mara Lind")]


def test_it_keeps_a_quote_whose_paragraph_lost_its_full_stop():
    found = quotes_in('"We won it for the town," Lind said', people=[MARA])
    assert found == [("We won it for the town,", "Mara Lind")]


NOT_SPEECH = {
    "scare quote": 'The council approved a "temporary" tax that has lasted ten years.',
    "name a generic subject calls": 'Residents call the square the "old market".',
    "titles of works": 'The band played "Rivers Of The North" and "Long Way Home".',
    "title after titled": 'Her new album, titled "Quiet", came out on Friday.',
    "heading": '2. "A channel of our own"',
    "label before a noun": 'She starred in the "Harbor" series, a "quiet" show.',
    "slogan before campaign": 'The state dropped the "Slow Down. Live." campaign.',
    "number label": 'Both sides signed a "phase one" deal in the spring.',
    "possessive": 'Brenner said he would protect the "witness\'s" identity.',
    "negated verb": 'The experts cannot explain why the "reset" failed so quickly.',
}


@pytest.mark.parametrize("sentence", NOT_SPEECH.values(), ids=NOT_SPEECH.keys())
def test_it_drops_quoted_words_that_nobody_is_presented_as_saying(sentence):
    assert quotes_in(sentence, "The envoy said he worked alone.", people=[OTTO]) == []


def test_it_names_an_organisation_that_speaks():
    found = quotes_in('The Finance Ministry said it was "a grave mistake for us all."')
    assert found == [("a grave mistake for us all.", "Finance Ministry")]


def test_it_leaves_the_speaker_unknown_when_nobody_is_named():
    found = quotes_in('"Open the door, we are coming in!" an officer shouted.')
    assert found == [("Open the door, we are coming in!", None)]


def test_it_lists_a_repeated_quote_once():
    found = quotes_in(
        'Lind said that "the bridge will open in May, whatever the weather."',
        'Lind said that "the bridge will open in May, whatever the weather"',
        people=[MARA],
    )
    assert len(found) == 1


def test_a_repeat_that_names_the_speaker_lends_it_to_the_first_occurrence():
    found = quotes_in(
        '"The bridge will open in May, whatever the weather."',
        "The mayor spoke on Monday.",
        'Lind said that "the bridge will open in May, whatever the weather."',
        people=[MARA],
    )
    quote = "The bridge will open in May, whatever the weather."
    assert found == [(quote, "Mara Lind")]


def test_it_does_not_take_reported_speech_as_a_quote():
    found = quotes_in(
        "Brenner said in October that he would consider meeting the mayor soon.",
        people=[OTTO],
    )
    assert found == []


def test_it_attributes_a_quote_paragraph_to_the_speaker_of_the_paragraph_before():
    found = quotes_in(
        "Mara Lind said the village would rebuild the mill by the summer.",
        '"We have the timber, we have the hands, and now we have the money too."',
        people=[MARA],
    )
    assert found[0][1] == "Mara Lind"


def test_it_keeps_the_speaker_of_a_quote_for_the_quote_paragraph_after_it():
    found = quotes_in(
        '"The river rose faster than anyone expected," Brenner said.',
        '"By midnight the whole lower town was under water, every street of it."',
        people=[OTTO],
    )
    assert [speaker for _, speaker in found] == ["Otto Brenner", "Otto Brenner"]


def test_it_keeps_a_short_sentence_that_goes_on_from_a_quote():
    found = quotes_in(
        '"Hands where I can see them!" an officer shouted. "Step out."'
    )
    assert [text for text, _ in found] == ["Hands where I can see them!", "Step out."]


def test_it_resolves_the_actor_said_to_the_person_last_named():
    found = quotes_in(
        "Otto Brenner left the show on Monday after six seasons.",
        '"It was the best job I ever had, and I will miss all of it," said the actor.',
        people=[OTTO],
    )
    assert found[0][1] == "Otto Brenner"


def test_it_leaves_an_unnamed_insider_unknown():
    found = quotes_in(
        "Otto Brenner would not comment, but an insider spoke to the paper.",
        '"He is furious about the whole affair and wants out," the insider said.',
        people=[OTTO],
    )
    assert found[0][1] is None


def test_it_takes_a_surname_the_parser_missed_before_the_verb():
    found = quotes_in(
        "The studio hired Chris Early in May. Mara Lind runs it.",
        'Early says the team is ready. "We shipped every build on time this year,"'
        " he says.",
        people=[("Chris Early", "Early"), MARA],
    )
    assert found[0][1] == "Chris Early"


def test_it_finds_the_speaker_of_a_spokesperson_for_an_organisation():
    found = quotes_in(
        '"The talks will resume next week in the capital," a spokesperson for the'
        " United Nations said.",
    )
    assert found[0][1] == "United Nations"


def test_it_gives_the_statement_continued_to_the_organisation_that_issued_it():
    found = quotes_in(
        "Acme Records issued a statement on Monday.",
        '"We have always paid every artist on time," the statement continued.',
    )
    assert found[0][1] == "Acme Records"


def test_a_not_inside_the_quote_does_not_cancel_its_reporting_verb():
    found = quotes_in(
        "\u201cIt is hard not to, though,\u201d Lind acknowledged.", people=[MARA]
    )
    assert found == [("It is hard not to, though,", "Mara Lind")]


def test_it_does_not_take_the_pronoun_he_for_a_person_called_he():
    found = quotes_in(
        "Vice Premier Liu He left Washington on Friday.",
        "Otto Brenner, a professor, said the talks were stuck. He spoke at length.",
        '"Nobody on either side wants to be the first to give ground," he said.',
        people=[("Liu He", "Liu"), OTTO],
    )
    assert found[0][1] == "Otto Brenner"


def test_she_said_skips_a_later_subject_whose_pronouns_are_he():
    found = quotes_in(
        "Mara Lind said her new film was finished. She spent a year on it.",
        "Otto Brenner produced it. He paid for the music himself.",
        '"I had never been so tired, or so happy, at the end of a shoot," she said.',
        people=[MARA, OTTO],
    )
    assert found[0][1] == "Mara Lind"


def test_the_president_said_means_the_one_person_with_that_title():
    text = (
        "President Otto Brenner met Mara Lind on Monday. Lind spoke first.\n\n"
        'The president said on Tuesday that the deal "is done, and it is a good one '
        'for both of us."'
    )
    brenner = PersonRef(
        name="Otto Brenner", spans=(Span(10, 22),), role="President"
    )
    lind = person(text, *MARA)
    found = find_quotes(nlp.parse(text), (brenner, lind))
    assert found[0].speaker == "Otto Brenner"


def test_it_finds_the_speaker_after_a_long_appositive_past_the_sentence_end():
    found = quotes_in(
        "\u201cWithout a cut in the tariffs, what would make anyone sign this deal?"
        "\u201d Otto Brenner, the former director for trade at the central bank in the"
        " capital, said at a forum in the city on Monday.",
        people=[OTTO],
    )
    assert found[0][1] == "Otto Brenner"


def test_words_that_introduce_the_next_quote_do_not_claim_the_one_before():
    found = quotes_in(
        '"It is a different muscle," Lind said. "You step outside of yourself a '
        'little." Brenner agreed: "It is another job altogether, and a hard one."',
        people=[MARA, OTTO],
    )
    assert [speaker for _, speaker in found] == [MARA[0], MARA[0], OTTO[0]]


def test_the_person_told_is_not_the_speaker():
    found = quotes_in(
        "Mara Lind met the minister on Monday.",
        '"We are ready to sign the lease for the harbour," she told Otto Brenner.',
        people=[MARA, OTTO],
    )
    assert found[0][1] == "Mara Lind"


def test_the_scanner_takes_a_mark_after_a_digit_for_inches():
    text = 'The 70"+ screen sold out. He said "we will order more next week."'
    pieces = find_quoted_pieces(text)
    assert [text[p.start : p.end] for p in pieces] == ["we will order more next week."]


def test_the_scanner_pairs_straight_and_curly_marks():
    text = 'He said "first part,\u201d and then \u201csecond part."'
    pieces = find_quoted_pieces(text)
    assert [text[p.start : p.end] for p in pieces] == ["first part,", "second part."]


SEED_NAME = "putin-trump-inauguration"


def seed_paragraphs(seed_dir) -> tuple[str, list[str]]:
    """The seed .txt's caption (the line printed twice) and the article paragraphs
    after it, up to the credits line."""
    lines = [
        line.strip()
        for line in (seed_dir / f"{SEED_NAME}.txt").read_text().splitlines()
    ]
    lines = [line for line in lines if line]
    caption_end = max(i for i in range(1, len(lines)) if lines[i] == lines[i - 1])
    credits = next(i for i, line in enumerate(lines) if line.startswith("With report"))
    return lines[caption_end], lines[caption_end + 1 : credits]


def fold_quote(text: str) -> str:
    return text.strip().lower().rstrip(".,;:!? ")


def expected_quotes(seed_dir) -> list[tuple[str, str]]:
    expected = json.loads((seed_dir / "expected.json").read_text())
    return sorted((fold_quote(q["text"]), q["speaker"]) for q in expected["quotes"])


def found_quotes(doc, people) -> list[tuple[str, str | None]]:
    return sorted((fold_quote(q.text), q.speaker) for q in find_quotes(doc, people))


@pytest.mark.parametrize("with_caption", [False, True], ids=["body", "with caption"])
def test_the_seed_yields_exactly_its_four_quotes_by_putin(seed_dir, with_caption):
    """The caption repeats the second quote: it adds no quote of its own."""
    caption, paragraphs = seed_paragraphs(seed_dir)
    body = PARAGRAPH_SEPARATOR.join([caption] * with_caption + paragraphs)
    people = (
        person(body, "Vladimir Putin", "Putin"),
        person(body, "Donald Trump", "Trump"),
        person(body, "Hillary Clinton"),
    )
    assert found_quotes(nlp.parse(body), people) == expected_quotes(seed_dir)


@pytest.mark.parametrize("file_name", [SEED_NAME + ".txt", SEED_NAME + ".html"])
def test_the_seed_pages_through_the_page_and_people_stages_yield_the_four_quotes(
    seed_dir, file_name
):
    page = read_page((seed_dir / file_name).read_bytes(), file_name)
    doc = nlp.parse(page.body)
    assert found_quotes(doc, find_people(doc)) == expected_quotes(seed_dir)


def test_the_office_an_apposition_names_resolves_a_later_the_governor_said():
    text = (
        "Claire Fontaine, the governor of the Bank of Canada, met Finance Minister "
        "Tom Berg in Ottawa. Berg spoke first and left early."
        + PARAGRAPH_SEPARATOR
        + '"Rates will stay where they are for some time to come," the governor said.'
    )
    doc = nlp.parse(text)
    quotes = find_quotes(doc, find_people(doc))
    assert [quote.speaker for quote in quotes] == ["Claire Fontaine"]
