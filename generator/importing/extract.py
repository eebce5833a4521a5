"""Import, stage 1: a document's text as blocks, whatever its format.

A block is what the plain-text documents separate by empty lines: a
paragraph, a heading, or a small group of lines (the case officer, a
signature). Inside a block, lines stay lines; the parser decides what they
are. A PDF has no empty lines, so its blocks come from the page layout:
a larger vertical gap starts a new block. Paragraphs that a page break
split are joined again here, for every format.
"""
from __future__ import annotations

import re
import statistics
import textwrap
from dataclasses import dataclass, replace
from pathlib import Path

from ..content.model import KNOWN_HEADINGS
from ..text import one_form

SUFFIXES = (".txt", ".pdf", ".docx")
# Running page headers and footers a document may carry: "1 (4)", "Sida 2 av 5", "Sid 3 (6)", "2/5", "3".
# A program set up in English numbers them so too: "Page 2 of 5", "Slide 4".
PAGE_NUMBER = re.compile(r"^(?:(?:Sid(?:a|\.)?|Bild|Page|Slide)\s*)?\d{1,3}"
                         r"(?:\s*(?:\(\d{1,3}\)|\[\d{1,3}\]|(?:av|of)\s+\d{1,3}|/\s*\d{1,3}))?$"
                         r"|^[-–]\s*\d{1,3}\s*[-–]$", re.IGNORECASE)  # "Sida 2 (4)", "2/4", "- 2 -"
# A hyphen at the end of a line before these words stands for a word left out: "läxhjälp- och cv-skrivning".
SUSPENDED_BEFORE = {"och", "eller", "samt", "respektive", "resp", "till", "som"}


class ExtractError(Exception):
    """The document could not be read; the message says why, in Swedish, for the user."""


@dataclass(frozen=True)
class Extracted:
    blocks: list[Block]
    ocr: bool = False  # the text came from OCR of page images: every part of the draft needs checking
    columns: bool = False  # text set in two columns side by side was read column by column: check the order


@dataclass(frozen=True)
class Block:
    text: str  # lines separated by "\n"; cells of a table row by "\t"
    heading: int | None = None  # heading level when the document says so (Word styles)
    list_item: bool = False  # a bullet or numbered item in Word: never a heading
    in_columns: bool = False  # read out of text set in two columns side by side, the left column first


def extract(path: Path) -> Extracted:
    """The document's text as blocks; a PDF without a text layer is read by OCR."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ExtractError(f"{path}: kan inte importera {suffix or 'en fil utan filändelse'} "
                           f"(förväntade {', '.join(SUFFIXES)})")
    ocr = columns = False
    try:
        if suffix == ".txt":
            # (a margin every line of the text keeps, as `pdftotext -layout` may give a page's: no indentation)
            blocks = _text_blocks(plain(textwrap.dedent(scanned(_page_breaks(path.read_text(encoding="utf-8-sig"))))))
        elif suffix == ".pdf":
            from .ocr import has_text_layer, ocr_pdf_blocks  # OCR is only for scanned documents

            ocr = not has_text_layer(path)
            blocks, columns = (ocr_pdf_blocks(path), False) if ocr else _pdf_blocks(path)
        else:
            blocks = _docx_blocks(path)
    except ExtractError:
        raise
    except UnicodeDecodeError:
        raise ExtractError(f"{path}: är inte text i UTF-8; spara den som UTF-8") from None
    except Exception as error:  # a broken PDF or Word file: say so, never a traceback
        raise ExtractError(f"{path}: kunde inte läsas som {suffix[1:].upper()} ({error})") from None
    if not blocks:
        raise ExtractError(f"{path}: innehåller ingen text")
    if suffix != ".txt":  # (a text file's whole text is in one form already, before its blocks are made)
        blocks = [replace(block, text=text) for block in blocks if (text := plain(scanned(block.text))).strip()]
    blocks = [replace(block, text=block.text.translate(SYMBOL_BULLETS)) for block in blocks]
    if not ocr:
        blocks, laid_in_columns = _unwrap(blocks)
        columns = columns or laid_in_columns
    return Extracted(join_page_breaks(blocks), ocr, columns)


def unwrap(blocks: list[Block]) -> list[Block]:
    """Running text as one line per paragraph, with words a line end hyphenated made whole again.

    A group of short lines (a signature, the case officer, a numbered list) keeps its lines.
    """
    return _unwrap(blocks)[0]


# A protocol's heading over what the committee decided: "Beslut", "Nämndens beslut".
DECISION_HEADING = re.compile(r"(?:Beslut|Nämndens beslut)\s*:?", re.IGNORECASE)


def _spaced_table(lines: list[str]) -> bool:
    """Lines set in columns with runs of spaces, each a row (or a cell's words wrapped onto a line of their own, see
    `table_rows`). (Never points set with spaces after their bullet, number or "att": "•   språkcafé ska erbjudas …"
    over "holmsbruk", "1.   Föreningen har haft …", "att   godkänna slutrapporten …".)"""
    return not any(re.match(r"(?:[^\w\s]|(?:\d{1,2}|[a-z])[.)]|att) {2}", line) for line in lines) and \
        table_rows(lines, [bool(_COLUMN_GAP.search(line)) for line in lines])


def table_rows(lines: list[str], in_columns: list[bool]) -> bool:
    """Whether lines are a table's rows: each in columns; or, in a table of three rows or more, a cell's words wrapped
    onto a line of their own ("Verksamheten når hela<spaces>Andel deltagare från Deje<spaces>30 %" over "kommunen"),
    which stays a row of one cell: quoted rows stand in the document line by line."""
    if all(in_columns):
        return True
    return in_columns[0] and sum(in_columns) >= 3 and all(
        columns or (in_columns[index - 1] and re.match(r"[a-zåäö]", line.strip()) is not None and len(line.split()) <= 4)
        for index, (columns, line) in enumerate(zip(in_columns, lines)))


def _numbered_foot(line: str) -> bool:
    """A footer's line with the page's number in a cell of its own: "Lessebo kommun | Arbetsmarknadsenheten
    <spaces> Bild 9", "Slutrapport IOP<TAB>Sida 2 av 3" (never an officer's phone or an address alone)."""
    cells = [cell.strip() for cell in CELLS.split(line.strip()) if cell.strip()]
    return len(cells) > 1 and not re.search(r"\d{4}-\d{2}-\d{2}|\b(?:[Dd]nr|[Dd]iarienummer)\b", line) and any(PAGE_NUMBER.match(cell) and re.search(r"[a-z(/]", cell, re.IGNORECASE)
                                  for cell in cells)


def _underlined_apart(block: Block) -> list[Block]:
    """A line underlined on the next, no blank line between ("Slutrapport för överenskommelsen …" over "=====",
    "Inledning" over "=========", as a plain text file sets a title or a heading): the line a block of its own, and
    the lines below the rule another. (A rule further down, under a table's rows, stays where it is.)"""
    from .layout import RULE, sentence

    lines = block.text.split("\n")
    if block.heading is not None or len(lines) < 2 or not lines[0].strip() or sentence(lines[0]) \
            or not (RULE.fullmatch(lines[1].strip()) or re.fullmatch(r"={3,}|-{3,}", lines[1].strip())):
        return [block]
    rest = "\n".join(lines[2:])
    return [Block(lines[0]), *([Block(rest)] if rest.strip() else [])]


