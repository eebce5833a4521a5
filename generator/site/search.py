"""The search index: Pagefind, run through its Python API over the built pages.

Pagefind reads what the templates mark: `data-pagefind-body` (the text of
reports and of district, organisation and theme pages), `data-pagefind-filter`
(district, organisation, years, outcome, next step, themes) and
`data-pagefind-meta` (what a result shows). A visitor downloads only the
parts of the index a search needs.

The program comes from npm (`pagefind` in package.json, installed by `make
site`) where it is there: from version 1.6 its files are the same for the
same pages, which the site promises, and browsing by filters alone no longer
downloads the whole index. Without it, the program that comes with the PyPI
package (1.5) is used.
"""
from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path

OUTPUT = "pagefind"


class SearchError(Exception):
    """The index could not be built; the message says why."""


def pagefind_program(root: Path) -> Path | None:
    """The newer Pagefind program installed with npm: beside mkdocs.yml, or beside this code."""
    for folder in (root, Path(__file__).resolve().parents[2]):
        found = sorted((folder / "node_modules/@pagefind").glob("*/bin/pagefind_extended"))
        if found:
            return found[0]
    return None


def build_index(site: Path, root: Path) -> int:
    """Index the built site in place; returns how many pages went into the index."""
    from pagefind.index import IndexConfig, PagefindIndex  # imported here: only a full build needs it

    output = site / OUTPUT
    shutil.rmtree(output, ignore_errors=True)  # Pagefind never removes files of an earlier index
    program = pagefind_program(root)
    if program is not None:
        os.environ["PAGEFIND_BINARY_PATH"] = str(program)

    async def run() -> int:
        config = IndexConfig(force_language="sv", output_path=str(output))
        async with PagefindIndex(config=config) as index:  # writes the files when the block ends
            result = await index.add_directory(str(site))
        return int(result["page_count"])

    try:
        return asyncio.run(run())
    except Exception as error:  # the service reports its own failures; the build says so in one line
        raise SearchError(f"sökindexet kunde inte byggas ({type(error).__name__}: {error})") from None
