from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from collections.abc import Iterator

REPO = Path(__file__).resolve().parent.parent
CONTENT = REPO / "content"
SEEDS = Path(__file__).resolve().parent / "seeds"

# Which content file holds which seed document.
SEED_REPORTS = {
    "000_54d93b08f7bb8db9.txt": "jarva-studiefremjandet-2018-2024",
    "004_ed58ff8932104a69.txt": "enskede-arsta-vantor-dromstort-2022-2024",
}


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A private copy of the shipped content, free to break."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


def site_files(target: Path) -> Path:
    """A new project folder with the site's configuration, pages and overrides (no content)."""
    target.mkdir(parents=True)
    for name in ("mkdocs.yml", "docs", "overrides"):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, target / name)
    return target


def problems(content: Path) -> list[str]:
    """Every problem reading the content gives, as staff read them."""
    from generator.content.catalogue import read_catalogue
    from generator.errors import ContentError

    with pytest.raises(ContentError) as caught:
        read_catalogue(content, base=content.parent)
    return [str(problem) for problem in caught.value.problems]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def stop_serving(server: subprocess.Popen[str]) -> None:
    """Stop `mkdocs serve` as an editor's stop button or `kill` does (SIGTERM): the preview then ends as on Ctrl+C
    (preview.stopping_as_on_ctrl_c), and MkDocs removes the site it built in a temporary folder."""
    server.terminate()
    try:
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
        raise


def mkdocs_build(config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """The real `mkdocs build --strict`, as staff run it."""
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
                          capture_output=True, text=True, env=ENV)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's site, built once for every test that reads it."""
    target = tmp_path_factory.mktemp("build") / "site"
    result = mkdocs_build(REPO / "mkdocs.yml", target)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return target


def corpus_project(target: Path, reports: int) -> Path:
    """A project with the site's files and a synthetic corpus of `reports` reports (bench/corpus.py)."""
    sys.path.insert(0, str(REPO / "bench"))
    from corpus import write_corpus  # type: ignore[import-not-found]

    site_files(target)
    write_corpus(target / "content", reports=reports, seed=3, jobs=1)
    return target


@pytest.fixture(scope="session")
def corpus_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site of 130 synthetic reports: enough for listings of several pages, filters and totals."""
    project = corpus_project(tmp_path_factory.mktemp("corpus") / "project", 130)
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return project / "site"


# --- A real browser, one for every test file that uses it (the helpers are in browsing.py) ---

@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    from browsing import CHROMIUM, FLAGS

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed; `make test` installs it")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def requests_made() -> list[str]:
    return []


@pytest.fixture
def page(browser, requests_made: list[str]):  # type: ignore[no-untyped-def]
    from browsing import assert_only_local, open_page

    opened = open_page(browser, requests_made)
    yield opened
    opened.context.close()
    assert_only_local(requests_made)


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    from browsing import serve

    server, url = serve(site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def corpus_url(corpus_site: Path) -> Iterator[str]:
    from browsing import serve

    server, url = serve(corpus_site)
    yield url
    server.shutdown()