def _unwrap(blocks: list[Block]) -> tuple[list[Block], bool]:
    """`unwrap`'s blocks, and whether text set in two columns side by side was read column by column."""
    vocabulary = {word.lower() for block in blocks for word in re.findall(r"\w[\w-]*\w", block.text)}
    from .layout import furniture, furniture_block  # a page's header or footer keeps its lines, to be known as such

    unwrapped = []
    blocks = two_columns(side_headings([part for block in blocks for part in _underlined_apart(block)]), vocabulary)
    columns = any(block.in_columns for block in blocks)
    blocks = [part for block in blocks for part in _form_apart(_side_by_side(block)) for part in _questions_apart(part)]
    for block in [part for block in blocks for part in _table_apart(block) for part in _lists_apart(part)]:
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        # A page's footer on the last lines of its text, no blank line between ("Lessebo kommun | Arbetsmarknadsenheten
        # <spaces> Bild 9" under a slide's last point): a block of its own, never joined to the point above it.
        if block.heading is None and len(lines) > 1 and len(lines[0]) > 60 and furniture(lines[0]) \
                and not furniture(lines[1]) and not _COLUMN_GAP.search(lines[0]) and not re.match(r"[a-zåäö]", lines[1]):
            # (never a sentence that runs on: "… uppgav i genomsnitt 8 av 10" / "att de känner sig tryggare …")
            # a page's footer over the next page's first line, no blank line between ("Skinnskattebergs kommun |
            # … | Växel 0223-380 00" over "Bilaga 1"): a block of its own, never joined to the line under it
            unwrapped.append(Block(lines[0]))
            lines = lines[1:]
            block = Block("\n".join(lines), block.heading, block.list_item)
        proposals = next((index for index, line in enumerate(lines[1:4], 1) if _proposals_heading(line)), None)
        if block.heading is None and proposals and not any(re.search(r"[.!?]$", line) for line in lines[:proposals]):
            # a title over "Förslag till beslut", no blank line between ("Slutrapport … med Föreningen" /
            # "Familjehörnan Hjällbo" / "Förslag till beslut" / "I Socialnämnden Nordost:"): the title a block of its own
            unwrapped.append(Block("\n".join(lines[:proposals])))
            lines = lines[proposals:]
            block = Block("\n".join(lines), block.heading, block.list_item)
        foot: list[str] = []
        while block.heading is None and len(lines) > 1 and _numbered_foot(lines[-1]) and furniture(lines[-1]) \
                and (LIST_ITEM.match(lines[-2]) or re.search(r"[.!?:]$", lines[-2])):
            foot.insert(0, lines.pop())  # (under text, never a letterhead's "Dnr …<TAB>Sida 1 (3)")
        if foot:
            block = Block("\n".join(lines), block.heading, block.list_item)
        if len(lines) > 1 and _spaced_table(lines):
            # Lines set in columns with runs of spaces (a PDF's table, a row of signatures): a table's rows.
            lines = [_COLUMN_GAP.sub("\t", line) for line in lines]
            block = Block("\n".join(lines), block.heading, block.list_item)
        elif (caption := next((index for index, line in enumerate(lines[:2]) if re.match(r"Tabell\s+\d", line)), None)) \
                is not None and len(lines) - caption > 2 and all(_COLUMN_GAP.search(line) for line in lines[caption + 1:]):
            # (under its caption, and the heading above it: "4.1 Deltagare" / "Tabell 1. Deltagare per år och målgrupp")
            lines = [*lines[:caption + 1], *(_COLUMN_GAP.sub("\t", line) for line in lines[caption + 1:])]
            block = Block("\n".join(lines), block.heading, block.list_item)
        slide = block.heading is None and len(lines) > 1 and lines[0][:5].lower().startswith(("bild", "slide")) \
            and bool(PAGE_NUMBER.match(lines[0]))
        # (a slide's number in its footer: "… <spaces> Bild 9")
        slide = slide or (block.heading is None and any(re.search(r"(?:^|\s)(?:[Bb]ild|[Ss]lide)\s+\d{1,3}$", line)
                                                         for line in foot))
        if slide:
            unwrapped.append(Block(lines[0]))  # "Bild 4" over the slide's title: the page's number, a block of its own
            lines = lines[1:]
            block = Block("\n".join(lines), block.heading, block.list_item)
        if block.heading is None and len(lines) > 2 and (_heading_over_list(lines[0], _points(lines[1:])) or (
                len(lines) > 3 and _LEAD_INTO_LIST.match(lines[1]) and _heading_over_list(lines[0], _points(lines[2:])))):
            # a slide's title over its points: "Bakgrund" / "• Många elever …"; or over the sentence that leads into
            # them: "Verksamheten" / "Föreningen har inom partnerskapet erbjudit:" / "• språkcafé …" (a sentence
            # may follow the points: "Under sommaren hölls dessutom IT-caféer i Mollösund.")
            unwrapped.append(Block(lines[0]))
            lines = lines[1:]
            block = Block("\n".join(lines), block.heading, block.list_item)
        if block.heading is None and len(lines) > 1 and DECISION_HEADING.fullmatch(lines[0]) \
                and (re.search(r"\bbesluta[rs]?\b", lines[1]) or LIST_ITEM.match(lines[1])):
            # a protocol's "Beslut" over "Socialnämnden beslutar" and its points, no blank line between: two blocks
            unwrapped.append(Block(lines[0]))
            lines = lines[1:]
            block = Block("\n".join(lines), block.heading, block.list_item)
        if block.heading is None and len(lines) > 1 and (_known_heading(lines[0]) and (
                len(" ".join(lines[1:])) > 60 or running_text(lines[1:])) or _heading_over_text(lines[0], lines[1], len(lines) == 2)):
            # "Förvaltningens förslag" with its first paragraph under it, no blank line between: two blocks.
            unwrapped.append(Block(lines[0]))
            lines = lines[1:]
            block = Block("\n".join(lines), block.heading, block.list_item)
            if len(lines) > 1 and (_heading_over_text(lines[0], lines[1], len(lines) == 2)
                                   or len(lines) > 2 and _heading_over_list(lines[0], _points(lines[1:]))):
                # and a sub-heading right under it, over its text or points: "Lärdomar" / "Utmaningar" / "Det har …"
                unwrapped.append(Block(lines[0]))
                lines = lines[1:]
                block = Block("\n".join(lines), block.heading, block.list_item)
        if block.heading is None and len(lines) > 2 and ":" not in lines[0] and len(lines[0].split()) <= 6 \
                and not _LEADS_ON.search(lines[0]) and labelled_then_told(lines[1:]):  # (never "… hade vi följande")
            # "Fakta om partnerskapet" over its "Avtalsperiod: …" lines; "Resultat" over "Antal unika deltagare: 312"
            # and a sentence after them
            unwrapped.append(Block(lines[0]))
            lines = lines[1:]
            block = Block("\n".join(lines))
        listed = bool(unwrapped) and _list_heading(unwrapped[-1].text, lines)  # a list of titles or proposals
        listed = listed or (len(lines) > 1 and _list_heading(lines[0], lines[1:]))  # "Bilagor" over its list, no gap
        listed = listed or (len(lines) > 1 and all(LABELLED.match(line) for line in lines))  # "Avtalsperiod: …" lines
        # a fact box with a title over it or a sentence under it, no blank line between ("IOP Mötesplats Gläntan –
        # slutrapport" / "Organisation: …" / "Nämnd: …" / "Överenskommelsen gäller för …"): each line its own
        listed = listed or sum(labelled(line) for line in lines) >= max(2, len(lines) / 2)
        # an e-service form's printout, each label over its value ("Startdatum för överenskommelsen:" / "2022-01-10")
        listed = listed or sum(bool(_LABEL_ALONE.match(line)) for line in lines) >= max(2, len(lines) / 3)
        listed = listed or _approvals_statement(lines[0])  # "Detta dokument har godkänts digitalt av …" over its names
        # (a slide's lines, none a sentence, are each a line of their own: its title, subtitle, meeting, officer)
        listed = listed or (slide and not any(re.search(r"[.!?]$", line) for line in lines))
        if block.heading is None and len(lines) > 1 and not furniture_block(block) and not title_and_subtitle(lines) \
                and not listed:
            *before, lines = _word_paragraphs(lines)
            unwrapped += [Block("\n".join(_unwrapped_lines(group, vocabulary))) for group in before]
            block = Block("\n".join(_unwrapped_lines(lines, vocabulary)), block.heading, block.list_item)
        unwrapped.append(block)
        if foot:
            unwrapped.append(Block("\n".join(foot)))
    return unwrapped, columns


def side_headings(blocks: list[Block]) -> list[Block]:
    """A memo template with its headings in a left margin and the text in a column beside them ("Bakgrund" and,
    on the same line, "Socialnämnden beslutade den …", the text's next lines indented to its column): each
    heading a block of its own over its text. Known by two blocks or more whose text starts at the same column;
    a heading may run over two lines ("Förvaltningens" / "bedömning")."""
    found: dict[int, int] = {}
    for block in blocks:
        if (column := _side_heading_column(block.text)) is not None:
            found[column] = found.get(column, 0) + 1
    columns = [column for column, count in found.items() if count >= 2]
    if not columns:
        return _tab_side_headings(blocks)
    column = max(columns, key=lambda each: (found[each], -each))
    apart: list[Block] = []
    for block in blocks:
        if block.heading is None and not block.list_item and _side_heading_column(block.text, column) == column:
            lines = block.text.split("\n")
            # a heading of two lines, a word hyphenated across them: "Barnrätts-" / "perspektiv"
            apart.append(Block(join_all([line[:column].strip() for line in lines if line[:column].strip()], set())))
            apart.append(Block("\n".join(line[column:].strip() for line in lines)))
        elif all(line.startswith(" " * column) for line in block.text.split("\n")):  # the text column's paragraph
            apart.append(Block("\n".join(line.strip() for line in block.text.split("\n")), block.heading, block.list_item))
        else:
            apart.append(block)
    return apart


