"""Stage 2: check loaded nodes against the schema in model.py.

Every problem in every file is collected; the caller raises one
ContentError at the end. The type hints of the dataclasses drive the checks,
so a new field in the schema is validated without new code here. A check
that needs several fields (a record's `CHECKS`) runs as soon as those fields
are valid, whatever else in the file is wrong: one run reports everything.
Plausibility checks (`WARNINGS`) give located warnings instead.
"""
from __future__ import annotations

import dataclasses
import difflib
import functools
import re
import types
import typing
from datetime import date
from decimal import Decimal
from typing import Any

from ..errors import Problem
from ..text import bidi_balanced, character_problem, forbidden_character, quoted, visible
from .load import Document, Mapping, Node, Scalar, Sequence, join

INVALID: Any = object()  # marks a value that failed; its problem is recorded
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
INT_PATTERN = re.compile(r"[+-]?\d{1,18}")  # int() of huge text is slow; each field states its own range
MAX_DIGITS = 18
DECIMAL_PATTERN = re.compile(r"[+-]?\d{1,12}(?:\.\d{1,6})?")
# Dates outside this range are typing mistakes, and a year page would be made for each year in between.
FIRST_YEAR, LAST_YEAR = 1900, 2200
# The placeholder an import writes where a person must fill in a value ("GRANSKA: beskriv vad talet mäter").
PLACEHOLDER = re.compile(r"\bGRANSKA\b")
TEXT_TAGS = ("tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
             "tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")


