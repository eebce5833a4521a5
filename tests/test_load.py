from pathlib import Path

from generator.errors import Problem
from generator.content.load import Mapping, Scalar, Sequence, load_file, load_text


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
    assert problems == [Problem("x.yml", 4, 3, "case_officer.name", "står två gånger på samma nivå (första gången på rad 3); behåll ett av dem")]


def test_yaml_syntax_error_names_line_and_column():
    document, problems = load_text("title: [unclosed\nnext: 1\n", "x.yml")
    assert document is None
    assert [str(p) for p in problems] == ["x.yml:1:8: är inte giltig YAML: hakparentesen [ som öppnas här stängs aldrig; lägg till ] eller "
                                          "sätt texten inom dubbla citattecken"]


def test_byte_order_mark_is_refused(tmp_path: Path):
    path = tmp_path / "bom.yml"
    path.write_bytes(b"\xef\xbb\xbftitle: A\n")
    _, problems = load_file(path, tmp_path)
    assert [str(p) for p in problems] == ["bom.yml:1:1: börjar med ett byte order mark (BOM); spara filen som UTF-8 utan BOM"]


def test_file_that_is_not_utf8_is_refused_with_its_position(tmp_path: Path):
    path = tmp_path / "latin1.yml"
    path.write_bytes("title: A\nsubtitle: Järva\n".encode("latin-1"))
    _, problems = load_file(path, tmp_path)
    assert [str(p) for p in problems] == ["latin1.yml:2:12: är inte giltig UTF-8; spara filen som UTF-8"]


def test_aliases_are_refused_so_an_alias_bomb_cannot_expand():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8))
    document, problems = load_text(bomb, "bomb.yml")
    assert len(problems) == 80  # one per alias written, not one per expansion
    assert str(problems[0]) == "bomb.yml:2:8: b[0]: använder YAML-aliaset *a; skriv ut värdet i sin helhet"


def test_deep_nesting_is_refused_without_recursion():
    document, problems = load_text("x: " + "[" * 100_000 + "]" * 100_000 + "\n", "deep.yml")
    assert document is None
    assert [str(p) for p in problems] == ["deep.yml:1:35: x" + "[0]" * 31 + ": är nästlat djupare än 32 nivåer"]


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path):
    path = tmp_path / "huge.yml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    _, problems = load_file(path, tmp_path)
    assert [str(p) for p in problems] == ["huge.yml: är 52 428 800 byte; en innehållsfil får vara högst 2 097 152 byte"]


def test_one_document_per_file():
    _, problems = load_text("title: A\n---\ntitle: B\n", "two.yml")
    assert [str(p) for p in problems] == [
        "two.yml:2:1: innehåller mer än ett YAML-dokument (ett andra `---`); en fil ska innehålla en rapport"]


def test_a_list_as_a_key_is_an_error():
    document, problems = load_text("? [a, b]\n: value\ntitle: A\n", "key.yml")
    assert [str(p) for p in problems] == ["key.yml:1:3: ett fältnamn måste vara ett enkelt namn, inte en lista eller flera fält"]
    assert list(document.root.items) == ["title"]


def test_letters_written_as_a_base_and_an_accent_are_read_as_one_letter():
    """A Mac or a PDF may give "a" + U+030A for "å": the same text to a reader, read as the one form (NFC)."""
    decomposed = "Ra\u030agsved och o\u0308vriga"
    document, problems = load_text(f"title: {decomposed}\nsubtitle: Plain ASCII\n{decomposed}: x\n", "x.yml")
    assert problems == []
    assert document.root.items["title"][2].text == "Rågsved och övriga"
    assert len(document.root.items["title"][2].text) == len("Rågsved och övriga")
    assert "Rågsved och övriga" in document.root.items  # a key too
