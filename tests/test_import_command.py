"""`manage.py import_articles`: a line per file, the counts, exit status, bad files."""
import gzip
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from articles import importing
from articles.models import Article, Outlet, Person, PersonMention
from articles.page_files import NO_PAGES

pytestmark = pytest.mark.django_db

PROJECT_DIR = Path(__file__).resolve().parent.parent

PARAGRAPHS = (
    "Harbour Commissioner Elin Voss said on Tuesday that the new ferry line between "
    "Bergen and Aberdeen would open in the spring.",
    '"We have waited a long time for this crossing," Voss told reporters at the quay.',
    "The Scottish and Norwegian governments have shared the cost of the new terminal, "
    "which was designed by the architect Tomas Grieg.",
)


def news_page(
    title="Ferry line to open in spring",
    url="https://harbour-gazette.example/ferry-line",
    paragraphs=PARAGRAPHS,
    charset="utf-8",
):
    """An outlet-shaped page written for these tests."""
    meta_charset = f'<meta charset="{charset}">' if charset else ""
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f"""<!doctype html>
<html><head>{meta_charset}
<title>{title} | Harbour Gazette</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Harbour Gazette">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
{body}
</article>
<footer>Copyright Harbour Gazette. All rights reserved.</footer>
</body></html>"""


def write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.write_bytes(data)
    return path


def run(*args):
    """Runs the command: its output lines and its exit status."""
    out = io.StringIO()
    try:
        call_command(
            "import_articles", *map(str, args), stdout=out, stderr=io.StringIO()
        )
    except CommandError as error:
        return out.getvalue().splitlines(), error.returncode
    return out.getvalue().splitlines(), 0


def test_it_imports_a_page_and_reports_it_with_the_counts(tmp_path):
    page = write(tmp_path / "ferry.html", news_page())

    lines, status = run(page)

    assert lines == [f"imported {page}", "1 imported, 0 updated, 0 unchanged, 0 failed"]
    assert status == 0
    article = Article.objects.get()
    assert article.title == "Ferry line to open in spring"
    assert article.source_name == "ferry.html"
    assert article.person_mentions.filter(person__name="Elin Voss").exists()


def test_a_second_import_of_the_same_pages_says_unchanged(tmp_path):
    write(tmp_path / "ferry.html", news_page())
    run(tmp_path)

    lines, status = run(tmp_path)

    assert lines[-1] == "0 imported, 0 updated, 1 unchanged, 0 failed"
    assert lines[0].startswith("unchanged ")
    assert Article.objects.count() == 1


def test_a_newer_version_with_the_same_url_updates_the_article(tmp_path):
    run(write(tmp_path / "ferry.html", news_page()))
    newer = news_page(title="Ferry line delayed to summer")

    lines, status = run(write(tmp_path / "ferry-v2.html", newer))

    assert lines == [
        f"updated {tmp_path / 'ferry-v2.html'}",
        "0 imported, 1 updated, 0 unchanged, 0 failed",
    ]
    assert Article.objects.get().title == "Ferry line delayed to summer"


def test_folders_are_searched_recursively_in_sorted_order(tmp_path):
    write(tmp_path / "b" / "two.htm", news_page(url="https://x.example/2"))
    gzipped = gzip.compress(news_page(url="https://x.example/1").encode())
    write(tmp_path / "a" / "deep" / "one.html.gz", gzipped)
    write(tmp_path / "b" / "notes.pdf", b"%PDF-1.4")
    write(tmp_path / ".hidden" / "three.html", news_page(url="https://x.example/3"))

    lines, status = run(tmp_path)

    assert lines == [
        f"imported {tmp_path / 'a' / 'deep' / 'one.html.gz'}",
        f"imported {tmp_path / 'b' / 'two.htm'}",
        "2 imported, 0 updated, 0 unchanged, 0 failed",
    ]


