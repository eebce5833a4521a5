"""Import, stage 2: a final report's blocks read into the fields of a report file.

It knows how these documents are built (a case officer, the committee
addressed, a title, proposals for decision, headed sections, signatures,
attachments, approvals), not any particular document. Every field ends up
found, uncertain (read from prose by a rule; a person should check it) or
missing. Nothing is filled in that the document does not say.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from babel import Locale

from .extract import Block
from ..content.model import KNOWN_HEADINGS, District, Organisation
from ..text import id_from_name

MONTHS = {name: number for number, name in Locale("sv").months["format"]["wide"].items()}
NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "arton": 18, "tjugofyra": 24}
DATE = r"(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})"
ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})$")
PROPOSALS_HEADING = "förvaltningens förslag till beslut"
ATTACHMENT_HEADINGS = ("bilagor", "bilaga")
APPROVALS_HEADING = "attesterat av"
NAME_LINE = re.compile(r"^[A-ZÅÄÖÉ][\w'-]+(?: [A-ZÅÄÖÉ][\w'-]+){1,3}$")
# Lines a municipal document carries above its title.
ADMINISTRATIVE = re.compile(r"^(?:Tjänsteutlåtande|Dnr\b|Diarienummer|Sida \d|\d{4}-\d{2}-\d{2}$)", re.IGNORECASE)
PLACE_STOPWORDS = {"Sverige", "Stockholm", "Stockholms", "Europa"}


@dataclass
class Draft:
    fields: dict[str, Any] = field(default_factory=dict)
    found: list[str] = field(default_factory=list)
    uncertain: dict[str, str] = field(default_factory=dict)  # field -> why a person should check it
    missing: dict[str, str] = field(default_factory=dict)  # field -> what was looked for
    unplaced: list[str] = field(default_factory=list)  # text the reader found no field for: never dropped silently
    new_district: dict[str, Any] | None = None
    new_organisation: dict[str, Any] | None = None

    def set(self, name: str, value: Any, uncertain: str | None = None) -> None:
        self.fields[name] = value
        if uncertain:
            self.uncertain[name] = uncertain
        else:
            self.found.append(name)


def swedish_date(day: str, month: str, year: str) -> date:
    return date(int(year), MONTHS[month.lower()], int(day))


def heading_key(text: str) -> str:
    return " ".join(text.lower().split())


NUMBERING = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(?=\S)")


def looks_like_heading(block: Block) -> bool:
    if block.heading is not None:
        return True
    if block.list_item or "\n" in block.text:
        return False
    numbered = NUMBERING.match(block.text)
    text = block.text[numbered.end():] if numbered else block.text
    if numbered and len(text.split()) > 8:  # "1. Stadsdelsnämnden godkänner …" is a proposal, not a heading
        return False
    return (len(text) <= 90 and not re.search(r"[.:;!?,]$", text) and bool(re.match(r"[A-ZÅÄÖÉ]", text))
            and not NAME_LINE.match(text)) or heading_key(text) in KNOWN_HEADINGS


def heading_level(block: Block) -> int | None:
    """The level the document gives a heading: a Word heading style, or numbering such as 2.1."""
    if block.heading is not None:
        return block.heading
    numbered = NUMBERING.match(block.text)
    return numbered.group(1).count(".") + 1 if numbered else None


def is_signature(block: Block) -> bool:
    lines = block.text.split("\n")
    return (block.heading is None and 2 <= len(lines) <= 5 and bool(NAME_LINE.match(lines[0]))
            and all(len(line) < 60 and not line.endswith(".") for line in lines))


def parse(blocks: list[Block], districts: list[District], organisations: list[Organisation]) -> Draft:
    draft = Draft()
    rest = _header(blocks, draft)
    rest = _proposals(rest, draft)
    body, signatures, closing = _split_closing(rest, draft)
    sections = _sections(body, draft)
    if sections:
        draft.set("sections", sections)
    else:
        draft.missing["sections"] = "headed sections after the proposals"
    _closing(signatures, closing, draft)
    text = " ".join(paragraph for section in _walk(sections) for paragraph in _paragraphs(section))
    _agreements(text, draft)
    _district(draft, districts)
    _organisation(draft, organisations, text)
    _reading(text, draft)
    _lessons(sections, draft)
    return draft


def _header(blocks: list[Block], draft: Draft) -> list[Block]:
    """Case officer, committee (and meeting date), title and subtitle, up to the proposals."""
    index = 0
    head: list[Block] = []
    while index < len(blocks) and heading_key(blocks[index].text) != PROPOSALS_HEADING:
        head.append(blocks[index])
        index += 1
    free: list[str] = []
    for block in head:
        lines = block.text.split("\n")
        label = lines[0].strip().lower()
        if label == "handläggare" and len(lines) > 1:
            officer: dict[str, str] = {"name": lines[1].strip()}
            phone = next((re.sub(r"^Telefon:?\s*", "", l).strip() for l in lines[2:] if l.lower().startswith("telefon")), None)
            if phone:
                officer["phone"] = phone
            else:
                draft.missing["case_officer.phone"] = "a line 'Telefon: …' under the case officer"
            draft.set("case_officer", officer)
        elif label == "till" and len(lines) > 1:
            addressed = " ".join(line.strip() for line in lines[1:])
            found = ISO_DATE.search(addressed)
            if found:
                addressed = addressed[:found.start()].strip()
                if _iso_date(found.group(1)):
                    draft.set("meeting_date", _iso_date(found.group(1)))
                else:
                    draft.uncertain["committee"] = f"{found.group(1)} after the committee is not a real date; left out"
            draft.set("committee", addressed)
        elif ADMINISTRATIVE.match(block.text):
            draft.unplaced.append(block.text)  # a case number or document type: no field for it, but not the title
        else:
            free.append(" ".join(block.text.split()))
    for name, what in (("case_officer", "a block starting 'Handläggare'"), ("committee", "a block starting 'Till'")):
        if name not in draft.fields:
            draft.missing[name] = what
    if "committee" in draft.fields and "meeting_date" not in draft.fields:
        draft.missing["meeting_date"] = "a date after the committee's name"
    if free:
        draft.set("title", free[0])
    else:
        draft.missing["title"] = "the title before the proposals"
    if len(free) > 1:
        draft.set("subtitle", free[1])
    draft.unplaced += free[2:]
    return blocks[index + 1:] if index < len(blocks) else []


def _proposals(blocks: list[Block], draft: Draft) -> list[Block]:
    proposals: list[str] = []
    index = 0
    while index < len(blocks) and not (looks_like_heading(blocks[index]) and proposals):
        lines = blocks[index].text.split("\n")
        for line in lines:
            numbered = re.match(r"^\s*\d+[.)]\s+(.*)$", line)
            if numbered or not proposals or not lines[0][:1].isdigit():
                proposals.append((numbered.group(1) if numbered else line).strip())
            else:  # a numbered proposal that wrapped onto the next line
                proposals[-1] += " " + line.strip()
        if not lines[0][:1].isdigit() and len(lines) > 1:  # one unnumbered proposal over several lines
            proposals[-len(lines):] = [" ".join(proposals[-len(lines):])]
        index += 1
    if proposals:
        draft.set("proposals", proposals)
    else:
        draft.missing["proposals"] = "proposals under 'Förvaltningens förslag till beslut'"
    return blocks[index:]


def _split_closing(blocks: list[Block], draft: Draft) -> tuple[list[Block], list[Block], list[Block]]:
    """Body, signatures and the closing lists.

    The signatures are the run of signature-like blocks last before the
    attachments or approvals: a contact block inside the text stays text.
    """
    closing_at = next((i for i, b in enumerate(blocks)
                       if heading_key(b.text) in ATTACHMENT_HEADINGS + (APPROVALS_HEADING,)), len(blocks))
    end = closing_at
    while end > 0 and not is_signature(blocks[end - 1]):
        end -= 1
    start = end
    while start > 0 and is_signature(blocks[start - 1]):
        start -= 1
    if start == end:  # no signatures: everything before the closing lists is text
        return blocks[:closing_at], [], blocks[closing_at:]
    draft.unplaced += [b.text for b in blocks[end:closing_at]]
    return blocks[:start], blocks[start:end], blocks[closing_at:]


def _sections(blocks: list[Block], draft: Draft) -> list[dict[str, Any]]:
    """Headed sections with their paragraphs, nested by the levels the document gives.

    Without levels, a heading directly under a heading without text is nested in it.
    """
    sections: list[dict[str, Any]] = []
    stack: list[tuple[int, dict[str, Any]]] = []
    waiting = False  # the last heading has no text yet
    for block in blocks:
        if looks_like_heading(block):
            section: dict[str, Any] = {"heading": " ".join(block.text.split())}
            level = heading_level(block)
            if level is None:
                level = stack[-1][0] + 1 if waiting and stack else (stack[0][0] if stack else 1)
            while stack and stack[-1][0] >= level:
                stack.pop()
            (stack[-1][1].setdefault("sections", []) if stack else sections).append(section)
            stack.append((level, section))
            waiting = True
        elif stack:
            rows = block.text.split("\n")
            if len(rows) > 1 and all("\t" in row for row in rows):  # a table: a paragraph per row
                draft.uncertain["sections"] = "a table was written as one paragraph per row; check"
                paragraphs = [" – ".join(cell.strip() for cell in row.split("\t")) for row in rows]
            else:
                paragraphs = [" ".join(block.text.split())]
            stack[-1][1].setdefault("paragraphs", []).extend(paragraphs)
            waiting = False
        else:
            draft.unplaced.append(block.text)  # text before the first heading
    return sections


def _walk(sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for section in sections:
        found.append(section)
        found += _walk(section.get("sections", []))
    return found


def _paragraphs(section: dict[str, Any]) -> list[str]:
    return section.get("paragraphs", [])


def _closing(signature_blocks: list[Block], blocks: list[Block], draft: Draft) -> None:
    """Signatures, attachments and the approvals table."""
    signatories, attachments, approvals = [], [], []
    statement = None
    for block in signature_blocks:
        lines = [line.strip() for line in block.text.split("\n")]
        person = {"name": lines[0], "title": lines[1]}
        if len(lines) > 2:
            person["unit"] = " ".join(lines[2:])
        signatories.append(person)
    part = None
    for block in blocks:
        key = heading_key(block.text)
        if key in ATTACHMENT_HEADINGS:
            part = "attachments"
        elif key == APPROVALS_HEADING:
            part = "approvals"
        elif part == "attachments":
            lines = [line.strip() for line in block.text.split("\n") if line.strip()]
            if len(lines) > 1 and all(re.match(r"\d+[.)]\s", line) for line in lines):  # a numbered list
                attachments += [{"title": re.sub(r"^\d+[.)]\s+", "", line)} for line in lines]
            else:
                attachments.append({"title": " ".join(lines)})
        elif part == "approvals":
            for line in (line.replace("\t", " ").strip() for line in block.text.split("\n")):
                row = re.match(r"^(.+?),\s*(.+?)\s+(\d{4}-\d{2}-\d{2})$", line)
                if row and _iso_date(row.group(3)):
                    approvals.append({"name": row.group(1), "title": row.group(2), "date": _iso_date(row.group(3))})
                elif re.match(r"^Namn\s+Datum$", line) or not line:
                    continue
                elif statement is None and not approvals:
                    statement = line
                else:
                    draft.unplaced.append(line)
        else:
            draft.unplaced.append(block.text)
    for name, value in (("signatories", signatories), ("approvals_statement", statement),
                        ("approvals", approvals), ("attachments", attachments)):
        if value:
            draft.set(name, value)
        else:
            draft.missing[name] = {"signatories": "names with titles after the last section",
                                   "approvals_statement": "the sentence under 'Attesterat av'",
                                   "approvals": "rows 'Name, Title  YYYY-MM-DD' under 'Attesterat av'",
                                   "attachments": "a list under 'Bilagor'"}[name]


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _agreements(text: str, draft: Draft) -> None:
    """Periods, extensions and annual agreements from the prose, in order, without repeats."""
    agreements: list[dict[str, Any]] = []
    notes: list[str] = []
    events: list[tuple[int, str, Any]] = []
    periods = [DATE + r"\s+(?:till och med|till|–|-)\s+(?:den\s+)?" + DATE,
               r"ingick [^.]*?den " + DATE + r"\.[^.]*?(?:upphörde att gälla|löpte ut|avslutades) den " + DATE]
    for pattern in periods:
        for found in re.finditer(pattern, text):
            try:
                period = (swedish_date(*found.group(1, 2, 3)), swedish_date(*found.group(4, 5, 6)))
            except ValueError:
                notes.append(f"skipped {found.group(0)!r}: not a real date")
                continue
            events.append((found.start(), "period", period))
    for found in re.finditer(r"förlängdes med (\d+|" + "|".join(NUMBER_WORDS) + r") månader", text):
        events.append((found.start(), "extension", found.group(1)))
    for found in re.finditer(r"årliga överenskommelser för ((?:\d{4}, )*\d{4}(?: och \d{4})?)", text):
        events.append((found.start(), "years", [int(y) for y in re.findall(r"\d{4}", found.group(1))]))
    for _, kind, value in sorted(events, key=lambda event: event[0]):
        if kind == "period":
            entry = {"start": value[0], "end": value[1]}
            if not any(a.get("start") == value[0] and a.get("end") == value[1] for a in agreements):
                agreements.append(entry)
        elif kind == "extension" and agreements and "end" in agreements[-1] and "extended_to" not in agreements[-1]:
            months = int(value) if value.isdigit() else NUMBER_WORDS[value]
            agreements[-1]["extended_to"] = add_months(agreements[-1]["end"], months)
            notes.append(f"extended_to computed as the end plus {months} months ('förlängdes med {value} månader')")
        elif kind == "years":
            agreements += [{"year": year} for year in value if not any(a.get("year") == year for a in agreements)]
    if agreements:
        draft.set("agreements", agreements, "; ".join(["periods read from the text; check them", *notes]))
    else:
        draft.missing["agreements"] = "periods such as '4 juli 2018 till och med 31 december 2020' in the text"


def add_months(day: date, months: int) -> date:
    """The last day of an extension: 2020-12-31 plus six months is 2021-06-30."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, last if day.day == calendar.monthrange(day.year, day.month)[1] else min(day.day, last))


