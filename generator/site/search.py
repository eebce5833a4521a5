"""The search index: Pagefind, fed page by page while the pages are built.

Pagefind reads what the templates mark: `data-pagefind-body` (the text of
reports and of district, organisation and theme pages), `data-pagefind-filter`
(district, organisation, years, outcome, next step, themes, amount range),
`data-pagefind-sort` and `data-pagefind-meta` (what a result shows). A visitor
downloads only the parts of the index a search needs.

The program is Pagefind's own, from npm (`pagefind` in package.json, which
`make site` installs): from version 1.6 its files are the same for the same
pages. We talk to it through its service protocol (base64-encoded JSON
messages, each ended by a comma, on its standard input and output) with a
small client of our own: each page is sent as it is built, in build order,
so the index numbers pages the same way every time, whatever order a file
system lists files in; and nothing waits between messages (the Python
wrapper on PyPI pauses a tenth of a second before reading each answer). The
index is written once every page is built, inside the staging folder, so a
failed index leaves the last good site as it was.
"""
from __future__ import annotations

import base64
import json
import os
import queue
import re
import shutil
import subprocess
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from html import escape, unescape
from pathlib import Path
from typing import Any, BinaryIO

from cbor2 import CBORError

from .search_merge import Shard, merge

OUTPUT = "pagefind"
LANGUAGE = "sv"  # what every page is indexed as (plugin.py): Pagefind's index, word forms and program are Swedish


class SearchError(Exception):
    """The index could not be built; the message says why, in Swedish."""


def pagefind_program(root: Path) -> Path | None:
    """Pagefind's program as npm installs it: beside mkdocs.yml, or beside this code."""
    for folder in (root, Path(__file__).resolve().parents[2]):
        found = sorted((folder / "node_modules/@pagefind").glob("*/bin/pagefind_extended"))
        if found:
            return found[0]
    return None


