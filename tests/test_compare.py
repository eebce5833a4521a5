"""Outcomes a citizen can compare: totals, outcomes and amounts per year, checked against numbers worked out by hand."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import mkdocs_build, site_files


def report(district: str, themes: list[str], agreements: list[dict], text: str, **fields: object) -> dict:
    return {
        "title": f"Slutrapport för ett partnerskap i {district}", "district": district, "organisation": "o",
        "committee": "Nämnden", "case_officer": {"name": "Handläggare"}, "proposals": ["Nämnden godkänner rapporten."],
        "agreements": agreements, "themes": themes,
        "sections": [{"heading": "Sammanfattning", "text": text}], **fields,
    }


A = report("d1", ["t1"], [{"start": "2020-01-01", "end": "2021-12-31"}],
           "Nämnden bidrog med 300 000 kronor per år under 2020 och 2021. Ett överskott om 20 000 kronor har återbetalats."
           "\n\nUnder perioden deltog 120 föräldrar.",
           outcome="goals_met",
           funding=[{"amount": 300000, "kind": "per_year", "years": [2020, 2021],
                     "quote": "Nämnden bidrog med 300 000 kronor per år under 2020 och 2021."},
                    {"amount": 20000, "kind": "repaid", "quote": "Ett överskott om 20 000 kronor har återbetalats."}],
           figures=[{"value": 120, "unit": "föräldrar", "measures": "deltagare under perioden",
                     "quote": "Under perioden deltog 120 föräldrar."}])
B = report("d1", ["t1"], [{"year": 2021}], "Totalt har 1,2 mnkr betalats ut.", outcome="goals_partly_met",
           funding=[{"amount": 1200000, "kind": "total", "quote": "Totalt har 1,2 mnkr betalats ut."}])
C = report("d2", ["t1", "t2"], [{"start": "2021-03-01", "end": "2022-02-28"}], "Bidraget var 450 tkr per år.",
           funding=[{"amount": 450000, "kind": "per_year", "quote": "Bidraget var 450 tkr per år."}])  # no years: no sum
D = report("d2", ["t2"], [{"year": 2022}], "Partnerskapet gav inte det som var tänkt.", outcome="goals_not_met")
# District d3 mixes every kind: per-year amounts with their years and a one-off grant (E), a total beside the
# per-year amounts that add up to it (F), and an amount for a period with its dates (G).
E = report("d3", ["t2"], [{"start": "2019-01-01", "end": "2020-12-31"}],
           "Nämnden bidrog med 200 000 kronor per år under 2019 och 2020. Ett extra bidrag om 50 000 kronor betalades ut 2020.",
           outcome="goals_met",
           funding=[{"amount": 200000, "kind": "per_year", "years": [2019, 2020],
                     "quote": "Nämnden bidrog med 200 000 kronor per år under 2019 och 2020."},
                    {"amount": 50000, "kind": "one_off", "years": [2020],
                     "quote": "Ett extra bidrag om 50 000 kronor betalades ut 2020."}])
F = report("d3", ["t2"], [{"start": "2020-01-01", "end": "2021-12-31"}],
           "Bidraget var 100 000 kronor per år 2020 och 2021, totalt 200 000 kronor.", outcome="goals_met",
           funding=[{"amount": 100000, "kind": "per_year", "years": [2020, 2021],
                     "quote": "Bidraget var 100 000 kronor per år 2020 och 2021, totalt 200 000 kronor."},
                    {"amount": 200000, "kind": "total",
                     "quote": "Bidraget var 100 000 kronor per år 2020 och 2021, totalt 200 000 kronor."}])
G = report("d3", ["t2"], [{"start": "2021-07-01", "end": "2023-06-30"}],
           "För perioden 1 juli 2021 till 30 juni 2023 betalades 480 000 kronor.", outcome="goals_partly_met",
           funding=[{"amount": 480000, "kind": "period", "start": "2021-07-01", "end": "2023-06-30",
                     "quote": "För perioden 1 juli 2021 till 30 juni 2023 betalades 480 000 kronor."}])


def write_content(content: Path, files: dict[str, object]) -> None:
    for path, data in files.items():
        (content / path).parent.mkdir(parents=True, exist_ok=True)
        (content / path).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def built(project: Path, files: dict[str, object]) -> Path:
    """The site of a project whose content is these files (YAML data by path under content/)."""
    write_content(project / "content", files)
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = site_files(tmp_path_factory.mktemp("compare") / "project")
    files = {
        "districts.yml": [{"id": "d1", "name": "Norrby", "committee": "Norrby stadsdelsnämnd"},
                          {"id": "d2", "name": "Söderby", "committee": "Söderby stadsdelsnämnd"}],
        "organisations.yml": [{"id": "o", "name": "Föreningen Exempel"}],
        "themes.yml": [{"id": "t1", "name": "Föräldraskapsstöd", "description": "Stöd till föräldrar."},
                       {"id": "t2", "name": "Idrott och fritid", "description": "Idrott."}],
        "reports/a.yml": A, "reports/b.yml": B, "reports/c.yml": C, "reports/d.yml": D,
    }
    return built(project, files)


def soup(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def totals(site: Path, url: str) -> dict[str, str]:
    """The 'I siffror' facts, term -> text."""
    page = soup(site, url)
    facts = page.find("h2", id="i-siffror").find_next("dl")
    return {dt.get_text(strip=True): spaces(dt.find_next("dd").get_text()) for dt in facts.find_all("dt")}


def spaces(text: str) -> str:
    """Line breaks and runs of spaces as one space; a no-break space stays what it is."""
    return re.sub(r"[ \t\n]+", " ", text).strip()


def visible(element) -> str:  # type: ignore[no-untyped-def]
    """An element's text as it shows on the screen (without what is there for screen readers only)."""
    copy = BeautifulSoup(str(element), "html.parser")
    for hidden in copy.select(".iop-visually-hidden"):
        hidden.decompose()
    return spaces(copy.get_text(" "))


