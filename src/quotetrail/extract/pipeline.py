"""The per-article pipeline: the same function runs in a CLI worker and in a Spark task.

Stages (each a module with one job):
1. ``clean``: boilerplate spans (publisher blurbs, copyright lines) are blanked in a working copy
   of the text, so offsets stay those of the original text;
2. ``posts``: embedded social posts are found and their signatures and links blanked;
3. ``marks``: quote marks are paired paragraph by paragraph;
4. ``sentences``: sentences, joined where one quotation spans several; section headings inside the
   body (not annotated) make no statements;
5. ``clauses`` (with ``cues`` and ``mentions``): per sentence, cue + speaker mention + content;
6. here: quotations without a cue take the speaker of the neighbouring sentence, a quotation
   interrupted by its cue is joined, and transcript turns (``turns``) are added;
7. ``speakers``: mentions become canonical names.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from itertools import takewhile

from quotetrail.clean import content_end, find_boilerplate
from quotetrail.extract.clauses import Attribution, UnitResult, analyse_unit
from quotetrail.extract.marks import Quote, find_quotes, is_speech_like
from quotetrail.extract.posts import Post, find_posts
from quotetrail.extract.sentences import Unit, section_headings, split_units
from quotetrail.extract.settings import (BLOCK_QUOTE_CONFIDENCE, BODY_LOOKBACK, CONTEXT_SPEAKER_CONFIDENCE,
                                         DOCUMENT_SENTENCE_CHARS, FRAGMENT_CONFIDENCE, FRAGMENT_WORDS_BEFORE,
                                         INTERRUPTION_LOOKBACK, INTRODUCED_SPEAKER_CONFIDENCE, INTRODUCTION_WINDOW,
                                         MAX_INTERRUPTION, MAX_ROLE_DESCRIPTION_WORDS, MAX_SECOND_CUE_WORDS,
                                         MIN_BLOCK_QUOTE_WORDS, MIN_CONFIDENCE, MIN_DIALOGUE_LABELS,
                                         MIN_OVERLAP_CUT_CHARS, NAME_LOOKBACK_RUNS, NO_SPEAKER_FACTOR,
                                         ORPHAN_CONFIDENCE, OVERLAP_LOOKBACK, POST_CONFIDENCE, PRONOUN_WINDOW,
                                         RELATIVE_NAME_WINDOW, RELATIVE_PRONOUN_WINDOW, SAME_STATEMENT_SHARE,
                                         SPEAKER_LOOKBACK, STANDALONE_SHARE, SUBJECT_LEAD_CHARS, SUBJECT_LEAD_WORDS)
from quotetrail.extract.entities import POSSESSIVE_RE, Registry
from quotetrail.extract.lexicon import (APPOSITION_LEADS, ARTICLES, CLAUSE_BREAKS, CONTINUING_CUES, INDEFINITE_ARTICLES,
                                        INTRODUCED_ROLES, IT_DOCUMENTS, NAME_ABBREVIATIONS, OFFICE_LINKS, OFFICE_WORDS,
                                        PAIR_NOUNS, PREPOSITIONS, PROVISION_WORDS, RELATIVE_PRONOUNS, REPLY_CUES,
                                        SAY_FORMS, SECOND_CUE_LEADS, SECOND_CUE_PARTICIPLES, SPEAKER_ACT_FORMS,
                                        SUBORDINATORS, TIME_LEADS)
from quotetrail.extract.speakers import (Antecedents, PERSON, PRONOUN_GENDERS, Resolution, UNKNOWN, entity_type,
                                         pronoun_of, resolve)
from quotetrail.extract.spans import Covered
from quotetrail.extract.turns import transcript_turns
from quotetrail.types import Article, ArticleResult, Span, Statement


@dataclass
class _Found:
    att: Attribution
    via: str | None = None  # the author of the post the statement was found in


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every character of ``spans`` but line breaks made a space (so offsets stay offsets); a span
    at a time, since most articles have none (not the whole text split into characters and joined again)."""
    for start, end in spans:
        if start < end:
            text = text[:start] + _NOT_LINE_BREAK_RE.sub(" ", text[start:end]) + text[end:]
    return text


_NOT_LINE_BREAK_RE = re.compile(r"[^\n]")


_DOUBLED_MARK_RE = re.compile(r"''|``")


def _normalise_marks(text: str) -> str:
    """Doubled apostrophes and backticks (''so'' and ``so'') become a straight double mark plus a space."""
    def repl(m: re.Match[str]) -> str:
        before = text[m.start() - 1] if m.start() > 0 else " "
        opening = m.group() == "``" or before.isspace() or before in "([—–-"
        return ' "' if opening else '" '
    return _DOUBLED_MARK_RE.sub(repl, text)


def _closing_marks(text: str, quotes: list[Quote]) -> str:
    """A quotation closed by an opening curly mark typed where ” was meant (“It is rare,“ said Reed) is closed
    by ” in the working copy, so the rules that read the closing mark see one."""
    typos = [q.close for q in quotes if q.close is not None and text[q.close] == "“"]
    if not typos:
        return text
    chars = list(text)
    for pos in typos:
        chars[pos] = "”"
    return "".join(chars)


def _standalone(text: str, unit: Unit, quote: Quote) -> bool:
    unit_chars = len(text[unit.start:unit.end].strip())
    return unit_chars > 0 and (quote.outer_end - quote.open) >= STANDALONE_SHARE * unit_chars


_WORDS_BEFORE_RE = re.compile(r"(?:[\w’'\-]+\s+){0,%d}$" % FRAGMENT_WORDS_BEFORE)
_WORDISH_RE = re.compile(r"[\w’'\-]")
_SPACE_RE = re.compile(r"\s")
#: What ends the clause of a cue-less quoted fragment.
_CLAUSE_SEPARATORS = (";", " — ", " – ", "(", ". ")


def _occurrences(text: str, sub: str) -> Iterator[int]:
    """Every position where ``sub`` starts in ``text``."""
    pos = text.find(sub)
    while pos >= 0:
        yield pos
        pos = text.find(sub, pos + 1)


class _ClauseStops:
    """Every place a clause separator starts in a text, found once, so that a fragment needs no scan."""

    def __init__(self, text: str) -> None:
        # no two separators start at one place
        found = sorted((pos, len(sep)) for sep in _CLAUSE_SEPARATORS for pos in _occurrences(text, sep))
        self._starts = [s for s, _ in found]
        self._lengths = [n for _, n in found]

    def first(self, start: int, end: int) -> int | None:
        """Where the first separator that lies whole in ``[start, end)`` starts."""
        k = bisect_left(self._starts, start)
        while k < len(self._starts) and self._starts[k] < end:
            if self._starts[k] + self._lengths[k] <= end:
                return self._starts[k]
            k += 1
        return None


