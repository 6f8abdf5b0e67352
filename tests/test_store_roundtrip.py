"""Property: whatever the extractor returns survives the store unchanged (write, read back, compare)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotetrail.store import Store, load_result
from quotetrail.types import KINDS, Article, ArticleResult, Span, Speaker, Statement

names = st.text(min_size=1, max_size=30)
maybe = st.none() | st.text(max_size=30)


@st.composite
def results(draw: st.DrawFn) -> ArticleResult:
    text = draw(st.text(min_size=1, max_size=300))
    article = Article(id=draw(names), text=text, title=draw(maybe), url=draw(maybe), outlet=draw(maybe),
                      date=draw(maybe), author=draw(maybe), flags=tuple(draw(st.lists(names, max_size=2))))
    offset = st.integers(0, len(text))
    maybe_offset = st.none() | offset

    def statement() -> Statement:
        start, end = sorted((draw(offset), draw(offset)))
        return Statement(
            doc=article.id, start=start, end=end, text=text[start:end], kind=draw(st.sampled_from(KINDS)),
            cue=draw(maybe), cue_start=draw(maybe_offset), cue_end=draw(maybe_offset), speaker=draw(maybe),
            speaker_start=draw(maybe_offset), speaker_end=draw(maybe_offset), source=draw(maybe), via=draw(maybe),
            handle=draw(maybe), date=draw(maybe), confidence=draw(st.floats(0, 1)),
            parts=draw(st.none() | st.lists(st.tuples(offset, offset), min_size=1, max_size=3).map(tuple)),
            role=draw(maybe), speaker_type=draw(st.none() | st.sampled_from(("person", "organisation", "unknown"))),
            speaker_confidence=draw(st.none() | st.floats(0, 1)),
        )

    statements = sorted((statement() for _ in range(draw(st.integers(0, 6)))), key=lambda s: s.start)
    speakers = draw(st.lists(st.builds(Speaker, names, st.lists(names, max_size=3).map(tuple),
                                       st.lists(names, max_size=2).map(tuple)), max_size=3))
    spans = draw(st.lists(st.builds(Span, offset, offset, names), max_size=2))
    return ArticleResult(article, tuple(statements), tuple(speakers), tuple(spans), draw(st.booleans()))


@settings(max_examples=150, deadline=None)
@given(results())
def test_result_survives_the_store(result: ArticleResult) -> None:
    with Store(":memory:") as store:
        assert store.add_result(result)
        assert load_result(store, result.article.id) == result
        assert not store.add_result(result)  # the same article again adds nothing
        assert list(store.statements()) == list(result.statements)
