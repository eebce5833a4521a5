"""What the build reads, and what it refuses: only regular files inside content/, originals checked by
checksum, drafts kept from publication, plausibility warnings, and no clock anywhere."""
from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from generator.content.catalogue import read_catalogue

from conftest import ENV, edit, mkdocs_build, problems
from test_build import copy_project, digests

DROMSTORT = "reports/enskede-arsta-vantor-dromstort-2022-2024.yml"
JARVA = "reports/jarva-studiefremjandet-2018-2024.yml"


def timed_problems(content: Path, seconds: float = 5) -> list[str]:
    """Problems, and proof that reading did not block: a thread that must finish in time."""
    found: list[list[str]] = []
    reader = threading.Thread(target=lambda: found.append(problems(content)), daemon=True)
    reader.start()
    reader.join(seconds)
    assert not reader.is_alive(), "reading the content blocked"
    return found[0]


SECRET = "hemlig rad som aldrig får visas"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    target = tmp_path / "outside.yml"
    target.write_text(f"title: {SECRET}\n", encoding="utf-8")
    return target


@pytest.mark.parametrize("make", ["symlink out of content", "symlink to another report", "symlink to a device",
                                  "named pipe", "socket", "folder"])
def test_only_regular_files_inside_content_are_read(content: Path, outside: Path, make: str):
    report = content / "reports/x.yml"
    if make == "symlink out of content":
        report.symlink_to(outside)
    elif make == "symlink to another report":
        report.symlink_to(content / DROMSTORT)
    elif make == "symlink to a device":
        report.symlink_to("/dev/zero")
    elif make == "named pipe":
        os.mkfifo(report)  # nothing writes to it: opening it for reading the usual way would wait forever
    elif make == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(report))
    else:
        report.mkdir()
    found = timed_problems(content)
    assert len(found) == 1, found
    assert found[0].startswith("content/reports/x.yml: ")  # named as it stands in content/, never by its target
    assert SECRET not in found[0] and "outside" not in found[0] and "/dev/" not in found[0]
    expected = {"symlink out of content": "är en symbolisk länk", "symlink to another report": "är en symbolisk länk",
                "symlink to a device": "är en symbolisk länk", "named pipe": "en namngiven pipe (FIFO)",
                "socket": "en socket", "folder": "en mapp"}[make]
    assert expected in found[0]


def test_a_linked_reports_folder_or_districts_file_is_refused(content: Path, outside: Path, tmp_path: Path):
    (content / "districts.yml").unlink()
    (content / "districts.yml").symlink_to(outside)
    elsewhere = tmp_path / "elsewhere"
    shutil.move(str(content / "reports"), elsewhere)
    (content / "reports").symlink_to(elsewhere, target_is_directory=True)
    found = problems(content)
    assert "content/districts.yml: är en symbolisk länk; innehållsfiler måste vara vanliga filer i content/ " \
           "(kopiera filen hit i stället)" in found
    assert any(line.startswith("content/reports: är en symbolisk länk") for line in found)
    assert not any(SECRET in line for line in found)


def with_original(content: Path, data: bytes, checksum: str | None = None) -> None:
    (content / "reports/enskede-arsta-vantor-dromstort-2022-2024.pdf").write_bytes(data)
    with (content / DROMSTORT).open("a", encoding="utf-8") as report:
        report.write(f"original:\n  file: enskede-arsta-vantor-dromstort-2022-2024.pdf\n"
                     f"  sha256: {checksum or hashlib.sha256(data).hexdigest()}\n")


