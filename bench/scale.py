"""The benchmark: build time, memory, page sizes, search cost and adversarial files, against the targets.

    python bench/scale.py                       # 100 and 1,000 reports, adversarial files (make bench)
    python bench/scale.py --reports 10000       # add 10,000 reports to the same results (make bench-10k)

For each corpus size it generates realistic synthetic content (bench/corpus.py),
runs the real `mkdocs build --strict`, and measures wall time and peak memory
(the largest process: MkDocs or Pagefind), the site, the largest pages, the
same pages pre-written and built by MkDocs alone (the overhead ratio), the
search in Chromium on localhost, served by nginx from the shipped deploy/nginx/ configuration (bytes on page
load, bytes and time to the first result of three cold Swedish queries and one
browse by filter alone) and, from 1,000 reports, how long the preview
(`make serve`: `mkdocs serve --dirty`) takes from saving an edit to showing it. Adversarial files of 0.5, 1 and 2 MiB are built one at a time
to show seconds per MiB. Results go to build/bench/: results.json (merged
across runs), results.md (the table) and scale.svg (time and memory against
the number of reports).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "build/bench"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
PAGE_LIMIT = 100 * 1024
QUERIES = ["läxhjälp", "föräldrar", "samverkan"]
TARGETS = {
    "build_10k_s": 60, "ratio_10k_1k": 11, "peak_mb": 1024, "overhead_share": 0.10,
    "data_share_1k": 0.05, "search_load_kb": 100, "search_first_kb": 300, "search_first_ms": 300, "page_kb": 100,
    "site_mb_10k": 500 * 10**6 / 2**20, "browse_first_kb": 500, "browse_first_ms": 500, "serve_edit_1k_s": 2, "serve_edit_10k_s": 5,
    "reading_mib_s": 2,
}

sys.path.insert(0, str(REPO / "bench"))
import nginx_local  # noqa: E402
from corpus import write_corpus  # noqa: E402
import reading  # noqa: E402


def site_files(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "docs", "overrides"):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, folder / name)
    return folder


def project(folder: Path, reports: int) -> Path:
    site_files(folder)
    write_corpus(folder / "content", reports=reports, seed=1)
    return folder


def measured(command: list[str], cwd: Path) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall seconds and the peak memory (MiB) of the largest process the command ran."""
    probe = ("import resource, subprocess, sys, time; t = time.monotonic(); "
             "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
             "print(time.monotonic() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode); "
             "sys.stderr.write(r.stderr)")
    result = subprocess.run([sys.executable, "-c", probe, *command], cwd=cwd, capture_output=True, text=True, env=ENV)
    seconds, peak_kb, code = result.stdout.split()
    return float(seconds), int(peak_kb) / 1024, subprocess.CompletedProcess(command, int(code), "", result.stderr)


def largest(site: Path, pattern: str) -> int:
    return max((p.stat().st_size for p in site.glob(pattern)), default=0)


def site_stats(site: Path) -> dict[str, float]:
    pages = list(site.rglob("*.html"))
    sizes = [p.stat().st_size for p in pages]
    return {
        "site_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 2**20,
        # what a host that compresses by itself receives (IOP_PRECOMPRESS=false): no .gz or .br copies
        "site_plain_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file() and p.suffix not in (".gz", ".br")) / 2**20,
        "pages": len(pages),
        "largest_report_kb": largest(site, "rapporter/*/index.html") / 1024,
        "largest_listing_kb": max(largest(site, "rapporter/index.html"), largest(site, "rapporter/sida/*/index.html")) / 1024,
        "largest_year_kb": max(largest(site, "ar/*/index.html"), largest(site, "ar/*/sida/*/index.html")) / 1024,
        "largest_page_kb": max(sizes) / 1024,
        "pages_over_limit": sum(size > PAGE_LIMIT for size in sizes),
        "search_index_mb": sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file()) / 2**20,
        "data_mb": sum(p.stat().st_size for p in (site / "data").rglob("*") if p.is_file()) / 2**20,
    }


