"""A citizen's tasks at a desktop's and a phone's width: the search page, listings, charts, downloads, WCAG 2.2.

Runs in Debian's Chromium against the corpus site (130 synthetic reports) and
the shipped site, both served on localhost (fixtures from test_browser.py).
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from urllib.parse import quote, urlparse

import pytest
from playwright.sync_api import Browser, Page, expect

from generator.content.catalogue import read_catalogue
from generator.site.compare import money

from browsing import SEARCH_BOX, assert_only_local, axe_violations, open_page, search_in_header, search_results
from test_browser import PAGE_TYPES

WIDTHS = [1280, 375]


def opened(browser: Browser, requests_made: list[str], width: int) -> Page:
    """A page at a width; at a phone's width a touch screen, as a visitor's phone is."""
    if width >= 1000:
        return open_page(browser, requests_made, width=width)
    context = browser.new_context(viewport={"width": width, "height": 812}, locale="sv-SE", is_mobile=True,
                                  has_touch=True)
    context.set_default_timeout(10_000)
    new = context.new_page()
    new.on("request", lambda request: requests_made.append(request.url))
    return new


@pytest.fixture(scope="module")
def corpus(corpus_site: Path):
    return read_catalogue(corpus_site.parent / "content")


def show_filters(page: Page) -> None:
    toggle = page.locator("#iop-sok-avgransa")
    if toggle.is_visible():
        expect(toggle).to_have_attribute("aria-expanded", "false")
        expect(page.locator("pagefind-filter-pane")).to_be_hidden()
        toggle.click()
        expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(page.locator("pagefind-filter-pane")).to_be_visible()


@pytest.mark.parametrize("width", WIDTHS)
def test_filter_groups_open_and_close_by_mouse_and_keyboard_with_a_visible_state(
        browser: Browser, corpus_url: str, requests_made: list[str], width: int):
    page = opened(browser, requests_made, width)
    page.goto(corpus_url + "sok/")
    show_filters(page)
    group = page.locator('pagefind-filter-pane details[data-filter-name="måluppfyllelse"]')
    summary = group.locator("summary")
    arrow = lambda: summary.evaluate("s => getComputedStyle(s, '::after').transform")  # noqa: E731
    expect(group).not_to_have_attribute("open", "")
    closed = arrow()
    summary.click()
    expect(group).to_have_attribute("open", "")
    # The arrow turns (after its transition): the state is visible, not only announced.
    page.wait_for_function("([s, before]) => getComputedStyle(s, '::after').transform !== before",
                           arg=[summary.element_handle(), closed])
    # Nothing of Material's own fold-out boxes: no icon drawn before the group's name.
    assert summary.evaluate("s => getComputedStyle(s, '::before').content") in ("none", "normal")
    summary.focus()
    page.keyboard.press("Enter")
    expect(group).not_to_have_attribute("open", "")
    page.keyboard.press("Space")
    expect(group).to_have_attribute("open", "")
    # The groups come in the order a reader looks for them, the amounts from small to large.
    names = page.locator("pagefind-filter-pane details").evaluate_all("ds => ds.map(d => d.dataset.filterName)")
    assert [n for n in names if n != "typ"][:4] == ["stadsdel", "år", "tema", "belopp"]
    amounts = page.locator('details[data-filter-name="belopp"] input').evaluate_all("is => is.map(i => i.value)")
    assert amounts == ["Under 250 000 kr", "250 000 – 1 miljon kr", "1–5 miljoner kr", "Över 5 miljoner kr",
                       "Belopp anges inte"][:len(amounts)]
    page.context.close()
    assert_only_local(requests_made)


@pytest.mark.parametrize("width", WIDTHS)
def test_on_a_phone_the_search_box_comes_first_and_the_results_before_any_filter_list(
        browser: Browser, corpus_url: str, requests_made: list[str], width: int):
    page = opened(browser, requests_made, width)
    page.goto(corpus_url + "sok/?q=barn")
    search_results(page)
    box = page.locator("pagefind-input input").bounding_box()
    first = page.locator("li.iop-result").first.bounding_box()
    filters = page.locator("pagefind-filter-pane")
    assert box["y"] < first["y"]
    if width < 1000:
        assert not filters.is_visible()  # behind the one "Avgränsa" button
        assert first["y"] < 812 * 1.2  # the first result is on the first screen, or just below it
    else:
        assert filters.bounding_box()["x"] < first["x"]  # filters beside the results
    page.context.close()


def test_the_count_is_the_number_of_matching_reports(page: Page, corpus_url: str, corpus):
    district = next(iter(corpus.districts_with_reports()))
    expected = len(corpus.by_district[district.id])
    page.goto(corpus_url + "sok/?stadsdel=" + quote(district.name))
    summary = page.locator("pagefind-summary")
    expect(summary).to_have_text(f"{expected} slutrapporter" if expected != 1 else "1 slutrapport")
    page.goto(corpus_url + "sok/")
    expect(summary).to_have_text(f"{len(corpus.reports)} slutrapporter")  # reports only: no district or theme pages
    assert "typ=" not in page.url


def test_snippets_come_from_the_report_text_around_the_hit_not_the_fact_box(page: Page, corpus_url: str, corpus):
    page.goto(corpus_url + "sok/?q=barn")
    search_results(page)
    excerpts = page.locator("li.iop-result .iop-result-excerpt")
    for i in range(min(excerpts.count(), 8)):
        text = excerpts.nth(i).inner_text()
        assert not text.startswith(("Fakta om partnerskapet", "Stadsdel", "Nämnd")), text
        assert excerpts.nth(i).locator("mark").count() >= 1, text  # the words around the hit
    # Facts left out of the indexed text stay findable: a case officer's full name finds the report.
    report = corpus.reports[0]
    page.goto(corpus_url + "sok/?q=" + quote(f'"{report.case_officer.name}"'))
    assert f"/rapporter/{report.id}/" in search_results(page)


def test_results_sort_by_amount_and_the_order_lives_in_the_address(page: Page, corpus_url: str):
    page.goto(corpus_url + "sok/")
    search_results(page)
    page.locator("#iop-sok-sort").select_option("belopp:desc")
    expect(page).to_have_url(re.compile("sortera=belopp%3Adesc|sortera=belopp:desc"))
    expect(page.locator(".iop-sok-status")).to_contain_text("bara rapporter som anger ett belopp")
    search_results(page)
    amounts = page.locator("li.iop-result .iop-result-meta").all_inner_texts()[:6]
    values = [int(re.search(r"· Belopp ([\d\u00a0 ]+) kr \(", a).group(1).replace("\u00a0", "").replace(" ", "")) for a in amounts]
    assert values == sorted(values, reverse=True)


def test_the_reports_a_search_shows_download_as_a_csv_of_their_rows(page: Page, corpus_url: str, corpus):
    district = next(iter(corpus.districts_with_reports()))
    page.goto(corpus_url + "sok/?stadsdel=" + quote(district.name))
    search_results(page)
    with page.expect_download() as caught:
        page.locator("#iop-sok-ladda-ner").click()
    data = Path(caught.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert sorted(row["id"] for row in rows) == sorted(r.id for r in corpus.by_district[district.id])
    expect(page.locator(".iop-sok-status")).to_contain_text(f"{len(rows)} rapporter sparade")


def test_the_header_box_offers_all_its_results_on_the_search_page(page: Page, corpus_url: str):
    page.goto(corpus_url)
    search_in_header(page, "barn")
    more = page.locator("header .iop-search-all")
    expect(more).to_have_text("Visa alla slutrapporter som matchar")
    more.click()
    expect(page).to_have_url(corpus_url + "sok/?q=barn")


def test_on_a_touch_screen_the_header_box_results_take_the_screens_width(browser: Browser, corpus_url: str,
                                                                         requests_made: list[str]):
    page = opened(browser, requests_made, 375)
    page.goto(corpus_url)
    page.locator(SEARCH_BOX).tap()
    page.keyboard.type("barn")
    option = page.locator("header .iop-box [role=option]").first
    expect(option).to_be_visible()
    box = option.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375 and box["width"] >= 375 - 2 * 16
    page.context.close()


def test_the_header_box_loads_words_only_and_the_search_components_only_on_the_search_page(
        page: Page, corpus_url: str, requests_made: list[str]):
    """Issue 18: the header box shows no filters, so it fetches no filter data; Pagefind's components (and
    their first call, which loads every filter's values) are on /sok/ alone."""
    page.goto(corpus_url + "om/")
    page.wait_for_load_state("networkidle")
    assert not [url for url in requests_made if "pagefind" in url], "the index loads only when the box is used"
    search_in_header(page, "barn")
    page.wait_for_load_state("networkidle")
    fetched = [urlparse(url).path for url in requests_made if "/pagefind/" in url]
    assert any(path.endswith("/pagefind/pagefind.js") for path in fetched)
    assert any("/pagefind/fragment/" in path for path in fetched)
    assert not [path for path in fetched if "/pagefind/filter/" in path or "component-ui" in path], fetched
    requests_made.clear()
    page.goto(corpus_url + "sok/?q=barn")
    search_results(page)
    assert any("pagefind-component-ui.js" in url for url in requests_made)


