"""The review gate: nothing an import read reaches the public before a person has checked it, and every
command staff run says everything in Swedish."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from conftest import ENV, REPO, SEEDS, edit, mkdocs_build, stop_serving
from test_build import copy_project
from test_serve import fetch, free_port, wait_for

from generator.content.catalogue import read_catalogue
from generator.importing.draft import import_document

DROMSTORT = "enskede-arsta-vantor-dromstort-2022-2024"
DROMSTORT_SEED = SEEDS / "004_ed58ff8932104a69.txt"


def refused_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if "granskas inte än" in line]


def validate(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "validate"], cwd=project, env=ENV,
                          capture_output=True, text=True)


def test_a_mark_or_placeholder_left_in_a_report_is_refused_with_its_line_and_field(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    report = project / f"content/reports/{DROMSTORT}.yml"
    edit(report, "\ntitle:", "\n  # GRANSKA: dokumentets egen titel?\ntitle:")
    edit(report, "subtitle: Slutrapport", "subtitle: GRANSKA skriv raden under titeln. Slutrapport")
    lines = report.read_text(encoding="utf-8").splitlines()
    mark_line = next(n for n, line in enumerate(lines, 1) if "# GRANSKA" in line)
    placeholder_line = next(n for n, line in enumerate(lines, 1) if line.startswith("subtitle:"))

    unreviewed = read_catalogue(project / "content", base=project).unreviewed
    assert [(p.line, p.field) for p in unreviewed] == [(mark_line, "title"), (placeholder_line, "subtitle")]

    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode != 0 and not (project / "site").exists()
    shown = f"content/reports/{DROMSTORT}.yml"
    assert [line.split(": ", 2)[:2] for line in refused_lines(result.stderr)] == [
        [f"  {shown}:{mark_line}:3", "title"], [f"  {shown}:{placeholder_line}:11", "subtitle"]]
    assert "Traceback" not in result.stderr

    checked = validate(project)
    assert checked.returncode == 1 and len(refused_lines(checked.stderr)) == 2, checked.stderr



def test_a_mark_or_placeholder_in_the_districts_or_organisations_file_is_refused_too(tmp_path: Path):
    """An import proposes new districts and organisations with marks: the gate holds in every content file."""
    project = copy_project(tmp_path / "project")
    organisations = project / "content/organisations.yml"
    edit(organisations, "- id: dromstort\n  name: Drömstort", "- id: dromstort\n  # GRANSKA: namnet?\n  name: Drömstort")
    edit(project / "content/districts.yml", "committee: ", "committee: GRANSKA ")
    unreviewed = read_catalogue(project / "content", base=project).unreviewed
    assert {(Path(p.file).name, p.field.split(".")[-1]) for p in unreviewed} == {
        ("organisations.yml", "name"), ("districts.yml", "committee")}
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode != 0 and not (project / "site").exists()
    assert len(refused_lines(result.stderr)) == 2, result.stderr

def test_an_imported_draft_is_refused_until_every_value_is_reviewed_and_then_builds(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    (project / f"content/reports/{DROMSTORT}.yml").unlink()
    imported = import_document(DROMSTORT_SEED, project / "content", project / "content/reports")
    draft = imported.target
    text = draft.read_text(encoding="utf-8")
    marks = sum(line.lstrip().startswith("# GRANSKA") for line in text.splitlines())
    assert marks >= 25, "every value the import read is marked, one line per value"
    for field in ("title", "subtitle", "committee", "organisation", "district"):
        assert re.search(rf"# GRANSKA: .*\n{field}:", text), f"{field} has no mark"
    for item in ("- heading: Sammanfattning", "- start: 2022-09-01", "- Rågsved"):  # each item of a list
        assert re.search(rf"# GRANSKA: .*\n *{item}", text), f"{item} has no mark"

    # Removing `status: utkast` alone publishes nothing: every mark is named, with its line.
    edit(draft, "status: utkast\n", "")
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode != 0
    named = refused_lines(result.stderr)
    assert len(named) == marks and all(re.match(rf"  content/reports/{DROMSTORT}\.yml:\d+:\d+: ", line) for line in named)
    listed = validate(project)
    assert listed.returncode == 1 and len(refused_lines(listed.stderr)) == marks

    # A draft is work in progress: `validate` lists its marks as things to do and does not fail on them.
    draft.write_text("status: utkast\n" + draft.read_text(encoding="utf-8"), encoding="utf-8")
    listed = validate(project)
    assert listed.returncode == 0 and listed.stderr.count("Att granska:") == marks, listed.stderr
    edit(draft, "status: utkast\n", "")

    # The review: each mark's line checked and taken away. What is left builds.
    reviewed = "\n".join(line for line in draft.read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith("# GRANSKA"))
    draft.write_text(reviewed + "\n", encoding="utf-8")
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode == 0, result.stderr
    assert (project / f"site/rapporter/{DROMSTORT}/index.html").is_file()


def test_a_placeholder_for_what_a_figure_measures_is_refused_until_written(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    report = project / f"content/reports/{DROMSTORT}.yml"
    edit(report, "\nsections:", "\nfigures:\n  - value: 1\n    unit: dag\n"
                                "    measures: 'GRANSKA: beskriv vad talet (dag) mäter'\n"
                                "    quote: den 1 september 2022\nsections:")
    unreviewed = read_catalogue(project / "content", base=project).unreviewed
    assert [p.field for p in unreviewed] == ["figures[0].measures"] and "platshållare" in unreviewed[0].message


def serve(project: Path) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                              env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return server, f"http://127.0.0.1:{port}/"


def test_serve_previews_a_draft_whose_district_and_organisation_are_not_in_their_files_yet(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    text = DROMSTORT_SEED.read_text(encoding="utf-8")
    document = tmp_path / "laslust.txt"
    document.write_text(text.replace("Drömstort", "Läslust").replace("Enskede-Årsta-Vantörs", "Skarpnäcks"),
                        encoding="utf-8")
    imported = import_document(document, project / "content", project / "content/reports")
    assert imported.draft.new_district and imported.draft.new_organisation

    server, base = serve(project)
    try:
        page = base + f"rapporter/{imported.target.stem}/"
        assert wait_for(page, "Utkast – granskas"), "the draft is not previewed"
        shown = fetch(page)
        assert "Ingen stadsdel har id" in shown and "Ingen organisation har id" in shown
        assert "GRANSKA" in shown  # the marks still to review are listed on the page
    finally:
        stop_serving(server)
    assert "Traceback" not in server.stderr.read()  # type: ignore[union-attr]

    # A build refuses it: the district and organisation must be in their files first.
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode != 0 and "ingen stadsdel har id 'skarpnack'" in result.stderr


def test_serve_shows_the_last_good_preview_and_what_is_wrong_until_it_is_mended(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    report = project / f"content/reports/{DROMSTORT}.yml"
    server, base = serve(project)
    try:
        page = base + f"rapporter/{DROMSTORT}/"
        assert wait_for(page, "Drömstort")
        edit(report, "meeting_date: ", "meeting_date: snart\nx: ")
        assert wait_for(page, "Förhandsvisningen visar den förra versionen"), "no note after a broken save"
        assert "meeting_date" in fetch(page) and "Drömstort" in fetch(page)
        edit(report, "meeting_date: snart\nx: ", "meeting_date: ")
        assert wait_for(page, "Drömstort", absent="förra versionen"), "the note stays after the file is mended"
    finally:
        stop_serving(server)


# --- Swedish end to end: what `make validate`, `make site` and `make serve` print ---

ENGLISH = re.compile(r"\b(the|is|are|was|error|errors|warning|warnings|build|built|building|serving|serve|directory|"
                     r"documentation|aborted|cleaning|found|nothing|done|stop|interrupt|terminated|watching|detected|"
                     r"changes|reloading|stuck|resolved|config|file|files|page|not|no|with|and|of|to|in|on|"
                     r"please|failed|missing|traceback)\b", re.IGNORECASE)
# Names that are not prose: paths, addresses, code in quotes or backticks, and the commands themselves.
NOT_PROSE = re.compile(r"https?://\S+|[\w./-]*/[\w./-]*|`[^`]*`|'[^']*'|\"[^\"]*\"|\b(make|mkdocs) \w+|--\w+")


def english_lines(output: str) -> list[str]:
    return [line for line in output.splitlines()
            if line.startswith(("make:", "make[")) or ENGLISH.search(NOT_PROSE.sub(" ", line))]


def make(project: Path, *args: str) -> list[str]:
    """`make` as staff run it in the project, with the environment `make test` installed (never reinstalled)."""
    venv = Path(sys.prefix)
    return ["make", "-f", str(REPO / "Makefile"), "-C", str(project), "--no-print-directory", f"VENV={venv}",
            "-o", f"{venv}/.installed", "-o", "node_modules/.installed", *args]


def as_in_a_terminal() -> None:
    """Ctrl+C as a terminal has it: a job started in the background (this test run, perhaps) ignores SIGINT."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_make_validate_site_and_serve_say_everything_in_swedish_on_broken_content(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    report = project / f"content/reports/{DROMSTORT}.yml"
    edit(report, "\ntitle:", "\n# GRANSKA: titeln?\ntitle:")
    edit(report, "meeting_date: ", "meeting_date: snart\nx: ")
    said = []
    for target in ("validate", "site"):
        result = subprocess.run(make(project, target), env=ENV, capture_output=True, text=True,
                                preexec_fn=as_in_a_terminal)
        assert result.returncode != 0, target
        output = result.stdout + result.stderr
        assert "meeting_date" in output and f"make {target}:" in output, output
        said.append(output)
    assert not (project / "site").exists()

    # The preview starts on broken content, says what is wrong, and stops with Ctrl+C without an English word.
    port = free_port()
    server = subprocess.Popen(make(project, "serve", f"SERVE_AT=127.0.0.1:{port}"), env=ENV, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
                              preexec_fn=as_in_a_terminal)
    try:
        assert wait_for(f"http://127.0.0.1:{port}/", "Förhandsvisningen visar den förra versionen", 60)
        edit(report, "meeting_date: snart\nx: ", "meeting_date: ")  # a save that mends it: a rebuild
        assert wait_for(f"http://127.0.0.1:{port}/rapporter/{DROMSTORT}/", "Drömstort", 60)
    finally:
        os.killpg(server.pid, signal.SIGINT)  # Ctrl+C in the terminal
        output, _ = server.communicate(timeout=20)
    said.append(output)
    printed = "\n".join(said)
    assert "Förhandsvisningen finns på" in printed and "Bygger webbplatsen" in printed, printed
    assert english_lines(printed) == [], printed



