"""Parallel ingest: files -> ``jobs`` processes (main text, extraction) -> one writer -> the store.

The parent process reads the inputs into units, hands them in chunks to ``jobs - 1`` worker
processes, extracts some units itself, and writes the outcomes, in input order, as the store's
only writer. Each unit is resolved (HTML main text), skipped if its key is already stored
(a worker checks on its own read-only connection) and given to ``extract_article``. The writer commits every ``batch_size``
articles or ``commit_seconds``, whichever comes first, and each article goes in whole or not at
all (a savepoint per article): a process killed at any moment leaves a consistent store with
every committed batch, and running the same ingest again adds only what is missing.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from quotetrail.errors import REJECTION_CODES, store_error
from quotetrail.extract import extract_article
from quotetrail.ingest.paths import expand_paths
from quotetrail.ingest.readers import Unit, iter_units, resolve
from quotetrail.store import Store, article_key
from quotetrail.types import Article, ArticleResult, Rejection


def default_jobs() -> int:
    """All cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Present:
    """An article whose key is already in the store."""

    doc: str


Outcome = ArticleResult | Present | Rejection


@dataclass(frozen=True)
class Event:
    """What happened to one input item, for progress and messages. ``position``: input bytes done."""

    kind: str  # "ingested" | "present" | "rejected" | "flagged"
    item: str
    detail: str
    position: int


@dataclass
class IngestSummary:
    ingested: int = 0
    present: int = 0
    rejected: int = 0
    flagged: int = 0  # ingested articles with input problems (each also has a row in rejections)
    statements: int = 0
    files: int = 0
    input_bytes: int = 0
    seconds: float = 0.0
    rejected_by_code: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "ingested": self.ingested, "already_present": self.present, "rejected": self.rejected,
            "flagged": self.flagged, "statements": self.statements, "files": self.files,
            "input_bytes": self.input_bytes, "seconds": round(self.seconds, 3),
            "rejected_by_code": dict(sorted(self.rejected_by_code.items())),
        }


#: Seconds one article may take to extract before it is rejected (``too_slow``). The largest
#: article accepted (5,000,000 characters) takes under a minute on the shapes of bench/bench_hostile.py.
ARTICLE_SECONDS = 120.0


class _OverBudget(BaseException):
    """Raised by SIGALRM inside extraction; a BaseException, so no ``except Exception`` on the way
    can take it for an extraction error."""


#: After the budget runs out the alarm repeats this often until extraction stops: an exception
#: raised while the interpreter runs a garbage-collector callback is dropped, so one alarm may be lost.
BUDGET_RETRY_SECONDS = 0.05
_armed = False  # the alarm stops extraction only while it runs


def _over_budget(signum: int, frame: object) -> None:
    if _armed:
        raise _OverBudget


