"""Open data: every report as CSV and JSON, a Frictionless Data Package and a DCAT-AP-SE catalogue.

One list of columns (columns.py) makes the CSV files, their Table Schema and
the documentation on the page *Öppna data*, so the three cannot drift apart.
The full records (`rapporter.json`, and one JSON file per report) carry every
field of the content schema. Each report is serialised once and reused, so
the data costs time linear in the number of reports. Nothing comes from the
clock: dates are the content's own.
"""
from __future__ import annotations

import csv
import io
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator

from .. import forking
from ..content.catalogue import Catalogue
from ..content.model import Report
from ..content.validate import schema_of
from ..text import UNDATED
from .columns import COLUMNS
from .compare import per_year_amounts
from .dcat import catalogue_rdf
from .escape import csv_cell, json_text
from .urls import data_path, report_json_path, report_uri, url_of
from .workbooks import Workbooks



def row(report: Report, catalogue: Catalogue, site_url: str | None = None) -> list[str]:
    cells = []
    for column in COLUMNS:
        value = str(column.value(report, catalogue))
        if column.address and site_url:
            value = absolute(site_url, value)
        cells.append(csv_cell(value, column.free_text))
    return cells


def absolute(site_url: str, path: str) -> str:
    return site_url.rstrip("/") + "/" + path


