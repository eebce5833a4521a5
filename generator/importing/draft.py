"""Import, stage 3: write the draft report file and check it like any content file."""
from __future__ import annotations

import dataclasses
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..content.catalogue import read_catalogue
from ..errors import ContentError
from .extract import extract
from ..content.load import load_file
from ..content.model import District, Organisation, Report
from .parse import Draft, parse
from ..content.validate import convert_list

FIELD_ORDER = [f.name for f in dataclasses.fields(Report) if not f.metadata.get("derived")]


@dataclass
class Imported:
    source: Path
    target: Path
    draft: Draft
    problems: list[str] = field(default_factory=list)  # the draft's validation problems


def read_list(path: Path, cls: type) -> list[Any]:
    """The valid entries of districts.yml or organisations.yml (to match names against)."""
    document, _ = load_file(path)
    if document is None:
        return []
    entries, _ = convert_list(document, cls, [])
    return [entry for entry in entries if dataclasses.is_dataclass(entry)]


def report_id(draft: Draft, source: Path) -> str:
    fields = draft.fields
    years = sorted({y for a in fields.get("agreements", []) for y in _years(a)})
    parts = [fields.get("district"), str(fields.get("organisation", "")).split("-")[0] or None]
    if years:
        parts += [str(years[0]), str(years[-1])] if years[0] != years[-1] else [str(years[0])]
    known = [str(p) for p in parts if p]
    return "-".join(known) if len(known) > 2 else "import-" + "".join(c if c.isalnum() else "-" for c in source.stem.lower())


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


_Dumper.add_representer(str, _text)


def draft_yaml(draft: Draft, source: Path) -> str:
    def section(item: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"heading": item["heading"]}
        if item.get("paragraphs"):
            out["text"] = "\n\n".join(item["paragraphs"]) + "\n"
        if item.get("sections"):
            out["sections"] = [section(child) for child in item["sections"]]
        return out

    lines = ["# yaml-language-server: $schema=../../schema/report.schema.json",
             f"# Draft imported from {source.name}. Compare it with the document, fix what is marked CHECK,",
             "# fill in what is listed as not found if the document has it, then delete these comment lines.", ""]
    for name in FIELD_ORDER:
        if name not in draft.fields:
            continue
        value = draft.fields[name]
        if name == "sections":
            value = [section(item) for item in value]
        if name in draft.uncertain:
            lines.append(f"# CHECK: {draft.uncertain[name]}")
        lines.append(yaml.dump({name: value}, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**9).rstrip("\n"))
    if draft.missing:
        lines += ["", "# Not found in the document (looked for):"]
        lines += [f"#   {name}: {what}" for name, what in draft.missing.items()]
    if draft.unplaced:
        lines += ["", "# Text of the document that was not placed in any field: put it where it belongs.", "#"]
        for block in draft.unplaced:
            lines += [f"#   {line}" for line in block.split("\n")] + ["#"]
    return "\n".join(lines) + "\n"


def import_document(source: Path, content_dir: Path, out_dir: Path, force: bool = False) -> Imported:
    """Read one document, write its draft into out_dir, and validate the draft."""
    districts = read_list(content_dir / "districts.yml", District)
    organisations = read_list(content_dir / "organisations.yml", Organisation)
    draft = parse(extract(source), districts, organisations)
    target = out_dir / f"{report_id(draft, source)}.yml"
    if target.exists() and not force:
        raise FileExistsError(f"{target} exists already; use --force to replace it")
    text = draft_yaml(draft, source)
    out_dir.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return Imported(source, target, draft, _check(text, target.name, content_dir, draft))


def _check(text: str, name: str, content_dir: Path, draft: Draft) -> list[str]:
    """The draft validated with the real content files, plus any proposed new district or organisation."""
    with tempfile.TemporaryDirectory(prefix="iop-import-") as folder:
        content = Path(folder) / "content"
        content.mkdir()
        for listed, proposed in (("districts.yml", draft.new_district), ("organisations.yml", draft.new_organisation)):
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
    draft = imported.draft
    lines = [f"{imported.source} -> {imported.target}",
             f"  found: {', '.join(draft.found) or 'nothing'}"]
    if draft.uncertain:
        lines.append("  uncertain (check): " + "; ".join(f"{k} ({v})" for k, v in draft.uncertain.items()))
    if draft.missing:
        lines.append(f"  missing: {', '.join(draft.missing)}")
    for proposed, where in ((draft.new_district, "districts.yml"), (draft.new_organisation, "organisations.yml")):
        if proposed:
            entry = yaml.safe_dump([proposed], allow_unicode=True, sort_keys=False).rstrip("\n").replace("\n", "\n      ")
            lines.append(f"  new entry proposed for content/{where}:\n      {entry}")
    if draft.unplaced:
        lines.append(f"  not placed in any field ({len(draft.unplaced)}, listed at the end of the draft): "
                     + "; ".join(repr(block[:50] + ("…" if len(block) > 50 else "")) for block in draft.unplaced))
    if imported.problems:
        lines.append("  the draft does not validate yet:")
        lines += [f"    {problem}" for problem in imported.problems]
    elif draft.unplaced:
        lines.append("  the draft validates, but place the text listed at its end before publishing.")
    else:
        lines.append("  the draft validates.")
    return "\n".join(lines)
