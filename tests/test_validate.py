from pathlib import Path

import pytest

from generator.content.catalogue import read_catalogue
from generator.errors import ContentError

from conftest import edit

JARVA = "reports/jarva-studiefremjandet-2018-2024.yml"
DROMSTORT = "reports/enskede-arsta-vantor-dromstort-2022-2024.yml"


def problems(content: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        read_catalogue(content, base=content.parent)
    return [str(problem) for problem in caught.value.problems]


# Report files with one problem each live in tests/broken/ (test_broken.py).
# These cases need the districts or organisations files, or several files.
CASES = [
    ("districts.yml", "- id: enskede-arsta-vantor", "- id: jarva", [
        "content/districts.yml:11:7: [1].id: 'jarva' is already used by entry [0]; ids must be unique",
        f"content/{DROMSTORT}:5:11: district: no district has the id 'enskede-arsta-vantor' in districts.yml",
    ]),
    ("districts.yml", "- id: jarva", "- id: ../../etc", [
        "content/districts.yml:4:7: [0].id: '../../etc' is not a usable id (use lower-case letters a-z, digits and "
        "single hyphens, e.g. 'jarva')",
        f"content/{JARVA}:5:11: district: no district has the id 'jarva' in districts.yml",
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


def test_an_entry_with_a_problem_keeps_its_own_index_and_does_not_hide_its_id(content: Path):
    edit(content / "districts.yml", "  name: Järva\n", "  name: ''\n")
    edit(content / "districts.yml", "- id: enskede-arsta-vantor", "- id: Enskede")
    assert problems(content) == [
        "content/districts.yml:5:9: [0].name: is empty (expected text)",
        "content/districts.yml:11:7: [1].id: 'Enskede' is not a usable id (use lower-case letters a-z, digits and "
        "single hyphens, e.g. 'jarva')",
        f"content/{DROMSTORT}:5:11: district: no district has the id 'enskede-arsta-vantor' in districts.yml",
    ]


def test_a_valid_organisation_number_and_website_pass(content: Path):
    edit(content / "organisations.yml", "- id: dromstort\n  name: Drömstort",
         "- id: dromstort\n  name: Drömstort\n  org_number: 556036-0793\n  website: https://example.org/")
    assert read_catalogue(content).organisations["dromstort"].org_number == "556036-0793"


@pytest.mark.parametrize("file, old, new, expected", CASES, ids=[case[2].split("\n")[0][:40] for case in CASES])
def test_one_problem_gives_exactly_its_message(content: Path, file: str, old: str, new: str, expected: list[str]):
    edit(content / file, old, new)
    assert problems(content) == sorted(expected)


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
