"""Property tests: for any input, our code succeeds or raises ContentError with a location."""
from __future__ import annotations

import shutil
from pathlib import Path

import markdown
import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.content.catalogue import read_catalogue
from generator.errors import ContentError
from generator.content.load import load_text
from generator.site.pages import site_specs
from generator.text import escape_markdown
from generator.text import FORBIDDEN_CHARACTER

from conftest import CONTENT
from test_text import EXTENSIONS

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Each example is a few kilobytes: a second is far more than reading, checking and rendering it may take.
BOUNDED = settings(SETTINGS, deadline=2000)
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200).filter(
    lambda s: not FORBIDDEN_CHARACTER.search(s))
# Text made of Markdown, HTML and MkDocs syntax, which random text rarely hits.
SYNTAX = ["#", "-", "+", "*", "_", "1.", "2)", ">", "<", "&", "[", "]", "(", ")", "!", "`", "|", ":", "~", "^", "=",
          "{", "}", "\\", " ", "\n", "\n\n", "    ", "\t", "x", "å ä", "<div>", "<!--", "-->", "***", "---", "===",
          "!!! note", "[TOC]", "--8<--", "&amp;", "&#60;", "javascript:", "{{ x }}", "{% raw %}", "[^1]", "*[A]:",
          "- ", "+ ", "* ", "1. ", "# ", "> ", ": ", "~~~", "```", "| a |"]
MARKDOWNISH = st.lists(st.sampled_from(SYNTAX), max_size=12).map("".join)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), TEXT, st.dates())
KEYS = st.sampled_from(["title", "district", "organisation", "committee", "case_officer", "name", "proposals",
                        "agreements", "start", "end", "year", "sections", "heading", "text", "outcome", "x"])
STRUCTURES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=6),
                          max_leaves=30)


@SETTINGS
@given(st.text(max_size=300))
def test_the_loader_never_raises(text: str):
    document, problems = load_text(text, "x.yml")
    assert document is not None or problems
    assert all(problem.file == "x.yml" for problem in problems)


def check_catalogue(folder: Path, report: str) -> None:
    (folder / "content/reports/r.yml").write_text(report, encoding="utf-8")
    try:
        catalogue = read_catalogue(folder / "content", base=folder)
    except ContentError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.file.startswith("content/")
            # Located at a line, or about the file as a whole (unreadable, not a regular file, too large).
            assert problem.line > 0 or problem.message.startswith(("är ", "kan inte", "mappen")), problem
        return
    site, specs = site_specs(catalogue)
    for spec in specs:
        site.render(spec)


def fresh(tmp_path: Path) -> Path:
    folder = tmp_path / "p"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(CONTENT, folder / "content")
    return folder


@SETTINGS
@given(STRUCTURES)
def test_any_structure_validates_or_fails_with_located_problems(tmp_path: Path, data: object):
    check_catalogue(fresh(tmp_path), yaml.safe_dump(data, allow_unicode=True))


@SETTINGS
@given(st.dictionaries(st.sampled_from(["title", "subtitle", "committee", "proposals", "activities", "places",
                                        "approvals_statement"]), st.one_of(TEXT, MARKDOWNISH), min_size=1))
def test_any_text_in_a_valid_report_renders_or_fails_with_located_problems(tmp_path: Path, texts: dict[str, str]):
    folder = fresh(tmp_path)
    report = yaml.safe_load((CONTENT / "reports/enskede-arsta-vantor-dromstort-2022-2024.yml").read_text(encoding="utf-8"))
    for field, value in texts.items():
        report[field] = [value] if isinstance(report.get(field), list) else value
    check_catalogue(folder, yaml.safe_dump(report, allow_unicode=True))


@settings(SETTINGS, max_examples=400)
@given(st.one_of(TEXT, MARKDOWNISH))
def test_escaped_text_becomes_exactly_one_paragraph_of_that_text(text: str):
    html = markdown.markdown(escape_markdown(text), extensions=EXTENSIONS)
    soup = BeautifulSoup(html, "html.parser")
    expected = " ".join(text.split())
    if not expected:
        assert html == ""
        return
    assert [tag.name for tag in soup.find_all(True)] == ["p"]
    assert soup.p.get_text() == expected


