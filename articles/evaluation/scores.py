"""Counts and the precision / recall / F1 they give."""

from dataclasses import dataclass


def harmonic_mean(precision: float, recall: float) -> float:
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def ratio(part: float, whole: float) -> float | None:
    """None, not zero, when there is nothing to divide: "no data" is not "all wrong"."""
    return part / whole if whole else None


@dataclass(frozen=True)
class Counts:
    """Micro-averaging counts. `correct_predicted` and `correct_gold` differ when a
    prediction is judged against one list (countries: `broad`) and recall against
    another (`strict`); for one-to-one matching they are equal."""

    correct_predicted: int = 0
    predicted: int = 0
    correct_gold: int = 0
    gold: int = 0

    @classmethod
    def matched(cls, matches: int, predicted: int, gold: int) -> "Counts":
        return cls(matches, predicted, matches, gold)

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(
            self.correct_predicted + other.correct_predicted,
            self.predicted + other.predicted,
            self.correct_gold + other.correct_gold,
            self.gold + other.gold,
        )

    @property
    def precision(self) -> float:
        # Predicting nothing at all is not an error of precision.
        return self.correct_predicted / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    def figures(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


def total(counts) -> Counts:
    return sum(counts, Counts())