@pytest.mark.parametrize("width", WIDTHS)
def test_every_listing_row_shows_an_amount_for_every_report_that_gives_one(
        browser: Browser, corpus_url: str, corpus, requests_made: list[str], width: int):
    page = opened(browser, requests_made, width)
    district = max(corpus.districts_with_reports(), key=lambda d: len(corpus.by_district[d.id]))
    page.goto(corpus_url + f"stadsdelar/{district.id}/")
    rows = page.locator("table.iop-reports tbody tr")
    for report, i in zip(corpus.by_district[district.id], range(rows.count())):
        cells = rows.nth(i).locator("td")
        text = cells.nth(1).inner_text() + " " + cells.nth(2).inner_text()
        if any(f.kind != "repaid" for f in report.funding):
            assert re.search(r"\d kr", text), (report.id, text)
            expect(cells.nth(1).locator(".iop-absent")).to_have_count(0 if money(report).total is not None else 1)
        else:
            assert "Anges inte" in text
    page.context.close()


def test_a_table_sorts_by_a_column_and_back(page: Page, corpus_url: str):
    page.goto(corpus_url + "stadsdelar/")
    heading = page.locator("table.iop-index thead th").nth(1)
    heading.get_by_role("button").click()
    expect(heading).to_have_attribute("aria-sort", "descending")
    counts = [int(v) for v in page.locator("table.iop-index tbody tr td:nth-of-type(1)").evaluate_all(
        "cells => cells.map(c => c.dataset.sort)")]
    assert counts == sorted(counts, reverse=True)
    heading.get_by_role("button").focus()  # and again by keyboard
    page.keyboard.press("Enter")
    expect(heading).to_have_attribute("aria-sort", "ascending")
    counts = [int(v) for v in page.locator("table.iop-index tbody tr td:nth-of-type(1)").evaluate_all(
        "cells => cells.map(c => c.dataset.sort)")]
    assert counts == sorted(counts)


