"""`extract()`: the whole extraction, a saved page's bytes to an ExtractedArticle."""

from articles.extraction import nlp
from articles.extraction.countries import find_countries
from articles.extraction.page import DEFAULT_MAX_BYTES, read_page
from articles.extraction.people import find_people
from articles.extraction.quotes import find_quotes
from articles.extraction.types import ExtractedArticle


def extract(
    data: bytes,
    filename: str,
    *,
    model: str = nlp.DEFAULT_MODEL,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ExtractedArticle:
    """Raises ExtractionError, with a one-line reason, for a page with no article."""
    page = read_page(data, filename, max_bytes=max_bytes)
    doc = nlp.parse(page.body, model)
    people = find_people(doc)
    countries = find_countries(doc, people)
    quotes = find_quotes(doc, people)
    return ExtractedArticle(
        title=page.title,
        body=page.body,
        outlet=page.outlet,
        url=page.url,
        published=page.published,
        authors=page.authors,
        credits=page.credits,
        people=people,
        countries=countries,
        quotes=quotes,
    )