def _tab_side_headings(blocks: list[Block]) -> list[Block]:
    """Side headings as a PDF gives them, a tab between the heading and its text's first line ("Bakgrund<TAB>
    Socialnämnden beslutade …", a heading of two lines on two), or a Word table of headings beside their
    paragraphs: the same, known by two blocks (or rows) or more."""
    parts = [_tab_side_heading(block) for block in blocks]
    if sum(len(part) // 2 for part in parts if part) < 2:
        return blocks
    return [piece for block, part in zip(blocks, parts) for piece in (part or [block])]


def _tab_side_heading(block: Block) -> list[Block] | None:
    lines = block.text.split("\n")
    tabbed = [number for number, line in enumerate(lines) if "\t" in line]
    if block.heading is not None or block.list_item or not tabbed or tabbed != list(range(len(tabbed))):
        return None
    cells = [line.split("\t") for line in lines[:len(tabbed)]]
    if any(len(row) != 2 or not re.fullmatch(r"[^\d\s]+(?: [^\d\s]+){0,3}", row[0].strip()) for row in cells) \
            or not re.match(r"[A-ZÅÄÖ]", cells[0][0]):
        return None
    if len(tabbed) == len(lines) > 1:  # a Word table of headings beside their paragraphs, a row each
        if not all(len(row[1]) >= 60 and re.match(r"[A-ZÅÄÖ]", row[0]) for row in cells):
            return None
        return [Block(part.strip()) for row in cells for part in row]
    text = "\n".join([*(row[1].strip() for row in cells), *lines[len(tabbed):]])
    if len(text) < 30 or not re.search(r"[a-zåäö]{3,} [a-zåäö]{2,}", text):
        return None
    return [Block(" ".join(row[0].strip() for row in cells)), Block(text)]


_SIDE_HEADING = re.compile(r"(?P<heading>[A-ZÅÄÖ][^\d\s]*(?: [^\d\s]+){0,3}) {2,}(?P<text>\S)")


def _side_heading_column(text: str, column: int | None = None) -> int | None:
    """The column where a side-headed block's text starts, or None: the first line a heading of a few words, a run
    of spaces and the text; every line's text at that column, with nothing but the heading's words before it, and
    no second column in the text."""
    lines = text.split("\n")
    first = _SIDE_HEADING.match(lines[0])
    if first is None or (column is not None and first.start("text") != column):
        return None
    column = first.start("text")
    headed = 0
    for number, line in enumerate(lines):
        left, right = line[:column], line[column:]
        if not right.strip() or right[0] == " " or (left.strip() and not left.endswith("  ")) or _COLUMN_GAP.search(right):
            return None
        if left.strip():
            if headed != number or not re.fullmatch(r"[^\d\s]+(?: [^\d\s]+){0,3}", left.strip()):
                return None
            headed += 1
    text_words = " ".join(line[column:] for line in lines)
    return column if len(text_words) >= 30 and re.search(r"[a-zåäö]{3,} [a-zåäö]{2,}", text_words) else None


def two_columns(blocks: list[Block], vocabulary: set[str]) -> list[Block]:
    """Text set in two columns side by side (a two-column PDF read line by line: "Genomförande" and "Ekonomi" on one
    line, then each line a line of each column): the left column's paragraphs, then the right column's, wherever
    blocks follow one another in columns. The column is where the most lines of running text start after a run
    of spaces; a line where the columns ran together is cut where only one cut fits both columns (`_broken_at`),
    else kept whole in the left column."""
    column = _second_column(blocks)
    if column is None:
        return blocks
    out: list[Block] = []
    run: list[Block] = []

    def flush() -> None:
        if sum(1 for block in run for line in block.text.split("\n") if _column_line(line, column) == "both") >= 4:
            left: list[str] = []
            right: list[str] = []
            lines = [line for block in run for line in block.text.split("\n") + [""]]
            widest = max(len(line[column:].strip()) for line in lines if _column_line(line, column) in ("both", "right"))
            for line in lines:
                kind = _column_line(line, column)
                if kind == "broken":
                    at = _broken_at(line, column, widest)
                    left.append(line[:at].strip())
                    right.append(line[at:].strip())
                else:
                    left.append(line[:column].strip() if kind in ("both", "right") else line.strip())
                    right.append(line[column:].strip() if kind in ("both", "right") else "")
            for side, width in ((left, column), (right, widest)):
                for part in re.split(r"\n{2,}", "\n".join(side)):
                    rows = [row for row in part.split("\n") if row]
                    if len(rows) > 1 and all(len(row) >= width * 2 // 3 for row in rows[:-1]) \
                            and not LIST_ITEM.match(rows[1]):  # lines as wide as the column: its text, wrapped
                        rows = [join_all(rows, vocabulary)]
                    if rows:
                        out.append(Block("\n".join(rows), in_columns=True))
        else:
            out.extend(run)
        run.clear()

    for block in blocks:
        lines = block.text.split("\n")
        kinds = [_column_line(line, column) for line in lines]
        if block.heading is None and not block.list_item and kinds.count("broken") <= kinds.count("both") + kinds.count("right") \
                and (run or "both" in kinds or "right" in kinds):
            run.append(block)
        else:
            flush()
            out.append(block)
    flush()
    return out


def _column_line(line: str, column: int) -> str:
    """How a line stands to a second column starting at `column`: in both columns, the right one only, the left
    one only, or broken (a word across the column: the columns ran together)."""
    if len(line.rstrip()) <= column:  # (nothing past the column's first place: the left column's, however it ends)
        return "left"
    if line[column - 1] == " " and line[column] != " ":
        return "right" if not line[:column].strip() else "both" if line[:column].endswith("  ") else "broken"
    return "broken"


def _broken_at(line: str, column: int, widest: int) -> int:
    """Where a line whose columns ran together (one space between them) is cut: at the one space that leaves the
    left part inside the left column and the right part no wider than the right column's widest line, else at
    the one of those after a full stop; else not at all (the whole line stays in the left column)."""
    line = line.rstrip()
    spaces = [at for at in range(len(line)) if line[at] == " " and at < column - 1 and len(line) - at - 1 <= widest]
    if len(spaces) > 1:
        spaces = [at for at in spaces if line[at - 1] in ".!?"]
    return spaces[0] if len(spaces) == 1 else len(line)


def _second_column(blocks: list[Block]) -> int | None:
    """Where a second column of running text starts: the position most lines with long text on both sides have
    their second text at, after a run of spaces; None without eight such lines."""
    starts: dict[int, int] = {}
    for block in blocks:
        for line in block.text.split("\n"):
            for gap in re.finditer(r"(?<=\S) {2,}(?=\S)", line):
                left, right = line[:gap.start()].strip(), line[gap.end():]
                if len(left) >= 25 and len(right) >= 25 and re.search(r"[a-zåäö]{3,} [a-zåäö]{2,}", left + " " + right) \
                        and not _COLUMN_GAP.search(right):
                    starts[gap.end()] = starts.get(gap.end(), 0) + 1
    if not starts:
        return None
    column = max(starts, key=lambda each: (starts[each], -each))
    return column if starts[column] >= 8 else None


# The labels of a memo's head set as a form, each over its value: "Datum", "Vår beteckning", "Handläggare", "Till".
_FORM_LABEL = re.compile(r"(?:datum|vår beteckning|er beteckning|beteckning|vår referens|er referens|diarienummer|diarienr|dnr|handläggare|till|mottagare|sida"
                         r"|referens|kontaktperson|sammanträdesdatum|telefon|tfn|e-post|epost)", re.IGNORECASE)


# A form's question or instruction in the cell beside its answer, as a spreadsheet template gives them: "Hur har ni
# nått målgruppen?<TAB>De flesta …", "Beskriv vilka aktiviteter som har genomförts.<TAB>…", "Kommentar till
# statistiken<TAB>…".
_QUESTION_CELL = re.compile(r"[A-ZÅÄÖ][^\t]{2,200}\?|(?:Beskriv|Redogör|Redovisa|Ange|Förklara|Kommentera|Berätta|"
                            r"Sammanfatta|Motivera|Uppge)\b[^\t]{2,200}?[.:]?|Kommentar(?:er)?(?:\s+till\s+[^\t.]{2,60})?:?")
# A part of a report as a form's label beside its answer in prose: "Utmaningar<TAB>Det har varit svårt att …".
_REPORT_PART = re.compile(r"(?:Utmaningar|Framgångsfaktorer|Lärdomar|Erfarenheter|Syfte|Bakgrund|Resultat|Bedömning|"
                          r"Förvaltningens\s+(?:samlade\s+)?bedömning|Övrigt|Sammanfattning|Genomförande|Måluppfyllelse)",
                          re.IGNORECASE)
_FORM_QUESTION_LEVEL = 2  # under the form's numbered parts ("1. Verksamhetens genomförande")
# A form's part over its rows, by a letter or by a short name alone: "B. Besökare", "Deltagare".
_FORM_PART = re.compile(r"(?:[A-H]\.\s+)?[A-ZÅÄÖ][a-zåäö-]+(?:\s+[a-zåäö-]+){0,3}")


def _side_by_side(block: Block) -> Block:
    """A form printed from a spreadsheet, each label beside its value in columns of spaces, either wrapped over lines
    of its own ("Diarienummer (fylls i av<spaces>IFN-2025-00142" over "förvaltningen)"; "Beskriv kort vad
    verksamheten har<spaces>Vi har hållit …" over "innehållit under projektperioden.<spaces>spontanidrott …"): a row
    of two cells for each label, its lines joined, as a Word table gives them ("Diarienummer (fylls i av
    förvaltningen)<TAB>IFN-2025-00142"). A label begins with a capital, its wrapped lines with a small letter; the
    values begin in one column. Anything else (a table, a letterhead, three cells on a line) is left as it is."""
    if block.heading is not None or block.list_item or "\t" in block.text:
        return block
    rows = [_cell_spans(line) for line in block.text.split("\n") if line.strip()]
    column = next((row[1][0] for row in rows if len(row) == 2 and row[0][0] <= 1), None)
    if column is None or column < 20 or any(
            len(row) > 2 or (len(row) == 2 and (row[0][0] > 1 or abs(row[1][0] - column) > 2))
            or (len(row) == 1 and row[0][0] > 1 and abs(row[0][0] - column) > 2) for row in rows):
        return block
    entries: list[tuple[list[str], list[str]]] = []  # (the label's lines, the value's lines)
    for row in rows:
        left = [text for at, text in row if at <= 1]
        right = [text for at, text in row if at > 1]
        if left and (not entries or re.match(r"[A-ZÅÄÖ0-9]", left[0])):
            entries.append(([], []))
        elif not entries:
            return block  # a value before any label
        entries[-1][0].extend(left)
        entries[-1][1].extend(right)
    if not all(label and value and _FIELD.fullmatch(" ".join(label)) for label, value in entries):
        return block  # (a letterhead's, a signature's or a table's columns: not every left part a form's label)
    return Block("\n".join(f"{' '.join(label)}\t{' '.join(value)}" for label, value in entries))


# A form's label: its question or instruction, or a field named by what it holds ("Projektperiod",
# "Handläggare på förvaltningen", "Diarienummer (fylls i av förvaltningen)", "Ort och datum").
_FIELD = re.compile(rf"{_QUESTION_CELL.pattern}"
                    r"|(?=[A-ZÅÄÖ])(?:[\w-]*\s+)?[\w-]*?(?i:namn|nummer|period|tid|datum|nämnd|läggare|person|telefon|"
                    r"e-post|adress|befattning|skrift|förtydligande|ort|inkom|sammanträde)\b"
                    r"(?:\s+[\w-]+){0,4}(?:\s*\([^()]{1,40}\))?")


def _questions_apart(block: Block) -> list[Block]:
    """Each question of a form, apart from the answer in the cells beside it: the question a block, the answer
    (the cells after it, a tab between them) another; the block's other lines stay together in their order. A
    numbered heading over a form's rows ("3. Ekonomisk redovisning" over its table) is a block of its own."""
    if block.heading is not None or block.list_item or "\t" not in block.text:
        return [block]
    parts: list[Block] = []
    kept: list[str] = []
    answering = False  # the line before was an answer: a row with its first cell empty goes on with it
    for number, line in enumerate(block.text.split("\n")):
        cells = line.rstrip("\t ").split("\t")
        answer = "\t".join(cells[1:]).strip("\t ")
        asked = _QUESTION_CELL.fullmatch(cells[0].strip()) and re.search(r"[^\W\d_]", answer)
        if answering and not kept and len(cells) > 1 and not cells[0].strip() and "\t" not in answer \
                and re.search(r"[^\W\d_]{3}", answer):
            parts.append(Block(answer))  # the answer's next paragraph, in the cell under its first
            continue
        answering = False
        if len(cells) > 1 and (asked or _REPORT_PART.fullmatch(cells[0].strip()) and len(answer) >= 60
                               and "\t" not in answer):
            parts += [Block("\n".join(kept))] if kept else []
            parts += [Block(cells[0].strip(), heading=_FORM_QUESTION_LEVEL), Block(answer)]
            kept = []
            answering = True
        elif number == 0 and len(cells) == 1 and (NUMBERED_HEADING.fullmatch(line.strip())
                                                  or _FORM_PART.fullmatch(line.strip())):
            parts.append(Block(line.strip()))
        else:
            kept.append(line)
    if not parts:
        return [block]
    return parts + ([Block("\n".join(kept))] if kept else [])


def _form_apart(block: Block) -> list[Block]:
    """A memo's head set as a form, labels over their values in columns ("Datum" over "2025-01-28" beside
    "Vår beteckning" over "SOCN 2025/41"): each label with its values, in the order the labels come, one block
    each ("Datum: 2025-01-28"; "Handläggare: Sanna Lindbäck" over her title and phone); a word beside the
    labels ("TJÄNSTESKRIVELSE") a block of its own."""
    lines = block.text.split("\n")
    slack = 0  # how far left of its label a value may start
    if "\t" in block.text:  # a Word table's cells: a column is a cell's place in its row
        rows = [[(at, cell.strip()) for at, cell in enumerate(line.split("\t")) if cell.strip()] for line in lines]
    else:
        slack = 1
        rows = [_cell_spans(line) for line in lines]
    labels = [[_FORM_LABEL.fullmatch(text) is not None for _, text in row] for row in rows]
    first = next((number for number, row in enumerate(labels) if any(row)), None)
    # (labels in rows of their own, or each where its column begins: "Handläggare" over "Samira Lindqvist<spaces>
    # Till" over "Telefon: …<spaces>Spånga-Tensta" over "<spaces>stadsdelsnämnd")
    starts = {start for row, is_label in zip(rows, labels) for (start, _), label in zip(row, is_label) if label}
    staggered = len(starts) >= 2 and max(starts) - min(starts) >= 20 and "\t" not in block.text
    if block.heading is not None or first is None or not (any(sum(row) >= 2 for row in labels) or staggered):
        return [block]
    groups: list[tuple[str, list[str]]] = []  # (label, values); a label of "" is a word of its own
    columns: list[tuple[int, int]] = []  # (start, group) of the labels above
    lead: int | None = None  # the group of a word before the labels ("Kommunledningsförvaltningen<TAB>Datum")
    for row, is_label in zip(rows[first:], labels[first:]):
        if any(is_label) and (not all(is_label[1:]) or staggered and columns and not is_label[0]):
            if not staggered:
                return [block]  # a label row holds labels only, and perhaps a word before them
            for (start, text), label in zip(row, is_label):  # values under the labels above, a label a new column
                if label:
                    groups.append((text, []))
                    columns = sorted([column for column in columns if abs(column[0] - start) > 2] + [(start, len(groups) - 1)])
                    continue
                under = [group for column, group in columns if column <= start + slack]
                if not under:
                    return [block]
                groups[under[-1]][1].append(text)
            continue
        if any(is_label):
            columns, lead = [], None
            for (start, text), label in zip(row, is_label):
                groups.append((text if label else "", [] if label else [text]))
                if label:
                    columns.append((start, len(groups) - 1))
                else:
                    lead = len(groups) - 1
            continue
        for start, text in row:
            under = [group for column, group in columns if column <= start + slack]
            if not under and lead is None:
                return [block]
            groups[under[-1] if under else lead][1].append(text)  # type: ignore[index]
    above = [Block("\n".join(lines[:first]))] if first else []  # the letterhead over the labels, as it stands
    parts = []
    for label, values in groups:
        values = list(values)
        for index in range(len(values) - 1, 0, -1):  # a name wrapped in its column: "Spånga-Tensta" / "stadsdelsnämnd"
            if staggered and _WRAPPED_UNIT.fullmatch(values[index]):  # (never a title, "utvecklingsledare")
                values[index - 1 : index + 1] = [f"{values[index - 1]} {values[index]}"]
        if label and values:
            parts.append("\n".join([f"{label}: {values[0]}", *values[1:]]))
        elif values:
            parts.append("\n".join(values))
    return above + [Block(part) for part in parts]


# The last word of a committee's or an administration's name, wrapped onto a line of its own: "stadsdelsnämnd".
_WRAPPED_UNIT = re.compile(r"[a-zåäö-]*(?:nämnd|nämnden|förvaltning|förvaltningen|styrelse|styrelsen|utskott|utskottet)")


def _cell_spans(line: str) -> list[tuple[int, str]]:
    """A line's cells as `CELLS` parts them, each with the column it starts at."""
    spans, at = [], 0
    for gap in [*CELLS.finditer(line), None]:
        end = gap.start() if gap else len(line)
        if cell := line[at:end].strip():
            spans.append((at + len(line[at:end]) - len(line[at:end].lstrip()), cell))
        at = gap.end() if gap else end
    return spans


def _table_apart(block: Block) -> list[Block]:
    """A table set in columns of spaces with a heading line over it ("Verksamheten i siffror") or its notes under it
    ("* Juli 2023 – mars 2024."), no blank line between, or a Word table's cells with its notes under them: the
    heading, the table and the notes, each a block."""
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    if block.heading is not None or block.list_item:
        return [block]
    rows = [number for number, line in enumerate(lines) if _COLUMN_GAP.search(line) or "\t" in line]
    if len(rows) < 2 or rows != list(range(rows[0], rows[-1] + 1)) or len(rows) == len(lines):
        return [block]
    before, table, after = lines[:rows[0]], lines[rows[0]:rows[-1] + 1], lines[rows[-1] + 1:]
    # a line that leads into the table ("Ersättning enligt avtal per avtalsår:"), under its section's heading or not
    leads_in = 0 < len(before) <= 2 and before[-1].endswith(":")
    if len(before) > 1 and not leads_in:
        return [block]
    if before and "\t" in table[0] and not leads_in:
        return [block]  # a line over a Word table's cells is not read as its heading (measured: it was often none)
    if before and (len(before[0].split()) > 8 or before[0].endswith(".")) \
            or not all(re.match(r"\*+\s*\S", line) for line in after):
        return [block]
    return [Block(part) for part in ("\n".join(before), "\n".join(table), "\n".join(after)) if part]


def _approvals_statement(line: str) -> bool:
    from .parse import APPROVED

    return bool(APPROVED.match(line))


def _heading_over_list(line: str, items: list[str]) -> bool:
    """A short title over points, one a line, no blank line between ("Så har läxhjälpen fungerat" / "• Läxhjälp tre
    eftermiddagar i veckan …"): never a clause the points go on with ("Aktiviteterna har omfattat", "Som
    framgångsfaktorer vill parterna lyfta fram"), nor a list's own first item ("1. Tjänsteskrivelse …")."""
    from . import layout
    from .parse import looks_like_heading

    return (len(line) <= 60 and not re.search(r"[.,;:]$", line) and not re.match(r"\d", line)
            and not LIST_ITEM.match(line) and all(LIST_ITEM.match(item) for item in items)
            and looks_like_heading(Block(line)) and not layout.furniture(line) and not layout.letterhead(line)
            and not _list_heading(line, items)  # "Beslutsunderlag", "Bilagor" over theirs: read with them
            and not (_LEADS_ON.search(line) and re.search(r"[a-zåäö]$", line) and not ASKS.match(line)))


# A line that ends where its clause goes on, on the next line: "… mellan socialnämnden Nordost och", "… arbetet i".
GOES_ON = re.compile(r"\b(?:och|samt|eller|med|till|i|på|för|om|av|från|vid|under|mot|hos|att|som|den|det|en|ett)$")


def _lists_apart(block: Block) -> list[Block]:
    """A block of two lists, each under its own short title, no blank line between ("Utmaningar" / "• …" / "• …" /
    "Framgångsfaktorer" / "• …"): a block for each title with its points, the second title read as a heading."""
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    if block.heading is not None:
        return [block]
    for index in range(2, len(lines) - 1):
        # (points with signs, never a numbered list's wrapped item: "1. Överenskommelse … mellan nämnden och" /
        # "Gårdstens Kvinnoförening 2023" / "2. …")
        if re.match(rf"(?:{ITEM_SIGN})\s", lines[index - 1]) and re.match(rf"(?:{ITEM_SIGN})\s", lines[index + 1]) \
                and not LIST_ITEM.match(lines[index]) \
                and not re.search(r"[,;:–-]$", lines[index - 1]) and not GOES_ON.search(lines[index - 1]) \
                and _heading_over_list(lines[index], _points(lines[index + 1:])):
            return [Block("\n".join(lines[:index])), *_lists_apart(Block("\n".join(lines[index:])))]
    return [block]


def _points(lines: list[str]) -> list[str]:
    """The points a list begins with, two or more, each a line or wrapped over more in small letters ("• Ledare med
    egen erfarenhet … hos" / "föräldrarna"), what follows them no point; all the lines where it does not begin with
    two, for the caller to find them no list."""
    points: list[str] = []
    for line in lines:
        if LIST_ITEM.match(line):
            points.append(line)
        elif points and re.match(r"[a-zåäö]", line):
            points[-1] += " " + line
        else:
            break
    return points if len(points) >= 2 else lines


# A sentence that leads into the points under it: "Föreningen har inom partnerskapet erbjudit:".
_LEAD_INTO_LIST = re.compile(r"^[A-ZÅÄÖ][^\t:]*\s[^\t:]*:$")


# A clause that goes on into the points under it, unless it asks or says how ("Så har läxhjälpen fungerat").
# The verbs of a clause that a list after it goes on with ("Verksamheten har omfattat" / "• läxhjälp …").
CLAUSE_VERBS = r"har|hade|är|var|blev|vill|kan|ska|skulle|kommer|omfattar|omfattade|innehåller|innehöll|bestod"
_LEADS_ON = re.compile(rf"\b(?:{CLAUSE_VERBS}|följande|nedan|fram)\b")
ASKS = re.compile(r"(?:Så|Hur|Vad|Vilka|Varför|När)\s")


def _list_heading(text: str, lines: list[str]) -> bool:
    """A heading over a list, one item a line: the attachments, or proposals each a whole sentence."""
    from .parse import ATTACHMENT_HEADINGS, PROPOSALS, heading_key

    if "\n" in text:
        return False
    return heading_key(text) in (*ATTACHMENT_HEADINGS, "beslutsunderlag", "handlingar i ärendet") or (
        (bool(PROPOSALS.match(text)) or heading_key(text) == "beslut")
        and all(re.search(r"[.!]$", line) and re.match(r"[A-ZÅÄÖ]", line) for line in lines))


def title_and_subtitle(lines: list[str]) -> bool:
    """Two lines that are a title and its subtitle, not one wrapped line: neither ends as a sentence or a clause,
    the first ends with a name or a year and the second begins anew ("… med Föreningen Återbruket i Nyköping" /
    "Slutrapport för åren 2022–2024"); a wrapped title ends with a word that goes on ("… med" / "Föräldrakraft …")
    or goes on with the rest of a name ("… med Studiefrämjandet" / "Stockholm Gotland"), or with the name after
    the word for what it is ("… med Föreningen" / "Fyrbåken i Kalix 2020–2023")."""
    if len(lines) != 2 or any(re.search(r"[.!?:;,]$", line) for line in lines):
        return False
    last = lines[0].split()[-1].strip("()")  # "… partnerskap (IOP)"
    if re.match(r"\S*(?:förening|föreningen|förbund|förbundet|klubb|klubben|sällskap|sällskapet)\b", lines[1],
                re.IGNORECASE) and last != "partnerskap":
        return False  # "… med Ryds" / "Pensionärsförening om …": the name goes on (no name ends "… partnerskap")
    if re.fullmatch(r"(?:förening|stiftelse|organisation|kooperativ|förbund|klubb|sällskap)(?:en|et)", last,
                    re.IGNORECASE):
        return False  # "… med Föreningen" / "Fyrbåken i Kalix 2020–2023": the name follows the word for what it is
    # ("Slutredovisning – idéburet offentligt partnerskap" / "Läxhjälp och studiestöd …": the kind of partnership ends it)
    return (bool(re.match(r"[A-ZÅÄÖ]", lines[1])) and (bool(re.match(r"[A-ZÅÄÖ\d]", last)) or last == "partnerskap")
            and not last.endswith("-")
            and bool(re.search(r"\s[a-zåäö]", lines[1])))  # "Stockholm Gotland" alone ends a name that wrapped


_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


GOAL_HEADING = re.compile(r"(?:Mål|Delmål)\s+\d{1,2}\s*[:.–-]\s+[A-ZÅÄÖ]")


def _heading_over_text(line: str, following: str, alone: bool = False) -> bool:
    """A line that reads as a heading ("Beskrivning av ärendet", "Vad har varit svårt?", "Ekonomi:") over the first
    line of a paragraph, much longer than it, as a Word export or a memo's template sets them; or, `alone` in its
    block, over a paragraph of one short sentence ("Målen och hur de har uppfyllts" / "Överenskommelsen hade tre
    mål.")."""
    from . import layout
    from .parse import _COLON_HEADING, _FINITE, NUMBERING, looks_like_heading

    colon = bool(_COLON_HEADING.match(line)) and len(line.split()) <= 6 and not _FINITE.search(line)
    # numbered, a few words and no verb: "2. Verksamheten" (not a proposal's first line, "1. Nämnden godkänner …")
    numbered = (found := NUMBERING.match(line)) is not None
    if numbered and (len(line[found.end():].split()) > 5 or _FINITE.search(line)):
        return False
    deep = numbered and "." in found.group(1)  # "3.2.2 Parternas åtaganden" over any line: a heading
    sentence = alone and following.endswith(".") and len(following.split()) >= 4 and not re.search(r"[.,;:]$", line)
    # a goal's heading, named by its number, may be long and its text begin with a short line: "Mål 1: Fler barn och
    # unga deltar regelbundet i kulturaktiviteter" over "Målet i överenskommelsen var …", "Mål 3 – …" over "Indikator: …"
    goal = bool(GOAL_HEADING.match(line)) and len(line) <= 100 and len(following.split()) >= 3
    # over a table's or a chart's caption: "Resultat" / "Tabell 1. Unika besökare per år"
    caption = bool(CAPTION.match(following)) and not re.search(r"[.,;:]$", line)
    return ((len(line) <= 60 or goal) and "\t" not in line
            and (len(following) >= max(60, len(line) + 25) or sentence or goal or caption or deep)
            and (colon or looks_like_heading(Block(line))) and not layout.furniture(line) and not layout.letterhead(line)
            and (numbered or not LIST_ITEM.match(line)) and bool(re.match(r"[A-ZÅÄÖÉ0-9\"”]", following)))


CAPTION = re.compile(r"(?:Tabell|Figur|Diagram)\s+\d+\s*[.:]\s+\S")  # "Tabell 1. Deltagare per år"


def _proposals_heading(line: str) -> bool:
    from .parse import PROPOSALS

    return bool(PROPOSALS.match(line))


def _known_heading(line: str) -> bool:
    """A heading a report is known to have ("Bakgrund", "2. Ärendet", "Förslag till beslut"), on its line."""
    from .parse import NUMBERING, PROPOSALS, heading_key  # the parser's headings

    return heading_key(NUMBERING.sub("", line)).rstrip(":") in KNOWN_HEADINGS or bool(PROPOSALS.match(line))


def plain(text: str) -> str:
    """The text in one form (`text.one_form`), a word broken at its soft hyphen over two lines one word again."""
    return one_form(re.sub(r"\u00ad[ \t]*\n[ \t]*", "", text)).strip("\n")


def scanned(text: str) -> str:
    """The text without what a scanner reads besides it: a box's left edge, the marks of logos and handwriting."""
    return without_scribbles(without_box_edges(text))


# A box's left edge before each of its lines, and no other bar on them: "| Förening:   Kvarnbyns Kulturkollektiv".
_LEFT_EDGE = re.compile(r"^(\s*)\|(?=\s+[^|\s][^|]*$)")


def without_box_edges(text: str) -> str:
    """The text without a box's left edge that a scanner read as a bar before each of its lines (two lines or more
    in a row), so that its labels and values read as they do without the box."""
    lines = text.split("\n")
    edged = [bool(_LEFT_EDGE.match(line)) for line in lines]
    return "\n".join(_LEFT_EDGE.sub(r"\1 ", line) if edged[index] and (
        index and edged[index - 1] or index + 1 < len(lines) and edged[index + 1]) else line
        for index, line in enumerate(lines))


# What a scanner reads from a logo, a stamp's frame or a handwritten signature: "i‘(Ö\\|I‚", "/‘/iow»?", ",¿,—", "3%}".
_SCRIBBLE_SIGN = re.compile(r"[\\¿»«{}~‚‘^`¨|@®©]")
# Tokens with such signs that are text: a word in quotation marks (»Ja», »Ja!», ‘Ja’), an approximate number (~40,
# ~5), a table's cells written without spaces (|1|2|), an e-mail address, a number in brackets ({3}).
_NOT_SCRIBBLE = re.compile(r"[»«„”\"‘’]?[\w-]+[.,:;!?…]*[»«”\"’]?[.,:;!?]*|~\d+(?:[.,]\d+)?%?|[|\w:-]*\|[|\w:-]*"
                           r"|<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?[.,;]?|[\[{(]\d+[\]})]")
_LETTERS = re.compile(r"[^\W\d_]+")
_VOWEL = re.compile(r"[aeiouyåäöéü]", re.IGNORECASE)


def _scribble(token: str) -> bool:
    """A token of such marks; not one sign alone, nor one repeated ("~~ Välkommen ~~")."""
    if "\\/" in token or "/\\" in token:  # a letter read as strokes: "ß€rgk\\/i§t"
        return True
    return len(set(token)) > 1 and bool(_SCRIBBLE_SIGN.search(token)) \
        and sum(c.isalnum() for c in token) < 0.6 * len(token) and not _NOT_SCRIBBLE.fullmatch(token)


def _word_or_number(token: str) -> bool:
    """A number, or a word: two letters or more in a row with a vowel among them ("st" and "kr" count as words too;
    "Lc/u/x." is none)."""
    return any(c.isdigit() for c in token) or token.lower().strip(".,:;") in ("st", "kr", "tkr", "mkr") or any(
        len(run.group()) >= 2 and _VOWEL.search(run.group()) for run in _LETTERS.finditer(token))


def without_scribbles(text: str) -> str:
    """The text without the lines a scanner read from a logo, a stamp's frame or a signature's handwriting: a line of
    such marks alone ("/‘/iow»? 3%} ,¿,— Lc/u/x. W" under a signature), or of such marks but for one word ("Ulla
    ß€rgk\\/i§t /9#@/"). Such a line is left empty, so that what stood above and below it stays apart (two
    signatures one over the other). A line with words beside such marks is left as it was read (a letterhead beside
    its logo: "i‘(Ö\\|I‚ HOFORS<gap>TJÄNSTESKRIVELSE"), and so is one with a number beside them (a date)."""
    lines = []
    for line in text.split("\n"):
        tokens = line.split()
        scribbles = [token for token in tokens if _scribble(token)]
        words = [token for token in tokens if not _scribble(token)]
        kept = not scribbles or any(_word_or_number(word) for word in words) and (
            2 * len(scribbles) <= len(tokens) or len(words) > 1 or any(c.isdigit() for c in words[0]))
        lines.append(line if kept else "")
    return "\n".join(lines)


def _page_breaks(text: str) -> str:
    """A text file's page breaks (form feeds, as pdftotext writes them) and paragraph separators as empty lines."""
    return re.sub(r"[ \t]*[\f\u2029]", "\n\n", text)  # (the next line keeps its indentation)


# Bullets a PDF or Word file gives as the Symbol or Wingdings font's private-use characters (U+F0B7 ""): no
# other font shows them, so a page would show an empty box. They are the bullets a reader sees.
SYMBOL_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf06c": "•", "\uf06e": "▪", "\uf076": "•",
                                "\uf0d8": "•", "\uf0a8": "•", "\uf0fc": "•", "\uf0e0": "•", "\uf02d": "-"})

