"""The search index's own steps that need no Pagefind (site/search.py); the index itself is tested in
test_build.py, test_search_merge.py and, in a browser, test_browser.py."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.site.search import PRELOAD_MARK, SearchError, preload


def test_the_search_pages_mark_names_the_index_pagefind_takes_for_its_language(tmp_path: Path):
    (tmp_path / "pagefind").mkdir()
    (tmp_path / "sok").mkdir()
    languages = {"en": {"hash": "en_1", "wasm": "en", "page_count": 9}, "sv": {"hash": "sv_2", "wasm": None, "page_count": 3}}
    (tmp_path / "pagefind/pagefind-entry.json").write_text(json.dumps({"languages": languages}), encoding="utf-8")
    page = tmp_path / "sok/index.html"

    def filled(language: str) -> str:
        page.write_bytes(f"<head>\r\n{PRELOAD_MARK}</head>".encode())
        preload(tmp_path, page, language)
        return page.read_bytes().decode()

    def links(*names: str) -> str:
        return "".join(f'<link rel="preload" href="../pagefind/{name}" as="fetch" crossorigin="anonymous">'
                       for name in names)

    # A language without a program of its own takes Pagefind's "unknown" one; the page's other bytes stay.
    assert filled("sv") == f"<head>\r\n{links('pagefind.sv_2.pf_meta', 'wasm.unknown.pagefind')}</head>"
    assert filled("sv-FI") == f"<head>\r\n{links('pagefind.sv_2.pf_meta', 'wasm.unknown.pagefind')}</head>"
    assert filled("fi") == f"<head>\r\n{links('pagefind.en_1.pf_meta', 'wasm.en.pagefind')}</head>"  # the most pages
    page.write_text("<head></head>", encoding="utf-8")  # a page without the mark is left as it is
    preload(tmp_path, page, "sv")
    assert page.read_text(encoding="utf-8") == "<head></head>"
    page.write_text(f"<head>{PRELOAD_MARK}</head>", encoding="utf-8")  # with no index written, the mark stays
    preload(tmp_path / "sok", page, "sv")
    assert page.read_text(encoding="utf-8") == f"<head>{PRELOAD_MARK}</head>"
    # a broken entry file: one located line, in Swedish
    (tmp_path / "pagefind/pagefind-entry.json").write_text("{", encoding="utf-8")
    page.write_text(f"<head>{PRELOAD_MARK}</head>", encoding="utf-8")
    with pytest.raises(SearchError, match="^sok/index.html: sökindexets filer kunde inte anges"):
        preload(tmp_path, page, "sv")
