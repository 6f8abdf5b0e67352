"""link_corpus on a store built from articles and statements written here (no extractor involved)."""
from dataclasses import replace

import pytest

from quotetrail.corpus import link_corpus
from quotetrail.store import relations
from quotetrail.store.db import Store
from quotetrail.types import Article, ArticleResult, Speaker, Statement

FIRE = ("Fire crews from Harbourton fought a blaze at the Pier 9 warehouse of Kessler Marine on Tuesday. "
        "Chief Dana Okafor said 40 firefighters and 12 engines attended. "
        "“The roof of the Kessler building collapsed within an hour, we could not save it,” Okafor said. "
        "No injuries were reported. The cause of the Pier 9 fire is under investigation by Harbourton police.")
FIRE_2 = ("A warehouse owned by Kessler Marine burned down at Pier 9 in Harbourton. "
          "Fire chief Dana Okafor told reporters: “The roof of the Kessler building fell in within an hour.” "
          "About 40 firefighters fought the blaze. Harbourton police are investigating the cause of the fire.")
FLOOD = ("Heavy rain flooded the Lindqvist valley on Sunday, and the river Tamsel burst its banks near Orvik. "
         "Mayor Petra Lindqvist said 300 homes were evacuated. “We have never seen water this high,” she said. "
         "The Orvik bridge will stay closed until Friday, according to the regional authority of Vestmark.")


def result(doc, text, date=None, speaker=None, quote=None, kind="direct"):
    statements = ()
    if quote:
        start = text.index(quote)
        statements = (Statement(doc=doc, start=start, end=start + len(quote), text=quote, kind=kind, speaker=speaker),)
    return ArticleResult(Article(id=doc, text=text, date=date), statements)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "c.db")
    yield s
    s.close()


def add(store, *results):
    with store.conn:
        for r in results:
            store.add_result(r)


def by_doc(store):
    return {d: s["story"] for s in relations.iter_stories(store) for d in s["docs"]}


def test_stories_copies_and_altered_quotes(store):
    copy = FIRE.replace("Tuesday", "Tuesday night")
    add(store,
        result("fire-1", FIRE, "2024-03-05", "Dana Okafor", "The roof of the Kessler building collapsed within an hour, we could not save it,"),
        result("fire-2", FIRE_2, "2024-03-06", "Okafor", "The roof of the Kessler building fell in within an hour."),
        result("fire-copy", copy, "2024-03-07"),
        result("flood", FLOOD, "2024-03-06", "Petra Lindqvist", "We have never seen water this high,"))
    summary = link_corpus(store)
    assert summary.articles == 4
    stories = by_doc(store)
    assert stories["fire-1"] == stories["fire-2"] == stories["fire-copy"] != stories["flood"]
    derived = {d["doc"]: d for d in relations.iter_derived(store)}
    assert (derived["fire-copy"]["source"], derived["fire-copy"]["relation"]) == ("fire-1", "copy")
    assert derived["fire-copy"]["evidence"]["passages"]
    assert "fire-1" not in derived and "flood" not in derived
    (cluster,) = list(relations.iter_variants(store))
    assert cluster["altered"] and cluster["speaker"] == "Dana Okafor"
    assert set(cluster) >= {"cluster", "speaker", "altered", "quotes"}
    root, *later = cluster["quotes"]
    assert root["doc"] == "fire-1" and not root["altered"] and root["relation"] == "source"
    quotes = {q["doc"]: q for q in later}
    variant = quotes["fire-2"]
    assert variant["altered"] and ["+", "fell in"] in variant["diff"] and variant["source"] == 0
    assert variant["changes"] == ["substituted"] and variant["outlet"] is None and variant["date"] == "2024-03-06"
    assert set(variant) >= {"doc", "start", "end", "text", "diff", "altered", "relation", "changes", "severity"}
    # the copy's quote was never extracted as a statement: it is matched in its text
    assert quotes["fire-copy"]["relation"] == "verbatim" and quotes["fire-copy"]["statement"] is None
    assert cluster["first_seen"] == "2024-03-05"


def test_incremental_linking_touches_only_new_articles(store):
    add(store, result("fire-1", FIRE, "2024-03-05"), result("flood", FLOOD, "2024-03-06"))
    link_corpus(store)
    flood_story = by_doc(store)["flood"]
    assert link_corpus(store).articles == 0  # nothing new
    add(store, result("fire-2", FIRE_2, "2024-03-06"))
    summary = link_corpus(store)
    assert summary.articles == 1 and summary.stories == 1
    stories = by_doc(store)
    assert stories["fire-2"] == stories["fire-1"]
    assert stories["flood"] == flood_story  # a story the new article does not reach is left alone
    assert store.conn.execute("SELECT count(*) FROM articles WHERE linked = 0").fetchone()[0] == 0