def _district(draft: Draft, districts: list[District]) -> None:
    committee = draft.fields.get("committee")
    if not committee:
        draft.missing["district"] = "the committee, to find the district"
        return
    for district in districts:
        names = [district.committee, district.name, *district.former_names]
        if any(heading_key(committee) == heading_key(n) or heading_key(committee).startswith(heading_key(n) + " ") for n in names):
            draft.set("district", district.id)
            return
    name = re.sub(r"s? stadsdelsnämnd$", "", committee)
    draft.new_district = {"id": id_from_name(name), "name": name, "committee": committee}
    draft.set("district", draft.new_district["id"], f"{committee!r} is not in districts.yml: add the proposed entry")


def _organisation(draft: Draft, organisations: list[Organisation], text: str) -> None:
    headline = " ".join(str(draft.fields.get(name, "")) for name in ("title", "subtitle"))
    best: tuple[int, int, str] | None = None
    for organisation in organisations:
        names = sorted(organisation.names, key=len, reverse=True)
        in_headline = sum(len(re.findall(r"\b" + re.escape(n) + r"\b", headline)) for n in names)
        in_text = sum(len(re.findall(r"\b" + re.escape(n) + r"\b", text)) for n in names)
        if in_headline or in_text:
            candidate = (in_headline, in_text, organisation.id)
            best = max(best, candidate) if best else candidate
    if best:
        draft.set("organisation", best[2])
        return
    named = re.search(r"(?:med (?:den ideella )?föreningen|[-–]) ([A-ZÅÄÖ][\w-]*(?: [A-ZÅÄÖ][\w-]*)*)\s*$", str(draft.fields.get("title", "")))
    if named:
        draft.new_organisation = {"id": id_from_name(named.group(1)), "name": named.group(1)}
        draft.set("organisation", draft.new_organisation["id"], f"{named.group(1)!r} is not in organisations.yml: add the proposed entry")
    else:
        draft.missing["organisation"] = "the organisation's name in the title"


