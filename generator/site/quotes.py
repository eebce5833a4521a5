"""The sentences a report's facts are quoted from, marked in its text so the facts can link to them.

A lesson, an amount or a counted result links to `#<anchor>` on the report
page, where the sentence it quotes is marked. Validation guarantees that
each quotation stands in one paragraph; it is marked where it first does.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from ..content.model import Report


@dataclass(frozen=True)
class Quote:
    anchor: str
    text: str  # whitespace-normalised, as paragraphs are


def report_quotes(report: Report) -> list[Quote]:
    quotes = [Quote(f"belopp-{i}", item.quote) for i, item in enumerate(report.funding, start=1)]
    quotes += [Quote(f"resultat-{i}", item.quote) for i, item in enumerate(report.figures, start=1)]
    if report.lessons:
        quotes += [Quote(f"utmaning-{i}", q) for i, q in enumerate(report.lessons.challenges, start=1)]
        quotes += [Quote(f"framgangsfaktor-{i}", q) for i, q in enumerate(report.lessons.success_factors, start=1)]
    return [Quote(q.anchor, " ".join(q.text.split())) for q in quotes]


class Marker:
    """Marks each quotation in the first paragraph that holds it, paragraph by paragraph in reading order."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.waiting = list(quotes)

    def __call__(self, paragraph: str) -> Markup:
        found: list[tuple[int, int, str]] = []
        for quote in list(self.waiting):
            start = paragraph.find(quote.text)
            if start >= 0:
                found.append((start, start + len(quote.text), quote.anchor))
                self.waiting.remove(quote)
        if not found:
            return escape(paragraph)
        found.sort()
        html, position, covered = [], 0, 0
        html_index = 0  # where the marked sentence that covers `covered` begins in html
        for start, end, anchor in found:
            if start < covered:
                # Overlaps a sentence marked already: an anchor where that one begins leads to the same place.
                html.insert(html_index, Markup('<span id="{}"></span>').format(anchor))
                continue
            html.append(escape(paragraph[position:start]))
            html_index = len(html)
            html.append(Markup('<span class="iop-quote" id="{}">{}</span>').format(anchor, paragraph[start:end]))
            position = covered = end
        html.append(escape(paragraph[position:]))
        return Markup("").join(html)
