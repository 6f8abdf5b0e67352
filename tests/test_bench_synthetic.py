"""The synthetic corpus's planted quotes (speaker given differently, rewording, negation and number
flips, harmless hyphen/case variants) are matched as planted (bench/gen_synthetic.py)."""
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

from bench_link_scale import planted_facts, planted_quote_scores  # noqa: E402
from gen_synthetic import QUOTE_CASES, Generator  # noqa: E402

from quotetrail.corpus import link_corpus  # noqa: E402
from quotetrail.store import relations  # noqa: E402
from quotetrail.store.db import Store  # noqa: E402
from quotetrail.types import Article, ArticleResult, Statement  # noqa: E402


def test_planted_quotes_are_matched(tmp_path):
    articles = list(Generator(seed=5).articles(400))
    store = Store(tmp_path / "syn.db")
    with store.conn:
        for a in articles:
            statements = tuple(Statement(doc=a["id"], **s) for s in a["statements"])
            store.add_result(ArticleResult(Article(id=a["id"], text=a["text"], title=a["title"], date=a["date"]),
                                           statements))
    link_corpus(store)
    scores = planted_quote_scores(relations.iter_variants(store), [planted_facts(a) for a in articles])
    store.close()
    assert set(scores["by_case"]) == set(QUOTE_CASES)
    assert scores["altered_recall"] >= 0.9 and scores["verbatim_linked"] >= 0.85 and scores["false_alarms"] <= 0.1
