"""The content schema: typed records for districts, organisations, themes and reports.

This module is the one schema. The validator reads these type hints and
field descriptions to check files; the JSON Schema for editors, the staff
guide's field reference and the open-data documentation derive from it too.
Descriptions are in Swedish: staff read them in their editor and the guide.
Fields marked `derived` are filled in by the pipeline, never typed.

Checks that need several fields are declared as `CHECKS`: each runs as soon
as the fields it reads are valid, so one run reports every problem, even
when another field of the same file is wrong. `WARNINGS` are plausibility
checks: located, but the build only fails on them in strict mode.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cached_property
from typing import Any, Callable, ClassVar, Literal

from ..numbers import amounts_in, numbers_in, swedish_number
from . import money, tables
from ..text import as_read, quoted

Outcome = Literal["goals_met", "goals_partly_met", "goals_not_met"]
NextStep = Literal["renegotiation", "extension", "new_agreement", "ended"]
FundingKind = Literal["per_year", "period", "total", "one_off", "repaid"]
Status = Literal["utkast"]
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
FUNDING_KIND_LABELS: dict[str, str] = {
    "per_year": "per år",
    "period": "för perioden",
    "total": "totalt",
    "one_off": "engångsbelopp",
    "repaid": "återbetalt",
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
    "resultat och måluppfyllelse": "goal_fulfilment",
    "tidsplan och budget": "schedule_budget",
    "ekonomi": "schedule_budget",
    "uppfyllnad av parternas åtaganden": "commitments",
    "parternas åtaganden": "commitments",
    "lärdomar från partnerskapet": "lessons",
    "lärdomar och erfarenheter": "lessons",
    "lärdomar": "lessons",
    "ärendets beredning": "preparation",
    "jämställdhets- och barnkonsekvensanalys": "equality_child_rights",
    "jämställdhetsanalys och barnrättsperspektiv": "equality_child_rights",
    "förvaltningens synpunkter och förslag": "administration_view",
    "förvaltningens synpunkter": "administration_view",
}

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_ID_LENGTH = 80
# `index` would take the place of a section's own page and `sida` begins the
# address of a listing's later pages and `utan-tema` gathers the lessons of reports
# without a theme; the others are device names that Windows
# cannot check out as files.
RESERVED_IDS = frozenset({"index", "sida", "utan-tema", "con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                          *(f"lpt{i}" for i in range(1, 10))})
# Quotations a report may hold (lessons, amounts, figures): each is looked up in
# the report's text, so a bound keeps that linear in the size of the file.
MAX_QUOTES = 500
ORIGINAL_SUFFIXES = (".pdf", ".docx", ".odt", ".doc")
ORIGINAL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*")


def id_problem(value: str) -> str | None:
    """Why a value cannot be an id (it becomes part of a web address), or None."""
    if not ID_PATTERN.fullmatch(value):
        return "använd små bokstäver a–z, siffror och enkla bindestreck, t.ex. 'jarva'"
    if len(value) > MAX_ID_LENGTH:
        return f"använd högst {MAX_ID_LENGTH} tecken"
    if value in RESERVED_IDS:
        return f"{value!r} är reserverat"
    return None


def doc(text: str, **extra: Any) -> dict[str, Any]:
    return {"doc": text, **extra}


Problems = list[tuple[str, str]]  # (field within the record, message)
Check = tuple[tuple[str, ...], Callable[..., Problems]]


@dataclass(frozen=True)
class District:
    id: str = field(metadata=doc("Kort id som används i webbadresser och i rapporterna, t.ex. `jarva`.", identifier=True))
    name: str = field(metadata=doc("Nuvarande namn, t.ex. `Järva`."))
    committee: str = field(metadata=doc("Nämnden, t.ex. `Järva stadsdelsnämnd`."))
    administration: str | None = field(default=None, metadata=doc("Förvaltningen, t.ex. `Järva stadsdelsförvaltning`."))
    former_names: list[str] = field(default_factory=list, metadata=doc("Tidigare namn på stadsdelen; vart och ett leder hit, också som adress (`Rinkeby-Kista` ger `/stadsdelar/rinkeby-kista/`)."))
    former_ids: list[str] = field(default_factory=list, metadata=doc("Tidigare id som stadsdelen hade, om id:t har ändrats; den gamla adressen leder hit för alltid.", identifier=True))


@dataclass(frozen=True)
class Organisation:
    id: str = field(metadata=doc("Kort id som används i webbadresser och i rapporterna.", identifier=True))
    name: str = field(metadata=doc("Organisationens namn."))
    aliases: list[str] = field(default_factory=list, metadata=doc("Andra namn som rapporterna använder för organisationen."))
    former_names: list[str] = field(default_factory=list, metadata=doc("Tidigare namn på organisationen, om den har bytt namn; vart och ett leder hit, också som adress."))
    former_ids: list[str] = field(default_factory=list, metadata=doc("Tidigare id som organisationen hade, om id:t har ändrats; den gamla adressen leder hit för alltid.", identifier=True))
    org_number: str | None = field(default=None, metadata=doc("Organisationsnummer, `NNNNNN-NNNN`, om det är känt."))
    website: str | None = field(default=None, metadata=doc("Organisationens webbplats, som börjar med `https://`."))

    CHECKS: ClassVar[list[Check]] = []

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


def check_org_number(org_number: str | None) -> Problems:
    if org_number is not None and not valid_org_number(org_number):
        return [("org_number", f"{quoted(org_number)} är inte ett giltigt organisationsnummer "
                               "(förväntade NNNNNN-NNNN med rätt kontrollsiffra)")]
    return []


def check_website(website: str | None) -> Problems:
    if website is not None and not valid_website(website):
        return [("website", f"{quoted(website)} är inte en webbadress som börjar med https:// "
                            "(t.ex. https://www.exempel.se)")]
    return []


Organisation.CHECKS = [(("org_number",), check_org_number), (("website",), check_website)]


@dataclass(frozen=True)
class Theme:
    id: str = field(metadata=doc("Kort id som används i webbadresser och i rapporterna, t.ex. `foraldraskapsstod`.", identifier=True))
    name: str = field(metadata=doc("Temats namn som besökarna läser, t.ex. `Föräldraskapsstöd`."))
    description: str = field(metadata=doc("En mening om vad temat omfattar."))
    former_ids: list[str] = field(default_factory=list, metadata=doc("Tidigare id som temat hade, om id:t har ändrats; den gamla adressen leder hit för alltid.", identifier=True))


@dataclass(frozen=True)
class CaseOfficer:
    name: str = field(metadata=doc("Handläggarens namn."))
    phone: str | None = field(default=None, metadata=doc("Telefonnummer som i dokumentet, t.ex. `08-50803305`."))

    CHECKS: ClassVar[list[Check]] = []
    WARNINGS: ClassVar[list[Check]] = []


def check_phone_digits(phone: str | None) -> Problems:
    if phone is not None and not PHONE_CHARACTERS.fullmatch(phone):
        return [("phone", f"{quoted(phone)} är inte ett telefonnummer (bara siffror, mellanslag, bindestreck, "
                          "parenteser och + i början; t.ex. 08-508 033 05)")]
    return []


def check_phone_swedish(phone: str | None) -> Problems:
    if phone is not None and PHONE_CHARACTERS.fullmatch(phone) and not swedish_phone(phone):
        return [("phone", f"{quoted(phone)} ser inte ut som ett svenskt telefonnummer (t.ex. 08-508 033 05 eller "
                          "+46 8 508 033 05); kontrollera mot dokumentet")]
    return []


CaseOfficer.CHECKS = [(("phone",), check_phone_digits)]
CaseOfficer.WARNINGS = [(("phone",), check_phone_swedish)]


@dataclass(frozen=True)
class Agreement:
    """One agreement (överenskommelse): either a period or a whole calendar year."""

    start: date | None = field(default=None, metadata=doc("Första dagen, `ÅÅÅÅ-MM-DD`."))
    end: date | None = field(default=None, metadata=doc("Sista dagen, `ÅÅÅÅ-MM-DD`."))
    year: int | None = field(default=None, metadata=doc("För en årlig överenskommelse som dokumentet bara anger som ett år (i stället för start och slut)."))
    extended_to: date | None = field(default=None, metadata=doc(
        "Sista dagen efter en förlängning, om överenskommelsen förlängdes; förlängdes den flera gånger, sista "
        "dagen efter den sista."))

    CHECKS: ClassVar[list[Check]] = []
    WARNINGS: ClassVar[list[Check]] = []

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


def check_agreement_shape(start: date | None, end: date | None, year: int | None, extended_to: date | None) -> Problems:
    if year is not None:
        if start or end:
            return [("year", "ange antingen `year` eller `start` och `end`, inte båda")]
        if not 1900 <= year <= 2200:
            return [("year", f"förväntade ett år mellan 1900 och 2200, fick {year}")]
    elif not (start and end):
        return [("", "ange `start` och `end` (eller `year` för en årlig överenskommelse)")]
    elif end < start:
        return [("end", f"slutar ({end}) innan den börjar ({start})")]
    last_planned = end or date(year or 1, 12, 31)
    if extended_to and extended_to <= last_planned:
        return [("extended_to", f"förlängningen ({extended_to}) måste sluta senare än överenskommelsen ({last_planned})")]
    return []


def check_extension_length(start: date | None, end: date | None, year: int | None, extended_to: date | None) -> Problems:
    if not extended_to or not check_agreement_shape(start, end, year, extended_to) == []:
        return []
    first, last = start or date(year or 1, 1, 1), end or date(year or 1, 12, 31)
    # (an extension as long as the agreement in months may be up to three days longer in days: a leap day, or a
    # 31-day month after a February)
    if extended_to - last > last - first + timedelta(days=4):
        return [("extended_to", f"förlängningen till {extended_to} är längre än själva överenskommelsen "
                                f"({first}–{last}); kontrollera datumen mot dokumentet")]
    return []


Agreement.CHECKS = [(("start", "end", "year", "extended_to"), check_agreement_shape)]
Agreement.WARNINGS = [(("start", "end", "year", "extended_to"), check_extension_length)]


@dataclass(frozen=True)
class Section:
    heading: str = field(metadata=doc("Rubriken exakt som i dokumentet, med sitt nummer (`2.1 Bakgrund`) men utan "
                                      "kolon sist (`Bakgrund:` skrivs `Bakgrund`)."))
    text: str | None = field(default=None, metadata=doc("Texten ordagrant; stycken skiljs åt av en tom rad.", multiline=True))
    kind: SectionKind | None = field(default=None, metadata=doc("Vilket slags avsnitt det är; behövs bara när rubriken inte är en känd rubrik."))
    sections: list[Section] = field(default_factory=list, metadata=doc("Underavsnitt, i dokumentets ordning."))

    @property
    def resolved_kind(self) -> str | None:
        return self.kind or KNOWN_HEADINGS.get(" ".join(self.heading.lower().split()))

    @property
    def paragraphs(self) -> list[str]:
        return paragraphs(self.text or "")

    @property
    def blocks(self) -> list[str]:
        return blocks(self.text or "")


@dataclass(frozen=True)
class Lessons:
    challenges: list[str] = field(default_factory=list, metadata=doc("Utmaningar, var och en citerad ordagrant ur ett stycke i rapporten."))
    success_factors: list[str] = field(default_factory=list, metadata=doc("Framgångsfaktorer, var och en citerad ordagrant ur ett stycke i rapporten."))


@dataclass(frozen=True)
class Funding:
    amount: int = field(metadata=doc("Beloppet i hela kronor, t.ex. `450000` för 450 tkr."))
    kind: FundingKind = field(metadata=doc("Vad beloppet är: per år, för en period, totalt för hela partnerskapet, ett engångsbelopp (ett extra bidrag som betalas en gång) eller återbetalt (överskott som betalats tillbaka)."))
    quote: str = field(metadata=doc("Meningen som anger beloppet, ordagrant ur ett stycke i rapporten."))
    years: list[int] = field(default_factory=list, metadata=doc("De kalenderår beloppet gäller, om dokumentet anger dem (för `per_year`: varje år det betalades)."))
    start: date | None = field(default=None, metadata=doc("Första dagen i perioden beloppet gäller, om dokumentet anger den."))
    end: date | None = field(default=None, metadata=doc("Sista dagen i perioden beloppet gäller, om dokumentet anger den."))

    CHECKS: ClassVar[list[Check]] = []

    @property
    def per_year(self) -> int | None:
        return self.amount if self.kind == "per_year" else None


# The largest amount a report may give: a thousand billion kronor, above any public budget in Sweden.
MAX_AMOUNT = 10**12


def check_funding_fields(amount: int, years: list[int], start: date | None, end: date | None) -> Problems:
    found: Problems = []
    if amount <= 0:
        found.append(("amount", f"förväntade ett belopp större än noll, fick {amount}"))
    elif amount > MAX_AMOUNT:
        found.append(("amount", f"{swedish_number(amount)} kronor är mer än {swedish_number(MAX_AMOUNT)} kronor "
                                "(tusen miljarder), det största belopp en rapport kan ange; kontrollera beloppet"))
    for index, year in enumerate(years):
        if not 1900 <= year <= 2200:
            found.append((f"years[{index}]", f"förväntade ett år mellan 1900 och 2200, fick {year}"))
    if (start is None) != (end is None):
        found.append(("start" if start is None else "end", "ange både `start` och `end` för en period, eller ingen av dem"))
    elif start and end and end < start:
        found.append(("end", f"slutar ({end}) innan den börjar ({start})"))
    return found


def check_amount_in_quote(amount: int, quote: str) -> Problems:
    if amount in amounts_in(quote) or len(tables.cells_of(quote)) > 1:  # a table's row: its table says (below)
        return []
    return [("amount", f"{swedish_number(amount)} kronor står inte i citatet; beloppet ska stå i meningen "
                       "det kommer från (t.ex. \"450 000 kronor\", \"450 tkr\" eller \"0,45 mnkr\")")]


def check_amounts_in_rows(sections: list[Section], funding: list[Funding]) -> Problems:
    """An amount quoted from a table's row stands in that row: with its unit, or under a heading that names it."""
    rows = [(index, item) for index, item in enumerate(funding)
            if len(tables.cells_of(item.quote)) > 1 and item.amount not in amounts_in(item.quote)]
    if not rows:
        return []
    # (each paragraph read once, for all the report's quotes: a report may have hundreds)
    written = [block for section in all_sections(sections) for block in section.blocks]
    found_tables, read = tables.tables_in(written), [as_read(block) for block in written]
    found: Problems = []
    for index, item in rows:
        amounts = tables.row_amounts_of(item.quote, found_tables)
        if amounts is None and not any(as_read(item.quote) in block for block in read):
            continue  # a quote that stands nowhere: check_quotes says so
        if item.amount not in (amounts or []):
            found.append((f"funding[{index}].amount",
                          f"{swedish_number(item.amount)} kronor står inte i tabellraden; beloppet ska stå i raden med "
                          "sin enhet (\"450 000 kr\") eller under en kolumnrubrik som anger enheten eller att det är pengar "
                          "(\"Bidrag (kr)\", \"Belopp i tkr\", \"Bidrag från nämnden\"), och citatet ska vara hela "
                          "raden med tabbarna mellan cellerna"))
    return found


