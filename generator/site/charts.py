"""Charts as SVG made at build time: no JavaScript, nothing from other hosts.

Each chart is a `<figure>` whose caption gives its title and a one-line
summary, and whose `<svg role="img">` is named by them; the page shows the
same numbers in a table below it. The drawing has no viewBox: positions
across are percentages of the content's width and heights are pixels, so a
chart takes the full width at any screen size while its text stays at the
page's own size. Bars are drawn in the chart colour (`currentColor`) and
told apart by pattern as well as shade, so they read in print, in greyscale
and in forced-colours mode.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import count

from markupsafe import Markup, escape

from ..numbers import swedish_number

LINE = 22  # height of a line of label text at the page's size
BAR = 16  # height of a bar
GAP = 14  # space between one bar and the next label
ROW = LINE + BAR + GAP
# About the characters of label and value that fit a phone's width (20 em) at the page's type size.
LABEL_CHARACTERS = 26
_ids = count(1)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    text: str  # the value as the chart writes it beside the label


def reset_ids() -> None:
    """Ids start again on every page, so a page's HTML never depends on the pages built before it."""
    global _ids
    _ids = count(1)


def _figure(n: int, title: str, summary: str, height: int, body: str, css_class: str) -> Markup:
    return Markup(
        f'<figure class="iop-figure">'
        f'<figcaption><span class="iop-chart-title" id="chart-{n}-title">{escape(title)}</span> '
        f'<span class="iop-chart-summary" id="chart-{n}-desc">{escape(summary)}</span></figcaption>'
        f'<svg class="iop-chart {css_class}" width="100%" height="{height}" role="img" '
        f'aria-labelledby="chart-{n}-title chart-{n}-desc" xmlns="http://www.w3.org/2000/svg">{body}</svg>'
        f"</figure>"
    )


def _percent(value: float, largest: float) -> str:
    return f"{round(100 * value / largest, 2) if largest else 0:g}%"


