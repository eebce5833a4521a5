"""Import, stage 2 continued: the facts a report states in its prose, read by rules and marked for checking.

Agreements, amounts, counted results and the case number come from the
grammar of how these documents phrase them (grammar.py). The district and
organisation are matched against the content files, or proposed from the
document itself. Activities, places, outcome, next step, lessons and a
theme are read by rules. Everything read here is uncertain until a person
has checked it: the draft marks it, with the reason, in Swedish.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Callable, Iterator

from ..content.model import KNOWN_HEADINGS, District, Organisation, Theme
from ..content.tables import cell_amounts, cells_of, table_of
from ..numbers import amounts_in
from ..text import id_from_name
from . import grammar
from .extract import BULLET, ITEM_SIGN
from .parse import NUMBERING, Draft, heading_key, walk

PLACE_STOPWORDS = {"Sverige", "Svenska", "Stockholm", "Stockholms", "Europa", "Stadsdelsnämnden", "Förvaltningen"}


_POINT_TAB = re.compile(rf"(?m)^([ \t]*{ITEM_SIGN})\t+")


def read(draft: Draft, sections: list[dict[str, Any]], districts: list[District], organisations: list[Organisation],
         themes: list[Theme]) -> None:
    # A table's rows are read one by one, as sentences of their own ("2021\t380 000 kr").
    # (A document without headings has no sections: its text is read as it stands, its tables' rows and its other
    # blocks as paragraphs, for staff to put under headings; the amounts' quotes stand there.)
    loose = [line for block in (_POINT_TAB.sub(r"\1 ", block) for block in draft.loose)
             # (a form's label with its value on the next line, one line: "Återbetalning: …")
             for line in ([block] if "\t" in block else [" ".join(line.split()) for line in _label_joined(block).split("\n")])
             if line.strip()]
    # (a point's sign set off by a tab, as Word exports it, "•<TAB>simskola …", is a list's, not a table's)
    texts = [_POINT_TAB.sub(r"\1 ", paragraph)
             for section in walk(sections) for paragraph in section.get("paragraphs", [])]
    # (text before the first heading as well, where it runs as sentences or is a table: a letter's or an annual
    # report's first paragraphs may give the money)
    texts = [*[line for line in loose if "\t" in line or _RUNNING_TEXT.search(line)], *texts] if texts else loose
    paragraphs = [row for paragraph in texts for row in (paragraph.split("\n") if "\t" in paragraph else [paragraph])]
    tables = [_without_caption(paragraph) for paragraph in texts if "\t" in paragraph]
    # What each table's sentence before it says the table counts ("Tabellen visar antalet unika deltagare per
    # åldersgrupp och år."), for rows that do not say it themselves.
    captions = {_without_caption(table): caption for section in walk(sections) for table, caption in _captions(
        [_POINT_TAB.sub(r"\1 ", paragraph) for paragraph in section.get("paragraphs", [])], section.get("heading"))}
    text = "\n\n".join(paragraphs)  # the grammar ends a sentence where a paragraph ends
    draft.text = text
    _agreements("\n\n".join([*draft.facts, text]), draft, tables)  # the box stands first, as on the page
    told_before = [block for block in draft.unplaced if _RUNNING_TEXT.search(block)]
    if "agreements" not in draft.fields and told_before:
        # told only in a paragraph before the first heading, as an annual report's or a letter's first paragraph
        # may tell it (never a letterhead's, a cover's or a list's lines)
        _agreements("\n\n".join([*draft.facts, *told_before, text]), draft, tables)
    if "agreements" not in draft.fields and (subtitle := draft.fields.get("subtitle")) and grammar.ABOUT_AGREEMENT.search(subtitle):
        # told nowhere but under the title: "Bilaga 2 till slutrapport, överenskommelse med Skärholmens
        # stadsdelsnämnd (2020-01-01 – 2023-12-31)"
        _agreements("\n\n".join([*draft.facts, subtitle, text]), draft, tables)
    if "agreements" not in draft.fields and (about := [line for block in draft.unplaced
                                                       for line in _label_joined(block).split("\n")
                                                       if _AGREEMENT_LINE.match(line)]):
        # told nowhere else: in the lines no heading placed that give the agreement, a slide's points
        # ("• IOP 1 april 2019 – 31 mars 2021", "• Förlängd t.o.m. 31 dec 2022") or a form's field with its value
        # on the next line ("Avtalsperiod:" / "2021-10-01—2023-09-30")
        _agreements("\n\n".join([*draft.facts, *about, text]), draft, tables)
    _funding_and_figures(text, tables, draft, captions)
    if "case_number" not in draft.fields and (number := grammar.case_number_in(text)):
        draft.set("case_number", number, "diarienumret lästes ur texten; kontrollera")
    _district(draft, districts)
    # (whom the signatories sign for names it too: "Ordförande, Föreningen Språkbron Skärholmen")
    signed_for = [signatory["unit"] for signatory in draft.fields.get("signatories", []) if signatory.get("unit")]
    _organisation(draft, organisations, "\n\n".join([text, *signed_for]))
    _activities_and_places(text, draft, sections)
    _outcome(text, draft)
    _next_step(draft)
    _lessons(sections, draft)
    _themes(text, draft, themes)


def _agreements(text: str, draft: Draft, tables: list[str]) -> None:
    agreements, notes = grammar.agreements_in(text)
    if not agreements and (listed := [agreement for table in tables for agreement in _table_agreements(table)]):
        told = grammar.split_agreement_in(text)
        if told and told["start"] <= listed[0]["start"] and (told.get("extended_to") or told["end"]) >= listed[-1]["end"]:
            # the agreement the text tells, over the periods a table pays for ("Period<TAB>Ersättning" over "1 mars–31
            # december 2022<TAB>187 500 kr"): the rows are its money, not agreements of their own
            agreements, notes = [told], ["perioden lästes ur två meningar ('sedan …', 'gällde till och med …'); "
                                         "kontrollera"]
        else:
            agreements, notes = listed, ["överenskommelserna lästes ur tabellens kolumn för dem"]
    written = draft.dated or draft.fields.get("meeting_date")
    later = _later(agreements, written)
    if later:
        agreements = [agreement for agreement in agreements if agreement not in later]
    yearly = [agreement["year"] for agreement in agreements if "year" in agreement]
    if len(yearly) == len(agreements) and (told := grammar.split_agreement_in(text)) \
            and (not yearly or (told.get("extended_to") or told["end"]).year < min(yearly)):
        # (a first agreement told over two sentences, and the yearly ones after it: "sedan den 1 maj 2019 …",
        # "Den första överenskommelsen gällde till och med den 31 december 2021. Därefter … för 2022 och 2023.")
        agreements = [told, *agreements]
        notes.append("perioden lästes ur två meningar ('sedan …', 'gällde till och med …') eller ur dess längd; "
                     "kontrollera")
    if later and not agreements:
        agreements, later = later, []  # nothing else is told: the only agreement there is, for staff to check
    draft.later = later
    if later:
        left_out = ", ".join(f"{a['start']} – {a['end']}" if a.get("start") else str(a["year"]) for a in later)
        notes.append(f"överenskommelse som börjar efter rapportens datum ({written}), eller gäller mer än ett år efter "
                     f"det, togs inte med ({left_out}): den är nästa steg, inte en del av partnerskapet")
    if (ended := grammar.ended_early(text, agreements)) is not None:
        notes.append(f"överenskommelsen sades upp i förtid: {ended}")
    # In the order of time, as a reader lists them: a first period, the yearly agreements after it, an extension.
    agreements.sort(key=lambda agreement: agreement.get("start") or date(agreement["year"], 1, 1))
    if agreements:
        draft.set("agreements", agreements, "; ".join(["perioderna lästes ur texten; kontrollera dem",
                                                       *notes]))
    else:
        draft.missing["agreements"] = "perioder som '4 juli 2018 till och med 31 december 2020' i texten"


# A line that gives an agreement's period or extension on its own: a field or a point, not a title or a letterhead.
# (or a form's field whose label names the agreement or its first or last day, its value after the label:
# "Projekttid (avtalsperioden enligt IOP-överenskommelsen): 2022-03-01 – 2024-02-29", "Startdatum för
# överenskommelsen: 2022-01-10")
_AGREEMENT_LINE = re.compile(rf"\s*(?:{BULLET}\s+)?(?:Avtalsperiod|Avtalstid|Överenskommelsens\s+period|IOP-period"
                             r"|Projekt(?:period|tid)(?=\s*[:\t]\s*\d)"  # a form's "Projektperiod<TAB>2022-03-01 – …"
                             r"|(?:IOP|Avtal|Överenskommelse)(?:\s+\d{1,2})?(?=\s*:?\s*\d)|Förläng(?:d|des|t|ning\w*)"
                             r"|(?=[^:\n]{0,60}(?:avtal|överenskommels|IOP|partnerskap)[^:\n]{0,40}:\s*\d)"
                             r"(?:Startdatum|Slutdatum|Projekttid|Period|Avtal|Överenskommelse|IOP|Partnerskap)\w*)\b",
                             re.IGNORECASE)


def _label_joined(block: str) -> str:
    """A block with each label that ends its line joined to the value on the next: "Avtalsperiod: 2021-10-01—…"."""
    return re.sub(r":[ \t]*\n[ \t]*(?=\S)", ": ", block)


# A paragraph of sentences: words, then a full stop at the end.
_RUNNING_TEXT = re.compile(r"^[A-ZÅÄÖ][^\n\t]{30,}[a-zåäö0-9)][.?!]$")  # (a letter's may end in a question)


def _later(agreements: list[dict[str, Any]], written: date | None) -> list[dict[str, Any]]:
    """The agreements that begin after the report was written, or run on for more than a year after it: the
    partnership's next, not one it reports on ("beslutade den 4 mars 2025 att ingå en ny överenskommelse för
    perioden 1 april 2025 – 31 december 2027" in a report of 18 March 2025); the same told by its years ("en ny
    överenskommelse för 2024–2025"), and a year not yet begun."""
    if written is None:
        return []
    later = [a for a in agreements if a.get("start") and (
        a["start"] > written or a.get("end") and a["end"] > written + timedelta(days=365))]
    return later + [a for a in agreements if "year" in a and (
        date(a["year"], 1, 1) > written or any(b["start"].year <= a["year"] <= b["end"].year for b in later if b.get("end")))]


def _table_agreements(table: str) -> list[dict[str, Any]]:
    """The agreements a table lists in a column of their own ("År<TAB>Överenskommelse<TAB>Bidrag" over
    "2020<TAB>2020.01.01–2020.12.31<TAB>400 000 kr"): each row's period."""
    rows = [[cell.strip() for cell in row.split("\t")] for row in table.split("\n")]
    for column, cell in enumerate(rows[0]):  # "Överenskommelse<TAB>Period<TAB>Bidrag": the column that has the dates
        if not re.search(r"överenskommelse|avtal|period", cell, re.IGNORECASE):
            continue
        found = []
        for row in rows[1:]:
            periods = grammar.periods_in(row[column]) if column < len(row) else []
            if len(periods) == 1:
                found.append({"start": periods[0].start, "end": periods[0].end})
        if found:
            return found
    return []


def _funding_and_figures(text: str, tables: list[str], draft: Draft,
                         captions: dict[str, str | None] | None = None) -> None:
    funding = []
    by_column = [amount for table in tables for amount in _table_amounts(table)]
    in_columns = {amount.sentence for amount in by_column}
    amounts = [amount for amount in grammar.funding_in(text, draft.municipality, draft.fields.get("agreements"))
               if amount.sentence not in in_columns] + by_column
    # A table whose rows give an amount's periods ("1 juli 2021–30 juni 2022<TAB>420 000 kr") says more than a
    # sentence giving it "per avtalsår" without its years: the rows stand for it.
    in_dated_rows = {amount.amount for amount in amounts
                     if grammar.summary_line(amount.sentence) and amount.kind == "period" and amount.start}
    amounts = [amount for amount in amounts if grammar.summary_line(amount.sentence) or not (
        amount.kind == "per_year" and not amount.years and amount.amount in in_dated_rows)]
    as_read = amounts
    amounts = _by_agreement_year(amounts, draft.fields.get("agreements") or [])
    by_agreement_year = amounts != as_read
    amounts = _calendar_years_of(amounts, draft.fields.get("agreements") or [])
    # A box or a table that sums up an amount the text gives is not a second amount: the text's sentence quotes it.
    # (Only a sentence that says what kind of amount it is: one the import cannot read leaves the table its amount.)
    in_prose = {amount.amount for amount in amounts if not grammar.summary_line(amount.sentence) and amount.kind != "unknown"}
    for amount in [amount for amount in amounts
                   if not (grammar.summary_line(amount.sentence) and amount.amount in in_prose)]:
        if amount.kind == "unknown":
            draft.unplaced.append(f"Belopp där importen inte kunde avgöra sorten ({amount.amount} kronor; sorterna är "
                                  f"per år, för en period, totalt, engångsbelopp och återbetalt): {amount.sentence}")
            continue
        entry: dict[str, Any] = {"amount": amount.amount, "kind": amount.kind}
        if amount.years:
            entry["years"] = amount.years
        if amount.start and amount.end:
            entry.update(start=amount.start, end=amount.end)
        entry["quote"] = amount.sentence
        funding.append(entry)
    if funding:
        draft.set("funding", funding, "beloppen och vad de gäller lästes ur texten; kontrollera varje belopp mot dess mening"
                  + ("; ett belopp per avtalsår står en gång för varje avtalsår, med datum ur överenskommelsen"
                     if by_agreement_year else ""))
    else:
        draft.missing["funding"] = "belopp i kronor ('450 000 kronor', '300 tkr') i texten"
    goals = [count for table in tables for count in _goal_counts(table)]
    goal_rows = {form for _, _, quote in goals for form in (" ".join(quote.split()), _NUMBER.sub("", " ".join(quote.split())))}
    # (a goal table's row is read for its outcome only, never for the target the goal set; also where the text gives
    # the row as a numbered point, "2. Unga känner sig trygga …<TAB>85 %<TAB>91 %", without its number)
    counts = [(count.value, count.unit, count.sentence) for count in grammar.figures_in(text)
              if " ".join(count.sentence.split()) not in goal_rows]
    counts += [count for table in tables for count in _table_counts(table, (captions or {}).get(table))]
    counts += goals
    counts += [count for paragraph in text.split("\n\n") for count in _labelled_counts(paragraph)
               if not any(count[0] == value and count[2] in quote for value, _, quote in counts)]
    figures = [{"value": value, "unit": unit, "measures": f"GRANSKA: beskriv vad talet ({unit}) mäter", "quote": quote}
               for value, unit, quote in counts]
    if figures:
        draft.set("figures", figures, "räknade resultat lästes ur texten; skriv i `measures` vad varje tal mäter "
                                      "och ta bort det som inte är ett resultat")


