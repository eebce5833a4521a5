"""Tables in a report's text: a paragraph whose lines are rows, with a tab between cells.

A document's table reaches the report file as it was copied, a tab between
its cells (the import writes it so, and the guide asks staff to keep them).
The report page shows such a paragraph as a table. An amount in a column
whose heading names the unit ("Bidrag (kr)" over "675 000") or money
("Bidrag från nämnden" over "310 000"), or in a row whose label does
("Ersättning, tkr"), is money the row gives: the row can be quoted for it,
and the build and the import read it alike.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbers import NUMBER, SCALE, amounts_in, parse_number
from . import lists
from ..text import as_read, joined


@dataclass(frozen=True)
class Table:
    caption: str  # the lines above the rows ("Tabell 1. Bidrag per år"), or ""
    rows: list[list[str]]  # each row's cells, whitespace-normalised; a short row is padded with ""
    header: bool  # the first row heads the columns ("År", "Bidrag (kr)")
    note: str = ""  # the lines under the rows ("* Avser september–december 2020"), or ""
    first_row: int = 0  # where the rows begin among the paragraph's lines that are not empty (after the caption's)


def table_of(block: str) -> Table | None:
    """The table a paragraph as written holds (`model.blocks`), or None for running text. Its rows are its lines with
    a tab, two of them at least with two cells that are not empty; lines without a tab above them are its caption,
    under them its note, and among them short rows of their own (a statement's "Intäkter" over its rows of income).
    A list whose points are set after a tab ("•<TAB>läxhjälp", "a)<TAB>…") is no table, nor prose with a tab here and
    there."""
    lines = [line for line in block.split("\n") if line.strip()]
    tabbed = ["\t" in line for line in lines]
    if sum(len([cell for cell in line.split("\t") if cell.strip()]) >= 2 for line in lines) < 2:
        return None
    first, last = tabbed.index(True), len(tabbed) - 1 - tabbed[::-1].index(True)
    among = [line.strip() for line, has in zip(lines[first:last + 1], tabbed[first:last + 1]) if not has]
    if any(len(line) > 60 or line.endswith((".", "!", "?")) for line in among) or len(among) * 2 >= last - first + 1:
        return None  # text with a tab here and there, not a table's rows
    cells = [cells_of(line) for line in lines[first:last + 1]]
    if all(_LIST_MARK.fullmatch(row[0]) for row in cells if len(row) > 1):
        return None
    if sum(_sentence_across(row) for row in cells) * 2 >= len(cells):
        return None  # sentences a stray tab cuts: "Läxhjälpen<TAB>pågick hela året."
    header = _heads_columns(cells[0], cells[1:])
    filled = {_filled(row) for row in cells[1:] if _filled(row) > 1}
    if header and filled == {len(cells[0]) + 1} and not _LABELS_HEAD.fullmatch(cells[0][0]):
        cells[0] = ["", *cells[0]]  # a PDF drops the empty corner cell: "2020<TAB>2021" over "Kvällar<TAB>96<TAB>118"
    width = max(_filled(row) for row in cells)  # (no column that is empty in every row: lines ending in a tab)
    cells = [row[:width] + [""] * (width - len(row)) for row in cells]
    return Table(joined(lines[:first]), cells, header, joined(lines[last + 1:]), first)


def _filled(row: list[str]) -> int:
    """How many cells a row has up to its last that is not empty."""
    return max((index + 1 for index, cell in enumerate(row) if cell), default=0)


def _sentence_across(row: list[str]) -> bool:
    """A line of prose a tab cuts: its cells after the first go on in small letters and it ends a sentence."""
    filled = [cell for cell in row if cell]
    return len(filled) >= 2 and filled[-1].endswith((".", "!", "?")) and all(cell[0].islower() for cell in filled[1:])


def cells_of(row: str) -> list[str]:
    """A row's cells as the table holds them: `"2021\\t675 000"` -> `["2021", "675 000"]`."""
    return [" ".join(cell.split()) for cell in row.split("\t")]


# The heading of a table's column of labels: a table whose row of headings begins so lost no corner cell.
_LABELS_HEAD = re.compile(r"(?:År|Läsår|Avtalsår|Verksamhetsår|Period|Mål|Delmål|Aktivitet|Verksamhet|Insats|Post|Namn|"
                          r"Kategori|Typ|Grupp)", re.IGNORECASE)
# The second heading of a table of two columns with no number in it, where its first row heads them: "Namn<TAB>Uppdrag"
# (not "Ordförande<TAB>Jessica Mårtensson", "Part<TAB>Ungdomsteatern Kulisserna").
_SECOND_HEAD = re.compile(r"(?:namn|uppdrag|roll|beskrivning|utfall|resultat|kommentar|bedömning|status|ansvar\w*|"
                          r"aktivitet\w*|insats\w*|innehåll|mål\w*|indikator\w*|plats|tid|datum|period|år|antal|"
                          r"värde|uppgift|funktion|kontakt|organisation|förening)\b.*", re.IGNORECASE)
# A list's point sign or number, set before a tab: "•", "–", "o", "1.", "a)", "(1)".
_LIST_MARK = re.compile(rf"{lists.SIGN}|o|\(?(?:{lists.NUMBER})[.)]", re.IGNORECASE)
# A cell that is a count or an amount: "12", "ca 2 100", "62,5 %", "450 000 kr", "–7 450" (a year is none).
NUMBER_CELL = re.compile(r"(?:(?:ca|c:a|cirka|drygt|knappt|omkring)\.?\s*)?[-–−+]?\s?\d[\d \u00a0\u2009\u202f.,]*"
                         r"(?:\s?(?:%|procent|kr|kronor|tkr|mnkr|sek|st|:-))?|[-–—]", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d\**")


def _heads_columns(row: list[str], body: list[list[str]]) -> bool:
    """A first row without a count or an amount in it heads its columns ("År<TAB>2022<TAB>2023", "Läsår<TAB>Elever åk
    7–9"); not a checklist's first row ("Öppen verksamhet<TAB>X") nor a list of labels and their values ("Ordförande:
    <TAB>Jessica Mårtensson")."""
    if not any(row) or any(NUMBER_CELL.fullmatch(cell) and not _YEAR.fullmatch(cell) for cell in row if cell):
        return False
    ticks = ("x", "✓", "✔")
    if row[-1].lower() in ticks or not row[-1] and any(cells[-1].lower() in ticks for cells in body):
        return False
    if len(row) == 2 and not any(NUMBER_CELL.fullmatch(cell) for cells in body for cell in cells if cell):
        return bool(_SECOND_HEAD.fullmatch(row[1]))  # labels and their values, unless the first row names both
    labels = [cells[0] for cells in [row, *body] if cells[0]]
    return not (labels and all(label.endswith(":") for label in labels))


_UNITS = {**SCALE, "tusental kronor": 1000, "tusentals kronor": 1000, "tusen kr": 1000, "ksek": 1000}
del _UNITS[":-"], _UNITS["milj"]
# The unit a heading, a row's label or a caption names for the amounts it heads: "Bidrag (kr)", "Belopp i tkr",
# "Ersättning, kr", "Kronor", "Utfall 2024 (tusental kronor)", "Utfall (tkr) 2023", "Bidrag (kr) *".
_HEADING_UNIT = re.compile(
    rf"(?:^|\(|\bi\s+|,\s*)(?P<unit>{'|'.join(sorted(map(re.escape, _UNITS), key=len, reverse=True))})\.?\)?"
    r"(?:\s+(?:19|20)\d\d)?\s*\**\s*:?$", re.IGNORECASE)
# A heading that names money without its unit: "Bidrag från nämnden", "IOP-bidrag", "Ersättning enligt IOP",
# "Utbetalt", "Budget", "Utfall"; or a row's label that begins so ("Kommunens bidrag", "Beviljat bidrag", not "Fler
# föräldrar får stöd"). Its amounts are in kronor when written as kronor are: "310 000", "1 290 000", "310000" (grouped
# thousands or five digits: never a count, a year or a sum in thousands such as "450").
_MONEY_WORD = (r"(?:[\wåäö-]*bidrag(?:et|en)?|ersättning(?:en|ar)?|belopp(?:et)?|kostnad(?:er|en)?|intäkt(?:er)?|"
               r"utbetal[\wåäö]*|utfall(?:et)?|budget(?:en)?)(?![\wåäö])")
_MONEY = re.compile(rf"(?<![\wåäö]){_MONEY_WORD}", re.IGNORECASE)
_MONEY_LABEL = re.compile(rf"(?:[\wåäö-]+(?:s|t|a|e)\s+)?{_MONEY_WORD}", re.IGNORECASE)
# A row or a column of counts, whatever unit the table names elsewhere: a label, a heading or a cell before the
# number that begins "Antal deltagare", "Besök per år", "Andel (%)" (not "Kommunens andel", "Bidrag till besök…").
_COUNTS = re.compile(r"(?:antal|andel|besök|deltagar|procent|st\b|%)", re.IGNORECASE)
_KRONOR_SHAPE = re.compile(r"\d{1,3}(?:[ \u00a0\u2009\u202f.]\d{3})+|\d{5,}")
# A cell that is a number only, as a spreadsheet prints an amount under a heading with its unit: "675 000", "412,5".
_BARE = re.compile(rf"(?P<number>{NUMBER})(?:,(?P<decimals>\d+))?")


def heading_scale(text: str) -> int | None:
    """Kronor per unit of the amounts a heading names: `Bidrag (kr)` 1, `Belopp i tkr` 1000; None if it names none."""
    found = _HEADING_UNIT.search(text)
    return _UNITS[" ".join(found["unit"].lower().split())] if found else None


def row_amounts(table: Table, index: int) -> list[int]:
    """Every amount in kronor a row gives (`cell_amounts`, cell by cell)."""
    return [amount for column in range(len(table.rows[index])) for amount in cell_amounts(table, index, column)]


def cell_amounts(table: Table, row: int, column: int, whole_table: bool = True) -> list[int]:
    """The amounts in kronor a cell gives: those it writes with a unit ("675 000 kr"), or its bare number where its
    column's heading, its row's label, the table's corner or its caption names the unit ("Bidrag (kr)" over
    "675 000"), or where its heading or label names money and the number is written as kronor are ("Bidrag från
    nämnden" over "310 000"). A row's label (its first cell) is never read as a bare amount: it is a year or a name.
    Without `whole_table`, a unit only the corner or the caption names is not read: the import's caution, as a
    financial statement names its unit there over rows of every kind of money ("Flerårsöversikt (kr)")."""
    cell = table.rows[row][column]
    found = amounts_in(cell)
    if found or column == 0 or (row == 0 and table.header) or not (bare := _BARE.fullmatch(cell)):
        return found
    heading = table.rows[0][column] if table.header else ""
    label, corner = table.rows[row][0], table.rows[0][0] if table.header else ""
    before = [other for other in table.rows[row][:column] if not NUMBER_CELL.fullmatch(other)]
    if any(_COUNTS.match(other) for other in before) or (_COUNTS.match(heading) and not heading_scale(heading)):
        return found  # "Antal deltagare<TAB>380" in a table whose caption says "(tkr)"; "Besök per år<TAB>1 730"
    scale = heading_scale(heading) or heading_scale(label)
    if whole_table:
        scale = scale or heading_scale(corner) or heading_scale(table.caption)
    if scale is None and _KRONOR_SHAPE.fullmatch(cell) and (_MONEY.search(heading) or _MONEY_LABEL.match(label)):
        scale = 1  # "Bidrag från nämnden" over "310 000": money, in kronor, though no unit is written
    kronor = parse_number(bare["number"], bare["decimals"]) * (scale or 0)
    return [int(kronor)] if kronor > 0 and kronor == kronor.to_integral_value() else []


def quoted_row_amounts(quote: str, blocks: list[str]) -> list[int] | None:
    """The amounts of the table row a quote is, found among a report's paragraphs as written; None where the quote
    is no whole row of a table."""
    return row_amounts_of(quote, tables_in(blocks))


Rows = list[tuple[Table, dict[tuple[str, ...], int]]]  # each table, and its rows by their cells as read


def tables_in(blocks: list[str]) -> Rows:
    """The tables among a report's paragraphs as written, each read once for all the report's quotes: a row is found
    by its cells as read, without the empty ones at its end."""
    found: Rows = []
    for table in (table for block in blocks if "\t" in block and (table := table_of(block))):
        rows: dict[tuple[str, ...], int] = {}
        for index, row in enumerate(table.rows):
            rows.setdefault(tuple(as_read(cell) for cell in row[:_filled(row)]), index)
        found.append((table, rows))
    return found


def row_amounts_of(quote: str, found: Rows) -> list[int] | None:
    """The amounts of the row of one of these tables that a quote is (the whole row), or None."""
    cells = [as_read(cell) for cell in cells_of(quote)]  # compared as read, as every quote is (model.check_quotes)
    key = tuple(cells[:_filled(cells)])
    if len(cells) < 2:
        return None
    return next((row_amounts(table, rows[key]) for table, rows in found if key in rows), None)