def _words_start(text: str, start: int, end: int) -> int:
    """Where the few words that end at ``end`` begin (``_WORDS_BEFORE_RE``), looking back no further
    than a match can reach: past one more space run or a character no word holds, none can."""
    lo, runs = end, 0
    while lo > start:
        ch = text[lo - 1]
        if _SPACE_RE.match(ch):
            if lo == end or not _SPACE_RE.match(text[lo]):
                if runs == FRAGMENT_WORDS_BEFORE:
                    break
                runs += 1
        elif not _WORDISH_RE.match(ch):
            break
        lo -= 1
    m = _WORDS_BEFORE_RE.search(text, lo, end)
    return m.start() if m else end


def _fragment_clause(text: str, unit: Unit, quote: Quote, stops: _ClauseStops) -> tuple[int, int]:
    """The words around a quoted fragment that has no cue: a few words before it, on to the clause end."""
    start = _words_start(text, unit.start, quote.open)
    pos = stops.first(quote.outer_end, unit.end)
    end = max(quote.outer_end, unit.end) if pos is None else pos
    while end > start and text[end - 1] in " \t\n.,;:!?—–-":
        end -= 1
    return start, max(end, quote.end)


_DOUBLE_MARK_RE = re.compile("[“”\"]")


def _speech_opening(text: str, quote: Quote, start: int, end: int) -> bool:
    """``“We can win this,” beamed a delegate from …``: a quotation that opens its clause and closes with
    ``,”``/``!”``/``?”`` is speech whose (unrecognised) cue follows; what follows it is not what was said.
    Not when the clause quotes more after it (``“As things stand,” she added, “no one …”``)."""
    return start == quote.open and quote.closed and text[quote.close - 1] in ",!?" \
        and _DOUBLE_MARK_RE.search(text, quote.outer_end, end) is None


def _context_speaker(results: list[UnitResult], units: list[Unit], k: int,
                     inferred: dict[int, list[Attribution]]) -> Attribution | None:
    """The attribution a cue-less quotation in unit ``k`` belongs to, from its neighbours.

    ``inferred`` holds what earlier units got this way, so a quotation over several paragraphs
    keeps its speaker.
    """
    def with_speaker(index: int) -> list[Attribution]:
        found = [a for a in results[index].attributions
                 if a.subject is not None and not a.according and not a.judgement]
        return sorted(found + inferred.get(index, []), key=lambda a: a.start)

    para = units[k].para
    if k > 0 and units[k - 1].para == para and with_speaker(k - 1):
        before = with_speaker(k - 1)
        quoted = [a for a in before if a.kind == "direct"]  # "“A,” he said, noting B. “C.”": C continues A
        return (quoted or before)[-1]
    if k > 0 and results[k - 1].colon_speaker is not None:
        return results[k - 1].colon_speaker
    if k + 1 < len(units) and units[k + 1].para == para and with_speaker(k + 1):
        return with_speaker(k + 1)[0]
    if k > 0 and units[k - 1].para != para:
        prev = with_speaker(k - 1)
        if prev:
            return prev[-1]
    return None


def _join_interrupted(text: str, found: list[_Found]) -> list[_Found]:
    """``“A,” X said. “B.”`` is one quotation interrupted by its cue: one statement from A to B,
    whose ``parts`` are A and B (the cue left out).

    Only a quotation (or a mixed content, ``The plan did “too little,” she said. “B.”``, with nothing
    said in between) whose cue follows it is joined with the quotations that continue it right
    after the cue, in the same paragraph and with the same speaker mention. Statements the cue
    sentence makes on its own ("“A,” he said, noting B. “C.”") stay, inside the joined span.
    """
    out: list[_Found] = []
    for f in found:
        target = None
        for idx in range(len(out) - 1, max(-1, len(out) - 1 - INTERRUPTION_LOOKBACK), -1):
            prev = out[idx]
            quoted = text[prev.att.start - 1:prev.att.start] in ("“", "\"") or (
                prev.att.kind == "mixed" and idx == len(out) - 1 and _only_cue_clause(text, prev.att, f.att))
            if f.att.kind == "direct" and quoted \
                    and (f.att.inferred or f.att.cue_start == prev.att.cue_start) \
                    and prev.att.subject is not None and f.att.subject == prev.att.subject \
                    and prev.att.cue_start is not None and prev.att.cue_start >= prev.att.start \
                    and f.att.start > (prev.att.cue_end or 0) and "\n" not in text[prev.att.end:f.att.start] \
                    and _only_cue_between(text, prev.att, f.att):
                target = idx
                break
            if prev.att.cue_start is None or prev.att.start <= prev.att.cue_start:
                break  # only statements that follow their own cue ("…, noting B") may sit in between
        if target is not None:
            prev = out[target]
            parts = (*_fragments(prev.att), (f.att.start, f.att.end))
            out[target] = _Found(replace(prev.att, end=f.att.end, parts=parts), prev.via)
            continue
        out.append(f)
    return out


_OPENING_MARKS = ("“", "\"", "‘")


def _join_paragraphs(text: str, open_ended: set[int], found: list[_Found]) -> list[_Found]:
    """A quotation left open at a paragraph's end and opened again at the next one's start is one
    quotation over several paragraphs: one statement whose ``parts`` are the paragraphs' quotations.

    It takes the cue and speaker of the paragraph that has them (“A⏎“B,” she said: she said A too);
    two paragraphs with cues of their own stay two statements. ``open_ended`` holds where the
    quotations left open at their paragraph's end start.
    """
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.att.kind == "direct" and f.att.kind == "direct" and prev.via == f.via \
                and _continues(text, open_ended, _fragments(prev.att)[-1], f.att.start) \
                and not (_own_cue(prev.att) and _own_cue(f.att)):
            first, second = prev.att, f.att
            cued = second if _own_cue(second) else first
            parts = (*_fragments(first), *_fragments(second))
            out[-1] = _Found(replace(cued, start=first.start, end=second.end, parts=parts), prev.via)
            continue
        out.append(f)
    return out


def _fragments(att: Attribution) -> tuple[tuple[int, int], ...]:
    """The statement's parts, or its one span."""
    return att.parts or ((att.start, att.end),)


def _continues(text: str, open_ended: set[int], last: tuple[int, int], start: int) -> bool:
    """Whether the quotation at ``start`` continues the open-ended one ``last``: only a paragraph break
    between them and the same opening mark again (a stray mark of another kind opens nothing)."""
    gap = text[last[1]:start]
    return last[0] in open_ended and "\n" in gap and len(gap.strip()) == 1 \
        and gap.strip() in _OPENING_MARKS and text[last[0] - 1:last[0]] == gap.strip()


