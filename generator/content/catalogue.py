"""Stage 3: the validated collection and its groupings.

`read_catalogue` loads and validates every content file, checks what only
the whole collection can tell (ids, references), and raises one
ContentError listing every problem. Indexing is one pass over the reports.
"""
from __future__ import annotations

import dataclasses
import os
import stat
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date
from pathlib import Path
from typing import Any

from .. import forking
from ..errors import ContentError, Problem
from .history import first_commits
from .load import Mapping, Node, Scalar, Sequence, display_path, load_file, not_regular, read_bytes
from .originals import MAX_ORIGINAL_BYTES, original_problem, sha256
from .model import ORIGINAL_SUFFIXES, District, Organisation, Report, Theme, id_problem
from ..text import id_from_name, quoted, swedish_sort_key
from .validate import INVALID, Checker, convert_list, convert_record, suggest

REPORT_SUFFIXES = (".yml", ".yaml")


def unreviewed_refused(unreviewed: list[Problem]) -> str:
    """The message that stops publishing while any value an import read is still marked for review."""
    told = "1 värde från importen är inte granskat" if len(unreviewed) == 1 else \
        f"{len(unreviewed)} värden från importen är inte granskade"
    return (f"{told} än och kan inte publiceras:\n"
            + "\n".join(f"  {problem}" for problem in unreviewed))


def publishing_refused(catalogue: Catalogue) -> str | None:
    """Why the catalogue cannot be published (drafts, values not yet reviewed), all at once; None when it can."""
    parts = []
    if catalogue.drafts:
        parts.append(drafts_refused(catalogue.drafts))
    if catalogue.unreviewed:
        parts.append(unreviewed_refused(catalogue.unreviewed))
    return "\n".join(parts) or None


def drafts_refused(drafts: list[Report]) -> str:
    """The message that stops publishing (mkdocs build, render) while any report is a draft, naming each."""
    told = "1 rapport är ett utkast" if len(drafts) == 1 else f"{len(drafts)} rapporter är utkast"
    return f"{told} och kan inte publiceras:\n" + "\n".join(
        f"  {report.source}: status: utkast; granska rapporten och ta bort raden när den är klar" for report in drafts)


@dataclass
class Catalogue:
    districts: dict[str, District]
    organisations: dict[str, Organisation]
    reports: list[Report]  # newest first
    by_district: dict[str, list[Report]] = field(default_factory=dict)
    by_organisation: dict[str, list[Report]] = field(default_factory=dict)
    active_by_year: dict[int, list[Report]] = field(default_factory=dict)
    decided_by_year: dict[int, list[Report]] = field(default_factory=dict)
    listed_by_year: dict[int, list[Report]] = field(default_factory=dict)  # active or decided that year
    themes: dict[str, Theme] = field(default_factory=dict)
    by_theme: dict[str, list[Report]] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)  # plausibility: located, not fatal
    unreviewed: list[Problem] = field(default_factory=list)  # review marks and placeholders: they stop publishing
    pending: dict[str, list[str]] = field(default_factory=dict)  # report id -> what a draft still lacks (preview)

    @classmethod
    def build(cls, districts: list[District], organisations: list[Organisation], reports: list[Report],
              themes: list[Theme] | None = None) -> Catalogue:
        ordered = sorted(reports, key=newest_first)
        by_theme: dict[str, list[Report]] = defaultdict(list)
        by_district: dict[str, list[Report]] = defaultdict(list)
        by_organisation: dict[str, list[Report]] = defaultdict(list)
        active: dict[int, list[Report]] = defaultdict(list)
        decided: dict[int, list[Report]] = defaultdict(list)
        listed: dict[int, list[Report]] = defaultdict(list)
        for report in ordered:
            by_district[report.district].append(report)
            by_organisation[report.organisation].append(report)
            for year in report.years_active:
                active[year].append(report)
            if report.meeting_date:
                decided[report.meeting_date.year].append(report)
            for year in sorted(set(report.years_active) | ({report.meeting_date.year} if report.meeting_date else set())):
                listed[year].append(report)
            for theme in dict.fromkeys(report.themes):
                by_theme[theme].append(report)
        return cls(
            districts={d.id: d for d in sorted(districts, key=lambda d: (swedish_sort_key(d.name), d.id))},
            organisations={o.id: o for o in sorted(organisations, key=lambda o: (swedish_sort_key(o.name), o.id))},
            reports=ordered,
            by_district=dict(by_district),
            by_organisation=dict(by_organisation),
            active_by_year=dict(active),
            decided_by_year=dict(decided),
            listed_by_year=dict(listed),
            themes={t.id: t for t in sorted(themes or [], key=lambda t: (swedish_sort_key(t.name), t.id))},
            by_theme=dict(by_theme),
        )

    @cached_property  # asked by every data file; the catalogue does not change once built
    def newest_date(self) -> date | None:
        """The newest date any report carries: what the site as a whole was last changed by."""
        return max((r.latest_date for r in self.reports if r.latest_date), default=None)

    @property
    def years(self) -> list[int]:
        """Every year with a report, newest first."""
        return sorted(self.listed_by_year, reverse=True)

    def districts_with_reports(self) -> list[District]:
        return [d for d in self.districts.values() if d.id in self.by_district]

    def organisations_with_reports(self) -> list[Organisation]:
        return [o for o in self.organisations.values() if o.id in self.by_organisation]

    @property
    def drafts(self) -> list[Report]:
        return sorted((r for r in self.reports if r.is_draft), key=lambda r: r.source)


