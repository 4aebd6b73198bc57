"""From an ExtractedArticle to the archive: one transaction per article, safe to re-run.

An article is the same article when its canonical URL is the same (a newer version
of the page updates it, its mentions and quotes replaced) or, without a URL, when the
imported bytes are the same. The same bytes again are recognised by their hash before
any extraction runs, so re-importing a folder is fast.
"""
import enum
import hashlib
import sys
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction

from articles.extraction.types import (
    ExtractedArticle,
    ExtractionError,
    QuoteRef,
    Span,
)
from articles.identity import (
    clean_text,
    find_person,
    fit,
    person_for,
    save_with_unique_slug,
)
from articles.models import (
    Article,
    Country,
    CountryMention,
    Outlet,
    Person,
    PersonMention,
    Quote,
)

# Pages imported per batch: as many as the model analyses at once
# (nlp.BATCH_SIZE). Not imported from there: importing nlp loads spaCy, which
# re-importing unchanged pages does without.
BATCH_SIZE = 8


class Outcome(enum.Enum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class ImportResult:
    outcome: Outcome
    article: Article | None  # None only in a dry run that would create it


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def extract_with_settings(data: bytes, filename: str) -> ExtractedArticle:
    """Runs the extraction with the spaCy model and size limit from the settings."""
    # Imported here, not at the top: spaCy loads only when a page needs extracting,
    # so that re-importing unchanged pages stays fast.
    from articles.extraction import pipeline

    return pipeline.extract(
        data,
        filename,
        model=settings.NEWSARCHIVE_SPACY_MODEL,
        max_bytes=settings.NEWSARCHIVE_MAX_PAGE_BYTES,
    )


def extract_many_with_settings(
    pages: list[tuple[bytes, str]],
) -> list[ExtractedArticle | ExtractionError]:
    """extract_with_settings for several pages at once (pipeline.extract_many)."""
    from articles.extraction import pipeline

    return pipeline.extract_many(
        pages,
        model=settings.NEWSARCHIVE_SPACY_MODEL,
        max_bytes=settings.NEWSARCHIVE_MAX_PAGE_BYTES,
    )


def is_missing_model(error: Exception) -> bool:
    """Whether `error` says the spaCy model is not installed: every page would fail."""
    # Looked up, not imported: when nlp was never imported it cannot be the cause,
    # and importing it would load spaCy for nothing.
    nlp = sys.modules.get("articles.extraction.nlp")
    return nlp is not None and isinstance(error, nlp.ModelNotInstalled)


def import_pages(
    pages: list[tuple[bytes, str]],
    *,
    extract_many=extract_many_with_settings,
    dry_run=False,
) -> list[ImportResult | Exception]:
    """Imports each page's bytes: each page's result, or the exception that
    stopped it (ExtractionError for a page with no article), in order.

    `extract_many(pages)` turns the pages that need it into ExtractedArticles
    (or ExtractionErrors), together; pages whose exact bytes are already in the
    archive are not extracted at all. A page that fails costs the others nothing:
    a crash while extracting the batch is retried page by page, so that only the
    page that crashes fails; a missing spaCy model, which every page would hit,
    is raised.
    """
    results: list[ImportResult | Exception | None] = [
        _already_imported(data) for data, _ in pages
    ]
    new = [i for i, result in enumerate(results) if result is None]
    if not new:
        return results  # nothing to extract: spaCy is not even loaded
    try:
        extracted = extract_many([pages[i] for i in new])
    except Exception as error:
        if is_missing_model(error):
            raise
        extracted = [_extract_alone(pages[i], extract_many) for i in new]
    for i, outcome in zip(new, extracted, strict=True):
        if isinstance(outcome, Exception):
            results[i] = outcome
            continue
        try:
            results[i] = save_article(outcome, *pages[i], dry_run=dry_run)
        except Exception as error:  # noqa: BLE001 - reported for this page alone
            results[i] = error
    return results


def _already_imported(data: bytes) -> ImportResult | None:
    known = Article.objects.filter(content_hash=content_hash(data)).first()
    return ImportResult(Outcome.UNCHANGED, known) if known is not None else None


def _extract_alone(page, extract_many) -> ExtractedArticle | Exception:
    try:
        (outcome,) = extract_many([page])
    except Exception as error:  # noqa: BLE001 - this page's failure, reported
        if is_missing_model(error):
            raise
        return error
    return outcome


def save_article(
    extracted: ExtractedArticle, data: bytes, source_name: str, *, dry_run=False
) -> ImportResult:
    """Creates or updates the article `extracted` describes.

    A dry run writes nothing.
    """
    digest = content_hash(data)
    url = canonical_url(extracted.url)
    with transaction.atomic():
        same_bytes = Article.objects.filter(content_hash=digest).first()
        if same_bytes is not None:
            return ImportResult(Outcome.UNCHANGED, same_bytes)
        existing = None
        if url is not None:
            existing = Article.objects.select_for_update().filter(url=url).first()
        outcome = Outcome.UPDATED if existing else Outcome.CREATED
        if dry_run:
            return ImportResult(outcome, existing)
        article = existing or Article()
        _fill_fields(article, extracted, url=url, data=data, source_name=source_name)
        if existing is None:
            save_with_unique_slug(article, article.title, fallback="article")
        else:
            article.save()
            _delete_findings(article)
        _write_findings(article, extracted)
    return ImportResult(outcome, article)


def canonical_url(url: str) -> str | None:
    """The URL to store, or None: only absolute http(s) URLs that fit the column.

    Pages are hostile: a "javascript:" URL must never become a link on our pages.
    """
    url = url.strip()
    if not url or len(url) > Article._meta.get_field("url").max_length:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    return url


def _fill_fields(article, extracted, *, url, data, source_name) -> None:
    def text(field_name, value):
        return fit(Article, field_name, clean_text(value.strip()))

    article.title = text("title", extracted.title)
    article.outlet = _outlet_named(extracted.outlet)
    article.url = url
    article.published = extracted.published
    article.byline = text("byline", ", ".join(extracted.authors))
    article.credits = text("credits", extracted.credits)
    article.body = clean_text(extracted.body)
    article.source_name = text("source_name", source_name)
    article.source_bytes = data
    article.content_hash = content_hash(data)


def _outlet_named(name: str) -> Outlet | None:
    name = fit(Outlet, "name", clean_text(name.strip()))
    if not name:
        return None
    outlet = Outlet.objects.filter(name=name).first()
    if outlet is None:
        outlet = save_with_unique_slug(Outlet(name=name), name, fallback="outlet")
    return outlet


def _delete_findings(article: Article) -> None:
    article.person_mentions.all().delete()
    article.country_mentions.all().delete()
    article.quotes.all().delete()


def _write_findings(article: Article, extracted: ExtractedArticle) -> None:
    body_length = len(extracted.body)
    refs = [ref for ref in extracted.people if ref.name.strip()]
    people = {ref.name: person_for(ref) for ref in refs}
    PersonMention.objects.bulk_create(
        PersonMention(
            article=article, person=people[ref.name], start=s.start, end=s.end
        )
        for ref in refs
        for s in _valid(ref.spans, body_length)
    )
    countries = Country.objects.in_bulk(
        [ref.iso2.upper() for ref in extracted.countries], field_name="iso2"
    )
    CountryMention.objects.bulk_create(
        CountryMention(article=article, country=country, start=s.start, end=s.end)
        for ref in extracted.countries
        if (country := countries.get(ref.iso2.upper())) is not None
        for s in _valid(ref.spans, body_length)
    )
    Quote.objects.bulk_create(
        _quote(article, quote, _speaker(quote.speaker, refs, people))
        for quote in extracted.quotes
        if _valid((quote.span,), body_length)
    )


def _quote(article: Article, quote: QuoteRef, speaker: Person | None) -> Quote:
    # A speaker who is no person ("the foreign ministry") is kept as text.
    attributed_to = "" if speaker or not quote.speaker else quote.speaker
    return Quote(
        article=article,
        speaker=speaker,
        attributed_to=fit(Quote, "attributed_to", clean_text(attributed_to)),
        text=clean_text(quote.text),
        start=quote.span.start,
        end=quote.span.end,
    )


def _valid(spans: tuple[Span, ...], body_length: int) -> list[Span]:
    """The spans that lie inside the body: anything else could not be shown."""
    return [s for s in spans if 0 <= s.start < s.end <= body_length]


def _speaker(name: str | None, refs, people: dict[str, Person]) -> Person | None:
    """The person a quote's speaker name stands for: one of this article's people
    (by name or alias), else someone already in the archive by name or alias.

    Any other speaker ("the foreign ministry") is not a person: the quote keeps
    its name as text rather than filling the people pages with organisations.
    """
    if not name:
        return None
    if name in people:
        return people[name]
    for ref in refs:
        if name in ref.aliases:
            return people[ref.name]
    return find_person(name)