Funding.CHECKS = [(("amount", "years", "start", "end"), check_funding_fields), (("amount", "quote"), check_amount_in_quote)]


@dataclass(frozen=True)
class Figure:
    value: Decimal = field(metadata=doc("Talet, t.ex. `120` eller `62.5`."))
    unit: str = field(metadata=doc("Enheten med dokumentets eget ord, t.ex. `deltagare`, `procent`, `träffar` (\"deltog 85 äldre\" ger `äldre`)."))
    measures: str = field(metadata=doc("Vad talet mäter, kort, t.ex. `deltagare i föräldrautbildningarna 2023`."))
    quote: str = field(metadata=doc("Meningen som anger talet, ordagrant ur ett stycke i rapporten."))

    CHECKS: ClassVar[list[Check]] = []


def check_value_in_quote(value: Decimal, quote: str) -> Problems:
    if value not in numbers_in(quote):
        return [("value", f"{swedish_number(value)} står inte i citatet; talet ska stå i meningen det kommer från "
                          "(med siffror, t.ex. \"120\" eller \"62,5\", eller i ord, t.ex. \"tolv\")")]
    return []


Figure.CHECKS = [(("value", "quote"), check_value_in_quote)]


@dataclass(frozen=True)
class Original:
    file: str = field(metadata=doc("Filnamnet på originaldokumentet (PDF eller Word) i samma mapp som rapportfilen."))
    sha256: str = field(metadata=doc("Filens SHA-256-kontrollsumma, 64 hexadecimala tecken (`sha256sum fil.pdf`)."))
    size: int = field(default=0, metadata=doc("Filens storlek i byte.", derived=True))
    path: str = field(default="", metadata=doc("Filens plats på disken, för att publicera den.", derived=True))

    CHECKS: ClassVar[list[Check]] = []


