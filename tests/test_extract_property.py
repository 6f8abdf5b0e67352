"""Property: ``extract`` never raises, never hangs, and every offset slices to what it reports."""
from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import given, settings
from hypothesis import strategies as st

from quotetrail import extract
from quotetrail.extract import extract_article
from quotetrail.types import KINDS, Article

# Pieces that exercise the rules: marks of every kind, cues, names, pronouns, punctuation, posts.
PIECES = ["“", "”", "‘", "’", '"', "'", "''", "``", "«", "»", ",", ".", ":", ";", "—", "-", "(", ")", "\n", "\n\n",
          "\n\n\n\n", " ", "said", "says", "told", "according to", "claimed", "he", "she", "who", "that", "and",
          "Hanna Brandt", "Brandt", "The engineer", "@handle", "pic.twitter.com/x1", "— Tom Elliott (@tom) May 1, 2020",
          "Mr.", "U.S.", "Sen. Ann Lee (D-Ore.)", "PENCE:", "is a weekly journal based in", "saying", "believes",
          "the", "a", "report", "Linden", "didn’t", "x" * 30]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=80).map("".join),
)


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def fail(signum: int, frame: object) -> None:
        raise TimeoutError(f"extraction took more than {seconds} s")
    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@settings(max_examples=300)
@given(texts)
def test_extract_never_raises_and_offsets_slice(text: str) -> None:
    with time_limit(5):
        result = extract_article(Article(id="doc", text=text))
    for s in result.statements:
        assert 0 <= s.start <= s.end <= len(text)
        assert s.text == text[s.start:s.end]
        assert s.kind in KINDS
        assert 0.0 <= s.confidence <= 1.0
        if s.speaker_start is not None:
            assert 0 <= s.speaker_start <= s.speaker_end <= len(text)
        if s.cue_start is not None:
            assert s.cue == text[s.cue_start:s.cue_end]
    for span in result.boilerplate:
        assert 0 <= span.start <= span.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_extract_is_deterministic(text: str) -> None:
    assert extract(text) == extract(text)