_NUMBER = re.compile(r"^(?:\d{1,2}|[a-z])[.)]\s+")  # a numbered point's number: "2. ", "b) "


# "420 tkr per avtalsår", "420 000 kronor per verksamhetsår": a year of the agreement's, whatever its first month.
_AGREEMENT_YEAR = re.compile(r"\b(?:per|varje|för\s+varje)\s+(?:avtals|verksamhets|bidrags)år(?:et)?\b", re.IGNORECASE)
# "150 000 kronor per läsår", where each agreement is one school year: an amount for each of them.
_SCHOOL_YEAR = re.compile(r"\b(?:per|varje|för\s+varje)\s+läsår(?:et)?\b", re.IGNORECASE)


def _by_agreement_year(amounts: list[grammar.Amount], agreements: list[dict[str, Any]]) -> list[grammar.Amount]:
    """An amount "per avtalsår" where the agreement's years do not follow the calendar (1 April to 31 March) is an
    amount for each of them, a period: those its sentence names ("det vill säga för perioderna 1 augusti 2014–31
    juli 2015 och 1 augusti 2015–31 juli 2016"), else the agreement's own years, counted from its first day. Only
    where the sentence gives no other amount paid ("420 000 kronor per avtalsår de två första avtalsåren och 435 000
    kronor det tredje" is not the same each year) and the agreement is whole years long."""
    # (a total beside it, "totalt 540 000 kronor för hela perioden", is the same money, and an amount for dates of
    # its own, "575 000 kronor för förlängningen den 1 mars–31 augusti 2023", other time; another amount is not)
    paid = Counter(amount.sentence for amount in amounts
                   if amount.kind not in ("total", "repaid", "one_off") and not (amount.kind == "period" and amount.start))
    result: list[grammar.Amount] = []
    for amount in amounts:
        spans = None
        if amount.kind == "per_year" and not amount.years and paid[amount.sentence] == 1:
            if _AGREEMENT_YEAR.search(amount.sentence):
                spans = _agreement_years(amount.sentence, agreements)
            elif _SCHOOL_YEAR.search(amount.sentence):
                spans = _school_years(agreements)
        if not spans:
            result.append(amount)
            continue
        result += [grammar.Amount(amount.amount, "period", [], start, end, amount.sentence) for start, end in spans]
    return result


# "under avtalsperioden", "under hela partnerskapet", "under överenskommelsens löptid": the agreement's own time.
_DURING_AGREEMENT = re.compile(r"\bunder\s+(?:hela\s+)?(?:(?:avtals|överenskommelse|partnerskaps)(?:perioden|tiden)|partnerskapet"
                               r"|(?:överenskommelsens|partnerskapets|avtalets)\s+(?:löptid|period))\b", re.IGNORECASE)


def _calendar_years_of(amounts: list[grammar.Amount], agreements: list[dict[str, Any]]) -> list[grammar.Amount]:
    """An amount per year whose sentence names no year, the only amount paid in its sentence: for the calendar years
    of the period its sentence names ("Den första överenskommelsen gällde 2017-01-01 – 2019-12-31 med en ersättning om
    kr 300 000 per år"), or of the agreement it says it was paid during ("Socialnämnden har under avtalsperioden
    bidragit med 380 000 kronor per år"), where that is whole calendar years. (Not those of an agreement told
    elsewhere when the sentence does not point to it: the staff guide writes the years a document gives for the
    amount, and three writers of five left "350 000 kr per år" under one agreement without them.)"""
    paid = Counter(amount.sentence for amount in amounts if amount.kind not in ("total", "repaid", "one_off"))
    result = []
    for amount in amounts:
        if amount.kind == "per_year" and not amount.years and paid[amount.sentence] == 1 \
                and not grammar.YEAR_LIST.search(amount.sentence):
            spans = [(period.start, period.end) for period in grammar.periods_in(amount.sentence)]
            if not spans and _DURING_AGREEMENT.search(_per_year_clause(amount.sentence)):
                spans = _whole_agreement(agreements)
            if len(spans) == 1 and (spans[0][0].month, spans[0][0].day, spans[0][1].month, spans[0][1].day) == (1, 1, 12, 31):
                amount = grammar.Amount(amount.amount, amount.kind, list(range(spans[0][0].year, spans[0][1].year + 1)),
                                        None, None, amount.sentence)
        result.append(amount)
    return result


# "per år", "/år", "om året", "årligen": where an amount's year is said.
_PER_YEAR = re.compile(r"\bper\s+år\b|/\s*år\b|\bom\s+året\b|\bårligen\b|\bvarje\s+år\b", re.IGNORECASE)


# What limits a yearly amount to some of the years: "de två första åren", "utom det sista året", "fram till 2022".
_SOME_YEARS = re.compile(r"\b(?:första|sista|andra|tredje|fjärde|utom|förutom|fram\s+till|till\s+och\s+med|t\.\s?o\.\s?m|"
                         r"därefter|sänktes|höjdes|ökade|minskade|(?:19|20)\d{2})\b", re.IGNORECASE)


def _per_year_clause(sentence: str) -> str:
    """The sentence up to the end of the clause that says "per år": "under avtalsperioden" in a total's clause after
    it ("350 000 kr per år, sammanlagt 1 050 000 kr under avtalsperioden") is the total's time, not the year's."""
    said = _PER_YEAR.search(sentence)
    if said is None:
        return ""
    if _SOME_YEARS.search(sentence, said.end()):
        return ""  # "… 420 000 kronor per år de två första åren", "…, utom det sista året": not every year
    cut = re.compile(r"[;:]|,\s").search(sentence, said.end())
    return sentence[:cut.start() if cut else len(sentence)]


def _whole_agreement(agreements: list[dict[str, Any]]) -> list[tuple[date, date]]:
    """The one dated agreement's time, not extended (an extension's money may be another); none otherwise."""
    if len(agreements) != 1 or "start" not in agreements[0] or "extended_to" in agreements[0]:
        return []
    return [(agreements[0]["start"], agreements[0]["end"])]


def _school_years(agreements: list[dict[str, Any]]) -> list[tuple[date, date]]:
    """The agreements, where each is one school year (from July, August or September, a year at most, to the
    summer); none otherwise: which part of a longer agreement a school year is, the text does not say."""
    if not agreements or any("start" not in agreement or "end" not in agreement for agreement in agreements):
        return []
    spans = [(agreement["start"], agreement.get("extended_to", agreement["end"])) for agreement in agreements]
    if all(start.month in (7, 8, 9) and end.month in (5, 6, 7, 8) and end < grammar.add_months(start, 12)
           for start, end in spans):
        return spans
    return []


def _agreement_years(sentence: str, agreements: list[dict[str, Any]]) -> list[tuple[date, date]]:
    """The agreement years an amount per agreement year was paid for; none where they are calendar years (the
    amount is then per year) or cannot be told."""
    def one_year(start: date, end: date) -> bool:
        return grammar.add_months(start, 12) - timedelta(days=1) == end

    named = [(period.start, period.end) for period in grammar.periods_in(sentence)]
    if named and all(one_year(*span) for span in named):
        return [] if all(start.month == 1 for start, _ in named) else named
    if not agreements or any("start" not in agreement for agreement in agreements):
        return []
    spans: list[tuple[date, date]] = []
    for agreement in agreements:
        start, end = agreement["start"], agreement["end"]
        if start.day != 1 or start.month == 1:
            return []
        while start < end:
            last = grammar.add_months(start, 12) - timedelta(days=1)
            if last > end:
                return []  # not whole years: which part is an agreement year the text does not say
            spans.append((start, last))
            start = last + timedelta(days=1)
    return spans


def _table_amounts(table: str) -> list[grammar.Amount]:
    """Amounts in a table whose heading row gives a year to each column ("År<TAB>2022<TAB>2023" over
    "Ersättning<TAB>450 000:-<TAB>450 000:-"): each for its column's year, or for the months a column names ("jan–jun
    2025"); a one-off grant's row ("Engångsbidrag<TAB>–<TAB>45 000 kr") for its column's year; the table's sum
    ("Totalt" column) as the total. A cell without an amount ("–") is left out. Years in rows with what was budgeted
    and what was paid: what was paid (`_paid_by_year`)."""
    if paid := _paid_by_year(table) or _granted_by_year(table) or _dated_rows(table):
        return paid
    found: list[grammar.Amount] = []
    whole_sum: list[grammar.Amount] = []
    row_sums: list[grammar.Amount] = []
    columns: list[tuple[str, Any]] | None = None  # ("year", 2022), ("months", (start, end)) or ("sum", None)
    others = False
    read = _read_table(table)
    for index, row in enumerate(line for line in table.split("\n") if line.strip()):
        cells = [" ".join(cell.split()) for cell in row.split("\t")]
        # A heading row over the columns only: its first cell heads the labels ("År", "Ersättning"), or is left
        # out where a PDF drops an empty cell ("2021  2022  Totalt" over "Ersättning  350 000 kr  357 000 kr  …").
        whole = [_amount_column(cell) for cell in cells]
        heading = whole if all(whole) and len(cells) > 1 else whole[1:]
        if len(cells) > 2 and all(heading) and any(kind != "sum" for kind, _ in heading):  # type: ignore[misc]
            columns = heading  # type: ignore[assignment]
            continue
        if columns is None or len(cells) != len(columns) + 1:
            continue
        values = [read(index, column) for column in range(1, len(cells))]
        summed = re.search(r"totalt|summa|sammanlagt", cells[0], re.IGNORECASE)
        if summed:  # the row of sums: its sum column's cell is the whole table's
            whole_sum = [grammar.Amount(value[0], "total", [], None, None, "\t".join(cells))
                         for (kind, _), value in zip(columns, values) if kind == "sum" and len(value) == 1]
        if summed or re.search(r"återbetal", cells[0], re.IGNORECASE) or _ROW_FOR.fullmatch(cells[0]):
            continue
        if grammar._IN_KIND.search(cells[0]) or _OTHER_SOURCE.search(re.sub(r"\([^)]*\)", "", cells[0])):
            others = True  # the organisation's own money or another funder's: the table's sum is not the grant
            continue
        if not all(len(value) == 1 or _NO_VALUE.fullmatch(cell) or not cell for value, cell in zip(values, cells[1:])):
            continue
        one_off = bool(grammar._ONE_OFF.search(cells[0]))
        for (kind, when), value in zip(columns, values):
            if len(value) == 1 and kind == "sum":
                row_sums.append(grammar.Amount(value[0], "total", [], None, None, "\t".join(cells)))
            if len(value) != 1 or kind == "sum":
                continue
            if kind == "year":
                found.append(grammar.Amount(value[0], "one_off" if one_off else "per_year", [when], None, None,
                                            "\t".join(cells)))
            else:
                found.append(grammar.Amount(value[0], "one_off" if one_off else "period", [], *when, "\t".join(cells)))
    # The whole table's sum is the total: the sum column's cell in the row of sums, or in the only row of amounts.
    return found + ([] if others else whole_sum or (row_sums if len(row_sums) == 1 else []))


# A row of money that is not the partnership's, in a table of where the money came from: the state's, a foundation's,
# a federation's, members' fees, sales ("Statsbidrag läxhjälp (Skolverket)", "Medlemsavgifter", "Försäljning"); or
# in a table of the accounts: all its income, what it spent and what was left ("Verksamhetens intäkter",
# "Föreningens kostnader", "Årets resultat"; never "Kostnadsersättning från nämnden").
_OTHER_SOURCE = re.compile(rf"\b(?:statsbidrag\w*|egna\s+medel|medlemsavgift\w*|försäljning\w*|sponsr\w*|gåvor|"
                           rf"insamla\w*|{grammar.OTHER_FUNDERS}|"
                           rf"[\wåäö]*(?:kostnad(?!sersättning)|utgift|intäkt|resultat|överskott|underskott)[\wåäö]*)\b",
                           re.IGNORECASE)


_YEAR_LABEL = re.compile(r"(?:År|Avtalsår|Verksamhetsår|Budgetår)", re.IGNORECASE)
# The column of what was paid beside what was budgeted or granted: "Utfall", "Utbetalt", "Utbetalt bidrag".
_PAID = re.compile(r"(?:Utfall|Utbetalt|Utbetald\s+ersättning|Utbetalning)(?:\s+[\wåäö]+)?(?:\s*\((?:kr|tkr)\))?",
                   re.IGNORECASE)


def _paid_by_year(table: str) -> list[grammar.Amount]:
    """A table of years in rows with what was budgeted and what was paid ("År<TAB>Budget<TAB>Utfall" over
    "2021<TAB>250 000 kr<TAB>185 000 kr"): the grant each year is what was paid, quoting its row."""
    rows = [[" ".join(cell.split()) for cell in row.split("\t")] for row in table.split("\n") if row.strip()]
    if len(rows) < 2 or not _YEAR_LABEL.fullmatch(rows[0][0]):
        return []
    paid = [index for index, cell in enumerate(rows[0]) if _PAID.fullmatch(cell)]
    if len(paid) != 1 or len(rows[0]) < 3:
        return []
    read = _read_table(table)
    found = []
    for index, cells in enumerate(rows[1:], start=1):
        year = re.fullmatch(r"((?:19|20)\d{2})\**", cells[0])
        if len(cells) != len(rows[0]) or not year:
            continue
        value = read(index, paid[0])
        if len(value) == 1:
            found.append(grammar.Amount(value[0], "per_year", [int(year.group(1))], None, None, "\t".join(cells)))
    return found


# The column of the committee's grant in a table of years: "Bidrag från nämnden", "Bidrag från SDN", "IOP-bidrag (tkr)",
# "Kommunens bidrag", "Ersättning enligt IOP" (not "Egen insats", "Övriga intäkter", "Kostnader").
_GRANT = re.compile(r"(?:(?:IOP-?)?(?:bidrag|ersättning|stöd)(?:et|en)?(?:\s+(?:från|enligt|inom)\s+(?:[\w-]*nämnden|SDN|SDF|"
                    r"stadsdels\w+|kommunen|regionen|IOP|överenskommelsen|avtalet|partnerskapet))?"
                    r"|(?:Kommunens|Nämndens|Stadsdelsnämndens|Regionens)\s+(?:bidrag|ersättning)|(?:Bidrag|Ersättning)\s+IOP|IOP)"
                    r"(?:\s*\((?:kr|tkr|SEK|kronor)\))?", re.IGNORECASE)


