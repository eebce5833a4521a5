"""As a visitor: the built site served on localhost, used in Debian's Chromium.

Every page the browser opens records its requests; any request to a host
other than the local server fails the test that made it.
"""
from __future__ import annotations

import io
import re

import pytest
from playwright.sync_api import Browser, Page, expect
from pypdf import PdfReader

from browsing import (OPTIONS, SEARCH_BOX, assert_only_local, axe_violations, open_page, option_links, search_in_header,
                      search_results)
from conftest import REPO

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
    "themes": "teman/",
    "theme": "teman/foraldraskapsstod/",
    "lessons": "lardomar/",
    "lessons of a theme": "lardomar/foraldraskapsstod/",
    "search": "sok/?q=l%C3%A4xhj%C3%A4lp",
    "open data": "oppna-data/",
    "feeds": "flode/",
    "staff guide": "redaktorer/",
    "about": "om/",
    "accessibility statement": "tillganglighet/",
    "personal data": "personuppgifter/",
    "not found": "404.html",
}
# Pages that only the larger corpus has: a listing's later page.
CORPUS_PAGE_TYPES = {"all reports, page 2": "rapporter/sida/2/", "all reports, last page": "rapporter/sida/3/"}


def test_the_start_page_says_what_this_is_and_offers_the_ways_in(page: Page, base_url: str):
    page.goto(base_url)
    expect(page.locator("h1")).to_have_text("Slutrapporter från idéburna offentliga partnerskap")
    expect(page.get_by_role("search", name="Sök bland slutrapporterna")).to_be_visible()  # the start page leads with search
    ways = page.locator("ul.iop-ways")
    for name in ("Alla rapporter", "Per stadsdel", "Per organisation", "Per år", "Per tema", "Lärdomar", "Öppna data",
                 "Följ nya rapporter"):
        expect(ways.get_by_role("link", name=re.compile("^" + name))).to_be_visible()


def test_a_visitor_finds_the_dromstort_report_by_searching_for_laxhjalp(page: Page, base_url: str):
    page.goto(base_url + "om/")
    search_in_header(page, "läxhjälp")
    dromstort = page.locator(OPTIONS).filter(has_text="Drömstort").first
    expect(dromstort).to_contain_text("Enskede-Årsta-Vantör")  # a result shows its district, organisation and years
    expect(dromstort).to_contain_text("2022–2024")
    dromstort.click()
    expect(page).to_have_url(base_url + DROMSTORT)
    expect(page.locator("h1")).to_have_text("Idéburet offentligt partnerskap (IOP) med föreningen Drömstort")


@pytest.mark.parametrize("words", ["Rinkeby-Kista", "Studieförbundet", "Studiefremjandet"])
def test_former_names_and_aliases_find_the_jarva_partnership(page: Page, base_url: str, words: str):
    page.goto(base_url)
    search_in_header(page, words)
    assert any(href.endswith(JARVA) for href in option_links(page)), option_links(page)


def test_the_header_search_is_a_combobox_that_announces_its_results(page: Page, base_url: str):
    page.goto(base_url + "stadsdelar/")
    box = page.locator(SEARCH_BOX)
    expect(box).to_have_attribute("role", "combobox")
    expect(box).to_have_attribute("aria-label", "Sök i rapporterna")
    search_in_header(page, "läxhjälp")
    expect(box).to_have_attribute("aria-expanded", "true")
    listbox = page.locator("#" + (box.get_attribute("aria-controls") or "missing"))
    expect(listbox).to_have_attribute("role", "listbox")
    # The number of results is announced in a live region.
    expect(page.locator("[role=status], [aria-live]").filter(has_text=re.compile(r"\d+ träff")).first).to_be_attached()
    page.keyboard.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert active and page.locator("#" + active).get_attribute("aria-selected") == "true"
    page.keyboard.press("Escape")
    expect(box).to_have_attribute("aria-expanded", "false")



