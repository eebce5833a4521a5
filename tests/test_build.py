"""End to end: the real `mkdocs build --strict` on the repository, checked in the built HTML."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from generator.text import swedish_date
from datetime import date, datetime, timezone

from conftest import ENV, REPO, SEED_REPORTS, SEEDS, corpus_project, edit, mkdocs_build, site_files

JARVA = "jarva-studiefremjandet-2018-2024"
DROMSTORT = "enskede-arsta-vantor-dromstort-2022-2024"
def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def main_text(soup: BeautifulSoup) -> str:
    return " ".join(soup.select_one("article").get_text(" ").split())


def linked_reports(site: Path, url: str) -> set[str]:
    found = set()
    for a in page(site, url).select("article a[href]"):
        match = re.fullmatch(r"/rapporter/([a-z0-9-]+)/", urljoin(f"/{url}/", a["href"]))
        if match:
            found.add(match.group(1))
    return found


def seed_paragraphs(text: str) -> list[str]:
    """The document's paragraphs, with paragraphs split by a PDF page break joined again."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]
    joined: list[str] = []
    for block in blocks:
        if joined and not re.search(r"[.:!?]$", joined[-1]) and re.match(r"[a-zåäö0-9]", block) and len(joined[-1]) > 40:
            joined[-1] += " " + block
        else:
            joined.append(block)
    return joined


# Labels of the document that the site words its own way.
SITE_LABELS = {"Till": "Nämnd", "Bilaga": "Bilagor"}


def needles(paragraph: str) -> list[str]:
    """What the page must contain for one paragraph of the document."""
    lines = [re.sub(r"^\d+\. ", "", line) for line in paragraph.split("\n")]  # proposals' numbering
    if len(lines) == 1 and "\t" not in paragraph:
        return [SITE_LABELS.get(lines[0], " ".join(lines[0].split()))]  # prose, verbatim
    found = []
    for line in lines:  # header, signature and approval blocks: each fact on its own
        if approval := re.match(r"^(.+), (.+)\t(\d{4}-\d{2}-\d{2})$", line):
            found += [approval[1], approval[2], swedish_date(date.fromisoformat(approval[3]))]
        elif dated := re.match(r"^(.+) (\d{4}-\d{2}-\d{2})$", line):
            found += [dated[1], swedish_date(date.fromisoformat(dated[2]))]
        else:
            found += [SITE_LABELS.get(part, part) for part in re.split(r"\t|Telefon: ", line) if part]
    return found


@pytest.mark.parametrize("seed, report_id", SEED_REPORTS.items())
def test_every_paragraph_of_the_document_is_on_its_report_page(site: Path, seed: str, report_id: str):
    text = main_text(page(site, f"rapporter/{report_id}"))
    paragraphs = seed_paragraphs((SEEDS / seed).read_text(encoding="utf-8"))
    assert len(paragraphs) > 25
    missing = [needle for paragraph in paragraphs for needle in needles(paragraph) if needle not in text]
    assert missing == []
    # The body, from the proposals to the last section, in the document's own order.
    body = paragraphs[paragraphs.index("Förvaltningens förslag till beslut"):]
    body = body[:next(i for i, p in enumerate(body) if "\n" in p and not re.match(r"\d+\. ", p))]
    position = text.index("Förvaltningens förslag till beslut")
    for paragraph in body:
        for needle in needles(paragraph):
            found = text.find(needle, position)
            assert found >= 0, f"out of order or missing: {needle[:80]!r}"
            position = found + len(needle)


def test_the_facts_panel_shows_what_the_document_gives_and_absence_as_absence(site: Path):
    jarva = main_text(page(site, f"rapporter/{JARVA}"))
    assert "4 juli 2018 – 31 december 2020, förlängd till 30 juni 2021" in jarva
    assert "Nämndens sammanträde Uppgift saknas i rapporten" in jarva
    assert "Nästa steg Omförhandling av överenskommelsen" in jarva
    assert "Stadsdel Järva (tidigare Rinkeby-Kista)" in jarva
    dromstort = main_text(page(site, f"rapporter/{DROMSTORT}"))
    assert "Nämndens sammanträde 22 augusti 2024" in dromstort
    assert "Plats Rågsved" in dromstort
    assert "Måluppfyllelse Uppgift saknas i rapporten" in dromstort
    for text in (jarva, dromstort):  # the seeds give no amounts: the page says so, never zero
        assert "Belopp Beloppet anges inte i rapporten" in text
    assert "Tema Föräldraskapsstöd" in jarva
    assert "Tema Läxhjälp och skolstöd , Arbete och sysselsättning" in dromstort  # two links


