"""Build a site of N synthetic reports and report time and page sizes.

    python bench/scale.py --reports 1000

Copies of a seed report are spread over synthetic districts and
organisations, so index pages grow as they would with real content. Fails
(exit 1) when a report page reaches the size limit: a page that grows with
the number of reports means something is rendered into every page.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "content/reports/jarva-studiefremjandet-2018-2024.yml"
PAGE_LIMIT = 100 * 1024


def make_project(target: Path, reports: int) -> None:
    for name in ("mkdocs.yml", "docs", "overrides"):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, target / name)
    content = target / "content"
    (content / "reports").mkdir(parents=True)
    districts = max(1, reports // 50)
    organisations = max(1, reports // 5)
    (content / "districts.yml").write_text("".join(
        f"- id: d{i}\n  name: Stadsdel {i}\n  committee: Stadsdel {i} stadsdelsnämnd\n  former_names: [Gamla {i}]\n"
        for i in range(districts)), encoding="utf-8")
    (content / "organisations.yml").write_text("".join(
        f"- id: o{i}\n  name: Förening {i}\n  aliases: [Föreningen nummer {i}]\n" for i in range(organisations)),
        encoding="utf-8")
    seed = SEED.read_text(encoding="utf-8")
    for i in range(reports):
        text = seed.replace("district: jarva", f"district: d{i % districts}")
        text = text.replace("organisation: studiefremjandet-stockholm-gotland", f"organisation: o{i % organisations}")
        (content / "reports" / f"rapport-{i:05d}.yml").write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="iop-bench-") as folder:
        project = Path(folder)
        make_project(project, args.reports)
        started = time.monotonic()
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml")],
                                capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        seconds = time.monotonic() - started
        if result.returncode != 0:
            print(result.stderr, file=sys.stderr)
            return 1
        site = project / "site"
        report_pages = list((site / "rapporter").glob("rapport-*/index.html"))
        largest = max(p.stat().st_size for p in report_pages)
        total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        index = (site / "search/search_index.json").stat().st_size
        all_reports = (site / "rapporter/index.html").stat().st_size
        print(f"reports: {args.reports}  report pages built: {len(report_pages)}")
        print(f"build: {seconds:.1f} s  site: {total / 2**20:.1f} MiB  search index: {index / 2**20:.1f} MiB")
        print(f"largest report page: {largest / 1024:.1f} KiB (limit {PAGE_LIMIT // 1024} KiB)  "
              f"all-reports page: {all_reports / 1024:.0f} KiB")
        if len(report_pages) != args.reports or largest >= PAGE_LIMIT:
            print("FAIL: a report page is missing or too large", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
