"""`manage.py import_articles PATH...`: saved news pages into the archive.

Parses arguments, loops, reports; the work is done by articles.importing. Pages
go in batches of BATCH_SIZE: the pages of a batch that need extracting are
extracted together, which is cheaper, and each page is still reported alone.
"""
import shutil
import traceback
from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.extraction.types import ExtractionError
from articles.importing import BATCH_SIZE, Outcome, import_pages, is_missing_model
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
        for start in range(0, len(pages), BATCH_SIZE):
            batch = pages[start : start + BATCH_SIZE]
            progress.show(start, batch[0].path.name)
            reports = self.import_batch(batch, dry_run, options["traceback"])
            progress.clear()
            for outcome, line in reports:
                counts[outcome] += 1
                self.stdout.write(line)
            self.stdout.flush()
        progress.clear()
        self.stdout.write(summary(counts, dry_run))
        if counts[FAILED]:
            raise CommandError(f"{counts[FAILED]} of {len(pages)} failed", returncode=1)

    def import_batch(self, pages, dry_run, show_traceback) -> list[tuple]:
        """(outcome, line) for each page: the outcome, "failed" or an Outcome, and
        the line that reports it."""
        reports: dict[int, tuple] = {}
        readable = []  # (index, data) of the pages whose bytes could be read
        for index, page in enumerate(pages):
            if page.error:
                reports[index] = (FAILED, f"failed {page.path}: {page.error}")
                continue
            try:
                data = read_page_file(page.path, settings.NEWSARCHIVE_MAX_PAGE_BYTES)
            except (ExtractionError, OSError) as error:
                reports[index] = self.report(page, error, dry_run, show_traceback)
                continue
            readable.append((index, data))
        try:
            results = import_pages(
                [(data, pages[index].path.name) for index, data in readable],
                dry_run=dry_run,
            )
        except Exception as error:
            if is_missing_model(error):
                raise CommandError(str(error)) from error
            raise
        for (index, _), result in zip(readable, results, strict=True):
            reports[index] = self.report(pages[index], result, dry_run, show_traceback)
        return [reports[index] for index in range(len(pages))]

    def report(self, page, result, dry_run, show_traceback) -> tuple:
        if isinstance(result, ExtractionError):
            return FAILED, f"failed {page.path}: {one_line(result)}"
        if isinstance(result, Exception):
            if show_traceback:
                self.stderr.write("".join(traceback.format_exception(result)))
            reason = one_line(f"{type(result).__name__}: {result}")
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
