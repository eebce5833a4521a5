"""OCR of scanned PDFs: seed documents drawn as page images without any text, read back by Tesseract in Swedish.

The scans are made here: the seed's text drawn with a real font onto A4 page
images, wrapped and hyphenated as a word processor does, a page number in the
header, saved as a PDF of images only. One is also printed crooked and
speckled, as a copier does.
"""
from __future__ import annotations

import difflib
import io
import random
import re
import time
from pathlib import Path

import pytest
import pytesseract
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from generator.content.model import District, Organisation
from generator.importing import ocr
from generator.importing.draft import import_document, read_list, summary
from generator.importing.extract import Block, extract, join_lines
from generator.importing.ocr import Line, OcrError, blocks_from_lines, has_text_layer, lines_from_hocr, ocr_pdf_blocks
from generator.importing.parse import parse

from conftest import CONTENT, SEEDS
from documents import blocks as seed_blocks, write_pdf

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian: fonts-dejavu-core
JARVA, DROMSTORT = "000_54d93b08f7bb8db9", "004_ed58ff8932104a69"
# Each scan: seed, dots per inch, printed crooked and speckled or not.
SCANS = {"jarva-300dpi": (JARVA, 300, False), "dromstort-200dpi": (DROMSTORT, 200, False),
         "dromstort-crooked": (DROMSTORT, 200, True)}


def wrap(line: str, fits, hyphenate: bool) -> list[str]:
    """A line broken into rows that fit, as a word processor with hyphenation breaks it: a long word that
    does not fit is split with a hyphen, at a hyphen of its own if it has one."""
    rows, current = [], ""
    for word in line.split(" "):
        if fits(f"{current} {word}".strip()):
            current = f"{current} {word}".strip()
            continue
        split = _hyphenate(current, word, fits) if hyphenate and current else None
        if split:
            rows.append(f"{current} {split[0]}")
            current = split[1]
        else:
            rows.append(current)
            current = word
    return rows + [current]


def _hyphenate(current: str, word: str, fits) -> tuple[str, str] | None:
    own = [index + 1 for index, char in enumerate(word[:-1]) if char == "-"]
    letters = len(re.match(r"[^\W\d_]*", word).group(0))  # "utvecklas." may split before the full stop
    soft = list(range(4, letters - 3)) if letters >= 10 and not own else []
    for index in sorted(own + soft, reverse=True):
        head = word[:index] if word[index - 1] == "-" else word[:index] + "-"
        if fits(f"{current} {head}"):
            return head, word[index:]
    return None


def typeface(dpi: int):
    """DejaVu Sans at 11 pt, and whether a row of text fits between margins of 25 mm on A4."""
    assert FONT.exists(), f"{FONT} is missing: install Debian's fonts-dejavu-core"
    font = ImageFont.truetype(str(FONT), round(11 * dpi / 72))
    return font, lambda row: font.getlength(row) <= round(210 * dpi / 25.4) - 2 * round(25 * dpi / 25.4)


