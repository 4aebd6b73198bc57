"""Running an extractor over gold sets and scoring what it finds.

An extractor is any callable `(data: bytes, filename: str) -> dict` returning the
`extract_article` JSON object; `PipelineExtractor` is the real pipeline. Each page
is extracted once per run, even when two sets share it (the quote pages are
scrapinghub pages). The speed figures are measured afterwards, alone (speed.py).
"""

from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from articles.evaluation import gold as gold_sets
from articles.evaluation import quote_scoring, set_scoring, speed
from articles.evaluation.bootstrap import interval
from articles.evaluation.set_scoring import Measure


class PipelineExtractor:
    """The same code as `extract_article`: pipeline.extract, then the JSON dict.
    A page the pipeline refuses (ExtractionError) is an empty prediction; so is a
    page it crashes on, which is named in the set's errors rather than ending a
    run of several minutes."""

    def __init__(self, model: str):
        self.model = model

    def warm_up(self) -> None:
        """Loads the model, so that the first page's time is the page's alone."""
        from articles.extraction import nlp

        nlp.load(self.model)

    def __call__(self, data: bytes, filename: str) -> dict:
        try:
            (prediction,) = self.extract_many([(data, filename)])
        except Exception as error:  # noqa: BLE001 - reported, see the docstring
            return {"error": f"crashed: {type(error).__name__}: {error}"}
        return prediction

    def extract_many(self, pages: list[tuple[bytes, str]]) -> list[dict]:
        """Several pages at once, as import_articles extracts them."""
        from articles.extraction.pipeline import extract_many
        from articles.extraction.serialize import article_to_dict
        from articles.extraction.types import ExtractionError

        return [
            {"error": str(result)}
            if isinstance(result, ExtractionError)
            else article_to_dict(result)
            for result in extract_many(pages, model=self.model)
        ]


def trafilatura_text(data: bytes, filename: str) -> dict:
    """The baseline: trafilatura's extract() called as the benchmark's own
    extractors/run_trafilatura.py calls it, without comments. (With comments, its
    default, trafilatura 2.3 scores 0.958 F1 / 0.942 precision on these pages.)"""
    import trafilatura

    return {"text": trafilatura.extract(data, include_comments=False) or ""}


@dataclass(frozen=True)
class EvaluationSet:
    name: str
    description: str
    documents: Sequence
    score: Callable  # (gold document, prediction, baseline prediction) -> record
    measures: tuple[Measure, ...]
    needs_baseline: bool = False


@dataclass
class SetResult:
    evaluation_set: EvaluationSet
    records: list
    errors: list[str] = field(default_factory=list)

    def figures(self, resamples: int) -> dict:
        records = self.records
        return {
            measure.name: {
                "value": measure.compute(records),
                "interval": interval(records, measure.compute, resamples=resamples)
                if resamples
                else None,
            }
            for measure in self.evaluation_set.measures
        }

    def misses(self) -> dict[str, list[str]]:
        """What went wrong, by document id: for reading errors by class."""
        return {
            document.id: list(record.misses)
            for document, record in zip(
                self.evaluation_set.documents, self.records, strict=True
            )
            if record.misses
        }


def warm_up(extractor) -> None:
    getattr(extractor, "warm_up", lambda: None)()


def extract(extractor, source) -> dict:
    return extractor(source.read(), source.filename)


class PredictionCache:
    """Predictions per (label, source). `fill` extracts pages in worker processes."""

    def __init__(self):
        self.predictions: dict = {}

    def get(self, label: str, extractor: Callable, source) -> dict:
        key = (label, source)
        if key not in self.predictions:
            self.predictions[key] = extract(extractor, source)
        return self.predictions[key]

    def fill(self, tasks, workers: int, progress=None) -> None:
        """tasks: (label, extractor, source) triples, extracted once each."""
        todo = {(label, source): extractor for label, extractor, source in tasks}
        todo = {
            key: value for key, value in todo.items() if key not in self.predictions
        }
        if workers <= 1 or len(todo) < 2:
            for done, ((label, source), extractor) in enumerate(todo.items(), 1):
                self.get(label, extractor, source)
                if progress:
                    progress(done, len(todo))
            return
        extractors = {id(e): e for e in todo.values()}
        with ProcessPoolExecutor(
            workers, initializer=warm_all, initargs=(list(extractors.values()),)
        ) as pool:
            futures = {
                pool.submit(extract, extractor, key[1]): key
                for key, extractor in todo.items()
            }
            for done, future in enumerate(as_completed(futures), 1):
                self.predictions[futures[future]] = future.result()
                if progress:
                    progress(done, len(todo))


