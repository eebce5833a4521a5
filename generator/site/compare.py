"""What a set of partnerships adds up to: counts, the amounts the documents give, outcomes.

Only amounts a document states are summed, and a sum always says how many
partnerships it rests on: an amount the document does not give is absent,
never zero. Per year, a partnership counts with the amounts it gives for
that year (`per_year` with `years`); a whole partnership with the total it
gives, else what its per-year and period amounts add up to.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from ..content.model import OUTCOME_LABELS, Report
from ..numbers import swedish_number
from ..text import count, join_swedish

NOT_GIVEN = "not_given"
OUTCOME_ORDER = [*OUTCOME_LABELS, NOT_GIVEN]
OUTCOME_NAMES = {**OUTCOME_LABELS, NOT_GIVEN: "Bedömning anges inte"}


def paid(report: Report) -> int | None:
    """What the partnership cost by the document's own amounts, or None when they do not add up to one."""
    totals = [f.amount for f in report.funding if f.kind == "total"]
    if totals:
        return sum(totals)
    parts = [f.amount * len(f.years) for f in report.funding if f.kind == "per_year" and f.years]
    parts += [f.amount for f in report.funding if f.kind in ("period", "one_off")]
    if not parts or any(f.kind == "per_year" and not f.years for f in report.funding):
        return None  # a per-year amount without its years cannot be summed without guessing
    return sum(parts)


def repaid(report: Report) -> int:
    return sum(f.amount for f in report.funding if f.kind == "repaid")


def paid_in_year(report: Report, year: int) -> int | None:
    """What the report gives as paid in one calendar year: its per-year amounts and one-off grants of that year."""
    amounts = [f.amount for f in report.funding if year in f.years and (
        f.kind == "per_year" or (f.kind == "one_off" and len(f.years) == 1))]
    return sum(amounts) if amounts else None


def per_year_amounts(report: Report) -> list[int]:
    return sorted({f.amount for f in report.funding if f.kind == "per_year"})


def months_between(first: date, last: date) -> int:
    """Whole months from a first to a last day, both included (1 January–31 December is 12)."""
    return max(1, round(((last - first).days + 1) / 30.4375))


@dataclass(frozen=True)
class Money:
    """What a partnership was paid, in one form every listing can compare and sort.

    `total` is the sum by the document's own amounts (None when they do not add up to one); `per_year` an
    annual amount: the one the document gives, else the total spread over the partnership's months, which
    `per_year_average` marks. The texts say in Swedish what each number is.
    """

    total: int | None
    total_note: str
    per_year: int | None
    per_year_note: str
    per_year_average: bool = False

    @property
    def given(self) -> bool:
        return self.total is not None or self.per_year is not None


def money(report: Report) -> Money:
    kinds = {f.kind for f in report.funding}
    total = paid(report)
    yearly = per_year_amounts(report)
    per_year: int | None = None
    per_year_note, average = "", False
    if len(yearly) == 1:
        per_year, per_year_note = yearly[0], "enligt rapporten"
    elif yearly:
        per_year, per_year_note = yearly[-1], f"enligt rapporten, högst; lägst {swedish_number(yearly[0])} kr"
    elif total is not None:
        # An average only where the amounts are meant to cover a stretch of time: a total covers the
        # partnership, period amounts their own periods. A one-off grant has no "per year".
        paying = [f for f in report.funding if f.kind != "repaid"]
        spans = [(f.start, f.end) for f in paying if f.kind == "period" and f.start and f.end]
        length = None
        if "total" in kinds:
            length = months_between(report.first_day, report.last_day)
        elif paying and len(spans) == len(paying):
            length = sum(months_between(start, end) for start, end in spans)
        if length:
            yearly_average = total * 12 / length
            per_year = int(round(yearly_average, -3)) if yearly_average >= 10_000 else round(yearly_average)
            per_year_note, average = f"i snitt över {count(length, 'månad', 'månader')}", True
    if total is None:
        if yearly:
            note = "summan anges inte: rapporten säger inte för hur många år"
        elif kinds == {"repaid"}:
            note = "rapporten anger bara ett återbetalt belopp"
        else:
            note = "anges inte i rapporten"
    elif "total" in kinds:
        note = "totalt enligt rapporten"
    else:
        paying = [f for f in report.funding if f.kind != "repaid"]
        if len(paying) == 1 and paying[0].kind != "per_year":
            note = "för perioden" if paying[0].kind == "period" else "engångsbelopp"
        else:
            note = "summan av " + join_swedish([label for kind, label in (
                ("per_year", "belopp per år"), ("period", "belopp för perioder"), ("one_off", "engångsbelopp"))
                if kind in kinds])
            covered = sorted({year for f in paying if f.kind == "per_year" for year in f.years})
            if "per_year" in kinds and covered and set(covered) != set(report.years_active) and "period" not in kinds:
                note += " för " + (str(covered[0]) if len(covered) == 1 else
                                   f"{covered[0]}–{covered[-1]}" if covered == list(range(covered[0], covered[-1] + 1))
                                   else join_swedish([str(year) for year in covered]))
    if "repaid" in kinds:
        note += f"; {swedish_number(repaid(report))} kr återbetalt"
    return Money(total, note, per_year, per_year_note, average)


@dataclass
class Summary:
    partnerships: int = 0
    paid_total: int = 0
    paid_count: int = 0  # partnerships whose amounts add up to a sum
    repaid_total: int = 0
    repaid_count: int = 0
    given_count: int = 0  # partnerships that give any amount at all
    outcomes: Counter[str] = field(default_factory=Counter)
    by_year: dict[int, tuple[int, int]] = field(default_factory=dict)  # year -> (sum of that year's amounts, partnerships)
    not_by_year: int = 0  # partnerships with a sum but no amount given for a particular year

    @property
    def outcome_rows(self) -> list[tuple[str, str, int]]:
        return [(key, OUTCOME_NAMES[key], self.outcomes.get(key, 0)) for key in OUTCOME_ORDER]

    @property
    def by_year_total(self) -> int:
        return sum(amount for amount, _ in self.by_year.values())

    @property
    def goals_met_share(self) -> float | None:
        assessed = sum(self.outcomes.get(key, 0) for key in OUTCOME_LABELS)
        return self.outcomes.get("goals_met", 0) / assessed if assessed else None


def summarise(reports: Iterable[Report]) -> Summary:
    summary = Summary()
    years: dict[int, list[int]] = defaultdict(list)
    for report in reports:
        summary.partnerships += 1
        summary.outcomes[report.outcome or NOT_GIVEN] += 1
        amount = paid(report)
        if amount is not None:
            summary.paid_total += amount
            summary.paid_count += 1
        if any(f.kind != "repaid" for f in report.funding):
            summary.given_count += 1
        if any(f.kind == "repaid" for f in report.funding):
            summary.repaid_total += repaid(report)
            summary.repaid_count += 1
        report_years = sorted({y for f in report.funding if f.kind in ("per_year", "one_off") for y in f.years})
        in_years = False
        for year in report_years:
            in_year = paid_in_year(report, year)
            if in_year is not None:
                years[year].append(in_year)
                in_years = True
        if amount is not None and not in_years:
            summary.not_by_year += 1
    summary.by_year = {year: (sum(amounts), len(amounts)) for year, amounts in sorted(years.items())}
    return summary