def write_scanned_pdf(text: str, path: Path, dpi: int = 300, crooked: bool = False) -> Path:
    """An image-only PDF of a plain-text document: A4 pages at dpi, 11 pt text, 25 mm margins, an empty
    line between blocks, the approvals table in two columns and "1 (3)" at the top right of each page."""
    mm = dpi / 25.4
    width, height, margin = round(210 * mm), round(297 * mm), round(25 * mm)
    font, fits = typeface(dpi)
    pitch = round(11 * 1.45 * dpi / 72)
    pages: list[Image.Image] = []
    y = height

    def put(cells: list[tuple[int, str]]) -> None:
        nonlocal y
        if y + pitch > height - margin:
            pages.append(Image.new("L", (width, height), 255))
            y = margin
        for x, cell in cells:
            ImageDraw.Draw(pages[-1]).text((margin + x, y), cell, font=font, fill=0)
        y += pitch

    for block in seed_blocks(text):
        for line in block.split("\n"):
            if "\t" in line:
                left, right = line.split("\t", 1)
                put([(0, left), (round(110 * mm), right)])
            else:
                for row in wrap(line, fits, hyphenate=True):
                    put([(0, row)])
        y += pitch  # the empty line between blocks
    for number, page in enumerate(pages, start=1):
        label = f"{number} ({len(pages)})"
        ImageDraw.Draw(page).text((width - margin - font.getlength(label), margin // 2), label, font=font, fill=0)
    if crooked:
        pages = [_copier(page) for page in pages]
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=dpi)
    return path


def _copier(page: Image.Image) -> Image.Image:
    """The page as a copier scans it: a little turned, soft, speckled, and saved as a coarse JPEG."""
    page = page.rotate(1.5, resample=Image.Resampling.BICUBIC, fillcolor=255).filter(ImageFilter.GaussianBlur(0.7))
    chance = random.Random(4)
    tile = Image.frombytes("L", (256, 256), bytes(chance.randrange(256) for _ in range(256 * 256)))
    noise = Image.new("L", page.size)
    for x in range(0, page.width, 256):
        for y in range(0, page.height, 256):
            noise.paste(tile, (x, y))
    buffer = io.BytesIO()
    Image.blend(page, noise, 0.2).save(buffer, "JPEG", quality=60)
    return Image.open(io.BytesIO(buffer.getvalue()))


def normal(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("scans")
    return {name: write_scanned_pdf((SEEDS / f"{seed}.txt").read_text(encoding="utf-8"), folder / f"{name}.pdf",
                                    dpi, crooked) for name, (seed, dpi, crooked) in SCANS.items()}


@pytest.fixture(scope="module")
def read(scans: dict[str, Path]) -> dict[str, list[Block]]:
    """Each scan read by OCR once, for every test that looks at the result."""
    from pypdf import PdfReader

    results = {}
    for name, path in scans.items():
        start = time.perf_counter()
        results[name] = ocr_pdf_blocks(path)
        pages = len(PdfReader(path).pages)
        print(f"{name}: {pages} pages in {time.perf_counter() - start:.1f} s, "
              f"{(time.perf_counter() - start) / pages:.1f} s a page")
    return results


def test_the_scans_are_images_only_and_a_written_pdf_has_text(scans: dict[str, Path], tmp_path: Path):
    text = (SEEDS / f"{DROMSTORT}.txt").read_text(encoding="utf-8")
    assert not has_text_layer(scans["dromstort-200dpi"])
    assert has_text_layer(write_pdf(text, tmp_path / "written.pdf"))


def test_a_scanned_pdf_imports_to_a_draft_that_says_it_came_from_ocr(scans: dict[str, Path], tmp_path: Path):
    """The whole import on an image-only PDF: OCR in Swedish, then the same draft as from the text,
    marked section by section for checking."""
    scanned = import_document(scans["dromstort-200dpi"], CONTENT, tmp_path / "scan")
    written = import_document(SEEDS / f"{DROMSTORT}.txt", CONTENT, tmp_path / "text")
    assert scanned.draft.ocr and not written.draft.ocr
    assert scanned.problems == []
    assert scanned.target.name == written.target.name == "enskede-arsta-vantor-dromstort-2022-2024.yml"
    prose = {"sections", "lessons", "original"}  # the original is the scan itself, copied beside the draft
    assert {k: v for k, v in scanned.draft.fields.items() if k not in prose} == \
        {k: v for k, v in written.draft.fields.items() if k not in prose}
    draft = scanned.target.read_text(encoding="utf-8")
    assert "# Dokumentet är inskannat: texten kommer från textigenkänning (OCR) och kan ha läsfel.\n" in draft
    assert "\nstatus: utkast\n" in draft
    headings = [section["heading"] for section in scanned.draft.fields["sections"]]
    assert len(headings) == 5
    for heading in headings:
        assert (f"# GRANSKA: avsnittet {heading!r} ord för ord (texten kommer från textigenkänning)\n"
                f"- heading: {heading}\n") in draft
    assert ("  texten kommer från textigenkänning (OCR) av en inskannad PDF: kontrollera varje avsnitt"
            in summary(scanned).splitlines())


def test_the_scans_hyphenate_words_at_line_ends():
    """So that the reading below shows that hyphenated line ends are joined again."""
    text = (SEEDS / f"{JARVA}.txt").read_text(encoding="utf-8")
    rows = [row for line in text.split("\n") for row in wrap(line, typeface(300)[1], hyphenate=True)]
    broken = [row.split()[-1] for row in rows if re.search(r"\w-$", row)]
    print(broken)
    assert len(broken) >= 5, broken


@pytest.mark.parametrize("name", SCANS)
def test_ocr_reads_the_seeds_paragraphs_word_for_word(read: dict[str, list[Block]], name: str):
    seed = SCANS[name][0]
    paragraphs = [normal(block) for block in seed_blocks((SEEDS / f"{seed}.txt").read_text(encoding="utf-8"))]
    blocks = read[name]
    joined = " ".join(normal(block.text) for block in blocks)
    differ = [paragraph for paragraph in paragraphs if f" {paragraph} " not in f" {joined} "]
    share = 1 - len(differ) / len(paragraphs)
    print(f"{name}: {len(paragraphs) - len(differ)} of {len(paragraphs)} paragraphs word for word ({share:.0%})")
    for paragraph in differ:
        words = paragraph.split()
        closest = max(blocks, key=lambda block: difflib.SequenceMatcher(None, words, block.text.split()).ratio())
        found = normal(closest.text).split()
        changes = [(" ".join(words[i1:i2]), " ".join(found[j1:j2]))
                   for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, words, found).get_opcodes() if op != "equal"]
        print(f"  {paragraph[:60]!r}…: {changes}")
    assert share >= 0.95
    letters = set("åäöÅÄÖé") & set(" ".join(paragraphs))
    assert letters <= set(joined)


@pytest.mark.parametrize("name", SCANS)
def test_the_blocks_are_those_of_the_document(read: dict[str, list[Block]], name: str):
    texts = [block.text for block in read[name]]
    for heading in ("Förvaltningens förslag till beslut", "Sammanfattning", "Ärendet", "Ärendets beredning",
                    "Förvaltningens synpunkter och förslag", "Attesterat av"):
        assert heading in texts  # a block of its own
    if SCANS[name][0] == JARVA:
        assert "Handläggare\nMoa Edin\nTelefon: 08-50803305" in texts  # short lines keep their lines
        assert "Toni Mellblom\nStadsdelsdirektör\nJärva stadsdelsförvaltning" in texts
        rows = ["Toni Mellblom, Stadsdelsdirektör\t2024-10-09", "Jonas Eliasson, Avdelningschef\t2024-10-08"]
    else:
        assert "Handläggare\nEvelyn Garate Ormazabal\nTelefon: 08-50814997" in texts
        assert "Anders Carstorp\nStadsdelsdirektör\nEnskede-Årsta-Vantör\nstadsdelsförvaltning" in texts
        rows = ["Anders Carstorp, Stadsdelsdirektör\t2024-08-16", "Jenny Johansson, Avdelningschef\t2024-08-15"]
    lines = [normal(line) for text in texts for line in text.split("\n")]
    for row in rows:  # the approvals table: name and date on one line, in some form
        assert normal(row) in lines, row
    table = next(text for text in texts if text.startswith("Namn"))
    print(f"{name}: approvals table {table!r}")
    # The page numbers are gone, however OCR read them.
    assert not [text for text in texts
                if re.search(r"\d \(\d\)|\(\d\)$", text) or re.fullmatch(r"[\d\s()\[\]{}/|:;.,lI]+", text)]


@pytest.mark.parametrize("name", ["jarva-300dpi", "dromstort-200dpi"])
def test_the_scan_imports_as_the_text_does(read: dict[str, list[Block]], name: str):
    """The draft from the OCR blocks is the draft from the text: every field but the running text,
    and the same sections under the same headings."""
    districts = read_list(CONTENT / "districts.yml", District)
    organisations = read_list(CONTENT / "organisations.yml", Organisation)
    written = parse(extract(SEEDS / f"{SCANS[name][0]}.txt").blocks, districts, organisations)
    scanned = parse(read[name], districts, organisations)
    assert scanned.unplaced == written.unplaced
    assert scanned.missing == written.missing
    prose = {"sections", "lessons", "original"}  # the original is the scan itself, copied beside the draft
    assert {key: value for key, value in scanned.fields.items() if key not in prose} == \
        {key: value for key, value in written.fields.items() if key not in prose}
    assert [section["heading"] for section in scanned.fields["sections"]] == \
        [section["heading"] for section in written.fields["sections"]]


def test_no_tesseract_says_what_to_install(scans: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract-here"))
    with pytest.raises(OcrError, match=re.escape(
            "Textigenkänning (OCR) kräver programmet tesseract med svenska språkdata "
            "(Debian: apt-get install tesseract-ocr tesseract-ocr-swe)")):
        ocr_pdf_blocks(scans["dromstort-200dpi"])


def test_no_swedish_language_data_says_what_to_install(scans: dict[str, Path], tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch):
    tesseract = tmp_path / "tesseract"
    tesseract.write_text('#!/bin/sh\necho \'List of available languages in "/usr/share/tessdata/" (2):\'\n'
                         "echo eng\necho osd\n", encoding="utf-8")
    tesseract.chmod(0o755)
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tesseract))
    with pytest.raises(OcrError, match=r"tesseract-ocr-swe\); svenska språkdata saknas"):
        ocr_pdf_blocks(scans["dromstort-200dpi"])