class Checker:
    """Converts the nodes of one file, remembering where each field stands."""

    def __init__(self, document: Document, problems: list[Problem], warnings: list[Problem] | None = None,
                 unreviewed: list[Problem] | None = None) -> None:
        self.document = document
        self.problems = problems
        self.warnings = warnings if warnings is not None else []
        # Values an import marked for review and nobody has checked yet: they stop publishing, not the preview.
        self.unreviewed = unreviewed if unreviewed is not None else []
        self.positions: dict[str, tuple[int, int]] = {}

    def where(self, path: str) -> tuple[int, int]:
        """Position of a field, or of its nearest parent that exists."""
        while path not in self.positions and path:
            path = parent(path)
        return self.positions.get(path, (1, 1))

    def problem(self, path: str, message: str, at: tuple[int, int] | None = None) -> None:
        line, column = at or self.where(path)
        self.problems.append(Problem(self.document.path, line, column, path, message))

    def warning(self, path: str, message: str) -> None:
        line, column = self.where(path)
        self.warnings.append(Problem(self.document.path, line, column, path, message))

    def convert(self, node: Node | None, kind: Any, path: str, spec: Any = None) -> Any:
        spec = spec or NO_SPEC
        if node is not None:
            self.positions[path] = (node.line, node.column)
        origin, args, is_record = shape(kind)
        if origin in (typing.Union, types.UnionType):
            if node is None or (isinstance(node, Scalar) and node.is_null):
                return None
            return self.convert(node, args[0], path, spec)  # (shape gives the one type besides None)
        if node is None or (isinstance(node, Scalar) and node.is_null):
            self.problem(path, f"är tomt (förväntade {describe(kind)})")
            return INVALID
        if origin is list:
            if not isinstance(node, Sequence):
                return self.wrong(node, kind, path)
            items = [self.convert(item, args[0], join(path, i), spec) for i, item in enumerate(node.items)]
            return INVALID if INVALID in items else items
        if is_record:
            return self.record(node, kind, path)
        if not isinstance(node, Scalar):
            return self.wrong(node, kind, path)
        if kind is not str or not spec.get("multiline"):
            if node.block:
                self.problem(path, "är skrivet som ett textblock (| eller >) men ska vara en enda rad; skriv värdet "
                                   "på samma rad som fältnamnet, inom dubbla citattecken om det behövs")
                return INVALID
            if "\n" in node.text:
                self.problem(path, "innehåller en radbrytning men ska vara en enda rad")
                return INVALID
        if origin is typing.Literal:
            if node.text in args:
                return node.text
            self.problem(path, f"okänt värde {quoted(node.text)} (tillåtna: {', '.join(args)}){suggest(node.text, args)}")
            return INVALID
        if kind is date:
            return self.date(node, path)
        if kind is int:
            if node.tag in TEXT_TAGS and INT_PATTERN.fullmatch(node.text):
                return int(node.text)
            if node.tag in TEXT_TAGS and re.fullmatch(r"[+-]?\d+", node.text):
                self.problem(path, f"är ett heltal med {len(node.text.lstrip('+-'))} siffror; här får ett tal ha "
                                   f"högst {MAX_DIGITS} siffror")
                return INVALID
            return self.wrong(node, kind, path)
        if kind is Decimal:
            if node.tag in TEXT_TAGS and DECIMAL_PATTERN.fullmatch(node.text):
                return Decimal(node.text)
            return self.wrong(node, kind, path)
        if kind is str:
            return self.text(node, path, spec)
        raise TypeError(f"the schema uses a type the validator does not know: {kind!r}")

    def text(self, node: Scalar, path: str, spec: Any) -> Any:
        if node.tag not in TEXT_TAGS:
            return self.wrong(node, str, path)
        if not node.text.strip():
            self.problem(path, "är tomt (förväntade text)")
            return INVALID
        if node.cut_by_comment and not spec.get("identifier"):
            self.problem(path, f"slutar vid ' #' eftersom YAML läser resten av raden som en kommentar; sätt hela texten "
                               f"inom dubbla citattecken om '#…' hör till den (läst: {quoted(node.text)})")
            return INVALID
        # Escapes (`"\\uFFFE"`, `"\\N"`) can write what the file itself may not hold: the same one guard.
        if character := forbidden_character(node.text):
            self.problem(path, character_problem(character.group()))
            return INVALID
        if not visible(node.text):
            self.problem(path, "består bara av osynliga tecken (mellanslag, nollbreddstecken eller formattecken); "
                               "skriv texten som den står i dokumentet")
            return INVALID
        if PLACEHOLDER.search(node.text):
            self.unreviewed.append(Problem(self.document.path, node.line, node.column, path,
                                           f"granskas inte än: {quoted(node.text)} är en platshållare från importen; "
                                           "skriv det som dokumentet säger, eller ta bort fältet"))
        if not bidi_balanced(node.text):
            self.problem(path, "innehåller ett tecken för skrivriktning (U+202A–U+202E, U+2066–U+2069) som inte "
                               "avslutas; det vänder eller döljer texten efter det på sidan. Ta bort det")
            return INVALID
        return node.text

    def date(self, node: Scalar, path: str) -> Any:
        if not DATE_PATTERN.fullmatch(node.text):
            self.problem(path, f"förväntade ett datum (ÅÅÅÅ-MM-DD), fick {quoted(node.text)}")
            return INVALID
        try:
            value = date.fromisoformat(node.text)
        except ValueError:
            self.problem(path, f"{node.text} är inte ett datum som finns (förväntade ett verkligt datum, ÅÅÅÅ-MM-DD)")
            return INVALID
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            self.problem(path, f"{node.text} ligger utanför {FIRST_YEAR}–{LAST_YEAR} (förväntade ett datum, ÅÅÅÅ-MM-DD)")
            return INVALID
        return value

    def wrong(self, node: Node, kind: Any, path: str) -> Any:
        self.problem(path, f"förväntade {describe(kind)}, fick {shown(node)}")
        return INVALID

    def record(self, node: Node, cls: type, path: str) -> Any:
        if not isinstance(node, Mapping):
            return self.wrong(node, cls, path)
        fields, hints = schema_of(cls)
        values: dict[str, Any] = {}
        misspelt: set[str] = set()
        for key, (line, column, value_node) in node.items.items():
            if key not in fields:
                self.problem(join(path, key), f"okänt fält{suggest(key, fields)} (fält här: {', '.join(fields)})", (line, column))
                misspelt.update(difflib.get_close_matches(key[:100], list(fields), n=1, cutoff=0.6))
                continue
            self.positions[join(path, key)] = (line, column)
            values[key] = self.convert(value_node, hints[key], join(path, key), fields[key].metadata)
            least = fields[key].metadata.get("min_items", 0)
            if isinstance(values[key], list) and len(values[key]) < least:
                self.problem(join(path, key), f"är en tom lista (förväntade minst {least} post)")
                values[key] = INVALID
        for name, spec in fields.items():
            if is_required(spec) and name not in node.items:
                # A misspelt name was already reported with "menade du": one mistake, one message.
                if name not in misspelt:
                    self.problem(join(path, name), f"saknas (obligatoriskt: {plain(spec.metadata['doc'])})", (node.line, node.column))
                values[name] = INVALID
        failed = INVALID in values.values()
        for report, checks in ((self.problem, getattr(cls, "CHECKS", [])), (self.warning, getattr(cls, "WARNINGS", []))):
            for needs, check in checks:
                if any(values.get(name) is INVALID for name in needs):
                    continue  # that field's own problem is reported already
                arguments = {name: values[name] if name in values else default(fields[name]) for name in needs}
                for field_name, message in check(**arguments):
                    report(join(path, field_name) if field_name else path, message)
                    failed = failed or report == self.problem
        return INVALID if failed else cls(**values)  # a record with a problem goes no further