def _lines(text: str, width: int = LABEL_CHARACTERS) -> list[str]:
    """A label cut at spaces into lines of about `width` characters: SVG text does not wrap by itself."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _label(x: str, y: int, lines: list[str], value: str | None = None) -> str:
    """A label of one or more lines; its value follows the last line, or stands on a line of its own."""
    spans = "".join(f'<tspan x="{x}" dy="{0 if i == 0 else LINE}">{escape(line)}</tspan>' for i, line in enumerate(lines))
    if value is not None:
        spans += f'<tspan dx="10" class="iop-chart-value">{escape(value)}</tspan>'
    return f'<text x="{x}" y="{y}" class="iop-chart-label">{spans}</text>'


def bar_chart(title: str, summary: str, bars: list[Bar]) -> Markup:
    """Horizontal bars, each under its label and value, scaled to the largest value across the full width."""
    n = next(_ids)
    largest = max((bar.value for bar in bars), default=0) or 1
    parts = []
    y = 0
    for bar in bars:
        lines = _lines(bar.label)
        parts.append(_label("0", y + LINE - 6, lines, bar.text))
        y += LINE * (len(lines) - 1)
        parts.append(f'<rect x="0" y="{y + LINE}" width="100%" height="{BAR}" class="iop-track"/>'
                     f'<rect x="0" y="{y + LINE}" width="{_percent(bar.value, largest)}" height="{BAR}" '
                     f'class="iop-ink"/>')
        y += ROW
    return _figure(n, title, summary, max(y, ROW) - GAP + 2, "".join(parts), "iop-bars")


def _patterns(n: int) -> str:
    return (f'<defs><pattern id="chart-{n}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
            f'patternTransform="rotate(45)"><rect width="3" height="6" class="iop-ink"/></pattern>'
            f'<pattern id="chart-{n}-dots" width="6" height="6" patternUnits="userSpaceOnUse">'
            f'<circle cx="3" cy="3" r="1.5" class="iop-ink"/></pattern></defs>')


def _fill(index: int, n: int) -> str:
    """The parts of a stacked bar differ in pattern as well as shade: solid, hatched, dotted, outlined."""
    return ['class="iop-ink"', f'fill="url(#chart-{n}-hatch)" class="iop-edge"',
            f'fill="url(#chart-{n}-dots)" class="iop-edge"', 'class="iop-empty"'][index]


def stacked_chart(title: str, summary: str, legend: list[str], rows: list[tuple[str, list[int]]]) -> Markup:
    """One bar per row, split into parts in the order of the legend; the legend is drawn first, one per line."""
    n = next(_ids)
    largest = max((sum(values) for _, values in rows), default=0) or 1
    parts = [_patterns(n)]
    for index, name in enumerate(legend):
        y = index * LINE
        parts.append(f'<rect x="0.5" y="{y + 4.5}" width="13" height="13" {_fill(index, n)}/>'
                     f'<text x="22" y="{y + LINE - 6}" class="iop-chart-label">{escape(name)}</text>')
    top = len(legend) * LINE + GAP
    for row, (label, values) in enumerate(rows):
        y = top + row * ROW
        parts.append(f'<text x="0" y="{y + LINE - 6}" class="iop-chart-label">{escape(label)}'
                     f'<tspan dx="10" class="iop-chart-value">{swedish_number(sum(values))}</tspan></text>')
        x = 0.0
        for index, value in enumerate(values):
            if value:
                parts.append(f'<rect x="{_percent(x, largest)}" y="{y + LINE + 0.5}" '
                             f'width="{_percent(value, largest)}" height="{BAR - 1}" {_fill(index, n)}/>')
            x += value
    return _figure(n, title, summary, top + ROW * len(rows) - GAP + 2, "".join(parts), "iop-stacked")


def timeline(title: str, summary: str, periods: list[tuple[str, date, date, date | None]]) -> Markup:
    """Agreements on a time axis: each a bar from its first to its last planned day, the extension hatched."""
    first = min(p[1] for p in periods)
    last = max(p[3] or p[2] for p in periods)
    start_year, end_year = first.year, last.year + 1
    span = (date(end_year, 1, 1) - date(start_year, 1, 1)).days or 1

    def x(day: date) -> float:
        return (day - date(start_year, 1, 1)).days

    n = next(_ids)
    labels = [_lines(period[0], 34) for period in periods]
    height = LINE + 4 + sum(ROW + LINE * (len(lines) - 1) for lines in labels) - GAP + 2
    parts = [_patterns(n)]
    years = range(start_year, end_year + 1)
    step = max(1, -(-len(years) // 6))  # at most about six year labels: they fit a phone's width
    for year in years:
        position = _percent(x(date(year, 1, 1)), span)
        parts.append(f'<line x1="{position}" y1="{LINE - 2}" x2="{position}" y2="{height}" class="iop-grid"/>')
        if (year - start_year) % step == 0 and year < end_year:
            parts.append(f'<text x="{position}" dx="4" y="{LINE - 8}" class="iop-chart-value">{year}</text>')
    y = LINE + 4
    for lines, (_, begin, end, extended) in zip(labels, periods):
        parts.append(_label("0", y + LINE - 6, lines))
        y += LINE * (len(lines) - 1)
        width = max(x(end) - x(begin), span / 200)
        parts.append(f'<rect x="{_percent(x(begin), span)}" y="{y + LINE}" width="{_percent(width, span)}" '
                     f'height="{BAR}" {_fill(0, n)}/>')
        if extended:
            parts.append(f'<rect x="{_percent(x(end), span)}" y="{y + LINE + 0.5}" '
                         f'width="{_percent(max(x(extended) - x(end), span / 200), span)}" height="{BAR - 1}" '
                         f'{_fill(1, n)}/>')
        y += ROW
    return _figure(n, title, summary, height, "".join(parts), "iop-timeline")


def kronor(value: int) -> str:
    return f"{swedish_number(value)} kr"


def kronor_short(value: int) -> str:
    """`13,6 miljoner kr`, `450 000 kr`: an amount as a sentence says it."""
    if value >= 1_000_000:
        millions = f"{value / 1_000_000:.1f}".replace(".", ",").removesuffix(",0")
        return f"{millions} {'miljon' if millions == '1' else 'miljoner'} kr"
    return kronor(value)
