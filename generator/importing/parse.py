"""Import, stage 2: a final report's blocks read into the fields of a report file.

It knows how these documents are built (a letterhead, a case officer, the
committee addressed, a title, proposals for decision, headed sections,
signatures, attachments, approvals), not any particular document. Facts
read from the prose (periods, amounts, outcome, lessons …) are reading.py's.
Every field ends up found, uncertain (read by a rule; a person checks it)
or missing. Nothing is filled in that the document does not say. Notes for
staff are in Swedish.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..content.model import KNOWN_HEADINGS, District, Organisation, Theme
from .extract import PAGE_NUMBER, Block, join_page_breaks
from .grammar import DATE, case_number_in, parse_date

PROPOSALS_HEADING = "förvaltningens förslag till beslut"
ATTACHMENT_HEADINGS = ("bilagor", "bilaga")
APPROVALS_HEADING = "attesterat av"
NAME_LINE = re.compile(r"^[A-ZÅÄÖÉ][\w'-]+(?: [A-ZÅÄÖÉ][\w'-]+){1,3}$")
# What a municipal document carries above its title, and repeats at the top of its pages.
DOCUMENT_TYPE = re.compile(r"^Tjänsteutlåtande$", re.IGNORECASE)
CASE_NUMBER_LINE = re.compile(r"^(?:Dnr|Diarienummer)\b", re.IGNORECASE)
LETTERHEAD = re.compile(r"(?:förvaltning|förvaltningen)$|^Avdelning(?:en)?\b|^Enhet(?:en)?\b", re.IGNORECASE)


def letterhead(line: str) -> bool:
    """An administration's or unit's name on a line of its own: short, and no sentence."""
    line = line.strip()
    return len(line) <= 70 and not re.search(r"[.!?:;]", line) and bool(LETTERHEAD.search(line))


@dataclass
class Draft:
    fields: dict[str, Any] = field(default_factory=dict)
    found: list[str] = field(default_factory=list)
    uncertain: dict[str, str] = field(default_factory=dict)  # field -> why a person should check it
    missing: dict[str, str] = field(default_factory=dict)  # field -> what was looked for
    unplaced: list[str] = field(default_factory=list)  # text the reader found no field for: never dropped silently
    new_district: dict[str, Any] | None = None
    new_organisation: dict[str, Any] | None = None
    administration: str | None = None  # from the letterhead or the signatures, for a new district
    ocr: bool = False  # the text came from OCR

    def set(self, name: str, value: Any, uncertain: str | None = None) -> None:
        self.fields[name] = value
        if uncertain:
            self.uncertain[name] = uncertain
        else:
            self.found.append(name)


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


def parse(blocks: list[Block], districts: list[District], organisations: list[Organisation],
          themes: list[Theme] | None = None, ocr: bool = False) -> Draft:
    from . import reading  # the facts in the prose; imported here, as reading builds on the Draft above

    draft = Draft(ocr=ocr)
    blocks = _without_page_furniture(blocks)
    rest = _header(blocks, draft)
    rest = _proposals(rest, draft)
    body, signatures, closing = _split_closing(rest, draft)
    sections = _sections(body, draft)
    if sections:
        draft.set("sections", sections, "texten kommer från textigenkänning (OCR): jämför varje stycke med dokumentet"
                  if ocr else None)
    else:
        draft.missing["sections"] = "rubriker med text efter förslagen till beslut"
    _closing(signatures, closing, draft)
    reading.read(draft, sections, districts, organisations, themes or [])
    return draft


def _without_page_furniture(blocks: list[Block]) -> list[Block]:
    """The document without its page numbers and the letterhead it repeats at the top of pages.


    """
    top = next((i for i, b in enumerate(blocks) if heading_key(b.text) == PROPOSALS_HEADING), 0)
    furniture = {line.strip() for block in blocks[:top] for line in block.text.split("\n")
                 if DOCUMENT_TYPE.match(line.strip()) or CASE_NUMBER_LINE.match(line.strip()) or letterhead(line)}

    def is_furniture(line: str) -> bool:
        line = line.strip()
        return not line or line in furniture or bool(PAGE_NUMBER.match(line)) or bool(DOCUMENT_TYPE.match(line))

    kept = list(blocks[:top])
    for block in blocks[top:]:
        lines = block.text.split("\n")
        if all(is_furniture(line) or letterhead(line) for line in lines):
            continue  # a page's header or footer on its own
        head = 0
        while head < len(lines) and is_furniture(lines[head]):
            head += 1
        if head and any(len(line) > 60 for line in lines[head:]):  # a page header glued to running text
            block = Block("\n".join(lines[head:]), block.heading, block.list_item)
        kept.append(block)
    return join_page_breaks(kept)


def _header(blocks: list[Block], draft: Draft) -> list[Block]:
    """Letterhead, case number, case officer, committee (and meeting date), title and subtitle, up to the proposals."""
    index = 0
    head: list[Block] = []
    while index < len(blocks) and heading_key(blocks[index].text) != PROPOSALS_HEADING:
        head.append(blocks[index])
        index += 1
    free: list[str] = []
    expecting_date = False  # the line under the committee may be the meeting date
    for block in head:
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        label = lines[0].lower().rstrip(":")
        if label == "handläggare" and len(lines) > 1:
            _case_officer(lines[1:], draft)
            expecting_date = False
            continue
        if label == "till" and len(lines) > 1:
            expecting_date = _committee(lines[1:], draft)
            continue
        leftovers = []
        for line in lines:
            if expecting_date and parse_date(line):
                draft.set("meeting_date", parse_date(line))
                draft.missing.pop("meeting_date", None)
            elif CASE_NUMBER_LINE.match(line):
                number = case_number_in(line)
                if number:
                    draft.set("case_number", number)
                else:
                    leftovers.append(line)
            elif letterhead(line):
                if line.lower().endswith(("förvaltning", "förvaltningen")):
                    draft.administration = draft.administration or line
            elif DOCUMENT_TYPE.match(line) or PAGE_NUMBER.match(line):
                pass  # the document's type and page number: nothing to keep
            elif parse_date(line):
                draft.unplaced.append(line)  # the document's own date: no field for it
            else:
                leftovers.append(line)
            expecting_date = False
        if leftovers:
            free.append(" ".join(" ".join(leftovers).split()))
    for name, what in (("case_officer", "ett block som börjar med 'Handläggare'"),
                       ("committee", "ett block som börjar med 'Till'")):
        if name not in draft.fields:
            draft.missing[name] = what
    if "committee" in draft.fields and "meeting_date" not in draft.fields:
        draft.missing["meeting_date"] = "ett datum efter nämndens namn"
    if free:
        draft.set("title", free[0])
    else:
        draft.missing["title"] = "titeln före förslagen till beslut"
    if len(free) > 1:
        draft.set("subtitle", free[1])
    draft.unplaced += free[2:]
    return blocks[index + 1:] if index < len(blocks) else []


def _case_officer(lines: list[str], draft: Draft) -> None:
    officer: dict[str, str] = {"name": lines[0]}
    phone = next((re.sub(r"^(?:Telefon|Tfn|Tel)\.?:?\s*", "", line, flags=re.IGNORECASE).strip()
                  for line in lines[1:] if re.match(r"(?:Telefon|Tfn|Tel)\b", line, re.IGNORECASE)), None)
    if phone:
        officer["phone"] = phone
    else:
        draft.missing["case_officer.phone"] = "en rad 'Telefon: …' under handläggaren"
    draft.set("case_officer", officer)


def _committee(lines: list[str], draft: Draft) -> bool:
    """The committee addressed, its lines joined, and a meeting date after it; True if the date may follow."""
    parts = []
    for line in lines:
        found = _date_at_end(line)
        if found:
            before = re.sub(r"\s+den$", "", line[:found.start()].strip())
            if before:
                parts.append(before)
            if parse_date(found.group()):
                draft.set("meeting_date", parse_date(found.group()))
            else:
                draft.uncertain["committee"] = f"{found.group()} efter nämnden är inget riktigt datum och är utelämnat"
        else:
            parts.append(line)
    draft.set("committee", " ".join(parts))
    return "meeting_date" not in draft.fields


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
        draft.missing["proposals"] = "förslag under 'Förvaltningens förslag till beslut'"
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

    Without levels (numbering or Word styles), headings under a heading that has no text of its own,
    or whose text ends by announcing them ("Nedan redovisas …"), are nested in it, until a heading
    the site knows as a main section ("Ekonomi", "Ärendets beredning" …) returns to the top.
    """
    sections: list[dict[str, Any]] = []
    stack: list[tuple[int, dict[str, Any]]] = []
    waiting = False  # the last heading has no text yet
    announcing = False  # the last paragraph announces the headings that follow
    group: int | None = None  # the level of headings nested under a parent, while that lasts
    for block in blocks:
        if looks_like_heading(block):
            section: dict[str, Any] = {"heading": " ".join(block.text.split())}
            level = heading_level(block)
            known = heading_key(NUMBERING.sub("", section["heading"])) in KNOWN_HEADINGS
            if level is None:
                if stack and (waiting or (announcing and not known)):
                    level = group = stack[-1][0] + 1
                elif group is not None and not known:
                    level = group
                else:
                    level, group = (stack[0][0] if stack else 1), None
            while stack and stack[-1][0] >= level:
                stack.pop()
            (stack[-1][1].setdefault("sections", []) if stack else sections).append(section)
            stack.append((level, section))
            waiting, announcing = True, False
        elif stack:
            rows = block.text.split("\n")
            if len(rows) > 1 and all("\t" in row for row in rows):  # a table: a paragraph per row
                draft.uncertain["sections"] = "en tabell blev ett stycke per rad; kontrollera"
                paragraphs = [" – ".join(cell.strip() for cell in row.split("\t")) for row in rows]
            else:
                paragraphs = [" ".join(block.text.split())]
            stack[-1][1].setdefault("paragraphs", []).extend(paragraphs)
            waiting = False
            announcing = bool(re.search(r"\b[Nn]edan\b[^.]*\.?$", paragraphs[-1]))
        else:
            draft.unplaced.append(block.text)  # text before the first heading
    return sections


