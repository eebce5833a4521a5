"""Helpers for tests in a real browser: Debian's Chromium driven by Playwright against a site served on localhost.

The fixtures (`browser`, `page`, `base_url`, `corpus_url`, `requests_made`) are in conftest.py, so that every
test file shares one browser.
"""
from __future__ import annotations

import functools
import http.server
import re
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page, expect

from conftest import REPO

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def open_page(browser: Browser, requests_made: list[str], width: int = 1280, height: int = 900) -> Page:
    context = browser.new_context(viewport={"width": width, "height": height}, locale="sv-SE")
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.on("request", lambda request: requests_made.append(request.url))
    return page


def assert_only_local(requests_made: list[str]) -> None:
    elsewhere = [url for url in requests_made if urlparse(url).hostname not in ("127.0.0.1",) and not url.startswith(("data:", "blob:"))]
    assert elsewhere == []


SEARCH_BOX = "header .iop-box-input"
OPTIONS = "header .iop-box [role=option]"


def search_in_header(page: Page, words: str) -> None:
    page.locator(SEARCH_BOX).click()
    page.keyboard.type(words)
    expect(page.locator(OPTIONS).first).to_be_visible()


def option_links(page: Page) -> list[str]:
    return [page.locator(OPTIONS).nth(i).get_attribute("href") or "" for i in range(page.locator(OPTIONS).count())]


def search_results(page: Page) -> list[str]:
    """The result links on the search page, once they have loaded (each loads when scrolled into view) and
    stopped changing (a new filter's results replace the last ones a moment after the address changes)."""
    results = page.locator("pagefind-results li.iop-result")
    expect(results.first.locator("a")).to_be_visible()
    last: list[str] | None = None
    for _ in range(20):
        found = []
        for i in range(results.count()):
            link = results.nth(i).locator(".iop-result-title a")
            link.scroll_into_view_if_needed()
            expect(link).to_have_attribute("href", re.compile("."))
            found.append(urlparse(link.get_attribute("href") or "").path)
        if found == last:
            return found
        last = found
        page.wait_for_timeout(250)
    return last or []


AXE = REPO / "node_modules/axe-core/axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def axe_violations(page: Page) -> list[str]:
    if not AXE.exists():
        pytest.fail("axe-core is not installed; `make test` installs it with npm")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    assert len(result["passes"]) > 10  # axe really ran
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['html'][:160]})" for v in result["violations"]]
