"""What the numbers on a page say, in Swedish sentences: chart summaries and why two sums differ.

A chart's caption gives its title and one line on what it shows, worked out
from the same numbers as the chart and its table; a listing's money says in
words which amounts each sum counts, so that two numbers on one page never
seem to contradict each other without a word why.
"""
from __future__ import annotations

from typing import Sequence

from .charts import Bar, kronor, kronor_short
from .compare import NOT_GIVEN, Summary
from ..content.model import Report
from ..text import count

# The amount filter on the search page: the sum a report gives, in ranges a reader compares.
AMOUNT_BUCKETS = [(250_000, "Under 250 000 kr"), (1_000_000, "250 000 – 1 miljon kr"),
                  (5_000_000, "1–5 miljoner kr"), (None, "Över 5 miljoner kr")]
NO_AMOUNT = "Belopp anges inte"


def amount_bucket(total: int | None) -> str:
    if total is None:
        return NO_AMOUNT
    return next(label for limit, label in AMOUNT_BUCKETS if limit is None or total < limit)


def report_date(report: Report) -> str:
    """The date a report sorts by on the search page: when it was decided (else its last day), as ÅÅÅÅ-MM-DD."""
    return (report.latest_date or report.last_day).isoformat()


def outcome_summary(summary: Summary) -> str:
    parts = [f"{summary.outcomes.get(key, 0)} {text}" for key, text in (
        ("goals_met", "uppfyllde målen"), ("goals_partly_met", "uppfyllde dem delvis"),
        ("goals_not_met", "uppfyllde dem inte"))]
    missing = summary.outcomes.get(NOT_GIVEN, 0)
    tail = f", och {count(missing, 'rapport', 'rapporter')} ger ingen bedömning" if missing else ""
    return (f"Av {count(summary.partnerships, 'partnerskap', 'partnerskap')}: " + ", ".join(parts) + tail +
            ". Samma tal står i tabellen under bilden.")


def by_year_summary(summary: Summary) -> str:
    if not summary.by_year:
        return ""
    year, (amount, reports) = max(summary.by_year.items(), key=lambda item: (item[1][0], item[0]))
    return (f"Högst {year}: {kronor_short(amount)} från {count(reports, 'partnerskap', 'partnerskap')}. "
            "Samma tal står i tabellen under bilden.")


def themes_summary(bars: Sequence[Bar]) -> str:
    if not bars:
        return ""
    top = max(bars, key=lambda bar: bar.value)
    return f"Flest partnerskap: {top.label} ({top.value}). Samma tal står i tabellen under bilden."


def money_explained(summary: Summary, year: int | None = None) -> str:
    """Why the sum of the amounts and the amounts per year are different numbers, when they are."""
    if year is not None:
        if year not in summary.by_year:
            return ""
        return (f"Belopp för {year} räknar bara de belopp som rapporterna anger för just {year}. Summan av angivna "
                "belopp gäller hela partnerskapen, även andra år, och räknar med belopp för en period och totalbelopp.")
    if not summary.by_year:
        if summary.paid_count:
            return ("Ingen rapport anger belopp för ett visst år, så beloppen kan inte visas år för år; summan räknar "
                    "belopp för en period och totalbelopp.")
        return ""
    if summary.by_year_total == summary.paid_total:
        return f"Beloppen per år summerar till samma belopp som summan av angivna belopp, {kronor(summary.paid_total)}."
    text = (f"Tabellen över belopp per år räknar bara de belopp som rapporterna anger för ett visst år: sammanlagt "
            f"{kronor(summary.by_year_total)}. Summan av angivna belopp, {kronor(summary.paid_total)}, räknar också med "
            "belopp för en period och totalbelopp, som inte kan fördelas på år utan att gissa")
    if summary.not_by_year:
        text += f"; {count(summary.not_by_year, 'partnerskap', 'partnerskap')} anger bara sådana belopp"
    return text + "."