def _granted_by_year(table: str) -> list[grammar.Amount]:
    """A spreadsheet printed out, years in rows and the committee's grant in a column of its own ("År<TAB>Bidrag från
    nämnden (kr)<TAB>Egen insats<TAB>Kostnader" over "2020<TAB>310 000<TAB>142 000<TAB>327 940", "Summa<TAB>1 290 000<TAB>…"):
    each year's grant, and the row of sums' as the total, quoting their rows; the other columns are not the grant. An
    amount whose unit neither its cell nor a heading gives is not read: the build could not check it stands there."""
    rows = [[" ".join(cell.split()) for cell in row.split("\t")] for row in table.split("\n") if row.strip()]
    if len(rows) < 2 or not _YEAR_LABEL.fullmatch(rows[0][0]):
        return []
    grants = [(index, match) for index, cell in enumerate(rows[0]) if index and (match := _GRANT.fullmatch(cell))]
    if len(grants) != 1:
        return []
    column = grants[0][0]
    read = _read_table(table)
    found = []
    for index, cells in enumerate(rows[1:], start=1):
        if len(cells) != len(rows[0]):
            continue
        value = read(index, column)  # "310 000 kr", or "400" under "IOP-bidrag (tkr)"
        if len(value) != 1 or value[0] <= 0:
            continue
        if year := re.fullmatch(r"((?:19|20)\d{2})\**", cells[0]):
            found.append(grammar.Amount(value[0], "per_year", [int(year.group(1))], None, None, "\t".join(cells)))
        elif re.fullmatch(r"(?:totalt|summa|sammanlagt)\s*:?", cells[0], re.IGNORECASE):
            found.append(grammar.Amount(value[0], "total", [], None, None, "\t".join(cells)))
    return found if any(amount.kind == "per_year" for amount in found) else []


def _dated_rows(table: str) -> list[grammar.Amount]:
    """A table of periods in rows with the grant in a column whose heading names it, with its unit or not
    ("Läsår<TAB>Period<TAB>Bidrag (kr)" over "2020/21<TAB>2020-08-01 – 2021-07-31<TAB>410 000"): each row's amount for
    the one period the row gives, quoting the row (an amount with its unit in the cell is read as a sentence already)."""
    read = table_of(table)
    if read is None or not read.header or any(_PAID.fullmatch(heading) for heading in read.rows[0]):
        return []
    # the grant's column, its heading with its unit or without: "Bidrag (kr)", "Ersättning (tkr)", "Bidrag" over
    # kronor as the build reads them ("950 000"); not "Kostnad (kr)", "Budget (kr)"
    money = [column for column, heading in enumerate(read.rows[0]) if column and _GRANT.fullmatch(heading)]
    if len(money) != 1:
        return []
    found = []
    for index, cells in enumerate(read.rows[1:], start=1):
        amounts = cell_amounts(read, index, money[0], whole_table=False)
        if len(amounts) != 1 or amounts_in(cells[money[0]]) or grammar._IN_KIND.search(cells[0]) \
                or _OTHER_SOURCE.search(cells[0]):
            continue  # (one written with its unit is read as a sentence already)
        quote = "\t".join(cells[:max(column + 1 for column, cell in enumerate(cells) if cell)])
        if re.match(r"(?:totalt|summa|sammanlagt)\b", cells[0], re.IGNORECASE):
            found.append(grammar.Amount(amounts[0], "total", [], None, None, quote))
            continue
        periods = grammar.periods_in(" ".join(cell for column, cell in enumerate(cells) if column != money[0]))
        if len(periods) == 1:
            found.append(grammar.Amount(amounts[0], "period", [], periods[0].start, periods[0].end, quote))
    spans = [(amount.start, amount.end) for amount in found if amount.kind == "period"]
    return found if spans and len(set(spans)) == len(spans) else []  # (one period twice: no table of periods)


def _read_table(table: str) -> Callable[[int, int], list[int]]:
    """The amounts of a table's cells as the build reads them (content/tables.py), by the index of a row among the
    table's lines that are not empty (its caption's first) and of a column: a cell's own unit, or its heading's or its
    row label's (never only the corner's or the caption's, where a financial statement names the unit of all its rows:
    the build accepts those quotes, the import does not draft them). A line the build reads as no row of a table (a
    note under it) gives the amounts it writes with their unit."""
    read = table_of(table)
    lines = [line for line in table.split("\n") if line.strip()]

    def amounts(row: int, column: int) -> list[int]:
        cells = cells_of(lines[row]) if row < len(lines) else []
        own = amounts_in(cells[column]) if column < len(cells) else []
        row -= read.first_row if read else 0
        if read is None or not 0 <= row < len(read.rows) or column >= len(read.rows[row]):
            return own
        return cell_amounts(read, row, column, whole_table=False)
    return amounts


def _amount_column(cell: str) -> tuple[str, Any] | None:
    """What a heading cell of a table of amounts names: a year ("2022", "2018*"), months of a year ("jan–jun 2025"),
    or the sum ("Totalt"); None for anything else."""
    if year := re.fullmatch(r"((?:19|20)\d{2})\**", cell):
        return "year", int(year.group(1))
    if (months := grammar._MONTH_RANGE.fullmatch(cell)) and (span := grammar._months_of(months)):
        return "months", span
    if re.fullmatch(r"(?:totalt|summa|sammanlagt)", cell, re.IGNORECASE):
        return "sum", None
    return None


_MONEY_ROW = re.compile(r"\bkr\b|kronor|tkr|mnkr|\bsek\b", re.IGNORECASE)  # amounts, read as funding
_COUNT_CELL = re.compile(r"(?:(?:ca|c:a|cirka|omkring|drygt|knappt)\.?\s+)?(?P<n>\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?)")
_NO_VALUE = re.compile(r"[–—-]?")  # a cell with no count in it (empty: a spreadsheet's merged or blank cell)


def _without_caption(table: str) -> str:
    """A table's rows, without the caption on the line above them ("Tabell 1. Skolor, läsvänner och elever")."""
    first, _, rows = table.partition("\n")
    return rows if "\t" not in first and "\t" in rows else table


def _captions(paragraphs: list[str], heading: str | None = None) -> Iterator[tuple[str, str | None]]:
    """Each table among a section's paragraphs, and what the paragraph before it (before the table it continues,
    across a page break) says it counts: "Tabellen visar antalet unika deltagare …" deltagare; or, for a table
    nothing before it in the section names, its section's heading ("Deltagare per läsår", "Antal elever som haft en
    läsvän")."""
    caption: str | None = (_title_counts(heading) or _lead_counts(heading)) if heading else None
    headed = caption is not None  # (what the heading names yields to the table's own title, which may name nothing)
    for paragraph in paragraphs:
        if "\t" in paragraph:
            first = paragraph.partition("\n")[0]
            if "\t" not in first and (found := _TABLE_COUNTS.search(first)) and _counted_column(found["noun"]):
                caption = found["noun"]  # its own caption's: "Tabell 1 visar antalet deltagare per år"
            elif "\t" not in first and (titled := _title_counts(first) or _lead_counts(first)):
                caption = titled  # its title's: "Antal unika besökare under projektperioden fördelat på ålder och kön"
            elif "\t" not in first and headed and not re.search(r"[.!?]$", first.strip()):
                caption = None  # a title: "Tabell 1. Väntetid i veckor per åldersgrupp" under "Deltagare" counts no one
            yield paragraph, caption
        else:
            headed = False
            found = _TABLE_COUNTS.search(paragraph)
            caption = found["noun"] if found and _counted_column(found["noun"]) else _title_counts(paragraph) \
                or _lead_counts(paragraph)
            if caption is None and (them := _TABLE_SHOWS_THEM.search(paragraph)):
                caption = _indefinite(them["noun"])
            if caption is None and _TABLE_NAMED.search(paragraph):
                # "Antalet deltagande elever har ökat, vilket framgår av tabellen nedan": what the table counts
                caption = next((word for match in _NUMBER_OF_NAMED.finditer(paragraph)
                                for word in (match["first"], match["second"]) if word and _counted_column(word)), None)


# A table's title on the line above it: "Tabell 1. Unika besökare per år", "Deltagare per år", "Elever som har
# deltagit i läxhjälpen, per år", "Antal genomförda nattvandringspass per område och år:".
_TITLE = re.compile(r"(?:[Tt]abell\s+\d+[.:]?\s+)?(?:(?:[Tt]otalt|[Ss]ammanlagt)\s+)?(?:[Aa]ntal(?:et)?\s+)?"
                    r"(?:(?:genomförda|registrerade|deltagande)\s+)?(?P<what>[A-ZÅÄÖa-zåäö][^\t\n.:;]{1,60}?),?"
                    r"\s+(?:per|fördelade?\s+på|fördelat\s+på)\s+[a-zåäö]+(?:\s+(?:och|samt)\s+[a-zåäö]+)?"
                    r"(?:\s+\d{4}(?:\s*[–—-]\s*\d{4})?)?[:.]?")


# A line that leads into a table and names what it counts, first: "Deltagare i Silvertrådens verksamhet under
# perioden:", "Antal elever som haft en läsvän", "Deltagare 2022". (Short and without a sentence's stop or comma.)
_LEAD = re.compile(r"(?:(?:[Tt]otalt|[Ss]ammanlagt)\s+)?(?:[Aa]ntal(?:et)?\s+)?"
                   r"(?P<what>[A-ZÅÄÖa-zåäö][^\t\n.;!?,]{0,70}?):?")


def _lead_counts(paragraph: str) -> str | None:
    """What a table's lead line names first, where it is a thing counted (deltagare, elever, besökare)."""
    if not (lead := _LEAD.fullmatch(paragraph.strip())):
        return None
    unit = _row_unit(lead["what"])
    return unit if unit in _COUNTED_HEADS else None


def _title_counts(paragraph: str) -> str | None:
    """What a table's title line says the table counts, where the line is one."""
    if not (title := _TITLE.fullmatch(paragraph.strip())):
        return None
    unit = _row_unit(title["what"])
    # the noun alone, as "Tabellen visar antalet unika deltagare" gives it: a total column counts them all
    return unit.split()[-1] if _counted_column(unit) and not _MONEY_NOUN.search(unit) else None


_MONEY_NOUN = re.compile(r"(?:kostnader|intäkter|utgifter|inkomster|kronor|belopp|medel)$")  # "Kostnader per område"


_TABLE_COUNTS = re.compile(r"\b(?:[Tt]abell(?:en)?(?:\s+\d+)?\s+(?:visar|redovisar|anger)\s+(?:hur\s+många\s+|antal(?:et)?\s+)"
                           r"(?:(?:unika|olika|nya|aktiva|registrerade)\s+)?)(?P<noun>[a-zåäö]+)")
# "Tabellen visar deltagarna under 2024 fördelade på åldersgrupp och kön": those counted, in their definite form.
_TABLE_SHOWS_THEM = re.compile(r"\b[Tt]abell(?:en)?(?:\s+\d+)?\s+(?:visar|redovisar)\s+(?:(?:de\s+)?(?:unika|olika|nya|aktiva)\s+)?"
                               r"(?P<noun>[a-zåäö]+(?:na|en))\b")


def _indefinite(noun: str) -> str | None:
    """What "deltagarna", "besökarna", "eleverna", "barnen" count, as a column counts it; None for another word."""
    return next((form for form in (noun[:-2] + "e", noun[:-2]) if form in _COUNTED_HEADS), None)


# A sentence that points to the table below and says what it counts another way ("vilket framgår av tabellen
# nedan", "se tabell 2"): "antalet X" or "antalet <adjective> X" there names it.
_TABLE_NAMED = re.compile(r"\b(?:[Tt]abell(?:en)?\s+(?:nedan|\d+)|[Tt]abellen\b|[Ff]öljande\s+tabell)")
_NUMBER_OF_NAMED = re.compile(r"\b[Aa]ntal(?:et)?\s+(?P<first>[a-zåäö]+)(?:\s+(?P<second>[a-zåäö]+))?")
# A row for an age group, not for what it counts: "6–9 år", "65 år och äldre", "under 18 år"; named by its age group
# as well, "Barn 6–12 år", "Vuxna 18–64 år" (never by what it counts: "Grupper 6–9 år", "Deltagare 6–9 år").
_AGE_ROW = re.compile(r"(?:(?:barn|unga|ungdomar|vuxna|äldre|seniorer)\s+)?"
                      r"(?:\d{1,2}\s*[–—-]\s*\d{1,2}|\d{1,2}\+?|(?:under|över)\s+\d{1,2})\s*år"
                      r"(?:\s+och\s+(?:äldre|yngre|över))?", re.IGNORECASE)


# A goal table's heading row: the goal, what measures it, the target, the outcome ("Mål<TAB>Indikator<TAB>Målvärde<TAB>
# Utfall<TAB>Bedömning", "Mål<TAB>Utfall<TAB>Bedömning").
_OUTCOME_HEAD = re.compile(r"(?:utfall|resultat)\b.*", re.IGNORECASE)
_GOAL_HEAD = re.compile(r"(?:mål|delmål|målsättning)\b.*", re.IGNORECASE)
_INDICATOR_HEAD = re.compile(r"(?:indikator|mått|målvärde)\b.*", re.IGNORECASE)
# An outcome cell of bare numbers only, each perhaps with its year: "134 (2022), 151 (2023), 163 (2024)", "311".
_BARE_COUNTS = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})*(?:\s*\((?:19|20)\d{2}(?:/\d{2})?\))?"
                          r"(?:(?:\s*,\s*|\s+och\s+|\s+respektive\s+)\d{1,3}(?:[ \u00a0]\d{3})*(?:\s*\((?:19|20)\d{2}(?:/\d{2})?\))?)*")
# What a target counts: "Minst 120 unika deltagare per år" unika deltagare.
_TARGET = re.compile(r"\d[\d \u00a0]*\s+(?P<unit>(?:(?:unika|olika|nya|aktiva)\s+)?[a-zåäö]+)")


def _goal_counts(table: str) -> list[tuple[Decimal, str, str]]:
    """The outcomes a goal table gives, each quoted as its row: the counts its outcome cell reads ("287 föräldrar", "81
    procent", "212 respektive 238 olika besökare"), or its bare numbers counting what the indicator counts ("134
    (2022), 151 (2023)" under "Minst 120 unika deltagare per år"); never the target."""
    rows = [[cell.strip() for cell in row.split("\t")] for row in table.split("\n")]
    for index, heading in enumerate(rows):
        outcome = next((column for column, cell in enumerate(heading) if _OUTCOME_HEAD.fullmatch(cell)), None)
        if outcome and _GOAL_HEAD.fullmatch(heading[0]):
            break
    else:
        return []
    indicator = next((column for column, cell in enumerate(heading) if column < outcome and _INDICATOR_HEAD.fullmatch(cell)),
                     0)
    found: list[tuple[Decimal, str, str]] = []
    for cells in rows[index + 1:]:
        if len(cells) != len(heading):
            continue
        quote = "\t".join(cells)
        read = [(count.value, count.unit) for count in grammar.figures_in(cells[outcome])]
        units = [count.unit for count in grammar.figures_in(cells[indicator])] or [
            unit for target in _TARGET.finditer(cells[indicator]) if _counted_column(_row_unit(unit := target["unit"]))]
        # (bare numbers only where the cell is nothing else: "134 (2022), 151 (2023), 163 (2024)", "311")
        if not read and units and _BARE_COUNTS.fullmatch(cells[outcome]):
            read = [(_count(number), units[0]) for number in re.findall(r"(?<![\d(])\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?(?![\d)])",
                                                                         cells[outcome])]
        found += [(value, unit, quote) for value, unit in read]
    return found


