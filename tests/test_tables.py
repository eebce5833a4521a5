"""A table in a report's text: shown as a table, its money quotable by row where a heading names the unit."""
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from generator.content.catalogue import read_catalogue
from generator.content.tables import heading_scale, quoted_row_amounts, row_amounts, table_of
from generator.site.quotes import Marker, Quote

from conftest import edit, mkdocs_build, problems, site_files

DROMSTORT = "reports/enskede-arsta-vantor-dromstort-2022-2024.yml"

TABLE = ("Tabell 1. Bidrag och egen insats per år\n"
         "År\tBidrag från nämnden (kr)\tEgen insats (kr)\n"
         "2023\t150 000\t20 000\n"
         "2024\t100 000\t12 500\n"
         "Totalt\t250 000\t32 500")


def test_a_paragraph_of_rows_with_tabs_is_a_table_with_its_caption_and_heading_row():
    table = table_of(TABLE)
    assert table is not None
    assert table.caption == "Tabell 1. Bidrag och egen insats per år"
    assert table.header
    assert table.rows[1] == ["2023", "150 000", "20 000"]
    # A short row is padded; a first row with counts in it is data, not headings ("År<TAB>2022" heads: years).
    assert table_of("Föräldrakurser\t12\t85\nLäxhjälp\t3").rows == [["Föräldrakurser", "12", "85"], ["Läxhjälp", "3", ""]]
    assert not table_of("Föräldrakurser\t12\t85\nLäxhjälp\t3\t40").header
    assert table_of("År\t2022\t2023\nDeltagare\t40\t52").header


@pytest.mark.parametrize("block", [
    "Bidraget var 150 000 kr\tunder 2023.",  # one line: running text with a stray tab
    "År\tBidrag (kr)\n2023 150 000",  # a line without a tab among the rows
    "Bidraget betalades ut kvartalsvis.\nDet räckte.",
])
def test_anything_else_is_running_text(block: str):
    assert table_of(block) is None


@pytest.mark.parametrize("heading, scale", [
    ("Bidrag (kr)", 1), ("Belopp i tkr", 1000), ("Ersättning, kr", 1), ("Kronor", 1), ("SEK", 1),
    ("Utfall 2024 (tusental kronor)", 1000), ("Budget (mnkr)", 1_000_000),
    ("Bidrag", None), ("Antal deltagare", None), ("Kristinehamn", None), ("Tkr-konto", None),
])
def test_a_heading_names_the_unit_of_the_amounts_under_it(heading: str, scale: int | None):
    assert heading_scale(heading) == scale


def test_a_rows_amounts_are_its_own_and_the_bare_numbers_its_column_row_corner_or_caption_names_the_unit_of():
    table = table_of(TABLE)
    assert table is not None
    assert [row_amounts(table, index) for index in range(4)] == [[], [150000, 20000], [100000, 12500], [250000, 32500]]
    by_row = table_of("År\t2022\t2023\nErsättning, tkr\t450\t412,5\nDeltagare\t12\t14")
    assert by_row and row_amounts(by_row, 1) == [450000, 412500] and row_amounts(by_row, 2) == []
    corner = table_of("Ekonomi (kr)\tBudget\tUtfall\nLöner\t100 000\t90 500")
    assert corner and row_amounts(corner, 1) == [100000, 90500]
    caption = table_of("Tabell 2. Kostnader (tkr)\nPost\tBudget\nLokal\t120")
    assert caption and row_amounts(caption, 1) == [120000]
    # A heading that names money gives kronor to a number written as kronor are ("310 000", "310000"), not to a
    # count or to thousands left unsaid ("450"); a number under no such heading is no money, a row's label never is.
    money = table_of("År\tBidrag från nämnden\tEgen insats\tSkola\n2023\t150 000\t310000\t12 000\n2024\t450\t\t")
    assert money and row_amounts(money, 1) == [150000] and row_amounts(money, 2) == []
    assert row_amounts(table_of("År\tKostnader\n2023\t150 000"), 1) == [150000]  # type: ignore[arg-type]
    # A unit written in the cell counts wherever it stands.
    assert row_amounts(table_of("År\tBidrag\n2023\t150 000 kr"), 1) == [150000]  # type: ignore[arg-type]


