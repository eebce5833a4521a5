"""The file format's reference for staff, derived from the schema in model.py.

The README carries this text between markers; a test keeps the two equal
(`make golden` rewrites the README's copy).
"""
from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any

from . import model
from .validate import schema_of

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
            required = spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING
            lines.append(f"| `{name}` | {type_name(hints[name])} | {'yes' if required else ''} | {spec.metadata['doc']} |")
        lines.append("")
    for name, labels in LABELS:
        lines += [f"#### What visitors read for `{name}`", "", "| value | shown as |", "| --- | --- |"]
        lines += [f"| `{value}` | {label} |" for value, label in labels.items()]
        lines.append("")
    return "\n".join(lines)
