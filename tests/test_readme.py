import os
import subprocess
import sys
import re

from generator.content.reference import field_reference

from conftest import REPO, edit

README = REPO / "README.md"
GUIDE = REPO / "docs/redaktorer.md"
BLOCK = re.compile(r"(<!-- fields:start -->\n)(.*?)(<!-- fields:end -->)", re.S)


def test_the_staff_guides_field_reference_is_derived_from_the_schema():
    text = GUIDE.read_text(encoding="utf-8")
    if os.environ.get("UPDATE_GOLDEN") == "1":
        text = BLOCK.sub(lambda m: m[1] + "\n" + field_reference() + m[3], text)
        GUIDE.write_text(text, encoding="utf-8")
    found = BLOCK.search(text)
    assert found, "docs/redaktorer.md lacks the fields:start/fields:end markers"
    assert found[2] == "\n" + field_reference(), "the guide's field reference differs from the schema; run `make golden`"


def test_readme_gives_the_two_commands():
    text = README.read_text(encoding="utf-8")
    assert "make site" in text and "make test" in text


# The edits behind the example in the guide's "När bygget stoppar".
EXAMPLE_EDITS = [
    ("reports/jarva-studiefremjandet-2018-2024.yml", "organisation: studiefremjandet", "orgnaisation: studiefremjandet"),
    ("reports/jarva-studiefremjandet-2018-2024.yml", "    end: 2021-12-31", "    end: snart"),
    ("reports/jarva-studiefremjandet-2018-2024.yml", "outcome: goals_met", "outcome: klart"),
    ("reports/jarva-studiefremjandet-2018-2024.yml", "district: jarva", "district: jarv"),
    ("reports/enskede-arsta-vantor-dromstort-2022-2024.yml", "meeting_date: 2024-08-22", "meeting_date: 2024-02-30"),
]


def test_the_example_error_messages_in_the_staff_guide_are_real(content):
    for file, old, new in EXAMPLE_EDITS:
        edit(content / file, old, new)
    result = subprocess.run([sys.executable, "-m", "generator", "validate"], cwd=content.parent,
                            capture_output=True, text=True)
    text = GUIDE.read_text(encoding="utf-8")
    section = text[text.index("## När bygget stoppar"):]
    example = section[section.index("```\n") + 4:section.index("\n```", section.index("```\n") + 4)]
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GUIDE.write_text(text.replace(example, result.stderr.rstrip("\n")), encoding="utf-8")
        example = result.stderr.rstrip("\n")
    assert result.returncode == 1
    assert example == result.stderr.rstrip("\n"), "run `make golden`"
