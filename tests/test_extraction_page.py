"""read_page(): the seed against expected.json, and pages that are not articles."""
import gzip
import json
from datetime import date

import pytest

from articles.extraction.page import MAX_BODY_CHARS, read_page
from articles.extraction.types import ExtractionError

SEED_NAME = "putin-trump-inauguration"
ARTICLE_HTML = """<html><head><title>Ferry Service Resumes</title></head><body>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Ferry Service Resumes</h1>
<p>The ferry between the two islands ran again on Monday after a week of storms
kept every boat in the harbour and left hundreds of travellers waiting.</p>
<p>Officials said the first crossing carried more than two hundred passengers and
that the timetable would be back to normal by the end of the week.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def expected(seed_dir):
    return json.loads((seed_dir / "expected.json").read_text())


@pytest.fixture(scope="module", params=["html", "txt"])
def seed_page(request, seed_dir):
    path = seed_dir / f"{SEED_NAME}.{request.param}"
    return request.param, read_page(path.read_bytes(), path.name)


def test_the_seed_has_the_expected_metadata(seed_page, expected):
    kind, page = seed_page
    assert page.title == expected["title"]
    assert page.outlet == expected["outlet"]
    assert page.credits == expected["credits"]
    assert (page.url or None) == expected["url"][kind]
    published = expected["published"][kind]
    assert page.published == (date.fromisoformat(published) if published else None)


def test_the_seed_body_starts_and_ends_where_expected(seed_page, expected):
    _, page = seed_page
    assert page.body.startswith(expected["body_starts_with"])
    assert page.body.endswith(expected["body_ends_with"])


def test_the_seed_body_holds_no_boilerplate(seed_page, expected):
    _, page = seed_page
    for boilerplate in expected["body_must_not_contain"]:
        assert boilerplate not in page.body


def test_the_seed_body_is_clean_paragraphs(seed_page):
    _, page = seed_page
    assert all(p and p == " ".join(p.split()) for p in page.paragraphs)


def test_it_reads_a_gzipped_page():
    page = read_page(gzip.compress(ARTICLE_HTML.encode()), "ferry.html.gz")
    assert page.title == "Ferry Service Resumes"
    assert page.paragraphs[0].startswith("The ferry between the two islands")


@pytest.mark.parametrize(
    "data, filename, reason",
    [
        (b"", "empty.html", "empty file"),
        (b"  \n ", "blank.txt", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.html", "not a text or HTML"),
        (gzip.compress(ARTICLE_HTML.encode())[:60], "cut.html.gz", "truncated gzip"),
        (b"<html><body><p>Page not found.</p></body></html>", "404.html", "no article"),
        (b"Menu\nHome\nContact\n", "menu.txt", "no article"),
    ],
)
def test_it_refuses_what_is_not_an_article(data, filename, reason):
    with pytest.raises(ExtractionError, match=reason):
        read_page(data, filename)


def test_it_refuses_a_file_over_the_size_limit():
    with pytest.raises(ExtractionError, match="larger than"):
        read_page(ARTICLE_HTML.encode(), "big.html", max_bytes=100)


def test_its_errors_are_one_line():
    with pytest.raises(ExtractionError) as error:
        read_page(b"\x00\x01\x02binary", "x.html")
    assert "\n" not in str(error.value)


def test_it_cuts_a_huge_body_after_the_last_whole_paragraph():
    sentence = "A sentence that goes on and on about the same small thing. " * 30
    paragraphs = [f"Part {number}. {sentence.strip()}" for number in range(700)]
    text = "A Very Long Report\n\n" + "\n\n".join(paragraphs)
    page = read_page(text.encode(), "long.txt")
    assert len(page.body) <= MAX_BODY_CHARS
    assert page.paragraphs == tuple(paragraphs[: len(page.paragraphs)])
    assert len(page.body) + len(paragraphs[0]) + 2 > MAX_BODY_CHARS


def test_a_page_without_a_title_takes_its_first_words():
    html = "<html><body><article><p>" + "word " * 60 + "</p></article></body></html>"
    page = read_page(html.encode(), "untitled.html")
    assert page.title.startswith("word word")


def test_a_single_huge_paragraph_is_cut_after_a_whole_word():
    text = "One Long Paragraph\n\n" + "endless words " * 100_000
    page = read_page(text.encode(), "long.txt")
    assert len(page.body) <= MAX_BODY_CHARS
    assert page.body.endswith("words")
