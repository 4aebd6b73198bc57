"""The body-text metric, counts and the bootstrap, on inputs worked out by hand."""

from collections import Counter

import pytest

from articles.evaluation.bootstrap import interval
from articles.evaluation.scores import Counts, harmonic_mean, total
from articles.evaluation.text_metrics import (
    PageOverlap,
    averaged_figures,
    page_overlap,
    same_tokens,
    shingles,
    word_tokens,
)


def test_it_takes_word_tokens_and_drops_punctuation():
    assert word_tokens("It's 4-0, sir!") == ["It", "s", "4", "0", "sir"]


def test_it_makes_overlapping_four_word_shingles():
    assert shingles("a b c d e") == Counter(
        {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    )


def test_it_counts_a_repeated_shingle_twice():
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2
    assert sum(shingles("a b c d a b c d").values()) == 5


def test_a_text_shorter_than_a_shingle_is_one_shingle():
    assert shingles("two words") == Counter({("two", "words"): 1})


def test_an_empty_text_has_no_shingles():
    assert shingles("  ... ") == Counter()


def test_it_normalises_page_counts_to_one():
    # gold shingles: abcd, bcde; predicted: abcd. TP 1, FP 0, FN 1 -> halves.
    overlap = page_overlap("a b c d e", "a b c d")
    assert overlap == PageOverlap(0.5, 0.0, 0.5)
    assert overlap.precision == 1.0
    assert overlap.recall == 0.5


def test_a_page_with_no_errors_scores_one_even_when_both_are_empty():
    overlap = page_overlap("", "")
    assert (overlap.precision, overlap.recall) == (1.0, 1.0)


def test_an_empty_prediction_scores_zero_precision_and_recall():
    overlap = page_overlap("a b c d e", "")
    assert (overlap.precision, overlap.recall) == (0.0, 0.0)


def test_a_prediction_for_an_empty_gold_scores_zero():
    overlap = page_overlap("", "a b c d e")
    assert (overlap.precision, overlap.recall) == (0.0, 0.0)


def test_each_page_weighs_the_same_whatever_its_length():
    long_text = " ".join(f"w{i}" for i in range(103))  # 100 shingles, all right
    pages = [page_overlap("a b c d e", "a b c d"), page_overlap(long_text, long_text)]
    figures = averaged_figures(pages, [False, True])
    # Pooled counts would give recall 100/101; the benchmark averages pages.
    assert figures["recall"] == pytest.approx(0.75)
    assert figures["precision"] == pytest.approx(1.0)
    assert figures["f1"] == pytest.approx(2 * 0.75 / 1.75)
    assert figures["accuracy"] == 0.5


def test_f1_comes_from_the_averages_not_from_page_f1s():
    pages = [PageOverlap(0.5, 0.0, 0.5), PageOverlap(0.0, 0.0, 1.0)]  # P 1,0; R 0.5,0
    figures = averaged_figures(pages, [False, False])
    assert figures["precision"] == 0.5
    assert figures["recall"] == 0.25
    assert figures["f1"] == pytest.approx(1 / 3)


def test_same_tokens_ignores_spacing_and_punctuation():
    assert same_tokens("Hello, world.", "Hello world")
    assert not same_tokens("Hello world", "Hello there world")


def test_counts_micro_average_over_documents():
    pooled = total([Counts.matched(1, 2, 4), Counts.matched(3, 3, 4)])
    assert (pooled.precision, pooled.recall) == (0.8, 0.5)
    assert pooled.f1 == pytest.approx(harmonic_mean(0.8, 0.5))


def test_counts_keep_precision_and_recall_judged_against_different_lists():
    counts = Counts(correct_predicted=2, predicted=3, correct_gold=1, gold=1)
    assert counts.precision == pytest.approx(2 / 3)
    assert counts.recall == 1.0


def test_predicting_nothing_for_nothing_is_not_an_error():
    assert Counts().figures() == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def mean(values):
    return sum(values) / len(values)


def test_the_bootstrap_gives_the_same_interval_twice():
    values = [0.1, 0.5, 0.9, 0.3, 0.7, 0.2, 1.0]
    first = interval(values, mean, resamples=200)
    assert first == interval(values, mean, resamples=200)
    low, high = first
    assert min(values) <= low < mean(values) < high <= max(values)


def test_the_bootstrap_depends_on_its_seed():
    values = [0.1, 0.5, 0.9, 0.3, 0.7, 0.2, 1.0]
    intervals = {interval(values, mean, resamples=50, seed=seed) for seed in range(5)}
    assert len(intervals) > 1


def test_the_bootstrap_of_constant_documents_is_a_point():
    assert interval([0.5] * 6, mean, resamples=20) == (0.5, 0.5)


def test_the_bootstrap_of_no_documents_is_none():
    assert interval([], mean) is None