# A form's counts, a labelled value to a line ("Antal deltagare totalt: 112", "varav kvinnor: 71", "Antal ideella
# timmar: 2 350"), which the paragraph may have joined into one line: each is quoted as its label and value.
# (A label from its line's start, or after the value before it; never a target, a plan or an average: "Planerat antal
# deltagare: 150", "Antal deltagare (mål): 120", "Antal deltagare per tillfälle: 8", "… som avbröt: 12".)
_LABELLED_COUNT = re.compile(r"(?:^|(?<=\d\s))(?![^:\n]*\b(?:per|snitt|genomsnitt|som|mål|planerat?|förväntat?|tidigare)\b)"
                             r"(?P<label>(?:(?:[Tt]otalt|[Ss]ammanlagt)\s+)?[Aa]ntal\s[^:.;!?\d()]{1,60}?"
                             r"|[Vv]arav\s[^:.;!?\d]{1,40}?|[Dd]ärav\s[^:.;!?\d]{1,40}?)"
                             r":\s*(?P<n>\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?)(?![\d,:/–-]|\.\d|\s*(?:kr\b|kronor|tkr|mnkr|%))")


def _labelled_counts(paragraph: str) -> list[tuple[Decimal, str, str]]:
    found: list[tuple[Decimal, str, str]] = []
    for labelled in _LABELLED_COUNT.finditer(paragraph):
        label = labelled["label"]
        part = _PART_ROW.match(label)
        unit = _row_unit(label[part.end():].strip() if part else label, whole=True)
        if _counted_column(_row_unit(unit)):
            found.append((_count(labelled["n"]), unit, labelled.group().strip()))
    return found


def _table_counts(table: str, caption: str | None = None) -> list[tuple[Decimal, str, str]]:
    """Counts in one table's rows, quoting the row. A row labelled with what it counts: "Antal utlån<TAB>2 140<TAB>3 380"
    gives 2 140 and 3 380 utlån (the unit is the label without "Antal" and without what follows a preposition,
    "Deltagare i kurser"). A row labelled with a year under a heading row ("År<TAB>Deltagare<TAB>…"): each column
    whose heading names what is counted (deltagare, besök, träffar …), and a column of some of them ("Vidare till
    arbete") as the column before; a column headed otherwise is left out. A row for an age group counts what the
    table's caption says it counts."""
    if _MONEY_ROW.search(table.split("\n", 1)[0].split("\t", 1)[0]):
        return []  # a table of money, said over its labels: "Kronor<TAB>2021<TAB>2022" over "Ersättning<TAB>320 000<TAB>…"
    if len({found.group().lower() for row in table.split("\n") if (found := _ACCOUNT_ROW.match(row.strip()))}) >= 2:
        return []  # accounts: "Intäkter", "Bidrag från Bjuvs kommun (IOP)<TAB>380 000", "Summa kostnader", without "kr"
    found = []
    heading: list[str] | None = None  # this table's own: a table without a heading row has none
    previous: str | None = None  # the unit of the row above
    by_area = False  # the rows below are places, under a heading row's "Område" or "Ort"
    by_age = False  # the rows above were age groups ("7–9 år")
    for row in table.split("\n"):
        cells = [cell.strip() for cell in row.split("\t")]
        if len(cells) < 2:
            continue
        quote = "\t".join(cells)
        if heading and len(heading) == len(cells) - 1 and heading[0] and _counted_column(_row_unit(heading[0])):
            heading = ["", *heading]  # a heading row whose empty first cell, over the rows' labels, was lost
        columns = [_row_unit(cell) for cell in heading[1:]] if heading and len(heading) == len(cells) else []
        by_place = bool(re.match(r"[A-ZÅÄÖ]", cells[0])) and not _counted_column(_row_unit(cells[0])) \
            and any(_counted_column(unit) for unit in columns) \
            and not _NUMBER_OF_ROW.match(cells[0])  # "Söderfors<TAB>64<TAB>720" under "Ort<TAB>Träffar<TAB>…"
        counted_columns = any(_counted_column(unit) for unit in columns) or bool(
            columns and caption and _TOTAL_LABEL.fullmatch(heading[-1]))  # "Fruängen<TAB>Västertorp<TAB>Totalt"
        if counted_columns and (_ROW_FOR.fullmatch(cells[0]) or by_place or (_AGE_ROW.fullmatch(cells[0]) and not all(
                unit in grammar.PERSONS or "/" in unit or not _counted_column(unit) for unit in columns))):
            # (an age group's row under columns of things counted, "Åldersgrupp<TAB>Grupper<TAB>Tillfällen": theirs)
            # a year's row under the heading row: the counted columns, beside any of money ("2022<TAB>180 000 kr<TAB>96")
            counted: str | None = None
            for title, unit, cell in zip(heading[1:], [_row_unit(cell) for cell in heading[1:]], cells[1:]):
                if caption and title is heading[-1] and _TOTAL_LABEL.fullmatch(title):
                    unit = caption  # "Totalt" beside "Flickor", "Pojkar" or the places: what the caption counts
                elif (part := _PART_ROW.match(title)) and _row_unit(title[part.end():].strip()) in _COUNTED_HEADS:
                    # "varav flickor" beside "Elever": flickor, some of the elever (whom a later part still counts)
                    if count := _COUNT_CELL.fullmatch(cell):
                        found.append((_count(count["n"]), _row_unit(title[part.end():].strip()), quote))
                    continue
                elif not _counted_column(unit):
                    unit = counted if counted and _PART_ROW.match(title) else ""  # "Vidare till arbete eller studier"
                counted = unit or None
                if unit and (count := _COUNT_CELL.fullmatch(cell)):
                    shown = _row_unit(title, whole=True) if unit == _row_unit(title) else unit  # "Stödsamtal"
                    found.append((_count(count["n"]), shown, quote))
            continue
        if _MONEY_ROW.search(row) or not all(_COUNT_CELL.fullmatch(cell) or _NO_VALUE.fullmatch(cell)
                                             for cell in cells[1:]):
            # a heading row: no cell of it a number or a year ("Deltagare 65–79 år" and "Elever åk 4–6" head columns)
            heading = cells if not any(_NUMERIC_CELL.fullmatch(cell) for cell in cells[1:]) else None
            by_area = bool(_AREA_LABEL.fullmatch(cells[0]))  # "Område<TAB>2022<TAB>2023": a row per place below
            continue
        if (part := _PART_ROW.match(cells[0])) and _row_unit(cells[0][part.end():].strip()) in _COUNTED_HEADS:
            unit = _row_unit(cells[0][part.end():].strip())  # "varav pappor" under "Föräldrar i föräldrakurs": pappor
        elif part or _TOTAL_LABEL.fullmatch(cells[0]):
            unit = previous  # "Varav bosatta i Dalaberg, …", "Därav till arbete", "Totalt": of the row above
        elif _ROW_FOR.fullmatch(cells[0]):
            continue  # a month's or a year's row, with no heading that says what its columns count
        elif _AGE_ROW.fullmatch(cells[0]) or (by_area and not _counted_column(_row_unit(cells[0]))):
            # "6–9 år<TAB>41<TAB>52" under "Tabellen visar antalet deltagare per åldersgrupp", "Tureberg<TAB>48<TAB>52"
            # under "Område<TAB>2022<TAB>2023" and "Antal genomförda nattvandringspass per område och år:"
            unit = caption
        elif re.fullmatch(r"[A-ZÅÄÖa-zåäö][\w ,-]*(?:\s*\([\w ,-]+\))?", cells[0]):
            unit = _row_unit(cells[0], whole=True)
        else:
            continue
        if unit is None:
            continue
        if not part:  # a part's row counts some of the row above; the rows after it may too
            previous = unit
        by_age = by_age or bool(_AGE_ROW.fullmatch(cells[0]))
        values = cells[1:]
        if by_age and heading and len(heading) == len(cells) and _TOTAL_LABEL.fullmatch(heading[-1]) \
                and not any(_ROW_FOR.fullmatch(title) for title in heading[1:-1]):
            # an age group's row under "Flickor<TAB>Pojkar<TAB>Totalt", and the row of sums under them: the group's
            # total is what the caption counts (as the writers quote such a table), not each part of it
            values = values[-1:]
        for cell in values:
            if count := _COUNT_CELL.fullmatch(cell):
                found.append((_count(count["n"]), unit, quote))
    return found


# A row that counts some of the row above's: "Varav …", "Därav …", or what some of them did ("Gått vidare till
# arbete", "Fått anställning", "Börjat studera" under "Deltagare").
_PART_ROW = re.compile(r"(?:varav|därav|av\s+dessa|av\s+dem|\w*gått|\w*fått|börjat|kommit|slutfört|fullföljt|avslutat|vidare)"
                       r"\b", re.IGNORECASE)


_AREA_LABEL = re.compile(r"(?:område|ort|plats|stadsdel|skola|bibliotek|mötesplats|kommundel)(?:er|na)?", re.IGNORECASE)
_NUMERIC_CELL = re.compile(r"[\d\s.,:/()–—-]*\d[\d\s.,:/()–—-]*")  # "2021", "2021/22", "1 120", "2021–2024"


def _count(cell: str) -> Decimal:
    return Decimal(cell.replace(" ", "").replace("\u00a0", "").replace(",", "."))


_TOTAL_LABEL = re.compile(r"(?:totalt|summa|sammanlagt|samtliga|total)", re.IGNORECASE)  # a row's or column's
# A row that gives the year, the term, the month (or the sum) its counts are for, not what they count: "2023",
# "Totalt", "VT 2022", "Vårterminen 2024", "2021-04-01–2022-03-31", "Februari", "jan–mar 2024", "Sep 2020 – aug 2021".
_ROW_FOR = re.compile(rf"(?:\d{{4}}(?:/\d{{2,4}})?(?:\s*\(.*\))?|[Tt]otalt|[Ss]umma|[Ss]ammanlagt|[Ss]ammantaget"
                      rf"|(?i:vt|ht)\s*[-–]?\s*(?:\d{{4}}|\d{{2}})|(?:[Vv]år|[Hh]öst)(?:termin(?:en)?)?\s+\d{{4}}"
                      rf"|\d{{4}}-\d{{2}}-\d{{2}}\s*[–—-]\s*\d{{4}}-\d{{2}}-\d{{2}}"
                      rf"|(?i:(?:{grammar._MONTH})\.?(?:\s+\d{{4}})?(?:\s*[–—-]\s*(?:{grammar._MONTH})\.?)?(?:\s+\d{{4}})?))")


# What a count in a table counts, at the end of a compound: "Läxhjälpstillfällen" counts tillfällen.
_COUNTED_HEADS = sorted(grammar.PERSONS | grammar.TIME_UNITS | {"besök", "träffar", "aktiviteter", "volontärer", "frivilliga",
                                                                 "medlemmar", "samtal", "kurser", "evenemang", "pass"},
                        key=len, reverse=True)


# The words a column's heading keeps before what it counts: which of them ("Nya deltagare", "Unga kvinnor").
_WHICH_OF_THEM = {"nya", "unika", "olika", "aktiva", "unga", "äldre", "vuxna"}


def _counted_column(unit: str) -> bool:
    """A column headed with what is counted ("Deltagare", "Besök", "Nya deltagare") or another plural noun
    ("Grupper", "Föreställningar") counts it; "Andel", "Mål" or "Kostnad" do not."""
    if " " in unit:
        first, _, rest = unit.partition(" ")
        return first in _WHICH_OF_THEM and " " not in rest and _counted_column(rest)
    return unit in _COUNTED_HEADS or (bool(re.search(r"(?:er|ar|or|are)$", unit)) and grammar.noun(unit))


# The rows of an organisation's accounts (resultaträkning, balansräkning) or a budget: money, never counts.
_ACCOUNT_ROW = re.compile(r"(?:(?:summa\s+)?(?:intäkter|kostnader)|bidrag\s+från|årets\s+resultat|resultat|medlemsavgifter|"
                          r"lokalhyra|personalkostnader|löner|eget\s+kapital|tillgångar|skulder|kassa\s+och\s+bank)\b",
                          re.IGNORECASE)
# A row that says what it counts: "Antal besök", "Totalt antal unika elever".
_NUMBER_OF_ROW = re.compile(r"(?:(?:totalt|sammanlagt)\s+)?antal\s+\S", re.IGNORECASE)


def _row_unit(label: str, whole: bool = False) -> str:
    """The unit a table row counts, from its label: "Antal utlån" utlån, "Deltagare i kurser" and "Familjer som
    deltagit" their first word, "Aktiva frivilliga" as it stands, "Läxhjälpstillfällen" tillfällen: what it counts,
    to tell whether it counts at all; or, `whole`, the compound as the document writes it, läxhjälpstillfällen
    (as writers quote a row's or a column's count: 11 of 12 such rows in the tuning half)."""
    unit = re.sub(r"^(?:(?:totalt|sammanlagt)\s+)?antal\s+", "", label.lower())
    unit = re.sub(r"\s+(?:totalt|sammanlagt)$", "", unit)  # "Antal unika deltagare totalt"
    # who among them, by age or school year: "Deltagare 65–79 år", "Deltagare 80 år eller äldre", "Elever åk 4–6"
    unit = re.sub(r"(?<=[a-zåäö])\s+(?:(?:åk|årskurs)\.?\s*)?\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s*(?:år\b.*)?$", "", unit)
    if inner := re.fullmatch(r"(?P<outer>[^(]+?)\s*\((?P<inner>[^)]+)\)", unit):
        # "Nattvandringar (kvällar)": counted in what the parentheses say, where they name a thing counted
        unit = inner["inner"] if _counted_column(inner["inner"].strip()) else inner["outer"]
    if "," in unit:  # "Promenadgrupper, tillfällen": what the activity's row counts, after the comma
        before, after = (part.strip() for part in unit.rsplit(",", 1))
        unit = before if after in ("antal", "st", "st.") else after  # "Luncher, antal": luncher
    unit = re.split(r"\s+(?:i|på|för|vid|av|med|under|per|som)\s+", unit, maxsplit=1)[0]
    words = unit.split()
    if len(words) == 2 and words[0] in _WHICH_OF_THEM and _counted_column(words[1]):
        return unit  # "Nya deltagare", "Unika besökare", "Unga kvinnor": whom the column counts, as it says
    if len(words) == 2 and words[0] in _COUNTED_HEADS:
        unit = words[0]  # "Deltagare språkcafé": deltagare, of the activity named after them
    elif len(words) == 2 and re.search(r"[ae]$", words[0]):  # an adjective before the noun: "aktiva", "nya", "unika"
        unit = words[1]
    if " " not in unit and not whole:
        unit = next((head for head in _COUNTED_HEADS if unit.endswith(head) and len(unit) - len(head) >= 3), unit)
    return unit


