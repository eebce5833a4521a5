"""As a visitor: the built site served on localhost, used in Debian's Chromium.

Every page the browser opens records its requests; any request to a host
other than the local server fails the test that made it.
"""
from __future__ import annotations

import functools
import http.server
import io
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from pypdf import PdfReader

from conftest import REPO

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
JARVA = "rapporter/jarva-studiefremjandet-2018-2024/"
DROMSTORT = "rapporter/enskede-arsta-vantor-dromstort-2022-2024/"

# One page of each type, and each hand-written page.
PAGE_TYPES = {
    "start": "",
    "all reports": "rapporter/",
    "report": JARVA,
    "report with nested sections": DROMSTORT,
    "districts": "stadsdelar/",
    "district": "stadsdelar/jarva/",
    "organisations": "organisationer/",
    "organisation": "organisationer/studiefremjandet-stockholm-gotland/",
    "years": "ar/",
    "year": "ar/2021/",
    "about": "om/",
    "accessibility statement": "tillganglighet/",
    "personal data": "personuppgifter/",
    "not found": "404.html",
}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed; `make test` installs it")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def requests_made() -> list[str]:
    return []


def open_page(browser: Browser, requests_made: list[str], width: int = 1280, height: int = 900) -> Page:
    context = browser.new_context(viewport={"width": width, "height": height}, locale="sv-SE")
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.on("request", lambda request: requests_made.append(request.url))
    return page


@pytest.fixture
def page(browser: Browser, requests_made: list[str]) -> Iterator[Page]:
    opened = open_page(browser, requests_made)
    yield opened
    opened.context.close()
    assert_only_local(requests_made)


def assert_only_local(requests_made: list[str]) -> None:
    elsewhere = [url for url in requests_made if urlparse(url).hostname not in ("127.0.0.1",) and not url.startswith(("data:", "blob:"))]
    assert elsewhere == []


def search(page: Page, term: str) -> None:
    page.locator("input.md-search__input").click()
    page.keyboard.type(term)
    expect(page.locator(".md-search-result__item").first).to_be_visible()


def test_the_start_page_says_what_this_is_and_offers_the_ways_in(page: Page, base_url: str):
    page.goto(base_url)
    expect(page.locator("h1")).to_have_text("Slutrapporter från idéburna offentliga partnerskap")
    for name in ("Alla rapporter i en tabell", "Per stadsdel", "Per organisation", "Per år"):
        expect(page.get_by_role("link", name=name)).to_be_visible()


def test_a_visitor_finds_the_dromstort_report_by_searching_for_laxhjalp(page: Page, base_url: str):
    page.goto(base_url)
    search(page, "läxhjälp")
    page.locator(".md-search-result__item a").first.click()
    expect(page).to_have_url(re.compile(re.escape(base_url + DROMSTORT)))
    expect(page.locator("h1")).to_have_text("Idéburet offentligt partnerskap (IOP) med föreningen Drömstort")


@pytest.mark.parametrize("term", ["Rinkeby-Kista", "Studieförbundet"])
def test_former_names_and_aliases_find_the_jarva_partnership(page: Page, base_url: str, term: str):
    page.goto(base_url)
    search(page, term)
    links = page.locator(".md-search-result__item a")
    assert any(JARVA in (links.nth(i).get_attribute("href") or "") for i in range(links.count()))


def test_from_a_report_to_its_district_organisation_and_year_and_back(page: Page, base_url: str):
    page.goto(base_url + JARVA)
    facts = page.locator("article dl").first
    for name, url, heading in [("Järva", "stadsdelar/jarva/", "Järva"),
                               ("Studiefremjandet Stockholm Gotland", "organisationer/studiefremjandet-stockholm-gotland/",
                                "Studiefremjandet Stockholm Gotland"),
                               ("2021", "ar/2021/", "2021")]:
        facts.get_by_role("link", name=name, exact=True).click()
        expect(page).to_have_url(base_url + url)
        expect(page.locator("h1")).to_have_text(heading)
        expect(page.locator("article").get_by_role("link", name=re.compile("Studiefremjandet Stockholm Gotland$")).first).to_be_visible()
        page.go_back()
        expect(page).to_have_url(base_url + JARVA)


