"""The standfirst (dek): the sentence or two under the headline that sums up
the article. trafilatura, which starts from the first paragraph, often leaves it
out; page.py puts it back at the head of the body.
"""
import re

from lxml.html import HtmlElement

from articles.extraction.body import (
    WORDS,
    is_closing_notice,
    is_widget,
    normalise_space,
)

HEADINGS = "//h1 | //h2 | //h3"
PROSE_TAGS = {"p", "h2", "h3", "div"}
BLOCK_CHILDREN = ".//p | .//div | .//h2 | .//h3 | .//ul | .//ol | .//figure | .//table"
IN_CAPTION = "ancestor-or-self::figcaption | ancestor-or-self::figure"
# Class names and itemprops that mark a standfirst.
STANDFIRST_MARK = re.compile(
    r"standfirst|\bdek\b|excerpt|subtitle|subhead|\blede\b|description",
    re.IGNORECASE,
)
# A byline or time stamp, not a summary: "By Ann Lee", "Nov 19, 2019 8:15 pm";
# nor markup left as text, nor a breadcrumb trail "Blog > Health > Diet".
DATELINE = re.compile(r"^by\s|\d:\d\d|\b(?:19|20)\d\d\b|^<|\s>\s", re.IGNORECASE)
STANDFIRST_SEARCH = 60  # elements after the headline
MIN_STANDFIRST_WORDS = 8
MAX_STANDFIRST_CHARS = 400
MIN_LOWER_CASE_SHARE = 0.4
# A standfirst sharing this share of its words with an opening paragraph is a
# teaser of it, already in the body.
TEASER_OVERLAP = 0.6


def with_standfirst(
    tree: HtmlElement, headline: str, paragraphs: list[str]
) -> list[str]:
    standfirst = find_standfirst(tree, headline)
    if not standfirst or any(teaser(standfirst, p) for p in paragraphs[:3]):
        return paragraphs
    return [standfirst, *paragraphs]


def find_standfirst(tree: HtmlElement, headline: str) -> str:
    """The block of prose marked as a standfirst near the visible headline, or
    the one standing directly under it with no other text between."""
    heading = headline_element(tree, headline)
    if heading is None:
        return ""
    directly_under = True
    for node in heading.xpath("following::*")[:STANDFIRST_SEARCH]:
        if node.tag in ("script", "style"):
            continue
        marked = STANDFIRST_MARK.search(
            f"{node.get('class', '')} {node.get('itemprop', '')}"
        )
        candidate = (directly_under or marked) and not node.xpath(IN_CAPTION)
        if candidate and looks_like_standfirst(text := prose_text(node)):
            return text
        if (node.text or "").strip():
            directly_under = False
    return ""


def prose_text(node: HtmlElement) -> str:
    """The text of a block without blocks inside; of one with blocks inside,
    the text before them (a parser may nest the body in an unclosed heading)."""
    if node.tag not in PROSE_TAGS:
        return ""
    if node.xpath(BLOCK_CHILDREN):
        return normalise_space(node.text or "")
    return normalise_space(node.text_content())


def looks_like_standfirst(text: str) -> bool:
    """A sentence or two: not a byline, a dateline, furniture or a notice."""
    return (
        len(text.split()) >= MIN_STANDFIRST_WORDS
        and len(text) <= MAX_STANDFIRST_CHARS
        and not DATELINE.search(text)
        and is_sentence_case(text)
        and not is_widget(text)
        and not is_closing_notice(text)
    )


def is_sentence_case(text: str) -> bool:
    """Prose, unlike a list of names or tags or a headline in title case, is
    mostly in lower case: "Ann Lee, Staff Writer & Bo Chan, Editor"."""
    words = [word for word in text.split() if word[:1].isalpha()]
    lower = sum(word[:1].islower() for word in words)
    return lower >= MIN_LOWER_CASE_SHARE * len(words)


def headline_element(tree: HtmlElement, headline: str):
    folded = headline.casefold()
    for heading in tree.xpath(HEADINGS) if folded else ():
        if folded in normalise_space(heading.text_content()).casefold():
            return heading
    return None


def teaser(standfirst: str, paragraph: str) -> bool:
    words = set(WORDS.findall(standfirst.casefold()))
    shared = words & set(WORDS.findall(paragraph.casefold()))
    return len(shared) >= TEASER_OVERLAP * len(words)
