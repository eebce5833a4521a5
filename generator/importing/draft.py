"""Import, stage 3: write the draft report file and check it like any content file.

A draft starts with `status: utkast`: the build refuses to publish it until a
person has checked it against the document and removed that line. Values read
by a rule carry a `# GRANSKA:` comment saying why; what was not found and what
could not be placed are listed at the end. Everything staff read is Swedish.
"""
from __future__ import annotations

import dataclasses
import hashlib
import shutil
import tempfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from decimal import Decimal
from typing import Any

import yaml

from ..content.catalogue import read_catalogue
from ..content.load import REVIEW_MARK, load_file
from ..content.model import District, Organisation, Report, Theme
from ..content.validate import convert_list
from ..errors import ContentError
from ..text import id_from_name
from .extract import extract
from .parse import Draft, parse

# The draft's fields in the order a reviewer meets them in the document (and in the hand-made reports).
READING_ORDER = ["title", "subtitle", "district", "organisation", "committee", "meeting_date", "case_number",
                 "case_officer", "proposals", "agreements", "activities", "places", "themes", "outcome", "next_step",
                 "funding", "figures", "lessons", "sections", "signatories", "approvals_statement", "approvals",
                 "attachments", "original"]
FIELD_ORDER = READING_ORDER + [f.name for f in dataclasses.fields(Report) if not f.metadata.get("derived")
                               and f.name not in READING_ORDER and f.name != "status"]


@dataclass
class Imported:
    source: Path
    target: Path
    draft: Draft
    problems: list[str] = field(default_factory=list)  # the draft's validation problems


def read_list(path: Path, cls: type) -> list[Any]:
    """The valid entries of districts.yml, organisations.yml or themes.yml (to match names against)."""
    if not path.exists():
        return []
    document, _ = load_file(path)
    if document is None:
        return []
    entries, _ = convert_list(document, cls, [])
    return [entry for entry in entries if dataclasses.is_dataclass(entry)]


def report_id(draft: Draft, source: Path) -> str:
    """`<district>-<organisation>-<first year>-<last year>`, or a name from the file when those are unknown."""
    fields = draft.fields
    years = sorted({y for a in fields.get("agreements", []) for y in _years(a)})
    organisation = str(fields.get("organisation", ""))
    words = [w for w in organisation.split("-") if w not in ("stiftelsen", "foreningen", "ideell", "forening")]
    parts = [fields.get("district"), words[0] if words else None]
    if years:
        parts += [str(years[0]), str(years[-1])] if years[0] != years[-1] else [str(years[0])]
    known = [str(p) for p in parts if p]
    if len(known) > 2:
        return "-".join(known)[:80].strip("-")
    return ("import-" + id_from_name(source.stem))[:80].strip("-")


def _years(agreement: dict[str, Any]) -> list[int]:
    if "year" in agreement:
        return [agreement["year"]]
    last = agreement.get("extended_to") or agreement["end"]
    return list(range(agreement["start"].year, last.year + 1))


class _Dumper(yaml.SafeDumper):
    pass


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Section text as a literal block, paragraph by paragraph, as staff write it.
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


def _decimal(dumper: yaml.SafeDumper, value: Any) -> yaml.ScalarNode:
    text = format(value, "f")
    return dumper.represent_scalar("tag:yaml.org,2002:int" if "." not in text else "tag:yaml.org,2002:float", text)


_Dumper.add_representer(str, _text)
_Dumper.add_representer(Decimal, _decimal)


