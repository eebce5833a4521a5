import shutil
from datetime import date
from pathlib import Path

import pytest

from generator.content.catalogue import Catalogue, read_catalogue
from generator.content.model import Agreement, Report, check_agreements_in_order

from conftest import CONTENT, edit

JARVA = "jarva-studiefremjandet-2018-2024"
DROMSTORT = "enskede-arsta-vantor-dromstort-2022-2024"


def ids(reports: list[Report]) -> list[str]:
    return [report.id for report in reports]


def test_a_partnership_is_listed_under_every_year_its_agreements_and_extension_cover():
    catalogue = read_catalogue(CONTENT)
    # 2018-07-04..2020-12-31 extended to 2021-06-30, then 2021-07-01..12-31, then 2022, 2023, 2024.
    for year in range(2018, 2025):
        assert JARVA in ids(catalogue.active_by_year[year]), year
    assert ids(catalogue.active_by_year[2022]) == [JARVA, DROMSTORT]  # newest first
    assert 2025 not in catalogue.active_by_year


def test_the_extension_alone_can_carry_a_year():
    agreement = Agreement(start=date(2019, 1, 1), end=date(2020, 12, 31), extended_to=date(2021, 6, 30))
    assert list(agreement.years) == [2019, 2020, 2021]
    assert list(Agreement(start=date(2019, 1, 1), end=date(2020, 12, 31)).years) == [2019, 2020]
    assert list(Agreement(year=2023).years) == [2023]


def test_a_report_is_listed_under_the_year_it_was_decided_only_when_the_document_says():
    catalogue = read_catalogue(CONTENT)
    assert {year: ids(reports) for year, reports in catalogue.decided_by_year.items()} == {2024: [DROMSTORT]}
    assert catalogue.years == [2024, 2023, 2022, 2021, 2020, 2019, 2018]


def test_districts_keep_their_former_names_and_organisations_their_aliases():
    catalogue = read_catalogue(CONTENT)
    assert catalogue.districts["jarva"].former_names == ["Rinkeby-Kista"]
    assert catalogue.organisations["studiefremjandet-stockholm-gotland"].names == [
        "Studiefremjandet Stockholm Gotland", "Studiefremjandet", "Studieförbundet Stockholm Gotland", "Studieförbundet"]
    assert ids(catalogue.by_district["jarva"]) == [JARVA]
    assert ids(catalogue.by_organisation["dromstort"]) == [DROMSTORT]


def test_only_districts_and_organisations_with_reports_get_listed(content: Path):
    edit(content / "districts.yml", "- id: enskede-arsta-vantor",
         "- id: kungsholmen\n  name: Kungsholmen\n  committee: Kungsholmens stadsdelsnämnd\n\n- id: enskede-arsta-vantor")
    catalogue = read_catalogue(content)
    assert "kungsholmen" in catalogue.districts
    assert [d.id for d in catalogue.districts_with_reports()] == ["enskede-arsta-vantor", "jarva"]


def test_newest_first_and_independent_of_the_order_of_files(tmp_path: Path):
    catalogue = read_catalogue(CONTENT)
    # Järva's latest date is its approval on 2024-10-09, Drömstort's the meeting on 2024-08-22.
    assert ids(catalogue.reports) == [JARVA, DROMSTORT]
    shuffled = Catalogue.build(list(catalogue.districts.values())[::-1],
                               list(catalogue.organisations.values())[::-1], catalogue.reports[::-1],
                               list(catalogue.themes.values())[::-1])
    assert shuffled == catalogue


def test_content_is_read_the_same_from_any_folder(tmp_path: Path):
    shutil.copytree(CONTENT, tmp_path / "elsewhere")
    assert read_catalogue(tmp_path / "elsewhere").reports[0].title == read_catalogue(CONTENT).reports[0].title


def test_known_headings_map_to_kinds_and_nesting_is_kept():
    report = next(r for r in read_catalogue(CONTENT).reports if r.id == DROMSTORT)
    parent = report.sections[-1]
    assert parent.heading == "Förvaltningens synpunkter och förslag" and parent.text is None
    assert [s.heading for s in parent.sections] == ["Jämställdhetsanalys och barnrättsperspektiv"]
    assert parent.sections[0].resolved_kind == "equality_child_rights"
    assert [s.resolved_kind for s in report.sections] == [
        "summary", "background", "case", "preparation", "administration_view"]


def test_an_overlap_is_found_even_when_the_agreements_are_not_neighbours():
    agreements = [Agreement(start=date(2018, 1, 1), end=date(2024, 12, 31)), Agreement(year=2019), Agreement(year=2021)]
    assert check_agreements_in_order(agreements) == [
        ("agreements[1]", "överlappar en tidigare överenskommelse som gäller till och med 2024-12-31"),
        ("agreements[2]", "överlappar en tidigare överenskommelse som gäller till och med 2024-12-31"),
    ]


