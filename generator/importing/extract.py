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
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".txt", ".pdf", ".docx")
# Running page headers and footers a PDF may carry: "1 (4)", "Sida 2 av 5", "3".
PAGE_NUMBER = re.compile(r"^(?:Sida\s+)?\d+(?:\s*(?:\(\d+\)|av\s+\d+))?$", re.IGNORECASE)


class ExtractError(Exception):
    """The document could not be read; the message says why, for the user."""


@dataclass(frozen=True)
class Block:
    text: str  # lines separated by "\n"; cells of a table row by "\t"
    heading: int | None = None  # heading level when the document says so (Word styles)
    list_item: bool = False  # a bullet or numbered item in Word: never a heading


def extract(path: Path) -> list[Block]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ExtractError(f"{path}: cannot import {suffix or 'a file without suffix'} (expected {', '.join(SUFFIXES)})")
    try:
        if suffix == ".txt":
            blocks = _text_blocks(path.read_text(encoding="utf-8-sig"))
        elif suffix == ".pdf":
            blocks = _pdf_blocks(path)
        else:
            blocks = _docx_blocks(path)
    except ExtractError:
        raise
    except UnicodeDecodeError:
        raise ExtractError(f"{path}: is not UTF-8 text; save it as UTF-8") from None
    except Exception as error:  # a broken PDF or Word file: say so, never a traceback
        raise ExtractError(f"{path}: could not be read as {suffix[1:].upper()} ({error})") from None
    return join_page_breaks(blocks)


def _text_blocks(text: str) -> list[Block]:
    return [Block(block.strip("\n")) for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")) if block.strip()]


def join_page_breaks(blocks: list[Block]) -> list[Block]:
    """Join a paragraph that a page break split: it stops mid-sentence and the next starts in lower case."""
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if (previous and previous.heading is None and block.heading is None
                and len(previous.text) > 60 and "\n" not in previous.text
                and not re.search(r"[.:!?]$", previous.text) and re.match(r"[a-zåäöé0-9]", block.text)):
            joined[-1] = Block(previous.text + " " + block.text.replace("\n", " "))
        else:
            joined.append(block)
    return joined


def _pdf_blocks(path: Path) -> list[Block]:
    from pypdf import PdfReader

    lines: list[tuple[int, float, float, str]] = []  # page, y, height, text
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
        for y in sorted(rows, reverse=True):
            cells = sorted(rows[y])
            line = cells[0][2].strip()
            for (x0, _, t0), (x1, _, t1) in zip(cells, cells[1:]):
                # A wide gap on one line separates table cells.
                gap = x1 - x0 - len(t0) * cells[0][1] * 0.45
                line += ("\t" if gap > 4 * cells[0][1] else " ") + t1.strip()
            if not PAGE_NUMBER.match(line):
                lines.append((number, y, max(c[1] for c in cells), line))
    if not lines:
        raise ExtractError(f"{path}: holds no text (a scanned PDF needs OCR first)")
    gaps = [a[1] - b[1] for a, b in zip(lines, lines[1:]) if a[0] == b[0] and a[1] > b[1]]
    usual = statistics.median(gaps) if gaps else 12.0
    blocks: list[list[str]] = [[lines[0][3]]]
    for (page_a, y_a, _, _), (page_b, y_b, _, text) in zip(lines, lines[1:]):
        ends_mid_sentence = not re.search(r"[.:!?]$", blocks[-1][-1]) and len(" ".join(blocks[-1])) > 60
        if page_b != page_a and ends_mid_sentence and len(text) > 60:
            blocks[-1].append(text)  # the page broke a paragraph: it goes on at the top of the next
        elif page_b != page_a or y_a - y_b > usual * 1.4:
            blocks.append([text])
        else:
            blocks[-1].append(text)
    return [Block(_pdf_block_text(block)) for block in blocks]


def _pdf_block_text(lines: list[str]) -> str:
    """Lines of running text become one line; a group of short lines keeps its lines."""
    prose = len(lines) > 1 and any(len(line) > 60 for line in lines[:-1]) and not re.match(r"\d+\. ", lines[0])
    return " ".join(lines) if prose else "\n".join(lines)


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
