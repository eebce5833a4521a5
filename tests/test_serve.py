"""`mkdocs serve` rebuilds when content changes, and never writes into docs/."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from conftest import ENV, edit
from test_build import copy_project, digests

REPORT = "rapporter/enskede-arsta-vantor-dromstort-2022-2024/"


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, seconds: float = 30, absent: str | None = None) -> bool:
    """Whether the page at url comes to hold text (and not `absent`) within the time."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        shown = fetch(url)
        if text in shown and (absent is None or absent not in shown):
            return True
        time.sleep(0.3)
    return False


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serving(project: Path) -> Iterator[str]:
    """`mkdocs serve` on the project, at the address it yields, stopped afterwards."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                              cwd=project, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_rebuilds_on_content_changes_and_leaves_docs_alone(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    docs_before = digests(project / "docs")
    with serving(project) as base:
        url = base + REPORT
        assert wait_for(url, "Drömstort"), "mkdocs serve did not come up"
        edit(project / "content/reports/enskede-arsta-vantor-dromstort-2022-2024.yml",
             "  - Rågsved", "  - Rågsved centrum")
        assert wait_for(url, "Rågsved centrum"), "no rebuild after a content change"
    assert digests(project / "docs") == docs_before
