"""Rendered pages of the shipped content, compared with tests/golden/.

Each golden file is what `python -m generator render` writes for a page: its
title and options as front matter, then the article's HTML. After a
deliberate change to templates or content, refresh with `make golden` and
review the diff of tests/golden/ before committing.
"""
import os
from pathlib import Path

import pytest

import tempfile

from generator.content.catalogue import read_catalogue
from generator.site.data import OpenData
from generator.site.pages import markdown_file, site_specs

from conftest import CONTENT

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
SITE, SPECS = site_specs(read_catalogue(CONTENT))
with tempfile.TemporaryDirectory() as data:  # the pages say how large their downloads are
    SITE.file_sizes = OpenData(SITE.catalogue, {**SITE.facts, "site_url": None}).write(Path(data))
PAGES = {spec.uri: markdown_file(spec, SITE.render(spec)) for spec in SPECS}


@pytest.mark.parametrize("uri", sorted(PAGES))
def test_page_matches_golden_file(uri: str):
    golden = GOLDEN / uri
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(PAGES[uri], encoding="utf-8")
    assert golden.exists(), f"no golden file for {uri}; run `make golden`"
    assert PAGES[uri] == golden.read_text(encoding="utf-8")


def test_no_golden_file_is_left_over():
    if UPDATE:
        for stale in {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.md")} - set(PAGES):
            (GOLDEN / stale).unlink()
    assert sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.md")) == sorted(PAGES)