def _in_municipality(stem: str, districts: list[District]) -> list[District]:
    """The districts of a municipality by the stem of its name: "göteborg" -> "Nordost, Göteborg", "goteborg-…"."""
    return [d for d in districts if stem and (stem in heading_key(d.name) or id_from_name(stem) == d.id.split("-")[0])]


def _district(draft: Draft, districts: list[District]) -> None:
    """The district the committee serves: the one with that committee (in the letterhead's municipality when
    several have it), or named in the committee ("Järva stadsdelsnämnd"), or the municipality itself for a
    committee that serves a whole city ("Kulturnämnden" under "Göteborgs Stad"); else a new one proposed."""
    committee = draft.fields.get("committee")
    if not committee:
        draft.missing["district"] = "nämnden, för att hitta stadsdelen"
        return
    municipality = heading_key(draft.municipality or "")
    # "Göteborgs Stad" -> "göteborg": a district of the city names it ("Nordost, Göteborg").
    stem = re.sub(r"s$", "", municipality.split(" ")[0]) if municipality else ""
    exactly = [d for d in districts if municipality and municipality in {heading_key(n) for n in (d.name, *d.former_names)}]
    in_municipality = _in_municipality(stem, districts)
    # no municipality named, but its web address in a footer ("stockholm.se"), not the organisation's
    for web in draft.webs if not stem else []:
        if in_municipality := _in_municipality(web, districts):
            break
    by_committee = [d for d in districts if heading_key(committee) in
                    {heading_key(d.committee), *(heading_key(n) for n in d.former_names)}]
    if in_municipality:  # another municipality's committee of the same name is not this one
        by_committee = [d for d in by_committee if d in in_municipality]
    elif len(by_committee) > 1:
        # no municipality on the pages: the one whose name the document's own words give ("… i Hedemora")
        said = " ".join([str(draft.fields.get("title", "")), str(draft.fields.get("subtitle", "")), draft.text])
        named = [d for d in by_committee if re.search(rf"\b{re.escape(_town(d.name))}s?\b", said)]
        by_committee = named if len(named) == 1 else by_committee
    name = district_name(committee)
    by_name = [d for d in districts if heading_key(name) in {heading_key(n) for n in (d.name, *d.former_names)}]
    stadsdel = re.search(r"stadsdelsnämnd", committee, re.IGNORECASE)
    for found in (by_committee if len(by_committee) == 1 else [], by_name if stadsdel else [], exactly):
        if len(found) == 1:
            draft.set("district", found[0].id)
            return
    if not stadsdel and draft.municipality:  # a city-wide committee: the municipality is the district
        shown = draft.municipality if not draft.municipality.isupper() else draft.municipality.capitalize()
        draft.new_district = {"id": id_from_name(shown), "name": shown, "committee": committee}
    elif not stadsdel and " " not in committee.strip():
        # "Socialnämnden" alone, and no municipality on the pages: which one's is not said, and no district is
        # named after the committee
        draft.missing["district"] = f"kommunen som {committee!r} hör till (den står inte i brevhuvudet eller sidfoten)"
        return
    else:
        draft.new_district = {"id": id_from_name(name), "name": name, "committee": committee}
    if draft.administration and heading_key(draft.administration).startswith(heading_key(name)):  # the same district's
        draft.new_district["administration"] = draft.administration
    draft.set("district", draft.new_district["id"], f"{committee!r} finns inte i districts.yml: lägg in den föreslagna posten")


def _town(name: str) -> str:
    """The municipality's own name in a district's: "Hedemora kommun (kultur- och fritidsnämnden)" Hedemora,
    "Kristinehamns kommun" Kristinehamn."""
    first = name.split(" ")[0].rstrip(",")
    return first[:-1] if first.endswith("s") and not _OWN_S.search(first) else first


def district_name(committee: str) -> str:
    """`Kungsholmens stadsdelsnämnd` -> `Kungsholmen`; `Järva stadsdelsnämnd` -> `Järva`; `Stadsdelsnämnden
    Örgryte-Härlanda` -> `Örgryte-Härlanda`."""
    if before := re.match(r"stadsdelsnämnden\s+(?P<name>[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)*)$", committee.strip(),
                          re.IGNORECASE):
        return before["name"]  # "Stadsdelsnämnden Örgryte-Härlanda", as Göteborg names its committees
    name = re.sub(r"\s+stadsdelsnämnd(?:en)?$", "", committee.strip(), flags=re.IGNORECASE)
    # The committee is named in the genitive where the name ends in a consonant: Kungsholmens, Enskede-Årsta-Vantörs.
    if re.search(r"[bcdfghjklmnpqrtvwxz]s$", name) or name.endswith("ens"):
        name = name[:-1]
    return name


# "IOP med föreningen X", "… med den ideella föreningen X", "IOP mellan X och Y stadsdelsnämnd", "– X", "Stiftelsen X".
_ORGANISATION_IN_TITLE = [
    re.compile(r"\bmed\s+(?:den\s+ideella\s+)?föreningen\s+(?P<name>[A-ZÅÄÖ][^,.–()]*?)\s*(?:[–(,.]|$)"),
    re.compile(r"\bmellan\s+(?P<name>[A-ZÅÄÖ][^,.–()]*?)\s+och\s+[\w-]+s?\s+stadsdelsnämnd"),
    re.compile(r"\b(?:IOP|partnerskap)\s+med\s+(?P<name>[A-ZÅÄÖ][^,.–()]*?)\s*(?:[–(,.]|$)"),
    re.compile(r"^(?P<name>(?:Stiftelsen|Föreningen)\s+[A-ZÅÄÖ][^,.–()]*?)\s*[–-]\s"),
    re.compile(r"[–-]\s+(?P<name>[A-ZÅÄÖ][^,.–()]*?)\s*$"),
]


_ORGANISATION_FIELD = re.compile(r"^(?:Organisationens\s+namn|Föreningens\s+namn|Organisation|Förening|Idéburen\s+"
                                 r"organisation|Sökande(?:\s+organisation)?)\s*:\s*(?P<name>[A-ZÅÄÖ][^,;:\n]{2,80}?)\s*$")


def _organisation(draft: Draft, organisations: list[Organisation], text: str) -> None:
    headline = "\n".join([*(str(draft.fields.get(name, "")) for name in ("title", "subtitle")), draft.sender])
    best: tuple[int, int, str] | None = None
    for organisation in organisations:
        names = sorted(organisation.names, key=len, reverse=True)
        # in the title a name that goes on is another's: "Föräldrakraft" is not "Föräldrakraft Märsta ideell förening"
        # (a title in capitals names it in capitals)
        in_headline = sum(len(re.findall(r"\b" + re.escape(n) + r"\b(?![ \t]+[A-ZÅÄÖ])", headline))
                          + len(re.findall(r"\b" + re.escape(n.upper()) + r"\b(?![ \t]+[A-ZÅÄÖ])", headline))
                          * (not n.isupper()) for n in names)
        in_text = sum(len(re.findall(r"\b" + re.escape(n) + r"\b", text)) for n in names)
        if in_headline or in_text:
            candidate = (in_headline, in_text, organisation.id)
            best = max(best, candidate) if best else candidate
    if best and best[0]:
        draft.set("organisation", best[2])
        return
    if field := next((found["name"] for line in draft.facts if (found := _ORGANISATION_FIELD.match(line))), None):
        # a form's "Organisationens namn: Föreningen Flens Ungdomsteater": the organisation, over one the text names
        known = next((o.id for o in organisations if any(n.lower() == field.lower() for n in o.names)), None)
        if known:
            draft.set("organisation", known)
        else:
            draft.new_organisation = {"id": id_from_name(field), "name": field}
            draft.set("organisation", draft.new_organisation["id"],
                      f"{field!r} finns inte i organisations.yml: lägg in den föreslagna posten")
        return
    named = organisation_from_title(draft.fields.get("title", ""), draft.fields.get("subtitle", ""))
    if named:
        draft.new_organisation = {"id": id_from_name(named), "name": named}
        draft.set("organisation", draft.new_organisation["id"],
                  f"{named!r} finns inte i organisations.yml: lägg in den föreslagna posten")
    elif best:
        draft.set("organisation", best[2], "organisationen nämns i texten men inte i titeln; kontrollera")
    elif named := organisation_in_text(text):
        draft.new_organisation = {"id": id_from_name(named), "name": named}
        draft.set("organisation", draft.new_organisation["id"],
                  f"{named!r} lästes ur texten ('föreningen …') och finns inte i organisations.yml: kontrollera "
                  "namnet och lägg in den föreslagna posten")
    else:
        draft.missing["organisation"] = "organisationens namn i titeln eller som 'föreningen …' i texten"


def organisation_from_title(*lines: str) -> str | None:
    """The organisation a title names, as it names it (`Stiftelsen Läxakademin`, `Trygga Kvarter`)."""
    for line in lines:
        capitals = bool(line) and line.isupper()  # "SLUTRAPPORT – … MED MUSIKFÖRENINGEN KLANGRUM"
        for pattern in _ORGANISATION_IN_TITLE:
            found = (re.compile(pattern.pattern, re.IGNORECASE) if capitals else pattern).search(line or "")
            if found:
                name = re.sub(r"\s+(?:slutrapport|ideellt?\s+offentligt\s+partnerskap).*$", "", found["name"],
                              flags=re.IGNORECASE).strip()
                if capitals:  # its words as a name is written: "Musikföreningen Klangrum"
                    name = " ".join(word[:1] + word[1:].lower() for word in name.split())
                if name and not re.match(r"(?:Slutrapport|Idéburet|IOP)\b", name) and "stadsdelsnämnd" not in name:
                    return name
    return None


_NAMED_IN_TEXT = re.compile(r"\b(?:[Ff]öreningen|[Ss]tiftelsen)\s+(?P<name>[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*){0,3})")


def organisation_in_text(text: str) -> str | None:
    """The name the text gives most often as 'föreningen X' (or 'stiftelsen X'), when the title gives none."""
    counts: dict[str, tuple[int, int]] = {}  # name -> (times named, minus where first named)
    for found in _NAMED_IN_TEXT.finditer(text):
        name = found["name"]
        if found.group()[0] in "Ss":
            name = f"Stiftelsen {name}"
        times, first = counts.get(name, (0, -found.start()))
        counts[name] = (times + 1, first)
    return max(counts, key=lambda name: counts[name]) if counts else None


# Where a report says what the partnership did: the verb, then the list, to the end of the sentence.
# Where a report lists what the partnership did, the surest first: "Inom partnerskapet har föreningen
# erbjudit …", "Verksamheten har bestått av …"; then "… har föreningen genomfört …" anywhere.
# Who did it: the organisation by a noun in its definite form ("föreningen", "studieförbundet", "jouren"), by
# its name, or "vi" in its own report.
_DOERS = r"\b(?:[a-zåäö][\w-]*(?:en|et|na)|[Vv]i|[A-ZÅÄÖ][\w-]+)"  # (from a word's start: linear in a long word)
# Words between "har" and the verb that add to what was said before: "har därutöver arrangerat".
_ALSO = r"(?:(?:även|också|därutöver|dessutom|därtill)\s+)?"
_DID = r"(?:erbjudit|anordnat|arrangerat|genomfört|bedrivit|drivit|ordnat|erbjöd|anordnade|genomförde|ordnade)"
# When, between the verb and "har": "under perioden", "under partnerskapet", "inom överenskommelsen".
_DURING = r"(?:(?:under|inom)\s+(?:hela\s+)?(?:perioden|partnerskapet|avtalsperioden|avtalstiden|överenskommelsen)\s+)?"
# In the surest phrasing, each item may come with a verb of its own: "serverat frukost och lunch, erbjudit dusch
# och tvätt, delat ut kläder och gett samtalsstöd".
_ITEM_VERB = (r"(?:erbjudit|anordnat|arrangerat|genomfört|bedrivit|drivit|serverat|delat\s+ut|gett|givit|ordnat|"
              r"hållit|startat|organiserat|haft)")
_ACTIVITY_LISTS = [re.compile(p) for p in (
    rf"(?:[Ii]nom|I) partnerskapet har {_DOERS}\s+{_ALSO}(?=(?P<verbs>{_ITEM_VERB}))(?P<list>[^.:;]{{3,300}})\.",
    rf"{_DOERS} har {_ALSO}inom partnerskapet {_ALSO}{_DID}\s+(?P<list>[^.:;]{{3,300}})\.",
    r"(?:[Vv]erksamheten har (?:bestått av|omfattat|innehållit)|[Aa]ktiviteterna har (?:omfattat|varit|bestått av)|"
    r"(?:[Ff]öreningens\s+)?[Vv]erksamhet(?:en)?\s+(?:består|bestod)\s+av|"
    r"[Ii]nriktningen[^.]{0,80}?har varit|[Pp]artnerskapet har (?:omfattat|inneburit))\s+(?P<list>[^.:;]{3,300})\.",
    rf"\bhar (?:{_DOERS}\s+)?{_ALSO}{_DURING}{_DID}\s+(?P<list>[^.:;]{{3,300}})\.",
)]


# An item's when, which is no part of what was done: "tre eftermiddagar i veckan", "före träningen två dagar i
# veckan", "under fyra veckor varje sommar".
_NUMBER_WORD = rf"(?:{grammar.NUMBER_WORD}|\d+)"
_WHEN = re.compile(
    rf"\s+(?:(?:före|efter)\s+\S+\s+)?{_NUMBER_WORD}\s+(?:gång(?:er)?|dag(?:ar)?|eftermiddag(?:ar)?|förmiddag(?:ar)?|"
    rf"kväll(?:ar)?|morgnar|timmar|helger|lördagar|söndagar|vardagar)\s+(?:i|per|varje|om)\s+(?:veckan|vecka|"
    rf"månaden|månad|året|år|terminen|termin)$"
    rf"|\s+under\s+{_NUMBER_WORD}\s+(?:veckor|dagar|månader)(?:\s+varje\s+\w+)?$"
    r"|\s+(?:varje|varannan)\s+(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|dag|vecka|kväll|morgon|helg|månad)$")
