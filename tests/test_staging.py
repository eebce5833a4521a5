"""The staging folder: a build replaces the site only when it succeeded, and the old site goes without the build
waiting for it (generator/staging.py)."""
from __future__ import annotations

import time
from pathlib import Path

from generator.staging import Staging


def gone(path: Path, seconds: float = 20.0) -> bool:
    """Whether `path` disappears within `seconds` (the old site is removed by a program of its own)."""
    deadline = time.monotonic() + seconds
    while path.exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def build(site: Path, text: str, succeeded: bool = True) -> Staging:
    staging = Staging(site)
    (staging.folder / "rapporter").mkdir(parents=True)
    (staging.folder / "rapporter" / "index.html").write_text(text, encoding="utf-8")
    staging.finish(succeeded)
    return staging


def test_a_build_that_succeeded_replaces_the_site_and_the_old_one_goes_after(tmp_path: Path):
    site = tmp_path / "site"
    build(site, "första")
    assert (site / "rapporter/index.html").read_text(encoding="utf-8") == "första"
    staging = build(site, "andra")
    assert (site / "rapporter/index.html").read_text(encoding="utf-8") == "andra"  # in place when finish returns
    assert not staging.folder.exists()
    assert all(gone(old) for old in tmp_path.glob("site.iop-old-*"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_failed_build_leaves_the_site_as_it_was(tmp_path: Path):
    site = tmp_path / "site"
    build(site, "första")
    staging = build(site, "trasig", succeeded=False)
    assert (site / "rapporter/index.html").read_text(encoding="utf-8") == "första"
    assert not staging.folder.exists() and not list(tmp_path.glob("site.iop-old-*"))


def test_what_an_interrupted_removal_left_is_removed_by_the_next_build(tmp_path: Path):
    site = tmp_path / "site"
    for left in ("site.iop-old-4242", "site.iop-previous"):  # a removal stopped; the name earlier versions used
        (tmp_path / left / "rapporter").mkdir(parents=True)
        (tmp_path / left / "rapporter" / "index.html").write_text("gammal", encoding="utf-8")
    build(site, "ny")
    assert gone(tmp_path / "site.iop-old-4242") and gone(tmp_path / "site.iop-previous")
    assert (site / "rapporter/index.html").read_text(encoding="utf-8") == "ny"
