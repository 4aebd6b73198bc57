"""An ExtractedArticle as plain JSON-ready data: what `extract_article` prints.

The field names are an interface: accuracy benchmarks read them. Change none.
"""
from articles.extraction.types import ExtractedArticle, Span


def article_to_dict(article: ExtractedArticle) -> dict:
    body = article.body
    return {
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "authors": list(article.authors),
        "credits": article.credits,
        "text": body,
        "people": [
            {
                "name": person.name,
                "mentions": _forms([person.name, *person.aliases], person.spans, body),
            }
            for person in article.people
        ],
        "countries": [
            {
                "iso2": country.iso2,
                "name": country.name,
                "mentions": _forms(country.seen_as, country.spans, body),
            }
            for country in article.countries
        ],
        "quotes": [
            {"text": quote.text, "speaker": quote.speaker} for quote in article.quotes
        ],
    }


def _forms(known: list[str], spans: tuple[Span, ...], body: str) -> list[str]:
    """The distinct surface forms: those known first, then others found in the body."""
    seen = [*known, *(span.text_in(body) for span in spans)]
    return list(dict.fromkeys(form for form in seen if form))
