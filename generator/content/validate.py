"""Stage 2: check loaded nodes against the schema in model.py.

Every problem in every file is collected; the caller raises one
ContentError at the end. The type hints of the dataclasses drive the checks,
so a new field in the schema is validated without new code here.
"""
from __future__ import annotations

import dataclasses
import difflib
import functools
import re
import types
import typing
from datetime import date
from typing import Any

from ..errors import Problem
from .load import Document, Mapping, Node, Scalar, Sequence, join

INVALID: Any = object()  # marks a value that failed; its problem is recorded
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INT_PATTERN = re.compile(r"^[+-]?\d{1,9}$")  # no content number is longer; int() of huge text is slow
# Dates outside this range are typing mistakes, and a year page would be made for each year in between.
FIRST_YEAR, LAST_YEAR = 1900, 2200
# Never text: and \x02, \x03 are Python-Markdown's own placeholder markers.
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class Checker:
    """Converts the nodes of one file, remembering where each field stands."""

    def __init__(self, document: Document, problems: list[Problem]) -> None:
        self.document = document
        self.problems = problems
        self.positions: dict[str, tuple[int, int]] = {}

    def where(self, path: str) -> tuple[int, int]:
        """Position of a field, or of its nearest parent that exists."""
        while path not in self.positions and path:
            path = parent(path)
        return self.positions.get(path, (1, 1))

    def problem(self, path: str, message: str, at: tuple[int, int] | None = None) -> None:
        line, column = at or self.where(path)
        self.problems.append(Problem(self.document.path, line, column, path, message))

    def convert(self, node: Node | None, kind: Any, path: str, identifier: bool = False) -> Any:
        if node is not None:
            self.positions[path] = (node.line, node.column)
        origin, args = typing.get_origin(kind), typing.get_args(kind)
        if origin in (typing.Union, types.UnionType):
            if node is None or (isinstance(node, Scalar) and node.is_null):
                return None
            (inner,) = [arg for arg in args if arg is not type(None)]
            return self.convert(node, inner, path, identifier)
        if node is None or (isinstance(node, Scalar) and node.is_null):
            self.problem(path, f"is empty (expected {describe(kind)})")
            return INVALID
        if origin is list:
            if not isinstance(node, Sequence):
                return self.wrong(node, kind, path)
            items = [self.convert(item, args[0], join(path, i)) for i, item in enumerate(node.items)]
            return INVALID if INVALID in items else items
        if dataclasses.is_dataclass(kind):
            return self.record(node, kind, path)
        if not isinstance(node, Scalar):
            return self.wrong(node, kind, path)
        if origin is typing.Literal:
            if node.text in args:
                return node.text
            self.problem(path, f"unknown value {node.text!r} (allowed: {', '.join(args)}){suggest(node.text, args)}")
            return INVALID
        if kind is date:
            return self.date(node, path)
        if kind is int:
            if INT_PATTERN.match(node.text):
                return int(node.text)
            return self.wrong(node, kind, path)
        if kind is str:
            if node.tag not in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
                                "tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp"):
                return self.wrong(node, kind, path)
            if not node.text.strip():
                self.problem(path, "is empty (expected text)")
                return INVALID
            if node.cut_by_comment and not identifier:
                self.problem(path, f"ends at ' #' because YAML reads the rest of the line as a comment; put the whole "
                                   f"text in double quotes if '#…' belongs to it (read: {node.text!r})")
                return INVALID
            if control := CONTROL_CHARACTER.search(node.text):
                self.problem(path, f"contains the invisible control character U+{ord(control.group()):04X} "
                                   "(often left by copying from a PDF); remove it")
                return INVALID
            return node.text
        raise TypeError(f"the schema uses a type the validator does not know: {kind!r}")

    def date(self, node: Scalar, path: str) -> Any:
        if not DATE_PATTERN.match(node.text):
            self.problem(path, f"expected a date (YYYY-MM-DD), got {node.text!r}")
            return INVALID
        try:
            value = date.fromisoformat(node.text)
        except ValueError:
            self.problem(path, f"{node.text} is not a date that exists (expected a real date, YYYY-MM-DD)")
            return INVALID
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            self.problem(path, f"{node.text} is outside {FIRST_YEAR}–{LAST_YEAR} (expected a date, YYYY-MM-DD)")
            return INVALID
        return value

    def wrong(self, node: Node, kind: Any, path: str) -> Any:
        self.problem(path, f"expected {describe(kind)}, got {shown(node)}")
        return INVALID

    def record(self, node: Node, cls: type, path: str) -> Any:
        if not isinstance(node, Mapping):
            return self.wrong(node, cls, path)
        fields, hints = schema_of(cls)
        values: dict[str, Any] = {}
        misspelt: set[str] = set()
        for key, (line, column, value_node) in node.items.items():
            if key not in fields:
                self.problem(join(path, key), f"unknown field{suggest(key, fields)} (fields here: {', '.join(fields)})", (line, column))
                misspelt.update(difflib.get_close_matches(key, list(fields), n=1, cutoff=0.6))
                continue
            self.positions[join(path, key)] = (line, column)
            values[key] = self.convert(value_node, hints[key], join(path, key), fields[key].metadata.get("identifier", False))
            least = fields[key].metadata.get("min_items", 0)
            if isinstance(values[key], list) and len(values[key]) < least:
                self.problem(join(path, key), f"lists nothing (expected at least {least} entry)")
                values[key] = INVALID
        for name, spec in fields.items():
            if is_required(spec) and name not in node.items:
                # A misspelt name was already reported with "did you mean": one mistake, one message.
                if name not in misspelt:
                    self.problem(join(path, name), f"is missing (required: {plain(spec.metadata['doc'])})", (node.line, node.column))
                values[name] = INVALID
        if INVALID in values.values():
            return INVALID
        value = cls(**values)
        found = getattr(value, "check", lambda: [])()
        for field_name, message in found:
            self.problem(join(path, field_name) if field_name else path, message)
        return INVALID if found else value  # a record with a problem goes no further