def check_original_fields(file: str, sha256: str) -> Problems:
    found: Problems = []
    if not ORIGINAL_NAME.fullmatch(file) or len(file) > 120 or not file.lower().endswith(ORIGINAL_SUFFIXES):
        found.append(("file", f"{quoted(file)} kan inte vara ett originaldokument; använd ett filnamn av bokstäver a–z, "
                              f"siffror, bindestreck och understreck som slutar på {', '.join(ORIGINAL_SUFFIXES)}"))
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        found.append(("sha256", f"{quoted(sha256)} är ingen SHA-256-kontrollsumma (64 tecken 0–9 och a–f)"))
    return found


Original.CHECKS = [(("file", "sha256"), check_original_fields)]


@dataclass(frozen=True)
class Signatory:
    name: str = field(metadata=doc("Namnet på den som skriver under."))
    title: str | None = field(default=None, metadata=doc("Titel, t.ex. `Stadsdelsdirektör`."))
    unit: str | None = field(default=None, metadata=doc(
        "Enhet, t.ex. `Järva stadsdelsförvaltning`, som underskriften anger den (under namnet och titeln, eller en "
        "gång ovanför namnen); anger den ingen, utelämnas fältet, även om brevhuvudet nämner en förvaltning."))


@dataclass(frozen=True)
class Approval:
    name: str = field(metadata=doc("Namnet på den som attesterade."))
    title: str | None = field(default=None, metadata=doc("Titel som i tabellen över attesteringar."))
    date: datetime.date | None = field(default=None, metadata=doc("Datum för attesteringen, `ÅÅÅÅ-MM-DD`."))


