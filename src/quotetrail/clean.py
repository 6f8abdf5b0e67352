"""Cleaning: publisher blurbs and boilerplate lines, and articles cut off inside a quotation.

Boilerplate is found sentence by sentence with patterns for what publishers append (a blurb
describing the outlet, copyright lines, calls to subscribe or follow); those spans never become
statements.
"""
from __future__ import annotations

import re

from quotetrail.types import Span

_OUTLET = (r"(?:newspaper|news ?paper|news (?:site|website|outlet|agency|organi[sz]ation|service|network|brand)"
           r"|publication|magazine|media (?:company|outlet|organi[sz]ation|group)|web ?site|tabloid|broadsheet"
           r"|daily|weekly|journal|digital (?:media|news) (?:company|outlet|publication))")
#: What follows "is"/"are" in a publisher's blurb: " a weekly paper based in …".
_BLURB = (r" (?:a|an|the)\b[^.\n]{0,60}?\b" + _OUTLET
          + r"\b[^\n]{0,80}?\b(?:published|based|founded|owned|headquartered|located|serving|covering|edited)\b")
#: Boilerplate anywhere in a sentence: a blurb after "is" or "are", or "all rights reserved", ignoring case. The
#: pattern starts with the letters that match a and i ignoring case and reads the rest of the word after them
#: (the word boundary before it checked after the letter), so that only the places of those letters are tried,
#: not every position of the sentence.
_ANYWHERE_RE = re.compile(r"[AaIiİı](?<!\w[AaIiİı])(?i:(?<=i)s" + _BLURB + r"|(?<=a)re" + _BLURB
                          + r"|(?<=a)ll rights reserved\b)")
#: Boilerplate at the start of a sentence.
_AT_START = [
    r"(?:©|\(c\)|copyright\b)",
    r"(?:sign up|subscribe)\b[^\n]{0,80}\b(?:newsletter|updates|alerts|here|today)\b",
    r"(?:follow (?:us|[\w ]{1,40}) on (?:twitter|facebook|instagram|x)\b)",
    r"(?:click here|read (?:more|the rest|the full story)(?: here| at)?)\b",
    r"this (?:article|story) (?:was|has been) (?:originally )?(?:published|updated|first appeared)\b",
]
#: As one pattern: one try at the start of a sentence.
_AT_START_RE = re.compile(r"^\s*(?:%s)" % "|".join(f"(?:{p})" for p in _AT_START), re.I)
_SENTENCE_RE = re.compile(r"[^\n.!?]+(?:[.!?]+[\"”’)]*|$)", re.M)


def find_boilerplate(text: str) -> list[Span]:
    """Spans of boilerplate sentences (publisher blurbs, copyright, sign-up lines)."""
    spans: list[Span] = []
    for m in _SENTENCE_RE.finditer(text):
        sentence = m.group()
        if not sentence.strip():
            continue
        if _ANYWHERE_RE.search(sentence) or _AT_START_RE.search(sentence):
            start = m.start() + (len(sentence) - len(sentence.lstrip()))
            end = m.end()
            # "... D.C." : abbreviations split the sentence; extend to the end of the line
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            if not re.search(r"[.!?][\"”’)]*\s", text[end:line_end]):
                end = line_end
            while end > start and text[end - 1].isspace():
                end -= 1
            spans.append(Span(start, end, "boilerplate"))
    return spans


def content_end(text: str, boilerplate: list[Span]) -> int:
    """Where the article proper ends: before trailing boilerplate and whitespace."""
    end = len(text)
    for span in sorted(boilerplate, key=lambda s: s.start, reverse=True):
        if not text[span.end:end].strip():
            end = span.start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
