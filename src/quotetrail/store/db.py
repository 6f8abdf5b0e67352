"""Opening the corpus database, applying migrations, writing and reading articles and statements."""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import sqlite3
import sys
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from quotetrail.errors import CorpusBusy, CorpusReadOnly, CorpusUnavailable, SchemaTooNew, store_error
from quotetrail.store.schema import MIGRATIONS, SCHEMA_VERSION
from quotetrail.types import STATEMENT_FIELDS, Article, ArticleResult, Rejection, Speaker, Statement, field_types

DEFAULT_DB = "quotetrail.db"
#: The ``statements`` columns that hold a ``Statement``: one per field, of the same name (quoted for SQL).
STATEMENT_COLUMNS: tuple[str, ...] = tuple(f'"{name}"' for name in STATEMENT_FIELDS)
#: A split quote's ``Statement.words`` is stored beside the fields (``words_column``), for the full-text index.
_INSERT_STATEMENT = (f"INSERT INTO statements(article_id, {', '.join(STATEMENT_COLUMNS)}, words)"
                     f" VALUES ({', '.join('?' * (len(STATEMENT_COLUMNS) + 2))})")
#: ``Statement`` fields that hold tuples (``parts``): one JSON text column each.
_JSON_FIELDS = frozenset(name for name, (kind, _) in field_types(Statement).items() if kind is tuple)


def words_column(s: Statement) -> str | None:
    """The ``words`` column: a quote split by its cue's words; null (the words are the text) otherwise."""
    return s.words if s.parts else None


def to_column(name: str, value: object) -> object:
    """A ``Statement`` field's value as its column holds it."""
    return json.dumps(value) if name in _JSON_FIELDS and value is not None else value


def from_column(name: str, value: object) -> object:
    """A column's value back as the ``Statement`` field holds it (JSON lists become tuples)."""
    if name in _JSON_FIELDS and isinstance(value, str):
        return _tuples(json.loads(value))
    return value


def _tuples(value: object) -> object:
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


#: How long a writer waits for another writer to finish before it stops (seconds).
WRITER_WAIT_SECONDS = 10.0
WRITER_POLL_SECONDS = 0.1
_INDEX_SQL = "INSERT INTO statements_fts(rowid, words, speaker) SELECT id, words, speaker FROM statement_words"


def article_key(article: Article) -> str:
    """The dedup key: a hash of the whitespace- and Unicode-normalised text, plus the URL where given."""
    text = " ".join(unicodedata.normalize("NFC", article.text).split())
    digest = hashlib.sha256()
    digest.update(text.encode("utf-8"))
    if article.url:
        digest.update(b"\x00" + article.url.strip().encode("utf-8"))
    return digest.hexdigest()