# What a reviewer checks for each value, on the `# GRANSKA:` line above it. Every value the import read gets
# one: the build refuses the report until a person has checked the value and taken its line away.
CHECKS = {
    "title": "dokumentets egen titel (inte brevhuvudet, en ort eller ett datum)?",
    "subtitle": "raden under titeln, ordagrant?",
    "district": "stadsdelen (eller kommunen) som nämnden gäller?",
    "organisation": "den idéburna organisationen? (inte en plats eller en lokal efter namnet)",
    "committee": "nämnden som dokumentet är ställt till, som dokumentet skriver den?",
    "case_officer": "handläggarens namn och telefonnummer (inte växeln)?",
    "case_number": "diarienumret, exakt som i dokumentet?",
    "meeting_date": "datum för nämndens sammanträde (inte dokumentets datum)?",
    "outcome": "förvaltningens samlade bedömning av målen, inte ett enskilt mål?",
    "next_step": "vad som händer efter partnerskapet, enligt dokumentet?",
    "approvals_statement": "meningen ovanför attesteringarna, ordagrant?",
    "proposals": "förslaget ordagrant, helt, utan numrering?",
    "agreements": "datumen för överenskommelsen (och förlängningen) enligt dokumentet?",
    "activities": "verksamheten med dokumentets ord?",
    "places": "en plats som verksamheten riktade sig till (inte en lokal, en adress eller stadsdelen själv)?",
    "themes": "passar temat? (webbplatsens indelning, inte dokumentets)",
    "funding": "beloppet, dess sort (per år, för en period, totalt, engångsbelopp, återbetalt) och år enligt meningen?",
    "figures": "talet, enheten och vad det mäter enligt meningen?",
    "challenges": "en utmaning som rapporten beskriver, ordagrant?",
    "success_factors": "en framgångsfaktor som rapporten beskriver, ordagrant?",
    "signatories": "namn, titel och enhet som i underskriften?",
    "approvals": "namn, titel och datum som i tabellen?",
    "attachments": "bilagans titel som i listan?",
    "sections": "rubriken och texten ordagrant, stycke för stycke? (inget sidhuvud eller sidfot inne i texten)",
}
# Copied beside the draft and named in `original`, with its checksum: nothing read, nothing to review.
ORIGINAL_SUFFIXES = (".pdf", ".docx")


def _mark(check: str, indent: str = "", why: str | None = None) -> str:
    return f"{indent}# GRANSKA: {_one_line(why + '; ' + check if why else check)}"


def _indented(text: str, indent: str) -> str:
    return "\n".join(indent + line if line else line for line in text.split("\n"))


def _section(item: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"heading": item["heading"]}
    if item.get("paragraphs"):
        out["text"] = "\n\n".join(item["paragraphs"]) + "\n"
    return out


def _sections(items: list[dict[str, Any]], indent: str, ocr: bool, why: str | None) -> list[str]:
    """The sections, each under its own mark, nested sections under theirs."""
    lines = [f"{indent}sections:"]
    for item in items:
        check = (f"avsnittet {item['heading']!r} ord för ord (texten kommer från textigenkänning)" if ocr
                 else CHECKS["sections"])
        lines.append(_mark(check, indent, why))
        lines.append(_indented(_dump([_section(item)]), indent))
        if item.get("sections"):
            lines += _sections(item["sections"], indent + "  ", ocr, why)
    return lines


