"""The Spark driver of ``quotetrail spark-run``: everything ``ingest`` + ``link`` do, as Spark stages.

In the shape of Common Crawl's cc-pyspark jobs, the driver lists the input files and Spark only
drives; every record and group goes through the plain-Python functions of ``spark.stages``:

1. read: one task per file turns it into units (``ingest.readers.iter_units``: JSON Lines, HTML,
   WARC response records with their URL and capture date), spread over the partitions, then
   ``process_unit`` (HTML main text, ``extract_article``) — the ingest code;
2. keep the first article of each dedup key, give repeated ids a ``#n`` suffix and number
   articles, statements and speakers in input order, as ``Store.add_result`` does;
3. dates inferred, term counts and MinHash signatures per article and statement;
4. candidate pairs by LSH banding as DataFrame aggregations and joins: bucket sizes, pairs of a
   bucket, band collisions per pair, the ``top_k`` partners per item by a window;
5. each article with its candidates: story edges and its copy/rewrite source;
6. connected components (label propagation) of the story edges, clustered by ``average_linkage``;
7. the candidate article pairs of the quote matching (copy/rewrite, small stories, statement
   pairs whose quote signatures agree) as joins, their connected components, and each group
   matched by ``link.group_clusters``, speakers compared as the people the driver merges them
   into (``store.people``, as ``link_corpus`` does);
8. one Parquet folder per store table, with the columns of the store's own schema.

Counts (``summary``) are read back from the written tables, so a retried task cannot count twice.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pyspark import RDD, StorageLevel
from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql.types import BinaryType, DataType, DoubleType, LongType, StringType, StructField, StructType

from quotetrail.corpus import link, linkstore
from quotetrail.corpus.signatures import NAMES, QUOTE, SHINGLES, IndexSpec
from quotetrail.corpus.vectors import TermStats
from quotetrail.ingest.paths import expand_paths
from quotetrail.spark import stages
from quotetrail.store import people
from quotetrail.store.db import Store
from quotetrail.store.load import TABLES
from quotetrail.types import ArticleResult, Rejection

_SQL_TYPES: dict[str, DataType] = {"INTEGER": LongType(), "TEXT": StringType(), "REAL": DoubleType(),
                                   "BLOB": BinaryType()}
#: Signatures hashed per call: MinHash.bulk's batches (each signature depends on its text alone).
_HASH_BATCH = 200
_ADAPTIVE = "spark.sql.adaptive.enabled"
#: Label propagation stops after this many rounds even if labels still move (a chain that long
#: is not a component any step of linking could use whole); reaching it raises.
MAX_ROUNDS = 200


def _words() -> Any:
    """A statement's quoted words (``Statement.words``): the column holds them only for a quote
    split by its cue, as the store's ``statement_words`` view reads them."""
    return F.coalesce("words", "text").alias("words")


def table_columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, bool]]:
    """(name, SQL type, nullable) of a table's columns, from SQLite itself."""
    return [(r[1], r[2].upper(), not (r[3] or r[5])) for r in conn.execute(f"PRAGMA table_info({table})")]


def _store_schemas() -> dict[str, StructType]:
    with Store(":memory:") as store:
        return {table: StructType([StructField(name, _SQL_TYPES[kind], nullable)
                                   for name, kind, nullable in table_columns(store.conn, table)])
                for table in TABLES}


#: Spark schemas of the output tables, read from the store's migrations (one fact in one place).
SCHEMAS = _store_schemas()