def _extract_in_budget(article: Article, seconds: float) -> ArticleResult:
    """``extract_article`` stopped by SIGALRM after ``seconds`` (only where signals can be had:
    the main thread of a process; elsewhere it runs without a budget)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        return extract_article(article)
    global _armed
    previous = signal.signal(signal.SIGALRM, _over_budget)
    try:
        _armed = True
        signal.setitimer(signal.ITIMER_REAL, seconds, BUDGET_RETRY_SECONDS)
        try:
            return extract_article(article)
        finally:
            _armed = False  # from here on an alarm does nothing
    finally:  # also when an alarm interrupted the line above
        _armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# -- the per-unit work (in a worker, or in the parent when jobs == 1) ----------------------------
def process_unit(unit: Unit, has_key: Callable[[str], bool], seconds: float = ARTICLE_SECONDS) -> Outcome:
    """Resolve, skip if stored, extract within ``seconds``. Never raises: a failure is a Rejection of that item."""
    try:
        item = resolve(unit)
    except Exception as exc:  # a reader bug must cost one item, not the run
        name = getattr(unit, "item", None) or getattr(unit, "id", "?")
        return Rejection(str(name), "unreadable", f"{type(exc).__name__}: {exc}")
    if isinstance(item, Rejection):
        return item
    if has_key(article_key(item)):
        return Present(item.id)
    try:
        return _extract_in_budget(item, seconds)
    except _OverBudget:
        return Rejection(item.id, "too_slow", f"extraction took more than {seconds:g} s; the article was not stored")
    except Exception as exc:
        return Rejection(item.id, "extract_failed", f"extraction failed ({type(exc).__name__}: {exc})")


_worker_db: sqlite3.Connection | None = None
_worker_seconds = ARTICLE_SECONDS
_HELPER_SWITCH_SECONDS = 0.0005


def _worker_init(db_path: str, seconds: float) -> None:
    global _worker_db, _worker_seconds
    _worker_seconds = seconds
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it commits and stops
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    _worker_db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (SIGKILL: no chance to stop its pool) would wait for work forever."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _worker_has_key(key: str) -> bool:
    assert _worker_db is not None
    return _worker_db.execute("SELECT 1 FROM articles WHERE key = ?", (key,)).fetchone() is not None


def _process_chunk(units: list[Unit]) -> list[Outcome]:
    return [process_unit(unit, _worker_has_key, _worker_seconds) for unit in units]


# -- reading ---------------------------------------------------------------------------------
def _positioned_units(files: list[Path]) -> Iterator[tuple[Unit, int]]:
    """Units of all files with the bytes of input read so far (across files)."""
    done = 0
    for path in files:
        last = 0
        for unit, position in iter_units(path):
            last = position
            yield unit, done + position
        done += last


def _outcomes(units: Iterator[tuple[Unit, int]], store: Store, jobs: int,
              chunk_size: int, seconds: float) -> Iterator[tuple[Outcome, int]]:
    """Outcomes in input order, computed by ``jobs`` processes: the parent and ``jobs - 1`` workers.

    The parent is also the writer. Were it a process of its own beside ``jobs`` workers, ``jobs``
    cores would run ``jobs + 1`` processes. Instead it keeps three chunks queued for every worker,
    writes what is ready and, while the oldest chunk is still in a worker, extracts a few units
    itself. At most ``16 * jobs * chunk_size`` units are in flight: room for a slow chunk of long
    articles, and a bound that does not grow with the input.
    """
    if jobs <= 1:
        for unit, position in units:
            yield process_unit(unit, store.has_key, seconds), position
        return
    switch_interval = sys.getswitchinterval()
    # The pool's helper threads in this process pass chunks and results to the workers; while the
    # main thread extracts they wait for the GIL, 5 ms at a time by default, and a worker whose
    # result is larger than the pipe's 64 KiB waits with them. A short interval keeps the workers
    # busy (PolNeAR train, --jobs 2: 2.28 s at 5 ms, 2.02 s at 0.5 ms).
    sys.setswitchinterval(_HELPER_SWITCH_SECONDS)
    try:
        with ProcessPoolExecutor(jobs - 1, initializer=_worker_init, initargs=(str(store.path), seconds)) as pool:
            yield from _shared_outcomes(units, store, pool, jobs, chunk_size, seconds)
    finally:
        sys.setswitchinterval(switch_interval)


def _shared_outcomes(units: Iterator[tuple[Unit, int]], store: Store, pool: ProcessPoolExecutor, jobs: int,
                     chunk_size: int, seconds: float) -> Iterator[tuple[Outcome, int]]:
    queued_chunks = 3 * (jobs - 1)
    max_in_flight = 16 * jobs * chunk_size
    inline_size = max(1, chunk_size // 4)  # small: the parent soon gets back to writing and feeding
    pending: deque[tuple[Future[list[Outcome]] | list[Outcome], list[int]]] = deque()
    in_flight = 0
    exhausted = False

    def take(size: int) -> tuple[list[Unit], list[int]]:
        nonlocal exhausted, in_flight
        chunk = [] if exhausted else list(islice(units, size))
        exhausted = not chunk
        in_flight += len(chunk)
        return [unit for unit, _ in chunk], [position for _, position in chunk]

    def in_workers() -> int:
        return sum(isinstance(work, Future) and not work.done() for work, _ in pending)

    try:
        while True:
            while in_flight < max_in_flight and in_workers() < queued_chunks:
                chunk, positions = take(chunk_size)
                if not chunk:
                    break
                pending.append((pool.submit(_process_chunk, chunk), positions))
            if not pending:
                return
            head, positions = pending[0]
            if isinstance(head, Future) and not head.done() and in_flight < max_in_flight:
                chunk, inline_positions = take(inline_size)
                if chunk:
                    pending.append(([process_unit(unit, store.has_key, seconds) for unit in chunk], inline_positions))
                    continue
            pending.popleft()
            outcomes = head.result() if isinstance(head, Future) else head
            in_flight -= len(outcomes)
            yield from zip(outcomes, positions)
    finally:
        for work, _ in pending:
            if isinstance(work, Future):
                work.cancel()


# -- writing ---------------------------------------------------------------------------------
class _Writer:
    """The one writer: batched commits, one savepoint per article."""

    def __init__(self, store: Store, batch_size: int, commit_seconds: float) -> None:
        self.conn = store.conn
        self.store = store
        self.batch_size = batch_size
        self.commit_seconds = commit_seconds
        self.in_batch = 0
        self.batch_started = time.monotonic()

    def _begin(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            self.batch_started = time.monotonic()

    def add_result(self, result: ArticleResult) -> bool | sqlite3.Error:
        """True if stored, False if already present, the error if the store refused it (nothing kept)."""
        self._begin()
        self.conn.execute("SAVEPOINT article")
        try:
            added = self.store.add_result(result, index=False)
            for flag in result.article.flags if added else ():
                self.store.add_rejection(Rejection(result.article.id, flag, REJECTION_CODES.get(flag, flag)))
        except sqlite3.IntegrityError as exc:  # this article's result breaks a constraint: it alone is refused
            self._undo_article()
            return exc
        except sqlite3.Error as exc:  # the storage failed (disk full, read-only, damaged): stop, keep what was committed
            self._undo_article()
            raise store_error(self.store.path, exc) from exc
        except BaseException:  # e.g. Ctrl-C: the final commit must not keep half an article
            self._undo_article()
            raise
        self.conn.execute("RELEASE article")
        self.in_batch += added
        return added

    def _undo_article(self) -> None:
        if not self.conn.in_transaction:
            return  # SQLite rolled the whole batch back itself (e.g. on a full disk)
        self.conn.execute("ROLLBACK TO article")
        self.conn.execute("RELEASE article")

    def add_rejection(self, rejection: Rejection) -> None:
        self._begin()
        self.store.add_rejection(rejection)

    def maybe_commit(self) -> None:
        if self.conn.in_transaction and (
            self.in_batch >= self.batch_size or time.monotonic() - self.batch_started >= self.commit_seconds
        ):
            self.commit()

    def commit(self) -> None:
        if self.conn.in_transaction:
            try:
                self.store.index_pending()  # in the batch's own transaction: committed with it or not at all
                self.conn.commit()
            except sqlite3.Error as exc:
                self.conn.rollback()
                raise store_error(self.store.path, exc) from exc
        self.in_batch = 0


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    jobs: int = 1,
    batch_size: int = 200,
    commit_seconds: float = 2.0,
    chunk_size: int = 16,
    on_event: Callable[[Event], None] | None = None,
    article_seconds: float = ARTICLE_SECONDS,
) -> IngestSummary:
    """Read, extract and store every article of ``paths`` (files, folders, globs); see the module docstring.

    An article whose extraction takes more than ``article_seconds`` is rejected (``too_slow``).
    """
    started = time.monotonic()
    if str(store.path) == ":memory:":
        jobs = 1  # workers could not open the parent's in-memory database to check keys
    files = expand_paths(paths)
    summary = IngestSummary(files=len(files))
    summary.input_bytes = sum(p.stat().st_size for p in files if p.is_file())
    writer = _Writer(store, batch_size, commit_seconds)
    notify = on_event or (lambda event: None)

    def rejected(rejection: Rejection, position: int) -> None:
        writer.add_rejection(rejection)
        summary.rejected += 1
        summary.rejected_by_code[rejection.code] = summary.rejected_by_code.get(rejection.code, 0) + 1
        notify(Event("rejected", rejection.item, f"{rejection.detail} [{rejection.code}]", position))

    try:
        for outcome, position in _outcomes(_positioned_units(files), store, jobs, chunk_size, article_seconds):
            if isinstance(outcome, Rejection):
                rejected(outcome, position)
            elif isinstance(outcome, Present):
                summary.present += 1
                notify(Event("present", outcome.doc, "already in the store", position))
            else:
                article = outcome.article
                added = writer.add_result(outcome)
                if isinstance(added, sqlite3.Error):
                    rejected(Rejection(article.id, "store_refused", f"the store refused the result ({added})"),
                             position)
                elif added:
                    summary.ingested += 1
                    summary.statements += len(outcome.statements)
                    if article.flags:
                        summary.flagged += 1
                        details = "; ".join(REJECTION_CODES.get(f, f) for f in article.flags)
                        notify(Event("flagged", article.id, f"ingested with a warning: {details}", position))
                    notify(Event("ingested", article.id, "", position))
                else:
                    summary.present += 1
                    notify(Event("present", article.id, "already in the store", position))
            writer.maybe_commit()
    finally:
        writer.commit()  # what was written is whole: keep it, also on Ctrl-C or a worker crash
        summary.seconds = time.monotonic() - started
    return summary
