"""Import: what a line of a municipal document is by its form, whatever the municipality.

Letterheads (the municipality, the administration, a unit), the kind of
document, page numbers, running footers and the address block at the foot
of a page are page furniture: never a title, a paragraph, a contact or a
figure. Labelled lines (Handläggare, Diarienummer, Datum, Till …) say what
the value after them is. The rules go by form (a line's words and shape),
not by any one document, so that a layout not seen before reads the same.
"""
from __future__ import annotations

import re

from .extract import CELLS, LIST_ITEM, PAGE_NUMBER, Block
from .grammar import DATE

# "Göteborgs Stad", "Malmö stad", "LUNDS KOMMUN", "Region Skåne".
MUNICIPALITY = re.compile(r"^(?:[\w-]+\s+){1,3}(?:stad|kommun|region|landsting)$|^Region\s+[\w-]+$", re.IGNORECASE)
# An administration or a unit: "Socialförvaltningen Nordost", "Avdelningen för trygghet", "Kultur- och
# fritidsenheten", "Kommunkontoret", "Sektor kommunstyrelsen", "Socialtjänsten, Individ- och familjeomsorgen".
UNIT = re.compile(
    r"^(?:[\w-]+(?:\s+och\s+|\s+|,\s+)){0,4}?[\w-]*(?:förvaltning|förvaltningen|avdelning|avdelningen|enhet|enheten|"
    r"kontor|kontoret|sektion|sektionen|staben|socialtjänsten|sekretariat|sekretariatet|omsorgen)(?:\s+[A-ZÅÄÖ][\w-]*){0,2}$"
    r"|^(?:Avdelning(?:en)?|Enhet(?:en)?|Sektion(?:en)?|Sektor|Verksamhetsområde"
    r"|Förvaltning(?:en)?\s+för(?!\s+fram\b))\s+[\wÅÄÖåäö]"
    # "Individ- och familjeomsorgen, enheten för barn och unga"
    r"|^[\wÅÄÖåäö -]{3,60},\s+(?:enheten|avdelningen|sektionen)\s+för\s+[\wÅÄÖåäö -]{2,50}$",
    re.IGNORECASE)
# Words of a sentence or a heading, never of a unit's or a committee's name.
NOT_IN_NAMES = {"med", "av", "till", "i", "på", "om", "från", "hos", "inom", "under", "genom", "vid", "mellan", "har",
                "är", "som", "att", "det", "den", "de", "en", "ett", "samverkan", "förslag", "beslut"}
# The kind of document, alone or addressed: "Tjänsteutlåtande", "TJÄNSTESKRIVELSE", "Tjänsteskrivelse till Kommunstyrelsen".
# (with its date as well: "Tjänsteskrivelse, 2023-04-03", "Utdrag ur protokoll från sammanträde 2024-01-25",
# "Information till socialnämnden 2024-02-08")
DOCUMENT_KIND = re.compile(r"^(?:Tjänsteutlåtande|Tjänsteskrivelse|Missiv|Promemoria|PM|Ärende|Handling|Protokollsutdrag|"
                           r"Sammanträdesprotokoll|Protokoll|Rapport|Slutrapport|Slutredovisning|Information|"
                           r"(?:Utdrag|Protokollsutdrag)\s+(?:ur|från)\s+(?:sammanträdes)?protokoll(?:et)?"
                           r"(?:\s+från\s+sammanträde(?:t)?)?)"
                           r"(?:\s+till\s+(?P<addressed>.+)|,?\s+(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4}))?$",
                           re.IGNORECASE)
# A page's footer that carries its number: "Göteborgs Stad Socialförvaltningen Nordost, tjänsteutlåtande 1 (4)".
NUMBERED_FOOTER = re.compile(r"^.{3,100}?[\s,]+(?:sida\s+|sid\.?\s+)?\d{1,3}\s*(?:\(\d{1,3}\)|av\s+\d{1,3})$", re.IGNORECASE)
# A running header with the page's number inside: "SIGTUNA KOMMUN  Tjänsteskrivelse  2 (3)  Dnr SN 2023/0214".
PAGE_TOKEN = re.compile(r"\b(?:sida\s+)?\d{1,3}\s*\(\d{1,3}\)|\bsida\s+\d{1,3}\s+av\s+\d{1,3}\b", re.IGNORECASE)
HEADER_SIGNAL = re.compile(r"\b(?:dnr|diarienummer|diarienr|ärendenummer|tjänsteskrivelse|tjänsteutlåtande|stad|"
                           r"kommun|region)\b", re.IGNORECASE)
