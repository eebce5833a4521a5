"""Import, stage 1 for a scanned PDF: the page images read by OCR, in Swedish, as blocks.

A scanned PDF has no text layer, only a picture of each page. Tesseract reads
each picture (with its Swedish language data) and says where every word and
line stands. From that the blocks are made the way `extract._pdf_blocks` makes
them from a PDF's text: lines on one row form one line (table cells separated
by a tab), a larger vertical gap between baselines starts a new block, a
paragraph that a page break split goes on, running text becomes one line and
a short group of lines (a signature, the case officer) keeps its lines.

Tesseract's own paragraphs are not used: on clean office documents it joins a
heading with the paragraph below it and splits paragraphs at random, while
the baselines it reports are exact to a pixel or two.

Messages a user may see are in Swedish, like the site.
"""
from __future__ import annotations

import os
import re
import statistics
import subprocess
import xml.etree.ElementTree as ElementTree
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .extract import PAGE_NUMBER, Block, ExtractError, group_rows, join_all, join_page_breaks, running_text

LANGUAGE = "swe"
# Page segmentation 3: fully automatic, for a page of a document (columns, headings, paragraphs).
CONFIG = "--psm 3"
MAX_PAGES = 60  # one to two minutes of OCR on two cores; a longer scan is rarely a final report
PAGE_TIMEOUT = 60  # seconds for one page image; a clean A4 page at 300 dpi takes 2 to 4
MIN_IMAGE_SIDE = 64  # pixels: smaller images are rules, bullets and logos, not text
INSTALL = ("Textigenkänning (OCR) kräver programmet tesseract med svenska språkdata "
           "(Debian: apt-get install tesseract-ocr tesseract-ocr-swe)")
# A page number as OCR may read it at the top or bottom of a page: "1 (4)" as "1 {4)", "114)", "2:13)", "11/3)";
# or "1/4", "Sida 2 av 5": only digits with brackets or a slash, never a line of text or a year.
OCR_PAGE_NUMBER = re.compile(r"^(?=.*\d)(?!.*\d{4})(?:[\d\s()\[\]{}|/:;.,'lI]*[()\[\]{}/][\d\s()\[\]{}|/:;.,'lI]*"
                             r"|(?:Sida\s*)?\d{1,3}\s*av\s*\d{1,3})$", re.IGNORECASE)
LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}


class OcrError(ExtractError):
    """OCR could not be run or gave up; the message, in Swedish, says why and what to do.

    An ExtractError, so whoever reports a document that cannot be read reports this too."""


@dataclass(frozen=True)
class Line:
    """One row of text on a page image, as OCR read it."""
    page: int  # index of the page image in the document (a page may hold several)
    baseline: float  # pixels from the top of the image
    size: float  # the height of the row's letters in pixels (Tesseract's x_size)
    text: str  # words separated by spaces, table cells by "\t"


def has_text_layer(path: Path) -> bool:
    """Whether any page of the PDF has text to extract; a scanned PDF has none."""
    from pypdf import PdfReader

    return any(page.extract_text().strip() for page in PdfReader(path).pages)


def ocr_pdf_blocks(path: Path) -> list[Block]:
    """The blocks of a scanned PDF, read by Tesseract in Swedish, page by page."""
    from pypdf import PdfReader

    _check_tesseract()
    reader = PdfReader(path)
    if len(reader.pages) > MAX_PAGES:
        raise OcrError(f"{path}: har {len(reader.pages)} sidor, men textigenkänning (OCR) görs för högst "
                       f"{MAX_PAGES} sidor. Dela upp dokumentet, eller importera en PDF som har text.")
    lines: list[Line] = []
    for index, hocr in enumerate(_read_pages(path, reader)):
        lines.extend(lines_from_hocr(hocr, index))
    if not lines:
        raise OcrError(f"{path}: ingen text hittades, inte heller med textigenkänning (OCR)")
    return join_page_breaks(blocks_from_lines(lines))