def mkdocs_alone(folder: Path, root: Path) -> float:
    """The same pages pre-written (`python -m generator render`) and built by MkDocs without our plugin."""
    alone = folder / "alone"
    alone.mkdir(parents=True)
    shutil.copytree(root / "docs", alone / "docs")
    shutil.copytree(root / "overrides", alone / "overrides")
    subprocess.run([sys.executable, "-m", "generator", "--content", str(root / "content"), "render", "--out",
                    str(alone / "docs")], check=True, capture_output=True, env=ENV)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"plugins:\n(?:  .*\n|\n)*?(?=\S)", "plugins: []\n\n", config)
    (alone / "mkdocs.yml").write_text(config, encoding="utf-8")
    seconds, _, result = measured([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(alone / "site")], alone)
    if result.returncode:
        raise SystemExit(f"MkDocs alone failed:\n{result.stderr}")
    return seconds


def data_seconds(root: Path) -> float:
    """What the open data and the feeds add to a build: the plugin's step that writes them, on its own (with the
    build's two processes for the Excel files)."""
    probe = ("import sys, time; from pathlib import Path; "
             "from generator.content.catalogue import read_catalogue; from generator.site.data import OpenData; "
             "from generator.site.feed import feeds; from generator.site.pages import site_facts; "
             "c = read_catalogue(Path(sys.argv[1])); out = Path(sys.argv[2]); t = time.monotonic(); "
             "OpenData(c, {**site_facts({}), 'site_url': None}).write(out, 2); "
             "[(out / p).parent.mkdir(parents=True, exist_ok=True) or (out / p).write_text(x, encoding='utf-8') "
             "for p, x in feeds(c, 'Stockholms stad', None)]; print(time.monotonic() - t)")
    with tempfile.TemporaryDirectory(prefix="iop-bench-data-") as out:  # 430 MB at 10,000 reports: removed after
        result = subprocess.run([sys.executable, "-c", probe, str(root / "content"), out], cwd=REPO,
                                capture_output=True, text=True, env=ENV, check=True)
    return float(result.stdout.split()[-1])


def search_cost(site: Path, district: str) -> dict[str, float]:
    """Bytes and milliseconds of searching, in Chromium, each measurement from a cold cache, with the site
    served as the city serves it: nginx from deploy/nginx/ (bench/nginx_local.py)."""
    with tempfile.TemporaryDirectory(prefix="iop-bench-nginx-") as workdir, nginx_local.serve(site, Path(workdir)) as base:
        return _search_cost(base, district)


# Times are taken in the page, against its own clock: from the navigation's start, or from the last key
# (its input event), to the frame after the first result was added. Playwright's own view comes later by
# the time it takes to hand events over, which grows with the requests a page makes.
TIMING = """(() => {
  const marks = window.__iopBench = { lastInput: null, firstOption: null, firstResult: null };
  const later = (name) => {  // in the next frame, unless a key came in between
    const input = marks.lastInput;
    requestAnimationFrame(() => { if (marks[name] === null && marks.lastInput === input) marks[name] = performance.now(); });
  };
  document.addEventListener("input", (event) => {
    if (event.target.matches && event.target.matches("header .iop-box-input")) {
      marks.lastInput = performance.now();
      marks.firstOption = null;
    }
  }, true);
  const OPTION = "header .iop-box [role=option]", RESULT = "pagefind-results li.iop-result .iop-result-title a";
  const holds = (node, selector) => node.matches(selector) || node.querySelector(selector) !== null;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (marks.lastInput !== null && marks.firstOption === null && holds(node, OPTION)) later("firstOption");
        if (marks.firstResult === null && holds(node, RESULT)) later("firstResult");
      }
    }
  }).observe(document, { childList: true, subtree: true });
})();"""


