"""Where the double quotation marks of a body open and close: pure text, no model.

A quotation that runs over several paragraphs repeats its opening mark at each paragraph
and closes only at the end; each paragraph's piece is its own `QuotedPiece`, chained to
the piece before it, so that the pieces share a speaker.
"""
import re
from dataclasses import dataclass

# Single marks are left alone: in English news they quote inside a quote (part of the
# outer quotation) or stand for apostrophes, which a scanner cannot tell apart.
OPENING_MARKS = "“„"
CLOSING_MARKS = "”"
NEUTRAL_MARKS = '"″'
ALL_MARKS = OPENING_MARKS + CLOSING_MARKS + NEUTRAL_MARKS
MARK_PATTERN = re.compile(f"[{ALL_MARKS}]")
PARAGRAPH_PATTERN = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class QuotedPiece:
    """The words between one pair of marks, within one paragraph.

    `start`/`end` bound the words (marks and surrounding spaces excluded);
    `mark_start`/`mark_end` include the marks. `continues_previous` is true when this
    piece carries on a quotation left open at the end of the paragraph before.
    """

    start: int
    end: int
    mark_start: int
    mark_end: int
    paragraph_start: int
    paragraph_end: int
    continues_previous: bool = False
    left_open: bool = False


def find_quoted_pieces(text: str) -> list[QuotedPiece]:
    pieces: list[QuotedPiece] = []
    open_at_paragraph_end = False
    for paragraph in PARAGRAPH_PATTERN.finditer(text):
        found = _pieces_in_paragraph(text, paragraph.start(), paragraph.end())
        if found and open_at_paragraph_end and found[0].mark_start == paragraph.start():
            found[0] = _replace(found[0], continues_previous=True)
        open_at_paragraph_end = bool(found) and found[-1].left_open
        pieces.extend(found)
    return pieces


def _pieces_in_paragraph(text: str, start: int, end: int) -> list[QuotedPiece]:
    pieces = []
    opened_at = None
    for match in MARK_PATTERN.finditer(text, start, end):
        at = match.start()
        mark = match.group()
        if opened_at is None:
            if _can_open(text, at, start, end, mark):
                opened_at = at
        elif mark in OPENING_MARKS:
            # An opening mark inside an open quotation: the earlier one was never
            # closed, so the quotation starts again here.
            opened_at = at
        else:
            piece = _piece(text, opened_at, at + 1, start, end)
            if piece:
                pieces.append(piece)
            opened_at = None
    if opened_at is not None:
        piece = _piece(text, opened_at, end, start, end, left_open=True)
        if piece:
            pieces.append(piece)
    return pieces


def _can_open(text: str, at: int, start: int, end: int, mark: str) -> bool:
    """A closing mark cannot open; a neutral one opens unless it follows a digit (an
    inch sign) or hugs a word on its left and faces white space on its right (a
    stray closing mark)."""
    if mark in CLOSING_MARKS:
        return False
    if mark in OPENING_MARKS:
        return True
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    if before.isdigit():
        return False  # inches: 'a 70" TV'
    return not (before.isalnum() and (after.isspace() or after in ".,;:"))


def _piece(text, mark_start, mark_end, para_start, para_end, left_open=False):
    inner_start = mark_start + 1
    inner_end = mark_end if left_open else mark_end - 1
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    if not any(char.isalnum() for char in text[inner_start:inner_end]):
        return None
    return QuotedPiece(
        start=inner_start,
        end=inner_end,
        mark_start=mark_start,
        mark_end=mark_end,
        paragraph_start=para_start,
        paragraph_end=para_end,
        left_open=left_open,
    )


def _replace(piece: QuotedPiece, **changes) -> QuotedPiece:
    fields = {**piece.__dict__, **changes}
    return QuotedPiece(**fields)
