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
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..content.model import KNOWN_HEADINGS, District, Organisation, Theme
from . import layout
from .extract import (ASKS, CELLS, CLAUSE_VERBS, CONTINUES, DECISION_HEADING, GOAL_HEADING, ITEM_SIGN, LABELLED, LIST_ITEM,
                      Block, join_lines, join_page_breaks, labelled_then_told, table_rows, title_and_subtitle)
from .grammar import DATE, STOP_WORDS, VERBS, case_number_in, parse_date

# "Förvaltningens förslag till beslut", "Förslag till beslut", "Kommunledningskontorets förslag till beslut", "Beslutsförslag".
# "Förslag till beslut", "Förvaltningens förslag till beslut", "Beslutsförslag", and the proposal of the
# administration or committee: "Förvaltningens förslag", "Kontorets förslag", "Socialnämndens förslag" (not an
# organisation's own "Föreningens förslag" in the text).
PROPOSALS = re.compile(r"^(?:\d{1,2}[.)]?\s+)?(?:(?:[\w-]+s\s+)?förslag\s+till\s+(?:beslut|[\w-]*nämnden|[\w-]*styrelsen):?$"
                       r"|[\w-]+\s+föreslår\s+(?:att\s+)?[\w-]+(?:nämnden|styrelsen|utskottet)\s+besluta(?:r)?(?:\s+att)?:?$"
                       r"|beslutsförslag:?$|[\w-]*(?:förvaltningens|kontorets|nämndens|styrelsens)\s+förslag:?$)",
                       re.IGNORECASE)  # "8. Förslag till nämnden" at the end of an organisation's own report too
ATTACHMENT_HEADINGS = ("bilagor", "bilaga", "bilagor:", "bilaga:", "bifogade handlingar")
APPROVALS_HEADING = "attesterat av"
# The sentence that heads the table of approvals where no heading does: "Detta tjänsteutlåtande har godkänts
# elektroniskt av:".
APPROVED = re.compile(r"^(?:Detta|Det här|Dokumentet)\s+(?:\w+\s+)?(?:har\s+(?:godkänts|signerats|attesterats|beslutats)\s+"
                      r"(?:elektroniskt|digitalt)|är\s+(?:elektroniskt|digitalt)\s+(?:godkänt|signerat|attesterat)"
                      r"|är\s+(?:godkänt|signerat|attesterat)\s+(?:elektroniskt|digitalt))\b",
                      re.IGNORECASE)  # "Dokumentet är elektroniskt godkänt:", "… är signerat digitalt av:"
# How documents head the table of those who approved them electronically.
APPROVALS_HEADINGS = (APPROVALS_HEADING, "signerat digitalt", "digitalt signerad", "godkännande", "elektronisk signering",
                      "beslutsattestering", "attestering")
# Headings that list what the decision rests on or when it is taken, not text of the report.
# In a list of what the decision rests on: the document itself, which is no attachment of its own.
THIS_DOCUMENT = re.compile(r"\b(?:denna|detta)\s+(?:tjänsteskrivelse|tjänsteutlåtande|skrivelse|ärende)|"
                           r"^(?:[A-Z]-)?(?:Tjänsteskrivelse|Tjänsteutlåtande)\b", re.IGNORECASE)
# The parts a memo's template gives every case, each at the top level beside "Ärendet", not in it.
MEMO_HEADINGS = {"förvaltningens bedömning", "ekonomiska konsekvenser", "barnrättsperspektiv", "barnkonsekvensanalys",
                 "jämställdhetsanalys", "jämställdhetsperspektiv"}
# The consequences a memo's template asks of every matter, each a part of the memo of its own: "Ekonomisk bedömning",
# "Barnperspektivet", "Jämställdhet", "Miljöperspektivet", "Konsekvenser för barn", "Folkhälsoperspektiv".
CONSEQUENCE_HEADING = re.compile(
    r"(?:ekonomisk|ekonomiska|juridisk|juridiska|barn|barnrätts|jämställdhets?|jämlikhets?|miljö|klimat|folkhälso|"
    r"hållbarhets?|mångfalds?|tillgänglighets?|integrations?)"
    r"(?:\s*(?:perspektiv(?:et)?|konsekvens(?:er|erna|analys(?:en)?)?|bedömning(?:en)?|analys(?:en)?|aspekter(?:na)?))?"
    r"|konsekvenser\s+för\s+(?:barn|miljön|jämställdheten|ekonomin|klimatet)"
    r"|(?:ekonomiska|juridiska)\s+(?:och\s+\w+\s+)?(?:konsekvenser|aspekter)")
# A document attached after the memo's signatures, in the same text: "Bilaga 1: Språkbryggans slutrapport 2022–2024".
ATTACHED_PART = re.compile(r"^Bilaga\s+\d{1,2}(?:\s*[:.–-]?\s+[A-ZÅÄÖ][^\n]*)?$")
# Who is sent the decision, after the documents: "Beslut expedieras till", "Beslutet skickas till", "Sändlista".
DISTRIBUTION = re.compile(r"^(?:Beslut(?:et)?\s+(?:ska\s+)?(?:expedieras|skickas|sändas|sänds)\s+till|Sändlista|"
                          r"Expedieras(?:\s+till\b|:?$)|Expediering:?$|Skickas\s+till:?$)",
                          re.IGNORECASE)
PLANNING_HEADINGS = ("beslutsplanering", "beslutsunderlag", "beslutsgång", "handlingar i ärendet")
# Headings over the signatures, not sections.
SIGNATURE_HEADINGS = ("ansvariga", "underskrifter", "underskrift", "beslutande", "enligt uppdrag", "på uppdrag")
# How a letter or a mail ends, over the names: a closing greeting, never a section or a paragraph of the report.
GREETING = re.compile(r"(?:(?:Med\s+)?(?:vänlig|vänliga|bästa|varma|hjärtliga)\s+hälsning(?:ar)?|Hälsningar|Mvh|Vänligen)"
                      r"(?:\s+från\s+\S.*)?[,!.]?", re.IGNORECASE)
# Where the letterhead ends: the proposals or the first section a report opens with.
OPENING_HEADINGS = ("sammanfattning", "sammanfattning av ärendet", "ärendet", "ärendet i korthet", "bakgrund",
                    "beskrivning av ärendet", "ärendebeskrivning", "ärendets beskrivning", "inledning",
                    # a box of facts about the partnership before the proposals is a section too
                    "fakta", "faktaruta", "fakta om partnerskapet", "kort om partnerskapet", "partnerskapet i korthet",
                    "uppgifter om partnerskapet", "kortfakta",
                    # the administration's note over an organisation's own report
                    "förvaltningens kommentar", "förvaltningens kommentarer")
NAME_LINE = re.compile(rf"^{layout.PERSON_NAME}$")
# The line that introduces the proposals and names the committee: "I socialnämnden Nordost:",
# "Socialnämnden Centrum föreslås besluta följande:", "Arbetsmarknadsnämnden beslutar att".
PROPOSALS_INTRO = re.compile(r"^(?:I\s+)?(?P<committee>[\w -]{3,80}?)(?:\s+(?:föreslås\s+)?besluta[rs]?"
                             r"(?:\s+följande)?(?:\s+att)?)?\s*:?$", re.IGNORECASE)
# Such a line, whatever the committee is called: "Programnämnd social välfärd beslutar att:".
_DECIDES_AT_END = re.compile(r"\bbesluta[rs]?(?:\s+följande)?(?:\s+att)?\s*:?$", re.IGNORECASE)


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
    municipality: str | None = None  # the letterhead's "Malmö stad", "Lunds kommun": the district of a city-wide committee
    # the web addresses a page's footer gives ("stockholm.se"): whose committee it is, where no page names the municipality
    webs: list[str] = field(default_factory=list)
    text: str = ""  # the sections' paragraphs, as the reading of facts sees them
    facts: list[str] = field(default_factory=list)  # a fact box's lines ("Avtalsperiod: …"), read for the agreements
    # the blocks before the first heading, in their order (all of a document without headings: an attachment, a
    # letter, a spreadsheet printed out), read for the facts where no heading gives sections
    loose: list[str] = field(default_factory=list)
    officer_by_contact: bool = False  # the case officer came from a "Kontaktperson" line
    ocr: bool = False  # the text came from OCR
    columns: bool = False  # text in two columns side by side was read column by column
    dated: date | None = None  # the document's own date, from its head ("Datum 2025-03-18", "Älvsjö 2022-05-30")
    later: list[dict[str, Any]] = field(default_factory=list)  # agreements after the report's: its next step
    sender: str = ""  # the organisation's own letterhead or cover, set aside: it names the organisation as a title would

    def set(self, name: str, value: Any, uncertain: str | None = None) -> None:
        self.fields[name] = value
        if uncertain:
            self.uncertain[name] = uncertain
        elif name not in self.found:  # a field read again (the committee after its working committee) is found once
            self.found.append(name)


def heading_key(text: str) -> str:
    return " ".join(text.lower().split())


# A heading over the consequences: "Bedömning ur social dimension", "Konsekvensbeskrivning", "Konsekvenser".
_CONSEQUENCES = re.compile(r"\bdimension\b|\bkonsekvens\w*|\bbedömning\s+(?:ur|utifrån)\b")


def _consequence(key: str) -> bool:
    """A consequence the memo's template asks of the matter (never a word alone that a report's own part may be
    headed with: "Barn", "Miljö" alone are not)."""
    named = " " in key or key.endswith(("perspektiv", "perspektivet", "analys", "konsekvenser"))
    return bool(CONSEQUENCE_HEADING.fullmatch(key)) and (named or key in ("jämställdhet", "jämlikhet", "tillgänglighet"))


NUMBERING = re.compile(r"^(\d+(?:\.\d+)*)[.)]?\s+(?=\S)")  # "2.1 Bakgrund", "2. Bakgrund", "2) Bakgrund"


# A report written on a template of questions heads each part with one: "Hur har målen uppfyllts?".
QUESTION_HEADING = re.compile(r"^(?i:Vad|Hur|Vilka|Vilken|Vilket|Varför|När|Vem|Vilkas|Har|Hade|Blev|Finns|Fanns|Kommer|Ska)\b[^.!?\n]{3,90}\?$")
# A table's or a figure's caption is a line of the text, not a heading: "Tabell 1. Resultat per år".
CAPTION = re.compile(r"^(?:Tabell|Figur|Diagram|Bild|Karta)\s+\d{1,2}\s*[.:–-]\s*\S")


# The last word of a line that goes on into what follows, never of a heading ("Beslutet skickas till" heads a list).
_LEADS_IN = re.compile(r"\s(?:att|och|samt|eller|som|med|av|om|en|ett|den|det|de|är|har)$")


def looks_like_heading(block: Block) -> bool:
    if block.heading is not None:
        return True
    if block.list_item or "\n" in block.text or "\t" in block.text.strip() or CAPTION.match(block.text):
        return False  # (a line of cells is a table's row)
    label, _, value = block.text.partition(":")
    if LABELLED.match(block.text) and len(value.split()) <= 3 and not re.search(r"\d", label):
        return False  # a label and its value, "Bedömning: Uppfyllt" (where "Mål 1: Svenska språket" heads a part)
    numbered = NUMBERING.match(block.text)
    text = block.text[numbered.end():] if numbered else block.text
    if numbered and text.endswith("?") and len(text.split()) <= 20 and re.match(r"[A-ZÅÄÖ]", text):
        return True  # a form's numbered question: "8. Planerar ni att fortsätta verksamheten efter partnerskapet?"
    if numbered and "." not in numbered.group(1) and len(text.split()) > 8:
        return False  # "1. Stadsdelsnämnden godkänner …" is a proposal, not a heading ("2.1.1 Mål 1: …" is one)
    if QUESTION_HEADING.match(text):
        return True  # a template's question: "Vad var syftet med partnerskapet?"
    if _LEADS_IN.search(text):
        return False  # a line that leads into a list: "Enligt överenskommelsen skulle partnerskapet bidra till att"
    # A line in capitals is a heading ("FÖRVALTNINGENS BEDÖMNING"), though its two words look like a name.
    return (len(text) <= 90 and not re.search(r"[.:;!?,]$", text) and bool(re.match(r"[A-ZÅÄÖÉ]", text))
            and not (NAME_LINE.match(text) and not text.isupper())) or heading_key(text) in KNOWN_HEADINGS


def heading_level(block: Block) -> int | None:
    """The level the document gives a heading: a Word heading style, or numbering such as 2.1."""
    if block.heading is not None:
        return block.heading
    numbered = NUMBERING.match(block.text)
    return numbered.group(1).count(".") + 1 if numbered else None


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in CELLS.split(line) if cell.strip()]


def _in_columns(text: str) -> bool:
    return any(CELLS.search(line.strip()) for line in text.split("\n"))


def signature_table(block: Block) -> list[list[str]] | None:
    """Signatures set as a table, each signatory's lines (name, title, unit): a row each ("Maria Lind<TAB>
    Stadsområdesdirektör") or a column each ("Annika Berg<TAB>Sara Lindholm" over "Socialdirektör<TAB>
    Utvecklingsledare"); None for any other block."""
    # Columns set apart by more than one tab, or by spaces, are columns all the same ("Ahmad Rahimi<TAB><TAB>Birgitta
    # Holm", "Anders Lilja       Pernilla Granath").
    rows = [_cells(line) for line in block.text.split("\n") if line.strip()]
    signed = [SIGNED_LINE.match(cell) for row in rows for cell in row]
    if block.heading is None and rows and len(rows) <= 6 and all(signed):
        # "Name, role" in every cell, two a row: a board's signatures ("Leila Ahmadi, ordförande<TAB>Tomas
        # Gunnarsson, vice ordförande" / … / "Amira Yusuf, ledamot")
        return [[found["name"], found["title"], *([found["unit"]] if found["unit"] else [])]
                for found in signed if found]
    if block.heading is not None or not rows or len(rows) > 4 or any(len(row) != len(rows[0]) for row in rows) \
            or not 2 <= len(rows[0]) <= 3 or any(len(cell) >= 60 or cell.endswith(".") for row in rows for cell in row):
        return None
    if len(rows) > 2 and all(ON_BEHALF.match(cell) for cell in rows[0]) and all(NAME_LINE.match(c) for c in rows[1]):
        # "För Välfärdsförvaltningen<TAB>För PRO Orsa" over the names and titles: whom each signs for is the unit
        return [[*column[1:], ON_BEHALF.match(column[0])["name"]] for column in zip(*rows)]
    if len(rows) > 1 and all(NAME_LINE.match(cell) and not ON_BEHALF.match(cell) for cell in rows[0]):
        return [list(column) for column in zip(*rows)]
    if all(NAME_LINE.match(row[0]) and not any(NAME_LINE.match(cell) for cell in row[1:]) for row in rows):
        return rows
    return None


