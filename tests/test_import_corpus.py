"""The import on twenty documents it was not written for, each as text, PDF and Word, against the truth.

tests/import_corpus/ holds final reports written the way district
administrations write them, with the report file a careful person made from
each. Every fact the import sets is compared with that file: found (the
same), wrong (different, or not in the document at all: invented) or not
found. The summary table is printed; nothing may be wrong, and most facts
must be found.
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.content.catalogue import read_catalogue
from generator.content.model import quotable_text
from generator.importing.draft import import_document

from conftest import CONTENT
from documents import write_docx, write_pdf

CORPUS = Path(__file__).resolve().parent / "import_corpus"
DOCUMENTS = sorted(CORPUS.glob("*.txt"))
FORMATS = ["txt", "pdf", "docx"]
# A theme is the publisher's classification, suggested by the import; `measures` is a person's summary.
NOT_FACTS = {"themes", "status", "original"}  # the original: the imported file itself, copied


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus's districts and organisations, the shipped themes, and the expected reports (as the truth)."""
    folder = tmp_path_factory.mktemp("corpus") / "content"
    (folder / "reports").mkdir(parents=True)
    shutil.copy(CORPUS / "districts.yml", folder)
    shutil.copy(CORPUS / "organisations.yml", folder)
    shutil.copy(CONTENT / "themes.yml", folder)
    for expected in CORPUS.glob("*.yml"):
        if expected.name not in ("districts.yml", "organisations.yml"):
            shutil.copy(expected, folder / "reports" / expected.name)
    return folder


@pytest.fixture(scope="module")
def truth(content: Path) -> dict[str, Any]:
    return {report.id: report for report in read_catalogue(content).reports}


def items(field: str, value: Any) -> list[Any]:
    """A field's facts: one for a single value, one per entry of a list."""
    if field == "sections":
        return [fact for section in value for fact in section_facts(section)]
    if field == "lessons":
        return [("challenge", q) for q in value.challenges] + [("success", q) for q in value.success_factors]
    if field == "figures":
        return [(f.value, f.unit, f.quote) for f in value]
    if isinstance(value, list):
        return [comparable(item) for item in value]
    return [comparable(value)]


def section_facts(section: Any, depth: int = 0) -> list[Any]:
    found = [("heading", depth, section.heading), *(("paragraph", p) for p in section.paragraphs)]
    for child in section.sections:
        found += section_facts(child, depth + 1)
    return found


class Record(tuple):  # type: ignore[type-arg]
    """A record's (field, value) pairs, comparable and hashable."""


