"""`manage.py extract_article`: JSON Lines with fixed field names, nothing written."""
import io
import json
from datetime import date

import pytest
from django.core.management import CommandError, call_command

from articles.extraction.serialize import article_to_dict
from articles.extraction.types import (
    CountryRef,
    ExtractedArticle,
    PersonRef,
    QuoteRef,
    Span,
)
from articles.models import Article, Person

FIELDS = [
    "file",
    "title",
    "outlet",
    "url",
    "published",
    "authors",
    "credits",
    "text",
    "people",
    "countries",
    "quotes",
]

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Søndre Bridge reopens | Fjord Courier</title>
<link rel="canonical" href="https://fjord-courier.example/bridge">
<meta property="og:site_name" content="Fjord Courier">
<meta property="article:published_time" content="2024-05-02T08:00:00Z">
</head><body><article><h1>Søndre Bridge reopens</h1>
<p>Mayor Ingrid Solberg reopened the Søndre Bridge on Thursday after two years of
repairs paid for by the Norwegian government.</p>
<p>"It is a good day for everyone who crosses the fjord," Solberg said.</p>
</article></body></html>"""


def extract(*paths):
    """The command's output as parsed JSON objects, and its exit status."""
    out = io.StringIO()
    try:
        call_command("extract_article", *map(str, paths), stdout=out)
        status = 0
    except CommandError as error:
        status = error.returncode
    return [json.loads(line) for line in out.getvalue().splitlines()], status


def test_a_hand_built_article_becomes_plain_data_with_the_fixed_names():
    body = "Ingrid Solberg met Solberg's staff in Oslo."
    article = ExtractedArticle(
        title="T",
        body=body,
        url="https://x.example/t",
        published=date(2024, 5, 2),
        authors=("A", "B"),
        people=(
            PersonRef("Ingrid Solberg", ("Solberg",), (Span(0, 14), Span(19, 26))),
        ),
        countries=(CountryRef("NO", "Norway", (Span(38, 42),), ("Oslo",)),),
        quotes=(QuoteRef("met", Span(15, 18), speaker=None),),
    )

    data = article_to_dict(article)

    assert list(data) == FIELDS[1:]
    assert data["published"] == "2024-05-02"
    assert data["authors"] == ["A", "B"]
    assert data["text"] == body
    assert data["people"] == [
        {"name": "Ingrid Solberg", "mentions": ["Ingrid Solberg", "Solberg"]}
    ]
    assert data["countries"] == [{"iso2": "NO", "name": "Norway", "mentions": ["Oslo"]}]
    assert data["quotes"] == [{"text": "met", "speaker": None}]
    json.dumps(data)  # plain data only


@pytest.mark.django_db
def test_it_prints_one_json_object_per_file_and_writes_nothing(tmp_path):
    page = tmp_path / "bridge.html"
    page.write_text(PAGE, encoding="utf-8")
    out = io.StringIO()

    call_command("extract_article", str(page), stdout=out)

    line = out.getvalue().strip()
    assert "Søndre" in line  # not escaped: ensure_ascii=False
    record = json.loads(line)
    assert list(record) == FIELDS
    assert record["file"] == str(page)
    assert record["title"] == "Søndre Bridge reopens"
    assert record["outlet"] == "Fjord Courier"
    assert record["url"] == "https://fjord-courier.example/bridge"
    assert record["published"] == "2024-05-02"
    assert record["text"].startswith("Mayor Ingrid Solberg reopened")
    solberg = next(p for p in record["people"] if p["name"] == "Ingrid Solberg")
    assert "Solberg" in solberg["mentions"]
    assert record["quotes"][0]["speaker"] == "Ingrid Solberg"
    assert {country["iso2"] for country in record["countries"]} == {"NO"}
    assert not Article.objects.exists()
    assert not Person.objects.exists()


@pytest.mark.django_db
def test_a_file_that_cannot_be_read_gives_an_error_object_and_the_batch_goes_on(
    tmp_path,
):
    (tmp_path / "a-empty.html").write_bytes(b"")
    (tmp_path / "b-bridge.html").write_text(PAGE, encoding="utf-8")
    missing = tmp_path / "missing.html"

    records, status = extract(tmp_path, missing)

    assert records[0]["file"] == str(tmp_path / "a-empty.html")
    assert list(records[0]) == ["file", "error"]
    assert "\n" not in records[0]["error"] and records[0]["error"]
    assert records[1]["title"] == "Søndre Bridge reopens"
    assert records[2] == {"file": str(missing), "error": "no such file or folder"}
    assert status == 1