def test_a_report_shows_its_agreements_as_a_timeline_and_as_a_table(site: Path):
    soup = page(site, f"rapporter/{JARVA}")
    figure = soup.select_one("figure.iop-figure svg.iop-timeline")
    assert figure["role"] == "img"
    title, summary = (soup.find(id=name) for name in figure["aria-labelledby"].split())
    assert title.get_text() == "Tidslinje för överenskommelserna 2018–2024"
    assert summary.get_text().startswith("5 överenskommelser från 4 juli 2018 till 31 december 2024.")
    # An agreement within one year is labelled with that year, not "2021–2021".
    assert [" ".join(t.get_text(" ").split()) for t in figure.select("text.iop-chart-label")] == [
        "1. 2018–2020, förlängd till 30 juni 2021", "2. 2021", "3. Årlig överenskommelse 2022",
        "4. Årlig överenskommelse 2023", "5. Årlig överenskommelse 2024"]
    assert len(figure.select("rect.iop-ink[y]")) == 5  # five agreements (the pattern's own rect has no position)
    assert len(figure.select("rect[fill]")) == 1  # one extension, hatched
    table = soup.find("caption", string="Överenskommelserna som tabell").find_parent("table")
    rows = [[cell.get_text() for cell in row.find_all(["th", "td"])] for row in table.tbody.find_all("tr")]
    assert rows[0] == ["1", "4 juli 2018", "31 december 2020", "30 juni 2021"]
    assert rows[2:] == [["3", "1 januari 2022", "31 december 2022", "–"], ["4", "1 januari 2023", "31 december 2023", "–"],
                        ["5", "1 januari 2024", "31 december 2024", "–"]]


def test_district_organisation_and_year_pages_list_the_right_reports(site: Path):
    assert linked_reports(site, "stadsdelar/jarva") == {JARVA}
    assert linked_reports(site, "stadsdelar/enskede-arsta-vantor") == {DROMSTORT}
    assert linked_reports(site, "organisationer/studiefremjandet-stockholm-gotland") == {JARVA}
    assert linked_reports(site, "organisationer/dromstort") == {DROMSTORT}
    assert linked_reports(site, "ar/2019") == {JARVA}  # the first agreement
    assert linked_reports(site, "ar/2021") == {JARVA}  # its extension, then the second agreement
    assert linked_reports(site, "ar/2023") == {JARVA, DROMSTORT}
    assert linked_reports(site, "rapporter") == {JARVA, DROMSTORT}
    assert "Rinkeby-Kista" in main_text(page(site, "stadsdelar/jarva"))
    assert "Studieförbundet Stockholm Gotland" in main_text(page(site, "organisationer/studiefremjandet-stockholm-gotland"))


def test_a_report_page_links_to_its_district_organisation_and_years(site: Path):
    hrefs = {a["href"] for a in page(site, f"rapporter/{JARVA}").select("article a[href]")}
    assert {"../../stadsdelar/jarva/", "../../organisationer/studiefremjandet-stockholm-gotland/",
            "../../ar/2018/", "../../ar/2021/", "../../ar/2024/"} <= hrefs