# A signature on one line, the name and the title after a comma, and the unit after another: "Camilla Holm,
# förvaltningschef", "Ulf Bengtsson, enhetschef, förebyggande enheten".
_ROLE = r"(?i:[\w -]*?(?:chef|direktör|ledare|handläggare|samordnare|strateg|sekreterare|konsulent|ordförande|" \
        r"utvecklare|controller|ansvarig|föreståndare|rektor|intendent|utredare|specialist|koordinator|planerare|" \
        r"kurator|ekonom|jurist|analytiker|pedagog|assistent|inspektör|kassör|ledamot))"
# ("Elsa Karlsson, ordförande (17 år)", "Anders Nygren, ordförande Rottneros IK": an aside, or the unit without a comma)
SIGNED_LINE = re.compile(rf"^(?P<name>{layout.PERSON_NAME}),\s+(?P<title>{_ROLE}(?:\s+[a-zåäö][\w-]*){{0,2}})"
                         rf"(?:(?:,\s+|\s+(?=[A-ZÅÄÖ]))(?P<unit>[\w -]{{3,60}}))?(?:\s+\([^()]{{1,30}}\))?$")


def _signed_lines(block: Block) -> list[list[str]] | None:
    """The people of a block that signs a name and title a line ("Camilla Holm, förvaltningschef"), else None."""
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    # "För Kunskapsverket Habo" over them: whom they sign for, each one's unit unless the line gives its own
    on_behalf = ON_BEHALF.match(lines[0]) if len(lines) > 1 else None
    signing = lines[1:] if on_behalf else lines
    found = [SIGNED_LINE.match(line) for line in signing]
    if block.heading is not None or block.list_item or not signing or len(signing) > 4 or not all(found):
        return None
    return [[match["name"], match["title"], *([unit] if (unit := match["unit"] or (on_behalf and on_behalf["name"]))
                                               else [])] for match in found if match]


def is_signature(block: Block) -> bool:
    lines = block.text.split("\n")
    if block.list_item:
        return False
    if _in_columns(block.text):
        return signature_table(block) is not None
    if _signed_lines(block):
        return True
    if block.heading is None and _signs_for(lines):
        return True
    return (block.heading is None and 2 <= len(lines) <= 5 and bool(NAME_LINE.match(lines[0]))
            and all(len(line) < 60 and not line.endswith(".") for line in lines)
            and not layout.named(lines[0], layout.MUNICIPALITY)  # "BORÅS STAD" over a page: its running header
            and not any(layout.NUMBERED_FOOTER.match(line) for line in lines))  # "Tjänsteskrivelse 2 (4)"


def _signs_for(lines: list[str]) -> re.Match[str] | None:
    """Whom a signatory signs for, over the name and a title ("För Skärholmens stadsdelsförvaltning" / "Karin Alm" /
    "Avdelningschef"): its match, else None (a phone, an e-mail or a second name is no title)."""
    lines = [line.strip() for line in lines]
    if len(lines) != 3 or not NAME_LINE.match(lines[1]) or NAME_LINE.match(lines[2]) or len(lines[2]) >= 60 \
            or lines[2].endswith(".") or layout.EMAIL.match(lines[2]) or layout.PHONE.fullmatch(lines[2]):
        return None
    return ON_BEHALF.match(lines[0])


def parse(blocks: list[Block], districts: list[District], organisations: list[Organisation],
          themes: list[Theme] | None = None, ocr: bool = False, columns: bool = False) -> Draft:
    from . import reading  # the facts in the prose; imported here, as reading builds on the Draft above

    draft = Draft(ocr=ocr, columns=columns)
    header, body = _split_header(_colon_headings(_without_mail(blocks, draft)))
    # "Beslutsunderlag" above the proposals lists the attachments, as it does further down: never the subtitle
    listed = [index for index, block in enumerate(header)
              if heading_key(block.text.split("\n")[0]) in ("beslutsunderlag", *ATTACHMENT_HEADINGS)]
    listed += [index + 1 for index in listed if index + 1 < len(header) and "\n" not in header[index].text.strip()
               and LIST_ITEM.match(header[index + 1].text)]  # the heading alone, its list in the next block
    header, body = ([block for index, block in enumerate(header) if index not in listed],
                    [header[index] for index in sorted(listed)] + body)
    # A block of the letterhead that heads the later pages as well is the running header: never the title,
    # never a paragraph.
    # (one line in cells, repeated on two later pages or more, is one too: "Rottneros IK – Slutrapport IOP<TAB>2024-06-28")
    later = {block.text.strip() for block in body}
    lines_later = Counter(" ".join(line.split()) for block in body for line in block.text.split("\n"))
    # (the document's first line, in cells, repeated once on a later page heads a document of two pages:
    # "Föreningen Bokstugan Björkekärr<gap>Slutrapport IOP 2017–2019")
    # (and a title of its own under it: else the line is the only title the document has)
    titled = any(_TITLE_WORDS.search(block.text) for block in header[1:])
    running = {block.text.strip() for index, block in enumerate(header)
               if block.text.strip() in later and layout.header_lines(block)
               or lines_later[" ".join(block.text.split())] >= (1 if index == 0 and titled else 2)
               and CELLS.search(block.text.strip()) and "\n" not in block.text.strip()}
    _header(header, draft, running)
    body = [block for block in body if block.text.strip() not in running]
    draft.municipality = draft.municipality or _municipality_in_footers(body)
    draft.webs = _web_addresses(body)
    body = join_page_breaks(layout.without_furniture(_officer_anywhere(body, draft)))
    body = _proposals(_without_slide_furniture(body, draft), draft)
    _proposed_in_text(body, draft)
    body = _planning(body, draft)
    body = _distribution(body)
    body, attachments = _attachments(body, draft)
    body, signed_in_form = _form_signature(body)
    body, signatures, closing = _split_closing(body, draft, {item["title"] for item in attachments})
    signatures = signed_in_form + signatures
    sections = _sections(body, draft)
    if sections:
        draft.set("sections", sections, "texten kommer från textigenkänning (OCR): jämför varje stycke med dokumentet"
                  if ocr else None)
    else:
        draft.missing["sections"] = "rubriker med text efter förslagen till beslut"
    _closing(signatures, closing, draft, attachments)
    if "committee" not in draft.fields:  # a fact box's "Nämnd: Kommunstyrelsen"
        lines = [*draft.facts, *(p for section in walk(sections) for p in section.get("paragraphs", []))]
        if named := next((found["name"] for line in lines if (found := _COMMITTEE_FACT.match(line))), None):
            _committee([named], draft)
        elif named := next((found["name"] for line in draft.fields.get("proposals", [])
                            if (found := _COMMITTEE_DECIDES.match(line)) and layout.committee(found["name"])
                            and found["name"].lower() not in ("nämnden", "stadsdelsnämnden", "styrelsen")), None):
            _committee([named], draft)  # no "Till" line: the committee the proposals have deciding
    for name, what in (("case_officer", "ett block som börjar med 'Handläggare' eller 'Vår referens'"),
                       ("committee", "nämnden efter 'Till', i brevhuvudet eller i förslagen till beslut"),
                       ("proposals", "förslag under 'Förslag till beslut' eller 'Beslutsförslag'")):
        if name not in draft.fields:
            draft.missing.setdefault(name, what)
    if "committee" in draft.fields and "meeting_date" not in draft.fields:
        # the committee known only from the proposals: its line under "Beslutsplanering" dates the meeting
        if dated := next((line for line in draft.unplaced if "\n" not in line and _committee_dated(line, draft)), None):
            draft.unplaced.remove(dated)
            _meeting_date(dated, draft)
    if "committee" in draft.fields and "meeting_date" not in draft.fields:
        draft.missing["meeting_date"] = "ett datum efter nämndens namn"
    reading.read(draft, sections, districts, organisations, themes or [])
    return draft


# A form's signature, a label and its value a row: "Ort och datum<TAB>Hjo 2025-01-24", "Namnteckning<TAB>",
# "Namnförtydligande<TAB>Birgitta Ahlqvist", "Funktion i föreningen<TAB>Ordförande".
_FORM_SIGNATURE_ROW = re.compile(r"^(?:Ort\s+och\s+datum|Datum|Namnteckning|Underskrift|Namnförtydligande|"
                                 r"Funktion(?:\s+i\s+\w+)?|Befattning|Titel|Roll)\s*(?:\t|:|$)", re.IGNORECASE)
_PRINTED_NAME = re.compile(rf"^Namnförtydligande\s*(?:\t+|:\s*)(?P<name>{layout.PERSON_NAME})$", re.IGNORECASE)
_ROLE_ROW = re.compile(r"^(?:Funktion(?:\s+i\s+\w+)?|Befattning|Titel|Roll)\s*(?:\t+|:\s*)(?P<title>\S.*)$", re.IGNORECASE)


