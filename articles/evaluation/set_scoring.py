"""Per-document scoring for each kind of gold, and the figures each set reports
(the quote pages are in quote_scoring.py).

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
from articles.evaluation.names import Person, match_people, split_people
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
        Measure(f"{prefix}{name}", figure(name))
        for name in ("precision", "recall", "f1")
    )


# Body text ---------------------------------------------------------------------------


# Every record has `misses`: short lines saying what went wrong on that document,
# for reading errors by class (`evaluate_extraction --misses`).
BODY_MISS_BELOW = 0.9


@dataclass(frozen=True)
class BodyRecord:
    overlap: object  # text_metrics.PageOverlap
    exact: bool
    baseline_overlap: object
    baseline_exact: bool
    misses: tuple[str, ...] = ()


def score_body(gold_body: str, predicted: dict, baseline_text: str) -> BodyRecord:
    text = predicted.get("text") or ""
    overlap = page_overlap(gold_body, text)
    baseline = page_overlap(gold_body, baseline_text)
    low = min(overlap.precision, overlap.recall) < BODY_MISS_BELOW
    return BodyRecord(
        overlap,
        same_tokens(gold_body, text),
        baseline,
        same_tokens(gold_body, baseline_text),
        (
            f"body precision {overlap.precision:.2f} recall {overlap.recall:.2f} "
            f"(trafilatura {baseline.precision:.2f} / {baseline.recall:.2f})",
        )
        if low
        else (),
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
    misses: tuple[str, ...] = ()


def metadata_misses(gold, predicted: dict) -> tuple[str, ...]:
    body = predicted.get("text") or ""
    misses = []
    if not metadata_rules.same_title(gold.title, predicted.get("title")):
        misses.append(f"title {predicted.get('title')!r}, gold {gold.title!r}")
    if not metadata_rules.same_date(gold.date, predicted.get("published")):
        misses.append(f"date {predicted.get('published')!r}, gold {gold.date!r}")
    if not metadata_rules.authors_found(gold.author, predicted.get("authors") or ()):
        misses.append(f"authors {predicted.get('authors')!r}, gold {gold.author!r}")
    misses += [
        f"with snippet missing: {s!r}"
        for s in gold.with_snippets
        if not metadata_rules.snippet_in(s, body)
    ]
    misses += [
        f"without snippet present: {s!r}"
        for s in gold.without_snippets
        if metadata_rules.snippet_in(s, body)
    ]
    return tuple(misses)


def score_metadata(gold, predicted: dict) -> MetadataRecord:
    body = predicted.get("text") or ""
    return MetadataRecord(
        title=metadata_rules.same_title(gold.title, predicted.get("title")),
        date=metadata_rules.same_date(gold.date, predicted.get("published")),
        author=metadata_rules.authors_found(
            gold.author, predicted.get("authors") or ()
        ),
        with_found=sum(metadata_rules.snippet_in(s, body) for s in gold.with_snippets),
        with_total=len(gold.with_snippets),
        without_absent=sum(
            not metadata_rules.snippet_in(s, body) for s in gold.without_snippets
        ),
        without_total=len(gold.without_snippets),
        misses=metadata_misses(gold, predicted),
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
    misses: tuple[str, ...] = ()
    genre: str = ""


def gold_persons(gold_people) -> list[Person]:
    return [Person.of(person.name, person.mentions) for person in gold_people]


def predicted_persons(predicted: dict) -> list[Person]:
    return [
        Person.of(person.get("name") or "", person.get("mentions") or ())
        for person in predicted.get("people") or ()
    ]


def people_misses(gold, found, pairs) -> tuple[str, ...]:
    paired = set(pairs.values())
    missed = [f"missed person {g.name!r}" for i, g in enumerate(gold) if i not in pairs]
    extra = [f"extra person {p.name!r}" for i, p in enumerate(found) if i not in paired]
    return tuple(missed + extra)


def score_people(gold_people, predicted: dict, genre: str = "") -> PeopleRecord:
    gold, found = gold_persons(gold_people), predicted_persons(predicted)
    pairs = match_people(gold, found)
    return PeopleRecord(
        Counts.matched(len(pairs), len(found), len(gold)),
        split_people(gold, found, pairs),
        people_misses(gold, found, pairs),
        genre,
    )


def split_rate(docs) -> float | None:
    return ratio(sum(d.split for d in docs), sum(d.people.correct_gold for d in docs))


def genre_f1(genre: str) -> Callable:
    """F1 on one GUM genre: issue 3's people target names the news documents."""
    return lambda docs: total(d.people for d in docs if d.genre == genre).f1


PEOPLE_MEASURES = (
    *counts_measures("", "people"),
    Measure("split_rate", split_rate),
    Measure("news_f1", genre_f1("news")),
    Measure("interview_f1", genre_f1("interview")),
)


# Countries ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CountryRecord:
    countries: Counts
    misses: tuple[str, ...] = ()


def predicted_codes(predicted: dict) -> set[str]:
    return {(c.get("iso2") or "").upper() for c in predicted.get("countries") or ()} - {
        ""
    }


def country_counts(strict, broad, predicted: dict) -> Counts:
    """Recall against `strict`; a predicted code is right when it is in `broad`."""
    codes = predicted_codes(predicted)
    return Counts(len(codes & broad), len(codes), len(codes & strict), len(strict))


def country_misses(strict, broad, predicted: dict) -> tuple[str, ...]:
    codes = predicted_codes(predicted)
    seen = {
        (c.get("iso2") or "").upper(): c.get("mentions") or []
        for c in predicted.get("countries") or ()
    }
    missed = [f"missed country {code}" for code in sorted(strict - codes)]
    wrong = [
        f"wrong country {code} from {seen[code]}" for code in sorted(codes - broad)
    ]
    return tuple(missed + wrong)


def score_countries(gold, predicted: dict) -> CountryRecord:
    return CountryRecord(
        country_counts(gold.strict, gold.broad, predicted),
        country_misses(gold.strict, gold.broad, predicted),
    )


COUNTRY_MEASURES = counts_measures("", "countries")