def test_pagefind_indexes_reports_and_their_districts_organisations_and_themes_with_filters(site: Path):
    entry = json.loads((site / "pagefind/pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["sv"]  # Swedish stemming
    assert entry["languages"]["sv"]["page_count"] == 2 + 2 + 2 + 10  # reports, districts, organisations, themes
    report = page(site, f"rapporter/{JARVA}")
    body = report.select_one("[data-pagefind-body]")
    filters = {(el["data-pagefind-filter"], el.get_text()) for el in body.select("[data-pagefind-filter]")}
    assert {("stadsdel", "Järva"), ("organisation", "Studiefremjandet Stockholm Gotland"), ("år", "2018"), ("år", "2024"),
            ("måluppfyllelse", "Målen har uppfyllts"), ("nästa steg", "Omförhandling av överenskommelsen"),
            ("tema", "Föräldraskapsstöd")} <= filters
    assert "Rinkeby-Kista" in body.get_text() and "Studieförbundet" in body.get_text()  # former names and aliases are found
    # Navigation, footer and listings are not indexed.
    assert report.select_one("header [data-pagefind-body], footer [data-pagefind-body]") is None
    assert page(site, "rapporter").select_one("[data-pagefind-body]") is None
    assert not (site / "search/search_index.json").exists()  # Material's whole-site index is gone


@pytest.mark.parametrize("built", ["site", "corpus_site"])
def test_the_search_page_asks_for_the_index_metadata_and_program_as_it_loads(built: str, request: pytest.FixtureRequest):
    import gzip

    site = request.getfixturevalue(built)
    entry = json.loads((site / "pagefind/pagefind-entry.json").read_text(encoding="utf-8"))["languages"]["sv"]
    html = (site / "sok/index.html").read_text(encoding="utf-8")
    links = BeautifulSoup(html, "html.parser").select('head link[rel="preload"]')
    assert [(link["href"], link["as"], link["crossorigin"]) for link in links] == [
        (f"../pagefind/pagefind.{entry['hash']}.pf_meta", "fetch", "anonymous"),
        ("../pagefind/wasm.sv.pagefind", "fetch", "anonymous")]
    assert all((site / "sok" / link["href"]).is_file() for link in links)
    assert "iop:search-preload" not in html
    # its copies were made once the names were in
    assert gzip.decompress((site / "sok/index.html.gz").read_bytes()).decode("utf-8") == html
    assert not (site / "sok/index.html.br").exists()  # a page has a .gz alone (server.py's `brotli_pays`)
    # no other page asks for them (they weigh 140 KB at 10,000 reports): the header box loads them on focus
    assert not [path for path in site.rglob("*.html") if path != site / "sok/index.html"
                and ('rel="preload"' in (text := path.read_text(encoding="utf-8")) or "iop:search-preload" in text)]


def test_no_page_loads_anything_from_another_host(site: Path):
    offenders = []
    for html in site.rglob("*.html"):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.find_all(["script", "link", "img", "iframe", "source", "video", "audio", "a", "form", "object"]):
            for attr in ("src", "href", "action", "srcset", "data"):
                value = tag.get(attr)
                if value and urlparse(value).netloc:
                    offenders.append(f"{html.relative_to(site)}: <{tag.name} {attr}={value}>")
    # Links are not requests: the only ones to other hosts are the supervisory authority's complaint form and the licence.
    for allowed in ("tillganglighet/index.html: <a href=https://www.digg.se/tdosanmalan>",
                    "oppna-data/index.html: <a href=http://creativecommons.org/publicdomain/zero/1.0/>"):
        assert allowed in offenders
        offenders.remove(allowed)
    for css in site.rglob("*.css"):
        offenders += [f"{css.relative_to(site)}: {url}" for url in re.findall(r"url\(['\"]?(https?:[^)'\"]+)", css.read_text(encoding="utf-8"))]
    assert offenders == []


def test_single_report_district_organisation_and_year_pages_stay_out_of_the_sidebar(site: Path):
    nav = page(site, f"rapporter/{JARVA}").select_one("nav.md-nav--primary")
    titles = [a.get_text(" ", strip=True) for a in nav.select("a.md-nav__link")]
    assert titles == ["Start", "Rapporter", "Stadsdelar", "Organisationer", "År", "Teman", "Lärdomar", "Sök", "Öppna data"]


def test_pages_are_swedish_and_titled_after_their_content(site: Path):
    soup = page(site, f"rapporter/{DROMSTORT}")
    assert soup.html["lang"] == "sv"
    assert soup.title.get_text() == "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort - IOP-rapporter"
    assert [h.get_text(" ", strip=True).rstrip(" ¶") for h in soup.select("article h1")] == [
        "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort"]


def test_a_failed_build_reports_every_problem_and_leaves_the_last_site_untouched(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    site = project / "site"
    assert mkdocs_build(project / "mkdocs.yml", site).returncode == 0
    before = digests(site)

    edit(project / "content/reports" / f"{JARVA}.yml", "outcome: goals_met", "outcome: klart")
    edit(project / "content/reports" / f"{DROMSTORT}.yml", "meeting_date: 2024-08-22", "meeting_date: 22 aug")
    result = mkdocs_build(project / "mkdocs.yml", site)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (f"content/reports/{DROMSTORT}.yml:8:15: meeting_date: förväntade ett datum (ÅÅÅÅ-MM-DD), fick '22 aug'\n"
            f"  content/reports/{JARVA}.yml:41:10: outcome: okänt värde 'klart' "
            "(tillåtna: goals_met, goals_partly_met, goals_not_met)") in result.stderr
    assert digests(site) == before


def copy_project(target: Path, reverse_content: bool = False) -> Path:
    """A private copy of the project; content files created in reverse order if asked."""
    site_files(target)
    sources = sorted((REPO / "content").rglob("*"), reverse=reverse_content)
    for source in sources:
        if source.is_file():
            (target / source.relative_to(REPO)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, target / source.relative_to(REPO))
    return target


def digests(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical_whatever_the_hash_seed_time_zone_language_day_and_file_order(tmp_path: Path):
    """Every file, the search index included, under everything that differs between two machines or two days."""
    if not shutil.which("faketime"):
        pytest.fail("faketime is not installed; `make test` installs it")
    first = corpus_project(tmp_path / "a", 60)
    # The second copy on another file system (tmpfs lists files in another order), its files made in reverse.
    other = Path(tempfile.mkdtemp(prefix="iop-b-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    second = site_files(other / "project")
    for source in sorted((first / "content").rglob("*"), reverse=True):
        target = second / source.relative_to(first)
        if source.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, target)
    runs = [(first, "2026-01-01 08:00:00", {"PYTHONHASHSEED": "1", "TZ": "UTC", "LANG": "C.UTF-8", "TMPDIR": str(tmp_path)}),
            (second, "2027-07-15 23:30:00", {"PYTHONHASHSEED": "4242", "TZ": "Pacific/Auckland", "LANG": "sv_SE.UTF-8",
                                             "LC_ALL": "sv_SE.UTF-8", "TMPDIR": str(other)})]
    try:
        for index, (project, day, env) in enumerate(runs):
            result = subprocess.run(["faketime", day, sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                                     str(project / "mkdocs.yml"), "-d", str(tmp_path / f"site-{index}")],
                                    capture_output=True, text=True, env={**ENV, **env})
            assert result.returncode == 0, result.stderr
        first_files, second_files = digests(tmp_path / "site-0"), digests(tmp_path / "site-1")
        assert any(path.startswith("pagefind/index/") for path in first_files)
        assert first_files == second_files
    finally:
        shutil.rmtree(other, ignore_errors=True)


def test_the_build_is_stamped_with_the_newest_content_date_not_the_clock(site: Path):
    stamp = int.from_bytes((site / "sitemap.xml.gz").read_bytes()[4:8], "little")
    assert stamp == int(datetime(2024, 10, 9, tzinfo=timezone.utc).timestamp())  # Järva's approval


def test_a_report_page_that_goes_missing_fails_the_build(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    (project / "drop.py").write_text(
        "def on_files(files, config):\n"
        f"    files.remove(files.get_file_from_path('rapporter/{JARVA}.md'))\n"
        "    return files\n", encoding="utf-8")
    with (project / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("\nhooks:\n  - drop.py\n")
    result = mkdocs_build(project / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 1
    assert f"2 rapportfiler men 1 rapportsidor byggdes (saknas: {JARVA})" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("breakage, message", [
    ("{{ publisher.nme }}", "docs/om.md:"),  # a typo in a placeholder of a hand-written page
    ("[trasig länk](finns-inte.md)", "Bygget avbröts: 1 varning"),  # a strict-mode warning, in Swedish
])
def test_any_failed_build_leaves_the_last_site_untouched(tmp_path: Path, breakage: str, message: str):
    project = copy_project(tmp_path / "project")
    site = project / "site"
    assert mkdocs_build(project / "mkdocs.yml", site).returncode == 0
    before = digests(site)
    with (project / "docs/om.md").open("a", encoding="utf-8") as page:
        page.write(f"\n{breakage}\n")
    result = mkdocs_build(project / "mkdocs.yml", site)
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert message in output and "Traceback" not in output, output
    assert digests(site) == before
    assert sorted(p.name for p in project.iterdir()) == ["content", "docs", "mkdocs.yml", "overrides", "site"]


@pytest.mark.parametrize("which", ["site", "corpus_site"])
def test_every_link_and_anchor_between_pages_leads_somewhere(which: str, request: pytest.FixtureRequest):
    """On the shipped content and on 130 synthetic reports: no link to a page, file or id the build did not make."""
    from urllib.parse import unquote, urlsplit

    corpus_site: Path = request.getfixturevalue(which)

    ids: dict[Path, set[str]] = {}
    links: list[tuple[Path, str]] = []
    for page in corpus_site.rglob("*.html"):
        if page.is_relative_to(corpus_site / "pagefind"):
            continue
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        ids[page] = {tag["id"] for tag in soup.find_all(id=True)}
        links += [(page, a["href"]) for a in soup.find_all(["a", "link"], href=True)]
    broken = []
    for page, href in links:
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or href.startswith("mailto:") or href.startswith("tel:"):
            continue
        path = unquote(parts.path)
        target = ((corpus_site / path.lstrip("/")) if path.startswith("/") else (page.parent / path).resolve()) if path else page
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            broken.append(f"{page.relative_to(corpus_site)}: {href}")
        elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in ids.get(target, set()):
            broken.append(f"{page.relative_to(corpus_site)}: {href} (no such id)")
    assert len(links) > 500
    assert broken == [], "\n".join(broken)