def test_a_quoted_row_is_found_whole_as_read_and_nothing_else_is():
    assert quoted_row_amounts("2023\t150\u2009000\t20 000", [TABLE]) == [150000, 20000]  # a thin space as in a PDF
    assert quoted_row_amounts("Totalt\t250 000", ["År\tBidrag (kr)\t\nTotalt\t250 000\t"]) == [250000]  # empty cells
    assert quoted_row_amounts("2023\t150 000", [TABLE]) is None  # part of a row
    assert quoted_row_amounts("2023 150 000 20 000", [TABLE]) is None  # no cells


def with_table(content: Path, funding: str, table: str = TABLE) -> Path:
    report = content / DROMSTORT
    text = "\n".join("      " + line for line in table.split("\n"))
    edit(report, "  - heading: Sammanfattning", f"  - heading: Ekonomi\n    text: |\n{text}\n\n"
                                                "      Bidraget betalades ut kvartalsvis.\n\n  - heading: Sammanfattning")
    edit(report, "sections:", f"funding:\n{funding}\nsections:")
    return report


ROWS = ('  - amount: 150000\n    kind: per_year\n    years: [2023]\n    quote: "2023\\t150 000\\t20 000"\n'
        '  - amount: 100000\n    kind: per_year\n    years: [2024]\n    quote: "2024\\t100 000\\t12 500"\n')


def test_an_amount_under_a_heading_with_its_unit_is_quoted_by_its_row(content: Path):
    with_table(content, ROWS)
    [report] = [r for r in read_catalogue(content).reports if r.id.startswith("enskede")]
    assert [(item.amount, item.quote) for item in report.funding] == [(150000, "2023\t150 000\t20 000"),
                                                                      (100000, "2024\t100 000\t12 500")]


def test_an_amount_its_row_does_not_give_is_refused_where_it_stands(content: Path):
    with_table(content, ROWS.replace("amount: 100000", "amount: 12500000"))
    assert problems(content) == [
        f"content/{DROMSTORT}:41:13: funding[1].amount: 12\u00a0500\u00a0000 kronor står inte i tabellraden; beloppet "
        "ska stå i raden med sin enhet (\"450 000 kr\") eller under en kolumnrubrik som anger enheten eller att det är "
        "pengar (\"Bidrag (kr)\", \"Belopp i tkr\", \"Bidrag från nämnden\"), och citatet ska vara hela raden med "
        "tabbarna mellan cellerna"]


def test_a_row_quoted_from_nowhere_is_reported_once(content: Path):
    with_table(content, ROWS.replace("2024\\t100 000", "2025\\t100 000"))
    [message] = problems(content)
    assert "funding[1].quote: står inte ordagrant i något stycke" in message


def marked(quotes: list[Quote], block: str) -> str:
    return str(Marker(quotes).block(block))


def test_a_table_is_marked_up_as_one_with_headings_for_its_columns():
    html = marked([], TABLE + "\n")
    # Columns of numbers only are set to the right ("År" holds "Totalt" too).
    assert html.startswith('<div class="iop-table">\n<table class="iop-text-table">\n'
                           "<caption>Tabell 1. Bidrag och egen insats per år</caption>\n<thead>\n"
                           '<tr><th scope="col">År</th><th scope="col" class="iop-number">Bidrag från nämnden (kr)</th>'
                           '<th scope="col" class="iop-number">Egen insats (kr)</th></tr>\n</thead>\n<tbody>\n'
                           '<tr><td>2023</td><td class="iop-number">150 000</td><td class="iop-number">20 000</td></tr>\n')
    assert html.endswith('<tr><td>Totalt</td><td class="iop-number">250 000</td><td class="iop-number">32 500</td>'
                         "</tr>\n</tbody>\n</table>\n</div>")
    assert marked([], "Bidraget betalades ut\nkvartalsvis.") == "<p>Bidraget betalades ut kvartalsvis.</p>"
    # Without a heading row every row is data; an empty heading cell is no heading.
    assert "<thead>" not in marked([], "Läxhjälp\t3\nKurser\t12")
    assert '<thead>\n<tr><td></td><th scope="col" class="iop-number">2022</th>' in marked([], "\t2022\t2023\nDeltagare\t40\t52")
    assert '<td>uppnått</td>' in marked([], "Mål\tUtfall\nFler deltagare\tuppnått")  # words stay to the left