def walk(sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for section in sections:
        found.append(section)
        found += walk(section.get("sections", []))
    return found


def _closing(signature_blocks: list[Block], blocks: list[Block], draft: Draft) -> None:
    """Signatures, attachments and the approvals table."""
    signatories, attachments, approvals = [], [], []
    statement = None
    for block in signature_blocks:
        lines = [line.strip() for line in block.text.split("\n")]
        person = {"name": lines[0], "title": lines[1]}
        if len(lines) > 2:
            person["unit"] = " ".join(lines[2:])
            if person["unit"].lower().endswith("förvaltning"):
                draft.administration = draft.administration or person["unit"]
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
            if re.match(r"\d+[.)]\s", lines[0]):  # a numbered list, an item perhaps wrapped over lines
                titles: list[str] = []
                for line in lines:
                    numbered = re.match(r"\d+[.)]\s+(.*)$", line)
                    if numbered:
                        titles.append(numbered.group(1))
                    else:
                        titles[-1] += " " + line
                attachments += [{"title": title} for title in titles]
            else:
                attachments.append({"title": " ".join(lines)})
        elif part == "approvals":
            for line in (line.replace("\t", " ").strip() for line in block.text.split("\n")):
                row = re.match(r"^(.+?),\s*(.+?)\s+(\d{4}-\d{2}-\d{2})$", line)
                if row and parse_date(row.group(3)):
                    approvals.append({"name": row.group(1), "title": row.group(2), "date": parse_date(row.group(3))})
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
            draft.missing[name] = {"signatories": "namn med titel efter det sista avsnittet",
                                   "approvals_statement": "meningen under 'Attesterat av'",
                                   "approvals": "rader 'Namn, Titel  ÅÅÅÅ-MM-DD' under 'Attesterat av'",
                                   "attachments": "en lista under 'Bilagor'"}[name]


def _date_at_end(line: str) -> re.Match[str] | None:
    """The date a line ends on, in any form the grammar reads ("2024-08-22", "22 augusti 2024")."""
    last = None
    for last in DATE.finditer(line):
        pass
    return last if last and not line[last.end():].strip() else None
