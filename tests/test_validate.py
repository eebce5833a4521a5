from pathlib import Path

import pytest

from generator.content.catalogue import read_catalogue

from conftest import edit, problems

JARVA = "reports/jarva-studiefremjandet-2018-2024.yml"
DROMSTORT = "reports/enskede-arsta-vantor-dromstort-2022-2024.yml"


# Report files with one problem each live in tests/broken/ (test_broken.py).
# These cases need the districts or organisations files, or several files.
CASES = [
    ("districts.yml", "- id: enskede-arsta-vantor", "- id: jarva", [
        "content/districts.yml:11:7: [1].id: 'jarva' används redan av posten [0]; varje id får bara användas en gång",
        f"content/{DROMSTORT}:5:11: district: ingen stadsdel har id 'enskede-arsta-vantor' i districts.yml",
    ]),
    ("districts.yml", "- id: jarva", "- id: ../../etc", [
        "content/districts.yml:4:7: [0].id: '../../etc' kan inte användas som id (använd små bokstäver a–z, siffror och "
        "enkla bindestreck, t.ex. 'jarva')",
        f"content/{JARVA}:5:11: district: ingen stadsdel har id 'jarva' i districts.yml",
    ]),
    ("organisations.yml", "- id: dromstort", "- id: Drömstort", [
        "content/organisations.yml:11:7: [1].id: 'Drömstort' kan inte användas som id (använd små bokstäver a–z, "
        "siffror och enkla bindestreck, t.ex. 'jarva')",
        f"content/{DROMSTORT}:6:15: organisation: ingen organisation har id 'dromstort' i organisations.yml; "
        "menade du 'Drömstort'?",
    ]),
    ("organisations.yml", "- id: dromstort\n  name: Drömstort",
     "- id: dromstort\n  name: Drömstort\n  org_number: 556036-0794\n  website: www.dromstort.se", [
         "content/organisations.yml:13:15: [1].org_number: '556036-0794' är inte ett giltigt organisationsnummer "
         "(förväntade NNNNNN-NNNN med rätt kontrollsiffra)",
         "content/organisations.yml:14:12: [1].website: 'www.dromstort.se' är inte en webbadress som börjar med https:// (t.ex. https://www.exempel.se)",
     ]),
    ("organisations.yml", "- id: dromstort\n  name: Drömstort",
     "- id: dromstort\n  name: Drömstort\n  website: http://dromstort.se", [
         "content/organisations.yml:13:12: [1].website: 'http://dromstort.se' är inte en webbadress som börjar med https:// (t.ex. https://www.exempel.se)",
     ]),
    ("organisations.yml", "- id: dromstort\n  name: Drömstort",
     "- id: dromstort\n  name: Drömstort\n  website: \"https://dromstort.se/\\\" onclick=x\"", [
         "content/organisations.yml:13:12: [1].website: 'https://dromstort.se/\" onclick=x' är inte en webbadress som börjar med https:// (t.ex. https://www.exempel.se)",
     ]),
    ("organisations.yml", "- id: dromstort\n  name: Drömstort",
     "- id: dromstort\n  name: Drömstort\n  website: \"https://dromstort.se\\n\"", [
         "content/organisations.yml:13:12: [1].website: innehåller en radbrytning men ska vara en enda rad",
     ]),
    ("themes.yml", "- id: kultur", "- id: kultur\n  name: Dubblett\n  description: Samma id två gånger.\n\n- id: kultur", [
        "content/themes.yml:41:7: [9].id: 'kultur' används redan av posten [8]; varje id får bara användas en gång",
    ]),
]


def test_an_entry_with_a_problem_keeps_its_own_index_and_does_not_hide_its_id(content: Path):
    edit(content / "districts.yml", "  name: Järva\n", "  name: ''\n")
    edit(content / "districts.yml", "- id: enskede-arsta-vantor", "- id: Enskede")
    assert problems(content) == [
        "content/districts.yml:5:9: [0].name: är tomt (förväntade text)",
        "content/districts.yml:11:7: [1].id: 'Enskede' kan inte användas som id (använd små bokstäver a–z, siffror och "
        "enkla bindestreck, t.ex. 'jarva')",
        f"content/{DROMSTORT}:5:11: district: ingen stadsdel har id 'enskede-arsta-vantor' i districts.yml",
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
        "content/reports/Järva rapport.yml:3:1: filnamnet 'Järva rapport' kan inte bli en webbadress; "
        "använd små bokstäver a–z, siffror och enkla bindestreck, t.ex. 'jarva'"]


def test_reserved_and_overlong_names_are_refused(content: Path):
    (content / JARVA).rename(content / "reports" / "index.yml")
    edit(content / "districts.yml", "- id: jarva", "- id: " + "a" * 81)
    found = problems(content)
    assert "content/reports/index.yml:3:1: filnamnet 'index' kan inte bli en webbadress; 'index' är reserverat" in found
    assert f"content/districts.yml:4:7: [0].id: '{'a' * 57}…' kan inte användas som id (använd högst 80 tecken)" in found


def test_two_files_with_the_same_id_are_an_error(content: Path):
    (content / "reports" / "jarva-studiefremjandet-2018-2024.yaml").write_bytes((content / JARVA).read_bytes())
    assert problems(content) == [
        "content/reports/jarva-studiefremjandet-2018-2024.yml:3:1: har samma id 'jarva-studiefremjandet-2018-2024' "
        "som content/reports/jarva-studiefremjandet-2018-2024.yaml; byt namn på en av dem"]


def test_a_stray_file_in_reports_is_not_silently_skipped(content: Path):
    (content / "reports" / "notes.txt").write_text("x", encoding="utf-8")
    assert problems(content) == ["content/reports/notes.txt: är ingen rapportfil; rapporter är filer som slutar på .yml (och originaldokument på .pdf, .docx, .odt, .doc)"]


def test_a_missing_districts_file_is_named(content: Path):
    (content / "districts.yml").unlink()
    found = problems(content)
    assert found[0] == "content/districts.yml: kan inte läsas (filen finns inte)"


def test_a_total_is_the_sum_of_the_parts_unless_it_says_it_leaves_a_one_off_grant_out():
    from datetime import date

    from generator.content.model import Agreement, Funding
    from generator.content.money import warn_total_disagrees

    agreements = [Agreement(start=date(2017, 1, 1), end=date(2019, 12, 31))]
    parts = [Funding(500000, "per_year", "500 000 kronor per år 2017–2019.", [2017, 2018, 2019]),
             Funding(45000, "one_off", "Ett extra vinterbidrag på 45 000 kronor.")]
    def total(amount: int, quote: str) -> Funding:
        return Funding(amount, "total", quote)
    assert warn_total_disagrees([*parts, total(1545000, "Totalt 1 545 000 kronor.")], agreements) == []
    assert warn_total_disagrees([*parts, total(1500000, "Totalt 1,5 Mkr, exklusive det extra vinterbidraget.")],
                                agreements) == []
    assert warn_total_disagrees([*parts, total(1500000, "Totalt 1,5 Mkr under perioden.")], agreements) != []
    assert warn_total_disagrees([*parts, total(1400000, "Totalt 1,4 Mkr, exklusive vinterbidraget.")], agreements) != []