def test_a_row_quoted_whole_marks_its_row_and_a_sentence_in_a_cell_is_marked_in_the_cell():
    html = marked([Quote("belopp-1", "2024 100 000 12 500"), Quote("resultat-1", "20 000"),
                   Quote("belopp-2", "12 500 Totalt 250 000")], TABLE)
    assert '<tr class="iop-quote" id="belopp-1"><td>2024</td>' in html
    assert '<td class="iop-number"><span class="iop-quote" id="resultat-1">20 000</span></td>' in html
    assert html.endswith('</table>\n<span id="belopp-2"></span>\n</div>')  # across two rows: the table
    escaped = marked([], "År\t<script>alert(1)</script>\n2023\t1 & 2")
    assert "<script>" not in escaped and "&lt;script&gt;" in escaped and "1 &amp; 2" in escaped


@pytest.fixture(scope="module")
def tabled_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = site_files(tmp_path_factory.mktemp("tables") / "project")
    import shutil

    from conftest import CONTENT
    shutil.copytree(CONTENT, project / "content")
    with_table(project / "content", ROWS)
    edit(project / "content" / DROMSTORT, "      Bidraget betalades ut kvartalsvis.\n",
         "      Bidraget betalades ut kvartalsvis.\n\n      Pengarna gick till:\n      • läxhjälp\n      • utflykter\n\n"
         "      1. Första året\n      2. Andra året\n\n      – en replik\n\n      – en till\n")
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.mark.parametrize("width", [1280, 375])
def test_a_reports_table_and_lists_read_as_such_at_both_widths_and_its_amount_leads_to_its_row(
        browser: Browser, tabled_site: Path, requests_made: list[str], width: int):
    from browsing import assert_only_local, axe_violations, open_page, serve

    server, url = serve(tabled_site)
    page = open_page(browser, requests_made, width=width)
    page.goto(url + "rapporter/enskede-arsta-vantor-dromstort-2022-2024/")
    table = page.locator("table.iop-text-table")
    expect(table.locator("caption")).to_have_text("Tabell 1. Bidrag och egen insats per år")
    assert table.locator("thead th").all_inner_texts() == ["År", "Bidrag från nämnden (kr)", "Egen insats (kr)"]
    assert page.locator("ul.iop-text-list:not(.iop-sign-dash) li").all_inner_texts() == ["läxhjälp", "utflykter"]  # a list as a list
    assert page.locator("ol.iop-text-list li").all_inner_texts() == ["1. Första året", "2. Andra året"]
    # Points in paragraphs of their own are one list, and a dash is drawn as the document's dash.
    dashes = page.locator("ul.iop-sign-dash")
    assert dashes.locator("li").all_inner_texts() == ["en replik", "en till"]
    assert dashes.evaluate("list => getComputedStyle(list).listStyleType").startswith('"–')
    page.locator('a[href="#belopp-2"]').click()
    expect(page.locator("tr#belopp-2")).to_be_in_viewport()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert axe_violations(page) == []
    page.context.close()
    server.shutdown()
    assert_only_local(requests_made)


SPREADSHEET = """Slutrapport – IOP Språkcafé

Till: Skärholmens stadsdelsnämnd
Avtalsperiod: 2023-01-01 – 2024-12-31

Om partnerskapet
Språkcaféet har sedan den 1 januari 2023 drivits på biblioteket i ett idéburet offentligt partnerskap med stadsdelsnämnden.

Ekonomi
År\tIOP-bidrag (tkr)\tEgen insats\tKostnader
2023\t120\t40\t158
2024\t125,5\t45\t171
Summa\t245,5\t85\t329

Årets resultat
År\tBidrag från nämnden\tAntal träffar
2023\t-\t38
"""


