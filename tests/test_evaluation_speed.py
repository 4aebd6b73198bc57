"""evaluation/speed.py: both extractors on the same pages, batch by batch, taking
turns; the best of the rounds; loading not counted."""

import time

from articles.evaluation import speed
from articles.evaluation.gold import Source


def burn(seconds: float) -> None:
    """CPU time, which is what is measured (a sleep would not count)."""
    until = time.process_time() + seconds
    while time.process_time() < until:
        pass


class FakePipeline:
    def __init__(self, log):
        self.log = log

    def extract_many(self, pages):
        self.log.append(("pipeline", [name for _, name in pages]))
        burn(0.004 * len(pages))
        return [{} for _ in pages]


def sources(count: int) -> list[Source]:
    return [Source(f"{n}.html", text=f"<p>page {n}</p>") for n in range(count)]


def test_the_extractors_take_turns_on_each_batch_after_a_warm_up():
    log = []

    def baseline(data, filename):
        log.append(("baseline", filename))
        burn(0.001)

    speed.measure(sources(speed.BATCH_SIZE + 2), FakePipeline(log), baseline, rounds=1)

    names = [f"{n}.html" for n in range(speed.BATCH_SIZE + 2)]
    assert log[:2] == [("pipeline", ["0.html"]), ("baseline", "0.html")]  # warm-up
    assert log[2] == ("pipeline", names[: speed.BATCH_SIZE])
    assert log[3 : 3 + speed.BATCH_SIZE] == [("baseline", n) for n in names[:-2]]
    assert log[3 + speed.BATCH_SIZE] == ("pipeline", names[-2:])


def test_the_figures_are_pages_per_cpu_second_and_their_ratio():
    figures = speed.measure(
        sources(10), FakePipeline([]), lambda data, name: burn(0.001), rounds=2
    )

    # About 250 and 1000 pages per second; a busy machine only slows them.
    assert 150 < figures["pipeline_pages_per_second"] <= 260
    assert 500 < figures["trafilatura_pages_per_second"] <= 1010
    share = figures["pipeline_pages_per_second"] / figures[
        "trafilatura_pages_per_second"
    ]
    assert figures["pipeline_share_of_trafilatura"] == share


def test_no_pages_no_figures():
    assert speed.measure([], FakePipeline([]), lambda data, name: None) == {}


def test_batches_are_as_large_as_import_articles_and_the_model_take():
    from articles import importing
    from articles.extraction import nlp

    assert speed.BATCH_SIZE == importing.BATCH_SIZE == nlp.BATCH_SIZE
