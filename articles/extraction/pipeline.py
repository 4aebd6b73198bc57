"""`extract()`: the whole extraction, a saved page's bytes to an ExtractedArticle;
`extract_many()`: the same for several pages at once, which is cheaper."""

from articles.extraction import nlp
from articles.extraction.countries import find_countries
from articles.extraction.page import DEFAULT_MAX_BYTES, read_page
from articles.extraction.people import find_people
from articles.extraction.quotes import find_quotes
from articles.extraction.types import ExtractedArticle, ExtractionError, PageContent


def extract(
    data: bytes,
    filename: str,
    *,
    model: str = nlp.DEFAULT_MODEL,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ExtractedArticle:
    """Raises ExtractionError, with a one-line reason, for a page with no article."""
    (result,) = extract_many([(data, filename)], model=model, max_bytes=max_bytes)
    if isinstance(result, ExtractionError):
        raise result
    return result


def extract_many(
    pages: list[tuple[bytes, str]],
    *,
    model: str = nlp.DEFAULT_MODEL,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[ExtractedArticle | ExtractionError]:
    """Each page's (data, filename) to its ExtractedArticle, or to the
    ExtractionError that refuses it, in order. The bodies go through the model
    together: its parser steps through several at once for less than one at a
    time. What each page yields does not depend on the pages beside it."""
    read = [_read(data, filename, max_bytes) for data, filename in pages]
    articles = [content for content in read if isinstance(content, PageContent)]
    docs = iter(nlp.parse_many([content.body for content in articles], model))
    results = []
    for content in read:
        if isinstance(content, ExtractionError):
            results.append(content)
        else:
            results.append(_findings(content, next(docs)))
    return results


def _read(data: bytes, filename: str, max_bytes: int) -> PageContent | ExtractionError:
    try:
        return read_page(data, filename, max_bytes=max_bytes)
    except ExtractionError as error:
        return error


def _findings(page: PageContent, doc) -> ExtractedArticle:
    people = find_people(doc)
    return ExtractedArticle(
        title=page.title,
        body=page.body,
        outlet=page.outlet,
        url=page.url,
        published=page.published,
        authors=page.authors,
        credits=page.credits,
        people=people,
        countries=find_countries(doc, people),
        quotes=find_quotes(doc, people),
    )