AGREEMENT_VALUES = st.one_of(st.integers(-10**12, 10**12), st.dates(), TEXT, st.none())
AGREEMENTS = st.lists(st.dictionaries(st.sampled_from(["start", "end", "year", "extended_to"]), AGREEMENT_VALUES,
                                      min_size=1, max_size=4), min_size=1, max_size=5)


@SETTINGS
@given(AGREEMENTS)
def test_any_agreements_in_a_valid_report_validate_or_fail_with_located_problems(tmp_path: Path, agreements: list[dict]):
    folder = fresh(tmp_path)
    report = yaml.safe_load((CONTENT / "reports/enskede-arsta-vantor-dromstort-2022-2024.yml").read_text(encoding="utf-8"))
    report["agreements"] = agreements
    check_catalogue(folder, yaml.safe_dump(report, allow_unicode=True))


def check_bytes(folder: Path, data: bytes) -> None:
    (folder / "content/reports/r.yml").write_bytes(data)
    try:
        catalogue = read_catalogue(folder / "content", base=folder)
    except ContentError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.line > 0 or problem.message.startswith(("är ", "kan inte")), problem
        return
    site, specs = site_specs(catalogue)
    for spec in specs:
        site.render(spec)


# Bytes that look like YAML more often than random ones: syntax, quotes, escapes, invisible characters.
YAMLISH = st.lists(st.sampled_from([b"title: ", b"\n", b"  ", b"- ", b"\"", b"'", b"\\", b"\\x", b"\\u202e", b"#", b":",
                                    b"[", b"{", b"|", b">", b"&a", b"*a", b"---", b"\t", b"\x00", b"\x1b", b"\xc2\x85",
                                    b"\xe2\x80\xae", b"\xef\xbb\xbf", b"\xff", b"x", b"2024-02-30", b"sections:"]),
                   max_size=40).map(b"".join)


@BOUNDED
@given(st.one_of(st.binary(max_size=400), YAMLISH))
def test_any_bytes_give_located_problems_or_a_site_in_bounded_time(tmp_path: Path, data: bytes):
    check_bytes(fresh(tmp_path), data)


@BOUNDED
@given(STRUCTURES)
def test_any_yaml_structure_gives_located_problems_or_a_site_in_bounded_time(tmp_path: Path, data: object):
    check_bytes(fresh(tmp_path), yaml.safe_dump(data, allow_unicode=True).encode("utf-8"))


FORBIDDEN_PARTS = ["a", "å", "\r", "\n", "\r\n", "\x85", "\u2028", "\ufffe", "\U0001fffe", "\U0001F600", "\ud800",
                   "\x00", "\x7f", "\ufdd0", "\U0010ffff", " "]


@given(st.one_of(st.text(max_size=40), st.lists(st.sampled_from(FORBIDDEN_PARTS), max_size=10).map("".join)))
@SETTINGS
def test_the_fast_guard_finds_what_the_one_definition_finds(text: str):
    """text.forbidden_character (asked of every printed value) is FORBIDDEN_CHARACTER.search, only faster."""
    from generator.text import forbidden_character
    slow, fast = FORBIDDEN_CHARACTER.search(text), forbidden_character(text)
    assert (slow and (slow.start(), slow.group())) == (fast and (fast.start(), fast.group()))


PAGE_PATH = st.lists(st.sampled_from(["ar", "rapporter", "sida", "2", "index", "x-y", "å", "stadsdelar"]), max_size=4).map(
    "/".join).flatmap(lambda folder: st.sampled_from(["index.md", "x.md", "2020.md"]).map(
        lambda name: f"{folder}/{name}" if folder else name))


@given(PAGE_PATH, PAGE_PATH)
@SETTINGS
def test_links_between_pages_are_what_posixpath_makes_of_them(here: str, there: str):
    """urls.relative_url works the path out itself, as posixpath.relpath would (which asks the system twice)."""
    import posixpath
    from generator.site.urls import relative_url, url_of
    expected = posixpath.relpath(url_of(there) or ".", url_of(here) or ".")
    assert relative_url(here, there) == ("./" if expected == "." else expected + "/")
