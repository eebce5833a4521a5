"""Real PDF and Word files made from a plain-text document, for the import tests.

Paragraphs wrap as a word processor wraps them, pages break where they fill
up, and the approvals table is laid out in columns, so the import reads them
through the same extraction path as a document from the archive.
"""
from __future__ import annotations

import re
from pathlib import Path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def blocks(text: str) -> list[str]:
    return [block.strip("\n") for block in re.split(r"\n[ \t]*\n", text) if block.strip()]


def write_pdf(text: str, path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    # A TrueType font with every character the documents use (å, ä, ö, é, –); Debian's fonts-dejavu-core,
    # which `make test` installs.
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=11)
    for block in blocks(text):
        for line in block.split("\n"):
            if "\t" in line:
                left, right = line.split("\t", 1)
                pdf.cell(110, 6, left)
                pdf.cell(0, 6, right, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
    pdf.output(str(path))
    return path


def write_docx(text: str, path: Path) -> Path:
    import docx

    document = docx.Document()
    for block in blocks(text):
        rows = block.split("\n")
        if all("\t" in row for row in rows[1:]) and len(rows) > 1 and "\t" in rows[-1]:
            table = document.add_table(rows=0, cols=2)  # the approvals table as a real table
            for row in rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row.split("\t")):
                    cell.text = value
            continue
        paragraph = document.add_paragraph()
        for index, line in enumerate(rows):
            if index:
                paragraph.add_run().add_break()
            paragraph.add_run(line)
    document.save(str(path))
    return path