def _reading(text: str, draft: Draft) -> None:
    """Activities, places, outcome and next step: read by rules, so marked for checking."""
    activities: list[str] = []
    listed = re.search(r"[Ii]nriktningen [^.]*? har varit ([^.]+)\.", text)
    if listed:
        activities = [a.strip() for a in re.split(r", | och ", listed.group(1)) if a.strip()]
    compound = re.search(r"(\w[\w-]*)- och (\w[\w-]*?)s?verksamhet", text)
    if not activities and compound:
        activities = [compound.group(1), compound.group(2)]
    if activities:
        draft.set("activities", activities, "read from the text; check the wording")
    else:
        draft.missing["activities"] = "a sentence naming the activities"
    # "i Rågsved": a place, unless it is the district itself ("i Järva") or a country or city.
    district = re.sub(r"s? stadsdelsnämnd$", "", str(draft.fields.get("committee", "")))
    excluded = PLACE_STOPWORDS | set(re.split(r"[- ]", district))
    places: list[str] = []
    for place in re.findall(r"(?<= i )([A-ZÅÄÖ][a-zåäöé]+)", text):
        if place not in excluded and place not in places:
            places.append(place)
    if places:
        draft.set("places", places, "read as 'i <Ort>' from the text; check")
    _outcome(text, draft)
    decision = " ".join(draft.fields.get("proposals", []))
    headline = " ".join(str(draft.fields.get(name, "")) for name in ("title", "subtitle"))
    if "omförhandling" in decision:
        step = "renegotiation"
    elif re.search(r"förläng", decision):
        step = "extension"
    elif re.search(r"ny(?:tt)? (?:överenskommelse|IOP)", decision):
        step = "new_agreement"
    elif "upphörande" in headline.lower() or "avslut" in decision:
        step = "ended"
    else:
        step = None
    if step:
        draft.set("next_step", step, "read from the proposals and title; check")
    else:
        draft.missing["next_step"] = "what happens after the partnership, in the proposals"


