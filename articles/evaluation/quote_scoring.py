"""Scoring the quote pages: quotes, their speakers, end to end, people, countries.

The gold format is that of ../shared/eval/quotes/GUIDELINES.md, which is also the
format of a user's own gold file.
"""

from dataclasses import dataclass

from articles.evaluation.names import (
    Person,
    fold_organisation,
    match_people,
    same_person,
    split_people,
)
from articles.evaluation.quote_matching import match_quotes
from articles.evaluation.scores import Counts, ratio
from articles.evaluation.set_scoring import (
    Measure,
    country_counts,
    country_misses,
    counts_measures,
    gold_persons,
    people_misses,
    predicted_persons,
    split_rate,
)


@dataclass(frozen=True)
class QuoteRecord:
    quotes: Counts
    speakers_right: int  # among matched quotes
    end_to_end: Counts
    people: Counts
    split: int
    countries: Counts
    misses: tuple[str, ...] = ()


class SpeakerJudge:
    """Is the predicted speaker of a matched quote the gold one? People by the rule
    for people, using the page's one-to-one pairing when both speakers are among
    the listed people (so that "George Bush" does not pass for "George W. Bush"
    through a shared "Bush"); organisations by folded name; unknown only by none."""

    def __init__(self, gold_people, gold, predicted_people, predicted, pairs):
        self.gold_index = {person.name: i for i, person in enumerate(gold_people)}
        self.predicted_index = {
            p.get("name"): i for i, p in enumerate(predicted_people)
        }
        self.gold, self.predicted, self.pairs = gold, predicted, pairs

    def right(self, gold_quote, predicted_speaker: str | None) -> bool:
        if gold_quote.speaker_type == "unknown" or not gold_quote.speaker:
            return not predicted_speaker
        if not predicted_speaker:
            return False
        if gold_quote.speaker_type == "organization":
            return fold_organisation(gold_quote.speaker) == fold_organisation(
                predicted_speaker
            )
        gold_at = self.gold_index.get(gold_quote.speaker)
        predicted_at = self.predicted_index.get(predicted_speaker)
        if gold_at is not None and predicted_at is not None:
            return self.pairs.get(gold_at) == predicted_at
        gold_person = (
            self.gold[gold_at] if gold_at is not None else Person.of(gold_quote.speaker)
        )
        predicted_person = (
            self.predicted[predicted_at]
            if predicted_at is not None
            else Person.of(predicted_speaker)
        )
        return same_person(gold_person, predicted_person)


def score_quote_page(gold_page, predicted: dict) -> QuoteRecord:
    predicted_quotes = list(predicted.get("quotes") or ())
    quote_pairs = match_quotes(
        [q.text for q in gold_page.quotes],
        [q.get("text") or "" for q in predicted_quotes],
    )
    gold, found = gold_persons(gold_page.people), predicted_persons(predicted)
    people_pairs = match_people(gold, found)
    judge = SpeakerJudge(
        gold_page.people, gold, predicted.get("people") or (), found, people_pairs
    )
    wrong_speakers = [
        f"speaker {predicted_quotes[p].get('speaker')!r}, gold "
        f"{gold_page.quotes[g].speaker!r}: {short(gold_page.quotes[g].text)}"
        for g, p in quote_pairs.items()
        if not judge.right(gold_page.quotes[g], predicted_quotes[p].get("speaker"))
    ]
    speakers_right = len(quote_pairs) - len(wrong_speakers)
    codes = gold_page.countries
    paired = set(quote_pairs.values())
    misses = (
        *(
            f"missed quote {short(q.text)}"
            for i, q in enumerate(gold_page.quotes)
            if i not in quote_pairs
        ),
        *(
            f"extra quote {short(q.get('text') or '')}"
            for i, q in enumerate(predicted_quotes)
            if i not in paired
        ),
        *wrong_speakers,
        *people_misses(gold, found, people_pairs),
        *country_misses(codes, codes, predicted),
    )
    return QuoteRecord(
        quotes=Counts.matched(
            len(quote_pairs), len(predicted_quotes), len(gold_page.quotes)
        ),
        speakers_right=speakers_right,
        end_to_end=Counts.matched(
            speakers_right, len(predicted_quotes), len(gold_page.quotes)
        ),
        people=Counts.matched(len(people_pairs), len(found), len(gold)),
        split=split_people(gold, found, people_pairs),
        countries=country_counts(codes, codes, predicted),
        misses=misses,
    )


def short(text: str, limit: int = 70) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def speaker_accuracy(docs) -> float | None:
    return ratio(
        sum(d.speakers_right for d in docs), sum(d.quotes.correct_gold for d in docs)
    )


QUOTE_MEASURES = (
    *counts_measures("quote_", "quotes"),
    Measure("speaker_accuracy", speaker_accuracy),
    *counts_measures("end_to_end_", "end_to_end"),
    *counts_measures("people_", "people"),
    Measure("people_split_rate", split_rate),
    *counts_measures("countries_", "countries"),
)
