"""Plain text (a page saved as text) -> title, paragraphs, credits and outlet.

A saved text page keeps the furniture of the page it was copied from: widgets
before the headline, the caption printed twice (image description and caption),
and after the credits line the outlet's author box and legal notices. Plain text
says nothing reliable about dates or URLs, so it gives none.
"""
import re
from dataclasses import dataclass

from articles.extraction.body import clean_paragraphs, is_widget, normalise_space
from articles.extraction.visible import SHOWN_DATE, looks_like_name, split_authors

# An organisation signs with a name in capitals: "RFE/RL", "AP", "BBC".
ORGANISATION_NAME = re.compile(r"[A-Z][A-Z0-9/&.\-]*[A-Z0-9]")
MAX_TITLE_CHARS = 300
MAX_NAME_CHARS = 60
HEADER_LINES = 3
BYLINE = re.compile(r"By\s+[A-Z][^.!?]{1,100}")
# The holder named in a copyright line, without the year or company suffix.
COPYRIGHT = re.compile(
    r"(?i:©|\(c\)|copyright)\s*(?i:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?"
    r"(?P<name>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,5}?)"
    r"(?=,|\.|\s+(?i:publishing|inc|ltd|llc|limited|media|group|plc|corp)\b|\s*$"
    r"|\s+(?i:all rights))"
)


@dataclass(frozen=True)
class TextContent:
    title: str
    paragraphs: tuple[str, ...]
    credits: str = ""
    outlet: str = ""
    authors: tuple[str, ...] = ()


def read_text(text: str) -> TextContent:
    lines = [normalise_space(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    title_index = next(
        (i for i, line in enumerate(lines) if not is_widget(line)), len(lines)
    )
    if title_index == len(lines) or len(lines[title_index]) > MAX_TITLE_CHARS:
        return TextContent(title="", paragraphs=tuple(lines[title_index:]))
    title, rest = lines[title_index], lines[title_index + 1 :]
    rest = drop_repeated_lines(rest)
    byline, rest = split_header(rest)
    paragraphs, credits = clean_paragraphs(rest)
    trailer = lines_after(rest, credits or (paragraphs[-1] if paragraphs else ""))
    box_name = author_box_name(trailer)
    organisation = bool(ORGANISATION_NAME.fullmatch(box_name))
    return TextContent(
        title=title,
        paragraphs=tuple(paragraphs),
        credits=credits,
        outlet=box_name if organisation else copyright_holder(trailer),
        authors=byline or ((box_name,) if box_name and not organisation else ()),
    )


def split_header(lines: list[str]) -> tuple[tuple[str, ...], list[str]]:
    """The byline and dateline under the headline leave the body; the byline's
    names are returned. A date in plain text is not trusted: it may be when the
    page was saved."""
    byline: tuple[str, ...] = ()
    start = 0
    while start < min(len(lines), HEADER_LINES):
        line = lines[start]
        names = split_authors(line) if BYLINE.fullmatch(line) else ()
        if names and all(map(looks_like_name, names)):
            byline = names
        elif not (len(line) < MAX_NAME_CHARS and SHOWN_DATE.search(line)):
            break
        start += 1
    return byline, lines[start:]


def drop_repeated_lines(lines: list[str]) -> list[str]:
    """A line printed twice in a row is an image's description and its caption:
    both copies go. A line repeated further apart keeps its first copy."""
    kept, seen = [], set()
    for index, line in enumerate(lines):
        neighbours = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]
        doubled = line in neighbours
        if doubled or line in seen:
            continue
        seen.add(line)
        kept.append(line)
    return kept


def lines_after(lines: list[str], last: str) -> list[str]:
    """The page's foot: the lines after the credits or the last paragraph."""
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].strip("() ") == last:
            return lines[index + 1 :]
    return []


def author_box_name(trailer: list[str]) -> str:
    """The name of an author box: a short line followed by a description that
    begins with it ("RFE/RL" / "RFE/RL journalists report...")."""
    lines = [line.strip(" •") for line in trailer if not is_widget(line.strip(" •"))]
    for name, description in zip(lines, lines[1:]):
        if len(name) <= MAX_NAME_CHARS and description.startswith(name + " "):
            return name
    return ""


def copyright_holder(trailer: list[str]) -> str:
    """"© Copyright 2026 The Courier Publishing Inc." -> "The Courier"."""
    for line in trailer:
        if match := COPYRIGHT.search(line):
            return match.group("name").strip()
    return ""