def test_the_import_drafts_a_tables_money_only_as_the_build_reads_it_and_the_reviewed_draft_builds(content: Path):
    """A unit only in the column's heading ("IOP-bidrag (tkr)" over "125,5"): the import drafts each year's grant
    quoting its row, and once reviewed the build accepts every one of them."""
    from generator.importing.draft import import_document

    document = content.parent / "sprakcafe.txt"
    document.write_text(SPREADSHEET, encoding="utf-8")
    imported = import_document(document, content, content / "reports")
    assert [(item["amount"], item["kind"], item["quote"]) for item in imported.draft.fields["funding"]] == [
        (120000, "per_year", "2023\t120\t40\t158"), (125500, "per_year", "2024\t125,5\t45\t171"),
        (245500, "total", "Summa\t245,5\t85\t329")]
    reviewed = [line for line in imported.target.read_text(encoding="utf-8").splitlines()
                if not line.lstrip().startswith("# GRANSKA") and line != "status: utkast"]
    imported.target.write_text("\n".join(reviewed) + "\n", encoding="utf-8")
    assert [message for message in problems(content) if "funding" in message] == []


def test_a_feed_summarises_a_report_with_its_first_paragraph_of_text_never_a_table(content: Path):
    from generator.site.feed import summary

    report = content / DROMSTORT
    edit(report, "      Enskede-Årsta-Vantörs stadsdelsnämnd och den ideella",
         "      År\tBidrag (kr)\n      2023\t150 000\n\n      Enskede-Årsta-Vantörs stadsdelsnämnd och den ideella")
    [read] = [r for r in read_catalogue(content).reports if r.id.startswith("enskede")]
    assert read.sections[0].blocks[0] == "År\tBidrag (kr)\n2023\t150 000"
    assert summary(read).startswith("Enskede-Årsta-Vantörs stadsdelsnämnd och den ideella föreningen Drömstort ingick")


@pytest.mark.parametrize("first, then, heads", [
    ("Läsår\tBidrag (kr)\tElever åk 7–9", "2021/22\t450 000\t45", True),  # digits in words are no count
    ("\tht-22\tvt-23", "Läxhjälp\t40\t52", True),
    ("Avtalsår\t2020/21\t2021/22", "Bidrag\t400 000 kr\t410 000 kr", True),
    ("Balansräkning (kr)\t2024-12-31", "Kassa och bank\t48 120", True),
    ("Antal deltagare\tca 2 100\t62,5 %", "Antal träffar\t40\t52", False),  # a row of data
    ("Öppen verksamhet\tX", "Läxhjälp\tX", False),  # a checklist's first row
    ("Ordförande:\tJessica Mårtensson", "Kassör:\tAli Hassan", False),  # labels and their values
])
def test_the_first_row_heads_the_columns_unless_it_holds_a_count_an_amount_or_a_value(first: str, then: str,
                                                                                       heads: bool):
    table = table_of(f"{first}\n{then}")
    assert table is not None and table.header is heads
    if heads and "Läsår" in first:
        assert quoted_row_amounts(then, [f"{first}\n{then}"]) == [450000]


def test_a_note_under_the_rows_and_a_line_among_them_keep_the_table_a_table():
    noted = table_of("År\tBidrag (kr)\n2020*\t400 000\n2021\t500 000\n* Avser september–december 2020")
    assert noted and noted.note == "* Avser september–december 2020" and len(noted.rows) == 3
    html = marked([Quote("belopp-1", "2021 500 000 * Avser")], "År\tBidrag (kr)\n2020*\t400 000\n2021\t500 000\n* Avser "
                                                             "september–december 2020")
    assert html.endswith('</table>\n<span id="belopp-1"></span>\n</div>\n<p>* Avser september–december 2020</p>')
    statement = table_of("Resultaträkning (kr)\t2022\t2023\nIntäkter\nBidrag från kommunen (IOP)\t250\t250\nGåvor\t12\t9\n"
                         "Kostnader\nLöner\t200\t210")
    assert statement and [row[0] for row in statement.rows] == ["Resultaträkning (kr)", "Intäkter",
                                                                "Bidrag från kommunen (IOP)", "Gåvor", "Kostnader", "Löner"]
    assert statement.rows[1] == ["Intäkter", "", ""]