def test_on_a_phone_a_table_sorts_from_a_list(browser: Browser, corpus_url: str, requests_made: list[str]):
    page = opened(browser, requests_made, 375)
    page.goto(corpus_url + "rapporter/")
    choice = page.locator(".iop-sort-select select").first
    expect(choice).to_be_visible()
    choice.select_option(label="Belopp: högst först")
    values = [v for v in page.locator("table.iop-reports tbody tr td:nth-of-type(2)").evaluate_all(
        "cells => cells.map(c => c.dataset.sort)")]
    given = [int(v) for v in values if v]
    assert given == sorted(given, reverse=True) and values[:len(given)] == [str(v) for v in given]
    page.context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_charts_take_the_width_and_write_at_the_pages_size(browser: Browser, corpus_url: str, requests_made: list[str],
                                                           width: int):
    page = opened(browser, requests_made, width)
    page.goto(corpus_url + "ar/")
    chart = page.locator("figure.iop-figure").first
    content = page.locator("article").bounding_box()["width"]
    assert chart.bounding_box()["width"] >= min(content, 52 * 20) * 0.9
    body = float(page.evaluate("parseFloat(getComputedStyle(document.querySelector('article.md-typeset')).fontSize)"))
    label = float(chart.locator("svg text").first.evaluate("t => parseFloat(getComputedStyle(t).fontSize)"))
    assert label >= body * 0.95
    expect(chart.locator("figcaption .iop-chart-title")).not_to_be_empty()
    expect(chart.locator("figcaption .iop-chart-summary")).not_to_be_empty()
    page.context.close()


def test_no_request_on_any_page_type_fails(browser: Browser, base_url: str, corpus_url: str, requests_made: list[str]):
    page = open_page(browser, requests_made)
    failed: list[str] = []
    page.on("response", lambda response: failed.append(f"{response.status} {response.url}") if response.status >= 400 else None)
    for url in PAGE_TYPES.values():
        if url != "404.html":
            page.goto(base_url + url)
            page.wait_for_load_state("networkidle")
    for url in ("", "stadsdelar/", "organisationer/", "flode/", "sok/?q=barn"):
        page.goto(corpus_url + url)
        page.wait_for_load_state("networkidle")
    for folder in ("stadsdelar", "organisationer"):  # pages with a feed of their own
        page.goto(corpus_url + f"{folder}/")
        page.locator("table.iop-index tbody a").first.click()
        page.wait_for_load_state("networkidle")
    page.context.close()
    assert failed == []