def test_a_choice_among_old_results_is_forgotten_and_escape_keeps_the_list_closed(page: Page, base_url: str):
    """The arrow keys' choice belongs to the results it was made among: typing on forgets it, and Enter then
    searches on the search page. Escape closes the list for good, even before a search on its way has ended."""
    page.goto(base_url + "om/")
    box = page.locator(SEARCH_BOX)
    search_in_header(page, "läxhjälp")
    page.keyboard.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant")
    page.keyboard.type(" cv")
    expect(box).not_to_have_attribute("aria-activedescendant", re.compile("."))
    page.keyboard.press("Enter")
    expect(page).to_have_url(base_url + "sok/?q=l%C3%A4xhj%C3%A4lp%20cv")

    page.goto(base_url + "om/")
    search_in_header(page, "läxhjälp")
    page.keyboard.type("p")  # a new search, 50 ms away
    page.keyboard.press("Escape")
    page.wait_for_timeout(600)
    expect(page.locator("#iop-box-dropdown")).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")

def test_the_search_button_opens_the_search_page_with_the_words(page: Page, base_url: str):
    page.goto(base_url + JARVA)
    page.locator(SEARCH_BOX).fill("läxhjälp")
    page.locator("header .iop-search-submit").click()
    expect(page).to_have_url(base_url + "sok/?q=l%C3%A4xhj%C3%A4lp")
    assert "/" + DROMSTORT in search_results(page)


def test_without_pagefinds_worker_the_search_page_still_searches_counts_and_narrows(page: Page, corpus_url: str):
    # A browser or a policy that cannot start the worker: the first search needs none, and the filters and later
    # searches run in the Pagefind that takes the worker's place on the page's thread.
    refused = []
    page.route("**/pagefind/pagefind-worker.js", lambda route: (refused.append(route.request.url), route.abort()))
    page.goto(corpus_url + "sok/?stadsdel=J%C3%A4rva")
    found = search_results(page)
    assert found
    pane = page.locator("pagefind-filter-pane")
    expect(pane).not_to_have_attribute("aria-busy", "true")
    pane.get_by_role("checkbox", name=re.compile("^2019")).check()
    expect(page).to_have_url(re.compile(r"%C3%A5r=2019"))
    narrowed = search_results(page)
    assert refused and narrowed and narrowed != found
    expect(page.locator(".iop-sok-status")).to_have_text("")  # no failure said
    # as many as with the worker, counted the same
    other = page.context.new_page()
    other.goto(page.url)
    for shown in ("#iop-sok-visas", "pagefind-summary"):
        expect(other.locator(shown)).to_have_text(page.locator(shown).inner_text())
    other.close()


def test_filters_narrow_to_one_district_and_one_year_and_live_in_the_address(page: Page, corpus_url: str):
    page.goto(corpus_url + "sok/")
    pane = page.locator("pagefind-filter-pane")
    pane.get_by_role("checkbox", name=re.compile("^Järva")).check()
    pane.get_by_role("checkbox", name=re.compile("^2019")).check()
    expect(page).to_have_url(re.compile(r"stadsdel=J%C3%A4rva"))
    expect(page).to_have_url(re.compile(r"%C3%A5r=2019"))
    found = search_results(page)
    assert found and all(path.startswith("/rapporter/") for path in found)
    # Every result is a Järva partnership that ran in 2019: its page says so.
    for path in found[:5]:
        page.goto(corpus_url.rstrip("/") + path)
        facts = page.locator("dl.iop-facts").first
        expect(facts).to_contain_text("Järva")
        expect(facts.get_by_role("link", name="2019", exact=True)).to_be_visible()
    # The address alone restores the same search.
    page.goto(corpus_url + "sok/?stadsdel=J%C3%A4rva&%C3%A5r=2019")
    assert search_results(page) == found