def outcomes(site: Path, url: str) -> dict[str, int]:
    table = soup(site, url).find("caption", string="Förvaltningens bedömning av målen, som tabell").find_parent("table")
    return {row.th.get_text(strip=True): int(row.td.get_text()) for row in table.tbody.find_all("tr")}


KR = "\u00a0"  # thousands are grouped with a no-break space


def test_a_district_page_sums_the_amounts_its_reports_give_and_counts_outcomes(site: Path):
    assert totals(site, "stadsdelar/d1") == {
        "Partnerskap": "2",
        "Summa av angivna belopp": f"1{KR}800{KR}000 kr, från 2 av 2 partnerskap",  # 2 × 300 000 + 1 200 000
        "Återbetalt": f"20{KR}000 kr, från 1 partnerskap",
        "Målen uppfyllda": "1 av 2 partnerskap som har fått en bedömning (50 %)",
    }
    assert outcomes(site, "stadsdelar/d1") == {"Målen har uppfyllts": 1, "Målen har delvis uppfyllts": 1,
                                              "Målen har inte uppfyllts": 0, "Bedömning anges inte": 0}
    years = soup(site, "stadsdelar/d1").find("caption", string="Belopp per år som tabell").find_parent("table")
    assert [[cell.get_text() for cell in row.find_all(["th", "td"])] for row in years.tbody.find_all("tr")] == [
        ["2020", f"300{KR}000 kr", "1"], ["2021", f"300{KR}000 kr", "1"]]


def test_an_amount_that_cannot_be_summed_is_not_guessed(site: Path):
    assert totals(site, "stadsdelar/d2") == {
        "Partnerskap": "2",
        "Summa av angivna belopp": "Inget av partnerskapen anger ett belopp som går att summera",
        "Målen uppfyllda": "0 av 1 partnerskap som har fått en bedömning (0 %)",
    }
    # The listing still shows what C gives, per year, and says why there is no sum.
    row = soup(site, "stadsdelar/d2").find("a", href="../../rapporter/c/").find_parent("tr")
    cells = [visible(td) for td in row.find_all("td")]
    assert cells[1] == "Belopp: Anges inte summan anges inte: rapporten säger inte för hur många år"
    assert cells[2] == f"Per år: 450{KR}000 kr enligt rapporten"
    assert outcomes(site, "stadsdelar/d2") == {"Målen har uppfyllts": 0, "Målen har delvis uppfyllts": 0,
                                              "Målen har inte uppfyllts": 1, "Bedömning anges inte": 1}


