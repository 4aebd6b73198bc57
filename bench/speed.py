"""Pages per second on one core: the whole pipeline, trafilatura alone, and a plain
trafilatura + spaCy pass, on the same pages (by default the 142 scrapinghub pages).

    .venv/bin/python bench/speed.py [--pages DIR] [--limit N] [--json PATH]

The process is pinned to one CPU and numeric libraries to one thread. The
pipeline and trafilatura are timed as `make bench-accuracy` times them
(articles/evaluation/speed.py): batch by batch, taking turns, the pipeline
reading each batch as import_articles does. The plain trafilatura + spaCy pass,
the reference point of issue 3, reads page by page. Loading the spaCy model is
not counted. CPU time is reported, not wall time: on a busy machine it is the
figure to trust.
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")

DEFAULT_PAGES = PROJECT_DIR.parent / "shared" / "corpus" / "scrapinghub-aeb" / "html"
DEFAULT_JSON = PROJECT_DIR / "bench" / "results" / "speed.json"


def pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def read_pages(folder: Path, limit: int | None) -> list:
    from articles.evaluation.gold import Source

    paths = sorted(p for p in folder.iterdir() if p.suffix in {".html", ".htm", ".txt"})
    return [Source(path.name, path=path) for path in paths[:limit]]


def page_by_page(extractor, sources) -> float:
    """Pages per CPU second, one page at a time, after a warm-up page."""
    pages = [(source.read(), source.filename) for source in sources]
    extractor(*pages[0])  # warm-up: model loading is not a page
    started = time.process_time()
    for data, filename in pages:
        extractor(data, filename)
    return len(pages) / (time.process_time() - started)


def plain_trafilatura_and_spacy(model: str):
    """The reference point in issue 3: trafilatura's text, then stock spaCy on it:
    the model as `spacy.load` gives it, every component, default settings (not the
    project's nlp.parse, whose cheaper set-up would flatter the reference)."""
    import spacy

    from articles.evaluation.runner import trafilatura_text

    stock = spacy.load(model)

    def extract(data: bytes, filename: str) -> dict:
        return {"doc": stock(trafilatura_text(data, filename)["text"])}

    return extract


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings

    from articles.evaluation import speed
    from articles.evaluation.runner import PipelineExtractor, trafilatura_text

    pin_to_one_core()
    model = settings.NEWSARCHIVE_SPACY_MODEL
    sources = read_pages(args.pages, args.limit)
    if not sources:
        sys.exit(f"no .html, .htm or .txt pages in {args.pages}")
    figures = speed.measure(sources, PipelineExtractor(model), trafilatura_text)
    reference = page_by_page(plain_trafilatura_and_spacy(model), sources)
    figures["trafilatura_and_spacy_pages_per_second"] = reference
    print(f"{'extractor':<24} {'pages per CPU second':>21}")
    for name, key in (
        ("pipeline", "pipeline_pages_per_second"),
        ("trafilatura", "trafilatura_pages_per_second"),
        ("trafilatura_and_spacy", "trafilatura_and_spacy_pages_per_second"),
    ):
        print(f"{name:<24} {figures[key]:>21.2f}")
    share = figures["pipeline_share_of_trafilatura"]
    print(f"pipeline / trafilatura: {share:.3f} (target >= 1/6 = 0.167)")
    about = {"pages_dir": str(args.pages), "pages": len(sources), "model": model}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps({**about, "cores": 1, **figures}, indent=2) + "\n",
        encoding="utf-8",
    )
    print(f"figures written to {args.json}")


if __name__ == "__main__":
    main()