def test_a_search_from_the_address_shows_results_before_every_filter_loads_and_then_offers_every_filter(
        page: Page, corpus_url: str):
    # The time the first result was added, on the page's own clock; requests by when they finished.
    page.context.add_init_script("""new MutationObserver(() => {
        if (!window.firstResult && document.querySelector("pagefind-results li.iop-result .iop-result-title a"))
            window.firstResult = performance.timeOrigin + performance.now();
    }).observe(document, { childList: true, subtree: true });""")
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(corpus_url + "sok/?stadsdel=J%C3%A4rva")
    found = search_results(page)
    assert found and all(path.startswith("/rapporter/") for path in found)
    first = page.evaluate("window.firstResult")
    filters = [r for r in finished if "/pagefind/filter/" in r.url]
    asked_before = [r for r in filters if r.timing["startTime"] < first]
    assert len(asked_before) == 1  # the district's values alone: no "typ", which a named filter makes needless
    # The index's metadata was asked for as the page loaded, before Pagefind's entry file named it, and only once
    # before the first result: the preload was what Pagefind used.
    metas = [r for r in finished if r.url.endswith(".pf_meta") and r.timing["startTime"] < first]
    entries = [r for r in finished if "pagefind-entry.json" in r.url]
    assert len(metas) == 1 and metas[0].timing["startTime"] < entries[0].timing["startTime"]
    # Then every filter's values, counted for this search: the pane, busy till then, offers them all at once.
    pane = page.locator("pagefind-filter-pane")
    expect(pane).not_to_have_attribute("aria-busy", "true")
    for name in ("stadsdel", "år", "tema", "belopp", "måluppfyllelse", "nästa steg", "organisation"):
        expect(pane.locator(f'details[data-filter-name="{name}"]')).to_have_count(1)
    chosen = pane.locator("label.pf-filter-checkbox", has=page.get_by_role("checkbox", name=re.compile("^Järva")))
    expect(chosen.locator("input")).to_be_checked()
    # The chosen district counts its reports (Pagefind's own total is 0 for a search without words).
    shown = re.sub(r"\D", "", page.locator("pagefind-summary").inner_text())
    expect(chosen.locator(".pf-filter-checkbox-count")).to_have_text(shown)
    expect(page.locator(".iop-sok-filters-loading")).to_have_count(0)
    # The first search ran on the page's own thread: Pagefind's worker, which starts late, was started after it,
    # to count the filters (both times on the page's clock).
    worker = page.evaluate("""performance.getEntriesByType("resource").filter((entry) =>
        entry.name.endsWith("/pagefind/pagefind-worker.js")).map((entry) => performance.timeOrigin + entry.startTime)""")
    assert worker and min(worker) > first
    # A key the search does not know (a campaign's tag on a shared link) is no filter.
    page.goto(corpus_url + "sok/?stadsdel=J%C3%A4rva&utm_source=nyhetsbrev")
    assert search_results(page) == found
    # A search by words alone still lists reports only (the district's own page has the word too).
    page.goto(corpus_url + "sok/?q=J%C3%A4rva")
    assert all(path.startswith("/rapporter/") for path in search_results(page))


def test_results_still_loading_are_the_sites_own_placeholders(page: Page, corpus_url: str):
    # Every element added to the results, from the first: Pagefind's own placeholders carry "pf-" classes,
    # which its stylesheet resets property by property, the slowest styling on the page.
    page.context.add_init_script("""window.pfAdded = []; new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) {
            if (node.nodeType !== 1 || !node.closest("pagefind-results li")) continue;
            for (const element of [node, ...node.querySelectorAll("*")])
                if (/(^|\\s)pf-/.test(element.className)) window.pfAdded.push(element.className);
        }
    }).observe(document, { childList: true, subtree: true });""")
    held: list = []  # the results' texts, held back: meanwhile the list stands as grey bars
    holding = [True]
    page.context.route("**/pagefind/fragment/**",
                       lambda route: held.append(route) if holding[0] else route.continue_())
    page.goto(corpus_url + "sok/?stadsdel=J%C3%A4rva")
    placeholder = page.locator("pagefind-results li.iop-result-placeholder").first
    expect(placeholder).to_be_visible()
    expect(placeholder).to_have_attribute("aria-hidden", "true")
    assert held
    holding[0] = False
    for route in held:
        route.continue_()
    assert search_results(page)
    expect(page.locator("pagefind-results li").first).to_have_class("iop-result")  # each, once it has loaded
    assert page.evaluate("window.pfAdded.length") == 0, page.evaluate("window.pfAdded.slice(0, 5)")


def test_the_search_page_knows_every_filter_a_report_carries():
    template = (REPO / "generator/site/templates/report.html.j2").read_text(encoding="utf-8")
    carried = set(re.findall(r'data-pagefind-filter="([^"]+)"', template)) - {"typ"}
    script = (REPO / "docs/javascripts/sok.js").read_text(encoding="utf-8")
    known = re.search(r"export const FILTERS = \[([^\]]*)\]", script)
    assert known and set(re.findall(r'"([^"]+)"', known[1])) == carried


