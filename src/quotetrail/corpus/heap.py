"""Keeping Python's garbage collector off the corpus-wide objects of a long loop.

A full collection traverses every tracked container item by item: a set of a million
statement ids or a list of a million candidate pairs costs each full collection time in
proportion to its length, although all of it stays alive. A loop that allocates many small
objects (the matching of the variants stage: about one full collection per 77 groups) runs a
number of full collections in proportion to the corpus, so with corpus-wide sets alive it costs
the square of the corpus.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived_frozen() -> Iterator[None]:
    """Inside, the objects alive on entry are left out of the collections (``gc.freeze``); they
    are collected as usual again on exit. Where the process has frozen objects of its own, they
    are left as they are and nothing is frozen (unfreezing would release theirs too)."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
