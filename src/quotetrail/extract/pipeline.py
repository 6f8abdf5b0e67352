"""The per-article pipeline: the same function runs in a CLI worker and in a Spark task.

Stages (each a module with one job):
1. ``clean``: boilerplate spans (publisher blurbs, copyright lines) are blanked in a working copy
   of the text, so offsets stay those of the original text;
2. ``posts``: embedded social posts are found and their signatures and links blanked;
3. ``marks``: quote marks are paired paragraph by paragraph;
4. ``sentences``: sentences, joined where one quotation spans several;
5. ``clauses`` (with ``cues`` and ``mentions``): per sentence, cue + speaker mention + content;
6. here: quotations without a cue take the speaker of the neighbouring sentence, a quotation
   interrupted by its cue is joined, and transcript turns (``turns``) are added;
7. ``speakers``: mentions become canonical names.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from quotetrail.clean import content_end, find_boilerplate
from quotetrail.extract.clauses import Attribution, UnitResult, analyse_unit
from quotetrail.extract.marks import Quote, find_quotes
from quotetrail.extract.posts import Post, find_posts
from quotetrail.extract.sentences import Unit, split_units
from quotetrail.extract.spans import Covered
from quotetrail.extract.speakers import Registry, is_person, name_runs, resolve
from quotetrail.extract.turns import transcript_turns
from quotetrail.types import Article, ArticleResult, Span, Statement

#: A quotation must cover this share of its sentence to stand alone as a statement without a cue.
STANDALONE_SHARE = 0.6
#: How far back (characters) a pronoun looks for the person it refers to when no speaker came before.
PRONOUN_WINDOW = 600
#: How many words before a cue-less quoted fragment belong to what is reported.
FRAGMENT_WORDS_BEFORE = 3


@dataclass
class _Found:
    att: Attribution
    via: str | None = None  # the author of the post the statement was found in


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


_DOUBLED_MARK_RE = re.compile(r"''|``")


def _normalise_marks(text: str) -> str:
    """Doubled apostrophes and backticks (''so'' and ``so'') become a straight double mark plus a space."""
    def repl(m: re.Match[str]) -> str:
        before = text[m.start() - 1] if m.start() > 0 else " "
        opening = m.group() == "``" or before.isspace() or before in "([—–-"
        return ' "' if opening else '" '
    return _DOUBLED_MARK_RE.sub(repl, text)


def _standalone(text: str, unit: Unit, quote: Quote) -> bool:
    unit_chars = len(text[unit.start:unit.end].strip())
    return unit_chars > 0 and (quote.outer_end - quote.open) >= STANDALONE_SHARE * unit_chars


_WORDS_BEFORE_RE = re.compile(r"(?:[\w’'\-]+\s+){0,%d}$" % FRAGMENT_WORDS_BEFORE)
_WORDISH_RE = re.compile(r"[\w’'\-]")
_SPACE_RE = re.compile(r"\s")
#: What ends the clause of a cue-less quoted fragment.
_CLAUSE_SEPARATORS = (";", " — ", " – ", "(", ". ")
_CLAUSE_STOP_RE = re.compile("(?=(%s))" % "|".join(re.escape(sep) for sep in _CLAUSE_SEPARATORS))


class _ClauseStops:
    """Every place a clause separator starts in a text, found once, so that a fragment needs no scan."""

    def __init__(self, text: str) -> None:
        found = [(m.start(), len(m.group(1))) for m in _CLAUSE_STOP_RE.finditer(text)]
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


def _context_speaker(results: list[UnitResult], units: list[Unit], k: int,
                     inferred: dict[int, list[Attribution]]) -> Attribution | None:
    """The attribution a cue-less quotation in unit ``k`` belongs to, from its neighbours.

    ``inferred`` holds what earlier units got this way, so a quotation over several paragraphs
    keeps its speaker.
    """
    def with_speaker(index: int) -> list[Attribution]:
        found = [a for a in results[index].attributions if a.subject is not None and not a.according]
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
    """``“A,” X said. “B.”`` is one quotation interrupted by its cue: one statement from A to B.

    Only a quotation whose cue follows it is joined with the quotations that continue it right
    after the cue, in the same paragraph and with the same speaker mention. Statements the cue
    sentence makes on its own ("“A,” he said, noting B. “C.”") stay, inside the joined span.
    """
    out: list[_Found] = []
    for f in found:
        target = None
        for idx in range(len(out) - 1, max(-1, len(out) - 4), -1):
            prev = out[idx]
            if f.att.kind == "direct" and text[prev.att.start - 1:prev.att.start] in ("“", "\"") \
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
            out[target] = _Found(replace(prev.att, end=f.att.end), prev.via)
            continue
        out.append(f)
    return out


def _only_cue_between(text: str, first: Attribution, second: Attribution) -> bool:
    """Between the two parts: the closing mark, the speaker, the cue and little else."""
    gap = text[first.end:second.start]
    return len(gap) <= 400 and first.subject is not None and first.end <= first.subject[0] < second.start


def _post_of(posts: list[Post], pos: int) -> Post | None:
    return next((p for p in posts if p.body_start <= pos < p.body_end), None)


def extract_article(article: Article) -> ArticleResult:
    text = article.text
    boilerplate = find_boilerplate(text)
    posts = find_posts(text)
    hidden = [(b.start, b.end) for b in boilerplate]
    hidden += [(p.body_end, p.end) for p in posts]
    work = _normalise_marks(_blank(text, hidden))
    end_of_content = content_end(work, [])
    quotes = find_quotes(work)
    units = split_units(work, quotes)
    quote_opens = [q.open for q in quotes]
    registry = Registry.from_text(work)
    runs = name_runs(work)

    in_posts = Covered([(p.body_start, p.body_end) for p in posts])
    turns = [t for t in transcript_turns(work) if t.start not in in_posts or _post_of(posts, t.start) is None]
    in_turns = Covered([(t.start, t.end) for t in turns])
    results: list[UnitResult] = []
    for unit in units:
        post = _post_of(posts, unit.start) if unit.start in in_posts else None
        if unit.start in in_turns:
            results.append(UnitResult((), ()))  # a transcript turn is one statement as a whole
            continue
        results.append(analyse_unit(work, unit.start, unit.end, quotes, quoted_only=post is not None,
                                    quote_opens=quote_opens))

    found: list[_Found] = []
    inferred: dict[int, list[Attribution]] = {}
    stops = _ClauseStops(work)
    for k, (unit, res) in enumerate(zip(units, results)):
        post = _post_of(posts, unit.start) if unit.start in in_posts else None
        via = post.author if post else None
        for att in res.attributions:
            found.append(_Found(att, via))
        for quote in res.orphan_quotes:
            if not _standalone(work, unit, quote):
                if post is None:  # quoted words with no cue: the sentence's subject used them, if any
                    start, end = _fragment_clause(work, unit, quote, stops)
                    found.append(_Found(Attribution(start, end, "mixed", subject=res.subject,
                                                    confidence=0.35), via))
                continue
            ctx = _context_speaker(results, units, k, inferred) if post is None else None
            if ctx is not None:
                att = Attribution(quote.start, quote.end, "direct", ctx.cue_start, ctx.cue_end, ctx.subject,
                                  ctx.source, inferred=True, confidence=0.6)
                inferred.setdefault(k, []).append(att)
            else:
                att = Attribution(quote.start, quote.end, "direct", confidence=0.4)
            found.append(_Found(att, via))
    found.extend(_Found(turn) for turn in turns)
    told = [f.att.addressee for f in found if f.att.addressee is not None]
    if told:  # "told Folk Weekly": the one told is not who a later "she" refers to
        inside_told = Covered(told)
        runs = [r for r in runs if r[0] not in inside_told]
    found.sort(key=lambda f: f.att.start)
    found = _join_interrupted(work, found)

    statements: list[Statement] = []
    last_person: tuple[str, int] | None = None  # the last person speaker and where it was named
    resolved: dict[tuple[int, int], str | None] = {}
    for f in found:
        att = f.att
        speaker, conf = None, 1.0
        if att.subject is not None:
            if att.subject in resolved:
                speaker = resolved[att.subject]
            else:
                mention = work[att.subject[0]:att.subject[1]]
                if mention.lower() == "who":  # the relative pronoun refers to the name just before it
                    named = _last_named(runs, registry, att.subject[0], window=80)
                else:  # the later of the last person speaker and the last person named
                    named = _last_named(runs, registry, att.subject[0])
                    if last_person and (named is None or last_person[1] >= named[1]):
                        named = last_person
                res = resolve(mention, registry, named[0] if named else None)
                speaker, conf = res.name, res.confidence
                resolved[att.subject] = speaker
                if speaker:
                    registry.note(speaker, mention)
                if res.named and speaker:
                    last_person = (speaker, att.subject[1])
            if speaker and is_person(speaker, registry):
                last_person = (speaker, att.subject[1])
        source = att.source
        if source is None and att.addressee is not None:
            told = work[att.addressee[0]:att.addressee[1]]
            if not is_person(registry.canonical_name(told), registry):
                source = told  # "told People": a publication, not a person
        statements.append(Statement(
            doc=article.id, start=att.start, end=att.end, text=text[att.start:att.end], kind=att.kind,
            cue=text[att.cue_start:att.cue_end] if att.cue_start is not None else None,
            cue_start=att.cue_start, cue_end=att.cue_end, speaker=speaker,
            speaker_start=att.subject[0] if att.subject else None,
            speaker_end=att.subject[1] if att.subject else None,
            source=source, via=f.via,
            confidence=round(max(0.05, min(1.0, att.confidence * (conf if speaker else 0.8))), 2)))
    for post in posts:
        registry.note(post.author, "@" + post.handle)
        sig = text.find(post.author, post.body_end, post.end)
        statements.append(Statement(
            doc=article.id, start=post.body_start, end=post.body_end, text=text[post.body_start:post.body_end],
            kind="post", speaker=post.author, speaker_start=sig if sig >= 0 else None,
            speaker_end=sig + len(post.author) if sig >= 0 else None, handle=post.handle, date=post.date,
            confidence=0.9))
    statements.sort(key=lambda s: (s.start, s.end))
    truncated = any(not q.closed and q.end >= end_of_content for q in quotes)
    return ArticleResult(article=article, statements=tuple(statements), speakers=registry.speakers(),
                         boilerplate=tuple(Span(b.start, b.end, b.label) for b in boilerplate), truncated=truncated)


def _last_named(runs: list[tuple[int, int, str]], registry: Registry, before: int,
                window: int = PRONOUN_WINDOW) -> tuple[str, int] | None:
    """The last person named in the ``window`` characters before ``before``, and where."""
    index = bisect_left(runs, (before,))
    for start, end, name in reversed(runs[max(0, index - 50):index]):
        if end > before:
            continue
        if before - end > window:
            return None
        full = registry.canonical_name(name)
        if is_person(full, registry):
            return full, end
    return None


def extract(text: str, doc_id: str = "doc", **metadata: str | None) -> list[Statement]:
    """Every statement in ``text``; ``metadata`` fills the other ``Article`` fields (title, url, ...)."""
    return list(extract_article(Article(id=doc_id, text=text, **metadata)).statements)