# A line that starts an item of a list: "1.", "2)", "a)", "–", "•", and the "att"-clauses of a proposal.
BULLET = "[-–—•●▪◦*]"  # the signs a list's items begin with, as word processors and PDFs set them
# The sign of a list's item at the start of a line: a bullet, or the letter "o" before a word (Word's second-level
# bullet, as a PDF gives it; within a line "o" is never read as one).
ITEM_SIGN = rf"(?:{BULLET}|o(?=\s+[^\W\d_]))"
LIST_ITEM = re.compile(rf"^(?:\d{{1,2}}[.)]|[a-hA-H][.)]|{ITEM_SIGN}|Bilaga\s+\d{{1,2}}\b[.:–-]?)\s+\S|^att\s")
# The cells of a table's row or of a line set in columns: tabs, bars, or gaps of three spaces and more.
CELLS = re.compile(r"\t|\s+\|\s+|\s{3,}")
# The end of a line that introduces a proposal's att-clauses: "… föreslår att nämnden beslutar", "Nämnden beslutar:".
_INTRODUCES = re.compile(r"(?:[:;,]|\bbesluta[rs]?|\bbeslöt|\bföreslå[rs]?|\bföreslås)\s*$")
# A form's label on a line of its own, its value on the next: "Startdatum för överenskommelsen:".
_LABEL_ALONE = re.compile(r"^[A-ZÅÄÖ][^:.!?\t]{2,60}:$")
# A line of facts, a label and its value: "Avtalsperiod: 2021-01-01–2023-12-31", "Handläggare: Johan Berglund, …".
LABELLED = re.compile(r"^[A-ZÅÄÖ][\w.()/-]*(?:\s+[\w.()/-]+){0,3}:\s+\S")
# Some of the count on the line above, on a line of its own: "varav digitala träffar: 6", "därav kvinnor: 201".
_PART_OF_ABOVE = re.compile(r"^(?:varav|därav|av\s+dem|av\s+dessa)\s+[^:.!?\t]{1,50}:\s+\d")
# A contact's line, which a sentence to the reader may follow: "Telefon: 070-…", "E-post: …".
_CONTACT_LABEL = re.compile(r"(?:Telefon|Tel|Tfn|Mobil|E-post|Epost|Mejl|Mail|Webb|Hemsida|Adress)\b", re.IGNORECASE)