class PagefindService:
    """One running Pagefind program and the answers it owes: `send` returns a future for each request."""

    def __init__(self, program: Path) -> None:
        try:
            self.process = subprocess.Popen([str(program), "--service"], stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError as error:
            raise SearchError(f"sökprogrammet Pagefind kunde inte startas ({error.strerror})") from None
        self.lock = threading.Lock()
        self.waiting: dict[int, Future[dict[str, Any]]] = {}
        self.last_id = 0
        assert self.process.stdout is not None
        self.reader = threading.Thread(target=self._read, args=(self.process.stdout,), name="pagefind", daemon=True)
        self.reader.start()
        self.outbox: queue.SimpleQueue[tuple[int, bytes] | None] = queue.SimpleQueue()
        self.writer = threading.Thread(target=self._write, name="pagefind-in", daemon=True)
        self.writer.start()

    def send(self, payload: dict[str, Any]) -> Future[dict[str, Any]]:
        """Hand a message over without waiting: a thread of its own writes it, so the build renders the next page
        while Pagefind reads this one (the build's main thread waited 6–7 s in all at 10,000 reports)."""
        answer: Future[dict[str, Any]] = Future()
        with self.lock:
            self.last_id += 1
            self.waiting[self.last_id] = answer
            message = base64.b64encode(json.dumps({"message_id": self.last_id, "payload": payload}).encode("utf-8"))
            self.outbox.put((self.last_id, message))  # (in the lock: written in the order numbered)
        return answer

    def _write(self) -> None:
        while (item := self.outbox.get()) is not None:
            number, message = item
            try:
                assert self.process.stdin is not None
                self.process.stdin.write(message + b",")
                if self.outbox.empty():
                    self.process.stdin.flush()
            except (BrokenPipeError, OSError):
                with self.lock:
                    answer = self.waiting.pop(number, None)
                if answer is not None:
                    answer.set_exception(SearchError("sökprogrammet Pagefind avslutades oväntat"))

    def _read(self, stream: BinaryIO) -> None:
        buffer = b""
        while chunk := stream.read1(1 << 16):
            buffer += chunk
            *messages, buffer = buffer.split(b",")
            for message in messages:
                answer = json.loads(base64.b64decode(message))
                payload = answer.get("payload") or {}
                with self.lock:
                    waiting = self.waiting.pop(answer.get("message_id") or -1, None)
                if waiting is None:
                    continue
                if payload.get("type") == "Error":
                    waiting.set_exception(SearchError(f"sökindexet kunde inte byggas ({payload.get('message')})"))
                else:
                    waiting.set_result(payload)
        with self.lock:  # the program has ended: nothing more will be answered
            for waiting in self.waiting.values():
                waiting.set_exception(SearchError("sökprogrammet Pagefind avslutades oväntat"))
            self.waiting.clear()

    def close(self) -> None:
        self.outbox.put(None)
        self.writer.join(timeout=60)  # what is left written; a program that has stopped reading is stopped below
        if self.writer.is_alive():
            self.process.kill()
            self.writer.join()
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
        except OSError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.reader.join(timeout=5)


# Pages per Pagefind program (mkdocs.yml: search_shard_pages): it holds every page it reads until it writes,
# about 350 KiB a report page (make bench): 2,500 peaked at 993 MiB at 10,000 reports, 2,000 leave a margin.
# A site with more pages is indexed in shards, merged into one bundle (search_merge.py).
SHARD_PAGES = 2000
# A shard is written by its program once its pages are in, on the core the build leaves; the one that takes the
# last pages can only be written after them, while the build waits. So the last shards of a build that knows how
# many pages it indexes get smaller, each about half of what is left (`shard_sizes`). Pagefind writes about 3 ms
# a page (measured on 2,000 report pages): at 1,000 reports the index's 1,200 pages were one shard, some 3.6 s of
# writing after the last page. No shard is smaller than this where it can be helped: a program costs its start.
LAST_SHARD_PAGES = 250
_SORT = re.compile(r'<span data-pagefind-sort="([^"]*)">([^<]*)</span>')


class SearchIndex:
    """A Pagefind index being built: `add` pages as they are rendered, then `write` it into the site.

    Every `shard_pages` pages, the program's shard is finished (its last answers, its index written into a
    folder of the site under construction, the program stopped) in a thread, while the next pages go to a new
    program; one shard is finished at a time. `write` merges the shards into site/pagefind. The merge needs
    each page's sort values, which Pagefind does not write out: they are read from the page as it is added.
    """

    def __init__(self, root: Path, site: Path, shard_pages: int = SHARD_PAGES, expected: int | None = None) -> None:
        self.program = pagefind_program(root)
        if self.program is None:
            raise SearchError("sökprogrammet Pagefind saknas; kör `make site` (eller `npm install`) så installeras det")
        self.shard_pages = max(1, shard_pages)
        # The pages of each shard in turn, when the build says how many it will add; else shards of shard_pages.
        self.sizes = shard_sizes(expected, self.shard_pages) if expected else []
        self.work = site / ".pagefind-delar"
        shutil.rmtree(self.work, ignore_errors=True)  # left by a preview that was stopped mid-build
        self.started: list[PagefindService] = []  # every program, so that close() stops them all
        self.service: PagefindService | None = None
        self.index_id: Any = None
        self.pending: list[tuple[Future[dict[str, Any]], dict[str, str]]] = []
        self.sorts: list[dict[str, str]] = []  # of the current shard's indexed pages, in Pagefind's order
        self.in_shard = 0
        self.pages = 0
        self.shards: list[Shard] = []
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pagefind")
        self.writing: list[tuple[Future[None], int]] = []  # each shard being finished, and its pages

    @staticmethod
    def _result(answer: Future[dict[str, Any]]) -> dict[str, Any]:
        try:
            return answer.result(timeout=600)
        except SearchError:
            raise
        except Exception as error:  # a timeout or a broken answer: the build says so in one line
            raise SearchError(f"sökindexet kunde inte byggas ({type(error).__name__}: {error})") from None

    def _answered(self, answer: Future[dict[str, Any]], sorts: dict[str, str], into: list[dict[str, str]]) -> None:
        if self._result(answer).get("page_word_count"):  # a page without words is not in Pagefind's index
            into.append(sorts)

    def add(self, url: str, html: str) -> None:
        """Index one page (its address from the site's root, e.g. `rapporter/x/`) without waiting for it."""
        if self.service is None:
            self._start()
        sorts = {unescape(key): unescape(value) for key, value in _SORT.findall(html)}
        self.pending.append((self.service.send({"type": "AddFile", "index_id": self.index_id, "file_path": None,
                                                "url": "/" + url, "file_contents": html}), sorts))
        self.pages += 1
        self.in_shard += 1
        if len(self.pending) >= 500:  # answered in order: wait for the oldest, so that unanswered pages stay few
            self._answered(*self.pending.pop(0), self.sorts)
        if self._shard_full():
            self._finish_behind()

    def _shard_full(self) -> bool:
        """Whether the current shard has its pages. The last shard planned stays open until `write`, as a shard
        without a plan does until it has shard_pages: a site of one shard gets the index Pagefind itself writes,
        with no merge, and more pages than planned never make a shard larger than shard_pages."""
        number = len(self.shards)
        if number + 1 < len(self.sizes):
            return self.in_shard >= self.sizes[number]
        return self.in_shard >= self.shard_pages

    def _finish_behind(self) -> None:
        """The current shard finished in the writer thread, one shard after the other. The programs hold at most
        two full shards' pages at a time: the build waits for the oldest shards still being written while more
        would be held (and a shard that failed stops the build here)."""
        pages = self.in_shard
        unwritten = [(writing, held) for writing, held in self.writing if not writing.done()]
        while unwritten and pages + self._next_size() + sum(held for _, held in unwritten) > 2 * self.shard_pages:
            unwritten.pop(0)[0].result()
        for writing, _ in self.writing:
            if writing.done():
                writing.result()  # a shard that failed
        self.writing.append((self.writer.submit(self._shard_finisher(self.work / str(len(self.shards)))), pages))

    def _next_size(self) -> int:
        """The pages of the shard after the one being handed over: none after the last one planned."""
        number = len(self.shards) + 1
        if not self.sizes:
            return self.shard_pages
        return self.sizes[number] if number < len(self.sizes) else 0

    def _start(self) -> None:
        assert self.program is not None
        self.service = PagefindService(self.program)
        self.started.append(self.service)
        created = self._result(self.service.send({"type": "NewIndex", "config": {"force_language": "sv"}}))
        self.index_id = created["index_id"]

    def _shard_finisher(self, folder: Path) -> Callable[[], None]:
        """What finishes the current program's shard into folder; the next page starts a new program."""
        assert self.service is not None
        service, index_id, pending = self.service, self.index_id, self.pending
        shard = Shard(folder, self.sorts)
        self.shards.append(shard)
        self.service, self.pending, self.sorts, self.in_shard = None, [], [], 0

        def finish() -> None:
            try:
                for answer, sorts in pending:
                    self._answered(answer, sorts, shard.sorts)
                self._result(service.send({"type": "WriteFiles", "index_id": index_id,
                                           "output_path": str(folder.resolve())}))
            finally:
                service.close()
        return finish

    def write(self, site: Path) -> int:
        """Write the index into the built site; returns how many pages it holds."""
        target = site / OUTPUT
        if not self.shards:  # one program read every page (or none): it writes the site's index itself
            if self.service is None:
                self._start()
            self._shard_finisher(target)()
            return self.pages
        if self.service is not None:
            self._finish_behind()
        try:
            for writing, _ in self.writing:
                writing.result()
            merge(self.shards, target)
        except (OSError, ValueError, KeyError, EOFError, CBORError) as error:
            raise SearchError(f"sökindexets delar kunde inte slås ihop ({error})") from None
        finally:
            shutil.rmtree(self.work, ignore_errors=True)
        return self.pages

    def close(self) -> None:
        """Stop the programs; nothing more is written."""
        self.writer.shutdown(wait=True, cancel_futures=True)
        for service in self.started:  # a shard whose finishing was cancelled still has its program
            if service.process.poll() is None:
                service.close()
        self.service = None
        shutil.rmtree(self.work, ignore_errors=True)


def shard_sizes(pages: int, most: int) -> list[int]:
    """The pages of each shard for an index of this many pages: shards of `most` pages, then each about half of
    what is left, none above `most` and none below LAST_SHARD_PAGES where `most` allows it (from twice that). An
    index of fewer than twice LAST_SHARD_PAGES pages (and no more than `most`) is one shard."""
    smallest = min(LAST_SHARD_PAGES, most)
    sizes: list[int] = []
    left = pages
    while left > 0:
        size = min(most, max(smallest, -(-left // 2)))
        if left - size < smallest and left <= most:
            size = left
        sizes.append(size)
        left -= size
    return sizes


# Where a page asks for the index's first files as it starts to load (overrides/main.html puts it on /sok/).
PRELOAD_MARK = "<!--iop:search-preload-->"


def preload(site: Path, page: Path, language: str) -> None:
    """Fill the page's mark with the index's metadata and its search program, fetched as the page starts to load.

    Pagefind asks for them only once the page's scripts have run and its entry file has given their names: at
    10,000 reports, a search page's first result came 50 ms sooner with them asked for first (make bench, on
    one machine; further away, each round trip saved is longer). Their names are known once the index is
    written, after the pages: hence a mark filled afterwards (a preview's later builds take the first build's
    index; with no index written, the mark stays, a comment). The language and the program are those Pagefind
    would take for the page (its own, else its prefix's, else the one with the most pages; "unknown" for a
    language without a program of its own). Only the page's main thread can use what it preloaded: sok.js
    makes its first search there."""
    name = page.relative_to(site).as_posix() if page.is_relative_to(site) else page.name
    entry = site / OUTPUT / "pagefind-entry.json"
    try:
        html = page.read_bytes()  # bytes: nothing but the mark changes
        if PRELOAD_MARK.encode() not in html or not entry.is_file():
            return
        languages = json.loads(entry.read_text(encoding="utf-8"))["languages"]
        index = languages.get(language) or languages.get(language.split("-")[0]) or max(
            languages.values(), key=lambda found: found.get("page_count", 0), default=None)
        links = ""
        if index is not None:
            folder = Path(os.path.relpath(site / OUTPUT, page.parent)).as_posix()
            names = [f"pagefind.{index['hash']}.pf_meta", f"wasm.{index.get('wasm') or 'unknown'}.pagefind"]
            links = "".join(f'<link rel="preload" href="{escape(folder + "/" + name)}" as="fetch" crossorigin="anonymous">'
                            for name in names)
        page.write_bytes(html.replace(PRELOAD_MARK.encode(), links.encode(), 1))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise SearchError(f"{name}: sökindexets filer kunde inte anges ({OUTPUT}/pagefind-entry.json eller sidan "
                          "gick inte att läsa)") from None