def test_a_focused_box_before_the_first_results_waits_for_the_same_pagefind(page: Page, corpus_url: str):
    # The search page's module is held back while the box is focused: Pagefind's components must not start a
    # Pagefind of their own (which loads every filter first), but wait for the one the module starts.
    held = []
    page.route("**/javascripts/sok.js", lambda route: held.append(route))
    finished = []
    page.on("requestfinished", lambda request: finished.append(request.url))
    page.goto(corpus_url + "sok/?stadsdel=J%C3%A4rva", wait_until="domcontentloaded")
    page.locator("pagefind-input input").focus()
    page.wait_for_timeout(300)  # long enough for a second Pagefind to ask for its entry file
    assert held and not any("pagefind-entry.json" in url for url in finished)
    held[0].continue_()
    found = search_results(page)
    assert found and all(path.startswith("/rapporter/") for path in found)
    expect(page.locator("pagefind-filter-pane")).not_to_have_attribute("aria-busy", "true")
    # Two Pagefinds in all, each started once: the module's on the page's thread for the first search, and its
    # worker for the filters and every later search; none of the components' own.
    assert sum("pagefind-entry.json" in url for url in finished) == 2


def test_browsing_by_a_filter_alone_lists_that_theme(page: Page, base_url: str):
    page.goto(base_url + "sok/?tema=F%C3%B6r%C3%A4ldraskapsst%C3%B6d")
    assert [path for path in search_results(page)] == ["/" + JARVA]


def test_from_a_report_to_its_district_organisation_and_year_and_back(page: Page, base_url: str):
    page.goto(base_url + JARVA)
    facts = page.locator("article dl").first
    for name, url, heading in [("Järva", "stadsdelar/jarva/", "Järva"),
                               ("Studiefremjandet Stockholm Gotland", "organisationer/studiefremjandet-stockholm-gotland/",
                                "Studiefremjandet Stockholm Gotland"),
                               ("2021", "ar/2021/", "2021"),
                               ("Föräldraskapsstöd", "teman/foraldraskapsstod/", "Föräldraskapsstöd")]:
        facts.get_by_role("link", name=name, exact=True).click()
        expect(page).to_have_url(base_url + url)
        expect(page.locator("h1")).to_have_text(heading)
        expect(page.locator("article").get_by_role("link", name=re.compile("^Studiefremjandet Stockholm Gotland, Järva")).first).to_be_visible()
        page.go_back()
        expect(page).to_have_url(base_url + JARVA)


def test_a_lesson_leads_to_its_sentence_in_the_report(page: Page, base_url: str):
    page.goto(base_url + "lardomar/foraldraskapsstod/")
    page.locator("ul.iop-quotes li", has_text="Modellen för Studieförbundets föräldraprogram").get_by_role(
        "link", name=re.compile("^Visa i rapporten")).click()
    expect(page).to_have_url(base_url + JARVA + "#framgangsfaktor-2")
    target = page.locator("#framgangsfaktor-2")
    expect(target).to_have_text(re.compile("^Modellen för Studieförbundets föräldraprogram"))
    expect(target).to_be_in_viewport()


def test_the_all_reports_table_lists_both_reports(page: Page, base_url: str):
    page.goto(base_url + "rapporter/")
    rows = page.locator("article table.iop-reports tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Studiefremjandet Stockholm Gotland")
    expect(rows.nth(1)).to_contain_text("Drömstort")


def test_long_listings_page_by_50_newest_first_and_every_page_is_reachable_without_javascript(
        browser: Browser, corpus_url: str, requests_made: list[str]):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.on("request", lambda request: requests_made.append(request.url))
    page.goto(corpus_url + "rapporter/")
    expect(page.locator("table.iop-reports tbody tr")).to_have_count(50)
    expect(page.locator(".iop-pager")).to_contain_text("Visar 1–50 av 130, sida 1 av 3.")
    page.locator(".iop-pager").get_by_role("link", name="Nästa sida").click()
    expect(page).to_have_url(corpus_url + "rapporter/sida/2/")
    expect(page.locator("h1")).to_have_text("Alla rapporter (sida 2 av 3)")
    page.locator(".iop-pager").get_by_role("link", name="Sida 3").click()
    expect(page.locator("table.iop-reports tbody tr")).to_have_count(30)
    page.locator(".iop-pager").get_by_role("link", name="Föregående sida").click()
    expect(page).to_have_url(corpus_url + "rapporter/sida/2/")
    context.close()
    assert_only_local(requests_made)