def test_too_many_pages_are_refused_before_any_is_read(scans: dict[str, Path], monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(ocr, "MAX_PAGES", 2)
    with pytest.raises(OcrError, match=r"har 4 sidor, men textigenkänning \(OCR\) görs för högst 2 sidor"):
        ocr_pdf_blocks(scans["jarva-300dpi"])


def test_a_page_that_takes_too_long_is_given_up(scans: dict[str, Path], monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(ocr, "PAGE_TIMEOUT", 0.05)
    with pytest.raises(OcrError, match=r"textigenkänningen \(OCR\) av sida 1 tog mer än 0.05 sekunder och avbröts"):
        ocr_pdf_blocks(scans["dromstort-200dpi"])


# Layout without OCR: hOCR as Tesseract writes it, and rows as they come out of it.

def hocr(*lines: tuple[tuple[int, int, int, int], float, list[tuple[int, int, str]]]) -> bytes:
    """A page of hOCR, each line its box, baseline slope and words (left, right, text), one block each
    as Tesseract makes table cells."""
    spans = []
    for index, ((left, top, right, bottom), slope, words) in enumerate(lines):
        inner = "".join(f"<span class='ocrx_word' title='bbox {x0} {top} {x1} {bottom}; x_wconf 95'>{text}</span>"
                        for x0, x1, text in words)
        spans.append(f"<div class='ocr_carea' title='bbox {left} {top} {right} {bottom}'><p class='ocr_par'>"
                     f"<span class='ocr_line' title='bbox {left} {top} {right} {bottom}; baseline {slope} -7; "
                     f"x_size 30'>{inner}</span></p></div>")
    return ("<html xmlns='http://www.w3.org/1999/xhtml'><body><div class='ocr_page' title='bbox 0 0 1654 2339'>"
            + "".join(spans) + "</div></body></html>").encode()


def test_rows_of_a_crooked_table_and_the_page_number():
    page = hocr(((1300, 90, 1400, 120), 0.03, [(1300, 1320, "1"), (1330, 1400, "{4)")]),
                ((200, 300, 700, 340), 0.03, [(200, 300, "Anders"), (310, 460, "Carstorp,"), (470, 700, "Direktör")]),
                # the date beside it, lower down the page as the scan turns, in a block of its own
                ((1100, 324, 1300, 364), 0.03, [(1100, 1300, "2024-08-16")]),
                ((200, 385, 520, 420), 0.03, [(200, 520, "Avdelningschef")]))
    rows = lines_from_hocr(page, 0)
    assert [row.text for row in rows] == ["Anders Carstorp, Direktör\t2024-08-16", "Avdelningschef"]
    # Where each baseline meets the left edge of the page: the row keeps its first cell's.
    assert [row.baseline for row in rows] == pytest.approx([360 - 0.03 * 1200, 417.8 - 0.03 * 360])


@pytest.mark.parametrize("text, page_number", [
    ("1 (4)", True), ("114)", True), ("2:13)", True), ("11/3)", True), ("1 {4)", True), ("Sida 2 av 5", True),
    ("2024", False), ("2024).", False), ("(IOP)", False), ("1.", False), ("Sammanfattning", False),
])
def test_page_numbers_as_ocr_reads_them(text: str, page_number: bool):
    assert bool(ocr.OCR_PAGE_NUMBER.match(text)) == page_number


def line(page: int, row: int, text: str) -> Line:
    return Line(page, 200 + 44 * row, 30, text)


def test_blocks_from_rows_as_from_a_text_pdf():
    long = "Förvaltningen har återrapporterat kring IOP årligen och arbetet inom ramen för"
    blocks = blocks_from_lines([
        line(0, 0, "Handläggare"), line(0, 1, "Moa Edin"), line(0, 2, "Telefon: 08-50803305"),
        line(0, 4, "Ärendet"),
        line(0, 6, long + " den verksam-"), line(0, 7, "heten som läxhjälp- och cv-skrivningen gav, med fem IOP-"),
        line(0, 8, "överenskommelser mellan 2018-"), line(0, 9, "2024 och"),
        line(1, 0, "mer text på nästa sida, där stycket fortsätter efter sidbrytningen som här."),
    ])
    assert blocks == [
        Block("Handläggare\nMoa Edin\nTelefon: 08-50803305"),
        Block("Ärendet"),
        Block(long + " den verksamheten som läxhjälp- och cv-skrivningen gav, med fem IOP-överenskommelser mellan "
              "2018-2024 och mer text på nästa sida, där stycket fortsätter efter sidbrytningen som här."),
    ]


@pytest.mark.parametrize("before, after, joined", [
    ("i verksam-", "heten", "i verksamheten"),
    ("läxhjälp-", "och cv", "läxhjälp- och cv"),  # a word left out: the hyphen stays, and the space
    ("fem IOP-", "överenskommelser", "fem IOP-överenskommelser"),
    ("Enskede-", "Årsta", "Enskede-Årsta"),
    ("åren 2018-", "2024", "åren 2018-2024"),
    ("om cv-", "skrivning", "om cv-skrivning"),
    ("cv-skrivnings-", "verksamheten", "cv-skrivningsverksamheten"),
    ("barn-", "konsekvensanalys", "barn-konsekvensanalys"),  # written so elsewhere in the document
    ("(IOP) -", "Studiefremjandet", "(IOP) - Studiefremjandet"),
    ("i förä-", "Idraskapet", "i föräldraskapet"),  # OCR took the l for an I
])
def test_line_ends_of_running_text(before: str, after: str, joined: str):
    assert join_lines(before, after, {"barn-konsekvensanalys", "verksamheten"}) == joined
