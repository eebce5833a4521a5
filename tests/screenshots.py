"""PNGs of every page type at desktop and phone width, for review: `make screenshots`.

Serves the built site/ on localhost and writes screenshots/<page>-<width>.png
(the folder is not committed).
"""
from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

from test_browser import CHROMIUM, FLAGS, PAGE_TYPES, QuietHandler

WIDTHS = {"desktop": (1280, 900), "phone": (375, 812)}


def main(out: Path, site: Path) -> int:
    if not (site / "index.html").exists():
        print("Error: build the site first (make site)", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        for label, (width, height) in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            for name, url in PAGE_TYPES.items():
                page.goto(base + url)
                page.wait_for_load_state("networkidle")
                page.wait_for_timeout(800)  # let Material's fade-in of the tabs finish
                page.screenshot(path=str(out / f"{name.replace(' ', '-')}-{label}.png"), full_page=True)
            page.close()
        browser.close()
    server.shutdown()
    print(f"Wrote {len(WIDTHS) * len(PAGE_TYPES)} screenshots to {out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "../screenshots"), Path(__file__).resolve().parent.parent / "site"))
