"""Layout of a story's timeline chart: one row per article, time across, drawn as inline SVG.

An article is a circle at its date (area grows with its statement count); embedded posts that
carry their own date are small diamonds on the article's row at that date; quotes that appear in
several articles of the story are joined by a line from their first appearance, red when the
wording was altered. Articles with no date sit in a separate "no date" band on the right.
This module only computes coordinates; the template draws them (escaping every label).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from quotetrail.dates import parse_date

WIDTH = 960
ROW = 34
TOP = 34
LEFT = 250  # room for the article labels
RIGHT = 30
UNDATED_BAND = 130

@dataclass
class Mark:
    x: float
    y: float
    r: float
    label: str
    href: str
    title: str


@dataclass
class Link:
    """A quote going from one article (1) to another (2), drawn as a curve.

    The curve bends sideways in proportion to how many rows it spans, so links between articles
    that happen to lie on one straight line stay apart instead of running through each other.
    """

    x1: float
    y1: float
    x2: float
    y2: float
    altered: bool
    href: str
    title: str

    @property
    def path(self) -> str:
        dx, dy = self.x2 - self.x1, self.y2 - self.y1
        length = math.hypot(dx, dy) or 1.0
        bend = 10 * max(1.0, abs(dy) / ROW)
        cx, cy = (self.x1 + self.x2) / 2 - dy / length * bend, (self.y1 + self.y2) / 2 + dx / length * bend
        return f"M{self.x1:.1f},{self.y1:.1f} Q{cx:.1f},{cy:.1f} {self.x2:.1f},{self.y2:.1f}"


@dataclass
class Tick:
    x: float
    label: str


@dataclass
class Chart:
    width: int
    height: int
    axis_y: float
    undated_x: float | None
    band_x: float | None = None  # left edge of the "no date" band, when it sits beside dated articles
    left: int = LEFT
    end: int = WIDTH - RIGHT
    rows: list[Mark] = field(default_factory=list)  # one per article
    posts: list[Mark] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)


def story_chart(articles: list[dict[str, Any]], statements: list[dict[str, Any]],
                article_href: Any, statement_href: Any) -> Chart:
    """Coordinates for the chart of one story (``*_href`` turn a doc / statement id into a URL)."""
    days = [d for d in (parse_date(a["date"]) for a in articles) if d]
    days += [d for s in statements if s["kind"] == "post" and (d := parse_date(s["date"]))]
    has_undated = any(parse_date(a["date"]) is None for a in articles)
    plot_right = WIDTH - RIGHT - (UNDATED_BAND if has_undated and days else 0)
    first, last = (min(days), max(days)) if days else (None, None)
    span = max(1, (last - first).days) if first and last else 1
    undated_x = (WIDTH - RIGHT - UNDATED_BAND / 2 if days else (LEFT + WIDTH - RIGHT) / 2) if has_undated else None

    def x_of(day: date | None) -> float:
        if day is None or first is None:
            return undated_x if undated_x is not None else LEFT
        if first == last:
            return (LEFT + plot_right) / 2
        return LEFT + 10 + (plot_right - LEFT - 20) * (day - first).days / span

    height = TOP + ROW * max(1, len(articles)) + 40
    chart = Chart(WIDTH, height, axis_y=height - 28, undated_x=undated_x,
                  band_x=WIDTH - RIGHT - UNDATED_BAND + 15 if has_undated and days else None)
    position: dict[str, tuple[float, float]] = {}
    for i, a in enumerate(articles):
        y = TOP + ROW * i + ROW / 2
        x = x_of(parse_date(a["date"]))
        position[a["doc"]] = (x, y)
        name = a.get("outlet") or a.get("title") or a["doc"]
        label = name if len(name) <= 34 else name[:33] + "…"
        chart.rows.append(Mark(x, y, 4 + 2.2 * math.sqrt(a.get("statements") or 0), label, article_href(a["doc"]),
                               f"{a.get('title') or a['doc']} ({a['date'] or 'no date'}): "
                               f"{a.get('statements') or 0} statements"))
    for s in statements:
        day = parse_date(s["date"]) if s["kind"] == "post" else None
        if day is None or s["doc"] not in position:
            continue
        chart.posts.append(Mark(x_of(day), position[s["doc"]][1], 4, s.get("handle") or "",
                                statement_href(s["id"]), f"{s.get('handle') or s.get('speaker') or 'post'}"
                                f" ({s['date']}): {s['words'][:120]}"))
    by_cluster: dict[int, list[dict[str, Any]]] = {}
    for s in statements:
        if s.get("cluster_id") is not None:
            by_cluster.setdefault(s["cluster_id"], []).append(s)
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = {}  # (first article, later article) -> its quotes
    for members in by_cluster.values():
        first_doc = members[0]["doc"]
        for m in members:
            if m["doc"] != first_doc:
                pairs.setdefault((first_doc, m["doc"]), []).append(m)
    for (source, target), quotes in pairs.items():
        shown = next((q for q in quotes if q["altered"]), quotes[0])
        title = "\n".join(("altered: " if q["altered"] else "same words: ") + q["words"][:120] for q in quotes)
        chart.links.append(Link(*position[source], *position[target], any(q["altered"] for q in quotes),
                                statement_href(shown["id"]), title))
    if first and last:
        steps = min(6, max(1, (last - first).days))
        for k in range(steps + 1):
            day = date.fromordinal(first.toordinal() + round(k * (last - first).days / steps))
            chart.ticks.append(Tick(x_of(day), day.isoformat()))
        chart.ticks = list({t.label: t for t in chart.ticks}.values())
    return chart


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    count: int


BARS_HEIGHT = 110
MAX_BAR_STEP = 60  # a few months should not make a few very wide bars


def month_bars(months: list[tuple[str, int]], width: int = WIDTH) -> list[Bar]:
    """Bars for statements per month (``YYYY-MM``), every month between the first and last shown."""
    if not months:
        return []
    counts = dict(months)
    first_year, first_month = map(int, months[0][0].split("-"))
    last_year, last_month = map(int, months[-1][0].split("-"))
    span = (last_year - first_year) * 12 + last_month - first_month + 1
    labels = [f"{first_year + (first_month - 1 + k) // 12:04d}-{(first_month - 1 + k) % 12 + 1:02d}" for k in range(span)]
    top = max(counts.values())
    step = min(MAX_BAR_STEP, (width - 20) / span)
    plot = BARS_HEIGHT - 30
    bars = []
    for k, label in enumerate(labels):
        n = counts.get(label, 0)
        height = plot * n / top
        bars.append(Bar(10 + k * step + step * 0.1, 10 + plot - height, step * 0.8, height, label, n))
    return bars
