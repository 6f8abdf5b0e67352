"""Word-level views of articles and statements, shared by every linking step.

Everything here is deterministic and independent of corpus state: the same text always gives the
same words, shingles and key terms, so signatures computed today match those computed later.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

#: Typographic variants that must not count as a change of words.
_FOLD = str.maketrans({"’": "'", "‘": "'", "‛": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"',
                       "–": "-", "—": "-", "‐": "-", "\u00a0": " "})
_WORD = re.compile(r"[^\W_]+(?:['\-.][^\W_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")
_NUMBER = re.compile(r"\d")

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers herself
him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
there these they this those through to too under until up very was we were what when where which while who whom why
will with would you your yours yourself yourselves said says say told tell according one two new also mr mrs ms
would could may might us its it's he's she's i'm don't didn't wasn't isn't
""".split())


def fold(text: str) -> str:
    """Unicode-normalised text with typographic quotes, apostrophes and dashes made plain."""
    return unicodedata.normalize("NFKC", text).translate(_FOLD)


def words(text: str) -> list[str]:
    """Lower-cased words; apostrophes and hyphens inside a word are kept ("didn't", "co-founder")."""
    return [w.lower() for w in _WORD.findall(fold(text))]


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and len(w) > 1]


def shingles(tokens: list[str], n: int = 3) -> set[str]:
    """Word n-grams joined by spaces; a text shorter than n words gives itself as one shingle."""
    if len(tokens) < n:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def names(text: str) -> list[str]:
    """Capitalised words that do not start a sentence: a cheap, language-model-free proper-noun guess.

    Runs of such words are kept as one name ("tara reid") and each word is also returned on its own,
    so "Reid" in one article meets "Tara Reid" in another.
    """
    found: list[str] = []
    for sentence in sentences(fold(text)):
        tokens = _WORD.findall(sentence)
        run: list[str] = []
        for i, token in enumerate(tokens):
            proper = i > 0 and token[:1].isupper() and token.lower() not in STOPWORDS
            if proper:
                run.append(token.lower())
                found.append(token.lower())
            else:
                if len(run) > 1:
                    found.append(" ".join(run))
                run = []
        if len(run) > 1:
            found.append(" ".join(run))
    return found


def numbers(text: str) -> list[str]:
    return [w for w in words(text) if _NUMBER.search(w)]


def term_counts(text: str, title: str | None = None) -> Counter[str]:
    """The bag of terms an article is compared by: content words, names (prefixed ``n:``) and
    numbers (``#:``). Names and numbers tell apart similar events (two celebrities in rehab)."""
    full = f"{title}\n{text}" if title else text
    counts: Counter[str] = Counter(content_words(full))
    counts.update("n:" + n for n in names(full))
    counts.update("#:" + n for n in numbers(full))
    return counts