def test_the_original_document_is_published_beside_its_report_and_checked_at_every_build(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    data = b"%PDF-1.4\n" + b"x" * 245_000
    with_original(project / "content", data)
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode == 0, result.stderr
    published = project / "site/rapporter/enskede-arsta-vantor-dromstort-2022-2024/enskede-arsta-vantor-dromstort-2022-2024.pdf"
    assert published.read_bytes() == data
    page = (project / "site/rapporter/enskede-arsta-vantor-dromstort-2022-2024/index.html").read_text(encoding="utf-8")
    assert ('<a href="enskede-arsta-vantor-dromstort-2022-2024.pdf" download>enskede-arsta-vantor-dromstort-2022-2024.pdf</a>'
            " (PDF, 245 kB)") in page
    before = digests(project / "site")
    # The file is swapped: the build stops, names the file, and leaves the published site as it was.
    (project / "content/reports/enskede-arsta-vantor-dromstort-2022-2024.pdf").write_bytes(data + b"!")
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode == 1
    assert ("content/reports/enskede-arsta-vantor-dromstort-2022-2024.yml:92:11: original.sha256: stämmer inte med filen "
            "'enskede-arsta-vantor-dromstort-2022-2024.pdf'") in result.stderr
    assert digests(project / "site") == before


def test_an_original_that_no_report_names_is_a_warning(content: Path):
    (content / "reports/glomd.pdf").write_bytes(b"%PDF-1.4\n")
    catalogue = read_catalogue(content, base=content.parent)
    assert [str(w) for w in catalogue.warnings] == [
        "content/reports/glomd.pdf: ingen rapport hänvisar till det här originaldokumentet (fältet original.file); "
        "lägg till det i rapportfilen eller ta bort filen"]


def test_a_draft_stops_the_build_with_a_swedish_message_naming_it_and_publishes_once_the_status_is_gone(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    edit(project / "content" / JARVA, "title: ", "status: utkast\ntitle: ")
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode == 1
    assert ("1 rapport är ett utkast och kan inte publiceras:\n"
            "  content/reports/jarva-studiefremjandet-2018-2024.yml: status: utkast; granska rapporten och ta bort raden "
            "när den är klar") in result.stderr
    assert not (project / "site").exists()
    edit(project / "content" / JARVA, "status: utkast\n", "")
    assert mkdocs_build(project / "mkdocs.yml", project / "site").returncode == 0


def test_serve_shows_a_draft_with_a_banner(tmp_path: Path):
    from test_serve import fetch, serving, wait_for

    project = copy_project(tmp_path / "project")
    edit(project / "content" / JARVA, "title: ", "status: utkast\ntitle: ")
    with serving(project) as base:
        url = base + "rapporter/jarva-studiefremjandet-2018-2024/"
        assert wait_for(url, "Utkast – granskas"), "the draft is not shown with its banner"
        assert "status: utkast</code> är borttagen ur content/reports/jarva-studiefremjandet-2018-2024.yml" in fetch(url)


WARNINGS = [
    (DROMSTORT, "meeting_date: 2024-08-22", "meeting_date: 2021-08-22",
     "content/reports/enskede-arsta-vantor-dromstort-2022-2024.yml:8:15: meeting_date: sammanträdet (2021-08-22) ligger "
     "före partnerskapets början (2022-09-01); kontrollera datumet mot dokumentet"),
    (DROMSTORT, "meeting_date: 2024-08-22", "meeting_date: 2027-08-22",
     "content/reports/enskede-arsta-vantor-dromstort-2022-2024.yml:8:15: meeting_date: sammanträdet (2027-08-22) ligger "
     "mer än två år efter att partnerskapet slutade (2024-06-01); kontrollera datumet mot dokumentet"),
    (DROMSTORT, "    date: 2024-08-16", "    date: 2024-09-16",
     "content/reports/enskede-arsta-vantor-dromstort-2022-2024.yml:83:11: approvals[0].date: attesteringen (2024-09-16) "
     "ligger efter nämndens sammanträde (2024-08-22); kontrollera datumet mot dokumentet"),
    (DROMSTORT, "    end: 2024-06-01", "    end: 2024-06-01\n    extended_to: 2027-01-01",
     "content/reports/enskede-arsta-vantor-dromstort-2022-2024.yml:23:18: agreements[0].extended_to: förlängningen till "
     "2027-01-01 är längre än själva överenskommelsen (2022-09-01–2024-06-01); kontrollera datumen mot dokumentet"),
    (JARVA, "  phone: 08-50803305", "  phone: +47 22 00 00 00",
     "content/reports/jarva-studiefremjandet-2018-2024.yml:12:10: case_officer.phone: '+47 22 00 00 00' ser inte ut "
     "som ett svenskt telefonnummer (t.ex. 08-508 033 05 eller +46 8 508 033 05); kontrollera mot dokumentet"),
]


@pytest.mark.parametrize("file, old, new, warning", WARNINGS, ids=[w[3].split(": ")[1][:30] for w in WARNINGS])
def test_implausible_values_are_located_warnings_that_strict_builds_refuse(content: Path, file: str, old: str, new: str,
                                                                          warning: str):
    edit(content / file, old, new)
    assert warning in [str(w) for w in read_catalogue(content, base=content.parent).warnings]
    plain = subprocess.run([sys.executable, "-m", "generator", "validate"], cwd=content.parent, capture_output=True, text=True)
    assert plain.returncode == 0 and f"Varning: {warning}" in plain.stderr
    strict = subprocess.run([sys.executable, "-m", "generator", "validate", "--strict"], cwd=content.parent,
                            capture_output=True, text=True)
    assert strict.returncode == 1


@pytest.mark.parametrize("start, end, extended_to", [
    ("2015-01-01", "2015-12-31", "2016-12-31"),  # a year, extended by a leap year
    ("2023-02-01", "2023-02-28", "2023-03-31"),  # February, extended by March
    ("2022-03-01", "2023-02-28", "2024-02-29"),  # March to February, once more with a leap day
])
def test_an_extension_as_long_as_its_agreement_in_months_is_no_warning(start: str, end: str, extended_to: str):
    from datetime import date

    from generator.content.model import check_extension_length

    assert check_extension_length(date.fromisoformat(start), date.fromisoformat(end), None,
                                  date.fromisoformat(extended_to)) == []
    assert check_extension_length(date.fromisoformat(start), date.fromisoformat(end), None,
                                  date.fromisoformat(extended_to).replace(day=1).replace(month=4, year=2025)) != []


def test_a_warning_fails_make_sites_strict_build(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    edit(project / "content" / DROMSTORT, "meeting_date: 2024-08-22", "meeting_date: 2021-08-22")
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode == 1
    assert "Varning -  content/reports/enskede-arsta-vantor-dromstort-2022-2024.yml:8:15: meeting_date:" in result.stderr


FAKETIME = shutil.which("faketime")


@pytest.mark.parametrize("dated", [True, False], ids=["with dated content", "without dated content"])
def test_two_builds_on_different_days_are_byte_identical(tmp_path: Path, dated: bool):
    if FAKETIME is None:
        pytest.fail("faketime is not installed; `make test` installs it")
    project = copy_project(tmp_path / "project")
    if not dated:  # no report at all: nothing in the content carries a date
        for report in (project / "content/reports").glob("*.yml"):
            report.unlink()
    sites = []
    for day in ("2025-01-15 08:00:00", "2031-07-04 22:30:00"):
        site = tmp_path / f"site-{day[:4]}"
        result = subprocess.run([FAKETIME, "-f", f"@{day}", sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                                 str(project / "mkdocs.yml"), "-d", str(site)], capture_output=True, text=True, env=ENV)
        assert result.returncode == 0, result.stderr
        sites.append(digests(site))
    assert sites[0] == sites[1]
    assert "2031" not in (tmp_path / "site-2031/sitemap.xml").read_text(encoding="utf-8")


def test_an_original_is_what_its_name_says(tmp_path: Path):
    from generator.content.originals import original_problem
    from documents import write_docx

    docx = write_docx("Slutrapport\n\nEtt stycke.", tmp_path / "rapport.docx").read_bytes()
    assert original_problem("rapport.docx", docx) is None
    assert original_problem("rapport.pdf", b"%PDF-1.7\n%\xe2\xe3\n") is None
    assert original_problem("rapport.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)) is None
    # A Word file renamed .pdf, a PDF renamed .docx, an empty file, a zip that is not Word.
    assert original_problem("rapport.pdf", docx).startswith("är inte en PDF-fil")
    assert original_problem("rapport.docx", b"%PDF-1.7\n").startswith("är inte en Word-fil")
    assert original_problem("rapport.odt", docx).startswith("är inte en OpenDocument-text")
    assert original_problem("rapport.pdf", b"").startswith("är tom")