def newest_first(report: Report) -> tuple[int, int, str]:
    # Newest first by the newest date a report carries (meeting or approval,
    # else the end of its last agreement); ties by id, so the order never
    # depends on the order of files on disk.
    latest = report.latest_date or report.last_day
    return (-latest.toordinal(), -report.last_day.toordinal(), report.id)


def read_catalogue(content_dir: Path, base: Path | None = None, preview: bool = False,
                   workers: int = 1) -> Catalogue:
    """Load, validate and index everything under content_dir, or raise ContentError.

    Plausibility warnings (located like problems, but not fatal) are kept on the catalogue, and so are the
    values an import marked for review that nobody has checked yet (`unreviewed`): they stop publishing, not
    a preview. In a preview (`mkdocs serve`), a draft may name a district or organisation that is not yet in
    its file: it is shown with a stand-in and a note saying so (`pending`), where a build refuses it.
    With `workers` 2 (mkdocs build), the report files are read in two forked processes.
    """
    problems: list[Problem] = []
    warnings: list[Problem] = []
    unreviewed: list[Problem] = []
    pending: dict[str, list[str]] = {}
    districts, district_ids = _read_list(content_dir / "districts.yml", District, base, problems, warnings,
                                         unreviewed, names=("name", "former_names"), old=("former_ids", "former_names"))
    organisations, organisation_ids = _read_list(content_dir / "organisations.yml", Organisation, base, problems, warnings,
                                                 unreviewed, old=("former_ids", "former_names"))
    themes_file = content_dir / "themes.yml"
    themes, theme_ids = ([], set()) if not os.path.lexists(themes_file) else _read_list(
        themes_file, Theme, base, problems, warnings, unreviewed)
    known = {"district": (district_ids, "ingen stadsdel", "districts.yml"),
             "organisation": (organisation_ids, "ingen organisation", "organisations.yml"),
             "themes": (theme_ids, "inget tema", "themes.yml")}
    reports = _read_reports(content_dir / "reports", base, problems, warnings, known, unreviewed,
                            pending if preview else None, workers)
    if problems:
        raise ContentError(problems)
    stand_ins = {report.district for report in reports} - district_ids, \
        {report.organisation for report in reports} - organisation_ids
    districts += [District(id=d, name=d, committee="(nämnden anges i districts.yml)") for d in sorted(stand_ins[0])]
    organisations += [Organisation(id=o, name=o) for o in sorted(stand_ins[1])]
    catalogue = Catalogue.build(districts, organisations, reports, themes)
    catalogue.warnings = sorted(set(warnings))
    catalogue.unreviewed = sorted(set(unreviewed))
    catalogue.pending = pending
    return catalogue