HOSTILE_FILES = {
    "empty.html": b"",
    "binary.html": bytes(range(256)) * 8,
    "truncated.html.gz": gzip.compress(news_page().encode())[:120],
    "not-an-article.html": b"<html><body><nav>Home | News</nav></body></html>",
    "not-an-article.txt": b"Menu\nLog in\n",
}


@pytest.mark.parametrize("name", HOSTILE_FILES)
def test_a_bad_file_fails_on_one_line_and_the_batch_goes_on(tmp_path, name):
    bad = write(tmp_path / name, HOSTILE_FILES[name])
    good = write(tmp_path / "zz-good.html", news_page())

    lines, status = run(tmp_path)

    assert len(lines) == 3
    assert lines[0].startswith(f"failed {bad}: ")
    assert len(lines[0]) > len(f"failed {bad}: ")
    assert lines[1:] == [
        f"imported {good}",
        "1 imported, 0 updated, 0 unchanged, 1 failed",
    ]
    assert status == 1
    assert_only_the_good_page_is_in_the_archive()


def assert_only_the_good_page_is_in_the_archive():
    article = Article.objects.get()
    assert article.source_name == "zz-good.html"
    assert list(Outlet.objects.values_list("name", flat=True)) == ["Harbour Gazette"]
    for person in Person.objects.all():
        assert person.mentions.exists() or person.quotes.exists(), person


def test_a_page_over_the_size_limit_fails_before_it_is_read(tmp_path, settings):
    settings.NEWSARCHIVE_MAX_PAGE_BYTES = 1000
    page = write(tmp_path / "huge.html", news_page() + " " * 1000)

    lines, status = run(page)

    assert lines[0].startswith(f"failed {page}: the file is larger than 1000 bytes")
    assert status == 1
    assert not Article.objects.exists()


@pytest.mark.parametrize("charset", ["", "utf-8"])
def test_latin_1_bytes_are_read_whatever_the_page_claims(tmp_path, charset):
    paragraphs = (
        PARAGRAPHS[0],
        "The café at the Zürich terminal, run by Søren Ødegård, stays open all night.",
    )
    page = news_page(paragraphs=paragraphs, charset=charset).encode("latin-1")

    lines, status = run(write(tmp_path / "latin.html", page))

    assert status == 0, lines
    body = Article.objects.get().body
    assert "The café at the Zürich terminal, run by Søren Ødegård" in body
    assert "\ufffd" not in body


def test_a_missing_path_and_an_empty_folder_fail_by_name_and_the_batch_goes_on(
    tmp_path,
):
    missing = tmp_path / "missing.html"
    empty = tmp_path / "empty"
    write(empty / "readme.md", "not a page")
    good = write(tmp_path / "good" / "ferry.html", news_page())

    lines, status = run(missing, empty, good)

    assert lines == [
        f"failed {missing}: no such file or folder",
        f"failed {empty}: {NO_PAGES}",
        f"imported {good}",
        "1 imported, 0 updated, 0 unchanged, 2 failed",
    ]
    assert status == 1


def test_a_database_error_in_one_page_leaves_the_next_importable(
    tmp_path, monkeypatch
):
    write_findings = importing._write_findings

    def broken_for_the_first_page(article, extracted):
        if article.source_name == "a-broken.html":
            with connection.cursor() as cursor:
                cursor.execute("SELECT * FROM no_such_table")
        write_findings(article, extracted)

    monkeypatch.setattr(importing, "_write_findings", broken_for_the_first_page)
    write(tmp_path / "a-broken.html", news_page(url="https://x.example/broken"))
    write(tmp_path / "zz-good.html", news_page())

    lines, status = run(tmp_path)

    assert lines[0].startswith(f"failed {tmp_path / 'a-broken.html'}: ")
    assert lines[1] == f"imported {tmp_path / 'zz-good.html'}"
    assert_only_the_good_page_is_in_the_archive()


