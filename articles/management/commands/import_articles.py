"""`manage.py import_articles PATH...`: saved news pages into the archive.

Parses arguments, loops, reports; the work is done by articles.importing.
"""
import shutil
import traceback
from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.extraction.types import ExtractionError
from articles.importing import Outcome, import_page, is_missing_model
from articles.models import Article
from articles.page_files import find_pages, one_line, read_page_file

FAILED = "failed"
VERBS = {
    Outcome.CREATED: ("imported", "would import"),
    Outcome.UPDATED: ("updated", "would update"),
    Outcome.UNCHANGED: ("unchanged", "unchanged"),
}


class Command(BaseCommand):
    help = (
        "Import saved news pages (.html, .htm, .txt, or those gzipped) from files "
        "and folders. Pages already imported are recognised; a newer version of a "
        "page with the same canonical URL updates its article."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Say what would happen without writing anything.",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the archive already has articles.",
        )

    def handle(self, *args, paths, dry_run, if_empty, **options):
        if if_empty and Article.objects.exists():
            self.stdout.write(
                "The archive already has articles: nothing imported (--if-empty)."
            )
            return
        pages = find_pages(paths)
        progress = ProgressBar(self.stderr, len(pages))
        counts = Counter()
        for number, page in enumerate(pages, start=1):
            progress.show(number - 1, page.path.name)
            outcome, line = self.import_one(page, dry_run, options["traceback"])
            counts[outcome] += 1
            progress.clear()
            self.stdout.write(line)
            self.stdout.flush()
        progress.clear()
        self.stdout.write(summary(counts, dry_run))
        if counts[FAILED]:
            raise CommandError(f"{counts[FAILED]} of {len(pages)} failed", returncode=1)

    def import_one(self, page, dry_run, show_traceback):
        """The outcome ("failed" or an Outcome) and the line that reports it."""
        if page.error:
            return FAILED, f"failed {page.path}: {page.error}"
        try:
            data = read_page_file(page.path, settings.NEWSARCHIVE_MAX_PAGE_BYTES)
            result = import_page(data, page.path.name, dry_run=dry_run)
        except ExtractionError as error:
            return FAILED, f"failed {page.path}: {one_line(error)}"
        except Exception as error:
            if is_missing_model(error):
                raise CommandError(str(error)) from error
            if show_traceback:
                self.stderr.write(traceback.format_exc())
            reason = one_line(f"{type(error).__name__}: {error}")
            return FAILED, f"failed {page.path}: {reason}"
        verb = VERBS[result.outcome][dry_run]
        return result.outcome, f"{verb} {page.path}"


def summary(counts: Counter, dry_run: bool) -> str:
    if dry_run:
        return (
            f"Dry run, nothing written: {counts[Outcome.CREATED]} to import, "
            f"{counts[Outcome.UPDATED]} to update, "
            f"{counts[Outcome.UNCHANGED]} unchanged, {counts[FAILED]} failed"
        )
    return (
        f"{counts[Outcome.CREATED]} imported, {counts[Outcome.UPDATED]} updated, "
        f"{counts[Outcome.UNCHANGED]} unchanged, {counts[FAILED]} failed"
    )


class ProgressBar:
    """A one-line bar on a terminal, redrawn in place; silent when not a terminal."""

    WIDTH = 30

    def __init__(self, stream, total: int):
        self.stream = stream
        self.total = total
        self.active = stream.isatty() and total > 1

    def show(self, done: int, name: str) -> None:
        if not self.active:
            return
        filled = self.WIDTH * done // self.total
        bar = "#" * filled + "." * (self.WIDTH - filled)
        line = f"[{bar}] {done}/{self.total} {name}"
        # A line wider than the terminal wraps, and "\r" could no longer redraw it.
        columns = shutil.get_terminal_size().columns
        self.write("\r" + line[: columns - 1])

    def clear(self) -> None:
        if self.active:
            # Carriage return, then erase to the end of the line.
            self.write("\r\x1b[K")

    def write(self, text: str) -> None:
        # No newline, and not the red that stderr gets for errors.
        self.stream.write(text, style_func=lambda plain: plain, ending="")
        self.stream.flush()
