"""Import, stage 3: write the draft report file and check it like any content file.

A draft starts with `status: utkast`: the build refuses to publish it until a
person has checked it against the document and removed that line. Values read
by a rule carry a `# GRANSKA:` comment saying why; what was not found and what
could not be placed are listed at the end. Everything staff read is Swedish.
"""
from __future__ import annotations

import dataclasses
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from decimal import Decimal
from typing import Any

import yaml

from ..content.catalogue import read_catalogue
from ..content.load import load_file
from ..content.model import District, Organisation, Report, Theme
from ..content.validate import convert_list
from ..errors import ContentError
from ..text import id_from_name
from .extract import extract
from .parse import Draft, parse

FIELD_ORDER = [f.name for f in dataclasses.fields(Report) if not f.metadata.get("derived") and f.name != "status"]


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


def draft_yaml(draft: Draft, source: Path) -> str:
    def section(item: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"heading": item["heading"]}
        if item.get("paragraphs"):
            out["text"] = "\n\n".join(item["paragraphs"]) + "\n"
        if item.get("sections"):
            out["sections"] = [section(child) for child in item["sections"]]
        return out

    lines = ["# yaml-language-server: $schema=../../schema/report.schema.json",
             f"# Utkast importerat från {source.name}. Jämför det med dokumentet och rätta det som står under",
             "# '# GRANSKA:'; fyll i det som listas som inte hittat om dokumentet anger det. Ta sedan bort",
             "# kommentarerna och raden 'status: utkast': först då kan rapporten publiceras."]
    if draft.ocr:
        lines += ["# Dokumentet är inskannat: texten kommer från textigenkänning (OCR) och kan ha läsfel.",
                  "# Kontrollera varje avsnitt ord för ord mot dokumentet."]
    lines += ["", "status: utkast"]
    for name in FIELD_ORDER:
        if name not in draft.fields:
            continue
        value = draft.fields[name]
        if name == "sections":
            value = [section(item) for item in value]
        if name in draft.uncertain:
            lines.append(f"# GRANSKA: {_one_line(draft.uncertain[name])}")
        if name == "sections" and draft.ocr:  # each section read by OCR is checked on its own
            lines.append("sections:")
            for item in value:
                lines.append(f"# GRANSKA (OCR): avsnittet {_one_line(item['heading'])!r}, ord för ord")
                lines.append(_dump([item]))
            continue
        lines.append(_dump({name: value}))
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
    draft = parse(extracted.blocks, districts, organisations, themes, ocr=extracted.ocr)
    target = out_dir / f"{report_id(draft, source)}.yml"
    if target.exists() and not force:
        raise FileExistsError(f"{target} finns redan; använd --force för att ersätta den")
    text = draft_yaml(draft, source)
    out_dir.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return Imported(source, target, draft, _check(text, target.name, content_dir, draft))


def _check(text: str, name: str, content_dir: Path, draft: Draft) -> list[str]:
    """The draft validated with the real content files, plus any proposed new district or organisation."""
    with tempfile.TemporaryDirectory(prefix="iop-import-") as folder:
        content = Path(folder) / "content"
        content.mkdir()
        for listed, proposed in (("districts.yml", draft.new_district), ("organisations.yml", draft.new_organisation),
                                 ("themes.yml", None)):
            original = content_dir / listed
            copy = content / listed
            if original.exists():
                shutil.copy(original, copy)
            if proposed:
                with copy.open("a", encoding="utf-8") as handle:
                    handle.write("\n" + yaml.safe_dump([proposed], allow_unicode=True, sort_keys=False))
        (content / "reports").mkdir()
        (content / "reports" / name).write_text(text, encoding="utf-8")
        try:
            read_catalogue(content, base=Path(folder))
        except ContentError as error:
            return [str(problem).replace("content/reports/", "") for problem in error.problems]
    return []


def summary(imported: Imported) -> str:
    """What the import found, what it did not, and what a person must check, in Swedish."""
    draft = imported.draft
    lines = [f"{imported.source} -> {imported.target} (utkast)",
             f"  hittat: {', '.join(draft.found) or 'inget'}"]
    if draft.ocr:
        lines.append("  texten kommer från textigenkänning (OCR) av en inskannad PDF: kontrollera varje avsnitt")
    if draft.uncertain:
        lines.append("  att granska: " + "; ".join(f"{k} ({v})" for k, v in draft.uncertain.items()))
    if draft.missing:
        lines.append(f"  hittades inte: {', '.join(draft.missing)}")
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
        lines.append("  utkastet klarar kontrollen. Granska det mot dokumentet och ta bort 'status: utkast' "
                     "innan det kan publiceras.")
    return "\n".join(lines)