def _search_cost(base: str, district: str) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    flags = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    results: dict[str, float] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=flags)

        def cold() -> tuple:  # type: ignore[type-arg]
            context = browser.new_context()
            context.add_init_script(TIMING)
            page = context.new_page()
            finished: list = []  # sizes are asked afterwards: asking here would hold up the measurement
            page.on("requestfinished", lambda request: finished.append(request))
            return context, page, finished

        def search_bytes(finished: list, page=None, until: float | None = None) -> int:  # type: ignore[no-untyped-def]
            """Bytes of the search's files, of those that had arrived by `until` (the page's clock), if given.
            Playwright's request times are the browser's clock, the page's the renderer's: a file that arrived
            within a few milliseconds of the mark may fall on either side."""
            if until is not None:
                until += page.evaluate("performance.timeOrigin")
                finished = [r for r in finished if r.timing["startTime"] + r.timing["responseEnd"] <= until]
            return sum(r.sizes()["responseBodySize"] for r in finished
                       if "/pagefind/" in r.url or r.url.endswith(("/iop.js", "/sok.js")))

        def mark(page, name: str, seconds: float) -> float:  # type: ignore[no-untyped-def]
            deadline = time.monotonic() + seconds  # asked from here: the site's policy forbids wait_for_function
            while (value := page.evaluate(f"window.__iopBench.{name}")) is None:
                if time.monotonic() > deadline:
                    raise SystemExit(f"no {name} in {seconds} s")
                page.wait_for_timeout(20)
            return value

        context, page, finished = cold()
        page.goto(base + "om/")
        page.wait_for_load_state("networkidle")
        results["search_load_kb"] = search_bytes(finished) / 1024
        context.close()
        firsts, times = [], []
        for words in QUERIES:
            context, page, finished = cold()
            page.goto(base + "om/")
            page.wait_for_load_state("networkidle")
            box = page.locator("header .iop-box-input")
            box.click()
            box.press_sequentially(words)
            shown = mark(page, "firstOption", 30)
            times.append(shown - page.evaluate("window.__iopBench.lastInput"))
            firsts.append(search_bytes(finished, page, shown) / 1024)
            context.close()
        results["search_first_kb"] = max(firsts)
        results["search_first_ms"] = max(times)
        browses = []  # three cold visits, the middle one: one visit's time varies by a tenth on this machine
        for _ in range(3):
            context, page, finished = cold()
            page.goto(base + f"sok/?stadsdel={urllib.request.quote(district)}")
            shown = mark(page, "firstResult", 60)
            browses.append((shown, search_bytes(finished, page, shown) / 1024))
            context.close()
        results["browse_first_ms"], results["browse_first_kb"] = sorted(browses)[1]
        browser.close()
    return results