# The word that labels a phone number, in any of the ways documents write it: "Telefon", "Tel.", "Tfn",
# "Telefonnummer", "Direkttelefon", "Direktnummer", "Mobil", "Mobiltelefon", "Mobilnummer".
_PHONE_WORD = r"(?:(?:direkt|mobil)?(?:telefon(?:nummer)?|tfn|tel)|direktnummer|mobil(?:nummer)?)"
# The address block at the foot of a page.
ADDRESS = re.compile(
    r"^(?:Post|Besöks|Leverans|Faktura)adress\b|^Box\s+\d+|^\d{3}\s?\d{2}\s+[A-ZÅÄÖ][\w-]+$"
    rf"|^(?:{_PHONE_WORD}|Växel|Fax|E-post|Epost|Mejl|Webb(?:plats)?|Hemsida|Internet|"
    r"Org\.?\s*nr|Organisationsnummer|Bankgiro|Plusgiro)\b"
    r"|^(?:https?://|www\.)\S+$|^(?=[\w.-]*[a-z])[a-z0-9-]+(?:\.[a-z0-9-]+)+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"
    # a phone number alone (never a table's row of counts in runs of spaces, "2022         112             35")
    r"|^\+?(?!.*\s{3})[\d -]{7,}(?:\s*\(växel\))?$"
    # a street address with its postal code and town: "Tunnlandsvägen 1, 168 45 Bromma". Letters only in the
    # street's and the town's words, the town capitalised: a budget's row ("Lokalhyra 2023 45000 kr") is no address.
    r"|(?-i:^[A-ZÅÄÖ][a-zåäöé-]+(?:\s+[A-ZÅÄÖa-zåäöé-]+){0,3}\s+\d{1,4}\s?[A-Za-z]?,?\s+\d{3}\s?\d{2}"
    r"\s+[A-ZÅÄÖ][A-ZÅÄÖa-zåäöé-]{2,}(?:\s+[A-ZÅÄÖ][A-ZÅÄÖa-zåäöé-]+)?$)", re.IGNORECASE)
PHONE_LABEL = re.compile(rf"{_PHONE_WORD}\b", re.IGNORECASE)  # the label that begins a phone's line
PHONE = re.compile(r"(?:\+46\s?|0)\d{1,4}[\s-]?\d{2,3}(?:[\s-]?\d{2,3}){1,3}")
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# A committee, board or council, as a document addresses it: "Socialnämnden Nordost", "Kommunstyrelsen",
# "Enskede-Årsta-Vantörs stadsdelsnämnd", "Arbetsmarknads- och socialnämnden".
COMMITTEE = re.compile(r"^(?:(?:[\w-]+(?:\s+och\s+|\s+))*?[\w-]*(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet)"
                       r"(?:\s+[A-ZÅÄÖ][\w-]*)?"
                       # named by what it is for: Örebro's "Programnämnd social välfärd" ("Nämnden för …" measured
                       # and left out: it read a wrong committee where no document of the tuning half has one)
                       r"|(?:Program|Område)nämnd(?:en)?(?:\s+för)?(?:\s+(?-i:[a-zåäö][\w-]*)){1,4})$", re.IGNORECASE)