def _rows(table: str, dicts: Iterable[dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
    names = SCHEMAS[table].fieldNames()
    for d in dicts:
        yield tuple(d[n] for n in names)


@dataclass
class RunSummary:
    """Counts read from the written tables."""

    articles: int
    statements: int
    rejected_by_code: dict[str, int]
    stories: int
    derived: int
    variant_clusters: int
    altered_clusters: int


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _kept(rdd: RDD) -> RDD:
    """``rdd`` persisted, and its lineage cut once it is computed (a checkpoint: reliable when the
    session has a checkpoint folder, ``run(checkpoint_dir=...)``, else local).

    In Spark 4.3 (SPARK-47017) the description of every query plan (``SparkPlanInfo``, built
    again at each adaptive re-planning, for the SQL UI and the event log) holds, under each scan of
    a Python RDD, the plans of the DataFrames that RDD was computed from, unfolded as a tree. This
    job goes DataFrame -> Python -> DataFrame at every stage, so without a cut the later plans hold
    every earlier one, many times over (over 200,000 nodes a plan on 2,000 articles: driver time
    between jobs, and an event log that exhausted a 3 GiB driver heap).
    """
    rdd = rdd.persist(StorageLevel.MEMORY_AND_DISK)
    if rdd.context.getCheckpointDir():
        rdd.checkpoint()  # reliable: written to the checkpoint folder, survives a lost executor
    else:
        rdd.localCheckpoint()
    return rdd


def _cut(df: DataFrame, eager: bool) -> DataFrame:
    """``df`` checkpointed: to the checkpoint folder when the session has one, else locally."""
    if df.sparkSession.sparkContext.getCheckpointDir():
        return df.checkpoint(eager=eager)
    return df.localCheckpoint(eager=eager)


def _numbered(rdd: RDD, key: Any) -> RDD:
    """Elements sorted by ``key`` and numbered from 1 (SQLite's ids in insertion order), computed and kept.

    On more than one partition ``sortBy`` reads its input three times (a count, a sample for the
    range bounds, the sort itself), each of which would redo the Python work that made the input
    (the variant matching, the stories, the people units): on 100,000 articles on local[2] that
    made those phases several times slower than on local[1], where one partition is sorted in
    place. So the input is persisted for the sort, and released once the numbered result is kept.
    """
    source = rdd.persist(StorageLevel.MEMORY_AND_DISK)
    numbered = _kept(source.sortBy(key).zipWithIndex().map(lambda x: (x[1] + 1, x[0])))
    numbered.count()  # computes (and checkpoints) it now, so the input is no longer needed
    source.unpersist()
    return numbered


def run(spark: SparkSession, inputs: Sequence[str], output: str, partitions: int | None = None,
        overwrite: bool = False, checkpoint_dir: str | None = None) -> RunSummary:
    """Ingest and link ``inputs`` (paths the driver and the executors see) into Parquet tables under ``output``.

    With ``checkpoint_dir`` (a folder every executor can write, such as one on HDFS or S3) the
    intermediate results are reliable checkpoints there, so a lost executor is recomputed from
    them; without it they are local checkpoints, and a lost executor fails the run.
    """
    sc = spark.sparkContext
    if not checkpoint_dir:
        return _run(spark, inputs, output, partitions, overwrite)
    previous = sc.getCheckpointDir()
    sc.setCheckpointDir(checkpoint_dir)
    try:
        return _run(spark, inputs, output, partitions, overwrite)
    finally:
        sc.setCheckpointDir(previous)  # type: ignore[arg-type]  # None: no checkpoint folder, as before


def _run(spark: SparkSession, inputs: Sequence[str], output: str, partitions: int | None,
         overwrite: bool) -> RunSummary:
    sc = spark.sparkContext
    if not overwrite:
        _refuse_existing(spark, output)
    files = [str(p) for p in expand_paths(inputs)]
    at = _now()
    tables: dict[str, DataFrame] = {}
    slices = partitions or sc.defaultParallelism
    if partitions or sc.master.startswith("local"):  # Spark's default of 200 shuffle partitions is for clusters
        spark.conf.set("spark.sql.shuffle.partitions", str(slices))
    # a few small rows can be a lot of Python work (a neighbourhood, a component): merging small
    # shuffle partitions into one would leave all but one core idle
    spark.conf.set("spark.sql.adaptive.coalescePartitions.enabled", "false")

    # 1. read and extract
    sc.setJobDescription("read and extract")
    units = sc.parallelize(list(enumerate(files)), max(1, len(files))).flatMap(stages.read_file)
    outcomes = units.repartition(slices).mapValues(stages.outcome).persist(StorageLevel.MEMORY_AND_DISK)

    # 2. dedup keys, ids, statements and speakers
    sc.setJobDescription("ids")
    results = outcomes.filter(lambda kv: isinstance(kv[1], ArticleResult))
    meta = spark.createDataFrame(
        results.map(lambda kv: (kv[0][0], kv[0][1], stages.key_of(kv[1]), kv[1].article.id)),
        "f long, u long, key string, doc0 string")
    first = meta.withColumn("n", F.row_number().over(Window.partitionBy("key").orderBy("f", "u"))).where("n = 1")
    named = first.withColumn("n", F.row_number().over(Window.partitionBy("doc0").orderBy("f", "u"))).select(
        "f", "u", F.when(F.col("n") == 1, F.col("doc0")).otherwise(F.concat_ws("#", "doc0", F.col("n").cast("string")))
        .alias("doc"))
    ids = _numbered(named.rdd.map(lambda r: ((r.f, r.u), r.doc)), lambda kv: kv[0]).map(
        lambda x: (x[1][0], (x[0], x[1][1])))  # (order, (article id, doc))
    kept = _kept(ids.join(results).map(lambda kv: (kv[1][0][0], kv[1][0][1], kv[1][1])))
    tables["articles"] = spark.createDataFrame(
        kept.map(lambda x: tuple(next(_rows("articles", [stages.article_row(x[0], x[1], x[2], at)])))),
        SCHEMAS["articles"])
    statements = _numbered(
        kept.flatMap(lambda x: [((x[0], n), row) for n, row in enumerate(stages.statement_rows(x[0], x[1], x[2]))]),
        lambda kv: kv[0]).map(lambda x: {"id": x[0], **x[1][1]})
    tables["statements"] = spark.createDataFrame(statements.map(lambda d: next(_rows("statements", [d]))),
                                                 SCHEMAS["statements"])
    speakers = _numbered(
        kept.flatMap(lambda x: [((x[0], n), row) for n, row in enumerate(stages.speaker_rows(x[0], x[2]))]),
        lambda kv: kv[0]).map(lambda x: {"id": x[0], **x[1][1]})
    tables["speakers"] = spark.createDataFrame(speakers.map(lambda d: next(_rows("speakers", [d]))),
                                               SCHEMAS["speakers"])
    tables["rejections"] = _rejections(spark, outcomes, ids, at)

    # 3. dates, term counts, signatures
    sc.setJobDescription("signatures")
    articles = tables["articles"].persist(StorageLevel.MEMORY_AND_DISK)
    hashed = articles.select("id", "text", "title").rdd.map(tuple).mapPartitions(
        lambda rows: (r for batch in _batches(rows) for r in stages.article_signature_rows(batch)))
    hashed_df = spark.createDataFrame(
        hashed, "id long, counts map<string,long>, names binary, shingles binary").persist(StorageLevel.MEMORY_AND_DISK)
    statements_df = tables["statements"].persist(StorageLevel.MEMORY_AND_DISK)
    quote_sigs = spark.createDataFrame(
        statements_df.select("id", _words()).rdd.map(tuple).mapPartitions(
            lambda rows: (r for batch in _batches(rows) for r in stages.quote_signature_rows(batch))),
        "item long, sig binary")
    signatures = (hashed_df.select(F.lit(NAMES.kind).alias("kind"), F.col("id").alias("item"), F.col("names").alias("sig"))
                  .unionByName(hashed_df.select(F.lit(SHINGLES.kind).alias("kind"), F.col("id").alias("item"),
                                                F.col("shingles").alias("sig")))
                  .unionByName(quote_sigs.select(F.lit(QUOTE.kind).alias("kind"), "item", "sig"))
                  .where(F.length("sig") > 0)).persist(StorageLevel.MEMORY_AND_DISK)
    keys = spark.createDataFrame(signatures.select("kind", "item", "sig").rdd.map(tuple).mapPartitions(_band_keys),
                                 "kind string, band long, key long, item long").persist(StorageLevel.MEMORY_AND_DISK)
    tables["link_signatures"] = signatures.select(*SCHEMAS["link_signatures"].fieldNames())
    terms = hashed_df.select(F.explode(F.map_keys("counts")).alias("term")).groupBy("term").agg(F.count("*").alias("df"))
    tables["link_terms"] = terms.select(*SCHEMAS["link_terms"].fieldNames())
    n_articles = articles.count()
    stats = sc.broadcast(TermStats(n_docs=n_articles, df=Counter(dict(terms.rdd.map(tuple).collect()))))

    # 4. candidates by LSH banding
    sc.setJobDescription("candidates")
    keys.count()  # hashed once here, not by each consumer at the same time
    article_cands = (_candidates(keys, NAMES).unionByName(_candidates(keys, SHINGLES))
                     .distinct().persist(StorageLevel.MEMORY_AND_DISK))
    quote_cands = _candidates(keys, QUOTE).persist(StorageLevel.MEMORY_AND_DISK)

    # 5. each article with its candidates: story edges, copies and rewrites
    sc.setJobDescription("neighbourhoods")
    info = articles.select("id", "doc", "date", "text").join(hashed_df.select("id", "counts"), "id")
    neighbours = (article_cands.join(info.withColumnRenamed("id", "dst"), "dst")
                  .groupBy("src").agg(F.collect_list(F.struct("dst", "doc", "date", "text", "counts")).alias("cands")))
    own_statements = statements_df.groupBy("article_id").agg(
        F.sort_array(F.collect_list(F.struct("id", "kind", _words()))).alias("stmts"))
    groups = (neighbours.join(info.withColumnRenamed("id", "src"), "src")
              .join(own_statements.withColumnRenamed("article_id", "src"), "src", "left"))
    linked = _kept(groups.rdd.map(lambda r: _neighbourhood(r, stats.value)))
    linked.count()  # linked once here: both the stories and the derived rows read it
    tables["derived"] = spark.createDataFrame(
        linked.flatMap(lambda x: [next(_rows("derived", [x[1]]))] if x[1] else []), SCHEMAS["derived"])
    edges = spark.createDataFrame(linked.flatMap(lambda x: [e for e in x[0] if e[2] > 0]), "a long, b long, sim double")

    # 6. stories and variant clusters, one connected component at a time
    sc.setJobDescription("stories and variants")
    tables["stories"], tables["story_members"] = _stories(spark, articles, edges)
    tables["people"], tables["person_names"], tables["person_terms"] = _people(
        spark, articles, statements_df, tables["speakers"], tables["story_members"])
    persons = (tables["person_names"]  # (article_id, speaker, person): the quote matching compares people
               .join(tables["people"].select(F.col("id").alias("person_id"), F.col("name").alias("person")), "person_id")
               .select("article_id", F.col("name").alias("speaker"), "person"))
    tables["variant_clusters"], tables["variant_quotes"], tables["variant_members"] = _variants(
        spark, articles, statements_df.join(persons, ["article_id", "speaker"], "left"), tables["derived"],
        tables["story_members"], signatures, quote_cands)

    # 7. write, then count from what was written
    mode = "overwrite" if overwrite else "errorifexists"
    for table in TABLES:
        sc.setJobDescription(f"write {table}")
        tables[table].select(*SCHEMAS[table].fieldNames()).write.mode(mode).parquet(f"{output}/{table}")
    return _summary(spark, output)


def _refuse_existing(spark: SparkSession, output: str) -> None:
    """Fail before any work, not after all of it, when ``output`` holds tables already."""
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(output)
    fs = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    taken = [t for t in TABLES if fs.exists(jvm.org.apache.hadoop.fs.Path(path, t))]
    if taken:
        raise FileExistsError(f"{output} already holds {', '.join(taken)}; give --overwrite to replace them")


def _batches(rows: Iterable[Any]) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) == _HASH_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _rejections(spark: SparkSession, outcomes: RDD, ids: RDD, at: str) -> DataFrame:
    """Rejected units, and the input problems of kept articles, one row per (item, code) (the last,
    as ``INSERT OR REPLACE`` keeps it), numbered in input order."""
    rejected = outcomes.filter(lambda kv: isinstance(kv[1], Rejection)).flatMap(lambda kv: stages.rejection_rows(*kv))
    flagged = ids.join(outcomes.filter(lambda kv: isinstance(kv[1], ArticleResult) and kv[1].article.flags)).flatMap(
        lambda kv: stages.rejection_rows(kv[0], kv[1][1]))
    rows = spark.createDataFrame(
        rejected.union(flagged).map(lambda r: (r[0][0], r[0][1], r[0][2], r[1], r[2], r[3])),
        "f long, u long, s long, item string, code string, detail string")
    last = rows.withColumn("n", F.row_number().over(
        Window.partitionBy("item", "code").orderBy(F.desc("f"), F.desc("u"), F.desc("s")))).where("n = 1")
    numbered = _numbered(last.rdd.map(lambda r: ((r.f, r.u, r.s), (r.item, r.code, r.detail))), lambda kv: kv[0])
    return spark.createDataFrame(
        numbered.map(lambda x: next(_rows("rejections", [{"id": x[0], "item": x[1][1][0], "code": x[1][1][1],
                                                          "detail": x[1][1][2], "at": at}]))),
        SCHEMAS["rejections"])


def _band_keys(rows: Iterable[tuple[str, int, bytes]]) -> Iterator[tuple[str, int, int, int]]:
    """(kind, band, key, item) of a partition's (kind, item, signature) rows."""
    by_kind: dict[str, list[tuple[int, bytes]]] = {}
    for kind, item, sig in rows:
        by_kind.setdefault(kind, []).append((item, sig))
    for kind, items in by_kind.items():
        yield from stages.band_rows(kind, items)


def _candidates(band_keys: DataFrame, spec: IndexSpec) -> DataFrame:
    """(src, dst): each item's ``top_k`` partners by band collisions, as ``candidate_lists`` gives them."""
    keys = band_keys.where(F.col("kind") == spec.kind)
    sizes = keys.groupBy("band", "key").count().where((F.col("count") >= 2) & (F.col("count") <= spec.max_bucket))
    members = keys.join(sizes.select("band", "key"), ["band", "key"])
    pairs = (members.alias("x").join(members.alias("y"), ["band", "key"]).where(F.col("x.item") < F.col("y.item"))
             .select(F.col("x.item").alias("a"), F.col("y.item").alias("b")))
    hits = pairs.groupBy("a", "b").agg(F.count("*").alias("hits")).where(F.col("hits") >= spec.min_hits)
    directed = (hits.select(F.col("a").alias("src"), F.col("b").alias("dst"), "hits")
                .unionByName(hits.select(F.col("b").alias("src"), F.col("a").alias("dst"), "hits")))
    # ties as numpy's stable sort leaves them: later-numbered partners first, each side by number
    ranked = Window.partitionBy("src").orderBy(F.desc("hits"), F.col("dst") < F.col("src"), "dst")
    return directed.withColumn("rank", F.row_number().over(ranked)).where(F.col("rank") <= spec.top_k).select("src", "dst")


def _neighbourhood(row: Any, stats: TermStats) -> tuple[list[tuple[int, int, float]], dict[str, Any] | None]:
    article = stages.Neighbour(row.src, row.doc, row.date, row.text, row.counts)
    cands = [stages.Neighbour(c.dst, c.doc, c.date, c.text, c.counts) for c in row.cands]
    statements = [(s.kind, s.words) for s in row.stmts or ()]
    return stages.neighbourhood_links(article, cands, statements, stats)


def components(edges: DataFrame) -> DataFrame:
    """(node, comp): the connected components of an undirected graph given as (a, b) edges, each
    labelled by its smallest node.

    Labels with hooking and shortcutting, so that a chain of n nodes takes about log2(n) rounds,
    not n as plain label propagation does. Each round: every node takes the smallest label among
    its own and its neighbours' (``hop``); every label (a node) takes the smallest ``hop`` of the
    nodes it labels, and those nodes take it too (the tree hooks onto its smallest neighbour
    tree); then every node takes its label's label (shortcut). A label is always a node of the
    same component; when no label moves, labels are equal across every edge, so each is its
    component's smallest node.
    """
    conf = edges.sparkSession.conf
    adaptive = conf.get(_ADAPTIVE)
    conf.set(_ADAPTIVE, "false")  # one job a round, not one per shuffle (each planned again by the driver)
    try:
        return _components(edges)
    finally:
        conf.set(_ADAPTIVE, adaptive)


def _components(edges: DataFrame) -> DataFrame:
    both = edges.select("a", "b").unionByName(edges.select(F.col("b").alias("a"), F.col("a").alias("b"))).distinct()
    both = both.persist(StorageLevel.MEMORY_AND_DISK)
    labels = both.groupBy("a").agg(F.least(F.min("b"), F.col("a")).alias("comp")).withColumnRenamed("a", "node")
    labels = _cut(labels, eager=True)
    for _ in range(MAX_ROUNDS):
        spread = (both.join(labels.withColumnRenamed("node", "b"), "b").groupBy("a").agg(F.min("comp").alias("new"))
                  .withColumnRenamed("a", "node"))
        hop = labels.join(spread, "node").select("node", F.col("comp").alias("old"), F.least("comp", "new").alias("hop"))
        root = hop.groupBy("old").agg(F.min("hop").alias("root"))
        hooked = (hop.join(root, "old").join(root.select(F.col("old").alias("node"), F.col("root").alias("own")),
                                             "node", "left")
                  .select("node", "old", F.least("root", F.coalesce("own", "root")).alias("hooked")))
        jumped = hooked.join(hooked.select(F.col("node").alias("hooked"), F.col("hooked").alias("far")), "hooked").select(
            "node", "old", F.least("hooked", "far").alias("comp"))
        nxt = _cut(jumped, eager=False)
        changed = nxt.where(F.col("comp") != F.col("old")).count()  # also checkpoints the round's labels
        labels = nxt.select("node", "comp")
        if changed == 0:
            return labels
    raise RuntimeError(f"connected components: labels still moving after {MAX_ROUNDS} rounds")


def _stories(spark: SparkSession, articles: DataFrame, edges: DataFrame) -> tuple[DataFrame, DataFrame]:
    nodes = articles.select("id", "doc", "title", "date", "date_inferred", F.substring("text", 1, stages.TITLE_FROM_CHARS)
                            .alias("lead"))
    spark.sparkContext.setJobDescription("story components")
    comp = components(edges)
    node_groups = nodes.join(comp.withColumnRenamed("node", "id"), "id", "left").withColumn(
        "comp", F.coalesce("comp", "id"))
    grouped_nodes = node_groups.groupBy("comp").agg(
        F.collect_list(F.struct("id", "doc", "title", "date", "date_inferred", "lead")).alias("nodes"))
    grouped_edges = edges.join(comp.withColumnRenamed("node", "a"), "a").groupBy("comp").agg(
        F.collect_list(F.struct("a", "b", "sim")).alias("edges"))
    groups = grouped_nodes.join(grouped_edges, "comp", "left")

    def stories_of(row: Any) -> list[tuple[int, Any]]:
        nodes_ = [stages.StoryNode(n.id, n.doc, n.title, n.date, bool(n.date_inferred), n.lead) for n in row.nodes]
        return stages.story_component(nodes_, [(e.a, e.b, e.sim) for e in row.edges or ()])

    numbered = _numbered(groups.rdd.flatMap(stories_of), lambda kv: kv[0])
    stories = spark.createDataFrame(numbered.map(lambda x: next(_rows("stories", [
        {"id": x[0], "title": x[1][1].title, "first_seen": x[1][1].first_seen,
         "first_seen_inferred": int(x[1][1].first_seen_inferred), "first_doc": x[1][1].first_doc}]))),
        SCHEMAS["stories"])
    members = spark.createDataFrame(numbered.flatMap(lambda x: _rows("story_members", [
        {"story_id": x[0], "doc": d} for d in x[1][1].docs])), SCHEMAS["story_members"])
    return stories, members


def _people(spark: SparkSession, articles: DataFrame, statements: DataFrame, speakers: DataFrame,
            story_members: DataFrame) -> tuple[DataFrame, DataFrame, DataFrame]:
    """``people``, ``person_names`` and ``person_terms``: ``rebuild_people`` over the whole corpus.

    Each article's units come from ``people.article_units``, numbered in (article, name) order as
    ``rebuild_people`` orders them; units sharing a join key (``people.join_keys``) or joined by the
    surname rule of their scope (``people.scope_joins``) are one person; a person is a connected
    component, numbered by its first unit, named and given its terms by ``people.person_name`` /
    ``person_terms``.
    """
    spark.sparkContext.setJobDescription("people")
    story = story_members.join(articles.select("id", "doc"), "doc").select(F.col("id").alias("article_id"), "story_id")
    spoken = speakers.groupBy("article_id").agg(F.collect_list(F.struct("name", "aliases", "handles")).alias("speakers"))
    said = (statements.where(F.col("speaker").isNotNull()).groupBy("article_id", "speaker", "handle").count()
            .groupBy("article_id").agg(F.collect_list(F.struct("speaker", "handle", "count")).alias("said")))
    per_article = spoken.join(said, "article_id", "full").join(story, "article_id", "left")
    units = _numbered(per_article.rdd.flatMap(lambda r: stages.person_units(
        r.article_id, r.story_id, [(s.name, s.aliases, s.handles) for s in r.speakers or ()],
        [(s.speaker, s.handle, s["count"]) for s in r.said or ()])),
        lambda u: (u.article_id, u.name))  # (unit number, unit)
    named = spark.createDataFrame(units.map(lambda x: (x[0], people.name_key(x[1].name))), "uid long, key string")
    surnames = spark.createDataFrame(units.flatMap(lambda x: [(s,) for s in [people.surname(people.name_key(x[1].name))]
                                                              if s is not None]), "key string").distinct()
    flagged = named.join(surnames.withColumn("is_surname", F.lit(True)), "key", "left").select(
        "uid", F.coalesce("is_surname", F.lit(False)).alias("is_surname"))
    keys = spark.createDataFrame(
        units.join(flagged.rdd.map(tuple)).flatMap(lambda kv: [(k, kv[0]) for k in stages.unit_keys(*kv[1])]),
        "k string, uid long")
    by_key = keys.join(keys.groupBy("k").agg(F.min("uid").alias("root")), "k").where(F.col("uid") != F.col("root"))
    by_scope = units.map(lambda x: (people.scope(x[1]), (x[0], people.name_key(x[1].name)))).groupByKey().flatMap(
        lambda kv: stages.scope_links(kv[1]))
    edges = by_key.select(F.col("uid").alias("a"), F.col("root").alias("b")).unionByName(
        spark.createDataFrame(by_scope, "a long, b long"))
    comp = components(edges)
    of_unit = spark.createDataFrame(units.map(lambda x: (x[0],)), "uid long").join(comp.withColumnRenamed("node", "uid"), "uid", "left").select(
        "uid", F.coalesce("comp", "uid").alias("comp"))
    numbers = spark.createDataFrame(_numbered(of_unit.select("comp").distinct().rdd.map(lambda r: r.comp), lambda c: c),
                                    "person long, comp long")  # people in the order of their first unit
    person_of = units.join(of_unit.join(numbers, "comp").select("uid", "person").rdd.map(tuple))  # (uid, (unit, person))
    records = person_of.map(lambda kv: (kv[1][1], (kv[0], kv[1][0]))).groupByKey().mapValues(stages.person_record)
    records = _kept(records)
    people_rows = spark.createDataFrame(records.map(lambda kv: next(_rows("people", [{"id": kv[0], "name": kv[1][0]}]))),
                                        SCHEMAS["people"])
    names = spark.createDataFrame(person_of.map(lambda kv: next(_rows("person_names", [
        {"article_id": kv[1][0].article_id, "name": kv[1][0].name, "person_id": kv[1][1]}]))), SCHEMAS["person_names"])
    terms = spark.createDataFrame(records.flatMap(lambda kv: _rows("person_terms", [
        {"person_id": kv[0], "term": t} for t in kv[1][1]])), SCHEMAS["person_terms"])
    return people_rows, names, terms


def _variants(spark: SparkSession, articles: DataFrame, statements: DataFrame, derived: DataFrame,
              story_members: DataFrame, signatures: DataFrame, cands: DataFrame) -> tuple[DataFrame, ...]:
    """``variant_clusters``, ``variant_quotes`` and ``variant_members``: the quote matching of
    ``link_corpus`` over the candidate article pairs, one connected group of pairs at a time."""
    ids = articles.select("id", "doc")
    sources = (derived.join(ids, "doc").select(F.col("id").alias("a"), "source")
               .join(ids.select(F.col("id").alias("b"), F.col("doc").alias("source")), "source").select("a", "b"))
    in_stories = story_members.join(ids, "doc").groupBy("story_id").agg(F.collect_list("id").alias("ids"))
    story = spark.createDataFrame(in_stories.rdd.flatMap(lambda r: sorted(link.story_pairs(sorted(r.ids)))),
                                  "a long, b long")
    owner = statements.select("id", "article_id")
    sig = signatures.where(F.col("kind") == QUOTE.kind).select("item", "sig")
    statement_pairs = (cands.join(owner.select(F.col("id").alias("src"), F.col("article_id").alias("a")), "src")
                       .join(owner.select(F.col("id").alias("dst"), F.col("article_id").alias("b")), "dst")
                       .where(F.col("a") != F.col("b"))
                       .join(sig.select(F.col("item").alias("src"), F.col("sig").alias("sig_a")), "src")
                       .join(sig.select(F.col("item").alias("dst"), F.col("sig").alias("sig_b")), "dst"))
    agreeing = spark.createDataFrame(
        statement_pairs.select("a", "b", "sig_a", "sig_b").rdd.map(tuple).mapPartitions(
            lambda rows: (p for batch in _batches(rows) for p in stages.agreeing_pairs(batch))), "a long, b long")
    pairs = sources.unionByName(story).unionByName(agreeing).distinct().persist(StorageLevel.MEMORY_AND_DISK)
    spark.sparkContext.setJobDescription("variant components")
    comp = components(pairs)
    grouped_pairs = pairs.join(comp.withColumnRenamed("node", "a"), "a").groupBy("comp").agg(
        F.collect_list(F.struct("a", "b")).alias("pairs"))
    own = statements.groupBy("article_id").agg(
        F.sort_array(F.collect_list(F.struct("id", "start", "end", "speaker", "person"))).alias("stmts"))
    members = (comp.withColumnRenamed("node", "id")
               .join(articles.select("id", "doc", "text", "date", "date_inferred"), "id")
               .join(sources.select(F.col("a").alias("id"), F.col("b").alias("source")), "id", "left")
               .join(own.withColumnRenamed("article_id", "id"), "id", "left")
               .groupBy("comp").agg(F.collect_list(F.struct("id", "doc", "text", "date", "date_inferred", "source",
                                                             "stmts")).alias("articles")))

    def clusters_of(row: Any) -> list[tuple[tuple[int, int], Any]]:
        arts = [stages.QuoteArticle(a.id, a.doc, a.text, a.date, bool(a.date_inferred), a.source,
                                    tuple((s.id, s.start, s.end, s.speaker) for s in a.stmts or ()),
                                    tuple(sorted({(s.speaker, s.person) for s in a.stmts or () if s.person})))
                for a in row.articles]
        return [((row.comp, n), record) for n, record in stages.variant_group(arts, [(p.a, p.b) for p in row.pairs])]

    numbered = _numbered(members.join(grouped_pairs, "comp").rdd.flatMap(clusters_of),
                         lambda kv: kv[0])  # (cluster id, (key, record))
    clusters = spark.createDataFrame(numbered.map(lambda x: next(_rows("variant_clusters", [
        {"id": x[0], **linkstore.cluster_row(x[1][1])}]))), SCHEMAS["variant_clusters"])
    quotes = _numbered(numbered.flatMap(lambda x: [((x[0], n), q) for n, q in enumerate(x[1][1].quotes)]),
                       lambda kv: kv[0])  # a cluster's quotes get consecutive ids, in its order
    quote_rows = spark.createDataFrame(quotes.map(lambda x: next(_rows("variant_quotes", [
        {"id": x[0], **linkstore.quote_row(x[1][0][0], x[1][1],
                                           None if x[1][1].source is None else x[0] - x[1][0][1] + x[1][1].source)}]))),
        SCHEMAS["variant_quotes"])
    by_statement = numbered.flatMap(lambda x: [(q.statement_id, (x[0], n, q)) for n, q in enumerate(x[1][1].quotes)
                                               if q.statement_id is not None]).groupByKey()
    member_rows = spark.createDataFrame(by_statement.flatMap(lambda kv: _rows("variant_members", linkstore.statement_members(
        [(c, q) for c, _, q in sorted(kv[1], key=lambda t: t[:2])]))), SCHEMAS["variant_members"])
    return clusters, quote_rows, member_rows


def _summary(spark: SparkSession, output: str) -> RunSummary:
    def count(table: str, where: str | None = None) -> int:
        df = spark.read.parquet(f"{output}/{table}")
        return (df.where(where) if where else df).count()

    rejected = {r.code: r["count"] for r in spark.read.parquet(f"{output}/rejections").groupBy("code").count().collect()}
    return RunSummary(articles=count("articles"), statements=count("statements"),
                      rejected_by_code=dict(sorted(rejected.items())), stories=count("stories"),
                      derived=count("derived"), variant_clusters=count("variant_clusters"),
                      altered_clusters=count("variant_clusters", "altered = 1"))
