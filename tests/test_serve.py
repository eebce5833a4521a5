"""`mkdocs serve` rebuilds when content changes, and never writes into docs/."""
from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from conftest import ENV, REPO, edit, stop_serving
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
def serving(project: Path, *flags: str) -> Iterator[str]:
    """`mkdocs serve` on the project, at the address it yields, stopped afterwards by SIGTERM: what it built in its
    temporary folder is gone then, as after Ctrl+C."""
    port = free_port()
    temporary = project.parent / "tmp"
    temporary.mkdir()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", *flags, "-a", f"127.0.0.1:{port}"],
                              cwd=project, env={**ENV, "TMPDIR": str(temporary)}, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        stop_serving(server)
    assert list(temporary.iterdir()) == []


def test_the_preview_ends_on_sigterm_as_on_ctrl_c_and_a_hangup_someone_ignored_stays_ignored():
    program = ("import os, signal, time; from generator.site.preview import stopping_as_on_ctrl_c; "
               "stopping_as_on_ctrl_c(); print(signal.getsignal(signal.SIGHUP) is signal.SIG_IGN)\n"
               "try:\n    os.kill(os.getpid(), signal.SIGTERM); time.sleep(5)\nexcept KeyboardInterrupt:\n"
               "    print('interrupted')")
    result = subprocess.run([sys.executable, "-c", program], cwd=REPO, capture_output=True, text=True, timeout=60,
                            preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN))  # as under nohup
    assert result.stdout.split() == ["True", "interrupted"], result.stderr


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


def test_the_preview_builds_again_only_what_an_edit_changed_and_keeps_every_page_right(tmp_path: Path):
    """make serve (`mkdocs serve --dirty`): an edited report shows on its page and its listings, a page it does not
    touch is not written again, a new report appears on its listings and a removed one leaves them."""
    project = copy_project(tmp_path / "project")
    reports = project / "content/reports"
    jarva = "rapporter/jarva-studiefremjandet-2018-2024/"
    with serving(project, "--dirty") as base:
        assert wait_for(base + REPORT, "Drömstort", 60), "mkdocs serve did not come up"
        before = fetch(base + jarva)
        edit(reports / "enskede-arsta-vantor-dromstort-2022-2024.yml", "title: Idéburet", "title: Ändrat idéburet")
        assert wait_for(base + REPORT, "Ändrat idéburet"), "the edited report's page"
        assert wait_for(base + "stadsdelar/enskede-arsta-vantor/", "Ändrat idéburet"), "its district's listing"
        assert wait_for(base + "rapporter/", "Ändrat idéburet"), "the listing of all reports"
        same = re.compile(r"livereload\(\d+, \d+\)")  # the server's own script, new on every response
        assert same.sub("", fetch(base + jarva)) == same.sub("", before)  # another report's page is as it was
        copy = (reports / "enskede-arsta-vantor-dromstort-2022-2024.yml").read_text(encoding="utf-8")
        (reports / "enskede-arsta-vantor-kopia-2022-2024.yml").write_text(
            copy.replace("title: Ändrat idéburet", "title: Kopierat idéburet"), encoding="utf-8")
        assert wait_for(base + "stadsdelar/enskede-arsta-vantor/", "Kopierat idéburet"), "a new report on its listing"
        assert wait_for(base + "rapporter/enskede-arsta-vantor-kopia-2022-2024/", "Kopierat idéburet")
        (reports / "enskede-arsta-vantor-kopia-2022-2024.yml").unlink()
        assert wait_for(base + "stadsdelar/enskede-arsta-vantor/", "Ändrat idéburet", absent="Kopierat idéburet")
        assert wait_for(base + "rapporter/enskede-arsta-vantor-kopia-2022-2024/", "", absent="Kopierat idéburet")


def test_a_page_fingerprint_follows_the_reports_it_shows_and_nothing_else():
    """Unit: the fingerprints that decide what a preview builds again (generator/site/preview.py)."""
    import dataclasses

    from generator.content.catalogue import read_catalogue
    from generator.site.pages import site_specs
    from generator.site.preview import Changes, Fingerprints

    catalogue = read_catalogue(REPO / "content", base=REPO)
    _, specs = site_specs(catalogue, None, None)
    stamps = {r.id: (1, 1) for r in catalogue.reports}
    changes = Changes()
    changed, gone = changes.update(specs, Fingerprints(stamps, ()))
    assert changed == {spec.uri for spec in specs} and gone == set()  # the first build builds everything
    # Nothing changed, nothing built again but a page whose context the walk does not know (it holds functions):
    # built needlessly, never left stale.
    unknown = {spec.uri for spec in specs if Fingerprints(stamps, ()).of(spec) is None}
    assert unknown == {"oppna-data.md"}
    assert changes.update(specs, Fingerprints(stamps, ())) == (unknown, set())

    dromstort = "enskede-arsta-vantor-dromstort-2022-2024"
    changed, _ = changes.update(specs, Fingerprints({**stamps, dromstort: (2, 2)}, ()))
    assert f"rapporter/{dromstort}.md" in changed
    assert "stadsdelar/enskede-arsta-vantor.md" in changed and "rapporter/index.md" in changed
    assert "rapporter/jarva-studiefremjandet-2018-2024.md" not in changed and "stadsdelar/jarva.md" not in changed

    # Equal contexts made of different objects have equal fingerprints; one value apart, different ones.
    spec = next(s for s in specs if s.uri == "stadsdelar/jarva.md")
    fingerprints = Fingerprints(stamps, ())
    copied = dataclasses.replace(spec, context={key: __import__("copy").deepcopy(value) if not isinstance(value, list)
                                                else list(value) for key, value in spec.context.items()})
    assert fingerprints.of(copied) == Fingerprints(stamps, ()).of(spec)
    assert fingerprints.of(dataclasses.replace(spec, title=spec.title + "!")) != fingerprints.of(spec)
    assert Fingerprints(stamps, ("districts.yml changed",)).of(spec) != fingerprints.of(spec)