# An item that opens a list of its own: "temakvällar om hälsa", "öppen hall med fotboll", "workshoppar i dans";
# never a place or a thing in its definite form ("läxhjälp i skolan, frukost och lunch, …" is three items).
_IN_LANGUAGE = re.compile(r"\spå\s+(?:[a-zåäö]+ska|tigrinja|dari|pashto|farsi|romani)$")  # "samtalsstöd på arabiska, …"
_OPENS_LIST = re.compile(r"\s(?:om|med|i|inom|kring)\s+[a-zåäö][\w-]*(?<!en)(?<!et)(?<!an)(?<!na)$|" + _IN_LANGUAGE.pattern)
_ONE_WORD = re.compile(r"^[a-zåäö][\w-]*$")
_CLOSES_LIST = re.compile(r"^[a-zåäö][\w-]*\s+(?:och|samt)\s+[a-zåäö][\w-]*$")
# "och" parts two items, never the end of a word cut short: "ljud- och scenteknik".
_AND = re.compile(r"(?<![-\s])\s+och\s+")
_PREPOSITION = r"(?:om|för|till|med|i|av|på|kring|inom|från|mot)"
_INNER_AND = re.compile(rf"\b{_PREPOSITION}\s+[\w-]+$")


def _last_two(last: str) -> re.Match[str] | None:
    """The "och" between a list's last two items: the first that does not join two words after one preposition
    ("för barn och unga", "om arbete och studier") and is not followed by one ("och på Norra Fäladen");
    else the first."""
    ands = list(_AND.finditer(last))
    for found in ands:
        if not _INNER_AND.search(last[:found.start()]) and not re.match(rf"{_PREPOSITION}\s", last[found.end():]):
            return found
    return ands[0] if ands else None


def _inner_lists(parts: list[str]) -> list[str]:
    """"temakvällar om hälsa", "ekonomi och föräldraskap", … -> "temakvällar om hälsa, ekonomi och föräldraskap", …:
    an item's own list ends with "och" between two words, and is known by an item after it (only a list that
    goes on tells its own items from an inner list's: "läxhjälp i matematik, fotboll och dans" stays three)."""
    merged: list[str] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        end = index + 1
        while end < len(parts) - 1 and _ONE_WORD.match(parts[end]):
            end += 1
        if _OPENS_LIST.search(part) and end < len(parts) - 1 and _CLOSES_LIST.match(parts[end]):
            merged.append(", ".join(parts[index:end + 1]))
            index = end + 1
        else:
            merged.append(part)
            index += 1
    return merged


_VERB_LED = re.compile(rf"(?:^|,\s+|\s+(?:och|samt)\s+){_ITEM_VERB}\s+")


def _verb_led_items(listed: str) -> list[str] | None:
    """"serverat frukost och lunch, erbjudit dusch och tvätt och gett samtalsstöd genom …" -> [frukost och lunch,
    dusch och tvätt, samtalsstöd]: where each item has its verb, the verbs part them (an "och" inside an item
    stays), and how it was done ("genom …") goes. None where fewer than two items have one."""
    starts = list(_VERB_LED.finditer(listed))
    # The first item's verb may be the sentence's own, read before the list: "har drivit en mötesplats, ordnat
    # föräldragrupper och erbjudit språkstöd".
    first = [] if not starts or starts[0].start() == 0 else [re.sub(r"^(?:en|ett)\s+", "", listed[:starts[0].start()])]
    if len(first) + len(starts) < 2 or (first and "," in first[0]):
        return None
    items = first + [listed[found.end():after.start() if after else len(listed)]
                     for found, after in zip(starts, [*starts[1:], None])]
    return [_WHEN.sub("", re.sub(r"^(?:en|ett)\s+|\s+genom\s+.*$", "", item.strip())) for item in items]


def _list_items(listed: str) -> list[str]:
    """"A, B, C och D" -> [A, B, C, D]: the commas part the items, and a "samt" or an "och" (`_last_two`) in the
    last part parts the last two (an item may hold an "och" of its own: "frukost och lunch, …"); an item's own
    list stays whole (`_inner_lists`), and its when goes. Items that each have a verb are parted by the verbs."""
    if (verb_led := _verb_led_items(listed)) is not None:
        return verb_led
    _, points = _listed(f" {listed}")  # "erbjudit • avgiftsfria danskurser i streetdance, afro …, • en …": a point
    if points:  # each, without what leads into them
        return points
    listed = re.sub(rf"^{_ITEM_VERB}\s+", "", listed)
    # (never after a word cut short: "sport-, påsk- och sommarlov" is one)
    parts = _places_joined([part.strip() for part in re.split(r"(?<!-),\s+", listed) if part.strip()])
    if not parts:
        return []
    # (the last part only where its where ends it: "… i föreningens lokal och fotboll" is two items yet)
    parts = [_without_where(part, last=index == len(parts) - 1) for index, part in enumerate(parts)]
    if len(parts) > 1 and _IN_LANGUAGE.search(parts[-2]) and _CLOSES_LIST.match(parts[-1]):
        parts[-2:] = [", ".join(parts[-2:])]  # "… och föräldraträffar på somaliska, arabiska och svenska"
    last = parts.pop()
    together = re.split(r"\s+samt\s+", last, maxsplit=1)
    if len(together) == 2:
        parts += together
    elif parts and (where := _last_two(last)):
        parts += [last[:where.start()], last[where.end():]]
    else:
        parts.append(last)
    return [_without_where(_bare(item)) for item in _inner_lists(parts)]


# "en matlagning där deltagarna lagar mat från sina hemländer": no article before an activity, and where it is told
# what happens there, the activity is what comes before; in a sentence's list and in points alike.
_ARTICLE_AND_WHAT_HAPPENS = re.compile(r"^(?:en|ett|de|den|det)\s+|\s+där\s.*$")


def _bare(item: str) -> str:
    return _ARTICLE_AND_WHAT_HAPPENS.sub("", item)


# Where and for what ages an item was held is no part of what was done: "öppen mötesplats i föreningens lokal på
# Nygatan", "anhörigcafé varannan vecka i Gislaved", "samtalsgrupper för barn i åldern 7–12 år" (the places are
# read for themselves). Never a name's own "i" ("Alla Barn i Centrum") or who the item is for ("nya i Sverige").
_WHERE = re.compile(r"\s+(?:i|på|vid)\s+(?:(?!Sverige\b)[A-ZÅÄÖ]|föreningens\s|kommunens\s|kommunen$|området$|"
                    r"stadsdelen$|(?:en|vår|egen)\s+lokal|[a-zåäö]*(?:lokalen|lokaler|hemmet|gården|gårdarna|huset)\b|"
                    r"(?:alla\s+|flera\s+)?(?:\w+\s+)?(?:orter|tätorter|delar\s+av)\b)")
_AND_NEXT = re.compile(r"\s(?:och|samt)\s+[a-zåäö]")  # a list's next item after the where
_AGES = re.compile(r"\s+(?:(?:mellan|från)\s+\d+\s+(?:och|till)\s+\d+|i\s+åldern?\s+\d+\s*[–-]\s*\d+)\s+år$")


def _without_where(item: str, last: bool = False) -> str:
    for where in _WHERE.finditer(item):
        before = item[:where.start()].split()
        if last and _AND_NEXT.search(item, where.end()):
            break
        if before and not before[-1][0].isupper() and before[-1] != "nya":
            item = item[:where.start()]
            break
    return _WHEN.sub("", _AGES.sub("", item))


# "i Flen", "Malmköping och Sparreholm": the places one item names, parted by the list's own commas.
_ENDS_IN_PLACE = re.compile(r"\s(?:i|på)\s+[A-ZÅÄÖ][\w-]*$")
_PLACES_ONLY = re.compile(r"^[A-ZÅÄÖ][\w-]*(?:\s+(?:och|samt)\s+[A-ZÅÄÖ][\w-]*)?$")
_LAST_PLACE_THEN = re.compile(r"^((?:[A-ZÅÄÖ][\w-]*\s+(?:och|samt)\s+)?[A-ZÅÄÖ][\w-]*)\s+(?:och|samt)\s+(?=[a-zåäö])")


def _places_joined(parts: list[str]) -> list[str]:
    joined: list[str] = []
    for part in parts:
        if joined and _ENDS_IN_PLACE.search(joined[-1]) and _PLACES_ONLY.match(part):
            joined[-1] = f"{joined[-1]}, {part}"
        elif joined and _ENDS_IN_PLACE.search(joined[-1]) and (last_place := _LAST_PLACE_THEN.match(part)):
            joined[-1] = f"{joined[-1]}, {last_place[1]}"  # "Smålandsstenar och samtalsgrupper …": the next item
            joined.append(part[last_place.end():])
        else:
            joined.append(part)
    return joined


# What no activity is: a count of what was done ("sammanlagt omkring 2 100 lästillfällen"), a clause of its own
# ("och 37 föräldrar har deltagit …", "med en överenskommelse för vardera året") or the years a partnership took.
_NO_ACTIVITY = re.compile(r"^(?:(?:sammanlagt|totalt|omkring|cirka|ca|drygt|knappt|närmare)\s|\d|(?:och|med|samt|men|som)\s"
                          r"|(?:verksamhets)?år(?:en)?\s+\d|perioden\b|tiden\b)")


# What the partnership's agreements were is no activity: "Partnerskapet har omfattat två överenskommelser och …".
_AGREEMENT_WORD = re.compile(r"överenskommels|\bavtal|\d{4}-\d{2}-\d{2}")


# "Vi har haft sittgympa två gånger i veckan, promenadgrupp varje tisdag och sopplunch varje torsdag.": what
# an organisation had is its activities only as a list of them, never what it had of anything else.
_HAD = re.compile(rf"\b{_DOERS} har {_ALSO}haft\s+(?P<list>[^.:;]{{3,300}})\.")
_NOT_HAD = re.compile(r"\d|partnerskap|överenskommelse|\bmål|avtal|besök|deltagare|medlemmar|kontakt|samarbete|"
                      r"ansvar|uppdrag|öppet|svårt|möjlighet|behov|stöd från|bidrag|kronor")


def _had(text: str) -> list[str]:
    for found in _HAD.finditer(text):
        listed = [item for item in _list_items(found["list"]) if item and len(item.split()) <= 10]
        if (len(listed) >= 2 and not re.match(r"\S+\s+(?:som|såsom)\s", found["list"])  # "teman som …": examples
                and not any(item[0].isupper() for item in listed[1:])  # "mentorpar i Bredaryd, Forsheda och …"
                and not any(_NOT_HAD.search(item) or _NO_ACTIVITY.match(item) for item in listed)):
            return listed
    return []


# What the partnership was about, as a summary says it: "… samverkat i ett idéburet offentligt partnerskap (IOP) om
# kvällsvandringar och vuxennärvaro i Biskopsgården." (who it was for, and where, are no part of it).
_ABOUT = re.compile(r"\b(?:offentligt\s+)?partnerskap(?:\s+\(IOP\))?\s+om\s+(?P<list>[^.:;()]{3,200}?)"
                    r"(?:,?\s+(?:för|i|på|inom|med|som|där|mellan|under|från)\s+[^.]*)?\.")


def _partnership_about(text: str) -> list[str]:
    """The activities a summary names as what the partnership was about, where nothing else names them."""
    for found in _ABOUT.finditer(text):
        about = found["list"]
        # ("om A och B": two things, as a list's last two are)
        both = _last_two(about) if "," not in about else None
        items = [about[:both.start()], about[both.end():]] if both else _list_items(about)
        listed = [re.sub(r"^(?:en|ett)\s+", "", item) for item in items if item and len(item.split()) <= 6]
        if listed and not any(_NOT_HAD.search(item) or _NO_ACTIVITY.match(item) or _AGREEMENT_WORD.search(item)
                              for item in listed):
            return listed
    return []


# A lead into points that are the activities: "Föreningen har under perioden genomfört följande aktiviteter:",
# "Aktiviteterna har varit:", then "- A - B - C" or "• A, • B, • C." (never "… tre mål:" or counts).
_ACTIVITIES_LEAD = re.compile(r"(?:(?:följande|dessa)\s+(?:aktiviteter|insatser|verksamheter)|[Aa]ktiviteter(?:na)?"
                              r"(?:\s+har\s+(?:bland\s+annat\s+)?(?:varit|omfattat)|\s+var)?"
                              rf"|\bhar\s+{_DOERS}?\s*{_ALSO}{_DURING}(?:erbjudit|anordnat|arrangerat|bedrivit|genomfört)"
                              r"(?:\s+följande)?"  # "Föreningen har inom partnerskapet genomfört följande:"
                              r"|\bhar\s+(?:vi\s+|föreningen\s+)?haft\s+(?:bl\.\s?a\.?|bland\s+annat)"  # "Vi har haft bl.a.:"
                              r"|\b[Pp]artnerskapet\s+(?:har\s+omfattat|omfattade))"  # "Partnerskapet omfattade" over them
                              # the points after a colon, or in the next paragraph ("… har föreningen genomfört" over them)
                              r"(?:\s*:\s*(?:\n\n)?|\n\n)(?=(?P<sign>"
                              rf"{ITEM_SIGN})\s)")


_ASIDE = re.compile(r"\s*\([^()]*\)$|,\s+(?:t\.\s?ex\.?|bl\.\s?a\.?|bland\s+annat|till\s+exempel|där|som)\s.*$")


# A heading right over the activities' points, with no lead between: a slide's or an association's "Vad har vi
# gjort?", "Vad vi åtog oss", "Verksamheten", "Aktiviteter".
_ACTIVITIES_HEADING = re.compile(r"(?:vad\s+(?:har\s+)?(?:vi|föreningen)\s+(?:har\s+)?(?:gjort|genomfört|åtog\s+(?:oss|sig))"
                                 r"|verksamhet(?:en)?|(?:genomförda\s+)?aktiviteter(?:na)?)\??:?", re.IGNORECASE)


def _pointed_activities(text: str, sections: list[dict[str, Any]]) -> list[str]:
    led = [(text[lead.end():].split("\n\n", 1)[0], lead["sign"]) for lead in _ACTIVITIES_LEAD.finditer(text)]
    led += [(points, sign[1]) for section in walk(sections) if _ACTIVITIES_HEADING.fullmatch(section["heading"].strip())
            for points in section.get("paragraphs", [])[:1] if (sign := re.match(rf"({ITEM_SIGN})\s", points))]
    for points, sign in led:
        items = _points_apart(points, sign)
        # the sentence after the points, no blank line between, is no part of the last ("… två förmiddagar i veckan
        # Under sommaren 2022 hölls dessutom IT-caféer i Mollösund.")
        items[-1] = items[-1][:told.start()] if (told := grammar.sentence_after_point(items[-1])) else items[-1]
        items = [item.strip().rstrip(",;.").strip() for item in items]
        # (what a point adds after it is no part of the activity: "föreläsningar, t.ex. om bedrägerier", "julbord (i
        # december)", "”Följa med”-gruppen, där medlemmar följer med varandra …")
        items = [_ASIDE.sub("", item) for item in items]
        items = [_without_where(_bare(_small(item))) for item in items if item and not _NO_ACTIVITY.match(item)]
        if len(items) >= 2 and all(len(item.split()) <= 12 for item in items):
            return items
    return []