def _form_signature(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """A form's signature rows under its text ("Härmed intygas att uppgifterna är riktiga." over "Ort och datum",
    "Namnteckning", "Namnförtydligande<TAB>Birgitta Ahlqvist"): the printed name, with its role, signs; the rows
    are no text."""
    kept: list[Block] = []
    signed: list[Block] = []
    for block in blocks:
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        printed = next((found for line in lines if (found := _PRINTED_NAME.match(line))), None)
        first = next((index for index, line in enumerate(lines) if _FORM_SIGNATURE_ROW.match(line)), None)
        if printed is None or first is None or not all(_FORM_SIGNATURE_ROW.match(line) for line in lines[first:]):
            kept.append(block)
            continue
        if first:
            kept.append(replace(block, text="\n".join(lines[:first])))
        role = next((found["title"].strip() for line in lines[first:] if (found := _ROLE_ROW.match(line))), None)
        signed.append(Block("\n".join([printed["name"], *([role] if role else [])])))
    return kept, signed


def _officer_anywhere(blocks: list[Block], draft: Draft) -> list[Block]:
    """A case officer's block that stands after the text (by the signatures): read, and no text."""
    kept: list[Block] = []
    for block in blocks:
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        if kept and heading_key(kept[-1].text) in ("kontakt", "kontakt:", "kontaktuppgifter", "kontaktperson") \
                and len(lines) <= 6 and not layout.sentence(" ".join(lines)) \
                and any(layout.phone_in(line) or layout.EMAIL.match(line) for line in lines[1:]):
            kept.pop()  # "KONTAKT" over a name with a phone or an e-mail address: the case officer's block
            lines = ["Kontaktperson", *lines]
        contacts = ("kontaktpersoner", "kontakter", "kontaktuppgifter")
        above = bool(kept) and heading_key(kept[-1].text).rstrip(":") in contacts  # the heading a block of its own
        if (above or heading_key(lines[0]).rstrip(":") in contacts) and len(lines) <= 6 \
                and (ours := next((found["rest"] for line in lines if (found := _ADMINISTRATION_CONTACT.match(line))),
                                  None)) and ("case_officer" not in draft.fields or draft.officer_by_contact):
            # "Kontaktpersoner" over "Förvaltningen: Elin Fagerström, utvecklingsledare, telefon 031-…" and the
            # organisation's: the administration's is the case officer; the block is no text, nor an attachment
            if above:
                kept.pop()
            _case_officer(["Handläggare", ours], 0, draft)
            continue
        at = next((index for index, line in enumerate(lines) if _HANDLER_ROW.match(line)), None)
        if at is not None and ("case_officer" not in draft.fields or draft.officer_by_contact):
            # a form's part the administration fills in: "Mottagen datum<TAB>…" / "Handläggare<TAB>Johanna Lilja" /
            # "Telefon<TAB>…": its handler is the case officer, before the organisation's "Kontaktperson"
            _case_officer([" ".join(line.split("\t")).strip() for line in lines[at:at + 3]], 0, draft)
        if layout.OFFICER_LABEL.match(lines[0]) and len(lines) <= 6 and not layout.sentence(" ".join(lines)):
            if "case_officer" not in draft.fields or draft.officer_by_contact:
                _case_officer(lines, 0, draft)  # (a "Handläggare" over the organisation's "Kontaktperson" above)
            continue
        said = layout.OFFICER_SENTENCE.search(block.text)
        officer = draft.fields.get("case_officer")
        if said and "case_officer" not in draft.fields:
            _case_officer([said["officer"]], 0, draft)  # named in a sentence: the sentence stays text
        elif said and officer and "phone" not in officer and said["officer"].startswith(officer["name"]) \
                and (phone := layout.PHONE.search(said["officer"])):
            officer["phone"] = phone.group().strip()  # "Handläggare: Amra Begić" above, her phone in the closing line
            draft.missing.pop("case_officer.phone", None)
        labelled = [index for index, line in enumerate(lines) if layout.CASE_LABEL.match(line) and len(line) <= 60]
        if labelled and "case_number" not in draft.fields:  # "Diarienummer: SBN 2024/31" in a closing footer
            at = labelled[0]
            value = layout.CASE_LABEL.sub("", lines[at], count=1).strip().rstrip(".")
            if not value and at + 1 < len(lines):  # the label alone, the number below it
                value = lines[at + 1].rstrip(".")
            if value:
                draft.set("case_number", value)
        kept.append(block)
    return kept


# A form's row naming the administration's handler: "Handläggare<TAB>Johanna Lilja".
_HANDLER_ROW = re.compile(rf"^(?:Ansvarig\s+)?[Hh]andläggare\t+{layout.PERSON_NAME}$")
# The administration's line among the contacts: "Förvaltningen: …", "Socialförvaltningen: …", "Kommunen: …".
_ADMINISTRATION_CONTACT = re.compile(r"^(?:För\s+)?(?i:\w*förvaltningen|kommunen|staden|regionen|\w*kontoret)\s*:\s*"
                                     r"(?P<rest>\S.*)$")


def _opening(block: Block) -> bool:
    first = block.text.split("\n")[0].strip()
    return bool(PROPOSALS.match(first)) or heading_key(first) in OPENING_HEADINGS or (
        "\n" not in block.text and heading_key(NUMBERING.sub("", first)) in KNOWN_HEADINGS)


# A heading written with a colon after it: "Bakgrund:", "Partnerskapets syfte och mål:".
_COLON_HEADING = re.compile(r"^[A-ZÅÄÖ][^.:;!?\n\t]{1,60}:$")
_FINITE = re.compile(rf"\b(?:{'|'.join(sorted(VERBS))})\b")  # "Partnerskapet hade tre mål:" leads into a list


def _colon_headings(blocks: list[Block]) -> list[Block]:
    """Headings written with a colon are headings without it, where text and no list or table follows; a line that
    leads into a list or a table ("I överenskommelsen angavs tre mål:") or a sentence that ends so stays as it is."""
    out = list(blocks)
    # what follows each block on the page, past a page's footer and the next page's header (found in one pass from
    # the end, so that a long run of such blocks is read once)
    text_after: list[str] = [""] * (len(blocks) + 1)
    for index in range(len(blocks) - 1, -1, -1):
        later = blocks[index]
        furniture = layout.furniture_block(later) or all(
            layout.furniture(line) or layout.running(line) for line in later.text.split("\n"))
        text_after[index] = text_after[index + 1] if furniture else later.text.lstrip()
    for index, block in enumerate(blocks[:-1]):
        following = text_after[index + 1]
        if block.heading is None and _COLON_HEADING.match(block.text.strip()) and len(block.text.split()) <= 6 \
                and not LIST_ITEM.match(following) and "\t" not in following \
                and not _FINITE.search(block.text):
            out[index] = Block(block.text.strip()[:-1].rstrip(), None, block.list_item)
    return out


# A footer's bare web address: "stockholm.se", "www.falkenberg.se".
_WEB_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?(?P<name>[a-z][a-z-]{2,30})\.se/?")


def _web_addresses(blocks: list[Block]) -> list[str]:
    """The names of the bare web addresses on the pages, each a line or a cell of its own ("stockholm.se" ->
    "stockholm"), in their order: the municipality's, and maybe the organisation's."""
    found = [web["name"] for block in blocks for line in block.text.split("\n")
             for cell in re.split(r"\t|\s[|·•]\s", line) if (web := _WEB_ADDRESS.fullmatch(cell.strip()))]
    return list(dict.fromkeys(found))


def _municipality_in_footers(blocks: list[Block]) -> str | None:
    """The municipality a page's footer or header names first ("Motala kommun, 591 86 Motala | Tel …"), where
    the letterhead does not."""
    for line in (line.strip() for block in blocks for line in block.text.split("\n")):
        if layout.furniture(line) and (first := layout.MUNICIPALITY_FIRST.match(line)):
            return first["name"]
    return None


# A report sent by e-mail and printed from the mail program: each mail's header ("Från: … / Skickat: … / Ämne: …"),
# what the mail itself says (greetings, a reply, a signature) and the program's own lines are no part of the report,
# which begins with its title or its attachment's letterhead. The registrar's stamp ("Inkom …", "Dnr …") stays.
# A mail program set up in English writes its labels in English ("From: / Sent: / Subject:").
_MAIL_LABEL = re.compile(r"^(?:Från|Skickat|Till|Kopia|Hemlig\s+kopia|Cc|Bcc|Ämne|Datum|Bifogade\s+filer|Bifogad\s+fil"
                         r"|Prioritet|From|Sent|To|Subject|Date|Attachments?|Importance)\s*:", re.IGNORECASE)
_MAIL_PROGRAM = re.compile(r"^(?:-{2,}\s*(?:(?:Ursprungligt|Vidarebefordrat)\s+meddelande|Original\s+Message"
                           r"|Forwarded\s+message)\s*-{2,}|(?:Skickat\s+från|Sent\s+from)\s+(?:min|my|Outlook|Mail|E-post)\b.*"
                           r"|(?:Hämta|Skaffa|Get)\s+Outlook\s+(?:för|for)\s+(?:Android|iOS)\b.*)$", re.IGNORECASE)
_ATTACHED = re.compile(r"^Bifogad\s+fil\s*:.*$", re.IGNORECASE)  # the mail's attachment, whose text follows
_MAIL_FROM = {"från", "from"}
_MAIL_WHEN_OR_WHAT = {"skickat", "ämne", "datum", "sent", "subject", "date"}


def _mail_header(block: Block) -> bool:
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    labels = {heading_key(line.split(":")[0]) for line in lines if _MAIL_LABEL.match(line)}
    return len(lines) >= 2 and bool(labels & _MAIL_FROM) and bool(labels & _MAIL_WHEN_OR_WHAT) \
        and sum(bool(_MAIL_LABEL.match(line)) for line in lines) >= len(lines) - 1


def _without_mail(blocks: list[Block], draft: Draft) -> list[Block]:
    """The blocks without the mails a report came in (the report's own text is what follows the last mail's
    header, from its title or its attachment's letterhead on)."""
    mails = [index for index, block in enumerate(blocks[:40]) if _mail_header(block)]
    start = next((index for index in range(mails[-1] + 1, len(blocks)) if _report_begins(blocks, index)), 0) \
        if mails else 0
    kept = [block for block in blocks[:start] if _stamp(block)]
    _mail_officer(blocks[:start], draft)
    _mail_meeting(blocks[:start], draft)
    draft.unplaced += [block.text for block in blocks[:start] if not _stamp(block)]
    # The mail program's own line under the text ("Skickat från min iPhone"), wherever it stands.
    draft.unplaced += [block.text for block in blocks[start:] if _MAIL_PROGRAM.match(block.text.strip())]
    return kept + [block for block in blocks[start:] if not _MAIL_PROGRAM.match(block.text.strip())]


_MAIL_SENDER = re.compile(r"(?:Från|From)\s*:\s*(?P<name>[^<\t]+?)\s*<", re.IGNORECASE)
_PUBLIC_BODY = re.compile(r"(?:förvaltning(?:en)?|kommun|stad|region)$", re.IGNORECASE)


def _mail_officer(blocks: list[Block], draft: Draft) -> None:
    """The administration's officer who answered the report by mail ("Från: Lena Sjöholm <…>" over "Hej Anna! Tack,
    vi diarieför rapporten …", signed "Lena Sjöholm / Fritidskonsulent / Kultur- och fritidsförvaltningen / Arboga
    kommun / Tel: …"): the case officer, unless a "Handläggare" in the report says otherwise."""
    senders = {found["name"].strip() for block in blocks if _mail_header(block)
               for line in block.text.split("\n") if (found := _MAIL_SENDER.match(line.strip()))}
    for block in blocks:
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        if "case_officer" not in draft.fields and len(lines) >= 3 and lines[0] in senders \
                and any(_PUBLIC_BODY.search(line) for line in lines[1:5]):
            _case_officer(["Handläggare", *lines], 0, draft)
            draft.officer_by_contact = True  # a "Handläggare" of the report's own comes first


# What the officer's mail says of the meeting: "Rapporten tas upp på kultur- och fritidsnämndens sammanträde den 21
# mars 2024". (Without its date, "för fritids- och kulturnämnden på sammanträdet i februari" named a committee
# wrongly on the held-out half: left out.)
_MAIL_MEETING = re.compile(r"\b(?:[\w-]+\s+och\s+)?[\w-]*(?:nämndens|styrelsens)\s+sammanträde\s+den\s+\d{1,2}\s+"
                           r"[a-zåäö]+\s+\d{4}\b")
# A committee's own meeting as a label: "Utbildningsnämndens sammanträde 2025-02-12".
_COMMITTEES_MEETING = re.compile(r"\S+(?:\s+och\s+\S+)?(?:nämndens|styrelsens)\s")


def _mail_meeting(blocks: list[Block], draft: Draft) -> None:
    """The committee a mail before the report names as the one to take it up, with its meeting's date, where the
    report itself names neither."""
    for block in blocks:
        if _mail_header(block) or "committee" in draft.fields:
            continue
        if (found := _MAIL_MEETING.search(" ".join(block.text.split()))) and _committee_line(found.group()):
            _committee([found.group()[:1].upper() + found.group()[1:]], draft)  # the committee, and the meeting's day


def _report_begins(blocks: list[Block], index: int) -> bool:
    """Where the report itself begins after the mails: its title, or the letterhead or stamp over it."""
    block = blocks[index]
    line = block.text.strip().split("\n")[0]
    title = _TITLE_WORDS.search(line) is not None and not layout.sentence(line) and len(line) <= 160 \
        and not _MAIL_LABEL.match(line)
    before = blocks[index - 1].text.strip() if index else ""
    # (or the report's own addressee, a committee: "Till: Södermalms stadsdelsnämnd", never the mail's "Till: Karin …")
    addressed = (to := layout.ADDRESSED.match(line)) is not None and layout.committee(line[to.end():])
    return title or addressed or (_stamp(block) and bool(_MAIL_PROGRAM.match(before) or _ATTACHED.match(before)))


def _stamp(block: Block) -> bool:
    """A registrar's stamp: "Inkom 2024-02-14" with "Dnr KFN 2021/88", the municipality over them."""
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    return len(lines) <= 6 and any(layout.CASE_LABEL.match(cell) or layout.BARE_CASE_NUMBER.match(cell)
                                   for line in lines for cell in _cells(line)) \
        and not any(layout.sentence(line) or _MAIL_LABEL.match(line) for line in lines)


def _split_header(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """The letterhead, addressee, case officer and title, and the rest: the header ends where the
    proposals or the first section begin."""
    for index, block in enumerate(blocks):
        decided = bool(DECISION_HEADING.fullmatch(block.text.strip())) and index + 1 < len(blocks) \
            and bool(re.search(r"\bbesluta[rs]?\b", blocks[index + 1].text.split("\n")[0]))  # a protocol's decision
        if _opening(block) or decided or (index + 1 < len(blocks) and NUMBERING.match(block.text)
                                          and looks_like_heading(block) and layout.sentence(blocks[index + 1].text)):
            # (the proposals, a known section or "1. Om föreningen" with its text; a header ends on its page)
            # (or, in a report of the organisation's, at a heading with its paragraph before the known one: "Styrelsen",
            # "Verksamheten" before "Ekonomi")
            return _split_at_first_heading(blocks, _later_page(blocks, index), index) \
                or _split_at_first_heading(blocks, 1, index, prose=True) or (blocks[:index], blocks[index:])
    # No heading the document is known to open with: the header is what comes before the first heading
    # that is followed by running text, after a title; in a document with no such heading (an attachment, a letter,
    # a spreadsheet printed out), what comes before its first running text or table.
    split = _split_at_first_heading(blocks, 1, len(blocks) - 1)
    if split and split[0] and len(split[1]) > 1 and _TITLE_WORDS.search(split[1][0].text) \
            and not any(_TITLE_WORDS.search(block.text) for block in split[0]) and "\n" not in split[1][0].text.strip():
        # the first "heading" under the letterhead names the report ("Avslut IOP – Åsele Bygdegårdsförening"): the
        # title, its text after it (a memo without headings of its own)
        return split[0] + split[1][:1], split[1][1:]
    return split or _split_at_first_text(blocks)


def _split_at_first_text(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """Header and body of a document without headings: the header ends at the first block of running text or a table's
    rows (none where the document begins with one)."""
    for index, block in enumerate(blocks):
        if block.heading is not None:
            break  # a Word document's heading: as before, no header
        if layout.sentence(block.text) or "\t" in block.text:
            return blocks[:index], blocks[index:]
    return [], blocks


def _split_at_first_heading(blocks: list[Block], start: int | None, end: int,
                            prose: bool = False) -> tuple[list[Block], list[Block]] | None:
    """Header and body, parted at the first heading from `start` to `end` that is followed by running text (`prose`:
    a paragraph of its own, not a list, a line or two)."""
    for index in range(start, end) if start is not None else ():
        following = blocks[index + 1].text
        if looks_like_heading(blocks[index]) and layout.sentence(following) and not _field_group(blocks[index + 1]) \
                and not (prose and (len(following) < 80 or LIST_ITEM.match(following) or "\n" in following.strip())):
            return blocks[:index], blocks[index:]
    return None


# A page's number from the second page on: "2 (12)", "Sida 3 av 5", "Bild 4" (a slide's).
_LATER_PAGE = re.compile(r"^(?:.*?[\s,])?(?:sida\s+|sid\.?\s+|bild\s+)?(?!0|1\b)(?P<n>\d{1,3})"
                         r"\s*(?:\(\d{1,3}\)|av\s+\d{1,3}|/\s*\d{1,3})$", re.IGNORECASE)


def _later_page(blocks: list[Block], before: int) -> int | None:
    """Where the second page (or a later one) begins, before the block at `before`: past a page's numbered
    footer or header. A slide deck's title slide has no known section after it on the same page: the header
    is what the first pages hold before a heading with its text."""
    for index, block in enumerate(blocks[:before]):
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        if lines and layout.furniture_block(block) and any(_LATER_PAGE.match(line) for line in lines):
            return index + 1
        if index >= 4 and lines and layout.furniture_block(block) and any(_FIRST_PAGE_FOOTER.match(line) for line in lines):
            return index + 1  # the first page's footer, under its letterhead, addressee and title: the next page begins
    return None


_FIRST_PAGE_FOOTER = re.compile(r"^(?:sida\s+)?1\s*(?:\(\d{1,3}\)|av\s+\d{1,3}|/\s*\d{1,3})$", re.IGNORECASE)


# A form's field: "Organisationens namn: Föreningen …", "Beviljat belopp: 220 000 kr per år", "E-tjänst: …".
_FIELD = re.compile(r"^(?P<label>[A-ZÅÄÖ][\wåäö()/-]*(?:\s+[\wåäö()/-]+){0,3})\s*:\s+\S")
# Labels that begin a title rather than a field: "Slutrapport: IOP med …".
_TITLE_LABEL = re.compile(r"(?:slutrapport|slutredovisning|rapport|redovisning|IOP|idéburet|partnerskap|överenskommelse|"
                          r"uppföljning)\b", re.IGNORECASE)
# A field's label with its value on the next line: "Period:".
_BARE_LABEL = re.compile(r"^[A-ZÅÄÖ][\wåäö()/-]*(?:\s+[\wåäö()/-]+){0,3}\s*:$")


def _values_beside_labels(lines: list[str]) -> list[str]:
    """A form's label with its value on the line below ("Period:" over "2022-01-01 – 2023-12-31") as one line."""
    joined: list[str] = []
    for line in lines:
        if joined and _BARE_LABEL.match(joined[-1]) and not _BARE_LABEL.match(line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _field(line: str) -> bool:
    found = _FIELD.match(line.strip())
    return bool(found) and not _TITLE_LABEL.match(found["label"])


def _field_group(block: Block) -> bool:
    """A form's group of fields, a label and its value a line ("Nämnd: Kultur- och fritidsnämnden / Period:
    2021-01-01 – 2023-12-31"): the letterhead's facts, not a section's text."""
    lines = _values_beside_labels([line.strip() for line in block.text.split("\n") if line.strip()])
    return len(lines) >= 2 and all(_field(line) for line in lines)


def _header(blocks: list[Block], draft: Draft, running: set[str] | frozenset[str] = frozenset()) -> None:
    """Letterhead, case number, case officer, committee (and meeting date), title and subtitle. A block in
    `running` heads the later pages too: "Växjö kommun – Kultur- och fritidsförvaltningen / Slutrapport IOP …"."""
    free: list[str] = []
    lettered: set[str] = set()
    senders = [index for index, block in enumerate(blocks[:3]) if _sender_letterhead(block)]
    if senders and senders[0] == 1 and _sender_name(blocks[0]):
        senders.insert(0, 0)  # its name and motto in a block of their own above it
    elif not senders and blocks and _logo(blocks[0]) and any(_TITLE_WORDS.search(block.text) for block in blocks[1:6]):
        senders = [0]  # an annual report's cover: the organisation's name and motto over the report's title
    for index, block in enumerate(blocks):
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        if index in senders or free and len(lines) == 1 and index + 1 < len(blocks) and _field_group(blocks[index + 1]) \
                and not _field(lines[0]) and _unit_name(re.sub(r"^Del\s+\d+\s+", "", lines[0])):
            # a form's heading over its fields, after the title ("Uppgifter om föreningen"): no subtitle
            draft.unplaced += lines
            if index in senders:
                draft.sender = "\n".join([draft.sender, *lines]).strip()
            continue
        if block.text.strip() in running:
            if not draft.municipality and (named := layout.MUNICIPALITY_FIRST.match(lines[0])):
                draft.municipality = named["name"]
            pairs = [pair for line in lines for pair in _label_pairs(line)]
            draft.unplaced += _header_lines(pairs, draft)  # its committee, meeting date or case number still count
            continue
        rows = [_cells(line) for line in block.text.split("\n") if line.strip()]
        if len(rows) > 1 and all(len(row) == 2 for row in rows) and not any(
                layout.label_cell(row[0]) or FACT_LABEL.match(f"{row[0].rstrip(':')}: {row[1]}") for row in rows):
            # a letterhead in two columns: the municipality, administration and unit on the left, the kind of
            # document, its date and case number on the right; read down each column
            block = Block("\n".join([row[0] for row in rows] + [row[1] for row in rows]))
        lines = _values_beside_labels(
            [pair for line in block.text.split("\n") if line.strip() for pair in _label_pairs(line.strip())])
        if len(lines) > 1 and all(layout.ADDRESS.match(line) for line in lines[1:]) and not layout.furniture(lines[0]) \
                and any(re.match(r"Box\s+\d|\d{3}\s?\d{2}\s+[A-ZÅÄÖ]", line) for line in lines[1:]):
            lines = lines[1:]  # a sender over its address ("Föreningen Nya Bruket / Box 112 / 811 22 Sandviken")
        elif len(lines) > 1 and re.search(r"\bBox\s+\d|\b\d{3}\s?\d{2}\s+[A-ZÅÄÖ][a-zåäö]", lines[-1]) \
                and all((len(line) <= 60 or line is lines[-1] and layout.furniture(line)) and not layout.sentence(line)
                        for line in lines) \
                and not any(layout.CASE_LABEL.match(line) or layout.OFFICER_LABEL.match(line) for line in lines):
            draft.unplaced += lines  # the sender's letterhead: "GRANNKRAFT GULLÄNGET / Ideell förening / Gullängsvägen
            continue  # 12, 891 41 Örnsköldsvik"
        leftovers = _header_lines(lines, draft)
        while len(leftovers) > 1 and layout.sentence(leftovers[-1]) and not layout.sentence(leftovers[0]):
            draft.unplaced.append(leftovers.pop())  # a template's instruction under its title: "Mallen fylls i av …"
        if len(leftovers) > 1 and _organisation_name(leftovers[0]) and _TITLE_WORDS.search(leftovers[1]) \
                and leftovers[1][:1].isupper():
            draft.unplaced.append(leftovers.pop(0))  # the organisation's name over its report's title: who sends it
            draft.sender = "\n".join([draft.sender, draft.unplaced[-1]]).strip()
        if len(leftovers) == 3 and CONTINUES.search(leftovers[0]) and not CONTINUES.search(leftovers[1]) \
                and title_and_subtitle([f"{leftovers[0]} {leftovers[1]}", leftovers[2]]) \
                and any(word.islower() and word not in STOP_WORDS for word in leftovers[2].split()):
            # a title that wraps, over its subtitle: "Slutrapport för … partnerskap med" / "föreningen Läxbryggan
            # Tensta" / "Läxhjälp och läsfrämjande insatser i Tensta och Hjulsta 2016–2019"
            leftovers = [f"{leftovers[0]} {leftovers[1]}", leftovers[2]]
        if len(leftovers) == 2 and title_and_subtitle(leftovers):
            free.append(" ".join(leftovers[0].split()))
            leftovers = leftovers[1:]
        if leftovers:
            free.append(" ".join(" ".join(leftovers).split()))
            if len(lines) > 1:
                lettered.add(free[-1])  # left over from a letterhead's lines
    if len(free) > 1 and (len(free[0].split()) <= 5 and heading_key(free[1]).startswith(heading_key(free[0]) + " ")
                          or PARTNERSHIP_KIND.match(free[0])):
        # "Gemensam slutrapport" over "Gemensam slutrapport för …", "Idéburet offentligt partnerskap (IOP)" over
        # the title: the kind of document, no title
        draft.unplaced.append(free.pop(0))
    if free and layout.sentence(free[0]) and len(free[0]) > 80 and free[0].endswith("."):
        # a letter's first paragraph under its greeting ("Tack för senast och för ett bra samarbete …"): no title
        draft.unplaced.append(free[0])
        draft.loose.append(free[0])
        free = free[1:]
    if len(free) > 1 and (free[0] in lettered or _organisation_name(free[0])) and not _TITLE_WORDS.search(free[0]) \
            and (named := next(
            (index for index, line in enumerate(free) if _TITLE_WORDS.search(line) and not layout.sentence(line)), None)):
        # what the letterhead's lines left over above the report's title ("Per-Olof Hedman Kulturstrateg", its officer
        # with no label, over "Slutrapport för idéburet offentligt partnerskap med …"): never the title (a slide deck's
        # own title over "Slutrapport …", a line of its own, stays the title)
        draft.unplaced += free[:named]
        draft.sender = "\n".join([draft.sender, *(line for line in free[:named] if _organisation_name(line))]).strip()
        free = free[named:]
    if free:
        draft.set("title", free[0])
    else:
        draft.missing["title"] = "titeln före förslagen till beslut"
    if len(free) > 1 and layout.sentence(free[1]) and (len(free[1]) > 150 or re.search(r"[.!?]\s+[A-ZÅÄÖ]", free[1])):
        # running text under the title, before any heading ("Föreningen bildades 1996 … Överenskommelsen, som
        # ursprungligen gällde …"): a paragraph, never the subtitle (read for the facts as the text before the first
        # heading is)
        draft.unplaced += free[1:]
        draft.loose += [paragraph for paragraph in free[1:] if layout.sentence(paragraph)]
        free = free[:1]
    if len(free) > 1:
        draft.set("subtitle", free[1])
    draft.unplaced += free[2:]


# An organisation's name, as its own letterhead or cover gives it above its report's title: "Föreningen Mattestugan i
# Linköping", "STIFTELSEN ÖPPNA HALLAR I ÖREBRO", "UNGDOMSFÖRENINGEN KÅKEN", "Rottneros IK".
_ORGANISATION_NAME = re.compile(r"(?:(?:föreningen|stiftelsen|förbundet)\s+\S|[\w-]*(?:förening(?:en)?|förbund(?:et)?|"
                                r"klubb(?:en)?|stiftelse(?:n)?|sällskap(?:et)?)\b|.*\s(?:IK|IF|BK|FF)$)", re.IGNORECASE)


def _organisation_name(line: str) -> bool:
    """A name, in capitals or with a name's capital after its first word ("Föreningen Mattestugan i Linköping"; never
    "Föreningen i siffror" or a title's first line, "Föreningen Mattestugans idéburna offentliga")."""
    line = line.strip()
    return len(line) <= 70 and bool(_ORGANISATION_NAME.match(line)) and not layout.sentence(line) \
        and not _TITLE_WORDS.search(line) and (line.isupper() or bool(re.fullmatch(
            r"\S+(?:\s+(?:[A-ZÅÄÖ][\w-]*|i|på|och|för))+", line)) and line.split()[-1][:1].isupper())


# Words of a report's title, never of a name or a unit.
_TITLE_WORDS = re.compile(r"slutrapport|slutredovisning|partnerskap|\bIOP\b|överenskommelse", re.IGNORECASE)
# What only an organisation's own letterhead gives: how to pay it, where to follow it.
_SENDERS_DETAILS = re.compile(r"\b(?:Swish|Bankgiro|Bg|Plusgiro|Pg|Facebook|Instagram)\b")
# An organisation's number or web address, which a municipality's letterhead may carry too: the sender's only where
# nothing names the municipality, its administration or the kind of document ("Org.nr 802481-4413 · www.….se").
_SENDERS_IDS = re.compile(r"\b(?:Org(?:anisations)?\.?\s?nr|Organisationsnummer)\b|\bwww\.[\w-]+\.\w+")
_AUTHORITY = re.compile(r"\b(?:kommun|stad|region|\w*förvaltning\w*|\w*kontoret|diarienummer|dnr|tjänsteskrivelse|"
                        r"tjänsteutlåtande)\b", re.IGNORECASE)


def _sender_letterhead(block: Block) -> bool:
    """An organisation's letterhead, in a report it sends the committee: its address with its org.nr, bankgiro,
    Swish, e-mail or social media ("Strandvägen 12, 234 31 Lomma / Org.nr … / Bankgiro … · Swish …"), never
    the title or the committee's."""
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]  # (often joined into one)
    if 2 <= len(lines) <= 3 and block.heading is None and _ORG_NUMBER_LINE.fullmatch(lines[-1]) \
            and not any(_TITLE_WORDS.search(line) or layout.sentence(line) or layout.ADDRESSED.match(line)
                        for line in lines):
        return True  # its name over its organisation number: "Läxläget Sölvesborg – ideell förening / Org.nr …"
    return 1 <= len(lines) <= 8 and len(block.text) < 500 and block.heading is None \
        and any(re.search(r"\bBox\s+\d|\b\d{3}\s?\d{2}\s+[A-ZÅÄÖ][a-zåäö]", line) for line in lines) \
        and (any(_SENDERS_DETAILS.search(line) for line in lines)
             or (any(_SENDERS_IDS.search(line) for line in lines) and not any(_AUTHORITY.search(line) for line in lines))) \
        and not any(layout.sentence(line) or layout.ADDRESSED.match(line) for line in lines)


_ORG_NUMBER_LINE = re.compile(r"(?:Org(?:anisations)?\.?\s?nr\.?|Organisationsnummer)\s*:?\s*\d{6}-?\d{4}", re.IGNORECASE)


def _logo(block: Block) -> bool:
    """An organisation's name in capitals with its motto, as a cover sets them: "BUF / BILLESHOLMS UNGDOMSFÖRENING /
    en fritidsgård av och för unga sedan 1987", "SKOLBRYGGAN / … / läxhjälp · studiestöd · föräldrakontakt"."""
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    return 2 <= len(lines) <= 4 and _sender_name(Block(lines[0])) and any(line.isupper() for line in lines) \
        and bool(re.match(r"[a-zåäö]", lines[-1]) or " · " in lines[-1]) and not lines[-1].endswith(".") \
        and not any(_TITLE_WORDS.search(line) or parse_date(line) for line in lines)


def _sender_name(block: Block) -> bool:
    """The organisation's name over its motto, above its letterhead: "KULTURKOMPANIET LOMMA / Ideell förening för
    barn- och ungdomskultur"."""
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    return 1 <= len(lines) <= 2 and all(len(line) < 70 and not line.endswith(".") for line in lines) \
        and not any(_TITLE_WORDS.search(line) or parse_date(line) or layout.ADDRESSED.match(line) for line in lines)


def _label_pairs(line: str) -> list[str]:
    """A header table's row of labels and values as a line per label ("Datum<TAB>2023-01-24<TAB>Dnr<TAB>BUN 2023/17":
    "Datum: 2023-01-24", "Dnr: BUN 2023/17"); a row of other cells that is no page furniture, a line per cell
    ("Anna Ekström, utvecklingsledare<TAB>Dnr UN 2024/0219"); any other line as it is."""
    cells = _cells(line)
    if len(cells) == 2 and FACT_LABEL.match(fact := f"{cells[0].rstrip(':').strip()}: {cells[1]}"):
        return [fact]  # a fact box set as a table: "Avtalsperiod<TAB>2022-01-01 – 2023-12-31"
    if len(cells) >= 2 and not layout.furniture(line) and not all(layout.label_cell(cell) for cell in cells[::2]):
        return cells
    if len(cells) < 2 or len(cells) % 2 or not all(layout.label_cell(cell) for cell in cells[::2]):
        return [line]
    return [f"{label.rstrip(':').strip()}: {value}" for label, value in zip(cells[::2], cells[1::2])]


# A form's label for a day of the agreement or its extension, its value on the next line: "Överenskommelsens startdatum",
# "Överenskommelsens slutdatum (enligt ursprunglig överenskommelse)", "Om ja, ange till och med vilket datum".
_AGREEMENT_DAY_LABEL = re.compile(r"(?i:(?:överenskommelsens|avtalets)\s+(?:startdatum|slutdatum|startdag|slutdag|första\s+dag"
                                  r"|sista\s+dag|period|giltighetstid|avtalstid)\b[^:?\n]{0,60}"
                                  r"|(?:startdatum|slutdatum)\s+för\s+(?:överenskommelsen|avtalet)\b[^:?\n]{0,40}"
                                  r"|avtalsperiod|avtalstid|(?:om\s+ja,\s+)?(?:ange\s+)?(?:till\s+och\s+med|ny\s+slutdag)\b[^:?\n]{0,40})"
                                  r":?")


# A letter's or an e-mail's greeting: "Hej Sara,", "Hej Gösta och Marianne,", "Hej!", "Hej alla,".
_GREETING = re.compile(r"(?:Hej|Hejsan|Hallå|Hello|Hi|Kära|Bästa)(?:\s+[\w-]+(?:\s+(?:och|&)\s+[\w-]+)?){0,3}\s*[!,.]?")
# A form's question about the agreement with its answer: "Har överenskommelsen förlängts? Ja".
_AGREEMENT_QUESTION = re.compile(r"(?i:har|fanns|avslutas|avslutades)\b[^?\n]{0,60}(?i:överenskommelse|avtal|förläng)[^?\n]{0,60}\?"
                                 r"\s*(?:\[[Xx ]?\]\s*)?(?i:ja|nej)\b")


def _header_lines(lines: list[str], draft: Draft) -> list[str]:
    """What each line of a header block is; the lines that are none of the known kinds (the title)."""
    leftovers: list[str] = []
    index = 0
    after_committee = False  # the line under the committee may be the meeting date
    under_letterhead = False  # a unit's short name under the administration's is the letterhead's too
    while index < len(lines):
        line = lines[index]
        was_under_letterhead, under_letterhead = under_letterhead, False
        rest_of = lambda pattern: pattern.sub("", line, count=1).strip()  # noqa: E731
        if index + 1 < len(lines) and _AGREEMENT_DAY_LABEL.fullmatch(line) and DATE.match(lines[index + 1]):
            # a form's label of the agreement's day over its value: "Överenskommelsens startdatum" / "2021-09-01"
            # (no date of the document's); read with the text as one fact, the lines left as they are
            draft.facts.append(f"{line} {lines[index + 1]}")
            draft.unplaced += lines[index:index + 2]
            index += 2
            continue
        if _GREETING.fullmatch(line):
            draft.unplaced.append(line)  # a letter's greeting, "Hej Sara,": never a title
            index += 1
            continue
        if _AGREEMENT_QUESTION.match(line):
            draft.facts.append(line)  # "Har överenskommelsen förlängts? Ja": read with the text, never a title
            draft.unplaced.append(line)
            index += 1
            continue
        if layout.OFFICER_LABEL.match(line):
            index = _case_officer(lines, index, draft)
            continue
        if "case_officer" not in draft.fields and index + 1 < len(lines) and re.fullmatch(layout.PERSON_NAME, line) \
                and layout.phone_in(lines[index + 1]) and _administrations_contact(lines, index):
            # Göteborg's letterhead names its officer without a label: "Avdelning Barn och familj" / "Linnea Öberg" /
            # "Telefon: 031-365 41 27" (a "Handläggare" later in the document still comes first)
            index += _case_officer(["Handläggare", *lines[index:]], 0, draft) - 1
            draft.officer_by_contact = True
            continue
        if layout.CASE_LABEL.match(line) and "case_number" not in draft.fields:
            value = rest_of(layout.CASE_LABEL)
            if not value and index + 1 < len(lines):
                index, value = index + 1, lines[index + 1]
            draft.set("case_number", value.rstrip("."))
        elif layout.MEETING_LABEL.match(line) and not ("committee" not in draft.fields and _COMMITTEES_MEETING.match(line)
                                                       and _committee_line(line)):
            # (a committee's own, "Utbildningsnämndens sammanträde 2025-02-12", names the committee too: its line below)
            value = rest_of(layout.MEETING_LABEL)
            if not value and index + 1 < len(lines):
                index, value = index + 1, lines[index + 1]
            _meeting_date(value, draft)
        elif layout.DATE_LABEL.match(line):
            value = re.sub(r"\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}$", "", rest_of(layout.DATE_LABEL))  # the time it was sent
            if not value and index + 1 < len(lines) and parse_date(lines[index + 1]):
                index, value = index + 1, lines[index + 1]  # the document's date: no field for it, but it dates
            draft.dated = draft.dated or parse_date(value)  # an agreement beginning after it is the next step
        elif layout.ADDRESSED.match(line) and (rest_of(layout.ADDRESSED) or index + 1 < len(lines)):
            value = rest_of(layout.ADDRESSED)
            names = [value] if value else []
            while not value and index + 1 < len(lines) and not parse_date(lines[index + 1]) \
                    and not layout.MEETING_LABEL.match(lines[index + 1]):
                index += 1
                names.append(lines[index])
                if layout.committee(" ".join(names)):
                    break
            after_committee = _committee(names, draft)
            index += 1
            continue
        elif (kind := layout.DOCUMENT_KIND.match(line)) and kind["addressed"]:
            after_committee = _committee([kind["addressed"]], draft)
            index += 1
            continue
        elif _committee_line(line) and ("committee" not in draft.fields or _working_committee(draft.fields["committee"])
                                        and not _working_committee(line)):
            # the committee that decides, after its working committee that prepares: "Socialnämndens arbetsutskott
            # 2024-04-10" over "Socialnämnden 2024-04-24"
            draft.fields.pop("committee", None)
            after_committee = _committee([line], draft)
            index += 1
            continue
        elif after_committee and parse_date(line):
            _meeting_date(line, draft)
        elif _officer_phone(line, draft):
            pass  # a form's "Telefon" beside "Handläggare", its value beside the officer's name
        elif layout.letterhead(line) or layout.furniture(line):
            # the document's date, as its running header repeats it, alone or in a cell of its own
            draft.dated = draft.dated or parse_date(line) or next(
                (parse_date(cell.strip()) for cell in line.split("\t") if layout.ISO_DATE.fullmatch(cell.strip())), None) \
                or (parse_date(at_end.group()) if layout.DOCUMENT_KIND.match(line) and (at_end := _date_at_end(line))
                    else None)  # "Tjänsteskrivelse, 2023-04-03"
            if re.search(r"förvaltning(?:en)?\b", line, re.IGNORECASE) and not draft.administration:
                draft.administration = line
            if layout.named(line, layout.MUNICIPALITY) and not draft.municipality:
                draft.municipality = line
            elif not draft.municipality and (named := layout.MUNICIPALITY_FIRST.match(line)):
                draft.municipality = named["name"]  # a running header: "SIGTUNA KOMMUN  Tjänsteskrivelse  1 (3)  Dnr …"
            bare = [cell.strip() for cell in line.split("\t") if layout.BARE_CASE_NUMBER.match(cell.strip())]
            if "case_number" not in draft.fields and (number := case_number_in(line) or (bare[0] if bare else None)):
                draft.set("case_number", number)  # the same header's "Dnr SN 2023/0214", or its bare number
            under_letterhead = layout.letterhead(line)
        elif _MINUTE.match(line):
            draft.unplaced.append(line)  # a protocol's paragraph number: "§ 112"
        elif FACT_LABEL.match(line):
            draft.facts.append(line)  # a fact box's line: "Avtalsperiod: 2021-01-01–2023-12-31", read with the text
            draft.unplaced.append(line)
        elif (unlabelled := UNLABELLED_OFFICER.match(line)) and "case_officer" not in draft.fields \
                and not layout.named(unlabelled["name"], layout.MUNICIPALITY):
            # "Anna Ekström, utvecklingsledare" in the letterhead, her phone on a line below
            officer = {"name": unlabelled["name"]}
            phone = next((found for later in lines[index + 1:index + 4] if (found := layout.phone_in(later))), None)
            if phone:
                officer["phone"] = phone
            draft.set("case_officer", officer)
        elif was_under_letterhead and _unit_name(line):
            under_letterhead = True  # "Region Gotland / Socialförvaltningen / Socialtjänst vuxen"
        elif layout.BARE_CASE_NUMBER.match(line) and "case_number" not in draft.fields:
            draft.set("case_number", line)
        elif parse_date(line) or _place_and_date(line) or ((dated := DATED.match(line)) and parse_date(dated["date"])):
            draft.unplaced.append(line)  # the document's own date ("Utfärdad: 2025-03-10"): no field for it
            at_end = _date_at_end(line)
            draft.dated = draft.dated or parse_date(line) or (parse_date(at_end.group()) if at_end else None)
        elif layout.phone_in(line) or layout.EMAIL.match(line):
            pass  # contact details outside the case officer's block: never the title
        elif _field(line):
            draft.facts.append(line)  # a form's field ("Partnerskapets namn: …", "E-tjänst: …"): never the title
            draft.unplaced.append(line)
        else:
            leftovers.append(line)
        after_committee = False
        index += 1
    return leftovers


def _officer_phone(line: str, draft: Draft) -> bool:
    """A labelled phone ("Telefon: 0620-68 23 71") for a case officer read without one: given to the officer."""
    officer = draft.fields.get("case_officer")
    phone = layout.phone_in(line)
    if officer is None or "phone" in officer or not phone or not layout.PHONE_LABEL.match(line) \
            or re.search(r"växel", line, re.IGNORECASE):
        return False
    officer["phone"] = phone
    draft.missing.pop("case_officer.phone", None)
    return True


# The kind of partnership alone, as a template's header gives it over the report's own title.
PARTNERSHIP_KIND = re.compile(r"^(?:(?:ett\s+)?idéburet\s+offentligt\s+partnerskap(?:\s*\(IOP\))?|IOP)$", re.IGNORECASE)
# A label of one or two words over a date: "Utfärdad: 2025-03-10", "Senast reviderad: 12 mars 2024".
# (not a day of the agreement's: "Överenskommelsens startdatum: 2021-09-01")
DATED = re.compile(r"^(?![^:]*(?i:överenskommels|avtal|IOP|partnerskap|start|slut|period|förläng))"
                   r"[A-ZÅÄÖ][\wåäö]+(?:\s+[\wåäö]+)?\s*:\s*(?P<date>.+)$")


def _unit_name(line: str) -> bool:
    """A short name with nothing of a title, a date or a sentence: "Socialtjänst vuxen", "Barn och unga"."""
    return (len(line.split()) <= 4 and not re.search(r"\d", line) and not layout.sentence(line)
            and not _TITLE_WORDS.search(line))


def _place_and_date(line: str) -> bool:
    """"Älvsjö 2022-05-30", "Västerås den 2 oktober 2023": where and when the document was written."""
    found = _date_at_end(line)
    return bool(found) and bool(re.fullmatch(r"[A-ZÅÄÖ][\w-]+(?:\s+den)?", line[:found.start()].strip()))


def _working_committee(name: str) -> bool:
    return bool(re.search(r"\b\w*utskott", name, re.IGNORECASE))


def _committee_line(line: str) -> bool:
    """A committee's name alone, or with the meeting date after it: "Fritidsnämnden 2024-01-25" (not a unit
    named after one, "Sektor kommunstyrelsen")."""
    found = _date_at_end(line)
    name = MEETING_WORDS.sub("", line[:found.start()].strip()) if found else line
    if found and name != line[:found.start()].strip() and re.search(r"(?:nämndens|styrelsens|utskottets)$", name):
        name = name[:-1]  # "Vård- och omsorgsnämndens sammanträde 2024-05-15": the committee's meeting
    return layout.committee(name) and not layout.named(name, layout.UNIT)


# What stands between a committee and its meeting's date: "Socialnämnden den 20 mars 2024", "Till
# arbetsmarknadsnämnden, sammanträde 2024-03-28".
MEETING_WORDS = re.compile(r"(?:,?\s+(?:vid\s+|inför\s+)?(?:nämndens\s+)?(?:sammanträde(?:t|sdag|sdatum)?|"
                           r"nämndsammanträde|möte(?:t)?)(?:\s+den)?|\s+den)$", re.IGNORECASE)


def _meeting_date(text: str, draft: Draft) -> None:
    found = _date_at_end(text.strip())
    day = parse_date(found.group()) if found else None
    if day:
        draft.set("meeting_date", day)
        draft.missing.pop("meeting_date", None)


def _administrations_contact(lines: list[str], at: int) -> bool:
    """Whether the name at `at` in a letterhead's lines is the administration's: a unit of it stands above the name
    ("Avdelning Barn och familj", "Socialförvaltningen Nordost"), or the e-mail under it is a city's or a
    municipality's."""
    return any(re.match(r"(?:Avdelning|Avdelningen|Enhet|Enheten|Sektion|Sektor)\b|\S*förvaltning", line)
               for line in lines[:at]) or any(
        re.search(r"@[\w.-]*(?:kommun|stad|goteborg|malmo|stockholm|region)[\w-]*\.se$", line, re.IGNORECASE)
        for line in lines[at + 1:at + 4])


def _person(line: str) -> bool:
    """A person's name alone on a line: not a committee's, a municipality's or a unit's ("Hofors Kommun")."""
    return bool(re.fullmatch(layout.PERSON_NAME, line)) and not (
        layout.committee(line) or layout.named(line, layout.MUNICIPALITY) or layout.named(line, layout.UNIT))


def _past_frame(lines: list[str], index: int) -> int:
    """The first line from `index` that is more than a frame's side ("|" left of a stamp read by a scanner)."""
    while index < len(lines) and re.fullmatch(r"[|:]", lines[index].strip()):
        index += 1
    return index


def _case_officer(lines: list[str], index: int, draft: Draft) -> int:
    """The case officer from "Handläggare" (or "Vår referens"): the name on the same line or the next,
    then a title, phone and e-mail lines; the index of the first line after them."""
    label = lines[index]
    rest = layout.OFFICER_LABEL.sub("", lines[index], count=1).strip()
    index += 1
    if not rest:
        if index >= len(lines):
            return index
        rest, index = lines[index], index + 1
    elif (layout.committee(rest) or layout.ADDRESSED.match(rest)) and index < len(lines) \
            and (UNLABELLED_OFFICER.match(below := lines[index].split("\t")[0].strip()) or _person(below)):
        # a letterhead in two columns, the label alone in its left one: what stood beside it is the right column's
        # committee ("Handläggare<gap>Till Äldrenämnden" over "Karin Öhman, utvecklingsledare<gap>Sammanträde …",
        # "Handläggare<gap>Socialnämnden" over "Linnea Kraft")
        draft.unplaced.append(rest)
        rest, index = lines[index], index + 1
    first = rest.split("\t")[0].strip("|: ")
    if (layout.CASE_LABEL.match(first) or layout.BARE_CASE_NUMBER.match(first)) \
            and (after := _past_frame(lines, index)) < len(lines) and _person(lines[after].split("\t")[0].strip()):
        # a case number is no name: a received stamp's beside the label or under it (a scanner reads
        # "Handläggare<gap>| Dnr HV 2021/0412 |" over "Amira Hosseini")
        draft.unplaced.append(rest)
        rest, index = lines[after], after + 1
    # "Handläggare: Eva Kuoppa<TAB>Tfn 0978-121 63<TAB>E-post …": the name's cell, the phone in a cell beside it
    rest, *beside = [cell.strip() for cell in rest.split("\t") if cell.strip()] or [rest]
    officer: dict[str, str] = {"name": layout.officer_name(rest)}
    inline = layout.PHONE.search(rest) or next(filter(None, (layout.PHONE.search(cell) for cell in beside)), None)
    if inline and not re.search(r"växel", " ".join([rest, *beside]), re.IGNORECASE):
        officer["phone"] = inline.group().strip()
    while index < len(lines) and not _label(lines[index]):
        line = lines[index]
        if (phone := layout.phone_in(line)) and "phone" not in officer:
            officer["phone"] = phone
        elif not (layout.EMAIL.match(line) or len(line.split()) <= 4 and not re.search(r"\d", line)):
            break  # not a title, a phone number or an e-mail address: the officer's lines have ended
        index += 1
    if "phone" not in officer:
        draft.missing["case_officer.phone"] = "en rad 'Telefon: …' under handläggaren"
    # "Vår referens" in a letter the organisation sends is its own person, "Er referens" the administration's
    handler = not label.lower().startswith("kontakt") and not (label.lower().startswith("vår referens") and any(
        re.match(r"Er\s+referens\b", line, re.IGNORECASE) for line in lines))
    if "case_officer" not in draft.fields or (handler and draft.officer_by_contact):
        # "Handläggare" names the case officer before any "Kontaktperson", who may be the organisation's
        draft.set("case_officer", officer)
        draft.officer_by_contact = not handler
    return index


_COMMITTEE_FACT = re.compile(r"^(?:Nämnd|Ansvarig\s+nämnd)\s*:\s*(?P<name>[^,;]{3,80}?)\s*$", re.IGNORECASE)
# A proposal with the committee as its subject: "Omsorgsnämnden godkänner slutrapporten …", "Arbetsmarknads- och
# socialnämnden föreslås besluta att godkänna …".
_COMMITTEE_DECIDES = re.compile(r"^(?P<name>[A-ZÅÄÖ][^,.;:]{2,68}?)\s+(?:godkänner|beslutar|lägger|noterar|föreslås\s+besluta|"
                                r"tar\s+emot|ger|uppdrar|överlämnar|förklarar|antar|avslutar|förlänger)\b")
# The labels of a box of facts about the partnership, in a letterhead or under a title.
FACT_LABEL = re.compile(r"^(?:(?:Idéburen\s+)?[Oo]rganisation|Förening|Föreningen|Part|Parter|Nämnd|Avtalsperiod|Avtalstid|Period|"
                        r"Överenskommelser?|Samverkansform|"
                        r"Överenskommelsens\s+period|Avtalsform|Bidrag|Ersättning|Belopp|Budget|Målgrupp|Verksamhet|"
                        r"Område|Stadsdel|Organisationsnummer|Org\.?\s?nr|Projektperiod|Projekttid|Beviljat\s+(?:belopp|bidrag)|"
                        r"(?:Organisationens|Föreningens|Partnerskapets)\s+namn)(?:\s+[a-zåäö]+|\s+\d{1,2})?"  # a word, or a number: "Överenskommelse 2: …"
                        # "Bidrag totalt: kr 625 000"; a form's label in a cell of its own, its value in the next:
                        # "Överenskommelser<TAB>Årliga överenskommelser för 2022, 2023 och 2024"
                        r"(?:\s*:\s+\S|\t+[^\t]*\S[^\t]*$)",
                        re.IGNORECASE)
# A person's name and title with no label, as some letterheads give the case officer.
UNLABELLED_OFFICER = re.compile(rf"^(?P<name>{layout.PERSON_NAME}),\s+(?P<title>[a-zåäö][\w -]{{2,40}})$")


def _label(line: str) -> bool:
    return bool(layout.CASE_LABEL.match(line) or layout.DATE_LABEL.match(line) or layout.ADDRESSED.match(line)
                or layout.MEETING_LABEL.match(line) or layout.OFFICER_LABEL.match(line) or _committee_line(line))


def _committee(lines: list[str], draft: Draft) -> bool:
    """The committee addressed, its lines joined, and a meeting date after it; True if the date may follow."""
    parts = []
    for line in lines:
        found = _date_at_end(line)
        if found:
            # "Till arbetsmarknadsnämnden, sammanträde 2024-03-28": the meeting's date after the committee.
            before = MEETING_WORDS.sub("", line[:found.start()].strip())
            if re.search(r"(?:nämndens|styrelsens|utskottets)$", before, re.IGNORECASE):
                before = before[:-1]  # "Till socialnämndens sammanträde 2024-03-27": the committee is Socialnämnden
            if before:
                parts.append(before)
            if parse_date(found.group()):
                draft.set("meeting_date", parse_date(found.group()))
            else:
                draft.uncertain["committee"] = f"{found.group()} efter nämnden är inget riktigt datum och är utelämnat"
        else:
            parts.append(line)
    name = " ".join(" ".join(parts).split())
    if re.search(r"(?:nämndens|styrelsens|utskottets)$", name, re.IGNORECASE):
        name = name[:-1]  # "Till socialnämndens" over "sammanträde 2015-09-17": its meeting on the next line
    if first := layout.MUNICIPALITY_FIRST.match(name + "  "):
        # "SVEDALA KOMMUN Social- och arbetsmarknadsnämnden": the municipality, then its committee
        rest = name[first.end("name"):].strip()
        if layout.committee(rest):
            draft.municipality = draft.municipality or first["name"]
            name = rest
    if name.isupper():
        name = name.capitalize()  # "KULTUR- OCH FRITIDSNÄMNDEN" is Kultur- och fritidsnämnden
    if (comma := name.rfind(", ")) > 0 and layout.named(name[comma + 2:], layout.MUNICIPALITY):
        # "Arbetsmarknads- och integrationsnämnden, Sandvikens kommun": the committee, and whose it is
        draft.municipality = draft.municipality or name[comma + 2:]
        name = name[:comma]
    elif (whose := re.search(r"\s+i\s+(?P<name>[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+)?)$", name)) \
            and layout.named(whose["name"], layout.MUNICIPALITY) and layout.committee(name[:whose.start()]):
        # "Kultur- och fritidsnämnden i Lomma kommun", as an organisation addresses it
        draft.municipality = draft.municipality or whose["name"]
        name = name[:whose.start()]
    if name and "committee" not in draft.fields:
        draft.set("committee", name[:1].upper() + name[1:])
    return "meeting_date" not in draft.fields


# Whom the signatures below sign for: "För Föreningen Nya Bruket".
# ("För styrelsen i Ungdomsföreningen Älvgården": the association signs, through its board)
ON_BEHALF = re.compile(r"(?:För|På uppdrag av)\s+(?:styrelsen\s+(?:i|för)\s+)?(?P<name>[A-ZÅÄÖ][^\n.]{2,80})$")
NUMBERED_ITEM = re.compile(r"^\s*(?:\d{1,2}|[lI](?=\.))[.)]\s+(.*)$")  # ("l." and "I.": a scanner's "1.")
LETTERED_ITEM = re.compile(r"^\s*[a-h][.)]\s+(.*)$")
BULLET_ITEM = re.compile(rf"^\s*{ITEM_SIGN}\s+(.*)$")
# The administration's line before the proposals, no sentence of its own: "Förvaltningen föreslår att
# stadsdelsnämnden beslutar följande:", "Äldreförvaltningen föreslår att äldrenämnden beslutar", "Socialförvaltningen
# föreslår att socialnämnden" (then "1) godkänner …").
PROPOSING = re.compile(r"\bföreslår\s+att\s+[^.:;]{3,80}?(?:\s+besluta\w*(?:\s+följande)?)?\s*:?$", re.IGNORECASE)


# What a slide deck holds besides its text: the agenda's slide (its titles again) and the last slide's thanks or
# questions (never a proposal).
_AGENDA = {"agenda", "innehåll", "dagordning", "disposition", "upplägg"}
_COURTESY = re.compile(r"(?:Tack(?:\s+för\s+(?:er|din|ert)\s+\w+|\s+för\s+oss)?|Frågor|Har\s+ni\s+(?:några\s+)?frågor)"
                       r"\s*[!?]", re.IGNORECASE)  # ("Tack" over a paragraph of thanks heads a section)


def _without_slide_furniture(blocks: list[Block], draft: Draft) -> list[Block]:
    kept: list[Block] = []
    agenda = False
    for block in blocks:
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        key = heading_key(lines[0].rstrip(":")) if lines else ""
        listed = len(lines) > 1 and all(LIST_ITEM.match(line) for line in lines[1:])
        if key in _AGENDA and (len(lines) == 1 or listed) or (agenda and all(LIST_ITEM.match(line) for line in lines)) \
                or _COURTESY.fullmatch(" ".join(lines)):
            draft.unplaced.append(block.text)
            agenda = key in _AGENDA and len(lines) == 1  # its titles in the next block
            continue
        agenda = False
        kept.append(block)
    return kept


ATTACHMENT_OR_PLANNING = re.compile("|".join(re.escape(key) for key in (*PLANNING_HEADINGS, *ATTACHMENT_HEADINGS)))


def _proposals(blocks: list[Block], draft: Draft) -> list[Block]:
    """The proposals for decision, wherever they stand; the blocks without them.

    Numbered ("1."), lettered ("a)"), bulleted ("•", "–") or "att"-clauses, each one proposal; lettered items
    under a numbered one belong to it. A line that introduces them names the committee, or is the
    administration's ("Förvaltningen föreslår att nämnden beslutar följande:") and is left out.
    """
    at = next((i for i, b in enumerate(blocks) if PROPOSALS.match(b.text.split("\n")[0].strip())), None)
    if at is None:  # a protocol's extract: what was decided, under "Beslut"
        at = next((i for i, b in enumerate(blocks) if DECISION_HEADING.fullmatch(b.text.strip())), None)
    if at is None:
        return blocks
    lines_by_block = [blocks[at].text.split("\n")[1:]]
    end = at + 1
    while end < len(blocks) and not (looks_like_heading(blocks[end]) and not _proposal_line(blocks[end].text)) \
            and not is_signature(blocks[end]) and not ON_BEHALF.match(blocks[end].text) \
            and not DISTRIBUTION.match(blocks[end].text.strip()) \
            and not (ATTACHMENT_OR_PLANNING.fullmatch(heading_key(blocks[end].text.split("\n")[0].strip()))):
        # (a heading over its own lines ends them too: "Beslutsunderlag" / "• Tjänsteskrivelse …", "Beslutsplanering"
        # / "Stadsområdesnämnd Norr 2020-04-22", and whom the decision is sent: "Beslutet skickas till" / "Föreningen …")
        lines_by_block.append(blocks[end].text.split("\n"))
        end += 1
    lines = [line.strip() for chunk in lines_by_block for line in chunk if line.strip()]
    numbered = any(NUMBERED_ITEM.match(line) for line in lines)
    proposals: list[str] = []
    first_lines = {chunk[0].strip() for chunk in lines_by_block if chunk and chunk[0].strip()}
    for line in lines:
        if _when_decided(line):  # no proposal: the date, its meeting's
            if "meeting_date" not in draft.fields:
                _meeting_date(_MINUTE_AFTER.sub("", line), draft)
            draft.unplaced.append(line)
            continue
        intro = PROPOSALS_INTRO.match(line)
        if intro and not proposals and not NUMBERED_ITEM.match(line) and layout.committee(intro["committee"]):
            _committee([intro["committee"]], draft)
            continue
        if not proposals and (PROPOSING.search(line) or intro and _DECIDES_AT_END.search(line)):
            continue  # "Programnämnd social välfärd beslutar att:": the line before the proposals, not one
        if numbered and proposals and BULLET_ITEM.match(line):
            proposals[-1] += " " + line  # a numbered proposal's own points ("med följande förändringar: • …")
        elif found := NUMBERED_ITEM.match(line) or BULLET_ITEM.match(line):
            proposals.append(found.group(1))
        elif (found := LETTERED_ITEM.match(line)) and not (numbered and proposals):
            proposals.append(found.group(1))
        elif proposals and (LETTERED_ITEM.match(line) or not (line in first_lines or line.startswith("att "))) \
                and not (proposals[-1].endswith(".") and line[:1].isupper() and not numbered):
            proposals[-1] = join_lines(proposals[-1], line, set())  # (a sentence ended, a capital begins another)
        else:
            proposals.append(line)
    if proposals:
        draft.set("proposals", proposals)
    return blocks[:at] + blocks[end:]


# A paragraph of its own that proposes what the committee decides, where no heading heads the proposals: an
# association's "Vi föreslår att Kultur- och fritidsnämnden godkänner redovisningen.", or the case officer's
# "Kultur- och fritidsnämnden godkänner slutrapporten och lägger den till handlingarna." under "Förslaget blir:".
_PROPOSED_IN_TEXT = re.compile(r"(?:(?:Vi|[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){0,3})\s+föreslår\s+(?:därför\s+)?att\s+)?"
                               r"(?:[\w-]+\s+och\s+)?[\w-]*(?:nämnden|styrelsen)(?:\s+i\s+[A-ZÅÄÖ][\w-]+\s+kommun)?"
                               r"\s+godkänner\s+[^.\n]{3,160}\.?")


def _proposed_in_text(blocks: list[Block], draft: Draft) -> None:
    """The proposal a document without a heading of proposals gives in a paragraph of its own (the last such);
    the paragraph stays where it stands."""
    if "proposals" in draft.fields:
        return
    found = [text for block in blocks if _PROPOSED_IN_TEXT.fullmatch(text := " ".join(block.text.split()))]
    if found:
        draft.set("proposals", [found[-1]])


# A paragraph of the minutes: "§ 112", "KFN § 22", "§ 87/2024".
_PARAGRAPH = r"(?:[A-ZÅÄÖ]{1,6}\s+)?§\s*\d+(?:/\d{4})?"
_MINUTE = re.compile(rf"^(?:(?:Protokollsparagraf|Paragraf|Protokoll)\s*:?\s*)?{_PARAGRAPH}$")  # "Protokollsparagraf: KFN § 22"
_MINUTE_AFTER = re.compile(rf",?\s*{_PARAGRAPH}$")  # after a decision's date: "2023-09-26, BUN § 74"
# When a decision was made, under it: "Beslutsdatum: 2023-09-26, BUN § 74", "Beslutat av kultur- och
# fritidsnämnden 2023-12-12, § 58".
_DECIDED_ON = re.compile(rf"^(?:Beslutsdatum\s*:?|Beslutat\s+(?:av\s+[\w -]{{3,60}}?\s+)?(?:den\s+)?)\s*"
                         rf"\d{{4}}-\d{{2}}-\d{{2}}(?:,?\s*{_PARAGRAPH})?\.?$")


def _when_decided(line: str) -> bool:
    """A line under a protocol's or a form's "Beslut" that says when, or in which paragraph, it was decided."""
    return bool(layout.MEETING_LABEL.match(line) or _MINUTE.match(line) or _DECIDED_ON.match(line))


def _proposal_line(text: str) -> bool:
    """A proposal's line rather than a heading, even where it looks like one: numbered, lettered or "att …",
    or the line that introduces them (a numbered heading such as "1. Sammanfattning" is a heading)."""
    first = text.split("\n")[0].strip()
    if (intro := PROPOSALS_INTRO.match(first)) and re.search(r"besluta", first) and layout.committee(intro["committee"]):
        return True
    if _when_decided(first):
        return True
    if re.match(r"I\s+\S", first) and layout.committee(first[2:].strip()):
        return True  # Göteborg's "I kulturnämnden" over the proposals: the committee that decides them
    if PROPOSING.search(first) and len(first.split()) <= 12:
        return True
    return (bool(NUMBERED_ITEM.match(first) or LETTERED_ITEM.match(first) or BULLET_ITEM.match(first)
                 or first.startswith("att "))
            and not _ends_list(first) and len(first.split()) > 3)


def _distribution(blocks: list[Block]) -> list[Block]:
    """Who gets the decision ("Beslutet skickas till" and the recipients under it, in its block or the next): a
    heading of the document with its list, which is neither attachments nor signatures."""
    kept: list[Block] = []
    listing = False
    for block in blocks:
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        if DISTRIBUTION.match(lines[0]) and len(lines[0]) <= 40:
            kept.append(Block(lines[0]))
            if len(lines) > 1:
                kept.append(Block("\n".join(lines[1:]), None, True))
            listing = len(lines) == 1  # the heading alone: the recipients follow
            continue
        if listing and not layout.sentence(" ".join(lines)) and len(lines) <= 8:
            block = Block("\n".join(lines), None, True)  # a list: no heading, no signature
        kept.append(block)
        listing = False
    return kept


def _committee_dated(line: str, draft: Draft) -> bool:
    """The committee's own line with a date after it: "Stadsområdesnämnd Öster 2016-09-21"."""
    found = _date_at_end(line)
    committee = draft.fields.get("committee")
    return bool(found and committee and heading_key(line[:found.start()]) == heading_key(committee))


def _planning(blocks: list[Block], draft: Draft) -> list[Block]:
    """What the decision rests on and when it is taken ("Beslutsunderlag", "Beslutsplanering"): not text.
    The committee's own line there dates the meeting; the rest is kept for a person to place."""
    kept: list[Block] = []
    part = None
    # The documents under "Beslutsunderlag" stand in the heading's own block, or in the next one when the heading
    # stands alone; a blank line or "Beslut expedieras till" ends them.
    listed = list_next = False
    for block in blocks:
        lines = block.text.split("\n")
        key = heading_key(lines[0])
        if key in PLANNING_HEADINGS:
            part, lines = key, lines[1:]
            items = any(line.strip() for line in lines)
            listed, list_next = part == "beslutsunderlag" and items, part == "beslutsunderlag" and not items
        elif part and (not looks_like_heading(block) or _committee_dated(block.text, draft)) and not is_signature(block):
            listed, list_next = list_next, False  # ("Stadsområdesnämnd Öster 2016-09-21" reads like a heading too)
        else:
            part, listed, list_next = None, False, False
            kept.append(block)
            continue
        previous: str | None = None  # the line before, when it was an attachment's title
        for line in (line.strip() for line in lines if line.strip()):
            if part == "beslutsunderlag" and (bullet := BULLET_ITEM.match(line) or NUMBERED_ITEM.match(line)):
                line = bullet.group(1)  # "• Bilaga 1 Slutrapport …", "2. Föreningens rapport …": the item, not its sign
            attachments = draft.fields.get("attachments", [])
            if previous and attachments and attachments[-1]["title"] == previous and _wraps_on(previous, line):
                attachments[-1]["title"] = previous = join_lines(previous, line, set())
                continue
            previous = None
            if DISTRIBUTION.match(line):
                listed = False  # who gets the decision: no documents
                draft.unplaced.append(line)
            elif _committee_dated(line, draft):
                _meeting_date(line, draft)
            elif part == "beslutsunderlag" and (title := re.match(r"^Bilaga\s+\d+\s*[.:–-]?\s*(.+)$", line)):
                draft.fields.setdefault("attachments", []).append({"title": title.group(1)})
                previous = title.group(1)
            elif listed and not THIS_DOCUMENT.search(line):
                bullet = BULLET_ITEM.match(line)  # "• Föreningens slutrapport 2013–2016": the title, not its bullet
                previous = bullet.group(1) if bullet else line
                draft.fields.setdefault("attachments", []).append({"title": previous})
            else:
                draft.unplaced.append(line)  # the document itself ("Tjänsteskrivelse 2024-04-16"), or a plan
    return kept


def _attachments(blocks: list[Block], draft: Draft) -> tuple[list[Block], list[dict[str, str]]]:
    """The list of attachments, wherever it stands ("Bilagor" may come before "Ärendet"); the rest."""
    kept: list[Block] = []
    attachments: list[dict[str, str]] = list(draft.fields.pop("attachments", []))
    listing = False
    for block in blocks:
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        if heading_key(lines[0]) in ATTACHMENT_HEADINGS:
            listing, lines = True, lines[1:]
        elif listing and (_ends_list(lines[0]) or is_signature(block) or _approvals_start(lines[0])
                          or DISTRIBUTION.match(lines[0])
                          or lines == [block.text.strip()] and re.fullmatch(r"Bilaga\s+\d{1,2}", lines[0])  # it begins
                          or layout.sentence(" ".join(lines)) and not re.match(r"(?:Bilaga\s+)?\d", lines[0])):
            listing = False
        if not listing:
            kept.append(block)
            continue
        titles: list[str] = []
        for line in lines:
            item = re.match(r"^(?:Bilaga\s+)?\d+\s*[.):–-]?\s+(.*)$", line) or BULLET_ITEM.match(line)
            if item or not titles or re.match(r"^Bilaga\b", line) or _next_title(titles[-1], line):
                titles.append(item.group(1) if item else re.sub(r"^Bilaga\s*[.:–-]?\s*", "", line))
            else:
                titles[-1] = join_lines(titles[-1], line, set())
        attachments += [{"title": title} for title in titles if title]
    return kept, attachments


def _wraps_on(title: str, line: str) -> bool:
    """A line that goes on with the title above it, in a list of one document a line ("Beslutsunderlag"): the title
    ended on a word that leads on ("… mellan socialnämnden och" / "Föreningen Aspenhuset, 2020-12-09"), or the line
    is its years or begins in small letters ("… vård- och omsorgsnämnden" / "2020–2024"). Never an item of its own
    ("Bilaga 2 …", "• …") or whom the decision goes to."""
    return not LIST_ITEM.match(line) and not DISTRIBUTION.match(line) and (
        title.split()[-1] in STOP_WORDS or bool(re.match(r"(?:\d{4}(?:\s*[–-]\s*\d{4})?(?:$|[,)])|[a-zåäö])", line)))


def _next_title(before: str, line: str) -> bool:
    """In a list without numbers, a line that begins another title rather than going on with the one above:
    it begins in upper case after a title that ends with a year or a word that ends a phrase
    ("… i Härlanda, september 2020" / "Överenskommelse om …"), not with "och", "för" or a name that wraps."""
    last = before.split()[-1] if before.split() else ""
    return bool(re.match(r"[A-ZÅÄÖ]", line)) and (bool(re.search(r"\d$", last)) or (
        bool(re.fullmatch(r"[a-zåäöé]+", last)) and last not in STOP_WORDS))


def _ends_list(line: str) -> bool:
    """A heading after which the attachments are over: a section the site knows, the approvals, the planning."""
    key = heading_key(NUMBERING.sub("", line))
    return (key in KNOWN_HEADINGS or key in OPENING_HEADINGS or key == APPROVALS_HEADING or key in PLANNING_HEADINGS
            or key in SIGNATURE_HEADINGS or bool(PROPOSALS.match(line)))


def _split_closing(blocks: list[Block], draft: Draft,
                   listed: set[str]) -> tuple[list[Block], list[Block], list[Block]]:
    """Body, signatures and the approvals, of the memo and of each document it sends, in the same text after the memo's
    signatures or approvals ("Bilaga 1" and the organisation's report, perhaps signed by its own chair): that
    document's title heads its sections, nested under it (`AttachedTitle`), and its signatories are the memo's too."""
    at = next((i for i, block in enumerate(blocks) if ATTACHED_PART.match(block.text.strip()) and "\n" not in block.text
               and (any(is_signature(b) or _approvals_start(b.text.split("\n")[0]) for b in blocks[max(0, i - 4):i])
                    or i + 1 < len(blocks) and blocks[i + 1].text.split("\n")[0].strip() in listed)),
              None)  # after the memo's signatures, or over the title of a document the memo lists
    if at is None:
        return _split_closing_one(blocks, draft)
    part = blocks[at:]
    if re.fullmatch(r"Bilaga\s+\d{1,2}", part[0].text.strip()):
        draft.unplaced.append(part[0].text)  # "Bilaga 1" over the document's own title: a label, no heading
        part = part[1:]
    if len(part) > 1 and "\n" not in part[0].text.strip() and "\n" not in part[1].text.strip() \
            and re.fullmatch(r"[A-ZÅÄÖÉ][A-ZÅÄÖÉ&.,' -]+", part[0].text.strip()):
        draft.unplaced.append(part[0].text)  # "VÅXNÄS GRANNSKAPSFÖRENING" over its title: a letterhead
        part = part[1:]
    if part:
        title, *rest = part[0].text.split("\n")
        part = [AttachedTitle(title.strip()), *([Block("\n".join(rest), None, True)] if rest else []), *part[1:]]
    body, signatures, closing = _split_closing_one(blocks[:at], draft)
    part_body, part_signatures, part_closing = _split_closing(part, draft, listed)  # and a second document after this one
    return body + part_body, signatures + part_signatures, closing + part_closing


class AttachedTitle(Block):
    """The title of a document the memo sends, at the top level with every heading after it nested under it."""


def _split_closing_one(blocks: list[Block], draft: Draft) -> tuple[list[Block], list[Block], list[Block]]:
    """Body, signatures and the approvals.

    The signatures are the run of signature-like blocks last before the approvals (or the end): a
    contact block inside the text stays text. An administration's name just above them is the unit of
    each signatory who names none; a heading over them ("Ansvariga") is no section.
    """
    blocks = [part for block in blocks for part in _greeting_apart(block)]
    closing_at = next((i for i, b in enumerate(blocks) if _approvals_start(b.text.split("\n")[0])),
                      len(blocks))
    end = closing_at
    while end > 0 and not is_signature(blocks[end - 1]):
        end -= 1
    start = end
    while start > 0 and (is_signature(blocks[start - 1]) or start == end):
        if not is_signature(blocks[start - 1]):
            break
        start -= 1
    if start == end:  # no signatures: everything before the closing lists is text
        return blocks[:closing_at], [], blocks[closing_at:]
    after = blocks[end:closing_at]
    # Who is sent the decision, after the signatures: the document's last section, as where it stands above them.
    sent = after if after and DISTRIBUTION.match(after[0].text.strip()) and "\n" not in after[0].text.strip() \
        and not after[0].text.strip().endswith(".") else []  # a heading, not "Beslutet expedieras till föreningen."
    if sum(1 for block in after if layout.sentence(block.text)) >= 2:
        sent = after  # signed at the top, under the proposals: the memo's text follows its signatures
    if not sent:
        draft.unplaced += [b.text for b in after]
    signatures = blocks[start:end]
    above_lines = blocks[start - 1].text.strip().split("\n") if start else []
    dated = len(above_lines) == 2 and _place_and_date(above_lines[0])  # "Karlstad den 20 januari 2025" over it
    above = above_lines[-1] if len(above_lines) == 1 or dated else ""
    on_behalf = ON_BEHALF.match(above)
    if above and (layout.named(above, layout.UNIT) or on_behalf or _units_in_columns(above)):
        # the unit over the names: "Socialförvaltningen", or whom they sign for, "För Föreningen Nya Bruket"
        signatures = [Block((on_behalf["name"] if on_behalf else above) + "\n(enhet)"), *signatures, Block(_UNIT_ENDS)]
        start -= 1
        if dated:
            draft.unplaced.append(above_lines[0])
    if start and heading_key(blocks[start - 1].text) in SIGNATURE_HEADINGS:
        start -= 1
    while start and (_place_and_date(over := blocks[start - 1].text.strip()) or GREETING.fullmatch(over)):
        start -= 1  # "Lysekil 2024-12-18" over the names: when they signed, no text; or "Med vänlig hälsning"
        draft.unplaced.append(blocks[start].text)
    body, signed_before = _signed_within(blocks[:start], draft)
    return body + sent, signed_before + signatures, blocks[closing_at:]


def _signed_within(blocks: list[Block], draft: Draft) -> tuple[list[Block], list[Block]]:
    """Signatures under a place and a date before the last ones: an association's board signs its annual report
    ("Osby den 5 februari 2025" over their names), then its auditors sign their note under it; or under their unit,
    the administration's signatures of a memo with the organisation's report attached. The text, and the
    signatures."""
    kept: list[Block] = []
    signed: list[Block] = []
    index = 0
    while index < len(blocks):
        line = blocks[index].text.strip()
        after = index + 1
        unit = "\n" not in line and (layout.named(line, layout.UNIT) or ON_BEHALF.match(line))
        if "\n" not in line and _place_and_date(line) or unit:
            # (under a unit, names set side by side: a memo signed above the organisation's report attached to it;
            # not a list of contacts, a name and title a line)
            while after < len(blocks) and is_signature(blocks[after]) and (not unit or _side_by_side(blocks[after])):
                after += 1
        if after > index + 1 and unit:
            # (the unit is theirs only: an end to it after them)
            signed += [Block((unit["name"] if isinstance(unit, re.Match) else line) + "\n(enhet)"),
                       *blocks[index + 1:after], Block(_UNIT_ENDS)]
        elif after > index + 1:
            draft.unplaced.append(blocks[index].text)  # when they signed: no text
            signed += blocks[index + 1:after]
        else:
            kept.append(blocks[index])
        index = after
    return kept, signed


_UNIT_ENDS = "(enhetens slut)"


def _side_by_side(block: Block) -> bool:
    """Signatures set in columns, a name over each: "Maria Sjöberg<gap>Lena Forsgren" over their titles."""
    table = signature_table(block) if _in_columns(block.text) else None
    first = _cells(block.text.strip().split("\n")[0])
    return bool(table) and len(first) > 1 and all(NAME_LINE.match(cell) for cell in first)


def _greeting_apart(block: Block) -> list[Block]:
    """A closing greeting, or the place and date of signing, in the block of the names it is over ("Vänliga
    hälsningar" / "Malin Ekström" / …), apart from them, so that the names read as a signature."""
    greeting, _, rest = block.text.strip().partition("\n")
    # (and where and when they signed, over the names: "Skärholmen 2025-04-02" / "Gunilla Åberg" / "Ordförande, …")
    if rest and (GREETING.fullmatch(greeting.strip()) or _place_and_date(greeting.strip())) \
            and is_signature(replace(block, text=rest)):
        return [Block(greeting.strip()), replace(block, text=rest)]
    return [block]


def _units_in_columns(line: str) -> bool:
    """A row naming whom each column of signatures signs for, one an administration's unit ("Socialförvaltningen
    <TAB>Föreningen Stödpunkten i Linköping"): the units of the names below it, not a heading."""
    cells = _cells(line)
    return 2 <= len(cells) <= 3 and any(layout.named(cell, layout.UNIT) or ON_BEHALF.match(cell) for cell in cells) \
        and all(len(cell) < 60 and cell[0].isupper() and not cell.endswith(".") and not parse_date(cell)
                and not NAME_LINE.match(cell) for cell in cells)


# Main sections that may also be a part among others under a heading: nested where a group of them is.
_PARTS_OF_A_GROUP = {"goal_fulfilment", "schedule_budget", "lessons", "commitments"}


def _sections(blocks: list[Block], draft: Draft) -> list[dict[str, Any]]:
    """Headed sections with their paragraphs, nested by the levels the document gives.

    Without levels (numbering or Word styles), headings under a heading that has no text of its own,
    or whose text ends by announcing them ("Nedan redovisas …"), are nested in it, until a heading
    the site knows as a main section ("Ekonomi", "Ärendets beredning" …) returns to the top; under the
    administration's view ("Förvaltningens synpunkter och förslag", as Stockholm's template nests the report's
    parts) none does, and among such nested parts "Ekonomi", "Måluppfyllelse" or "Lärdomar" is one more of them.
    Goals headed by their number ("Mål 1: …") stand side by side under the section of the goals.
    """
    sections: list[dict[str, Any]] = []
    stack: list[tuple[int, dict[str, Any]]] = []
    waiting = False  # the last heading has no text yet
    announcing = False  # the last paragraph announces the headings that follow
    group: int | None = None  # the level of headings nested under a parent, while that lasts
    attached = False  # within a document the memo sends: every heading is that document's
    for index, block in enumerate(blocks):
        if isinstance(block, AttachedTitle):
            attached = True
            section: dict[str, Any] = {"heading": " ".join(block.text.split())}
            stack.clear()
            sections.append(section)
            stack.append((0, section))
            waiting, announcing, group = True, False, None
            continue
        if looks_like_heading(block) and not _leads_into_list(block, blocks[index + 1] if index + 1 < len(blocks) else None):
            section = {"heading": " ".join(block.text.split())}
            level = heading_level(block)
            key = heading_key(NUMBERING.sub("", section["heading"]))
            # (a main section or a memo's part, unless it stands under the administration's view, as Stockholm's
            # template nests them)
            under_view = bool(stack) and KNOWN_HEADINGS.get(heading_key(stack[0][1]["heading"])) == "administration_view"
            # (a consequence under a heading of them all, as Gothenburg's template nests "Barnperspektivet" under
            # "Bedömning ur social dimension", stays there)
            consequence = _consequence(key) and not any(
                _CONSEQUENCES.search(heading_key(above["heading"])) and not _consequence(heading_key(above["heading"]))
                for _, above in stack)
            known = ((key in KNOWN_HEADINGS or key in MEMO_HEADINGS or consequence) and not under_view
                     or bool(DISTRIBUTION.match(section["heading"]))) and not attached  # returns to the top
            if known and group is not None and KNOWN_HEADINGS.get(key) in _PARTS_OF_A_GROUP \
                    and not (stack and GOAL_HEADING.match(stack[-1][1]["heading"])):
                known = False  # "Ekonomi", "Lärdomar" after "Bakgrund", "Genomförande" under "Beskrivning av ärendet"
            if level is None and not attached and stack and GOAL_HEADING.match(section["heading"]):
                above = stack[-1][1]["heading"]
                if GOAL_HEADING.match(above):
                    level = group = stack[-1][0]  # "Mål 2: …" beside "Mål 1: …"
                elif re.search(r"\bmål", heading_key(above)):
                    level = group = stack[-1][0] + 1  # under the section of the goals ("Måluppfyllelse")
            if level is not None and attached:
                level += 1
            elif attached:
                level = 1  # under the attached document's title
            if level is None:
                # a heading in capitals where the headings above are in capitals is one of them, not under them
                shouting = section["heading"].isupper()
                beside = shouting and bool(stack) and stack[-1][1]["heading"].isupper()
                if stack and (waiting or (announcing and not known)) and not beside:
                    level = group = stack[-1][0] + 1
                elif group is not None and not known and not (
                        shouting and any(depth == group - 1 and above["heading"].isupper() for depth, above in stack)):
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
            # (its caption may stand on the line above it: "Tabell 2. Ersättning per period")
            captioned = len(rows) > 2 and "\t" not in rows[0] and len(rows[0]) <= 120
            if len(rows) > 1 and table_rows(rows[1 if captioned else 0:], ["\t" in row for row in rows[1 if captioned else 0:]]):
                # a table: one paragraph, as it stands
                draft.uncertain["sections"] = ("en tabell står som ett stycke, rad för rad med tabb mellan kolumnerna; "
                                               "kontrollera")
                paragraphs = ["\n".join(([" ".join(rows[0].split())] if captioned else []) + [
                    "\t".join(cell.strip() for cell in row.split("\t")) for row in rows[1 if captioned else 0:]])]
            elif len(rows) > 1 and DISTRIBUTION.match(stack[-1][1]["heading"]):
                paragraphs = ["\n".join(row.strip() for row in rows if row.strip())]  # the recipients, one a line
            elif len(rows) > 1 and (count := labelled_then_told([row.strip() for row in rows if row.strip()])):
                # a fact box: "Avtalsperiod: …", a line each; the sentence after its lines a paragraph of its own
                lines = [" ".join(row.split()) for row in rows if row.strip()]
                paragraphs = [*lines[:count], *([" ".join(lines[count:])] if lines[count:] else [])]
            else:
                paragraphs = _labelled_lines(rows) or [" ".join(block.text.split())]
            stack[-1][1].setdefault("paragraphs", []).extend(paragraphs)
            waiting = False
            announcing = bool(re.search(r"\b[Nn]edan\b[^.]*\.?$", paragraphs[-1]))
        else:
            draft.unplaced.append(block.text)  # text before the first heading
            draft.loose.append(block.text)
    return sections


def _labelled_lines(rows: list[str]) -> list[str] | None:
    """A paragraph whose lead ends in a colon over lines of a label and its value, then a sentence on the next line,
    no blank line between ("Nämndens bidrag har varit:" / "Läsåret 2021/22: 280 000 kr" / "Summa: 860 000 kr" /
    "Därutöver har vi fått …"): the lead with its lines, each kept on its own, and the sentence after them as a
    paragraph of its own. None for any other block."""
    rows = [" ".join(row.split()) for row in rows if row.strip()]
    first = next((i for i in range(1, len(rows)) if rows[i - 1].endswith(":") and LABELLED.match(rows[i])), None)
    if first is None:
        return None
    last = first
    while last + 1 < len(rows) and LABELLED.match(rows[last + 1]) and len(rows[last + 1]) <= 80:
        last += 1
    rest = rows[last + 1:]
    # (what follows the lines is sentences: never a value that wraps on, or a signature's name of its organisation)
    if last == first or len(rows[first]) > 80 or (rest and not layout.sentence(" ".join(rest))):
        return None
    return ["\n".join([" ".join(rows[:first]), *rows[first:last + 1]]), *([" ".join(rest)] if rest else [])]


# A clause that a list goes on with: "Inom partnerskapet har föreningen genomfört", "Aktiviteterna har bland annat
# omfattat" over "• gemensamma luncher …".
_CLAUSE_VERB = re.compile(rf"\b(?:{CLAUSE_VERBS})\b")


def _leads_into_list(block: Block, following: Block | None) -> bool:
    """A line without a heading's style, written as the start of a sentence whose items the list after it gives."""
    return (block.heading is None and following is not None and not NUMBERING.match(block.text)
            and bool(following.list_item or LIST_ITEM.match(following.text))
            and bool(_CLAUSE_VERB.search(block.text)) and bool(re.search(r"[a-zåäö]$", block.text))
            and not ASKS.match(block.text)  # "Så har läxhjälpen fungerat" over its points: a heading
            and not DISTRIBUTION.match(block.text))  # "Beslutet ska skickas till" over whom it goes to: a heading


def walk(sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for section in sections:
        found.append(section)
        found += walk(section.get("sections", []))
    return found


# The roles of an association's own people, who sign its report, never for an administration.
_ASSOCIATION_ROLE = re.compile(r"(?:vice\s+)?ordförande|verksamhetsledare|kassör|sekreterare|styrelseledamot|"
                               r"föreståndare|verksamhetsansvarig", re.IGNORECASE)


def _closing(signature_blocks: list[Block], blocks: list[Block], draft: Draft,
             attachments: list[dict[str, str]]) -> None:
    """Signatures, the approvals table, and the attachments found wherever they stood."""
    signatories: list[dict[str, str]] = []
    approvals = []
    statement = None
    unit_above = None
    people = []
    for block in signature_blocks:
        lines = [line.strip() for line in block.text.split("\n")]
        table = signature_table(block) if _in_columns(block.text) else None
        people += table or _signed_lines(block) or [lines]
    units: list[str] = []  # a unit over each column of names: "Kungsholmens stadsdelsförvaltning<gap>För Föreningen …"
    for lines in people:
        if lines == [_UNIT_ENDS]:  # the signatures under a unit have ended; those below are not its
            unit_above, units = None, []
            continue
        if lines[-1] == "(enhet)":  # the administration's name above the signatures
            unit_above = lines[0].capitalize() if lines[0].isupper() else lines[0]  # "KOMMUNLEDNINGSFÖRVALTNINGEN"
            units = [ON_BEHALF.sub(r"\g<name>", cell) for cell in _cells(unit_above)]
            units = units if len(units) > 1 else []
            continue
        if behalf := _signs_for(lines):
            lines = [lines[1], lines[2], behalf["name"]]  # "För Socialförvaltningen Nordost" over a name and title
        person = {"name": lines[0]}
        contact = [line for line in lines[1:] if layout.EMAIL.match(line) or layout.PHONE.fullmatch(line.strip())]
        if contact:  # a signatory's phone or e-mail is no title or unit; a phone makes the case officer if none is
            lines = [line for line in lines if line not in contact]
            phone = next((line.strip() for line in contact if layout.PHONE.fullmatch(line.strip())), None)
            chair = len(lines) > 1 and _ASSOCIATION_ROLE.match(lines[1])  # never the officer: the committee's is
            if phone and "case_officer" not in draft.fields and not chair:
                draft.set("case_officer", {"name": lines[0], "phone": phone})
                draft.missing.pop("case_officer", None)
        if len(lines) == 2 and (split := re.match(r"^(.+?),\s+(.+)$", lines[1])) and (
                layout.named(split.group(2), layout.UNIT) or re.fullmatch(r"[A-ZÅÄÖ][a-zåäö-]+", split.group(1))) \
                and (split.group(2)[:1].isupper() or re.search(r"förvaltning(?:en)?$", split.group(2))):
            # "Avdelningschef, Avdelningen för trygghet", "Verksamhetschef, Individ och familj": a title, its unit
            # (but "Avdelningschef, äldreomsorg", "Enhetschef, våld i nära relationer": the title, as writers take it)
            lines = [lines[0], split.group(1), split.group(2)]
        if len(lines) > 1:
            person["title"] = lines[1]
        if len(lines) > 2:
            person["unit"] = " ".join(lines[2:])
        elif units:
            person["unit"] = units.pop(0)
        elif unit_above and not (len(lines) > 1 and _ASSOCIATION_ROLE.fullmatch(lines[1])
                                 and re.search(r"förvaltning(?:en)?$", unit_above, re.IGNORECASE)):
            person["unit"] = unit_above  # (never the administration's, for the association's chair or leader)
        if person.get("unit", "").lower().endswith(("förvaltning", "förvaltningen")):
            draft.administration = draft.administration or person["unit"]
        signatories.append(person)
    part = heading = None
    for block in blocks:
        lines = block.text.split("\n")
        if heading_key(lines[0]) in APPROVALS_HEADINGS:
            part, heading, lines = "approvals", lines[0].strip(), lines[1:]
        elif APPROVED.match(lines[0].strip()) or APPROVED_BY.match(lines[0].strip()):
            part, heading = "approvals", None  # the statement, or the first approval, heads them itself
        if part != "approvals":
            draft.unplaced.append(block.text)
            continue
        for raw in lines:
            cells = [cell.strip() for cell in raw.split("\t") if cell.strip()]
            line = " ".join(raw.replace("\t", " ").split())
            row = re.match(r"^(.+?),\s*(.+?),?\s+(\d{4}-\d{2}-\d{2})$", line)  # "Lena Ström, Stadsdelsdirektör, 2024-04-03"
            if by := APPROVED_BY.match(line):
                approvals.append({"name": by["name"].strip(), "title": by["title"].strip(), "date": parse_date(by["date"])})
            elif len(cells) == 3 and parse_date(cells[2]):  # "Namn<TAB>Roll<TAB>Datum"
                approvals.append({"name": cells[0], "title": cells[1], "date": parse_date(cells[2])})
            elif row and parse_date(row.group(3)):
                approvals.append({"name": row.group(1), "title": row.group(2), "date": parse_date(row.group(3))})
            elif re.match(r"^Namn(?:\s+\w+)?\s+Datum$", line) or not line:
                continue
            elif statement is None and not approvals:
                statement = line
            else:
                draft.unplaced.append(line)
    if approvals and statement is None and heading and heading_key(heading) != APPROVALS_HEADING:
        statement = heading  # "Signerat digitalt": the heading is all the document says above the table
    for name, value in (("signatories", signatories), ("approvals_statement", statement),
                        ("approvals", approvals), ("attachments", attachments)):
        if value:
            draft.set(name, value)
        else:
            draft.missing[name] = {"signatories": "namn med titel efter det sista avsnittet",
                                   "approvals_statement": "meningen under 'Attesterat av'",
                                   "approvals": "rader 'Namn, Titel  ÅÅÅÅ-MM-DD' under 'Attesterat av'",
                                   "attachments": "en lista under 'Bilagor'"}[name]


def _approvals_start(line: str) -> bool:
    return heading_key(line) in APPROVALS_HEADINGS or bool(APPROVED.match(line.strip()) or APPROVED_BY.match(line.strip()))


# An approval on a line of its own: "Godkänd av: Ingrid Westman, avdelningschef, 2022-05-11".
APPROVED_BY = re.compile(r"^(?:Godkänd|Godkänt|Attesterad|Signerad)\s+av:?\s+(?P<name>[^,]+),\s*(?P<title>[^,]+?),?\s+"
                         r"(?P<date>\d{4}-\d{2}-\d{2})$", re.IGNORECASE)


def _date_at_end(line: str) -> re.Match[str] | None:
    """The date a line ends on, in any form the grammar reads ("2024-08-22", "22 augusti 2024")."""
    last = None
    for last in DATE.finditer(line):
        pass
    return last if last and not line[last.end():].strip() else None