# Labels before a value, on the same line or alone above it.
# A person's name: two to four capitalised words ("Anna Svensson", "Evelyn Garate Ormazabal").
PERSON_NAME = r"[A-ZÅÄÖÉ][\w'-]+(?: [A-ZÅÄÖÉ][\w'-]+){1,3}"
# "Kontakt:" only before a person's name ("Kontakt: Amir Sahin, utvecklingsstrateg, …"), not an address.
_PERSON_AFTER = rf"(?=\s*:\s*(?-i:(?!Föreningen|Stiftelsen|Förbundet){PERSON_NAME})\s*(?:,|$))"
# ("Er referens": the administration's officer, in a letter the organisation sends the committee.)
# ("Handl: Jonas Lindberg" abbreviated; "Att: Sara Lindqvist, fritidschef", whom an organisation's letter is for at
# the administration)
OFFICER_LABEL = re.compile(r"^(?:Handläggare(?:\s+(?:på|vid)\s+(?:förvaltningen|kommunen)(?=\s*[:\t]|\s*$))?|"
                           r"Handl\.?(?=\s*:)|Att(?=\s*:\s*[A-ZÅÄÖ])|Vår\s+handläggare|Vår\s+referens|"
                           # a memo's sender, a name and a title, never a mail's ("Från: Lena Sjöholm <…>")
                           # (never an organisation's: "Från: Anna Berg, ordförande i föreningen …")
                           r"Från(?=\s*:\s*[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?,\s*[a-zåäö])"
                           r"(?![^\n]*\b(?:ordförande|förening\w*|styrelse\w*|kassör|verksamhetsledare)\b)|"
                           r"Er\s+referens|Ansvarig\s+tjänsteperson|"
                           r"Kontaktperson(?:\s+(?:i|på|hos|vid)\s+(?:kommunen|[\w-]*förvaltningen|staden|regionen)"
                           r"|\s+för\s+(?:rapporten|slutrapporten|redovisningen|ärendet)(?=\s*:)"  # "… för rapporten: …"
                           # "Kontaktperson Habo kommun: …", "… Upplands Väsby kommun: …", "… Region Gotland: …"
                           r"|(?:\s+[A-ZÅÄÖ][\w-]+){1,2}\s+(?:kommun|stad)(?=\s*:)|\s+Region\s+[A-ZÅÄÖ][\w-]+(?=\s*:))?|"
                           r"Kontaktuppgifter|Kontakt" + _PERSON_AFTER +
                           r"|Föredragande|Ansvarig\s+handläggare)\b\s*:?\s*", re.IGNORECASE)
# The case officer named in a closing sentence: "Ytterligare upplysningar lämnas av Anders Wiklund,
# föreningskonsulent, telefon 08-535 378 42, e-post …", "Ärendet har handlagts av …", "Handläggare för ärendet
# är Sofia Nyström, enhetschef. Hon nås på telefon 0141-22 53 18 …", "Ärendet har beretts av fritidskonsulent Jonas
# Hedlund." (the title before the name, in small letters).
OFFICER_SENTENCE = re.compile(
    rf"\b(?:(?:[Yy]tterligare\s+)?(?:[Uu]pplysningar|[Ii]nformation|[Ff]rågor)(?:\s+om\s+ärendet)?\s+(?:lämnas|ges|besvaras)\s+av"
    rf"|[Hh]andläggare(?:\s+för\s+ärendet)?\s+är|[Ää]rendet\s+har\s+(?:handlagts|beretts|utretts)\s+av"
    rf"|[Kk]ontaktperson(?:\s+för\s+ärendet)?\s+är)\s+(?:[a-zåäö][\w-]*\s+){{0,2}}?"
    rf"(?P<officer>{PERSON_NAME}(?:,[^.]*?\d[\d -]+\d|[^.]*\.\s+(?:Hon|Han|Hen)\s+nås[^.]*?\d[\d -]+\d)?)")
CASE_LABEL = re.compile(r"^(?:Dnr|Diarienr|Diarienummer|Ärendenummer|Ärendenr|Vårt\s+dnr|Vår\s+beteckning|"
                        r"Ert\s+(?:dnr|diarienummer|ärendenummer)|Er\s+beteckning|"
                        r"Beteckning|Ärende-?\s?nr)\b\.?(?:\s*\([^()\n]{1,40}\))?\s*:?\s*", re.IGNORECASE)
# (An e-service's "Inskickad 2024-02-12 14:32": when the organisation sent it.)
DATE_LABEL = re.compile(r"^(?:Datum|Utfärdat|Upprättad|Upprättat|Daterad|Inskickad|Inkommen|Inkom|Ink\.|Registrerad)"
                        r"(?:\b|(?<=\.))\s*:?\s*", re.IGNORECASE)  # ("Ink. 2025-01-27": a registrar's stamp)
MEETING_LABEL = re.compile(r"^(?:Sammanträdesdatum|Sammanträdesdag|Sammanträde|Nämndsammanträde|Nämndens\s+sammanträde|Mötesdatum"
                           r"|(?:[\w-]+\s+och\s+)?[\w-]+(?:nämndens|styrelsens)\s+sammanträde)"  # "Bildningsnämndens sammanträde"
                           r"\b\s*:?\s*", re.IGNORECASE)
