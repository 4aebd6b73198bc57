"""Plain text (a page saved as text) -> title, paragraphs, credits and outlet.

A saved text page keeps the furniture of the page it was copied from: widgets
before the headline, the caption printed twice (image description and caption),
and after the credits line the outlet's author box and legal notices. Plain text
says nothing reliable about dates or URLs, so it gives none.
"""
import re
from dataclasses import dataclass

from articles.extraction.body import clean_paragraphs, is_widget, normalise_space

# An organisation signs with a name in capitals: "RFE/RL", "AP", "BBC".
ORGANISATION_NAME = re.compile(r"[A-Z][A-Z0-9/&.\-]*[A-Z0-9]")
MAX_TITLE_CHARS = 300


@dataclass(frozen=True)
class TextContent:
    title: str
    paragraphs: tuple[str, ...]
    credits: str = ""
    outlet: str = ""


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
    paragraphs, credits = clean_paragraphs(rest)
    trailer = lines_after(rest, credits) if credits else []
    return TextContent(
        title=title,
        paragraphs=tuple(paragraphs),
        credits=credits,
        outlet=author_box_organisation(trailer),
    )


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


def lines_after(lines: list[str], credits: str) -> list[str]:
    for index, line in enumerate(lines):
        if line.strip("() ") == credits:
            return lines[index + 1 :]
    return []


def author_box_organisation(trailer: list[str]) -> str:
    """The organisation of an author box: a name in capitals on its own line,
    followed by a description that begins with that name."""
    lines = [line for line in trailer if not is_widget(line.strip(" •"))]
    for name, description in zip(lines, lines[1:]):
        if ORGANISATION_NAME.fullmatch(name) and description.startswith(name + " "):
            return name
    return ""