class Store:
    """A quotetrail corpus in one SQLite file.

    ``readonly=True`` opens the file with SQLite's read-only mode, as the web server does; a
    read-only store never creates or migrates anything.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, readonly: bool = False,
                 wait_seconds: float = WRITER_WAIT_SECONDS) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._writer_lock: IO[str] | None = None
        try:
            self._open(readonly, wait_seconds)
        except sqlite3.Error as exc:
            self._release_writer()
            raise store_error(self.path, exc) from exc
        except BaseException:
            self._release_writer()
            raise

    def _open(self, readonly: bool, wait_seconds: float) -> None:
        self._unindexed_from: int | None = None  # first statement id stored with index=False
        self._last_suffix: dict[str, int] = {}  # doc id -> the last n of "doc#n" given out
        if readonly:
            if not self.path.exists():
                raise CorpusUnavailable(f"{self.path}: no such corpus database")
            self.conn = _connect_readonly(self.path)
        else:
            if str(self.path) != ":memory:":
                self._take_writer_lock(wait_seconds)
            self.conn = sqlite3.connect(self.path, timeout=wait_seconds)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys=ON")
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise SchemaTooNew(f"{self.path}: the corpus has schema version {version}, newer than this quotetrail's "
                               f"{SCHEMA_VERSION}; upgrade quotetrail to use it (nothing was written)")
        if readonly:
            if version != SCHEMA_VERSION:
                raise CorpusUnavailable(f"{self.path}: schema version {version}, expected {SCHEMA_VERSION}")
        else:
            self._migrate()
        self._check_statement_columns()

    def _take_writer_lock(self, wait_seconds: float) -> None:
        """One writer at a time: an exclusive lock on ``<db>.writer``, which names its holder.

        Waits up to ``wait_seconds`` for another writer to finish, then stops with CorpusBusy.
        """
        lock_path = self.path.with_name(self.path.name + ".writer")
        try:
            handle = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115  (held until close)
        except OSError as exc:
            raise CorpusReadOnly(f"{self.path}: the corpus cannot be written here ({exc})") from exc
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "another process"
                    handle.close()
                    raise CorpusBusy(f"{self.path}: another writer has the corpus: {holder}; waited "
                                     f"{wait_seconds:g} s. Run again when it has finished") from None
                time.sleep(WRITER_POLL_SECONDS)
        handle.truncate(0)
        handle.write(f"process {os.getpid()} ({' '.join(sys.argv)[:200]}) since "
                     f"{time.strftime('%Y-%m-%d %H:%M:%S')}\n")
        handle.flush()
        self._writer_lock = handle

    def _release_writer(self) -> None:
        if self._writer_lock is not None:
            self._writer_lock.close()  # closing the file releases the lock
            self._writer_lock = None

    def close(self) -> None:
        self.conn.close()
        self._release_writer()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------------------
    def _migrate(self) -> None:
        with self.conn:
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"
            )
        done = {row[0] for row in self.conn.execute("SELECT version FROM migrations")}
        for version, description, sql in MIGRATIONS:
            if version in done:
                continue
            with self.conn:
                self.conn.executescript("BEGIN;" + sql + f";PRAGMA user_version={version};"
                                        + "INSERT INTO migrations(version, description) VALUES "
                                        + f"({version}, {json.dumps(description)});COMMIT;")

    def _check_statement_columns(self) -> None:
        """Every ``Statement`` field needs its column: a field added without a migration fails here, at once."""
        have = {row[1] for row in self.conn.execute("PRAGMA table_info(statements)")}
        missing = [name for name in STATEMENT_FIELDS if name not in have]
        if missing:
            raise CorpusUnavailable(f"{self.path}: the statements table has no column for Statement field(s)"
                                    f" {', '.join(missing)}; add a migration to store/schema.py")

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- writing --------------------------------------------------------------------------
    def has_key(self, key: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE key = ?", (key,)).fetchone() is not None

    def _free_doc_id(self, doc: str) -> str:
        """Article ids are unique; a different article arriving under a used id gets a suffix.

        The last suffix given to an id is remembered, so that 10,000 articles under one id do not
        try every suffix before theirs.
        """
        n = self._last_suffix.get(doc, 1)
        candidate = doc if n == 1 else f"{doc}#{n}"
        while self.conn.execute("SELECT 1 FROM articles WHERE doc = ?", (candidate,)).fetchone():
            n += 1
            candidate = f"{doc}#{n}"
        if n > 1:
            self._last_suffix[doc] = n
        return candidate

    def add_result(self, result: ArticleResult, index: bool = True) -> bool:
        """Store one article with its statements; False when the same article is already stored.

        Call inside ``with store.conn:`` (a transaction) to batch many articles in one commit.
        ``index=False`` leaves the statements out of the full-text index until ``index_pending()``,
        which a batch writer calls once before it commits (cheaper than one insert per article).
        """
        article = result.article
        key = article_key(article)
        if self.has_key(key):
            return False
        doc = self._free_doc_id(article.id)
        cur = self.conn.execute(
            "INSERT INTO articles(doc, key, title, url, outlet, author, date, flags, truncated, boilerplate, text)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (doc, key, article.title, article.url, article.outlet, article.author, article.date,
             json.dumps(list(article.flags)), int(result.truncated),
             json.dumps([[s.start, s.end, s.label] for s in result.boilerplate]), article.text),
        )
        article_id = cur.lastrowid
        self.conn.executemany(
            _INSERT_STATEMENT,
            # ``doc`` is the id the article is stored under (it may have gained a suffix)
            [(article_id, *(doc if name == "doc" else to_column(name, getattr(s, name)) for name in STATEMENT_FIELDS),
              words_column(s)) for s in result.statements],
        )
        if result.statements:
            if index:
                self.conn.execute(_INDEX_SQL + " WHERE article_id = ?", (article_id,))
            elif self._unindexed_from is None:
                self._unindexed_from = self.conn.execute(
                    "SELECT min(id) FROM statements WHERE article_id = ?", (article_id,)).fetchone()[0]
        self.conn.executemany(
            "INSERT INTO speakers(article_id, name, aliases, handles) VALUES (?,?,?,?)",
            [(article_id, sp.name, json.dumps(list(sp.aliases)), json.dumps(list(sp.handles)))
             for sp in result.speakers],
        )
        return True

    def index_pending(self) -> None:
        """Add the statements stored with ``index=False`` to the full-text index (same transaction)."""
        if self._unindexed_from is not None:
            self.conn.execute(_INDEX_SQL + " WHERE id >= ?", (self._unindexed_from,))
            self._unindexed_from = None

    def index_all(self) -> None:
        """Put every stored statement into the full-text index (after a bulk load; same transaction)."""
        self.conn.execute(_INDEX_SQL)
        self._unindexed_from = None

    def add_rejection(self, rejection: Rejection) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO rejections(item, code, detail) VALUES (?,?,?)",
            (rejection.item, rejection.code, rejection.detail),
        )

    # -- reading --------------------------------------------------------------------------
    def statements(self, doc: str | None = None) -> Iterator[Statement]:
        """Statements as stored, in article and offset order (optionally of one article)."""
        sql = "SELECT * FROM statements" + (" WHERE doc = ?" if doc else "") + " ORDER BY article_id, start, id"
        for row in self.conn.execute(sql, (doc,) if doc else ()):
            yield row_to_statement(row)

    def articles(self) -> Iterator[Article]:
        for row in self.conn.execute("SELECT * FROM articles ORDER BY id"):
            yield row_to_article(row)

    def speakers_of(self, doc: str) -> list[Speaker]:
        rows = self.conn.execute(
            "SELECT s.* FROM speakers s JOIN articles a ON a.id = s.article_id WHERE a.doc = ? ORDER BY s.id", (doc,)
        )
        return [Speaker(r["name"], tuple(json.loads(r["aliases"])), tuple(json.loads(r["handles"]))) for r in rows]


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """``mode=ro``; where that cannot work (a WAL corpus on read-only storage, where SQLite cannot
    create its ``-shm`` file) the file is opened ``immutable``: read as it is, with no locking."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        try:
            conn.execute("PRAGMA user_version").fetchone()
            return conn
        except sqlite3.OperationalError:
            conn.close()
            raise
    except sqlite3.OperationalError:
        return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def row_to_statement(row: sqlite3.Row) -> Statement:
    return Statement(**{name: from_column(name, row[name]) for name in STATEMENT_FIELDS})


def row_to_article(row: sqlite3.Row) -> Article:
    return Article(
        id=row["doc"], text=row["text"], title=row["title"], url=row["url"], outlet=row["outlet"],
        date=row["date"], author=row["author"], flags=tuple(json.loads(row["flags"])),
    )