def _own_cue(att: Attribution) -> bool:
    """A cue of the statement's own, not one lent by its context."""
    return att.cue_start is not None and not att.inferred


_MARKS_RE = re.compile("[“”\"]")


def _only_cue_clause(text: str, first: Attribution, second: Attribution) -> bool:
    """Between a mixed content and the quotation after it, only the cue's own clause: no words quoted
    there (``“A” to B, she said, citing its “C”. “D”``: C is said in between, so D is not A's)."""
    return len(_MARKS_RE.findall(text, first.end, second.start)) <= 2  # A's closing mark and D's opening one


_SECOND_CUE_RE = re.compile(r",\s+(?:(?:%s)\s+)?(?:%s)\b(?:\s+\w+){0,%d}\W*$" % (
    "|".join(sorted(SECOND_CUE_LEADS)), "|".join(sorted(SECOND_CUE_PARTICIPLES)), MAX_SECOND_CUE_WORDS), re.I)


def _only_cue_between(text: str, first: Attribution, second: Attribution) -> bool:
    """Between the two parts: the closing mark, the speaker, the cue and little else; not a second cue of saying
    before a new sentence (``“A,” she said, adding later, “B.”``: B is a statement of its own; not ``…, adding,
    “and B”``, the same sentence going on)."""
    gap = text[first.end:second.start]
    return len(gap) <= MAX_INTERRUPTION and first.subject is not None and first.end <= first.subject[0] < second.start \
        and not (text[second.start].isupper() and _SECOND_CUE_RE.search(gap))


def _post_of(posts: list[Post], pos: int) -> Post | None:
    return next((p for p in posts if p.body_start <= pos < p.body_end), None)


@dataclass
class _Article:
    """What the stages before the clauses found in one article, on its working copy ``work``."""

    text: str
    work: str
    boilerplate: list[Span]
    posts: list[Post]
    quotes: list[Quote]
    units: list[Unit]
    turns: list[Attribution]
    registry: Registry
    runs: list[tuple[int, int, str]]
    stops: _ClauseStops  # where clauses end, for cue-less quoted fragments
    in_posts: Covered  # the bodies of the embedded posts


def _prepare(text: str) -> _Article:
    """Stages 1-4 and the transcript turns: boilerplate and post signatures blanked, marks, units, names."""
    boilerplate = find_boilerplate(text)
    posts = find_posts(text)
    hidden = [(b.start, b.end) for b in boilerplate]
    hidden += [(p.body_end, p.end) for p in posts]
    work = _normalise_marks(_blank(text, hidden))
    quotes = find_quotes(work)
    work = _closing_marks(work, quotes)
    in_posts = Covered([(p.body_start, p.body_end) for p in posts])
    turns = [t for t in transcript_turns(work) if t.start not in in_posts or _post_of(posts, t.start) is None]
    registry = Registry.from_text(work)
    turns = _dialogue_turns(work, turns, registry)
    return _Article(text, work, boilerplate, posts, quotes, split_units(work, quotes), turns,
                    registry, registry.names, _ClauseStops(work), in_posts)


def _dialogue_turns(work: str, turns: list[Attribution], registry: Registry) -> list[Attribution]:
    """The turns of a transcript: a label in capitals is a speaker in a dialogue or when the article
    names that person; a lone "NEW DELHI:" or "CHINESE AGGRESSION:" is a dateline or a heading."""
    def capitals(turn: Attribution) -> str | None:
        label = work[turn.subject[0]:turn.subject[1]] if turn.subject else ""
        return label if label.isupper() else None
    labels = {label for label in map(capitals, turns) if label}
    if len(labels) >= MIN_DIALOGUE_LABELS:
        return turns
    named = set(registry.full_names.values())
    people = {label for label in labels
              if (registry.full_names.get(label.title()) or label.title()) in named
              and registry.is_person(registry.full_names.get(label.title()) or label.title())}
    return [t for t in turns if capitals(t) is None or capitals(t) in people]


def _analyse_units(doc: _Article) -> list[UnitResult]:
    """Stage 5: the clauses of every unit; a transcript turn is one statement as a whole, a section
    heading makes none."""
    quote_opens = [q.open for q in doc.quotes]
    results: list[UnitResult] = []
    skipped = Covered([(t.start, t.end) for t in doc.turns] + section_headings(doc.work))
    for unit in doc.units:
        if unit.start in skipped:
            results.append(UnitResult((), ()))
            continue
        post = _post_of(doc.posts, unit.start) if unit.start in doc.in_posts else None
        results.append(analyse_unit(doc.work, unit.start, unit.end, doc.quotes, quoted_only=post is not None,
                                    quote_opens=quote_opens))
    return results


def _collect(doc: _Article, results: list[UnitResult]) -> list[_Found]:
    """Stage 6: the units' attributions, cue-less quotations with their context speaker, the turns;
    in text order, with quotations interrupted by their cue joined."""
    found: list[_Found] = []
    inferred: dict[int, list[Attribution]] = {}
    for k, (unit, res) in enumerate(zip(doc.units, results)):
        post = _post_of(doc.posts, unit.start) if unit.start in doc.in_posts else None
        via = post.author if post else None
        found.extend(_Found(att, via) for att in res.attributions)
        for quote in res.orphan_quotes:
            att = _orphan(doc, results, k, quote, res, inferred, in_post=post is not None)
            if att is not None:
                found.append(_Found(att, via))
        block = _block_quote(doc, results, k) if post is None else None
        if block is not None:
            found.append(_Found(block))
    found.extend(_Found(turn) for turn in doc.turns)
    found.sort(key=lambda f: f.att.start)
    open_ended = {q.start for q in doc.quotes if not q.closed}
    return _settle_overlaps(doc.work, _join_paragraphs(doc.work, open_ended, _join_interrupted(doc.work, found)))


_TRIM_CHARS = " \t\n,;:—–-"


_LIST_BULLETS = "-–—•*·"  # "Key points:⏎- Mills and Clark won …": a list, not a quotation