def test_the_all_reports_table_lists_both_reports(page: Page, base_url: str):
    page.goto(base_url + "rapporter/")
    rows = page.locator("article table tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Studiefremjandet Stockholm Gotland")
    expect(rows.nth(1)).to_contain_text("Drömstort")


def test_at_a_phones_width_the_navigation_is_reachable(browser: Browser, base_url: str, requests_made: list[str]):
    page = open_page(browser, requests_made, width=375, height=812)
    page.goto(base_url + JARVA)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # nothing wider than the screen
    page.locator("label.md-header__button[for=__drawer]").click()  # the menu button
    drawer_link = page.locator("nav.md-nav--primary").get_by_role("link", name="Stadsdelar")
    expect(drawer_link).to_be_visible()
    drawer_link.click()
    expect(page).to_have_url(base_url + "stadsdelar/")
    page.context.close()
    assert_only_local(requests_made)


def focused(page: Page) -> str:
    return page.evaluate("document.activeElement.outerHTML.slice(0, 200)")


def test_keyboard_alone_reaches_the_search_and_a_report(page: Page, base_url: str):
    page.goto(base_url)
    for _ in range(10):
        page.keyboard.press("Tab")
        if "md-search__input" in focused(page):
            break
    assert "md-search__input" in focused(page)
    page.keyboard.type("läxhjälp")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(base_url + DROMSTORT)))

    page.goto(base_url + "rapporter/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if JARVA.split("/")[1] in focused(page):
            break
    page.keyboard.press("Enter")
    expect(page).to_have_url(base_url + JARVA)


def test_no_page_type_and_no_search_requests_another_host(browser: Browser, base_url: str, requests_made: list[str]):
    page = open_page(browser, requests_made)
    for url in PAGE_TYPES.values():
        page.goto(base_url + url)
        page.wait_for_load_state("networkidle")
    search(page, "Rågsved")
    page.wait_for_load_state("networkidle")
    page.context.close()
    assert any(url.endswith("search/search_index.json") for url in requests_made)  # the index came from the site
    assert_only_local(requests_made)


AXE = REPO / "node_modules/axe-core/axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.mark.parametrize("url", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_axe_finds_no_wcag_2_1_aa_violation(page: Page, base_url: str, url: str):
    if not AXE.exists():
        pytest.fail("axe-core is not installed; `make test` installs it with npm")
    page.goto(base_url + url)
    page.wait_for_load_state("networkidle")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    violations = [f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['html'][:120]})"
                  for v in result["violations"]]
    assert violations == []
    assert len(result["passes"]) > 10  # axe really ran


# What axe does not check.
GENERIC_LINK_TEXTS = {"här", "klicka här", "läs mer", "mer", "länk", "länken", "click here", "here", "more", "¶"}


@pytest.mark.parametrize("url", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_one_h1_logical_headings_swedish_and_link_texts_that_stand_alone(page: Page, base_url: str, url: str):
    page.goto(base_url + url)
    assert page.evaluate("document.documentElement.lang") == "sv"
    levels = page.evaluate("[...document.querySelectorAll('article h1, article h2, article h3, article h4, article h5, article h6')]"
                           ".map(h => Number(h.tagName[1]))")
    assert page.locator("h1").count() == 1
    assert levels[0] == 1
    assert all(later <= earlier + 1 for earlier, later in zip(levels, levels[1:])), levels
    names = page.evaluate("[...document.querySelectorAll('a[href]')].filter(a => a.offsetParent !== null)"
                          ".map(a => (a.getAttribute('aria-label') || a.innerText || a.title || '').trim())")
    assert [name for name in names if not name or name.lower() in GENERIC_LINK_TEXTS] == []


def test_a_report_prints_as_a_clean_document_with_its_sections(page: Page, base_url: str):
    page.goto(base_url + DROMSTORT)
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search"):
        assert not page.locator(hidden).first.is_visible(), hidden
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    for heading in ("Idéburet offentligt partnerskap (IOP) med föreningen Drömstort", "Fakta om partnerskapet",
                    "Förvaltningens förslag till beslut", "Sammanfattning", "Bakgrund", "Ärendet",
                    "Jämställdhetsanalys och barnrättsperspektiv", "Attesterat av", "Bilagor"):
        assert heading in text, heading
    assert "Stadsdel Enskede-Årsta-Vantör" in text  # a link printed as its text
    assert "Tillgänglighetsredogörelse" not in text and "Sök" not in text.split()