@pytest.mark.parametrize("block", [
    "•\tmusik- och danskurser\n•\tläxhjälp",  # a list's points set after a tab
    "a)\tVuxna ska få stöd\nb)\tBarn ska få läxhjälp",
    "Aktiviteter:\no\tläxhjälp\no\tspråkcafé",  # Word's "o"
    "Målgrupper:\n(1)\tBarn 6–12 år\n(2)\tVuxna",
    "Verksamheten har bestått av:\n\t– läxhjälp\n\t– språkcafé",  # points indented with a tab
    "Verksamheten har bestått av läxhjälp\t\noch språkcafé\t",  # stray tabs at the ends of lines
    "Läxhjälpen\tpågick hela året.\nDen samlade många barn och unga från hela stadsdelen.\nDe flesta kom varje vecka.\n"
    "Några\tkom varje dag.",  # running text with a tab here and there
])
def test_a_list_or_text_with_tabs_is_no_table(block: str):
    assert table_of(block) is None


def test_a_heading_row_without_its_corner_cell_heads_the_columns_of_the_values():
    table = table_of("2020\t2021\t2022\nÖppna kvällar\t96\t118\t142\nDeltagare\t40\t52\t61")
    assert table and table.rows[0] == ["", "2020", "2021", "2022"]
    shifted = table_of("Antal deltagare\tBidrag (kr)\n2021\t45\t300 000")
    assert shifted and row_amounts(shifted, 1) == [300000]


def test_a_count_is_never_kronor_whatever_unit_the_table_names_elsewhere():
    goals = table_of("Mål\tIndikator\tMålvärde\tUtfall\n1. Fler föräldrar får stöd\tBesök per år\t1 500\t1 730")
    assert goals and row_amounts(goals, 1) == []
    captioned = table_of("Tabell 3. Ekonomi och deltagare (tkr)\nPost\t2022\t2023\nBidrag\t380\t410\n"
                         "Antal deltagare\t380\t410")
    assert captioned and row_amounts(captioned, 1) == [380000, 410000] and row_amounts(captioned, 2) == []
    outcome = table_of("Mått\tUtfall 2023\nAntal besök\t12 450\nAndel nöjda (%)\t87")
    assert outcome and row_amounts(outcome, 1) == [] and row_amounts(outcome, 2) == []
    assert heading_scale("Utfall (tkr) 2023") == 1000 and heading_scale("Bidrag (kr) *") == 1
    assert heading_scale("Belopp (tusen kr)") == 1000 and heading_scale("(KSEK)") == 1000


def test_a_quote_from_the_caption_into_the_first_row_leads_to_the_table():
    html = marked([Quote("belopp-1", "Bidrag per år År Belopp")], "Bidrag per år\nÅr\tBelopp\n2021\t400 000 kr")
    assert '<span id="belopp-1"></span>\n</div>' in html


def drafted_funding(tmp_path: Path, table: str) -> list[tuple[int, str, tuple[int, ...]]]:
    from conftest import CONTENT
    from generator.importing.draft import import_document

    document = tmp_path / "document.txt"
    document.write_text(SPREADSHEET.split("Ekonomi\n")[0] + "Ekonomi\n" + table, encoding="utf-8")
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    return [(item["amount"], item["kind"], tuple(item.get("years", []))) for item in draft.fields.get("funding", [])]