def _raw_texts(root: Node | None, key: str) -> list[str]:
    """The text of a field, or of each item of a list field, as written (before validation)."""
    if not isinstance(root, Mapping) or key not in root.items:
        return []
    node = root.items[key][2]
    nodes = node.items if isinstance(node, Sequence) else [node]
    return [item.text for item in nodes if isinstance(item, Scalar) and not item.is_null]


def _read_list(path: Path, cls: type, base: Path | None, problems: list[Problem], warnings: list[Problem],
               unreviewed: list[Problem], names: tuple[str, ...] = (),
               old: tuple[str, ...] = ("former_ids",)) -> tuple[list[Any], set[str]]:
    """The valid entries of a districts, organisations or themes file, and every id it gives.

    Reports are checked against every id written in the file, so an entry
    with some other problem does not also make its reports look wrong.
    """
    document, found = load_file(path, base)
    problems += found
    if document is None:
        return [], set()
    entries, checker = convert_list(document, cls, problems, warnings, unreviewed)
    nodes = document.root.items if isinstance(document.root, Sequence) else []
    seen: dict[str, int] = {}
    for index, node in enumerate(nodes):
        for entry_id in _raw_texts(node, "id")[:1]:
            if reason := id_problem(entry_id):
                checker.problem(f"[{index}].id", f"{quoted(entry_id)} kan inte användas som id ({reason})")
            elif entry_id in seen:
                checker.problem(f"[{index}].id", f"{quoted(entry_id)} används redan av posten [{seen[entry_id]}]; "
                                                 "varje id får bara användas en gång")
            seen.setdefault(entry_id, index)
    reported = _names_lead_to_one(nodes, names, checker) if names else set()
    claims = [(checker, f"[{index}]", _raw_texts(node, "id")[:1], {name: _raw_texts(node, name) for name in old})
              for index, node in enumerate(nodes)]
    old_addresses_lead_to_one(claims, set(seen), reported)
    return [entry for entry in entries if entry is not INVALID], set(seen)


