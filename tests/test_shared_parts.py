"""Material's navigation, tabs and configuration, rendered once per folder of pages outside the navigation
(generator/site/shared_parts.py), are byte for byte what Material renders on every page."""
from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

from conftest import corpus_project, mkdocs_build

from generator.site.shared_parts import SharedParts


def test_a_page_outside_the_navigation_shares_its_folders_rendering_and_a_listed_page_gets_its_own():
    listed = SimpleNamespace(url="rapporter/", children=None)
    nav = SimpleNamespace(items=[listed, SimpleNamespace(url="om/", children=None)])
    shared, rendered = SharedParts(), []

    def render(page, name="nav", navigation=nav):  # type: ignore[no-untyped-def]
        return shared(name, page, navigation, lambda: rendered.append(page.url) or f"{name} for {page.url}")

    a, b = SimpleNamespace(url="rapporter/a/"), SimpleNamespace(url="rapporter/b/")
    assert render(a) == render(b) == "nav for rapporter/a/"
    assert render(SimpleNamespace(url="ar/2020/")) == "nav for ar/2020/"  # another folder, other relative links
    assert render(a, "tabs") == "tabs for rapporter/a/"  # another part
    assert render(listed) == render(listed) == "nav for rapporter/"  # a listed page: Material's own, each time
    assert render(SimpleNamespace(url="")) == "nav for "  # the home page's address has no folder
    assert render(b, navigation=SimpleNamespace(items=[])) == "nav for rapporter/b/"  # a new build starts afresh
    assert rendered == ["rapporter/a/", "ar/2020/", "rapporter/a/", "rapporter/", "rapporter/", "", "rapporter/b/"]


def test_every_page_is_what_material_alone_renders(corpus_site: Path, tmp_path: Path):
    project = corpus_project(tmp_path / "material", 130)  # the same content as corpus_site's
    for name in ("nav.html", "tabs.html"):
        (project / "overrides/partials" / name).unlink()
    main = project / "overrides/main.html"
    text, count = re.subn(r"\{% block config %\}.*?\{% endblock %\}", "", main.read_text(encoding="utf-8"), flags=re.S)
    assert count == 1
    main.write_text(text, encoding="utf-8")
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode == 0, result.stderr
    pages = sorted(path.relative_to(corpus_site) for path in corpus_site.rglob("*.html"))
    assert len(pages) > 200 and pages == sorted(path.relative_to(project / "site") for path in (project / "site").rglob("*.html"))
    differ = [str(page) for page in pages if (corpus_site / page).read_bytes() != (project / "site" / page).read_bytes()]
    assert differ == []
