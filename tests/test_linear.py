"""No content file within the limits can make the build slow: time grows with the size of the file, not its square.

Each kind of adversarial file (bench/scale.py makes them) is read, checked and
rendered at two sizes; four times the bytes may take at most eight times as
long (linear is four, quadratic sixteen). The bound is generous on purpose:
the test guards the shape, `make bench` measures the time.
"""
from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest

from generator.content.catalogue import read_catalogue
from generator.site.pages import site_specs

from conftest import CONTENT, REPO, mkdocs_build, site_files

sys.path.insert(0, str(REPO / "bench"))
from scale import ADVERSARIAL_KINDS, adversarial_report  # noqa: E402


def build_seconds(folder: Path, kind: str, size: int) -> float:
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(CONTENT, folder / "content", ignore=shutil.ignore_patterns("reports"))
    (folder / "content/reports").mkdir()
    (folder / "content/reports/m.yml").write_text(adversarial_report(kind, size), encoding="utf-8")
    started = time.perf_counter()
    site, specs = site_specs(read_catalogue(folder / "content"))
    for spec in specs:
        site.render(spec)
    return time.perf_counter() - started


@pytest.mark.parametrize("kind", ADVERSARIAL_KINDS)
def test_four_times_the_bytes_take_at_most_eight_times_as_long(tmp_path: Path, kind: str):
    small = min(build_seconds(tmp_path / "s", kind, 128 * 1024) for _ in range(2))
    large = build_seconds(tmp_path / "l", kind, 512 * 1024)
    assert large / max(small, 0.01) < 8, f"{kind}: {small:.2f} s for 128 KiB, {large:.2f} s for 512 KiB"


def test_a_two_mebibyte_paragraph_of_angle_brackets_builds_in_seconds(tmp_path: Path):
    project = site_files(tmp_path / "project")
    shutil.copytree(CONTENT, project / "content", ignore=shutil.ignore_patterns("reports"))
    (project / "content/reports").mkdir()
    (project / "content/reports/m.yml").write_text(adversarial_report("special characters", 2 * 1024 * 1024 - 4096),
                                                   encoding="utf-8")
    started = time.monotonic()
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 60  # the old Markdown path never finished
    page = (project / "site/rapporter/m/index.html").read_text(encoding="utf-8")
    assert page.count("&lt;&gt;&amp;") > 290_000  # every character shown as the text it is