@pytest.mark.parametrize("url", ["rapporter/", JARVA, "sok/?q=l%C3%A4xhj%C3%A4lp", "ar/", "teman/", "stadsdelar/jarva/"])
def test_at_a_phones_width_nothing_is_wider_than_the_screen(browser: Browser, base_url: str, requests_made: list[str],
                                                           url: str):
    page = open_page(browser, requests_made, width=375, height=812)
    page.goto(base_url + url)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.context.close()
    assert_only_local(requests_made)


def test_at_a_phones_width_the_navigation_and_the_search_are_reachable(browser: Browser, base_url: str, requests_made: list[str]):
    page = open_page(browser, requests_made, width=375, height=812)
    page.goto(base_url + JARVA)
    search_in_header(page, "läxhjälp")
    page.keyboard.press("Escape")
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
        if "combobox" in focused(page):
            break
    assert "combobox" in focused(page)
    page.keyboard.type("Rågsved")
    expect(page.locator(OPTIONS).first).to_be_visible()
    for _ in range(page.locator(OPTIONS).count()):
        page.keyboard.press("ArrowDown")
        active = page.locator(SEARCH_BOX).get_attribute("aria-activedescendant") or ""
        if DROMSTORT in (page.locator("#" + active).get_attribute("href") or ""):
            break
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(base_url + DROMSTORT)))

    page.goto(base_url + "rapporter/")
    for _ in range(60):
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
    search_in_header(page, "Rågsved")
    page.wait_for_load_state("networkidle")
    page.context.close()
    assert any("/pagefind/" in url and url.endswith(".pf_meta") for url in requests_made)  # the index came from the site
    assert_only_local(requests_made)


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("url", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_axe_finds_no_wcag_2_2_aa_violation(browser: Browser, base_url: str, requests_made: list[str], url: str, width: int):
    page = open_page(browser, requests_made, width=width)
    page.goto(base_url + url)
    page.wait_for_load_state("networkidle")
    if url.startswith("sok/"):
        search_results(page)
        page.evaluate("window.scrollTo(0, 0)")
        page.wait_for_timeout(600)  # Material fades the tabs back in
    assert axe_violations(page) == []
    page.context.close()


def test_axe_finds_no_violation_with_search_results_open_or_a_long_listing(page: Page, base_url: str, corpus_url: str):
    page.goto(base_url + "ar/2023/")
    search_in_header(page, "läxhjälp")
    assert axe_violations(page) == []
    for url in CORPUS_PAGE_TYPES.values():
        page.goto(corpus_url + url)
        assert axe_violations(page) == []


def test_charts_pass_axe_in_forced_colours_and_keep_their_text_alternative(page: Page, base_url: str):
    page.emulate_media(forced_colors="active")
    for url in ("ar/", "teman/", JARVA):
        page.goto(base_url + url)
        charts = page.locator("svg.iop-chart")
        assert charts.count() >= 1
        for i in range(charts.count()):
            chart = charts.nth(i)
            expect(chart).to_have_attribute("role", "img")
            labelled = (chart.get_attribute("aria-labelledby") or "").split()
            assert [page.locator("#" + part).count() for part in labelled] == [1, 1]
            assert chart.bounding_box()["width"] > 100  # drawn, not collapsed
        assert axe_violations(page) == []


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
    for hidden in (".md-header", ".md-sidebar--primary", ".md-footer", ".iop-search-form"):
        assert not page.locator(hidden).first.is_visible(), hidden
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    for heading in ("Idéburet offentligt partnerskap (IOP) med föreningen Drömstort", "Fakta om partnerskapet",
                    "Förvaltningens förslag till beslut", "Sammanfattning", "Bakgrund", "Ärendet",
                    "Jämställdhetsanalys och barnrättsperspektiv", "Attesterat av", "Bilagor",
                    "Överenskommelsernas tidslinje"):
        assert heading in text, heading
    assert "Stadsdel Enskede-Årsta-Vantör" in text  # a link printed as its text
    assert "Tillgänglighetsredogörelse" not in text and "Sök" not in text.split()
