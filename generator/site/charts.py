"""Charts as SVG made at build time: no JavaScript, nothing from other hosts.

Every chart is an `<svg role="img">` named by its `<title>` and described by
its `<desc>`, and the page shows the same numbers in a table beside it.
Bars are drawn with the page's own colours (`currentColor`) and told apart
by pattern as well as shade, so they read in print, in greyscale and in
forced-colours mode. Label text stays 12 units high in a 320-unit-wide
drawing: at a phone's width it is drawn at about its own size.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import count

from markupsafe import Markup, escape

from ..numbers import swedish_number

WIDTH = 320
ROW = 34  # height of one labelled bar
_ids = count(1)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    text: str  # the value as the chart writes it beside the bar


def _svg(n: int, title: str, description: str, height: int, body: str, css_class: str) -> Markup:
    return Markup(
        f'<svg class="iop-chart {css_class}" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-labelledby="chart-{n}-title chart-{n}-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="chart-{n}-title">{escape(title)}</title><desc id="chart-{n}-desc">{escape(description)}</desc>'
        f"{body}</svg>"
    )


def reset_ids() -> None:
    """Ids start again on every page, so a page's HTML never depends on the pages built before it."""
    global _ids
    _ids = count(1)


def bar_chart(title: str, description: str, bars: list[Bar]) -> Markup:
    """Horizontal bars, each under its label, scaled to the largest value."""
    n = next(_ids)
    largest = max((bar.value for bar in bars), default=0) or 1
    parts = []
    for index, bar in enumerate(bars):
        y = index * ROW
        length = round((WIDTH - 90) * bar.value / largest, 1)
        parts.append(f'<text x="0" y="{y + 12}" class="iop-chart-label">{escape(bar.label)}</text>'
                     f'<rect x="0" y="{y + 16}" width="{max(length, 1)}" height="12" class="iop-ink"/>'
                     f'<text x="{length + 4}" y="{y + 26}" class="iop-chart-value">{escape(bar.text)}</text>')
    return _svg(n, title, description, max(ROW * len(bars), ROW), "".join(parts), "iop-bars")


def _patterns(n: int) -> str:
    return (f'<defs><pattern id="chart-{n}-hatch" width="4" height="4" patternUnits="userSpaceOnUse" '
            f'patternTransform="rotate(45)"><rect width="2" height="4" class="iop-ink"/></pattern>'
            f'<pattern id="chart-{n}-dots" width="4" height="4" patternUnits="userSpaceOnUse">'
            f'<circle cx="2" cy="2" r="1" class="iop-ink"/></pattern></defs>')


def _fill(index: int, n: int) -> str:
    """The parts of a stacked bar differ in pattern as well as shade: solid, hatched, dotted, outlined."""
    return ['class="iop-ink"', f'fill="url(#chart-{n}-hatch)" class="iop-edge"',
            f'fill="url(#chart-{n}-dots)" class="iop-edge"', 'class="iop-empty"'][index]


def stacked_chart(title: str, description: str, legend: list[str], rows: list[tuple[str, list[int]]]) -> Markup:
    """One bar per row, split into parts in the order of the legend; the legend is drawn first."""
    n = next(_ids)
    largest = max((sum(values) for _, values in rows), default=0) or 1
    parts = [_patterns(n)]
    for index, name in enumerate(legend):
        y = index * 18
        parts.append(f'<rect x="0.5" y="{y + 2.5}" width="11" height="11" {_fill(index, n)}/>'
                     f'<text x="18" y="{y + 12}" class="iop-chart-label">{escape(name)}</text>')
    top = len(legend) * 18 + 8
    for row, (label, values) in enumerate(rows):
        y = top + row * ROW
        parts.append(f'<text x="0" y="{y + 12}" class="iop-chart-label">{escape(label)}</text>')
        x = 0.0
        for index, value in enumerate(values):
            width = (WIDTH - 40) * value / largest
            if value:
                parts.append(f'<rect x="{round(x, 1)}" y="{y + 16.5}" width="{round(width, 1)}" height="11" '
                             f'{_fill(index, n)}/>')
            x += width
        parts.append(f'<text x="{round(x, 1) + 4}" y="{y + 26}" class="iop-chart-value">{sum(values)}</text>')
    return _svg(n, title, description, top + ROW * len(rows), "".join(parts), "iop-stacked")


def timeline(title: str, description: str, periods: list[tuple[str, date, date, date | None]]) -> Markup:
    """Agreements on a time axis: each a bar from its first to its last planned day, the extension hatched."""
    first = min(p[1] for p in periods)
    last = max(p[3] or p[2] for p in periods)
    start_year, end_year = first.year, last.year + 1
    span = (date(end_year, 1, 1) - date(start_year, 1, 1)).days or 1

    def x(day: date) -> float:
        return round((WIDTH - 8) * (day - date(start_year, 1, 1)).days / span, 1)

    n = next(_ids)
    parts = [_patterns(n)]
    height = 24 + ROW * len(periods)
    years = range(start_year, end_year + 1)
    step = max(1, len(years) // 8)  # at most about eight year labels
    for year in years:
        xpos = x(date(year, 1, 1))
        parts.append(f'<line x1="{xpos}" y1="14" x2="{xpos}" y2="{height}" class="iop-grid"/>')
        if (year - start_year) % step == 0 and year < end_year:
            parts.append(f'<text x="{xpos + 2}" y="11" class="iop-chart-value">{year}</text>')
    for index, (label, begin, end, extended) in enumerate(periods):
        y = 20 + index * ROW
        parts.append(f'<text x="0" y="{y + 12}" class="iop-chart-label">{escape(label)}</text>')
        parts.append(f'<rect x="{x(begin)}" y="{y + 16}" width="{round(max(x(end) - x(begin), 2), 1)}" height="12" '
                     f'{_fill(0, n)}/>')
        if extended:
            parts.append(f'<rect x="{x(end)}" y="{y + 16.5}" width="{round(max(x(extended) - x(end), 2), 1)}" height="11" '
                         f'{_fill(1, n)}/>')
    return _svg(n, title, description, height, "".join(parts), "iop-timeline")


def kronor(value: int) -> str:
    return f"{swedish_number(value)} kr"
