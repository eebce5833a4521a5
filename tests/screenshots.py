"""PNGs of every page type at desktop and phone width, for review: `make screenshots`.

Serves the built site/ on localhost, and a site of 300 synthetic reports
(bench/corpus.py) built into build/screenshots-corpus/, and writes
screenshots/<page>-<width>.png (the folder is not committed). The corpus shows
what the shipped two reports cannot: full listings, paging, charts with many
bars, the search page with results and its filters open.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from browsing import CHROMIUM, FLAGS, serve
from test_browser import PAGE_TYPES

WIDTHS = {"desktop": (1280, 900), "phone": (375, 812)}
REPO = Path(__file__).resolve().parent.parent
CORPUS_REPORTS = 300
# Page types of the corpus site; the district, organisation and year are the corpus's largest.
CORPUS_PAGES = {
    "corpus start": "",
    "corpus all reports": "rapporter/",
    "corpus districts": "stadsdelar/",
    "corpus organisations": "organisationer/",
    "corpus years": "ar/",
    "corpus themes": "teman/",
    "corpus lessons": "lardomar/",
    "corpus feeds": "flode/",
    "corpus open data": "oppna-data/",
}


def corpus_site(target: Path) -> Path:
    """The corpus site, built from the repository's current pages and styles (the corpus is written once)."""
    site = target / "site"
    sys.path.insert(0, str(REPO / "bench"))
    from corpus import write_corpus  # type: ignore[import-not-found]

    if not (target / "content").exists():
        write_corpus(target / "content", reports=CORPUS_REPORTS, seed=3, jobs=2)
    for name in ("mkdocs.yml", "docs", "overrides"):
        shutil.rmtree(target / name, ignore_errors=True)
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, target / name)
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(target / "mkdocs.yml"),
                    "-d", str(site)], check=True)
    return site


def largest(site: Path, folder: str) -> str:
    """The address of the listing in `folder` with the most rows on its first page (the richest page of its type)."""
    pages = [p for p in (site / folder).glob("*/index.html") if p.parent.name != "sida"]
    best = max(pages, key=lambda p: (p.read_text(encoding="utf-8").count("<tr>"), p.parent.name))
    return f"{folder}/{best.parent.name}/"


def shoot(page: Page, url: str, path: Path) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(800)  # let Material's fade-in of the tabs and Pagefind's results finish
    page.screenshot(path=str(path), full_page=True)


def search_states(page: Page, base: str, out: Path, label: str) -> None:
    """The search page as a visitor uses it: words typed, results listed, every filter group opened."""
    shoot(page, base + "sok/?q=barn", out / f"corpus-search-results-{label}.png")
    toggle = page.locator("#iop-sok-avgransa")
    if toggle.count() and toggle.is_visible():
        toggle.click()
    for summary in page.locator("pagefind-filter-pane summary").all():
        if summary.is_visible() and summary.evaluate("s => !s.parentElement.open"):
            summary.click()
    page.wait_for_timeout(500)
    page.screenshot(path=str(out / f"corpus-search-filters-open-{label}.png"), full_page=True)
    page.goto(base)
    page.wait_for_load_state("networkidle")
    box = page.locator("header .iop-box-input")
    box.click()
    box.type("läxhjälp", delay=30)
    page.wait_for_timeout(1200)
    page.screenshot(path=str(out / f"corpus-header-search-{label}.png"))


def main(out: Path, site: Path, corpus: bool) -> int:
    if not (site / "index.html").exists():
        print("Error: build the site first (make site)", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    sites = [(site, {name: url for name, url in PAGE_TYPES.items()})]
    if corpus:
        built = corpus_site(REPO / "build/screenshots-corpus")
        pages = {**CORPUS_PAGES, "corpus district": largest(built, "stadsdelar"),
                 "corpus organisation": largest(built, "organisationer"), "corpus year": largest(built, "ar"),
                 "corpus theme": largest(built, "teman")}
        first_report = sorted((built / "rapporter").glob("*/index.html"))[0].parent.name
        pages["corpus report"] = f"rapporter/{first_report}/"
        sites.append((built, pages))
    count = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        for folder, pages in sites:
            server, base = serve(folder)
            for label, (width, height) in WIDTHS.items():
                # The phone is a touch screen, as a visitor's is (Pagefind hides its keyboard hints there).
                page = browser.new_page(viewport={"width": width, "height": height}, is_mobile=label == "phone",
                                        has_touch=label == "phone")
                for name, url in pages.items():
                    shoot(page, base + url, out / f"{name.replace(' ', '-').replace(',', '')}-{label}.png")
                    count += 1
                if folder != site:
                    search_states(page, base, out, label)
                    count += 3
                page.close()
            server.shutdown()
        browser.close()
    print(f"Wrote {count} screenshots to {out}/")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default="../screenshots")
    parser.add_argument("--no-corpus", action="store_true", help="only the shipped site")
    arguments = parser.parse_args()
    sys.exit(main(Path(arguments.out), REPO / "site", not arguments.no_corpus))