def old_addresses_lead_to_one(claims: list[tuple[Checker, str, list[str], dict[str, list[str]]]],
                              current: set[str], reported: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    """A former id, or a former name's address, leads to one current entry, and never takes a current one's place.

    `claims` holds, per entry: its checker, its field path, its id, and the fields that give old addresses
    (`former_ids` as they are; a name's address is the id made from it, and a name whose address is not an
    id is simply not an address). A field in `reported` has a message already: one mistake, one message.
    """
    taken: dict[str, str] = {}
    for checker, path, own, fields in claims:
        for field_name, values in fields.items():
            for position, value in enumerate(values):
                where = f"{path}.{field_name}[{position}]".lstrip(".")
                if where in reported:
                    continue
                old = value if field_name == "former_ids" else id_from_name(value)
                if field_name == "former_ids" and (reason := id_problem(value)):
                    checker.problem(where, f"{quoted(value)} kan inte vara ett id ({reason})")
                    continue
                if not old or id_problem(old) or old in own:
                    continue
                if old in current:
                    checker.problem(where, f"den gamla adressen {quoted(old)} är en nuvarande adress (id:t {quoted(old)} "
                                           "används redan); en gammal adress får inte ta en annans plats")
                elif old in taken and taken[old] != (own[0] if own else path):
                    checker.problem(where, f"den gamla adressen {quoted(old)} leder redan till {quoted(taken[old])}; "
                                           "en gammal adress kan bara leda till ett ställe")
                else:
                    taken[old] = own[0] if own else path


def _names_lead_to_one(nodes: list[Node], fields: tuple[str, ...], checker: Checker) -> set[str]:
    """Every name, current or former, leads to one entry (two districts renamed into each other would not).

    Current names are taken first, so a clash between a current and a former name is reported at the former.
    """
    owner: dict[str, str] = {}  # name as compared -> the field that holds it
    reported: set[str] = set()
    for field_name in fields:
        for index, node in enumerate(nodes):
            entry_id = next(iter(_raw_texts(node, "id")), "")
            for position, name in enumerate(_raw_texts(node, field_name)):
                path = f"[{index}].{field_name}" + (f"[{position}]" if field_name.endswith("s") else "")
                key = " ".join(name.casefold().split())
                if key in owner:
                    checker.problem(path, f"{quoted(name)} står redan som {owner[key]}; ett namn, nuvarande eller "
                                          "tidigare, kan bara leda till en stadsdel")
                    reported.add(path)
                else:
                    owner[key] = f"{path}" + (f" ({entry_id})" if entry_id else "")
    return reported


def _read_reports(folder: Path, base: Path | None, problems: list[Problem], warnings: list[Problem],
                  known: dict[str, tuple[set[str], str, str]], unreviewed: list[Problem],
                  pending: dict[str, list[str]] | None, workers: int = 1) -> list[Report]:
    reports: list[Report] = []
    ids: dict[str, str] = {}
    originals: dict[str, Path] = {}
    referenced: set[str] = set()
    shown_folder = display_path(folder, base)
    history = first_commits(folder) if folder.is_dir() and not os.path.islink(folder) else {}
    if os.path.islink(folder):
        problems.append(Problem(shown_folder, 0, 0, "", not_regular(stat.S_IFLNK) or ""))
        return reports
    if not folder.is_dir():
        problems.append(Problem(shown_folder, 0, 0, "", "mappen saknas; rapporterna ska ligga i content/reports/"))
        return reports
    claims: list[tuple[Checker, str, list[str], dict[str, list[str]]]] = []
    paths = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        if path.suffix.lower() in ORIGINAL_SUFFIXES:
            originals[path.name] = path
        elif path.suffix not in REPORT_SUFFIXES:
            problems.append(Problem(display_path(path, base), 0, 0, "", "är ingen rapportfil; rapporter är filer som slutar på "
                                    ".yml (och originaldokument på " + ", ".join(ORIGINAL_SUFFIXES) + ")"))
        else:
            paths.append(path)
    for path, loaded in zip(paths, _load_all(paths, base, pending is not None, workers)):
        document, report, checker = _checked(loaded, problems, warnings, unreviewed)
        if document is None:
            continue
        shown = document.path
        draft = _raw_texts(document.root, "status") == ["utkast"]
        report_id = path.stem
        if reason := id_problem(report_id):
            checker.problem("", f"filnamnet {quoted(report_id)} kan inte bli en webbadress; {reason}")
        elif report_id in ids:
            checker.problem("", f"har samma id {quoted(report_id)} som {ids[report_id]}; byt namn på en av dem")
        ids.setdefault(report_id, shown)
        if former_ids := _raw_texts(document.root, "former_ids"):
            # Only a report that gives old addresses is kept for the check below: holding every file's checker
            # (its document and positions) until then took half a gigabyte at 10,000 reports.
            claims.append((checker, "", [report_id], {"former_ids": former_ids}))
        # Checked on the raw values too, so a report with other problems still gets these.
        for name, (ids_known, nothing, where) in known.items():
            for index, value in enumerate(_raw_texts(document.root, name)):
                if value not in ids_known and "\n" not in value:  # a line break has a message of its own
                    if pending is not None and draft and name != "themes" and not id_problem(value):
                        pending.setdefault(path.stem, []).append(
                            f"{nothing.replace('ingen', 'Ingen')} har id {quoted(value)} i content/{where} än: "
                            "lägg till posten som importen föreslog innan rapporten publiceras")
                        continue
                    path_shown = f"{name}[{index}]" if name == "themes" else name
                    checker.problem(path_shown, f"{nothing} har id {quoted(value)} i {where}{suggest(value, ids_known)}")
        if report is INVALID:
            continue
        if report.original is not None:
            referenced.add(report.original.file)
            size = _original_size(folder / report.original.file, report.original.sha256, checker)
            if size is None:
                continue
            report = dataclasses.replace(report, original=dataclasses.replace(
                report.original, size=size, path=str(folder / report.original.file)))
        reports.append(dataclasses.replace(report, id=report_id, source=shown,
                                           published_on=report.published or history.get(path.name)))
    old_addresses_lead_to_one(claims, set(ids))
    for name in sorted(set(originals) - referenced):
        warnings.append(Problem(display_path(originals[name], base), 0, 0, "",
                                "ingen rapport hänvisar till det här originaldokumentet (fältet original.file); "
                                "lägg till det i rapportfilen eller ta bort filen"))
    return reports


# The preview (`mkdocs serve`) reads the content again on every save: a file that has not changed since is
# not parsed and checked again. Keyed by the file's size and modification time; only the preview uses it.
_READ: dict[tuple[str, str | None], tuple[tuple[int, int], Any]] = {}


Loaded = tuple[Any, list[Problem], Any, tuple[list[Problem], list[Problem], list[Problem]], dict[str, Any]]


def _loaded(path: Path, base: Path | None, cache: bool) -> Loaded:
    """One report file loaded and converted: its document, its problems, the report, its own problems,
    warnings and unreviewed marks, and where each field stands."""
    try:
        info = path.stat()
        stamp = (info.st_size, info.st_mtime_ns)
    except OSError:
        stamp = (-1, -1)
    key = (str(path), str(base) if base else None)
    hit = _READ.get(key) if cache else None
    if hit is not None and hit[0] == stamp:
        return hit[1]  # type: ignore[no-any-return]
    document, found = load_file(path, base)
    own: tuple[list[Problem], list[Problem], list[Problem]] = ([], [], [])
    report, positions = INVALID, {}
    if document is not None:
        report, converting = convert_record(document, Report, *own)
        positions = converting.positions
    if cache:
        _READ[key] = (stamp, (document, found, report, own, positions))
    return document, found, report, own, positions


# What the reading of reports needs of a file's document beyond its report: the raw values of these fields.
_RAW_FIELDS = ("status", "former_ids", "district", "organisation", "themes")

def _loaded_in_fork(path: Path) -> Loaded:
    """In a forked process: a file loaded, its document cut to what the reading needs (sent back pickled)."""
    document, found, report, own, positions = _loaded(path, forking.shared, cache=False)
    if document is not None and isinstance(document.root, Mapping):
        root = Mapping(document.root.line, document.root.column,
                       {key: value for key, value in document.root.items.items() if key in _RAW_FIELDS})
        document = dataclasses.replace(document, root=root, marks=[])
    return document, found, None if report is INVALID else report, own, positions


def _load_all(paths: list[Path], base: Path | None, cache: bool, workers: int) -> Iterator[Loaded]:
    """Every report file loaded, in order. A build asks for two forked processes (the second core is idle until
    Pagefind starts): 10,000 reports took 20 s on one. The preview reads one by one, from its cache."""
    if cache or len(paths) < 200 or not forking.can_fork(workers):
        for path in paths:
            yield _loaded(path, base, cache)
        return
    done = 0
    try:
        with forking.pool(workers, base) as pool:
            for document, found, report, own, positions in pool.map(_loaded_in_fork, paths, chunksize=50):
                done += 1
                yield document, found, INVALID if report is None else report, own, positions
    except BrokenProcessPool:  # a process that died (out of memory): the rest is read here, file by file
        for path in paths[done:]:
            yield _loaded(path, base, cache=False)


def _checked(loaded: Loaded, problems: list[Problem], warnings: list[Problem],
             unreviewed: list[Problem]) -> tuple[Any, Any, Checker]:
    """A loaded file's problems added to the lists given, with a checker that adds later problems (references,
    ids) to them as well."""
    document, found, report, own, positions = loaded
    problems += found
    checker = Checker(document, problems, warnings, unreviewed) if document is not None else None
    if document is not None:
        checker.positions = dict(positions)
        problems += own[0]
        warnings += own[1]
        unreviewed += own[2]
    return document, report, checker


def _original_size(path: Path, expected: str, checker: Checker) -> int | None:
    """The size of the original document, a regular file beside the report with the checksum the report records."""
    data, problem = read_bytes(path, "", limit=MAX_ORIGINAL_BYTES)
    if data is None:
        reason = problem.message if problem else "kan inte läsas"
        checker.problem("original.file", f"{quoted(path.name)} {reason}")
        return None
    actual = sha256(data)
    if actual != expected:
        checker.problem("original.sha256", f"stämmer inte med filen {quoted(path.name)}, vars SHA-256 är {actual}; "
                                           "filen har bytts ut eller skadats. Kontrollera filen och skriv in den nya summan "
                                           "bara om filen är rätt")
        return None
    if problem_text := original_problem(path.name, data):
        checker.problem("original.file", f"{quoted(path.name)} {problem_text}")
        return None
    return len(data)
