"""The values that extraction produces. All frozen: stages hand them on unedited.

Offsets (`Span`) are character positions in `PageContent.body` and
`ExtractedArticle.body`: the article's paragraphs joined by a blank line.
"""

from dataclasses import dataclass, field
from datetime import date

PARAGRAPH_SEPARATOR = "\n\n"


class ExtractionError(Exception):
    """A page that cannot become an article; the message says why in one line."""


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def text_in(self, body: str) -> str:
        return body[self.start : self.end]


@dataclass(frozen=True)
class PageContent:
    """What a page says before any language analysis: metadata and body paragraphs."""

    title: str
    paragraphs: tuple[str, ...]
    outlet: str = ""
    url: str = ""
    published: date | None = None
    authors: tuple[str, ...] = ()
    credits: str = ""

    @property
    def body(self) -> str:
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)


@dataclass(frozen=True)
class PersonRef:
    """One person found in an article, consolidated over all the ways it names them."""

    name: str  # the fullest form, without titles: "Vladimir Putin"
    aliases: tuple[
        str, ...
    ] = ()  # other forms seen: "Putin", "Russian President Vladimir Putin"
    spans: tuple[Span, ...] = ()  # every mention by name in the body
    role: str = ""  # a title seen before the name: "Russian President"


@dataclass(frozen=True)
class CountryRef:
    iso2: str  # ISO 3166-1 alpha-2, upper case
    name: str  # the country's common English name
    spans: tuple[Span, ...] = ()  # every word in the body that stands for it
    seen_as: tuple[str, ...] = ()  # the distinct surface forms: "Moscow", "Russian"


@dataclass(frozen=True)
class QuoteRef:
    text: str  # the words between the quotation marks, marks excluded
    span: Span  # where those words stand in the body
    speaker: str | None = None  # a PersonRef.name, another speaker's name, or None


@dataclass(frozen=True)
class ExtractedArticle:
    title: str
    body: str
    outlet: str = ""
    url: str = ""
    published: date | None = None
    authors: tuple[str, ...] = ()
    credits: str = ""
    people: tuple[PersonRef, ...] = ()
    countries: tuple[CountryRef, ...] = ()
    quotes: tuple[QuoteRef, ...] = field(default=())

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(self.body.split(PARAGRAPH_SEPARATOR)) if self.body else ()
