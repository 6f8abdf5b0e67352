"""Questions about many character spans at once, answered by bisection rather than a scan of them all."""
from __future__ import annotations

from bisect import bisect_left, bisect_right


class Covered:
    """Positions inside any of some half-open spans: the spans merged once, then one bisect a question."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if s >= e:
                continue
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]

    def flags(self, positions: list[int]) -> list[bool]:
        """``[pos in self for pos in positions]`` for sorted ``positions``: two bisections a span, none a position."""
        out = [False] * len(positions)
        for start, end in zip(self._starts, self._ends):
            a, b = bisect_left(positions, start), bisect_left(positions, end)
            out[a:b] = [True] * (b - a)
        return out
