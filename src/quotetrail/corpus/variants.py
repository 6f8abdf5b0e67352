"""Word views of statements and speaker names shared by the linking steps.

``quote_words``/``plain_words`` feed the quote signatures (signatures.py) and the copy/rewrite
evidence; ``speaker_key``/``speakers_compatible`` compare speaker names across articles. The
matching of quotes across articles is in matching.py.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from quotetrail.corpus.text import fold
from quotetrail.corpus.wording import ELLIPSIS

_TOKEN = re.compile(r"\.\.\.|…|[^\W_]+(?:['\-][^\W_]+)*", re.UNICODE)


def quote_words(text: str) -> list[str]:
    """Lower-cased words of a statement; an ellipsis is kept as one token ``…``."""
    return [ELLIPSIS if t in ("...", ELLIPSIS) else t.lower() for t in _TOKEN.findall(fold(text))]


def plain_words(text: str) -> list[str]:
    return [w for w in quote_words(text) if w != ELLIPSIS]


def speaker_key(name: str | None) -> str | None:
    """A speaker name folded for comparison across articles ("Alec Baldwin", "alec  baldwin")."""
    if not name or not name.strip():
        return None
    return " ".join(fold(name).lower().replace(".", " ").split())


def speakers_compatible(a: str | None, b: str | None) -> bool:
    """The same person as far as names tell: equal, or one name's words a suffix of the other's
    ("Baldwin" and "Alec Baldwin"); an unknown speaker is compatible with anyone."""
    if a is None or b is None:
        return True
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return long_[-len(short):] == short


def is_run_of(short: Sequence[str], long_: Sequence[str]) -> bool:
    """True when ``short`` appears contiguously in ``long_`` (it is a truncation of it)."""
    n = len(short)
    if n == 0 or n > len(long_):
        return False
    first = short[0]
    return any(long_[i] == first and list(long_[i:i + n]) == list(short) for i in range(len(long_) - n + 1))
