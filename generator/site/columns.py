"""The columns of the open data: one list makes the CSV files, their Table Schema and their documentation."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable

from ..content.catalogue import Catalogue
from ..content.model import NEXT_STEP_LABELS, OUTCOME_LABELS, Report
from .compare import money, paid, per_year_amounts, repaid
from .urls import report_json_path, report_uri, url_of


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # Table Schema type: string, integer, date
    title: str  # Swedish, for the documentation
    description: str  # Swedish
    value: Callable[[Report, Catalogue], Any]
    free_text: bool = False  # text from content: guarded against spreadsheet formulas
    address: bool = False  # a path in the site: absolute when mkdocs.yml gives site_url
    shown: Callable[[Report, Catalogue], Any] | None = None  # in the Excel file, for people: Swedish labels for codes


def _join(values: Iterable[object]) -> str:
    return "; ".join(str(value) for value in values)


def _agreements(report: Report) -> str:
    parts = []
    for a in report.agreements:
        text = str(a.year) if a.year else f"{a.start.isoformat()}/{a.end.isoformat()}"  # type: ignore[union-attr]
        parts.append(text + (f" förlängd till {a.extended_to.isoformat()}" if a.extended_to else ""))
    return "; ".join(parts)


COLUMNS: list[Column] = [
    Column("id", "string", "Id", "Rapportens id, som också är sista delen av dess webbadress.", lambda r, c: r.id),
    Column("url", "string", "Adress", "Rapportsidans adress (hela adressen när webbplatsens adress är inställd, "
           "annars relativ till webbplatsens rot).", lambda r, c: url_of(report_uri(r)), address=True),
    Column("title", "string", "Titel", "Dokumentets titel, ordagrant.", lambda r, c: r.title, True),
    Column("district", "string", "Stadsdelens id", "Id för stadsdelen (stadsdelsområdet).", lambda r, c: r.district),
    Column("district_name", "string", "Stadsdel", "Stadsdelens nuvarande namn.", lambda r, c: c.districts[r.district].name, True),
    Column("committee", "string", "Nämnd", "Nämnden som rapporten är ställd till, som i dokumentet.", lambda r, c: r.committee, True),
    Column("organisation", "string", "Organisationens id", "Id för den idéburna organisationen.", lambda r, c: r.organisation),
    Column("organisation_name", "string", "Organisation", "Organisationens namn.",
           lambda r, c: c.organisations[r.organisation].name, True),
    Column("org_number", "string", "Organisationsnummer", "Organisationsnummer (NNNNNN-NNNN), om det är känt.",
           lambda r, c: c.organisations[r.organisation].org_number or ""),
    Column("case_number", "string", "Diarienummer", "Diarienumret som i dokumentet, om det anges.",
           lambda r, c: r.case_number or "", True),
    Column("agreements", "string", "Överenskommelser", "Varje överenskommelse, åtskilda av semikolon: ÅÅÅÅ-MM-DD/ÅÅÅÅ-MM-DD "
           "för en period, ett år för en årlig överenskommelse, och \"förlängd till ÅÅÅÅ-MM-DD\" vid förlängning.",
           lambda r, c: _agreements(r)),
    Column("years", "string", "År", "Kalenderåren som partnerskapet pågick, åtskilda av semikolon.",
           lambda r, c: _join(r.years_active)),
    Column("activities", "string", "Verksamhet", "Vad partnerskapet gjorde, med dokumentets ord, åtskilt av semikolon.",
           lambda r, c: _join(r.activities), True),
    Column("places", "string", "Platser", "Platser som verksamheten riktade sig till, åtskilda av semikolon.",
           lambda r, c: _join(r.places), True),
    Column("themes", "string", "Teman", "Id för partnerskapets teman, åtskilda av semikolon.", lambda r, c: _join(r.themes),
           shown=lambda r, c: _join(c.themes[t].name for t in r.themes)),
    Column("outcome", "string", "Måluppfyllelse", "Förvaltningens bedömning: goals_met (målen har uppfyllts), "
           "goals_partly_met (delvis), goals_not_met (inte); tomt om rapporten inte ger någon.", lambda r, c: r.outcome or "",
           shown=lambda r, c: OUTCOME_LABELS[r.outcome] if r.outcome else ""),
    Column("next_step", "string", "Nästa steg", "renegotiation (omförhandling), extension (förlängning), new_agreement "
           "(ny överenskommelse), ended (avslutas); tomt om rapporten inte säger det.", lambda r, c: r.next_step or "",
           shown=lambda r, c: NEXT_STEP_LABELS[r.next_step] if r.next_step else ""),
    Column("meeting_date", "date", "Sammanträde", "Datum för nämndens sammanträde (ÅÅÅÅ-MM-DD), om rapporten anger det.",
           lambda r, c: r.meeting_date.isoformat() if r.meeting_date else ""),
    Column("amount_per_year", "string", "Belopp per år", "De belopp per år i kronor som rapporten anger, åtskilda av semikolon.",
           lambda r, c: _join(per_year_amounts(r))),
    Column("amount_paid", "integer", "Summa belopp", "Vad rapportens egna belopp summerar till i kronor: ett angivet "
           "totalbelopp, annars summan av belopp per år och belopp för perioder; tomt om beloppen inte går att summera.",
           lambda r, c: paid(r) if paid(r) is not None else ""),
    Column("amount_basis", "string", "Vad summan är", "Vad summan av beloppen bygger på, med ord: totalt enligt "
           "rapporten, summan av belopp per år eller för perioder, ett engångsbelopp, eller varför den inte anges.",
           lambda r, c: money(r).total_note),
    Column("amount_repaid", "integer", "Återbetalt", "Överskott som har betalats tillbaka, i kronor, om rapporten anger det.",
           lambda r, c: repaid(r) if any(f.kind == "repaid" for f in r.funding) else ""),
    Column("json", "string", "Hela rapporten", "Adressen till rapportens fullständiga JSON-post.", lambda r, c: report_json_path(r),
           address=True),
]
