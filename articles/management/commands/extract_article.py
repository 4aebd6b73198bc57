"""`manage.py extract_article PATH...`: what extraction finds, as JSON Lines.

Writes nothing to the database. One object per file: the fields of
articles.extraction.serialize, or {"file", "error"} for a file that could not be read.
"""
import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.extraction.serialize import article_to_dict
from articles.extraction.types import ExtractionError
from articles.importing import extract_with_settings, is_missing_model
from articles.page_files import find_pages, one_line, read_page_file


class Command(BaseCommand):
    help = (
        "Print what extraction finds in saved news pages, one JSON object per file, "
        "without touching the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")

    def handle(self, *args, paths, **options):
        failures = 0
        for page in find_pages(paths):
            record = {"file": str(page.path), **self.extract_one(page)}
            failures += "error" in record
            self.stdout.write(json.dumps(record, ensure_ascii=False))
        if failures:
            raise CommandError(f"{failures} could not be read", returncode=1)

    def extract_one(self, page) -> dict:
        if page.error:
            return {"error": page.error}
        try:
            data = read_page_file(page.path, settings.NEWSARCHIVE_MAX_PAGE_BYTES)
            return article_to_dict(extract_with_settings(data, page.path.name))
        except ExtractionError as error:
            return {"error": one_line(error)}
        except Exception as error:
            if is_missing_model(error):
                raise CommandError(str(error)) from error
            return {"error": one_line(f"{type(error).__name__}: {error}")}