# A spreadsheet program takes a CSV file for UTF-8 only when it starts with a byte order mark.
BOM = "\ufeff"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _csv_line(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(cells)
    return buffer.getvalue()


def _plain(value: Any) -> Any:
    if isinstance(value, (str, int, type(None))):
        return value
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return {name: _plain(getattr(value, name)) for name in schema_of(type(value))[0]}  # a record of the schema


def record(report: Report) -> dict[str, Any]:
    """A report as JSON: every field of the content schema, plus its id, address and years."""
    return {"id": report.id, "url": url_of(report_uri(report)), "years": report.years_active, **_plain(report)}


def _write(site: Path, path: str, text: str | bytes) -> int:
    data = text.encode("utf-8") if isinstance(text, str) else text
    target = site / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return len(data)


def _workbooks(indexes: range) -> dict[str, int]:
    """In a forked process: the Excel files of some listings, and their sizes."""
    data, site, listings = forking.shared
    sizes = {}
    for index in indexes:
        parts, title, reports = listings[index]
        path = f"{data_path(*parts)}.xlsx"
        sizes[path] = _write(site, path, data.workbook(title, reports))
    return sizes


class OpenData:
    """The files under data/, written into a built site (or any folder)."""

    def __init__(self, catalogue: Catalogue, config: dict[str, Any]) -> None:
        self.catalogue = catalogue
        self.config = config
        site_url = config.get("site_url") or None
        self.rows = {r.id: _csv_line(row(r, catalogue, site_url)) for r in catalogue.reports}
        self.sheet_rows: dict[str, list[object]] = {}  # each report's row for the Excel files, made once
        self.json = {r.id: json_text(record(r)) for r in catalogue.reports}
        self.header = _csv_line([column.name for column in COLUMNS])
        self.summaries: dict[str, str] = {}  # made once per report, however many listings hold it
        # Made by the process that writes the Excel files, when it writes the first: in a build each forked one
        # makes its own (a fifth of a second per 1,000 reports), so the build's own process, which goes on to
        # the pages, never holds it (7 MB at its height per 1,000 reports).
        self.workbooks: Workbooks | None = None

    def listings(self) -> Iterator[tuple[tuple[str, ...], str, list[Report]]]:
        """Every listing with its own downloads: (data path parts, Swedish title, reports)."""
        c = self.catalogue
        yield ("rapporter",), "Alla slutrapporter", c.reports
        for d in c.districts_with_reports():
            yield ("stadsdelar", d.id), f"Slutrapporter från {d.name}", c.by_district[d.id]
        for o in c.organisations_with_reports():
            yield ("organisationer", o.id), f"Slutrapporter om {o.name}", c.by_organisation[o.id]
        for y in c.years:
            yield ("ar", str(y)), f"Partnerskap {y}", c.listed_by_year[y]
        for t in c.themes.values():
            yield ("teman", t.id), f"Partnerskap inom {t.name}", c.by_theme.get(t.id, [])

    def write(self, site: Path, workers: int = 1) -> dict[str, int]:
        """Write every data file under site/; returns each file's path and size in bytes.

        With workers > 1 (a build, where no other thread runs yet), the Excel files are written by forked
        processes while this one writes the rest: the files are the same."""
        sizes: dict[str, int] = {}

        def write(path: str, text: str | bytes) -> None:
            sizes[path] = _write(site, path, text)

        listings = list(self.listings())
        if forking.can_fork(workers) and len(listings) > 20:
            with forking.pool(workers, (self, site, listings)) as pool:
                pending = [pool.submit(_workbooks, range(start, len(listings), workers)) for start in range(workers)]
                self._write_text_files(write, listings)
                for job in pending:
                    sizes.update(job.result())
        else:
            for parts, title, reports in listings:
                write(f"{data_path(*parts)}.xlsx", self.workbook(title, reports))
            self._write_text_files(write, listings)
        write("data/schema.json", json_text(table_schema(), indent=2) + "\n")
        write("data/datapackage.json", json_text(self.datapackage(), indent=2) + "\n")
        write("data/katalog.rdf", catalogue_rdf(self, sizes))
        return sizes

    def _write_text_files(self, write: Any, listings: list[tuple[tuple[str, ...], str, list[Report]]]) -> None:
        """Each report's JSON, and each listing's CSV and JSON."""
        for report in self.catalogue.reports:
            write(report_json_path(report), self.json[report.id] + "\n")
        for parts, title, reports in listings:
            base = data_path(*parts)
            write(f"{base}.csv", BOM + self.header + "".join(self.rows[r.id] for r in reports))
            if parts == ("rapporter",):
                body = ",\n".join(self.json[r.id] for r in reports)  # the full records, sections included
            else:
                body = ",\n".join(self.summary_json(r) for r in reports)
            write(f"{base}.json", "[\n" + body + "\n]\n" if body else "[]\n")

    def workbook(self, title: str, reports: list[Report]) -> bytes:
        """The listing as an Excel file: the CSV's rows under Swedish headings, codes as their Swedish labels,
        amounts as numbers and dates as dates (workbooks.py: XlsxWriter writes each report's row once)."""
        return self._made_workbooks().workbook(title, reports)

    def _made_workbooks(self) -> Workbooks:
        if self.workbooks is None:
            self.workbooks = Workbooks(self.catalogue.reports, self.xlsxwriter_book)
        return self.workbooks

    def xlsxwriter_book(self, title: str, last_row: int, reports: list[Report]) -> bytes:
        """A workbook as XlsxWriter writes it: these reports' rows, strings in their cells, a filter to `last_row`.
        The same rows give the same bytes (XlsxWriter's zip dates are fixed; the file's own date is the newest
        date in the content, not the clock)."""
        import xlsxwriter  # imported here: only the data step needs it

        newest = self.catalogue.newest_date or UNDATED
        buffer = io.BytesIO()
        book = xlsxwriter.Workbook(buffer, {"constant_memory": True, "strings_to_formulas": False,
                                            "strings_to_urls": False})
        book.set_properties({"title": title, "author": str(self.config["publisher"]["name"]), "language": "sv-SE",
                             "created": datetime.combine(newest, time())})
        heading = book.add_format({"bold": True, "text_wrap": True, "valign": "top", "bottom": 1})
        as_date = book.add_format({"num_format": "yyyy-mm-dd", "valign": "top"})
        as_kronor = book.add_format({"num_format": "# ##0 \"kr\"", "valign": "top"})
        as_text = book.add_format({"valign": "top"})
        sheet = book.add_worksheet("Slutrapporter")
        sheet.write_row(0, 0, [column.title for column in COLUMNS], heading)
        for position, column in enumerate(COLUMNS):
            width = 14 if column.type != "string" else 40 if column.free_text else 22
            fmt = as_date if column.type == "date" else as_kronor if column.type == "integer" else as_text
            sheet.set_column(position, position, width, fmt)
        for number, report in enumerate(reports, start=1):
            for position, value in enumerate(self.sheet_row(report)):
                if isinstance(value, date):
                    sheet.write_datetime(number, position, datetime.combine(value, time()), as_date)
                elif isinstance(value, int):
                    sheet.write_number(number, position, value, as_kronor)
                elif value != "":
                    sheet.write_string(number, position, str(value))
        sheet.freeze_panes(1, 1)
        sheet.autofilter(0, 0, last_row - 1, len(COLUMNS) - 1)
        book.close()
        return buffer.getvalue()

    def sheet_row(self, report: Report) -> list[object]:
        if report.id not in self.sheet_rows:
            site_url = self.config.get("site_url") or None
            values: list[object] = []
            for column in COLUMNS:
                value = (column.shown or column.value)(report, self.catalogue)
                if column.type == "date" and value:
                    value = date.fromisoformat(str(value))
                elif column.address and site_url:
                    value = absolute(site_url, str(value))
                values.append(value)
            self.sheet_rows[report.id] = values
        return self.sheet_rows[report.id]

    def summary_json(self, report: Report) -> str:
        if report.id not in self.summaries:
            self.summaries[report.id] = json_text(self.summary(report))
        return self.summaries[report.id]

    def summary(self, report: Report) -> dict[str, Any]:
        """A listing's JSON: the same fields as its CSV, typed; the full record is one link away."""
        values: dict[str, Any] = {}
        for column in COLUMNS:
            value = column.value(report, self.catalogue)
            if column.name in ("years", "activities", "places", "themes", "amount_per_year"):
                value = {"years": report.years_active, "activities": report.activities, "places": report.places,
                         "themes": report.themes, "amount_per_year": per_year_amounts(report)}[column.name]
            if column.address and value and self.config.get("site_url"):
                value = absolute(str(self.config["site_url"]), str(value))  # whole, as in the CSV and Excel files
            values[column.name] = None if value == "" else value
        return values

    def datapackage(self) -> dict[str, Any]:
        licence = self.config["licence"]
        resources = []
        for parts, title, _ in self.listings():
            name = "-".join(parts)
            resources.append({
                "name": name, "title": title, "path": "/".join(parts) + ".csv", "profile": "tabular-data-resource",
                "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "schema": "schema.json",
            })
        package: dict[str, Any] = {
            "profile": "tabular-data-package",
            "name": "iop-slutrapporter",
            "title": "Slutrapporter från idéburna offentliga partnerskap (IOP)",
            "description": "Slutrapporter som stadsdelsnämnderna har fått om sina idéburna offentliga partnerskap, "
                           "en rad per rapport. Rapporterna är allmänna handlingar.",
            "licenses": [{"name": licence["name"], "title": licence["title"], "path": licence["path"]}],
            "sources": [{"title": f"Slutrapporter till stadsdelsnämnderna i {self.config['publisher']['name']}"}],
            "contributors": [{"title": str(self.config["publisher"]["name"]), "role": "publisher"}],
            "keywords": ["IOP", "idéburet offentligt partnerskap", "slutrapport", "stadsdelsnämnd"],
            "resources": resources,
        }
        newest = self.catalogue.newest_date
        if newest:
            package["version"] = newest.isoformat()
        return package


def table_schema() -> dict[str, Any]:
    return {
        "fields": [{"name": c.name, "type": c.type, "title": c.title, "description": c.description,
                    **({"format": "default"} if c.type == "date" else {})} for c in COLUMNS],
        "primaryKey": ["id"],
        "missingValues": [""],
    }
