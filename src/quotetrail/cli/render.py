"""Output for people (aligned tables) and for programs (JSON Lines)."""
from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Sequence
from typing import Any, TextIO


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}"
    return " ".join(str(value).split())


def write_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], out: TextIO, wrap_last: bool = True) -> None:
    """An aligned table; the last column is cut to the terminal width."""
    cells = [[_cell(row.get(col)) for col in columns] for row in rows]
    widths = [min(32, max([len(col)] + [len(r[i]) for r in cells])) for i, col in enumerate(columns)]
    width = shutil.get_terminal_size((120, 24)).columns
    last = max(20, width - sum(widths[:-1]) - 2 * (len(columns) - 1)) if wrap_last else widths[-1]
    widths[-1] = last

    def line(values: Sequence[str]) -> str:
        parts = [v[:w].ljust(w) if i < len(values) - 1 else v[:w] for i, (v, w) in enumerate(zip(values, widths))]
        return "  ".join(parts).rstrip()

    out.write(line([c.upper() for c in columns]) + "\n")
    for row_cells in cells:
        out.write(line(row_cells) + "\n")


def write_wrapped_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], out: TextIO,
                        max_widths: dict[str, int] | None = None) -> None:
    """An aligned table whose last column wraps onto continuation lines; other cells are cut to ``max_widths``."""
    import textwrap

    limits = max_widths or {}
    cells = [[_cell(row.get(col)) for col in columns] for row in rows]
    widths = [min(limits.get(col, 32), max([len(col)] + [len(r[i]) for r in cells])) for i, col in enumerate(columns)]
    indent = sum(widths[:-1]) + 2 * (len(columns) - 1)
    last = max(24, shutil.get_terminal_size((120, 24)).columns - indent - 1)

    def cut(value: str, width: int) -> str:
        return value if len(value) <= width else value[: width - 1] + "…"

    out.write("  ".join(c.upper().ljust(w) for c, w in zip(columns[:-1], widths)) + "  " + columns[-1].upper() + "\n")
    for row_cells in cells:
        lead = "  ".join(cut(v, w).ljust(w) for v, w in zip(row_cells[:-1], widths))
        lines = textwrap.wrap(row_cells[-1], last) or [""]
        out.write(f"{lead}  {lines[0]}".rstrip() + "\n")
        for line in lines[1:]:
            out.write(" " * indent + line + "\n")
