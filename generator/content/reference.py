"""The file format's reference for staff, derived from the schema in model.py.

The README carries this text between markers; a test keeps the two equal
(`make golden` rewrites the README's copy).
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any

from . import model
from .validate import is_required, schema_of

RECORDS: list[tuple[type, str]] = [
    (model.Report, "A report: `content/reports/<id>.yml`"),
    (model.CaseOfficer, "`case_officer`"),
    (model.Agreement, "Each of `agreements`"),
    (model.Section, "Each of `sections` (and of a section's `sections`)"),
    (model.Lessons, "`lessons`"),
    (model.Signatory, "Each of `signatories`"),
    (model.Approval, "Each of `approvals`"),
    (model.Attachment, "Each of `attachments`"),
    (model.District, "Each district in `content/districts.yml`"),
    (model.Organisation, "Each organisation in `content/organisations.yml`"),
]
LABELS: list[tuple[str, dict[str, str]]] = [
    ("outcome", model.OUTCOME_LABELS),
    ("next_step", model.NEXT_STEP_LABELS),
]


def type_name(kind: Any) -> str:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        return type_name(next(arg for arg in args if arg is not type(None)))
    if origin is list:
        return f"list of {type_name(args[0])}"
    if origin is typing.Literal:
        return "one of " + ", ".join(f"`{arg}`" for arg in args)
    if dataclasses.is_dataclass(kind):
        return "fields below"
    return {str: "text", int: "whole number"}.get(kind, "date `YYYY-MM-DD`" if kind.__name__ == "date" else kind.__name__)


def field_reference() -> str:
    lines: list[str] = []
    for cls, heading in RECORDS:
        fields, hints = schema_of(cls)
        lines += [f"#### {heading}", "", "| field | type | required | meaning |", "| --- | --- | --- | --- |"]
        for name, spec in fields.items():
            lines.append(f"| `{name}` | {type_name(hints[name])} | {'yes' if is_required(spec) else ''} | {spec.metadata['doc']} |")
        lines.append("")
    for name, labels in LABELS:
        lines += [f"#### What visitors read for `{name}`", "", "| value | shown as |", "| --- | --- |"]
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


def _json_type(kind: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        inner = _json_type(next(arg for arg in args if arg is not type(None)), definitions)
        # Said precisely where possible: editors then name the allowed values.
        if "enum" in inner:
            return {"enum": [*inner["enum"], None]}
        if "type" in inner:
            return {**inner, "type": [inner["type"], "null"]}
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is list:
        return {"type": "array", "items": _json_type(args[0], definitions)}
    if origin is typing.Literal:
        return {"enum": list(args)}
    if dataclasses.is_dataclass(kind):
        name = kind.__name__
        if name not in definitions:
            definitions[name] = {}  # placeholder: sections nest sections
            fields, hints = schema_of(kind)
            properties = {}
            for field_name, spec in fields.items():
                properties[field_name] = {"description": spec.metadata["doc"], **_json_type(hints[field_name], definitions)}
                if "min_items" in spec.metadata:
                    properties[field_name]["minItems"] = spec.metadata["min_items"]
                if spec.metadata.get("identifier"):
                    properties[field_name]["pattern"] = model.ID_PATTERN.pattern
            definitions[name] = {
                "type": "object",
                "properties": properties,
                "required": [n for n, s in fields.items() if is_required(s)],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    if kind is int:
        return {"type": "integer"}
    if kind is str:
        return {"type": "string", "pattern": "\\S"}
    if getattr(kind, "__name__", "") == "date":
        return {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
    raise TypeError(f"no JSON Schema for {kind!r}")