def draft_yaml(draft: Draft, source: Path) -> str:
    lines = ["# yaml-language-server: $schema=../../schema/report.schema.json",
             f"# Utkast importerat från {source.name}. Varje värde som importen läste har en rad '# GRANSKA:'",
             "# ovanför sig: jämför värdet med dokumentet, rätta det om det behövs och ta bort raden. Fyll i det",
             "# som listas som inte hittat, om dokumentet anger det. Också värden utan markering kan vara fel.",
             "# Rapporten kan publiceras först när ingen GRANSKA-rad finns kvar och raden 'status: utkast' är borta."]
    if draft.ocr:
        lines += ["# Dokumentet är inskannat: texten kommer från textigenkänning (OCR) och kan ha läsfel."]
    if draft.columns:
        lines += [f"# {line}" for line in textwrap.wrap(f"{COLUMNS_READ}.", 110)]
    lines += ["", "status: utkast"]
    for name in FIELD_ORDER:
        if name not in draft.fields:
            continue
        value = draft.fields[name]
        why = draft.uncertain.get(name)
        if why and (isinstance(value, list) or name == "lessons"):
            lines.append(f"# Importen: {_one_line(why)}")  # about the whole list; each entry has its own mark
            why = None
        if name == "original":
            lines += [f"# Originaldokumentet, kopierat hit från {_one_line(source.name)}; det publiceras med rapporten.",
                      _dump({name: value})]
        elif name == "sections":
            lines += _sections(value, "", draft.ocr, why)
        elif name == "lessons":
            lines.append("lessons:")
            for group in ("challenges", "success_factors"):
                if value.get(group):
                    lines.append(f"  {group}:")
                    for quote in value[group]:
                        lines += [_mark(CHECKS[group], "  ", why), _indented(_dump([quote]), "  ")]
        elif isinstance(value, list):
            lines.append(f"{name}:")
            for item in value:
                lines += [_mark(CHECKS.get(name, "jämför med dokumentet"), "", why), _dump([item])]
        else:
            lines += [_mark(CHECKS.get(name, "jämför med dokumentet"), "", why), _dump({name: value})]
    if draft.missing:
        lines += ["", "# Hittades inte i dokumentet (det som söktes):"]
        lines += [f"#   {name}: {_one_line(what)}" for name, what in draft.missing.items()]
    if draft.unplaced:
        lines += ["", "# Text i dokumentet som inte placerades i något fält: flytta den dit den hör hemma.", "#"]
        for block in draft.unplaced:
            # Every kind of line break ends a YAML comment: each line of the text gets its own "#".
            lines += [f"#   {line}" for line in block.splitlines()] + ["#"]
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    """Text for a comment: any line break (\\r, \\x85, \\u2028 …) would end the comment and start YAML."""
    return " ".join(text.split())


def _dump(value: Any) -> str:
    return yaml.dump(value, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**9).rstrip("\n")


def import_document(source: Path, content_dir: Path, out_dir: Path, force: bool = False) -> Imported:
    """Read one document, write its draft into out_dir, and validate the draft."""
    districts = read_list(content_dir / "districts.yml", District)
    organisations = read_list(content_dir / "organisations.yml", Organisation)
    themes = read_list(content_dir / "themes.yml", Theme)
    extracted = extract(source)
    draft = parse(extracted.blocks, districts, organisations, themes, ocr=extracted.ocr, columns=extracted.columns)
    target = out_dir / f"{report_id(draft, source)}.yml"
    # The document itself is published beside the report (a PDF or Word file; a text file is no original).
    original = target.with_suffix(source.suffix.lower()) if source.suffix.lower() in ORIGINAL_SUFFIXES else None
    for path in (target, original):
        if path and path.exists() and not force and not (path == original and path.samefile(source)):
            raise FileExistsError(f"{path} finns redan; använd --force för att ersätta den")
    if original:
        draft.fields["original"] = {"file": original.name,
                                    "sha256": hashlib.sha256(source.read_bytes()).hexdigest()}
        draft.found.append("original")
    text = draft_yaml(draft, source)
    out_dir.mkdir(parents=True, exist_ok=True)
    if original and not (original.exists() and original.samefile(source)):
        shutil.copyfile(source, original)
    target.write_text(text, encoding="utf-8")
    return Imported(source, target, draft, _check(text, target.name, content_dir, draft, original))


