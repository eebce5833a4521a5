"""The sentences a report's facts are quoted from, marked in its text so the facts can link to them.

A lesson, an amount or a counted result links to `#<anchor>` on the report
page, where the sentence it quotes is marked. Validation guarantees that
each quotation stands in one paragraph; it is marked where it first does.
In a table, a quotation within one cell is marked there, a row quoted whole
(an amount under its heading "Bidrag (kr)") marks its row.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from ..content.model import Report
from ..content.lists import TextList, gathered, list_of
from ..content.tables import NUMBER_CELL, Table, table_of


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


# A list's bullet is drawn like the document's sign: a dash as a dash, an arrow as an arrow (any other as a bullet).
_SIGNS = (("dash", "–-—"), ("arrow", "→►▶➢➤\uf0d8"))


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

    def blocks(self, written: list[str]) -> Markup:
        """A section's paragraphs as written (`Section.blocks`), a list's points in paragraphs of their own together."""
        return Markup("\n").join(self.block(block) for block in gathered(written))

    def block(self, written: str) -> Markup:
        """A paragraph as written (`Section.blocks`): a table as a table, a list as a list, anything else as running
        text."""
        if "\t" in written and (table := table_of(written)):
            return self.table(table)
        if "\n" in written and (points := list_of(written)):
            return self.text_list(points)
        return Markup("<p>{}</p>").format(self(" ".join(written.split())))

    def text_list(self, found: TextList) -> Markup:
        html = [Markup("<p>{}</p>\n").format(self(found.lead))] if found.lead else []
        # A numbered point keeps its own number ("1.", "a)"), as the document writes it, and so does a point done or
        # not ("☑", "☐", "✓", "✗"); any other sign is the list's bullet, drawn like the document's (a dash as a dash).
        # (A list without its bullets is still announced as a list where `role` says so.)
        tag = "ol" if found.numbered else "ul"
        role = Markup(' role="list"') if found.marked else Markup("")
        if found.marked:
            family = "" if found.numbered else " iop-marked"
        else:
            family = next((f" iop-sign-{name}" for name, signs in _SIGNS if found.points[0][0] in signs), "")
        html.append(Markup('<{} class="iop-text-list{}"{}>\n').format(tag, family, role))
        for marker, text in found.points:
            shown = f"{marker} {text}" if found.marked else text
            # A quotation of the whole point with its sign ("• läxhjälp") is the point itself; of its sign and its
            # first words, those words.
            signed = [quote for quote in self.waiting if quote.text.startswith(f"{marker} ") and quote.text not in shown
                      and quote.text in f"{marker} {text}"]
            whole = [quote for quote in signed if quote.text == f"{marker} {text}"]
            for quote in signed:
                self.waiting.remove(quote)
                if quote not in whole:
                    self.waiting.insert(0, Quote(quote.anchor, quote.text[len(marker) + 1:]))
            opening = Markup('<li class="iop-quote" id="{}">').format(whole[0].anchor) if whole else Markup("<li>")
            anchors = Markup("").join(Markup('<span id="{}"></span>').format(quote.anchor) for quote in whole[1:])
            html.append(Markup("{}{}{}</li>\n").format(opening, anchors, self(shown)))
        html.append(Markup("</{}>").format(tag))
        if found.tail:
            html.append(Markup("\n<p>{}</p>").format(self(found.tail)))
        # A quotation across points, or from the lead-in into the first, leads to where the list begins.
        text = " ".join([found.lead, *(f"{marker} {text}" for marker, text in found.points), found.tail]).strip()
        spans = [Markup('<span id="{}"></span>\n').format(quote.anchor) for quote in self._take(text)]
        return Markup("").join(spans + html)

    def table(self, table: Table) -> Markup:
        html = [Markup('<div class="iop-table">\n<table class="iop-text-table">\n')]
        if table.caption:
            html.append(Markup("<caption>{}</caption>\n").format(self(table.caption)))
        body = table.rows[1:] if table.header else table.rows
        # A column of numbers only (amounts, counts, shares) is set to the right, so that digits line up; the first
        # column holds the rows' labels, years among them.
        numeric = [False] + [bool(column) and all(NUMBER_CELL.fullmatch(cell) for cell in column)
                             for column in ([row[index] for row in body if row[index]]
                                            for index in range(1, len(table.rows[0])))]
        for index, row in enumerate(table.rows):
            head = index == 0 and table.header
            if head or index == (1 if table.header else 0):
                html.append(Markup("<thead>\n" if head else "<tbody>\n"))
            html.append(self._row(row, head, numeric))
            if head:
                html.append(Markup("</thead>\n"))
        html.append(Markup("</tbody>\n</table>\n"))
        note = Markup("\n<p>{}</p>").format(self(table.note)) if table.note else Markup("")  # as running text
        # A quotation across rows, or from the caption into the first row, leads to the table.
        text = " ".join(cell for cell in [table.caption, *(cell for row in table.rows for cell in row), table.note] if cell)
        html += [Markup('<span id="{}"></span>\n').format(quote.anchor) for quote in self._take(text)]
        html.append(Markup("</div>"))
        return Markup("").join(html) + note

    def _row(self, cells: list[str], head: bool, numeric: list[bool]) -> Markup:
        # A quotation that stands in the row but in none of its cells is the row itself ("2021<TAB>675 000").
        text = " ".join(cell for cell in cells if cell)
        whole = [quote for quote in self.waiting if quote.text in text and not any(quote.text in cell for cell in cells)]
        for quote in whole:
            self.waiting.remove(quote)
        anchors = Markup("").join(Markup('<span id="{}"></span>').format(quote.anchor) for quote in whole[1:])
        opening = Markup('<tr class="iop-quote" id="{}">').format(whole[0].anchor) if whole else Markup("<tr>")
        html = [opening]
        for column, cell in enumerate(cells):
            element = "th" if head and cell else "td"
            attributes = Markup(' scope="col"') if element == "th" else Markup("")
            if numeric[column]:
                attributes += Markup(' class="iop-number"')
            html.append(Markup("<{0}{1}>{2}{3}</{0}>").format(element, attributes, anchors if column == 0 else "",
                                                              self(cell)))
        html.append(Markup("</tr>\n"))
        return Markup("").join(html)

    def _take(self, text: str) -> list[Quote]:
        """The waiting quotations that stand in a text; they are marked by the caller, not again."""
        found = [quote for quote in self.waiting if quote.text in text]
        for quote in found:
            self.waiting.remove(quote)
        return found
