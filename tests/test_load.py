from pathlib import Path

from generator.errors import Problem
from generator.load import Mapping, Scalar, Sequence, load_file, load_text


def test_every_value_keeps_its_line_and_column():
    document, problems = load_text("title: Rapport\nagreements:\n  - start: 2018-07-04\n", "x.yml")
    assert problems == []
    root = document.root
    assert isinstance(root, Mapping)
    key_line, key_column, agreements = root.items["agreements"]
    assert (key_line, key_column) == (2, 1)
    assert isinstance(agreements, Sequence)
    start = agreements.items[0].items["start"][2]
    assert start == Scalar("2018-07-04", "tag:yaml.org,2002:timestamp", 3, 12)


def test_values_stay_text_until_the_schema_reads_them():
    document, _ = load_text("phone: 0850803305\nanswer: no\n", "x.yml")
    assert document.root.items["phone"][2].text == "0850803305"
    assert document.root.items["answer"][2].text == "no"


def test_a_key_given_twice_is_an_error_not_last_one_wins():
    _, problems = load_text("title: A\ncase_officer:\n  name: X\n  name: Y\n", "x.yml")
    assert problems == [Problem("x.yml", 4, 3, "case_officer.name", "appears twice in the same mapping (first on line 3); keep one")]


def test_yaml_syntax_error_names_line_and_column():
    document, problems = load_text("title: [unclosed\nnext: 1\n", "x.yml")
    assert document is None
    assert [str(p) for p in problems] == ["x.yml:2:5: is not valid YAML: while parsing a flow sequence: did not find expected ',' or ']'"]


def test_byte_order_mark_is_refused(tmp_path: Path):
    path = tmp_path / "bom.yml"
    path.write_bytes(b"\xef\xbb\xbftitle: A\n")
    _, problems = load_file(path, tmp_path)
    assert [str(p) for p in problems] == ["bom.yml:1:1: starts with a byte order mark (BOM); save the file as UTF-8 without BOM"]


def test_file_that_is_not_utf8_is_refused_with_its_position(tmp_path: Path):
    path = tmp_path / "latin1.yml"
    path.write_bytes("title: A\nsubtitle: Järva\n".encode("latin-1"))
    _, problems = load_file(path, tmp_path)
    assert [str(p) for p in problems] == ["latin1.yml:2:12: is not valid UTF-8; save the file as UTF-8"]
