"""Per-document scoring for each kind of gold, and the figures each set reports.

A prediction is the dict `extract_article` prints for a page (see
articles/extraction/serialize.py): title, published, authors, text, people,
countries, quotes; a page the pipeline refused is an empty prediction.
Figures are micro-averaged over documents (the body metric is the exception: the
benchmark averages per page), so each is a function of the per-document records,
which is what the bootstrap resamples.
"""
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from articles.evaluation import metadata_rules
from articles.evaluation.names import (
    Person,
    fold_organisation,
    match_people,
    same_person,
    split_people,
)
from articles.evaluation.quote_matching import match_quotes
from articles.evaluation.scores import Counts, ratio, total
from articles.evaluation.text_metrics import averaged_figures, page_overlap, same_tokens


@dataclass(frozen=True)
class Measure:
    name: str
    compute: Callable[[Sequence], float | None]


def counts_measures(prefix: str, attribute: str) -> tuple[Measure, ...]:
    def figure(name):
        return lambda docs: getattr(total(getattr(d, attribute) for d in docs), name)

    return tuple(
        Measure(f"{prefix}{name}", figure(name)) for name in ("precision", "recall", "f1")
    )


# Body text ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BodyRecord:
    overlap: object  # text_metrics.PageOverlap
    exact: bool
    baseline_overlap: object
    baseline_exact: bool


def score_body(gold_body: str, predicted: dict, baseline_text: str) -> BodyRecord:
    text = predicted.get("text") or ""
    return BodyRecord(
        page_overlap(gold_body, text),
        same_tokens(gold_body, text),
        page_overlap(gold_body, baseline_text),
        same_tokens(gold_body, baseline_text),
    )


def body_figure(name: str, baseline: bool) -> Callable:
    def compute(docs):
        overlaps = [d.baseline_overlap if baseline else d.overlap for d in docs]
        exact = [d.baseline_exact if baseline else d.exact for d in docs]
        return averaged_figures(overlaps, exact)[name]

    return compute


BODY_MEASURES = tuple(
    Measure(f"{prefix}{name}", body_figure(name, baseline=bool(prefix)))
    for prefix in ("", "trafilatura_")
    for name in ("f1", "precision", "recall", "accuracy")
)


# Metadata ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MetadataRecord:
    title: bool
    date: bool
    author: bool
    with_found: int
    with_total: int
    without_absent: int
    without_total: int


def score_metadata(gold, predicted: dict) -> MetadataRecord:
    body = predicted.get("text") or ""
    return MetadataRecord(
        title=metadata_rules.same_title(gold.title, predicted.get("title")),
        date=metadata_rules.same_date(gold.date, predicted.get("published")),
        author=metadata_rules.authors_found(gold.author, predicted.get("authors") or ()),
        with_found=sum(metadata_rules.snippet_in(s, body) for s in gold.with_snippets),
        with_total=len(gold.with_snippets),
        without_absent=sum(
            not metadata_rules.snippet_in(s, body) for s in gold.without_snippets
        ),
        without_total=len(gold.without_snippets),
    )


def share_of(field: str) -> Callable:
    return lambda docs: ratio(sum(getattr(d, field) for d in docs), len(docs))


def snippet_share(found: str, every: str) -> Callable:
    return lambda docs: ratio(
        sum(getattr(d, found) for d in docs), sum(getattr(d, every) for d in docs)
    )


METADATA_MEASURES = (
    Measure("title", share_of("title")),
    Measure("date", share_of("date")),
    Measure("author", share_of("author")),
    Measure("with", snippet_share("with_found", "with_total")),
    Measure("without", snippet_share("without_absent", "without_total")),
)


# People ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeopleRecord:
    people: Counts
    split: int  # gold people found that also show up as a second predicted person


def gold_persons(gold_people) -> list[Person]:
    return [Person.of(person.name, person.mentions) for person in gold_people]


def predicted_persons(predicted: dict) -> list[Person]:
    return [
        Person.of(person.get("name") or "", person.get("mentions") or ())
        for person in predicted.get("people") or ()
    ]


def score_people(gold_people, predicted: dict) -> PeopleRecord:
    gold, found = gold_persons(gold_people), predicted_persons(predicted)
    pairs = match_people(gold, found)
    return PeopleRecord(
        Counts.matched(len(pairs), len(found), len(gold)),
        split_people(gold, found, pairs),
    )


def split_rate(docs) -> float | None:
    return ratio(sum(d.split for d in docs), sum(d.people.correct_gold for d in docs))


PEOPLE_MEASURES = (
    *counts_measures("", "people"),
    Measure("split_rate", split_rate),
)


# Countries ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CountryRecord:
    countries: Counts


def predicted_codes(predicted: dict) -> set[str]:
    return {(c.get("iso2") or "").upper() for c in predicted.get("countries") or ()} - {""}


def country_counts(strict, broad, predicted: dict) -> Counts:
    """Recall against `strict`; a predicted code is right when it is in `broad`."""
    codes = predicted_codes(predicted)
    return Counts(len(codes & broad), len(codes), len(codes & strict), len(strict))


def score_countries(gold, predicted: dict) -> CountryRecord:
    return CountryRecord(country_counts(gold.strict, gold.broad, predicted))


COUNTRY_MEASURES = counts_measures("", "countries")


# Quotes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteRecord:
    quotes: Counts
    speakers_right: int  # among matched quotes
    end_to_end: Counts
    people: Counts
    split: int
    countries: Counts


class SpeakerJudge:
    """Is the predicted speaker of a matched quote the gold one? People by the rule
    for people, using the page's one-to-one pairing when both speakers are among
    the listed people (so that "George Bush" does not pass for "George W. Bush"
    through a shared "Bush"); organisations by folded name; unknown only by none."""

    def __init__(self, gold_people, gold, predicted_people, predicted, pairs):
        self.gold_index = {person.name: i for i, person in enumerate(gold_people)}
        self.predicted_index = {p.get("name"): i for i, p in enumerate(predicted_people)}
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
        gold_person = self.gold[gold_at] if gold_at is not None else Person.of(
            gold_quote.speaker
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
        [q.text for q in gold_page.quotes], [q.get("text") or "" for q in predicted_quotes]
    )
    gold, found = gold_persons(gold_page.people), predicted_persons(predicted)
    people_pairs = match_people(gold, found)
    judge = SpeakerJudge(
        gold_page.people, gold, predicted.get("people") or (), found, people_pairs
    )
    speakers_right = sum(
        judge.right(gold_page.quotes[g], predicted_quotes[p].get("speaker"))
        for g, p in quote_pairs.items()
    )
    codes = gold_page.countries
    return QuoteRecord(
        quotes=Counts.matched(len(quote_pairs), len(predicted_quotes), len(gold_page.quotes)),
        speakers_right=speakers_right,
        end_to_end=Counts.matched(
            speakers_right, len(predicted_quotes), len(gold_page.quotes)
        ),
        people=Counts.matched(len(people_pairs), len(found), len(gold)),
        split=split_people(gold, found, people_pairs),
        countries=country_counts(codes, codes, predicted),
    )


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