CORPUS_PAGE_TYPES = ["", "sok/?q=barn", "stadsdelar/", "organisationer/", "ar/", "teman/", "lardomar/", "flode/"]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("url", CORPUS_PAGE_TYPES)
def test_axe_finds_no_wcag_2_2_aa_violation_on_the_corpus_site(browser: Browser, corpus_url: str,
                                                               requests_made: list[str], url: str, width: int):
    page = opened(browser, requests_made, width)
    page.goto(corpus_url + url)
    page.wait_for_load_state("networkidle")
    if url.startswith("sok/"):
        search_results(page)
        show_filters(page)
    # From the top of the page: a control the sticky header happens to cover while scrolling is not a small target.
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(600)  # Material fades the tabs back in
    assert axe_violations(page) == []
    page.context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_focus_is_never_hidden_under_the_sticky_header(browser: Browser, corpus_url: str, requests_made: list[str],
                                                       width: int):
    page = opened(browser, requests_made, width)
    page.goto(corpus_url + "stadsdelar/jarva/")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    header = page.locator("header.md-header").bounding_box()
    hidden = []
    for _ in range(60):  # backwards from the end of the page: the header is above what comes into view
        page.keyboard.press("Shift+Tab")
        box = page.evaluate("""() => { const e = document.activeElement; if (!e || e === document.body) return null;
                                       const r = e.getBoundingClientRect(); return {top: r.top, bottom: r.bottom,
                                       inHeader: !!e.closest('header')}; }""")
        if box and not box["inHeader"] and box["bottom"] > 0 and box["top"] < header["y"] + header["height"]:
            hidden.append(box)
    assert hidden == []
    page.context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_footer_links_are_targets_of_at_least_24_pixels(browser: Browser, base_url: str, requests_made: list[str],
                                                        width: int):
    page = opened(browser, requests_made, width)
    page.goto(base_url)
    for link in page.locator(".iop-footer-links a").all():
        box = link.bounding_box()
        assert box["height"] >= 24 and box["width"] >= 24, (link.inner_text(), box)
    page.context.close()


def test_a_feed_link_leads_to_a_page_that_explains_subscribing(page: Page, base_url: str):
    page.goto(base_url + "stadsdelar/jarva/")
    follow = page.locator(".iop-follow")
    expect(follow.locator(".iop-feed-address")).to_have_text(base_url + "flode/stadsdelar/jarva.xml")
    follow.get_by_role("link", name="Så prenumererar du").click()
    expect(page).to_have_url(base_url + "flode/")
    expect(page.locator("h1")).to_have_text("Följ nya slutrapporter")
    expect(page.locator("#stadsdel-jarva .iop-feed-address")).to_have_text(base_url + "flode/stadsdelar/jarva.xml")
    assert not any(urlparse(a).path.endswith(".xml") for a in page.locator("article a").evaluate_all(
        "links => links.map(a => a.href)"))  # addresses to copy, not links that open raw XML


def test_results_come_25_at_a_time_and_more_on_request_with_focus_on_the_first_new_one(page: Page, corpus_url: str, corpus):
    page.goto(corpus_url + "sok/")
    expect(page.locator("#iop-sok-visas")).to_have_text(f"Visar 25 av {len(corpus.reports)}.")
    expect(page.locator("pagefind-results li")).to_have_count(25)
    page.locator("#iop-sok-fler").click()
    expect(page.locator("pagefind-results li")).to_have_count(50)
    expect(page.locator("#iop-sok-visas")).to_have_text(f"Visar 50 av {len(corpus.reports)}.")
    page.wait_for_function("() => document.activeElement && document.activeElement.closest('li') === "
                           "document.querySelectorAll('pagefind-results li')[25]")
    # A new search starts again from the top.
    page.locator("pagefind-input input").fill("barn")
    expect(page.locator("pagefind-results li")).to_have_count(25)


def test_a_page_kept_out_of_the_navigation_says_where_it_stands(page: Page, base_url: str):
    page.goto(base_url + "stadsdelar/jarva/")
    crumbs = page.get_by_role("navigation", name="Du är här")
    expect(crumbs.get_by_role("link")).to_have_text(["Start", "Stadsdelar"])
    expect(crumbs.locator("[aria-current=page]")).to_have_text("Järva")
    expect(page.locator(".md-tabs__item--active")).to_have_text("Stadsdelar")