def test_the_import_reads_a_grant_named_kostnadsersattning_and_a_table_with_a_note_under_it(tmp_path: Path):
    assert drafted_funding(tmp_path, "Post\t2023\t2024\nKostnadsersättning från nämnden\t350 000 kr\t360 000 kr\n"
                                     "Föreningens kostnader\t400 000 kr\t420 000 kr\n") == [
        (350000, "per_year", (2023,)), (360000, "per_year", (2024,))]
    (tmp_path / "b").mkdir()
    assert drafted_funding(tmp_path / "b", "År\tBidrag från nämnden\n2023\t400 000 kr\n2024\t200 000 kr\n"
                                           "* 2024 avser januari–juni\n") == [
        (400000, "per_year", (2023,)), (200000, "per_year", (2024,))]


@pytest.mark.parametrize("block, amounts", [
    ("År\t2022\t2023\nBeviljat bidrag\t300 000\t310 000", [300000, 310000]),  # a label with its adjective
    ("År\t2022\t2023\nIOP-bidrag\t300 000\t310 000", [300000, 310000]),
    ("År\t2022\t2023\nKommunalt bidrag\t300 000\t310 000", [300000, 310000]),
    ("År\tBudget\tUtfall\n2022\t200 000\t185 000", [200000, 185000]),  # a budget's and its outcome's money
    ("Post\tAndel\tBelopp (kr)\nBidrag\t87 %\t300 000", [300000]),  # a share before the amount is no row of counts
    ("Post\t2023\nKommunens andel (IOP)\t300 000 kr", [300000]),
    ("Post\t2023\nBidrag till besöksverksamheten\t300 000", [300000]),
    ("\tÅr\tBidrag (kr)\n\t2021\t400 000", [400000]),  # every line begins with a tab
    ("Mål\tUtfall\t\nFler deltagare\t45\tuppnått\nFler träffar\t30\tdelvis", []),  # a heading row's last cell is empty
    ("Insatsområde\tUtfall\t\nFler deltagare\t45\tuppnått\nFler träffar\t30\tdelvis", []),
])
def test_the_money_a_grants_row_gives_and_none_a_count_gives(block: str, amounts: list[int]):
    table = table_of(block)
    assert table is not None and table.header and row_amounts(table, 1) == amounts
    assert table.rows[0][0] == block.split("\t")[0]  # no corner cell put back where none was lost


@pytest.mark.parametrize("block", [
    "Läxhjälpen\tpågick hela året.\nDen samlade\tmånga barn.\nDe flesta kom\tvarje vecka.\nNågra kom varje dag.",
    "Tabell 1\nÅr\tBidrag\n2022\t300 000 kr\n2023\t310 000 kr\nBidraget har räckt till en samordnare och till hyran för "
    "lokalen under hela perioden, men inte till fler kvällar.\nDet var föreningens eget val.",  # prose among the rows
])
def test_prose_a_tab_cuts_or_that_runs_on_among_the_rows_is_no_table(block: str):
    table = table_of(block)
    assert table is None or block.endswith("val.") and table.note.startswith("Bidraget har räckt")


def test_a_line_with_its_tab_is_a_row_though_one_cell_is_empty_and_only_lines_without_are_caption_or_note():
    years = table_of("\t2023\nDeltagare\t40\nVolontärer\t12")
    assert years and years.header and years.rows[0] == ["", "2023"] and not years.caption
    checklist = table_of("Läxhjälp\t\nSpråkcafé\tX\nFöräldrakurs\tX")
    assert checklist and not checklist.header and checklist.rows[0] == ["Läxhjälp", ""] and not checklist.caption


def test_labels_and_their_values_have_no_column_headings_but_a_named_pair_of_columns_has():
    assert not table_of("Ordförande\tJessica Mårtensson\nKassör\tBengt Ohlsson").header  # type: ignore[union-attr]
    assert not table_of("Part\tUngdomsteatern Kulisserna\nNämnd\tKultur- och fritidsnämnden").header  # type: ignore[union-attr]
    assert table_of("Namn\tUppdrag\nUlla Ekstrand\tOrdförande").header  # type: ignore[union-attr]