def test_a_dry_run_says_what_would_happen_and_writes_nothing(tmp_path):
    run(write(tmp_path / "ferry.html", news_page()))
    write(tmp_path / "more" / "v2.html", news_page(title="Ferry line delayed"))
    write(tmp_path / "more" / "other.html", news_page(url="https://x.example/other"))
    mentions = PersonMention.objects.count()

    lines, status = run("--dry-run", tmp_path / "more", tmp_path / "ferry.html")

    assert lines == [
        f"would import {tmp_path / 'more' / 'other.html'}",
        f"would update {tmp_path / 'more' / 'v2.html'}",
        f"unchanged {tmp_path / 'ferry.html'}",
        "Dry run, nothing written: 1 to import, 1 to update, 1 unchanged, 0 failed",
    ]
    assert Article.objects.get().title == "Ferry line to open in spring"
    assert PersonMention.objects.count() == mentions


def test_if_empty_imports_into_an_empty_archive(tmp_path):
    lines, status = run("--if-empty", write(tmp_path / "ferry.html", news_page()))

    assert lines[-1] == "1 imported, 0 updated, 0 unchanged, 0 failed"


def test_if_empty_does_nothing_when_the_archive_has_articles(tmp_path):
    run(write(tmp_path / "ferry.html", news_page()))
    other = write(tmp_path / "other.html", news_page(url="https://x.example/other"))

    lines, status = run("--if-empty", other)

    assert lines == [
        "The archive already has articles: nothing imported (--if-empty)."
    ]
    assert status == 0
    assert Article.objects.count() == 1


def test_a_missing_spacy_model_stops_the_import_with_a_clear_error(
    tmp_path, settings
):
    settings.NEWSARCHIVE_SPACY_MODEL = "no_such_spacy_model"
    page = write(tmp_path / "ferry.html", news_page())

    with pytest.raises(CommandError, match="no_such_spacy_model"):
        call_command("import_articles", str(page), stdout=io.StringIO())
    assert not Article.objects.exists()


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_progress_bar_shows_on_a_terminal_only(tmp_path):
    # It moves a batch at a time: one batch, and one page more.
    batch = importing.BATCH_SIZE
    total = batch + 1
    for number in range(total):
        page = news_page(url=f"https://x.example/{number}")
        write(tmp_path / f"page-{number:02}.html", page)
    terminal, pipe = Terminal(), io.StringIO()

    for stderr in (pipe, terminal):
        call_command(
            "import_articles", str(tmp_path), stdout=io.StringIO(), stderr=stderr
        )

    assert pipe.getvalue() == ""
    filled = 30 * batch // total
    bar = "#" * filled + "." * (30 - filled)
    assert f"[{bar}] {batch}/{total} page-{batch:02}.html" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r\x1b[K")


def test_the_exit_status_is_1_when_a_file_failed_and_0_otherwise(tmp_path):
    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'archive.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "newsarchive.settings",
    }

    def manage(*args):
        return subprocess.run(
            [sys.executable, "manage.py", *map(str, args)],
            cwd=PROJECT_DIR,
            env=environment,
            capture_output=True,
            text=True,
        )

    failed = manage("import_articles", tmp_path / "missing.html")
    assert failed.returncode == 1
    missing = tmp_path / "missing.html"
    assert f"failed {missing}: no such file or folder" in failed.stdout
    assert "1 failed" in failed.stderr

    manage("migrate", "--noinput")
    page = write(tmp_path / "ferry.html", news_page())
    imported = manage("import_articles", page)
    assert imported.returncode == 0, imported.stderr
    last_line = imported.stdout.splitlines()[-1]
    assert last_line == "1 imported, 0 updated, 0 unchanged, 0 failed"

    # A page the HTML libraries choke on says so once, on its line, and nowhere else.
    nested = write(tmp_path / "nested.html", b"<div>" * 200_000 + b"<p>Hi.</p>")
    choked = manage("import_articles", nested)
    assert choked.stdout.splitlines()[0].startswith(f"failed {nested}: ")
    assert choked.stderr.strip() == "CommandError: 1 of 1 failed"