def comparable(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return Record((f.name, comparable(getattr(value, f.name))) for f in dataclasses.fields(value)
                      if not f.metadata.get("derived"))
    if isinstance(value, list):
        return tuple(comparable(v) for v in value)
    return value


# Facts the document states as values: a different value is a wrong fact, and none may be wrong.
FACTS = {"district", "organisation", "committee", "meeting_date", "case_number", "case_officer", "agreements",
         "funding", "outcome", "next_step", "approvals"}


def words(value: Any) -> list[str]:
    """The texts inside a value, to look up in the document."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Record):
        return [text for _, item in value for text in words(item)]
    if isinstance(value, (tuple, list)):
        return [text for item in value for text in words(item)]
    return []


def score(expected: Any, drafted: Any, document: str) -> tuple[int, int, list[str], list[str]]:
    """Facts expected, facts found, wrong facts and invented text, and text read differently from the truth.

    A stated fact (a date, an amount, the outcome …) that differs is wrong. Text that differs (a
    paragraph cut elsewhere, another choice of activities) is a misreading if it stands in the document,
    and invented if it does not.
    """
    wanted = found = 0
    wrong: list[str] = []
    misread: list[str] = []
    flat = " ".join(document.split())
    # A paragraph that runs over a page break stands in the document with the page's footer and header inside
    # it; the truth's own paragraphs hold it joined, as a reader reads it.
    paragraphs = " ".join(quotable_text(expected.sections).split())

    def stands(text: str) -> bool:
        text = " ".join(text.split())
        # A table row's label is written with a capital ("Tvätt och dusch"); as a unit it is in small letters.
        return any(form in flat or form in paragraphs for form in (text, text[:1].upper() + text[1:]))

    for field in (f.name for f in dataclasses.fields(expected) if not f.metadata.get("derived")):
        if field in NOT_FACTS:
            continue
        truth = items(field, getattr(expected, field)) if getattr(expected, field) not in (None, []) else []
        given = items(field, getattr(drafted, field)) if getattr(drafted, field) not in (None, []) else []
        wanted += len(truth)
        found += sum(1 for item in truth if item in given)
        for item in given:
            if item in truth:
                continue
            shown = f"{field}: {str(item)[:160]}"
            texts = words(item[1:] if field in ("sections", "lessons") else item)  # not the kind's label
            if field in FACTS or not all(stands(text) for text in texts):
                wrong.append(shown)
            else:
                misread.append(shown)
    return wanted, found, wrong, misread


@pytest.mark.parametrize("kind", FORMATS)
def test_the_corpus_imports_with_the_expected_facts_and_nothing_invented(tmp_path: Path, content: Path,
                                                                       truth: dict[str, Any], kind: str):
    drafts = tmp_path / "drafts"
    names: dict[str, str] = {}
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        source = {"txt": lambda: document, "pdf": lambda: write_pdf(text, tmp_path / f"{document.stem}.pdf"),
                  "docx": lambda: write_docx(text, tmp_path / f"{document.stem}.docx")}[kind]()
        imported = import_document(source, content, drafts / document.stem)
        assert imported.problems == [], (document.name, imported.problems)
        names[document.stem] = imported.target.name
    rows, all_wrong, all_misread, wanted_total, found_total = [], [], [], 0, 0
    for document in DOCUMENTS:
        check = tmp_path / "check" / document.stem / "content"
        shutil.copytree(content, check, ignore=shutil.ignore_patterns("reports"))
        (check / "reports").mkdir()
        shutil.copy(drafts / document.stem / names[document.stem], check / "reports" / f"{document.stem}.yml")
        for original in (drafts / document.stem).glob(f"*.{kind}"):  # the original the import copied beside it
            shutil.copy(original, check / "reports" / original.name)
        (drafted,) = read_catalogue(check).reports
        text = unhyphenated(document.read_text(encoding="utf-8"))
        wanted, found, wrong, misread = score(truth[document.stem], drafted, text)
        rows.append((document.stem, wanted, found, len(wrong), len(misread)))
        all_wrong += [f"{document.stem}: {w}" for w in wrong]
        all_misread += [f"{document.stem}: {m}" for m in misread]
        wanted_total, found_total = wanted_total + wanted, found_total + found
    print(f"\nImport of {len(DOCUMENTS)} documents as {kind}:")
    print(f"{'document':45} {'facts':>6} {'found':>6} {'wrong/invented':>15} {'read otherwise':>15}")
    for name, wanted, found, wrong_count, misread_count in rows:
        print(f"{name:45} {wanted:6} {found:6} {wrong_count:15} {misread_count:15}")
    share = found_total / wanted_total
    print(f"{'all':45} {wanted_total:6} {found_total:6} {len(all_wrong):15} {len(all_misread):15}   "
          f"found {share:.1%}")
    print("Read otherwise (text that stands in the document, chosen or cut differently from the truth):")
    print("\n".join(f"  {line}" for line in all_misread))
    assert all_wrong == []  # no wrong stated fact, no invented text
    assert share >= 0.9


def unhyphenated(text: str) -> str:
    """The document's text as its paragraphs read: words a line end split joined again."""
    import re

    return re.sub(r"(\w)-\n(?=[a-zåäö])", r"\1", text)


def test_text_over_a_page_break_or_a_label_in_small_letters_is_read_otherwise_not_invented(truth: dict[str, Any]):
    from generator.content.model import Figure

    expected = truth[DOCUMENTS[0].stem]
    paragraph = next(p for s in expected.sections for p in s.paragraphs if len(p.split()) > 12)
    words_of = paragraph.split()
    # The document as a PDF gives it: the paragraph cut by a page's footer and the next page's header.
    document = (f"{' '.join(words_of[:6])}\n\nBox 123, 163 22 Spånga   Sida 2 (4)\n\n{' '.join(words_of[6:])}\n\n"
                "Tvätt och dusch\t1 180\t1 305")
    drafted = dataclasses.replace(expected, figures=[
        Figure(Decimal(7), words_of[3], "antal", paragraph),  # joined over the break: as the truth has it
        Figure(Decimal(1180), "tvätt och dusch", "antal", "Tvätt och dusch 1 180 1 305"),
        Figure(Decimal(7), "invented", "antal", "Sju deltagare kom varje vecka till Spånga."),
    ])
    _, _, wrong, misread = score(expected, drafted, document)
    assert [w.split(": ", 1)[0] for w in wrong] == ["figures"] and "Sju deltagare" in wrong[0]
    assert len([m for m in misread if m.startswith("figures")]) == 2