def _block_quote(doc: _Article, results: list[UnitResult], k: int) -> Attribution | None:
    """``Limbaugh added:⏎And from a supposed front-runner, … this reeks of fear.``: a paragraph after a cue that
    ends its own paragraph with a colon is a quotation set as a block, its marks lost with the page's layout,
    when it holds no quotation of its own and reads as sentences (``settings.MIN_BLOCK_QUOTE_WORDS`` words or more,
    ending as a sentence does); what its own cues seem to report is inside it (``_settle_overlaps`` keeps the block)."""
    units, text = doc.units, doc.work
    if k == 0 or results[k - 1].colon_speaker is None or units[k - 1].para == units[k].para \
            or not text[units[k - 1].start:units[k - 1].end].rstrip().endswith(":"):
        return None
    para = list(takewhile(lambda j: units[j].para == units[k].para, range(k, len(units))))
    start, end = units[para[0]].start, units[para[-1]].end
    body = text[start:end].strip()
    if not body or body[0] in _OPENING_MARKS or body[0] in _LIST_BULLETS or body[-1] not in ".!?" \
            or len(body.split()) < MIN_BLOCK_QUOTE_WORDS \
            or any(results[j].orphan_quotes for j in para):
        return None
    colon = results[k - 1].colon_speaker
    start = start + len(text[start:end]) - len(text[start:end].lstrip())
    return Attribution(start, start + len(body), "direct", colon.cue_start, colon.cue_end, colon.subject,
                       confidence=BLOCK_QUOTE_CONFIDENCE)


def _settle_overlaps(text: str, found: list[_Found]) -> list[_Found]:
    """No two statements share text: where rules of different stages (a cue-less quoted fragment and a cued
    statement, a headline's quotation with and without its marks) made two statements of one span, one is kept.

    A statement that starts inside an earlier one's fragment and runs past it, or one with a cue of its own
    inside a cue-less one, ends the earlier one before it (at its speaker or cue when they come first: "… and
    recorded himself shouting “A”"); a statement nearly as long as the fragment it lies in is the same
    statement twice, and the one with a cue, else the tighter one, is kept; a shorter one inside another's
    fragment is dropped.
    """
    out: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.att.start, -f.att.end)):
        keep = True
        for idx in range(len(out) - 1, max(-1, len(out) - 1 - OVERLAP_LOOKBACK), -1):
            prev = out[idx]
            frags = _fragments(prev.att)
            k = next((k for k, (s, e) in enumerate(frags) if s <= f.att.start < e), None)
            if k is None:
                continue
            s, e = frags[k]
            inside = f.att.end <= e
            cued_in_bare = f.att.cue_start is not None and prev.att.cue_start is None
            if inside and f.att.end - f.att.start >= SAME_STATEMENT_SHARE * (e - s):
                if f.att.cue_start is None and prev.att.cue_start is not None:
                    keep = False  # the same statement twice: the one with a cue
                else:
                    del out[idx]  # or the tighter one (the words inside the marks)
                break
            cuts = [p for p in (f.att.start, f.att.cue_start, f.att.subject[0] if f.att.subject else None)
                    if p is not None and p > s]
            if inside and not (cued_in_bare and cuts and min(cuts) - s >= MIN_OVERLAP_CUT_CHARS):
                keep = False  # a shorter statement inside another one
                break
            if k != len(frags) - 1 or not cuts:
                break  # it overlaps a later part too: left as it is
            end = min(cuts)
            while end > s and (text[end - 1] in _TRIM_CHARS or text[end - 1] in "“‘"
                               or (text[end - 1] == '"' and text[end - 2:end - 1].isspace())):
                end -= 1  # and the opening mark of the quotation that starts there
            if end - s < MIN_OVERLAP_CUT_CHARS:
                if len(frags) == 1:
                    del out[idx]
                break
            kind = prev.att.kind
            if kind == "mixed" and not _MARKS_RE.search(text, prev.att.start, end):
                kind = "indirect"
            parts = (*frags[:k], (s, end)) if prev.att.parts else None
            out[idx] = _Found(replace(prev.att, end=end, parts=parts, kind=kind), prev.via)
            break
        if keep:
            out.append(f)
    return out


def _orphan(doc: _Article, results: list[UnitResult], k: int, quote: Quote, res: UnitResult,
            inferred: dict[int, list[Attribution]], in_post: bool) -> Attribution | None:
    """A quotation with no cue in unit ``k``: a fragment of its sentence, or a statement of its own
    with the speaker of its context (noted in ``inferred``)."""
    unit = doc.units[k]
    if not _standalone(doc.work, unit, quote):
        if in_post:
            return None
        start, end = _fragment_clause(doc.work, unit, quote, doc.stops)  # the sentence's subject used them, if any
        if _speech_opening(doc.work, quote, start, end):
            return Attribution(quote.start, quote.end, "direct", subject=res.subject, confidence=FRAGMENT_CONFIDENCE)
        return Attribution(start, end, "mixed", subject=res.subject, confidence=FRAGMENT_CONFIDENCE)
    if res.subject is not None and res.subject[0] >= quote.outer_end:
        # "“Owners should stay home,” opined the Harbour Gazette.": who comes after the quotation, not the context
        att = Attribution(quote.start, quote.end, "direct", subject=res.subject, confidence=FRAGMENT_CONFIDENCE)
        inferred.setdefault(k, []).append(att)
        return att
    ctx = None if in_post else _context_speaker(results, doc.units, k, inferred)
    if ctx is not None and res.subject is not None and not (unit.start <= (ctx.cue_start or -1) < unit.end) \
            and _WORDISH_RE.search(doc.work, res.subject[1], quote.open) and doc.registry.is_person(
                doc.registry.canonical_name(doc.work[res.subject[0]:res.subject[1]])):
        # "Trump issued a statement, “…”": the sentence's own named subject (with words of its own before the
        # quotation), not the speaker of the sentence before
        ctx = replace(ctx, subject=res.subject, cue_start=None, cue_end=None, source=None)
    if ctx is not None and ctx.start >= quote.outer_end and _answers(doc.work, quote, ctx):
        ctx = None  # "“Will you?” Ortiz replied: “We will.”": the question is the asker's, not the one who replies
    if ctx is None:
        if not is_speech_like(doc.work[quote.start:quote.end]):
            return None  # a short sentence in quote marks is speech only after its speaker's quotation
        return Attribution(quote.start, quote.end, "direct", confidence=ORPHAN_CONFIDENCE)
    att = Attribution(quote.start, quote.end, "direct", ctx.cue_start, ctx.cue_end, ctx.subject,
                      ctx.source, inferred=True, confidence=CONTEXT_SPEAKER_CONFIDENCE)
    inferred.setdefault(k, []).append(att)
    return att


def _answers(text: str, quote: Quote, att: Attribution) -> bool:
    """``att``, after ``quote``, is a reply (``lexicon.REPLY_CUES``) and the quotation a question: the question
    is put to its speaker, not said by them."""
    cue = text[att.cue_start:att.cue_end].lower().split() if att.cue_start is not None else []
    return bool(cue) and SAY_FORMS.get(cue[0]) in REPLY_CUES and text[quote.start:quote.end].rstrip().endswith("?")