def _check(text: str, name: str, content_dir: Path, draft: Draft, original: Path | None) -> list[str]:
    """The draft validated with the real content files, plus any proposed new district or organisation."""
    with tempfile.TemporaryDirectory(prefix="iop-import-") as folder:
        content = Path(folder) / "content"
        content.mkdir()
        for listed, proposed in (("districts.yml", draft.new_district), ("organisations.yml", draft.new_organisation),
                                 ("themes.yml", None)):
            shipped = content_dir / listed
            copy = content / listed
            if shipped.exists():
                shutil.copy(shipped, copy)
            if proposed:
                with copy.open("a", encoding="utf-8") as handle:
                    handle.write("\n" + yaml.safe_dump([proposed], allow_unicode=True, sort_keys=False))
        (content / "reports").mkdir()
        (content / "reports" / name).write_text(text, encoding="utf-8")
        if original:
            shutil.copyfile(original, content / "reports" / original.name)
        try:
            read_catalogue(content, base=Path(folder))
        except ContentError as error:
            return [str(problem).replace("content/reports/", "") for problem in error.problems]
    return []


# The fields as the staff guide names them: in Swedish, with the name the file uses.
FIELD_NAMES = {
    "title": "titel", "subtitle": "underrubrik", "district": "stadsdel", "organisation": "organisation",
    "committee": "nämnd", "case_officer": "handläggare", "case_number": "diarienummer",
    "meeting_date": "sammanträdesdatum", "proposals": "förslag till beslut", "agreements": "överenskommelser",
    "activities": "verksamhet", "places": "platser", "themes": "teman", "outcome": "måluppfyllelse",
    "next_step": "nästa steg", "funding": "belopp", "figures": "resultat", "lessons": "lärdomar",
    "sections": "avsnitt", "signatories": "underskrifter", "approvals_statement": "mening om attesteringen",
    "approvals": "attesteringar", "attachments": "bilagor", "original": "originaldokument",
}


def field_name(name: str) -> str:
    return f"{FIELD_NAMES.get(name, name)} ({name})"


# Text in two columns side by side is read column by column, the left first; a paragraph that ran on from one
# column into the other, or a column cut wrongly, shows only against the document.
COLUMNS_READ = ("Texten stod i två spalter bredvid varandra och lästes spalt för spalt, den vänstra först: "
                "kontrollera att styckena kommer i dokumentets ordning och att inget stycke har delats")


def summary(imported: Imported) -> str:
    """What the import found, what it did not, and what a person must check, in Swedish."""
    draft = imported.draft
    lines = [f"{imported.source} -> {imported.target} (utkast)",
             f"  hittat: {', '.join(field_name(name) for name in draft.found) or 'inget'}"]
    if draft.ocr:
        lines.append("  texten kommer från textigenkänning (OCR) av en inskannad PDF: kontrollera varje avsnitt")
    if draft.columns:
        lines.append(f"  {COLUMNS_READ[0].lower()}{COLUMNS_READ[1:]}")
    if draft.uncertain:
        lines.append("  särskilt att granska: " + "; ".join(f"{field_name(k)}: {v}" for k, v in draft.uncertain.items()))
    if draft.missing:
        lines.append(f"  hittades inte: {', '.join(field_name(name) for name in draft.missing)}")
    for proposed, where in ((draft.new_district, "districts.yml"), (draft.new_organisation, "organisations.yml")):
        if proposed:
            entry = yaml.safe_dump([proposed], allow_unicode=True, sort_keys=False).rstrip("\n").replace("\n", "\n      ")
            lines.append(f"  ny post föreslås för content/{where}:\n      {entry}")
    if draft.unplaced:
        lines.append(f"  inte placerat i något fält ({len(draft.unplaced)}, listat i slutet av utkastet): "
                     + "; ".join(repr(block[:50] + ("…" if len(block) > 50 else "")) for block in draft.unplaced))
    if imported.problems:
        lines.append("  utkastet klarar inte kontrollen än:")
        lines += [f"    {problem}" for problem in imported.problems]
    else:
        marks = len(REVIEW_MARK.findall(imported.target.read_text(encoding="utf-8")))
        lines.append(f"  utkastet klarar kontrollen. {marks} värden är markerade med GRANSKA: jämför vart och ett med "
                     "dokumentet och ta bort markeringen, och ta till sist bort raden 'status: utkast'; först då kan "
                     "rapporten publiceras.")
    return "\n".join(lines)