def _small(item: str) -> str:
    """A point's first word in small letters, as in a sentence, unless it is a name or an abbreviation
    ("Öppen spontanidrott" öppen spontanidrott; "IT-caféer", "ABC-kursen" as they are)."""
    return item[:1].lower() + item[1:] if re.match(r"[A-ZÅÄÖ][a-zåäöé]", item) and not re.match(
        r"\S+\s+[A-ZÅÄÖ]", item) else item


def _activities_and_places(text: str, draft: Draft, sections: list[dict[str, Any]] | None = None) -> None:
    activities: list[str] = _pointed_activities(text, sections or [])
    # Points led into as the activities, as written; else the surest phrasings first, and among them the longest
    # list ("drivit en träffpunkt …" and, later, "Verksamheten har bestått av A, B, C samt D": the list); the
    # loosest phrasing only when they find nothing, and what the organisation "had" only when nothing else is found.
    for patterns in (() if activities else (_ACTIVITY_LISTS[:-1], _ACTIVITY_LISTS[-1:])):
        for pattern in patterns:
            for found in pattern.finditer(text):
                listed: list[str] = []
                for item in _list_items(found["list"]):
                    if item and len(item.split()) <= 10 and item not in listed and not _NO_ACTIVITY.match(item) \
                            and not _AGREEMENT_WORD.search(item):
                        listed.append(item)
                if len(listed) == 1 and listed[0][0].isupper():
                    continue  # "har vi drivit Mötesplats Våxnäs": a name, what it held is told after
                if len(listed) > len(activities):
                    activities = listed
                if listed:
                    break
        if activities:
            break
    if not activities:
        activities = _had(text)
    if not activities:
        activities = _partnership_about(text)
    compound = re.search(r"\b(\w++)- och (\w[\w-]*?)s?verksamhet", text)  # ("\b", "++": linear in a long word)
    if not activities and compound:
        activities = [compound.group(1), compound.group(2)]
    if activities:
        draft.set("activities", activities, "lästes ur texten; kontrollera ordalydelsen")
    else:
        draft.missing["activities"] = "en mening som räknar upp verksamheten"
    places = _places(text, draft)
    if places:
        draft.set("places", places, "lästes som 'i <Ort>' ur texten; kontrollera")


# A place's name, with the words that begin many two-word ones: "Norra Fäladen", "Stora Torp".
_PLACE = (r"(?:(?:Norra|Södra|Östra|Västra|Stora|Lilla|Nya|Gamla|Övre|Nedre)\s+)?"
          r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)*")
# "i Hjällbo, Kortedala och Biskopsgården": a place after "i", and the places listed with it.
# ("i Ekerö centrum": the centre of the municipality is a place, where the municipality's name alone is none.)
_PLACE_OR_CENTRE = rf"{_PLACE}(?:\s+centrum\b)?"
_PLACES_AFTER_I = re.compile(rf"(?<= i )(?P<first>{_PLACE_OR_CENTRE})(?P<rest>(?:,\s+{_PLACE_OR_CENTRE})*"
                             rf"(?:\s+(?:och|samt)\s+{_PLACE_OR_CENTRE})?)(?P<after>\s+\S+)?")
# A facility, not a place: "Bergsjöbadet", "Rosengårds sporthall".
_FACILITY = re.compile(r"(?:badet|hallen|skolan|biblioteket|gymnasiet|kyrkan|centret|huset)$")


# Words after a place that make it no genitive: "i Skogås och Trångsund", "i Skogås under lovet".
_NOT_OWNED = {"och", "samt", "eller", "men", "under", "vid", "på", "i", "med", "för", "där", "som", "till", "från",
              "efter", "sedan", "både", "liksom", "respektive", "varje", "varannan", "hela", "alla"}


# A place whose name ends in s of its own, which its genitive keeps: "i Jädraås bygdegård", "i Hofors folkets hus"
# (but "i Umeås centrum" is Umeå's).
_OWN_S = re.compile(r"(?:(?<!e)ås|näs|fors)$")


def _centre(name: str, excluded: set[str], unowned: set[str]) -> str:
    """The place "X centrum" names: the centre itself where X is the municipality ("Kumla centrum", whose name alone
    is no place), else X ("Vällingby centrum" is Vällingby, "Umeås centrum" Umeå)."""
    if not name.endswith(" centrum"):
        return name
    town = name.split()[0]
    if town in excluded or town.rstrip("s") in excluded:
        return name
    return town[:-1] if town.endswith("s") and not _OWN_S.search(town) and town not in unowned else town


def _places(text: str, draft: Draft) -> list[str]:
    """Places the activities were for: "i Rågsved", "i Hjällbo, Kortedala och Biskopsgården"; never the
    municipality, the district or a country, and a genitive only as its place ("i Lövgärdets fritidslokal")."""
    district = re.sub(r"s? stadsdelsnämnd$", "", str(draft.fields.get("committee", "")))
    excluded = PLACE_STOPWORDS | set(re.split(r"[- ,]+", district))
    for name in (draft.municipality or "", draft.administration or ""):
        word = name.split(" ")[0] if name else ""
        excluded |= {word, word.capitalize(), re.sub(r"s$", "", word.capitalize())}
    if draft.new_district:
        excluded |= set(re.split(r"[- ,]+", draft.new_district.get("name", "")))
    places: list[str] = []
    # Names the text also writes before a comma or "och" (read once: a long document has many candidates)
    unowned = {found.group(1) for found in re.finditer(
        rf"\b([A-ZÅÄÖ][\w-]*s)(?=[,.;:]|\s+(?:{'|'.join(_NOT_OWNED)})\b)", text)}
    # A capitalised word the text also writes in small letters is a word, not a place: "i Arbete och försörjning"
    # (a unit's name), "Alla Barn i Centrum" (a programme's).
    words = set(re.findall(r"\b[a-zåäö]{4,}\b", text))
    for found in _PLACES_AFTER_I.finditer(text):
        after = found["after"] or ""
        names = [_centre(name, excluded, unowned) for name in [found["first"], *re.findall(_PLACE_OR_CENTRE, found["rest"])]]
        if after.strip()[:1].isupper() and not found["rest"]:
            continue  # a name of two words ("Blå Stället", "Norra Fäladen"): not read
        for index, name in enumerate(names):
            last = index == len(names) - 1
            following = (after.split() or [""])[0].strip(",.;:")
            if name.endswith("s") and last and following.islower() and following not in _NOT_OWNED \
                    and not _OWN_S.search(name) and name not in unowned:
                # "i Lövgärdets fritidslokal": the place is Lövgärdet ("i Skogås och …" is Skogås, and so is "i Våxnäs
                # centrum" where the text also has "i Våxnäs, Rud och Orrholmen")
                name = name[:-1]
            # the municipality or the district named among other places is one of them: "i Gislaved, Anderstorp och
            # Smålandsstenar", "i Skärholmen, Bredäng, Sätra och Vårberg" (alone it says only where the matter is)
            among_others = len(names) > 1 and name not in PLACE_STOPWORDS
            if (name in excluded or name.rstrip("s") in excluded) and not among_others or _FACILITY.search(name) \
                    or name.lower() in words or (last and following == "hus"):  # "i Folkets hus"
                continue
            if name not in places:
                places.append(name)
    # A genitive read elsewhere gives way to the place itself: "Holmsunds" and "Holmsund".
    return [place for place in places if not (place.endswith("s") and place[:-1] in places)]


# Only a plain assessment of the partnership's goals as a whole is read; anything hedged
# ("i huvudsak", "de flesta av målen", "två av tre delmål", "svårt att bedöma") is left to a person.
# "Målen har (delvis / inte) uppfyllts", "målen bedöms vara uppfyllda", "målen har uppnåtts", and the other
# word order: "föreningen har (inte) nått sina mål".
_MET = r"(?:uppfyll(?:ts|da|t)|uppnå(?:tts|dda|tt)|nåtts)"
_ASSESSMENT = re.compile(rf"\bmål(?:en|et)?\b(?P<between>[^.]{{0,120}}?)\b{_MET}\b"
                         rf"|\b(?:har|hade)\b(?P<before>[^.]{{0,40}}?)\b(?:nått|uppnått|uppfyllt)\s+(?:\w+\s+){{0,2}}?mål(?:en|et)?\b",
                         re.IGNORECASE)
_SAYS_MET = re.compile(rf"\b{_MET}\b", re.IGNORECASE)  # a sentence about goals met, plainly or not
_HEDGES = re.compile(r"\b(?:i huvudsak|huvudsakligen|till stor del|till största del(?:en)?|i allt väsentligt|övervägande|"
                     r"de flesta|inte alla|delmål\w*|av de|bedöma|"
                     r"fullt ut|målet om|målet att|målet för|målet med|ett av målen|det första målet|det andra målet|det tredje målet|"
                     r"några|flera av|kunnat|nästan|i stort|två av|tre av|ett av|skulle|procent|"
                     r"mål\s+\d+|varje mål|per mål|hur väl|hur långt|i vilken (?:grad|utsträckning)|huruvida)\b|%")
# ("Mål 1, …: målet är helt uppfyllt" is one goal's; "redovisar … hur väl vi har nått de mål" asks, it does not say)


_ASSESSES = re.compile(r"\bbedöm(?:er|ning(?:en)?|t|s|des)\b", re.IGNORECASE)
# The organisation's own view of its goals ("Vi bedömer att samtliga mål har uppfyllts", "Föreningen anser …"): the
# outcome is the administration's assessment (the guide), not the organisation's.
_OWN_VIEW = re.compile(r"Vi\s+(?:bedömer|anser|menar|har|är)\b|Föreningen\s+(?:bedömer|anser|menar)\b"
                       r"|(?:Vår|Föreningens)\s+(?:egen\s+)?bedömning\b")


# One goal's assessment, as a table or a list of the goals gives each: "Bedömning: Målet är uppnått.", "Målet är
# delvis uppfyllt." (two or more such in a text are the goals one by one, none the goals as a whole); "hur målen har
# uppfyllts" asks, it does not say, and so does a question ("Har vi nått målen?").
_ONE_GOAL = re.compile(r"^\W*(?:Bedömning\s*:\s*)?Målet\s+(?:är|har|bedöms)\b", re.IGNORECASE)
_ASKS_HOW = re.compile(r"\bhur\s+(?:\w+\s+){0,2}?mål(?:en|et)?\s+(?:har|hade|har\s+kunnat|kunde)\b", re.IGNORECASE)


def _outcome(text: str, draft: Draft) -> None:
    sentences = [s for s in grammar.sentences(text) if _SAYS_MET.search(s) or _ASSESSMENT.search(s)]
    if sum(bool(_ONE_GOAL.match(sentence)) for sentence in sentences) >= 2:
        sentences = [sentence for sentence in sentences if not _ONE_GOAL.match(sentence)]
    sentences = [sentence for sentence in sentences
                 if not _ASKS_HOW.search(sentence) and not sentence.rstrip().endswith("?")]
    # The administration's own assessment first ("Förvaltningen bedömer att …", "Förvaltningens bedömning är
    # att …"), before any sentence that happens to say whether a goal was met.
    sentences.sort(key=lambda sentence: not _ASSESSES.search(sentence))
    for sentence in sentences:
        found = _ASSESSMENT.search(sentence)
        if not found or _OWN_VIEW.match(sentence.strip()):
            continue
        between = f" {(found['between'] or found['before'] or '').lower()} "
        if _HEDGES.search((sentence if " delvis " not in between else sentence[:found.end()]).lower()):
            # "i huvudsak uppfyllts", "Mål 2 …: målet är uppfyllt": not said of the goals as a whole; "målen har
            # delvis uppfyllts: tre av fyra …" is, whatever it explains after
            continue
        if " delvis " in between:
            value = "goals_partly_met"
        elif re.search(r"\binte\b|\bej\b", between):
            value = "goals_not_met"
        else:
            value = "goals_met"
        draft.set("outcome", value, f"lästes ur {sentence.strip()!r}; kontrollera")
        return
    if sentences:
        draft.missing["outcome"] = f"ingen entydig bedömning; texten säger {sentences[0].strip()!r}"
    else:
        draft.missing["outcome"] = "en bedömning som 'målen har uppfyllts'"


# What will not happen is no next step: "att ingen ny överenskommelse tecknas", "har inte ansökt om en ny
# överenskommelse", "någon ny överenskommelse är inte aktuell", "inte förlängs".
_NEGATED = re.compile(r"\b(?:ingen|inget|någon|något|inte\s+(?:\w+\s+){0,3}?(?:en|ett|någon|något))\s+ny(?:tt)?\s+\S+"
                      r"(?:\s+(?:föreslås|planeras|tecknas|ingås)\s+inte)?"
                      r"|\bny(?:tt)?\s+\S+\s+(?:föreslås|planeras|tecknas|ingås)\s+inte\b"
                      r"|\binte\s+(?:förläng|förnya|omförhandla)\w*", re.IGNORECASE)


# A new agreement the administration means to propose: "avser att återkomma med ett förslag om en ny överenskommelse"
# (one decided on may be a past one of the same partnership: "beslutade 2018 att ingå en ny överenskommelse för
# 2019"; one "eventuell" is none yet).
_NEXT_AGREEMENT = re.compile(r"(?<!eventuell )\bny(?:tt)?\s+(?:IOP-)?(?:överenskommelse|avtal|IOP|partnerskap)",
                             re.IGNORECASE)
# A new agreement of the partnership's past: "Därefter ingick parterna en ny överenskommelse som gällde …".
_PAST_AGREEMENT = re.compile(r"\b(?:gällde|ingick|ingicks|tecknade|tecknades|undertecknades|löpte)\b", re.IGNORECASE)
_DECIDED_OR_PLANNED = re.compile(r"\b(?:förslag|föreslår|föreslås|avser|återkomm\w*|planerar|fortsätter)\b", re.IGNORECASE)


def _runs_on(text: str, written: date | None) -> bool:
    """A new agreement the text names for years that run on after the report was written: "har därefter tecknat en
    ny överenskommelse om IOP för 2023–2025" in a report of February 2023 (the next step, not one of the
    partnership's agreements); never one only hoped for, applied for or talked of (grammar.hoped)."""
    return written is not None and any(
        (years := [int(year) for year in re.findall(r"\b(?:19|20)\d{2}\b", sentence[found.end():found.end() + 80])])
        and max(years) > written.year and not grammar.hoped(sentence, found.start())
        for sentence in grammar.sentences(text) for found in _NEXT_AGREEMENT.finditer(sentence))


def _without_negated(text: str) -> str:
    return _NEGATED.sub(" ", text)