def _name_speakers(doc: _Article, article: Article, found: list[_Found]) -> list[Statement]:
    """Stage 7: each speaker mention resolved to an entity; the statements."""
    work, registry, runs = doc.work, doc.registry, doc.runs
    told = [f.att.addressee for f in found if f.att.addressee is not None]
    if told:  # "told Folk Weekly": the one told is not who a later "she" refers to
        inside_told = Covered(told)
        runs = [r for r in runs if r[0] not in inside_told]
    opening = _SentenceOpeners(work, runs)
    quoted = Covered([(q.start, q.end) for q in doc.quotes])
    narrated = [r for r in runs if r[0] not in quoted]  # a name inside quote marks is not who a later "she" is
    spoken: list[tuple[int, str, str | None]] = []  # (where, name, type) of the speakers so far
    resolved: dict[tuple[int, int], Resolution] = {}
    labels = {t.subject for t in doc.turns}  # "PENCE:": a transcript's speaker label
    named: list[tuple[_Found, Resolution]] = []
    for f in found:
        att = f.att
        res = Resolution(None, 0.0)
        if att.subject is not None:
            if att.subject not in resolved:
                mention = work[att.subject[0]:att.subject[1]]
                if mention.lower() == "which":  # "the Licensing Board, which ruled …": the body named before
                    mention = _which_head(work, att.subject[0]) or mention
                relative = mention.lower() == "who"
                head = _relative_head(work, att.subject[0]) if relative else None
                if head is not None:  # "the senator, who said …": the senator's entity
                    mention, relative = head, False
                # computed on the first call only, if resolve asks (a pronoun or a description; most mentions are names)
                cue = work[att.cue_start:att.cue_end].lower() if att.cue_start is not None else ""
                continuing = cue in CONTINUING_CUES
                saying = any(word in SPEAKER_ACT_FORMS for word in cue.split())
                before = _once(partial(_antecedents_for, work, mention, runs if relative else narrated, registry,
                                       spoken, att.subject[0], relative, opening, continuing,
                                       _reported_clause(work, att, mention), saying, att.start))
                resolved[att.subject] = resolve(mention, registry, before, label=att.subject in labels)
                res = resolved[att.subject]
                if res.name:
                    registry.note(res.name, mention)
                    if res.named and not att.according:
                        registry.note_speaker(res.name)
                        if res.type != PERSON and registry.is_person(res.name):  # known to be one now
                            res = resolved[att.subject] = replace(res, type=PERSON)
                    if mention.lower() in PRONOUN_GENDERS:
                        registry.note_gender(res.name, PRONOUN_GENDERS[mention.lower()])
            res = resolved[att.subject]
            if res.name:
                spoken.append((att.subject[1], res.name, res.type))
        named.append((f, res))
    return [_statement(doc, article, f, res) for f, res in _named_next(work, runs, registry, named)]


def _named_next(text: str, runs: list[tuple[int, int, str]], registry: Registry,
                named: list[tuple[_Found, Resolution]]) -> list[tuple[_Found, Resolution]]:
    """``…, an expert has claimed.⏎Royal commentator Lee Cohen said …``: an indefinite description of one person in
    a role an article names next (``lexicon.INTRODUCED_ROLES``) is the person whose first statement follows it, when
    that person is first named after the description, within ``INTRODUCTION_WINDOW`` characters and the next
    paragraph, and no other named speaker comes between."""
    out = list(named)
    for k, (f, res) in enumerate(named):
        words = res.name.split() if res.name and not res.named and f.att.subject else []
        role = next((i for i, w in enumerate(words[1:MAX_ROLE_DESCRIPTION_WORDS], 1) if w in INTRODUCED_ROLES), None)
        if role is None or words[0] not in INDEFINITE_ARTICLES:
            continue
        first = at = f.att.subject[0]
        for g, nxt in named[k + 1:]:
            if g.att.subject is None:
                continue
            where = g.att.subject[0]
            if where - at > INTRODUCTION_WINDOW or text.count("\n", at, where) > 2:
                break
            if nxt.name == res.name:
                at = where  # "…, an expert has claimed.⏎…, an expert has claimed.⏎Lee Cohen said": the same one again
            elif nxt.named:
                if nxt.type == PERSON and not any(start < first and registry.canonical_name(name) == nxt.name
                                                  for start, _, name in runs):
                    out[k] = (f, replace(nxt, confidence=INTRODUCED_SPEAKER_CONFIDENCE, role=" ".join(words[1:role + 1])))
                break
    return out


_SENTENCE_BEFORE_RE = re.compile(r"(?:^|(?<=[.!?\n]))[ \t]*([^.!?\n]+[.!?])[ \t]*$")
_DOCUMENT_OWNERS = {"the", "this", "that", "a", "an", "his", "her", "their", "its"}
_PAIR_RE = re.compile(r"\b([A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*)[ \t]+and[ \t]+([A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*)")


def _pair_before(text: str, start: int) -> str | None:
    """``Nadia Frost and Owen Pike moved … The couple said``: the last two capitalised names joined by "and" in
    the ``PRONOUN_WINDOW`` before ``start``, as written; None when there are none."""
    pairs = list(_PAIR_RE.finditer(text, max(0, start - PRONOUN_WINDOW), start))
    return pairs[-1].group() if pairs else None


def _sentence_before(text: str, start: int) -> str | None:
    """The sentence before the pronoun at ``start`` (within ``DOCUMENT_SENTENCE_CHARS``), when the pronoun opens its
    own sentence; else None."""
    if not _opens_sentence(text, start):
        return None
    before = _SENTENCE_BEFORE_RE.search(text, max(0, start - DOCUMENT_SENTENCE_CHARS), start)
    return before.group(1) if before else None


def _group_before(text: str, start: int) -> str | None:
    """``Ana Ruiz and Tom Reed run the cafe. They said …``, ``Greenpeace launched a campaign. They said …``: the
    capitalised words (names joined by "and", or one name) that open the sentence before the "They" at ``start``, for
    the "They" to be; None otherwise."""
    sentence = _sentence_before(text, start)
    if sentence is None:
        return None
    words = []
    split = sentence.split()
    for word in split:
        if not (word[0].isupper() or word in ("and", "&")):
            break
        words.append(word)
    if len(words) == 1 and len(split) > 1 and (split[1] in PREPOSITIONS or split[1] in OFFICE_LINKS):
        return None  # "Veterans of the service warned …": the subject goes on past its capitalised word
    if len(words) > 1 and words[0].endswith(","):
        words = words[1:]  # "Still, Democrats …": an introductory word
    phrase = " ".join(words).rstrip(",")
    return phrase if phrase and not phrase.endswith(" and") else None


