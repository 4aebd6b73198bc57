"""Pages per CPU second: the pipeline, and trafilatura alone, on the same pages.

Measured in this process, one batch of pages after another, the two extractors
taking turns on each batch, so that a machine that slows down or speeds up
during the run slows both alike. It is measured on its own, after the pages have
been scored: the worker processes that extract them for scoring run two at a
time, and two processes at once share the processor's caches and memory, which
slows the pipeline's network maths more than trafilatura's tree walking (on this
project's machine, 0.151 of trafilatura's speed in parallel against 0.174 alone).

Each extractor's time is the best of ROUNDS passes over the pages, as timeit
advises: a slower pass is slower because of other work on the machine, not
because of the code.

The pipeline reads each batch as import_articles does: pipeline.extract_many,
then the JSON dict that extract_article writes.
"""

import time

BATCH_SIZE = 8  # as import_articles: importing.BATCH_SIZE
ROUNDS = 3


def measure(sources, pipeline, baseline, rounds: int = ROUNDS) -> dict:
    """`sources`: objects with read() and filename. `pipeline.extract_many(pages)`
    and `baseline(data, filename)` are the extractors. Loading the model and
    trafilatura's first use are not counted."""
    if not sources:
        return {}
    batches = [
        [(source.read(), source.filename) for source in sources[i : i + BATCH_SIZE]]
        for i in range(0, len(sources), BATCH_SIZE)
    ]
    pipeline.extract_many(batches[0][:1])  # warm-up
    baseline(*batches[0][0])
    passes = [timed_pass(batches, pipeline, baseline) for _ in range(rounds)]
    pipeline_speed = len(sources) / min(seconds for seconds, _ in passes)
    baseline_speed = len(sources) / min(seconds for _, seconds in passes)
    return {
        "pipeline_pages_per_second": pipeline_speed,
        "trafilatura_pages_per_second": baseline_speed,
        "pipeline_share_of_trafilatura": pipeline_speed / baseline_speed,
    }


def timed_pass(batches, pipeline, baseline) -> tuple[float, float]:
    """CPU seconds of each extractor over all the batches. CPU time, not wall
    time: other work on a busy machine does not count."""
    pipeline_seconds = baseline_seconds = 0.0
    for pages in batches:
        started = time.process_time()
        pipeline.extract_many(pages)
        halfway = time.process_time()
        for data, filename in pages:
            baseline(data, filename)
        pipeline_seconds += halfway - started
        baseline_seconds += time.process_time() - halfway
    return pipeline_seconds, baseline_seconds