@dataclass(frozen=True)
class Attachment:
    title: str = field(metadata=doc("Bilagans titel som den står i listan över bilagor."))


@dataclass(frozen=True)
class Report:
    title: str = field(metadata=doc("Dokumentets titel."))
    district: str = field(metadata=doc("Stadsdelens id i `content/districts.yml`.", identifier=True))
    organisation: str = field(metadata=doc("Organisationens id i `content/organisations.yml`.", identifier=True))
    committee: str = field(metadata=doc("Nämnden som dokumentet är ställt till: efter `Till`, eller i brevhuvudet "
                                              "(`Till socialnämnden`), eller den nämnd som förslaget till beslut "
                                              "vänder sig till (`Socialnämnden godkänner …`)."))
    case_officer: CaseOfficer = field(metadata=doc("Handläggaren."))
    proposals: list[str] = field(metadata=doc("Varje förslag till beslut, ordagrant, utan numrering.", min_items=1))
    agreements: list[Agreement] = field(metadata=doc("Partnerskapets alla överenskommelser, den äldsta först, inom högst 30 kalenderår.", min_items=1))
    sections: list[Section] = field(metadata=doc("Dokumentets avsnitt i dokumentets egen ordning.", min_items=1))
    status: Status | None = field(default=None, metadata=doc("`utkast` för ett importerat utkast som inte är granskat; ett utkast publiceras inte. Ta bort raden när rapporten är granskad."))
    subtitle: str | None = field(default=None, metadata=doc("Raden under titeln, om det finns en."))
    case_number: str | None = field(default=None, metadata=doc("Diarienumret som i dokumentet, t.ex. `JÄR 2024/123`, om det anges."))
    meeting_date: date | None = field(default=None, metadata=doc("Datum för nämndens sammanträde, om dokumentet anger det."))
    activities: list[str] = field(default_factory=list, metadata=doc("Vad partnerskapet gjorde, med dokumentets ord."))
    places: list[str] = field(default_factory=list, metadata=doc("Platser som verksamheten riktade sig till, om dokumentet nämner dem."))
    themes: list[str] = field(default_factory=list, metadata=doc("Teman som partnerskapet hör till (högst 10): id i `content/themes.yml`.", identifier=True))
    outcome: Outcome | None = field(default=None, metadata=doc("Förvaltningens bedömning av målen, om dokumentet ger en."))
    next_step: NextStep | None = field(default=None, metadata=doc("Vad som händer efter partnerskapet, om dokumentet säger det."))
    funding: list[Funding] = field(default_factory=list, metadata=doc("Varje belopp som dokumentet anger, med meningen det står i."))
    figures: list[Figure] = field(default_factory=list, metadata=doc("Resultat som dokumentet räknar (deltagare, träffar, andelar …), med meningen de står i."))
    lessons: Lessons | None = field(default=None, metadata=doc("Lärdomar, citerade ur avsnitten."))
    signatories: list[Signatory] = field(default_factory=list, metadata=doc("De som skriver under dokumentet, i ordning."))
    approvals_statement: str | None = field(default=None, metadata=doc("Meningen ovanför tabellen över attesteringar, ordagrant."))
    approvals: list[Approval] = field(default_factory=list, metadata=doc("Tabellen över attesteringar (attesterat av)."))
    attachments: list[Attachment] = field(default_factory=list, metadata=doc("Bilagorna."))
    original: Original | None = field(default=None, metadata=doc("Originaldokumentet (PDF eller Word), sparat i samma mapp som rapportfilen."))
    former_ids: list[str] = field(default_factory=list, metadata=doc("Tidigare filnamn (utan `.yml`) om filen har bytt namn; rapportens gamla adress leder hit för alltid.", identifier=True))
    published: date | None = field(default=None, metadata=doc("Dagen rapporten först publicerades på webbplatsen, `ÅÅÅÅ-MM-DD`. Utelämna den: då gäller dagen då filen först sparades i git (med git commit). Ange den bara för en rapport som publicerades tidigare någon annanstans."))
    id: str = field(default="", metadata=doc("Filnamnet utan `.yml`.", derived=True))
    published_on: date | None = field(default=None, metadata=doc("Dagen rapporten först publicerades: `published`, annars dagen filen först sparades i git.", derived=True))
    source: str = field(default="", metadata=doc("Innehållsfilen, för meddelanden.", derived=True))

    CHECKS: ClassVar[list[Check]] = []
    WARNINGS: ClassVar[list[Check]] = []

    # Cached: listings ask for them once per row, and a report may hold thousands of agreements.
    @cached_property
    def years_active(self) -> list[int]:
        return sorted({year for agreement in self.agreements for year in agreement.years})

    @cached_property
    def first_day(self) -> date:
        return min(agreement.first_day for agreement in self.agreements)

    @cached_property
    def last_day(self) -> date:
        return max(agreement.last_day for agreement in self.agreements)

    @property
    def latest_date(self) -> date | None:
        """The newest date the document carries: the meeting, else the last approval."""
        dates = [approval.date for approval in self.approvals if approval.date]
        return self.meeting_date or (max(dates) if dates else None)

    @property
    def is_draft(self) -> bool:
        return self.status == "utkast"

    def all_sections(self) -> list[Section]:
        return all_sections(self.sections)


