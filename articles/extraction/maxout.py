"""The maxout activation of the model's networks, for prediction."""

import numpy


def largest_piece(values):
    """values[..., piece] -> the largest piece of each unit: what
    `values.max(axis=-1)` gives, exactly, several times faster (numpy reduces a
    last axis of two or three slowly; an element-wise maximum per piece is quick)."""
    best = values[..., 0].copy()
    for piece in range(1, values.shape[-1]):
        numpy.maximum(best, values[..., piece], out=best)
    return best
