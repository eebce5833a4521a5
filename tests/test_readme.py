import os
import re

from generator.reference import field_reference

from conftest import REPO

README = REPO / "README.md"
BLOCK = re.compile(r"(<!-- fields:start -->\n)(.*?)(<!-- fields:end -->)", re.S)


def test_readme_field_reference_is_derived_from_the_schema():
    text = README.read_text(encoding="utf-8")
    if os.environ.get("UPDATE_GOLDEN") == "1":
        text = BLOCK.sub(lambda m: m[1] + "\n" + field_reference() + m[3], text)
        README.write_text(text, encoding="utf-8")
    found = BLOCK.search(text)
    assert found, "README.md lacks the fields:start/fields:end markers"
    assert found[2] == "\n" + field_reference(), "README's field reference differs from the schema; run `make golden`"


def test_readme_gives_the_two_commands():
    text = README.read_text(encoding="utf-8")
    assert "make site" in text and "make test" in text