def test_broken_content_fails_make_even_where_make_ignores_ctrl_c(tmp_path: Path):
    """A CI runner may start make with SIGINT ignored; the Swedish way of stopping must never read as success."""
    project = copy_project(tmp_path / "project")
    edit(project / f"content/reports/{DROMSTORT}.yml", "meeting_date: ", "meeting_date: snart\nx: ")
    for target in ("validate", "site"):
        result = subprocess.run(make(project, target), env=ENV, capture_output=True, text=True,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
        assert result.returncode != 0, (target, result.stderr)
        assert f"make {target}:" in result.stderr
    assert not (project / "site").exists()

def test_mkdocs_own_lines_in_swedish_and_an_unknown_line_unchanged():
    from generator.swedish import translated

    assert translated("Documentation built in 12.34 seconds") == "Webbplatsen är byggd (12,34 sekunder)."
    assert translated("Cleaning site directory") is None
    assert translated("[15:45:00] Serving on http://127.0.0.1:8000/") == \
        "[15:45:00] Förhandsvisningen finns på http://127.0.0.1:8000/ (avsluta med Ctrl+C)."
    assert translated("Aborted with 1 warnings in strict mode!").startswith("Bygget avbröts: 1 varning,")
    assert translated("An error happened during the rebuild. The server will appear stuck until build errors "
                      "are resolved.").startswith("Bygget misslyckades")
    assert translated("Något som ingen regel känner") == "Något som ingen regel känner"  # never hidden by accident
