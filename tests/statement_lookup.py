"""The statements of a made-up text as the table tests read them: all of them as rows, or one looked up by the
first words of its content."""
from __future__ import annotations

from quotetrail.extract import extract


def speakers_and_contents(text: str) -> list[tuple[str | None, str]]:
    """(speaker, content) of every statement of ``text``."""
    return [(s.speaker, s.text) for s in extract(text)]


def speaker_of(text: str, content: str) -> str | None:
    """The speaker of the first statement whose content starts with ``content``; fails when there is none."""
    found = [s for s in extract(text) if s.text.startswith(content)]
    assert found, f"no statement starting {content!r} in {speakers_and_contents(text)}"
    return found[0].speaker


def statements(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(text, kind, speaker, cue) of every statement of ``text``: what a row of an extraction table expects."""
    return [(s.text, s.kind, s.speaker, s.cue) for s in extract(text)]


def assert_speaker(text: str, content: str, speaker: str | None) -> None:
    """The statement of ``text`` whose content starts with ``content`` has ``speaker`` (a row of a speaker table)."""
    assert speaker_of(text, content) == speaker


def assert_statements_include(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    """Every (text, kind, speaker, cue) row of ``expected`` is a statement of ``text`` (others may be found too)."""
    found = statements(text)
    for row in expected:
        assert row in found, found
