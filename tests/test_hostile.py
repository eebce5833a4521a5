"""A corpus of hostile values in every text field builds, and none of it becomes markup.

The proof: the same site built from plain placeholder values has exactly the
same elements and attributes on every page, and every hostile value is shown
as the text it is.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

import feedparser
from rdflib import Graph

from conftest import mkdocs_build, site_files
from generator.site.columns import COLUMNS
from hostile_values import HOSTILE


def corpus(text: Callable[[int], str]) -> dict[str, object]:
    """Content in which every free-text field takes text(n) for its own n."""
    counter = iter(range(10_000))

    def t() -> str:
        return text(next(counter))

    def many(count: int) -> list[str]:
        return [t() for _ in range(count)]

    quoted = t() + " (citerat)"  # once in the text: where a quotation is marked does not depend on the values
    amount = t() + " med 450 000 kronor (belopp)"
    figure = t() + " med 120 deltagare (resultat)"
    report = {
        "title": t(), "subtitle": t(), "district": "d", "organisation": "o", "committee": t(), "case_number": t(),
        "meeting_date": "2024-08-22",
        "case_officer": {"name": t(), "phone": "08-508 033 05"},
        "proposals": many(len(HOSTILE)),
        "agreements": [{"start": "2022-09-01", "end": "2023-06-30", "extended_to": "2023-12-31"}, {"year": 2024}],
        "activities": many(3), "places": many(2),
        "outcome": "goals_met", "next_step": "ended",
        "sections": [
            {"heading": t(), "text": "\n\n".join(many(len(HOSTILE)))},
            {"heading": t(), "sections": [{"heading": t(), "text": f"{quoted}\n\n{amount}\n\n{figure}"}]},
        ],
        "themes": ["t"],
        "funding": [{"amount": 450000, "kind": "per_year", "years": [2023], "quote": amount}],
        "figures": [{"value": 120, "unit": t(), "measures": t(), "quote": figure}],
        "lessons": {"challenges": [quoted], "success_factors": [quoted]},
        "signatories": [{"name": t(), "title": t(), "unit": t()}],
        "approvals_statement": t(),
        "approvals": [{"name": t(), "title": t(), "date": "2024-08-16"}],
        "attachments": [{"title": t()} for _ in range(2)],
    }
    return {
        "districts.yml": [{"id": "d", "name": t(), "committee": t(), "administration": t(), "former_names": many(2)}],
        "organisations.yml": [{"id": "o", "name": t(), "aliases": many(2), "org_number": "556036-0793",
                               "website": "https://example.org/a(b)'c'&d=1"}],
        "themes.yml": [{"id": "t", "name": t(), "description": t()}],
        "reports/r.yml": report,
    }


def build(tmp_path: Path, name: str, text: Callable[[int], str]) -> Path:
    project = site_files(tmp_path / name)
    for path, data in corpus(text).items():
        (project / "content" / path).parent.mkdir(parents=True, exist_ok=True)
        (project / "content" / path).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return project / "site"


def hostile(n: int) -> str:
    return HOSTILE[n % len(HOSTILE)]


def plain(n: int) -> str:
    return f"Text {n}"


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    return build(folder, "hostile", hostile), build(folder, "plain", plain)


def shape(html: Path) -> list[tuple[str, tuple[str, ...]]]:
    soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    return [(tag.name, tuple(sorted(tag.attrs))) for tag in soup.find_all(True)]


def is_moved(page: Path) -> bool:
    return 'http-equiv="refresh"' in page.read_text(encoding="utf-8")


def test_every_page_has_the_same_elements_and_attributes_as_with_plain_text(sites: tuple[Path, Path]):
    hostile_site, plain_site = sites
    # The pages at old addresses lie where the former names say, so they differ; each leads on, and nothing else.
    for site in sites:
        for moved in filter(is_moved, site.rglob("*.html")):
            soup = BeautifulSoup(moved.read_text(encoding="utf-8"), "html.parser")
            assert [tag.name for tag in soup.body.find_all(True)] == ["main", "h1", "p", "a"], moved
    pages = sorted(p.relative_to(hostile_site) for p in hostile_site.rglob("*.html") if not is_moved(p))
    assert pages == sorted(p.relative_to(plain_site) for p in plain_site.rglob("*.html") if not is_moved(p))
    assert len(pages) >= 10
    for page in pages:
        assert shape(hostile_site / page) == shape(plain_site / page), page


def test_every_hostile_value_is_shown_as_the_text_it_is(sites: tuple[Path, Path]):
    hostile_site, _ = sites
    text = " ".join(" ".join(BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser").get_text(" ").split())
                    for p in hostile_site.rglob("*.html"))
    missing = [value for value in HOSTILE if " ".join(value.split()) not in text]
    assert missing == []


def test_titles_and_links_carry_content_only_as_text(sites: tuple[Path, Path]):
    hostile_site, _ = sites
    report = BeautifulSoup((hostile_site / "rapporter/r/index.html").read_text(encoding="utf-8"), "html.parser")
    title = corpus(hostile)["reports/r.yml"]["title"]  # type: ignore[index]
    assert report.title.get_text() == f"{title} - IOP-rapporter"
    assert report.select_one("article h1").get_text(" ", strip=True).removesuffix(" ¶") == title
    hrefs = [a["href"] for page in hostile_site.rglob("*.html")
             for a in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find_all("a", href=True)]
    assert not [h for h in hrefs if re.match(r"\s*(javascript|data|vbscript):", h, re.I)]
    assert "https://example.org/a%28b%29'c'&d=1" in hrefs


def test_hostile_text_stays_inert_in_the_csv_json_feed_and_catalogue(sites: tuple[Path, Path]):
    hostile_site, _ = sites
    free_text = {column.name for column in COLUMNS if column.free_text}
    cells = [(name, value) for row in csv.DictReader(io.StringIO((hostile_site / "data/rapporter.csv").read_text(encoding="utf-8")))
             for name, value in row.items()]
    # No cell starts a formula: text that would is prefixed with ' (OWASP's rule), and nothing else is touched.
    assert [value for _, value in cells if value.startswith(("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"))] == []
    guarded = [value for name, value in cells if name in free_text and value.startswith("'")]
    assert guarded and all(value[1:].startswith(("=", "+", "-", "@", "\t", "＝")) for value in guarded)
    record = json.loads((hostile_site / "data/rapporters/r.json".replace("rapporters", "rapporter")).read_text(encoding="utf-8"))
    title = corpus(hostile)["reports/r.yml"]["title"]  # type: ignore[index]
    assert record["title"] == title  # JSON carries the text exactly, unguarded
    feed = feedparser.parse((hostile_site / "flode.xml").read_bytes(), response_headers={"content-type": "application/atom+xml"})
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.entries[0].title == title
    graph = Graph()
    graph.parse(hostile_site / "data/katalog.rdf", format="xml", publicID="https://example.org/data/katalog.rdf")
    district = corpus(hostile)["districts.yml"][0]["name"]  # type: ignore[index]
    assert f"Slutrapporter från {district}" in {str(o) for o in graph.objects()}
