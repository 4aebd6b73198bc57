"""The article body as HTML paragraphs, names linked and quotes highlighted by offsets.

The body is imported text and hostile: every piece of it goes through `escape` or
`format_html`; nothing from it is ever marked safe as it is. Offsets come from the
importer but staff can edit them in the admin, so this module trusts none of them:
spans out of range, empty, overlapping one another or straddling a quote's edge are
dropped rather than allowed to break the page.
"""

from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

PARAGRAPH_BREAK = "\n\n"
# How far from a quote its speaker's name still reads as its attribution.
NEARBY_CHARS = 160
CLOSING_MARKS = "\"'\u201d\u2019\u00bb\u203a"


@dataclass(frozen=True)
class LinkSpan:
    """A name in the body that links to the page of what it names."""

    start: int
    end: int
    url: str
    kind: str  # "person" or "country": a CSS class


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted words in the body, with an anchor id and the speaker's page when known."""

    start: int
    end: int
    anchor: str
    speaker_name: str = ""
    speaker_url: str = ""


def render_body(body, links, quotes):
    """Return the body as a list of safe HTML strings, one per paragraph."""
    quotes = _without_overlaps(_in_range(quotes, len(body)))
    links = _without_overlaps(
        [link for link in _in_range(links, len(body)) if not _straddles(link, quotes)]
    )
    paragraphs = paragraph_bounds(body)
    # A speaker named beside their quote is already a link there; a badge after the
    # quote would only repeat the name ("...," — Ada Lee Lee said).
    badged = [
        q for q in quotes if not _speaker_named_beside(q, links, quotes, paragraphs)
    ]
    return [
        _render_paragraph(body, start, end, links, quotes, badged)
        for start, end in paragraphs
    ]


def paragraph_bounds(body):
    """(start, end) of each non-blank paragraph; a blank line separates paragraphs."""
    bounds = []
    start = 0
    for piece in body.split(PARAGRAPH_BREAK):
        end = start + len(piece)
        if piece.strip():
            bounds.append((start, end))
        start = end + len(PARAGRAPH_BREAK)
    return bounds


def _in_range(spans, length):
    return [s for s in spans if 0 <= s.start < s.end <= length]


def _without_overlaps(spans):
    """Of overlapping spans keep the first (the longest of those starting together)."""
    kept = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def _straddles(link, quotes):
    """True when the link begins inside a quote and ends outside it, or the reverse."""
    return any(
        (q.start <= link.start < q.end) != (q.start < link.end <= q.end) for q in quotes
    )


def _speaker_named_beside(quote, links, quotes, paragraphs):
    """True when a link to the speaker stands near the quote, in its paragraph(s)
    and not past a neighbouring quote."""
    if not quote.speaker_url:
        return False
    lo = max(
        [quote.start - NEARBY_CHARS]
        + [p_start for p_start, p_end in paragraphs if p_start <= quote.start]
        + [q.end for q in quotes if q.end <= quote.start]
    )
    hi = min(
        [quote.end + NEARBY_CHARS]
        + [p_end for p_start, p_end in paragraphs if p_end >= quote.end]
        + [q.start for q in quotes if q.start >= quote.end]
    )
    return any(
        link.url == quote.speaker_url
        and lo <= link.start
        and link.end <= hi
        and not quote.start <= link.start < quote.end
        for link in links
    )


def _render_paragraph(body, start, end, links, quotes, badged):
    # A quote may run over several paragraphs: each paragraph shows its own slice.
    html, cursor = [], start
    for quote in quotes:
        q_start, q_end = max(quote.start, start), min(quote.end, end)
        if q_start >= q_end:
            continue
        html.append(_render_text(body, cursor, q_start, links))
        inner = _render_text(body, q_start, q_end, links)
        html.append(_render_quote(quote, inner, first=q_start == quote.start))
        cursor = q_end
        if q_end == quote.end:
            # The speaker goes after the closing quotation mark, not inside it.
            closing = _closing_marks(body, q_end, end)
            html.append(escape(body[q_end : q_end + closing]))
            if quote in badged:
                html.append(_render_speaker(quote))
            cursor = q_end + closing
    html.append(_render_text(body, cursor, end, links))
    return mark_safe("".join(html))  # each piece was escaped or built by format_html


def _closing_marks(body, start, end):
    """How many closing quotation marks stand at body[start:end]'s beginning."""
    count = 0
    while start + count < end and body[start + count] in CLOSING_MARKS:
        count += 1
    return count


def _render_text(body, start, end, links):
    """Escaped body[start:end] with every link lying wholly inside it as an <a>."""
    html, cursor = [], start
    for link in links:
        if link.start < start or link.end > end:
            continue
        html.append(escape(body[cursor : link.start]))
        html.append(
            format_html(
                '<a class="mention mention-{}" href="{}">{}</a>',
                link.kind,
                link.url,
                body[link.start : link.end],
            )
        )
        cursor = link.end
    html.append(escape(body[cursor:end]))
    return SafeString("".join(html))


def _render_quote(quote, inner, *, first):
    """The quoted words as a <mark>; its first piece carries the anchor to link to."""
    anchor = format_html(' id="{}"', quote.anchor) if first else ""
    said_by = (
        format_html(' title="Said by {}"', quote.speaker_name)
        if quote.speaker_name
        else ""
    )
    return format_html('<mark class="quote"{}{}>{}</mark>', anchor, said_by, inner)


def _render_speaker(quote):
    if not quote.speaker_url:
        return ""
    return format_html(
        '<a class="quote-speaker" href="{}" title="Said by {}">{}</a>',
        quote.speaker_url,
        quote.speaker_name,
        quote.speaker_name,
    )


def article_body_html(article):
    """The paragraphs of an article fetched with `Article.objects.for_detail()`."""
    links = [
        LinkSpan(m.start, m.end, m.person.get_absolute_url(), "person")
        for m in article.person_mentions.all()
    ] + [
        LinkSpan(m.start, m.end, m.country.get_absolute_url(), "country")
        for m in article.country_mentions.all()
    ]
    quotes = [
        QuoteSpan(
            q.start,
            q.end,
            f"quote-{q.pk}",
            q.speaker.name if q.speaker_id else q.attributed_to,
            q.speaker.get_absolute_url() if q.speaker_id else "",
        )
        for q in article.quotes.all()
    ]
    return render_body(article.body, links, quotes)
