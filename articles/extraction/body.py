"""HTML -> the article's body paragraphs: trafilatura, then our own clean-up.

trafilatura finds the main text well but lets through some page furniture:
widgets, share buttons, captions, author boxes, legal notices and the closing
credits line. The clean-up works on paragraphs, so the plain-text path
(`text.py`) shares it.
"""
import html
import json
import re

import lxml.etree
from lxml.html import HtmlElement, fragments_fromstring
from trafilatura import bare_extraction

# trafilatura's XML: containers, and the blocks that make one of them a container
# rather than a paragraph with inline formatting.
CONTAINERS = {"list", "div", "quote", "table"}
BLOCKS = {"p", "head", "item", "quote", "list", "table", "row", "div", "code"}
# Below this many characters a body may be a teaser that precision mode kept.
SHORT_BODY_CHARS = 1000
# What the page shows beside the text rather than in it.
CAPTION_XPATH = "//figcaption | //*[contains(@class, 'caption')]"


def body_paragraphs(
    tree: HtmlElement, *, declared_body: str = ""
) -> tuple[list[str], str]:
    """Returns the body paragraphs and the credits line taken from their end.

    declared_body is the text the page declares as its body (JSON-LD
    articleBody), used when the visible page yields much less.
    """
    captions = caption_texts(tree)
    drop_popup_cards(tree)
    paragraphs = trafilatura_paragraphs(tree, favor_precision=True)
    # Precision mode sometimes keeps only a teaser; a short result is checked
    # against the default mode and the declared body, and the longest wins.
    if text_length(paragraphs) < SHORT_BODY_CHARS:
        alternatives = (
            trafilatura_paragraphs(tree, favor_precision=False),
            [normalise_space(line) for line in declared_body.splitlines()],
            script_paragraphs(tree, paragraphs),
        )
        for alternative in alternatives:
            if text_length(alternative) > 2 * text_length(paragraphs):
                paragraphs = alternative
    paragraphs = with_drop_caps(tree, [p for p in paragraphs if p])
    return clean_paragraphs(paragraphs, captions=captions)


# A card that pops up over a name on hover: beside the link that shows it, inside
# an element whose class is named like its own ("rollover-people" holds the link
# and "rollover-people-block"). Its text (the name again, links to other stories)
# is not the article's: "threatened Rep. Ilhan OmarIlhan OmarHillicon Valley".
POPUP_WORDS = ("rollover", "tooltip", "popover", "hovercard")
POPUP_XPATH = " | ".join(
    f"//*[contains(@class, '{word}')]/*[contains(@class, '{word}')][not(self::a)]"
    for word in POPUP_WORDS
)


def drop_popup_cards(tree: HtmlElement) -> None:
    for card in tree.xpath(POPUP_XPATH):
        card.drop_tree()  # keeps the text after it


# A drop cap: the article's first letter set in an element of its own, which
# trafilatura loses ("<span class='cap'>T</span><a>urkey</a> said" -> "urkey").
ONE_LETTER_ELEMENTS = "//body//*[not(*)][string-length(normalize-space()) = 1]"
NEXT_TEXT = "following::text()[normalize-space()][1]"


def with_drop_caps(tree: HtmlElement, paragraphs: list[str]) -> list[str]:
    if not any(paragraph[:1].islower() for paragraph in paragraphs):
        return paragraphs
    letters = {}  # the word fragment after a lone capital -> that capital
    for node in tree.xpath(ONE_LETTER_ELEMENTS):
        letter = node.text_content().strip()
        following = node.xpath(NEXT_TEXT)
        if letter.isupper() and following and following[0].lstrip()[:1].islower():
            letters.setdefault(first_word(following[0]), letter)
    return [
        letters.get(first_word(paragraph), "") + paragraph
        if paragraph[:1].islower()
        else paragraph
        for paragraph in paragraphs
    ]


def first_word(text: str) -> str:
    match = WORDS.search(text)
    return match.group() if match else ""


# Some pages render their article with JavaScript from a JSON object that holds
# it as escaped HTML: var article = {"pages": {"1": {"top": "&lt;p&gt;She ..."}}}.
JSON_ASSIGNMENT = re.compile(r"=\s*(?=\{)")
HTML_PARAGRAPH = re.compile(r"&lt;p&gt;|<p>")
SCRIPT_BLOCKS = ("p", "h2", "h3", "li")
MIN_PROSE_WORDS = 8
WORDS = re.compile(r"\w+")