def _document_before(text: str, start: int) -> str | None:
    """``Clause 14 covers late rent. It says …``: the document phrase that opens the sentence
    before the "It" at ``start`` (in its paragraph), for the "It" to speak for; None when it opens with
    something else or the "It" does not open its sentence."""
    sentence = _sentence_before(text, start)
    if sentence is None:
        return None
    words = sentence.split()[:MAX_ROLE_DESCRIPTION_WORDS + 1]
    if len(words) > 1 and words[0] in PROVISION_WORDS and words[1][0].isdigit():
        return " ".join(words[:2]).rstrip(".,;:")  # "Clause 14"
    owner = next((k for k, w in enumerate(words) if w.endswith(("’s", "'s"))), None)  # "Tom Hale’s new book"
    lead = owner + 1 if owner is not None and all(w[0].isupper() for w in words[:owner + 1]) \
        else 1 if words[0].lower() in _DOCUMENT_OWNERS else None
    head = next((k for k, w in enumerate(words) if w.lower() in IT_DOCUMENTS), None)
    if lead is None or head is None or head < lead \
            or any(w.lower() in PREPOSITIONS or w.endswith((",", "ed")) for w in words[lead:head]):
        return None  # not "Police found the report", "In the report"
    return " ".join(words[:head + 1])


_RELATIVE_HEAD_RE = re.compile(r"(?<![\w’'\-])([Tt]he(?:[ \t]+[a-z][\w’'\-]*){1,%d}),[ \t]*$"
                               % MAX_ROLE_DESCRIPTION_WORDS)


_WHICH_HEAD_RE = re.compile(r"((?:[Tt]he[ \t]+)?(?:[A-Z][\w’'.&-]*[ \t]+(?:(?:of|for|and|on)[ \t]+)?)*[A-Z][\w’'.&-]*"
                            r"|[Tt]he(?:[ \t]+[a-z][\w’'-]*){1,%d}),[ \t]*$" % MAX_ROLE_DESCRIPTION_WORDS)


def _which_head(text: str, which: int) -> str | None:
    """``the Harbour Licensing Board, which …``, ``the agency, which …``: the body a relative "which" is of."""
    m = _WHICH_HEAD_RE.search(text, max(0, which - RELATIVE_PRONOUN_WINDOW), which)
    return m.group(1) if m else None


#: What may stand between a name and the relative "who" about that person: nothing, a comma or dash, a place ("Ted Cruz
#: of Texas, who"), brackets ("Ortiz (D-Ohio), who"), an age, or an apposition ("Ana Ortiz, a lawyer at the firm
#: in Roanoke, Va., who"). An apposition's comma goes on only before a capitalised word (a place's state), and
#: its full stop only in an abbreviation or an initial, so that it holds no clause of its own ("Ortiz, the mayor,
#: praised Kane, who …" is Kane's relative).
_APPOSITION_BODY = r"(?:[^,.;:!?\n“”\"()]|,(?=[ \t]+[A-Z])|\.(?=,|[^\s])|(?<=\b[A-Z])\.|%s)*?" % "|".join(
    r"(?<=\b%s)\." % a.capitalize() for a in sorted(NAME_ABBREVIATIONS))
#: First words of an apposition, or of a home town, after a name ("Tom Kane, 45, from Leeds, who").
_APPOSITION_STARTS = "|".join(sorted(APPOSITION_LEADS - RELATIVE_PRONOUNS | {"from", "of"}))
_RELATIVE_GAP_RE = re.compile(
    r"(?:[ \t]+of[ \t]+[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*)?[ \t]*(?:\([^()\n]*\)[ \t]*)?"
    r"(?:,[ \t]*\d+)?(?:,[ \t]*(?:%s)\b%s)?[ \t]*[,—–-]?[ \t]*" % (_APPOSITION_STARTS, _APPOSITION_BODY))


def _relative_antecedent(text: str, runs: list[tuple[int, int, str]], registry: Registry, who: int) -> tuple[str, ...]:
    """The person a relative "who" at ``who`` is about: the first named in ``RELATIVE_NAME_WINDOW`` before it that
    only a place, an age or an apposition separates from it (``_RELATIVE_GAP_RE``), so that "Gene Sperling, an
    adviser to President Obama, who" is Sperling's. None when a description stands there instead ("an architect
    who said", "Ortiz's lawyer who said"): that person is not named, and the name before is someone else."""
    index = bisect_left(runs, (who,))
    for _, end, name in runs[max(0, index - NAME_LOOKBACK_RUNS):index]:
        if who - end <= RELATIVE_NAME_WINDOW and end <= who and _RELATIVE_GAP_RE.fullmatch(text, end, who):
            full = registry.canonical_name(name)
            if registry.is_person(full):  # not "Voters who say", "from Manchester, who"
                return (full,)
    return ()


def _relative_head(text: str, who: int) -> str | None:
    """``Yet the senator, who said …``: the definite description of a person a relative "who" hangs on, if any
    (not "familiar with the discussion, who")."""
    m = _RELATIVE_HEAD_RE.search(text, max(0, who - RELATIVE_PRONOUN_WINDOW), who)
    return m.group(1) if m and m.group(1).rsplit(None, 1)[-1] in OFFICE_WORDS else None


def _antecedents_for(text: str, mention: str, runs: list[tuple[int, int, str]], registry: Registry,
                     spoken: list[tuple[int, str, str | None]], start: int, relative: bool,
                     opening: "_SentenceOpeners", continuing: bool = False,
                     reported: tuple[int, int] | None = None, saying: bool = False,
                     statement: int | None = None) -> Antecedents:
    """The antecedents of ``mention`` (``_antecedents``), with what only "it", "they" and "the couple" look for:
    the document, the group or the pair the sentences before name; ``continuing``: the cue goes on with the
    last speaker's report; ``reported``: the clause a he/she reports (``_reported_clause``), whose people are not
    its speaker; ``saying``: the cue is a speaker's act (``lexicon.SPEAKER_ACT_FORMS``); ``statement``: where the
    statement's content starts, when it is before the mention ("Mr. Trump fits the bill, he added": not Trump)."""
    if relative:
        return Antecedents(people=_relative_antecedent(text, runs, registry, start))
    paragraph = (text.rfind("\n", 0, start) + 1, min(start, statement if statement is not None else start))
    before = _antecedents(runs, registry, spoken, start, opening, paragraph)
    if reported:
        before = replace(before, not_speakers=_people_in(text, reported, runs, registry))
    if continuing:
        before = replace(before, continuing=True)
    low = pronoun_of(mention)
    if low == "it":
        return replace(before, document=_document_before(text, start), saying=saying)
    if low == "they":
        return replace(before, group=_group_before(text, start))
    if low.rsplit(" ", 1)[-1] in PAIR_NOUNS:
        return replace(before, pair=_pair_before(text, start))
    return before


def _once(make: Callable[[], Antecedents]) -> Callable[[], Antecedents]:
    """``make()``, computed on the first call only. (``functools.cache`` does the same but copies the wrapped
    function's attributes when it is built, once per speaker mention: about 10 times the cost of this closure.)"""
    made: list[Antecedents] = []

    def get() -> Antecedents:
        if not made:
            made.append(make())
        return made[0]
    return get