# What ends the partnership, said in the text: "Partnerskapet förlängs inte", "Förvaltningen föreslår inte någon ny
# överenskommelse", "har beslutat att inte teckna en ny överenskommelse", "har inte budgeterat för ett nytt partnerskap",
# and the organisation going on without one: "fortsätter därför verksamheten med medlemsavgifter", "i egen regi".
_ENDS = re.compile(r"\b(?:(?:partnerskapet|överenskommelsen)\s+förlängs\s+inte|föreslår\s+inte\s+(?:någon|en)\s+ny\s+"
                   r"överenskommelse|inte\s+(?:att\s+)?teckna\s+(?:en|någon)\s+ny\s+överenskommelse|inte\s+budgeterat\s+"
                   r"för\s+ett\s+nytt\s+partnerskap|ingen\s+ny\s+överenskommelse\s+(?:tecknas|föreslås|har\s+tecknats)"
                   # what goes on goes on without a partnership: "Föreningen fortsätter verksamheten under 2024 med
                   # föreningsbidrag", "fortsätter skateskolan inom föreningens ordinarie verksamhet"
                   r"|fortsätter\b[^.]{0,80}?\b(?:med|inom)\s+(?:egna\s+medel|föreningsbidrag|(?:föreningens\s+)?ordinarie))\b",
                   re.IGNORECASE)


def _next_step(draft: Draft) -> None:
    decision = " ".join(draft.fields.get("proposals", [])).lower()
    headline = " ".join(str(draft.fields.get(name, "")) for name in ("title", "subtitle")).lower()
    wanted = _without_negated(decision)
    text = _without_negated(draft.text)  # what will not happen ("ingen ny överenskommelse") says nothing of a next step
    about_next = [sentence for sentence in grammar.sentences(text) if _NEXT_AGREEMENT.search(sentence)]
    if "omförhandl" in wanted:
        step = "renegotiation"
    elif "förläng" in wanted:
        step = "extension"
    elif _NEXT_AGREEMENT.search(wanted) or "ingå en överenskommelse" in wanted:
        step = "new_agreement"
    elif "upphörande" in headline or re.search(r"avslut|upphör|inte förläng|inte (?:teckna|ingå|förnya)\b"
                                                r"|ingen ny överenskommelse", decision):
        step = "ended"
    elif any(_DECIDED_OR_PLANNED.search(sentence) for sentence in about_next):
        # the proposals say nothing of it; the text, that one is to be proposed, or renegotiated first ("Förvaltningen
        # har inlett en omförhandling med föreningen om en ny överenskommelse")
        step = "renegotiation" if any("omförhandl" in sentence.lower() for sentence in about_next) else "new_agreement"
    elif draft.later or _runs_on(text, draft.dated or draft.fields.get("meeting_date")):
        step = "new_agreement"  # an agreement that begins after the report (reading._later): already decided
    elif (re.search(r"\b(?:har inte förnyats|inte (?:har )?förnyats|förnyas inte|avslutades|har avslutats|avslutas|upphörde"
                    r"|har (?:nu |därmed |därefter )?upphört)\b", draft.text, re.IGNORECASE) or _ENDS.search(draft.text)) \
            and not any(not _PAST_AGREEMENT.search(sentence) for sentence in about_next):
        step = "ended"  # the proposals say nothing of what follows; the text says it ended
    else:
        step = None
    if step:
        draft.set("next_step", step, "lästes ur förslagen och titeln; kontrollera")
    else:
        draft.missing["next_step"] = "vad som händer efter partnerskapet, i förslagen till beslut"


# (Whom the work is for may find things hard: "äldre som har svårt att ta sig hemifrån" is no challenge of the
# partnership's.)
_CHALLENGE = re.compile(r"utmaning|svårighet|(?<!som har )(?<!som hade )(?<!som haft )svårt|svår(?:are|ast)|problem|hinder|"
                        r"brist|\bför\s+(?:liten|litet|små|få)\b|"
                        r"\b(?:längre|mer)\s+tid\s+än\s+(?:vi\s+)?(?:väntat|planerat|trodde|beräknat)", re.IGNORECASE)
_SUCCESS = re.compile(r"framgångsfaktor|framgång|fungerat\s+(?:(?:särskilt|mycket|riktigt|allra)\s+)?(?:väl|bra|bäst)|styrka|"
                      r"lyckat|bidragit positivt|avgörande|värdefull|\btack\s+vare\b|betytt\s+mest"
                      r"|\bdet viktigaste\b|\blyckade?s\b(?!\s+(?:inte|aldrig))|\blyckats\b(?!\s+(?:inte|aldrig))"
                      # what made it work: "Samarbetet med sfi-lärarna har också bidragit till att nå målgruppen",
                      # "Närheten till skolan har gjort att barnen har kunnat gå dit själva", "… skapar trygghet"
                      r"|\bbidra(?:git|r|g)\s+till\b|\b(?:har|hade)\s+gjort\s+(?:att|det\s+(?:lätt|lättare|möjligt))\b"
                      r"|\bgjorde\s+att\b|\bskapa(?:r|t|de)?\s+trygghet\b|\bde\s+bästa\b",
                      re.IGNORECASE)


_POINT = re.compile(rf"\s+(?!-)(?:{BULLET})\s+")  # a point's sign inside a joined paragraph (not a hyphen)


def _points_apart(text: str, sign: str | None) -> list[str]:
    """What stands before the first point, then each point: parted at `sign`, the sign the text begins with (no
    other sign parts them), or else at any bullet inside the paragraph."""
    return re.split(rf"(?:^|\s+){re.escape(sign)}\s+", text) if sign else _POINT.split(text)


def _listed(paragraph: str) -> tuple[str, list[str]]:
    """A paragraph that leads into points ("… följande: – A, – B, – C."): the lead, and the points as written,
    without the commas and full stop of a list that is one sentence; no points for running text."""
    # A paragraph that begins with its first point has no lead, and its sign is its points' ("• … – …" has one
    # point with a dash inside it, "- … - …" two points).
    sign = re.match(rf"({BULLET})\s", paragraph)
    lead, *items = _points_apart(paragraph, sign[1] if sign else None)
    if len(items) < 2:
        return paragraph, []
    if any(item.rstrip().endswith((",", ";")) for item in items[:-1]):
        items = [item.rstrip().rstrip(",;.") for item in items]
    return lead, [item.strip() for item in items]


def _leads_with_points(paragraphs: list[str]) -> list[str]:
    """A paragraph that leads into points ("… identifierade parterna följande utmaningar:") joined with the points
    the next paragraph gives ("• Båtförbindelserna … • Föreningen …"), or the next paragraphs, a point each, as one
    list."""
    joined: list[str] = []
    pointing = False  # the last paragraph joined is a lead with its points so far
    for paragraph in paragraphs:
        if joined and (pointing or joined[-1].endswith(":")) and re.match(rf"(?!-){BULLET}\s", paragraph):
            joined[-1] = f"{joined[-1]} {paragraph}"
            pointing = True
        else:
            joined.append(paragraph)
            pointing = False
    return joined


def _lessons_heading(key: str) -> bool:
    return KNOWN_HEADINGS.get(key) == "lessons" or bool(re.search(r"lärdom|lärt\s+(?:oss|er|sig)|erfarenhet|slutsats|"
                                                                  r"reflektion|tar\s+med\s+(?:oss|er|sig)", key))


# The administration's assessment, where some write the lessons after the verdict ("Förvaltningens bedömning",
# "Förvaltningens synpunkter och förslag"): a paragraph there that opens on a challenge or success factor is one.
_ASSESSMENT_HEADING = re.compile(r"bedömning|synpunkter")
# A sentence that announces the lessons that follow it: "Vid dialogmötet lyfte parterna två lärdomar.", "Parterna
# drar följande lärdomar:".
_GIVES_LESSONS = re.compile(r"\b(?:lyfte|lyfter|drog|drar|identifierade|identifierar|ser|såg|har)\s+(?:parterna\s+|vi\s+)?"
                            r"(?:fram\s+)?(?:\w+\s+)?lärdomar\b", re.IGNORECASE)
_OPENS_ON_LESSON = re.compile(r"^(?:(?:En|Den|Det|Andra|Flera)\s+(?:\w+\s+){0,2}?)?(?:utmaning|svårighet|framgångsfaktor|"
                              r"som\s+(?:har\s+)?fungerat\s+(?:väl|bra|bäst))|^Svårigheter", re.IGNORECASE)


_SAID_SUCCESS = re.compile(r"\bdet\s+som\s+(?:har\s+)?fungerat\s+(?:allra\s+)?bäst\b|"
                           r"\b(?:viktigaste|största)\s+framgångsfaktorn\b", re.IGNORECASE)
_SAID_CHALLENGE = re.compile(r"\b(?:den\s+)?(?:största|främsta)\s+utmaningen\b", re.IGNORECASE)
# (outside the assessment, where it may say what was hard to judge: "Det har varit svårt att jämföra åren.")
_HARD = re.compile(r"^Det\s+har\s+varit\s+svårt\s+att\s+(?!jämföra|mäta|bedöma|följa\s+upp|veta|säga|avgöra|räkna)")


def _with_lessons_parent(sections: list[dict[str, Any]], under: bool = False) -> Iterator[tuple[dict[str, Any], bool]]:
    """Each section, and whether it stands under a section of lessons ("Lärdomar" over "Det som har fungerat mindre
    bra")."""
    for section in sections:
        yield section, under
        inside = under or _lessons_heading(heading_key(NUMBERING.sub("", section["heading"])))
        yield from _with_lessons_parent(section.get("sections", []), inside)


def _lessons(sections: list[dict[str, Any]], draft: Draft) -> None:
    """Sentences of the paragraphs about challenges or success factors in the lessons section, quoted.

    A paragraph about one of them gives all its sentences; a paragraph about both is read sentence by
    sentence, and a sentence about both, or neither, is left out.
    """
    challenges: list[str] = []
    success: list[str] = []
    for section, under_lessons in _with_lessons_parent(sections):
        key = heading_key(NUMBERING.sub("", section["heading"]))
        # "Utmaningar" or "Framgångsfaktorer" as a heading says what each of its paragraphs is about
        heading_challenges, heading_success = bool(_CHALLENGE.search(key)), bool(_SUCCESS.search(key))
        assessing = bool(_ASSESSMENT_HEADING.search(key))
        paragraphs = _leads_with_points(section.get("paragraphs", []))
        if not (under_lessons or _lessons_heading(key) or heading_challenges or heading_success or assessing):
            # elsewhere, a paragraph that says it gives the lessons: "… lyfte parterna två lärdomar. Det har varit …"
            paragraphs = [" ".join(sentences[1:]) for paragraph in paragraphs
                          if len(sentences := grammar.sentences(paragraph)) > 1 and _GIVES_LESSONS.search(sentences[0])]
        for paragraph in paragraphs:
            if assessing and not (under_lessons or _lessons_heading(key)) and not _OPENS_ON_LESSON.search(paragraph):
                continue  # the verdict itself, and all else the assessment says
            lead, items = _listed(paragraph)
            if items:  # "Som framgångsfaktorer lyfter parterna fram följande: – …, – …": each point, without the lead
                if heading_challenges != heading_success:
                    one, other = heading_challenges, heading_success
                else:
                    one, other = bool(_CHALLENGE.search(lead)), bool(_SUCCESS.search(lead))
                if one != other:
                    (challenges if one else success).extend(items)
                else:  # "… följande lärdomar: – …": each point by what it says itself, if it says one of them
                    for item in items:
                        one, other = bool(_CHALLENGE.search(item)), bool(_SUCCESS.search(item))
                        if one != other:
                            (challenges if one else success).append(item)
                continue
            sentences = grammar.sentences(paragraph)
            if heading_challenges != heading_success:
                about_challenges, about_success = heading_challenges, heading_success
            else:
                about_challenges, about_success = bool(_CHALLENGE.search(paragraph)), bool(_SUCCESS.search(paragraph))
            if about_challenges and not about_success:
                challenges += sentences
            elif about_success and not about_challenges:
                success += sentences
            elif about_challenges and about_success:
                for sentence in sentences:
                    one, other = bool(_CHALLENGE.search(sentence)), bool(_SUCCESS.search(sentence))
                    if one and not other:
                        challenges.append(sentence)
                    elif other and not one:
                        success.append(sentence)
    # Said outright anywhere else ("Fortsättning", "Framåt"): "Det som har fungerat bäst är att …", "Den största
    # utmaningen har varit …".
    for section, under_lessons in _with_lessons_parent(sections):
        key = heading_key(NUMBERING.sub("", section["heading"]))
        if under_lessons or _lessons_heading(key) or _CHALLENGE.search(key) or _SUCCESS.search(key):
            continue  # (an assessment's paragraph that opens on a lesson is read above; its other sentences here)
        assessing = bool(_ASSESSMENT_HEADING.search(key))
        for paragraph in section.get("paragraphs", []):
            for sentence in grammar.sentences(paragraph):
                if _SAID_SUCCESS.search(sentence) and sentence not in success:
                    success.append(sentence)
                elif (_SAID_CHALLENGE.search(sentence) or not assessing and _HARD.match(sentence)) \
                        and sentence not in challenges:
                    challenges.append(sentence)
    if challenges or success:
        draft.set("lessons", {"challenges": challenges, "success_factors": success},
                  "meningarna i styckena om utmaningar och framgångsfaktorer; kontrollera urvalet")


# Words that point to a theme, for a suggestion; the theme is the publisher's choice, never the document's.
_THEME_WORDS = {
    "foraldraskapsstod": r"föräldr|vårdnadshavare|föräldraskap",
    "laxhjalp-och-skolstod": r"läxhjälp|skolarbete|skolgång|studiero|läsfrämj|läsning|skolframgång",
    "idrott-och-fritid": r"idrott|fotboll|simning|ridning|motion|fritid|träning|bollklubb",
    "aldre-och-social-gemenskap": r"äldre|senior|ensamhet|pensionär|social gemenskap",
    "sprak-och-integration": r"svenska språk|språkcaf|språkträning|nyanlända|integration|samhällsinformation",
    "arbete-och-sysselsattning": r"arbete|jobb|cv|praktik|sysselsättning|arbetsmarknad|yrkes",
    "foreningsliv": r"förening(?:sliv|skunskap|sorganisering|sskola)|civilsamhälle",
    "trygghet-och-brottsforebyggande": r"trygg|brott|nattvandr|fältvandr|våld",
    "kultur": r"kultur|musik|teater|konst|dans|scen|bibliotek",
    "hemloshet-och-utsatthet": r"hemlös|utsatt|missbruk|värmestuga|matkass|skuld",
}


def _themes(text: str, draft: Draft, themes: list[Theme]) -> None:
    known = {theme.id for theme in themes}
    scores = {theme: len(re.findall(pattern, text, re.IGNORECASE)) for theme, pattern in _THEME_WORDS.items()
              if theme in known}
    ranked = sorted((score, theme) for theme, score in scores.items() if score >= 3)
    if ranked:
        chosen = [theme for _, theme in sorted(ranked, reverse=True)[:2]]
        draft.set("themes", chosen, "förslag utifrån ord i texten; temat är webbplatsens indelning, välj det som passar")
