"""The per-article pipeline: the same function runs in a CLI worker and in a Spark task.

Stages (each a module with one job):
1. ``clean``: boilerplate spans (publisher blurbs, copyright lines) are blanked in a working copy
   of the text, so offsets stay those of the original text;
2. ``posts``: embedded social posts are found and their signatures and links blanked;
3. ``marks``: quote marks are paired paragraph by paragraph;
4. ``sentences``: sentences, joined where one quotation spans several;
5. ``clauses`` (with ``cues`` and ``mentions``): per sentence, cue + speaker mention + content;
6. here: quotations without a cue take the speaker of the neighbouring sentence;
7. ``speakers``: mentions become canonical names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from quotetrail.clean import content_end, find_boilerplate
from quotetrail.extract.clauses import Attribution, UnitResult, analyse_unit
from quotetrail.extract.marks import Quote, find_quotes
from quotetrail.extract.posts import Post, find_posts
from quotetrail.extract.sentences import Unit, split_units
from quotetrail.extract.speakers import Registry, is_person, name_runs, resolve
from quotetrail.types import Article, ArticleResult, Span, Statement

#: A quotation must cover this share of its sentence to stand alone as a statement without a cue.
STANDALONE_SHARE = 0.6
#: How far back (characters) a pronoun looks for the person it refers to when no speaker came before.
PRONOUN_WINDOW = 600


@dataclass
class _Found:
    att: Attribution
    unit: int
    via: str | None = None


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


def _context_speaker(results: list[UnitResult], units: list[Unit], k: int) -> Attribution | None:
    """The attribution a cue-less quotation in unit ``k`` belongs to, from its neighbours."""
    def with_speaker(res: UnitResult) -> list[Attribution]:
        return [a for a in res.attributions if a.subject is not None and not a.according]

    para = units[k].para
    if k > 0 and units[k - 1].para == para and with_speaker(results[k - 1]):
        return with_speaker(results[k - 1])[-1]
    if k > 0 and results[k - 1].colon_speaker is not None:
        return results[k - 1].colon_speaker
    if k + 1 < len(units) and units[k + 1].para == para and with_speaker(results[k + 1]):
        return with_speaker(results[k + 1])[0]
    if k > 0 and units[k - 1].para != para:
        prev = with_speaker(results[k - 1])
        if prev and prev[-1].kind in ("direct", "mixed"):
            return prev[-1]
    return None


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
    registry = Registry.from_text(work)
    runs = name_runs(work)

    results: list[UnitResult] = []
    for unit in units:
        post = _post_of(posts, unit.start)
        results.append(analyse_unit(work, unit.start, unit.end, quotes, quoted_only=post is not None))

    found: list[_Found] = []
    for k, (unit, res) in enumerate(zip(units, results)):
        post = _post_of(posts, unit.start)
        via = post.author if post else None
        for att in res.attributions:
            found.append(_Found(att, k, via))
        for quote in res.orphan_quotes:
            if not _standalone(work, unit, quote):
                continue
            ctx = _context_speaker(results, units, k) if post is None else None
            if ctx is not None:
                att = Attribution(quote.start, quote.end, "direct", ctx.cue_start, ctx.cue_end, ctx.subject,
                                  ctx.source, inferred=True, confidence=0.6)
            else:
                att = Attribution(quote.start, quote.end, "direct", confidence=0.4)
            found.append(_Found(att, k, via))
    found.sort(key=lambda f: f.att.start)

    statements: list[Statement] = []
    last_person: str | None = None
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
                    fallback = _last_named(runs, registry, att.subject[0], window=80)
                else:
                    fallback = last_person or _last_named(runs, registry, att.subject[0])
                res = resolve(mention, registry, fallback)
                speaker, conf = res.name, res.confidence
                resolved[att.subject] = speaker
                if speaker:
                    registry.note(speaker, mention)
            if is_person(speaker, registry):
                last_person = speaker
        statements.append(Statement(
            doc=article.id, start=att.start, end=att.end, text=text[att.start:att.end], kind=att.kind,
            cue=text[att.cue_start:att.cue_end] if att.cue_start is not None else None,
            cue_start=att.cue_start, cue_end=att.cue_end, speaker=speaker,
            speaker_start=att.subject[0] if att.subject else None,
            speaker_end=att.subject[1] if att.subject else None,
            source=att.source, via=f.via,
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
                window: int = PRONOUN_WINDOW) -> str | None:
    """The last person named in the ``PRONOUN_WINDOW`` characters before ``before``."""
    for start, end, name in reversed(runs):
        if end > before:
            continue
        if before - end > window:
            return None
        full = registry.canonical_name(name)
        if is_person(full, registry):
            return full
    return None


def extract(text: str, doc_id: str = "doc", **metadata: str | None) -> list[Statement]:
    """Every statement in ``text``; ``metadata`` fills the other ``Article`` fields (title, url, ...)."""
    return list(extract_article(Article(id=doc_id, text=text, **metadata)).statements)