def all_sections(sections: list[Section]) -> list[Section]:
    found: list[Section] = []
    stack = list(reversed(sections))
    while stack:
        section = stack.pop()
        found.append(section)
        stack.extend(reversed(section.sections))
    return found


def check_agreements_in_order(agreements: list[Agreement]) -> Problems:
    found: Problems = []
    for index, (earlier, later) in enumerate(zip(agreements, agreements[1:]), start=1):
        if later.first_day < earlier.first_day:
            found.append((f"agreements[{index}]", "börjar före överenskommelsen ovanför; lista överenskommelserna med den äldsta först"))
    runs_until: date | None = None
    for index, agreement in sorted(enumerate(agreements), key=lambda pair: pair[1].first_day):
        if runs_until and agreement.first_day <= runs_until:
            found.append((f"agreements[{index}]", f"överlappar en tidigare överenskommelse som gäller till och med {runs_until}"))
        runs_until = max(runs_until or agreement.last_day, agreement.last_day)
    return found


# A partnership's agreements lie within this many calendar years. A report is listed under every year it spans,
# and each year's open data repeats its row: a bound keeps that linear in the report's size (the longest IOP so far
# runs about fifteen years; a wider span is a mistyped year).
MAX_SPAN_YEARS = 30


def check_agreements_span(agreements: list[Agreement]) -> Problems:
    first = min(agreement.first_day for agreement in agreements).year
    for index, agreement in enumerate(agreements):
        if agreement.last_day.year - first >= MAX_SPAN_YEARS:
            return [(f"agreements[{index}]", f"slutar {agreement.last_day.year}, mer än {MAX_SPAN_YEARS} kalenderår efter "
                                             f"partnerskapets första år ({first}); kontrollera årtalen mot dokumentet")]
    return []


