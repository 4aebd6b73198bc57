"""What the reader of a page sees: its headline, its byline, the dates it shows.

metadata.py prefers what a page declares (JSON-LD, meta tags); these readers
correct or complete it from the visible page, where editors put the headline and
byline they mean.
"""
import re
from datetime import date

from lxml.html import HtmlElement

from articles.extraction.body import normalise_space

# Author lists are joined by these; never by "/", which names like "RFE/RL" hold.
AUTHOR_SEPARATORS = re.compile(r"\s*(?:;|,|\||\band\b|&|\bund\b)\s*", re.IGNORECASE)
BYLINE_PREFIX = re.compile(r"^(?:by|von|written by|posted by|words by)\s*:?\s+", re.I)
NOT_A_NAME = re.compile(
    r"https?:|www\.|@|\d{4}|\d+[/.:]\d+"
    r"|^(?:no author|unknown|anonymous|none|null|admin)$",
    re.IGNORECASE,
)
MAX_AUTHOR_CHARS = 60
# A job title after a name: "Ann Lee Staff Writer".
ROLE_SUFFIX = re.compile(
    r"\s+(?:(?:senior|chief|staff|contributing|political|special|managing|news)\s+)*"
    r"(?:writer|reporter|editor|correspondent|contributor|columnist|photographer)s?$",
    re.IGNORECASE,
)
# Bylines as pages mark them up; the first that yields names wins.
BYLINE_XPATHS = (
    "//*[@rel='author']",
    "//*[@itemprop='author']//*[@itemprop='name'] | //*[@itemprop='author'][not(*)]",
    "//*[contains(@class, 'byline') or contains(@data-testid, 'byline')]//a",
    "//*[contains(@class, 'byline') or contains(@data-testid, 'byline')]",
    "//address",
    "//*[contains(@class, 'author')][not(*) or count(*) = 1]",
    # "By Ann Lee", with the no-break space that bylines often use after "By".
    # Text nodes are searched, not elements: an element's text is all of its
    # descendants' text, and testing every element's would be slow.
    "//text()[starts-with(normalize-space(translate(., '\u00a0', ' ')), 'By ')"
    " or normalize-space(translate(., '\u00a0|', '  ')) = 'By']/..",
)
NAME_PARTICLES = {"de", "la", "da", "del", "van", "von", "der", "bin", "al", "le", "di"}
IN_COMMENTS = "ancestor::*[contains(@class, 'comment') or contains(@id, 'comment')]"
MAX_BYLINE_NAMES = 6
# The outlet a byline names after the author: "Bo Chan for The Courier".
AFFILIATION = re.compile(r"(?<=\w\w)\s+for\s+(?:the\s+)?[A-Z].*$", re.IGNORECASE)
BYLINE_TAIL = re.compile(r"^.*?\bby\s+", re.IGNORECASE | re.DOTALL)
BYLINE_NOISE = re.compile(r"\s+(?:says|wrote|posted)$|\s*\|.*$", re.IGNORECASE)
TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")
URL_DATE = re.compile(r"/(\d{4})/(\d{2})/(\d{2})/")
WORD = re.compile(r"\w{3,}")
MIN_HEADLINE_WORDS = 3
MIN_SHARED_WORDS = 2
# A share widget repeats a headline for the message it sends, often the shorter
# one declared for search engines, not the one the reader sees.
IN_SHARE_WIDGET = "ancestor::*[contains(@class, 'share') or contains(@class, 'social')]"
# Without an h1, a lower heading is the headline when it holds at least this
# share of the declared title's words.
MIN_TITLE_COVER = 0.5


def read_title(tree: HtmlElement, titles: list[str], *, site: str, url: str) -> str:
    """The visible headline when it agrees with the declared titles (editors
    often give search engines a shorter one); else the first declared title
    without the site's name."""
    for heading in tree.xpath("//h1"):
        if heading.xpath(IN_SHARE_WIDGET):
            continue
        headline = visible_headline(normalise_space(heading.text_content()), titles)
        if headline:
            return headline
    if not titles:
        return ""
    return best_subheading(tree, titles) or without_site_name(
        titles[0], site=site, url=url
    )


def best_subheading(tree: HtmlElement, titles: list[str]) -> str:
    """The h2 or h3 that shares most words with a declared title, when it
    shares enough: some pages set their headline one level down."""
    best, best_cover = "", MIN_TITLE_COVER
    title_words = [set(WORD.findall(title.casefold())) for title in titles]
    for heading in tree.xpath("//h2 | //h3"):
        text = normalise_space(heading.text_content())
        words = set(WORD.findall(text.casefold()))
        if len(text.split()) < MIN_HEADLINE_WORDS or heading.xpath(IN_SHARE_WIDGET):
            continue
        for wanted in title_words:
            shared = len(words & wanted)
            cover = shared / len(wanted) if wanted else 0
            if shared >= MIN_SHARED_WORDS and cover > best_cover:
                best, best_cover = text, cover
    return best


def visible_headline(text: str, titles: list[str]) -> str:
    """text when it is a headline that agrees with titles; a part of it when it
    carries a section label ("Politics | Mayor Elected")."""
    for part in TITLE_SEPARATORS.split(text)[1:]:
        if any(same_name(part, title) for title in titles):
            return part
    if len(text.split()) < MIN_HEADLINE_WORDS:
        return ""
    words = set(WORD.findall(text.casefold()))
    for title in titles:
        if len(words & set(WORD.findall(title.casefold()))) >= MIN_SHARED_WORDS:
            return text
    return "" if titles else text


