"""Property: whatever the extractor returns survives the store unchanged (write, read back, compare)."""
from __future__ import annotations

from hypothesis import given, settings
from model_strategies import statements_of
from hypothesis import strategies as st

from quotetrail.store import Store, load_result
from quotetrail.types import Article, ArticleResult, Span, Speaker

names = st.text(min_size=1, max_size=30)
maybe = st.none() | st.text(max_size=30)


@st.composite
def results(draw: st.DrawFn) -> ArticleResult:
    text = draw(st.text(min_size=1, max_size=300))
    article = Article(id=draw(names), text=text, title=draw(maybe), url=draw(maybe), outlet=draw(maybe),
                      date=draw(maybe), author=draw(maybe), flags=tuple(draw(st.lists(names, max_size=2))))
    offset = st.integers(0, len(text))
    # every Statement field, generated from the dataclass (tests/model_strategies.py)
    statements = sorted(draw(st.lists(statements_of(article.id, text), max_size=6)), key=lambda s: s.start)
    speakers = draw(st.lists(st.builds(Speaker, names, st.lists(names, max_size=3).map(tuple),
                                       st.lists(names, max_size=2).map(tuple)), max_size=3))
    spans = draw(st.lists(st.builds(Span, offset, offset, names), max_size=2))
    return ArticleResult(article, tuple(statements), tuple(speakers), tuple(spans), draw(st.booleans()))


@settings(max_examples=150)
@given(results())
def test_result_survives_the_store(result: ArticleResult) -> None:
    with Store(":memory:") as store:
        assert store.add_result(result)
        assert load_result(store, result.article.id) == result
        assert not store.add_result(result)  # the same article again adds nothing
        assert list(store.statements()) == list(result.statements)
