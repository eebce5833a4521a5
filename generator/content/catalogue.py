"""Stage 3: the validated collection and its groupings.

`read_catalogue` loads and validates every content file, checks what only
the whole collection can tell (ids, references), and raises one
ContentError listing every problem. Indexing is one pass over the reports.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import ContentError, Problem
from .load import Mapping, Node, Scalar, Sequence, display_path, load_file
from .model import District, Organisation, Report, id_problem
from ..text import swedish_sort_key
from .validate import INVALID, convert_list, convert_record, suggest

REPORT_SUFFIXES = (".yml", ".yaml")


@dataclass
class Catalogue:
    districts: dict[str, District]
    organisations: dict[str, Organisation]
    reports: list[Report]  # newest first
    by_district: dict[str, list[Report]] = field(default_factory=dict)
    by_organisation: dict[str, list[Report]] = field(default_factory=dict)
    active_by_year: dict[int, list[Report]] = field(default_factory=dict)
    decided_by_year: dict[int, list[Report]] = field(default_factory=dict)

    @classmethod
    def build(cls, districts: list[District], organisations: list[Organisation], reports: list[Report]) -> Catalogue:
        ordered = sorted(reports, key=newest_first)
        by_district: dict[str, list[Report]] = defaultdict(list)
        by_organisation: dict[str, list[Report]] = defaultdict(list)
        active: dict[int, list[Report]] = defaultdict(list)
        decided: dict[int, list[Report]] = defaultdict(list)
        for report in ordered:
            by_district[report.district].append(report)
            by_organisation[report.organisation].append(report)
            for year in report.years_active:
                active[year].append(report)
            if report.meeting_date:
                decided[report.meeting_date.year].append(report)
        return cls(
            districts={d.id: d for d in sorted(districts, key=lambda d: (swedish_sort_key(d.name), d.id))},
            organisations={o.id: o for o in sorted(organisations, key=lambda o: (swedish_sort_key(o.name), o.id))},
            reports=ordered,
            by_district=dict(by_district),
            by_organisation=dict(by_organisation),
            active_by_year=dict(active),
            decided_by_year=dict(decided),
        )

    @property
    def newest_date(self) -> date | None:
        """The newest date any report carries: what the site as a whole was last changed by."""
        return max((r.latest_date for r in self.reports if r.latest_date), default=None)

    @property
    def years(self) -> list[int]:
        """Every year with a report, newest first."""
        return sorted(set(self.active_by_year) | set(self.decided_by_year), reverse=True)

    def districts_with_reports(self) -> list[District]:
        return [d for d in self.districts.values() if d.id in self.by_district]

    def organisations_with_reports(self) -> list[Organisation]:
        return [o for o in self.organisations.values() if o.id in self.by_organisation]


def newest_first(report: Report) -> tuple[int, int, str]:
    # Newest first by the newest date a report carries (meeting or approval,
    # else the end of its last agreement); ties by id, so the order never
    # depends on the order of files on disk.
    latest = report.latest_date or report.last_day
    return (-latest.toordinal(), -report.last_day.toordinal(), report.id)


def read_catalogue(content_dir: Path, base: Path | None = None) -> Catalogue:
    """Load, validate and index everything under content_dir, or raise ContentError."""
    problems: list[Problem] = []
    districts, district_ids = _read_list(content_dir / "districts.yml", District, base, problems)
    organisations, organisation_ids = _read_list(content_dir / "organisations.yml", Organisation, base, problems)
    reports = _read_reports(content_dir / "reports", base, problems, district_ids, organisation_ids)
    if problems:
        raise ContentError(problems)
    return Catalogue.build(districts, organisations, reports)


def _raw_text(root: Node | None, key: str) -> str | None:
    if isinstance(root, Mapping) and key in root.items:
        node = root.items[key][2]
        if isinstance(node, Scalar) and not node.is_null:
            return node.text
    return None


def _read_list(path: Path, cls: type, base: Path | None, problems: list[Problem]) -> tuple[list[Any], set[str]]:
    """The valid entries of a districts or organisations file, and every id it gives.

    Reports are checked against every id written in the file, so an entry
    with some other problem does not also make its reports look wrong.
    """
    document, found = load_file(path, base)
    problems += found
    if document is None:
        return [], set()
    entries, checker = convert_list(document, cls, problems)
    nodes = document.root.items if isinstance(document.root, Sequence) else []
    seen: dict[str, int] = {}
    for index, node in enumerate(nodes):
        entry_id = _raw_text(node, "id")
        if entry_id is None:
            continue
        if reason := id_problem(entry_id):
            checker.problem(f"[{index}].id", f"{entry_id!r} is not a usable id ({reason})")
        elif entry_id in seen:
            checker.problem(f"[{index}].id", f"{entry_id!r} is already used by entry [{seen[entry_id]}]; ids must be unique")
        seen.setdefault(entry_id, index)
    return [entry for entry in entries if entry is not INVALID], set(seen)


def _read_reports(folder: Path, base: Path | None, problems: list[Problem],
                  district_ids: set[str], organisation_ids: set[str]) -> list[Report]:
    reports: list[Report] = []
    ids: dict[str, str] = {}
    if not folder.is_dir():
        problems.append(Problem(display_path(folder, base), 0, 0, "", "folder is missing; reports go in content/reports/"))
        return reports
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        if path.suffix not in REPORT_SUFFIXES:
            problems.append(Problem(display_path(path, base), 0, 0, "", "is not a report file; reports end in .yml"))
            continue
        document, found = load_file(path, base)
        problems += found
        if document is None:
            continue
        shown = document.path
        report, checker = convert_record(document, Report, problems)
        report_id = path.stem
        if reason := id_problem(report_id):
            checker.problem("", f"the file name {report_id!r} cannot be a web address; {reason}")
        elif report_id in ids:
            checker.problem("", f"has the same id {report_id!r} as {ids[report_id]}; rename one of them")
        ids.setdefault(report_id, shown)
        # Checked on the raw values too, so a report with other problems still gets these.
        for name, known, where in (("district", district_ids, "districts.yml"),
                                   ("organisation", organisation_ids, "organisations.yml")):
            value = _raw_text(document.root, name)
            if value is not None and value not in known:
                checker.problem(name, f"no {name} has the id {value!r} in {where}{suggest(value, known)}")
        if report is not INVALID:
            reports.append(dataclasses.replace(report, id=report_id, source=shown))
    return reports