def is_required(spec: dataclasses.Field[Any]) -> bool:
    return spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING


@functools.cache
def schema_of(cls: type) -> tuple[dict[str, dataclasses.Field[Any]], dict[str, Any]]:
    """The fields staff may write, and their types (evaluated once per class)."""
    fields = {f.name: f for f in dataclasses.fields(cls) if not f.metadata.get("derived")}
    return fields, typing.get_type_hints(cls)


def plain(doc: str) -> str:
    """A schema description as it reads inside a message."""
    doc = doc.replace("`", "").rstrip(".")
    return doc[:1].lower() + doc[1:]


def parent(path: str) -> str:
    """`agreements[1].end` -> `agreements[1]` -> `agreements` -> ``."""
    found = re.match(r"^(.*?)(\.[^.\[\]]+|\[\d+\])$", path)
    return found.group(1) if found else ""


def describe(kind: Any) -> str:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is list:
        return "a list" + {str: " of texts", date: " of dates"}.get(args[0], "")
    if origin is typing.Literal:
        return "one of " + ", ".join(args)
    if origin in (typing.Union, types.UnionType):
        return describe(next(arg for arg in args if arg is not type(None)))
    if dataclasses.is_dataclass(kind):
        return "fields (name: value)"
    return {date: "a date (YYYY-MM-DD)", int: "a whole number", str: "text"}.get(kind, str(kind))


def shown(node: Node) -> str:
    if isinstance(node, Scalar):
        return repr(node.text if len(node.text) <= 60 else node.text[:57] + "…")
    return "a list" if isinstance(node, Sequence) else "a mapping"


def suggest(word: str, choices: typing.Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)  # the same test as in record()
    return f"; did you mean {close[0]!r}?" if close else ""


def convert_list(document: Document, cls: type, problems: list[Problem]) -> tuple[list[Any], Checker]:
    """A file whose top level is a list of records (districts, organisations)."""
    checker = Checker(document, problems)
    if not isinstance(document.root, Sequence):
        checker.problem("", f"expected a list of entries (each starting with `- id:`), got {'nothing' if document.root is None else shown(document.root)}")
        return [], checker
    items = [checker.convert(node, cls, f"[{i}]") for i, node in enumerate(document.root.items)]
    return items, checker  # INVALID where an entry failed, so indices stay those of the file


def convert_record(document: Document, cls: type, problems: list[Problem]) -> tuple[Any, Checker]:
    """A file whose top level is one record (a report)."""
    checker = Checker(document, problems)
    if document.root is None:
        checker.problem("", "is empty (expected the fields of a report)")
        return INVALID, checker
    return checker.convert(document.root, cls, ""), checker