def script_paragraphs(tree: HtmlElement, shown: list[str]) -> list[str]:
    """The paragraphs of the HTML in a script's JSON that also holds a
    paragraph shown on the page: the whole of an article shown in parts."""
    prose = {p for p in shown if len(p.split()) >= MIN_PROSE_WORDS}
    for script in tree.xpath("//script[not(@src)]/text()") if prose else ():
        if not HTML_PARAGRAPH.search(script):
            continue
        for match in JSON_ASSIGNMENT.finditer(script):
            try:
                data, _ = json.JSONDecoder().raw_decode(script, match.end())
            except ValueError:
                continue
            paragraphs = html_paragraphs(json_strings(data))
            if prose.intersection(paragraphs):
                return paragraphs
    return []


def json_strings(data):
    """Every string in a JSON value, in document order."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, (dict, list)):
        for item in data.values() if isinstance(data, dict) else data:
            yield from json_strings(item)


def html_paragraphs(strings) -> list[str]:
    paragraphs = []
    for text in strings:
        if not HTML_PARAGRAPH.search(text):
            continue
        try:
            nodes = fragments_fromstring(html.unescape(text))
        except (ValueError, lxml.etree.LxmlError):
            continue
        for node in nodes:
            if isinstance(node, HtmlElement) and node.tag in SCRIPT_BLOCKS:
                paragraphs.append(normalise_space(node.text_content()))
    return [paragraph for paragraph in paragraphs if paragraph]


def trafilatura_paragraphs(tree: HtmlElement, *, favor_precision: bool) -> list[str]:
    document = bare_extraction(
        tree,
        favor_precision=favor_precision,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
    )
    if document is None or document.body is None:
        return []
    # A line break inside a paragraph separates words: "advice<lb/>that".
    for line_break in document.body.iter("lb"):
        line_break.tail = " " + (line_break.tail or "")
    return xml_paragraphs(document.body)


def text_length(paragraphs: list[str]) -> int:
    return sum(len(paragraph) for paragraph in paragraphs)


def xml_paragraphs(element) -> list[str]:
    """One string per block of trafilatura's XML, tables one row per paragraph."""
    paragraphs = []
    for child in element:
        if child.tag == "row":
            cells = (normalise_space("".join(cell.itertext())) for cell in child)
            paragraphs.append(" ".join(cell for cell in cells if cell))
        elif child.tag in CONTAINERS and any(c.tag in BLOCKS for c in child):
            if child.text and child.text.strip():
                paragraphs.append(normalise_space(child.text))
            paragraphs.extend(xml_paragraphs(child))
        else:
            paragraphs.append(normalise_space("".join(child.itertext())))
    return paragraphs


def caption_texts(tree: HtmlElement) -> set[str]:
    """The page's figure captions and image descriptions, normalised."""
    texts = {normalise_space(node.text_content()) for node in tree.xpath(CAPTION_XPATH)}
    texts.update(normalise_space(alt) for alt in tree.xpath("//img/@alt"))
    return {text for text in texts if len(text) > 20}


# --- Clean-up rules, shared by the HTML and the plain-text paths. ---