# Only a plain assessment of all the partnership's goals is read; anything
# hedged ("inte alla mål", "två av fem delmål", "går inte att bedöma") is left
# for a person, with the sentence quoted.
ASSESSMENT = re.compile(r"(?:^|bedömer att |(?<=\. ))(?:partnerskapets |verksamhetens |överenskommelsens )?mål(?:en)? "
                        r"(?:för [\w ]+ )?har (delvis |inte )?uppfyllts", re.IGNORECASE)
HEDGES = ("inte alla", "delmål", "av de", "bedöma", "några", "flera av", "kunnat")


def _outcome(text: str, draft: Draft) -> None:
    sentences = [s for s in re.split(r"(?<=[.!?]) ", text) if "uppfyllts" in s]
    for sentence in sentences:
        found = ASSESSMENT.search(sentence)
        if found and not any(hedge in sentence.lower() for hedge in HEDGES):
            value = {"delvis ": "goals_partly_met", "inte ": "goals_not_met"}.get((found.group(1) or "").lower(), "goals_met")
            draft.set("outcome", value, f"read from {sentence.strip()!r}; check")
            return
    if sentences:
        draft.missing["outcome"] = f"no plain assessment; the text says {sentences[0].strip()!r}"
    else:
        draft.missing["outcome"] = "an assessment such as 'målen har uppfyllts'"


def _lessons(sections: list[dict[str, Any]], draft: Draft) -> None:
    """Sentences of the paragraphs about challenges or success factors in the lessons section, quoted."""
    challenges: list[str] = []
    success: list[str] = []
    for section in _walk(sections):
        if KNOWN_HEADINGS.get(heading_key(section["heading"])) != "lessons":
            continue
        for paragraph in _paragraphs(section):
            about_challenges, about_success = "utmaning" in paragraph, "framgångsfaktor" in paragraph
            sentences = [s for s in re.split(r"(?<=\.) (?=[A-ZÅÄÖ])", paragraph) if s]
            if about_challenges and not about_success:
                challenges += sentences
            elif about_success and not about_challenges:
                success += sentences
    if challenges or success:
        draft.set("lessons", {"challenges": challenges, "success_factors": success},
                  "sentences of the paragraphs about challenges and success factors; check the selection")