ADDRESSED = re.compile(r"^(?:Till|Nämnd|Mottagare|(?:Mottagande|Ansvarig|Beslutande)\s+nämnd|"
                       r"(?:Slut)?(?:redovisning|rapport)\s+till(?=\s+[^.]{0,40}?(?:nämnd|styrelse)))\b\s*:?\s*", re.IGNORECASE)
# A case number alone on a line, as some letterheads print it: "ASN-2023-11452", "KS 2024/58", "KOF/2022:211".
BARE_CASE_NUMBER = re.compile(r"^[A-ZÅÄÖ]{1,6}[\s./-]?\d{2,4}[-./:]\d{1,6}(?:[-./:]\d[\d.]*)?$")


def named(line: str, pattern: re.Pattern[str]) -> bool:
    """A unit's or a committee's name by its form, with none of the words that make it a sentence instead."""
    words = {word.lower() for word in re.findall(r"[\w-]+", line)}
    return bool(pattern.match(line.strip())) and not (words & NOT_IN_NAMES - {"för"} if pattern is UNIT
                                                        else words & NOT_IN_NAMES)


def committee(line: str) -> bool:
    """A committee's name on a line of its own: "Socialnämnden Nordost", "Kommunstyrelsen"."""
    return len(line.strip()) <= 70 and named(line, COMMITTEE)


def sentence(line: str) -> bool:
    """Running text rather than a label or a name: it ends like a sentence or holds one."""
    return bool(re.search(r"[.!?]$|[.;!?]\s+[A-ZÅÄÖ]", line.strip())) and len(line.split()) > 3


def letterhead(line: str) -> bool:
    """The municipality, an administration, a unit or the kind of document, on a line of its own."""
    line = line.strip()
    return (len(line) <= 80 and not sentence(line) and ":" not in line
            and bool(named(line, MUNICIPALITY) or named(line, UNIT) or DOCUMENT_KIND.match(line)))


# What a page footer's contact line holds: a postal code, an address label, a switchboard, a PO box, an
# e-mail or web address. Two of them on one line make it a footer ("Västerås stad, 721 87 Västerås.
# Besöksadress: …", "Umeå kommun | Socialtjänsten | 901 84 Umeå | Växel … | www.umea.se").
CONTACT_SIGNAL = re.compile(r"\b\d{3} ?\d{2} [A-ZÅÄÖ]|\b(?:Post|Besöks|Leverans)adress\b|\bVäxel\b|\bBox \d|"
                            r"[\w.-]@[\w-]+\.\w|\bwww\.|\bKontaktcenter\b|\b(?:Telefon|Tel|Tfn)\.?:?\s*0\d|"
                            r"\bOrg(?:\.\s?|anisations)?nr\.?:?\s*\d|\bOrganisationsnummer:?\s*\d", re.IGNORECASE)


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# The municipality first on a line that goes on with more: a running header ("SIGTUNA KOMMUN  Tjänsteskrivelse
# 1 (3)  Dnr …") or a footer ("Katrineholms kommun, Socialförvaltningen, 641 80 Katrineholm", "Göteborgs Stad
# Kulturförvaltningen, tjänsteutlåtande 1 (5)").
MUNICIPALITY_FIRST = re.compile(r"^(?P<name>(?:[\w-]+\s+){1,3}?(?:kommun|stad))(?=\s{2,}|\t|\s*[|·,]|\s+[–—-]\s|\s+\S+\s+\d"
                                r"|\s+[A-ZÅÄÖ][\w-]*(?:förvaltning(?:en)?|kontoret)\b)",
                                re.IGNORECASE)


# A slide's or a page's foot of its date and number alone: "2024-10-08 | 10", "3 | 2024-10-08".
DATED_PAGE = re.compile(r"\d{4}-\d{2}-\d{2}\s*[|·]\s*\d{1,3}|\d{1,3}\s*[|·]\s*\d{4}-\d{2}-\d{2}")
# A rule drawn across the page with a key, above a footer or under a header: "________", "- - - -", "=====".
RULE = re.compile(r"[-_=–—.·*\s]{10,}")