def _reported_clause(text: str, att: Attribution, mention: str) -> tuple[int, int] | None:
    """The first clause of what a he/she reports after the cue: "He said Benedetti was taken to jail" is not
    Benedetti's statement, so "he" is someone else. None for a content before its cue, which may name its speaker
    ("Kane is tired, he said"), and for other mentions.
    The clause ends at a semicolon, or at a comma before a clause word ("…, but Kane thinks"), where the same person
    may be named again."""
    if mention.lower() not in PRONOUN_GENDERS or att.subject is None or att.start < att.subject[1]:
        return None
    stop = _NEXT_CLAUSE_RE.search(text, att.start, att.end)
    return att.start, stop.start() if stop else att.end


_NEXT_CLAUSE_RE = re.compile(r"[,;][ \t]+(?:%s)\b|;" % "|".join(sorted(CLAUSE_BREAKS)))


def _people_in(text: str, span: tuple[int, int], runs: list[tuple[int, int, str]], registry: Registry) -> frozenset[str]:
    """The people named in ``span`` as a subject or object, by canonical name: not as an owner ("Trump's microphone"
    is often the speaker's own), as a modifier after a determiner ("the Reyes plan", "a Reyes victory") nor in an
    aside in brackets."""
    index = bisect_left(runs, (span[0],))
    names = set()
    while index < len(runs) and runs[index][0] < span[1]:
        start, end, name = runs[index]
        index += 1
        if POSSESSIVE_RE.search(text, start, end) or _MODIFIER_RE.match(text, end) and _after_determiner(text, start) \
                or _in_brackets(text, span[0], start):
            continue
        full = registry.canonical_name(name)
        if registry.is_person(full):
            names.add(full)
    return frozenset(names)


_MODIFIER_RE = re.compile(r"[ \t]+[a-z]")
_DETERMINER_BEFORE_RE = re.compile(r"(?:^|\W)(?:%s)[ \t]+$" % "|".join(sorted(ARTICLES)), re.IGNORECASE)


def _after_determiner(text: str, start: int) -> bool:
    """A determiner ("the", "a", "an") right before ``start``."""
    return _DETERMINER_BEFORE_RE.search(text, max(0, start - 6), start) is not None


def _in_brackets(text: str, start: int, pos: int) -> bool:
    """``pos`` is inside brackets opened after ``start``."""
    opened = text.rfind("(", start, pos)
    return opened >= 0 and ")" not in text[opened:pos]


def _antecedents(runs: list[tuple[int, int, str]], registry: Registry, spoken: list[tuple[int, str, str | None]],
                 before: int, opening: "_SentenceOpeners", paragraph: tuple[int, int]) -> Antecedents:
    """The people (named in the window before ``before``, or speakers before it) and the bodies that
    spoke, the most recent first. ``opening`` holds the ends of the names that open a sentence (its subject,
    as a rule); ``paragraph`` is the part of the paragraph of ``before`` that comes before its statement."""
    people = _named_before(runs, registry, before, PRONOUN_WINDOW)
    latest: dict[str, int] = {}
    for pos, name in people:  # the last first: each name's most recent mention
        latest.setdefault(name, pos)
    subjects = [name for name, pos in latest.items() if pos in opening]
    spoke_here = any(kind == PERSON and paragraph[0] <= pos <= before for pos, _, kind in spoken[-SPEAKER_LOOKBACK:])
    here = [] if spoke_here else [name for name in subjects if paragraph[0] <= latest[name] < paragraph[1]]
    people += [(pos, name) for pos, name, kind in spoken[-SPEAKER_LOOKBACK:] if kind == PERSON and pos <= before]
    people.sort(key=lambda p: -p[0])
    bodies = [(pos, name) for pos, name, kind in spoken[-BODY_LOOKBACK:]
              if (kind != PERSON or registry.user_name(name)) and 0 <= before - pos <= PRONOUN_WINDOW]
    users = registry.user_mentions
    k = bisect_left(users, (before,))
    while k > 0 and before - users[k - 1][0] <= PRONOUN_WINDOW and len(bodies) < BODY_LOOKBACK:
        bodies.append(users[k - 1])  # a user named, who may be "they" ("acebush1 joined ...; they posted")
        k -= 1
    bodies = [name for _, name in sorted(bodies, key=lambda b: -b[0])]
    speakers = [name for pos, name, kind in reversed(spoken[-SPEAKER_LOOKBACK:]) if kind == PERSON and pos <= before]
    return Antecedents(people=tuple(dict.fromkeys(n for _, n in people)), bodies=tuple(dict.fromkeys(bodies)),
                       speakers=tuple(dict.fromkeys(speakers)), subjects=frozenset(subjects),
                       paragraph_subjects=frozenset(here),
                       named=tuple(dict.fromkeys(name for _, name in _runs_before(runs, before, PRONOUN_WINDOW)
                                                 if " " in name)))


_SENTENCE_LEAD_RE = re.compile(r"(?:^|[.!?\n“])[ \t]*(?:([A-Z][a-z]*(?:[ \t]+[^.!?\n“]+?)?),[ \t]+)?"
                               r"((?:[\w’'\-]+[ \t]+){0,%d})$" % SUBJECT_LEAD_WORDS)
_FIRST_WORD_RE = re.compile(r"[A-Za-z]+")
#: First words of an introductory phrase before a sentence's subject ("At the debate, ", "While Jo waited, ").
_INTRO_STARTS = PREPOSITIONS | CLAUSE_BREAKS | TIME_LEADS


class _SentenceOpeners:
    """The ends of the name runs that open a sentence (``_opens_sentence``), as a set: each run is read
    when first asked about, since only the names just before a pronoun ever are."""

    def __init__(self, text: str, runs: list[tuple[int, int, str]]) -> None:
        self._text = text
        self._starts = {end: start for start, end, _ in runs}
        self._known: dict[int, bool] = {}

    def __contains__(self, end: int) -> bool:
        known = self._known.get(end)
        if known is None:
            start = self._starts.get(end)
            known = self._known[end] = start is not None and _opens_sentence(self._text, start)
        return known