def check_section_depth(sections: list[Section]) -> Problems:
    found: Problems = []
    stack = [(section, f"sections[{index}]", 1) for index, section in reversed(list(enumerate(sections)))]
    while stack:
        section, path, depth = stack.pop()
        if depth > MAX_SECTION_DEPTH:
            found.append((path, f"är nästlat {depth} nivåer djupt; en sida kan visa högst {MAX_SECTION_DEPTH}"))
            continue
        stack.extend((child, f"{path}.sections[{index}]", depth + 1) for index, child in reversed(list(enumerate(section.sections))))
    return found


def quotable_text(sections: list[Section]) -> str:
    """Every paragraph of the report on a line of its own: a quotation never crosses a line."""
    return "\n".join(paragraph for section in all_sections(sections) for paragraph in section.paragraphs)


def check_quotes(sections: list[Section], lessons: Lessons | None, funding: list[Funding], figures: list[Figure]) -> Problems:
    quotes = [(f"lessons.{group}[{index}]", quote) for group in ("challenges", "success_factors")
              for index, quote in enumerate(getattr(lessons, group, []))]
    quotes += [(f"funding[{index}].quote", item.quote) for index, item in enumerate(funding)]
    quotes += [(f"figures[{index}].quote", item.quote) for index, item in enumerate(figures)]
    if len(quotes) > MAX_QUOTES:
        return [("", f"har {len(quotes)} citat (lärdomar, belopp och resultat); en rapport får ha högst {MAX_QUOTES}")]
    # Compared as read: a paragraph copied from a PDF may hold a soft hyphen or a ligature the quote does not.
    text = "\n".join(as_read(paragraph) for section in all_sections(sections) for paragraph in section.paragraphs)
    found: Problems = []
    for path, quote in quotes:
        quote = as_read(quote)
        if quote in text:
            continue
        if _TYPED.sub(_typed, quote) in _TYPED.sub(_typed, text):  # (only for the message: both are seldom needed)
            found.append((path, "står nästan ordagrant i ett stycke, men med andra citattecken, apostrofer eller "
                                "bindestreck än stycket (t.ex. ' mot ’ eller - mot –); kopiera citatet ur stycket"))
        else:
            found.append((path, "står inte ordagrant i något stycke i rapportens avsnitt; citat ska kopieras ur ett "
                                "och samma stycke"))
    return found


