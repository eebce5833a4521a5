"""How a report's amounts fit together: within the partnership, each once, never counted twice.

Registered as checks of the report (model.py): each is located at the
funding entry it concerns, so staff see where to look. A sum on the site adds
a report's per-year amounts (times their years), period amounts and one-off
grants, or takes its total instead (compare.py); these checks make sure that
sum never counts the same money twice and never places money in a year the
partnership did not run.
"""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ..numbers import swedish_number
from ..text import join_swedish

if TYPE_CHECKING:
    from .model import Agreement, Funding, Problems


def funding_years(item: Funding) -> set[int]:
    """The calendar years an amount concerns: its `years`, else those its period touches."""
    if item.years:
        return set(item.years)
    if item.start and item.end:
        return set(range(item.start.year, item.end.year + 1))
    return set()


def _whole_years(item: Funding) -> set[int]:
    """The calendar years an amount takes in whole: every year of its `years`, or those its period covers from
    1 January to 31 December."""
    if item.start and item.end:
        return {year for year in range(item.start.year, item.end.year + 1)
                if item.start <= date(year, 1, 1) and date(year, 12, 31) <= item.end}
    return set(item.years)


def _span(agreements: list[Agreement]) -> tuple[date, date, set[int]]:
    first = min(a.first_day for a in agreements)
    last = max(a.last_day for a in agreements)
    return first, last, {year for a in agreements for year in a.years}


def _years(years: set[int] | list[int]) -> str:
    return join_swedish([str(year) for year in sorted(years)])


def check_funding_in_partnership(funding: list[Funding], agreements: list[Agreement]) -> Problems:
    """Money is placed only in years the partnership ran (money paid back may come later, never earlier)."""
    first, last, active = _span(agreements)
    found: Problems = []
    for index, item in enumerate(funding):
        for position, year in enumerate(item.years):
            outside = year < first.year if item.kind == "repaid" else year not in active
            if outside:
                found.append((f"funding[{index}].years[{position}]",
                              f"{year} är inte ett år då partnerskapet pågick ({first.year}–{last.year} enligt "
                              "överenskommelserna); ett belopp kan bara gälla år då en överenskommelse gällde "
                              "(ett återbetalt belopp även senare år)"))
        if item.start and item.end and (item.end < first or (item.start > last and item.kind != "repaid")):
            found.append((f"funding[{index}].start",
                          f"perioden {item.start}–{item.end} ligger utanför partnerskapet ({first}–{last} enligt "
                          "överenskommelserna); kontrollera datumen mot dokumentet"))
    return found


def warn_funding_period_partly_outside(funding: list[Funding], agreements: list[Agreement]) -> Problems:
    first, last, _ = _span(agreements)
    return [(f"funding[{index}].start", f"perioden {item.start}–{item.end} börjar före eller slutar efter partnerskapet "
                                        f"({first}–{last} enligt överenskommelserna); kontrollera datumen mot dokumentet")
            for index, item in enumerate(funding)
            if item.kind != "repaid" and item.start and item.end and not (item.end < first or item.start > last)
            and (item.start < first or item.end > last)]


def check_funding_once(funding: list[Funding]) -> Problems:
    """The same amount of the same kind for the same years is one amount, however often the report tells it."""
    seen: dict[tuple[object, ...], int] = {}
    found: Problems = []
    for index, item in enumerate(funding):
        key = (item.amount, item.kind, tuple(sorted(item.years)), item.start, item.end)
        earlier = seen.get(key)
        # Told in two different sentences, equal amounts are the same money only when both say for which years
        # or period: two rows of a table "410 000 kr" per school year, or two one-off grants, are two amounts.
        dated = bool(item.years or item.start) and item.kind != "one_off"
        if earlier is not None and (dated or " ".join(item.quote.split()) == " ".join(funding[earlier].quote.split())):
            found.append((f"funding[{index}]", f"är samma belopp som funding[{earlier}] ({swedish_number(item.amount)} "
                                               "kronor av samma sort och för samma tid) och skulle räknas två gånger; "
                                               "ett belopp ska stå en gång även när rapporten nämner det på flera ställen"))
        seen.setdefault(key, index)
    return found


def check_counted_once(funding: list[Funding]) -> Problems:
    """A period amount never takes in a whole year that a per-year amount names, and a report has at most one total."""
    per_year: dict[int, int] = {}
    for index, item in enumerate(funding):
        if item.kind == "per_year":
            for year in item.years:
                per_year.setdefault(year, index)
    found: Problems = []
    totals = [index for index, item in enumerate(funding) if item.kind == "total"]
    for index in totals[1:]:
        found.append((f"funding[{index}].kind", f"är ett andra totalbelopp (det första är funding[{totals[0]}]); ett "
                                                "totalbelopp gäller hela partnerskapet. Är beloppet för en del av "
                                                "tiden, skriv kind: period med start och end"))
    for index, item in enumerate(funding):
        if item.kind != "period":
            continue
        # A period that shares a year with per-year amounts only in part is, as a rule, the next agreement
        # starting mid-year. One that takes in whole calendar years a per-year amount also names is the same
        # money told as a sum.
        whole = _whole_years(item) & set(per_year)
        if whole:
            other = per_year[min(whole)]
            found.append((f"funding[{index}].kind",
                          f"beloppet för perioden omfattar hela {_years(whole)}, som beloppet per år i funding[{other}] "
                          "också gäller, och samma pengar skulle räknas två gånger; är beloppet summan av beloppen per "
                          "år, skriv kind: total"))
    return found


_LEAVES_OUT = re.compile(r"\b(?:exklusive|exkl\.|utöver|förutom|utan\s+(?:det|den|de)\b|inte\s+inräknat|oräknat)",
                         re.IGNORECASE)


def warn_total_disagrees(funding: list[Funding], agreements: list[Agreement]) -> Problems:
    """A total beside amounts that cover every year of the partnership should be their sum."""
    totals = [(index, item) for index, item in enumerate(funding) if item.kind == "total"]
    if len(totals) != 1:
        return []
    _, _, active = _span(agreements)
    per_year_years = {year for item in funding if item.kind == "per_year" for year in item.years}
    if not active <= per_year_years or any(item.kind == "per_year" and not item.years for item in funding):
        return []
    parts = sum(item.amount * len(item.years) for item in funding if item.kind == "per_year")
    parts += sum(item.amount for item in funding if item.kind in ("period", "one_off"))
    index, total = totals[0]
    one_off = sum(item.amount for item in funding if item.kind == "one_off")
    # ("totalt 1,5 Mkr under perioden, exklusive det extra vinterbidraget": a total that leaves a one-off grant out)
    if parts == total.amount or _LEAVES_OUT.search(total.quote) and parts - one_off == total.amount:
        return []
    return [(f"funding[{index}].amount", f"totalbeloppet {swedish_number(total.amount)} kronor stämmer inte med "
                                         f"summan av beloppen per år, för perioder och engångsbelopp "
                                         f"({swedish_number(parts)} kronor), som täcker alla partnerskapets år; "
                                         "kontrollera beloppen mot dokumentet")]