def without_site_name(title: str, *, site: str, url: str) -> str:
    """"Storm Hits Coast | The Courier" -> "Storm Hits Coast"."""
    host = alphanumeric(re.sub(r"^https?://(?:www\.)?([^/.]+).*$", r"\1", url))
    parts = TITLE_SEPARATORS.split(title)
    for index, part in enumerate(parts[1:], start=1):
        name = alphanumeric(part)
        if name and (same_name(part, site) or (len(host) > 3 and host in name)):
            return " - ".join(parts[:index])
    return title


def byline_authors(tree: HtmlElement) -> tuple[str, ...]:
    for xpath in BYLINE_XPATHS:
        names = []
        for node in tree.xpath(xpath):
            if node.xpath(IN_COMMENTS):
                continue
            text = spaced_text(node)
            # A lone "By" stands in its own element; the name is in the next one.
            while text.strip("| ").casefold() == "by" and node.getparent() is not None:
                node = node.getparent()
                text = spaced_text(node)
            if text and len(text) <= 2 * MAX_AUTHOR_CHARS:
                text = BYLINE_NOISE.sub("", BYLINE_TAIL.sub("", text))
                names.extend(filter(looks_like_name, split_authors(text)))
        # More names than a byline holds are a list of commenters or staff.
        if 0 < len(clean_authors(names)) <= MAX_BYLINE_NAMES:
            return clean_authors(names)
    return ()


def spaced_text(node: HtmlElement) -> str:
    """The node's text with its elements kept apart: "<b>By</b><i>Ann</i>"."""
    return normalise_space(" ".join(node.itertext()))


def looks_like_name(text: str) -> bool:
    """"Jose de la Cruz", "AFP", not "the numbers": visible text that could be
    anything is a name only when each word is capitalised."""
    words = [word for word in text.split() if word.casefold() not in NAME_PARTICLES]
    return bool(words) and all(word[:1].isupper() for word in words)


def fuller_name(name: str, candidates) -> str:
    """"Todd" -> "Todd Bates" when the byline shows the full name."""
    for candidate in candidates:
        if candidate.casefold().startswith(name.casefold() + " "):
            return candidate
    return name


def split_authors(byline: str) -> tuple[str, ...]:
    byline = BYLINE_PREFIX.sub("", normalise_space(byline))
    return clean_authors(AUTHOR_SEPARATORS.split(byline))


def clean_authors(names) -> tuple[str, ...]:
    kept = []
    for name in names:
        # A final "." may close an initial ("Joe S."): only other marks go.
        name = BYLINE_PREFIX.sub("", normalise_space(name)).strip(" :-|,")
        if " " in name:
            name = AFFILIATION.sub("", ROLE_SUFFIX.sub("", name))
        if name and len(name) <= MAX_AUTHOR_CHARS and not NOT_A_NAME.search(name):
            if name.casefold() not in {k.casefold() for k in kept}:
                kept.append(name)
    return tuple(kept)


def same_name(one: str, other: str) -> bool:
    return bool(alphanumeric(one)) and alphanumeric(one) == alphanumeric(other)


def alphanumeric(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalnum())


def local_date(published: date | None, url: str) -> date | None:
    """Sites stamp their metadata in UTC but file the article under the local
    day in its address: within a day of each other, the address is right."""
    match = URL_DATE.search(url)
    if not match:
        return published
    try:
        in_url = date(*map(int, match.groups()))
    except ValueError:
        return published
    if published is None or abs((published - in_url).days) <= 1:
        return in_url
    return published


MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
SHOWN_DATE = re.compile(
    rf"\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"
    rf"|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH},?\s+(\d{{4}})",
    re.IGNORECASE,
)
# contains() runs in libxml2 and keeps the Python-side test to a few nodes.
UPDATED_XPATH = "//text()[contains(., 'pdated') or contains(., 'PDATED')]"
UPDATED = re.compile(r"\s*(?:last\s+)?updated\b", re.IGNORECASE)
MAX_UPDATED_CHARS = 100


def shown_date(tree: HtmlElement, published: date | None) -> date | None:
    """A page that shows its reader only the date of its last update is dated
    by that update: the saved text is that version. A page that also shows its
    publication date keeps it."""
    updated = [
        shown
        for text in tree.xpath(UPDATED_XPATH)
        if UPDATED.match(text) and is_short(text.getparent())
        for shown in dates_in(text.getparent())
    ]
    if not updated or published is None or max(updated) <= published:
        return published
    body = tree.find("body")
    if body is not None and published in dates_in(body):
        return published
    return max(updated)


def is_short(node: HtmlElement) -> bool:
    return len(node.text_content()) < MAX_UPDATED_CHARS


def dates_in(node: HtmlElement) -> list[date]:
    found = []
    for match in SHOWN_DATE.finditer(node.text_content()):
        month, day, year, day2, month2, year2 = match.groups()
        try:
            found.append(
                date(
                    int(year or year2),
                    MONTHS.index((month or month2)[:3].casefold()) + 1,
                    int(day or day2),
                )
            )
        except ValueError:
            continue
    return found
