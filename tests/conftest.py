"""Shared fixtures. `shared_dir` is ../shared (seed, corpus, eval) beside the project.

A user's clone has no ../shared: tests that need it skip and say why. In CI
(NEWSARCHIVE_REQUIRE_SHARED=1) its absence is a failure, never a skip.
"""
import os
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
SHARED_DIR = PROJECT_DIR.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir():
    if not SHARED_DIR.is_dir():
        message = f"{SHARED_DIR} is absent: the seed, corpus and eval data live there"
        if os.environ.get("NEWSARCHIVE_REQUIRE_SHARED"):
            pytest.fail(message)
        pytest.skip(message)
    return SHARED_DIR


@pytest.fixture(scope="session")
def seed_dir(shared_dir):
    return shared_dir / "seed"
