"""One-to-one matching: each gold item pairs with at most one predicted item."""

from collections.abc import Callable, Sequence


def match_one_to_one(
    gold: Sequence,
    predicted: Sequence,
    fits: Callable[[object, object], bool],
    strength: Callable[[object, object], object] | None = None,
) -> dict[int, int]:
    """The largest set of (gold index -> predicted index) pairs that fit.

    Maximum bipartite matching by augmenting paths, so that a greedy first choice
    ("Smith" taking the only "John Smith") never costs a pair that another order
    would have found. Each gold item tries its candidates strongest first, so that
    among pairings of the same size the closer partners are kept ("Andy Warhol"
    with "Andy Warhol", not with "Warhol Polaroid"). The sets here are small.
    """
    candidates = []
    for gold_item in gold:
        fitting = [i for i, item in enumerate(predicted) if fits(gold_item, item)]
        if strength:
            fitting.sort(key=lambda i: strength(gold_item, predicted[i]), reverse=True)
        candidates.append(fitting)
    owner_of: dict[int, int] = {}  # predicted index -> gold index

    def claim(gold_index: int, visited: set[int]) -> bool:
        for predicted_index in candidates[gold_index]:
            if predicted_index in visited:
                continue
            visited.add(predicted_index)
            owner = owner_of.get(predicted_index)
            if owner is None or claim(owner, visited):
                owner_of[predicted_index] = gold_index
                return True
        return False

    for gold_index in range(len(gold)):
        claim(gold_index, set())
    return {
        gold_index: predicted_index for predicted_index, gold_index in owner_of.items()
    }
