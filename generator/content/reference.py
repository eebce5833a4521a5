"""The file format's reference for staff, derived from the schema in model.py.

The staff guide (docs/redaktorer.md) carries this text between markers; a
test keeps the two equal (`make golden` rewrites the guide's copy).
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from decimal import Decimal
from typing import Any

from . import model
from .validate import is_required, schema_of

RECORDS: list[tuple[type, str]] = [
    (model.Report, "En rapport: `content/reports/<id>.yml`"),
    (model.CaseOfficer, "`case_officer`"),
    (model.Agreement, "Var och en av `agreements`"),
    (model.Section, "Vart och ett av `sections` (och av ett avsnitts `sections`)"),
    (model.Funding, "Var och en av `funding`"),
    (model.Figure, "Var och en av `figures`"),
    (model.Lessons, "`lessons`"),
    (model.Signatory, "Var och en av `signatories`"),
    (model.Approval, "Var och en av `approvals`"),
    (model.Attachment, "Var och en av `attachments`"),
    (model.Original, "`original`"),
    (model.District, "Varje stadsdel i `content/districts.yml`"),
    (model.Organisation, "Varje organisation i `content/organisations.yml`"),
    (model.Theme, "Varje tema i `content/themes.yml`"),
]
LABELS: list[tuple[str, dict[str, str]]] = [
    ("outcome", model.OUTCOME_LABELS),
    ("next_step", model.NEXT_STEP_LABELS),
    ("funding.kind", model.FUNDING_KIND_LABELS),
]


def type_name(kind: Any) -> str:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        return type_name(next(arg for arg in args if arg is not type(None)))
    if origin is list:
        return f"lista med {type_name(args[0])}"
    if origin is typing.Literal:
        return "ett av " + ", ".join(f"`{arg}`" for arg in args)
    if dataclasses.is_dataclass(kind):
        return "fälten nedan"
    return {str: "text", int: "heltal", Decimal: "tal"}.get(kind, "datum `ÅÅÅÅ-MM-DD`" if kind.__name__ == "date" else kind.__name__)


def field_reference() -> str:
    lines: list[str] = []
    for cls, heading in RECORDS:
        fields, hints = schema_of(cls)
        lines += [f"### {heading}", "", "| fält | typ | obligatoriskt | betydelse |", "| --- | --- | --- | --- |"]
        for name, spec in fields.items():
            lines.append(f"| `{name}` | {type_name(hints[name])} | {'ja' if is_required(spec) else ''} | {spec.metadata['doc']} |")
        lines.append("")
    for name, labels in LABELS:
        lines += [f"### Vad besökarna läser för `{name}`", "", "| värde | visas som |", "| --- | --- |"]
        lines += [f"| `{value}` | {label} |" for value, label in labels.items()]
        lines.append("")
    return "\n".join(lines)


# JSON Schema for editors (e.g. VS Code's YAML extension): the same schema,
# so an editor completes and checks fields while staff type. Checks that
# span several fields or files (overlaps, references, quotations) stay with
# the validator; the schema covers names, types, required fields and values.
SCHEMA_FILES: dict[str, tuple[type, bool, str]] = {
    "report.schema.json": (model.Report, False, "IOP-slutrapport (content/reports/<id>.yml)"),
    "districts.schema.json": (model.District, True, "Stadsdelar (content/districts.yml)"),
    "organisations.schema.json": (model.Organisation, True, "Organisationer (content/organisations.yml)"),
    "themes.schema.json": (model.Theme, True, "Teman (content/themes.yml)"),
}


def json_schema(cls: type, as_list: bool, title: str) -> dict[str, Any]:
    definitions: dict[str, Any] = {}
    record = _json_type(cls, definitions)
    root = {"type": "array", "items": record} if as_list else record
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title, **root, "$defs": definitions}


def json_schemas() -> dict[str, str]:
    """File name -> JSON text, stable byte for byte."""
    return {name: json.dumps(json_schema(*spec), ensure_ascii=False, indent=2) + "\n"
            for name, spec in SCHEMA_FILES.items()}


def _json_type(kind: Any, definitions: dict[str, Any], multiline: bool = False) -> dict[str, Any]:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        inner = _json_type(next(arg for arg in args if arg is not type(None)), definitions, multiline)
        # Said precisely where possible: editors then name the allowed values.
        if "enum" in inner:
            return {"enum": [*inner["enum"], None]}
        if "type" in inner:
            return {**inner, "type": [inner["type"], "null"]}
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is list:
        return {"type": "array", "items": _json_type(args[0], definitions, multiline)}
    if origin is typing.Literal:
        return {"enum": list(args)}
    if dataclasses.is_dataclass(kind):
        name = kind.__name__
        if name not in definitions:
            definitions[name] = {}  # placeholder: sections nest sections
            fields, hints = schema_of(kind)
            properties = {}
            for field_name, spec in fields.items():
                described = _json_type(hints[field_name], definitions, bool(spec.metadata.get("multiline")))
                properties[field_name] = {"description": spec.metadata["doc"], **described}
                if "min_items" in spec.metadata:
                    properties[field_name]["minItems"] = spec.metadata["min_items"]
                if spec.metadata.get("identifier"):
                    target = properties[field_name].get("items", properties[field_name])
                    target["pattern"] = "^" + model.ID_PATTERN.pattern + "$"
            definitions[name] = {
                "type": "object",
                "properties": properties,
                "required": [n for n, s in fields.items() if is_required(s)],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    if kind is int:
        return {"type": "integer"}
    if kind is Decimal:
        return {"type": "number"}
    if kind is str:
        # Some visible text; one line, except where the schema allows paragraphs.
        return {"type": "string", "pattern": "\\S" if multiline else "^[^\\n]*\\S[^\\n]*$"}
    if getattr(kind, "__name__", "") == "date":
        return {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
    raise TypeError(f"no JSON Schema for {kind!r}")