def test_a_theme_page_gathers_its_partnerships_across_districts(site: Path):
    assert totals(site, "teman/t1") == {
        "Partnerskap": "3",
        "Summa av angivna belopp": f"1{KR}800{KR}000 kr, från 2 av 3 partnerskap. 1 anger inget belopp som går att "
                                   "summera (1 av dem anger ett belopp per år men inte för hur många år)",
        "Återbetalt": f"20{KR}000 kr, från 1 partnerskap",
        "Målen uppfyllda": "1 av 2 partnerskap som har fått en bedömning (50 %)",
    }
    assert outcomes(site, "teman/t1") == {"Målen har uppfyllts": 1, "Målen har delvis uppfyllts": 1,
                                         "Målen har inte uppfyllts": 0, "Bedömning anges inte": 1}
    rows = soup(site, "teman/t1").select("table.iop-reports tbody tr")
    assert len(rows) == 3
    amounts = sorted((visible(row.find_all("td")[1]), visible(row.find_all("td")[2])) for row in rows)
    assert amounts == [
        (f"Belopp: 1{KR}200{KR}000 kr totalt enligt rapporten", f"Per år: 1{KR}200{KR}000 kr i snitt över 12 månader"),
        (f"Belopp: 600{KR}000 kr summan av belopp per år; 20{KR}000 kr återbetalt", f"Per år: 300{KR}000 kr enligt rapporten"),
        ("Belopp: Anges inte summan anges inte: rapporten säger inte för hur många år", f"Per år: 450{KR}000 kr enligt rapporten"),
    ]


def test_a_year_page_gives_the_amounts_for_that_year(site: Path):
    assert totals(site, "ar/2021") == {
        "Partnerskap": "3",
        "Summa av angivna belopp": f"1{KR}800{KR}000 kr, från 2 av 3 partnerskap. 1 anger inget belopp som går att "
                                   "summera (1 av dem anger ett belopp per år men inte för hur många år)",
        "Återbetalt": f"20{KR}000 kr, från 1 partnerskap",
        "Belopp för 2021": f"300{KR}000 kr, från 1 partnerskap som anger ett belopp för just 2021",
        "Målen uppfyllda": "1 av 2 partnerskap som har fått en bedömning (50 %)",
    }


def test_outcomes_per_year_are_a_chart_with_the_same_numbers_in_a_table(site: Path):
    page = soup(site, "ar")
    chart = page.select_one("svg.iop-chart")
    assert chart["role"] == "img"
    title, summary = (page.find(id=name).get_text() for name in chart["aria-labelledby"].split())
    assert title == "Förvaltningens bedömning av målen, per år" and summary
    table = page.find("caption", string="Måluppfyllelse per år som tabell").find_parent("table")
    assert [[cell.get_text() for cell in row.find_all(["th", "td"])] for row in table.tbody.find_all("tr")] == [
        ["2022", "0", "0", "1", "1"],  # C runs into 2022 without an assessment, D was not met
        ["2021", "1", "1", "0", "1"],
        ["2020", "1", "0", "0", "0"],
    ]
    assert [text.get_text() for text in chart.select("tspan.iop-chart-value")] == ["2", "3", "1"]  # the bars' totals


def test_themes_index_charts_partnerships_per_theme(site: Path):
    table = soup(site, "teman").find("caption", string="Partnerskap per tema som tabell").find_parent("table")
    assert {row.th.get_text(): row.td.get_text() for row in table.tbody.find_all("tr")} == {
        "Föräldraskapsstöd": "3", "Idrott och fritid": "2"}


