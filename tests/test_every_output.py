"""Every value the validator accepts is valid in every output; every class of bad input is refused, located.

Hypothesis writes random text into every text field, random funding, and
random renames of districts, then runs the whole pipeline (read, validate,
pages, feeds, open data, catalogue). Either the content is refused with
located problems, or every output is read back by a parser of its format:
each feed and the DCAT catalogue as XML, each JSON file as strict JSON, each
CSV file row by row, each page's text, and the totals against numbers worked
out here from the funding itself.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
import unicodedata
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator.content.catalogue import Catalogue, read_catalogue
from generator.content.money import funding_years
from generator.errors import ContentError
from generator.site.compare import paid, summarise
from generator.site.data import OpenData
from generator.site.feed import feeds
from generator.site.pages import site_facts, site_specs
from generator.text import FORBIDDEN_CHARACTER, id_from_name

from conftest import CONTENT

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
REPORT = "enskede-arsta-vantor-dromstort-2022-2024"

# Any character at all, surrogates aside (a Python string from a UTF-8 file cannot hold one): the
# forbidden ones included, so the test sees them refused, and the rest reaching every output.
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
HOSTILE = st.sampled_from(["<script>alert(1)</script>", "]]>", "&amp;", "=1+2", "-3", "@x", "\u2028", "\x85", "\ufffe",
                           "\U0010ffff", "\ufdd0", "\r", "'\"", "\u202e", "{{ x }}", "å ä ö", "\t"])
# Printable text of any script, which is accepted more often, so that the outputs are read back often.
PRINTABLE = st.text(st.characters(whitelist_categories=("L", "N", "P", "S", "Zs")), min_size=1, max_size=40).filter(
    lambda s: s.strip())
TEXT = st.one_of(ANY_TEXT, PRINTABLE, HOSTILE,
                 st.lists(st.one_of(ANY_TEXT, PRINTABLE, HOSTILE), min_size=1, max_size=4).map("".join))


def project(tmp_path: Path) -> Path:
    folder = tmp_path / "p"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(CONTENT, folder / "content")
    return folder


def base_report() -> dict[str, Any]:
    return yaml.safe_load((CONTENT / f"reports/{REPORT}.yml").read_text(encoding="utf-8"))


def write(folder: Path, report: dict[str, Any]) -> None:
    (folder / f"content/reports/{REPORT}.yml").write_text(yaml.safe_dump(report, allow_unicode=True), encoding="utf-8")


def read(folder: Path) -> Catalogue | None:
    """The catalogue, or None when the content is refused with every problem located."""
    try:
        return read_catalogue(folder / "content", base=folder)
    except ContentError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.file.startswith("content/") and problem.line > 0, problem
            assert problem.message and "Traceback" not in problem.message
        event("refused, located")
        return None


def every_output(catalogue: Catalogue, target: Path) -> dict[str, str]:
    """Every page, feed and data file the site would publish: path -> text."""
    outputs: dict[str, str] = {}
    site, specs = site_specs(catalogue)
    for spec in specs:
        outputs[spec.uri] = site.render(spec).html
    for path, text in feeds(catalogue, "Stockholms stad", None):
        outputs[path] = text
    shutil.rmtree(target, ignore_errors=True)
    OpenData(catalogue, {**site_facts({}), "site_url": None}).write(target)
    for path in sorted(target.rglob("*")):
        if path.is_file() and path.suffix != ".xlsx":
            outputs[path.relative_to(target).as_posix()] = path.read_text(encoding="utf-8")
    return outputs


def check_parses(outputs: dict[str, str], reports: int) -> None:
    event("accepted: every output read back")
    for path, text in outputs.items():
        assert not FORBIDDEN_CHARACTER.search(text), path
        if path.endswith((".xml", ".rdf")):
            ET.fromstring(text.encode("utf-8"))  # well-formed XML 1.0, or it raises
        elif path.endswith(".json"):
            json.loads(text, parse_constant=lambda name: (_ for _ in ()).throw(ValueError(name)))
        elif path.endswith(".csv"):
            rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
            assert len({len(row) for row in rows}) == 1, path
            for row in rows[1:]:
                for cell in row:
                    assert not cell.startswith(("=", "+", "@")) or cell.startswith("'"), (path, cell)
            if path in ("data/rapporter.csv",):
                assert len(rows) == reports + 1
        elif path.endswith(".md"):
            BeautifulSoup(text, "html.parser")


TEXT_FIELDS = ["title", "subtitle", "committee", "approvals_statement", "case_number"]
LIST_FIELDS = ["proposals", "activities", "places"]


@SETTINGS
@given(st.dictionaries(st.sampled_from(TEXT_FIELDS + LIST_FIELDS + ["heading", "text", "officer", "signatory",
                                                                     "attachment"]), TEXT, min_size=1, max_size=6))
def test_any_text_in_any_field_is_refused_located_or_valid_in_every_output(tmp_path: Path, texts: dict[str, str]):
    folder = project(tmp_path)
    report = base_report()
    for field, value in texts.items():
        if field in LIST_FIELDS:
            report[field] = [value]
        elif field == "heading":
            report["sections"][1]["heading"] = value
        elif field == "text":
            report["sections"][1]["text"] += "\n" + value + "\n"
        elif field == "officer":
            report["case_officer"]["name"] = value
        elif field == "signatory":
            report["signatories"] = [{"name": value, "title": value}]
        elif field == "attachment":
            report["attachments"] = [{"title": value}]
        else:
            report[field] = value
    write(folder, report)
    catalogue = read(folder)
    if catalogue is None:
        return
    outputs = every_output(catalogue, tmp_path / "out")
    check_parses(outputs, len(catalogue.reports))
    if "title" in texts:
        page = BeautifulSoup(outputs[f"rapporter/{REPORT}.md"], "html.parser")
        # (the loader writes every value in Unicode's NFC, content/load.py: "豈" U+F900 is shown as its canonical U+8C48)
        title = unicodedata.normalize("NFC", texts["title"])
        assert page.h1.get_text() == " ".join(title.split()) or page.h1.get_text() == title


@SETTINGS
@given(st.lists(TEXT, min_size=1, max_size=3), st.lists(TEXT, max_size=3), TEXT)
def test_any_district_and_organisation_names_are_refused_located_or_valid_in_every_output(
        tmp_path: Path, former: list[str], aliases: list[str], name: str):
    folder = project(tmp_path)
    districts = yaml.safe_load((folder / "content/districts.yml").read_text(encoding="utf-8"))
    districts[1]["former_names"] = former
    districts[1]["name"] = name
    (folder / "content/districts.yml").write_text(yaml.safe_dump(districts, allow_unicode=True), encoding="utf-8")
    organisations = yaml.safe_load((folder / "content/organisations.yml").read_text(encoding="utf-8"))
    organisations[0]["aliases"] = aliases
    (folder / "content/organisations.yml").write_text(yaml.safe_dump(organisations, allow_unicode=True),
                                                       encoding="utf-8")
    catalogue = read(folder)
    if catalogue is None:
        return
    check_parses(every_output(catalogue, tmp_path / "out"), len(catalogue.reports))
    # Every name, current or former, leads to one district.
    names = [" ".join(n.casefold().split()) for d in catalogue.districts.values() for n in [d.name, *d.former_names]]
    assert len(names) == len(set(names))


DISTRICT_NAMES = st.sampled_from(["Järva", "Rinkeby-Kista", "Spånga-Tensta", "Enskede-Årsta-Vantör", "Farsta", "Skarpnäck"])


@SETTINGS
@given(st.lists(st.tuples(DISTRICT_NAMES, st.lists(DISTRICT_NAMES, max_size=3)), min_size=2, max_size=4))
def test_random_renames_never_let_one_name_lead_to_two_districts(tmp_path: Path, renames: list[tuple[str, list[str]]]):
    folder = project(tmp_path)
    districts = yaml.safe_load((folder / "content/districts.yml").read_text(encoding="utf-8"))
    shipped = {d["id"] for d in districts}
    for index, (name, former) in enumerate(renames):
        entry = districts[index] if index < len(districts) else {"id": f"extra-{index}", "committee": "Nämnden"}
        entry.update(name=name, former_names=former)
        if index >= len(districts):
            districts.append(entry)
    (folder / "content/districts.yml").write_text(yaml.safe_dump(districts, allow_unicode=True), encoding="utf-8")
    catalogue = read(folder)
    owners: dict[str, set[str]] = {}
    for entry in districts:
        for n in [entry["name"], *entry.get("former_names", [])]:
            owners.setdefault(n.casefold(), set()).add(entry["id"])
        owners.setdefault(entry["name"].casefold(), set())
    clash = any(len(ids) > 1 for ids in owners.values()) or any(
        len(entry.get("former_names", [])) != len({n.casefold() for n in entry.get("former_names", [])})
        or entry["name"].casefold() in {n.casefold() for n in entry.get("former_names", [])} for entry in districts)
    # A former name is an old address too (/stadsdelar/<its id>/): it may not be another district's address.
    ids = {entry["id"] for entry in districts}
    clash = clash or any(id_from_name(n) in ids - {entry["id"]} for entry in districts for n in entry["former_names"])
    assert (catalogue is None) == clash, (renames, shipped)


SENTENCES = {  # amounts as a document writes them, each in its own sentence of the report's text
    "per_year": "Nämnden betalade {n} kronor per år.",
    "period": "För perioden betalades {n} kronor.",
    "total": "Totalt betalades {n} kronor.",
    "one_off": "Ett engångsbidrag om {n} kronor betalades.",
    "repaid": "Föreningen betalade tillbaka {n} kronor.",
}
FUNDING = st.lists(st.fixed_dictionaries({
    "amount": st.sampled_from([50_000, 450_000, 900_000, 1_500_000_000, 1_200_000_000_000]),
    "kind": st.sampled_from(list(SENTENCES)),
    "years": st.lists(st.integers(2020, 2025), max_size=3, unique=True),
    "period": st.one_of(st.none(), st.tuples(st.dates(date(2021, 1, 1), date(2025, 12, 31)),
                                             st.dates(date(2021, 1, 1), date(2025, 12, 31))).map(sorted)),
}), min_size=1, max_size=5)


def expected_paid(funding: list[dict[str, Any]]) -> int | None:
    """What the partnership cost, worked out here without the site's code."""
    totals = [f["amount"] for f in funding if f["kind"] == "total"]
    if totals:
        return totals[0]
    if any(f["kind"] == "per_year" and not f["years"] for f in funding):
        return None
    parts = [f["amount"] * len(f["years"]) for f in funding if f["kind"] == "per_year"]
    parts += [f["amount"] for f in funding if f["kind"] in ("period", "one_off")]
    return sum(parts) if parts else None


