"""Command-line inputs -> files: plain paths, folders (searched recursively) and glob patterns."""
from __future__ import annotations

import glob
from collections.abc import Iterable
from pathlib import Path

from quotetrail.ingest.readers import SUFFIXES

GLOB_CHARS = "*?["


def _is_article_file(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and not name.startswith(".") and name.endswith(SUFFIXES)


def _in_folder(folder: Path) -> list[Path]:
    """Files of the supported types under ``folder``, skipping hidden files and folders."""
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative):
            continue
        if _is_article_file(path):
            found.append(path)
    return sorted(found)


def expand_paths(args: Iterable[str | Path]) -> list[Path]:
    """Files to read, in order and each once.

    A folder stands for the supported files in it (``.txt``, ``.html``, ``.jsonl``, ``.warc``, gzipped
    or not, and their variants; other files, like a README, are left out). A pattern with ``*``, ``?`` or ``[``
    that is not itself a file name is expanded (``**`` reaches into subfolders). A named file is
    read whatever its type. A path that matches nothing is kept, so that reading it reports it.
    """
    files: list[Path] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            files.extend(_in_folder(path))
        elif not path.exists() and any(c in str(arg) for c in GLOB_CHARS):
            matches = sorted(Path(m) for m in glob.glob(str(arg), recursive=True))
            expanded = [m for m in matches if m.is_file()] + [f for m in matches if m.is_dir() for f in _in_folder(m)]
            files.extend(expanded or [path])
        else:
            files.append(path)
    seen: set[Path] = set()
    unique = []
    for path in files:
        try:
            key = path.resolve()
        except (RuntimeError, OSError):  # a symlink loop: reading it reports it
            key = path.absolute()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique
