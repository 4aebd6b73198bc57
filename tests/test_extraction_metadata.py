"""read_metadata(): JSON-LD first, then meta tags, then the visible page."""
import json
from datetime import date

from trafilatura import load_html

from articles.extraction.metadata import initials, read_metadata
from articles.extraction.visible import split_authors

BODY = "<body><article><h1>Visible Headline</h1><p>Words.</p></article></body>"


def metadata_of(head: str, body: str = BODY):
    return read_metadata(load_html(f"<html><head>{head}</head>{body}</html>"))


def json_ld(**fields) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_json_ld_comes_first():
    head = json_ld(
        headline="Ld Headline",
        datePublished="2021-05-04T10:00:00Z",
        author=[{"@type": "Person", "name": "Ann Lee"}],
        publisher={"@type": "Organization", "name": "The Courier"},
        url="https://courier.example/ld",
    ) + '<meta property="og:title" content="Og Headline">'
    metadata = metadata_of(head)
    assert metadata.title == "Ld Headline"
    assert metadata.published == date(2021, 5, 4)
    assert metadata.authors == ("Ann Lee",)
    assert metadata.outlet == "The Courier"
    assert metadata.url == "https://courier.example/ld"


def test_json_ld_inside_a_graph_is_found():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Site"},
        {"@type": "Article", "headline": "Graph Headline"},
    ]}
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    assert metadata_of(head).title == "Graph Headline"


def test_meta_tags_fill_in_without_json_ld():
    head = (
        '<meta property="og:title" content="Og Headline">'
        '<meta property="og:site_name" content="The Courier">'
        '<meta property="article:published_time" content="2020-02-03T08:00:00+01:00">'
        '<meta name="author" content="Ann Lee and Bo Chan">'
        '<link rel="canonical" href="https://courier.example/a">'
    )
    metadata = metadata_of(head)
    assert metadata.title == "Og Headline"
    assert metadata.outlet == "The Courier"
    assert metadata.published == date(2020, 2, 3)
    assert metadata.authors == ("Ann Lee", "Bo Chan")
    assert metadata.url == "https://courier.example/a"


def test_a_broken_json_ld_block_is_skipped():
    head = '<script type="application/ld+json">{"headline": </script>'
    head += '<meta property="og:title" content="Og Headline">'
    assert metadata_of(head).title == "Og Headline"


def test_an_organisation_author_with_a_slash_stays_one_author():
    head = json_ld(author={"@type": "Organization", "name": "RFE/RL"})
    assert metadata_of(head).authors == ("RFE/RL",)


def test_an_outlet_that_signs_with_its_initials_is_named_by_them():
    head = json_ld(
        author={"@type": "Organization", "name": "NWR/WS"},
        publisher={"@type": "Organization", "name": "NorthWindRadio/WestSound"},
    )
    assert metadata_of(head).outlet == "NWR/WS"


def test_initials_read_camel_case_and_spaces():
    assert initials("RadioFreeEurope/RadioLiberty") == "RFE/RL"
    assert initials("Radio Free Asia") == "RFA"


def test_bylines_split_on_and_commas_and_semicolons():
    assert split_authors("By Ann Lee, Bo Chan and Cy Dean; Di Eze") == (
        "Ann Lee", "Bo Chan", "Cy Dean", "Di Eze"
    )


def test_bylines_drop_urls_and_duplicates():
    byline = "https://courier.example/ann, Ann Lee, ann lee"
    assert split_authors(byline) == ("Ann Lee",)


def test_entities_escaped_twice_are_decoded():
    head = '<meta property="og:title" content="Bread &amp;#038; Olives">'
    assert metadata_of(head).title == "Bread & Olives"


def test_an_impossible_date_falls_through_to_the_next_source():
    head = json_ld(datePublished="2021-13-45") + (
        '<meta property="article:published_time" content="2021-03-04">'
    )
    assert metadata_of(head).published == date(2021, 3, 4)


def test_json_ld_article_body_is_offered_as_the_declared_body():
    head = json_ld(articleBody="First line.\nSecond line.")
    assert metadata_of(head).declared_body == "First line.\nSecond line."


def test_one_author_object_holding_a_byline_is_split():
    head = json_ld(author={"@type": "Person", "name": "Ann Lee and Bo Chan"})
    assert metadata_of(head).authors == ("Ann Lee", "Bo Chan")
