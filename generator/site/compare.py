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
from typing import Iterable

from ..content.model import OUTCOME_LABELS, Report

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
    amounts = [f.amount for f in report.funding if f.kind == "per_year" and year in f.years]
    return sum(amounts) if amounts else None


def per_year_amounts(report: Report) -> list[int]:
    return sorted({f.amount for f in report.funding if f.kind == "per_year"})


@dataclass
class Summary:
    partnerships: int = 0
    paid_total: int = 0
    paid_count: int = 0  # partnerships whose amounts add up to a sum
    repaid_total: int = 0
    repaid_count: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    by_year: dict[int, tuple[int, int]] = field(default_factory=dict)  # year -> (sum of per-year amounts, partnerships)

    @property
    def outcome_rows(self) -> list[tuple[str, str, int]]:
        return [(key, OUTCOME_NAMES[key], self.outcomes.get(key, 0)) for key in OUTCOME_ORDER]


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
        if any(f.kind == "repaid" for f in report.funding):
            summary.repaid_total += repaid(report)
            summary.repaid_count += 1
        for year in sorted({y for f in report.funding if f.kind == "per_year" for y in f.years}):
            in_year = paid_in_year(report, year)
            if in_year is not None:
                years[year].append(in_year)
    summary.by_year = {year: (sum(amounts), len(amounts)) for year, amounts in sorted(years.items())}
    return summary