def test_districts_and_organisations_are_listed_in_swedish_alphabetical_order(content: Path):
    edit(content / "districts.yml", "- id: enskede-arsta-vantor",
         "- id: alvsjo\n  name: Älvsjö\n  committee: Älvsjö stadsdelsnämnd\n\n"
         "- id: zeta\n  name: Zeta\n  committee: Zeta stadsdelsnämnd\n\n- id: enskede-arsta-vantor")
    assert [d.name for d in read_catalogue(content).districts.values()] == ["Enskede-Årsta-Vantör", "Järva", "Zeta", "Älvsjö"]


def test_reports_read_in_forked_processes_are_read_as_one_process_reads_them(tmp_path: Path, monkeypatch):
    """A build reads 200 reports or more in two processes; the catalogue, its problems and warnings are the same."""
    import pytest

    from concurrent.futures import ProcessPoolExecutor

    from conftest import corpus_project
    from generator import forking
    from generator.errors import ContentError

    content = corpus_project(tmp_path / "project", 240) / "content"
    reports = sorted((content / "reports").glob("*.yml"))
    edit(reports[7], "\ntitle: ", "\ntitle: Ny titel\nokänt_fält: 1\ntitle_2: ")  # a problem in one file
    (content / "reports" / "anteckningar.txt").write_text("inte en rapport\n", encoding="utf-8")

    def read(workers: int) -> str:
        with pytest.raises(ContentError) as raised:
            read_catalogue(content, workers=workers)
        return raised.value.report()

    forked = read(2)
    assert read(1) == forked
    assert "okänt_fält" in forked and "anteckningar.txt" in forked
    (content / "reports" / "anteckningar.txt").unlink()
    edit(reports[7], "Ny titel\nokänt_fält: 1\ntitle_2: ", "")
    forked_pool = []
    monkeypatch.setattr(forking, "ProcessPoolExecutor", lambda **kw: forked_pool.append(kw) or ProcessPoolExecutor(**kw))
    whole = read_catalogue(content, workers=2)
    assert forked_pool  # read by the forked processes, not one by one
    one = read_catalogue(content)
    assert len(whole.reports) == 240
    assert (whole.reports, whole.warnings, whole.unreviewed) == (one.reports, one.warnings, one.unreviewed)


