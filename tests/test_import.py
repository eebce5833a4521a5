"""Import from the original document: text, PDF and Word to a draft that equals the hand-made file."""
from __future__ import annotations

import dataclasses
import hashlib
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from datetime import date

from generator.content.catalogue import read_catalogue
from generator.importing.extract import Block, ExtractError, extract, join_page_breaks
from generator.importing.draft import import_document
from generator.importing.parse import walk
from generator.importing.reading import _list_items, district_name, organisation_from_title, organisation_in_text

from conftest import CONTENT, SEED_REPORTS, SEEDS
from documents import write_docx, write_pdf

DROMSTORT_SEED = SEEDS / "004_ed58ff8932104a69.txt"
HAND_MADE = {report.id: report for report in read_catalogue(CONTENT).reports}


def source(kind: str, seed: Path, folder: Path, text: str | None = None) -> Path:
    text = text if text is not None else seed.read_text(encoding="utf-8")
    if kind == "txt":
        path = folder / f"{seed.stem}.txt"
        path.write_text(text, encoding="utf-8")
        return path
    return (write_pdf if kind == "pdf" else write_docx)(text, folder / f"{seed.stem}.{kind}")


def imported_reports(drafts: Path, tmp_path: Path) -> dict[str, object]:
    """The drafts read like any content, beside the shipped districts and organisations."""
    content = tmp_path / "check" / "content"
    shutil.copytree(CONTENT, content, ignore=shutil.ignore_patterns("reports"))
    shutil.copytree(drafts, content / "reports")
    return {report.id: report for report in read_catalogue(content).reports}


@pytest.mark.parametrize("kind", ["txt", "pdf", "docx"])
def test_each_seed_imports_to_the_hand_made_file_field_by_field(tmp_path: Path, kind: str):
    drafts = tmp_path / "drafts"
    for seed, report_id in SEED_REPORTS.items():
        imported = import_document(source(kind, SEEDS / seed, tmp_path), CONTENT, drafts)
        assert imported.target.name == f"{report_id}.yml"
        assert imported.problems == []  # the draft validates
    reports = imported_reports(drafts, tmp_path)
    for report_id, hand_made in HAND_MADE.items():
        assert reports[report_id].status == "utkast"  # published only once a person removed it
        for field in dataclasses.fields(hand_made):
            if field.name not in ("source", "status", "themes", "published", "published_on", "original"):
                assert getattr(reports[report_id], field.name) == getattr(hand_made, field.name), (report_id, field.name)
        # The document itself is copied beside the draft and named with its checksum; a text file is no original.
        original = reports[report_id].original
        if kind == "txt":
            assert original is None
        else:
            copied = drafts / f"{report_id}.{kind}"
            assert original.file == copied.name and original.sha256 == hashlib.sha256(copied.read_bytes()).hexdigest()


def disguised(text: str, kind: str) -> str:
    """The same words as a PDF or Word file may store them: letters as base and accent (NFD), ligatures, no-break
    spaces in amounts, non-breaking hyphens, soft hyphens (in a text file also at a line's end, where the word was
    broken), zero-width spaces, and in a text file a form feed for a page break."""
    text = unicodedata.normalize("NFD", text)
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u00a0", text)
    text = re.sub(r" (?=(?:kr|kronor|%)\b)", "\u202f", text)
    text = re.sub(r"(?<=\d) (?=[a-zåäö])", "\u00a0", text)  # "4 juli", "12 deltagare"
    text = text.replace("fi", "\ufb01").replace("fl", "\ufb02").replace(", ", ",\u200b ")
    text = re.sub(r"(?<=\w)-(?=\w)", "\u2011", text)
    text = re.sub(r"\b(\w{6})(\w{5,})", "\\1\u00ad\\2", text)
    if kind == "txt":
        text = re.sub(r"(?m)^(.{50,}? \w{4})(\w{4,})", "\\1\u00ad\n\\2", text)
        middle = text.index("\n\n", len(text) // 2)
        text = text[:middle] + "\n\f" + text[middle + 2:]
    return text


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf"])
def test_the_same_words_stored_otherwise_import_as_the_same_draft(tmp_path: Path, kind: str):
    stored = ""
    for seed in SEED_REPORTS:
        plain = import_document(SEEDS / seed, CONTENT, tmp_path / "a").draft
        text = disguised((SEEDS / seed).read_text(encoding="utf-8"), kind)
        stored += text
        if kind == "txt":
            document = tmp_path / f"{seed}.txt"
            document.write_text(text, encoding="utf-8", newline="\r\n")  # as Windows saves it
        else:
            document = source(kind, SEEDS / seed, tmp_path, text)
        read = import_document(document, CONTENT, tmp_path / "b").draft
        assert {**read.fields, "original": None} == {**plain.fields, "original": None}, (seed, kind)
        assert read.unplaced == plain.unplaced
    assert {"\u0308", "\ufb01", "\u00a0", "\u2011", "\u00ad", "\u200b"} <= set(stored)  # each form was tried


def test_the_draft_says_what_is_missing_and_what_to_check(tmp_path: Path):
    imported = import_document(SEEDS / "000_54d93b08f7bb8db9.txt", CONTENT, tmp_path)
    assert imported.draft.missing == {"meeting_date": "ett datum efter nämndens namn",
                                      "funding": "belopp i kronor ('450 000 kronor', '300 tkr') i texten"}
    check = ("perioderna lästes ur texten; kontrollera dem; extended_to räknades ut som slutet plus 6 månader "
             "('förlängdes med sex månader'); årliga överenskommelser lästes ur 'årliga överenskommelser för 2022, "
             "2023 och 2024'")
    assert imported.draft.uncertain["agreements"] == check
    text = imported.target.read_text(encoding="utf-8")
    assert "\n\nstatus: utkast\n# GRANSKA: dokumentets egen titel (inte brevhuvudet, en ort eller ett datum)?\ntitle: " in text
    assert f"# Importen: {check}\nagreements:\n# GRANSKA: datumen för överenskommelsen" in text
    # Every value the import read has a mark of its own: the agreements, each proposal, each section.
    assert text.count("# GRANSKA: datumen för överenskommelsen") == 5
    assert text.count("# GRANSKA: förslaget ordagrant") == 2
    assert ("# Hittades inte i dokumentet (det som söktes):\n#   meeting_date: ett datum efter nämndens namn\n"
            in text)


def variant(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = DROMSTORT_SEED.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / "variant.txt"
    path.write_text(text, encoding="utf-8")
    return path


def draft_of(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    """The draft the import makes of a text document that reads `text`."""
    document = tmp_path / "document.txt"
    document.write_text(text, encoding="utf-8")
    return import_document(document, CONTENT, tmp_path / "out").draft


def test_a_committees_meeting_as_a_forms_label(tmp_path: Path):
    """A form's row "Bildningsnämndens sammanträde<TAB>2025-03-19" dates the meeting, as "Sammanträdesdatum" does."""
    from generator.importing.layout import MEETING_LABEL

    assert MEETING_LABEL.match("Bildningsnämndens sammanträde\t2025-03-19")
    assert MEETING_LABEL.match("Kultur- och fritidsnämndens sammanträde: 2024-03-21")
    assert not MEETING_LABEL.match("Bildningsnämnden godkänner slutrapporten.")
    form = ("Slutrapport IOP läxhjälp 2022–2024\n\nAnsvarig nämnd\tBildningsnämnden\nDiarienummer\tBN 2021/208\n"
            "Bildningsnämndens sammanträde\t2025-03-19\n\n1. Förslag till beslut\nBildningsnämnden godkänner "
            "slutrapporten.\n\n2. Verksamheten\nLäxhjälpen har varit öppen fyra dagar i veckan under terminerna.\n")
    assert str(draft_of(tmp_path, form).fields["meeting_date"]) == "2025-03-19"


def test_the_administrations_officer_who_answered_by_mail_is_the_case_officer(tmp_path: Path):
    mail = ("ARBOGA KOMMUN\nKultur- och fritidsförvaltningen\nInkom 2024-02-14\n\n"
            "Från:\tLena Sjöholm <lena.sjoholm@arboga.se>\nSkickat:\tden 15 februari 2024 08:47\nTill:\tAnna Berg\n"
            "Ämne:\tSV: Slutrapport IOP Fritidsbanken Arboga 2021-2023\n\nHej Anna!\n\nTack, vi diarieför rapporten.\n\n"
            "Lena Sjöholm\nFritidskonsulent\nKultur- och fritidsförvaltningen\nArboga kommun\nTel: 0589-872 31\n"
            "Växel: 0589-870 00\n\n"
            "Från:\tAnna Berg <anna@fritidsbankenarboga.se>\nSkickat:\tden 14 februari 2024 10:12\nTill:\tLena Sjöholm\n"
            "Ämne:\tSlutrapport IOP Fritidsbanken Arboga 2021-2023\n\nHej Lena! Här kommer vår rapport.\n\n"
            "Anna Berg\nVerksamhetsansvarig\nFöreningen Fritidsbanken Arboga\n\n"
            "Slutrapport IOP Fritidsbanken Arboga 2021–2023\n\nVerksamheten\n\nVi har lånat ut fritidsutrustning "
            "gratis till barn och unga i Arboga under hela perioden.\n")
    draft = draft_of(tmp_path, mail)
    assert draft.fields["case_officer"] == {"name": "Lena Sjöholm", "phone": "0589-872 31"}  # not the association's
    assert "committee" not in draft.fields
    # the committee, and its meeting, as the officer's mail names them where the report names neither
    (tmp_path / "meeting").mkdir()
    named = draft_of(tmp_path / "meeting", mail.replace("Tack, vi diarieför rapporten.", "Tack, vi diarieför rapporten. "
                                                        "Rapporten tas upp på kultur- och fritidsnämndens sammanträde "
                                                        "den 21 mars 2024."))
    assert named.fields["committee"] == "Kultur- och fritidsnämnden"
    assert str(named.fields["meeting_date"]) == "2024-03-21"


@pytest.mark.parametrize("proposal", [
    "Vi föreslår att Kultur- och fritidsnämnden godkänner redovisningen.",
    "Föreningen föreslår att barn- och utbildningsnämnden godkänner slutrapporten och lägger den till handlingarna.",
    "Kultur- och fritidsnämnden godkänner slutrapporten och lägger den till handlingarna.",
])
def test_a_proposal_in_a_paragraph_of_its_own_without_a_heading_of_proposals(tmp_path: Path, proposal: str):
    """An association's own report proposes in its last paragraph, under "Förslag" or "Hur går vi vidare", or not
    under any heading; the paragraph is the proposal (and stays in its section, as the document has it)."""
    text = ("Föreningen Kunskapsverket Habo\n\nSlutredovisning IOP läxhjälp 2022–2024\n\nVerksamheten\n\nVi har haft "
            "läxhjälp två eftermiddagar i veckan på biblioteket i Habo.\n\nHur går vi vidare\n\nVi vill fortsätta med "
            f"läxhjälpen.\n\n{proposal}\n")
    draft = draft_of(tmp_path, text)
    assert draft.fields["proposals"] == [proposal]
    assert proposal in [p for section in draft.fields["sections"] for p in section.get("paragraphs", [])]
    # a sentence that tells of such a proposal inside a paragraph is none
    told = text.replace(proposal, f"Vi vill fortsätta med läxhjälpen. {proposal}")
    (tmp_path / "told").mkdir()
    assert "proposals" not in draft_of(tmp_path / "told", told).fields


def test_sections_in_another_order_keep_that_order(tmp_path: Path):
    text = DROMSTORT_SEED.read_text(encoding="utf-8")
    background = text[text.index("Bakgrund\n"):text.index("Ärendet\n")]
    moved = variant(tmp_path, (background, ""), ("Ärendets beredning\n", background + "Ärendets beredning\n"))
    imported = import_document(moved, CONTENT, tmp_path / "out")
    assert [s["heading"] for s in imported.draft.fields["sections"]] == [
        "Sammanfattning", "Ärendet", "Bakgrund", "Ärendets beredning", "Förvaltningens synpunkter och förslag"]
    assert imported.problems == []


def test_a_clause_a_list_goes_on_with_is_no_heading(tmp_path: Path):
    lead = "Inom partnerskapet har föreningen genomfört\n\n– nattvandringar i centrum\n– kvällsaktiviteter för unga\n\n"
    edited = variant(tmp_path, ("Ärendets beredning\n", lead + "Ärendets beredning\n"))
    sections = import_document(edited, CONTENT, tmp_path / "out").draft.fields["sections"]
    assert "Inom partnerskapet har föreningen genomfört" not in [s["heading"] for s in walk(sections)]
    paragraphs = [p for s in walk(sections) for p in s.get("paragraphs", [])]
    at = paragraphs.index("Inom partnerskapet har föreningen genomfört")
    assert paragraphs[at + 1].startswith("– nattvandringar i centrum")
    assert "Ärendets beredning" in [s["heading"] for s in sections]  # a heading over a list stays one


def test_proposals_numbered_otherwise_or_in_separate_paragraphs(tmp_path: Path):
    proposal = "Enskede-Årsta-Vantörs stadsdelsnämnd godkänner och lägger slutrapporten till handlingarna."
    numbered = variant(tmp_path, (proposal, f"1) {proposal}\n2) Nämnden tackar föreningen."))
    assert import_document(numbered, CONTENT, tmp_path / "a").draft.fields["proposals"] == [proposal, "Nämnden tackar föreningen."]
    separate = variant(tmp_path, (proposal, f"{proposal}\n\nNämnden tackar föreningen."))
    assert import_document(separate, CONTENT, tmp_path / "b").draft.fields["proposals"] == [proposal, "Nämnden tackar föreningen."]
    bulleted = variant(tmp_path, (proposal, f"• {proposal}\n• Nämnden tackar föreningen."))
    assert import_document(bulleted, CONTENT, tmp_path / "c").draft.fields["proposals"] == [proposal, "Nämnden tackar föreningen."]
    introduced = variant(tmp_path, (proposal, f"Förvaltningen föreslår att stadsdelsnämnden beslutar följande:\n\n"
                                              f"– {proposal}\n\n– Nämnden tackar föreningen."))
    assert import_document(introduced, CONTENT, tmp_path / "d").draft.fields["proposals"] == [proposal, "Nämnden tackar föreningen."]
    unended = variant(tmp_path, (proposal, f"Förvaltningen föreslår att stadsdelsnämnden beslutar\n\na) {proposal}\n\n"
                                           "b) Nämnden tackar föreningen."))
    assert import_document(unended, CONTENT, tmp_path / "e").draft.fields["proposals"] == [proposal, "Nämnden tackar föreningen."]


def test_a_missing_phone_number_is_reported_and_the_draft_still_validates(tmp_path: Path):
    imported = import_document(variant(tmp_path, ("Telefon: 08-50814997\n", "")), CONTENT, tmp_path / "out")
    assert imported.draft.fields["case_officer"] == {"name": "Evelyn Garate Ormazabal"}
    assert "case_officer.phone" in imported.draft.missing
    assert imported.problems == []


def test_an_unknown_organisation_and_district_are_proposed_as_new_entries(tmp_path: Path):
    document = variant(tmp_path, ("Drömstort", "Läslust"), ("Enskede-Årsta-Vantörs", "Skarpnäcks"))
    imported = import_document(document, CONTENT, tmp_path / "out")
    assert imported.draft.new_organisation == {"id": "laslust", "name": "Läslust"}
    assert imported.draft.new_district == {"id": "skarpnack", "name": "Skarpnäck", "committee": "Skarpnäcks stadsdelsnämnd"}
    assert imported.target.name == "skarpnack-laslust-2022-2024.yml"
    assert "organisation" in imported.draft.uncertain and "district" in imported.draft.uncertain
    assert imported.problems == []  # valid once the proposed entries are added


def test_without_a_till_line_the_committee_is_the_one_the_proposals_have_deciding(tmp_path: Path):
    imported = import_document(variant(tmp_path, ("Till\nEnskede-Årsta-Vantörs\nstadsdelsnämnd 2024-08-22\n", "")),
                               CONTENT, tmp_path / "out")
    assert imported.draft.fields["committee"] == "Enskede-Årsta-Vantörs stadsdelsnämnd"
    assert imported.draft.fields["district"] == "enskede-arsta-vantor"
    assert "meeting_date" not in imported.draft.fields  # never guessed


def test_a_document_without_the_committee_gives_a_draft_that_says_so(tmp_path: Path):
    imported = import_document(variant(tmp_path, ("Till\nEnskede-Årsta-Vantörs\nstadsdelsnämnd 2024-08-22\n", ""),
                                       ("\nEnskede-Årsta-Vantörs stadsdelsnämnd godkänner", "\nNämnden godkänner")),
                               CONTENT, tmp_path / "out")
    assert {"committee", "district"} <= set(imported.draft.missing)
    assert "meeting_date" not in imported.draft.fields  # never guessed
    assert any(problem.endswith("committee: saknas (obligatoriskt: nämnden som dokumentet är ställt till: efter Till, eller i brevhuvudet (Till socialnämnden), eller den nämnd som förslaget till beslut vänder sig till (Socialnämnden godkänner …))")
               for problem in imported.problems), imported.problems


def test_page_breaks_inside_paragraphs_are_joined():
    split = [Block("Bakgrund"), Block("Den första överenskommelsen tecknades för perioden 4 juli 2018 till och med"),
             Block("31 december 2020. Denna överenskommelse förlängdes."), Block("Måluppfyllelse")]
    assert [b.text for b in join_page_breaks(split)] == [
        "Bakgrund", "Den första överenskommelsen tecknades för perioden 4 juli 2018 till och med 31 december 2020. "
        "Denna överenskommelse förlängdes.", "Måluppfyllelse"]


def test_a_title_at_the_top_is_never_joined_to_the_paragraph_under_it():
    # The top of the first page: no page break lies between them, however the title ends.
    title = ("Länkföreningen Vägen Ut, Karlstad – slutrapport avseende idéburet offentligt partnerskap med "
             "arbetsmarknads- och socialnämnden")
    paragraph = "Föreningen bildades 1996 och driver ett dagcafé. Överenskommelsen gällde 2019-03-01 – 2021-02-28."
    for blocks in ([Block(title), Block(paragraph)], [Block("Karlstads kommun"), Block(title), Block(paragraph)]):
        assert [b.text for b in join_page_breaks(blocks)] == [b.text for b in blocks]


def test_what_cannot_be_read_is_said_plainly(tmp_path: Path):
    (tmp_path / "notes.odt").write_bytes(b"x")
    (tmp_path / "broken.pdf").write_bytes(b"not a pdf")
    with pytest.raises(ExtractError, match=r"notes\.odt: kan inte importera \.odt \(förväntade \.txt, \.pdf, \.docx\)$"):
        extract(tmp_path / "notes.odt")
    with pytest.raises(ExtractError, match=r"broken\.pdf: kunde inte läsas som PDF"):
        extract(tmp_path / "broken.pdf")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


def test_the_import_command_writes_drafts_reports_and_never_overwrites_silently(tmp_path: Path):
    shutil.copytree(CONTENT, tmp_path / "content")
    pdf = write_pdf(DROMSTORT_SEED.read_text(encoding="utf-8"), tmp_path / "rapport.pdf")
    result = run("import", str(pdf), "--out", "drafts", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"{pdf} -> drafts/enskede-arsta-vantor-dromstort-2022-2024.yml (utkast)"
    assert "  hittades inte: belopp (funding), måluppfyllelse (outcome)\n" in result.stdout
    assert re.search(r"  utkastet klarar kontrollen\. \d+ värden är markerade med GRANSKA: jämför vart och ett med "
                     r"dokumentet och ta bort markeringen, och ta till sist bort raden 'status: utkast'; först då kan "
                     r"rapporten publiceras\.\n$", result.stdout)
    again = run("import", str(pdf), "--out", "drafts", cwd=tmp_path)
    assert again.returncode == 1
    assert again.stderr == ("Fel: drafts/enskede-arsta-vantor-dromstort-2022-2024.yml finns redan; "
                            "använd --force för att ersätta den\n")
    assert run("import", str(pdf), "--out", "drafts", "--force", cwd=tmp_path).returncode == 0
    into_content = run("import", str(pdf), cwd=tmp_path)  # the hand-made report has that name
    assert into_content.returncode == 1 and "finns redan" in into_content.stderr


def every_paragraph(draft) -> str:
    def walk(sections):
        for section in sections:
            yield section["heading"]
            yield from section.get("paragraphs", [])
            yield from walk(section.get("sections", []))
    return " ".join([*walk(draft.fields.get("sections", [])), *draft.unplaced])


def test_a_contact_block_inside_the_text_stays_text_and_nothing_after_it_is_lost(tmp_path: Path):
    document = variant(tmp_path, ("Ärendets beredning\n", "Anna Berg\nProjektledare Drömstort\nanna@example.se\n\nÄrendets beredning\n"),
                       ("Bilaga\n", "Beslutet expedieras till föreningen.\n\nBilaga\n"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert [s["name"] for s in draft.fields["signatories"]] == ["Anders Carstorp", "Jenny Johansson"]
    assert [s["heading"] for s in draft.fields["sections"]][-2:] == ["Ärendets beredning", "Förvaltningens synpunkter och förslag"]
    assert "Anna Berg Projektledare Drömstort anna@example.se" in every_paragraph(draft)
    assert draft.unplaced == ["Beslutet expedieras till föreningen."]


def test_numbered_headings_nest_by_their_numbers(tmp_path: Path):
    document = variant(tmp_path, ("\nSammanfattning\n", "\n1. Sammanfattning\n"), ("\nBakgrund\n", "\n1.1 Bakgrund\n"),
                       ("\nÄrendet\n", "\n2. Ärendet\n"))
    sections = import_document(document, CONTENT, tmp_path / "out").draft.fields["sections"]
    assert [s["heading"] for s in sections][:2] == ["1. Sammanfattning", "2. Ärendet"]
    assert [s["heading"] for s in sections[0]["sections"]] == ["1.1 Bakgrund"]


def test_a_date_that_does_not_exist_is_skipped_and_said(tmp_path: Path):
    document = variant(tmp_path, ("den 1 september 2022. Överenskommelsen upphörde att gälla den 1 juni 2024",
                                  "den 1 september 2022. Överenskommelsen upphörde att gälla den 31 juni 2024"),
                       ("stadsdelsnämnd 2024-08-22", "stadsdelsnämnd 2024-02-30"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert "agreements" in draft.missing and "meeting_date" not in draft.fields
    assert "2024-02-30 efter nämnden är inget riktigt datum och är utelämnat" == draft.uncertain["committee"]


@pytest.mark.parametrize("sentence, outcome", [
    ("Förvaltningen bedömer att partnerskapets mål har uppfyllts.", "goals_met"),
    ("Målen har delvis uppfyllts.", "goals_partly_met"),
    ("Förvaltningen bedömer att målen inte har uppfyllts.", "goals_not_met"),
    ("Förvaltningen bedömer att målen för partnerskapet inte har uppfyllts.", "goals_not_met"),
    ("Målen har i huvudsak uppfyllts.", None),  # a hedge: left for a person
    ("Förvaltningen bedömer att partnerskapets mål till största delen har uppnåtts.", None),
    ("Förvaltningen bedömer att målen har uppnåtts.", "goals_met"),
    ("Målen bedöms vara uppfyllda.", "goals_met"),
    ("Föreningen har inte nått de uppsatta målen.", "goals_not_met"),
    ("Målen har delvis uppnåtts.", "goals_partly_met"),
    ("Målen har uppnåtts till 80 procent.", None),
    ("Förvaltningen bedömer att inte alla mål har uppfyllts.", None),
    ("Två av fem delmål har uppfyllts.", None),
    ("Det går inte att bedöma om målen har uppfyllts.", None),
    # One goal is not the goals as a whole; the administration's assessment wins over a sentence before it.
    ("Målet för boende har inte nåtts.", None),
    ("Målet för boende har inte nåtts. Förvaltningen bedömer att målen endast delvis har uppfyllts.", "goals_partly_met"),
    # the organisation's own view, in a report it sends, or a question it says it answers: the administration's is
    # the outcome
    ("Vi bedömer att samtliga mål har uppfyllts.", None),
    ("Föreningens egen bedömning är att målen har uppfyllts.", None),
    ("Här redovisar vi hur väl vi har nått de mål som vi och nämnden kom överens om.", None),
])
def test_only_a_plain_assessment_becomes_an_outcome(tmp_path: Path, sentence: str, outcome: str | None):
    document = variant(tmp_path, ("Ärendet har beretts inom Avdelning HR och utveckling.",
                                  f"Ärendet har beretts inom Avdelning HR och utveckling. {sentence}"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields.get("outcome") == outcome
    if outcome is None:
        assert sentence.split(". ")[0] in draft.missing["outcome"]


def test_word_heading_styles_lists_and_tables(tmp_path: Path):
    import docx

    document = docx.Document()
    for line in ["Handläggare\nEva Ek", "Till\nJärva stadsdelsnämnd 2025-03-01",
                 "IOP med föreningen Läslust", "Förvaltningens förslag till beslut", "Nämnden godkänner rapporten."]:
        paragraph = document.add_paragraph()
        for index, part in enumerate(line.split("\n")):
            if index:
                paragraph.add_run().add_break()
            paragraph.add_run(part)
    document.add_paragraph("Ärendet", style="Heading 1")
    document.add_paragraph("Överenskommelsen med föreningen gällde den 1 mars 2023 till och med 29 februari 2024.")
    document.add_paragraph("Läxhjälp varje vecka", style="List Bullet")
    document.add_paragraph("Sommarläger", style="List Bullet")
    document.add_paragraph("Ekonomi", style="Heading 2")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("Post", "Belopp"), ("Lokaler", "10 000 kr")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    document.add_paragraph("Budgeten höll.")
    path = tmp_path / "rapport.docx"
    document.save(str(path))
    draft = import_document(path, CONTENT, tmp_path / "out").draft
    (case,) = draft.fields["sections"]
    assert case["heading"] == "Ärendet"
    assert case["paragraphs"] == ["Överenskommelsen med föreningen gällde den 1 mars 2023 till och med 29 februari 2024.",
                                  "Läxhjälp varje vecka", "Sommarläger"]
    # A table is one paragraph as it stands: a row per line, a tab between columns (nothing added to the text).
    assert case["sections"] == [{"heading": "Ekonomi", "paragraphs": ["Post\tBelopp\nLokaler\t10 000 kr", "Budgeten höll."]}]
    assert "en tabell står som ett stycke" in draft.uncertain["sections"]
    assert draft.fields["agreements"] == [{"start": date(2023, 3, 1), "end": date(2024, 2, 29)}]


def test_a_case_number_above_the_title_is_kept_aside_not_taken_for_the_title(tmp_path: Path):
    document = variant(tmp_path, ("\nIdéburet offentligt partnerskap (IOP) med föreningen Drömstort\n",
                                  "\nTjänsteutlåtande\nDnr EÅV-2024/123\n\nIdéburet offentligt partnerskap (IOP) med föreningen Drömstort\n"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["title"] == "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort"
    assert draft.fields["subtitle"] == "Slutrapport i samband med upphörande av IOP"
    assert draft.fields["case_number"] == "EÅV-2024/123"
    assert draft.unplaced == []


def test_a_dated_label_and_the_kind_of_document_over_the_title_are_no_title(tmp_path: Path):
    document = variant(tmp_path, ("\nIdéburet offentligt partnerskap (IOP) med föreningen Drömstort\n",
                                  "\nSlutrapport\nIdéburet offentligt partnerskap (IOP)\n\nRapport\nUtfärdad: 2024-08-01\n\n"
                                  "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort\n"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["title"] == "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort"
    assert draft.fields["subtitle"] == "Slutrapport i samband med upphörande av IOP"
    assert {"Idéburet offentligt partnerskap (IOP)", "Utfärdad: 2024-08-01"} <= set(draft.unplaced)


@pytest.mark.parametrize("title, name", [
    ("Idéburet offentligt partnerskap (IOP) med föreningen Drömstort", "Drömstort"),
    ("Slutrapport för IOP mellan Läxhjälpen Norr och Norrmalms stadsdelsnämnd", "Läxhjälpen Norr"),
    ("Stiftelsen Hemlösa Hjärtan – slutrapport för IOP", "Stiftelsen Hemlösa Hjärtan"),
    ("Slutrapport av idéburet offentligt partnerskap (IOP) - Studiefremjandet Stockholm Gotland",
     "Studiefremjandet Stockholm Gotland"),
    ("Slutrapport IOP med den ideella föreningen Kvinnokraft i Järva", "Kvinnokraft i Järva"),
    ("Slutrapport för partnerskapet", None),
    ("IOP med Järva stadsdelsnämnd", None),
    # a title in capitals: the name as a name is written
    ("SLUTRAPPORT – IDÉBURET OFFENTLIGT PARTNERSKAP MED MUSIKFÖRENINGEN KLANGRUM", "Musikföreningen Klangrum"),
])
def test_the_organisation_a_title_names(title: str, name: str | None):
    assert organisation_from_title(title) == name


def test_the_organisation_the_text_names_most_when_the_title_names_none():
    text = ("Förvaltningen har samverkat med föreningen Läslust sedan 2019. Föreningen Läslust har haft läxhjälp. "
            "Stiftelsen Ungdomshjälp har också deltagit.")
    assert organisation_in_text(text) == "Läslust"
    assert organisation_in_text("Stiftelsen Hemlösa Hjärtan har drivit värmestugan.") == "Stiftelsen Hemlösa Hjärtan"
    assert organisation_in_text("Föreningen har haft läxhjälp.") is None
    assert organisation_in_text("Med stiftelsen Hemlösa Hjärtan och föreningen Läslust.") == "Stiftelsen Hemlösa Hjärtan"


@pytest.mark.parametrize("committee, name", [
    ("Kungsholmens stadsdelsnämnd", "Kungsholmen"), ("Järva stadsdelsnämnd", "Järva"),
    ("Enskede-Årsta-Vantörs stadsdelsnämnd", "Enskede-Årsta-Vantör"), ("Hässelby-Vällingby stadsdelsnämnd", "Hässelby-Vällingby"),
    ("Hägersten-Liljeholmens stadsdelsnämnd", "Hägersten-Liljeholmen"), ("Rinkeby-Kista stadsdelsnämnd", "Rinkeby-Kista"),
    ("Skarpnäcks stadsdelsnämnd", "Skarpnäck"), ("Älvsjö stadsdelsnämnd", "Älvsjö"),
    ("Stadsdelsnämnden Örgryte-Härlanda", "Örgryte-Härlanda"), ("Stadsdelsnämnden Västra Hisingen", "Västra Hisingen"),
])
def test_the_district_a_committee_names(committee: str, name: str):
    assert district_name(committee) == name


def test_a_title_without_the_organisation_takes_it_from_the_text(tmp_path: Path):
    document = variant(tmp_path, ("Idéburet offentligt partnerskap (IOP) med föreningen Drömstort\n",
                                  "Slutrapport för idéburet offentligt partnerskap\n"), ("Drömstort", "Läslust"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.new_organisation == {"id": "laslust", "name": "Läslust"}
    assert draft.uncertain["organisation"] == ("'Läslust' lästes ur texten ('föreningen …') och finns inte i "
                                               "organisations.yml: kontrollera namnet och lägg in den föreslagna posten")


@pytest.mark.parametrize("written", ["22 augusti 2024", "den 22 augusti 2024", "2024-08-22"])
def test_the_meeting_date_after_the_committee_in_any_form_the_grammar_reads(tmp_path: Path, written: str):
    document = variant(tmp_path, ("stadsdelsnämnd 2024-08-22", f"stadsdelsnämnd {written}"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["committee"] == "Enskede-Årsta-Vantörs stadsdelsnämnd"
    assert draft.fields["meeting_date"] == date(2024, 8, 22)


@pytest.mark.parametrize("listed, items", [
    ("läxhjälp, fotboll och dans", ["läxhjälp", "fotboll", "dans"]),
    # an item's own list, known by the list going on after it; a list that ends there stays the outer list's
    ("öppen hall med fotboll, basket och innebandy, danspass och tjejkvällar",
     ["öppen hall med fotboll, basket och innebandy", "danspass", "tjejkvällar"]),
    ("temakvällar om hälsa, ekonomi och föräldraskap samt vägledning",
     ["temakvällar om hälsa, ekonomi och föräldraskap", "vägledning"]),
    ("läxhjälp i matematik, fotboll och dans", ["läxhjälp i matematik", "fotboll", "dans"]),
    ("läxhjälp i skolan, frukost och lunch, fotboll och dans",  # a place in its definite form opens no list
     ["läxhjälp i skolan", "frukost och lunch", "fotboll", "dans"]),
    # when an activity happened is not the activity
    ("ett öppet café tre eftermiddagar i veckan, läxläsning före träningen två dagar i veckan och en "
     "sommarlovsateljé under fyra veckor varje sommar", ["öppet café", "läxläsning", "sommarlovsateljé"]),
    # the "och" between the last two: not inside a word cut short, not after one preposition's two words
    ("teater, kurser i ljud- och scenteknik och skrivarverkstäder",
     ["teater", "kurser i ljud- och scenteknik", "skrivarverkstäder"]),
    ("nattvandringar, sommarlovsaktiviteter för barn och unga och utbildning av nattvandrare",
     ["nattvandringar", "sommarlovsaktiviteter för barn och unga", "utbildning av nattvandrare"]),
    ("stödsamtal, motionsgrupper för kvinnor och vägledning om arbete och studier",
     ["stödsamtal", "motionsgrupper för kvinnor", "vägledning om arbete och studier"]),
    # each item with a verb of its own: the verbs part them, an item's "och" stays, and how it was done goes
    ("serverat frukost och lunch, erbjudit dusch och tvätt, delat ut kläder och gett samtalsstöd genom "
     "föreningens anställda stödpersoner", ["frukost och lunch", "dusch och tvätt", "kläder", "samtalsstöd"]),
    ("erbjudit läxhjälp, språkcafé och utflykter", ["läxhjälp", "språkcafé", "utflykter"]),
    # the first item's verb was the sentence's own, before the list
    ("en öppen mötesplats för föräldrar och barn, ordnat föräldragrupper och erbjudit språkstöd för nyanlända",
     ["öppen mötesplats för föräldrar och barn", "föräldragrupper", "språkstöd för nyanlända"]),
    # the languages an activity is given in are its own list
    ("samtalsstöd på arabiska, somaliska och tigrinja, läxhjälp och utflykter",
     ["samtalsstöd på arabiska, somaliska och tigrinja", "läxhjälp", "utflykter"]),
    ("lovskola, studiebesök och föräldramöten på dari, tigrinja och svenska",  # the last item's too
     ["lovskola", "studiebesök", "föräldramöten på dari, tigrinja och svenska"]),
    # a day of the week, or every other week, is when, not what
    ("stickcafé varje onsdag, boulegrupp varannan vecka och gemensam lunch varje fredag",
     ["stickcafé", "boulegrupp", "gemensam lunch"]),
    # "haft" is one of the verbs that part items
    ("uppsökande arbete och haft en anhöriggrupp varannan vecka", ["uppsökande arbete", "anhöriggrupp"]),
    # where, and for what ages, is no part of what was done; a place list's commas part no items
    ("öppen mötesplats tre eftermiddagar i veckan i föreningens lokal på Nygatan, samtalsgrupper och uppsökande "
     "träffar i Ullared och Vessigebro en gång i månaden", ["öppen mötesplats", "samtalsgrupper", "uppsökande träffar"]),
    ("anhörigcaféer varannan vecka i Gislaved, Anderstorp och Smålandsstenar och samtalsgrupper för anhöriga",
     ["anhörigcaféer", "samtalsgrupper för anhöriga"]),
    ("teatergrupper för barn och unga mellan 10 och 19 år i Flen, Malmköping och Sparreholm",
     ["teatergrupper för barn och unga"]),
    ("samtalsgrupper för barn i åldern 7–12 år, stödsamtal i föreningens lokal och fotboll i fyra tätorter",
     ["samtalsgrupper för barn", "stödsamtal", "fotboll"]),
    # a name's own "i", and whom an item is for, stay
    ("föräldrakursen Alla Barn i Centrum, språkstöd för föräldrar som är nya i Sverige och läxhjälp",
     ["föräldrakursen Alla Barn i Centrum", "språkstöd för föräldrar som är nya i Sverige", "läxhjälp"]),
    # a comma after a word cut short parts no items: "sport-, påsk- och sommarlov" is one
    ("läxhjälp, spontanidrott och lovaktiviteter under sommar-, höst- och sportlov",
     ["läxhjälp", "spontanidrott", "lovaktiviteter under sommar-, höst- och sportlov"]),
])
def test_an_activity_list_is_parted_as_a_reader_parts_it(listed: str, items: list[str]):
    assert _list_items(listed) == items


@pytest.mark.parametrize("text, items", [
    # a count of what was done, a clause of its own, or the partnership's years are no activity
    ("Under perioden har föreningen genomfört sammanlagt omkring 2 100 lästillfällen, och 37 föräldrar har deltagit "
     "i bokcirklarna.", None),
    ("Partnerskapet har omfattat verksamhetsåren 2021 och 2022, med en överenskommelse för vardera året.", None),
    ("Verksamheten har bestått av läxhjälp, språkcafé och sammanlagt 40 utflykter.", ["läxhjälp", "språkcafé"]),
    # what an organisation "had" is no list of activities unless it is one
    ("Föreningen har haft ett nära samarbete med skolan och 40 medlemmar.", None),
    ("Vi har haft teman som boende, hälsa och arbete.", None),
    ("Föreningen har också haft grupper i Ösmo, Sorunda och Torö.", None),
    # a name the organisation ran is not what it did there
    ("I partnerskapet har vi drivit Träffpunkt Ängen.", None),
])
def test_what_is_no_activity_is_left_out(text: str, items: list[str] | None):
    from generator.importing.parse import Draft
    from generator.importing.reading import _activities_and_places

    draft = Draft()
    _activities_and_places(text, draft)
    assert draft.fields.get("activities") == items


@pytest.mark.parametrize("text, items", [
    # whoever did it: a noun in its definite form, a name, or "vi"; with a word that adds it to what was said
    ("Inom partnerskapet har hembygdsgillet anordnat slöjdkvällar, julmarknad och guidade vandringar.",
     ["slöjdkvällar", "julmarknad", "guidade vandringar"]),
    ("Kvinnojouren har därutöver erbjudit stödsamtal, jourtelefon och skyddat boende.",
     ["stödsamtal", "jourtelefon", "skyddat boende"]),
    ("I partnerskapet har vi drivit Träffpunkt Ängen. Vi har haft stickcafé varje onsdag, boulegrupp och "
     "gemensam lunch varje fredag.", ["stickcafé", "boulegrupp", "gemensam lunch"]),
    # points led into as the activities, each as written but for when and where, as a list's items
    ("Föreningen har under året genomfört följande aktiviteter:\n\n- språkcafé två kvällar i veckan - "
     "läxhjälp för barn i årskurs 4–9 - sommarläger i Hålaveden", ["språkcafé", "läxhjälp för barn i årskurs 4–9",
                                                                  "sommarläger"]),
    ("Aktiviteterna har varit: • öppen förskola, • babymassage, • föräldragrupper.",
     ["öppen förskola", "babymassage", "föräldragrupper"]),
    # points that count, or aims, are no activities
    ("I överenskommelsen angavs tre mål:\n\n- fler unga i föreningslivet - färre orosanmälningar", None),
    # when it was done between "har" and the verb; what an organisation's work consists of; "ordnat"
    ("Föreningen har under partnerskapet genomfört stödgrupper, föräldrakvällar och lovaktiviteter.",
     ["stödgrupper", "föräldrakvällar", "lovaktiviteter"]),
    ("Föreningens verksamhet består av uppsökande arbete, en jobbklubb och studiebesök.",
     ["uppsökande arbete", "jobbklubb", "studiebesök"]),
    ("Föreningen har också ordnat julfest, sommarläger och matlagning där deltagarna lagar mat ihop.",
     ["julfest", "sommarläger", "matlagning"]),
    # points led in by the verb alone, set with Word's second-level bullet
    ("Föreningen har inom partnerskapet erbjudit: o anhörigcafé o samtalsgrupper för anhöriga",
     ["anhörigcafé", "samtalsgrupper för anhöriga"]),
    # points in the paragraph after a lead without a colon
    ("Inom partnerskapet har föreningen genomfört\n\n– trygghetsvandringar med polisen – utbildning av nattvandrare",
     ["trygghetsvandringar med polisen", "utbildning av nattvandrare"]),
    ("Mötesplatserna har haft öppet tre dagar i veckan. Aktiviteterna har bland annat omfattat\n\n• gemensamma luncher "
     "• stolgympa och promenadgrupper", ["gemensamma luncher", "stolgympa och promenadgrupper"]),
    # where nothing else names them: what the summary says the partnership was about, without whom or where
    ("Socialnämnden och föreningen har sedan den 1 juli 2021 samverkat i ett idéburet offentligt partnerskap om "
     "kvällsvandringar och vuxennärvaro i Biskopsgården.", ["kvällsvandringar", "vuxennärvaro"]),
    ("Nämnden och föreningen har samverkat i ett idéburet offentligt partnerskap (IOP) om en öppen träffpunkt för "
     "vuxna som lever med missbruk, psykisk ohälsa eller i annan social utsatthet.", ["öppen träffpunkt"]),
    ("Nämnden beslutade 2021 om ett partnerskap om 600 000 kronor per år.", None),  # an amount is no activity
    # what it was about, told after a comma, is no part of it
    ("Kommunen och föreningen har haft ett idéburet offentligt partnerskap om en lånecykelpool, där boende kan låna "
     "cyklar gratis.", ["lånecykelpool"]),
    # points in the next paragraph after "Partnerskapet omfattade", each without its article and what happens there
    ("Föreningen samordnar frivilliga. Partnerskapet omfattade\n\n• en läsecirkel där äldre läser högt för varandra,\n"
     "• högläsning för barn,\n• ett bokbyte.", ["läsecirkel", "högläsning för barn", "bokbyte"]),
])
def test_activities_are_read_where_the_text_lists_them(text: str, items: list[str] | None):
    from generator.importing.parse import Draft
    from generator.importing.reading import _activities_and_places

    draft = Draft()
    _activities_and_places(text, draft)
    assert draft.fields.get("activities") == items


@pytest.mark.parametrize("header", [
    "Vår handläggare\nEvelyn Garate Ormazabal\nTelefon: 08-50814997\n\nTill Enskede-Årsta-Vantörs stadsdelsnämnd, sammanträde 2024-08-22\n",
    "Kontakt: Evelyn Garate Ormazabal, utvecklingsledare, 08-50814997\n\nEnskede-Årsta-Vantörs stadsdelsnämnd\n"
    "Sammanträdesdag 2024-08-22\n",
])
def test_other_labels_for_the_case_officer_and_the_meeting(tmp_path: Path, header: str):
    old = "Handläggare\nEvelyn Garate Ormazabal\nTelefon: 08-50814997\n\nTill\nEnskede-Årsta-Vantörs\nstadsdelsnämnd 2024-08-22\n"
    draft = import_document(variant(tmp_path, (old, header)), CONTENT, tmp_path / "out").draft
    assert draft.fields["committee"] == "Enskede-Årsta-Vantörs stadsdelsnämnd"
    assert draft.fields["meeting_date"] == date(2024, 8, 22)
    assert draft.fields["case_officer"] == {"name": "Evelyn Garate Ormazabal", "phone": "08-50814997"}
    assert draft.fields["title"] == "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort"


def test_counts_in_tables_about_ca_without_a_value_beside_money_and_by_place():
    from generator.importing.reading import _table_counts

    def counts(table):  # type: ignore[no-untyped-def]
        return [(int(value), unit) for value, unit, _ in _table_counts(table)]
    # "ca" before a count, a dash for none, what the row counts after a comma
    assert counts("Verksamhet\t2021\t2022\nBesök i öppen hall\tca 2 100\tca 3 700\nTeknikfika, besök\t–\t264") == [
        (2100, "besök"), (3700, "besök"), (264, "besök")]
    # a year's row with money beside its counts; a column named for those counted and their activity
    assert counts("År\tBidrag\tDeltagare språkcafé\n2022\t180 000 kr\t96\n2023\t195 000 kr\t121") == [
        (96, "deltagare"), (121, "deltagare")]
    # rows labelled with a place, under a heading of what is counted: no place is a unit
    assert counts("Ort\tTräffar\tBesök\nTierp\t96\t1 540\nSöderfors\t64\t720") == [
        (96, "träffar"), (1540, "besök"), (64, "träffar"), (720, "besök")]


def test_proposals_end_at_a_heading_over_its_own_lines(tmp_path: Path):
    memo = ("Malmö stad\nStadsområdesförvaltning Norr\n\n"
            "Slutrapport för idéburet offentligt partnerskap med föreningen Nya Vänner i Kirseberg\n\n"
            "Sammanfattning\nStadsområdesnämnd Norr och föreningen har haft en överenskommelse om idéburet offentligt "
            "partnerskap från den 1 mars 2018 till och med den 29 februari 2020.\n\n"
            "Förslag till beslut\nStadsområdesnämnd Norr föreslås besluta\natt godkänna slutrapporten, samt\n"
            "att överlämna slutrapporten till nämnden för kännedom.\n\n"
            "Beslutsunderlag\n• Tjänsteskrivelse SOFN 200422 Slutrapport IOP Nya Vänner i Kirseberg\n"
            "• Bilaga 1 Slutrapport från föreningen Nya Vänner i Kirseberg\n\n"
            "Beslutsplanering\nStadsområdesnämnd Norr 2020-04-22\n\nÄrendet\nFöreningen har haft språkcafé.\n")
    fields = draft_of(tmp_path, memo).fields
    assert fields["proposals"] == ["att godkänna slutrapporten, samt", "att överlämna slutrapporten till nämnden för kännedom."]
    assert str(fields["meeting_date"]) == "2020-04-22"


def test_the_reviews_probes_of_the_days_layout_and_table_rules():
    """Layouts a review found the rules of 7 December 2026 misread: each now reads as it should."""
    from generator.importing.extract import unwrap
    from generator.importing.layout import OFFICER_LABEL
    from generator.importing.reading import _goal_counts, _labelled_counts

    for line in ("Planerat antal deltagare: 150", "Antal deltagare (mål): 120", "Antal deltagare per tillfälle: 8",
                 "Förväntat antal besökare per år: 400", "Antal deltagare som avbröt: 12"):
        assert _labelled_counts(line) == [], line
    goals = ("Mål\tIndikator\tUtfall\nFler\tMinst 120 unika deltagare per år\tÅr 1: 98, år 2: 134\n"
             "Fler\tMinst 120 unika deltagare per år\t95 % av målet\nFler\tMinst 5 skolor deltar\t4 av 5")
    assert [int(value) for value, _, _ in _goal_counts(goals)] == []
    assert not OFFICER_LABEL.match("Från: Anna Berg, ordförande i föreningen Trygga Kvarter")
    assert len(unwrap([Block("Av de deltagare som besvarade enkäten uppgav i genomsnitt 8 av 10\natt de känner sig "
                             "tryggare på kvällarna nu.")])) == 1


def test_a_memos_sender_with_a_title_is_its_officer_never_a_mails(tmp_path: Path):
    memo = ("ÅNGE KOMMUN\nBildningsförvaltningen\n\nTill: Bildningsnämnden\n"
            "Från: Malin Öberg, ungdomssamordnare, tfn 0690-250 147\n\n"
            "Slutrapport: IOP om öppen fritidsverksamhet med Ånge Ungdomsgårdsförening\n\n1. Bakgrund\n"
            "Bildningsnämnden och föreningen har haft ett idéburet offentligt partnerskap.\n")
    assert draft_of(tmp_path, memo).fields["case_officer"] == {"name": "Malin Öberg", "phone": "0690-250 147"}
    from generator.importing.layout import OFFICER_LABEL
    assert not OFFICER_LABEL.match("Från: Lena Sjöholm <lena.sjoholm@ange.se>")
    assert OFFICER_LABEL.match("Kontaktperson för rapporten: Maja Lund, verksamhetsledare").group() == \
        "Kontaktperson för rapporten: "


def test_the_agreement_the_text_tells_over_a_tables_periods_of_money(tmp_path: Path):
    # "Period<TAB>Ersättning": the periods paid for within the agreement the summary tells, not agreements
    memo = ("Tjänsteutlåtande\nDnr HV 2024/0412\n\nTill\nHässelby-Vällingby stadsdelsnämnd\n2024-09-19\n\n"
            "Slutrapport för idéburet offentligt partnerskap med Föreningen Gemensam Mark 2022–2024\n\n"
            "Sammanfattning\n\nStadsdelsnämnden och Föreningen Gemensam Mark har sedan den 1 mars 2022 samverkat i ett "
            "idéburet offentligt partnerskap om stadsodling. Överenskommelsen gällde till och med den 31 december 2023 "
            "och förlängdes därefter, genom den option som fanns i överenskommelsen, till och med den 30 juni 2024.\n\n"
            "Ärendet\n\nNämndens ersättning till föreningen har varit följande:\n\n"
            "Period\tErsättning\n1 mars–31 december 2022\t187 500 kr\n2023\t225 000 kr\n"
            "1 januari–30 juni 2024\t112 500 kr\nSumma\t525 000 kr\n")
    assert draft_of(tmp_path, memo).fields["agreements"] == [
        {"start": date(2022, 3, 1), "end": date(2023, 12, 31), "extended_to": date(2024, 6, 30)}]


def test_a_goal_tables_outcomes_never_its_targets():
    from generator.importing.reading import _goal_counts

    table = ("Mål\tIndikator\tUtfall\n"
             "Fler barn och unga deltar\tMinst 120 unika deltagare per år\t134 (2022), 151 (2023), 163 (2024)\n"
             "Verksamheten når både flickor och pojkar\tMinst 40 procent pojkar\t38 procent pojkar i genomsnitt\n"
             "Unga är med och bestämmer\tUngdomsrådet har minst sex möten per år\t22 möten under perioden")
    assert [(int(value), unit) for value, unit, _ in _goal_counts(table)] == [
        (134, "unika deltagare"), (151, "unika deltagare"), (163, "unika deltagare"), (38, "procent"), (22, "möten")]
    assert _goal_counts(table)[0][2] == table.split("\n")[1]  # quoted as its row
    assert [(int(value), unit) for value, unit, _ in _goal_counts(
        "Mål\tUtfall\tBedömning\nMinst 150 olika besökare per avtalsår\t212 respektive 238 olika besökare\tUppfyllt")] == [
        (212, "besökare"), (238, "besökare")]
    assert _goal_counts("År\tDeltagare\n2023\t45") == []  # no goal table


def test_a_goal_tables_numbered_rows_are_not_read_again_as_points(tmp_path: Path):
    """A goal table whose rows begin "1.", "2.": each outcome once, quoted as its row, never its target again from the
    row read as a numbered point."""
    draft = draft_of(tmp_path, "Slutrapport IOP Föreningen Gläntan\n\nMåluppfyllelse\n\n"
                     "Mål\tIndikator\tMålvärde\tUtfall\tBedömning\n"
                     "1. Unga känner sig trygga\tAndel som svarar att de känner sig trygga\t85 %\t91 %\tUppfyllt\n"
                     "2. Verksamheten når flickor\tAndel flickor av besökarna\t50 %\t37 %\tEj uppfyllt\n")
    assert [(entry["value"], entry["unit"], entry["quote"].split("\t")[0]) for entry in draft.fields["figures"]] == [
        (91, "procent", "1. Unga känner sig trygga"), (37, "procent", "2. Verksamheten når flickor")]


def test_a_table_in_runs_of_spaces_whose_cells_wrap_onto_lines_of_their_own(tmp_path: Path):
    """PDF text of a goal table whose first cells wrap ("Verksamheten når hela" / "kommunen"): still a table, its
    wrapped words a row of their own, each outcome quoted as its line; points set with spaces after their bullet and
    wrapped the same way stay points."""
    table = ("Mål                          Indikator                     Målvärde   Utfall    Bedömning\n"
             "Verksamheten når hela        Andel deltagare från Deje     30 %       34 %      Uppnått\n"
             "kommunen\n"
             "Deltagarna vill komma        Andel som vill fortsätta      75 %       88 %      Uppnått\n"
             "tillbaka                     nästa läsår\n")
    points = ("\u2022   språkcafé ska erbjudas varje vecka i Tierp, Söderfors och Karl-\n    holmsbruk\n"
              "\u2022   läxhjälp ska erbjudas minst två eftermiddagar i veckan\n"
              "\u2022   föreningen ska samverka med SFI och skolorna\n")
    draft = draft_of(tmp_path, "Slutrapport IOP Ateljé Klarälven\n\nMåluppfyllelse\n\n" + table + "\nMål\n\n" + points)
    assert [(entry["value"], entry["unit"], " ".join(entry["quote"].split())) for entry in draft.fields["figures"]] == [
        (34, "procent", "Verksamheten når hela Andel deltagare från Deje 30 % 34 % Uppnått"),
        (88, "procent", "Deltagarna vill komma Andel som vill fortsätta 75 % 88 % Uppnått")]
    paragraphs = [paragraph for section in draft.fields["sections"] for paragraph in section.get("paragraphs", [])]
    assert paragraphs[0].split("\n")[2:] == ["kommunen", "Deltagarna vill komma\tAndel som vill fortsätta\t75 %\t88 %\tUppnått",
                                          "tillbaka\tnästa läsår"]
    assert not any("\t" in paragraph for paragraph in paragraphs[1:])


def test_counts_on_a_forms_labelled_lines_each_quoted_as_its_line(tmp_path: Path):
    from generator.importing.reading import _labelled_counts

    # an e-service form's counts, a label and its value to a line, which the paragraph joins into one line
    joined = "Antal deltagare totalt: 112 varav kvinnor: 71 Antal ideella timmar: 2 350"
    assert [(int(value), unit, quote) for value, unit, quote in _labelled_counts(joined)] == [
        (112, "deltagare", "Antal deltagare totalt: 112"), (71, "kvinnor", "varav kvinnor: 71"),
        (2350, "timmar", "Antal ideella timmar: 2 350")]
    # never money, a share, a year, a date or a range, nor what counts nothing ("Antal mål")
    for line in ("Antal deltagare: 45 kr", "Antal deltagare: 45 %", "Antal deltagare: 2021", "Antal träffar: 12-15",
                 "Antal mål: 3", "Antal deltagare: 12.5"):
        assert _labelled_counts(line) == [], line
    form = ("Flens kommun\nKultur- och fritidsförvaltningen\n\nSlutredovisning – idéburet offentligt partnerskap\n\n"
            "Uppgifter om organisationen\n\nOrganisationens namn: Föreningen Flens Ungdomsteater\n\nRedovisning\n\n"
            "1. Beskriv kortfattat vad ni har gjort under perioden\n\nVi har drivit teatergrupper för barn och unga.\n\n"
            "4. Deltagare och ideella insatser\n\n"
            "Antal deltagare totalt: 112\nvarav kvinnor: 71\nAntal ideella timmar: 2 350\n\n"
            "Antalet deltagare avser olika personer under hela perioden.\n")
    figures = draft_of(tmp_path, form).fields["figures"]
    assert [(f["value"], f["unit"], f["quote"]) for f in figures] == [
        (112, "deltagare", "Antal deltagare totalt: 112"), (71, "kvinnor", "varav kvinnor: 71"),
        (2350, "timmar", "Antal ideella timmar: 2 350")]


def test_counts_in_tables_by_row_and_by_column():
    from generator.importing.reading import _table_counts

    # "Aktiva frivilliga" keeps the word that says which of them, as most writers of the unseen documents keep it
    # (dropping it on rows read 3 fewer facts on the tuning half and 16 fewer on the held-out half), and a compound
    # stays whole: "Läxhjälpstillfällen", as 11 of 12 rows so labelled in the tuning half are kept
    by_row = "Antal utlån\t2 140\t3 380\nAktiva frivilliga\t9\t12\nLäxhjälpstillfällen\t96\t104\nFamiljer som deltagit\t46\t71"
    assert [(int(value), unit) for value, unit, _ in _table_counts(by_row)] == [
        (2140, "utlån"), (3380, "utlån"), (9, "aktiva frivilliga"), (12, "aktiva frivilliga"), (96, "läxhjälpstillfällen"),
        (104, "läxhjälpstillfällen"),
        (46, "familjer"), (71, "familjer")]
    # Years in the rows, what is counted in the heading; a column of some of those (what they went on to) counts them
    by_column = "År\tDeltagare\tVidare till arbete\n2021\t38\t9\nTotalt\t135\t42"
    assert [(int(value), unit, quote) for value, unit, quote in _table_counts(by_column)] == [
        (38, "deltagare", "2021\t38\t9"), (9, "deltagare", "2021\t38\t9"), (135, "deltagare", "Totalt\t135\t42"),
        (42, "deltagare", "Totalt\t135\t42")]
    # A column headed with another plural noun counts it too; a share or a goal does not.
    other = "År\tGrupper\tAndel flickor\tMål\n2021\t9\t40\t10"
    assert [(int(value), unit) for value, unit, _ in _table_counts(other)] == [(9, "grupper")]
    assert _table_counts("2022\t45\t14") == []  # another table, without a heading row: what it counts is not said
    # a month's row under years is no count of the month, and says no more what it counts
    assert _table_counts("Månad\t2023\t2024\nJanuari\t138\t176\nFebruari\t142\t181\njan–mar 2025\t410\t0") == []


def test_counts_in_rows_by_age_group_count_what_the_caption_says():
    from generator.importing.reading import _captions, _table_counts

    table = "Åldersgrupp\t2022\t2023\n6–9 år\t41\t52\n65 år och äldre\t9\t12\nTotalt\t50\t64"
    caption = dict(_captions(["Tabellen visar antalet unika deltagare per åldersgrupp och år.", table]))[table]
    assert caption == "deltagare"
    assert [(int(value), unit) for value, unit, _ in _table_counts(table, caption)] == [
        (41, "deltagare"), (52, "deltagare"), (9, "deltagare"), (12, "deltagare"), (50, "deltagare"), (64, "deltagare")]
    assert _table_counts(table) == []  # no caption: what the age groups count is not said
    assert dict(_captions(["Tabellen visar andelen flickor.", table]))[table] is None
    # what a row counts in parentheses, where they name something counted
    assert [(int(value), unit) for value, unit, _ in _table_counts(
        "\t2022\t2023\nNattvandringar (kvällar)\t84\t92\nSamtal (antal)\t7\t9")] == [
        (84, "kvällar"), (92, "kvällar"), (7, "samtal"), (9, "samtal")]


def test_rows_by_age_group_under_parts_and_a_total_count_the_total():
    """An age group's row under "Flickor<TAB>Pojkar<TAB>Totalt" counts, as the writers quote it, the group's total
    of what the caption counts, in the definite form ("visar deltagarna") or as a title with "fördelat på" on the
    table's first line; the row of sums gives the parts' sums too."""
    from generator.importing.reading import _captions, _table_counts, _without_caption

    table = "Åldersgrupp\tFlickor\tPojkar\tTotalt\n7–9 år\t31\t22\t53\n10–12 år\t38\t24\t62\nTotalt\t98\t65\t163"
    caption = dict(_captions(["Tabellen visar deltagarna under 2024 fördelade på åldersgrupp och kön.", table]))[table]
    assert caption == "deltagare"
    assert [(int(value), unit) for value, unit, _ in _table_counts(table, caption)] == [
        (53, "deltagare"), (62, "deltagare"), (98, "flickor"), (65, "pojkar"), (163, "deltagare")]
    titled = ("Antal unika besökare under projektperioden fördelat på ålder och kön\n"
              "Ålder\tKvinnor\tMän\tTotalt\n65–74 år\t31\t12\t43\nSumma\t96\t31\t127")
    caption = dict(_captions([titled]))[titled]
    assert caption == "besökare"
    assert [(int(value), unit) for value, unit, _ in _table_counts(_without_caption(titled), caption)] == [
        (43, "besökare"), (96, "kvinnor"), (31, "män"), (127, "besökare")]
    assert dict(_captions(["Tabellen visar resultaten.", table]))[table] is None  # not what anyone counts


def units(table: str, caption: str | None = None) -> list[tuple[int, str]]:
    """Each count a table gives, with its unit."""
    from generator.importing.reading import _table_counts

    return [(int(value), unit) for value, unit, _ in _table_counts(table, caption)]


def test_columns_headed_with_whom_they_count_by_age_or_school_year_and_which_of_them():
    """A heading row whose titles carry digits ("Deltagare 65–79 år", "Elever åk 4–6") is still the heading row;
    "Nya deltagare", "Unga kvinnor" keep the word that says which of them. A title line above the table names what
    its "Totalt" column counts."""
    from generator.importing.reading import _captions

    ages = "År\tDeltagare 65–79 år\tDeltagare 80 år eller äldre\tVolontärer\n2022\t164\t58\t23"
    assert units(ages) == [(164, "deltagare"), (58, "deltagare"), (23, "volontärer")]
    grades = "År\tElever åk 4–6\tElever åk 7–9\n2023\t58\t89"
    assert units(grades) == [(58, "elever"), (89, "elever")]
    which = "År\tNya deltagare\tAvslutade\n2021\t17\t15"
    assert units(which) == [(17, "nya deltagare")]
    table = "År\tUnga kvinnor\tUnga män\tTotalt\n2021\t38\t32\t70"
    for title in ("Tabell 1. Unika besökare per år", "Unika besökare per år", "Besökare, per år"):
        caption = dict(_captions([title, table]))[table]
        assert units(table, caption) == [(38, "unga kvinnor"), (32, "unga män"), (70, "besökare")], title
    assert dict(_captions(["Tabell 1. Ersättning per år", table]))[table] is None  # not what anyone counts
    assert dict(_captions(["Besökarna kom från hela kommunen, per år räknat.", table]))[table] is None  # a sentence


def test_a_heading_or_a_lead_line_names_what_a_table_counts():
    """Where no sentence before it says what a table counts, its section's heading ("Deltagare per läsår") or the
    line that leads into it ("Deltagare i Silvertrådens verksamhet under perioden:", "Antal elever som haft en
    läsvän" on the table's first line) does, if it begins with a thing counted. An age group may be named before its
    ages ("Barn 6–12 år")."""
    from generator.importing.reading import _captions, _without_caption

    table = "Ålder\tKvinnor\tMän\tTotalt\n65–74 år\t58\t27\t85\nBarn 6–12 år\t19\t6\t25\nTotalt\t77\t33\t110"
    for paragraphs, heading in ((["Deltagare i Silvertrådens verksamhet under perioden:", table], "Resultat"),
                                ([table], "Deltagare per läsår"), ([table], "Deltagare 2022")):
        caption = dict(_captions(paragraphs, heading))[table]
        assert caption == "deltagare", (paragraphs, heading)
        assert units(table, caption) == [(85, "deltagare"), (25, "deltagare"), (77, "kvinnor"), (33, "män"),
                                         (110, "deltagare")]
    titled = "Antal elever som haft en läsvän\n" + table
    assert dict(_captions([titled], "Resultat"))[titled] == "elever"
    assert units(_without_caption(titled), "elever")[0] == (85, "elever")
    # a heading or a line that names nothing counted, or a sentence, names nothing
    assert dict(_captions([table], "Ekonomi"))[table] is None
    assert dict(_captions(["Deltagarna kom från hela kommunen, i alla åldrar.", table], "Resultat"))[table] is None
    assert dict(_captions(["Tabellen visar resultaten.", table], "Deltagare per läsår"))[table] is None
    assert units(table) == [(77, "kvinnor"), (33, "män")]  # without: the age groups' rows are not read


def test_what_a_heading_names_never_overrides_a_tables_own_title_columns_or_rows():
    """A review's probes: a table's own title that names nothing counted is no count of what the heading names; an age
    group's row under columns of things counted counts those things; a row named by what it counts before its ages is
    no age group's; a title of money names nothing counted."""
    from generator.importing.reading import _captions

    titled = "Tabell 1. Väntetid i veckor per åldersgrupp\n6–9 år\t6\t4\n10–12 år\t8\t5"
    assert dict(_captions([titled], "Deltagare"))[titled] is None
    assert units("Åldersgrupp\tGrupper\tTillfällen\n6–9 år\t3\t40", "deltagare") == [(3, "grupper"), (40, "tillfällen")]
    rows = "Grupp\tHT 2022\tVT 2023\nDeltagare 6–9 år\t41\t52\nGrupper 6–9 år\t3\t4"
    assert (3, "deltagare") not in units(rows, "deltagare")
    places = "Tureberg\t48 000\t52 000\nEdsberg\t22 000\t26 000"
    assert dict(_captions([places], "Kostnader per område"))[places] is None


def test_a_compound_rows_or_columns_label_is_its_unit_as_written():
    assert units("Öppetdagar\t290\t281\nStödsamtal\t118\t139") == [
        (290, "öppetdagar"), (281, "öppetdagar"), (118, "stödsamtal"), (139, "stödsamtal")]
    assert units("År\tFikaträffar\tBesök\n2023\t10\t240") == [(10, "fikaträffar"), (240, "besök")]


def test_rows_for_places_count_what_the_title_above_the_table_says():
    from generator.importing.reading import _captions, _table_counts

    table = "Område\t2022\t2023\nTureberg\t48\t52\nEdsberg\t22\t26\nTotalt\t70\t78"
    caption = dict(_captions(["Antal genomförda nattvandringspass per område och år:", table]))[table]
    assert caption == "pass"
    assert units(table, caption) == [(48, "pass"), (52, "pass"), (22, "pass"), (26, "pass"), (70, "pass"), (78, "pass")]
    assert _table_counts(table) == []  # what the places' rows count is not said: never "tureberg"


def test_a_heading_over_a_tables_caption_or_over_points_and_the_sentence_after_them_no_blank_line_between():
    from generator.importing.extract import unwrap

    assert [b.text for b in unwrap([Block("Antal deltagare\nTabell 1. Deltagare per år")])] == [
        "Antal deltagare", "Tabell 1. Deltagare per år"]
    points = ("Föreningen har inom partnerskapet genomfört följande:\n– IT-caféer varannan vecka i Henån\n"
              "– hembesök hos äldre\n– telefonrådgivning två förmiddagar i veckan\n"
              "Under sommaren 2022 hölls dessutom IT-caféer i Mollösund och Käringön.")
    blocks = [b.text for b in unwrap([Block("Verksamheten\n" + points)])]
    assert blocks[0] == "Verksamheten" and len(blocks) == 2 and blocks[1].startswith("Föreningen har inom")
    assert [b.text for b in unwrap([Block("Bakgrund\n• Många elever saknar studiero\n• Få har hjälp hemma\n"
                                          "Därför startade läxhjälpen.")])][0] == "Bakgrund"
    # one point, then sentences: no list, and the line over them is no heading by this rule
    assert [b.text for b in unwrap([Block("Aktiviteterna har omfattat\n• läxhjälp\nDärför startade läxhjälpen.")])
            ][0] != "Aktiviteterna har omfattat"


def test_a_tables_rows_in_runs_of_spaces_under_its_caption_are_rows_never_phone_numbers():
    from generator.importing import layout
    from generator.importing.extract import unwrap

    # a row of counts is no phone number in a footer (it was dropped as one: a table lost its first rows)
    assert not layout.furniture("2022         112             35           44      191")
    assert layout.furniture("08-508 05 318") and layout.furniture("+46 8 508 05 318")
    table = ("4.1 Deltagare\nTabell 1. Deltagare per år och målgrupp\n"
             "År       Barn 6–12 år   Unga 13–19 år   Vuxna   Totalt\n"
             "2021          84             22           31      137\n2022         112             35           44      191")
    text = "\n".join(block.text for block in unwrap([Block(table)]))
    assert "2021\t84\t22\t31\t137\n2022\t112\t35\t44\t191" in text
    assert [block.text for block in layout.without_furniture(unwrap([Block(table)]))][-1].endswith("2022\t112\t35\t44\t191")


def test_a_footer_over_the_next_pages_first_line_is_no_part_of_it():
    from generator.importing.extract import unwrap

    block = Block("Skinnskattebergs kommun | Vård- och omsorgsförvaltningen | Box 500, 739 22 Skinnskatteberg | "
                  "Växel 0223-380 00\nBilaga 1")
    assert [b.text for b in unwrap([block])] == [
        "Skinnskattebergs kommun | Vård- och omsorgsförvaltningen | Box 500, 739 22 Skinnskatteberg | Växel 0223-380 00",
        "Bilaga 1"]


def test_a_question_in_capitals_is_a_heading_over_its_text():
    from generator.importing.extract import unwrap
    from generator.importing.parse import looks_like_heading

    assert looks_like_heading(Block("VAD HAR VI LÄRT OSS?")) and looks_like_heading(Block("Hur går vi vidare?"))
    assert looks_like_heading(Block("Har målen nåtts?")) and looks_like_heading(Block("Finns det behov av fortsatt stöd?"))
    assert [b.text for b in unwrap([Block("VAD HAR VI LÄRT OSS?\nDet har varit svårt att få tjejer att komma på "
                                          "fredagskvällarna, när hallen mest används för fotboll.")])][0] == \
        "VAD HAR VI LÄRT OSS?"


def test_a_heading_and_its_sub_heading_over_their_text_no_blank_line_between():
    from generator.importing.extract import unwrap

    lessons = ("Lärdomar\nUtmaningar\nDet har varit svårt att nå flickor, särskilt i Gustafs. Föreningen har också haft "
               "svårt att rekrytera ideella ledare.")
    assert [b.text for b in unwrap([Block(lessons)])][:2] == ["Lärdomar", "Utmaningar"]
    points = "7. LÄRDOMAR\nUTMANINGAR\n• Det har varit svårt att nå pappor.\n• Personalen har bytts ut."
    assert [b.text for b in unwrap([Block(points)])][:2] == ["7. LÄRDOMAR", "UTMANINGAR"]


def test_two_lists_each_under_its_title_in_one_block():
    from generator.importing.extract import unwrap

    lessons = ("Lärdomar\nUTMANINGAR\n• Det har varit svårt att nå pappor.\n• Personalen har bytts ut.\n"
               "FRAMGÅNGSFAKTORER\n• Familjevägledarna talar föräldrarnas språk.\n• Barnpassningen har hjälpt.")
    assert [b.text for b in unwrap([Block(lessons)])] == [
        "Lärdomar", "UTMANINGAR", "• Det har varit svårt att nå pappor.\n• Personalen har bytts ut.",
        "FRAMGÅNGSFAKTORER", "• Familjevägledarna talar föräldrarnas språk.\n• Barnpassningen har hjälpt."]
    # a numbered list's wrapped item is no title between lists
    attachments = ("Bilagor\n1. Överenskommelse om idéburet offentligt partnerskap mellan socialnämnden Nordost och\n"
                   "Gårdstens Kvinnoförening 2023\n2. Gårdstens Kvinnoförenings verksamhetsberättelse 2023")
    assert "Gårdstens Kvinnoförening 2023" not in [b.text for b in unwrap([Block(attachments)])]


def test_counts_in_rows_of_some_of_those_above_and_rows_counted_by_antal():
    from generator.importing.reading import _table_counts

    # "varav pappor" names whom it counts; "Varav bosatta i …" counts those of the row above the part rows
    assert [(int(value), unit) for value, unit, _ in _table_counts(
        "Föräldrar i föräldrakurs\t8\t22\nvarav pappor\t1\t4\nVarav bosatta i Dalaberg\t3\t5")] == [
        (8, "föräldrar"), (22, "föräldrar"), (1, "pappor"), (4, "pappor"), (3, "föräldrar"), (5, "föräldrar")]
    table = "År\t2021*\t2022\nDeltagare\t23\t31\nGått vidare till arbete\t4\t7\nFått anställning\t2\t3\nLuncher, antal\t12\t22"
    assert [(int(value), unit) for value, unit, _ in _table_counts(table)] == [
        (23, "deltagare"), (31, "deltagare"), (4, "deltagare"), (7, "deltagare"), (2, "deltagare"), (3, "deltagare"),
        (12, "luncher"), (22, "luncher")]


def test_a_running_header_in_a_right_column_with_its_case_number_and_date_on_lines_of_their_own(tmp_path: Path):
    from generator.importing.layout import without_furniture

    header = "Gävle kommun                                                    TJÄNSTESKRIVELSE\n{}\n2024-11-14\nKFN 2024/0287"
    text = "Sätra Kulturförening bildades 2015 och har ett sextiotal medlemmar och två anställda kulturpedagoger."
    blocks = [Block(header.format("2(4)")), Block(text), Block(header.format("3(4)")), Block("Måluppfyllelse")]
    assert [b.text for b in without_furniture(blocks)] == [text, "Måluppfyllelse"]


def test_attachments_right_under_their_heading_keep_their_lines():
    from generator.importing.extract import unwrap

    block = Block("Bilagor\nSlutredovisning från Sätra Kulturförening, oktober 2024\nÖverenskommelse om idéburet "
                  "offentligt partnerskap mellan kultur- och fritidsnämnden\noch Sätra Kulturförening 2022–2024")
    assert [b.text for b in unwrap([block])] == [block.text]


def test_a_row_of_sums_counts_what_the_row_above_counts():
    from generator.importing.reading import _table_counts

    assert [(int(value), unit) for value, unit, _ in _table_counts("Deltagare\t23\t31\nTotalt\t54\t62")] == [
        (23, "deltagare"), (31, "deltagare"), (54, "deltagare"), (62, "deltagare")]
    assert _table_counts("Åldersgrupp\t2022\t2023\n6–9 år\t41\t52\nTotalt\t41\t52") == []  # what is counted is not said


def test_a_table_in_runs_of_spaces_under_its_heading_line_and_over_its_notes_is_a_table_of_its_own():
    from generator.importing.extract import unwrap

    block = Block("Verksamheten i siffror\nAvtalsår          2020/21     2021/22\nUnika besökare        142         214\n"
                  "Besök på träffpunkterna   2 310     4 870\n* Juli 2023 – mars 2024.")
    assert [b.text for b in unwrap([block])] == [
        "Verksamheten i siffror", "Avtalsår\t2020/21\t2021/22\nUnika besökare\t142\t214\nBesök på träffpunkterna\t2 310\t4 870",
        "* Juli 2023 – mars 2024."]
    # a Word table's cells with their note under them
    assert [b.text for b in unwrap([Block("Aktivitet\t2020*\t2021\nTräffar\t28\t74\n* september–december 2020")])] == [
        "Aktivitet\t2020*\t2021\nTräffar\t28\t74", "* september–december 2020"]
    # a sentence over lines that happen to hold runs of spaces is no heading
    sentence = Block("Tabellen nedan visar hur många som har deltagit under åren.\nÅr     2021     2022\nDeltagare    23    31")
    assert len(unwrap([sentence])) == 1
    # a line that leads into a Word table, under its section's heading, no blank line between: the table apart
    economy = Block("Ekonomisk bedömning\nErsättning enligt avtal per avtalsår:\nAvtalsår\tPeriod\tErsättning\n"
                    "Första avtalsåret\t1 sep 2021–31 aug 2022\t240 000 kr\nTotalt\t\t240 000 kr")
    assert [b.text for b in unwrap([economy])][-1] == (
        "Avtalsår\tPeriod\tErsättning\nFörsta avtalsåret\t1 sep 2021–31 aug 2022\t240 000 kr\nTotalt\t\t240 000 kr")


def test_side_headings_in_a_left_margin_are_headings_over_their_text():
    from generator.importing.extract import unwrap

    gap = " " * 8
    blocks = [Block(f"Sammanfattning{gap}Socialnämnden och Föreningen Polstjärnan Luleå har sedan\n{' ' * 22}"
                    f"den 1 januari 2022 samverkat i ett idéburet offentligt\n{' ' * 22}partnerskap."),
              Block(f"Förvaltningens{gap}Förvaltningens bedömning är att målen för partnerskapet\nbedömning{' ' * 13}"
                    "har uppfyllts. Mötesplatsen har haft öppet fem dagar i veckan."),
              Block(f"{' ' * 22}Föreningen har haft öppet fem dagar i veckan."),
              Block(f"Deltagare{' ' * 13}23{gap}31")]  # a row of a table is no side heading
    assert [b.text for b in unwrap(blocks)] == [
        "Sammanfattning", "Socialnämnden och Föreningen Polstjärnan Luleå har sedan den 1 januari 2022 samverkat i ett "
        "idéburet offentligt partnerskap.", "Förvaltningens bedömning", "Förvaltningens bedömning är att målen för "
        "partnerskapet har uppfyllts. Mötesplatsen har haft öppet fem dagar i veckan.",
        "Föreningen har haft öppet fem dagar i veckan.", "Deltagare" + " " * 13 + "23" + gap + "31"]
    assert [b.text for b in unwrap(blocks[:1] + blocks[2:])][0].startswith("Sammanfattning" + gap)  # one alone is not a layout


def test_a_memo_head_as_a_word_table_of_labels_over_values_under_its_letterhead():
    from generator.importing.extract import unwrap

    head = Block("OCKELBO KOMMUN\t\t\tTJÄNSTESKRIVELSE\nKommunledningsförvaltningen\tDatum\tDiarienr\n"
                 "Utvecklingsenheten\t2025-04-22\tKS 2025/0047")
    assert [b.text for b in unwrap([head])] == [
        "OCKELBO KOMMUN\t\t\tTJÄNSTESKRIVELSE", "Kommunledningsförvaltningen\nUtvecklingsenheten",
        "Datum: 2025-04-22", "Diarienr: KS 2025/0047"]


def test_a_place_whose_name_ends_in_s_keeps_it_before_what_it_owns(tmp_path: Path):
    from generator.importing.parse import Draft
    from generator.importing.reading import _places

    text = "Träffarna hölls i Jädraås bygdegård och i Umeås centrum, och läsning i Lövgärdets fritidslokal."
    assert _places(text, Draft()) == ["Jädraås", "Umeå", "Lövgärdet"]


def test_a_letterhead_in_two_columns_and_a_title_whose_name_wraps(tmp_path: Path):
    document = tmp_path / "memo.txt"
    document.write_text("""LINKÖPINGS KOMMUN                          TJÄNSTESKRIVELSE
Socialförvaltningen                        2025-03-12
Förebyggande insatser för äldre            Dnr OÄN 2025-00118

Omsorgs- och äldrenämnden

Slutrapport för idéburet offentligt partnerskap med Ryds
Pensionärsförening om Träffpunkt Rydsgården 2022–2024

Förslag till beslut

1. Omsorgs- och äldrenämnden godkänner slutrapporten.

Ärendet

Föreningen har drivit en träffpunkt för äldre i Ryd sedan 2022, med stöd av nämnden och av frivilliga.
""", encoding="utf-8")
    fields = import_document(document, CONTENT, tmp_path / "out").draft.fields
    # the letterhead read down each column: its unit is no title; "… med Ryds" / "Pensionärsförening om …" is one
    # title whose name wrapped
    assert fields["title"] == ("Slutrapport för idéburet offentligt partnerskap med Ryds Pensionärsförening om "
                               "Träffpunkt Rydsgården 2022–2024")
    assert "subtitle" not in fields
    assert fields["case_number"] == "OÄN 2025-00118"


def test_a_memo_head_whose_labels_stand_each_where_its_column_begins(tmp_path: Path):
    """A Stockholm memo as a PDF's text lays it out: "Handläggare" alone over the officer, "Till" beside the officer's
    name over the committee, whose name wraps; the title wraps over its subtitle."""
    draft = draft_of(tmp_path, """   SPÅNGA-TENSTA                                                  Tjänsteutlåtande
   STADSDELSFÖRVALTNING                                           Dnr 1.2.4-211/2019
                                                                  Sida 1 (3)
   Avdelningen för förskola, barn och ungdom                      2019-05-21

   Handläggare
   Samira Lindqvist                                               Till
   Telefon: 08-508 03 412                                         Spånga-Tensta
                                                                  stadsdelsnämnd


   Slutrapport för idéburet offentligt partnerskap med
   föreningen Läxbryggan Tensta
   Läxhjälp och läsfrämjande insatser i Tensta och Hjulsta 2016–2019

   Förvaltningens förslag till beslut
     1. Spånga-Tensta stadsdelsnämnd godkänner slutrapporten.

   Sammanfattning
   Föreningen Läxbryggan Tensta har sedan augusti 2016 drivit läxhjälp i Tensta.
""")
    assert draft.fields["committee"] == "Spånga-Tensta stadsdelsnämnd"
    assert draft.fields["case_officer"] == {"name": "Samira Lindqvist", "phone": "08-508 03 412"}
    assert draft.fields["title"] == "Slutrapport för idéburet offentligt partnerskap med föreningen Läxbryggan Tensta"
    assert draft.fields["subtitle"] == "Läxhjälp och läsfrämjande insatser i Tensta och Hjulsta 2016–2019"


def test_a_forms_labels_over_values_keep_an_e_mail_under_a_phone():
    from generator.importing.extract import _form_apart

    block = Block("Munkedals kommun\tTjänsteskrivelse\nSektor barn och utbildning\tDatum\tDiarienummer\n\t2025-03-10\tBUN 1"
                  "\n\tHandläggare\n\tTherese Nord\n\tTfn 0524-182 37\n\ttherese.nord@munkedal.se")
    assert [part.text for part in _form_apart(block)][-1] == (
        "Handläggare: Therese Nord\nTfn 0524-182 37\ntherese.nord@munkedal.se")


def two_column_page() -> list[Block]:
    """Blocks of a text export of a page in two columns, side by side, the second at column 47."""
    def row(left: str, right: str = "") -> str:
        return f"{left:<47}{right}".rstrip()

    return [Block("\n".join([row("Genomförande", "Ekonomi")])),
            Block("\n".join([row("Nattvandrarna har gått i grupper om tre", "Bidraget från nämnden har varit 320 000"),
                             row("till fem vuxna, klädda i föreningens gula", "kronor per år 2022–2024. Det har använts"),
                             row("jackor, mellan klockan 21 och 01.", "till en samordnare på halvtid, jackor och"),
                             "Föreningen har samordnat sina rundor med utrustning, utbildning av nattvandrare och",
                             "fältgruppen i Umeå kommun och med polisen. mat till Fredagsfika."])),
            Block("\n".join([row("Sedan hösten 2022 har föreningen också", "Föreningen har redovisat bidraget varje år."),
                             row("ordnat Fredagsfika på Ålidhems fritidsgård,", "Förvaltningen har inte haft några"),
                             row("en öppen kväll med mat, spel och samtal där", "anmärkningar på redovisningarna, som har"),
                             row("nattvandrarna och fritidsledarna möter unga", "lämnats i tid varje år under hela"),
                             row("innan rundorna börjar och unga som behöver", "perioden, med kvitton för alla större"),
                             row("stöd får det.", "inköp.")]))]


def test_text_in_two_columns_reads_the_left_column_then_the_right():
    from generator.importing.extract import unwrap

    page = two_column_page()
    assert [b.text for b in unwrap(page)] == [
        "Genomförande",
        "Nattvandrarna har gått i grupper om tre till fem vuxna, klädda i föreningens gula jackor, mellan klockan 21 "
        "och 01. Föreningen har samordnat sina rundor med fältgruppen i Umeå kommun och med polisen.",
        "Sedan hösten 2022 har föreningen också ordnat Fredagsfika på Ålidhems fritidsgård, en öppen kväll med mat, "
        "spel och samtal där nattvandrarna och fritidsledarna möter unga innan rundorna börjar och unga som behöver "
        "stöd får det.",
        "Ekonomi",
        "Bidraget från nämnden har varit 320 000 kronor per år 2022–2024. Det har använts till en samordnare på "
        "halvtid, jackor och utrustning, utbildning av nattvandrare och mat till Fredagsfika.",
        "Föreningen har redovisat bidraget varje år. Förvaltningen har inte haft några anmärkningar på redovisningarna, "
        "som har lämnats i tid varje år under hela perioden, med kvitton för alla större inköp."]
    assert len(unwrap(page[1:2])) == 1  # a few lines side by side are no layout in columns



def test_a_line_that_ends_at_the_second_columns_start_is_the_left_columns():
    """A line as long as the left column, or one place longer, has nothing in the right column (the import stopped
    with an IndexError on such a line)."""
    from generator.importing.extract import _column_line

    assert [_column_line("x" * length, 10) for length in (8, 9, 10)] == ["left", "left", "left"]
    assert _column_line("Ekonomi   Bidraget", 10) == "both"
    assert _column_line("          Bidraget", 10) == "right"

def test_staff_are_told_when_text_in_two_columns_was_read_column_by_column(tmp_path: Path):
    from generator.importing.draft import summary

    page = two_column_page()
    document = variant(tmp_path, ("\nBakgrund\n", "\n" + "\n\n".join(block.text for block in page) + "\n\nBakgrund\n"))
    imported = import_document(document, CONTENT, tmp_path / "out")
    told = "lästes spalt för spalt, den vänstra först: kontrollera att styckena kommer i dokumentets ordning"
    assert told in summary(imported)
    assert told in " ".join(line.lstrip("# ") for line in imported.target.read_text(encoding="utf-8").split("\n")
                            if line.startswith("#"))
    plain = import_document(DROMSTORT_SEED, CONTENT, tmp_path / "plain")
    assert "spalt" not in summary(plain) and "spalt" not in plain.target.read_text(encoding="utf-8")


def test_a_pdf_page_in_two_columns_reads_the_left_column_then_the_right(tmp_path: Path):
    from fpdf import FPDF

    from documents import FONT

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=10)

    def at(x: float, y: float, text: str, width: float = 80) -> None:
        pdf.set_xy(x, y)
        pdf.multi_cell(width, 6, text)
    at(20, 20, "UMEÅ KOMMUN")
    at(130, 20, "SLUTRAPPORT", 60)  # the letterhead's right half, above the columns: no column
    at(20, 32, "Idéburet offentligt partnerskap med Nattkorpen Umeå 2022–2024", 170)
    at(20, 50, "Genomförande")
    at(110, 50, "Ekonomi")
    at(20, 62, "Nattvandrarna har gått i grupper om tre till fem vuxna, klädda i föreningens gula jackor, mellan "
               "klockan 21 och 01. Föreningen har samordnat sina rundor med fältgruppen och med polisen.")
    at(110, 62, "Bidraget från nämnden har varit 320 000 kronor per år 2022–2024. Det har använts till en samordnare "
                "på halvtid, jackor och utrustning, utbildning av nattvandrare och mat till Fredagsfika.")
    at(20, 110, "Sedan hösten 2022 har föreningen också ordnat Fredagsfika på Ålidhems fritidsgård, en öppen kväll "
                "med mat, spel och samtal.")
    at(110, 110, "Föreningen har redovisat bidraget varje år. Förvaltningen har inte haft några anmärkningar på "
                 "redovisningarna.")
    at(20, 280, "Umeå kommun · 901 84 Umeå · Växel 090-16 10 00 · www.umea.se", 170)
    pdf.output(str(tmp_path / "spalter.pdf"))
    texts = [block.text for block in extract(tmp_path / "spalter.pdf").blocks]
    assert texts[0] == "UMEÅ KOMMUN\tSLUTRAPPORT"
    assert [text.split()[0] for text in texts[2:8]] == [
        "Genomförande", "Nattvandrarna", "Sedan", "Ekonomi", "Bidraget", "Föreningen"]
    assert texts[4] == ("Sedan hösten 2022 har föreningen också ordnat Fredagsfika på Ålidhems fritidsgård, en öppen "
                        "kväll med mat, spel och samtal.")  # a sentence wrapped in a narrow column is one paragraph
    assert extract(tmp_path / "spalter.pdf").columns
    assert not extract(tmp_path / "spalter.pdf").ocr


def test_side_headings_in_a_pdf_and_in_a_word_table(tmp_path: Path):
    from fpdf import FPDF

    from documents import FONT
    from generator.importing.extract import unwrap

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=10)
    for y, heading, text in [
            (50, "Sammanfattning", "Socialnämnden och Föreningen Polstjärnan Luleå har sedan den 1 januari 2022 "
                                   "samverkat i ett idéburet offentligt partnerskap om en öppen mötesplats."),
            (80, "Förvaltningens bedömning", "Förvaltningens bedömning är att målen för partnerskapet har uppfyllts. "
                                             "Mötesplatsen har haft öppet fem dagar i veckan.")]:
        pdf.set_xy(20, y)
        pdf.multi_cell(40, 6, heading)  # "Förvaltningens" / "bedömning": a heading of two lines
        pdf.set_xy(75, y)
        pdf.multi_cell(110, 6, text)
    pdf.output(str(tmp_path / "marginal.pdf"))
    assert [block.text for block in extract(tmp_path / "marginal.pdf").blocks] == [
        "Sammanfattning", "Socialnämnden och Föreningen Polstjärnan Luleå har sedan den 1 januari 2022 samverkat i "
        "ett idéburet offentligt partnerskap om en öppen mötesplats.", "Förvaltningens bedömning",
        "Förvaltningens bedömning är att målen för partnerskapet har uppfyllts. Mötesplatsen har haft öppet fem dagar "
        "i veckan."]
    table = Block("Bakgrund\tSocialnämnden beslutade den 24 november 2021 att ingå en överenskommelse med föreningen.\n"
                  "Resultat\tAntalet unika besökare var 212 under 2022, 264 under 2023 och 291 under 2024.")
    assert [block.text for block in unwrap([table])] == [
        "Bakgrund", "Socialnämnden beslutade den 24 november 2021 att ingå en överenskommelse med föreningen.",
        "Resultat", "Antalet unika besökare var 212 under 2022, 264 under 2023 och 291 under 2024."]


def test_a_memo_head_set_as_a_form_gives_each_label_its_values():
    from generator.importing.extract import unwrap

    head = Block("TJÄNSTESKRIVELSE          Datum                 Vår beteckning\n"
                 "                          2025-01-28            SOCN 2025/41-1.4.2\n"
                 "Handläggare               Till\n"
                 "Sanna Lindbäck            Socialnämnden\n"
                 "Verksamhetsutvecklare     Sammanträde 2025-02-19\n"
                 "0920-45 38 71")
    assert [b.text for b in unwrap([head])] == [
        "TJÄNSTESKRIVELSE", "Datum: 2025-01-28", "Vår beteckning: SOCN 2025/41-1.4.2",
        "Handläggare: Sanna Lindbäck\nVerksamhetsutvecklare\n0920-45 38 71", "Till: Socialnämnden\nSammanträde 2025-02-19"]


FORM_HEAD = """SOLLEFTEÅ KOMMUN                                                   1 (3)
Socialförvaltningen
Individ- och familjeomsorgen, enheten för barn och unga

TJÄNSTESKRIVELSE

Datum                   Diarienummer
2025-03-04              SN 2025/112
Handläggare             Telefon
Malin Forsberg          0620-68 23 71
Mottagare               Sammanträdesdatum
Socialnämnden           2025-03-26

Slutredovisning av idéburet offentligt partnerskap med Föreningen
Drömstort 2022–2024

Förvaltningens kommentar

Förvaltningen har följt partnerskapet och bedömer att målen har uppfyllts.

Förslag till beslut

Socialnämnden godkänner slutredovisningen och lägger den till handlingarna.
"""


def test_a_form_with_the_officers_phone_beside_the_officer_and_a_title_that_wraps_after_the_word_for_the_organisation(
        tmp_path: Path):
    document = tmp_path / "form.txt"
    document.write_text(FORM_HEAD, encoding="utf-8")
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["committee"] == "Socialnämnden" and draft.fields["meeting_date"] == date(2025, 3, 26)
    assert draft.fields["case_officer"] == {"name": "Malin Forsberg", "phone": "0620-68 23 71"}
    assert draft.fields["case_number"] == "SN 2025/112"
    assert draft.fields["title"] == ("Slutredovisning av idéburet offentligt partnerskap med Föreningen Drömstort "
                                     "2022–2024")
    assert "subtitle" not in draft.fields  # "Förvaltningens kommentar" heads a section
    assert draft.fields["sections"][0]["heading"] == "Förvaltningens kommentar"
    assert "Individ- och familjeomsorgen, enheten för barn och unga" not in str(draft.fields)


def test_a_running_header_after_a_page_break_is_no_start_of_the_paragraph_that_goes_on(tmp_path: Path):
    header = "Föreningen Drömstort i Enskede-Årsta-Vantör – Slutrapport IOP 2022–2024"  # longer than a heading
    footer = "Staffanstorps kommun | 245 80 Staffanstorp | Växel: 046-25 11 00 | www.staffanstorp.se"
    body = (f"{FORM_HEAD}\nLärdomar\n\nDet svåraste har varit att få vuxna att vandra under sommarlovet. Vi har också "
            f"märkt att det är svårt att\n\n{footer}\nSida 1 av 2\n\n{header}\n\nnå föräldrar som inte själva pratar "
            f"svenska, och där behöver vi hjälp av skolorna.\n\nEkonomi\n\nBidraget har räckt.\n\n{footer}\n"
            f"Sida 2 av 2\n\n{header}\n\nFramåt\n\nFöreningen fortsätter med egna medel.\n")
    document = tmp_path / "sidhuvud.txt"
    document.write_text(body, encoding="utf-8")
    fields = import_document(document, CONTENT, tmp_path / "out").draft.fields
    paragraphs = [p for s in fields["sections"] for p in s.get("paragraphs", [])]
    assert ("Det svåraste har varit att få vuxna att vandra under sommarlovet. Vi har också märkt att det är svårt att "
            "nå föräldrar som inte själva pratar svenska, och där behöver vi hjälp av skolorna.") in paragraphs
    assert header not in str(fields["sections"])


def test_a_side_heading_hyphenated_over_two_lines_is_one_word():
    from generator.importing.extract import unwrap

    gap = " " * 8
    blocks = [Block(f"Sammanfattning{gap}Socialnämnden och föreningen har sedan den 1 januari 2022\n{' ' * 22}"
                    "samverkat i ett idéburet offentligt partnerskap."),
              Block(f"Barnrätts-{' ' * 12}Barnens röster har tagits till vara genom samtal i grupperna\nperspektiv"
                    f"{' ' * 12}och en enkät varje vår.")]
    assert [b.text for b in unwrap(blocks)][2:] == [
        "Barnrättsperspektiv", "Barnens röster har tagits till vara genom samtal i grupperna och en enkät varje vår."]


def test_a_running_header_with_the_case_number_and_date_and_a_footers_web_address_are_no_headings():
    from generator.importing.layout import without_furniture

    header = "SOCIALFÖRVALTNINGEN\nTJÄNSTESKRIVELSE\n2024-05-02\nDnr SN 2024/0157"
    blocks = [Block(header), Block("Sammanfattning"), Block("Text om partnerskapet."), Block("Webbadress www.lund.se"),
              Block(header + "\n2 (6)"), Block("Bakgrund"), Block("Mer text."), Block(header + "\n3 (6)")]
    assert [block.text for block in without_furniture(blocks)] == ["Sammanfattning", "Text om partnerskapet.",
                                                                  "Bakgrund", "Mer text."]


def test_the_committees_name_over_each_page_is_a_running_header_and_the_paragraph_goes_on_across_it():
    from generator.importing.extract import join_page_breaks
    from generator.importing.layout import without_furniture

    footer = "Besöksadress Stora Torget 8 · Växel 0492-76 90 00 · www.vimmerby.se"
    paragraph = ("Föreningen har därutöver genomfört sex författarbesök i skolorna, och under det sista året också två "
                 "extra")
    blocks = [Block(paragraph), Block(footer), Block("Sida 2 av 3"), Block("Kultur- och fritidsnämnden"),
              Block("berättarbesök på egen bekostnad."), Block("Lärdomar"), Block("Text."), Block(footer),
              Block("VIMMERBY KOMMUN\tSida 3 av 3\nKultur- och fritidsnämnden"), Block("Mer text.")]
    assert [b.text for b in join_page_breaks(without_furniture(blocks))] == [
        paragraph + " berättarbesök på egen bekostnad.", "Lärdomar", "Text.", "Mer text."]
    # once, with no page's footer before it: the text's own line (a signatory's unit, a heading) stays
    assert [b.text for b in without_furniture([Block("Text."), Block("Kultur- och fritidsnämnden"), Block("Mer.")])] \
        == ["Text.", "Kultur- och fritidsnämnden", "Mer."]
    # over the signatures, the committee the signatory signs for stays, though it heads each page too
    signed = [Block("Text."), Block(footer), Block("Kultur- och fritidsnämnden"), Block("Mer text."),
              Block("Kultur- och fritidsnämnden"), Block("Anna Berg\nOrdförande")]
    assert [b.text for b in without_furniture(signed)] == ["Text.", "Mer text.", "Kultur- och fritidsnämnden",
                                                          "Anna Berg\nOrdförande"]
    # with the meeting's date beside it, at the top of a page after its number
    for header in ("Vård- och omsorgsnämnden 2024-03-20", "Vård- och omsorgsnämnden den 20 mars 2024"):
        dated = [Block("Text."), Block("1/2"), Block(header), Block("Ekonomi")]
        assert [b.text for b in without_furniture(dated)] == ["Text.", "Ekonomi"], header
    # and once, under a heading of its own, the text's own line: the meeting the case goes to
    planned = [Block("Beslutsplanering"), Block("Stadsområdesnämnd Innerstaden 2016-09-22"), Block("Ärendet")]
    assert [b.text for b in without_furniture(planned)] == [b.text for b in planned]


@pytest.mark.parametrize("line, officer", [
    ("Kontakt: Amir Sahin, utvecklingsstrateg, 0470-43 12 58", True),
    ("Kontakt: Amir Sahin", True),
    ("Kontakt: info@forening.se", False),
    ("Kontakt: Föreningen Vägskälet, 046-12 34 56", False),
    ("Kontakt med föreningen har hållits varje månad.", False),
    ("Kontakt: vi svarar gärna", False),
])
def test_a_contact_line_is_the_case_officer_only_when_it_names_a_person(line: str, officer: bool):
    from generator.importing.layout import OFFICER_LABEL

    assert bool(OFFICER_LABEL.match(line)) is officer


@pytest.mark.parametrize("blocks", [
    ["Beslutsunderlag\nDenna tjänsteskrivelse\nFöreningens slutrapport, 2024-04-15\nÖverenskommelse om IOP, daterad 2021-03-01",
     "Beslut expedieras till\nFöreningen Vägskälet i Lund"],
    ["Beslutsunderlag", "Tjänsteskrivelse 2024-04-16\nFöreningens slutrapport, 2024-04-15\nÖverenskommelse om IOP, "
     "daterad 2021-03-01", "Föreningen Vägskälet i Lund"],
])
def test_the_documents_a_decision_rests_on_are_its_attachments_but_the_document_itself(blocks: list[str]):
    from generator.importing.parse import Draft, _planning

    draft = Draft()
    _planning([Block(text) for text in blocks], draft)
    assert draft.fields["attachments"] == [{"title": "Föreningens slutrapport, 2024-04-15"},
                                           {"title": "Överenskommelse om IOP, daterad 2021-03-01"}]
    # who gets the decision, or a block after the list, is no attachment


def test_a_known_heading_with_its_first_paragraph_in_one_block_is_parted_from_it():
    from generator.importing.extract import unwrap

    blocks = unwrap([Block("Förvaltningens förslag\nGymnasie- och vuxenutbildningsnämnden föreslås godkänna slutrapporten "
                           "för det idéburna\noffentliga partnerskapet."),
                     Block("2. Bakgrund\nFöreningen arbetar sedan 2015 med läxhjälp och mentorskap för unga i hela\n"
                           "kommunen."),
                     Block("Handläggare\nAnna Svensson")])  # a label with a short line under it stays together
    assert [block.text for block in blocks] == [
        "Förvaltningens förslag",
        "Gymnasie- och vuxenutbildningsnämnden föreslås godkänna slutrapporten för det idéburna offentliga "
        "partnerskapet.",
        "2. Bakgrund", "Föreningen arbetar sedan 2015 med läxhjälp och mentorskap för unga i hela kommunen.",
        "Handläggare\nAnna Svensson"]


def test_any_heading_over_a_paragraph_in_one_block_is_parted_from_it():
    from generator.importing.extract import unwrap

    paragraph = "Språkbryggan Lysekil är en ideell förening som bildades 2019 av tidigare SFI-elever och volontärer."
    blocks = unwrap([Block(f"Beskrivning av ärendet\n{paragraph}"), Block(f"Vad har varit svårt?\n{paragraph}"),
                     Block(f"Ekonomi:\n{paragraph}"),
                     Block("Ulrika Berglund\nFörvaltningschef"),  # a signature: the line under it is no paragraph
                     Block("Föreningen har haft\nfler deltagare än väntat under hela perioden och har nått sina mål."),
                     Block("LYSEKILS KOMMUN\nUtbildningsförvaltningen, 453 80 Lysekil, telefon 0523-61 30 00, e-post "
                           "utbildning@lysekil.se")])
    assert [block.text for block in blocks] == [
        "Beskrivning av ärendet", paragraph, "Vad har varit svårt?", paragraph, "Ekonomi:", paragraph,
        "Ulrika Berglund\nFörvaltningschef",
        "Föreningen har haft\nfler deltagare än väntat under hela perioden och har nått sina mål.",  # no heading
        "LYSEKILS KOMMUN\nUtbildningsförvaltningen, 453 80 Lysekil, telefon 0523-61 30 00, e-post utbildning@lysekil.se"]


@pytest.mark.parametrize("heading, proposals", [
    ("Förslag till beslut", True), ("Förvaltningens förslag till beslut", True), ("Beslutsförslag", True),
    ("Förvaltningens förslag", True), ("Kontorets förslag", True), ("Socialnämndens förslag:", True),
    ("Stadsdelsförvaltningens förslag", True), ("Föreningens förslag", False), ("Förslag på aktiviteter", False),
    ("8. Förslag till nämnden", True), ("3 Förslag till beslut", True),
])
def test_the_proposals_are_headed_by_the_administrations_or_committees_proposal(heading: str, proposals: bool):
    from generator.importing.parse import PROPOSALS

    assert bool(PROPOSALS.match(heading)) is proposals


def test_a_units_short_name_under_the_letterhead_is_no_title(tmp_path: Path):
    """"Region Gotland / Socialförvaltningen / Socialtjänst vuxen": the last line names a unit, by its place."""
    letterhead = variant(tmp_path, ("\n\nHandläggare\n", "Stockholms stad\nSocialförvaltningen\nSocialtjänst vuxen\n\nHandläggare\n"))
    fields = import_document(letterhead, CONTENT, tmp_path / "out").draft.fields
    assert fields["title"] == "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort"


def test_a_case_officer_named_in_a_closing_sentence_or_under_kontaktuppgifter(tmp_path: Path):
    text = DROMSTORT_SEED.read_text(encoding="utf-8")
    without = ("Handläggare\nEvelyn Garate Ormazabal\nTelefon: 08-50814997\n", "")
    said = variant(tmp_path, without, (text.rstrip()[-40:], text.rstrip()[-40:] + "\n\nYtterligare upplysningar lämnas av "
                                       "Evelyn Garate Ormazabal, utredare, telefon 08-508 149 97."))
    assert import_document(said, CONTENT, tmp_path / "a").draft.fields["case_officer"] == {
        "name": "Evelyn Garate Ormazabal", "phone": "08-508 149 97"}
    handled = variant(tmp_path, without, (text.rstrip()[-40:], text.rstrip()[-40:] + "\n\nHandläggare för ärendet är "
                                          "Evelyn Garate Ormazabal, utredare. Hon nås på telefon 08-508 149 97."))
    assert import_document(handled, CONTENT, tmp_path / "c").draft.fields["case_officer"] == {
        "name": "Evelyn Garate Ormazabal", "phone": "08-508 149 97"}
    labelled = variant(tmp_path, without, (text.rstrip()[-40:], text.rstrip()[-40:] + "\n\nKontaktuppgifter\n"
                                           "Evelyn Garate Ormazabal, utredare\n08-508 149 97\nevelyn@example.se"))
    assert import_document(labelled, CONTENT, tmp_path / "b").draft.fields["case_officer"] == {
        "name": "Evelyn Garate Ormazabal", "phone": "08-508 149 97"}
    # prepared by, the title before the name
    prepared = variant(tmp_path, without, (text.rstrip()[-40:], text.rstrip()[-40:] + "\n\nÄrendet har beretts av "
                                           "utredare Evelyn Garate Ormazabal, tfn 08-508 149 97."))
    assert import_document(prepared, CONTENT, tmp_path / "d").draft.fields["case_officer"] == {
        "name": "Evelyn Garate Ormazabal", "phone": "08-508 149 97"}


def test_a_place_ending_in_s_is_a_genitive_only_before_what_it_owns(tmp_path: Path):
    sentence = "barn och unga i Rågsved når skolframgång"
    fields = import_document(variant(tmp_path, (sentence, "barn och unga i Rågsved når skolframgång. Konserter "
                                                          "hölls i Skogås och vid skolan, och läsning i Lövgärdets fritidslokal")),
                             CONTENT, tmp_path / "out").draft.fields
    assert {"Skogås", "Rågsved", "Lövgärdet"} <= set(fields["places"]) and "Skogå" not in fields["places"]


def test_the_centre_of_the_municipality_is_a_place_and_a_districts_centre_is_the_district():
    from generator.importing.parse import Draft
    from generator.importing.reading import _places

    def places(text: str, municipality: str) -> list[str]:
        draft = Draft()
        draft.municipality = municipality
        return _places(text, draft)

    assert places("Nattvandringar i Ekerö centrum, Stenhamra och Skå.", "Ekerö kommun") == [
        "Ekerö centrum", "Stenhamra", "Skå"]
    assert places("Fredagsöppet i Staffanstorps centrum.", "Staffanstorps kommun") == ["Staffanstorps centrum"]
    assert places("Träffar i Vällingby centrum varje fredag.", "Stockholms stad") == ["Vällingby"]
    assert places("Träffar i Ekerö varje fredag.", "Ekerö kommun") == []  # the municipality alone is none
    # among other places it is one of them, as the district is: where the activities were
    assert places("Anhörigcaféer i Gislaved, Anderstorp och Smålandsstenar.", "Gislaveds kommun") == [
        "Gislaved", "Anderstorp", "Smålandsstenar"]
    assert places("Läxhjälp i Osby och Lönsboda.", "Osby kommun") == ["Osby", "Lönsboda"]
    assert places("Språkcaféer i Stockholm, Solna och Sundbyberg.", "Solna stad") == ["Solna", "Sundbyberg"]


def test_a_word_the_text_also_writes_in_small_letters_or_a_peoples_house_is_no_place():
    from generator.importing.parse import Draft
    from generator.importing.reading import _places

    assert _places("Deltagarna anvisades av handläggare i Arbete och försörjning. Arbete är målet. Repetitioner i "
                   "Folkets hus och läxhjälp i Gottsunda, där arbete finns.", Draft()) == ["Gottsunda"]


def test_a_running_header_with_the_page_number_inside_is_no_title_or_text(tmp_path: Path):
    header = "STOCKHOLMS STAD    Tjänsteutlåtande    {} (4)    Dnr 1.2.3-456/2024"
    sentence = "barn och unga i Rågsved når skolframgång"
    document = variant(tmp_path, ("\n\nHandläggare\n", header.format(1) + "\n\nHandläggare\n"),
                       (sentence, sentence + ".\n\n" + header.format(2) + "\n\nDe"))
    imported = import_document(document, CONTENT, tmp_path / "out")
    assert imported.draft.fields["title"] == "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort"
    assert "Tjänsteutlåtande" not in repr(imported.draft.fields["sections"])


def test_a_header_table_of_labels_and_values_two_to_a_row(tmp_path: Path):
    table = ("Datum\t2024-08-01\tDiarienummer\tEÅV 2024/123\n"
             "Handläggare\tEvelyn Garate Ormazabal\tTelefon\t08-508 149 97\n"
             "Nämnd\tEnskede-Årsta-Vantörs stadsdelsnämnd\tSammanträdesdatum\t2024-08-22\n")
    document = variant(tmp_path, ("Handläggare\nEvelyn Garate Ormazabal\nTelefon: 08-50814997\n\nTill\nEnskede-Årsta-Vantörs\n"
                                  "stadsdelsnämnd 2024-08-22\n", table))
    fields = import_document(document, CONTENT, tmp_path / "out").draft.fields
    assert fields["committee"] == "Enskede-Årsta-Vantörs stadsdelsnämnd"
    assert str(fields["meeting_date"]) == "2024-08-22" and fields["case_number"] == "EÅV 2024/123"
    assert fields["case_officer"] == {"name": "Evelyn Garate Ormazabal", "phone": "08-508 149 97"}
    assert fields["title"] == "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort"


SLIDE_DECK = """Bild 1
Fritidsbanken i Nora – slutrapport
Föreningen Fritidsbanken Nora och kultur- och fritidsnämnden 2021–2023
Dnr KFN 2024/0012

Kultur- och fritidsförvaltningen | 2024-02-01
1 (4)

Bild 2
Agenda
• Bakgrund
• Så har utlåningen fungerat
• Förslag till beslut

Kultur- och fritidsförvaltningen | 2024-02-01
2 (4)

Bild 3
Bakgrund
• Kultur- och fritidsnämnden och Föreningen Fritidsbanken Nora ingick ett idéburet offentligt partnerskap den 1 januari 2021.
• Överenskommelsen gällde 2021-01-01–2023-12-31.

Kultur- och fritidsförvaltningen | 2024-02-01
3 (4)

Bild 4
Så har utlåningen fungerat
• Utlåning av sport- och fritidsutrustning två dagar i veckan
• Insamling av skänkt utrustning

Förslag till beslut
• Kultur- och fritidsnämnden godkänner slutrapporten.

Tack!

Kultur- och fritidsförvaltningen | 2024-02-01
4 (4)
"""


def test_a_slide_deck_its_numbers_footers_and_each_slides_title_over_its_points(tmp_path: Path):
    # A deck's header is its title slide: it ends on its page, though the first known section ("Förslag till
    # beslut") comes slides later; "Bild 3" is the slide's number, and its title heads the points under it. The
    # agenda's slide (the titles again) is no section, and the last slide's thanks no proposal.
    fields = draft_of(tmp_path, SLIDE_DECK).fields
    assert fields["title"] == "Fritidsbanken i Nora – slutrapport"
    assert fields["case_number"] == "KFN 2024/0012"
    assert fields["proposals"] == ["Kultur- och fritidsnämnden godkänner slutrapporten."]
    sections = {section["heading"]: section.get("paragraphs") for section in walk(fields["sections"])}
    assert sections["Bakgrund"][0].startswith("• Kultur- och fritidsnämnden och Föreningen Fritidsbanken Nora ingick")
    assert sections["Så har utlåningen fungerat"] == [
        "• Utlåning av sport- och fritidsutrustning två dagar i veckan • Insamling av skänkt utrustning"]
    assert not re.search(r"Bild \d|\| 2024-02-01|\d \(4\)|Agenda|Tack", repr(fields["sections"]))


def test_a_slide_deck_numbered_by_a_program_in_english(tmp_path: Path):
    english = re.sub(r"(?m)^Bild (\d)$", r"Slide \1", SLIDE_DECK)
    english = re.sub(r"(?m)^(\d) \((\d)\)$", r"Page \1 of \2", english)
    assert "Slide 3" in english and "Page 3 of 4" in english
    (tmp_path / "en").mkdir()
    (tmp_path / "sv").mkdir()
    assert draft_of(tmp_path / "en", english).fields == draft_of(tmp_path / "sv", SLIDE_DECK).fields


FOOTED_DECK = """Slutrapport IOP Återbruket i Hovmantorp
Arbetsmarknadsnämnden 2023-04-18
Dnr AMN 2023/21
Lessebo kommun | Arbetsmarknadsenheten                                  Bild 1

Bakgrund
• IOP mellan arbetsmarknadsnämnden och Återbruket i Hovmantorp ideell förening
• Överenskommelsen gällde 2020-03-01 – 2022-02-28
Lessebo kommun | Arbetsmarknadsenheten                                  Bild 2

Förslag till beslut
• Arbetsmarknadsnämnden godkänner slutrapporten för IOP med Återbruket i Hovmantorp
• Arbetsmarknadsnämnden ger förvaltningen i uppdrag att ta fram förslag till en ny överenskommelse om IOP med föreningen
Lessebo kommun | Arbetsmarknadsenheten                                  Bild 3
"""


def test_a_slides_footer_with_its_number_under_the_last_point_is_no_part_of_it(tmp_path: Path):
    # the footer and the slide's number on one line in columns, no blank line above it: never joined to the point
    fields = draft_of(tmp_path, FOOTED_DECK).fields
    assert fields["proposals"] == [
        "Arbetsmarknadsnämnden godkänner slutrapporten för IOP med Återbruket i Hovmantorp",
        "Arbetsmarknadsnämnden ger förvaltningen i uppdrag att ta fram förslag till en ny överenskommelse om IOP "
        "med föreningen"]
    assert not re.search(r"Bild \d|Arbetsmarknadsenheten", repr(fields["sections"]))
    assert fields["case_number"] == "AMN 2023/21"


TITLE_SLIDE = """Bild 1
Läxhjälp i Nora – slutrapport för idéburet offentligt partnerskap
Studieförbundet Vuxenskolan Örebro län och barn- och utbildningsnämnden 2021–2024
Barn- och utbildningsnämndens sammanträde 24 september 2024
Handläggare: Jonas Berg, utvecklingsledare, 0587-811 35

Nora kommun | Barn- och utbildningsförvaltningen | 2024-09-10
Sida 1 av 2

Bild 2
Bakgrund
• Många elever i Nora saknar studiero och hjälp med läxor hemma.
• Nämnden och Studieförbundet Vuxenskolan Örebro län ingick ett IOP om läxhjälp i augusti 2021.

Nora kommun | Barn- och utbildningsförvaltningen | 2024-09-10
Sida 2 av 2
"""


def test_a_title_slides_lines_are_each_their_own(tmp_path: Path):
    # (never joined as a wrapped paragraph; a subtitle that begins with a name follows a title that ends with the
    # kind of partnership)
    fields = draft_of(tmp_path, TITLE_SLIDE).fields
    assert fields["title"] == "Läxhjälp i Nora – slutrapport för idéburet offentligt partnerskap"
    assert fields["subtitle"] == "Studieförbundet Vuxenskolan Örebro län och barn- och utbildningsnämnden 2021–2024"
    assert str(fields["meeting_date"]) == "2024-09-24"
    assert fields["case_officer"] == {"name": "Jonas Berg", "phone": "0587-811 35"}


@pytest.mark.parametrize("text, parted", [
    # a short title over points, no blank line between: a heading of its own
    ("Resultat i siffror\n• 412 deltagare\n• 38 kvällar", True),
    # a clause the points go on with, a list's own first item, and the attachments' heading stay with them
    ("Som framgångsfaktorer vill parterna lyfta fram\n– samverkan\n– engagemang", False),
    ("Aktiviteterna har omfattat\n• läxhjälp\n• språkcafé", False),
    ("Beslutsunderlag\n1. Tjänsteskrivelse 2024-06-10\n2. Föreningens rapport", False),
])
def test_a_title_over_points_without_a_blank_line(text: str, parted: bool):
    from generator.importing.extract import unwrap

    assert (unwrap([Block(text)])[0].text == text.split("\n")[0]) is parted


MAILED_REPORT = """Peter Sandin

Tranås kommun\tInkom 2023-01-20\tDnr FKN 2020/0034

Från:\tPeter Sandin <peter.sandin@tranas.se>
Skickat:\tden 23 januari 2023 08:02
Till:\tErik Dahlgren <erik.dahlgren@tranasibk.se>
Kopia:\tFritid Registrator <fritid.registrator@tranas.se>
Ämne:\tSV: Slutrapport fredagshallen IOP

Hej Erik!

Tack för rapporten. Den är nu diarieförd och jag lägger fram den för nämnden i februari.

Peter Sandin
Fritidschef
Telefon 0140-343 70

Från:\tErik Dahlgren <erik.dahlgren@tranasibk.se>
Skickat:\tden 20 januari 2023 21:37
Till:\tFritid Registrator <fritid.registrator@tranas.se>
Ämne:\tSlutrapport fredagshallen IOP

Hej,

här kommer vår slutrapport för IOP:t om fredagshallen.

Slutrapport – Öppen hall på fredagskvällar

Idéburet offentligt partnerskap mellan Tranås Innebandyklubb och fritidsnämnden 2020–2022

Bakgrund
Hösten 2020 fanns det få saker att göra för ungdomar i Tranås på fredagskvällar, och föreningen öppnade hallen.
"""


def test_a_report_that_came_by_mail_begins_with_its_title_after_the_mails(tmp_path: Path):
    # The mails' headers, greetings, replies and signatures are no part of the report (set aside, never lost);
    # the registrar's stamp still gives the case number, and "Till: Erik Dahlgren" names no committee.
    draft = draft_of(tmp_path, MAILED_REPORT)
    fields = draft.fields
    assert fields["title"] == "Slutrapport – Öppen hall på fredagskvällar"
    assert fields["subtitle"] == "Idéburet offentligt partnerskap mellan Tranås Innebandyklubb och fritidsnämnden 2020–2022"
    assert fields["case_number"] == "FKN 2020/0034"
    assert "Erik" not in str(fields.get("committee")) and "Hej" not in repr(fields["sections"])
    assert [section["heading"] for section in fields["sections"]] == ["Bakgrund"]
    assert "Hej Erik!" in draft.unplaced and any("Från:" in text for text in draft.unplaced)


def test_a_report_that_came_by_mail_from_a_mail_program_in_english(tmp_path: Path):
    english = (MAILED_REPORT.replace("Från:", "From:").replace("Skickat:", "Sent:").replace("Till:", "To:")
               .replace("Kopia:", "Cc:").replace("Ämne:", "Subject:").replace("SV: ", "RE: ")
               .replace("Peter Sandin\nFritidschef\nTelefon 0140-343 70",
                        "Peter Sandin\nFritidschef\nTelefon 0140-343 70\n\nGet Outlook for Android"))
    draft = draft_of(tmp_path, english)
    assert draft.fields["title"] == "Slutrapport – Öppen hall på fredagskvällar"
    assert draft.fields["case_number"] == "FKN 2020/0034"
    assert "Erik" not in str(draft.fields.get("committee")) and "Hej" not in repr(draft.fields["sections"])
    assert "Get Outlook for Android" in draft.unplaced and any("From:" in text for text in draft.unplaced)


@pytest.mark.parametrize("greeting", ["Med vänliga hälsningar\n", "Med vänlig hälsning\n\n", "Mvh,\n"])
def test_a_closing_greeting_and_the_mail_programs_line_under_the_report_are_no_section(tmp_path: Path, greeting: str):
    ending = f"\n{greeting}Erik Dahlgren\nOrdförande, Tranås Innebandyklubb\n\nSkickat från min iPhone\n"
    draft = draft_of(tmp_path, MAILED_REPORT + ending)
    assert [section["heading"] for section in draft.fields["sections"]] == ["Bakgrund"]
    assert draft.fields["sections"][0]["paragraphs"] == [
        "Hösten 2020 fanns det få saker att göra för ungdomar i Tranås på fredagskvällar, och föreningen öppnade hallen."]
    assert draft.fields["signatories"] == [{"name": "Erik Dahlgren", "title": "Ordförande",
                                            "unit": "Tranås Innebandyklubb"}]
    assert {greeting.strip(), "Skickat från min iPhone"} <= set(draft.unplaced)  # set aside, never lost


def test_the_associations_chair_with_a_phone_under_the_report_is_no_case_officer(tmp_path: Path):
    ending = "\nMed vänlig hälsning\n\nErik Dahlgren\nOrdförande, Tranås Innebandyklubb\n070-655 21 83\n"
    draft = draft_of(tmp_path, MAILED_REPORT + ending)
    assert "Erik" not in str(draft.fields.get("case_officer"))
    assert draft.fields["signatories"] == [{"name": "Erik Dahlgren", "title": "Ordförande", "unit": "Tranås Innebandyklubb"}]


OWN_REPORT = """Slutrapport – IOP Språkcafé

Till: Skärholmens stadsdelsnämnd
Avtalsperiod: 2023-03-01 – 2025-02-28

Om partnerskapet
Språkcaféet har sedan den 1 mars 2023 drivits på biblioteket i ett idéburet offentligt partnerskap med stadsdelsnämnden.

"""


def test_the_place_and_date_over_the_names_in_their_block_is_no_text_and_whom_they_sign_for_names_the_organisation(
        tmp_path: Path):
    draft = draft_of(tmp_path, OWN_REPORT + "Skärholmen 2025-04-02\nGunilla Åberg\nOrdförande, Föreningen Språkbron\n")
    assert draft.fields["signatories"] == [{"name": "Gunilla Åberg", "title": "Ordförande",
                                            "unit": "Föreningen Språkbron"}]
    assert [section["heading"] for section in draft.fields["sections"]] == ["Om partnerskapet"]
    assert "Skärholmen 2025-04-02" in draft.unplaced  # set aside, never lost
    assert draft.new_organisation == {"id": "sprakbron", "name": "Språkbron"}


def test_whom_each_signatory_signs_for_over_the_name_or_the_board_over_the_names_is_the_unit(tmp_path: Path):
    # "För …" over each one's name and title, in a block of its own
    draft = draft_of(tmp_path, OWN_REPORT + "Skärholmen den 12 februari 2025\n\nFör Skärholmens stadsdelsförvaltning\n"
                     "Karin Alm\nAvdelningschef\n\nFör Föreningen Språkbron\nHussein Abdi\nOrdförande\n")
    assert draft.fields["signatories"] == [
        {"name": "Karin Alm", "title": "Avdelningschef", "unit": "Skärholmens stadsdelsförvaltning"},
        {"name": "Hussein Abdi", "title": "Ordförande", "unit": "Föreningen Språkbron"}]
    # the association's board over its signatories in columns: the association is their unit
    (tmp_path / "b").mkdir()
    draft = draft_of(tmp_path / "b", OWN_REPORT + "För styrelsen i Föreningen Språkbron\n\n"
                     "Jonas Lantto\tElin Rova\nOrdförande\tVerksamhetsledare\n")
    assert [(s["name"], s["title"], s.get("unit")) for s in draft.fields["signatories"]] == [
        ("Jonas Lantto", "Ordförande", "Föreningen Språkbron"), ("Elin Rova", "Verksamhetsledare", "Föreningen Språkbron")]
    # the same lead over "Name, role" lines: one check of whom they sign for, wherever it stands
    from generator.importing.parse import _signed_lines
    assert _signed_lines(Block("För styrelsen i Föreningen Språkbron\nJonas Lantto, ordförande\nElin Rova, kassör")) == [
        ["Jonas Lantto", "ordförande", "Föreningen Språkbron"], ["Elin Rova", "kassör", "Föreningen Språkbron"]]
    # under the name, an e-mail, a phone or a second name is no title: the block is not read this way
    from generator.importing.parse import _signs_for
    assert _signs_for(["För Skärholmens stadsdelsförvaltning", "Karin Alm", "Avdelningschef"])["name"] == \
        "Skärholmens stadsdelsförvaltning"
    for third in ("karin.alm@stockholm.se", "08-508 123 45", "Ole Ek"):
        assert _signs_for(["För Skärholmens stadsdelsförvaltning", "Karin Alm", third]) is None, third


def test_a_heading_over_lines_of_counts_and_a_sentence_after_them_no_blank_line_between(tmp_path: Path):
    results = ("Resultat\nAntal språkcaféträffar totalt: 84\nvarav digitala träffar: 6\n"
               "Antal unika deltagare totalt: 312\nVid utvärderingen i januari 2025 uppgav 78 procent av deltagarna att "
               "de vågar tala mer svenska.\n\n")
    draft = draft_of(tmp_path, OWN_REPORT + results)
    assert draft.fields["sections"][1] == {"heading": "Resultat", "paragraphs": [
        "Antal språkcaféträffar totalt: 84", "varav digitala träffar: 6", "Antal unika deltagare totalt: 312",
        "Vid utvärderingen i januari 2025 uppgav 78 procent av deltagarna att de vågar tala mer svenska."]}
    counted = {(figure["value"], figure["unit"]) for figure in draft.fields["figures"]}
    assert {(84, "språkcaféträffar"), (312, "unika deltagare")} <= counted


def test_a_lead_over_lines_of_counts_is_no_heading_and_a_contacts_lines_over_a_sentence_stay_its_paragraph(
        tmp_path: Path):
    counts = "Under 2024 hade vi följande\nAntal träffar: 84\nAntal deltagare: 312\nDet är fler än förra året.\n\n"
    draft = draft_of(tmp_path, OWN_REPORT + counts)
    assert [section["heading"] for section in draft.fields["sections"]] == ["Om partnerskapet"]
    contact = "Kontakt\nTelefon: 070-123 45 67\nE-post: info@sprakbron.se\nHör gärna av dig om du vill veta mer.\n\n"
    (tmp_path / "contact").mkdir()
    draft = draft_of(tmp_path / "contact", OWN_REPORT + contact)
    assert "070-123 45 67" in str(draft.fields["sections"]) + str(draft.unplaced)  # never lost


def test_a_label_over_sentences_of_its_own_on_each_line_is_one_paragraph(tmp_path: Path):
    goal = ("Mål 1: Fler unga deltar\nResultat: Antalet deltagare har ökat från 131 under 2021 till 212 under 2024. "
            "Drygt hälften av deltagarna bor i Gränby.\nBedömning: Målet är uppfyllt.\n\n")
    draft = draft_of(tmp_path, OWN_REPORT + goal)
    assert draft.fields["sections"][1]["paragraphs"] == [
        "Resultat: Antalet deltagare har ökat från 131 under 2021 till 212 under 2024. Drygt hälften av deltagarna bor i "
        "Gränby. Bedömning: Målet är uppfyllt."]


def test_the_first_line_in_columns_that_heads_the_second_page_too_is_no_title(tmp_path: Path):
    running = "Föreningen Bokstugan                                    Slutrapport IOP 2017–2019"
    text = (f"{running}\n\n\nTill Stadsdelsnämnden Örgryte-Härlanda\n\n\nSlutrapport för idéburet offentligt partnerskap\n"
            "Läxhjälp för barn i Björkekärr\n\nBakgrund\n\nFöreningen har erbjudit läxhjälp för barn i Björkekärr sedan "
            "2014, i biblioteksfilialens lokaler.\n\nSida 1 av 2\n\f"
            f"{running}\n\n\nResultat\n\nLäxhjälpen hade sammanlagt 248 öppna tillfällen under de två läsåren.\n")
    draft = draft_of(tmp_path, text)
    assert draft.fields["title"] == "Slutrapport för idéburet offentligt partnerskap"
    assert draft.fields["subtitle"] == "Läxhjälp för barn i Björkekärr"
    assert [section["heading"] for section in draft.fields["sections"]] == ["Bakgrund", "Resultat"]
    # where it is the only title there is, it is no running header: it stays for staff (never lost)
    only = text.replace("Slutrapport för idéburet offentligt partnerskap\nLäxhjälp för barn i Björkekärr\n\n", "")
    (tmp_path / "only").mkdir()
    draft = draft_of(tmp_path / "only", only)
    assert "Slutrapport IOP 2017–2019" in str(draft.fields.get("title")) + str(draft.unplaced)


@pytest.mark.parametrize("head", ["Föreningen Språkbron Skärholmen\n", "STIFTELSEN ÖPPNA HALLAR I ÖREBRO\n\n",
                                  "UNGDOMSFÖRENINGEN KÅKEN\nFritidsgård i Mellerud – drivs av unga, för unga\n\n"])
def test_the_organisations_name_over_its_reports_title_is_who_sends_it(tmp_path: Path, head: str):
    draft = draft_of(tmp_path, head + OWN_REPORT)
    assert draft.fields["title"] == "Slutrapport – IOP Språkcafé"
    assert head.split("\n")[0] in draft.unplaced  # set aside, never lost
    assert head.split("\n")[0] in draft.sender  # and read as who sent it


def test_the_sender_over_the_title_names_a_known_organisation_and_a_title_that_wraps_stays_whole(tmp_path: Path):
    draft = draft_of(tmp_path, "Föreningen Drömstort\n" + OWN_REPORT)
    assert draft.fields["organisation"] == "dromstort"  # content/organisations.yml
    wrapped = "Föreningen Språkbrons idéburna offentliga\npartnerskap med Skärholmens stadsdelsnämnd – slutrapport\n"
    (tmp_path / "wrapped").mkdir()
    draft = draft_of(tmp_path / "wrapped", OWN_REPORT.replace("Slutrapport – IOP Språkcafé\n", wrapped))
    assert draft.fields["title"].startswith("Föreningen Språkbrons idéburna offentliga partnerskap")


def test_a_title_and_a_heading_underlined_on_the_next_line_as_a_plain_text_file_sets_them(tmp_path: Path):
    title = "Slutrapport för överenskommelsen om samverkan kring läxhjälp i Norrby"
    text = (OWN_REPORT.replace("Slutrapport – IOP Språkcafé\n", f"{title}\n{'=' * len(title)}\n\nLäsåren 2013/14–2015/16\n")
            .replace("Om partnerskapet\n", "Om partnerskapet\n================\n"))
    draft = draft_of(tmp_path, text)
    assert (draft.fields["title"], draft.fields["subtitle"]) == (title, "Läsåren 2013/14–2015/16")
    assert draft.fields["sections"][0]["heading"] == "Om partnerskapet"
    # a rule under a table's rows is no underline: the sum stays a row of the table
    table = "Ekonomi\n\nLokalhyra       120 000 kr\nPersonal        300 000 kr\n------\nSumma           420 000 kr\n\n"
    (tmp_path / "table").mkdir()
    draft = draft_of(tmp_path / "table", OWN_REPORT + table)
    assert [section["heading"] for section in draft.fields["sections"]] == ["Om partnerskapet", "Ekonomi"]


@pytest.mark.parametrize("line", ["-----Original Message-----", "---------- Forwarded message ---------",
                                  "Sent from my iPhone", "Hämta Outlook för iOS", "Skickat från min iPad"])
def test_a_mail_programs_own_lines(line: str):
    from generator.importing.parse import _MAIL_PROGRAM

    assert _MAIL_PROGRAM.match(line)


SPREADSHEET_FORM = """Slutredovisning_IOP_2024.xlsx\t\tBlad1

HJO KOMMUN\t\t\tSocialförvaltningen
SLUTREDOVISNING AV IDÉBURET OFFENTLIGT PARTNERSKAP (IOP)
Mallen fylls i av organisationen och skickas till socialförvaltningen senast två månader efter att överenskommelsen har upphört.

Organisationens namn\tFöreningen Guldkornen i Hjo
Nämnd\tSocialnämnden
Projektperiod\t2022-01-01 – 2024-12-31

1. Verksamhetens genomförande
Beskriv vilka aktiviteter som har genomförts under projektperioden.\tMötesplatsen har haft öppet tisdagar och torsdagar under hela perioden, med lunch och fika varje öppetdag.
\tUnder sommaren har föreningen också ordnat två bussresor för besökarna, till Vadstena och Tiveden.
\tEn gång i månaden har en sjuksköterska från vårdcentralen kommit och svarat på besökarnas frågor.
Har verksamheten genomförts enligt överenskommelsen?\tJa\tX\tNej\t
Hur har ni nått målgruppen?\tDe flesta nya besökare har hittat till oss genom att en vän eller granne har tagit med dem.

Sida 1 av 2\t\tUtskrivet 2025-02-05 09:12

Slutredovisning_IOP_2024.xlsx\t\tBlad1

2. Deltagare
Kommentar till statistiken\tBesökarna har skrivit sig på en närvarolista varje öppetdag under hela perioden.

3. Ekonomisk redovisning
Post\tBudget\tUtfall
Bidrag från socialnämnden\t840 000\t840 000

4. Erfarenheter och lärdomar
Utmaningar\tDet har varit svårt att få tag på frivilliga som kan ta ansvar för köket under vintern.

E. Besökare
År\t2022\t2023
Besök\t2 310\t2 870
"""


def test_a_spreadsheet_forms_questions_head_the_answers_in_the_cells_beside_them(tmp_path: Path):
    fields = draft_of(tmp_path, SPREADSHEET_FORM).fields
    sections = {section["heading"]: section.get("paragraphs") for section in walk(fields["sections"])}
    assert sections["Beskriv vilka aktiviteter som har genomförts under projektperioden."] == [
        "Mötesplatsen har haft öppet tisdagar och torsdagar under hela perioden, med lunch och fika varje öppetdag.",
        "Under sommaren har föreningen också ordnat två bussresor för besökarna, till Vadstena och Tiveden.",
        "En gång i månaden har en sjuksköterska från vårdcentralen kommit och svarat på besökarnas frågor."]  # cells below
    assert sections["Har verksamheten genomförts enligt överenskommelsen?"] == ["Ja X Nej"]  # its checkbox cells
    assert sections["Hur har ni nått målgruppen?"][0].startswith("De flesta nya besökare")
    assert sections["Kommentar till statistiken"][0].startswith("Besökarna har skrivit sig")
    assert [section["heading"] for section in fields["sections"]] == [
        "1. Verksamhetens genomförande", "2. Deltagare", "3. Ekonomisk redovisning", "4. Erfarenheter och lärdomar",
        "E. Besökare"]  # a part by its letter over its table, as by its number
    assert sections["E. Besökare"] == ["År\t2022\t2023\nBesök\t2 310\t2 870"]
    assert sections["Utmaningar"] == [  # a part of the report as the label beside its prose
        "Det har varit svårt att få tag på frivilliga som kan ta ansvar för köket under vintern."]
    assert sections["3. Ekonomisk redovisning"] == ["Post\tBudget\tUtfall\nBidrag från socialnämnden\t840 000\t840 000"]
    assert "xlsx" not in repr(fields)  # the print header is no title and no section
    assert fields["title"] == "SLUTREDOVISNING AV IDÉBURET OFFENTLIGT PARTNERSKAP (IOP)"  # without the instruction
    # The label column's facts: no subtitle, and the project's period is the agreement.
    assert "subtitle" not in fields and fields["agreements"] == [{"start": date(2022, 1, 1), "end": date(2024, 12, 31)}]


def test_an_annual_reports_cover_names_the_organisation_over_the_title(tmp_path: Path):
    cover = ("DRÖMSTORT\nföreningen för unga drömmare · sedan 2009\n\nVerksamhetsberättelse och slutrapport 2022–2024\n\n"
             "Idéburet offentligt partnerskap om läxhjälp i Enskede\n\nOrdföranden har ordet\n\nTre år har gått sedan vi "
             "skrev under överenskommelsen om ett idéburet offentligt partnerskap med stadsdelsnämnden.\n")
    draft = draft_of(tmp_path, cover)
    assert draft.fields["title"] == "Verksamhetsberättelse och slutrapport 2022–2024"
    assert draft.fields["subtitle"] == "Idéburet offentligt partnerskap om läxhjälp i Enskede"
    assert draft.fields["organisation"] == "dromstort"  # named by the cover, as a title would
    assert "DRÖMSTORT" in draft.unplaced


def test_a_running_header_of_one_line_in_cells_is_never_the_title(tmp_path: Path):
    head = "Rottneros IK – Slutrapport IOP ”Öppen hall”\t2024-06-28"
    text = (f"{head}\n\nTill Bildningsnämnden, Sunne kommun\n\nSlutrapport – IOP ”Öppen hall” i Rottneros och Sunne\n\n"
            "Bakgrund\n\nHösten 2021 startade vi tillsammans med förvaltningen Öppen hall, fredagskvällar i "
            "idrottshallen för ungdomar som inte är med i föreningslivet.\n\n"
            f"{head}\n\nResultat\n\nUnder de sex terminerna har hallen varit öppen 101 kvällar med sammanlagt 3 428 "
            f"besök av ungdomar från hela kommunen.\n\n{head}\n\nEkonomi\n\nKommunen har bidragit med 45 000 kronor "
            "per termin under hela perioden.\n")
    draft = draft_of(tmp_path, text)
    assert draft.fields["title"] == "Slutrapport – IOP ”Öppen hall” i Rottneros och Sunne"
    assert not any(head.split("\t")[0] in paragraph for section in draft.fields["sections"]
                   for paragraph in section.get("paragraphs", []))


def test_an_organisations_letterhead_with_its_contacts_on_one_long_line_is_no_title(tmp_path: Path):
    draft = draft_of(tmp_path, "Studieförbundet Kunskapsverket\nLokalavdelning Habo\nJönköpingsvägen 14, 566 32 Habo  |  "
                     "habo@kunskapsverket.se  |  www.kunskapsverket.se/habo\n\nRedovisning till Kultur- och "
                     "fritidsnämnden i Habo kommun\n\nSlutredovisning IOP ”Mötesplats språk och digitalt”\n\nBakgrund\n\n"
                     "Kunskapsverket i Habo har sedan 2018 haft språkcafé i biblioteket varannan vecka med egna "
                     "volontärer.\n")
    assert draft.fields["title"] == "Slutredovisning IOP ”Mötesplats språk och digitalt”"
    assert draft.fields["committee"] == "Kultur- och fritidsnämnden"


def test_an_associations_people_sign_a_name_and_role_a_line_as_they_write_them():
    from generator.importing.parse import _signed_lines
    assert _signed_lines(Block("Elsa Karlsson, ordförande (17 år)\nMohammed Ali, kassör\nTommy Gustavsson, föreståndare")) == [
        ["Elsa Karlsson", "ordförande"], ["Mohammed Ali", "kassör"], ["Tommy Gustavsson", "föreståndare"]]
    assert _signed_lines(Block("Anders Nygren, ordförande Rottneros IK")) == [["Anders Nygren", "ordförande", "Rottneros IK"]]
    assert _signed_lines(Block("För Kunskapsverket Habo\nYasmin Haddad, verksamhetsutvecklare\n"
                               "Torbjörn Lind, ordförande lokalavdelningen")) == [
        ["Yasmin Haddad", "verksamhetsutvecklare", "Kunskapsverket Habo"],
        ["Torbjörn Lind", "ordförande lokalavdelningen", "Kunskapsverket Habo"]]
    assert _signed_lines(Block("Vi har haft 45 träffar, ordförande och kassör med.")) is None


def test_what_an_association_has_had_as_points_are_its_activities_without_their_asides():
    from generator.importing.reading import _pointed_activities
    text = ("Träffpunkten har varit öppen tisdagar och torsdagar. Vi har haft bl.a.:\n\n- fika och allsång\n"
            "- föreläsningar, t.ex. om bedrägerier och om fallprevention\n- julbord och midsommarfika (i december och juni)\n"
            "- ”Följa med”-gruppen, där medlemmar följer med varandra till vårdcentralen")
    assert _pointed_activities(text, []) == ["fika och allsång", "föreläsningar", "julbord och midsommarfika",
                                             "”Följa med”-gruppen"]


def test_activities_as_points_under_a_heading_of_what_was_done_or_after_a_lead_that_says_so():
    """A slide's "Vad har vi gjort?" over its points, no lead between: each point an activity, its first word in small
    letters as in a sentence (a name or an abbreviation as written). "… har genomfört följande:" leads into points,
    and a sentence after the last point, no blank line between, is no part of it."""
    from generator.importing.reading import _pointed_activities
    sections = [{"heading": "Bakgrund", "paragraphs": ["• Nämnden och klubben ingick ett IOP. • Syftet var rörelse."]},
                {"heading": "Vad har vi gjort?", "paragraphs": [
                    "• Öppen spontanidrott i Vasahallen • Prova-på-dagar i innebandy • IT-caféer varje vecka"]}]
    assert _pointed_activities("", sections) == ["öppen spontanidrott", "prova-på-dagar i innebandy", "IT-caféer"]
    text = ("Föreningen har inom partnerskapet genomfört följande: – IT-caféer varannan vecka – kurser i e-legitimation, "
            "Kivra och 1177 Vårdguiden – telefonrådgivning två förmiddagar i veckan Under sommaren 2022 hölls dessutom "
            "IT-caféer i Mollösund och Käringön.")
    assert _pointed_activities(text, []) == ["IT-caféer", "kurser i e-legitimation, Kivra och 1177 Vårdguiden",
                                             "telefonrådgivning"]
    # points under another heading are no activities by this rule
    assert _pointed_activities("", sections[:1]) == []


def test_a_stamps_short_date_label_and_the_municipalitys_contact_person():
    from generator.importing.layout import DATE_LABEL, OFFICER_LABEL

    assert DATE_LABEL.match("Ink. 2025-01-27") and not DATE_LABEL.match("Inkassot skickades")
    assert OFFICER_LABEL.match("Kontaktperson i kommunen: Anders Wik, bildningsförvaltningen").end() == 26
    from generator.importing.layout import ADDRESSED
    line = "Redovisning till Kultur- och fritidsnämnden i Habo kommun"  # an organisation's report, addressed
    assert line[ADDRESSED.match(line).end():] == "Kultur- och fritidsnämnden i Habo kommun"
    assert not ADDRESSED.match("Rapport till föreningens medlemmar")
    line = "Kontaktperson Habo kommun: Elin Rydberg, fritidskonsulent, tel 036-442 81 35"
    assert line[OFFICER_LABEL.match(line).end():].startswith("Elin Rydberg")  # the municipality named: not her name
    for line in ("Kontaktperson Upplands Väsby kommun: Eva Ek", "Kontaktperson Region Gotland: Eva Ek"):
        assert line[OFFICER_LABEL.match(line).end():] == "Eva Ek"


@pytest.mark.parametrize("line, page_furniture", [
    ("SIGTUNA KOMMUN    Tjänsteskrivelse    2 (3)    Dnr SN 2023/0214", True),  # a running header
    ("Socialförvaltningen\t2024-03-12\tSOCN/2024:37", True),  # its second row
    ("Katrineholms kommun, Socialförvaltningen, 641 80 Katrineholm", True),  # a footer's first line
    ("2021\t9\t84", False),  # a table's row
    ("Socialförvaltningen har följt upp partnerskapet 2 (3) gånger.", False),  # a sentence
    ("Föreningen har verksamhet i Katrineholms kommun, 641 80 Katrineholm, och i Flen.", False),
    ("_____________________________________________", True),  # a rule over a footer
    ("671 28 Arvika                                    Org.nr 212000-1785", True),  # a footer's row of columns
    ("Föreningen, organisationsnummer 802456-1234, har sitt säte i Arvika.", False),
    ("2024-10-08 | 10", True), ("3 | 2024-10-08", True),  # a slide's foot: its date and number
    ("2024-10-08 | 10 deltagare", False),
    ("Slutredovisning_IOP_Guldkornen_2024.xlsx\t\tBlad1", True),  # a spreadsheet's print header: file and sheet
    ("Ekonomisk redovisning 2023.pdf", False),  # a file's name alone: maybe an attachment
    ("Tunnlandsvägen 1, 168 45 Bromma", True),  # a footer's street address with its postal code and town
    ("Storgatan 12 B 721 87 Västerås", True),
    ("Träffarna har hållits på Storgatan 12, 721 87 Västerås.", False),  # a sentence that gives an address
    ("Hjalmar Lundbohmsvägen 31, 981 85 KIRUNA", True),
    ("Lokalhyra 2023 45000 kr", False), ("Kostnader 2023 125 40 tkr", False),  # a budget's rows
    ("Deltagare 2023 150 60 flickor", False), ("Lokalhyra\t2023\t45000 kr", False),
])
def test_page_furniture_by_its_form(line: str, page_furniture: bool):
    from generator.importing.layout import furniture

    assert furniture(line) is page_furniture


def test_a_unit_standing_once_above_the_signatures_is_the_unit_of_each(tmp_path: Path):
    document = variant(tmp_path, ("Anders Carstorp\nStadsdelsdirektör\nEnskede-Årsta-Vantör\nstadsdelsförvaltning\n\n"
                                  "Jenny Johansson\nAvdelningschef\nEnskede-Årsta-Vantör\nstadsdelsförvaltning\n",
                                  "Socialförvaltningen\n\nAnders Carstorp\nStadsdelsdirektör\n\n"
                                  "Jenny Johansson\nAvdelningschef\n"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["signatories"] == [
        {"name": "Anders Carstorp", "title": "Stadsdelsdirektör", "unit": "Socialförvaltningen"},
        {"name": "Jenny Johansson", "title": "Avdelningschef", "unit": "Socialförvaltningen"}]


def test_a_paragraph_goes_on_over_a_page_whatever_stands_between():
    from generator.importing import layout
    from generator.importing.extract import unwrap

    # "… visar / att de flesta …": a sentence wrapped at "att", not a proposal's clause
    [wrapped] = unwrap([Block("Föreningen har i sin egen enkät till deltagarna fått svar som visar\n"
                              "att de flesta upplever att de har fått fler kontakter")])
    assert wrapped.text == ("Föreningen har i sin egen enkät till deltagarna fått svar som visar att de flesta upplever "
                            "att de har fått fler kontakter")
    proposals = unwrap([Block("Förvaltningen föreslår att nämnden beslutar\natt godkänna slutrapporten")])
    assert proposals[0].text.split("\n")[-1] == "att godkänna slutrapporten"
    # a running header whose first line reads like a name is no signature, and goes with the page
    body = [Block("Arbetsmarknadsnämnden har ansvarat för partnerskapet. Överenskommelsen gällde fr.o.m. 2021-09-01 t.o.m."),
            Block("BORÅS STAD\nTjänsteskrivelse 2 (4)\nDnr IFN 2023-00112"),
            Block("2023-08-31, det vill säga två verksamhetsår som följer föreningens egen planering.")]
    [joined] = join_page_breaks(layout.without_furniture(body))
    assert joined.text == ("Arbetsmarknadsnämnden har ansvarat för partnerskapet. Överenskommelsen gällde fr.o.m. "
                           "2021-09-01 t.o.m. 2023-08-31, det vill säga två "
                           "verksamhetsår som följer föreningens egen planering.")


@pytest.mark.parametrize("lines, text", [
    (["att stärka föräldrar och att fö-", "rebygga att barn far illa"], "att stärka föräldrar och att förebygga att barn far illa"),
    (["stöd med e-", "post och cv-", "skrivning"], "stöd med e-post och cv-skrivning"),
    (["kurser i ljud-", "och scenteknik"], "kurser i ljud- och scenteknik"),
    # an abbreviation in lower case keeps its hyphen, with or without a vowel
    (["utanför sfi-", "undervisningen och lss-", "insatserna"], "utanför sfi-undervisningen och lss-insatserna"),
])
def test_a_word_broken_at_a_line_end_is_made_whole(lines: list[str], text: str):
    from generator.importing.extract import join_all
    assert join_all(lines, set()) == text


def test_a_tables_caption_is_text_not_a_heading():
    from generator.importing.parse import looks_like_heading
    assert not looks_like_heading(Block("Tabell 1. Resultat per år"))
    assert looks_like_heading(Block("Resultat per år"))


@pytest.mark.parametrize("lines, parts", [
    (["Idéburet offentligt partnerskap med Föreningen Återbruket i Nyköping", "Slutrapport för åren 2022–2024"],
     ["Idéburet offentligt partnerskap med Föreningen Återbruket i Nyköping", "Slutrapport för åren 2022–2024"]),
    # a title that wraps: after a word that goes on, or into the rest of a name
    (["Slutrapport för idéburet offentligt partnerskap med", "Föräldrakraft Märsta ideell förening"],
     ["Slutrapport för idéburet offentligt partnerskap med Föräldrakraft Märsta ideell förening"]),
    (["Slutrapport för idéburet offentligt partnerskap med Studiefrämjandet", "Stockholm Gotland"],
     ["Slutrapport för idéburet offentligt partnerskap med Studiefrämjandet Stockholm Gotland"]),
])
def test_a_title_and_its_subtitle_on_the_next_line(tmp_path: Path, lines: list[str], parts: list[str]):
    old = "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort\n"
    draft = import_document(variant(tmp_path, (old, "\n".join(lines) + "\n")), CONTENT, tmp_path / "out").draft
    assert draft.fields["title"] == parts[0]
    if len(parts) > 1:
        assert draft.fields["subtitle"] == parts[1]


ORGANISATIONS_OWN_REPORT = """Föreningen Läslust Norr
Box 45
901 10 Umeå

Till: Kulturnämnden, Umeå kommun

Umeå den 3 mars 2024

Föreningens slutrapport – idéburet offentligt partnerskap 2021–2023
Högläsning för barn i Ersboda

1. Om föreningen

Föreningen Läslust Norr bildades 2015 och driver högläsning för barn i Ersboda. Överenskommelsen med
kulturnämnden gällde från den 1 januari 2021 till och med den 31 december 2023.

2. Resultat

Föreningen har under perioden hållit 140 lässtunder. Barnen har lånat fler böcker än

Föreningen Läslust Norr – Slutrapport IOP 2021–2023
Org.nr 802400-1234 · info@laslustnorr.se · www.laslustnorr.se

Föreningen Läslust Norr – Slutrapport IOP 2021–2023\tSida 2 av 2

förut, enligt biblioteket.

3. Utmaningar

Det har varit svårt att hitta ledare till lördagarna.

4. Framgångsfaktorer

Samarbetet med biblioteket har gjort att vi når nya familjer.

5. Förslag till nämnden

Föreningen föreslår att nämnden fattar följande beslut:

a) Kulturnämnden godkänner föreningens slutrapport.

b) Kulturnämnden ger förvaltningen i uppdrag att ta fram en ny överenskommelse med föreningen.

För Föreningen Läslust Norr

Karin Berg
Ordförande

Ali Hassan
Kassör

Föreningen Läslust Norr – Slutrapport IOP 2021–2023
Org.nr 802400-1234 · info@laslustnorr.se · www.laslustnorr.se
"""


def test_an_organisations_own_report_with_its_proposals_last(tmp_path: Path):
    document = tmp_path / "egen.txt"
    document.write_text(ORGANISATIONS_OWN_REPORT, encoding="utf-8")
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["title"] == "Föreningens slutrapport – idéburet offentligt partnerskap 2021–2023"
    assert draft.fields["subtitle"] == "Högläsning för barn i Ersboda"
    assert draft.fields["committee"] == "Kulturnämnden"  # "…, Umeå kommun" says whose committee it is
    assert draft.fields["proposals"] == ["Kulturnämnden godkänner föreningens slutrapport.",
                                         "Kulturnämnden ger förvaltningen i uppdrag att ta fram en ny överenskommelse "
                                         "med föreningen."]
    assert [s["heading"] for s in draft.fields["sections"]] == [
        "1. Om föreningen", "2. Resultat", "3. Utmaningar", "4. Framgångsfaktorer"]
    assert draft.fields["sections"][1]["paragraphs"] == [
        "Föreningen har under perioden hållit 140 lässtunder. Barnen har lånat fler böcker än förut, enligt biblioteket."]
    assert draft.fields["lessons"] == {"challenges": ["Det har varit svårt att hitta ledare till lördagarna."],
                                       "success_factors": ["Samarbetet med biblioteket har gjort att vi når nya familjer."]}
    assert [s.get("unit") for s in draft.fields["signatories"]] == ["Föreningen Läslust Norr"] * 2


def test_what_will_not_happen_is_no_next_step(tmp_path: Path):
    old = "Förvaltningen föreslår att Enskede-Årsta-Vantörs stadsdelsnämnd godkänner och lägger slutrapporten till handlingarna."
    new = ("Förvaltningen föreslår att Enskede-Årsta-Vantörs stadsdelsnämnd godkänner slutrapporten och beslutar att "
           "partnerskapet avslutas och att ingen ny överenskommelse tecknas.")
    draft = import_document(variant(tmp_path, (old, new)), CONTENT, tmp_path / "out").draft
    assert draft.fields["next_step"] == "ended"
    # a decision not to sign another agreement, in its own words
    from generator.importing.parse import Draft
    from generator.importing.reading import _next_step
    for proposal in ("Nämnden beslutar att inte teckna någon ny överenskommelse med föreningen.",
                     "Nämnden beslutar att inte förnya överenskommelsen."):
        decided = Draft(fields={"proposals": [proposal]}, text="")
        _next_step(decided)
        assert decided.fields["next_step"] == "ended", proposal


def test_a_footers_row_in_columns_with_a_postcode_and_a_street_is_furniture():
    from generator.importing import layout
    assert layout.furniture("981 85 Kiruna\tHjalmar Lundbohmsvägen 31")
    footer = Block("Postadress\tBesöksadress\tTelefon\tOrg.nr\tWebbplats\n"
                   "Kiruna kommun\tStadshuset\t0980-700 00 (växel)\t212000-2817\twww.kiruna.se\n"
                   "981 85 Kiruna\tHjalmar Lundbohmsvägen 31\nSida 1 av 3")
    assert layout.furniture_block(footer)
    assert not layout.furniture("Mål 3\t2023\t41")  # a table's row, no postcode
    assert not layout.furniture("Storgatan 5\t12 besökare")
    # Beside a web address without "www.": Stockholm's footers.
    assert layout.furniture("113 83 Stockholm\tstockholm.se")
    paragraph = "Föreningen har lämnat en egen slutredovisning som förvaltningen har tagit del av."
    footer = Block("Norrmalms stadsdelsförvaltning\tTelefon 08-508 09 000\n"
                   "Tomtebogatan 1, Box 6554\tnorrmalm@stockholm.se\n113 83 Stockholm\tstockholm.se")
    kept = layout.without_furniture([Block(paragraph), footer, Block("Sida 2 (3)")])
    assert [block.text for block in kept] == [paragraph]
    assert not layout.furniture("Sep 2020 – aug 2021\t198\t11 420\t388")


def test_a_header_row_with_the_case_number_labelled_and_a_running_header_row_with_its_date():
    from generator.importing import layout
    assert layout.furniture("Socialförvaltningen\t2023-11-06\tDnr SN 2023/0412")
    page = Block("Enköpings kommun\tTJÄNSTESKRIVELSE\tSida 2 av 4\nSlutrapport IOP Dagcentralen\t2023-11-06\tSN 2023/0412")
    text = Block("Föreningen har haft öppet fem dagar i veckan under hela perioden, och besökarna har fått frukost.")
    kept = layout.without_furniture([text, page, text, page, text])
    assert [block.text for block in kept] == [text.text] * 3
    # a table's rows that repeat are no page furniture
    table = Block("År\tDeltagare\n2021\t38\n2022\t45")
    assert layout.without_furniture([table, text, table]) == [table, text, table]


@pytest.mark.parametrize("sign", ["•", "o"])  # "o": Word's second-level bullet, as a PDF gives it
def test_attachments_listed_with_bullets_are_their_titles(tmp_path: Path, sign: str):
    document = variant(tmp_path, ("Bilaga\n\nSlutrapport i samband med upphörande av IOP\n",
                                  f"Bilagor\n{sign} Föreningens slutrapport 2021–2023\n{sign} Överenskommelse om IOP\n"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["attachments"] == [{"title": "Föreningens slutrapport 2021–2023"},
                                           {"title": "Överenskommelse om IOP"}]


def test_amounts_in_a_table_with_a_year_over_each_column():
    from generator.importing.reading import _table_amounts
    table = "År\t2022\t2023\t2024\nErsättning\t450 000:-\t450 000:-\t480 000:-\nTotalt\t450 000:-\t900 000:-\t1 380 000:-"
    assert [(a.amount, a.kind, a.years, a.sentence) for a in _table_amounts(table)] == [
        (450000, "per_year", [2022], "Ersättning\t450 000:-\t450 000:-\t480 000:-"),
        (450000, "per_year", [2023], "Ersättning\t450 000:-\t450 000:-\t480 000:-"),
        (480000, "per_year", [2024], "Ersättning\t450 000:-\t450 000:-\t480 000:-")]
    assert _table_amounts("Ersättning\t450 000:-\t480 000:-") == []  # no year over the columns: left to the text
    # Where the money came from, row by row: only the committee's row is the grant, and the sum of all is none of it.
    sources = ("Finansiering\t2022\t2023\tSumma\nBildningsnämnden (IOP)\t120 000 kr\t130 000 kr\t250 000 kr\n"
               "Studieförbundets egen insats\t45 000 kr\t52 000 kr\t97 000 kr\n"
               "Statsbidrag läxhjälp (Skolverket)\t60 000 kr\t60 000 kr\t120 000 kr\nSumma\t225 000 kr\t242 000 kr\t467 000 kr")
    assert [(int(a.amount), a.kind, a.years) for a in _table_amounts(sources)] == [
        (120000, "per_year", [2022]), (130000, "per_year", [2023])]
    # months of a year over a column, a column of sums, a one-off grant's row with dashes where it has no amount
    table = ("År\t2022*\tjan–jun 2025\tTotalt\nVerksamhetsbidrag\t210 000 kr\t110 000 kr\t320 000 kr\n"
             "Engångsbidrag\t45 000 kr\t–\t45 000 kr")
    assert [(a.amount, a.kind, a.years, a.start, a.end) for a in _table_amounts(table)] == [
        (210000, "per_year", [2022], None, None), (110000, "period", [], date(2025, 1, 1), date(2025, 6, 30)),
        (45000, "one_off", [2022], None, None)]


def test_a_table_of_years_with_budget_and_outcome_gives_what_was_paid():
    from generator.importing.reading import _table_amounts
    table = "År\tBudget\tUtfall\n2021\t250 000 kr\t185 000 kr\n2022\t650 000 kr\t650 000 kr"
    assert [(a.amount, a.kind, a.years, a.sentence) for a in _table_amounts(table)] == [
        (185000, "per_year", [2021], "2021\t250 000 kr\t185 000 kr"),
        (650000, "per_year", [2022], "2022\t650 000 kr\t650 000 kr")]
    assert _table_amounts("År\tDeltagare\tUtfall\n2021\t34\t41") == []  # no money: counts, not funding


def test_a_tables_sum_is_the_total_and_its_heading_may_lack_the_labels_cell():
    from generator.importing.reading import _table_amounts
    # a PDF's table whose heading row lost its empty first cell; one row of amounts: its sum is the total
    table = "2021\t2022\tTotalt\nBidrag från nämnden\t300 000 kr\t306 000 kr\t606 000 kr"
    assert [(a.amount, a.kind, a.years) for a in _table_amounts(table)] == [
        (300000, "per_year", [2021]), (306000, "per_year", [2022]), (606000, "total", [])]
    # several rows: the row of sums' sum column is the total, its other cells are no amounts of their own
    table = ("År\t2023\t2024\tTotalt\nVerksamhetsbidrag\t200 000 kr\t200 000 kr\t400 000 kr\n"
             "Startbidrag\t30 000 kr\t–\t30 000 kr\nSumma\t230 000 kr\t200 000 kr\t430 000 kr")
    assert [(a.amount, a.kind) for a in _table_amounts(table)] == [
        (200000, "per_year"), (200000, "per_year"), (30000, "one_off"), (430000, "total")]


def test_an_amount_per_agreement_year_of_an_agreement_that_does_not_follow_the_calendar_is_one_period_each():
    from generator.importing.grammar import funding_in
    from generator.importing.reading import _by_agreement_year

    def read(text: str, agreements: list) -> list:
        return [(a.amount, a.kind, a.start, a.end) for a in _by_agreement_year(funding_in(text), agreements)]

    april = [{"start": date(2021, 4, 1), "end": date(2024, 3, 31), "extended_to": date(2024, 6, 30)}]
    text = "Nämndens bidrag har uppgått till 420 tkr per avtalsår, där varje avtalsår har löpt från den 1 april."
    assert read(text, april) == [(420000, "period", date(2021, 4, 1), date(2022, 3, 31)),
                                 (420000, "period", date(2022, 4, 1), date(2023, 3, 31)),
                                 (420000, "period", date(2023, 4, 1), date(2024, 3, 31))]  # the extension has its own
    # the periods the sentence names, whatever the agreements say
    named = ("Ersättningen har uppgått till 420 000 kronor per verksamhetsår, det vill säga för perioderna 1 augusti "
             "2014–31 juli 2015 och 1 augusti 2015–31 juli 2016.")
    assert read(named, []) == [(420000, "period", date(2014, 8, 1), date(2015, 7, 31)),
                               (420000, "period", date(2015, 8, 1), date(2016, 7, 31))]
    # calendar years, an agreement not whole years long, yearly amounts that differ, "per år": per year, as before
    assert read(text, [{"start": date(2021, 1, 1), "end": date(2022, 12, 31)}]) == [(420000, "per_year", None, None)]
    assert read(text, [{"start": date(2021, 4, 1), "end": date(2022, 12, 31)}]) == [(420000, "per_year", None, None)]
    differ = "Bidraget var 380 000 kronor per avtalsår de två första åren och 395 000 kronor per avtalsår det tredje."
    assert [kind for _, kind, _, _ in read(differ, april)] == ["per_year", "per_year"]
    third = "Bidraget har uppgått till 420 000 kronor per avtalsår de två första åren och till 435 000 kronor det tredje."
    assert [kind for _, kind, _, _ in read(third, april)][0] == "per_year"
    # a total beside it is the same money: still one period each
    total = "Nämnden har lämnat 180 000 kronor per avtalsår, april till mars, totalt 540 000 kronor för hela perioden."
    assert [kind for _, kind, _, _ in read(total, april)] == ["period", "period", "period", "total"]
    extended = ("Nämnden har bidragit med 420 000 kronor per avtalsår under de tre avtalsåren och med 105 000 kronor "
                "för förlängningen den 1 april–30 juni 2024.")
    assert [(kind, start) for _, kind, start, _ in read(extended, april)] == [
        ("period", date(2021, 4, 1)), ("period", date(2022, 4, 1)), ("period", date(2023, 4, 1)),
        ("period", date(2024, 4, 1))]
    assert read("Bidraget var 420 tkr per år.", april) == [(420000, "per_year", None, None)]


def test_a_tables_dated_rows_stand_for_an_amount_a_sentence_gives_per_agreement_year(tmp_path: Path):
    document = tmp_path / "sala-gruvstugan.txt"
    document.write_text(
        "Slutrapport för IOP med Föreningen Gruvstugan\n\nEkonomi\n\n"
        "Överenskommelsen gällde från den 1 juli 2021 till och med den 30 juni 2024.\n\n"
        "Bidraget har uppgått till 420 000 kronor per avtalsår de två första avtalsåren och till 435 000 kronor det "
        "tredje avtalsåret.\n\n"
        "Period\tBidrag\n1 juli 2021–30 juni 2022\t420 000 kr\n1 juli 2022–30 juni 2023\t420 000 kr\n"
        "1 juli 2023–30 juni 2024\t435 000 kr\n", encoding="utf-8")
    funding = import_document(document, CONTENT, tmp_path / "out").draft.fields["funding"]
    assert [(f["amount"], f["kind"], f.get("start"), f["quote"].startswith("1 juli")) for f in funding] == [
        (420000, "period", date(2021, 7, 1), True), (420000, "period", date(2022, 7, 1), True),
        (435000, "period", date(2023, 7, 1), True)]


def test_a_table_with_its_caption_on_the_line_above_stays_a_table(tmp_path: Path):
    draft = draft_of(tmp_path, "Slutrapport för IOP med Föreningen Läsvänner\n\nBakgrund\n\nFöreningen Läsvänner har "
                     "sedan 2021 haft läsvänner på skolorna i kommunen, med stöd av nämnden.\n\nResultat\n\n"
                     "Tabell 1. Skolor, läsvänner och elever per termin\nTermin\tSkolor\tLäsvänner\tElever\n"
                     "Ht 2021\t4\t22\t138\nVt 2022\t4\t19\t121\n\nEkonomi\n\nTabell 2. Ersättning per period\n"
                     "Period\tDatum\tErsättning\nLäsåret 2021/22\t2021-08-16 – 2022-06-15\t190 000 kr\n"
                     "Ht 2022\t2022-08-15 – 2022-12-22\t95 000 kr\nSumma\t\t285 000 kr\n")
    _, results, money = draft.fields["sections"]
    assert results["paragraphs"] == ["Tabell 1. Skolor, läsvänner och elever per termin\nTermin\tSkolor\tLäsvänner\t"
                                     "Elever\nHt 2021\t4\t22\t138\nVt 2022\t4\t19\t121"]
    assert [(f["value"], f["unit"]) for f in draft.fields["figures"]] == [
        (4, "skolor"), (22, "läsvänner"), (138, "elever"), (4, "skolor"), (19, "läsvänner"), (121, "elever")]
    assert [(f["amount"], f["kind"], f.get("start"), f["quote"]) for f in draft.fields["funding"]] == [
        (190000, "period", date(2021, 8, 16), "Läsåret 2021/22\t2021-08-16 – 2022-06-15\t190 000 kr"),
        (95000, "period", date(2022, 8, 15), "Ht 2022\t2022-08-15 – 2022-12-22\t95 000 kr"),
        (285000, "total", None, "Summa\t\t285 000 kr")]


def test_a_row_of_sums_with_one_amount_is_the_total():
    from generator.importing.grammar import funding_in
    assert [(a.amount, a.kind) for a in funding_in("Summa\t\t1 150 000 kr")] == [(1150000, "total")]


def test_attachments_without_numbers_one_a_line_and_a_title_that_wraps(tmp_path: Path):
    document = variant(tmp_path, ("Bilaga\n\nSlutrapport i samband med upphörande av IOP\n",
                                  "Bilagor\n\nSlutrapport från föreningen Drömstort, september 2024\n"
                                  "Överenskommelse om idéburet offentligt partnerskap med\nföreningen Drömstort\n"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["attachments"] == [
        {"title": "Slutrapport från föreningen Drömstort, september 2024"},
        {"title": "Överenskommelse om idéburet offentligt partnerskap med föreningen Drömstort"}]


def test_a_box_of_facts_before_the_proposals_is_a_section_and_headings_in_capitals_are_headings(tmp_path: Path):
    from generator.importing.parse import looks_like_heading
    assert looks_like_heading(Block("FÖRVALTNINGENS BEDÖMNING")) and not looks_like_heading(Block("Anna Berg"))
    old = "Förvaltningens förslag till beslut\n"
    box = ("FAKTA OM PARTNERSKAPET\n\nPart\tFöreningen Drömstort\nAvtalsperiod\t2022-09-01 -- 2024-06-01\n\n"
           "Förvaltningens förslag till beslut\n")
    draft = import_document(variant(tmp_path, (old, box)), CONTENT, tmp_path / "out").draft
    assert draft.fields["title"] == "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort"
    assert draft.fields["sections"][0] == {"heading": "FAKTA OM PARTNERSKAPET", "paragraphs": [
        "Part\tFöreningen Drömstort\nAvtalsperiod\t2022-09-01 -- 2024-06-01"]}
    assert draft.fields["proposals"] == ["Enskede-Årsta-Vantörs stadsdelsnämnd godkänner och lägger slutrapporten till "
                                         "handlingarna."]


@pytest.mark.parametrize("table", [
    "Anders Carstorp\tJenny Johansson\nStadsdelsdirektör\tAvdelningschef",  # a column each
    "Anders Carstorp\tStadsdelsdirektör\nJenny Johansson\tAvdelningschef",  # a row each
])
def test_signatures_set_as_a_table(tmp_path: Path, table: str):
    old = ("Anders Carstorp\nStadsdelsdirektör\nEnskede-Årsta-Vantör\nstadsdelsförvaltning\n\n"
           "Jenny Johansson\nAvdelningschef\nEnskede-Årsta-Vantör\nstadsdelsförvaltning\n")
    document = variant(tmp_path, (old, "Socialförvaltningen\n\n" + table + "\n"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["signatories"] == [
        {"name": "Anders Carstorp", "title": "Stadsdelsdirektör", "unit": "Socialförvaltningen"},
        {"name": "Jenny Johansson", "title": "Avdelningschef", "unit": "Socialförvaltningen"}]


def test_the_meeting_planned_under_beslutsplanering(tmp_path: Path):
    old = "Till\nEnskede-Årsta-Vantörs\nstadsdelsnämnd 2024-08-22\n"
    new = "Till\nEnskede-Årsta-Vantörs stadsdelsnämnd\n"
    plan = "Beslutsplanering\n\nEnskede-Årsta-Vantörs stadsdelsnämnd 2024-08-22\n\nSammanfattning\n"
    draft = import_document(variant(tmp_path, (old, new), ("Sammanfattning\n", plan)), CONTENT, tmp_path / "out").draft
    assert draft.fields["meeting_date"] == date(2024, 8, 22)


SEED_APPROVALS = ("Attesterat av\n\nDetta dokument har godkänts digitalt av följande personer:\n\nNamn\tDatum\n"
                  "Anders Carstorp, Stadsdelsdirektör\t2024-08-16\nJenny Johansson, Avdelningschef\t2024-08-15")


@pytest.mark.parametrize("approvals, statement", [
    # headed only by their statement, a table under it
    ("Detta tjänsteutlåtande har godkänts elektroniskt av:\n\nNamn\tTitel\tDatum\n"
     "Anders Carstorp\tStadsdelsdirektör\t2024-08-16\nJenny Johansson\tAvdelningschef\t2024-08-15",
     "Detta tjänsteutlåtande har godkänts elektroniskt av:"),
    # the statement and its lines in one block, each "Namn, Titel, datum"
    ("Detta dokument har godkänts digitalt av följande personer:\nAnders Carstorp, Stadsdelsdirektör, 2024-08-16\n"
     "Jenny Johansson, Avdelningschef, 2024-08-15", "Detta dokument har godkänts digitalt av följande personer:"),
    # the participle before "digitalt", in a table of name and title, and date
    ("Dokumentet är signerat digitalt av:\n\nNamn\tDatum\nAnders Carstorp, Stadsdelsdirektör\t2024-08-16\n"
     "Jenny Johansson, Avdelningschef\t2024-08-15", "Dokumentet är signerat digitalt av:"),
])
def test_approvals_under_their_statement(tmp_path: Path, approvals: str, statement: str):
    draft = import_document(variant(tmp_path, (SEED_APPROVALS, approvals)), CONTENT, tmp_path / "out").draft
    assert draft.fields["approvals_statement"] == statement
    assert [(a["name"], a["title"], a["date"]) for a in draft.fields["approvals"]] == [
        ("Anders Carstorp", "Stadsdelsdirektör", date(2024, 8, 16)), ("Jenny Johansson", "Avdelningschef", date(2024, 8, 15))]


def test_a_committee_of_a_whole_municipality_the_footer_names(tmp_path: Path):
    old = "Till\nEnskede-Årsta-Vantörs\nstadsdelsnämnd 2024-08-22\n"
    footer = "\n\nMotala kommun, 591 86 Motala | Tel 0141-22 50 00 | www.motala.se | Sida 1 av 2\n\n"
    document = variant(tmp_path, (old, "Socialnämnden den 22 augusti 2024\n"),
                       ("Slutrapporten summerar", footer.lstrip("\n") + "Slutrapporten summerar"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["committee"] == "Socialnämnden"
    assert draft.fields["meeting_date"] == date(2024, 8, 22)
    assert draft.new_district["name"] == "Motala kommun"
    # without the footer, which municipality's committee it is is not said: no district named "Socialnämnden"
    document = variant(tmp_path, (old, "Socialnämnden den 22 augusti 2024\n"))
    draft = import_document(document, CONTENT, tmp_path / "out2").draft
    assert "district" not in draft.fields and "Socialnämnden" in draft.missing["district"]


def test_a_letterhead_table_with_the_case_officer_unlabelled(tmp_path: Path):
    old = "Handläggare\nEvelyn Garate Ormazabal\nTelefon: 08-50814997\n\n"
    new = ("ENSKEDE-ÅRSTA-VANTÖRS STADSDELSFÖRVALTNING\tTJÄNSTEUTLÅTANDE\nAvdelningen för barn och ungdom\t2024-08-01\n"
           "Evelyn Garate Ormazabal, utvecklingsledare\tDnr 1.2.3-456/2024\n08-508 149 97\n\n")
    draft = import_document(variant(tmp_path, (old, new)), CONTENT, tmp_path / "out").draft
    assert draft.fields["case_officer"] == {"name": "Evelyn Garate Ormazabal", "phone": "08-508 149 97"}
    assert draft.fields["case_number"] == "1.2.3-456/2024"
    assert draft.fields["title"] == "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort"


@pytest.mark.parametrize("beside", ["Utbildningsnämnden", "Till Äldrenämnden"])
def test_a_two_column_letterhead_with_the_officers_label_alone_in_its_left_column(tmp_path: Path, beside: str):
    old = "Handläggare\nEvelyn Garate Ormazabal\nTelefon: 08-50814997\n\n"
    # the right column beside the label is the committee, no name: the officer is the left column's next line
    new = (f"ENSKEDE-ÅRSTA-VANTÖRS STADSDELSFÖRVALTNING                  TJÄNSTEUTLÅTANDE\n\n"
           f"Handläggare                                                 {beside}\n"
           f"Evelyn Garate Ormazabal, utvecklingsledare                  Sammanträde 2024-08-22\n"
           f"Tel. 08-508 149 97\n\n")
    draft = import_document(variant(tmp_path, (old, new)), CONTENT, tmp_path / "out").draft
    assert draft.fields["case_officer"] == {"name": "Evelyn Garate Ormazabal", "phone": "08-508 149 97"}
    # a name beside the label is the officer's, however it is written; the line under it is not
    for name in ("Carl von Essen", "Anna B. Karlsson"):
        draft = import_document(variant(tmp_path, (old, new.replace(beside, name))), CONTENT, tmp_path / name).draft
        assert draft.fields["case_officer"]["name"] == name


def test_a_contact_at_the_administration_named_by_its_own_name_is_the_case_officer(tmp_path: Path):
    old = "Handläggare\nEvelyn Garate Ormazabal\nTelefon: 08-50814997\n\n"
    new = "Kontaktperson på stadsdelsförvaltningen: Evelyn Garate Ormazabal, tel. 08-508 149 97\n\n"
    draft = import_document(variant(tmp_path, (old, new)), CONTENT, tmp_path / "out").draft
    assert draft.fields["case_officer"] == {"name": "Evelyn Garate Ormazabal", "phone": "08-508 149 97"}


def test_a_known_name_that_goes_on_in_the_title_is_another_organisation(tmp_path: Path):
    old = "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort\n"
    # "Drömstort" is known (content/organisations.yml); "Drömstort Norr" is another organisation
    draft = import_document(variant(tmp_path, (old, "Idéburet offentligt partnerskap med Drömstort Norr ideell förening\n")),
                            CONTENT, tmp_path / "out").draft
    assert draft.fields["organisation"] != "dromstort"
    assert draft.new_organisation["name"] == "Drömstort Norr ideell förening"


def test_a_district_of_the_municipality_known_by_its_id(tmp_path: Path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    with (content / "districts.yml").open("a", encoding="utf-8") as districts:
        districts.write("\n- id: goteborg-centrum\n  name: Centrum\n  committee: Socialnämnden Centrum\n"
                        "\n- id: malmo-centrum\n  name: Centrum\n  committee: Socialnämnden Centrum\n")
    old = "Handläggare\nEvelyn Garate Ormazabal\nTelefon: 08-50814997\n\nTill\nEnskede-Årsta-Vantörs\nstadsdelsnämnd 2024-08-22\n"
    new = "Göteborgs Stad\nSocialförvaltningen Centrum\n\nTill Socialnämnden Centrum\n"
    draft = import_document(variant(tmp_path, (old, new)), content, tmp_path / "out").draft
    assert draft.fields["district"] == "goteborg-centrum"  # Malmö's committee of that name is another


def test_places_of_two_words_that_begin_as_place_names_do(tmp_path: Path):
    sentence = "barn och unga i Rågsved når skolframgång"
    new = "barn och unga i Kålltorp, Björkekärr och Stora Torp når skolframgång, och föreningen har mött dem i Blå Stället"
    fields = import_document(variant(tmp_path, (sentence, new)), CONTENT, tmp_path / "out").draft.fields
    assert {"Kålltorp", "Björkekärr", "Stora Torp"} <= set(fields["places"])
    assert "Stora" not in fields["places"] and not {"Blå", "Blå Stället"} & set(fields["places"])


@pytest.mark.parametrize("text, step", [
    ("Partnerskapet har därmed upphört. Föreningen har inte ansökt om en ny överenskommelse.", "ended"),
    ("Partnerskapet avslutades den 31 maj 2023, och någon ny överenskommelse är inte aktuell.", "ended"),
    ("Partnerskapet avslutades den 31 maj 2023. En ny överenskommelse tecknas för 2024.", None),
    ("Förvaltningen avser att under våren 2024 återkomma till nämnden med ett förslag om en ny överenskommelse.",
     "new_agreement"),
    ("Nämnden beslutade 2018 att ingå en ny överenskommelse för 2019. Den gällde till den 31 december 2019.", None),
    ("Överenskommelsen förlängdes, så att en eventuell ny överenskommelse skulle kunna följa kalenderåret.", None),
    # in the present tense, or an agreement not renewed; one that ran out says nothing of what follows
    ("Föreningen kan inte fortsätta verksamheten i samma form, och partnerskapet avslutas därför.", "ended"),
    ("Överenskommelsen löpte ut den 30 juni 2024 och förnyas inte.", "ended"),
    ("Överenskommelsen löpte ut den 30 juni 2021. Förvaltningen bedömer att målen har uppfyllts.", None),
    ("Partnerskapet upphörde den 30 juni 2019. Föreningen har valt att inte ansöka om ett nytt partnerskap.", "ended"),
    ("Överenskommelsen upphörde den 30 juni 2024. Förvaltningen bedömer att läxhjälpen kan fortsätta i en annan "
     "form än ett partnerskap, och något nytt IOP föreslås inte.", "ended"),
    ("Partnerskapet avslutades den 31 maj 2023. Ett nytt avtal planeras inte.", "ended"),
    # a new agreement of the partnership's past is no next one
    ("Därefter ingick parterna en ny överenskommelse som gällde till den 31 december 2023. Partnerskapet avslutades "
     "den 31 december 2023.", "ended"),
    # proposed, or what goes on in one; what goes on without a partnership has ended it
    ("Förvaltningen föreslår att kommunstyrelsen ingår en ny överenskommelse med föreningen för 2024–2025.",
     "new_agreement"),
    ("Verksamheten fortsätter sedan den 1 mars 2024 inom ramen för en ny överenskommelse.", "new_agreement"),
    # renegotiated first, before a new agreement is proposed
    ("Förvaltningen har inlett en omförhandling med föreningen om en ny överenskommelse. Ett förslag till ny "
     "överenskommelse kommer att lämnas till nämnden under hösten.", "renegotiation"),
    ("Överenskommelsen har löpt ut. Föreningen fortsätter verksamheten under 2024 med föreningsbidrag.", "ended"),
    ("När överenskommelsen löper ut fortsätter skateskolan inom föreningens ordinarie verksamhet.", "ended"),
])
def test_the_next_step_the_text_gives_when_the_proposals_do_not(text: str, step: str | None):
    from generator.importing.parse import Draft
    from generator.importing.reading import _next_step
    draft = Draft(fields={"proposals": ["Nämnden godkänner slutrapporten."]}, text=text)
    _next_step(draft)
    assert draft.fields.get("next_step") == step


FACT_BOX_REPORT = """Karlskoga kommun
Socialförvaltningen

TJÄNSTESKRIVELSE
2024-02-12
Dnr SN 2024/37

Socialnämnden

**Slutrapport – idéburet offentligt partnerskap med Familjeträffen Karlskoga**

Organisation: Familjeträffen Karlskoga, ideell förening
Avtalsperiod: 2021.01.01–2023.12.31
Kontaktperson: Helena Strand, verksamhetsledare
Handläggare: Johan Berglund, socialsekreterare, tfn 0586-614 27

**Förslag till beslut**

Socialnämnden föreslås godkänna slutrapporten och lägga den till handlingarna.

Bakgrund:

Familjeträffen Karlskoga bildades 2018 av en grupp föräldrar och tidigare förskolepersonal i Baggängen.

Partnerskapet hade två mål:

– att fler familjer ska ha en mötesplats,
– att fler föräldrar ska få stöd.

Mål 1: En mötesplats för familjer

Mötesplatsen har varit öppen fyra dagar i veckan under hela perioden.

Bedömning: Uppfyllt

Ekonomi:

Bidragen per år framgår av tabellen:

År\tÖverenskommelse\tBidrag
2021\t2021.01.01–2021.12.31\t300 000 kr
2022\t2022.01.01–2022.12.31\t300 000 kr
"""


def test_a_word_export_with_a_fact_box_colon_headings_and_bold_marks(tmp_path: Path):
    document = tmp_path / "faktaruta.txt"
    document.write_text(FACT_BOX_REPORT, encoding="utf-8")
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["title"] == "Slutrapport – idéburet offentligt partnerskap med Familjeträffen Karlskoga"
    assert "subtitle" not in draft.fields  # the box's lines are facts, not a line under the title
    assert draft.fields["case_officer"] == {"name": "Johan Berglund", "phone": "0586-614 27"}  # not the contact
    assert draft.fields["agreements"] == [{"start": date(2021, 1, 1), "end": date(2023, 12, 31)}]
    sections = draft.fields["sections"]
    assert [s["heading"] for s in sections] == ["Bakgrund", "Mål 1: En mötesplats för familjer", "Ekonomi"]
    assert sections[0]["paragraphs"][1] == "Partnerskapet hade två mål:"  # a lead-in to a list is text
    assert sections[1]["paragraphs"][-1] == "Bedömning: Uppfyllt"
    assert sections[2]["paragraphs"][0] == "Bidragen per år framgår av tabellen:"  # and to a table
    assert [(f["amount"], f["kind"], f.get("years")) for f in draft.fields["funding"]] == [
        (300000, "per_year", [2021]), (300000, "per_year", [2022])]  # a row dated a whole calendar year


def test_headings_numbered_with_a_parenthesis_and_the_closing_lines_of_a_signature(tmp_path: Path):
    from generator.importing.parse import looks_like_heading, heading_level
    assert looks_like_heading(Block("2) Sammanfattning")) and heading_level(Block("2) Sammanfattning")) == 1
    old = "Anders Carstorp\nStadsdelsdirektör\nEnskede-Årsta-Vantör\nstadsdelsförvaltning\n"
    new = ("Frågor besvaras av Evelyn Garate Ormazabal, utvecklingsledare, telefon 08-508 149 97.\n\n"
           "Enligt uppdrag\n\nAnders Carstorp\nStadsdelsdirektör\nEnskede-Årsta-Vantör\nstadsdelsförvaltning\n")
    officer = ("Handläggare\nEvelyn Garate Ormazabal\nTelefon: 08-50814997\n", "Handläggare: Evelyn Garate Ormazabal\n")
    draft = import_document(variant(tmp_path, (old, new), officer), CONTENT, tmp_path / "out").draft
    assert "Enligt uppdrag" not in [s["heading"] for s in draft.fields["sections"]]
    # the officer's phone from the closing sentence, where the letterhead gave only the name
    assert draft.fields["case_officer"] == {"name": "Evelyn Garate Ormazabal", "phone": "08-508 149 97"}


def test_a_fact_box_under_its_heading_gives_the_committee_and_sums_up_no_amount_twice(tmp_path: Path):
    report = FACT_BOX_REPORT.replace("Socialnämnden\n\n**Slutrapport", "**Slutrapport").replace(
        "Organisation: Familjeträffen Karlskoga, ideell förening\n",
        "Fakta om partnerskapet\nOrganisation: Familjeträffen Karlskoga, ideell förening\nNämnd: Socialnämnden\n"
        "Bidrag: 300 000 kr/år\n").replace(
        "Bidragen per år framgår av tabellen:", "Nämnden har bidragit med 300 000 kronor per år under 2021 och 2022.")
    document = tmp_path / "faktaruta.txt"
    document.write_text(report, encoding="utf-8")
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["committee"] == "Socialnämnden"
    box = draft.fields["sections"][0]
    assert box["heading"] == "Fakta om partnerskapet" and box["paragraphs"][:2] == [
        "Organisation: Familjeträffen Karlskoga, ideell förening", "Nämnd: Socialnämnden"]
    assert [(f["amount"], f["kind"], f.get("years"), f["quote"]) for f in draft.fields["funding"]] == [
        (300000, "per_year", [2021, 2022], "Nämnden har bidragit med 300 000 kronor per år under 2021 och 2022.")]


def test_a_page_break_in_a_table_and_a_running_header_set_with_wide_gaps(tmp_path: Path):
    from generator.importing import layout
    header = "LINKÖPINGS KOMMUN   TJÄNSTESKRIVELSE   2024-03-11   SN 2024-0123"
    assert layout.furniture(header)
    rows = "Aktivitet\t2021\t2022\nStödsamtal\t412\t688\nKvinnor som fått stöd\t118\t176"
    body = [Block(rows.rsplit("\n", 1)[0]), Block("Sida 2 (6)"), Block(header), Block(rows.rsplit("\n", 1)[1]),
            Block("1 Bakgrund"), Block("Jouren har funnits sedan 1982.")]
    assert [b.text for b in join_page_breaks(layout.without_furniture(body))] == [
        rows, "1 Bakgrund", "Jouren har funnits sedan 1982."]


@pytest.mark.parametrize("heading", ["Beslutet skickas till", "Expedieras", "Expediering", "Skickas till"])
def test_the_recipients_of_the_decision_are_a_section_not_signatories_or_attachments(tmp_path: Path, heading: str):
    old = "Bilaga\n\nSlutrapport i samband med upphörande av IOP\n"
    gap = "\n\n" if heading.startswith("Beslutet") else "\n"  # the recipients in the next block, or in the heading's
    new = (f"Bilaga\n\nSlutrapport i samband med upphörande av IOP\n\n{heading}{gap}"
           "Föreningen Drömstort\nAvdelningen för barn och ungdom\nEkonomienheten\n")
    draft = import_document(variant(tmp_path, (old, new)), CONTENT, tmp_path / "out").draft
    assert draft.fields["attachments"] == [{"title": "Slutrapport i samband med upphörande av IOP"}]
    assert [s["name"] for s in draft.fields["signatories"]] == ["Anders Carstorp", "Jenny Johansson"]
    # after the signatures, the document's last section, its recipients one per line (as the unseen corpus's
    # writers kept it, three of three)
    assert draft.fields["sections"][-1] == {"heading": heading, "paragraphs": [
        "Föreningen Drömstort\nAvdelningen för barn och ungdom\nEkonomienheten"]}
    assert heading not in draft.unplaced


def test_a_proposals_own_points_and_lessons_given_as_points():
    from generator.importing.reading import _listed
    assert _listed("Det som har fungerat väl är – att odlingarna har legat nära bostäderna, – att föreningen har haft "
                   "fasta träffar.") == ("Det som har fungerat väl är", [
                       "att odlingarna har legat nära bostäderna", "att föreningen har haft fasta träffar"])
    assert _listed("Som framgångsfaktorer lyfter parterna fram följande: – Verksamheten hålls på kända platser. "
                   "– Volontärerna träffas regelbundet.")[1] == [
                       "Verksamheten hålls på kända platser.", "Volontärerna träffas regelbundet."]
    assert _listed("Föreningen har haft läxhjälp – ibland två gånger i veckan.")[1] == []


def test_a_numbered_proposal_keeps_its_points(tmp_path: Path):
    old = "Enskede-Årsta-Vantörs stadsdelsnämnd godkänner och lägger slutrapporten till handlingarna.\n\nSammanfattning"
    new = ("1. Stadsdelsnämnden godkänner slutrapporten.\n\n2. Stadsdelsnämnden förlänger överenskommelsen, med följande "
           "förändringar:\n• en ytterligare grupp,\n• en halvårsrapport.\n\nSammanfattning")
    draft = import_document(variant(tmp_path, (old, new)), CONTENT, tmp_path / "out").draft
    assert draft.fields["proposals"] == ["Stadsdelsnämnden godkänner slutrapporten.",
                                         "Stadsdelsnämnden förlänger överenskommelsen, med följande förändringar: "
                                         "• en ytterligare grupp, • en halvårsrapport."]


def test_a_signatorys_title_and_unit_on_one_line(tmp_path: Path):
    old = "Jenny Johansson\nAvdelningschef\nEnskede-Årsta-Vantör\nstadsdelsförvaltning\n"
    draft = import_document(variant(tmp_path, (old, "Jenny Johansson\nVerksamhetschef, Individ och familj\n")),
                            CONTENT, tmp_path / "out").draft
    assert draft.fields["signatories"][1] == {"name": "Jenny Johansson", "title": "Verksamhetschef",
                                              "unit": "Individ och familj"}
    # what follows the comma in small letters is the title's own (as writers take it), an administration excepted
    for line, title, unit in (("Avdelningschef, äldreomsorg", "Avdelningschef, äldreomsorg", None),
                              ("Utvecklingsledare, socialförvaltningen", "Utvecklingsledare", "socialförvaltningen")):
        (tmp_path / title).mkdir()
        draft = import_document(variant(tmp_path / title, (old, f"Jenny Johansson\n{line}\n")), CONTENT,
                                tmp_path / title / "out").draft
        assert draft.fields["signatories"][1] == {"name": "Jenny Johansson", "title": title,
                                                  **({"unit": unit} if unit else {})}, line


def test_agreements_in_their_order_in_a_tables_column_and_ended_early():
    from generator.importing.parse import Draft
    from generator.importing.reading import _agreements
    draft = Draft()
    _agreements("Den första överenskommelsen gällde 2021-04-01–2021-12-31. Därefter tecknades årliga överenskommelser "
                "för 2022 och 2023. För första halvåret 2024 gäller en överenskommelse från 2024-01-01 till "
                "2024-06-30.", draft, [])
    assert draft.fields["agreements"] == [{"start": date(2021, 4, 1), "end": date(2021, 12, 31)}, {"year": 2022},
                                          {"year": 2023}, {"start": date(2024, 1, 1), "end": date(2024, 6, 30)}]
    draft = Draft()
    _agreements("Partnerskapet har genomförts genom årliga överenskommelser.", draft,
                ["År\tÖverenskommelse\tBidrag\n2020\t2020.01.01–2020.12.31\t400 000 kr\n2021\t2021.01.01–2021.12.31\t400 000 kr"])
    assert draft.fields["agreements"] == [{"start": date(2020, 1, 1), "end": date(2020, 12, 31)},
                                          {"start": date(2021, 1, 1), "end": date(2021, 12, 31)}]
    draft = Draft()
    _agreements("Överenskommelsen gällde för perioden 2021-01-01–2024-12-31. Föreningen sade upp överenskommelsen per "
                "den 30 juni 2023.", draft, [])
    assert draft.fields["agreements"] == [{"start": date(2021, 1, 1), "end": date(2023, 6, 30)}]
    draft = Draft()
    _agreements("Överenskommelsen gällde för perioden 2021-01-01–2024-12-31. En av handledarna sade upp sig den 1 mars "
                "2022.", draft, [])
    assert draft.fields["agreements"] == [{"start": date(2021, 1, 1), "end": date(2024, 12, 31)}]


def test_the_committee_in_the_genitive_before_its_meeting(tmp_path: Path):
    old = "Till\nEnskede-Årsta-Vantörs\nstadsdelsnämnd 2024-08-22\n"
    draft = import_document(variant(tmp_path, (old, "Till socialnämndens sammanträde 2024-08-22\n")), CONTENT,
                            tmp_path / "out").draft
    assert draft.fields["committee"] == "Socialnämnden" and draft.fields["meeting_date"] == date(2024, 8, 22)


def test_two_tables_each_with_its_heading_row_stay_two():
    first = Block("År\t2021\t2022\nStödsamtal\t412\t688")
    second = Block("År\t2021\t2022\nErsättning\t300 000 kr\t300 000 kr")
    assert [b.text for b in join_page_breaks([first, second])] == [first.text, second.text]


def test_a_template_of_questions_and_signatures_for_each_party():
    from generator.importing.parse import looks_like_heading, signature_table
    from generator.importing.extract import title_and_subtitle
    assert looks_like_heading(Block("Vad var syftet med partnerskapet?"))
    assert not looks_like_heading(Block("Har föreningen nått målen? Det har den i stort sett gjort."))
    assert signature_table(Block("För Välfärdsförvaltningen\tFör PRO Orsa\nMalin Jons\tGunnel Mattsson\n"
                                 "Enhetschef\tOrdförande")) == [
        ["Malin Jons", "Enhetschef", "Välfärdsförvaltningen"], ["Gunnel Mattsson", "Ordförande", "PRO Orsa"]]
    assert title_and_subtitle(["Slutrapport för idéburet offentligt partnerskap (IOP)", "Träffpunkt Digital vardag"])
    assert not title_and_subtitle(["Slutrapport – idéburet offentligt partnerskap med Föreningen",
                                   "Fyrbåken i Kalix 2020–2023"])


PROTOCOL_EXTRACT = """VINGÅKERS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 14 (27)
Bildningsnämnden\tSammanträdesdatum 2024-09-17

§ 112\tDnr BN 2023/187

Slutrapport – idéburet offentligt partnerskap med Studieförbundet Vida Sörmland

Ärendebeskrivning

Bildningsnämnden beslutade den 15 juni 2021 att ingå ett idéburet offentligt partnerskap med studieförbundet.

Justerandes signatur\tUtdragsbestyrkande

VINGÅKERS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 15 (27)
Bildningsnämnden\tSammanträdesdatum 2024-09-17

Beslut

Bildningsnämnden godkänner slutrapporten.
Folkhälsoutskottet föreslår kommunstyrelsen att förlänga överenskommelsen.

Justerandes signatur\tUtdragsbestyrkande
"""


def test_a_protocols_extract(tmp_path: Path):
    from generator.importing import layout
    assert layout.committee("Folkhälsoutskottet")
    document = tmp_path / "protokoll.txt"
    document.write_text(PROTOCOL_EXTRACT, encoding="utf-8")
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["title"] == "Slutrapport – idéburet offentligt partnerskap med Studieförbundet Vida Sörmland"
    assert draft.fields["case_number"] == "BN 2023/187"
    # what was decided, one sentence a proposal, though on lines of one block
    assert draft.fields["proposals"] == ["Bildningsnämnden godkänner slutrapporten.",
                                         "Folkhälsoutskottet föreslår kommunstyrelsen att förlänga överenskommelsen."]
    assert "Justerandes" not in repr(draft.fields["sections"])


def test_approval_lines_agreements_in_a_tables_period_column_and_lessons_under_lessons(tmp_path: Path):
    from generator.importing.parse import Draft
    from generator.importing.reading import _agreements, _lessons
    old = ("Attesterat av\n\nDetta dokument har godkänts digitalt av följande personer:\n\nNamn\tDatum\n"
           "Anders Carstorp, Stadsdelsdirektör\t2024-08-16\nJenny Johansson, Avdelningschef\t2024-08-15")
    new = "Godkänd av: Anders Carstorp, stadsdelsdirektör, 2024-08-16\nGodkänd av: Jenny Johansson, avdelningschef, 2024-08-15"
    draft = import_document(variant(tmp_path, (old, new)), CONTENT, tmp_path / "out").draft
    assert [(a["name"], a["title"], a["date"]) for a in draft.fields["approvals"]] == [
        ("Anders Carstorp", "stadsdelsdirektör", date(2024, 8, 16)), ("Jenny Johansson", "avdelningschef", date(2024, 8, 15))]
    draft = Draft()
    _agreements("Partnerskapet har omfattat tre överenskommelser.", draft,
                ["Överenskommelse\tPeriod\tBidrag\nFörsta\t2017-09-01 – 2018-06-30\t250 000 kr"])
    assert draft.fields["agreements"] == [{"start": date(2017, 9, 1), "end": date(2018, 6, 30)}]
    draft = Draft()
    _lessons([{"heading": "Lärdomar", "sections": [
        {"heading": "Det som har fungerat mindre bra", "paragraphs": ["Det har varit svårt att hitta platser."]}]},
        {"heading": "Föreningens reflektioner", "paragraphs": ["En framgångsfaktor har varit ledarna."]}], draft)
    assert draft.fields["lessons"] == {"challenges": ["Det har varit svårt att hitta platser."],
                                       "success_factors": ["En framgångsfaktor har varit ledarna."]}


def test_one_goals_assessment_is_not_the_outcome_and_what_worked_best_is_a_success():
    from generator.importing.parse import Draft
    from generator.importing.reading import _lessons, _outcome
    draft = Draft()
    _outcome("Förvaltningen har bedömt varje mål för sig. Mål 1, att minst 50 barn ska delta: målet är helt uppfyllt.",
             draft)
    assert "outcome" not in draft.fields
    draft = Draft()
    _lessons([{"heading": "Lärdomar", "paragraphs": ["Det som fungerat bäst är kursledarnas erfarenhet."]}], draft)
    assert draft.fields["lessons"]["success_factors"] == ["Det som fungerat bäst är kursledarnas erfarenhet."]


def test_page_numbers_between_dashes_footnote_marks_and_a_committee_in_capitals(tmp_path: Path):
    from generator.importing import layout
    from generator.importing.extract import _text_blocks
    assert layout.furniture("- 2 -") and layout.furniture("2/4")
    assert [b.text for b in _text_blocks("ohälsa¹.\n\n¹ Enligt verksamhetsberättelsen.\n\n200 m²")] == [
        "ohälsa.", "Enligt verksamhetsberättelsen.", "200 m²"]
    old = "Till\nEnskede-Årsta-Vantörs\nstadsdelsnämnd 2024-08-22\n"
    new = "SVEDALA KOMMUN     KULTUR- OCH FRITIDSNÄMNDEN\n     Sammanträde 2024-08-22\n"
    draft = import_document(variant(tmp_path, (old, new)), CONTENT, tmp_path / "out").draft
    assert draft.fields["committee"] == "Kultur- och fritidsnämnden"
    assert draft.fields["meeting_date"] == date(2024, 8, 22)


def test_proposals_headed_by_the_administrations_line_and_a_grant_given_besides():
    from generator.importing.parse import PROPOSALS
    assert PROPOSALS.match("Förvaltningen föreslår socialnämnden besluta")
    assert amounts_of("Därutöver beviljades föreningen 60 tkr under 2022 för inköp av ett växthus.") == [
        (60000, "one_off", [2022])]


def amounts_of(text: str) -> list[tuple]:
    from generator.importing.grammar import funding_in
    return [(a.amount, a.kind, a.years) for a in funding_in(text)]


def test_lessons_written_after_the_administrations_verdict():
    from generator.importing.parse import Draft
    from generator.importing.reading import _lessons
    draft = Draft()
    _lessons([{"heading": "Förvaltningens bedömning", "paragraphs": [
        "Förvaltningen bedömer att målen har uppfyllts. Det har varit svårt att jämföra åren.",
        "En utmaning har varit att rekrytera läxhjälpare. Föreningen har också haft svårt att nå elever i årskurs 9."]}],
        draft)
    assert draft.fields["lessons"] == {"challenges": ["En utmaning har varit att rekrytera läxhjälpare.",
                                                      "Föreningen har också haft svårt att nå elever i årskurs 9."],
                                       "success_factors": []}


def test_lessons_said_outright_in_the_assessment_and_elsewhere():
    from generator.importing.parse import Draft
    from generator.importing.reading import _lessons
    draft = Draft()
    _lessons([{"heading": "4. Bedömning", "paragraphs": [
        "Målen har delvis uppfyllts. Det har varit svårt att jämföra åren. Att föreningen har anställt unga ledare från "
        "orten har varit den viktigaste framgångsfaktorn."]},
        {"heading": "Genomförande", "paragraphs": ["Det har varit svårt att nå tjejer i Fränsta. Gården har öppet."]}],
        draft)
    assert draft.fields["lessons"] == {
        "challenges": ["Det har varit svårt att nå tjejer i Fränsta."],
        "success_factors": ["Att föreningen har anställt unga ledare från orten har varit den viktigaste framgångsfaktorn."]}


def test_lessons_as_points_in_the_paragraph_after_their_lead():
    from generator.importing.parse import Draft
    from generator.importing.reading import _lessons
    draft = Draft()
    _lessons([{"heading": "Lärdomar", "paragraphs": [
        "Vid en gemensam utvärdering i maj 2024 identifierade parterna följande utmaningar:",
        "• Båtförbindelserna till öarna gör det svårt att ordna träffar. • Föreningen har få volontärer.",
        "Parterna lyfte också fram följande framgångsfaktorer:",
        "• Samarbetet med hemtjänsten har fungerat. • Luncherna har varit en väg in."]}], draft)
    assert draft.fields["lessons"] == {
        "challenges": ["Båtförbindelserna till öarna gör det svårt att ordna träffar.", "Föreningen har få volontärer."],
        "success_factors": ["Samarbetet med hemtjänsten har fungerat.", "Luncherna har varit en väg in."]}
    # a point a paragraph, under a lead that says only "lärdomar": each point by what it says itself
    points = Draft()
    _lessons([{"heading": "Lärdomar", "paragraphs": [
        "Parterna har sammanfattat följande lärdomar:",
        "– Det uppsökande arbetet på gym och fritidsgårdar har varit den viktigaste framgångsfaktorn.",
        "– Samma kontaktperson hela vägen har minskat antalet avhopp.",
        "– Det har varit svårt att nå unga kvinnor."]}], points)
    assert points.fields["lessons"] == {
        "challenges": ["Det har varit svårt att nå unga kvinnor."],
        "success_factors": ["Det uppsökande arbetet på gym och fritidsgårdar har varit den viktigaste framgångsfaktorn."]}


def test_lessons_as_points_of_one_paragraph_with_no_lead_each_by_what_it_says():
    """A slide's "Lärdomar" over its points, joined into one paragraph: the first point is no lead that decides for
    the others, a dash inside a "•" point is no point's sign, and "- " points are points."""
    from generator.importing.parse import Draft
    from generator.importing.reading import _lessons
    draft = Draft()
    _lessons([{"heading": "Lärdomar", "paragraphs": [
        "• Fasta läxhjälpare som eleverna känner igen är det viktigaste. • Det är svårt att hitta nya ideella krafter "
        "– medelåldern bland de aktiva är hög. • Skolprogrammet lyckades för att lärarna var med från början.",
        "- Lokalen är för liten när fler än 60 personer kommer. - Digitaliseringen tog längre tid än vi trodde. "
        "- Vi lyckades inte nå föräldrarna."]}], draft)
    assert draft.fields["lessons"] == {
        "challenges": ["Det är svårt att hitta nya ideella krafter – medelåldern bland de aktiva är hög.",
                       "Lokalen är för liten när fler än 60 personer kommer.",
                       "Digitaliseringen tog längre tid än vi trodde."],
        "success_factors": ["Fasta läxhjälpare som eleverna känner igen är det viktigaste.",
                            "Skolprogrammet lyckades för att lärarna var med från början."]}


def test_what_was_valuable_is_a_success_and_what_the_people_served_find_hard_no_challenge():
    from generator.importing.parse import Draft
    from generator.importing.reading import _lessons
    draft = Draft()
    _lessons([{"heading": "Erfarenheter och slutsatser", "paragraphs": [
        "Partnerskapet har visat att äldre gärna tar emot hjälp av andra äldre. Hembesöken har varit särskilt värdefulla "
        "för äldre över 80 år som har svårt att ta sig hemifrån.",
        "Mentorprogrammet har fungerat tack vare att lokala företag har ställt upp.",
        "Föreningen har haft svårt att rekrytera nya volontärer."]}], draft)
    assert draft.fields["lessons"] == {
        "challenges": ["Föreningen har haft svårt att rekrytera nya volontärer."],
        "success_factors": ["Partnerskapet har visat att äldre gärna tar emot hjälp av andra äldre.",
                            "Hembesöken har varit särskilt värdefulla för äldre över 80 år som har svårt att ta sig "
                            "hemifrån.", "Mentorprogrammet har fungerat tack vare att lokala företag har ställt upp."]}


def test_what_made_it_work_is_a_success_in_the_lessons():
    from generator.importing.parse import Draft
    from generator.importing.reading import _lessons
    draft = Draft()
    said = ["Samarbetet med sfi-lärarna har också bidragit till att nå målgruppen.",
            "Närheten till skolan har gjort att barnen har kunnat gå till läxhjälpen på egen hand.",
            "Fasta tider och samma ledare skapar trygghet.", "Hemtjänstens personal är de bästa ambassadörerna."]
    _lessons([{"heading": "Lärdomar", "paragraphs": [*said, "Det är svårt att hitta nya ideella krafter."]}], draft)
    assert draft.fields["lessons"] == {"challenges": ["Det är svårt att hitta nya ideella krafter."],
                                       "success_factors": said}


def test_whom_the_decision_is_sent_under_the_proposals_is_no_proposal(tmp_path: Path):
    text = ("Slutrapport för idéburet offentligt partnerskap med Föreningen Studiebryggan\n\nFörslag till beslut\n\n"
            "att godkänna föreningens slutrapport, samt\natt partnerskapet avslutas den 30 juni 2024.\n\n"
            "Beslutet skickas till\nFöreningen Studiebryggan\nEkonomienheten\n\nBakgrund\n\n"
            "Föreningen har haft läxhjälp i Vansbro sedan hösten 2021 i ett idéburet offentligt partnerskap.\n")
    draft = draft_of(tmp_path, text)
    assert draft.fields["proposals"] == ["att godkänna föreningens slutrapport, samt",
                                         "att partnerskapet avslutas den 30 juni 2024."]


def test_a_protocols_header_with_its_page_number_under_sida_is_no_text(tmp_path: Path):
    from generator.importing.layout import furniture

    assert furniture("GAGNEFS KOMMUN                                        PROTOKOLLSUTDRAG                Sida")
    assert not furniture("Sida")  # (a word alone may be text)
    header = ("GAGNEFS KOMMUN                                        PROTOKOLLSUTDRAG                Sida\n"
              "Kommunstyrelsen                                       Sammanträdesdatum               {page} (2)\n"
              "                                                      2022-09-13\n\n\n")
    text = (header.format(page=1) + "Slutrapport för IOP med Dala-Floda bygdegårdsförening\n\nBakgrund\n\n"
            "Föreningen har haft öppet hus för ungdomar varje fredag sedan 2019. Att\n\n\n"
            "Justerandes sign                  Utdragsbestyrkande\n\n\f" + header.format(page=2)
            + "verksamheten har legat i bygdegården har sänkt trösklarna.\n")
    paragraphs = draft_of(tmp_path, text).fields["sections"][0]["paragraphs"]
    assert not any("PROTOKOLLSUTDRAG" in paragraph for paragraph in paragraphs)
    assert paragraphs[-1].endswith("Att verksamheten har legat i bygdegården har sänkt trösklarna.")


def test_a_lesson_said_outright_outside_the_lessons():
    from generator.importing.parse import Draft
    from generator.importing.reading import _lessons
    draft = Draft()
    _lessons([{"heading": "Fortsättning", "paragraphs": [
        "Överenskommelsen löpte ut den 31 mars 2024. Det som har fungerat bäst är att hjälpen ges av jämnåriga.",
        "Den största utmaningen har varit att hitta lokaler på landsbygden."]},
              {"heading": "Lärdomar", "paragraphs": ["Det som har fungerat bäst är att hjälpen ges av jämnåriga."]}],
             draft)
    assert draft.fields["lessons"] == {
        "challenges": ["Den största utmaningen har varit att hitta lokaler på landsbygden."],
        "success_factors": ["Det som har fungerat bäst är att hjälpen ges av jämnåriga."]}


@pytest.mark.parametrize("heading", ["Vad vi har lärt oss tillsammans", "Vad har ni lärt er?"])
def test_lessons_under_what_the_parties_learnt_together(heading: str):
    from generator.importing.parse import Draft
    from generator.importing.reading import _lessons
    draft = Draft()
    _lessons([{"heading": heading, "paragraphs": [
        "En utmaning har varit att nå äldre män.", "En framgångsfaktor har varit att aktiviteterna är enkla."]}], draft)
    assert draft.fields["lessons"] == {"challenges": ["En utmaning har varit att nå äldre män."],
                                       "success_factors": ["En framgångsfaktor har varit att aktiviteterna är enkla."]}


def test_a_forms_questions_of_what_worked_and_what_was_hard_give_the_lessons():
    from generator.importing.parse import Draft
    from generator.importing.reading import _lessons
    draft = Draft()
    _lessons([{"heading": "6. Vilka svårigheter har ni mött under perioden?",
               "paragraphs": ["Lokalerna i Sparreholm går inte att värma upp."]},
              {"heading": "7. Vad har fungerat särskilt bra?",
               "paragraphs": ["Unga ledare har gjort att de yngre känner sig trygga."]}], draft)
    assert draft.fields["lessons"] == {"challenges": ["Lokalerna i Sparreholm går inte att värma upp."],
                                       "success_factors": ["Unga ledare har gjort att de yngre känner sig trygga."]}


def test_a_signatorys_phone_is_no_unit_and_names_the_case_officer(tmp_path: Path):
    officer = ("Handläggare\nEvelyn Garate Ormazabal\nTelefon: 08-50814997\n\n", "")
    old = "Jenny Johansson\nAvdelningschef\nEnskede-Årsta-Vantör\nstadsdelsförvaltning\n"
    document = variant(tmp_path, officer, (old, "Jenny Johansson\nAvdelningschef\n08-508 143 21\n"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["signatories"][1] == {"name": "Jenny Johansson", "title": "Avdelningschef"}
    assert draft.fields["case_officer"] == {"name": "Jenny Johansson", "phone": "08-508 143 21"}


MEMO_WITH_REPORT = """LYSEKILS KOMMUN | Utbildningsförvaltningen | UN 2025/0008 | Sida 1 av 2

TJÄNSTESKRIVELSE
Diarienummer: UN 2025/0008
Handläggare:\tSanna Nordqvist, verksamhetschef
\tsanna.nordqvist@lysekil.se, 0523-61 33 72

Utbildningsnämndens sammanträde 2025-02-12

Slutrapport för idéburet offentligt partnerskap med Språkbryggan Lysekil 2022–2024

Sammanfattning av ärendet
Utbildningsnämnden har under 2022, 2023 och 2024 haft ett idéburet offentligt partnerskap med föreningen Språkbryggan.

Ärendet

Bakgrund
Språkbryggan Lysekil är en ideell förening som bildades 2019 av tidigare elever och volontärer i kommunen.

Förvaltningens bedömning
Förvaltningen bedömer att målen delvis har uppfyllts, eftersom jobbspåret inte har nått målet om deltagare.

Beslutet ska skickas till
Språkbryggan Lysekil

Beslutsunderlag
Tjänsteskrivelse 2025-01-13
Bilaga 1: Språkbryggans slutrapport 2022–2024

Ulrika Berglund\t\tSanna Nordqvist
Förvaltningschef\t\tVerksamhetschef

Lysekils kommun, 453 80 Lysekil • Tfn 0523-61 30 00 • www.lysekil.se

Bilaga 1: Språkbryggans slutrapport 2022–2024

Vad vi har gjort
Vi har haft språkcafé på biblioteket i Lysekil på tisdagar och torsdagar och i Brastad på onsdagar.

Vad har varit svårt?
Det har varit svårt att nå kvinnor med små barn, eftersom vi inte har kunnat erbjuda barnpassning.

Lysekil 2024-12-18

Ahmad Rahimi            Birgitta Holm
ordförande              kassör

Lysekils kommun, 453 80 Lysekil • Tfn 0523-61 30 00 • www.lysekil.se
"""


def test_a_memo_with_the_report_it_sends_after_its_signatures(tmp_path: Path):
    document = tmp_path / "memo.txt"
    document.write_text(MEMO_WITH_REPORT, encoding="utf-8")
    fields = import_document(document, CONTENT, tmp_path / "out").draft.fields
    # the committee's meeting in the genitive; the officer's phone beside the e-mail address
    assert (fields["committee"], str(fields["meeting_date"])) == ("Utbildningsnämnden", "2025-02-12")
    assert fields["case_officer"] == {"name": "Sanna Nordqvist", "phone": "0523-61 33 72"}
    assert fields["title"] == "Slutrapport för idéburet offentligt partnerskap med Språkbryggan Lysekil 2022–2024"
    # the memo's parts at the top, the report it sends (its line in "Beslutsunderlag" no running header) under its
    # own title; the memo's signatories and the report's (columns of tabs or of spaces), no place and date
    def outline(sections):  # type: ignore[no-untyped-def]
        return [(s["heading"], outline(s.get("sections", []))) for s in sections]
    assert outline(fields["sections"]) == [
        ("Sammanfattning av ärendet", []), ("Ärendet", [("Bakgrund", [])]), ("Förvaltningens bedömning", []),
        ("Beslutet ska skickas till", []),
        ("Bilaga 1: Språkbryggans slutrapport 2022–2024", [("Vad vi har gjort", []), ("Vad har varit svårt?", [])])]
    assert [(s["name"], s["title"]) for s in fields["signatories"]] == [
        ("Ulrika Berglund", "Förvaltningschef"), ("Sanna Nordqvist", "Verksamhetschef"),
        ("Ahmad Rahimi", "ordförande"), ("Birgitta Holm", "kassör")]
    assert fields["attachments"] == [{"title": "Språkbryggans slutrapport 2022–2024"}]


MEMO_LISTING_ITS_ATTACHMENT = """KARLSTADS KOMMUN
Arbetsmarknads- och socialförvaltningen

TJÄNSTESKRIVELSE                                        2025-02-10
                                                        Dnr AS-2025-00064

Handläggare: Mats Örnberg, utvecklingsstrateg

Arbetsmarknads- och socialnämnden

Slutrapport för idéburet offentligt partnerskap med Rudsfältets Grannar

Förslag till beslut
Arbetsmarknads- och socialnämnden godkänner slutrapporten och lägger den till handlingarna.

Ärendet
Nämnden ingick 2021 en överenskommelse om idéburet offentligt partnerskap med Rudsfältets Grannar om en
mötesplats för boende i Rudsfältet. Föreningen har lämnat den slutrapport som bifogas tjänsteskrivelsen.

Lena Håkansson                          Mats Örnberg
Förvaltningschef                        Utvecklingsstrateg

Bilaga
Slutrapport från Rudsfältets Grannar, januari 2025

Bilaga 1

RUDSFÄLTETS GRANNAR

Slutrapport – IOP Mötesplats Rudsfältet 2022–2024

Var vi har funnits
Mötesplatsen har legat i vår lokal i Kvarnnäs centrum, och vi har nått familjer i Kvarnnäs, Rud och
Orrholmen.

Vad vi har lärt oss
Det svåraste har varit att få tag på ideella läxhjälpare som kan komma varje vecka.

Karlstad den 20 januari 2025
För Rudsfältets Grannar

Amina Yusuf                             Göran Lindh
Ordförande                              Verksamhetsledare
"""


def test_a_memo_listing_its_attachment_then_sending_it_after_a_letterhead(tmp_path: Path):
    document = tmp_path / "memo.txt"
    document.write_text(MEMO_LISTING_ITS_ATTACHMENT, encoding="utf-8")
    fields = import_document(document, CONTENT, tmp_path / "out").draft.fields
    # the list of attachments ends where "Bilaga 1" begins the document; the organisation's name in capitals
    # over its title is a letterhead
    assert fields["attachments"] == [{"title": "Slutrapport från Rudsfältets Grannar, januari 2025"}]
    assert [s["heading"] for s in fields["sections"]] == ["Ärendet", "Slutrapport – IOP Mötesplats Rudsfältet 2022–2024"]
    assert [s["heading"] for s in fields["sections"][1]["sections"]] == ["Var vi har funnits", "Vad vi har lärt oss"]
    # whom the report's signatories sign for, under the place and date they signed
    assert [(s["name"], s.get("unit")) for s in fields["signatories"]] == [
        ("Lena Håkansson", None), ("Mats Örnberg", None), ("Amina Yusuf", "Rudsfältets Grannar"),
        ("Göran Lindh", "Rudsfältets Grannar")]
    assert "Karlstad den 20 januari 2025" not in repr(fields["sections"])
    # "i Kvarnnäs centrum" is no genitive: the text has "i Kvarnnäs," too; "Det svåraste" is a challenge
    assert "Kvarnnäs" in fields["places"] and "Kvarnnä" not in fields["places"]
    assert fields["lessons"]["challenges"] == [
        "Det svåraste har varit att få tag på ideella läxhjälpare som kan komma varje vecka."]


MEMO_SIGNED_AT_THE_TOP = """Tjänsteutlåtande
Dnr FA 2025/214

Farsta stadsdelsnämnd

Slutrapport för idéburet offentligt partnerskap med Hökarängens Seniorgemenskap

Förvaltningens förslag till beslut

1. Farsta stadsdelsnämnd godkänner slutrapporten.

Ann-Christin Berg                        Håkan Sjöberg
Stadsdelsdirektör                        Avdelningschef

Sammanfattning

Föreningen har drivit en träffpunkt för äldre i Hökarängen sedan 2022. Träffpunkten har haft öppet fyra dagar i veckan.

Förvaltningens synpunkter och förslag

Förvaltningens bedömning är att målen för partnerskapet har uppfyllts. Antalet besökare har ökat varje år.

Bilagor

1. Slutrapport – Träffpunkt Hökarängen 2022–2024

Bilaga 1

Slutrapport – Träffpunkt Hökarängen 2022–2024
Hökarängens Seniorgemenskap, januari 2025

Om oss

Hökarängens Seniorgemenskap är en ideell förening som startade 2019 i Hökarängen.
"""


def test_a_memo_signed_under_its_proposals_then_sending_a_document_it_lists(tmp_path: Path):
    document = tmp_path / "memo.txt"
    document.write_text(MEMO_SIGNED_AT_THE_TOP, encoding="utf-8")
    fields = import_document(document, CONTENT, tmp_path / "out").draft.fields
    # the memo's text after its signatures stays its text; "Bilaga 1" over the title the list of attachments
    # gives begins that document, though no signature stands right above it
    assert [s["heading"] for s in fields["sections"]] == [
        "Sammanfattning", "Förvaltningens synpunkter och förslag", "Slutrapport – Träffpunkt Hökarängen 2022–2024"]
    assert [s["heading"] for s in fields["sections"][2]["sections"]] == ["Om oss"]
    assert [s["name"] for s in fields["signatories"]] == ["Ann-Christin Berg", "Håkan Sjöberg"]


REPORT_IN_CAPITALS = """GRANNKRAFT NORRBY
Ideell förening
Norrbyvägen 12, 891 41 Örnsköldsvik

Till: Socialnämnden, Örnsköldsviks kommun

Örnsköldsvik den 15 oktober 2024

SLUTRAPPORT – IDÉBURET OFFENTLIGT PARTNERSKAP 2022–2024
Träffpunkt Norrby – en mötesplats för nya och gamla övikare

INLEDNING

Det här är Grannkraft Norrbys slutrapport för det idéburna offentliga partnerskapet med socialnämnden.

LÄRDOMAR

Det som har varit svårt

Det har varit svårt att hitta lokaler som räcker till alla som vill komma.

FRAMÅT

Vi vill fortsätta träffpunkten och föreslår att överenskommelsen förlängs med ett år.

FÖRSLAG TILL SOCIALNÄMNDEN

Föreningen föreslår att socialnämnden

1. godkänner föreningens slutrapport för partnerskapet 2022–2024,

2. förlänger överenskommelsen med Grannkraft Norrby till och med den 31 december 2025.

KONTAKT

Amina Yusuf, verksamhetsledare
Telefon 070-284 19 63
amina.yusuf@grannkraftnorrby.se
"""


def test_an_organisations_own_report_with_its_letterhead_headings_in_capitals_and_a_contact(tmp_path: Path):
    document = tmp_path / "report.txt"
    document.write_text(REPORT_IN_CAPITALS, encoding="utf-8")
    fields = import_document(document, CONTENT, tmp_path / "out").draft.fields
    # the sender's name over its address is a letterhead, no title
    assert fields["title"] == "SLUTRAPPORT – IDÉBURET OFFENTLIGT PARTNERSKAP 2022–2024"
    assert fields["subtitle"] == "Träffpunkt Norrby – en mötesplats för nya och gamla övikare"
    # a heading in capitals after a heading in capitals with headings in lower case under it is beside it
    assert [(s["heading"], [c["heading"] for c in s.get("sections", [])]) for s in fields["sections"]] == [
        ("INLEDNING", []), ("LÄRDOMAR", ["Det som har varit svårt"]), ("FRAMÅT", [])]
    assert fields["proposals"] == ["godkänner föreningens slutrapport för partnerskapet 2022–2024,",
                                   "förlänger överenskommelsen med Grannkraft Norrby till och med den 31 december 2025."]
    assert fields["case_officer"] == {"name": "Amina Yusuf", "phone": "070-284 19 63"}


@pytest.mark.parametrize("label", ["Direkttelefon:", "Direktnummer", "Telefonnummer:", "Mobiltelefon:", "Mobilnummer",
                                   "Tfn"])
def test_a_direct_phone_in_the_letterhead_is_the_officers_and_never_the_title(tmp_path: Path, label: str):
    document = variant(tmp_path, ("Telefon: 08-50814997", f"{label} 08-508 149 97"))
    fields = import_document(document, CONTENT, tmp_path / "out").draft.fields
    assert fields["case_officer"] == {"name": "Evelyn Garate Ormazabal", "phone": "08-508 149 97"}
    assert fields["title"] == "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort"


def test_an_approval_said_in_the_passive_and_a_numbered_heading_over_its_text():
    from generator.importing.extract import unwrap
    from generator.importing.parse import APPROVED

    assert APPROVED.match("Dokumentet är elektroniskt godkänt:")
    text = "Aspenhuset har haft öppet fyra dagar i veckan, med frukost och lunch för besökarna varje dag."
    assert [b.text for b in unwrap([Block(f"2. Verksamheten\n{text}")])] == ["2. Verksamheten", text]
    # alone in its block, over a paragraph of one short sentence
    assert [b.text for b in unwrap([Block("Målen och hur de har uppfyllts\nÖverenskommelsen hade tre mål.")])] == [
        "Målen och hur de har uppfyllts", "Överenskommelsen hade tre mål."]
    proposal = ["1. Nämnden godkänner slutrapporten för", "det idéburna offentliga partnerskapet med föreningen Aspenhuset."]
    assert len(unwrap([Block("\n".join(proposal))])) == 1  # a proposal's first line, wrapped: no heading


def test_a_table_set_in_columns_of_spaces_keeps_its_rows():
    from generator.importing.extract import unwrap

    table = ("Avtalsår                        Bidrag\n2020-07-01 – 2021-06-30         380 tkr\n"
             "2021-07-01 – 2022-06-30         395 tkr (förlängning)")
    assert [b.text for b in unwrap([Block(table)])] == [
        "Avtalsår\tBidrag\n2020-07-01 – 2021-06-30\t380 tkr\n2021-07-01 – 2022-06-30\t395 tkr (förlängning)"]


def test_an_amount_per_school_year_is_one_for_each_agreement_of_a_school_year():
    from generator.importing.parse import Draft
    from generator.importing.reading import _funding_and_figures

    sentence = "Föreningen har fått 150 000 kronor per läsår från barn- och utbildningsnämnden."
    draft = Draft()
    draft.fields["agreements"] = [{"start": date(2021, 8, 1), "end": date(2022, 6, 30)},
                                  {"start": date(2022, 8, 1), "end": date(2023, 6, 30)}]
    _funding_and_figures(sentence, [], draft)
    assert [(f["amount"], f["kind"], f.get("start"), f.get("end")) for f in draft.fields["funding"]] == [
        (150000, "period", date(2021, 8, 1), date(2022, 6, 30)), (150000, "period", date(2022, 8, 1), date(2023, 6, 30))]
    # One agreement over three school years: which of its days each school year had, the text does not say.
    draft = Draft()
    draft.fields["agreements"] = [{"start": date(2021, 8, 1), "end": date(2024, 6, 30)}]
    _funding_and_figures(sentence, [], draft)
    assert [(f["amount"], f["kind"]) for f in draft.fields["funding"]] == [(150000, "per_year")]


def test_a_tables_amounts_stay_where_a_sentence_gives_them_without_saying_their_kind(tmp_path: Path):
    from generator.importing.parse import Draft
    from generator.importing.reading import _funding_and_figures

    table = "År\tBidrag\tDeltagare\n2022\t180 000 kr\t96\n2023\t195 000 kr\t121"
    sentence = "Kommunens bidrag var 180 000 kr 2022 och 195 000 kr 2023."
    draft = Draft()
    _funding_and_figures(f"{sentence}\n\n{table}", [table], draft)
    assert [(f["amount"], f["kind"], f["years"], f["quote"]) for f in draft.fields["funding"]] == [
        (180000, "per_year", [2022], "2022\t180 000 kr\t96"), (195000, "per_year", [2023], "2023\t195 000 kr\t121")]
    # The same with the table first: its rows stand for the sentence still.
    draft = Draft()
    _funding_and_figures(f"{table}\n\n{sentence}", [table], draft)
    assert [f["quote"] for f in draft.fields["funding"]] == ["2022\t180 000 kr\t96", "2023\t195 000 kr\t121"]


def test_the_kind_of_report_over_its_title_is_no_title_and_a_subtitle_is_no_paragraph_cut_by_a_page(tmp_path: Path):
    title = ("Gemensam slutrapport för idéburet offentligt partnerskap mellan Socialnämnden Sydväst och Föreningen "
             "Unga Ledare i Frölunda")
    subtitle = "Öppen hall, ledarutbildning och lovaktiviteter i Tynnered och Grevegården 2021–2023"
    document = tmp_path / "joint.txt"
    document.write_text(f"Göteborgs Stad\nSocialförvaltningen Sydväst\n\nGEMENSAM SLUTRAPPORT\nDiarienummer: N134-0211/24\n\n"
                        f"Till Socialnämnden Sydväst, sammanträde 2024-03-19\n\n{title}\n\n{subtitle}\n\n"
                        "Sammanfattning\n\nFöreningen har drivit en öppen hall för unga i Tynnered sedan 2021.\n",
                        encoding="utf-8")
    fields = import_document(document, CONTENT, tmp_path / "out").draft.fields
    assert (fields["title"], fields["subtitle"]) == (title, subtitle)


def test_a_unit_over_each_column_of_names_and_a_header_set_in_columns(tmp_path: Path):
    from generator.importing.extract import unwrap

    header = ("AVESTA KOMMUN                                               1 (3)\nKommunledningsförvaltningen\n"
              "Samhällsutveckling                                          Datum 2022-09-05")
    assert [b.text for b in unwrap([Block(header)])] == [header]  # its lines are no paragraph
    old = "Jenny Johansson\nAvdelningschef\nEnskede-Årsta-Vantör\nstadsdelsförvaltning\n"
    draft = import_document(variant(tmp_path, ("Anders Carstorp\n", "SOCIALFÖRVALTNINGEN\n\nAnders Carstorp\n"),
                                    (old, "Jenny Johansson\nAvdelningschef\n")), CONTENT, tmp_path / "out").draft
    assert draft.fields["signatories"][1]["unit"] == "Socialförvaltningen"  # a unit in capitals, as it is written
    from generator.importing.parse import Draft, _closing
    columns = Draft()
    _closing([Block("Kungsholmens stadsdelsförvaltning      För Seniorföreningen Silverstigen\n(enhet)"),
              Block("Karin Öhrvall\tBirgitta Ekholm\nStadsdelsdirektör\tOrdförande")], [], columns, [])
    assert [(s["name"], s["unit"]) for s in columns.fields["signatories"]] == [
        ("Karin Öhrvall", "Kungsholmens stadsdelsförvaltning"), ("Birgitta Ekholm", "Seniorföreningen Silverstigen")]
    # the association's own chair and leader, under the administration's name above: not of the administration
    association = Draft()
    _closing([Block("Arbetsmarknadsförvaltningen\n(enhet)"), Block("Karin Olofsson\nOrdförande"),
              Block("Elin Persson\nVerksamhetsledare"), Block("Per Berg\nEnhetschef")], [], association, [])
    assert [(s["name"], s.get("unit")) for s in association.fields["signatories"]] == [
        ("Karin Olofsson", None), ("Elin Persson", None), ("Per Berg", "Arbetsmarknadsförvaltningen")]
    # the row of units in a block of its own, under the place and date: no heading, and each column's unit
    from generator.importing.parse import _split_closing_one, _units_in_columns
    apart = Draft()
    body, signatures, _ = _split_closing_one([
        Block("Föreningen fortsätter med egna medel."), Block("Linköping den 3 april 2024"),
        Block("Socialförvaltningen\tFöreningen Stödpunkten i Linköping"),
        Block("Per Hansson\tLeila Ahmadi\nSocialdirektör\tOrdförande")], apart)
    assert [b.text for b in body] == ["Föreningen fortsätter med egna medel."]
    _closing(signatures, [], apart, [])
    assert [(s["name"], s["title"], s["unit"]) for s in apart.fields["signatories"]] == [
        ("Per Hansson", "Socialdirektör", "Socialförvaltningen"),
        ("Leila Ahmadi", "Ordförande", "Föreningen Stödpunkten i Linköping")]
    # two people's names side by side are signatures, not their units
    assert not _units_in_columns("Per Hansson\tLeila Ahmadi")


def test_signatures_a_name_and_title_a_line():
    from generator.importing.parse import Draft, _closing, is_signature
    block = Block("Camilla Holm, förvaltningschef\nUlf Bengtsson, enhetschef, förebyggande enheten\n"
                  "Sara Lind, folkhälsoplanerare")
    assert is_signature(block)
    draft = Draft()
    _closing([block], [], draft, [])
    assert draft.fields["signatories"] == [{"name": "Camilla Holm", "title": "förvaltningschef"},
                                           {"name": "Ulf Bengtsson", "title": "enhetschef", "unit": "förebyggande enheten"},
                                           {"name": "Sara Lind", "title": "folkhälsoplanerare"}]
    # an association's board signs too: its chair and its treasurer
    board = Draft()
    _closing([Block("Oskar Lind, ordförande\nLinnea Sjöberg, kassör")], [], board, [])
    assert board.fields["signatories"] == [{"name": "Oskar Lind", "title": "ordförande"},
                                           {"name": "Linnea Sjöberg", "title": "kassör"}]
    # a sentence, or a line without a role, is no signature
    assert not is_signature(Block("Anna Berg, som leder caféet, har slutat"))
    assert not is_signature(Block("Stora Torget, Alingsås"))


def test_a_known_organisation_in_a_title_in_capitals(tmp_path: Path):
    title = "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort"
    draft = import_document(variant(tmp_path, (title + "\n", title.upper() + "\n")), CONTENT, tmp_path / "out").draft
    assert draft.fields["organisation"] == "dromstort" and draft.new_organisation is None
    assert "organisation" not in draft.uncertain  # named in the title, not only in the text


def test_the_committee_that_decides_after_its_working_committee(tmp_path: Path):
    old = "Till\nEnskede-Årsta-Vantörs\nstadsdelsnämnd 2024-08-22\n"
    lines = "Socialnämndens arbetsutskott 2024-04-10\nSocialnämnden 2024-04-24\n"
    draft = import_document(variant(tmp_path, (old, lines)), CONTENT, tmp_path / "out").draft
    assert (draft.fields["committee"], str(draft.fields["meeting_date"])) == ("Socialnämnden", "2024-04-24")
    assert draft.found.count("committee") == 1  # the summary names it once


def test_a_memos_part_is_at_the_top_unless_under_the_administrations_view():
    from generator.importing.parse import Draft, _sections

    def outline(texts: list[str]) -> list[tuple[str, list[str]]]:
        sections = _sections([Block(text) for text in texts], Draft())
        return [(s["heading"], [c["heading"] for c in s.get("sections", [])]) for s in sections]
    text = "Förvaltningen bedömer att partnerskapet har nått sina mål under perioden och bör fortsätta."
    assert outline(["Ärendet", "Bakgrund", text, "Barnrättsperspektiv", text]) == [
        ("Ärendet", ["Bakgrund"]), ("Barnrättsperspektiv", [])]
    assert outline(["Förvaltningens synpunkter och förslag", "Bedömning", text, "Barnrättsperspektiv", text]) == [
        ("Förvaltningens synpunkter och förslag", ["Bedömning", "Barnrättsperspektiv"])]
    # Stockholm's template: the parts of the report a main section elsewhere ("Ekonomi", "Erfarenheter") stay under it
    assert outline(["Förvaltningens synpunkter och förslag", "Genomförd verksamhet", text, "Ekonomi", text,
                    "Erfarenheter", text]) == [
        ("Förvaltningens synpunkter och förslag", ["Genomförd verksamhet", "Ekonomi", "Erfarenheter"])]
    assert outline(["Bakgrund", text, "Genomförd verksamhet", text, "Ekonomi", text]) == [
        ("Bakgrund", []), ("Genomförd verksamhet", []), ("Ekonomi", [])]


def test_each_document_a_memo_sends_heads_its_own_sections(tmp_path: Path):
    second = ("Bilaga 2: Förvaltningens uppföljning 2024\n\nUppföljningen\nFörvaltningen har besökt språkcaféet fyra "
              "gånger och träffat föreningens styrelse två gånger under året.\n")
    document = tmp_path / "memo.txt"
    document.write_text(MEMO_WITH_REPORT + "\n" + second, encoding="utf-8")
    fields = import_document(document, CONTENT, tmp_path / "out").draft.fields
    assert [(s["heading"], [c["heading"] for c in s.get("sections", [])]) for s in fields["sections"]][-2:] == [
        ("Bilaga 1: Språkbryggans slutrapport 2022–2024", ["Vad vi har gjort", "Vad har varit svårt?"]),
        ("Bilaga 2: Förvaltningens uppföljning 2024", ["Uppföljningen"])]


def test_a_memo_head_with_the_officers_phone_and_e_mail_in_cells_beside_the_name(tmp_path: Path):
    document = variant(tmp_path, ("Handläggare\nEvelyn Garate Ormazabal\nTelefon: 08-50814997\n",
                                  "Handläggare: Evelyn Garate Ormazabal\tTfn 08-508 149 97\tE-post evelyn@example.se\n"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["case_officer"] == {"name": "Evelyn Garate Ormazabal", "phone": "08-508 149 97"}


def test_a_fact_box_set_as_a_table_of_labels_and_values_is_no_subtitle(tmp_path: Path):
    document = variant(tmp_path, ("Slutrapport i samband med upphörande av IOP\n",
                                  "Slutrapport i samband med upphörande av IOP\n\nOrganisation\tFöreningen Drömstort\n"
                                  "Överenskommelse\tIdéburet offentligt partnerskap (IOP)\n"
                                  "Avtalsperiod\t2022-09-01 – 2024-06-01\n"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["subtitle"] == "Slutrapport i samband med upphörande av IOP"
    assert "Överenskommelse: Idéburet offentligt partnerskap (IOP)" in draft.facts


def test_a_memo_head_set_as_a_form_with_a_page_number_and_the_kind_promemoria(tmp_path: Path):
    document = variant(tmp_path, ("\n\nHandläggare\nEvelyn Garate Ormazabal\n",
                                  "PROMEMORIA\n\nDatum\tDiarienummer\tSida\n2024-08-01\tEÅV 2024/77\t1 (3)\n\n"
                                  "Handläggare\nEvelyn Garate Ormazabal\n"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["case_number"] == "EÅV 2024/77"
    assert draft.fields["title"] == "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort"
    assert draft.dated == date(2024, 8, 1)


@pytest.mark.parametrize("sentence", [
    # decided before the report, but beginning after it, or running on for years after it: the next agreement
    "Nämnden beslutade den 12 juni 2024 att ingå en ny överenskommelse med föreningen för perioden 1 september "
    "2024 – 31 augusti 2027.",
    "Nämnden beslutade den 12 maj 2024 att ingå en ny överenskommelse med föreningen för perioden 1 juni "
    "2024 – 31 maj 2027.",
    # told by its years, alone or beside its dates
    "Nämnden har redan beslutat om en ny överenskommelse med föreningen för 2025–2026.",
    "Nämnden har beslutat om en ny överenskommelse för 2024–2026. Den gäller från 1 juni 2024 till och med "
    "31 december 2026.",
])
def test_an_agreement_after_the_report_is_its_next_step_not_one_it_reports_on(tmp_path: Path, sentence: str):
    document = variant(tmp_path, ("\n\nHandläggare\n", "\n\nDatum 2024-08-01\n\nHandläggare\n"),
                       ("Överenskommelsen upphörde att gälla den 1 juni 2024.\n\nSlutrapporten",
                        f"Överenskommelsen upphörde att gälla den 1 juni 2024. {sentence}\n\nSlutrapporten"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["agreements"] == [{"start": date(2022, 9, 1), "end": date(2024, 6, 1)}]
    assert "efter rapportens datum (2024-08-01)" in draft.uncertain["agreements"]
    assert "togs inte med (20" in draft.uncertain["agreements"]  # which, by its dates or years, for staff to check


def test_an_agreement_decided_to_begin_after_the_report_is_the_next_step_where_the_proposals_say_nothing():
    from generator.importing.parse import Draft
    from generator.importing.reading import _next_step
    text = "Socialnämnden beslutade den 23 oktober 2024 att ingå en ny överenskommelse med föreningen."
    after = Draft(fields={"proposals": ["Nämnden godkänner slutrapporten."]}, text=text,
                  later=[{"start": date(2025, 1, 1), "end": date(2027, 12, 31)}])
    _next_step(after)
    assert after.fields["next_step"] == "new_agreement"
    before = Draft(fields={"proposals": ["Nämnden godkänner slutrapporten."]}, text=text)  # a past one, perhaps
    _next_step(before)
    assert "next_step" not in before.fields


@pytest.mark.parametrize("text, expected", [
    ("Outnyttjade medel om 18 400 kronor för 2023 har betalats tillbaka till kommunen.", [(18400, "repaid")]),
    ("Föreningen har redovisat att 12 000 kronor av bidraget inte har förbrukats.", [(12000, "repaid")]),
    # what the organisation spent is no funding
    ("Föreningens kostnader för verksamheten uppgick till 896 650 kronor under perioden.", []),
])
def test_money_paid_back_or_spent(text: str, expected: list[tuple[int, str]]):
    from generator.importing.grammar import funding_in
    assert [(a.amount, a.kind) for a in funding_in(text)] == expected


def test_a_table_of_money_gives_no_counts():
    from generator.importing.reading import _table_counts
    assert _table_counts("Kronor\t2021\t2022\nErsättning från nämnden\t320 000\t320 000\n"
                         "Föreningens kostnader\t296 800\t327 450") == []


@pytest.mark.parametrize("text, outcome", [
    # "delvis" said of the goals as a whole, whatever the explanation after it counts
    ("Förvaltningen bedömer att partnerskapets mål delvis har uppfyllts: tre av fyra mål har nåtts.",
     "goals_partly_met"),
    # one goal's verdict is not the partnership's
    ("Mål 2, att fler ska delta: målet är delvis uppfyllt.", None),
    # nor each goal's in turn, nor a question, nor what a report says it will tell
    ("Fler barn deltar.\n\nBedömning: Målet är uppnått.\n\nFler flickor deltar.\n\nBedömning: Målet är delvis uppnått.",
     None),
    ("Har vi nått målen?", None),
    ("Rapporten beskriver vad som genomförts och hur målen har uppfyllts.", None),
])
def test_the_outcome_from_the_assessment_of_the_goals_as_a_whole(text: str, outcome: str | None):
    from generator.importing.parse import Draft
    from generator.importing.reading import _outcome
    draft = Draft()
    _outcome(text, draft)
    assert draft.fields.get("outcome") == outcome


def test_a_list_with_items_set_as_o_ends_before_the_next_paragraph(tmp_path: Path):
    # Word's second-level bullet comes out of a PDF as the letter "o"
    document = variant(tmp_path, ("Slutrapporten summerar verksamheten som har drivits inom ramen för partnerskapet "
                                  "samt redogör för måluppfyllnad och lärdomar.\n",
                                  "Föreningen har inom partnerskapet erbjudit:\n"
                                  "o läxhjälp två eftermiddagar i veckan på biblioteket i Enskededalen\n"
                                  "o lovaktiviteter för barn och unga i Enskede, Årsta och Vantör\n\nSlutrapporten summerar verksamheten som har "
                                  "drivits inom ramen för partnerskapet samt redogör för måluppfyllnad och lärdomar.\n"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    paragraphs = [p for s in draft.fields["sections"] for p in s.get("paragraphs", [])]
    listed = next(p for p in paragraphs if p.startswith("Föreningen har inom partnerskapet erbjudit:"))
    assert listed == ("Föreningen har inom partnerskapet erbjudit: o läxhjälp två eftermiddagar i veckan på "
                      "biblioteket i Enskededalen o lovaktiviteter för barn och unga i Enskede, Årsta och Vantör")


def test_the_agreement_told_over_two_sentences_when_the_only_dated_one_is_the_next(tmp_path: Path):
    document = variant(tmp_path, ("\n\nHandläggare\n", "\n\nTjänsteskrivelse\n2024-08-01\n\nHandläggare\n"),
                       ("ingick ett idéburet offentligt partnerskap (IOP) den 1 september 2022. Överenskommelsen "
                        "upphörde att gälla den 1 juni 2024.\n\nSlutrapporten",
                        "har sedan den 1 september 2022 ett idéburet offentligt partnerskap (IOP). Överenskommelsen "
                        "gäller till och med den 1 juni 2024. Nämnden beslutade den 12 juni 2024 att ingå en ny "
                        "överenskommelse med föreningen för perioden 1 september 2024 – 31 augusti 2027.\n\n"
                        "Slutrapporten"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.dated == date(2024, 8, 1)
    assert draft.fields["agreements"] == [{"start": date(2022, 9, 1), "end": date(2024, 6, 1)}]


def test_a_running_header_of_two_lines_with_a_dash_is_no_title_and_no_paragraph(tmp_path: Path):
    from generator.importing import layout
    assert layout.MUNICIPALITY_FIRST.match("Växjö kommun – Kultur- och fritidsförvaltningen")["name"] == "Växjö kommun"
    header = "Växjö kommun – Kultur- och fritidsförvaltningen\nSlutrapport IOP Drömstort"
    sentence = "barn och unga i Rågsved når skolframgång"
    document = variant(tmp_path, ("\n\nHandläggare\n", f"{header}\n\nHandläggare\n"),
                       (sentence, f"{sentence}.\n\nSida 1 (2)\n\n{header}\n\nDe"))
    fields = import_document(document, CONTENT, tmp_path / "out").draft.fields
    assert fields["title"] == "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort"
    assert "Slutrapport IOP" not in repr(fields["sections"]) and "Växjö" not in repr(fields["sections"])


def test_a_letterhead_that_heads_every_page_still_gives_its_committee_and_meeting_date():
    from generator.importing.parse import Draft, _header
    draft = Draft()
    letterhead = Block("SVEDALA KOMMUN                     Social- och arbetsmarknadsnämnden\n"
                       "                                   Sammanträde 2024-02-21")
    _header([letterhead, Block("Slutrapport för idéburet offentligt partnerskap med Föreningen Gröna Händer")],
            draft, {letterhead.text.strip()})
    assert draft.fields["committee"] == "Social- och arbetsmarknadsnämnden"
    assert str(draft.fields["meeting_date"]) == "2024-02-21"
    assert draft.fields["title"] == "Slutrapport för idéburet offentligt partnerskap med Föreningen Gröna Händer"


def test_a_tables_total_column_counts_what_its_caption_says_and_terms_label_rows():
    from generator.importing.reading import _captions, _table_counts
    caption = "Antalet deltagande elever har ökat under perioden, vilket framgår av tabellen nedan."
    table = "Period\tFruängen\tVästertorp\tTotalt\n2022\t58\t28\t86\nVårterminen 2024\t46\t28\t74"
    ((found, said),) = list(_captions([caption, table]))
    assert said == "elever"
    assert [(int(value), unit) for value, unit, _ in _table_counts(found, said)] == [(86, "elever"), (74, "elever")]
    by_gender = "Termin\tFlickor\tPojkar\tTotalt\nVT 2022\t118\t21\t139\nHT 23\t150\t27\t177"
    assert [(int(value), unit) for value, unit, _ in _table_counts(by_gender, "deltagare")] == [
        (118, "flickor"), (21, "pojkar"), (139, "deltagare"), (150, "flickor"), (27, "pojkar"), (177, "deltagare")]
    assert [(int(value), unit) for value, unit, _ in _table_counts(by_gender)] == [
        (118, "flickor"), (21, "pojkar"), (150, "flickor"), (27, "pojkar")]  # no caption: the total is left out
    # Terms as volunteers write them: "ht-21", "vt-22", "ht 23"
    informal = "Termin\tTräffar\tBesök\nht-21\t28\t612\nvt-22\t34\t884\nHt 23\t30\t870"
    assert [(int(value), unit) for value, unit, _ in _table_counts(informal)] == [
        (28, "träffar"), (612, "besök"), (34, "träffar"), (884, "besök"), (30, "träffar"), (870, "besök")]


def test_counts_in_a_spreadsheets_grid_with_merged_cells():
    from generator.importing.reading import _table_counts

    # Years over two columns each, the corner cell over the labels lost, blank cells where a year's two merge.
    grid = ("Unika elever per år och stadium\t2022\t\t2023\t\t2024\nFlickor\tPojkar\tFlickor\tPojkar\tFlickor\tPojkar\n"
            "Summa\t58\t41\t68\t51\t76\t54\nTotalt antal unika elever\t99\t\t119\t\t130\n"
            "Antal besök\t2 870\t\t3 410\t\t3 690")
    assert [(int(value), unit) for value, unit, _ in _table_counts(grid)] == [
        (58, "flickor"), (41, "pojkar"), (68, "flickor"), (51, "pojkar"), (76, "flickor"), (54, "pojkar"),
        (99, "unika elever"), (119, "unika elever"), (130, "unika elever"), (2870, "besök"), (3410, "besök"),
        (3690, "besök")]



def test_an_organisations_accounts_give_no_counts():
    from generator.importing.reading import _table_counts

    accounts = ("Resultaträkning\t2022\t2023\t2024\nIntäkter\t\t\t\nBidrag från Bjuvs kommun (IOP)\t380 000\t380 000\t380 000\n"
                "Medlemsavgifter\t12 600\t14 200\t15 800\nSumma intäkter\t392 600\t394 200\t395 800\n"
                "Kostnader\t\t\t\nPersonalkostnader\t301 000\t318 500\t322 000\nÅrets resultat\t4 300\t-12 450\t2 100")
    assert _table_counts(accounts) == []
    assert _table_counts("Verksamhet\t2023\nBesök\t1 200\nBidrag från kommunen\t1")  # one money row: the rest counts


def test_a_bullet_in_the_symbol_fonts_private_use_character_is_read_as_the_bullet_a_reader_sees(tmp_path: Path):
    document = tmp_path / "bullets.txt"
    document.write_text("Under partnerskapet har föreningen dessutom erbjudit:\n\n"
                        "\uf0b7 svenska på arbetsplatsen,\n\uf0b7 studie- och yrkesvägledning en dag i månaden.\n",
                        encoding="utf-8")
    texts = [block.text for block in extract(document).blocks]
    assert not any("\uf0b7" in text for text in texts)
    assert any(text.startswith("• svenska på arbetsplatsen") for text in texts)


@pytest.mark.parametrize("line, leads", [
    ("Enligt överenskommelsen skulle partnerskapet", True),  # a clause the points go on with
    ("Föreningen kommer att", True), ("Verksamheten innehöll", True),
    ("Beslutet ska skickas till", False),  # whom the decision goes to: a heading over them
    ("Så har läxhjälpen fungerat", False), ("Genomförande", False),
])
def test_a_clause_that_a_list_goes_on_with(line: str, leads: bool):
    from generator.importing.parse import _leads_into_list

    assert _leads_into_list(Block(line), Block("• läxhjälp två kvällar i veckan")) is leads


def test_a_line_that_leads_into_a_list_is_no_heading_past_a_page_break_too():
    from generator.importing.parse import _colon_headings, looks_like_heading
    assert not looks_like_heading(Block("Enligt överenskommelserna skulle partnerskapet bidra till att"))
    assert looks_like_heading(Block("Beslutet skickas till"))  # heads the list of whom the decision goes to
    lead = Block("Överenskommelsen angav följande mål för partnerskapet:")
    footer = Block("Falu kommun · 791 83 Falun · Besök: Stadshuset, Slaggatan 11 · Tfn 023-830 00 · www.falun.se")
    header = Block("Falu kommun        Tjänsteskrivelse        2024-09-02        BUN 2024/0315        2 (3)")
    items = Block("• Minst 80 elever per läsår ska delta i läxhjälpen.")
    assert _colon_headings([lead, footer, header, items])[0].text == lead.text


def test_the_line_before_the_proposals_is_none_of_them_whatever_the_committee_is_called(tmp_path: Path):
    document = variant(tmp_path, ("förslag till beslut\n", "förslag till beslut\n\nProgramnämnd social välfärd beslutar att:\n"))
    proposals = import_document(document, CONTENT, tmp_path / "out").draft.fields["proposals"]
    assert not any("beslutar att" in proposal for proposal in proposals)


def test_a_tables_rows_of_date_ranges_and_months_with_years_and_a_column_of_some_of_them_by_their_own_noun():
    from generator.importing.reading import _table_counts
    table = ("Period\tBesök\tBesökare\tvarav kvinnor\n2021-04-01–2022-03-31\t5 310\t188\t39\n"
             "Sep 2021 – aug 2022\t6 170\t214\t47")
    assert [(int(value), unit) for value, unit, _ in _table_counts(table)] == [
        (5310, "besök"), (188, "besökare"), (39, "kvinnor"), (6170, "besök"), (214, "besökare"), (47, "kvinnor")]
    of_them = "Läsår\tElever\tvarav flickor\tVidare till studier\n2021/22\t84\t41\t12"
    assert [(int(value), unit) for value, unit, _ in _table_counts(of_them)] == [
        (84, "elever"), (41, "flickor"), (12, "elever")]


@pytest.mark.parametrize("sentence", ["Tabell 1 visar antalet deltagare i kurserna per termin.",
                                      "Se figur 2 och avsnitt 4 för resultaten.", "Mål 3 handlade om språket."])
def test_a_tables_or_a_goals_number_is_no_count(sentence: str):
    from generator.importing.grammar import figures_in
    assert figures_in(sentence) == []


def test_what_the_organisation_takes_with_it_are_its_lessons_and_the_most_important_a_success():
    from generator.importing.parse import Draft
    from generator.importing.reading import _lessons
    draft = Draft()
    _lessons([{"heading": "Vad vi tar med oss", "paragraphs": [
        "Det viktigaste har varit att vi finns där deltagarna bor. Det svåraste har varit de långa väntetiderna."]}],
        draft)
    assert draft.fields["lessons"] == {"challenges": ["Det svåraste har varit de långa väntetiderna."],
                                       "success_factors": ["Det viktigaste har varit att vi finns där deltagarna bor."]}


def test_activities_given_as_points_are_one_each_and_a_partnerships_agreements_are_none():
    from generator.importing.parse import Draft
    from generator.importing.reading import _activities_and_places
    draft = Draft()
    _activities_and_places("Inom partnerskapet har föreningen erbjudit • en ledarutbildning för unga från 15 år, "
                           "• lovaktiviteter på sport-, sommar- och höstlov, • två föreställningar per år.", draft)
    assert draft.fields["activities"] == ["en ledarutbildning för unga från 15 år",
                                          "lovaktiviteter på sport-, sommar- och höstlov", "två föreställningar per år"]
    draft = Draft()
    _activities_and_places("Partnerskapet har omfattat två överenskommelser och avslutades 2023-03-31.", draft)
    assert "activities" not in draft.fields


def test_an_attachments_title_wrapped_under_beslutsunderlag_is_one_title():
    from generator.importing.parse import Draft, _planning
    draft = Draft()
    _planning([Block("Beslutsunderlag\nTjänsteskrivelse daterad 2024-04-15\n"
                     "Bilaga 1 Slutrapport för IOP mellan Seniorforum Härryda och vård- och omsorgsnämnden\n2020–2024\n"
                     "Bilaga 2 Överenskommelse om idéburet offentligt partnerskap mellan socialnämnden och\n"
                     "Föreningen Aspenhuset, 2020-12-09\nBilaga 3 Ekonomisk redovisning för Föreningen Aspenhuset\n"
                     "Tjänsteskrivelse 2024-04-16")], draft)
    assert [item["title"] for item in draft.fields["attachments"]] == [
        "Slutrapport för IOP mellan Seniorforum Härryda och vård- och omsorgsnämnden 2020–2024",
        "Överenskommelse om idéburet offentligt partnerskap mellan socialnämnden och Föreningen Aspenhuset, 2020-12-09",
        "Ekonomisk redovisning för Föreningen Aspenhuset"]


def test_economy_and_lessons_among_the_parts_under_a_heading_stay_there():
    from generator.importing.parse import Draft, _sections
    text = "Föreningen har haft öppet tre dagar i veckan under hela perioden."
    blocks = [Block(line) for line in ("Beskrivning av ärendet", "Bakgrund", text, "Genomförande och resultat", text,
                                       "Ekonomi", text, "Lärdomar", text, "Ärendets beredning", text)]
    sections = _sections(blocks, Draft())
    assert [s["heading"] for s in sections] == ["Beskrivning av ärendet", "Ärendets beredning"]
    assert [s["heading"] for s in sections[0]["sections"]] == ["Bakgrund", "Genomförande och resultat", "Ekonomi",
                                                               "Lärdomar"]
    # with no group of parts above them, they are main sections as before
    top = _sections([Block(line) for line in ("Bakgrund", text, "Ekonomi", text, "Lärdomar", text)], Draft())
    assert [s["heading"] for s in top] == ["Bakgrund", "Ekonomi", "Lärdomar"]


def test_a_protocol_extracts_decision_gives_the_proposals_and_a_labelled_case_number_is_never_part_of_the_title(
        tmp_path: Path):
    document = tmp_path / "protokoll.txt"
    document.write_text(
        "LINKÖPINGS KOMMUN\tPROTOKOLLSUTDRAG\nSocialnämnden\tSammanträdesdatum\n\t2024-04-24\n\n§ 87\n\n"
        "Slutrapport för idéburet offentligt partnerskap med Föreningen Stödpunkten i Linköping\nDnr SN 2024-0156\n\n"
        "Beslut\nSocialnämnden beslutar\n1. att godkänna slutrapporten för det idéburna offentliga partnerskapet med "
        "Föreningen Stödpunkten i Linköping,\n2. att ge socialförvaltningen i uppdrag att omförhandla "
        "överenskommelsen med föreningen.\n\nÄrendebeskrivning\nSocialnämnden och Föreningen Stödpunkten i Linköping "
        "har under åren 2021–2023 samverkat i ett idéburet offentligt partnerskap om stöd till anhöriga.\n",
        encoding="utf-8")
    fields = import_document(document, CONTENT, tmp_path / "out").draft.fields
    assert fields["title"] == "Slutrapport för idéburet offentligt partnerskap med Föreningen Stödpunkten i Linköping"
    assert fields["case_number"] == "SN 2024-0156"
    assert [proposal[:20] for proposal in fields["proposals"]] == ["att godkänna slutrap", "att ge socialförvalt"]
    assert "subtitle" not in fields


def test_the_date_in_a_running_headers_cell_dates_the_report_and_an_agreement_after_it_is_the_next_step(
        tmp_path: Path):
    document = tmp_path / "vasteras.txt"
    document.write_text(
        "VÄSTERÅS STAD\tTJÄNSTESKRIVELSE\t1 (2)\nKultur-, idrotts- och fritidsförvaltningen\t2024-02-27\t"
        "Dnr KUN 2024/00031-3.1.3\n\nKulturnämnden\n\nSlutrapport för IOP med Föreningen Bildverkstaden 2021–2023\n\n"
        "Förslag till beslut\n1. Kulturnämnden godkänner slutrapporten.\n\nBakgrund\n"
        "Kulturnämnden ingick en överenskommelse med föreningen för perioden 1 januari 2021 till och med "
        "31 december 2023. Kulturnämnden beslutade den 14 december 2023 att ingå en ny överenskommelse om idéburet "
        "offentligt partnerskap med föreningen för perioden 1 januari 2024–31 december 2026.\n", encoding="utf-8")
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.dated == date(2024, 2, 27)
    assert draft.fields["agreements"] == [{"start": date(2021, 1, 1), "end": date(2023, 12, 31)}]
    assert draft.fields["next_step"] == "new_agreement"


def test_goteborgs_i_kulturnamnden_over_the_proposals_and_its_footer_give_the_committee_and_the_city(tmp_path: Path):
    from generator.importing import layout
    footer = "Göteborgs Stad Kulturförvaltningen, tjänsteutlåtande 1 (5)"
    assert layout.MUNICIPALITY_FIRST.match(footer)["name"] == "Göteborgs Stad"
    document = tmp_path / "goteborg.txt"
    document.write_text(
        "Kulturförvaltningen\n\nTjänsteutlåtande\nUtfärdat 2024-04-09\nDiarienummer 0412/24\n\n"
        "Slutrapport för idéburet offentligt partnerskap med Kulturföreningen Ordskatten 2021–2023\n\n"
        "Förslag till beslut\n\nI kulturnämnden\n\n1. Slutrapporten godkänns.\n\n"
        "2. Kulturförvaltningen får i uppdrag att ingå en ny överenskommelse med föreningen.\n\nSammanfattning\n\n"
        "Kulturnämnden och Kulturföreningen Ordskatten har under 2021–2023 samverkat i ett idéburet offentligt "
        f"partnerskap om skrivarverkstäder.\n\n{footer}\n", encoding="utf-8")
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["proposals"] == ["Slutrapporten godkänns.",
                                         "Kulturförvaltningen får i uppdrag att ingå en ny överenskommelse med föreningen."]
    assert draft.fields["committee"].lower() == "kulturnämnden" and draft.municipality == "Göteborgs Stad"


def test_a_paragraph_that_ends_with_a_closing_quote_is_finished_at_a_page_break():
    quoted = Block("”Barnen har fått upptäcka att deras egna berättelser är värda att skriva ner. Flera lärare berättar "
                   "att eleverna nu frivilligt lämnar in texter.”")
    after = Block("Enligt föreningens enkät uppgav 87 procent av deltagarna 2023 att de skriver mer på fritiden.")
    # (the page's footer between them is gone by now)
    assert [block.text for block in join_page_breaks([quoted, after])] == [quoted.text, after.text]


def test_lessons_a_paragraph_announces_outside_a_section_of_lessons():
    from generator.importing.parse import Draft
    from generator.importing.reading import _lessons
    draft = Draft()
    _lessons([{"heading": "Beskrivning av ärendet", "paragraphs": [
        "Föreningen har haft drop in på skolorna. Det har varit en utmaning att nå alla.",
        "Vid partnerskapets avslutande dialogmöte i juni 2024 lyfte parterna två lärdomar. Det har varit en utmaning "
        "att föreningarna saknar ledare. En framgångsfaktor har varit att guiderna talar familjernas språk."]}], draft)
    assert draft.fields["lessons"] == {
        "challenges": ["Det har varit en utmaning att föreningarna saknar ledare."],
        "success_factors": ["En framgångsfaktor har varit att guiderna talar familjernas språk."]}


def test_goals_headed_by_their_number_are_side_by_side_under_the_section_of_goals(tmp_path: Path):
    from generator.importing.parse import Draft, _sections
    document = tmp_path / "mal.txt"
    document.write_text(
        "Måluppfyllelse\nÖverenskommelsen hade tre mål. Förvaltningen har bedömt varje mål för sig.\n\n"
        "Mål 1: Fler barn och unga deltar regelbundet i kulturaktiviteter\nMålet i överenskommelsen var minst 150 "
        "deltagare i kurserna per år från och med 2022.\n\n"
        "Mål 2 – Unga ska få ta ansvar\nIndikator: Minst 20 unga ledare.\n\n"
        "Ekonomi\nBidraget har varit 400 000 kronor per år under hela perioden, enligt överenskommelsen.\n",
        encoding="utf-8")
    sections = _sections(extract(document).blocks, Draft())
    assert [s["heading"] for s in sections] == ["Måluppfyllelse", "Ekonomi"]
    assert [s["heading"] for s in sections[0]["sections"]] == [
        "Mål 1: Fler barn och unga deltar regelbundet i kulturaktiviteter", "Mål 2 – Unga ska få ta ansvar"]


def test_an_organisations_own_letter_to_the_committee(tmp_path: Path):
    """A report the organisation sends: its name and motto, its letterhead of address, org.nr, bankgiro and social
    media (one line once unwrapped), the committee "i Stockholms stad", "Er referens" the administration's
    officer and "Ert diarienummer" the case number; none of it a title."""
    letter = ("DRÖMSTORT\nIdeell förening för barn och unga\n\nNynäsvägen 12, 121 47 Johanneshov\nOrg.nr 802497-3318\n"
              "Bankgiro 5432-1098 · Swish 123 456 78 90\ninfo@dromstort.se\nFacebook: Drömstort\n\n"
              "Till Enskede-Årsta-Vantörs stadsdelsnämnd i Stockholms stad\n\nJohanneshov 2024-08-01\n"
              "Vår referens: Sara Lind, verksamhetsledare\n"
              "Er referens: Evelyn Garate Ormazabal, tel 08-50814997\nErt diarienummer: EÅV 2024/123\n\n")
    document = variant(tmp_path, ("\n\nHandläggare\nEvelyn Garate Ormazabal\nTelefon: 08-50814997\n\nTill\n"
                                  "Enskede-Årsta-Vantörs\nstadsdelsnämnd 2024-08-22\n\n", letter))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["title"] == "Idéburet offentligt partnerskap (IOP) med föreningen Drömstort"
    assert draft.fields["subtitle"] == "Slutrapport i samband med upphörande av IOP"
    assert draft.fields["committee"] == "Enskede-Årsta-Vantörs stadsdelsnämnd"
    assert draft.fields["district"] == "enskede-arsta-vantor"
    assert draft.fields["case_officer"] == {"name": "Evelyn Garate Ormazabal", "phone": "08-50814997"}
    assert draft.fields["case_number"] == "EÅV 2024/123"
    text = every_paragraph(draft)
    assert text.count("Org.nr 802497-3318") == text.count("DRÖMSTORT") == 1  # once: set aside, not a paragraph
    assert any("Org.nr 802497-3318" in line for line in draft.unplaced) and "DRÖMSTORT" in draft.unplaced


@pytest.mark.parametrize("text, letterhead", [
    ("Läxläget Sölvesborg – ideell förening\nOrg.nr 802530-7716", True),  # its name over its org.nr alone
    ("DRÖMSTORT\nOrganisationsnummer: 8024973318", True),
    ("Slutrapport IOP Läxläget\nOrg.nr 802530-7716", False),  # a title is never one
    ("Läxläget Sölvesborg\nOrg.nr 802530-7716 har betalat tillbaka överskottet.", False),  # nor a sentence
    # its address, with its org.nr and web address on one line
    ("Föreningen Kaffekoppen i Kirseberg\nKirsebergsgatan 41, 212 39 Malmö\nOrg.nr 802481-4413 · www.kaffekoppen.se",
     True),
    # the municipality's letterhead with its postal address and web address is not the sender's
    ("NORRKÖPINGS KOMMUN\nVård- och omsorgskontoret\nPostadress: 601 81 Norrköping\nwww.norrkoping.se", False),
])
def test_an_organisations_name_over_its_organisation_number_is_its_letterhead(text: str, letterhead: bool):
    from generator.importing.parse import _sender_letterhead

    assert _sender_letterhead(Block(text)) is letterhead


E_SERVICE_FORM = """Flens kommun
Kultur- och fritidsförvaltningen
E-tjänst: Redovisning av föreningsbidrag och partnerskap

Slutredovisning – idéburet offentligt partnerskap
Teater för unga i Flen och Malmköping

Ärendenummer	KFN 2024/31
Inskickad	2024-02-12 14:32
Mottagande nämnd	Kultur- och fritidsnämnden

Uppgifter om organisationen

Organisationens namn: Föreningen Flens Ungdomsteater
Kontaktperson: Linnea Berg
Telefon: 070-318 44 52

Beviljat belopp:
220 000 kr per år

Period:
2021-01-01 – 2023-12-31

Redovisning

1. Beskriv kortfattat vad ni har gjort under perioden

Vi har drivit teatergrupper för barn och unga i Flen och Malmköping en kväll i veckan under terminerna. \
Ledarna har gått en kurs hos Studiefremjandet Stockholm Gotland.

Förvaltningens bedömning

Förvaltningen bedömer att partnerskapets mål har uppfyllts.

Handläggare: Jonas Eklöv, kultur- och fritidsstrateg
Telefon: 0157-431 26

Beslut

Kultur- och fritidsnämnden beslutar att godkänna slutredovisningen.

Beslutsdatum: 2024-03-19, KFN § 22
"""


def test_a_report_filed_through_an_e_service_form(tmp_path: Path):
    """A form printed from an e-service: its fields (a value beside its label, under it, or in a table's cell) are
    the letterhead's facts, never the title or a section; the officer who handled it over the organisation's
    contact; the decision's date under the decision."""
    document = tmp_path / "form.txt"
    document.write_text(E_SERVICE_FORM, encoding="utf-8")
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["title"] == "Slutredovisning – idéburet offentligt partnerskap"
    assert draft.fields["subtitle"] == "Teater för unga i Flen och Malmköping"
    assert draft.fields["committee"] == "Kultur- och fritidsnämnden"
    # the organisation the form names, over a known one the text happens to name
    assert draft.fields["organisation"] == "foreningen-flens-ungdomsteater"
    assert draft.fields["case_number"] == "KFN 2024/31"
    assert draft.fields["case_officer"] == {"name": "Jonas Eklöv", "phone": "0157-431 26"}
    assert draft.fields["agreements"] == [{"start": date(2021, 1, 1), "end": date(2023, 12, 31)}]
    assert draft.fields["proposals"] == ["Kultur- och fritidsnämnden beslutar att godkänna slutredovisningen."]
    assert draft.fields["meeting_date"] == date(2024, 3, 19)
    headings = [section["heading"] for section in draft.fields["sections"]]
    assert "Uppgifter om organisationen" not in headings and "Beslutsdatum: 2024-03-19, KFN § 22" not in headings
    assert "Uppgifter om organisationen" in draft.unplaced and "Period: 2021-01-01 – 2023-12-31" in draft.unplaced


@pytest.mark.parametrize("listed", [
    "Beslutsunderlag\n1. Tjänsteskrivelse 2024-08-01\n2. Föreningen Drömstorts slutrapport 2022–2024\n\n",
    # the heading alone, its bulleted list in a block of its own
    "Beslutsunderlag\n\n• Tjänsteskrivelse 2024-08-01\n• Föreningen Drömstorts slutrapport 2022–2024\n\n",
])
def test_what_the_decision_rests_on_above_the_proposals(tmp_path: Path, listed: str):
    """"Beslutsunderlag" in the memo's head: the attachments (the memo itself is none), never the subtitle."""
    subtitle = "Slutrapport i samband med upphörande av IOP"
    document = variant(tmp_path, (f"{subtitle}\n\n", f"{subtitle}\n\n{listed}"))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["subtitle"] == subtitle
    assert {"title": "Föreningen Drömstorts slutrapport 2022–2024"} in draft.fields["attachments"]
    assert not any("Tjänsteskrivelse" in item["title"] for item in draft.fields["attachments"])


def test_a_forms_numbered_question_is_a_heading_a_numbered_proposal_is_not():
    from generator.importing.parse import looks_like_heading

    assert looks_like_heading(Block("8. Planerar ni att fortsätta verksamheten efter partnerskapet?"))
    assert looks_like_heading(Block("2. Har verksamheten genomförts enligt överenskommelsen?"))
    assert not looks_like_heading(Block("1. Stadsdelsnämnden godkänner förvaltningens slutrapport och lägger den "
                                        "till handlingarna"))


def test_a_city_wide_committee_of_the_city_whose_web_address_the_footer_gives():
    from generator.content.model import District
    from generator.importing.parse import parse
    districts = [District("stockholm-kulturnamnden", "Stockholms stad (kulturnämnden)", "Kulturnämnden"),
                 District("uppsala-kulturnamnden", "Uppsala kommun (kulturnämnden)", "Kulturnämnden")]
    blocks = [Block("Tjänsteutlåtande\nDnr KUF 2024/1187"), Block("Till\nKulturnämnden"),
              Block("Slutrapport för IOP med Sagoverkstaden"), Block("Ärendet"),
              Block("Kulturförvaltningen har haft ett partnerskap med Sagoverkstaden sedan 2021."),
              Block("Sagoverkstaden\tsagoverkstaden.se"),  # the organisation's own, first: no district's
              Block("Kulturförvaltningen\tBox 16113, 103 22 Stockholm\tstockholm.se")]
    draft = parse(blocks, districts, [])
    assert draft.fields["district"] == "stockholm-kulturnamnden"


def test_a_city_wide_committee_of_the_municipality_the_documents_own_words_name():
    """No municipality in a letterhead or footer (a slide deck): among the committees of that name, the one whose
    municipality the title or the text names."""
    from generator.content.model import District
    from generator.importing.parse import Draft
    from generator.importing.reading import _district
    districts = [District("arboga-kultur-och-fritidsnamnden", "Arboga kommun", "Kultur- och fritidsnämnden"),
                 District("hedemora-kultur-och-fritidsnamnden", "Hedemora kommun (kultur- och fritidsnämnden)",
                          "Kultur- och fritidsnämnden")]
    draft = Draft(fields={"committee": "Kultur- och fritidsnämnden", "title": "IOP Rörelse året runt"},
                  text="Syftet var att ge barn och unga i Hedemora, Vikmanshyttan och Garpenberg fler möjligheter.")
    _district(draft, districts)
    assert draft.fields["district"] == "hedemora-kultur-och-fritidsnamnden"
    both = Draft(fields={"committee": "Kultur- och fritidsnämnden"}, text="Arbogas och Hedemoras föreningar.")
    _district(both, districts)
    assert both.fields["district"] not in {d.id for d in districts}  # both named: which is not said


def test_a_first_agreement_told_over_two_sentences_and_the_yearly_ones_after_it(tmp_path: Path):
    document = variant(tmp_path, ("ingick ett idéburet offentligt partnerskap (IOP) den 1 september 2022. Överenskommelsen "
                                  "upphörde att gälla den 1 juni 2024.",
                                  "har sedan den 1 maj 2019 samverkat i ett idéburet offentligt partnerskap (IOP). Den "
                                  "första överenskommelsen gällde till och med den 31 december 2021. Därefter har "
                                  "parterna tecknat ettåriga överenskommelser för 2022 och 2023."))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["agreements"] == [{"start": date(2019, 5, 1), "end": date(2021, 12, 31)}, {"year": 2022},
                                          {"year": 2023}]


def test_a_forms_label_in_a_cell_of_its_own_gives_the_agreements_beside_it(tmp_path: Path):
    document = variant(tmp_path, ("\n\nHandläggare\n", "\n\nÖverenskommelser\tÅrliga överenskommelser för 2022, 2023 "
                                                       "och 2024\n\nHandläggare\n"),
                       ("ingick ett idéburet offentligt partnerskap (IOP) den 1 september 2022. Överenskommelsen "
                        "upphörde att gälla den 1 juni 2024.", "har samverkat i ett idéburet offentligt partnerskap."))
    draft = import_document(document, CONTENT, tmp_path / "out").draft
    assert draft.fields["agreements"] == [{"year": 2022}, {"year": 2023}, {"year": 2024}]


def test_an_agreement_told_only_in_a_paragraph_no_section_holds():
    """An annual report or a letter may tell the agreement only in a paragraph before its first heading: it is read
    there, where nothing else tells it; a letterhead's or a list's lines are not."""
    from generator.importing import reading
    from generator.importing.parse import Draft

    told = ("Billesholms Ungdomsförening bildades 1987 och driver fritidsgården på Storgatan i Billesholm. "
            "Överenskommelsen om idéburet offentligt partnerskap med kultur- och fritidsnämnden gällde från den 1 "
            "januari 2022 till och med den 31 december 2024.")
    sections = [{"heading": "Verksamheten", "paragraphs": ["Fritidsgården har haft öppet tre kvällar i veckan."]}]
    draft = Draft(unplaced=["BILLESHOLMS UNGDOMSFÖRENING", told])
    reading.read(draft, sections, [], [], [])
    assert draft.fields["agreements"] == [{"start": date(2022, 1, 1), "end": date(2024, 12, 31)}]
    # A block that speaks of the agreement, a slide's point or a form's field with its value on the next line, when
    # nothing else tells it; a period of something else is not read.
    for unplaced in (["Avtalsperiod 2022-01-01 – 2024-12-31"], ["Avtalsperiod:\n2022-01-01 – 2024-12-31"],
                     ["Bild 3 – Avtalet\n• IOP 1 januari 2022 – 31 december 2024\n• 450 tkr/år"]):
        draft = Draft(unplaced=unplaced)
        reading.read(draft, sections, [], [], [])
        assert draft.fields["agreements"] == [{"start": date(2022, 1, 1), "end": date(2024, 12, 31)}], unplaced
    draft = Draft(unplaced=["Sommarlovsprojekt 2023-06-15 – 2023-08-15", "Malmö stad\nDatum 2024-03-01"])
    reading.read(draft, sections, [], [], [])
    assert "agreements" not in draft.fields


def test_the_first_pages_footer_under_the_header_ends_the_header(tmp_path: Path):
    """An annual report's first page: cover, title and addressee, then its footer ("1 (3)"). What the next page
    begins with is the report's first section, though the first heading the site knows ("Ekonomi") comes later."""
    footer = "Billesholms Ungdomsförening · Storgatan 12, 267 31 Billesholm · Org.nr 846001-7729"
    text = ("BUF\nBILLESHOLMS UNGDOMSFÖRENING\nen fritidsgård av och för unga sedan 1987\n\n"
            "Verksamhetsberättelse och slutrapport 2022–2024\n\n"
            "Idéburet offentligt partnerskap om öppen fritidsverksamhet i Billesholm\n\n"
            "Till: Kultur- och fritidsnämnden, Bjuvs kommun\nAtt: Sara Lindqvist, fritidschef\n\n"
            f"{footer}\n1 (3)\n\n"
            "Ordföranden har ordet\n\nTre år har gått sedan vi skrev under överenskommelsen med nämnden. Det har "
            "varit tre roliga år.\n\n"
            "Om föreningen\n\nFöreningen bildades 1987 och driver fritidsgården på Storgatan i Billesholm.\n\n"
            f"{footer}\n2 (3)\n\n"
            "Ekonomi\n\nFöreningen fick 300 000 kronor per år från nämnden.\n")
    draft = draft_of(tmp_path, text)
    assert [s["heading"] for s in draft.fields["sections"]] == ["Ordföranden har ordet", "Om föreningen", "Ekonomi"]
    assert draft.fields["title"] == "Verksamhetsberättelse och slutrapport 2022–2024"


def _heading_tree(sections: list[dict], depth: int = 0) -> list[str]:  # type: ignore[type-arg]
    return [line for section in sections
            for line in ["  " * depth + section["heading"], *_heading_tree(section.get("sections", []), depth + 1)]]


def test_a_memos_consequences_are_parts_of_their_own_unless_a_heading_over_them_all_holds_them(tmp_path: Path):
    """"Ekonomisk bedömning", "Barnperspektivet", "Miljöperspektivet": what a memo's template asks of every matter
    follows the parts nested under "Beskrivning av ärendet" at the top, as the memo's own parts; under a heading
    of them all ("Bedömning ur social dimension", Gothenburg's template) they stay under it. A short heading over
    the sentence that leads into a list, no blank line between, is a heading ("Verksamheten")."""
    head = ("Socialnämnden\n\nTjänsteskrivelse\n2024-10-01\n\nSlutrapport för idéburet offentligt partnerskap med "
            "Språkbryggan\n\nFörslag till beslut\n\nSocialnämnden godkänner slutrapporten.\n\n")
    memo = head + ("Beskrivning av ärendet\n\nBakgrund\n\nFöreningen har drivit språkcaféer sedan 2021 i kommunens "
                   "bibliotek.\n\nVerksamheten\nFöreningen har inom partnerskapet erbjudit:\n• språkcafé två kvällar i "
                   "veckan\n• språkvänner\n• studiecirklar\n\nEkonomisk bedömning\n\nPartnerskapet ryms inom nämndens "
                   "budget.\n\nBarnperspektivet\n\nBarn har deltagit i familjeaktiviteterna under loven.\n\n"
                   "Miljöperspektivet\n\nÄrendet bedöms inte ha någon påverkan på miljön.\n")
    (tmp_path / "memo").mkdir()
    (tmp_path / "gothenburg").mkdir()
    sections = draft_of(tmp_path / "memo", memo).fields["sections"]
    assert _heading_tree(sections) == ["Beskrivning av ärendet", "  Bakgrund", "  Verksamheten", "Ekonomisk bedömning",
                                       "Barnperspektivet", "Miljöperspektivet"]
    assert sections[0]["sections"][1]["paragraphs"][0].startswith("Föreningen har inom partnerskapet erbjudit: • språkcafé")
    gothenburg = head + ("Bedömning ur social dimension\n\nBarnperspektivet\n\nBarn har deltagit i familjeaktiviteterna "
                         "under loven.\n\nJämställdhetsperspektivet\n\nKvinnor och män har deltagit lika mycket.\n\n"
                         "Ärendet\n\nFöreningen har drivit språkcaféer sedan 2021 i kommunens bibliotek.\n")
    assert _heading_tree(draft_of(tmp_path / "gothenburg", gothenburg).fields["sections"]) == [
        "Bedömning ur social dimension", "  Barnperspektivet", "  Jämställdhetsperspektivet", "Ärendet"]


def test_a_boards_signatures_under_a_place_and_date_before_the_auditors_note_are_signatures(tmp_path: Path):
    """An association's annual report: its board signs under a place and a date ("Name, role" two to a row), then
    its auditors sign their note below. Both are signatures; the place and date are no heading."""
    text = ("Föreningen Skolbryggan Osby\n\nVerksamhetsberättelse och slutrapport 2022–2024\n\n"
            "Verksamheten\n\nFöreningen har haft läxhjälp på biblioteket i Osby tre eftermiddagar i veckan.\n\n"
            "Förslag\n\nFöreningen föreslår att nämnden godkänner slutrapporten och lägger den till handlingarna.\n\n"
            "Osby den 5 februari 2025\n\n"
            "Leila Ahmadi, ordförande\tTomas Gunnarsson, vice ordförande\nHanna Bergkvist, kassör\tJonas Fransson, "
            "sekreterare\nAmira Yusuf, ledamot\n\n"
            "Revisorernas påteckning\n\nVi har granskat föreningens räkenskaper och styrelsens förvaltning. Vi har inget "
            "att anmärka.\n\nOsby den 12 februari 2025\n\nKarl-Erik Svensson\tUlla Blom\nRevisor\tRevisor\n")
    draft = draft_of(tmp_path, text)
    assert draft.fields["signatories"] == [
        {"name": "Leila Ahmadi", "title": "ordförande"}, {"name": "Tomas Gunnarsson", "title": "vice ordförande"},
        {"name": "Hanna Bergkvist", "title": "kassör"}, {"name": "Jonas Fransson", "title": "sekreterare"},
        {"name": "Amira Yusuf", "title": "ledamot"}, {"name": "Karl-Erik Svensson", "title": "Revisor"},
        {"name": "Ulla Blom", "title": "Revisor"}]
    assert [section["heading"] for section in draft.fields["sections"]] == ["Verksamheten", "Förslag",
                                                                            "Revisorernas påteckning"]


@pytest.mark.parametrize("label", ["Att: Sara Lindqvist, fritidschef", "Handl: Sara Lindqvist"])
def test_whom_an_organisations_letter_is_for_and_an_abbreviated_label_name_the_case_officer(tmp_path: Path, label: str):
    text = ("Föreningen Skolbryggan Osby\n\nTill: Barn- och utbildningsnämnden, Osby kommun\n" + label + "\n\n"
            "Slutrapport för idéburet offentligt partnerskap 2022–2024\n\n"
            "Verksamheten\n\nFöreningen har haft läxhjälp på biblioteket i Osby tre eftermiddagar i veckan.\n\n"
            "Förslag\n\nFöreningen föreslår att nämnden godkänner slutrapporten och lägger den till handlingarna.\n")
    assert draft_of(tmp_path, text).fields["case_officer"] == {"name": "Sara Lindqvist"}


def test_the_administrations_line_among_the_contacts_names_the_case_officer_and_lists_no_attachment(tmp_path: Path):
    text = ("Socialnämnden Sydväst\n\nSlutrapport för idéburet offentligt partnerskap med Unga Ledare i Frölunda\n\n"
            "Förslag till beslut\n\nSocialnämnden godkänner slutrapporten.\n\n"
            "Ärendet\n\nFöreningen har drivit en öppen hall för unga i Frölunda sedan 2021.\n\n"
            "Bilagor\n1. Överenskommelse om idéburet offentligt partnerskap, 2021-02-16\n"
            "2. Föreningens verksamhetsberättelser 2021–2023\n\n"
            "Kontaktpersoner\nFörvaltningen: Elin Fagerström, utvecklingsledare, telefon 031-366 52 08\n"
            "Föreningen: Ahmed Warsame, ordförande, telefon 070-412 33 90\n")
    draft = draft_of(tmp_path, text)
    assert draft.fields["case_officer"] == {"name": "Elin Fagerström", "phone": "031-366 52 08"}
    assert [item["title"] for item in draft.fields["attachments"]] == [
        "Överenskommelse om idéburet offentligt partnerskap, 2021-02-16", "Föreningens verksamhetsberättelser 2021–2023"]


def test_a_committee_named_for_what_it_does_is_the_committee_not_the_title(tmp_path: Path):
    """Örebro names its committees "Programnämnd social välfärd": the committee over the title, not the title."""
    text = ("Örebro kommun\nSocialförvaltningen\n\nProgramnämnd social välfärd\n\n"
            "Slutrapport – idéburet offentligt partnerskap med Föreningen Klubbhus Vidablick 2022–2024\n\n"
            "Förslag till beslut\n\nProgramnämnd social välfärd godkänner slutrapporten.\n\n"
            "Ärendet\n\nFöreningen har drivit ett klubbhus för personer med psykisk ohälsa sedan 2022.\n")
    fields = draft_of(tmp_path, text).fields
    assert fields["committee"] == "Programnämnd social välfärd"
    assert fields["title"] == "Slutrapport – idéburet offentligt partnerskap med Föreningen Klubbhus Vidablick 2022–2024"


def test_a_protocol_extracts_own_heading_is_no_title(tmp_path: Path):
    text = ("LINDESBERGS KOMMUN\tSAMMANTRÄDESPROTOKOLL\nSocialnämnden\tSammanträdesdatum\n\t2024-10-23\n\n"
            "Utdrag ur sammanträdesprotokoll\n\n§ 87\tDnr SN 2024/0311\n\n"
            "Slutrapport för idéburet offentligt partnerskap med Kvinno- och tjejjouren i Lindesberg 2021–2024\n\n"
            "Ärendebeskrivning\nSocialnämnden och Kvinno- och tjejjouren i Lindesberg har sedan den 1 januari 2021 "
            "samverkat i ett idéburet offentligt partnerskap om stöd till kvinnor och unga som utsatts för våld.\n\n"
            "Socialnämndens beslut\n1. Socialnämnden godkänner slutrapporten.\n")
    assert draft_of(tmp_path, text).fields["title"] == ("Slutrapport för idéburet offentligt partnerskap med Kvinno- och "
                                                        "tjejjouren i Lindesberg 2021–2024")


def test_a_forms_signature_rows_sign_and_its_handler_row_names_the_case_officer(tmp_path: Path):
    """A report form filled in on the municipality's template: the organisation signs in rows ("Namnförtydligande",
    "Funktion i föreningen"), and the part the administration fills in names its handler, who is the case officer
    before the organisation's "Kontaktperson"."""
    text = ("HJO KOMMUN\nSocialförvaltningen\n\nSLUTREDOVISNING – IDÉBURET OFFENTLIGT PARTNERSKAP\nGuldkornen\n\n"
            "Organisation\tFöreningen Guldkornen i Hjo\nKontaktperson\tBirgitta Ahlqvist\nTelefon\t070-318 44 62\n\n"
            "1. Verksamheten\n\nFöreningen har haft öppen träffpunkt för äldre två dagar i veckan i Hjo.\n\n"
            "6. Underskrift\nHärmed intygas att uppgifterna i redovisningen är riktiga.\nOrt och datum\tHjo 2025-01-24\n"
            "Namnteckning\t\nNamnförtydligande\tBirgitta Ahlqvist\nFunktion i föreningen\tOrdförande\n\n"
            "7. Fylls i av socialförvaltningen\nMottagen datum\t2025-01-27\nHandläggare\tJohanna Lilja\n"
            "Telefon\t0503-352 18\n\n"
            "Förvaltningens bedömning\nSocialförvaltningen bedömer att partnerskapets mål har uppfyllts.\n")
    draft = draft_of(tmp_path, text)
    assert draft.fields["signatories"] == [{"name": "Birgitta Ahlqvist", "title": "Ordförande"}]
    assert draft.fields["case_officer"] == {"name": "Johanna Lilja", "phone": "0503-352 18"}
    signed = next(section for section in draft.fields["sections"] if section["heading"] == "6. Underskrift")
    assert signed["paragraphs"] == ["Härmed intygas att uppgifterna i redovisningen är riktiga."]


@pytest.mark.parametrize("sentence", ["Förvaltningen föreslår inte någon ny överenskommelse.",
                                      "Partnerskapet förlängs inte, eftersom stödet nu ges av förvaltningen.",
                                      "Nämnden har beslutat att inte teckna en ny överenskommelse.",
                                      "Nämnden har inte budgeterat för ett nytt partnerskap."])
def test_a_partnership_the_text_says_goes_no_further_has_ended(tmp_path: Path, sentence: str):
    text = ("Kultur- och fritidsnämnden\n\nSlutrapport för idéburet offentligt partnerskap med Silvertråden\n\n"
            "Förslag till beslut\n\nKultur- och fritidsnämnden godkänner slutrapporten.\n\n"
            "Ärendet\n\nFöreningen har drivit en träffpunkt för äldre i Askersund sedan 2021. " + sentence + "\n")
    assert draft_of(tmp_path, text).fields["next_step"] == "ended"


def test_a_fact_box_under_its_title_and_a_forms_labels_over_their_values(tmp_path: Path):
    """A title over a fact box, no blank line between, keeps its lines: the title is the title, the committee and the
    organisation are read from their fields, and the agreement from the sentence under them. A form's label over its
    value, each on a line of its own ("Startdatum för överenskommelsen:" / "2022-01-10"), is read as the field, and
    its day is no date of the document's."""
    (tmp_path / "box").mkdir()
    (tmp_path / "form").mkdir()
    draft = draft_of(tmp_path / "box", "IOP Mötesplats Gläntan – ekonomisk redovisning och slutrapport\n"
                     "Organisation: Föreningen Gläntan\nNämnd: Farsta stadsdelsnämnd\n"
                     "Överenskommelsen gäller för perioden 2022-01-01 – 2024-12-31.\n\n"
                     "Kommentar\n\nMötesplatsen har funnits sedan 2012 och har öppet fyra dagar i veckan.\n")
    assert draft.fields["title"] == "IOP Mötesplats Gläntan – ekonomisk redovisning och slutrapport"
    assert draft.fields["committee"] == "Farsta stadsdelsnämnd"
    assert draft.fields["agreements"] == [{"start": date(2022, 1, 1), "end": date(2024, 12, 31)}]
    draft = draft_of(tmp_path / "form", "Linköpings kommun\nSlutrapport – idéburet offentligt partnerskap\n\n"
                     "Organisationens namn:\nSkäggetorps Fritidsförening\nAnsvarig nämnd:\nSocialnämnden\n"
                     "Datum för beslut om IOP:\n2021-11-18\nStartdatum för överenskommelsen:\n2022-01-10\n"
                     "Slutdatum för överenskommelsen:\n2023-12-31\nRapportperiod (denna rapport):\n"
                     "2023-01-01 – 2023-12-31\n")
    assert draft.fields["agreements"] == [{"start": date(2022, 1, 10), "end": date(2023, 12, 31)}]


def test_the_agreements_first_day_in_a_field_is_no_date_of_the_documents():
    from generator.importing.parse import DATED

    assert DATED.match("Inskickad: 2024-02-14")
    assert not DATED.match("Överenskommelsens startdatum: 2021-09-01")
    assert not DATED.match("Avtalsperiod: 2021-09-01")


def test_an_e_service_forms_labels_over_their_values_in_the_header(tmp_path: Path):
    """An e-service form's printout, each label over its value ("Överenskommelsens startdatum" / "2021-09-01"): the
    agreement's days are read, not taken for the document's date, and "Har överenskommelsen förlängts?" / "Ja" with
    the day under it gives the extension; the lines stay as they stand in the document."""
    draft = draft_of(tmp_path, "Uppsala kommun – E-tjänst: Slutredovisning idéburet offentligt partnerskap\n"
                     "Inskickat: 2025-08-19 21:47\n\nOrganisationens namn\nFöreningen Gemenskapsgården Gottsunda\n\n"
                     "Överenskommelsens startdatum\n2021-09-01\n\n"
                     "Överenskommelsens slutdatum (enligt ursprunglig överenskommelse)\n2024-08-31\n\n"
                     "Har överenskommelsen förlängts?\nJa\n\nOm ja, ange till och med vilket datum\n2025-06-30\n\n"
                     "Beskriv kortfattat verksamheten under perioden\nÖppen mötesplats för äldre tre dagar i veckan, "
                     "samtalsgrupper och sommaraktiviteter.\n")
    assert draft.fields["agreements"] == [{"start": date(2021, 9, 1), "end": date(2024, 8, 31),
                                           "extended_to": date(2025, 6, 30)}]
    assert draft.dated != date(2021, 9, 1)
    assert "Överenskommelsens startdatum" in draft.unplaced and "2021-09-01" in draft.unplaced


def test_a_document_without_headings_is_read_as_it_stands(tmp_path: Path):
    """An attachment, a letter or a spreadsheet printed out, with no heading: its first lines are its title and
    subtitle, and its tables and paragraphs are read for the facts (their text stays unplaced, for staff to put under
    headings); another funder's money in a note under the table is none of the partnership's."""
    draft = draft_of(tmp_path, "Trygga Vuxna Skärholmen – ekonomisk sammanställning IOP 2020–2023\n"
                     "Bilaga 2 till slutrapport, överenskommelse med Skärholmens stadsdelsnämnd (2020-01-01 – 2023-12-31)\n\n"
                     "År\tBidrag från nämnden\tKostnader\n2020\t310 000\t327 940\n2021\t310 000\t366 210\n"
                     "Summa\t620 000\t694 150\n\n"
                     "Övriga intäkter 2021 inkl. 40 000 kr från Länsstyrelsen Stockholm (sommarnattvandring).\n"
                     "Överenskommelsen upphörde 2023-12-31 och har inte förnyats.\n")
    assert draft.fields["title"] == "Trygga Vuxna Skärholmen – ekonomisk sammanställning IOP 2020–2023"
    assert draft.fields["agreements"] == [{"start": date(2020, 1, 1), "end": date(2023, 12, 31)}]
    amounts = {(entry["amount"], entry["kind"]) for entry in draft.fields["funding"]}
    assert (40000, "one_off") not in amounts and not any(amount == 40000 for amount, _ in amounts)
    assert {310000, 620000} <= {amount for amount, _ in amounts}
    assert "sections" not in draft.fields


def test_a_yearly_amount_gets_the_years_of_the_period_its_sentence_names(tmp_path: Path):
    draft = draft_of(tmp_path, "Slutrapport IOP Föreningen Brygga\n\nEkonomi\n\n"
                     "Den första överenskommelsen gällde 2017-01-01 – 2019-12-31 med en ersättning om kr 300 000 per år. "
                     "Den andra gällde 2020-01-01 – 2021-12-31.\n")
    assert [(entry["amount"], entry["kind"], entry.get("years")) for entry in draft.fields["funding"]] == [
        (300000, "per_year", [2017, 2018, 2019])]


def test_a_yearly_amount_paid_during_the_agreement_gets_the_agreements_calendar_years(tmp_path: Path):
    """"under avtalsperioden" in the clause of the yearly amount points to the agreement's years; in a total's clause
    after it, it is the total's time, and an extended agreement's last years may have had other money."""
    head = "Slutrapport IOP Föreningen Brygga\n\nAvtalsperiod: 2021-01-01 – 2023-12-31\n\nEkonomi\n\n"

    def yearly(text: str, folder: str) -> list[tuple[int, str, object]]:
        (tmp_path / folder).mkdir()
        draft = draft_of(tmp_path / folder, head + text + "\n")
        return [(entry["amount"], entry["kind"], entry.get("years")) for entry in draft.fields["funding"]
                if entry["kind"] == "per_year"]

    assert yearly("Socialnämnden har under avtalsperioden bidragit med 380 000 kronor per år till föreningen, totalt "
                  "1 140 000 kronor.", "a") == [(380000, "per_year", [2021, 2022, 2023])]
    assert yearly("Nämnden har bidragit med 450 000 kronor per år under avtalsperioden.", "b") == [
        (450000, "per_year", [2021, 2022, 2023])]
    assert yearly("Socialnämnden har lämnat ett bidrag om 350 000 kr per år till föreningen, sammanlagt 1 050 000 kr "
                  "under avtalsperioden.", "c") == [(350000, "per_year", None)]
    assert yearly("Nämnden har bidragit med 300 000 kronor per år.", "d") == [(300000, "per_year", None)]
    # not every year of the agreement's: the clause or the sentence says so after "per år"
    assert yearly("Socialnämnden har under avtalsperioden bidragit med 420 000 kronor per år de två första åren.",
                  "e") == [(420000, "per_year", None)]
    assert yearly("Under avtalsperioden har bidraget från socialnämnden varit 420 000 kronor per år, utom det sista året "
                  "då det sänktes.", "f") == [(420000, "per_year", None)]


def test_a_spreadsheets_column_of_the_committees_grant():
    """Years in rows and the grant in a column of its own, in thousands where its heading says so; the organisation's
    own columns are not the grant, and a table without such a column gives nothing this way."""
    from generator.importing.reading import _granted_by_year

    table = "År\tEgen insats\tIOP-bidrag (tkr)\tKostnader\n2021\t120\t400\t530\n2022\t130\t420\t560\nSumma\t250\t820\t1 090"
    assert [(a.amount, a.kind, a.years, a.sentence) for a in _granted_by_year(table)] == [
        (400000, "per_year", [2021], "2021\t120\t400\t530"), (420000, "per_year", [2022], "2022\t130\t420\t560"),
        (820000, "total", [], "Summa\t250\t820\t1 090")]
    assert _granted_by_year("År\tEgen insats\tKostnader\n2021\t120 000\t530 000") == []


def test_an_annual_reports_headings_before_the_first_known_one_are_sections(tmp_path: Path):
    """An organisation's annual report: "Styrelsen", "Verksamheten" and their paragraphs come before "Ekonomi", the
    first heading the site knows; they are sections, not a header, and the money they tell is read."""
    draft = draft_of(tmp_path, "Verksamhetsberättelse för år 2023\nFöreningen Unga Vuxna Skellefteå\n\n"
                     "Styrelsen för föreningen lämnar följande berättelse över verksamheten under året 2023, det sista "
                     "året av partnerskapet med socialnämnden.\n\n"
                     "Verksamheten\n\nFöreningen har fortsatt med drop-in-träffar för unga vuxna tre kvällar i veckan "
                     "och haft sammanlagt 1 200 besök under året.\n\n"
                     "Partnerskapet med socialnämnden avslutas\n\nVårt partnerskap med socialnämnden gällde 2020-01-01 – "
                     "2023-12-31. Under de fyra åren har bidraget från nämnden varit 170 000 kr per år.\n\n"
                     "Ekonomi\n\nÅrets resultat blev 6 412 kr, som balanseras i ny räkning.\n")
    assert draft.fields["title"].startswith("Verksamhetsberättelse för år 2023")
    assert [section["heading"] for section in draft.fields["sections"]] == [
        "Verksamheten", "Partnerskapet med socialnämnden avslutas", "Ekonomi"]
    assert [(entry["amount"], entry["kind"]) for entry in draft.fields["funding"]] == [(170000, "per_year")]


def test_a_greeting_a_letters_first_paragraph_and_a_kind_of_document_with_its_date_are_no_title(tmp_path: Path):
    (tmp_path / "memo").mkdir()
    (tmp_path / "letter").mkdir()
    draft = draft_of(tmp_path / "memo", "Umeå kommun\nFritidsnämnden\nTjänsteskrivelse, 2023-04-03\n"
                     "Diarienummer FRN-2023/0051\n\nAvslutat IOP – Föreningen Unga Ledare Umeå\n\n"
                     "Förslag till beslut\n\nFritidsnämnden noterar informationen.\n\nÄrendet\n\n"
                     "Överenskommelsen gällde från och med 1 april 2020 till och med 31 mars 2023.\n")
    assert draft.fields["title"] == "Avslutat IOP – Föreningen Unga Ledare Umeå"
    assert draft.dated == date(2023, 4, 3)
    draft = draft_of(tmp_path / "letter", "Hej Johan!\n\nTack för senast och för ett bra samarbete under de här åren, "
                     "som du vet löpte vår överenskommelse med nämnden ut vid årsskiftet.\n\nEkonomi\n\n"
                     "Vi har fått 200 000 kr per år från socialnämnden.\n")
    assert "title" not in draft.fields
    assert "Hej Johan!" in draft.unplaced


def test_a_memo_without_headings_has_its_title_under_the_letterhead(tmp_path: Path):
    draft = draft_of(tmp_path, "ÅSELE KOMMUN\nKommunstyrelsen\nTjänsteskrivelse 2023-01-09\n\n"
                     "Avslut IOP – Åsele Bygdegårdsförening\n\nKommunen och Åsele Bygdegårdsförening har haft en "
                     "överenskommelse om idéburet offentligt partnerskap om drift av caféet i Folkets hus. "
                     "Överenskommelsen gällde 2020–2022 och har inte förlängts.\n")
    assert draft.fields["title"] == "Avslut IOP – Åsele Bygdegårdsförening"
    assert draft.fields["agreements"] == [{"start": date(2020, 1, 1), "end": date(2022, 12, 31)}]


def test_a_protocols_page_header_in_cells_is_furniture():
    from generator.importing.layout import furniture_block

    assert furniture_block(Block("VINGÅKERS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 15 (27)\n"
                                 "Bildningsnämnden\tSammanträdesdatum 2024-09-17"))
    assert not furniture_block(Block("Bildningsnämnden\tSammanträdesdatum 2024-09-17"))  # alone: the first page's head
    assert not furniture_block(Block("Sida 15 (27)\nNio deltagare har utbildats till cirkelledare.\tSe tabell 2"))


def test_lines_of_labels_under_a_lead_keep_apart_and_the_sentence_after_them_is_a_paragraph(tmp_path: Path):
    """A lead ending in a colon over lines of a label and its amount, then a sentence, no blank line between: the
    lines are the lead's paragraph and each amount is read with its own label (a school year of the agreement's, the
    sum); the sentence after them is a paragraph of its own."""
    draft = draft_of(tmp_path, "Slutrapport Öppen hall Råby\n\nBakgrund\n\nÖverenskommelsen gällde fr.o.m. 1 augusti "
                     "2021 t.o.m. 30 juni 2023.\n\nEkonomi\n\nNämndens bidrag till Öppen hall har varit:\n"
                     "Läsåret 2021/22: 280 000 kr\nLäsåret 2022/23: 300 000 kr\nSumma: 580 000 kr\n"
                     "Hyran för hallarna har betalats av fritidsförvaltningen och ingår inte i bidraget.\n")
    economy = next(section for section in walk(draft.fields["sections"]) if section["heading"] == "Ekonomi")
    assert [" ".join(paragraph.split()) for paragraph in economy["paragraphs"]] == [
        "Nämndens bidrag till Öppen hall har varit: Läsåret 2021/22: 280 000 kr Läsåret 2022/23: 300 000 kr "
        "Summa: 580 000 kr",
        "Hyran för hallarna har betalats av fritidsförvaltningen och ingår inte i bidraget."]
    assert [(item["amount"], item["kind"], item.get("start"), item.get("end"), item["quote"])
            for item in draft.fields["funding"]] == [
        (280000, "period", date(2021, 8, 1), date(2022, 6, 30), "Läsåret 2021/22: 280 000 kr"),
        (300000, "period", date(2022, 8, 1), date(2023, 6, 30), "Läsåret 2022/23: 300 000 kr"),
        (580000, "total", None, None, "Summa: 580 000 kr")]
    # lines of labels over a name that wraps on, or a signature's organisation: one paragraph, as before
    from generator.importing.parse import _labelled_lines
    assert _labelled_lines(["Kontakt:", "Kontaktperson: Anna", "Telefon: 0581-123 45", "Andersson Förvaltningen"]) is None


def test_a_text_files_margin_on_every_line_and_after_its_page_breaks_is_no_indentation(tmp_path: Path):
    """`pdftotext -layout` may give every line of a page a margin, the first line after a page break too (after its
    form feed): the headings in the left margin beside their text are read as headings all the same, on every page."""
    from generator.importing.extract import extract

    gap, column = " " * 6, " " * 20
    text = (f" NORRKÖPINGS KOMMUN\n\n Sammanfattning{gap}Föreningen har från augusti 2016 till juni 2018 drivit\n"
            f" {column}öppen idrottshall på fredagskvällar för ungdomar i Hageby.\n\n"
            f" Bakgrund{gap}      Kultur- och fritidsnämnden beslutade den 16 juni 2016 att ingå\n"
            f" {column}en överenskommelse om IOP med föreningen.\n\f Norrköpings kommun\n\n"
            f" Ekonomi{gap}       Ersättningen har betalats ut per läsår, 420 000 kronor\n"
            f" {column}för läsåret 2016/17.\n")
    (tmp_path / "memo.txt").write_text(text, encoding="utf-8")
    assert [block.text for block in extract(tmp_path / "memo.txt").blocks] == [
        "NORRKÖPINGS KOMMUN", "Sammanfattning", "Föreningen har från augusti 2016 till juni 2018 drivit öppen "
        "idrottshall på fredagskvällar för ungdomar i Hageby.", "Bakgrund", "Kultur- och fritidsnämnden beslutade den "
        "16 juni 2016 att ingå en överenskommelse om IOP med föreningen.", "Norrköpings kommun", "Ekonomi",
        "Ersättningen har betalats ut per läsår, 420 000 kronor för läsåret 2016/17."]


def test_a_word_exports_paragraphs_a_line_each_without_blank_lines_between(tmp_path: Path):
    """A Word export gives each paragraph one line, longer than any page is wide: a line that ends a sentence ends its
    paragraph where the next begins one, without a blank line between; a PDF's wrapped lines are still joined."""
    from generator.importing.extract import extract

    first = ("Det har varit svårt att nå män, som utgör drygt en tredjedel av deltagarna. Många deltagare har "
             "oregelbundna arbetstider.")
    second = "Att språkcaféet ligger på biblioteket, mitt i centrum, har gjort det lätt att hitta dit för alla."
    wrapped = "Föreningen har drivit språkcaféet sedan 2023. Det har\nvarit öppet två eftermiddagar i veckan."
    (tmp_path / "rapport.txt").write_text(f"Vad vi har lärt oss\n\n{first}\n{second}\n\n{wrapped}\n", encoding="utf-8")
    assert [block.text for block in extract(tmp_path / "rapport.txt").blocks] == [
        "Vad vi har lärt oss", first, second, wrapped.replace("\n", " ")]


def test_a_title_over_points_one_of_them_wrapped_is_a_heading(tmp_path: Path):
    """A slide's title over its points, no blank line between, a point wrapped onto a line in small letters: the
    title is a heading over the points, as it is over points a line each."""
    from generator.importing.extract import extract

    (tmp_path / "bilder.txt").write_text(
        "Lärdomar\n\nVad fungerade?\n  •   Ledare med egen erfarenhet av att vara ny i Sverige skapade förtroende hos\n"
        "      föräldrarna\n  •   Utrustning att låna gratis sänkte tröskeln\n", encoding="utf-8")
    assert [block.text for block in extract(tmp_path / "bilder.txt").blocks][:2] == ["Lärdomar", "Vad fungerade?"]


def test_a_new_agreement_for_years_after_the_report_is_its_next_step(tmp_path: Path):
    (tmp_path / "made").mkdir()
    (tmp_path / "asked").mkdir()
    head = ("Slutrapport IOP Älvgården 2020–2022\n\nDatum: 2023-02-20\n\nBakgrund\n\nÖverenskommelsen gällde för "
            "perioden 1 januari 2020 till och med 31 december 2022.\n\nAvslutning\n\n")
    made = draft_of(tmp_path / "made", head + "Överenskommelsen löpte ut den 31 december 2022. Nämnden och föreningen "
                    "har därefter tecknat en ny överenskommelse om IOP för 2023–2025.\n")
    assert made.fields["next_step"] == "new_agreement"
    assert made.fields["agreements"] == [{"start": date(2020, 1, 1), "end": date(2022, 12, 31)}]
    asked = draft_of(tmp_path / "asked", head + "Vi vill fortsätta och har ansökt om en ny överenskommelse för "
                     "2023–2025.\n")
    assert asked.fields.get("next_step") != "new_agreement"


def test_what_a_letterhead_leaves_over_above_the_title_is_no_title(tmp_path: Path):
    """A letterhead in two columns with its officer unlabelled on the left ("Per-Olof Hedman" / "Kulturstrateg"): what
    its lines leave over is no title, where the report's own title follows; a slide deck's own title stays one."""
    (tmp_path / "memo").mkdir()
    (tmp_path / "deck").mkdir()
    gap = " " * 26
    memo = draft_of(tmp_path / "memo", f"Sandvikens kommun\nKultur- och fritidsförvaltningen{gap}Tjänsteskrivelse\n"
                    f"{' ' * 57}2018-03-12\nPer-Olof Hedman{' ' * 42}KFN 2018/34\nKulturstrateg\n026-24 18 52\n\n\n"
                    "Slutrapport för idéburet offentligt partnerskap med Föreningen Järnbruksteatern 2014–2017\n\n"
                    "Sammanfattning\n\nKultur- och fritidsnämnden och Föreningen Järnbruksteatern har haft ett idéburet "
                    "offentligt partnerskap om teater för barn och unga.\n")
    assert memo.fields["title"] == ("Slutrapport för idéburet offentligt partnerskap med Föreningen Järnbruksteatern "
                                    "2014–2017")
    deck = draft_of(tmp_path / "deck", "Ut i naturen\n\nSlutrapport IOP Torups scoutkår 2022–2024\n\nBakgrund\n\n"
                    "Scoutkåren har haft veckomöten i tre åldersgrupper sedan hösten 2022 i Torup.\n")
    assert deck.fields["title"] == "Ut i naturen"


def test_the_next_pages_header_under_a_footer_is_no_part_of_the_paragraph_it_interrupts(tmp_path: Path):
    """A page's footer, its number and the next page's running header, no blank line between, in the middle of a
    paragraph: the header goes with the footer, and the paragraph is one again."""
    gap = " " * 30
    draft = draft_of(tmp_path, "Slutrapport IOP Bokstugan 2017–2019\n\nResultat\n\nLäxhjälpen hade 248 öppna tillfällen "
                     "under de två läsåren. I läsecirkeln för föräldrar\n\nFöreningen Bokstugan | Mejerigatan 6, 416 77 "
                     f"Göteborg | bokstugan@example.se\n{' ' * 70}Sida 1 av 2\nFöreningen Bokstugan{gap}Slutrapport IOP "
                     "2017–2019\n\n\ndeltog 17 föräldrar, nästan alla mammor.\n")
    result = next(section for section in walk(draft.fields["sections"]) if section["heading"] == "Resultat")
    assert result["paragraphs"] == ["Läxhjälpen hade 248 öppna tillfällen under de två läsåren. I läsecirkeln för "
                                    "föräldrar deltog 17 föräldrar, nästan alla mammor."]


def test_a_malmo_memo_whose_committee_only_its_proposal_names(tmp_path: Path):
    """Malmö's tjänsteskrivelse: "Vår referens" beside "Datum" over the officer, the committee only in "X föreslås
    besluta att …", and its line under "Beslutsplanering" the meeting's date (the working committee's is not)."""
    draft = draft_of(tmp_path, """Malmö stad
Arbetsmarknads- och socialförvaltningen                                         1 (3)

Datum                                  Vår referens
2024-04-16                             Johanna Persson
                                       Utvecklingssekreterare
Tjänsteskrivelse                       Tel: 040-34 72 05

Slutrapport idéburet offentligt partnerskap med Föreningen Cykelkraft Malmö 2021–2023
ASN-2024-04417

Förslag till beslut
Arbetsmarknads- och socialnämnden föreslås besluta att godkänna slutrapporten för det
idéburna offentliga partnerskapet med Föreningen Cykelkraft Malmö 2021–2023.

Beslutsplanering
Arbetsmarknads- och socialnämndens arbetsutskott 2024-05-07
Arbetsmarknads- och socialnämnden 2024-05-21

Ärendet
Föreningen har drivit en cykelskola för vuxna sedan 2021.
""")
    assert draft.fields["committee"] == "Arbetsmarknads- och socialnämnden"
    assert draft.fields["meeting_date"] == date(2024, 5, 21)
    assert draft.fields["case_officer"] == {"name": "Johanna Persson", "phone": "040-34 72 05"}


def test_a_title_over_the_proposals_heading_with_no_blank_line_between(tmp_path: Path):
    draft = draft_of(tmp_path, """Göteborgs Stad                                          Tjänsteutlåtande
Socialförvaltningen Nordost                             Utfärdat 2024-09-03

Slutrapport för idéburet offentligt partnerskap med Föreningen
Familjehörnan Hjällbo
Förslag till beslut
I Socialnämnden Nordost:

Socialnämnden Nordost godkänner slutrapporten och lägger den till handlingarna.

Sammanfattning
Föreningen har sedan 2021 drivit ett familjecafé i Hjällbo.
""")
    assert draft.fields["title"] == "Slutrapport för idéburet offentligt partnerskap med Föreningen Familjehörnan Hjällbo"
    assert draft.fields["committee"] == "Socialnämnden Nordost"
    assert draft.fields["proposals"] == ["Socialnämnden Nordost godkänner slutrapporten och lägger den till handlingarna."]


def test_a_letterheads_officer_without_a_label_is_the_administrations_contact(tmp_path: Path):
    """Göteborg's letterhead: the unit, then its officer's name, phone and e-mail, no "Handläggare"; never an
    organisation's contact in its own letterhead."""
    head = """Göteborgs Stad                                          Tjänsteutlåtande
Socialförvaltningen Nordost                             Utfärdat 2024-09-03

{contact}

Slutrapport för idéburet offentligt partnerskap med Föreningen Familjehörnan Hjällbo

Sammanfattning
Föreningen har sedan 2021 drivit ett familjecafé i Hjällbo.
"""
    draft = draft_of(tmp_path, head.format(contact="Avdelning Barn och familj\nLinnea Öberg\nTelefon: 031-365 41 27\n"
                                                   "E-post: linnea.oberg@socialnordost.goteborg.se"))
    assert draft.fields["case_officer"] == {"name": "Linnea Öberg", "phone": "031-365 41 27"}
    (tmp_path / "b").mkdir()
    own = draft_of(tmp_path / "b", head.format(contact="Föreningen Familjehörnan Hjällbo\nAmina Warsame\n"
                                                       "Telefon: 070-123 45 67\nE-post: amina@familjehornan.se"))
    assert "case_officer" not in own.fields


def test_what_the_rules_of_this_day_leave_as_they_were(tmp_path: Path):
    """A review's cases, each read as before the day's rules on form heads, titles, tables in spaces and goal rows:
    an officer's title in small letters under the name; a name that wraps over three lines; numbered points set
    with spaces after their numbers; a sentence in a goal row's comment cell."""
    def fields(name: str, text: str) -> dict[str, object]:
        (tmp_path / name).mkdir()
        return draft_of(tmp_path / name, text).fields

    head = "SOCIALFÖRVALTNINGEN                     TJÄNSTESKRIVELSE\n"
    officer = fields("a", head + "Handläggare                  Till\nKarin Holm                   Socialnämnden\n"
                              "utvecklingsledare\nTelefon: 0570-123 45\n\n"
                              "Slutrapport för idéburet offentligt partnerskap med föreningen Ljuspunkten\n\n"
                              "Bakgrund\nÖverenskommelsen gällde 2021-01-01 – 2023-12-31.\n")
    assert officer["case_officer"] == {"name": "Karin Holm", "phone": "0570-123 45"}
    assert officer["committee"] == "Socialnämnden"
    title = fields("b", head + "Handläggare: Karin Holm\n\nSlutrapport för idéburet offentligt partnerskap med\n"
                            "föreningen Kvinnors Röst\nKirseberg och Rosengård\n\n"
                            "Bakgrund\nÖverenskommelsen gällde 2021-01-01 – 2023-12-31.\n")
    assert title["title"].endswith("med föreningen Kvinnors Röst Kirseberg och Rosengård") and "subtitle" not in title
    points = fields("c", "Slutrapport för idéburet offentligt partnerskap med föreningen Ljuspunkten\n\nResultat\n\n"
                         "1.   Föreningen har haft 1 240 besök av 186 olika\n     anhöriga.\n"
                         "2.   Samtalsgrupperna har träffats 96 gånger under\n     perioden.\n"
                         "3.   Föreläsningarna har samlat 420 deltagare.\n")
    assert [(entry["value"], entry["unit"]) for entry in points["figures"]] == [
        (1240, "besök"), (186, "anhöriga"), (96, "gånger"), (420, "deltagare")]
    assert not any("\t" in paragraph for section in points["sections"] for paragraph in section.get("paragraphs", []))
    goals = fields("d", "Slutrapport för idéburet offentligt partnerskap med föreningen Ljuspunkten\n\nMåluppfyllelse\n\n"
                        "Mål\tMålvärde\tUtfall\tKommentar\n"
                        "Samtalsgrupper\t150 anhöriga\t186 anhöriga\tUppfyllt. Dessutom deltog 25 pappor.\n")
    assert (25, "pappor") in [(entry["value"], entry["unit"]) for entry in goals["figures"]]


def test_money_the_rules_of_this_day_leave_as_it_was():
    """Another funder's clause before the committee's own ("… och Karlstads kommun har bidragit med"), the verb
    "arrenderar", and a yearly amount during the agreement that is not every year's."""
    from generator.importing.grammar import funding_in

    def read(text: str) -> list[tuple[int, str, list[int]]]:
        agreements = [{"start": date(2021, 1, 1), "end": date(2023, 12, 31)}]
        return [(int(a.amount), a.kind, a.years) for a in funding_in(text, None, agreements)]

    assert read("Svenska kyrkan i Karlstad har upplåtit lokalen kostnadsfritt och Karlstads kommun har bidragit med "
                "420 000 kronor per år.") == [(420000, "per_year", [])]
    assert read("Region Värmland har stått för utbildningen av volontärerna och förvaltningen har bidragit med "
                "300 000 kronor per år.") == [(300000, "per_year", [])]
    assert read("Föreningen arrenderar marken av kommunen och får ett bidrag på 150 000 kronor per år.") == [
        (150000, "per_year", [])]


def test_a_word_export_without_a_blank_line_gives_each_heading_its_paragraphs(tmp_path: Path):
    """A paragraph a line and no blank line anywhere, as a Word export gives them: headings over paragraphs longer than
    a page is wide are sections; the letterhead's short lines stay together."""
    draft = draft_of(tmp_path, "Farsta stadsdelsförvaltning\nKultur- och fritidsenheten\nTjänsteutlåtande\n"
                     "Dnr FA 2024/1187\n2024-11-05\nHandläggare\nNadia Eklund\nTill\nFarsta stadsdelsnämnd\n"
                     "Slutrapport för idéburet offentligt partnerskap med Föreningen Musikhuset Hökarängen\n"
                     "Sammanfattning\nFarsta stadsdelsnämnd och Föreningen Musikhuset Hökarängen har sedan den 1 mars "
                     "2021 samverkat i ett idéburet offentligt partnerskap om musik för barn.\n"
                     "Bakgrund\nNämnden beslutade den 18 februari 2021 att ingå överenskommelsen för perioden 1 mars "
                     "2021 – 31 december 2023, och den förlängdes sedan till och med den 31 december 2024.\n"
                     "Ärendet\nFöreningen har bedrivit musikgrupper för barn två eftermiddagar i veckan i lokaler i "
                     "Hökarängen och sommarkurser under sommarlovet.\nUnder 2023 deltog 122 barn i musikgrupperna, "
                     "varav 75 flickor och 47 pojkar, och barnen medverkade i 38 konserter under perioden.\n")
    assert [section["heading"] for section in draft.fields["sections"]] == ["Sammanfattning", "Bakgrund", "Ärendet"]
    assert len(draft.fields["sections"][2]["paragraphs"]) == 2
    assert draft.fields["agreements"] == [{"start": date(2021, 3, 1), "end": date(2023, 12, 31),
                                           "extended_to": date(2024, 12, 31)}]


def test_a_word_exports_body_without_a_blank_line_under_a_letterhead_with_blank_lines(tmp_path: Path):
    """The letterhead and the proposals set apart by blank lines, the body a paragraph a line without one: the body's
    headings still have their paragraphs. A table's numbered caption stays over its rows, a sentence after the last
    row begins a paragraph, and so does a numbered heading after a sentence."""
    long = ("Kultur- och fritidsnämnden och Simsällskapet Delfinen har sedan den 16 augusti 2021 samverkat i ett "
            "idéburet offentligt partnerskap för att fler barn ska bli simkunniga.")
    draft = draft_of(tmp_path, "Ängelholms kommun\nKultur och fritid\n\nTJÄNSTESKRIVELSE\nDatum: 2024-09-02\n"
                     "Diarienummer: KFN 2024/187\n\nKultur- och fritidsnämnden\n\n"
                     "Slutrapport – idéburet offentligt partnerskap med Simsällskapet Delfinen\n\n"
                     f"1. Sammanfattning\n{long}\nSimskolan har under perioden haft 401 deltagare.\n"
                     f"2. Bakgrund\n{long}\n{long}\n"
                     "3. Resultat\nFöreningen har redovisat deltagarna efter varje termin.\n"
                     "Tabell 1. Simskolan per termin\nTermin\tGrupper\tDeltagare\nHT 2021\t6\t48\nVT 2022\t8\t64\n"
                     "Ett barn kan ha deltagit mer än en termin. Antalet unika barn under perioden var 63.\n"
                     "3.1 Mål och utfall\nTabell 2. Mål och utfall\nMål\tUtfall\nFler barn ska bli simkunniga\t186\n")
    sections = draft.fields["sections"]
    assert [section["heading"] for section in sections] == ["1. Sammanfattning", "2. Bakgrund", "3. Resultat"]
    assert [section["heading"] for section in sections[2]["sections"]] == ["3.1 Mål och utfall"]
    assert sections[0]["paragraphs"] == [long, "Simskolan har under perioden haft 401 deltagare."]
    assert sections[1]["paragraphs"] == [long, long]
    assert sections[2]["paragraphs"] == [
        "Föreningen har redovisat deltagarna efter varje termin.",
        "Tabell 1. Simskolan per termin\nTermin\tGrupper\tDeltagare\nHT 2021\t6\t48\nVT 2022\t8\t64",
        "Ett barn kan ha deltagit mer än en termin. Antalet unika barn under perioden var 63."]


def test_points_whose_sign_a_word_export_sets_off_with_a_tab_are_a_list_not_a_table(tmp_path: Path):
    """"•<TAB>simskola …", as Word exports a point, is a point of a list (once read as a table's row, which left the
    activities led into by "Partnerskapet har omfattat:" unread)."""
    draft = draft_of(tmp_path, "Slutrapport för partnerskapet med Simsällskapet Delfinen\n\nPartnerskapets innehåll\n\n"
                     "Simskolan har riktat sig till barn i Nyhem. Partnerskapet har omfattat:\n"
                     "•\tsimskola för barn som inte är simkunniga\n•\tvattenvana för vuxna\n"
                     "•\tutbildning av 14 unga simlärare\n")
    assert draft.fields["activities"] == ["simskola för barn som inte är simkunniga", "vattenvana för vuxna",
                                          "utbildning av 14 unga simlärare"]


PRINTED_FORM = """UPPSALA KOMMUN                                                    Blankett IFN 12

Slutredovisning av idéburet offentligt partnerskap (IOP)

Nämnd                                    Idrotts- och fritidsnämnden

Diarienummer (fylls i av                 IFN-2025-00142
förvaltningen)

Handläggare på förvaltningen             Johan Ekblad, tfn 018-727 41 63

1. Uppgifter om organisationen

Organisationens namn                     Idrottsföreningen Stenhagen Förenade

Projektperiod                            2022-03-01 – 2025-02-28

2. Verksamheten

Beskriv kort vad verksamheten har        Vi har hållit Stenhagens sporthall öppen för
innehållit under projektperioden.        spontanidrott tre kvällar i veckan, och en kväll
                                         i veckan har hallen varit reserverad för tjejer.
"""


def test_a_form_printed_from_a_spreadsheet_each_label_beside_its_value(tmp_path: Path):
    """A label beside its value in columns of spaces, either wrapped over lines of its own, is a row of two cells, as a
    Word table gives it: the case number, the officer and the agreement are read from their fields, and a question's
    answer is its section's text."""
    from generator.importing.extract import Block, _side_by_side

    assert _side_by_side(Block("Diarienummer (fylls i av                 IFN-2025-00142\nförvaltningen)")).text == \
        "Diarienummer (fylls i av förvaltningen)\tIFN-2025-00142"
    draft = draft_of(tmp_path, PRINTED_FORM)
    assert draft.fields["case_number"] == "IFN-2025-00142"
    assert draft.fields["case_officer"] == {"name": "Johan Ekblad", "phone": "018-727 41 63"}
    assert draft.fields["agreements"] == [{"start": date(2022, 3, 1), "end": date(2025, 2, 28)}]
    answer = next(section for section in walk(draft.fields["sections"])
                  if section["heading"] == "Beskriv kort vad verksamheten har innehållit under projektperioden.")
    assert answer["paragraphs"] == ["Vi har hållit Stenhagens sporthall öppen för spontanidrott tre kvällar i veckan, "
                                    "och en kväll i veckan har hallen varit reserverad för tjejer."]
    # columns whose left part is no form's label: a letterhead, signatures, a table's rows
    for columns in ("TRELLEBORGS KOMMUN                                    SLUTRAPPORT\n"
                    "Socialförvaltningen                                   Datum: 2024-02-14",
                    "Lena Håkansson                          Mats Örnberg\nFörvaltningschef                        Utvecklingsstrateg",
                    "Period                       Belopp\nmars–december 2018           350 000 kr\n"
                    "2019                         420 000 kr"):
        assert _side_by_side(Block(columns)).text == columns


def test_a_heading_over_a_lead_and_points_set_off_by_tabs_in_a_word_exports_stretch(tmp_path: Path):
    """Points whose sign a tab sets off are no table's rows: the lead stays under its heading (a review found the
    heading "3 Genomförande och resultat" joined to the lead and lost)."""
    long = ("Kultur- och fritidsnämnden och Simsällskapet Delfinen har sedan den 16 augusti 2021 samverkat i ett "
            "idéburet offentligt partnerskap för att fler barn ska bli simkunniga.")
    draft = draft_of(tmp_path, f"Slutrapport för partnerskapet med Simsällskapet Delfinen\n1 Sammanfattning\n{long}\n"
                     f"2 Bakgrund\n{long}\n{long}\n3 Genomförande och resultat\nVerksamheten har omfattat:\n"
                     "•\tsimskola för barn som inte är simkunniga\n•\tvattenvana för vuxna\n"
                     "Förvaltningen har ställt badtider i simhallen till förfogande under hela perioden.\n"
                     f"4 Ekonomi\n{long}\n")
    assert [section["heading"] for section in draft.fields["sections"]] == [
        "1 Sammanfattning", "2 Bakgrund", "3 Genomförande och resultat", "4 Ekonomi"]


def test_a_mail_over_a_report_addressed_to_its_committee_and_a_stamp_drawn_in_a_frame(tmp_path: Path):
    """After a mail's header ("Till: Karin Åhlund"), the report begins at its own addressee, a committee; a registrar's
    stamp drawn with box characters gives its case number (the frame is no text)."""
    draft = draft_of(tmp_path, "Karin Åhlund\n\nFrån:                 Lena Forsgren <lena@matochmoten.se>\n"
                     "Skickat:              den 19 januari 2024 14:32\nTill:                 Karin Åhlund\n"
                     "Ämne:                 Slutrapport IOP Mat & Möten 2020–2023\n\nHej Karin!\n\n"
                     "Här kommer vår slutrapport för IOP:t.\n\nVänliga hälsningar\nLena Forsgren\n\n"
                     "          ┌──────────────────────────┐\n          │ SÖDERMALMS               │\n"
                     "          │ Inkom 2024-01-19         │\n          │ Dnr SÖ 2024/000086       │\n"
                     "          └──────────────────────────┘\n\nFÖRENINGEN MAT & MÖTEN SÖDER\n\n"
                     "Till: Södermalms stadsdelsnämnd\n\n"
                     "Slutrapport – idéburet offentligt partnerskap med Södermalms stadsdelsnämnd 2020–2023\n\n"
                     "Om föreningen\n\nMat & Möten Söder är en ideell förening som samlar människor kring måltider.\n")
    assert draft.fields["committee"] == "Södermalms stadsdelsnämnd"
    assert draft.fields["case_number"] == "SÖ 2024/000086"


def test_pdf_text_wrapped_near_a_hundred_characters_without_blank_lines_keeps_its_sentences():
    """No blank line, but lines a PDF wrapped at about a hundred characters: no line is a paragraph of its own, so no
    sentence is cut where a line happens to be longer than a hundred characters."""
    lines = ["Farsta stadsdelsförvaltning", "Tjänsteutlåtande", "Till", "Farsta stadsdelsnämnd", "Sammanfattning",
             "Farsta stadsdelsnämnd och Föreningen Musikhuset Hökarängen har sedan den 1 mars 2021 samverkat i ett nära",
             "och idéburet offentligt partnerskap om musik för barn i åldern sex till femton år i hela stadsdelsområdet.",
             "Föreningen har bedrivit musikgrupper för barn två eftermiddagar i veckan i lokalerna i Hökarängen, och de",
             "sommarkurser som hölls under sommarlovet har samlat många barn som annars inte hade haft något att göra.",
             "Bakgrund", "Nämnden beslutade den 18 februari 2021 att ingå den nya överenskommelsen för perioden 1 mars 2021",
             "till 31 december 2023, och den förlängdes sedan till och med den 31 december 2024 av nämnden i december."]
    from generator.importing.extract import _paragraph_a_line

    text = "\n".join(lines) + "\n"
    assert _paragraph_a_line(text) == text
    assert max(len(line) for line in lines) > 100


SCANNED_MEMO = """ ,;‘\\ %                                                            1 (2)
 i‘(Ö\\|I‚ VAGGERYDS                       TJÄNSTESKRIVELSE
 \\»;" KOMMUN                              2024-02-12

  Slutrapport för idéburet offentligt partnerskap med Föreningen Ljuspunkten

  Förslag till beslut
  Socialnämnden godkänner slutrapporten och lägger den till handlingarna.

  Ärendet
  Socialnämnden ingick 2021 ett idéburet offentligt partnerskap med Föreningen Ljuspunkten om en
  mötesplats i Skillingaryd. Föreningens slutrapport bifogas.

  Förvaltningen för Individ & Familj

       /'7e%‘ '/ﬁ¿\\(/\\4/                       Q/»{ 3:4;{
  Helena Strand                                 Johan Ekdahl
  Förvaltningschef                              Verksamhetsutvecklare

  Bilaga
  1. Föreningen Ljuspunktens slutrapport

  Föreningen Ljuspunktens slutrapport

  Vad vi har gjort
  Mötesplatsen har varit öppen tre dagar i veckan.

  Skillingaryd den 30 januari 2024

  För Föreningen Ljuspunkten

     Ulla  ß€rgk\\/i§t                  /9#@/ ‚,M,/—~
  Ulla Bergkvist                       Per-Olof Nyman
  Ordförande                           Kassör
"""


def test_a_scanned_memo_without_its_logos_and_handwriting_signed_by_both_parties(tmp_path: Path):
    from generator.importing.extract import without_box_edges, without_scribbles

    # A line of what a scanner read from a logo or a signature goes, and so does one of such marks but for a word (a
    # first name written by hand); a line with words beside such marks stays as read, and so does any other line.
    # (left empty, so that what stood above and below stays apart: two signatures one over the other)
    assert without_scribbles("  /‘/iow»? 3%} ,¿,—    Lc/u/x. W\n  Ulla  ß€rgk\\/i§t   /9#@/ ‚,M,/—~\nText") == "\n\nText"
    kept = ("i‘(Ö\\|I‚ HOFORS   TJÄNSTESKRIVELSE\nVi sa »Ja», och ~40 kom.\n| Dnr SN 2016/45 |\nlena@hofors.se\n"
            "»Ja!»\n‘Ja’\n~ Sommarläger ~\n~~ Välkommen ~~\nFlickor ~5 ~8\n~4 tkr\n|1|2|3|\n|---|---|\n<a@b.se>\n{3}\n"
            "/‘/iow»? ,¿,—   2021-03-04")
    assert without_scribbles(kept) == kept
    assert without_scribbles("©  " + "b" * 100_000) == "©  " + "b" * 100_000  # (at once: linear in a word's length)
    # A box's left edge before each of its lines goes (not a bar in a line, a lone one, or a table's bars).
    assert without_box_edges("  | Förening:   Ljuspunkten\n  | Nämnd:      Socialnämnden") == (
        "    Förening:   Ljuspunkten\n    Nämnd:      Socialnämnden")
    other = "Text | här\n| ensam rad\n\n| a | b |\n| c | d |"
    assert without_box_edges(other) == other
    fields = draft_of(tmp_path, SCANNED_MEMO).fields
    assert [(s["name"], s["title"], s.get("unit")) for s in fields["signatories"]] == [
        ("Helena Strand", "Förvaltningschef", "Förvaltningen för Individ & Familj"),
        ("Johan Ekdahl", "Verksamhetsutvecklare", "Förvaltningen för Individ & Familj"),
        ("Ulla Bergkvist", "Ordförande", "Föreningen Ljuspunkten"), ("Per-Olof Nyman", "Kassör", "Föreningen Ljuspunkten")]
    text = str(fields["sections"])
    assert "ß€rgk" not in text and "iow»" not in text and "Helena Strand" not in text


def test_a_received_stamps_case_number_beside_the_officers_label_is_no_name(tmp_path: Path):
    stamped = ("STOCKHOLMS STAD                           Tjänsteutlåtande\n\n"
               "                                              | HÄSSELBY-VÄLLINGBY          |\n"
               "                                              |      Inkom 2021-08-25       |\n"
               "  Handläggare                                 |   Dnr HV 2021/0412          |\n"
               "  Amira Hosseini\n  Telefon: 08-508 05 412\n\n"
               "Slutrapport för idéburet offentligt partnerskap med Föreningen Tjejlyftet\n\n"
               "Förvaltningens förslag till beslut\nStadsdelsnämnden godkänner slutrapporten.\n")
    assert draft_of(tmp_path, stamped).fields["case_officer"] == {"name": "Amira Hosseini", "phone": "08-508 05 412"}
    from generator.importing.layout import UNIT, named
    from generator.importing.parse import _person

    assert [_person(line) for line in ("Amira Hosseini", "Hofors Kommun", "Socialnämnden Hofors")] == [True, False, False]
    assert named("Förvaltningen för funktionsstöd", UNIT) and not named("Förvaltningen för fram följande synpunkter", UNIT)


def test_the_committee_beside_the_officers_label_and_the_officers_name_alone_under_it(tmp_path: Path):
    memo = ("OSKARSHAMNS KOMMUN                                            TJÄNSTESKRIVELSE\n"
            "Socialförvaltningen                                           Datum 2020-03-02\n\n"
            "Handläggare                                                   Socialnämnden\n"
            "Linnea Kraft\nUtvecklingsledare\nTel 0491-885 12\n\n"
            "Slutrapport för idéburet offentligt partnerskap med Föreningen Vindskyddet\n\n"
            "Förslag till beslut\nSocialnämnden godkänner slutrapporten.\n")
    assert draft_of(tmp_path, memo).fields["case_officer"] == {"name": "Linnea Kraft", "phone": "0491-885 12"}


def test_a_scanners_l_for_the_first_proposals_number(tmp_path: Path):
    memo = ("Slutrapport för idéburet offentligt partnerskap med Föreningen Tjejlyftet\n\n"
            "Förvaltningens förslag till beslut\n"
            "l. Stadsdelsnämnden godkänner slutrapporten för det idéburna offentliga\n   partnerskapet.\n"
            "2. Stadsdelsnämnden lägger slutrapporten till handlingarna.\n\nBakgrund\nText.\n")
    assert draft_of(tmp_path, memo).fields["proposals"] == [
        "Stadsdelsnämnden godkänner slutrapporten för det idéburna offentliga partnerskapet.",
        "Stadsdelsnämnden lägger slutrapporten till handlingarna."]


def test_a_paragraph_a_page_break_split_before_a_year_is_one():
    from generator.importing.extract import Block, join_page_breaks

    before = Block("Föreningen har därutöver fått 35 000 kronor från Region Gävleborg till friluftsdagar under sommaren")
    after = Block("2015. Av bidraget för 2015 har föreningen återbetalat 18 400 kronor som inte\nförbrukades.")
    assert [b.text for b in join_page_breaks([before, after])] == [
        before.text + " 2015. Av bidraget för 2015 har föreningen återbetalat 18 400 kronor som inte förbrukades."]
    table = Block("2021   100 000 kr\n2022   120 000 kr")  # a table's rows after it are no part of it
    assert len(join_page_breaks([before, table])) == 2


def test_a_committees_meeting_in_the_genitive_over_two_lines(tmp_path: Path):
    memo = ("LIDKÖPINGS KOMMUN\nSocialförvaltningen                                     TJÄNSTESKRIVELSE\n"
            "                                                        2015-08-27\n\n"
            "                                                        Till socialnämndens\n"
            "                                                        sammanträde 2015-09-17\n\n\n"
            "Slutrapport – IOP med Socialt arbetskooperativ Vänerlyktan\n\n"
            "Förslag till beslut\nSocialnämnden godkänner slutrapporten.\n")
    fields = draft_of(tmp_path, memo).fields
    assert (fields["committee"], str(fields["meeting_date"])) == ("Socialnämnden", "2015-09-17")


def test_a_units_signatures_are_its_only_and_contacts_under_a_unit_are_no_signatories(tmp_path: Path):
    memo = ("Slutrapport för idéburet offentligt partnerskap med Föreningen Ljuspunkten\n\n"
            "Förslag till beslut\nSocialnämnden godkänner slutrapporten.\n\n"
            "Kontakt\nUnder partnerskapet har föreningen haft stöd av förvaltningen.\n\n"
            "Avdelningen för individ och familj\n\nAnna Svensson, enhetschef\nPer Olsson, socialsekreterare\n\n"
            "Ärendet\nFöreningen har drivit en mötesplats.\n\n"
            "Förvaltningen för Individ & Familj\n\n"
            "Helena Strand                                 Johan Ekdahl\n"
            "Förvaltningschef                              Verksamhetsutvecklare\n\n"
            "Bilaga 1\n\nFöreningen Ljuspunktens slutrapport\n\nVad vi har gjort\nMötesplatsen har varit öppen.\n\n"
            "Skillingaryd den 30 januari 2024\n\nUlla Bergkvist                       Per-Olof Nyman\n"
            "Ordförande                           Kassör\n")
    assert [(s["name"], s.get("unit")) for s in draft_of(tmp_path, memo).fields["signatories"]] == [
        ("Helena Strand", "Förvaltningen för Individ & Familj"), ("Johan Ekdahl", "Förvaltningen för Individ & Familj"),
        ("Ulla Bergkvist", None), ("Per-Olof Nyman", None)]


def test_a_heading_numbered_three_levels_deep_over_a_short_line(tmp_path: Path):
    memo = ("Slutrapport för idéburet offentligt partnerskap med Föreningen Silverlänken\n\n"
            "1 Förslag till beslut\nÄldrenämnden godkänner slutrapporten.\n\n"
            "3 Bakgrund\n\n3.2 Överenskommelsen\nÄldrenämnden beslutade den 16 juni 2020 att ingå överenskommelsen med "
            "föreningen om telefonvänner och träffpunkter.\n\n"
            "3.2.2 Parternas åtaganden\nFöreningen åtog sig att:\n\n  – rekrytera volontärer,\n  – ordna träffar.\n")
    def headings(sections):  # type: ignore[no-untyped-def]
        return [h for s in sections for h in (s["heading"], *headings(s.get("sections", [])))]
    assert "3.2.2 Parternas åtaganden" in headings(draft_of(tmp_path, memo).fields["sections"])


def test_a_table_of_periods_with_the_grant_under_bidrag_alone_each_rows_money_for_its_period(tmp_path: Path):
    from generator.content.tables import quoted_row_amounts
    from generator.importing.reading import _dated_rows

    table = ("Verksamhetsår\tPeriod\tBidrag\n2014/2015\t1 juli 2014 – 30 juni 2015\t525 000\n"
             "2015/2016\t1 juli 2015 – 30 juni 2016\t580 000")
    found = [(a.amount, a.kind, str(a.start), str(a.end)) for a in _dated_rows(table)]
    assert found == [(525000, "period", "2014-07-01", "2015-06-30"), (580000, "period", "2015-07-01", "2016-06-30")]
    assert quoted_row_amounts("2014/2015\t1 juli 2014 – 30 juni 2015\t525 000", [table]) == [525000]  # as the build reads it
    # (not a column of another kind of money: "Kostnad")
    assert _dated_rows(table.replace("\tBidrag\n", "\tKostnad\n")) == []


# Whole documents a careless pattern would read in quadratic time: many one-line blocks a page's letterhead could be,
# one long word without a vowel, labelled lines, a scanner's marks over names, a box's edges.
ADVERSARIAL = {
    "unit lines": "Avdelningen för stöd\n\n",
    "long word": "b",
    "labelled lines": "Antal deltagare: 12\n",
    "scanned marks": "/‘/iow»? 3%}\nAnna Svensson\n",
    "box edges": "| Förening:   X\n",
}


@pytest.mark.parametrize("kind", list(ADVERSARIAL))
def test_the_whole_import_grows_with_the_document_not_faster(tmp_path: Path, kind: str):
    """Four times the text takes about four times the processor time (a quadratic reading would take sixteen)."""
    import time

    def spent(size: int) -> float:
        fragment = ADVERSARIAL[kind]
        body = "Verksamheten " + fragment * size if len(fragment) == 1 else fragment * (size // len(fragment))
        document = tmp_path / f"{size}.txt"
        document.write_text("Slutrapport IOP Föreningen X 2021\n\nBakgrund\n\n" + body + "\n", encoding="utf-8")
        start = time.process_time()
        import_document(document, CONTENT, tmp_path / f"out-{size}", force=True)
        return time.process_time() - start

    small = min(spent(12_000) for _ in range(2))
    assert spent(48_000) < 8 * small + 0.2, kind