# Quotation marks, apostrophes and dashes as a keyboard types them, where a document has the typographic ones.
_TYPED_AS = {**dict.fromkeys("’‘‚‛′`´", "'"), **dict.fromkeys("”“„‟″«»", '"'), **dict.fromkeys("–—‒―−‐‑", "-")}
_TYPED = re.compile(f"[{''.join(_TYPED_AS)}]")


def _typed(found: re.Match[str]) -> str:
    return _TYPED_AS[found.group()]


# A report is listed, with its open data row, under each of its themes as under each of its years (MAX_SPAN_YEARS):
# a bound keeps that linear in the report's size. Reports name one to three.
MAX_THEMES = 10


def check_themes_count(themes: list[str]) -> Problems:
    if len(themes) > MAX_THEMES:
        return [(f"themes[{MAX_THEMES}]", f"rapporten har {len(themes)} teman; ett partnerskap kan ha högst {MAX_THEMES}, "
                                          "välj de som beskriver det bäst")]
    return []


def check_themes_once(themes: list[str]) -> Problems:
    first: dict[str, int] = {}
    found: Problems = []
    for index, theme in enumerate(themes):
        if theme in first:
            found.append((f"themes[{index}]", f"{quoted(theme)} står redan som themes[{first[theme]}]; ange varje tema en gång"))
        first.setdefault(theme, index)
    return found