def _check_tesseract() -> None:
    """Tesseract and its Swedish data are there; else say what to install (before any page is read)."""
    import pytesseract

    try:
        listed = subprocess.run([pytesseract.pytesseract.tesseract_cmd, "--list-langs"],
                                capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        raise OcrError(INSTALL) from None
    if LANGUAGE not in (listed.stdout + listed.stderr).split():  # Tesseract 3 listed them on stderr
        raise OcrError(f"{INSTALL}; svenska språkdata saknas")


def _page_images(path: Path, reader: object) -> Iterator[tuple[int, object, int | None]]:
    """Each page's images in order, as (page number from 1, image for Tesseract, dots per inch or None)."""
    from PIL import Image

    for number, page in enumerate(reader.pages, start=1):  # type: ignore[attr-defined]
        try:
            images = [image.image for image in page.images]
        except Exception as error:  # an image filter pypdf cannot decode
            hint = " (Debian: apt-get install jbig2dec)" if "jbig2" in str(error).lower() else ""
            raise OcrError(f"{path}: bilden på sida {number} kunde inte läsas för textigenkänning: "
                           f"{error}{hint}") from None
        images = [image for image in images if image is not None and min(image.size) >= MIN_IMAGE_SIDE]
        for image in images:
            if "A" in image.mode or image.mode == "P":  # transparency: text on white paper
                image = image.convert("RGBA")
                paper = Image.new("RGBA", image.size, "white")
                image = Image.alpha_composite(paper, image)
            if image.mode not in ("1", "L"):
                image = image.convert("L")
            if page.rotation % 360:
                image = image.rotate(-page.rotation, expand=True)  # /Rotate turns clockwise, PIL counter-clockwise
            inches = float(page.mediabox.width if page.rotation % 180 == 0 else page.mediabox.height) / 72
            dpi = round(image.width / inches) if inches > 0 and len(images) == 1 else None
            yield number, image, dpi if dpi and 70 <= dpi <= 1200 else None


def _read_pages(path: Path, reader: object) -> Iterator[bytes]:
    """hOCR of every page image in order; Tesseract runs on all cores, one page each."""
    workers = max(1, min(os.cpu_count() or 1, 4))
    with _one_thread_each(), ThreadPoolExecutor(workers) as pool:
        pending: deque[tuple[int, Future[bytes]]] = deque()
        try:
            for number, image, dpi in _page_images(path, reader):
                pending.append((number, pool.submit(_ocr, image, dpi)))
                while len(pending) > 2 * workers:  # few decoded images in memory at once
                    yield _result(path, *pending.popleft())
            while pending:
                yield _result(path, *pending.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _one_thread_each() -> Iterator[None]:
    """Tesseract's OpenMP threads: one per process. Pages run in parallel instead; with two threads
    a page took up to fifty times longer on a two-core machine that was busy with something else."""
    if "OMP_THREAD_LIMIT" in os.environ:
        yield
        return
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        yield
    finally:
        os.environ.pop("OMP_THREAD_LIMIT", None)


def _ocr(image: object, dpi: int | None) -> bytes:
    """hOCR of one page image. On a speckled scan Tesseract may take the whole page for noise and
    find no text; then it reads the page once more with the speckles smoothed away."""
    import pytesseract
    from PIL import ImageFilter

    config = CONFIG + (f" --dpi {dpi}" if dpi else "")
    hocr = pytesseract.image_to_pdf_or_hocr(image, lang=LANGUAGE, config=config, extension="hocr",
                                            timeout=PAGE_TIMEOUT)
    if not lines_from_hocr(hocr, 0):
        smooth = image.convert("L").filter(ImageFilter.MedianFilter(3))  # type: ignore[attr-defined]
        hocr = pytesseract.image_to_pdf_or_hocr(smooth, lang=LANGUAGE, config=config, extension="hocr",
                                                timeout=PAGE_TIMEOUT)
    return hocr


def _result(path: Path, number: int, future: Future[bytes]) -> bytes:
    import pytesseract

    try:
        return future.result()
    except pytesseract.TesseractNotFoundError:
        raise OcrError(INSTALL) from None
    except pytesseract.TesseractError as error:
        if "Failed loading language" in str(error.message):
            raise OcrError(f"{INSTALL}; svenska språkdata saknas") from None
        raise OcrError(f"{path}: textigenkänningen (OCR) misslyckades på sida {number}: {error.message}") from None
    except RuntimeError as error:
        if "timeout" not in str(error).lower():
            raise
        raise OcrError(f"{path}: textigenkänningen (OCR) av sida {number} tog mer än {PAGE_TIMEOUT} sekunder "
                       "och avbröts. Skanna om sidan tydligare, eller importera en PDF som har text.") from None


def lines_from_hocr(hocr: bytes, page: int) -> list[Line]:
    """The rows of one page image: Tesseract's lines that share a baseline become one row, left to right,
    with a tab where a wide gap separates table cells; page numbers are dropped.

    Baselines are compared where they meet the left edge of the image, along the page's slant, so that
    a heading, a long line and a table cell on the right of a skewed scan still line up as on paper."""
    # Each line's middle x and y, slope, size and words (left, right, text).
    found: list[tuple[float, float, float, float, list[tuple[int, int, str]]]] = []
    for element in ElementTree.fromstring(hocr).iter():
        if element.get("class") not in LINE_CLASSES:
            continue
        title = _title(element)
        left, top, right, bottom = title["bbox"]
        slope, offset = (title.get("baseline") or [0.0, 0.0])[:2]
        words = []
        for word in element.iter():
            if word.get("class") == "ocrx_word":
                text = "".join(word.itertext()).strip()
                if text:
                    x0, _, x1, _ = _title(word)["bbox"]
                    words.append((int(x0), int(x1), text))
        if words:
            middle = (left + right) / 2
            size = (title.get("x_size") or [bottom - top])[0]
            found.append((middle, bottom + offset + slope * (middle - left), slope, size, words))
    if not found:
        return []
    slant = statistics.median(line[2] for line in found)
    rows: list[tuple[float, float, list[tuple[int, int, str]]]] = []  # baseline at the left edge, size, words
    for baseline, size, words in sorted((y - slant * x, size, words) for x, y, _, size, words in found):
        if rows and baseline - rows[-1][0] < 0.4 * min(size, rows[-1][1]):  # cells of one table row
            rows[-1] = (rows[-1][0], max(size, rows[-1][1]), rows[-1][2] + words)
        else:
            rows.append((baseline, size, words))
    lines: list[Line] = []
    for number, (baseline, size, words) in enumerate(rows):
        words.sort()
        text = words[0][2]
        for (_, right, _), (left, _, word) in zip(words, words[1:]):
            text += ("\t" if left - right > 2.5 * size else " ") + word
        if number in (0, len(rows) - 1):  # a running header or footer: "1 (4)", "Tjänsteutlåtande  Sida 1 av 4"
            text = "\t".join(cell for cell in text.split("\t") if not OCR_PAGE_NUMBER.match(cell))
        if not text or PAGE_NUMBER.match(text):
            continue
        lines.append(Line(page, baseline, size, text))
    return lines


def _title(element: ElementTree.Element) -> dict[str, list[float]]:
    """hOCR's title attribute: "bbox 196 202 521 232; baseline 0 -6; x_size 30" as numbers by name."""
    properties: dict[str, list[float]] = {}
    for part in (element.get("title") or "").split(";"):
        name, *values = part.split()
        try:
            properties[name] = [float(value) for value in values]
        except ValueError:
            pass  # image "file.png" and the like
    return properties


def blocks_from_lines(lines: list[Line]) -> list[Block]:
    """Blocks from rows, as `extract._pdf_blocks` makes them from a text PDF's rows."""
    if not lines:
        return []
    # Distances in letter heights of the page, so that page images scanned at different resolutions agree.
    pages = {line.page for line in lines}
    sizes = {page: statistics.median(line.size for line in lines if line.page == page) for page in pages}
    groups = group_rows([(line.page, line.baseline / sizes[line.page], line.text) for line in lines], usual_gap=1.5)
    vocabulary = {word.lower() for line in lines for word in re.findall(r"\w[\w-]*\w", line.text)}
    return [Block(join_all(group, vocabulary) if len(group) > 1 and running_text(group) else "\n".join(group))
            for group in groups]  # as unwrap() does for a text PDF