def test_new_earlier_article_becomes_the_source(store):
    add(store, result("copy", FIRE.replace("Tuesday", "Tuesday night"), "2024-03-07"))
    link_corpus(store)
    assert list(relations.iter_derived(store)) == []
    add(store, result("orig", FIRE, "2024-03-05"))
    link_corpus(store)
    assert [(d["doc"], d["source"]) for d in relations.iter_derived(store)] == [("copy", "orig")]


def test_undated_article_gets_inferred_date(store):
    text = FLOOD + " Water everywhere. — Ann Berg (@annberg) March 10, 2024"
    add(store, result("flood-post", text))
    assert link_corpus(store).dates_inferred == 1
    (story,) = list(relations.iter_stories(store))
    assert story["first_seen"] == "2024-03-10" and story["first_seen_inferred"]


def test_interrupted_run_leaves_store_unchanged(store, monkeypatch):
    add(store, result("fire-1", FIRE, "2024-03-05"))
    import quotetrail.corpus.link as link_module

    def boom(*args, **kwargs):
        raise RuntimeError("stop")

    monkeypatch.setattr(link_module, "_variants", boom)
    with pytest.raises(RuntimeError):
        link_corpus(store)
    assert store.conn.execute("SELECT count(*) FROM stories").fetchone()[0] == 0
    assert store.conn.execute("SELECT linked FROM articles").fetchone()[0] == 0


def test_incremental_variants_extend_stored_clusters(store):
    root = "The roof of the Kessler building collapsed within an hour, we could not save it,"
    add(store, result("fire-1", FIRE, "2024-03-05", "Dana Okafor", root))
    link_corpus(store)
    assert list(relations.iter_variants(store)) == []  # one statement is no cluster
    add(store, result("fire-2", FIRE_2, "2024-03-06", "Okafor", "The roof of the Kessler building fell in within an hour."))
    link_corpus(store)
    assert len(list(relations.iter_variants(store))) == 1
    third = FLOOD + " “The roof of the Kessler building collapsed within an hour,” Okafor said."
    add(store, result("later", third, "2024-03-08", "Okafor", "The roof of the Kessler building collapsed within an hour,"))
    summary = link_corpus(store)
    (cluster,) = list(relations.iter_variants(store))
    assert summary.variant_clusters == 1  # the stored cluster was rebuilt with the new statement
    assert [(q["doc"], q["altered"]) for q in cluster["quotes"]] == [("fire-1", False), ("fire-2", True), ("later", False)]


def _link_tables(store):
    return (sorted(by_doc(store).items()), [dict(d) for d in relations.iter_derived(store)],
            list(relations.iter_variants(store)))


def test_hashing_in_several_processes_links_exactly_as_one(tmp_path, monkeypatch):
    monkeypatch.setattr("quotetrail.corpus.link._MIN_ARTICLES_FOR_POOL", 2)
    monkeypatch.setattr("quotetrail.corpus.link._ARTICLES_PER_TASK", 3)  # several tasks, so order matters
    monkeypatch.setattr("quotetrail.corpus.link._STATEMENTS_PER_TASK", 2)
    quote = "The roof of the Kessler building collapsed within an hour, we could not save it,"
    results = [result(f"fire-{i}", FIRE.replace("Tuesday", f"Tuesday {i}"), f"2024-03-{5 + i:02d}", "Dana Okafor", quote)
               for i in range(5)]
    results += [result("fire-2b", FIRE_2, "2024-03-06", "Okafor", "The roof of the Kessler building fell in within an hour."),
                result("flood", FLOOD, "2024-03-06", "Petra Lindqvist", "We have never seen water this high,")]
    linked = []
    for jobs in (1, 2):
        with Store(tmp_path / f"j{jobs}.db") as store:
            add(store, *results)
            summary = link_corpus(store, jobs=jobs)
            linked.append((summary.stories, summary.derived, summary.variant_clusters, _link_tables(store)))
    assert linked[0] == linked[1]
    assert linked[0][1] >= 1 and linked[0][2] >= 1  # there was something to link



def test_a_cluster_is_said_by_a_person_not_by_the_name_most_articles_give(store):
    quote = "The roof of the Kessler building collapsed within an hour,"
    later = FLOOD + f" “{quote}” Dana said. {{}}"
    add(store, replace(result("fire-1", FIRE, "2024-03-05", "Dana Okafor", quote),
                       speakers=(Speaker("Dana Okafor", (), ("@DanaOkafor",)),)),
        *[replace(result(doc, later.format(end), date, "Dana", quote), speakers=(Speaker("Dana", (), ("@danaokafor",)),))
          for doc, date, end in (("later-1", "2024-03-06", "Roads reopen."), ("later-2", "2024-03-07", "Rain stops."))])
    link_corpus(store)
    (cluster,) = [c for c in relations.iter_variants(store) if "Kessler" in c["quotes"][0]["text"]]
    assert len(cluster["quotes"]) == 3
    assert cluster["speaker"] == "Dana Okafor"  # "Dana" of two articles is that person