def check_meeting_date(meeting_date: date | None, agreements: list[Agreement]) -> Problems:
    if meeting_date is None or check_agreements_in_order(agreements):
        return []
    first = min(a.first_day for a in agreements)
    last = max(a.last_day for a in agreements)
    if meeting_date < first:
        return [("meeting_date", f"sammanträdet ({meeting_date}) ligger före partnerskapets början ({first}); "
                                 "kontrollera datumet mot dokumentet")]
    if meeting_date > last + timedelta(days=2 * 366):
        return [("meeting_date", f"sammanträdet ({meeting_date}) ligger mer än två år efter att partnerskapet "
                                 f"slutade ({last}); kontrollera datumet mot dokumentet")]
    return []


def check_approvals_before_meeting(meeting_date: date | None, approvals: list[Approval]) -> Problems:
    if meeting_date is None:
        return []
    return [(f"approvals[{index}].date", f"attesteringen ({approval.date}) ligger efter nämndens sammanträde "
                                         f"({meeting_date}); kontrollera datumet mot dokumentet")
            for index, approval in enumerate(approvals) if approval.date and approval.date > meeting_date]


Report.CHECKS = [
    (("agreements",), check_agreements_in_order),
    (("agreements",), check_agreements_span),
    (("sections",), check_section_depth),
    (("sections", "lessons", "funding", "figures"), check_quotes),
    (("sections", "funding"), check_amounts_in_rows),
    (("funding", "agreements"), money.check_funding_in_partnership),
    (("funding",), money.check_funding_once),
    (("funding",), money.check_counted_once),
    (("themes",), check_themes_once),
    (("themes",), check_themes_count),
]
Report.WARNINGS = [
    (("meeting_date", "agreements"), check_meeting_date),
    (("meeting_date", "approvals"), check_approvals_before_meeting),
    (("funding", "agreements"), money.warn_funding_period_partly_outside),
    (("funding", "agreements"), money.warn_total_disagrees),
]

# Sections become headings h2 to h6 under the page's h1.
MAX_SECTION_DEPTH = 5


def valid_org_number(number: str) -> bool:
    """Swedish organisation number: ten digits, the last a Luhn check digit."""
    if not re.fullmatch(r"\d{6}-?\d{4}", number):
        return False
    digits = [int(d) for d in number.replace("-", "")]
    total = sum(d if i % 2 else (d * 2 if d < 5 else d * 2 - 9) for i, d in enumerate(digits[:9]))
    return (10 - total % 10) % 10 == digits[9]


# A web address as it reaches a link: https, a host name with a dot, nothing that could end the attribute.
_WEBSITE = re.compile(r"https://(?:[\w-]+\.)+[\w-]{2,}(?::\d{1,5})?(?:[/?#][^\s\"<>\\`{}|^]*)?")


def valid_website(url: str) -> bool:
    return bool(_WEBSITE.fullmatch(url))


PHONE_CHARACTERS = re.compile(r"\+?[\d][\d \-()]*\d")


def swedish_phone(phone: str) -> bool:
    """A Swedish number: 0 and 6 to 9 more digits, or +46 and 6 to 9 digits (an optional (0) left out)."""
    digits = re.sub(r"[ \-()]", "", phone.replace("(0)", ""))
    if digits.startswith("+46"):
        return bool(re.fullmatch(r"\+46[1-9]\d{5,8}", digits))
    return bool(re.fullmatch(r"0[1-9]\d{5,8}", digits))


def blocks(text: str) -> list[str]:
    """Paragraphs as written, separated by empty lines: a table's rows are its lines, a tab between cells."""
    return [block.strip("\n") for block in re.split(r"\n[ \t]*\n", text) if block.strip()]


def paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by empty lines; line breaks inside one are spaces."""
    return [" ".join(block.split()) for block in blocks(text)]