# A file's name as a program prints it over every page, beside a spreadsheet's sheet: "Slutredovisning_IOP_2024.xlsx".
FILE_NAME = re.compile(r"\w[\w .,()&+-]{0,80}\.(?:xlsx|xlsm|xls|ods|docx|doc|odt|pdf|csv)", re.IGNORECASE)


def furniture(line: str) -> bool:
    """A line that belongs to the page, not to the text: page numbers, numbered footers, the address block."""
    line = line.strip()
    if not line or PAGE_NUMBER.match(line) or RULE.fullmatch(line) or DATED_PAGE.fullmatch(line):
        return True
    if len(line) <= 110 and NUMBERED_FOOTER.match(line) and not sentence(line):
        return True
    if len(line) <= 110 and not sentence(line) and PAGE_TOKEN.search(line) and HEADER_SIGNAL.search(line):
        return True
    if len(line) <= 80 and not sentence(line) and ADDRESS.match(line):
        return True
    if re.match(r"(?:Justerandes|Justerares)\s+sign|Utdragsbestyrkande", line, re.IGNORECASE):
        return True  # a protocol's foot on each page
    if len(line) <= 200 and len(CONTACT_SIGNAL.findall(line)) >= 2:
        return True
    if len(line) <= 120 and MUNICIPALITY_FIRST.match(line) and CONTACT_SIGNAL.search(line):
        return True  # a footer's first line: "Katrineholms kommun, Socialförvaltningen, 641 80 Katrineholm"
    if re.fullmatch(r"(?:(?:Webbadress|Webbplats|Webb|Internet)\s*:?\s*)?(?:https?://)?www\.[\w.-]+\.\w+/?", line,
                    re.IGNORECASE):
        return True  # a footer's web address on a line of its own
    cells = [cell.strip() for cell in CELLS.split(line) if cell.strip()]
    if len(cells) > 1 and FILE_NAME.fullmatch(cells[0]) \
            and all(len(cell) <= 40 and not sentence(cell) for cell in cells[1:]):
        return True  # a print header: the file's name, and the sheet's ("Blad1"); a name alone may be an attachment
    if len(cells) < 2 or not all(len(cell) <= 70 and not sentence(cell) for cell in cells):
        return False
    if len(cells) == 2 and any(PAGE_NUMBER.match(cell) and re.search(r"[a-z(/]", cell, re.IGNORECASE) for cell in cells):
        return True  # a running header: "Föreningen … – Slutrapport IOP 2021–2023<TAB>Sida 2 av 3"
    if re.fullmatch(r"(?:Sida|Sid\.?|Blad)", cells[-1], re.IGNORECASE):
        return True  # a protocol's header, its page's number under "Sida": "GAGNEFS KOMMUN<gap>PROTOKOLLSUTDRAG<gap>Sida"
    if all(PAGE_NUMBER.match(cell) or letterhead(cell) or CONTACT_SIGNAL.search(cell) for cell in cells):
        return True
    if any(CONTACT_SIGNAL.search(cell) for cell in cells) and all(
            CONTACT_SIGNAL.search(cell) or ADDRESS.match(cell) or STREET.match(cell) or letterhead(cell) for cell in cells):
        return True  # a footer's row set in columns: "981 85 Kiruna<TAB>Hjalmar Lundbohmsvägen 31", "113 83 Stockholm<TAB>stockholm.se"
    # A running header's row: the administration, the date and the case number ("Socialförvaltningen<TAB>2024-03-12
    # <TAB>SOCN/2024:37", "… <TAB>Dnr SN 2023/0412"), beside a letterhead cell.
    return any(letterhead(cell) for cell in cells) and all(
        PAGE_NUMBER.match(cell) or running(cell) or BARE_CASE_NUMBER.match(cell) for cell in cells)


# A street address inside an address block: "Angereds Torg 9", "Storgatan 36".
STREET = re.compile(r"^[A-ZÅÄÖ][\w-]+(?:\s+[\w-]+){0,3}\s+\d{1,4}\s?[A-Z]?$")


