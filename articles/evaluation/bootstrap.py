"""Bootstrap 95% intervals: resample documents with replacement, recompute."""

import random
from collections.abc import Callable, Sequence

RESAMPLES = 1000
SEED = 20191119  # fixed, so that two runs print the same interval


def interval(
    documents: Sequence,
    statistic: Callable[[Sequence], float | None],
    *,
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> tuple[float, float] | None:
    """The 2.5th and 97.5th percentiles of `statistic` over resampled documents."""
    if not documents:
        return None
    generator = random.Random(seed)
    values = []
    for _ in range(resamples):
        sample = generator.choices(documents, k=len(documents))
        value = statistic(sample)
        if value is not None:
            values.append(value)
    if not values:
        return None
    values.sort()
    low = values[int(0.025 * (len(values) - 1))]
    high = values[int(round(0.975 * (len(values) - 1)))]
    return (low, high)
