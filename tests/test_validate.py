from pathlib import Path

import pytest

from generator.catalogue import read_catalogue
from generator.errors import ContentError

from conftest import edit

JARVA = "reports/jarva-studiefremjandet-2018-2024.yml"
DROMSTORT = "reports/enskede-arsta-vantor-dromstort-2022-2024.yml"


def problems(content: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        read_catalogue(content, base=content.parent)
    return [str(problem) for problem in caught.value.problems]


CASES = [
    (JARVA, "organisation: studiefremjandet", "orgnaisation: studiefremjandet", [
        f"content/{JARVA}:6:1: orgnaisation: unknown field; did you mean 'organisation'? (fields here: title, district, "
        "organisation, committee, case_officer, proposals, agreements, sections, subtitle, meeting_date, activities, "
        "places, outcome, next_step, lessons, signatories, approvals_statement, approvals, attachments)",
        f"content/{JARVA}:3:1: organisation: is missing (required: id of the organisation in content/organisations.yml)",
    ]),
    (JARVA, "    end: 2021-12-31", "    end: snart",
     [f"content/{JARVA}:23:10: agreements[1].end: expected a date (YYYY-MM-DD), got 'snart'"]),
    (DROMSTORT, "meeting_date: 2024-08-22", "meeting_date: 2024-02-30",
     [f"content/{DROMSTORT}:8:15: meeting_date: 2024-02-30 is not a date that exists (expected a real date, YYYY-MM-DD)"]),
    (DROMSTORT, "    end: 2024-06-01", "    end: 2022-06-01",
     [f"content/{DROMSTORT}:20:10: agreements[0].end: ends (2022-06-01) before it starts (2022-09-01)"]),
    (JARVA, "extended_to: 2021-06-30", "extended_to: 2020-06-30",
     [f"content/{JARVA}:21:18: agreements[0].extended_to: the extension (2020-06-30) must be later than the end (2020-12-31)"]),
    (JARVA, "  - start: 2021-07-01", "  - start: 2021-05-01",
     [f"content/{JARVA}:22:5: agreements[1]: overlaps an earlier agreement that runs until 2021-06-30"]),
    (JARVA, "outcome: goals_met", "outcome: klart",
     [f"content/{JARVA}:36:10: outcome: unknown value 'klart' (allowed: goals_met, goals_partly_met, goals_not_met)"]),
    (JARVA, "next_step: renegotiation", "next_step: renegotation",
     [f"content/{JARVA}:37:12: next_step: unknown value 'renegotation' (allowed: renegotiation, extension, "
      "new_agreement, ended); did you mean 'renegotiation'?"]),
    (JARVA, "district: jarva", "district: jarv",
     [f"content/{JARVA}:5:11: district: no district has the id 'jarv' in districts.yml; did you mean 'jarva'?"]),
    (DROMSTORT, "organisation: dromstort", "organisation: drömstort",
     [f"content/{DROMSTORT}:6:15: organisation: no organisation has the id 'drömstort' in organisations.yml; did you mean 'dromstort'?"]),
    (JARVA, "    - Det har också varit svårt", "    - Det var också svårt",
     [f"content/{JARVA}:92:7: lessons.challenges[1]: is not found word for word in any section; lessons must be quoted from the document"]),
    (JARVA, "title: Slutrapport av", "title: ''\nx_title: Slutrapport av", [
        f"content/{JARVA}:3:8: title: is empty (expected text)",
        f"content/{JARVA}:4:1: x_title: unknown field; did you mean 'title'? (fields here: title, district, organisation, "
        "committee, case_officer, proposals, agreements, sections, subtitle, meeting_date, activities, places, outcome, "
        "next_step, lessons, signatories, approvals_statement, approvals, attachments)",
    ]),
    (JARVA, "case_officer:\n  name: Moa Edin", "case_officer:\n  name: Moa Edin\n  name: Moa",
     [f"content/{JARVA}:10:3: case_officer.name: appears twice in the same mapping (first on line 9); keep one"]),
    (JARVA, "proposals:\n", "proposals: []\nold_proposals:\n", [
        f"content/{JARVA}:12:12: proposals: lists nothing (expected at least 1 entry)",
        f"content/{JARVA}:13:1: old_proposals: unknown field; did you mean 'proposals'? (fields here: title, district, "
        "organisation, committee, case_officer, proposals, agreements, sections, subtitle, meeting_date, activities, "
        "places, outcome, next_step, lessons, signatories, approvals_statement, approvals, attachments)",
    ]),
    (JARVA, "  - year: 2022", "  - year: 2022\n    start: 2022-01-01",
     [f"content/{JARVA}:25:11: agreements[2].year: give either `year` or `start` and `end`, not both"]),
    ("districts.yml", "- id: enskede-arsta-vantor", "- id: jarva", [
        "content/districts.yml:11:7: [1].id: 'jarva' is already used by entry [0]; ids must be unique",
        f"content/{DROMSTORT}:5:11: district: no district has the id 'enskede-arsta-vantor' in districts.yml",
    ]),
    ("organisations.yml", "- id: dromstort", "- id: Drömstort", [
        "content/organisations.yml:11:7: [1].id: 'Drömstort' is not a usable id (use lower-case letters a-z, "
        "digits and single hyphens, e.g. 'jarva')",
        f"content/{DROMSTORT}:6:15: organisation: no organisation has the id 'dromstort' in organisations.yml; "
        "did you mean 'Drömstort'?",
    ]),
    ("organisations.yml", "- id: dromstort\n  name: Drömstort",
     "- id: dromstort\n  name: Drömstort\n  org_number: 556036-0794\n  website: www.dromstort.se", [
         "content/organisations.yml:13:15: [1].org_number: '556036-0794' is not a valid organisation number "
         "(expected NNNNNN-NNNN with a correct check digit)",
         "content/organisations.yml:14:12: [1].website: 'www.dromstort.se' is not a web address (expected https://…)",
     ]),
]


def test_a_valid_organisation_number_and_website_pass(content: Path):
    edit(content / "organisations.yml", "- id: dromstort\n  name: Drömstort",
         "- id: dromstort\n  name: Drömstort\n  org_number: 556036-0793\n  website: https://example.org/")
    assert read_catalogue(content).organisations["dromstort"].org_number == "556036-0793"


@pytest.mark.parametrize("file, old, new, expected", CASES, ids=[case[2].split("\n")[0][:40] for case in CASES])
def test_one_problem_gives_exactly_its_message(content: Path, file: str, old: str, new: str, expected: list[str]):
    edit(content / file, old, new)
    assert problems(content) == sorted(expected)


def test_every_problem_in_one_file_is_reported_in_one_run_sorted_by_line(content: Path):
    path = content / JARVA
    edit(path, "district: jarva", "district: jarv")
    edit(path, "organisation: studiefremjandet", "orgnaisation: studiefremjandet")
    edit(path, "    end: 2021-12-31", "    end: snart")
    edit(path, "outcome: goals_met", "outcome: klart")
    edit(path, "    date: 2024-10-08", "    date: 2024-02-30")
    found = problems(content)
    assert [line.split(": ")[1] for line in found] == [
        "organisation", "district", "orgnaisation", "agreements[1].end", "outcome", "approvals[1].date"]
    assert all(line.startswith(f"content/{JARVA}:") for line in found)


def test_problems_in_several_files_come_in_one_error(content: Path):
    edit(content / JARVA, "outcome: goals_met", "outcome: klart")
    edit(content / DROMSTORT, "next_step: ended", "next_step: slut")
    assert [line.split(":")[0] for line in problems(content)] == [f"content/{DROMSTORT}", f"content/{JARVA}"]


def test_report_file_name_must_make_a_usable_address(content: Path):
    (content / JARVA).rename(content / "reports" / "Järva rapport.yml")
    assert problems(content) == [
        "content/reports/Järva rapport.yml:3:1: the file name 'Järva rapport' cannot be a web address; "
        "use lower-case letters a-z, digits and single hyphens, e.g. 'jarva'"]


def test_reserved_and_overlong_names_are_refused(content: Path):
    (content / JARVA).rename(content / "reports" / "index.yml")
    edit(content / "districts.yml", "- id: jarva", "- id: " + "a" * 81)
    found = problems(content)
    assert "content/reports/index.yml:3:1: the file name 'index' cannot be a web address; 'index' is reserved" in found
    assert f"content/districts.yml:4:7: [0].id: '{'a' * 81}' is not a usable id (use at most 80 characters)" in found


def test_two_files_with_the_same_id_are_an_error(content: Path):
    (content / "reports" / "jarva-studiefremjandet-2018-2024.yaml").write_bytes((content / JARVA).read_bytes())
    assert problems(content) == [
        "content/reports/jarva-studiefremjandet-2018-2024.yml:3:1: has the same id 'jarva-studiefremjandet-2018-2024' "
        "as content/reports/jarva-studiefremjandet-2018-2024.yaml; rename one of them"]


def test_a_stray_file_in_reports_is_not_silently_skipped(content: Path):
    (content / "reports" / "notes.txt").write_text("x", encoding="utf-8")
    assert problems(content) == ["content/reports/notes.txt: is not a report file; reports end in .yml"]


def test_a_missing_districts_file_is_named(content: Path):
    (content / "districts.yml").unlink()
    found = problems(content)
    assert found[0] == "content/districts.yml: cannot be read (No such file or directory)"