def labelled(line: str) -> bool:
    """A line of a label and its value ("Avtalsperiod: …", "Antal unika deltagare totalt: 312"), or of some of the
    count above it ("varav kvinnor: 201")."""
    return bool(LABELLED.match(line) or _PART_OF_ABOVE.match(line))


def labelled_then_told(lines: list[str]) -> int | None:
    """Lines of a label and its value, two or more, then at most the sentences that follow them, no blank line
    between ("Antal språkcaféträffar totalt: 84" / "varav digitala träffar: 6" / … / "Vid utvärderingen … började."):
    how many lines are labelled; None for any other lines."""
    from .layout import sentence

    count = 0
    # (never a label over sentences of its own, "Resultat: Antalet deltagare har ökat … Drygt hälften …": a paragraph)
    while count < len(lines) and labelled(lines[count]) and (len(lines[count]) <= 80 or not lines[count].endswith(".")):
        count += 1
    if count == len(lines) > 0:
        return count
    if any(_CONTACT_LABEL.match(line) for line in lines[:count]):
        return None  # a contact's phone and e-mail over a sentence ("Hör gärna av dig …"): a paragraph, as written
    rest = " ".join(lines[count:])
    if count < 2 or not (sentence(rest) and rest.endswith((".", "!", "?")) and lines[count][:1].isupper()):
        return None
    return count


