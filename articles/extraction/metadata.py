"""HTML -> title, outlet, canonical URL, published date and authors.

Sources in order of trust: the page's JSON-LD (what the publisher tells search
engines), then its meta tags (Open Graph, article:, citation_, Dublin Core),
then what trafilatura reads from the visible page (headline, byline, dates).
"""
import html
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata

from articles.extraction.body import normalise_space
from articles.extraction.visible import (
    byline_authors,
    clean_authors,
    fuller_name,
    local_date,
    read_title,
    same_name,
    shown_date,
    split_authors,
)

ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "scholarlyarticle",
    "techarticle",
    "report",
}
TITLE_METAS = ("og:title", "twitter:title", "citation_title", "dc.title", "title")
DATE_METAS = (
    "article:published_time",
    "citation_publication_date",
    "citation_date",
    "og:published_time",
    "published_time",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "date",
    "pubdate",
    "publishdate",
)
AUTHOR_METAS = (
    "citation_author",
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
)
SITE_METAS = ("og:site_name", "application-name", "twitter:site")
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


@dataclass(frozen=True)
class Metadata:
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: date | None = None
    authors: tuple[str, ...] = ()
    declared_body: str = ""  # JSON-LD articleBody, for pages that hide their text


def read_metadata(tree: HtmlElement) -> Metadata:
    article = json_ld_article(tree)
    metas = meta_tags(tree)
    fallback = Fallback(tree)
    site = first_text(
        json_ld_name(article.get("publisher")),
        *(metas.get(key) for key in SITE_METAS),
    ) or first_text(fallback.document.sitename)
    url = first_text(
        canonical_link(tree), metas.get("og:url"), json_ld_url(article)
    ) or first_text(fallback.document.url)
    authors = read_authors(tree, article, site, fallback)
    titles = texts([article.get("headline"), *(metas.get(n) for n in TITLE_METAS)])
    titles = titles or texts([fallback.document.title, tree.findtext(".//title")])
    published = first_date(
        article.get("datePublished"), *(metas.get(name) for name in DATE_METAS)
    ) or first_date(fallback.document.date)
    return Metadata(
        title=read_title(tree, titles, site=site.lstrip("@"), url=url),
        outlet=short_form(site.lstrip("@"), authors),
        url=url,
        published=shown_date(tree, local_date(published, url)),
        authors=authors,
        declared_body=first_text(article.get("articleBody"), keep_lines=True),
    )


class Fallback:
    """trafilatura's own reading of the page, made only when a field needs it:
    its search for dates is the slowest step of reading metadata."""

    def __init__(self, tree: HtmlElement):
        self.tree = tree

    @cached_property
    def document(self):
        return extract_metadata(self.tree)


def read_authors(tree, article: dict, site: str, fallback: Fallback):
    """JSON-LD, then meta tags, then the visible byline; a fuller list or fuller
    names from a later source complete an earlier one."""
    declared = json_ld_authors(article)
    from_metas = meta_authors(tree, site)
    if set(map(str.casefold, declared)) < set(map(str.casefold, from_metas)):
        declared = from_metas
    authors = declared or from_metas
    # The visible byline is read only when needed: it is the slowest source.
    if authors and all(" " in name for name in authors):
        return authors
    visible = byline_authors(tree)
    authors = authors or visible
    if not authors:
        byline = fallback.document.author or ""
        authors = () if same_name(byline, site) else split_authors(byline)
    return tuple(fuller_name(name, visible) for name in authors)


def json_ld_objects(tree: HtmlElement):
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script, strict=False)
        except ValueError:
            continue
        yield from flatten_json_ld(data)


def flatten_json_ld(data):
    if isinstance(data, list):
        for item in data:
            yield from flatten_json_ld(item)
    elif isinstance(data, dict):
        yield data
        yield from flatten_json_ld(data.get("@graph", []))


def json_ld_article(tree: HtmlElement) -> dict:
    """The first JSON-LD object typed as an article, or an empty dict."""
    for item in json_ld_objects(tree):
        if json_ld_types(item) & ARTICLE_TYPES:
            return item
    return {}


def json_ld_types(item: dict) -> set[str]:
    types = item.get("@type", [])
    types = [types] if isinstance(types, str) else types
    return {t.lower() for t in types if isinstance(t, str)}


def json_ld_name(value) -> str:
    if isinstance(value, dict):
        value = value.get("name", "")
    if isinstance(value, list):
        value = " ".join(v for v in value if isinstance(v, str))
    return normalise_space(value) if isinstance(value, str) else ""


def json_ld_authors(article: dict) -> tuple[str, ...]:
    value = article.get("author") or article.get("creator") or []
    values = value if isinstance(value, list) else [value]
    # Even one author object may hold a byline: "Ann Lee and Bo Chan".
    return clean_authors(
        name for value in values for name in split_authors(json_ld_name(value))
    )


def json_ld_url(article: dict) -> str:
    for value in (article.get("url"), article.get("mainEntityOfPage")):
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.startswith("http"):
            return value
    return ""


def meta_tags(tree: HtmlElement) -> dict[str, str]:
    """The first content of each meta name/property, keyed in lower case."""
    metas = {}
    for meta in tree.xpath("//meta[@content]"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        content = normalise_space(meta.get("content"))
        if key and content:
            metas.setdefault(key.lower(), content)
    return metas


def meta_authors(tree: HtmlElement, site: str) -> tuple[str, ...]:
    """Authors named by meta tags, unless a tag names the site itself."""
    for name in AUTHOR_METAS:
        contents = tree.xpath(
            "//meta[translate(@name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
            " 'abcdefghijklmnopqrstuvwxyz') = $name"
            " or @property = $name]/@content",
            name=name,
        )
        contents = [content for content in contents if not same_name(content, site)]
        names = clean_authors(part for text in contents for part in split_authors(text))
        if names:
            return names
    return ()


def canonical_link(tree: HtmlElement) -> str:
    hrefs = tree.xpath("//link[@rel='canonical']/@href")
    return hrefs[0].strip() if hrefs and hrefs[0].startswith("http") else ""


def short_form(name: str, candidates) -> str:
    """The outlet's own short name when it signs with one: a publisher called
    "RadioFreeEurope/RadioLiberty" that signs articles "RFE/RL" is RFE/RL."""
    for candidate in candidates:
        if len(candidate) < len(name) and initials(name) == candidate.upper():
            return candidate
    return name


def initials(name: str) -> str:
    """"RadioFreeEurope/RadioLiberty" -> "RFE/RL"; "Radio Free Asia" -> "RFA"."""
    words = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[/&]", name)
    return "".join(word[0] for word in words)


def texts(values) -> list[str]:
    return [text for text in map(first_text, values) if text]


def first_text(*values, keep_lines: bool = False) -> str:
    """The first non-blank string, its entities decoded: pages often escape
    their metadata twice ("&amp;#8217;")."""
    for value in values:
        if isinstance(value, str) and value.strip():
            value = html.unescape(value)
            return value.strip() if keep_lines else normalise_space(value)
    return ""


def first_date(*values) -> date | None:
    for value in values:
        if isinstance(value, str) and (match := ISO_DATE.search(value)):
            try:
                return date(*map(int, match.groups()))
            except ValueError:
                continue
    return None
