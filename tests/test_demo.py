"""The bundled demo archive (demo/) goes through extraction whole and cross-links.

The demo pages are fiction written for the project, so these tests need no ../shared.
"""
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from articles.extraction.pipeline import extract

DEMO_DIR = Path(__file__).resolve().parent.parent / "demo"
DEMO_PAGES = sorted(
    path for path in DEMO_DIR.iterdir() if path.suffix in {".html", ".txt"}
)


@cache
def extracted(path: Path):
    return extract(path.read_bytes(), path.name)


def page_ids(path: Path) -> str:
    return path.name


def test_the_demo_archive_holds_html_and_text_pages():
    suffixes = Counter(path.suffix for path in DEMO_PAGES)
    assert suffixes[".html"] >= 10
    assert suffixes[".txt"] >= 1


@pytest.mark.parametrize("path", DEMO_PAGES, ids=page_ids)
def test_every_demo_page_has_a_title_and_a_body(path):
    article = extracted(path)
    assert article.title
    assert len(article.body.split()) >= 200


@pytest.mark.parametrize("path", DEMO_PAGES, ids=page_ids)
def test_every_demo_page_names_a_person_and_quotes_someone(path):
    article = extracted(path)
    assert article.people
    assert article.quotes
    assert any(quote.speaker for quote in article.quotes)


@pytest.mark.parametrize("path", DEMO_PAGES, ids=page_ids)
def test_no_demo_body_keeps_the_page_furniture(path):
    body = extracted(path).body
    furniture = (
        "A fictional page bundled",  # every footer
        "All rights reserved",
        "Breaking",  # the banners
        "Share on",
        "Sign up",  # the newsletter boxes
        "Read more",  # a link set between paragraphs
        "Advertisement",
    )
    for text in furniture:
        assert text.lower() not in body.lower()


@pytest.mark.parametrize(
    "path", [p for p in DEMO_PAGES if p.suffix == ".html"], ids=page_ids
)
def test_every_demo_html_page_has_its_metadata(path):
    article = extracted(path)
    assert article.outlet
    assert article.url.startswith("https://")
    assert article.published is not None
    assert article.published.year == 2026
    assert article.authors


def test_the_demo_people_recur_across_articles():
    articles_per_person = Counter(
        name
        for path in DEMO_PAGES
        for name in {person.name for person in extracted(path).people}
    )
    recurring = [name for name, count in articles_per_person.items() if count >= 3]
    assert len(recurring) >= 3, articles_per_person


def test_the_demo_speakers_recur_across_articles():
    articles_per_speaker = Counter(
        speaker
        for path in DEMO_PAGES
        for speaker in {quote.speaker for quote in extracted(path).quotes}
        if speaker
    )
    recurring = [name for name, count in articles_per_speaker.items() if count >= 3]
    assert len(recurring) >= 3, articles_per_speaker