def _opens_sentence(text: str, start: int) -> bool:
    """The name at ``start`` is the subject of its sentence: it opens it, or only an introductory
    phrase ("However, ", "At the debate, ", "While Aisha waited, "), capitalised words or a title
    ending in a role noun stand before it ("However, Norrail freight executive Piet Vander has …")."""
    lead = _SENTENCE_LEAD_RE.search(text, max(0, start - SUBJECT_LEAD_CHARS), start)
    if lead is None:
        return False
    intro = (lead.group(1) or "").split()
    if len(intro) > 1 and intro[0].lower() not in _INTRO_STARTS:
        return False  # "Anna Keller, a lawyer, met Tom Wu": not an introductory phrase
    words = lead.group(2).split()
    first = _FIRST_WORD_RE.match(text, start)
    if (words[:1] or [first.group() if first else ""])[0].lower() in SUBORDINATORS:
        return False  # "While Aisha waited, …" (the run may start at "While"): the subordinate clause's subject
    return all(w[0].isupper() for w in words) or words[-1].lower() in OFFICE_WORDS


def _statement(doc: _Article, article: Article, f: _Found, res: Resolution) -> Statement:
    att, text = f.att, doc.text
    source = att.source or res.source
    if source is None and att.addressee is not None:
        told = doc.work[att.addressee[0]:att.addressee[1]]
        if not doc.registry.is_person(doc.registry.canonical_name(told)):
            source = told  # "told People": a publication, not a person
    speaker = res.name
    confidence = att.confidence * (res.confidence if speaker else NO_SPEAKER_FACTOR)
    return Statement(
        doc=article.id, start=att.start, end=att.end, text=text[att.start:att.end], kind=att.kind,
        cue=text[att.cue_start:att.cue_end] if att.cue_start is not None else None,
        cue_start=att.cue_start, cue_end=att.cue_end, speaker=speaker,
        speaker_start=att.subject[0] if att.subject else None,
        speaker_end=att.subject[1] if att.subject else None,
        source=source, via=f.via, confidence=round(max(MIN_CONFIDENCE, min(1.0, confidence)), 2),
        parts=att.parts, role=_role(res, doc.registry, att.subject[0] if att.subject else att.start) if speaker else None,
        speaker_type=_speaker_type(res, doc.registry) if speaker else None,
        speaker_confidence=round(res.confidence, 2) if speaker else None)


def _role(res: Resolution, registry: Registry, at: int) -> str | None:
    """The title the name was written with, else the description an apposition gives the person ("Jo Reed, a
    spokeswoman for Portline," -> "spokeswoman for Portline"), the one nearest the mention at ``at`` (a person the
    article describes anew later: "Jo Reed, the mayor of Tarnby," after "Jo Reed, a lawyer,"); shown, not used to
    resolve."""
    if res.role or res.type != PERSON:
        return res.role
    found = [(abs(start - at), start, role) for name, roles in registry.apposition_roles.items()
             if registry.canonical_name(name) == res.name for start, role in roles]
    return min(found)[2] if found else None


def _speaker_type(res: Resolution, registry: Registry) -> str | None:
    """The resolved type, and a person for a name of unknown type that ", who" follows ("Keller, who chairs the
    board, said"): a type shown, not used to resolve pronouns (that moved "he" on PolNeAR without gain)."""
    return PERSON if res.type == UNKNOWN and res.name in registry.relatives else res.type


def _post_statements(doc: _Article, article: Article) -> list[Statement]:
    """Each embedded post is a statement of its author."""
    statements = []
    for post in doc.posts:
        doc.registry.note(post.author, "@" + post.handle)
        sig = doc.text.find(post.author, post.body_end, post.end)
        statements.append(Statement(
            doc=article.id, start=post.body_start, end=post.body_end, text=doc.text[post.body_start:post.body_end],
            kind="post", speaker=post.author, speaker_start=sig if sig >= 0 else None,
            speaker_end=sig + len(post.author) if sig >= 0 else None, handle=post.handle, date=post.date,
            confidence=POST_CONFIDENCE, speaker_type=entity_type(post.author, doc.registry),
            speaker_confidence=POST_CONFIDENCE))
    return statements


_HANDLE_RE = re.compile(r"(?<![\w@])@(\w{2,30})\b")


def _handle_keys(name: str) -> list[str]:
    """The handles a person's name is commonly written as: ``AlecBaldwin``, ``GStephanopoulos``."""
    words = ["".join(ch for ch in w if ch.isalnum()).lower() for w in name.split()]
    words = [w for w in words if w]
    return ["".join(words), words[0][0] + words[-1]] if len(words) >= 2 else []


def _note_mentioned_handles(doc: _Article) -> None:
    """A handle the article mentions ("Dear @AlecBaldwin", "tells @GStephanopoulos") that spells
    the full name of exactly one person it names is that person's handle."""
    if "@" not in doc.text:
        return  # no handle mentioned (most articles)
    owners: dict[str, set[str]] = {}
    for name in {*doc.registry.aliases, *doc.registry.full_names.values()}:
        if doc.registry.is_person(name):
            for key in _handle_keys(name):
                owners.setdefault(key, set()).add(name)
    for m in _HANDLE_RE.finditer(doc.text):
        names = owners.get(m.group(1).lower(), set())
        if len(names) == 1:
            doc.registry.note(next(iter(names)), "@" + m.group(1))


def extract_article(article: Article) -> ArticleResult:
    """Every statement of one article, with its speakers, boilerplate and whether it was cut short."""
    doc = _prepare(article.text)
    found = _collect(doc, _analyse_units(doc))
    statements = _name_speakers(doc, article, found) + _post_statements(doc, article)
    _note_mentioned_handles(doc)
    statements.sort(key=lambda s: (s.start, s.end))
    end_of_content = content_end(doc.work, [])
    truncated = any(not q.closed and q.end >= end_of_content for q in doc.quotes)
    return ArticleResult(article=article, statements=tuple(statements), speakers=doc.registry.speakers(),
                         boilerplate=tuple(Span(b.start, b.end, b.label) for b in doc.boilerplate),
                         truncated=truncated)


def _runs_before(runs: list[tuple[int, int, str]], before: int, window: int) -> Iterator[tuple[int, str]]:
    """The name runs ending in the ``window`` characters before ``before`` (end, name), the last first."""
    index = bisect_left(runs, (before,))
    for _, end, name in reversed(runs[max(0, index - NAME_LOOKBACK_RUNS):index]):
        if end > before:
            continue
        if before - end > window:
            break
        yield end, name


def _named_before(runs: list[tuple[int, int, str]], registry: Registry, before: int,
                  window: int) -> list[tuple[int, str]]:
    """The people named in the ``window`` characters before ``before`` (where, name), the last first."""
    out = []
    for end, name in _runs_before(runs, before, window):
        full = registry.canonical_name(name)
        if registry.is_person(full):
            out.append((end, full))
    return out


def extract(text: str, doc_id: str = "doc", **metadata: str | None) -> list[Statement]:
    """Every statement in ``text``; ``metadata`` fills the other ``Article`` fields (title, url, ...)."""
    return list(extract_article(Article(id=doc_id, text=text, **metadata)).statements)