def furniture_block(block: Block) -> bool:
    """A block made only of page furniture and letterhead lines: a page's header or footer (an address
    block may hold a street address too)."""
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    if not lines:
        return False
    plain = [line for line in lines if not (furniture(line) or letterhead(line))]
    postal = any(re.match(r"(?:Post|Besöks)adress|Box\s+\d|Växel", line, re.IGNORECASE) for line in lines)
    numbered = any(PAGE_NUMBER.match(line) or NUMBERED_FOOTER.match(line) for line in lines)
    # A page's header: its number beside the case number and the date ("BORÅS STAD / Tjänsteskrivelse 2 (4) /
    # Dnr IFN 2023-00112"), even on the one page that has it.
    return not plain or (postal and all(STREET.match(line) for line in plain)) or (
        numbered and all(running(line) or _header_cells(line) for line in plain))


def _header_cells(line: str) -> bool:
    """A page header's line in cells, each a committee's or a unit's name, a date with its label or a case number: a
    protocol's "Bildningsnämnden<TAB>Sammanträdesdatum 2024-09-17"."""
    cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
    return len(cells) > 1 and all(committee(cell) or named(cell, UNIT) or named(cell, MUNICIPALITY)
                                  or _LABELLED_DATE.fullmatch(cell) or ISO_DATE.fullmatch(cell)
                                  or BARE_CASE_NUMBER.match(cell) for cell in cells)


def header_lines(block: Block) -> bool:
    """A block of two or three lines that are no sentences: what a page's header may repeat on every page (a line
    alone may be a signatory's unit, which stays)."""
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    return 1 < len(lines) <= 3 and not any(sentence(line) for line in lines)


def _without_date(line: str) -> str:
    """A line without the date at its end, in any form the documents write one: a running header may give the
    committee's meeting date beside its name ("Vård- och omsorgsnämnden 2024-03-20", "… den 20 mars 2024")."""
    dates = list(DATE.finditer(line))
    if dates and not line[dates[-1].end():].strip():
        return re.sub(r"\s+(?:den\s+)?$", "", line[:dates[-1].start()])
    return line


_LABELLED_DATE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:datum|dag)?:?\s+\d{4}-\d{2}-\d{2}")


def without_furniture(blocks: list[Block], keep_before_signature: bool = True) -> list[Block]:
    """The text without what the pages carry: headers, footers, page numbers and address blocks, whole
    blocks or lines at a block's edge (a footer that a page break put at a paragraph's end or start).

    A letterhead line repeated through the document (a running header) goes too. An administration's name
    on its own just above a signature stays: it is the signatory's unit.
    """
    from .parse import is_signature  # the parser's notion of a signature

    counts: dict[str, int] = {}
    for block in blocks:
        for line in {line.strip() for line in block.text.split("\n")}:
            counts[line] = counts.get(line, 0) + 1

    def repeated(line: str) -> bool:  # what a running header or footer repeats on every page
        line = line.strip()
        cells = line.split("\t")  # a table's row repeats only with a date, a case or a page number in it
        if LIST_ITEM.match(line):
            return False  # an item a list repeats: "Bilaga 1: …" under "Beslutsunderlag" and over the attachment
        return counts.get(line, 0) > 1 and (running(line) or bool(MUNICIPALITY_FIRST.match(line)) or committee(line)
                                            or bool(BARE_CASE_NUMBER.match(line) or ISO_DATE.fullmatch(line)) or (
            20 <= len(line) <= 110 and not sentence(line) and bool(re.search(r"\d", line))
            and (len(cells) == 1 or any(ISO_DATE.fullmatch(cell.strip()) or BARE_CASE_NUMBER.match(cell.strip())
                                        # a protocol's "Bildningsnämnden<TAB>Sammanträdesdatum 2024-09-17"
                                        or _LABELLED_DATE.fullmatch(cell.strip()) for cell in cells))))

    same_blocks: dict[str, int] = {}
    for block in blocks:
        same_blocks[block.text.strip()] = same_blocks.get(block.text.strip(), 0) + 1

    def running_block(block: Block) -> bool:
        """A page's running header of its own lines, the same on every page: "Växjö kommun – Kultur- och
        fritidsförvaltningen" over "Slutrapport IOP Dansverket"."""
        return (same_blocks.get(block.text.strip(), 0) > 1 and header_lines(block)
                and any(repeated(line) for line in block.text.split("\n") if line.strip()))

    kept: list[Block] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if running_block(block):
            continue
        if furniture_block(block):
            single = "\n" not in block.text.strip()
            if keep_before_signature and single and following and is_signature(following) \
                    and named(block.text, UNIT):
                kept.append(block)
            continue
        if is_signature(block):  # a signature's unit may repeat the letterhead: it stays
            kept.append(block)
            continue
        line = block.text.strip()
        if "\n" not in line and committee(_without_date(line)):
            if following and is_signature(following):
                kept.append(block)  # the committee the signatory signs for, though it heads each page too
                continue
            if counts.get(line, 0) > 1 or (index and furniture_block(blocks[index - 1])):
                continue  # the committee's name over each page ("Kultur- och fritidsnämnden" after "Sida 2 av 3")
        if all(furniture(line) or repeated(line) for line in block.text.split("\n") if line.strip()):
            continue  # "Föreningen Mötesplats Nya Bruket – Slutrapport IOP 2021–2023" over a footer, on each page
        lines = block.text.split("\n")
        while lines and (furniture(lines[-1]) or repeated(lines[-1])):
            lines.pop()
        paged = False  # a page's number popped: the page ended here
        while lines and (furniture(lines[0]) or repeated(lines[0]) or paged and _next_pages_header(lines)):
            paged = paged or bool(PAGE_NUMBER.match(lines[0].strip()) or any(
                PAGE_NUMBER.match(cell.strip()) for cell in CELLS.split(lines[0].strip())))
            lines.pop(0)
        if lines:
            kept.append(Block("\n".join(lines), block.heading, block.list_item))
    return kept


