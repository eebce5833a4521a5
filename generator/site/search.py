"""The search index: Pagefind, fed through its Python API while the pages are built.

Pagefind reads what the templates mark: `data-pagefind-body` (the text of
reports and of district, organisation and theme pages), `data-pagefind-filter`
(district, organisation, years, outcome, next step, themes) and
`data-pagefind-meta` (what a result shows). A visitor downloads only the
parts of the index a search needs.

Searchable pages are handed to Pagefind in batches as they are rendered (each
page's own content only, written to a scratch folder), so the indexer works on
the second core while MkDocs builds the rest; the index is written once every
page is built, inside the staging folder, so a failed index leaves the last
good site as it was. (Batches, not single pages: the Python API reads one
answer per tenth of a second.)

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
import tempfile
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

OUTPUT = "pagefind"
BATCH = 400  # pages per batch handed to Pagefind


class SearchError(Exception):
    """The index could not be built; the message says why."""


def pagefind_program(root: Path) -> Path | None:
    """The newer Pagefind program installed with npm: beside mkdocs.yml, or beside this code."""
    for folder in (root, Path(__file__).resolve().parents[2]):
        found = sorted((folder / "node_modules/@pagefind").glob("*/bin/pagefind_extended"))
        if found:
            return found[0]
    return None


class SearchIndex:
    """A Pagefind index being built: `add` pages as they are rendered, then `write` it into the site."""

    def __init__(self, root: Path) -> None:
        from pagefind.index import IndexConfig, PagefindIndex  # imported here: only a build needs it

        program = pagefind_program(root)
        if program is not None:
            os.environ["PAGEFIND_BINARY_PATH"] = str(program)
        # Pagefind's API is asynchronous; its event loop runs beside MkDocs' synchronous build.
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="pagefind", daemon=True)
        self.thread.start()
        self.pending: list[Future[Any]] = []
        self.scratch = Path(tempfile.mkdtemp(prefix="iop-search-"))
        self.batch: Path | None = None
        self.in_batch = 0
        self.pages = 0
        self.index = PagefindIndex(config=IndexConfig(force_language="sv"))
        self._wait(self.index.__aenter__())

    def _wait(self, coroutine: Any) -> Any:
        try:
            return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result()
        except Exception as error:  # the service reports its own failures; the build says so in one line
            raise SearchError(f"sökindexet kunde inte byggas ({type(error).__name__}: {error})") from None

    def add(self, url: str, html: str) -> None:
        """Index one page (its address from the site's root, e.g. `rapporter/x/`) without waiting for it."""
        if self.batch is None:
            self.batch = self.scratch / f"{len(self.pending):05d}"
        target = self.batch / url / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
        self.in_batch += 1
        self.pages += 1
        if self.in_batch >= BATCH:
            self._send()

    def _send(self) -> None:
        if self.batch is not None:
            self.pending.append(asyncio.run_coroutine_threadsafe(
                self.index.add_directory(path=str(self.batch)), self.loop))
        self.batch, self.in_batch = None, 0

    def write(self, site: Path) -> int:
        """Write the index into the built site; returns how many pages it holds."""
        output = site / OUTPUT
        shutil.rmtree(output, ignore_errors=True)
        self._send()
        try:
            for pending in self.pending:
                pending.result()
        except Exception as error:
            raise SearchError(f"sökindexet kunde inte byggas ({type(error).__name__}: {error})") from None
        self._wait(self.index.write_files(output_path=str(output.resolve())))
        return self.pages

    def close(self) -> None:
        """Stop the indexer; nothing more is written."""
        try:
            # Leaving the index's context as if after an error closes the program without writing files.
            stop = self.index.__aexit__(SearchError, SearchError("stängd"), None)
            asyncio.run_coroutine_threadsafe(stop, self.loop).result(timeout=30)
        except Exception:
            pass  # the program is gone already; nothing is left to stop
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)
        shutil.rmtree(self.scratch, ignore_errors=True)