def test_the_import_leaves_out_the_organisations_own_income_and_costs(tmp_path: Path):
    assert drafted_funding(tmp_path, "Post\t2023\t2024\nBidrag från nämnden\t300 000 kr\t300 000 kr\n"
                                     "Övriga intäkter\t40 000 kr\t45 000 kr\nFöreningens egna intäkter\t12 000 kr\t9 000 kr\n"
                                     "Totala kostnader (kr)\t352 000 kr\t354 000 kr\n") == [
        (300000, "per_year", (2023,)), (300000, "per_year", (2024,))]


def test_lines_that_end_in_a_tab_add_no_empty_column_and_put_back_no_corner_cell():
    table = table_of("Typ av stöd\tBelopp (kr)\t\nBidrag\t400 000\t\nEngångsbidrag\t50 000\t")
    assert table and table.rows == [["Typ av stöd", "Belopp (kr)"], ["Bidrag", "400 000"], ["Engångsbidrag", "50 000"]]


def test_the_import_reads_a_periods_grant_from_a_row_whose_column_heading_names_the_unit(tmp_path: Path):
    from datetime import date

    from conftest import CONTENT
    from generator.importing.draft import import_document

    document = tmp_path / "document.txt"
    document.write_text(SPREADSHEET.split("Ekonomi\n")[0] + "Ekonomi\nErsättningen har betalats ut per läsår.\n\n"
                        "Tabell 2. Ersättning per läsår\n Läsår        Period                           Bidrag (kr)\n"
                        " 2020/21      2020-08-01 – 2021-07-31              410 000\n"
                        " 2021/22      2021-08-01 – 2022-07-31              430 000\n", encoding="utf-8")
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert [(item["amount"], item["kind"], item.get("start"), item.get("end"), item["quote"])
            for item in draft.fields["funding"]] == [
        (410000, "period", date(2020, 8, 1), date(2021, 7, 31), "2020/21\t2020-08-01 – 2021-07-31\t410 000"),
        (430000, "period", date(2021, 8, 1), date(2022, 7, 31), "2021/22\t2021-08-01 – 2022-07-31\t430 000")]
    written = [block for section in draft.fields["sections"] for block in section["paragraphs"]]
    assert all(item["amount"] in (quoted_row_amounts(item["quote"], written) or []) for item in draft.fields["funding"])


@pytest.mark.parametrize("rows, expected", [
    # other money in rows of their own, a sum row: the grant per period, the sum as the total
    ("Post\tPeriod\tBidrag (kr)\nBidrag\t2020-08-01 – 2021-07-31\t410 000\nEgna medel\t2020-08-01 – 2021-07-31\t40 000\n"
     "Totalt\t2020-08-01 – 2021-07-31\t450 000", [(410000, "period"), (450000, "total")]),
    # a cost's column, a budget beside what was paid: no grant's periods
    ("Post\tPeriod\tKostnad (kr)\nLöner\t2020-08-01 – 2021-07-31\t300 000\nHyra\t2021-08-01 – 2022-07-31\t60 000", []),
    ("Läsår\tPeriod\tBudget (kr)\tUtfall (kr)\n2020/21\t2020-08-01 – 2021-07-31\t410 000\t395 000\n"
     "2021/22\t2021-08-01 – 2022-07-31\t410 000\t410 000", []),
])
def test_the_import_reads_periods_rows_only_for_the_grant(tmp_path: Path, rows: str, expected: list[tuple[int, str]]):
    got = [(amount, kind) for amount, kind, _ in drafted_funding(tmp_path, rows + "\n")]
    assert got == expected


def test_the_import_reads_a_tables_cells_where_the_build_does_also_under_a_heading_of_one_cell():
    from generator.importing.reading import _read_table

    read = _read_table("Tabell 1\n\t2023\nErsättning (kr)\t300 000\nEngångsbidrag (kr)\t50 000")
    assert read(2, 1) == [300000] and read(3, 1) == [50000]  # the lines' indices: caption 0, heading 1
