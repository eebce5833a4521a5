"""Valid HTML (the Nu HTML checker) and the pages a Swedish public site must have."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import REPO

VNU = REPO / "node_modules/vnu-jar/build/dist/vnu.jar"
# Warnings reviewed and accepted, with the reason: (message start, why). None so far.
ACCEPTED_WARNINGS: dict[str, str] = {}
REQUIRED_PAGES = {"om/": "Om webbplatsen", "tillganglighet/": "Tillgänglighetsredogörelse",
                  "personuppgifter/": "Personuppgifter"}
# Beside them in the footer: how to follow new reports, and the open data.
FOOTER_LINKS = [*REQUIRED_PAGES.values(), "Följ nya rapporter", "Öppna data"]


def test_every_page_is_valid_html(site: Path):
    if not VNU.exists() or not shutil.which("java"):
        pytest.fail("the Nu HTML checker needs node_modules and Java; `make test` installs both")
    pages = sorted(str(p) for p in site.rglob("*.html"))
    assert len(pages) >= 20
    result = subprocess.run(["java", "-jar", str(VNU), "--format", "json", "--exit-zero-always", *pages],
                            capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr)["messages"]
    errors = [f"{m['url'].split('/site/')[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages if m["type"] != "info"]
    warnings = [f"{m['url'].split('/site/')[-1]}: {m['message']}" for m in messages
                if m["type"] == "info" and not any(m["message"].startswith(known) for known in ACCEPTED_WARNINGS)]
    assert errors == []
    assert warnings == []


def test_the_required_pages_are_linked_from_every_pages_footer(site: Path):
    for html in site.rglob("*.html"):
        if 'http-equiv="refresh"' in html.read_text(encoding="utf-8"):
            continue  # the small page at an old address, which leads on at once
        footer = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select_one("footer .iop-footer-links")
        assert footer is not None, html
        assert [a.get_text(strip=True) for a in footer.find_all("a")] == FOOTER_LINKS, html
    for url, title in REQUIRED_PAGES.items():
        assert BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser").h1.get_text(strip=True) == title


def test_the_accessibility_statement_takes_its_facts_from_configuration_and_the_test_suite(site: Path):
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # keeps !!python tags inert
    accessibility, publisher = config["extra"]["accessibility"], config["extra"]["publisher"]
    locked = json.loads((REPO / "package.json").read_text(encoding="utf-8"))["devDependencies"]
    assert accessibility["axe_core"] == locked["axe-core"]  # the checker the tests run is the one the page names
    assert accessibility["nu_checker"] == locked["vnu-jar"]
    statement = BeautifulSoup((site / "tillganglighet/index.html").read_text(encoding="utf-8"), "html.parser")
    text = " ".join(statement.select_one("article").get_text(" ").split())
    for fact in (f"{publisher['name']} står bakom den här webbplatsen", "Webbplatsen är delvis förenlig med lagen",
                 f"axe-core {locked['axe-core']}", f"Nu HTML Checker {locked['vnu-jar']}",
                 "Redogörelsen upprättades och webbplatsen bedömdes senast den 22 november 2026", "Myndigheten för digital förvaltning (Digg)"):
        assert fact in text, fact
    assert statement.find("a", href=accessibility["complaint_url"]) is not None


def test_contact_facts_follow_the_configuration():
    from generator.site.pages import render_text, site_facts

    source = (REPO / "docs/tillganglighet.md").read_text(encoding="utf-8")
    configured = render_text(source, site_facts({"publisher": {"name": "Järva stadsdelsförvaltning",
                                                               "email": "jarva_iop@example.se", "phone": "08-508 00 000"},
                                                 "accessibility": {"status": "helt"}}))
    # Escaped once for Markdown, never twice: the underscore reaches the page as it is.
    assert "Du når Järva stadsdelsförvaltning på e-post jarva\\_iop@example.se eller på telefon 08-508 00 000." in configured
    assert configured.count("Du når Järva stadsdelsförvaltning") == 2
    assert "Webbplatsen är helt förenlig med lagen" in configured
    unconfigured = render_text(source, site_facts({}))
    assert "Handläggarens namn och telefonnummer står överst på varje rapportsida." in unconfigured
    with pytest.raises(ValueError, match="extra.accessibility.status: 'nästan' är inte ett av helt, delvis, inte"):
        site_facts({"accessibility": {"status": "nästan"}})
    with pytest.raises(ValueError, match="extra.publisher: ska vara en samling av inställningar \\(nyckel: värde\\), "
                                         "inte 'Stockholms stad'"):
        site_facts({"publisher": "Stockholms stad"})


def test_a_sections_id_never_takes_one_the_report_page_gives_itself():
    from generator.content.model import Section
    from generator.site.pages import outline

    headings = ["Tidslinje", "Belopp 1", "Fakta", "Fakta", "Chart 2 title", "Resultat", "Utmaning 3 av 4"]
    ids = [view.id for view in outline([Section(heading) for heading in headings])]
    assert ids == ["tidslinje-2", "avsnitt-belopp-1", "fakta-2", "fakta-3", "avsnitt-chart-2-title", "resultat",
                   "avsnitt-utmaning-3-av-4"]
