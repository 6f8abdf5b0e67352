"""One sentence -> its attributions: cue, speaker mention and content clause (direct, mixed, indirect).

The patterns, tried for each cue candidate:
- ``SUBJ CUE [object] [that|:|,] CONTENT`` — content on the right, to the end of the sentence or to
  the next clause that has its own speaker and cue;
- ``CONTENT, SUBJ CUE [adverbials].`` and ``CONTENT, CUE SUBJ.`` — content on the left;
- ``“A,” SUBJ CUE, “B.”`` — both sides, as two statements;
- ``According to SRC, CONTENT`` / ``CONTENT, according to SRC`` — SRC is the speaker, or only the
  ``source`` when CONTENT has a speaker and cue of its own;
- ``Name: “…”`` — a transcript-style line.
A cue without a speaker phrase and a content is dropped: the lexicon proposes, the clause decides.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from quotetrail.extract.cues import Cue, find_cues
from quotetrail.extract.lexicon import CLAUSE_BREAKS, INVERTIBLE, OBJECT_VERBS
from quotetrail.extract.marks import Quote, is_speech_like, is_title_like
from quotetrail.extract.mentions import PREPOSITIONS, skip_object, subject_left, subject_right
from quotetrail.extract.tokens import Token, tokenize

_SEPARATORS = ",”\"’—–:"
_CLOSERS = "”\"’"
_TRAILING = " \t\n.,;:!?—–-"
_TIME_STARTS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this",
                "earlier", "later", "yesterday", "today", "tonight", "recently", "repeatedly", "again", "then"}
_SUBJECT_WORDS = {"he", "she", "they", "we", "i", "it", "you", "there"}
_ADVERBIAL_STARTS = PREPOSITIONS | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                    "last", "this", "earlier", "later", "yesterday", "today", "tonight",
                                    "afterward", "afterwards", "then", "recently", "repeatedly", "again",
                                    "too", "as", "when", "while", "before", "since", "because"}


@dataclass(frozen=True)
class Attribution:
    start: int  # content span
    end: int
    kind: str
    cue_start: int | None = None
    cue_end: int | None = None
    subject: tuple[int, int] | None = None  # character span of the speaker mention
    source: str | None = None
    according: bool = False
    belief: bool = False
    inferred: bool = False  # speaker taken from a neighbouring sentence
    confidence: float = 0.7


@dataclass(frozen=True)
class UnitResult:
    attributions: tuple[Attribution, ...]
    orphan_quotes: tuple[Quote, ...]  # speech in quote marks with no cue in the sentence
    colon_speaker: Attribution | None = None  # "X said:" with the quotation in what follows


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n,:;—–-":
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def _content_kind(text: str, start: int, end: int, quotes: list[Quote]) -> tuple[int, int, str]:
    """Classify a content span: the quotation itself (direct), with quoted words (mixed), or indirect."""
    inside = [q for q in quotes if q.open >= start - 1 and q.start < end + 1 and q.end <= end + 2]
    speech = [q for q in inside if not is_title_like(text[q.start:q.end])]
    if not speech:
        return start, end, "indirect"
    covered = sum(q.end - q.start for q in speech)
    first, last = speech[0], speech[-1]
    before = text[start:first.open].strip(" ,:")
    after = text[last.outer_end:end].strip(_TRAILING + "”\"’")
    if not before and not after and len(speech) == 1:
        return first.start, first.end, "direct"
    if not after and before.endswith(":") and is_speech_like(text[last.start:last.end]) and len(speech) == 1:
        return last.start, last.end, "direct"
    return start, end, "mixed"


def _span_chars(tokens: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    return tokens[span[0]].start, tokens[span[1]].end


def _skip_adverbial(tokens: list[Token], i: int, n: int) -> int:
    """After a cue, skip "on Monday", "in a statement", "in an interview with CNN" up to that/,/: ."""
    if i >= n or not (tokens[i].lower in PREPOSITIONS or tokens[i].lower in _TIME_STARTS):
        return i
    for k in range(i + 1, min(n, i + 9)):
        tok = tokens[k]
        if tok.lower == "that" or tok.text in ",:":
            return k
        if not tok.is_word and tok.text not in ".’'-":
            return i
        if tok.lower in _SUBJECT_WORDS:
            return i
    return i


def _right_content_start(tokens: list[Token], cue: Cue, n: int) -> tuple[int, bool]:
    """Index where the content after the cue starts, and whether a that/colon/quote introduces it."""
    i = cue.last + 1
    if cue.lemma in OBJECT_VERBS:
        i = skip_object(tokens, i, n)
    i = _skip_adverbial(tokens, i, n)
    while i < n and tokens[i].text in ",—–-":
        i += 1
    if i < n and tokens[i].lower == "that":
        return i + 1, True
    if i < n and tokens[i].text == ":":
        return i + 1, True
    return i, i < n and tokens[i].text in "“\"‘"


def _right_is_content(tokens: list[Token], i: int, introduced: bool, belief: bool) -> bool:
    if i >= len(tokens):
        return False
    if introduced:
        return True
    words = [t for t in tokens[i:] if t.is_word]
    if len(words) < 3:
        return False
    head = tokens[i].lower
    if head in _ADVERBIAL_STARTS and not belief:
        return False
    return tokens[i].is_word


def _left_separator(text: str, unit_start: int, subject_start: int) -> bool:
    left = text[unit_start:subject_start].rstrip()
    return bool(left) and left[-1] in _SEPARATORS


def _according(text: str, tokens: list[Token], cue: Cue, unit: tuple[int, int], quotes: list[Quote]) -> Attribution | None:
    n = len(tokens)
    j = cue.last + 1
    first = j
    while j < n and tokens[j].text not in ",.;:—–()“”\"":
        j += 1
    if j == first:
        return None
    src = (tokens[first].start, tokens[j - 1].end)
    cue_span = (tokens[cue.first].start, tokens[cue.last].end)
    if j < n and tokens[j].text == "," and j + 1 < n and any(t.is_word for t in tokens[j + 1:]):
        start, end = _trim_span(text, tokens[j + 1].start, unit[1])
    elif cue.first > 0 and tokens[cue.first - 1].text in ",—–(":
        start, end = _trim_span(text, unit[0], tokens[cue.first - 1].start)
    else:
        return None
    if end - start < 8:
        return None
    start, end, kind = _content_kind(text, start, end, quotes)
    return Attribution(start, end, kind, cue_span[0], cue_span[1], src, according=True, confidence=0.7)


def _cue_attributions(text: str, tokens: list[Token], cue: Cue, unit: tuple[int, int],
                      quotes: list[Quote]) -> tuple[list[Attribution], Attribution | None]:
    """Attributions of one cue, and a colon cue ("X said:") whose content follows the sentence."""
    n = len(tokens)
    cue_span = (tokens[cue.first].start, tokens[cue.last].end)
    subj = subject_left(tokens, cue.first, 0)
    out: list[Attribution] = []
    if subj is None:
        if cue.belief or cue.lemma not in INVERTIBLE or not _left_separator(text, unit[0], cue_span[0]):
            return [], None
        right = subject_right(tokens, cue.last + 1, n)
        if right is None:
            return [], None
        start, end = _trim_span(text, unit[0], cue_span[0])
        if end - start < 8:
            return [], None
        start, end, kind = _content_kind(text, start, end, quotes)
        return [Attribution(start, end, kind, *cue_span, _span_chars(tokens, right), confidence=0.8)], None
    subj_chars = _span_chars(tokens, subj)
    i, introduced = _right_content_start(tokens, cue, n)
    right_ok = _right_is_content(tokens, i, introduced, cue.belief)
    left_sep = _left_separator(text, unit[0], subj_chars[0])
    left_text = text[unit[0]:subj_chars[0]].rstrip()
    left_is_quote = bool(left_text) and (left_text[-1] in _CLOSERS or left_text.endswith((",”", ",\"")))
    if left_sep and not cue.belief and (left_is_quote or not right_ok):
        start, end = _trim_span(text, unit[0], subj_chars[0])
        if end - start >= 8:
            s, e, kind = _content_kind(text, start, end, quotes)
            out.append(Attribution(s, e, kind, *cue_span, subj_chars, confidence=0.85 if kind == "direct" else 0.7))
        if right_ok and i < n and tokens[i].text in "“\"‘":
            s, e = _trim_span(text, tokens[i].start, unit[1])
            s, e, kind = _content_kind(text, s, e, quotes)
            out.append(Attribution(s, e, kind, *cue_span, subj_chars, confidence=0.8))
        return out, None
    if right_ok:
        s, e = _trim_span(text, tokens[i].start, unit[1])
        if e - s < 3:
            return [], None
        s, e, kind = _content_kind(text, s, e, quotes)
        conf = 0.8 if kind == "direct" else (0.55 if cue.belief else 0.7)
        return [Attribution(s, e, kind, *cue_span, subj_chars, belief=cue.belief, confidence=conf)], None
    if text[cue_span[1]:unit[1]].strip().endswith(":") and not cue.belief:
        return [], Attribution(unit[1], unit[1], "direct", *cue_span, subj_chars, confidence=0.75)
    return [], None


def _shared_subject(text: str, tokens: list[Token], cue: Cue, found: list[Attribution], quotes: list[Quote],
                    unit_end: int) -> list[Attribution]:
    """``X said A and said B`` / ``X said A, adding B``: the second cue shares the first one's speaker.

    The earlier content is cut before the conjunction; ``found`` is updated in place.
    """
    k = cue.first - 1
    while k >= 0 and tokens[k].lower in ("also", "then", "later"):
        k -= 1
    if k < 0:
        return []
    participle = tokens[cue.first].lower.endswith("ing")
    if not (tokens[k].lower == "and" or (tokens[k].text == "," and participle)):
        return []
    prev_index = next((idx for idx in range(len(found) - 1, -1, -1)
                       if found[idx].subject is not None and not found[idx].according
                       and (found[idx].cue_end or 0) <= tokens[k].start), None)
    if prev_index is None:
        return []
    prev = found[prev_index]
    n = len(tokens)
    i, introduced = _right_content_start(tokens, cue, n)
    if not _right_is_content(tokens, i, introduced, False):
        return []
    if prev.start <= tokens[k].start < prev.end:
        s, e = _trim_span(text, prev.start, tokens[k].start)
        if e - s < 3:
            return []
        s, e, kind = _content_kind(text, s, e, quotes)
        found[prev_index] = replace(prev, start=s, end=e, kind=kind)
    s, e = _trim_span(text, tokens[i].start, unit_end)
    if e - s < 3:
        return []
    s, e, kind = _content_kind(text, s, e, quotes)
    return [Attribution(s, e, kind, tokens[cue.first].start, tokens[cue.last].end, prev.subject, prev.source,
                        confidence=0.65)]


def _name_colon(text: str, tokens: list[Token], unit: tuple[int, int], quotes: list[Quote]) -> Attribution | None:
    """``Alec Baldwin: “…”`` — a name, a colon, then the quotation (to the sentence end)."""
    k = 0
    while k < len(tokens) and k < 5 and tokens[k].is_capitalized and tokens[k].is_word:
        k += 1
    if k == 0 or k >= len(tokens) - 1 or tokens[k].text != ":" or tokens[k + 1].text not in "“\"‘":
        return None
    if k == 1 and not tokens[0].text.startswith("@") and (tokens[0].text.isupper() or len(tokens[0].text) < 3):
        return None  # "EXCLUSIVE:", "BREAKING:"
    q = next((q for q in quotes if q.open == tokens[k + 1].start), None)
    if q is None:
        return None
    end = q.end if q.closed and not text[q.outer_end:unit[1]].strip(_TRAILING) else unit[1]
    start, end = _trim_span(text, q.start, end)
    if q.closed and end > q.end:
        end = _trim_span(text, start, end)[1]
    return Attribution(start, end, "direct", tokens[k].start, tokens[k].end, (tokens[0].start, tokens[k - 1].end),
                       confidence=0.75)


def _resolve_overlaps(text: str, tokens: list[Token], found: list[Attribution]) -> list[Attribution]:
    """A later cue whose speaker sits inside an earlier content: a source, a new clause, or nested."""
    found.sort(key=lambda a: a.cue_start or 0)
    kept: list[Attribution] = []
    for att in found:
        merged = False
        for idx, prev in enumerate(kept):
            if att.subject is None or not (prev.start <= att.subject[0] < prev.end):
                continue
            if prev.according:
                kept[idx] = replace(att, source=text[prev.subject[0]:prev.subject[1]] if prev.subject else None)
                merged = True
                break
            before = [t for t in tokens if t.end <= att.subject[0]]
            boundary = before[-1] if before else None
            if boundary and (boundary.lower in CLAUSE_BREAKS or boundary.text in ",;—–") and boundary.start > prev.start:
                s, e = _trim_span(text, prev.start, boundary.start)
                if e - s >= 3:
                    kept[idx] = replace(prev, end=e)
                    break
            subject_text = text[att.subject[0]:att.subject[1]]
            if subject_text[:1].isupper() or subject_text.startswith("@"):
                lead = text[prev.start:att.subject[0]]
                if len(lead.split()) >= 4:  # a named speaker well inside: a new clause
                    s, e = _trim_span(text, prev.start, att.subject[0])
                    kept[idx] = replace(prev, end=e)
                    break
            merged = True  # nested: "X said Y told ..." keeps the outer one
            break
        if merged:
            continue
        if any(att.start < p.end and p.start < att.end for p in kept):
            continue
        kept.append(att)
    return kept


def _split_coordinated(text: str, att: Attribution, quotes: list[Quote]) -> list[Attribution]:
    """``that A and that B``: two statements with the same cue and speaker."""
    segment = text[att.start:att.end]
    for sep in (", and that ", " and that ", "; and that ", ", but that ", " but that ", "; that "):
        pos = segment.find(sep)
        if pos > 0:
            a_start, a_end = _trim_span(text, att.start, att.start + pos)
            b_start, b_end = _trim_span(text, att.start + pos + len(sep), att.end)
            parts = []
            for s, e in ((a_start, a_end), (b_start, b_end)):
                s, e, kind = _content_kind(text, s, e, quotes)
                parts.append(replace(att, start=s, end=e, kind=kind))
            return parts
    return [att]


def analyse_unit(text: str, start: int, end: int, quotes: list[Quote], quoted_only: bool = False) -> UnitResult:
    """Attributions in ``text[start:end]``; with ``quoted_only`` only those whose content is in quote marks."""
    tokens = tokenize(text, start, end)
    unit_quotes = [q for q in quotes if start <= q.open < end]
    inner = [(q.start, q.end) for q in unit_quotes]
    quoted = [any(s <= t.start < e for s, e in inner) for t in tokens]
    found: list[Attribution] = []
    colon: Attribution | None = None
    named = _name_colon(text, tokens, (start, end), unit_quotes)
    if named:
        found.append(named)
    for cue in find_cues(tokens, quoted):
        if cue.according:
            att = _according(text, tokens, cue, (start, end), unit_quotes)
            if att:
                found.append(att)
            continue
        atts, pending = _cue_attributions(text, tokens, cue, (start, end), unit_quotes)
        if not atts and pending is None and not cue.belief:
            atts = _shared_subject(text, tokens, cue, found, unit_quotes, end)
        found.extend(atts)
        colon = pending or colon
    kept = _resolve_overlaps(text, tokens, found)
    result: list[Attribution] = []
    for att in kept:
        for part in _split_coordinated(text, att, unit_quotes):
            s, e, kind = _content_kind(text, part.start, part.end, unit_quotes)
            result.append(replace(part, start=s, end=e, kind=kind))
    if quoted_only:
        result = [a for a in result if a.kind != "indirect"]
    orphans = tuple(q for q in unit_quotes
                    if q.double and is_speech_like(text[q.start:q.end])
                    and not any(a.start - 2 <= q.start and q.end <= a.end + 2 for a in result)
                    and not any(q.start <= a.start < q.end for a in result))
    return UnitResult(tuple(result), orphans, colon)
