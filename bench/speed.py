"""Pages per second on one core: the whole pipeline, trafilatura alone, and a plain
trafilatura + spaCy pass, on the same pages (by default the 142 scrapinghub pages).

    .venv/bin/python bench/speed.py [--pages DIR] [--limit N] [--json PATH]

The process is pinned to one CPU and numeric libraries to one thread. Each
extractor reads every page once after a warm-up page, so that loading the spaCy
model is not counted. Both wall-clock and CPU time are reported: on a busy machine
the CPU figure is the one to trust.
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


def read_pages(folder: Path, limit: int | None) -> list[tuple[str, bytes]]:
    paths = sorted(p for p in folder.iterdir() if p.suffix in {".html", ".htm", ".txt"})
    return [(path.name, path.read_bytes()) for path in paths[:limit]]


def timed_pass(extractor, pages) -> dict:
    extractor(pages[0][1], pages[0][0])  # warm-up: model loading is not a page
    wall, cpu = time.perf_counter(), time.process_time()
    for filename, data in pages:
        extractor(data, filename)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {
        "pages": len(pages),
        "pages_per_second": len(pages) / wall,
        "pages_per_cpu_second": len(pages) / cpu,
    }


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

    from articles.evaluation.runner import PipelineExtractor, trafilatura_text

    pin_to_one_core()
    model = settings.NEWSARCHIVE_SPACY_MODEL
    pages = read_pages(args.pages, args.limit)
    if not pages:
        sys.exit(f"no .html, .htm or .txt pages in {args.pages}")
    results = {
        "pipeline": timed_pass(PipelineExtractor(model), pages),
        "trafilatura": timed_pass(trafilatura_text, pages),
        "trafilatura_and_spacy": timed_pass(plain_trafilatura_and_spacy(model), pages),
    }
    share = (
        results["pipeline"]["pages_per_cpu_second"]
        / results["trafilatura"]["pages_per_cpu_second"]
    )
    figures = {
        "pages_dir": str(args.pages),
        "model": model,
        "cores": 1,
        "results": results,
        "pipeline_share_of_trafilatura": share,
    }
    print(f"{'extractor':<24} {'pages/s (wall)':>15} {'pages/s (CPU)':>14}")
    for name, result in results.items():
        print(
            f"{name:<24} {result['pages_per_second']:>15.2f} "
            f"{result['pages_per_cpu_second']:>14.2f}"
        )
    print(f"pipeline / trafilatura (CPU): {share:.3f} (target >= 1/6 = 0.167)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {args.json}")


if __name__ == "__main__":
    main()
