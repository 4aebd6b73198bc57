"""Rules for the metadata set (trafilatura's evaluation pages).

Authors: the gold byline is written as the annotators saw it ("Sarah Hinger;
Sylvia Torres-Guillén", "Glen Owen And Brendan Carlin For The Mail On Sunday").
Both gold and predicted bylines are cut into names the same way: at ";", ",",
"&", "/" and the word "and"; a leading "By" and a trailing "for ..." / "from ..."
(the outlet or institution) are dropped. A page is right when every gold name
equals some predicted name after folding case, accents, dots and white space.
Extra predicted names are not penalised: the rule asks for every gold name.
"""

import re
from collections.abc import Iterable

from articles.evaluation.names import fold_text

NAME_SEPARATOR = re.compile(r"\s*(?:[;,&/]|\band\b)\s*", re.IGNORECASE)
LEADING_BY = re.compile(r"^by\s+", re.IGNORECASE)
AFFILIATION = re.compile(r"\s+(?:for|from)\s+.*$", re.IGNORECASE)


def fold_spaces(text: str) -> str:
    return " ".join((text or "").split())


def same_title(gold: str, predicted: str | None) -> bool:
    return fold_spaces(gold).casefold() == fold_spaces(predicted or "").casefold()


def same_date(gold: str, predicted: str | None) -> bool:
    return bool(predicted) and predicted[:10] == gold[:10]


def byline_names(byline: str) -> set[str]:
    parts = NAME_SEPARATOR.split(LEADING_BY.sub("", byline.strip()))
    return {fold_text(AFFILIATION.sub("", part)) for part in parts} - {""}


def authors_found(gold_byline: str, predicted_authors: Iterable[str]) -> bool:
    gold_names = byline_names(gold_byline)
    predicted_names = set()
    for author in predicted_authors:
        predicted_names |= byline_names(author)
    return bool(gold_names) and gold_names <= predicted_names


def snippet_in(snippet: str, body: str) -> bool:
    """Substring test after folding case and white space on both sides."""
    folded = fold_spaces(snippet).casefold()
    return bool(folded) and folded in fold_spaces(body).casefold()
