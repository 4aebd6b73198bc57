"""The rule for quotes: two quotes are the same when the `\\w+` tokens they share
(as multisets, ignoring case) are at least 0.8 of the longer one's tokens."""

from collections import Counter

from articles.evaluation.matching import match_one_to_one
from articles.evaluation.text_metrics import word_tokens

OVERLAP_NEEDED = 0.8


def quote_tokens(text: str) -> Counter:
    return Counter(token.casefold() for token in word_tokens(text))


def same_quote(gold: str, predicted: str) -> bool:
    gold_tokens, predicted_tokens = quote_tokens(gold), quote_tokens(predicted)
    longer = max(sum(gold_tokens.values()), sum(predicted_tokens.values()))
    if not longer:
        return False
    shared = sum((gold_tokens & predicted_tokens).values())
    return shared >= OVERLAP_NEEDED * longer


def match_quotes(gold: list[str], predicted: list[str]) -> dict[int, int]:
    return match_one_to_one(gold, predicted, same_quote)
