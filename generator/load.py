"""Stage 1: read YAML content files into nodes that remember where they stand.

We compose (not construct) the YAML so that the schema, not YAML 1.1's
guessing, decides what a value means: `phone: 0850803305` stays text and
`no` is not turned into False.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

import yaml

from .errors import Problem

# A report is a few kilobytes; anything far larger is a mistake, not content.
MAX_FILE_BYTES = 2 * 1024 * 1024

# libyaml (bundled with PyYAML's wheels) parses about ten times faster; same marks.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
NULL_TAG = "tag:yaml.org,2002:null"


@dataclass
class Scalar:
    text: str
    tag: str
    line: int
    column: int

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
        data = path.read_bytes()
    except OSError as error:
        return None, [Problem(shown, 0, 0, "", f"cannot be read ({error.strerror})")]
    if len(data) > MAX_FILE_BYTES:
        return None, [Problem(shown, 0, 0, "", f"is {len(data):,} bytes; a content file may be at most {MAX_FILE_BYTES:,} bytes")]
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
    try:
        root = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        reason = ": ".join(str(part) for part in (error.context, error.problem) if part)
        return None, [Problem(shown, line, column, "", f"is not valid YAML: {reason}")]
    except yaml.YAMLError as error:
        return None, [Problem(shown, 0, 0, "", f"is not valid YAML: {error}")]
    problems: list[Problem] = []
    return Document(shown, _convert(root, shown, problems, "") if root else None), problems


def join(path: str, step: str | int) -> str:
    """The field path shown in messages: `agreements[1].end`."""
    if isinstance(step, int):
        return f"{path}[{step}]"
    return f"{path}.{step}" if path else step


def _convert(node: yaml.Node, shown: str, problems: list[Problem], path: str) -> Node:
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    if isinstance(node, yaml.ScalarNode):
        return Scalar(node.value, node.tag, line, column)
    if isinstance(node, yaml.SequenceNode):
        return Sequence(line, column, [_convert(item, shown, problems, join(path, i)) for i, item in enumerate(node.value)])
    mapping = Mapping(line, column)
    for key_node, value_node in node.value:
        key_line, key_column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
        if not isinstance(key_node, yaml.ScalarNode):
            problems.append(Problem(shown, key_line, key_column, path, "a key must be a plain name, not a list or mapping"))
            continue
        key = key_node.value
        if key in mapping.items:
            first_line = mapping.items[key][0]
            problems.append(Problem(shown, key_line, key_column, join(path, key), f"appears twice in the same mapping (first on line {first_line}); keep one"))
            continue
        mapping.items[key] = (key_line, key_column, _convert(value_node, shown, problems, join(path, key)))
    return mapping
