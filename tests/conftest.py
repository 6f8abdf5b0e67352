"""Shared fixtures. Tests marked ``shared`` need ../shared and are skipped without it."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check what is computed, never how fast: Hypothesis's default deadline (200 ms an
# example) fails them on a loaded machine, so it is off for every test.
settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if (SHARED / "tools" / "score_quotes.py").exists():
        return
    skip = pytest.mark.skip(reason="../shared is not present")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def spark() -> Iterator[object]:
    """One local Spark session (127.0.0.1, two cores) for every Spark test, stopped at the end."""
    pytest.importorskip("pyspark", reason="the spark extra is not installed")
    from quotetrail.spark import job

    session = job.session("quotetrail-tests", "local[2]")
    yield session
    session.stop()


@pytest.fixture
def shared() -> Path:
    return SHARED
