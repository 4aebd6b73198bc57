"""The body-text metric of the Scrapinghub article extraction benchmark.

As its SOURCE.md describes it: `\\w+` tokens; token 4-grams ("shingles") as
multisets; per page TP / FP / FN normalised to sum to one, precision and recall
per page, averaged over pages; F1 from the two averages.
"""

import re
from collections import Counter
from dataclasses import dataclass

from articles.evaluation.scores import harmonic_mean

WORD = re.compile(r"\w+")
SHINGLE_SIZE = 4


def word_tokens(text: str) -> list[str]:
    return WORD.findall(text or "")


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter:
    """A text shorter than `size` tokens still gives one shingle: all its tokens,
    as the benchmark does, so that a three-word body is not an empty one."""
    tokens = word_tokens(text)
    if not tokens:
        return Counter()
    starts = range(max(1, len(tokens) - size + 1))
    return Counter(tuple(tokens[start : start + size]) for start in starts)


@dataclass(frozen=True)
class PageOverlap:
    """Shares of one page's shingles: they sum to one (or are all zero)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def page_overlap(gold: str, predicted: str) -> PageOverlap:
    gold_shingles, predicted_shingles = shingles(gold), shingles(predicted)
    tp = sum((gold_shingles & predicted_shingles).values())
    fp = sum((predicted_shingles - gold_shingles).values())
    fn = sum((gold_shingles - predicted_shingles).values())
    size = tp + fp + fn
    if not size:
        return PageOverlap(0.0, 0.0, 0.0)
    return PageOverlap(tp / size, fp / size, fn / size)


def same_tokens(gold: str, predicted: str) -> bool:
    """The benchmark's "accuracy": the whole token list is right."""
    return word_tokens(gold) == word_tokens(predicted)


def averaged_figures(pages: list[PageOverlap], exact: list[bool]) -> dict:
    """Each page weighs the same, whatever its length."""
    if not pages:
        return {"precision": None, "recall": None, "f1": None, "accuracy": None}
    precision = sum(page.precision for page in pages) / len(pages)
    recall = sum(page.recall for page in pages) / len(pages)
    return {
        "precision": precision,
        "recall": recall,
        "f1": harmonic_mean(precision, recall),
        "accuracy": sum(exact) / len(exact),
    }