# A line that stands on its own under a paragraph: a case number, a date ("FRI-2023-03187", "2024-01-15").
OWN_LINE = re.compile(r"^(?:(?:(?:Dnr|Diarienr|Diarienummer|Ärendenr|Ärendenummer)\.?:?\s*)?"
                      r"[A-ZÅÄÖ]{1,6}[\s./-]?\d{2,4}[-./:]\d{1,6}(?:[-./:]\d[\d.]*)?|\d{4}-\d{2}-\d{2})$")


def _word_paragraphs(lines: list[str]) -> list[list[str]]:
    """A block's lines in paragraphs, where a Word export gives a paragraph a line and no blank line between: a line
    longer than any page is wide (a PDF wraps before) that ends a sentence ends its paragraph, where the next line
    begins a sentence of its own ("… komma ibland." / "Att språkcaféet ligger …")."""
    groups = [[lines[0]]]
    for before, line in zip(lines, lines[1:]):
        if len(before) > 100 and re.search(r"[.!?][”\"’)]?$", before) and re.match(r"[A-ZÅÄÖ]", line) \
                and not LIST_ITEM.match(line):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _unwrapped_lines(lines: list[str], vocabulary: set[str]) -> list[str]:
    """A block's lines with running text joined: a list keeps one line per item (its wrapped lines joined),
    lines before the list stay as they are unless they run as text, and a case number or date under a
    paragraph stays a line of its own."""
    items = [i for i, line in enumerate(lines) if LIST_ITEM.match(line)]
    clauses = [i for i in items if lines[i].startswith("att ")]
    if len(clauses) == 1 and clauses[0] > 0 and not _INTRODUCES.search(lines[clauses[0] - 1]):
        items.remove(clauses[0])  # "… fått svar som visar / att de flesta …": a sentence wrapped, not a proposal
    if not items or items == [0] and not any(LIST_ITEM.match(line) for line in lines[1:]):
        tail = [lines.pop()] if len(lines) > 1 and OWN_LINE.match(lines[-1]) else []
        if len(lines) > 1 and running_text(lines):
            return [join_all(lines, vocabulary), *tail]
        return lines + tail
    if any("\t" in line for line in lines):  # a table keeps its rows
        return lines
    head = lines[:items[0]]
    out = ([join_all(head, vocabulary)] if len(head) > 1 and running_text(head) else head)
    for start, end in zip(items, [*items[1:], len(lines)]):
        out.append(join_all(lines[start:end], vocabulary))
    return out


def running_text(lines: list[str]) -> bool:
    """Lines that wrap one paragraph, not a group of short lines (a signature, the case officer, a list, a table)."""
    if any("\t" in line or _COLUMN_GAP.search(line) for line in lines) or re.match(r"\d+[.)]\s", lines[0]):
        return False  # a table, or a header set in columns
    hyphenated = any(re.search(r"[a-zåäö]-$", a) and re.match(r"[a-zåäö]", b) for a, b in zip(lines, lines[1:]))
    # a sentence wrapped in a narrow column: "Sedan hösten 2022 har föreningen också" / "ordnat Fredagsfika …" / "… samtal."
    narrow = bool(re.match(r"[A-ZÅÄÖ]", lines[0])) and lines[-1].endswith(".") \
        and all(len(line) >= 30 and not re.search(r"[.:;]$", line) for line in lines[:-1])
    return (hyphenated or narrow or any(len(line) > 60 for line in lines[:-1])
            or sum(len(line) >= 40 for line in lines[:-1]) >= 2 or bool(re.search(r"[a-zåäö][.!?] [A-ZÅÄÖ]", " ".join(lines))))


# A part too short to be a syllable split off, written with its hyphen: "e-post", "cv-skrivning", "tv-spel", "it-stöd",
# "lss-insatser", and the abbreviations with a vowel that public services write in lower case ("sfi-undervisningen")
# ("fö-" "rebygga" is a syllable: the hyphen goes).
_SHORT_PREFIX = re.compile(r"\w|[^\WaeiouyåäöéAEIOUYÅÄÖÉ\d_]{2,4}|it|id|sfi|bup|adhd", re.IGNORECASE)


