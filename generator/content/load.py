"""Stage 1: read YAML content files into nodes that remember where they stand.

We build nodes from the parser's events (not YAML's own constructor) so
that the schema, not YAML 1.1's guessing, decides what a value means:
`phone: 0850803305` stays text and `no` is not turned into False. Building
from events also needs no recursion, so depth and size stay bounded, and
aliases (`*name`) are refused: they are never needed in content and are how
"billion laughs" files blow up.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

import yaml
from yaml.resolver import Resolver

from ..errors import Problem

# Limits that keep a hostile or broken file from costing unbounded time or
# memory. A real report is a few kilobytes and a few levels deep.
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 32

# libyaml (bundled with PyYAML's wheels) parses about ten times faster; same marks.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
NULL_TAG = "tag:yaml.org,2002:null"


@dataclass
class Scalar:
    text: str
    tag: str
    line: int
    column: int
    # An unquoted value followed by ` #` on its line: YAML ends the value there
    # and drops the rest as a comment, so "Projekt #2" would silently read "Projekt".
    cut_by_comment: bool = False

    @property
    def is_null(self) -> bool:
        return self.tag == NULL_TAG


@dataclass
class Mapping:
    line: int
    column: int
    # key -> (line, column of the key, value node)
    items: dict[str, tuple[int, int, "Node"]] = field(default_factory=dict)


@dataclass
class Sequence:
    line: int
    column: int
    items: list["Node"] = field(default_factory=list)


Node = Union[Scalar, Mapping, Sequence]


@dataclass
class Document:
    path: str  # as shown in messages: relative to the project when possible
    root: Node | None


def display_path(path: Path, base: Path | None) -> str:
    if base is not None:
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def load_file(path: Path, base: Path | None = None) -> tuple[Document | None, list[Problem]]:
    """Read one YAML file. Returns the document, or None and the problems."""
    shown = display_path(path, base)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [Problem(shown, 0, 0, "", f"is {size:,} bytes; a content file may be at most {MAX_FILE_BYTES:,} bytes")]
        data = path.read_bytes()
    except OSError as error:
        return None, [Problem(shown, 0, 0, "", f"cannot be read ({error.strerror})")]
    if data.startswith(b"\xef\xbb\xbf"):
        return None, [Problem(shown, 1, 1, "", "starts with a byte order mark (BOM); save the file as UTF-8 without BOM")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        return None, [Problem(shown, line, column, "", "is not valid UTF-8; save the file as UTF-8")]
    return load_text(text, shown)


def load_text(text: str, shown: str) -> tuple[Document | None, list[Problem]]:
    builder = _Builder(shown, text.splitlines())
    try:
        for event in yaml.parse(text, Loader=SAFE_LOADER):
            if not builder.feed(event):
                return None, builder.problems
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        reason = ": ".join(str(part) for part in (error.context, error.problem) if part)
        return None, [Problem(shown, line, column, "", f"is not valid YAML: {reason}")]
    except yaml.YAMLError as error:
        return None, [Problem(shown, 0, 0, "", f"is not valid YAML: {error}")]
    return Document(shown, builder.root), builder.problems


def join(path: str, step: str | int) -> str:
    """The field path shown in messages: `agreements[1].end`."""
    if isinstance(step, int):
        return f"{path}[{step}]"
    return f"{path}.{step}" if path else step


@dataclass
class _Open:
    """A mapping or list being built, with the key waiting for its value."""

    node: Mapping | Sequence
    path: str
    key: tuple[str, int, int] | None = None
    skip_value: bool = False


class _Builder:
    def __init__(self, shown: str, lines: list[str]) -> None:
        self.shown = shown
        self.lines = lines
        self.problems: list[Problem] = []
        self.stack: list[_Open] = []
        self.root: Node | None = None
        self.documents = 0

    def feed(self, event: yaml.Event) -> bool:
        """Take one parser event; False means stop reading this file."""
        line, column = event.start_mark.line + 1, event.start_mark.column + 1
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                self.problem(line, column, "", "holds more than one YAML document (a second `---`); keep one report per file")
                return False
        elif isinstance(event, yaml.AliasEvent):
            self.problem(line, column, self.child_path(), f"uses the YAML alias *{event.anchor}; write the value out in full")
            self.add(Scalar("", NULL_TAG, line, column))
        elif isinstance(event, yaml.ScalarEvent):
            tag = event.tag
            if tag is None or tag == "!":
                tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
            end = event.end_mark
            plain = not event.style  # libyaml says "", the pure-Python parser None
            cut = plain and end.line < len(self.lines) and bool(_COMMENT_AFTER.match(self.lines[end.line], end.column))
            self.add(Scalar(event.value, tag, line, column, cut))
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if len(self.stack) >= MAX_DEPTH:
                self.problem(line, column, self.child_path(), f"is nested more than {MAX_DEPTH} levels deep")
                return False
            opened = Mapping(line, column) if isinstance(event, yaml.MappingStartEvent) else Sequence(line, column)
            self.stack.append(_Open(opened, self.child_path()))
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self.add(self.stack.pop().node)
        return True

    def child_path(self) -> str:
        if not self.stack:
            return ""
        top = self.stack[-1]
        if isinstance(top.node, Sequence):
            return join(top.path, len(top.node.items))
        return join(top.path, top.key[0]) if top.key else top.path

    def add(self, node: Node) -> None:
        if not self.stack:
            self.root = node
            return
        top = self.stack[-1]
        if isinstance(top.node, Sequence):
            top.node.items.append(node)
        elif top.key is None and not top.skip_value:
            if isinstance(node, Scalar):
                top.key = (node.text, node.line, node.column)
            else:
                self.problem(node.line, node.column, top.path, "a key must be a plain name, not a list or mapping")
                top.skip_value = True
        elif top.skip_value:
            top.skip_value = False
        else:
            key, key_line, key_column = top.key
            top.key = None
            if key in top.node.items:
                first_line = top.node.items[key][0]
                self.problem(key_line, key_column, join(top.path, key),
                             f"appears twice in the same mapping (first on line {first_line}); keep one")
            else:
                top.node.items[key] = (key_line, key_column, node)

    def problem(self, line: int, column: int, field: str, message: str) -> None:
        self.problems.append(Problem(self.shown, line, column, field, message))


_RESOLVER = Resolver()
_COMMENT_AFTER = re.compile(r"\s+#")
