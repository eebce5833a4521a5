"""Open data and feeds, read back by the tools that consume them: frictionless, rdflib, feedparser."""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import shutil
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

import feedparser
import frictionless
import openpyxl
import pytest
from bs4 import BeautifulSoup
from rdflib import Graph, Literal, URIRef
from rdflib import namespace

from generator.content.catalogue import read_catalogue
from generator.content.model import OUTCOME_LABELS, Report
from generator.site.columns import COLUMNS
from generator.site.data import OpenData
from generator.site.pages import file_size, site_facts

from conftest import CONTENT, REPO, mkdocs_build, site_files

JARVA = "jarva-studiefremjandet-2018-2024"
DROMSTORT = "enskede-arsta-vantor-dromstort-2022-2024"
CATALOGUE = read_catalogue(CONTENT)
DCAT, DCTERMS, FOAF, RDF = namespace.DCAT, namespace.DCTERMS, namespace.FOAF, namespace.RDF


def test_the_data_package_is_valid_for_frictionless(site: Path):
    report = frictionless.validate(str(site / "data/datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = json.loads((site / "data/datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "CC0-1.0"
    paths = {resource["path"] for resource in package["resources"]}
    assert paths == {p.relative_to(site / "data").as_posix() for p in (site / "data").rglob("*.csv")}  # every CSV


def test_the_csv_has_one_row_per_report_file_and_iso_dates(site: Path):
    data = (site / "data/rapporter.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a byte order mark: a spreadsheet program reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert sorted(row["id"] for row in rows) == sorted(p.stem for p in (CONTENT / "reports").glob("*.yml"))
    dromstort = next(row for row in rows if row["id"] == DROMSTORT)
    assert dromstort["meeting_date"] == "2024-08-22"
    assert dromstort["agreements"] == "2022-09-01/2024-06-01"
    assert dromstort["themes"] == "laxhjalp-och-skolstod; arbete-och-sysselsattning"
    jarva = next(row for row in rows if row["id"] == JARVA)
    assert jarva["agreements"].startswith("2018-07-04/2020-12-31 förlängd till 2021-06-30; 2021-07-01/2021-12-31; 2022")
    assert jarva["meeting_date"] == "" and jarva["amount_paid"] == ""  # absent stays absent, never 0


def from_json(value: Any, kind: Any) -> Any:
    """A value of rapporter.json read back into the schema's own types."""
    origin, args = get_origin(kind), get_args(kind)
    if value is None:
        return None
    if origin is list:
        return [from_json(item, args[0]) for item in value]
    if args and type(None) in args:
        return from_json(value, next(arg for arg in args if arg is not type(None)))
    if dataclasses.is_dataclass(kind):
        hints = get_type_hints(kind)
        fields = {f.name for f in dataclasses.fields(kind) if not f.metadata.get("derived")}
        assert set(value) == fields, (kind, set(value) ^ fields)  # every field, nothing else
        return kind(**{name: from_json(value[name], hints[name]) for name in fields})
    if kind is date:
        return date.fromisoformat(value)
    if kind is Decimal:
        return Decimal(str(value))
    return value


def test_reading_rapporter_json_back_gives_the_records_the_catalogue_holds(site: Path):
    records = json.loads((site / "data/rapporter.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in records] == [r.id for r in CATALOGUE.reports]
    for record, report in zip(records, CATALOGUE.reports):
        extra = {key: record.pop(key) for key in ("id", "url", "years")}
        assert extra == {"id": report.id, "url": f"rapporter/{report.id}/", "years": report.years_active}
        assert from_json(record, Report) == dataclasses.replace(report, id="", source="", published_on=None)
    # Each report's own file holds the same record; its page links it.
    for report in CATALOGUE.reports:
        own = json.loads((site / f"data/rapporter/{report.id}.json").read_text(encoding="utf-8"))
        assert own["title"] == report.title and own["sections"] == next(r for r in json.loads(
            (site / "data/rapporter.json").read_text(encoding="utf-8")) if r["id"] == report.id)["sections"]
        soup = BeautifulSoup((site / f"rapporter/{report.id}/index.html").read_text(encoding="utf-8"), "html.parser")
        assert soup.find("a", href=f"../../data/rapporter/{report.id}.json") is not None


LISTINGS = {
    "rapporter": "data/rapporter", "stadsdelar/jarva": "data/stadsdelar/jarva",
    "organisationer/dromstort": "data/organisationer/dromstort", "ar/2023": "data/ar/2023",
    "teman/foraldraskapsstod": "data/teman/foraldraskapsstod",
}


@pytest.mark.parametrize("url, data", LISTINGS.items())
def test_every_listing_page_links_its_own_csv_and_json(site: Path, url: str, data: str):
    soup = BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")
    depth = "../" * (url.count("/") + 1)
    for suffix, label in (("xlsx", "Excel"), ("csv", "CSV"), ("json", "JSON")):
        link = soup.find("a", href=f"{depth}{data}.{suffix}")
        size = (site / f"{data}.{suffix}").stat().st_size
        # A button that says what the file is and how large: "Excel (XLSX, 6 kB)".
        assert link is not None and " ".join(link.get_text().split()) == f"{label} ({suffix.upper()}, {file_size(size)})"
    rows = list(csv.DictReader(io.StringIO((site / f"{data}.csv").read_text(encoding="utf-8-sig"))))
    listed = json.loads((site / f"{data}.json").read_text(encoding="utf-8"))
    assert [row["id"] for row in rows] == [item["id"] for item in listed]
    # The Excel file holds the same rows, under Swedish headings, with the codes in words.
    sheet = openpyxl.load_workbook(site / f"{data}.xlsx").active
    table = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert table[0] == [column.title for column in COLUMNS]
    assert [row[0] for row in table[1:]] == [row["id"] for row in rows]
    for row, written in zip(rows, table[1:]):
        for column, value in zip(COLUMNS, written):
            if column.name == "outcome":
                assert value == (OUTCOME_LABELS[row["outcome"]] if row["outcome"] else None)
            elif column.type == "integer":
                assert value == (int(row[column.name]) if row[column.name] else None)
            elif column.type == "date":
                assert (value.date().isoformat() if value else "") == row[column.name]
            elif column.name not in ("themes", "next_step") and not column.free_text:
                assert (value or "") == row[column.name], column.name


def read_back(workbook: bytes) -> tuple:
    """What a spreadsheet program shows of a workbook: its title, filter, frozen cells, used range, each cell's
    value and look, and the columns' widths."""
    book = openpyxl.load_workbook(io.BytesIO(workbook))
    sheet = book.active
    cells = [[(cell.value, cell.number_format, cell.font.b, cell.alignment.vertical, cell.alignment.wrap_text,
               cell.border.bottom.style) for cell in row] for row in sheet.iter_rows()]
    widths = {key: column.width for key, column in sheet.column_dimensions.items()}
    return book.properties.title, sheet.auto_filter.ref, sheet.freeze_panes, sheet.dimensions, cells, widths


def test_each_listings_excel_file_reads_as_the_one_xlsxwriter_writes_for_that_listing_alone():
    # Each report's row is written once and put into every listing's file (workbooks.py): read back, each file
    # is what XlsxWriter writes for the listing by itself, in any order, with no rows, and under any title.
    data = OpenData(CATALOGUE, {**site_facts({}), "site_url": None})
    listings = [(title, reports) for _, title, reports in data.listings()]
    listings += [("Inga rapporter & <inget> annat", []), ("Omvänd ordning", CATALOGUE.reports[::-1])]
    for title, reports in listings:
        alone = data.xlsxwriter_book(title, max(len(reports), 1) + 1, reports)
        assert read_back(data.workbook(title, reports)) == read_back(alone), title


def test_xlsxwriter_writes_each_reports_cells_once_however_many_listings_hold_it(tmp_path: Path, monkeypatch):
    import xlsxwriter.worksheet

    cells: list[str] = []
    for name in ("write_string", "write_number", "write_datetime"):  # a report's cells, as data.py writes them
        def counted(self, *args, _write=getattr(xlsxwriter.worksheet.Worksheet, name), _name=name):  # type: ignore[no-untyped-def]
            cells.append(_name)
            return _write(self, *args)

        monkeypatch.setattr(xlsxwriter.worksheet.Worksheet, name, counted)
    sizes = OpenData(CATALOGUE, {**site_facts({}), "site_url": None}).write(tmp_path)
    books = [path for path in sizes if path.endswith(".xlsx")]
    assert len(books) > 2 * len(CATALOGUE.reports)  # a report stands in several listings, each with its file
    assert 0 < len(cells) <= len(CATALOGUE.reports) * len(COLUMNS)  # yet each of its cells is written once


MANDATORY = {
    DCAT.Catalog: [DCTERMS.title, DCTERMS.description, DCTERMS.publisher, DCTERMS.license, DCAT.dataset],
    DCAT.Dataset: [DCTERMS.title, DCTERMS.description, DCTERMS.publisher],
    DCAT.Distribution: [DCAT.accessURL, DCTERMS.format],
}


def dcat_problems(graph: Graph) -> list[str]:
    """What DCAT-AP-SE 3.0.1 makes mandatory, checked on the parsed graph."""
    problems = []
    for cls, properties in MANDATORY.items():
        subjects = list(graph.subjects(RDF.type, cls))
        if not subjects:
            problems.append(f"no {cls}")
        for subject in subjects:
            if not str(subject).startswith("https://"):
                problems.append(f"{subject}: not an absolute address")
            for prop in properties:
                if not list(graph.objects(subject, prop)):
                    problems.append(f"{subject}: no {prop}")
            for prop in (DCTERMS.title, DCTERMS.description):
                for value in graph.objects(subject, prop):
                    if not (isinstance(value, Literal) and value.language == "sv"):
                        problems.append(f"{subject}: {prop} without xml:lang")
    for catalogue in graph.subjects(RDF.type, DCAT.Catalog):
        if list(graph.objects(catalogue, DCTERMS.license)) != [URIRef("http://creativecommons.org/publicdomain/zero/1.0/")]:
            problems.append("the catalogue's own licence must be CC0")
    for agent in set(graph.objects(None, DCTERMS.publisher)):
        if not [name for name in graph.objects(agent, FOAF.name) if getattr(name, "language", None)]:
            problems.append(f"{agent}: no foaf:name with xml:lang")
        if list(graph.objects(agent, DCTERMS.type)) != [URIRef("http://purl.org/adms/publishertype/LocalAuthority")]:
            problems.append(f"{agent}: no dcterms:type")
    for distribution in graph.subjects(RDF.type, DCAT.Distribution):
        for fmt in graph.objects(distribution, DCTERMS.format):
            if str(fmt) not in ("text/csv", "application/json",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"):
                problems.append(f"{distribution}: format {fmt}")
    return problems


def test_the_dcat_catalogue_parses_and_has_every_mandatory_property(site: Path):
    graph = Graph()
    # As the national data portal harvests it: from the site's address, which the relative addresses resolve against.
    graph.parse(site / "data/katalog.rdf", format="xml", publicID="https://iop.example.se/data/katalog.rdf")
    assert dcat_problems(graph) == []
    datasets = {str(d) for d in graph.subjects(RDF.type, DCAT.Dataset)}
    assert "https://iop.example.se/data/katalog.rdf#dataset-rapporter" in datasets
    assert "https://iop.example.se/data/katalog.rdf#dataset-stadsdelar-jarva" in datasets
    urls = {str(u) for u in graph.objects(None, DCAT.downloadURL)}
    assert "https://iop.example.se/data/rapporter.csv" in urls and "https://iop.example.se/data/teman/kultur.json" in urls
    modified = {str(m) for m in graph.objects(URIRef("https://iop.example.se/data/katalog.rdf"), DCTERMS.modified)}
    assert modified == {"2024-10-09"}  # from the content, never the clock


def test_with_site_url_set_the_catalogue_and_feeds_carry_absolute_addresses(tmp_path: Path):
    project = site_files(tmp_path / "project")
    (project / "content").mkdir()
    for source in CONTENT.rglob("*"):
        if source.is_file():
            (project / source.relative_to(REPO)).parent.mkdir(parents=True, exist_ok=True)
            (project / source.relative_to(REPO)).write_bytes(source.read_bytes())
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("site_name: IOP-rapporter", "site_name: IOP-rapporter\nsite_url: https://iop.stockholm.example/"), encoding="utf-8")
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode == 0, result.stderr
    graph = Graph()
    graph.parse(project / "site/data/katalog.rdf", format="xml")  # no address given: the file's own xml:base
    assert dcat_problems(graph) == []
    assert "https://iop.stockholm.example/data/rapporter.csv" in {str(u) for u in graph.objects(None, DCAT.accessURL)}
    feed = feedparser.parse((project / "site/flode.xml").read_bytes())
    assert feed.entries[0].link == f"https://iop.stockholm.example/rapporter/{JARVA}/"
    # A listing's JSON gives the same whole addresses as its CSV.
    row = next(r for r in csv.DictReader(io.StringIO((project / "site/data/stadsdelar/jarva.csv").read_text("utf-8-sig")))
               if r["id"] == JARVA)
    entry = next(e for e in json.loads((project / "site/data/stadsdelar/jarva.json").read_text("utf-8")) if e["id"] == JARVA)
    assert entry["url"] == row["url"] == f"https://iop.stockholm.example/rapporter/{JARVA}/"
    assert entry["json"] == row["json"] and entry["json"].startswith("https://iop.stockholm.example/data/rapporter/")


def test_the_feed_lists_both_reports_by_publication_date_with_stable_ids(site: Path):
    feed = feedparser.parse((site / "flode.xml").read_bytes(), response_headers={"content-location": "https://iop.example.se/flode.xml",
                                                                 "content-type": "application/atom+xml"})
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    # Both were published on the site the same day (22 Nov 2026), long after they were decided: the day they were
    # published dates them, and the decision is told in the entry.
    jarva, dromstort = feed.entries
    assert [jarva.title, dromstort.title] == [CATALOGUE.reports[0].title, CATALOGUE.reports[1].title]
    assert jarva.link == f"https://iop.example.se/rapporter/{JARVA}/"
    assert jarva.updated.startswith("2026-11-22") and dromstort.updated.startswith("2026-11-22")
    assert jarva.published.startswith("2026-11-22")
    assert jarva.content[0].value.startswith("Publicerad på webbplatsen 22 november 2026.")
    assert "Beslut: senaste attesteringen 9 oktober 2024 (rapporten anger inte nämndens sammanträde)" in jarva.content[0].value
    assert "Beslut: nämndens sammanträde 22 augusti 2024" in dromstort.content[0].value
    assert dromstort.summary.startswith("Enskede-Årsta-Vantörs stadsdelsnämnd och den ideella föreningen Drömstort ingick")
    assert {tag.label for tag in jarva.tags} == {"Järva", "Studiefremjandet Stockholm Gotland"}
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", jarva.id) and jarva.id != dromstort.id
    # Per district and organisation, each with only its own reports.
    for path, title in (("flode/stadsdelar/jarva.xml", jarva.title), ("flode/organisationer/dromstort.xml", dromstort.title)):
        own = feedparser.parse((site / path).read_bytes())
        assert not own.bozo and [e.title for e in own.entries] == [title]
        assert own.entries[0].id in (jarva.id, dromstort.id)  # the same entry has the same id in every feed


def test_every_page_announces_the_feed_and_district_pages_their_own(site: Path):
    for html in ("index.html", f"rapporter/{JARVA}/index.html", "stadsdelar/jarva/index.html"):
        soup = BeautifulSoup((site / html).read_text(encoding="utf-8"), "html.parser")
        feeds = [link["href"] for link in soup.select('head link[rel=alternate][type="application/atom+xml"]')]
        assert any(href.endswith("flode.xml") for href in feeds), html
    district = BeautifulSoup((site / "stadsdelar/jarva/index.html").read_text(encoding="utf-8"), "html.parser")
    assert "../../flode/stadsdelar/jarva.xml" in [l["href"] for l in district.select("head link[rel=alternate]")]


def test_the_open_data_page_documents_every_column_of_the_files(site: Path):
    header = (site / "data/rapporter.csv").read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    soup = BeautifulSoup((site / "oppna-data/index.html").read_text(encoding="utf-8"), "html.parser")
    documented = [code.get_text() for code in soup.select("article table th[scope=row] code")]
    assert documented == header
    schema = json.loads((site / "data/schema.json").read_text(encoding="utf-8"))
    assert [field["name"] for field in schema["fields"]] == header
    text = soup.get_text(" ")
    for fact in ("CC0 1.0", "allmänna handlingar", "Ange gärna källan", "när en ny slutrapport publiceras"):
        assert fact in text, fact


def test_a_feed_dates_a_report_by_the_commit_that_first_added_it_and_builds_stay_identical(tmp_path: Path):
    """Without `published`, the repository's history dates a report; the build's clock never does."""
    import os
    import subprocess

    project = site_files(tmp_path / "project")
    shutil.copytree(CONTENT, project / "content")
    for report in (project / "content/reports").glob("*.yml"):  # as a report file without the field
        text = report.read_text(encoding="utf-8")
        report.write_text(re.sub(r"\n# Dagen då rapporten.*\npublished: .*\n", "\n", text), encoding="utf-8")

    def git(*args: str, day: str) -> None:
        env = {**os.environ, "GIT_AUTHOR_DATE": f"{day}T12:00:00+01:00", "GIT_COMMITTER_DATE": f"{day}T12:00:00+01:00",
               "GIT_AUTHOR_NAME": "Redaktör", "GIT_AUTHOR_EMAIL": "r@example.se", "GIT_COMMITTER_NAME": "Redaktör",
               "GIT_COMMITTER_EMAIL": "r@example.se"}
        subprocess.run(["git", "-C", str(project), *args], check=True, capture_output=True, env=env)

    git("init", "-q", day="2025-01-10")
    git("add", "mkdocs.yml", "docs", "overrides", "content/districts.yml", "content/organisations.yml",
        "content/themes.yml", f"content/reports/{DROMSTORT}.yml", day="2025-01-10")
    git("commit", "-q", "-m", "Drömstort", day="2025-01-10")
    git("add", f"content/reports/{JARVA}.yml", day="2025-03-05")
    git("commit", "-q", "-m", "Järva", day="2025-03-05")
    # A rename keeps the day the report was first published.
    git("mv", f"content/reports/{DROMSTORT}.yml", "content/reports/dromstort-2022-2024.yml", day="2025-06-01")
    git("commit", "-q", "-m", "Nytt namn", day="2025-06-01")
    builds = []
    for day in ("2026-01-01", "2026-12-31"):
        result = subprocess.run(["faketime", day, sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f",
                                 str(project / "mkdocs.yml"), "-d", str(tmp_path / day)], capture_output=True, text=True,
                                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        assert result.returncode == 0, result.stderr
        builds.append({p.relative_to(tmp_path / day).as_posix(): p.read_bytes()
                       for p in (tmp_path / day).rglob("*") if p.is_file()})
    assert builds[0] == builds[1]  # two days, the same site
    feed = feedparser.parse(builds[0]["flode.xml"])
    dated = {entry.link.rsplit("/", 2)[-2]: entry.updated[:10] for entry in feed.entries}
    assert dated == {JARVA: "2025-03-05", "dromstort-2022-2024": "2025-01-10"}
    assert [entry.link.rsplit("/", 2)[-2] for entry in feed.entries] == [JARVA, "dromstort-2022-2024"]  # newest first