def warm_all(extractors) -> None:
    for extractor in extractors:
        warm_up(extractor)


def extraction_tasks(evaluation_set, extractor):
    for document in evaluation_set.documents:
        yield ("pipeline", extractor, document.source)
        if evaluation_set.needs_baseline:
            yield ("trafilatura", trafilatura_text, document.source)


def run_set(evaluation_set, extractor, cache: PredictionCache) -> SetResult:
    result = SetResult(evaluation_set, [])
    for document in evaluation_set.documents:
        predicted = cache.get("pipeline", extractor, document.source)
        if "error" in predicted:
            result.errors.append(f"{document.source.filename}: {predicted['error']}")
        baseline = (
            cache.get("trafilatura", trafilatura_text, document.source)
            if evaluation_set.needs_baseline
            else None
        )
        result.records.append(evaluation_set.score(document, predicted, baseline))
    return result


# The sets ----------------------------------------------------------------------------

SET_NAMES = ("body", "metadata", "people", "countries", "quotes")


def body_set(shared: Path) -> EvaluationSet:
    return EvaluationSet(
        "body",
        "scrapinghub-aeb: body text, shingle metric averaged per page",
        gold_sets.load_body_pages(shared / "corpus" / "scrapinghub-aeb"),
        lambda gold, predicted, baseline: set_scoring.score_body(
            gold.body, predicted, baseline["text"]
        ),
        set_scoring.BODY_MEASURES,
        needs_baseline=True,
    )


def metadata_set(shared: Path) -> EvaluationSet:
    return EvaluationSet(
        "metadata",
        "trafilatura-evaldata-en: title, date, author, body snippets",
        gold_sets.load_metadata_pages(shared / "corpus" / "trafilatura-evaldata-en"),
        lambda gold, predicted, _: set_scoring.score_metadata(gold, predicted),
        set_scoring.METADATA_MEASURES,
    )


def people_set(shared: Path) -> EvaluationSet:
    return EvaluationSet(
        "people",
        "gum-wikinews: the set of people per document",
        gold_sets.load_people_documents(
            shared / "eval" / "gum-wikinews" / "people.json"
        ),
        lambda gold, predicted, _: set_scoring.score_people(
            gold.people, predicted, gold.genre
        ),
        set_scoring.PEOPLE_MEASURES,
    )


def countries_set(shared: Path) -> EvaluationSet:
    return EvaluationSet(
        "countries",
        "geowebnews: countries per article (recall vs strict, precision vs broad)",
        gold_sets.load_country_documents(shared / "eval" / "geowebnews"),
        lambda gold, predicted, _: set_scoring.score_countries(gold, predicted),
        set_scoring.COUNTRY_MEASURES,
    )


def quotes_set(
    gold_file: Path, pages_dir: Path, name: str = "quotes", label: str = ""
) -> EvaluationSet:
    """`label` names the gold in the report; by default, the gold file's path."""
    return EvaluationSet(
        name,
        f"{label or gold_file}: quotes, speakers, people, countries",
        gold_sets.load_quote_pages(gold_file, pages_dir),
        lambda gold, predicted, _: quote_scoring.score_quote_page(gold, predicted),
        quote_scoring.QUOTE_MEASURES,
    )


def shared_quotes_set(shared: Path) -> EvaluationSet:
    return quotes_set(
        shared / "eval" / "quotes" / "gold.json",
        shared / "corpus" / "scrapinghub-aeb" / "html",
        # Named like the other shared sets, not by this machine's path.
        label="quotes/gold.json",
    )


SHARED_SETS = {
    "body": body_set,
    "metadata": metadata_set,
    "people": people_set,
    "countries": countries_set,
    "quotes": shared_quotes_set,
}


def evaluate(sets: list[EvaluationSet], extractor, workers: int = 1, progress=None):
    """Runs every set; returns the per-set results and the speed figures, measured
    on the pages both the pipeline and the baseline read (the scrapinghub pages)."""
    cache = PredictionCache()
    tasks = [task for each in sets for task in extraction_tasks(each, extractor)]
    cache.fill(tasks, workers, progress)
    results = [run_set(each, extractor, cache) for each in sets]
    timed = [d.source for each in sets if each.needs_baseline for d in each.documents]
    figures = speed.measure(timed, extractor, trafilatura_text) if timed else {}
    return results, figures
