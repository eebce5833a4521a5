"""The listings' Excel files, each made of XlsxWriter's own XML, with every report's row written once.

A report stands in about eight listings (all reports, its district, its
organisation, each year it ran, each theme), and XlsxWriter spent about
0.2 ms on each row of each file: three quarters of the open data's time
(make bench). So XlsxWriter writes one workbook of every report's row (one
per process that writes Excel files), and each listing's file is that
workbook with its own title, its own reports' rows (numbered for their
place) and its table's last row: the headings, the column formats and the
styles they refer to, the frozen first row and column and the filter are
XlsxWriter's. Strings stand in the cells themselves (XlsxWriter's
`constant_memory` form), so a row needs nothing from a table of the file's
strings. The same rows give the same bytes: the zip's dates are
XlsxWriter's fixed ones, and the file's own date is the newest date in the
content.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Sequence

from ..content.model import Report
from .escape import xml_text

SHEET = "xl/worksheets/sheet1.xml"
CORE = "docProps/core.xml"
WORKBOOK = "xl/workbook.xml"
# The filter's last row in the workbook of every report, which each listing's file replaces by its own: a
# number no other part of the file holds (one short of Excel's last row, which XlsxWriter writes otherwise).
LAST_ROW = b"1048575"
_TITLE = b"iop-listing-title"  # the same for the title
_ROWS = re.compile(rb"<row .*?</row>", re.DOTALL)
_NUMBER = re.compile(rb'(<row r="|<c r="[A-Z]+)\d+"')  # a row's number and its cells' references
_DIMENSION = re.compile(rb'<dimension ref="A1:([A-Z]+)\d+"/>')


class Workbooks:
    """`workbook(title, reports)` for any listing, once XlsxWriter has written every report (`__init__`). The
    XML is kept as the file's UTF-8 bytes: half the memory of text, and no encoding again for each listing."""

    def __init__(self, reports: Sequence[Report], write: Callable[[str, int, Sequence[Report]], bytes]) -> None:
        """`write(title, last_row, reports)` makes a workbook with XlsxWriter: the headings, the rows of these
        reports (strings in their cells) and a filter from the headings to `last_row` (counted from 1)."""
        with zipfile.ZipFile(io.BytesIO(write(_TITLE.decode(), int(LAST_ROW), reports))) as book:
            self.parts = [(info, book.read(info)) for info in book.infolist()]
        parts = {info.filename: data for info, data in self.parts}
        found = list(_ROWS.finditer(parts[SHEET]))
        if len(found) != len(reports) + 1:
            raise ValueError("XlsxWriter skrev inte en rad för varje rapport")
        # The file's styles number the formats in the order the rows first use them: a listing keeps them all.
        # Each row with a NUL byte for its number: no content carries that character (the loader refuses it).
        self.rows = {report.id: _NUMBER.sub(lambda match: match[1] + b'\0"', row[0])
                     for report, row in zip(reports, found[1:])}
        sheet = parts[SHEET][:found[0].end()] + parts[SHEET][found[-1].end():]  # the headings' row alone
        columns = _DIMENSION.search(sheet)
        if (not columns or sheet.count(LAST_ROW) != 1 or parts[WORKBOOK].count(LAST_ROW) != 1
                or parts[CORE].count(_TITLE) != 1):
            raise ValueError("XlsxWriter skrev inte det filter och den titel som Excelfilerna byggs av")
        # The used range ends at each listing's own last row (a NUL byte stands for it).
        sheet = sheet[:columns.start(0)] + b'<dimension ref="A1:' + columns[1] + b'\0"/>' + sheet[columns.end(0):]
        self.parts = [(info, sheet if info.filename == SHEET else data) for info, data in self.parts]

    def workbook(self, title: str, reports: Sequence[Report]) -> bytes:
        last = str(max(len(reports), 1) + 1).encode()
        rows = b"".join(self.rows[report.id].replace(b"\0", str(number).encode())
                        for number, report in enumerate(reports, start=2))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
            for info, data in self.parts:
                if info.filename == SHEET:
                    data = (data.replace(LAST_ROW, last).replace(b"\0", last if reports else b"1")
                            .replace(b"</sheetData>", rows + b"</sheetData>"))
                elif info.filename == WORKBOOK:
                    data = data.replace(LAST_ROW, last)
                elif info.filename == CORE:
                    data = data.replace(_TITLE, xml_text(title).encode("utf-8"))
                part = zipfile.ZipInfo(info.filename, info.date_time)
                part.compress_type, part.external_attr, part.create_system = (info.compress_type, info.external_attr,
                                                                              info.create_system)
                book.writestr(part, data)
        return buffer.getvalue()