def test_a_report_shows_its_amounts_and_figures_each_linked_to_its_sentence(site: Path):
    page = soup(site, "rapporter/a")
    facts = page.select_one("dl.iop-facts")
    amounts = [dd for dd in facts.find_all("dd") if dd.find("a", href="#belopp-1") or dd.find("a", href="#belopp-2")]
    assert [visible(dd) for dd in amounts] == [
        f"300{KR}000 kr per år (2020 och 2021)", f"20{KR}000 kr återbetalt"]
    assert page.find(id="belopp-1").get_text() == "Nämnden bidrog med 300 000 kronor per år under 2020 och 2021."
    assert page.find(id="belopp-2").get_text() == "Ett överskott om 20 000 kronor har återbetalats."
    assert page.find("a", href="#resultat-1").get_text() == "120 föräldrar"
    assert page.find(id="resultat-1").get_text() == "Under perioden deltog 120 föräldrar."
    assert "Beloppet anges inte i rapporten" in soup(site, "rapporter/d").select_one("dl.iop-facts").get_text()


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A district whose three reports give every kind of amount."""
    project = site_files(tmp_path_factory.mktemp("mixed") / "project")
    files = {
        "districts.yml": [{"id": "d3", "name": "Västerby", "committee": "Västerby stadsdelsnämnd"}],
        "organisations.yml": [{"id": "o", "name": "Föreningen Exempel"}],
        "themes.yml": [{"id": "t2", "name": "Idrott och fritid", "description": "Idrott."}],
        "reports/e.yml": E, "reports/f.yml": F, "reports/g.yml": G,
    }
    return built(project, files)


def test_mixed_kinds_of_amounts_add_up_to_numbers_worked_out_by_hand(mixed: Path):
    site = mixed
    # E: 2 × 200 000 + 50 000 = 450 000; F: its total, 200 000 (= 2 × 100 000); G: its period, 480 000.
    assert totals(site, "stadsdelar/d3")["Summa av angivna belopp"] == f"1{KR}130{KR}000 kr, från 3 av 3 partnerskap"
    years = soup(site, "stadsdelar/d3").find("caption", string="Belopp per år som tabell").find_parent("table")
    assert [[cell.get_text() for cell in row.find_all(["th", "td"])] for row in years.tbody.find_all("tr")] == [
        ["2019", f"200{KR}000 kr", "1"],  # E
        ["2020", f"350{KR}000 kr", "2"],  # E 200 000 + 50 000 one-off, F 100 000
        ["2021", f"100{KR}000 kr", "1"],  # F; G's period amount belongs to no single year
    ]
    # The two numbers differ, and the page says by how much and why: 650 000 in years, 1 130 000 in all.
    hint = spaces(soup(site, "stadsdelar/d3").find("h2", id="i-siffror").find_next("p", class_="iop-hint").get_text())
    assert hint.startswith(f"Tabellen över belopp per år räknar bara de belopp som rapporterna anger för ett visst år: "
                           f"sammanlagt 650{KR}000 kr. Summan av angivna belopp, 1{KR}130{KR}000 kr, räknar också med "
                           "belopp för en period och totalbelopp")
    assert "1 partnerskap anger bara sådana belopp" in hint  # G
    rows = {row.th.a["href"]: [visible(td) for td in row.find_all("td")[1:3]]
            for row in soup(site, "stadsdelar/d3").select("table.iop-reports tbody tr")}
    assert rows["../../rapporter/e/"] == [f"Belopp: 450{KR}000 kr summan av belopp per år och engångsbelopp",
                                          f"Per år: 200{KR}000 kr enligt rapporten"]
    assert rows["../../rapporter/f/"] == [f"Belopp: 200{KR}000 kr totalt enligt rapporten",
                                          f"Per år: 100{KR}000 kr enligt rapporten"]
    assert rows["../../rapporter/g/"] == [f"Belopp: 480{KR}000 kr för perioden",
                                          f"Per år: 240{KR}000 kr i snitt över 24 månader"]


def test_a_period_amount_told_beside_the_per_year_amounts_it_sums_is_refused_where_it_stands(tmp_path: Path):
    from generator.content.catalogue import read_catalogue
    from generator.errors import ContentError

    content = tmp_path / "content"
    twice = dict(E, funding=[E["funding"][0], {"amount": 400000, "kind": "period", "start": "2019-01-01",
                                                "end": "2020-12-31", "quote": "Ett extra bidrag om 50 000 kronor betalades ut 2020."}])
    twice["sections"] = [{"heading": "Sammanfattning", "text": E["sections"][0]["text"] + "\n\nFör hela perioden betalades 400 000 kronor."}]
    twice["funding"][1]["quote"] = "För hela perioden betalades 400 000 kronor."
    write_content(content, {"districts.yml": [{"id": "d3", "name": "Västerby", "committee": "Västerby stadsdelsnämnd"}],
                            "organisations.yml": [{"id": "o", "name": "Föreningen Exempel"}],
                            "themes.yml": [{"id": "t2", "name": "Idrott och fritid", "description": "Idrott."}],
                            "reports/e.yml": twice})
    with pytest.raises(ContentError) as caught:
        read_catalogue(content, base=tmp_path)
    (problem,) = caught.value.problems
    assert str(problem).startswith("content/reports/e.yml:")
    assert problem.field == "funding[1].kind"
    assert problem.message.startswith("beloppet för perioden omfattar hela 2019 och 2020, som beloppet per år i "
                                      "funding[0] också gäller, och samma pengar skulle räknas två gånger")