def join_lines(before: str, after: str, vocabulary: set[str]) -> str:
    """A line of running text and the next. A hyphen at the end of the first broke a word ("verksam-"
    "heten") and goes, unless it belongs to the word ("IOP-", "Enskede-Årsta", a word written with a
    hyphen elsewhere in the document, after a part too short to be split off: "cv-", "e-") or stands
    for a word left out ("läxhjälp- och cv-skrivning")."""
    if re.search(r"\w–$", before) and after[:1].isalnum():  # a range broken at its dash: "2024-04-01–" "2026-03-31"
        return before + after
    broken = re.search(r"((?:\w+-)*)(\w+)-$", before)  # "cv-skrivnings-": the word, and its last part
    if not broken:
        return f"{before} {after}"
    head, part, tail = broken.group(1) + broken.group(2), broken.group(2), re.match(r"\w*", after).group(0)
    if tail.lower() in SUSPENDED_BEFORE:
        return f"{before} {after}"
    if re.match(r"I[^\W\d_]", tail) and tail[1].islower() and part[-1].islower():
        tail, after = "l" + tail[1:], "l" + after[1:]  # OCR read an l as I: "förä-" "Idraskap" is "ldraskap"
    if tail[:1].islower() and (head + tail).lower() in vocabulary and f"{head}-{tail}".lower() not in vocabulary:
        return before[:-1] + after  # "om-" "rådet": the document writes "området" elsewhere
    if not tail[:1].islower() or part[-1].isupper() or part[-1].isdigit() or _SHORT_PREFIX.fullmatch(part):
        return before + after  # "IOP-överenskommelser", "Enskede-Årsta", "2018-2024", "cv-skrivning"
    if (head + tail).lower() not in vocabulary and f"{head}-{tail}".lower() in vocabulary:
        return before + after
    return before[:-1] + after


def join_all(lines: list[str], vocabulary: set[str]) -> str:
    """The lines of one paragraph joined, in time linear in its length: each join looks at the end of
    the text so far only, never at all of it."""
    pieces, tail = [lines[0]], lines[0]
    for line in lines[1:]:
        tail = tail[-TAIL:]
        rest = join_lines(tail, line, vocabulary)[len(tail) - 1:]  # the join keeps all of tail but its last character
        pieces[-1] = pieces[-1][:-1]
        pieces.append(rest)
        tail = tail[:-1] + rest
    return "".join(pieces)


TAIL = 200  # enough of the text so far to hold the word a line ends on
_BOX_DRAWING = re.compile("[\u2500-\u257f]")


def _text_blocks(text: str) -> list[Block]:
    # A frame drawn with box characters (a stamp's "┌──┐", "│ Dnr SÖ 2024/000086 │") is no text: spaces in its place.
    text = _BOX_DRAWING.sub(" ", text)
    # A line set in bold by a Word export's marks ("**Bakgrund**") is the line without them.
    text = re.sub(r"(?m)^[ \t]*\*\*(?=\S)([^*\n]+?)\*\*[ \t]*$", r"\1", text.replace("\r\n", "\n"))
    # A footnote's mark, in the text ("ohälsa¹.") and before the note at the page's foot ("¹ Enligt …"), is no text.
    text = re.sub(r"(?m)(?<=[a-zåäöé)]{2})[¹²³⁴⁵⁶⁷⁸⁹⁰]+|^[¹²³⁴⁵⁶⁷⁸⁹⁰]+[ \t]+", "", text)
    stretches = re.split(r"(\n[ \t]*\n)", text)  # (each stretch without a blank line, and the blank lines between)
    text = "".join(stretch if index % 2 else _paragraph_a_line(stretch) for index, stretch in enumerate(stretches))
    return [Block(block.strip("\n")) for block in re.split(r"\n[ \t]*\n", text) if block.strip()]


def _paragraph_a_line(text: str) -> str:
    """A Word export's stretch without a blank line, a paragraph a line ("Sammanfattning" / "Farsta stadsdelsnämnd
    och …" / "Bakgrund" / …), the whole document or its body under a letterhead and proposals set apart by blank
    lines: each paragraph a block of its own, and a heading over one; the short lines between them (a letterhead, a
    list, signatures) stay together, but for a table after a sentence or before one (`_new_paragraph`)."""
    lines = text.strip("\n").split("\n")
    if len(lines) < 10:
        return text
    whole = [_paragraph(line) and (index == 0 or _paragraph_ends(lines[index - 1])) for index, line in enumerate(lines)]
    if sum(whole) < 3:
        return text
    # (a Word table's row: never a point whose sign a tab sets off, "•<TAB>…", nor a letterhead's columns of spaces)
    rows = ["\t" in line.strip() and not LIST_ITEM.match(line.strip()) for line in lines]
    out: list[str] = []
    for index, line in enumerate(lines):
        following = index + 1 < len(lines) and whole[index + 1]
        if whole[index] or following and _heading_over_text(line.strip(), lines[index + 1].strip()):
            out += ["", line, ""]
            continue
        if index and _new_paragraph(lines, rows, index):
            out.append("")
        out.append(line)
    return "\n".join(out)


def _new_paragraph(lines: list[str], rows: list[bool], index: int) -> bool:
    """Whether, in a Word export's stretch, lines[index] begins a paragraph (lines[index - 1] being no whole one):
    - a table's first row after a sentence, or a sentence after a table's last row;
    - a table's caption after a sentence ("… enligt tabell 3." / "Tabell 3. Ersättning …" / its rows), or a numbered
      one ("Tabell 1. Simskolan per termin") after anything: the caption stays with its rows;
    - a numbered heading ("4.2 Mål och utfall") after a line that ends a sentence."""
    line, before = lines[index], lines[index - 1]
    if rows[index] != rows[index - 1] and _sentence_like(before if rows[index] else line) \
            and not (rows[index] and _NUMBERED_CAPTION.match(before.strip())):  # ("Tabell 1. Deltagare per år.")
        return True
    if not rows[index] and index + 1 < len(lines) and rows[index + 1] and _caption(line) \
            and (re.search(r"[.!?]$", before.rstrip()) or _NUMBERED_CAPTION.match(line.strip())):
        return True
    return not rows[index] and not rows[index - 1] and bool(re.search(r"[.!?]$", before.rstrip())) \
        and bool(NUMBERED_HEADING.match(line.strip())) and not _OPEN_ABBREVIATION.search(before.rstrip())


def _sentence_like(line: str) -> bool:
    """A line of running text: a capital's word first, a sentence's stop (or a lead's colon) last."""
    return bool(re.match(r"[A-ZÅÄÖ][a-zåäö]+ .*[.!?:]$", line.strip()))


def _caption(line: str) -> bool:
    """A table's caption on the line over its first row: "Tabell 1. Simskolan per termin", "Deltagare per läsår"."""
    line = line.strip()
    return bool(_NUMBERED_CAPTION.match(line)) or len(line) <= 80 and ":" not in line \
        and not re.search(r"[.!?]$", line) and not LIST_ITEM.match(line)


_NUMBERED_CAPTION = re.compile(r"(?:Tabell|Figur|Diagram)\s+\d+[.:]?\s")


def _paragraph(line: str) -> bool:
    """A line that is a whole paragraph of a Word export: longer than a page is wide and ending a sentence, not a
    point, nor a table's row (with tabs or runs of spaces)."""
    return len(line) > 100 and not CELLS.search(line.strip()) and not LIST_ITEM.match(line) \
        and bool(re.search(r"[.!?:][”\"’)]?$", line.rstrip()))


def _paragraph_ends(line: str) -> bool:
    """A line after which a paragraph may begin: one that ends a sentence, or a short one (a heading, a label); never
    a line of text that a PDF wrapped near a hundred characters ("… samverkat i ett" / "idéburet …")."""
    return bool(re.search(r"[.!?:][”\"’)]?$", line.rstrip())) or len(line.strip()) <= 60


# A line that ends on one of these words goes on: "… riskerar personer i akut hemlöshet på" / "Norrmalm att …".
CONTINUES = re.compile(r"\b(?:på|i|och|att|för|med|som|av|till|om|en|ett|den|det|de|är|har|vid|från|under|"
                       r"mellan|samt|eller|inom|hos|kring|genom|efter|inför|utan|mot|där|när|då)$")


def running(text: str) -> bool:
    """Text that reads as sentences, not a heading or a page's header: long, or ending like a sentence."""
    return len(text) > 60 or bool(re.search(r"[.!?]$", text))


# A numbered heading: "1 Bakgrund", "2.1 Måluppfyllelse", "3) Resultat".
NUMBERED_HEADING = re.compile(r"\d{1,2}(?:\.\d{1,2})*[.)]?\s+[A-ZÅÄÖ][^.!?\n]{0,80}$")
# An abbreviation that leaves its sentence open: "Överenskommelsen gällde fr.o.m. 2021-09-01 t.o.m." / "2023-08-31 …".
_OPEN_ABBREVIATION = re.compile(r"(?<![\w.])(?:t\.\s?o\.\s?m|fr\.\s?o\.\s?m|bl\.\s?a|t\.\s?ex|s\.\s?k|p\.\s?g\.\s?a|ca|resp|"
                                r"inkl|exkl|enl|jfr)\.$")


