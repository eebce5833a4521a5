"""The content schema: typed records for districts, organisations and reports.

This module is the one schema. The validator reads these type hints and
field descriptions to check files; documentation and exports derive from it
too. Fields marked `derived` are filled in by the pipeline, never typed.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Outcome = Literal["goals_met", "goals_partly_met", "goals_not_met"]
NextStep = Literal["renegotiation", "extension", "new_agreement", "ended"]
SectionKind = Literal[
    "summary", "background", "case", "goal_fulfilment", "schedule_budget",
    "commitments", "lessons", "preparation", "equality_child_rights", "administration_view",
]

# What a visitor reads: Swedish labels for the closed lists above.
OUTCOME_LABELS: dict[str, str] = {
    "goals_met": "Målen har uppfyllts",
    "goals_partly_met": "Målen har delvis uppfyllts",
    "goals_not_met": "Målen har inte uppfyllts",
}
NEXT_STEP_LABELS: dict[str, str] = {
    "renegotiation": "Omförhandling av överenskommelsen",
    "extension": "Förlängning av överenskommelsen",
    "new_agreement": "Ny överenskommelse",
    "ended": "Partnerskapet avslutas",
}
SECTION_KIND_LABELS: dict[str, str] = {
    "summary": "Sammanfattning",
    "background": "Bakgrund",
    "case": "Ärendet",
    "goal_fulfilment": "Måluppfyllelse",
    "schedule_budget": "Tidsplan och budget",
    "commitments": "Parternas åtaganden",
    "lessons": "Lärdomar",
    "preparation": "Ärendets beredning",
    "equality_child_rights": "Jämställdhet och barnrätt",
    "administration_view": "Förvaltningens synpunkter",
}
# Headings as the documents write them, lower-cased, mapped to a kind so that
# pages across reports can gather the same kind of section.
KNOWN_HEADINGS: dict[str, str] = {
    "sammanfattning": "summary",
    "bakgrund": "background",
    "ärendet": "case",
    "måluppfyllelse": "goal_fulfilment",
    "måluppfyllnad": "goal_fulfilment",
    "tidsplan och budget": "schedule_budget",
    "uppfyllnad av parternas åtaganden": "commitments",
    "parternas åtaganden": "commitments",
    "lärdomar från partnerskapet": "lessons",
    "lärdomar": "lessons",
    "ärendets beredning": "preparation",
    "jämställdhets- och barnkonsekvensanalys": "equality_child_rights",
    "jämställdhetsanalys och barnrättsperspektiv": "equality_child_rights",
    "förvaltningens synpunkter och förslag": "administration_view",
}

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LENGTH = 80
# `index` would take the place of a section's own page; the others are
# device names that Windows cannot check out as files.
RESERVED_IDS = frozenset({"index", "con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                          *(f"lpt{i}" for i in range(1, 10))})


def id_problem(value: str) -> str | None:
    """Why a value cannot be an id (it becomes part of a web address), or None."""
    if not ID_PATTERN.match(value):
        return "use lower-case letters a-z, digits and single hyphens, e.g. 'jarva'"
    if len(value) > MAX_ID_LENGTH:
        return f"use at most {MAX_ID_LENGTH} characters"
    if value in RESERVED_IDS:
        return f"{value!r} is reserved"
    return None


def doc(text: str, **extra: Any) -> dict[str, Any]:
    return {"doc": text, **extra}


@dataclass(frozen=True)
class District:
    id: str = field(metadata=doc("Short id used in URLs and in reports, e.g. `jarva`.", identifier=True))
    name: str = field(metadata=doc("Current name, e.g. `Järva`."))
    committee: str = field(metadata=doc("The committee, e.g. `Järva stadsdelsnämnd`."))
    administration: str | None = field(default=None, metadata=doc("The administration, e.g. `Järva stadsdelsförvaltning`."))
    former_names: list[str] = field(default_factory=list, metadata=doc("Earlier names of the district; each leads to this district."))


@dataclass(frozen=True)
class Organisation:
    id: str = field(metadata=doc("Short id used in URLs and in reports.", identifier=True))
    name: str = field(metadata=doc("The organisation's name."))
    aliases: list[str] = field(default_factory=list, metadata=doc("Other names the documents use for it."))
    org_number: str | None = field(default=None, metadata=doc("Swedish organisation number, `NNNNNN-NNNN`, if known."))
    website: str | None = field(default=None, metadata=doc("The organisation's website, starting with `https://`."))

    def check(self) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        if self.org_number is not None and not valid_org_number(self.org_number):
            found.append(("org_number", f"{self.org_number!r} is not a valid organisation number "
                                        "(expected NNNNNN-NNNN with a correct check digit)"))
        if self.website is not None and not re.match(r"^https?://[^\s/$.?#][^\s]*$", self.website):
            found.append(("website", f"{self.website!r} is not a web address (expected https://…)"))
        return found

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass(frozen=True)
class CaseOfficer:
    name: str = field(metadata=doc("The case officer (handläggare)."))
    phone: str | None = field(default=None, metadata=doc("Phone number as printed, e.g. `08-50803305`."))


@dataclass(frozen=True)
class Agreement:
    """One agreement (överenskommelse): either a period or a whole calendar year."""

    start: date | None = field(default=None, metadata=doc("First day, `YYYY-MM-DD`."))
    end: date | None = field(default=None, metadata=doc("Last day, `YYYY-MM-DD`."))
    year: int | None = field(default=None, metadata=doc("For an annual agreement the document gives only as a year (instead of start and end)."))
    extended_to: date | None = field(default=None, metadata=doc("Last day after an extension (förlängning), if extended."))

    def check(self) -> list[tuple[str, str]]:
        if self.year is not None:
            if self.start or self.end:
                return [("year", "give either `year` or `start` and `end`, not both")]
            if not 1900 <= self.year <= 2200:
                return [("year", f"expected a year between 1900 and 2200, got {self.year}")]
        elif not (self.start and self.end):
            return [("", "give `start` and `end` (or `year` for an annual agreement)")]
        elif self.end < self.start:
            return [("end", f"ends ({self.end}) before it starts ({self.start})")]
        if self.extended_to and self.extended_to <= self.last_planned_day:
            return [("extended_to", f"the extension ({self.extended_to}) must be later than the end ({self.last_planned_day})")]
        return []

    @property
    def first_day(self) -> date:
        return self.start or date(self.year or 1, 1, 1)

    @property
    def last_planned_day(self) -> date:
        return self.end or date(self.year or 1, 12, 31)

    @property
    def last_day(self) -> date:
        return self.extended_to or self.last_planned_day

    @property
    def years(self) -> range:
        return range(self.first_day.year, self.last_day.year + 1)


@dataclass(frozen=True)
class Section:
    heading: str = field(metadata=doc("The heading exactly as in the document."))
    text: str | None = field(default=None, metadata=doc("The text verbatim; paragraphs separated by an empty line."))
    kind: SectionKind | None = field(default=None, metadata=doc("What kind of section this is; only needed when the heading is not a known one."))
    sections: list[Section] = field(default_factory=list, metadata=doc("Sub-sections, in the document's order."))

    @property
    def resolved_kind(self) -> str | None:
        return self.kind or KNOWN_HEADINGS.get(" ".join(self.heading.lower().split()))

    @property
    def paragraphs(self) -> list[str]:
        return paragraphs(self.text or "")


@dataclass(frozen=True)
class Lessons:
    challenges: list[str] = field(default_factory=list, metadata=doc("Challenges, each quoted word for word from a section."))
    success_factors: list[str] = field(default_factory=list, metadata=doc("Success factors, each quoted word for word from a section."))


@dataclass(frozen=True)
class Signatory:
    name: str = field(metadata=doc("Name of the person who signs."))
    title: str | None = field(default=None, metadata=doc("Title, e.g. `Stadsdelsdirektör`."))
    unit: str | None = field(default=None, metadata=doc("Unit, e.g. `Järva stadsdelsförvaltning`."))


@dataclass(frozen=True)
class Approval:
    name: str = field(metadata=doc("Name of the person who approved (attesterade)."))
    title: str | None = field(default=None, metadata=doc("Title as given in the approvals table."))
    date: datetime.date | None = field(default=None, metadata=doc("Date of approval, `YYYY-MM-DD`."))


@dataclass(frozen=True)
class Attachment:
    title: str = field(metadata=doc("The attachment's title (bilaga) as listed."))


@dataclass(frozen=True)
class Report:
    title: str = field(metadata=doc("The document's title."))
    district: str = field(metadata=doc("Id of the district in `content/districts.yml`.", identifier=True))
    organisation: str = field(metadata=doc("Id of the organisation in `content/organisations.yml`.", identifier=True))
    committee: str = field(metadata=doc("The committee as the document addresses it (after `Till`)."))
    case_officer: CaseOfficer = field(metadata=doc("The case officer (handläggare)."))
    proposals: list[str] = field(metadata=doc("Each proposal for decision (förslag till beslut), verbatim, without numbering.", min_items=1))
    agreements: list[Agreement] = field(metadata=doc("Every agreement of the partnership, oldest first.", min_items=1))
    sections: list[Section] = field(metadata=doc("The document's sections in its own order.", min_items=1))
    subtitle: str | None = field(default=None, metadata=doc("The line under the title, if any."))
    meeting_date: date | None = field(default=None, metadata=doc("Date of the committee meeting, if the document gives it."))
    activities: list[str] = field(default_factory=list, metadata=doc("What the partnership did, in the document's words."))
    places: list[str] = field(default_factory=list, metadata=doc("Places the activities were aimed at, if the document names them."))
    outcome: Outcome | None = field(default=None, metadata=doc("The administration's assessment of the goals, if the document gives one."))
    next_step: NextStep | None = field(default=None, metadata=doc("What happens after the partnership, if the document says."))
    lessons: Lessons | None = field(default=None, metadata=doc("Lessons, quoted from the sections."))
    signatories: list[Signatory] = field(default_factory=list, metadata=doc("Who signs the document, in order."))
    approvals_statement: str | None = field(default=None, metadata=doc("The sentence above the approvals table, verbatim."))
    approvals: list[Approval] = field(default_factory=list, metadata=doc("The approvals table (attesterat av)."))
    attachments: list[Attachment] = field(default_factory=list, metadata=doc("The attachments (bilagor)."))
    id: str = field(default="", metadata=doc("The file name without `.yml`.", derived=True))
    source: str = field(default="", metadata=doc("The content file, for messages.", derived=True))

    def check(self) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for index, (earlier, later) in enumerate(zip(self.agreements, self.agreements[1:]), start=1):
            if later.first_day < earlier.first_day:
                found.append((f"agreements[{index}]", "starts before the agreement above it; list agreements oldest first"))
        runs_until: date | None = None
        for index, agreement in sorted(enumerate(self.agreements), key=lambda pair: pair[1].first_day):
            if runs_until and agreement.first_day <= runs_until:
                found.append((f"agreements[{index}]", f"overlaps an earlier agreement that runs until {runs_until}"))
            runs_until = max(runs_until or agreement.last_day, agreement.last_day)
        for path, depth in _section_depths(self.sections, "sections", 1):
            if depth > MAX_SECTION_DEPTH:
                found.append((path, f"is nested {depth} levels deep; a page can show at most {MAX_SECTION_DEPTH}"))
        text = " ".join(" ".join(section.paragraphs) for section in self.all_sections())
        for group in ("challenges", "success_factors"):
            for index, quote in enumerate(getattr(self.lessons, group, [])):
                if " ".join(quote.split()) not in text:
                    found.append((f"lessons.{group}[{index}]", "is not found word for word in any section; lessons must be quoted from the document"))
        return found

    @property
    def years_active(self) -> list[int]:
        return sorted({year for agreement in self.agreements for year in agreement.years})

    @property
    def first_day(self) -> date:
        return min(agreement.first_day for agreement in self.agreements)

    @property
    def last_day(self) -> date:
        return max(agreement.last_day for agreement in self.agreements)

    @property
    def latest_date(self) -> date | None:
        """The newest date the document carries: the meeting, else the last approval."""
        dates = [approval.date for approval in self.approvals if approval.date]
        return self.meeting_date or (max(dates) if dates else None)

    def all_sections(self) -> list[Section]:
        found: list[Section] = []
        stack = list(reversed(self.sections))
        while stack:
            section = stack.pop()
            found.append(section)
            stack.extend(reversed(section.sections))
        return found


# Sections become headings h2 to h6 under the page's h1.
MAX_SECTION_DEPTH = 5


def _section_depths(sections: list[Section], path: str, depth: int) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for index, section in enumerate(sections):
        here = f"{path}[{index}]"
        found.append((here, depth))
        found += _section_depths(section.sections, f"{here}.sections", depth + 1)
    return found


def valid_org_number(number: str) -> bool:
    """Swedish organisation number: ten digits, the last a Luhn check digit."""
    if not re.match(r"^\d{6}-?\d{4}$", number):
        return False
    digits = [int(d) for d in number.replace("-", "")]
    total = sum(d if i % 2 else (d * 2 if d < 5 else d * 2 - 9) for i, d in enumerate(digits[:9]))
    return (10 - total % 10) % 10 == digits[9]


def paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by empty lines; line breaks inside one are spaces."""
    return [" ".join(block.split()) for block in re.split(r"\n[ \t]*\n", text) if block.strip()]