@SETTINGS
@given(FUNDING)
def test_random_funding_is_refused_located_or_adds_up_without_counting_twice(tmp_path: Path, funding: list[dict[str, Any]]):
    folder = project(tmp_path)
    report = base_report()  # the partnership runs 2022-09-01 – 2024-06-01
    entries, sentences = [], []
    for item in funding:
        sentence = SENTENCES[item["kind"]].format(n=f"{item['amount']:,}".replace(",", " "))
        sentences.append(sentence)
        entry: dict[str, Any] = {"amount": item["amount"], "kind": item["kind"], "quote": sentence}
        if item["years"]:
            entry["years"] = sorted(item["years"])
        if item["period"]:
            entry["start"], entry["end"] = item["period"]
        entries.append(entry)
    report["funding"] = entries
    report["sections"][0]["text"] += "\n" + "\n\n".join(dict.fromkeys(sentences)) + "\n"
    write(folder, report)
    catalogue = read(folder)
    if catalogue is None:
        return
    (accepted,) = [r for r in catalogue.reports if r.id == REPORT]
    active = set(accepted.years_active)
    per_year_years: set[int] = set()
    for item in accepted.funding:
        if item.kind != "repaid":
            assert set(item.years) <= active  # no money in a year the partnership did not run
        if item.kind == "per_year":
            per_year_years |= set(item.years)
    for item in accepted.funding:
        if item.kind == "period":
            whole = {y for y in funding_years(item) if not item.start or (item.start <= date(y, 1, 1) and date(y, 12, 31) <= item.end)}
            assert not whole & per_year_years  # never the same whole year twice
    dated = [(f.amount, f.kind, tuple(f.years), f.start, f.end) for f in accepted.funding
             if f.kind != "one_off" and (f.years or f.start)]
    assert len(dated) == len(set(dated))  # no amount for the same time twice
    told = [(f.amount, f.kind, tuple(f.years), f.start, f.end, f.quote) for f in accepted.funding]
    assert len(told) == len(set(told))  # no entry twice
    assert sum(1 for f in accepted.funding if f.kind == "total") <= 1
    assert paid(accepted) == expected_paid([{"amount": f.amount, "kind": f.kind, "years": f.years}
                                            for f in accepted.funding])
    summary = summarise(catalogue.reports)
    assert summary.paid_total == sum(p for p in (paid(r) for r in catalogue.reports) if p is not None)
    check_parses(every_output(catalogue, tmp_path / "out"), len(catalogue.reports))