# Whole paragraphs that are page furniture wherever they stand.
WIDGET = re.compile(
    r"(?:accessibility links|skip to (?:the )?(?:main )?(?:content|navigation|search)"
    r"|breaking news|advertisement|advertising|sponsored content|\d+x\d+ image"
    r"|share(?: (?:this|the) (?:article|story|page))?|share (?:on|via) \w+(?: \w+)?"
    r"|tweet|email|print|copy link|link copied|follow us(?: on \w+)?"
    r"|(?:story )?continues below(?: advertisement)?"
    r"|continue reading(?: the main story)?"
    r"|order reprints|print (?:this )?article|thank you|this article has been sent to"
    r"|an error has occurred.{0,40}|\d* ?comments?|tell us what you think"
    # A bare address, a contact line, a WordPress shortcode left unrendered.
    r"|(?:https?://|www\.)\S+|(?:write to|contact|e-?mail) .{0,80}@\S+"
    r"|\[\w+[^\]]*\].{0,200}\[/\w+\]"
    r"|(?:(?:xs|sm|md|lg|xl|xxl|a\+|a-)\s*)+)[.:!]?",
    re.IGNORECASE,
)
# Legal notices and site boilerplate at the head or foot of an article.
LEGAL_NOTICE = re.compile(
    r"all rights reserved|terms of (?:use|service)|privacy policy|cookie policy"
    r"|may not be (?:re)?published|may not be reproduced|undesirable organi[sz]ation"
    r"|declared (?:a|an) (?:foreign agent|undesirable)|^copyright\b|^\(?©"
    r"|non-commercial use only|subscriber agreement|©\s*\d{4}",
    re.IGNORECASE,
)
# Where a notice begins inside a paragraph that also holds the story.
NOTICE_START = re.compile(
    r"\b(?:information from:|copyright\b|all rights reserved)|©", re.IGNORECASE
)
# Text before a notice shorter than this is a line of the notice, not a story.
STORY_MIN_CHARS = 200
# Calls to subscribe, follow or write in that close many articles.
PROMOTION = re.compile(
    r"\bsubscribe (?:to|now|today|for)\b|\bnewsletters?\b|\bsign up\b|\bclick here\b"
    r"|\bfollow (?:us|him|her|them|@\w+) on\b|\bmay be reached at\b|\bhave a tip\b"
    r"|\btell us what you think\b|\bdelivered (?:to|through) your (?:inbox|letterbox)",
    re.IGNORECASE,
)
PROMOTION_MAX_CHARS = 300
# The closing credits line: "With reporting by Reuters and AP",
# "(Reporting by A; Editing by B)", "C contributed to this report."
CREDITS = re.compile(
    r"\(?(?:(?:with|additional|and) )?(?:additional )?reporting (?:by|from) .{2,200}"
    r"|\(?(?:writing|compiled|editing) by .{2,200}"
    r"|.{2,150} contributed (?:reporting|to this (?:report|story|article)).{0,100}",
    re.IGNORECASE,
)
CREDITS_MAX_CHARS = 300
# Paragraphs from the end in which a credits line may stand: the author boxes and
# notices that follow it are a few paragraphs at most.
CREDITS_WINDOW = 10
SPACE = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    return SPACE.sub(" ", text.replace("\u200b", "")).strip()


def clean_paragraphs(
    paragraphs: list[str], *, captions: set[str] = frozenset()
) -> tuple[list[str], str]:
    """Drops furniture, captions and the page's foot; returns (body, credits)."""
    kept = [p for p in paragraphs if p and not is_widget(p)]
    kept = drop_captions(kept, captions)
    kept, credits = split_credits(kept)
    return drop_notices_around(kept), credits


def is_widget(paragraph: str) -> bool:
    return WIDGET.fullmatch(paragraph.strip(" •·|")) is not None


def drop_captions(paragraphs: list[str], captions: set[str]) -> list[str]:
    """A paragraph that is a caption, or that repeats one shown before, goes."""
    seen = set()
    kept = []
    for paragraph in paragraphs:
        if paragraph in captions or (paragraph in seen and len(paragraph) > 20):
            continue
        seen.add(paragraph)
        kept.append(paragraph)
    return kept


def split_credits(paragraphs: list[str]) -> tuple[list[str], str]:
    """Finds the credits line near the end; it and all after it (author boxes,
    notices) leave the body."""
    start = max(1, len(paragraphs) - CREDITS_WINDOW)
    for index in range(start, len(paragraphs)):
        if is_credits(paragraphs[index]):
            return paragraphs[:index], paragraphs[index].strip("() ")
    return paragraphs, ""


def is_credits(paragraph: str) -> bool:
    return len(paragraph) <= CREDITS_MAX_CHARS and bool(CREDITS.fullmatch(paragraph))


def drop_notices_around(paragraphs: list[str]) -> list[str]:
    """Legal notices go from the head and the foot of the body, never from
    within it, where an article may quote one."""
    start, end = 0, len(paragraphs)
    while (
        start < end
        and LEGAL_NOTICE.search(paragraphs[start])
        and not text_before_notice(paragraphs[start])
    ):
        start += 1
    while end > start and is_closing_notice(paragraphs[end - 1]):
        story = text_before_notice(paragraphs[end - 1])
        if story:
            return [*paragraphs[start : end - 1], story]
        end -= 1
    return paragraphs[start:end]


def text_before_notice(paragraph: str) -> str:
    """The story in a paragraph that ends with a notice, or "" when it is all notice.

    Wire copy saved as text may run the whole story and its closing notice
    ("Copyright 2018 The Associated Press. All rights reserved.") into one paragraph.
    """
    match = NOTICE_START.search(paragraph)
    if match is None:
        return ""
    story = paragraph[: match.start()].rstrip(" ,;:-–—")
    return story if len(story) >= STORY_MIN_CHARS else ""


def is_closing_notice(paragraph: str) -> bool:
    if LEGAL_NOTICE.search(paragraph):
        return True
    return len(paragraph) <= PROMOTION_MAX_CHARS and bool(PROMOTION.search(paragraph))
