"""Per-document scoring of each kind of gold, from predictions written by hand."""

import pytest

from articles.evaluation.gold import (
    CountryDocument,
    GoldPerson,
    GoldQuote,
    MetadataPage,
    QuotePage,
    Source,
)
from articles.evaluation.quote_scoring import QUOTE_MEASURES, score_quote_page
from articles.evaluation.set_scoring import (
    COUNTRY_MEASURES,
    METADATA_MEASURES,
    PEOPLE_MEASURES,
    score_body,
    score_countries,
    score_metadata,
    score_people,
)

NO_SOURCE = Source("page.html", text="")


def figures(measures, records):
    return {measure.name: measure.compute(records) for measure in measures}


def test_body_scoring_keeps_pipeline_and_baseline_apart():
    record = score_body("a b c d e", {"text": "a b c d e"}, "a b c d")
    assert (record.overlap.recall, record.exact) == (1.0, True)
    assert (record.baseline_overlap.recall, record.baseline_exact) == (0.5, False)


def test_a_refused_page_scores_as_an_empty_prediction():
    record = score_body("a b c d e", {"error": "not an article"}, "")
    assert record.overlap.recall == 0.0


def test_metadata_shares_are_micro_averaged_over_snippets():
    gold = MetadataPage(
        "p",
        NO_SOURCE,
        "A Title",
        "2020-01-02",
        "Ann Lee",
        with_snippets=("first part", "second part", "third part"),
        without_snippets=("Subscribe",),
    )
    predicted = {
        "title": "a title",
        "published": "2020-01-02",
        "authors": ["Bo Chan"],
        "text": "The first part and the second part. Subscribe",
    }
    result = figures(METADATA_MEASURES, [score_metadata(gold, predicted)])
    assert result == {
        "title": 1.0,
        "date": 1.0,
        "author": 0.0,
        "with": pytest.approx(2 / 3),
        "without": 0.0,
    }


def test_people_scores_count_pairs_and_splits():
    gold = (GoldPerson("Ana Ruiz", ("Ana Ruiz", "Ruiz")), GoldPerson("Luis Ortega"))
    predicted = {
        "people": [
            {"name": "Ana Ruiz", "mentions": ["Ana Ruiz"]},
            {"name": "Ruiz", "mentions": ["Ruiz"]},
            {"name": "Kim Bell", "mentions": []},
        ]
    }
    result = figures(PEOPLE_MEASURES, [score_people(gold, predicted)])
    assert result["precision"] == pytest.approx(1 / 3)
    assert result["recall"] == 0.5
    assert result["split_rate"] == 1.0


def test_people_f1_is_also_given_per_genre():
    gold = (GoldPerson("Ana Ruiz"),)
    right = score_people(gold, {"people": [{"name": "Ana Ruiz"}]}, "news")
    wrong = score_people(gold, {"people": [{"name": "Kim Bell"}]}, "interview")
    result = figures(PEOPLE_MEASURES, [right, wrong])
    assert (result["news_f1"], result["interview_f1"], result["f1"]) == (1.0, 0.0, 0.5)


def test_countries_recall_against_strict_and_precision_against_broad():
    gold = CountryDocument(
        "1", NO_SOURCE, frozenset({"US", "MX"}), frozenset({"US", "MX", "FR"})
    )
    predicted = {"countries": [{"iso2": "us"}, {"iso2": "FR"}, {"iso2": "DE"}]}
    result = figures(COUNTRY_MEASURES, [score_countries(gold, predicted)])
    assert result["precision"] == pytest.approx(2 / 3)
    assert result["recall"] == 0.5


def quote_page(quotes, people):
    return QuotePage("p", NO_SOURCE, tuple(people), frozenset({"GB"}), tuple(quotes))


def test_quote_scores_separate_finding_a_quote_from_its_speaker():
    page = quote_page(
        [
            GoldQuote("The river will rise again this spring", "Ana Ruiz", "person"),
            GoldQuote(
                "We have no comment on the matter", "the Ministry", "organization"
            ),
            GoldQuote("It was a long and cold night", None, "unknown"),
        ],
        [GoldPerson("Ana Ruiz", ("Ana Ruiz", "Ruiz"))],
    )
    predicted = {
        "people": [{"name": "Ana Ruiz", "mentions": ["Ruiz"]}],
        "countries": [{"iso2": "GB"}],
        "quotes": [
            {"text": "The river will rise again this spring,", "speaker": "Ana Ruiz"},
            {"text": "We have no comment on the matter", "speaker": "Ministry"},
            {"text": "It was a long and cold night", "speaker": "Ana Ruiz"},
            {"text": "a scare quote", "speaker": None},
        ],
    }
    result = figures(QUOTE_MEASURES, [score_quote_page(page, predicted)])
    assert result["quote_precision"] == 0.75
    assert result["quote_recall"] == 1.0
    assert result["speaker_accuracy"] == pytest.approx(2 / 3)
    assert result["end_to_end_recall"] == pytest.approx(2 / 3)
    assert result["end_to_end_precision"] == 0.5
    assert result["people_f1"] == 1.0
    assert result["countries_f1"] == 1.0


def test_a_speaker_sharing_a_surname_with_the_gold_speaker_is_wrong():
    page = quote_page(
        [GoldQuote("We will hold the line today", "George Bush", "person")],
        [
            GoldPerson("George Bush", ("George Bush", "Bush")),
            GoldPerson("George W. Bush", ("George W. Bush", "Bush")),
        ],
    )
    predicted = {
        "people": [
            {"name": "George W. Bush", "mentions": ["Bush"]},
            {"name": "George Bush", "mentions": []},
        ],
        "quotes": [
            {"text": "We will hold the line today", "speaker": "George W. Bush"}
        ],
    }
    record = score_quote_page(page, predicted)
    assert record.quotes.correct_gold == 1
    assert record.speakers_right == 0


def test_a_speaker_outside_the_people_list_is_judged_by_name_forms():
    page = quote_page(
        [GoldQuote("We will hold the line today", "Ana Ruiz", "person")],
        [GoldPerson("Ana Ruiz", ("Ana Ruiz", "Ruiz"))],
    )
    predicted = {
        "quotes": [{"text": "We will hold the line today", "speaker": "Dr. Ruiz"}]
    }
    assert score_quote_page(page, predicted).speakers_right == 1


def test_each_record_says_what_went_wrong():
    gold = (GoldPerson("Ana Ruiz", ("Ruiz",)), GoldPerson("Luis Ortega"))
    record = score_people(gold, {"people": [{"name": "Ruiz"}, {"name": "Kim Bell"}]})
    assert record.misses == ("missed person 'Luis Ortega'", "extra person 'Kim Bell'")


def test_a_country_record_names_the_words_behind_a_wrong_code():
    gold = CountryDocument("1", NO_SOURCE, frozenset({"US"}), frozenset({"US"}))
    predicted = {"countries": [{"iso2": "GE", "mentions": ["Georgia"]}]}
    assert score_countries(gold, predicted).misses == (
        "missed country US",
        "wrong country GE from ['Georgia']",
    )