def test_a_previews_fingerprints_read_each_template_once():
    """A save at 10,000 reports fingerprints 14,000 pages of a dozen templates: each template is read once a process
    (an edit that moved the cache off `reads_whole_catalogue` made every save read them 14,000 times: 2.5 s)."""
    from generator.content.catalogue import read_catalogue
    from generator.site import preview
    from generator.site.pages import site_specs

    catalogue = read_catalogue(REPO / "content", base=REPO)
    _, specs = site_specs(catalogue, None, None)
    preview.reads_whole_catalogue.cache_clear()
    for _ in range(3):
        fingerprints = preview.Fingerprints({r.id: (1, 1) for r in catalogue.reports}, ())
        for spec in specs:
            fingerprints.of(spec)
    assert preview.reads_whole_catalogue.cache_info().misses == len({spec.template for spec in specs
                                                                      if fingerprints.of(spec) is not None})


def test_a_previews_later_build_keeps_the_first_sitemap_and_its_compiled_templates(tmp_path: Path, monkeypatch):
    """What a save need not do again at 10,000 reports: write the sitemap of every page, work out the address of
    every page it leaves as it was, compile the theme's templates."""
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project = copy_project(tmp_path / "project")
    monkeypatch.chdir(project)

    def config():  # as `mkdocs serve` loads it again for each build
        loaded = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
        loaded.site_url = "http://127.0.0.1:8000/"
        return loaded

    first = config()
    first.plugins.on_startup(command="serve", dirty=True)
    logging.disable(logging.WARNING)
    try:
        build(first, serve_url="http://127.0.0.1:8000/", dirty=True)
        sitemap = tmp_path / "site/sitemap.xml"
        written, listed = sitemap.stat().st_mtime_ns, sitemap.read_text(encoding="utf-8")
        plugin = first.plugins["iop"]
        assert plugin.compiled.compiled  # the first build's compiled templates, kept for the next
        edit(project / "content/reports/enskede-arsta-vantor-dromstort-2022-2024.yml", "title: Idéburet",
             "title: Ändrat idéburet")
        time.sleep(0.01)
        again = config()
        compiled = []
        original = __import__("jinja2").Environment.compile
        monkeypatch.setattr("jinja2.Environment.compile", lambda env, *a, **k: compiled.append(a) or original(env, *a, **k))
        build(again, serve_url="http://127.0.0.1:8000/", dirty=True)
    finally:
        logging.disable(logging.NOTSET)
    assert "Ändrat idéburet" in (tmp_path / f"site/{REPORT}index.html").read_text(encoding="utf-8")
    assert sitemap.stat().st_mtime_ns == written and sitemap.read_text(encoding="utf-8") == listed
    assert REPORT in listed and "rapporter/jarva-studiefremjandet-2018-2024/" in listed  # every page, changed or not
    assert compiled == []  # the theme's templates came compiled from the first build


def test_the_preview_hears_of_a_content_change_from_the_kernel_not_by_polling(tmp_path: Path):
    """At 10,000 reports MkDocs' polling of content/ took a third of a core beside every rebuild."""
    import threading
    from types import SimpleNamespace

    from generator.site.preview import ContentWatcher

    (tmp_path / "reports").mkdir()
    server = SimpleNamespace(_rebuild_cond=threading.Condition(), _want_rebuild=False)
    (tmp_path / "districts.yml").write_text("[]\n", encoding="utf-8")
    watcher = ContentWatcher(server, tmp_path)
    assert watcher.start()
    try:
        # Reading is no change: every rebuild reads districts.yml, and a rebuild that asked for the next never ends.
        (tmp_path / "districts.yml").read_bytes()
        time.sleep(0.5)
        assert not server._want_rebuild
        (tmp_path / "reports" / "ny.yml").write_text("title: x\n", encoding="utf-8")
        with server._rebuild_cond:
            assert server._rebuild_cond.wait_for(lambda: server._want_rebuild, timeout=5)
    finally:
        watcher.stop()
    # A server without MkDocs' rebuild condition (another MkDocs): the caller lets MkDocs poll instead.
    assert not ContentWatcher(SimpleNamespace(), tmp_path).start()
