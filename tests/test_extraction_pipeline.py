"""pipeline.extract_many: several pages through the whole extraction at once, each
page's result as extract() alone gives it, refusals in their place."""

import pytest

from articles.extraction.pipeline import extract, extract_many
from articles.extraction.types import ExtractedArticle, ExtractionError

STORIES = [
    (
        "Port strike ends after talks",
        [
            "Dock workers in Rotterdam returned to work on Friday after a "
            "three-day strike over pay, the Dutch union FNV said.",
            '"We got most of what we asked for," said union leader Marieke de Vos, '
            "who led the talks with the port authority.",
            "Belgian and German ports had taken in ships turned away from the "
            "Netherlands during the stoppage.",
        ],
    ),
    (
        "Minister defends new rail budget",
        [
            "Transport Minister Tomas Berglund defended the rail budget in "
            "Stockholm on Tuesday as critics called it too small.",
            '"This is the largest investment in a generation," Berglund told '
            "reporters. He said trains to Norway would run every hour by 2027.",
            '"It does not go far enough," said Ingrid Holm, a regional councillor.',
        ],
    ),
    (
        "Wildfire season starts early in Chile",
        [
            "Firefighters in Chile were battling more than forty wildfires on "
            "Sunday, weeks before the usual start of the season.",
            "President Gabriel Boric said the government would send aircraft. "
            '"No region will be left alone," he said in a televised address.',
        ],
    ),
]


def page(title: str, paragraphs: list[str]) -> bytes:
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>"
        f"{body}</article></body></html>"
    ).encode()


@pytest.fixture(scope="module")
def pages():
    return [
        (page(title, paragraphs), f"{number}.html")
        for number, (title, paragraphs) in enumerate(STORIES)
    ]


def test_each_page_comes_out_as_it_does_alone(pages):
    together = extract_many(pages)

    assert together == [extract(data, name) for data, name in pages]
    assert all(isinstance(result, ExtractedArticle) for result in together)
    assert {person.name for person in together[0].people} >= {"Marieke de Vos"}
    assert [quote.speaker for quote in together[1].quotes] == [
        "Tomas Berglund",
        "Ingrid Holm",
    ]


def test_a_refused_page_keeps_its_place_and_spares_the_others(pages):
    no_article = (b"<html><body><p>Home</p></body></html>", "menu.html")
    batch = [pages[0], (b"", "empty.html"), no_article, pages[2]]

    results = extract_many(batch)

    assert [type(result) for result in results] == [
        ExtractedArticle,
        ExtractionError,
        ExtractionError,
        ExtractedArticle,
    ]
    assert results[0] == extract(*pages[0]) and results[3] == extract(*pages[2])


def test_extract_raises_the_refusal_of_its_page():
    with pytest.raises(ExtractionError, match="empty"):
        extract(b"", "empty.html")


def test_no_pages_give_no_results():
    assert extract_many([]) == []