def _next_pages_header(lines: list[str]) -> bool:
    """The first of `lines`, under a page's footer and number, no blank line between, is the next page's running header
    ("Föreningen Bokstugan Björkekärr<spaces>Slutrapport IOP 2017–2019" over "deltog 17 föräldrar …"): cells side by
    side, none a sentence."""
    cells = [cell.strip() for cell in CELLS.split(lines[0].strip()) if cell.strip()]
    return 1 < len(cells) <= 3 and len(lines[0].strip()) <= 110 and not any(sentence(cell) for cell in cells)


# Labels of a header's table that say what the cell beside them is, besides those above (a case officer's lines).
_OFFICER_DETAIL = re.compile(rf"(?:{_PHONE_WORD}|Titel|E-post|Epost)\s*:?", re.IGNORECASE)


def label_cell(cell: str) -> bool:
    """A header table's cell that is a label and nothing more ("Diarienummer", "Nämnd:", "Telefon"): one of the
    labels the header is read by (CASE_LABEL, OFFICER_LABEL …), whole."""
    whole = [CASE_LABEL, OFFICER_LABEL, DATE_LABEL, MEETING_LABEL, ADDRESSED]
    return bool(_OFFICER_DETAIL.fullmatch(cell)) or any(
        (found := pattern.match(cell)) and found.end() == len(cell) for pattern in whole)


def running(line: str) -> bool:
    """What a running page header repeats on every page: the letterhead, the case number with its label
    ("Dnr SN 2024/0157", "Ärendenr SOC 2024/117"), the document's date."""
    line = line.strip()
    return letterhead(line) or bool(CASE_LABEL.match(line) and len(line) <= 40 and not sentence(line)) \
        or bool(re.fullmatch(r"(?:Datum:?\s*)?\d{4}-\d{2}-\d{2}", line))


def officer_name(text: str) -> str:
    """"Oskar Nyman, fritidskonsulent" -> "Oskar Nyman": the name without the title after it."""
    return re.split(r",\s*|\s+[–-]\s+", text.strip(), maxsplit=1)[0].strip()


def phone_in(line: str) -> str | None:
    """The phone number on a line: after "Telefon"/"Tel." or alone; never a switchboard's ("växel")."""
    if re.search(r"växel", line, re.IGNORECASE):
        return None
    rest = re.sub(rf"^{_PHONE_WORD}\.?\s*:?\s*", "", line.strip(), flags=re.IGNORECASE)
    # beside the e-mail address: "anna.berg@lysekil.se, 0523-61 33 72"
    rest = re.sub(rf"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[,;|]\s*(?:{_PHONE_WORD}\.?\s*:?\s*)?", "", rest.strip(),
                  flags=re.IGNORECASE)
    found = PHONE.fullmatch(rest.strip())
    return found.group().strip() if found else None