def serve_edit_seconds(root: Path) -> float:
    """How long the preview (`make serve`: `mkdocs serve --dirty`) takes from saving an edited report to showing it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"], cwd=root,
                              env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        report = sorted((root / "content/reports").glob("*.yml"))[0]
        url = f"http://127.0.0.1:{port}/rapporter/{report.stem}/"

        def shows(text: str, seconds: float) -> bool:
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                try:
                    with urllib.request.urlopen(url, timeout=5) as response:
                        if text in response.read().decode("utf-8"):
                            return True
                except OSError:
                    pass
                time.sleep(0.05)
            return False

        if not shows("<h1>", 600):
            raise SystemExit("mkdocs serve did not come up")
        text = report.read_text(encoding="utf-8")
        report.write_text(text.replace("\ntitle: ", "\ntitle: Ändrad rubrik ", 1), encoding="utf-8")
        edited = time.monotonic()
        if not shows("Ändrad rubrik", 600):
            raise SystemExit("mkdocs serve did not show the edit")
        return time.monotonic() - edited
    finally:
        server.terminate()  # as on Ctrl+C, MkDocs then removes the site it built in a temporary folder
        try:
            server.wait(timeout=120)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


ADVERSARIAL_SIZES = [0.5, 1.0, 2.0]


def adversarial_report(kind: str, size: int) -> str:
    """A valid report of about `size` bytes, made of one hostile thing repeated."""
    head = ("title: Motståndskraft\ndistrict: jarva\norganisation: dromstort\ncommittee: Järva stadsdelsnämnd\n"
            "case_officer: {name: Moa Edin}\nproposals: [Nämnden godkänner.]\n")
    budget = size - len(head) - 200
    if kind == "many agreements":
        lines, day = [], 0
        from datetime import date, timedelta
        start = date(1900, 1, 1)
        while budget > 60 and day < 100_000:
            first = start + timedelta(days=day)
            line = f"  - {{start: {first}, end: {first}}}\n"
            lines.append(line)
            budget -= len(line)
            day += 1
        return head + "agreements:\n" + "".join(lines) + "sections: [{heading: A, text: B}]\n"
    agreements = "agreements: [{year: 2022}]\n"
    if kind == "special characters":
        return head + agreements + "sections:\n  - heading: Tecken\n    text: \"" + "<>&\\\"'" * (budget // 7) + "\"\n"
    if kind == "long words":
        word = "x" * 60_000
        return head + agreements + "sections:\n  - heading: Ord\n    text: |\n      " + " ".join([word] * (budget // 60_001)) + "\n"
    if kind == "many sections":
        section = "  - heading: Rubrik <b>&\n    text: Text & <i>\n"
        return head + agreements + "sections:\n" + section * (budget // len(section.encode("utf-8")))
    if kind == "deep nesting":
        nest = "".join("  " * i + "- heading: Nivå &\n" + "  " * i + "  text: Text <x>\n" + "  " * i + "  sections:\n"
                       for i in range(1, 4)) + "  " * 4 + "- heading: Botten\n"  # five levels: the most a page shows
        block = "  - heading: Topp\n    sections:\n" + "\n".join("  " + line for line in nest.splitlines()) + "\n"
        return head + agreements + "sections:\n" + block * (budget // len(block.encode("utf-8")))
    raise ValueError(kind)


ADVERSARIAL_KINDS = ["special characters", "long words", "many sections", "deep nesting", "many agreements"]
# A report's agreements lie within 30 calendar years (content/model.py), and one-day agreements after one another
# pass that limit from about 0.4 MiB: these files are refused, and the row times the refusal, which staff wait for.
REFUSED = {"many agreements": "mer än 30 kalenderår"}


def adversarial(folder: Path) -> dict[str, dict[str, float]]:
    found: dict[str, dict[str, float]] = {}
    for kind in ADVERSARIAL_KINDS:
        found[kind] = {}
        for mib in ADVERSARIAL_SIZES:
            root = site_files(folder / f"{kind.replace(' ', '-')}-{mib}")
            shutil.copytree(REPO / "content", root / "content", ignore=shutil.ignore_patterns("reports"))
            (root / "content/reports").mkdir()
            text = adversarial_report(kind, int(mib * 2**20))
            (root / "content/reports/motstand.yml").write_text(text, encoding="utf-8")
            seconds, _, result = measured([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(root / "site")], root)
            if kind in REFUSED:
                if not result.returncode or REFUSED[kind] not in result.stderr:
                    raise SystemExit(f"{kind} {mib} MiB was not refused as expected:\n{result.stderr[-2000:]}")
            elif result.returncode:
                raise SystemExit(f"{kind} {mib} MiB failed to build:\n{result.stderr[-2000:]}")
            found[kind][str(mib)] = seconds / (len(text.encode("utf-8")) / 2**20)
            shutil.rmtree(root)
    return found


def run_size(reports: int, work: Path, search: bool, serve: bool) -> dict[str, float]:
    root = project(work / f"r{reports}", reports)
    seconds, peak, result = measured([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(root / "site")], root)
    if result.returncode:
        raise SystemExit(f"build of {reports} reports failed:\n{result.stderr[-3000:]}")
    figures = {"reports": reports, "build_s": seconds, "peak_mb": peak, **site_stats(root / "site")}
    figures["alone_s"] = mkdocs_alone(work / f"a{reports}", root)
    figures["overhead_ratio"] = seconds / figures["alone_s"]
    figures["data_s"] = data_seconds(root)
    figures["data_share"] = figures["data_s"] / seconds
    if search:
        district = __import__("yaml").safe_load((root / "content/districts.yml").read_text(encoding="utf-8"))[0]["name"]
        figures.update(search_cost(root / "site", district))
    if serve:
        figures["serve_edit_s"] = serve_edit_seconds(root)
    shutil.rmtree(root / "site")
    return figures


def table(results: dict) -> str:  # type: ignore[type-arg]
    sizes = sorted(results["sizes"], key=int)
    rows = [("reports", "reports", "{:,.0f}"), ("build (s)", "build_s", "{:.1f}"), ("peak memory (MiB)", "peak_mb", "{:.0f}"),
            ("site (MiB)", "site_mb", "{:.0f}"), ("… without the .gz and .br copies (MiB)", "site_plain_mb", "{:.0f}"),
            ("pages", "pages", "{:,.0f}"), ("search index (MiB)", "search_index_mb", "{:.1f}"),
            ("open data (MiB)", "data_mb", "{:.1f}"), ("largest report page (KiB)", "largest_report_kb", "{:.1f}"),
            ("largest listing page (KiB)", "largest_listing_kb", "{:.1f}"), ("largest year page (KiB)", "largest_year_kb", "{:.1f}"),
            ("largest page of any kind (KiB)", "largest_page_kb", "{:.1f}"), ("pages over 100 KiB", "pages_over_limit", "{:.0f}"),
            ("open data and feeds written (s)", "data_s", "{:.2f}"), ("… share of the build", "data_share", "{:.1%}"),
            ("MkDocs alone, same pages (s)", "alone_s", "{:.1f}"), ("full build / MkDocs alone", "overhead_ratio", "{:.2f}"),
            ("search bytes on page load (KiB)", "search_load_kb", "{:.1f}"),
            ("search bytes to first result, worst of 3 (KiB)", "search_first_kb", "{:.1f}"),
            ("first result after last keystroke, worst of 3 (ms)", "search_first_ms", "{:.0f}"),
            ("browse by district alone: bytes (KiB)", "browse_first_kb", "{:.1f}"),
            ("browse by district alone: first result (ms)", "browse_first_ms", "{:.0f}"),
            ("make serve shows an edit, from save (s)", "serve_edit_s", "{:.1f}")]
    lines = ["| measure | " + " | ".join(f"{int(s):,}" for s in sizes) + " |", "| --- |" + " --- |" * len(sizes)]
    for label, key, fmt in rows:
        cells = [fmt.format(results["sizes"][s][key]) if key in results["sizes"][s] else "–" for s in sizes]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    by = {int(s): results["sizes"][s] for s in sizes}
    if 1000 in by and 10000 in by:
        lines.append(f"\n10× the reports: {by[10000]['build_s'] / by[1000]['build_s']:.1f}× the time "
                     f"(target ≤ {TARGETS['ratio_10k_1k']}×).")
    if "adversarial" in results:
        lines += ["", "Adversarial files, one at a time (seconds per MiB of content file; linear means about equal across a row):", "",
                  "| kind | " + " | ".join(f"{s} MiB" for s in ADVERSARIAL_SIZES) + " |", "| --- |" + " --- |" * len(ADVERSARIAL_SIZES)]
        for kind, values in results["adversarial"].items():
            label = f"{kind} (refused: the time to the message)" if kind in REFUSED else kind
            lines.append(f"| {label} | " + " | ".join(f"{values[str(s)]:.2f}" for s in ADVERSARIAL_SIZES) + " |")
    if "reading" in results:
        lines += ["", "The import reading 1 MiB of one kind of text (processor seconds of its slowest reading, bench/reading.py):", "",
                  "| text | slowest reading | seconds |", "| --- | --- | --- |"]
        lines += [f"| {kind} | {name} | {seconds:.2f} |" for kind, (name, seconds) in results["reading"].items()]
    lines += ["", "Targets:", ""] + [f"- {line}" for line in verdicts(by, results.get("reading"))]
    return "\n".join(lines) + "\n"


def verdicts(by: dict[int, dict[str, float]], reading_found: dict | None = None) -> list[str]:  # type: ignore[type-arg]
    found = []
    if reading_found:
        kind, (name, seconds) = max(reading_found.items(), key=lambda item: item[1][1])
        found.append(check(f"the import reads 1 MiB of text in ≤ {TARGETS['reading_mib_s']} s (worst: {name}, {kind})", seconds,
                           TARGETS["reading_mib_s"], " s"))
    top = by[max(by)]
    if 10000 in by:
        found.append(check("10,000 reports built in ≤ 60 s", by[10000]["build_s"], TARGETS["build_10k_s"], "s"))
    if 1000 in by and 10000 in by:
        found.append(check("10× the reports ≤ 11× the time", by[10000]["build_s"] / by[1000]["build_s"], TARGETS["ratio_10k_1k"], "×"))
    if 10000 in by:
        for key, label in (("site_mb", "site ≤ 500 MB (10,000 reports)"),
                           ("site_plain_mb", "site without precompressed copies ≤ 500 MB (10,000 reports)")):
            if key in by[10000]:
                found.append(check(label, by[10000][key], TARGETS["site_mb_10k"], " MiB"))
    found.append(check(f"peak memory ≤ 1 GiB ({max(by):,} reports)", top["peak_mb"], TARGETS["peak_mb"], " MiB"))
    found.append(check(f"generator's share ≤ 10% ({max(by):,} reports)", 1 - 1 / top["overhead_ratio"], TARGETS["overhead_share"], ""))
    if 1000 in by and "data_s" in by[1000]:
        found.append(check("open data and feeds ≤ 5% of the build (1,000 reports)", by[1000]["data_share"],
                           TARGETS["data_share_1k"], ""))
    for key, label in (("search_load_kb", "search ≤ 100 KB on page load"), ("search_first_kb", "≤ 300 KB before the first result"),
                       ("search_first_ms", "first result ≤ 300 ms after the last keystroke")):
        if key in top:
            found.append(check(f"{label} ({max(by):,} reports)", top[key], TARGETS[key], ""))
    for key, label in (("browse_first_kb", "/sok/ with a filter ≤ 500 KB"), ("browse_first_ms", "/sok/ with a filter ≤ 500 ms")):
        if key in top:
            found.append(check(f"{label} ({max(by):,} reports)", top[key], TARGETS[key], ""))
    for size, key in ((1000, "serve_edit_1k_s"), (10000, "serve_edit_10k_s")):
        if size in by and "serve_edit_s" in by[size]:
            found.append(check(f"make serve shows an edit in ≤ {TARGETS[key]} s ({size:,} reports)", by[size]["serve_edit_s"],
                               TARGETS[key], " s"))
    found.append(check(f"every page ≤ 100 KB ({max(by):,} reports)", top["largest_page_kb"], TARGETS["page_kb"], " KiB"))
    return found


def check(label: str, value: float, limit: float, unit: str) -> str:
    return f"{'met' if value <= limit else 'NOT MET'}: {label}: {value:.2f}{unit}"


def svg(results: dict) -> str:  # type: ignore[type-arg]
    """Build time and peak memory against the number of reports, on logarithmic axes."""
    import math

    points = sorted((int(s), v["build_s"], v["peak_mb"]) for s, v in results["sizes"].items())
    width, height, pad = 640, 320, 50

    def x(n: float) -> float:
        low, high = math.log10(min(p[0] for p in points)), math.log10(max(p[0] for p in points)) or 1
        return pad + (width - 2 * pad) * ((math.log10(n) - low) / ((high - low) or 1))

    def y(value: float, top: float) -> float:
        return height - pad - (height - 2 * pad) * math.log10(max(value, 0.1) * 10) / math.log10(top * 10)

    top = max(max(p[1] for p in points), max(p[2] for p in points))
    lines = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-labelledby="t d">',
             '<title id="t">Byggtid och minne mot antal rapporter</title>',
             '<desc id="d">Sekunder för mkdocs build och största minnesanvändning i MiB, logaritmiska axlar.</desc>',
             f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" stroke="black"/>',
             f'<line x1="{pad}" y1="{pad}" x2="{pad}" y2="{height - pad}" stroke="black"/>']
    for index, (label, colour, dash) in enumerate((("sekunder", "black", ""), ("MiB", "black", ' stroke-dasharray="6 4"'))):
        coords = " ".join(f"{x(point[0]):.1f},{y(point[1 + index], top):.1f}" for point in points)
        lines.append(f'<polyline fill="none" stroke="{colour}"{dash} points="{coords}"/>')
        for n, seconds, mb in points:
            value = (seconds, mb)[index]
            lines.append(f'<circle cx="{x(n):.1f}" cy="{y(value, top):.1f}" r="3"/>'
                         f'<text x="{x(n) + 5:.1f}" y="{y(value, top) - 5:.1f}" font-size="11">{value:.0f} {label}</text>')
    for n, *_ in points:
        lines.append(f'<text x="{x(n):.1f}" y="{height - pad + 16}" font-size="11" text-anchor="middle">{n:,}</text>')
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--no-adversarial", action="store_true", help="skip the adversarial files")
    parser.add_argument("--no-search", action="store_true", help="skip the browser measurements")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    results_file = OUT / "results.json"
    results = json.loads(results_file.read_text(encoding="utf-8")) if results_file.exists() else {"sizes": {}}
    with tempfile.TemporaryDirectory(prefix="iop-bench-") as folder:
        work = Path(folder)
        for reports in args.reports:
            print(f"… {reports:,} reports", file=sys.stderr, flush=True)
            results["sizes"][str(reports)] = run_size(reports, work, search=not args.no_search, serve=reports >= 1000)
        if not args.no_adversarial:
            print("… adversarial files", file=sys.stderr, flush=True)
            results["adversarial"] = adversarial(work)
            print("… the import's reading", file=sys.stderr, flush=True)
            results["reading"] = reading.slowest_per_mebibyte()
    results_file.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (OUT / "results.md").write_text(table(results), encoding="utf-8")
    (OUT / "scale.svg").write_text(svg(results), encoding="utf-8")
    print(table(results))
    print(f"Wrote {OUT / 'results.json'}, results.md and scale.svg.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
