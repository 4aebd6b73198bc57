"""`read_page()`: the bytes of a saved page -> PageContent, or a one-line refusal.

The page-reading half of extraction: decoding (document.py), then either the
HTML path (metadata.py, body.py) or the plain-text path (text.py), then the
checks that make sure what comes out is an article.
"""
import lxml.etree
from trafilatura import load_html

from articles.extraction.body import body_paragraphs
from articles.extraction.document import read_document
from articles.extraction.metadata import read_metadata
from articles.extraction.standfirst import with_standfirst
from articles.extraction.text import read_text
from articles.extraction.types import PARAGRAPH_SEPARATOR, ExtractionError, PageContent

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# spaCy refuses texts over 1,000,000 characters; a longer body is cut after the
# last whole paragraph that fits, leaving room for the separators.
MAX_BODY_CHARS = 999_000
# An article has at least one paragraph of running text: a sentence or more.
MIN_PARAGRAPH_WORDS = 8
MIN_PARAGRAPH_CHARS = 40
MIN_BODY_CHARS = 150


def read_page(
    data: bytes, filename: str, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> PageContent:
    """Raises ExtractionError, with a one-line reason, for a page with no article."""
    document = read_document(data, filename, max_bytes=max_bytes)
    page = read_html(document.text) if document.is_html else read_plain(document.text)
    paragraphs = truncated(without_title(page.paragraphs, page.title))
    check_article(paragraphs)
    return PageContent(
        title=page.title or first_words(paragraphs[0]),
        paragraphs=paragraphs,
        outlet=page.outlet,
        url=page.url,
        published=page.published,
        authors=page.authors,
        credits=page.credits,
    )


def read_html(html: str) -> PageContent:
    try:
        tree = load_html(html)
    except (ValueError, lxml.etree.LxmlError):
        tree = None
    if tree is None:
        raise ExtractionError("the HTML could not be parsed")
    metadata = read_metadata(tree)
    paragraphs, credits = body_paragraphs(tree, declared_body=metadata.declared_body)
    paragraphs = with_standfirst(tree, metadata.title, paragraphs)
    return PageContent(
        title=metadata.title,
        paragraphs=tuple(paragraphs),
        outlet=metadata.outlet,
        url=metadata.url,
        published=metadata.published,
        authors=metadata.authors,
        credits=credits,
    )


def read_plain(text: str) -> PageContent:
    content = read_text(text)
    return PageContent(
        title=content.title,
        paragraphs=content.paragraphs,
        outlet=content.outlet,
        authors=content.authors,
        credits=content.credits,
    )


def without_title(paragraphs: tuple[str, ...], title: str) -> tuple[str, ...]:
    """The headline is the title, not the body's first paragraph."""
    folded_title = title.casefold()
    start = 0
    while start < len(paragraphs[:2]) and paragraphs[start].casefold() == folded_title:
        start += 1
    return paragraphs[start:]


def truncated(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The body cut after its last whole paragraph within MAX_BODY_CHARS; a
    first paragraph longer than that alone is cut after its last whole word."""
    kept, length = [], 0
    for paragraph in paragraphs:
        length += len(paragraph) + len(PARAGRAPH_SEPARATOR)
        if length > MAX_BODY_CHARS:
            break
        kept.append(paragraph)
    if not kept and paragraphs:
        kept.append(paragraphs[0][:MAX_BODY_CHARS].rsplit(" ", 1)[0])
    return tuple(kept)


def check_article(paragraphs: tuple[str, ...]) -> None:
    if not any(is_running_text(paragraph) for paragraph in paragraphs):
        raise ExtractionError("no article text found")
    if sum(len(paragraph) for paragraph in paragraphs) < MIN_BODY_CHARS:
        raise ExtractionError("no article text found (too little text)")


def is_running_text(paragraph: str) -> bool:
    # Languages written without spaces between words count by characters.
    words = len(paragraph.split())
    if words >= MIN_PARAGRAPH_WORDS:
        return True
    return len(paragraph) >= MIN_PARAGRAPH_CHARS and len(paragraph) > 15 * words


def first_words(paragraph: str, count: int = 12) -> str:
    words = paragraph.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")
