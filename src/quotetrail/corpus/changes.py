"""What changed between a quote's source wording and a later one, and how much it matters.

Both wordings are canonical word lists (``wording.canonical``), so case, apostrophes, hyphens and
spelling never show up as a change. Cutting a quote short at either end, or in the middle where
an ellipsis shows the cut, is not a change; everything else is, and gets one or more types:

- ``substituted``: source words replaced by others; ``added``: words inserted; ``omitted``:
  words cut from the middle without an ellipsis ("I have tried" -> "I tried"); ``reordered``:
  words moved (a removed word inserted elsewhere);
- ``tense``: a verb form swapped for another form of the same verb or auxiliary ("is" -> "was");
- ``negation``: one wording negates where the other does not; ``number``: a figure changed;
  ``name``: a proper name changed (the meaning-changing ones a fact-checker looks at first);
- ``quoted_paraphrase``: the source gave the words without quote marks (set by the caller).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from quotetrail.corpus.wording import ELLIPSIS

SUBSTITUTED, ADDED, OMITTED, REORDERED, TENSE = "substituted", "added", "omitted", "reordered", "tense"
NEGATION, NUMBER, NAME, QUOTED_PARAPHRASE = "negation", "number", "name", "quoted_paraphrase"
CHANGE_TYPES = (NEGATION, NUMBER, NAME, QUOTED_PARAPHRASE, SUBSTITUTED, ADDED, OMITTED, REORDERED, TENSE)
#: Severity of each type; an altered quote's severity is the highest of its types plus the share
#: of its source's words it changed (so of two substitutions the larger one ranks first).
SEVERITY = {NEGATION: 3.0, NUMBER: 3.0, NAME: 3.0, QUOTED_PARAPHRASE: 2.0,
            SUBSTITUTED: 1.0, ADDED: 1.0, OMITTED: 1.0, REORDERED: 1.0, TENSE: 1.0}

NEGATORS = frozenset("not no never nothing none nobody nowhere neither nor without cannot".split())
_NUMBER_WORDS = frozenset("""zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
thousand million billion trillion half dozen percent""".split())
#: Auxiliaries and their other tenses: a swap within one group is a change of tense.
_TENSE_GROUPS = ("is was are were am been be", "has had have having", "will would shall should",
                 "can could", "do did does", "may might")
_TENSE_OF = {w: i for i, group in enumerate(_TENSE_GROUPS) for w in group.split()}
_NT_BASES = frozenset("do did does is was are were has have had could would should must ca wo need dare".split())
_VERB_SUFFIX = re.compile(r"(ed|ing|es|s|d)$")


def is_negator(word: str) -> bool:
    """"not", "never", ... and contracted negations ("didnt", "wasnt": apostrophes are gone)."""
    return word in NEGATORS or (len(word) > 3 and word.endswith("nt") and word[:-2] in _NT_BASES)


def is_number(word: str) -> bool:
    return any(ch.isdigit() for ch in word) or word in _NUMBER_WORDS


def _joined(words: list[str], other: set[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and words[i] + words[i + 1] in other:
            out.append(words[i] + words[i + 1])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def harmonise(source: Sequence[str], later: Sequence[str]) -> tuple[list[str], list[str]]:
    """Both wordings with two adjacent words joined where the other writes them as one ("re open"
    against "reopen": the hyphen of "re-open" split them)."""
    return _joined(list(source), set(later)), _joined(list(later), set(source))


def _kept(words: list[str]) -> list[str]:
    return [w for w in words if w != ELLIPSIS]


def is_altered(source: Sequence[str], later: Sequence[str]) -> bool:
    """True when ``later`` (canonical words, ellipses kept) differs from ``source`` beyond cutting
    and extending: source words may be missing at either end, and in the middle only where
    ``later`` shows an ellipsis; words added before the first or after the last shared word
    belong to other content (the later quote runs on), not to this source; any other added or
    replaced word alters."""
    source, later = harmonise(source, later)
    words: list[str] = []
    gaps_allowed: set[int] = set()
    for token in later:
        if token == ELLIPSIS:
            gaps_allowed.add(len(words))
        else:
            words.append(token)
    if not words:
        return False
    opcodes = SequenceMatcher(None, list(source), words, autojunk=False).get_opcodes()
    equal_at = [i for i, (tag, *_) in enumerate(opcodes) if tag == "equal"]
    if not equal_at:
        return True
    for index, (tag, _i1, _i2, j1, j2) in enumerate(opcodes):
        interior = equal_at[0] < index < equal_at[-1]
        if tag == "equal" or (tag == "insert" and not interior) or (tag == "delete" and not interior):
            continue
        if tag == "delete" and j1 in gaps_allowed:
            continue
        return True
    return False


def _changed_ops(source: list[str], later: Sequence[str]) -> tuple[list[str], list[tuple[str, int, int, int, int]]]:
    """The later wording's kept words and the opcodes that change the source: cuts at either end
    and words running on past either end are left out, as ``is_altered`` leaves them out."""
    words = _kept(list(later))
    opcodes = SequenceMatcher(None, source, words, autojunk=False).get_opcodes()
    equal_at = [i for i, (tag, *_) in enumerate(opcodes) if tag == "equal"]
    if not equal_at:
        return words, [op for op in opcodes if op[0] != "equal"]
    return words, [op for i, op in enumerate(opcodes)
                   if op[0] == "replace" or (op[0] != "equal" and equal_at[0] < i < equal_at[-1])]


def change_types(source: Sequence[str], later: Sequence[str], source_names: frozenset[str] = frozenset(),
                 later_names: frozenset[str] = frozenset()) -> list[str]:
    """The types of change from ``source`` to ``later`` (canonical words), most severe first;
    ``*_names`` are the canonical words each wording writes capitalised inside a sentence."""
    src, later = harmonise(_kept(list(source)), later)
    words, ops = _changed_ops(src, later)
    found: set[str] = set()
    removed: list[str] = []
    inserted: list[str] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "replace":
            found.add(SUBSTITUTED)
            if _tense_swap(src[i1:i2], words[j1:j2]):
                found.add(TENSE)
        elif tag == "insert":
            found.add(ADDED)
        elif not _ellipsis_at(later, j1):
            found.add(OMITTED)
        removed += src[i1:i2]
        inserted += words[j1:j2]
    if set(removed) & set(inserted):
        found.add(REORDERED)
    if sum(map(is_negator, removed)) != sum(map(is_negator, inserted)):
        found.add(NEGATION)
    if sorted(filter(is_number, removed)) != sorted(filter(is_number, inserted)):
        found.add(NUMBER)
    if ({w for w in removed if w in source_names} - set(inserted)) or ({w for w in inserted if w in later_names}
                                                                       - set(removed)):
        found.add(NAME)
    return [t for t in CHANGE_TYPES if t in found]


def _ellipsis_at(later: Sequence[str], position: int) -> bool:
    """Whether an ellipsis stands before kept word ``position`` of ``later``."""
    kept = 0
    for token in later:
        if token == ELLIPSIS:
            if kept == position:
                return True
        else:
            kept += 1
    return False


def _tense_swap(old: list[str], new: list[str]) -> bool:
    for a in old:
        for b in new:
            if a != b and a in _TENSE_OF and _TENSE_OF[a] == _TENSE_OF.get(b):
                return True
            if a != b and len(a) > 3 and len(b) > 3 and _VERB_SUFFIX.sub("", a)[:4] == _VERB_SUFFIX.sub("", b)[:4] \
                    and (_VERB_SUFFIX.search(a) or _VERB_SUFFIX.search(b)):
                return True
    return False


def severity(types: Sequence[str], source: Sequence[str], later: Sequence[str]) -> float:
    """Highest type weight plus the share of the source's words the changes touch."""
    if not types:
        return 0.0
    src, later = harmonise(_kept(list(source)), later)
    _, ops = _changed_ops(src, later)
    touched = sum(max(i2 - i1, j2 - j1) for _, i1, i2, j1, j2 in ops)
    return round(max(SEVERITY[t] for t in types) + min(1.0, touched / max(len(src), 1)), 3)