def _table_goes_on(before: str, after: str) -> bool:
    """Rows of a table after rows of one with as many columns, that begin with no heading row of their own."""
    from .layout import furniture  # a page's footer set as a table row is no row of the table above

    rows, more = before.split("\n"), after.split("\n")
    if not all("\t" in row for row in rows + more) or any(furniture(row) for row in more):
        return False
    columns = {row.count("\t") for row in rows + more}
    first, *cells = more[0].split("\t")
    heading_row = not re.search(r"\d", first) and all(
        re.fullmatch(r"\s*(?:19|20)\d{2}\s*", cell) or not re.search(r"\d", cell) for cell in cells)
    return len(columns) == 1 and not heading_row  # "År<TAB>2021<TAB>2022" begins a table of its own


# What a report's title says it is.
_REPORT_TITLE = re.compile(r"\b(?:slutrapport|slutredovisning|delrapport|redovisning\s+av)\w*", re.IGNORECASE)


def _title_at_top(block: Block, position: int) -> bool:
    """A report's title among the first four blocks (`position` counts from 1): the top of its first page, where no
    page breaks a paragraph ("Länkföreningen Vägen Ut – slutrapport avseende … med arbets- och socialnämnden" over
    "Föreningen bildades 1996 …"). A title holds no sentence."""
    return position <= 4 and bool(_REPORT_TITLE.search(block.text)) and not re.search(r"[.!?]\s+[A-ZÅÄÖ]", block.text)


def join_page_breaks(blocks: list[Block]) -> list[Block]:
    """Join a paragraph that a page break split: it stops mid-sentence, and the next goes on in lower
    case, or (after a paragraph too long to be a heading) as a sentence that ends like running text."""
    from .layout import furniture_block  # a page's footer is no part of the paragraph it interrupts

    # A line the document repeats as a block of its own is a page's running header ("Föreningen Vuxna på Stan –
    # Slutrapport IOP 2022–2024" on every page), never the start of a paragraph the next page goes on with.
    seen: set[str] = set()
    repeated: set[str] = set()
    for block in blocks:
        (repeated if block.text in seen else seen).add(block.text)
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if previous and previous.text in repeated:
            joined.append(block)
            continue
        if previous and _table_goes_on(previous.text, block.text):
            joined[-1] = Block(previous.text + "\n" + block.text)  # a table a page's footer cut in two
            continue
        if (previous and previous.heading is None and block.heading is None and not block.list_item
                and not _title_at_top(previous, len(joined))
                and not furniture_block(block) and not furniture_block(previous) and not LIST_ITEM.match(block.text)
                and len(previous.text) > 60 and "\n" not in previous.text
                and ("\n" not in block.text or re.match(r"[a-zåäöé]", block.text)
                     or re.match(r"\d", block.text) and not CELLS.search(block.text.split("\n")[0].strip()))
                and (not re.search(r"[.:!?][”\"’»)]?$", previous.text) or _OPEN_ABBREVIATION.search(previous.text))
                and not NUMBERED_HEADING.match(block.text)  # "1 Bakgrund" after a page's header begins anew
                and (re.match(r"[a-zåäöé0-9]", block.text)
                     or ((CONTINUES.search(previous.text) or len(previous.text) > 90) and running(block.text)
                         and re.search(r"[.!?:;]$|[.!?]\s", block.text)))):  # a sentence, not a title's subtitle
            text = previous.text
            for line in block.text.split("\n"):
                text = join_lines(text, line.strip(), set())  # "verksam-" "heten" too
            joined[-1] = Block(text)
        else:
            joined.append(block)
    return joined


def _pdf_blocks(path: Path) -> tuple[list[Block], bool]:
    """A text PDF's blocks, and whether a page of it was set in two columns (read column by column)."""
    from pypdf import PdfReader

    lines: list[tuple[int, float, float, str]] = []  # page, y, height, text
    columns = False
    for number, page in enumerate(PdfReader(path).pages):
        pieces: list[tuple[float, float, float, str]] = []

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
            if text.strip():
                # Position on the page: the text matrix placed by the current transformation.
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                pieces.append((round(y, 1), x, size * (tm[3] or 1), text))

        page.extract_text(visitor_text=visit)
        rows: dict[float, list[tuple[float, float, str]]] = {}
        for y, x, height, text in pieces:
            rows.setdefault(y, []).append((x, height, text))
        ordered, in_columns = _in_reading_order({y: sorted(cells) for y, cells in rows.items()})
        columns = columns or in_columns
        for y, cells in ordered:
            line = cells[0][2].strip()
            for (x0, _, t0), (x1, _, t1) in zip(cells, cells[1:]):
                # A wide gap on one line separates table cells.
                gap = x1 - x0 - len(t0) * cells[0][1] * 0.45
                line += ("\t" if gap > 4 * cells[0][1] else " ") + t1.strip()
            line = re.sub(r" {2,}", " ", line)  # justified text leaves wide gaps between words
            if not PAGE_NUMBER.match(line):
                lines.append((number, y, max(c[1] for c in cells), line))
    if not lines:
        raise ExtractError(f"{path}: innehåller ingen text")
    # y grows up the page: the distance down it is -y, in points (12 between lines when nothing says otherwise).
    groups = group_rows([(page, -y, text) for page, y, _, text in lines], usual_gap=12.0)
    return [Block("\n".join(group)) for group in groups], columns  # unwrap() joins the lines of running text


Cells = list[tuple[float, float, str]]  # the pieces of text on one row of a page: x, height, text; by x


def _in_reading_order(rows: dict[float, Cells]) -> tuple[list[tuple[float, Cells]], bool]:
    """A page's rows top down; where the page is set in two columns, the left column's rows, then the right
    column's. A second column is where six rows or more have a long text start after a long text and a gap;
    the rows above the first such row and below the last (the letterhead, the title, the footer) stay whole.
    True with them where the page is in two columns."""
    down = sorted(rows, reverse=True)  # y grows up the page
    column = _second_column_x(rows)
    if column is None:
        return [(y, rows[y]) for y in down], False
    both = [y for y in down if _split_row(rows[y], column) is not None]
    first, last = down.index(both[0]), down.index(both[-1])

    def beside(y: float) -> bool:  # a row with text at the second column: "Genomförande<gap>Ekonomi" over the texts
        return any(abs(x - column) <= 1 for x, _, _ in rows[y])

    while first > 0 and beside(down[first - 1]):
        first -= 1
    while last + 1 < len(down) and beside(down[last + 1]):
        last += 1
    left: list[tuple[float, Cells]] = []
    right: list[tuple[float, Cells]] = []
    for y in down[first:last + 1]:
        left += [(y, [cell for cell in rows[y] if cell[0] < column - 1])]
        right += [(y, [cell for cell in rows[y] if cell[0] >= column - 1])]
    middle = [(y, cells) for y, cells in left + right if cells]
    return [(y, rows[y]) for y in down[:first]] + middle + [(y, rows[y]) for y in down[last + 1:]], True


def _split_row(cells: Cells, column: float) -> tuple[str, str] | None:
    """A row's text left and right of a second column at `column`, both long: None for any other row."""
    left = " ".join(text.strip() for x, _, text in cells if x < column - 1)
    right = " ".join(text.strip() for x, _, text in cells if x >= column - 1)
    return (left, right) if len(left) >= 20 and len(right) >= 20 else None


def _second_column_x(rows: dict[float, Cells]) -> float | None:
    """Where a second column of text starts: the x most rows have a long text start at, after a long text and a
    gap wider than a letter; None for fewer than six such rows."""
    starts: dict[float, int] = {}
    for cells in rows.values():
        for (x0, height, t0), (x1, _, _) in zip(cells, cells[1:]):
            if x1 - x0 - len(t0) * height * 0.45 > height and _split_row(cells, x1) is not None:
                starts[round(x1)] = starts.get(round(x1), 0) + 1
    found = max(starts, key=lambda x: (starts[x], -x), default=None)
    return float(found) if found is not None and starts[found] >= 6 else None


def group_rows(rows: list[tuple[int, float, str]], usual_gap: float) -> list[list[str]]:
    """Rows of a page (page, distance down the page, text), text PDF or OCR, grouped into blocks: a new block
    where the space to the next row is well over the usual line spacing, and at a page break, unless the
    break cut a paragraph."""
    gaps = [b[1] - a[1] for a, b in zip(rows, rows[1:]) if a[0] == b[0] and b[1] > a[1]]
    usual = statistics.median(gaps) if gaps else usual_gap
    groups: list[list[str]] = [[rows[0][2]]]
    for (page_a, down_a, _), (page_b, down_b, text) in zip(rows, rows[1:]):
        if page_b != page_a and ends_mid_sentence(groups[-1]) and len(text) > 60:
            groups[-1].append(text)  # the page broke a paragraph: it goes on at the top of the next
        elif page_b != page_a or down_b - down_a > usual * 1.4 or down_a - down_b > usual:
            groups.append([text])  # (or back up the page: the top of its second column)
        else:
            groups[-1].append(text)
    return groups


def ends_mid_sentence(lines: list[str]) -> bool:
    """A block of more than a short line that stops without a full stop: a page break cut it."""
    return not re.search(r"[.:!?]$", lines[-1]) and sum(map(len, lines)) + len(lines) - 1 > 60  # only at page breaks


def _docx_blocks(path: Path) -> list[Block]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    blocks: list[Block] = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            paragraph = Paragraph(child, document)
            text = paragraph.text.strip("\n")
            if not text.strip():
                continue
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            level = re.match(r"(?:Heading|Rubrik)\s*(\d)", style)
            listed = "List" in style or "Lista" in style or paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
            blocks.append(Block(text, int(level.group(1)) if level else None, list_item=bool(listed) and not level))
        elif child.tag.endswith("}tbl"):
            rows = ["\t".join(cell.text.strip() for cell in row.cells) for row in Table(child, document).rows]
            blocks.append(Block("\n".join(row for row in rows if row.strip())))
    return blocks