def is_required(spec: dataclasses.Field[Any]) -> bool:
    return spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING


def default(spec: dataclasses.Field[Any]) -> Any:
    return spec.default_factory() if spec.default_factory is not dataclasses.MISSING else spec.default


NO_SPEC: Any = types.MappingProxyType({})


@functools.cache
def shape(kind: Any) -> tuple[Any, tuple[Any, ...], bool]:
    """A schema type's origin (list, Union, Literal …), its arguments, and whether it is a record, worked out once
    per type: a build asks for them about a million times at 10,000 reports. An optional type's arguments are the
    one type besides None."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        args = tuple(arg for arg in args if arg is not type(None))
        if len(args) != 1:
            raise TypeError(f"the schema uses a union the validator does not know: {kind!r}")
    return origin, args, dataclasses.is_dataclass(kind)


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
        return "en lista" + {str: " med texter", date: " med datum", int: " med heltal"}.get(args[0], "")
    if origin is typing.Literal:
        return "ett av " + ", ".join(args)
    if origin in (typing.Union, types.UnionType):
        return describe(next(arg for arg in args if arg is not type(None)))
    if dataclasses.is_dataclass(kind):
        return "fält (namn: värde)"
    return {date: "ett datum (ÅÅÅÅ-MM-DD)", int: "ett heltal", Decimal: "ett tal (t.ex. 120 eller 62.5)",
            str: "text"}.get(kind, str(kind))


def shown(node: Node) -> str:
    if isinstance(node, Scalar):
        return quoted(node.text)
    return "en lista" if isinstance(node, Sequence) else "fält (namn: värde)"


def suggest(word: str, choices: typing.Iterable[str]) -> str:
    # Only the start of an overlong word is compared: difflib's cost grows with its length.
    close = difflib.get_close_matches(word[:100], list(choices), n=1, cutoff=0.6)  # the same test as in record()
    return f"; menade du {close[0]!r}?" if close else ""


def _review_marks(checker: Checker) -> None:
    """A file's `# GRANSKA` lines: each marks the value below it as not reviewed yet, in any content file."""
    for line, column, field_path, text in checker.document.marks:
        checker.unreviewed.append(Problem(checker.document.path, line, column, field_path,
                                          f"granskas inte än ({text or 'GRANSKA'}); jämför med dokumentet, rätta "
                                          "värdet om det behövs och ta bort raden med GRANSKA"))


def convert_list(document: Document, cls: type, problems: list[Problem],
                 warnings: list[Problem] | None = None,
                 unreviewed: list[Problem] | None = None) -> tuple[list[Any], Checker]:
    """A file whose top level is a list of records (districts, organisations, themes)."""
    checker = Checker(document, problems, warnings, unreviewed)
    _review_marks(checker)
    if not isinstance(document.root, Sequence):
        got = "ingenting" if document.root is None else shown(document.root)
        checker.problem("", f"förväntade en lista med poster (som var och en börjar med `- id:`), fick {got}")
        return [], checker
    items = [checker.convert(node, cls, f"[{i}]") for i, node in enumerate(document.root.items)]
    return items, checker  # INVALID where an entry failed, so indices stay those of the file


def convert_record(document: Document, cls: type, problems: list[Problem],
                   warnings: list[Problem] | None = None,
                   unreviewed: list[Problem] | None = None) -> tuple[Any, Checker]:
    """A file whose top level is one record (a report)."""
    checker = Checker(document, problems, warnings, unreviewed)
    _review_marks(checker)
    if document.root is None:
        checker.problem("", "är tom (förväntade fälten i en rapport)")
        return INVALID, checker
    return checker.convert(document.root, cls, ""), checker