def test_a_reading_process_that_dies_leaves_the_rest_to_be_read_in_the_build_itself(tmp_path: Path, monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    from conftest import corpus_project
    from generator import forking

    content = corpus_project(tmp_path / "project", 210) / "content"

    class Dying:  # a pool whose processes are killed after the first 100 files
        def __init__(self, **options):
            pass

        def shutdown(self, **options):
            pass

        def map(self, function, paths, chunksize):
            for number, path in enumerate(paths):
                if number == 100:
                    raise BrokenProcessPool("killed")
                yield function(path)

    monkeypatch.setattr(forking, "ProcessPoolExecutor", Dying)
    assert len(read_catalogue(content, workers=2).reports) == 210


def test_agreements_over_more_than_thirty_years_are_refused_where_they_go_beyond(content: Path):
    """A report is listed, with its open data row, under every year it spans: the span is bounded (a wider one is a
    mistyped year), so a file's cost stays linear in its size."""
    import pytest

    from generator.errors import ContentError

    report = content / "reports" / f"{DROMSTORT}.yml"
    edit(report, "    end: 2024-06-01", "    end: 2024-06-01\n  - start: 2052-01-01\n    end: 2052-12-31")
    with pytest.raises(ContentError) as raised:
        read_catalogue(content)
    lines = [line for line in raised.value.report().splitlines() if "kalenderår" in line]
    assert len(lines) == 1
    line = report.read_text(encoding="utf-8").splitlines().index("  - start: 2052-01-01") + 1
    assert f"{DROMSTORT}.yml:{line}" in lines[0] and "agreements[1]" in lines[0]
    assert "slutar 2052, mer än 30 kalenderår efter partnerskapets första år (2022)" in lines[0]
    edit(report, "2052-01-01", "2051-01-01")
    edit(report, "2052-12-31", "2051-12-31")  # 2022 to 2051: thirty calendar years
    assert DROMSTORT in ids(read_catalogue(content).active_by_year[2051])


def test_more_than_ten_themes_are_refused_at_the_eleventh(content: Path):
    """A report is listed under each of its themes with its open data row: the count is bounded, as the span is."""
    import pytest

    from generator.errors import ContentError

    themes = "".join(f"\n- id: tema-{n}\n  name: Tema {n}\n  description: Ett tema.\n" for n in range(9))
    (content / "themes.yml").write_text((content / "themes.yml").read_text(encoding="utf-8") + themes, encoding="utf-8")
    report = content / "reports" / f"{DROMSTORT}.yml"
    edit(report, "themes:\n", "themes:\n" + "".join(f"  - tema-{n}\n" for n in range(8)))  # ten in all
    assert len(next(r for r in read_catalogue(content).reports if r.id == DROMSTORT).themes) == 10
    edit(report, "  - tema-7\n", "  - tema-7\n  - tema-8\n")
    with pytest.raises(ContentError) as raised:
        read_catalogue(content)
    lines = [line for line in raised.value.report().splitlines() if "teman" in line]
    assert len(lines) == 1 and "themes[10]" in lines[0] and "rapporten har 11 teman" in lines[0]
    line = report.read_text(encoding="utf-8").splitlines().index("  - arbete-och-sysselsattning") + 1
    assert f"{DROMSTORT}.yml:{line}" in lines[0]


def test_a_quote_typed_with_composed_letters_stands_in_a_paragraph_copied_with_decomposed_ones(content: Path):
    """Text copied from a PDF on a Mac holds "a" + ring where a person types "å". The two are the same text: a
    quote matches, names sort as letters, and every value is kept in the one form (NFC) the web expects."""
    import unicodedata

    report = content / "reports/enskede-arsta-vantor-dromstort-2022-2024.yml"
    head, _, sections = report.read_text(encoding="utf-8").partition("sections:")
    sections = sections.replace("Slutrapporten summerar verksamheten",
                                "Föreningen fick 300 000 kronor för läxhjälp i Rågsved. Slutrapporten summerar verksamheten", 1)
    funding = ('funding:\n  - amount: 300000\n    kind: total\n'
               '    quote: "Föreningen fick 300 000 kronor för läxhjälp i Rågsved."\n\n')
    report.write_text(head + funding + "sections:" + unicodedata.normalize("NFD", sections), encoding="utf-8")
    edit(content / "districts.yml", "- id: enskede-arsta-vantor",
         "- id: alvsjo\n  name: " + unicodedata.normalize("NFD", "Älvsjö") + "\n  committee: Älvsjö stadsdelsnämnd\n\n"
         "- id: zeta\n  name: Zeta\n  committee: Zeta stadsdelsnämnd\n\n- id: enskede-arsta-vantor")
    catalogue = read_catalogue(content)
    [drömstort] = [r for r in catalogue.reports if r.id.startswith("enskede")]
    assert drömstort.funding[0].amount == 300000
    assert drömstort.sections[0].paragraphs[0].startswith("Enskede-Årsta-Vantörs stadsdelsnämnd")
    assert all(unicodedata.is_normalized("NFC", p) for s in drömstort.sections for p in s.paragraphs)
    assert [d.name for d in catalogue.districts.values()] == ["Enskede-Årsta-Vantör", "Järva", "Zeta", "Älvsjö"]


@pytest.mark.parametrize("quote", [
    "Föreningen fick 300' kr för läxhjälpen.",  # thousands, as volunteers write them
    "Föreningen fick 0,3 milj för läxhjälpen.",
    "Föreningen fick kr 300 000 för läxhjälpen.",  # the currency first
    "Föreningen fick SEK 300 000 för läxhjälpen.",
    "För perioden 2021-08-16 – 2022-06-15 300 000 kr.",  # the day that ends a date is no part of the amount
])
def test_an_amount_as_volunteers_and_tables_write_it_stands_in_its_quote(content: Path, quote: str):
    report = content / "reports/enskede-arsta-vantor-dromstort-2022-2024.yml"
    edit(report, "Slutrapporten summerar verksamheten", quote + " Slutrapporten summerar verksamheten")
    edit(report, "sections:", f'funding:\n  - amount: 300000\n    kind: total\n    quote: "{quote}"\n\nsections:')
    [drömstort] = [r for r in read_catalogue(content).reports if r.id.startswith("enskede")]
    assert drömstort.funding[0].amount == 300000


@pytest.mark.parametrize("paragraph, quote", [
    ("Föreningen fick 300 000 kronor för läx\u00adhjälp.", "Föreningen fick 300 000 kronor för läxhjälp."),  # soft hyphen
    ("Föreningen fick 300 000 kronor för läx\u200bhjälp.", "Föreningen fick 300 000 kronor för läxhjälp."),  # zero width
    ("Föreningen \ufb01ck 300 000 kronor.", "Föreningen fick 300 000 kronor."),  # a ligature from a PDF
    ("Föreningen fick 300\u2009000 kronor.", "Föreningen fick 300\u2009000 kronor."),  # a thin space groups thousands
    ("Föreningen fick 300\u2007000 kronor.", "Föreningen fick 300 000 kronor."),  # a figure space
    ("Föreningen fick 300\u00a0000 kronor.", "Föreningen fick 300 000 kronor."),  # a no-break space
])
def test_a_quote_stands_where_the_paragraph_differs_only_in_what_a_reader_does_not_see(content: Path, paragraph: str,
                                                                                          quote: str):
    """A paragraph copied from a PDF or Word keeps its soft hyphens, zero-width spaces and ligatures, and sets
    thin spaces between digit groups; a quote typed or copied elsewhere has none of them. It is the same text."""
    report = content / "reports/enskede-arsta-vantor-dromstort-2022-2024.yml"
    edit(report, "Slutrapporten summerar verksamheten", paragraph + " Slutrapporten summerar verksamheten")
    edit(report, "sections:", f'funding:\n  - amount: 300000\n    kind: total\n    quote: "{quote}"\n\nsections:')
    [drömstort] = [r for r in read_catalogue(content).reports if r.id.startswith("enskede")]
    assert drömstort.funding[0].quote == quote  # published as written
    assert " ".join(paragraph.split()) in drömstort.sections[0].paragraphs[1]  # (a paragraph's spaces are spaces)
