"""`manage.py evaluate_extraction`: scores the extraction pipeline on gold sets.

The work is in articles/evaluation/; this command picks the sets, runs them,
prints the table and writes the JSON.
"""

import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.evaluation import report, runner
from articles.evaluation.bootstrap import RESAMPLES


class Command(BaseCommand):
    help = (
        "Score the extraction pipeline against gold annotations (the shared sets, or "
        "your own gold.json in the format of ../shared/eval/quotes/GUIDELINES.md) and "
        "print a table; --json writes the figures."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--set",
            dest="sets",
            action="append",
            choices=runner.SET_NAMES,
            help="a shared set to run (repeat for several); default: all of them, "
            "or none when --gold is given",
        )
        parser.add_argument(
            "--shared",
            type=Path,
            default=settings.BASE_DIR.parent / "shared",
            help="the shared data folder (default: ../shared beside the project)",
        )
        parser.add_argument("--gold", type=Path, help="your own gold.json")
        parser.add_argument(
            "--pages", type=Path, help="the folder of your pages, <page id>.html"
        )
        parser.add_argument("--json", type=Path, help="write the figures to this file")
        parser.add_argument(
            "--compare",
            type=Path,
            help="an earlier run's JSON: each line also shows the figure before",
        )
        parser.add_argument(
            "--markdown", type=Path, help="write the table as Markdown to this file"
        )
        parser.add_argument(
            "--misses",
            type=Path,
            help="write what went wrong on each document to this JSON file",
        )
        parser.add_argument(
            "--resamples",
            type=int,
            default=RESAMPLES,
            help=f"bootstrap resamples for the 95%% intervals (default {RESAMPLES}; "
            "0 for none)",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=min(2, os.cpu_count() or 1),
            help="pages extracted at once, in worker processes (default: up to 2); "
            "the speed figures are measured afterwards, in one process alone",
        )
        parser.add_argument(
            "--limit", type=int, help="score only the first N documents of each set"
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        sets = self.chosen_sets(options)
        earlier = self.earlier(options["compare"])
        model = settings.NEWSARCHIVE_SPACY_MODEL
        self.load_model(model)
        results, speed = runner.evaluate(
            sets, runner.PipelineExtractor(model), options["jobs"], self.progress()
        )
        about = {"model": model, "command": command_line()}
        figures = report.as_json(results, speed, about, options["resamples"])
        figures["seconds"] = round(time.monotonic() - started, 1)
        self.stdout.write(report.table(figures, earlier))
        self.stdout.write(f"{figures['seconds']} s in all")
        if options["json"]:
            report.write_json(figures, options["json"])
            self.stdout.write(f"figures written to {options['json']}")
        if options["markdown"]:
            options["markdown"].write_text(
                report.markdown_table(figures) + "\n", encoding="utf-8"
            )
            self.stdout.write(f"Markdown table written to {options['markdown']}")
        if options["misses"]:
            misses = {result.evaluation_set.name: result.misses() for result in results}
            report.write_json(misses, options["misses"])
            self.stdout.write(f"misses written to {options['misses']}")

    def chosen_sets(self, options) -> list[runner.EvaluationSet]:
        if bool(options["gold"]) != bool(options["pages"]):
            raise CommandError("--gold and --pages go together")
        names = options["sets"] or ([] if options["gold"] else list(runner.SET_NAMES))
        if names and not options["shared"].is_dir():
            raise CommandError(
                f"no shared data at {options['shared']}: pass --shared DIR, or score "
                "your own pages with --gold FILE --pages DIR"
            )
        try:
            sets = [runner.SHARED_SETS[name](options["shared"]) for name in names]
            if options["gold"]:
                sets.append(
                    runner.quotes_set(options["gold"], options["pages"], "gold")
                )
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(f"cannot load the gold: {error}") from None
        if options["limit"]:
            sets = [limited(each, options["limit"]) for each in sets]
        return sets

    def earlier(self, path: Path | None) -> dict | None:
        if path is None:
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CommandError(f"cannot read {path}: {error}") from None

    def load_model(self, model: str) -> None:
        """Loaded before the clock starts, so that pages per second are per page."""
        from articles.extraction import nlp

        try:
            nlp.load(model)
        except nlp.ModelNotInstalled as error:
            raise CommandError(str(error)) from None

    def progress(self):
        if not self.stderr.isatty():
            return None

        def show(done, todo):
            ending = "\n" if done == todo else ""
            self.stderr.write(f"\rextracted {done} of {todo} pages", ending=ending)

        return show


def command_line() -> str | None:
    """The command as typed, when it was typed (not when called from code)."""
    if sys.argv[1:2] != ["evaluate_extraction"]:
        return None
    return " ".join(["manage.py", *sys.argv[1:]])


def limited(evaluation_set, limit: int):
    return replace(evaluation_set, documents=evaluation_set.documents[:limit])
