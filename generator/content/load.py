"""Stage 1: read YAML content files into nodes that remember where they stand.

We build nodes from the parser's events (not YAML's own constructor) so
that the schema, not YAML 1.1's guessing, decides what a value means:
`phone: 0850803305` stays text and `no` is not turned into False. Building
from events also needs no recursion, so depth and size stay bounded, and
aliases (`*name`) are refused: they are never needed in content and are how
"billion laughs" files blow up.

Only regular files are read, never through a symbolic link, and opening one
never blocks (a named pipe or a device is refused before a byte is read).
"""
from __future__ import annotations

import bisect
import errno
import itertools
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

import yaml
from yaml.resolver import Resolver

from ..errors import Problem
from ..text import FORBIDDEN_CHARACTER, character_problem, forbidden_character

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
    block: bool = False  # written as a block (`|` or `>`), the value on the lines below

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
    # Review marks left in the file (`# GRANSKA …` comment lines): (line, column, field below it, the mark's text).
    marks: list[tuple[int, int, str, str]] = field(default_factory=list)


def display_path(path: Path, base: Path | None) -> str:
    """The path as messages show it. Never resolved through a link: the message names the file in content/."""
    if base is not None:
        try:
            return Path(os.path.normpath(path.absolute())).relative_to(os.path.normpath(base.absolute())).as_posix()
        except ValueError:
            pass
    return path.as_posix()


_KINDS = [(stat.S_ISDIR, "en mapp"), (stat.S_ISFIFO, "en namngiven pipe (FIFO)"), (stat.S_ISSOCK, "en socket"),
          (stat.S_ISCHR, "en enhetsfil"), (stat.S_ISBLK, "en enhetsfil")]
_ERRORS = {errno.ENOENT: "filen finns inte", errno.EACCES: "filen får inte läsas (behörighet saknas)",
           errno.EPERM: "filen får inte läsas (behörighet saknas)"}


def not_regular(mode: int) -> str | None:
    """Why a file of this mode cannot be content, or None for a regular file."""
    if stat.S_ISLNK(mode):
        return "är en symbolisk länk; innehållsfiler måste vara vanliga filer i content/ (kopiera filen hit i stället)"
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "något annat än en fil")
    return f"är ingen vanlig fil utan {kind}; innehållsfiler måste vara vanliga filer"


def read_bytes(path: Path, shown: str, limit: int = MAX_FILE_BYTES) -> tuple[bytes | None, Problem | None]:
    """The bytes of a regular file of at most `limit` bytes, or why it cannot be read."""
    try:
        reason = not_regular(os.lstat(path).st_mode)
        if reason:
            return None, Problem(shown, 0, 0, "", reason)
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        descriptor = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return None, Problem(shown, 0, 0, "", not_regular(stat.S_IFLNK) or "")
        return None, Problem(shown, 0, 0, "", f"kan inte läsas ({_ERRORS.get(error.errno or 0, error.strerror)})")
    try:
        # Checked again on what was opened: the file cannot be swapped between the check and the read.
        status = os.fstat(descriptor)
        reason = not_regular(status.st_mode)
        if reason:
            return None, Problem(shown, 0, 0, "", reason)
        if status.st_size > limit:
            return None, Problem(shown, 0, 0, "", f"är {status.st_size:,} byte; en innehållsfil får vara högst "
                                                  f"{limit:,} byte".replace(",", " "))
        chunks, total = [], 0
        while chunk := os.read(descriptor, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while being read
                return None, Problem(shown, 0, 0, "", f"är större än {limit:,} byte".replace(",", " "))
        return b"".join(chunks), None
    except OSError as error:
        return None, Problem(shown, 0, 0, "", f"kan inte läsas ({_ERRORS.get(error.errno or 0, error.strerror)})")
    finally:
        os.close(descriptor)


def load_file(path: Path, base: Path | None = None) -> tuple[Document | None, list[Problem]]:
    """Read one YAML file. Returns the document, or None and the problems."""
    shown = display_path(path, base)
    data, problem = read_bytes(path, shown)
    if data is None:
        return None, [problem] if problem else []
    if data.startswith(b"\xef\xbb\xbf"):
        return None, [Problem(shown, 1, 1, "", "börjar med ett byte order mark (BOM); spara filen som UTF-8 utan BOM")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        return None, [Problem(shown, line, column, "", "är inte giltig UTF-8; spara filen som UTF-8")]
    return load_text(text, shown)


# A file full of one bad character gets this many located messages, then one that counts the rest.
MAX_CHARACTER_PROBLEMS = 10


def position(text: str, index: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def load_text(text: str, shown: str) -> tuple[Document | None, list[Problem]]:
    if forbidden_character(text) is None:  # (the same question, nine times as fast on a whole file)
        return _parse(text, shown)
    found = list(itertools.islice(FORBIDDEN_CHARACTER.finditer(text), MAX_CHARACTER_PROBLEMS + 1))
    # Each such character is reported where an editor shows it, naming the field it stands in. The file is
    # read with a space in its place (the same length, and no line break YAML would count), so its other
    # problems come in the same run and every line number is the editor's.
    clean = FORBIDDEN_CHARACTER.sub(" ", text)
    spans: list[tuple[int, int, str]] = []
    document, problems = _parse(clean, shown, spans)
    starts = [start for start, _, _ in spans]
    located = []
    for match in found[:MAX_CHARACTER_PROBLEMS]:
        index = bisect.bisect_right(starts, match.start()) - 1
        # Within a value, or after a field's name or value on its line but before any comment there (a plain
        # value ends before the spaces after it; `x: [ ]` has no value to be in): that field. In a comment:
        # the file as such.
        field = ""
        if index >= 0:
            start, end, name = spans[index]
            after = clean[end:match.start()]
            if match.start() < end or ("\n" not in clean[start:match.start()] and not _COMMENT_START.search(after)):
                field = name
        located.append(Problem(shown, *position(text, match.start()), field, character_problem(match.group())))
    if document is None:
        problems = []  # a syntax error the characters made (a lone CR joins two lines): theirs is the message
    if len(found) > MAX_CHARACTER_PROBLEMS:
        rest = sum(1 for _ in FORBIDDEN_CHARACTER.finditer(text, found[-1].start()))
        located.append(Problem(shown, *position(text, found[-1].start()), "",
                               f"filen har {rest} fler sådana tecken längre fram; ta bort alla"))
    return document, located + problems


def _parse(text: str, shown: str, spans: list[tuple[int, int, str]] | None = None,
           again: bool = True) -> tuple[Document | None, list[Problem]]:
    builder = _Builder(shown, text.splitlines(), spans)
    try:
        for event in yaml.parse(text, Loader=SAFE_LOADER):
            if not builder.feed(event):
                return None, builder.problems
    except yaml.MarkedYAMLError as error:
        if "nesting depth" in str(error.problem) and error.problem_mark is not None and again:
            return _too_deep(text, shown, error.problem_mark.index)
        line, column, message = yaml_problem(error)
        return None, [*builder.problems, Problem(shown, line, column, "", f"är inte giltig YAML: {message}")]
    except yaml.YAMLError as error:  # not expected after the checks above; still never a traceback
        return None, [Problem(shown, 1, 1, "", f"är inte giltig YAML ({error})")]
    return Document(shown, builder.root, review_marks(text, builder.line_fields)), builder.problems


# A value an import read and a person has not yet checked: the draft marks it on the line above.
REVIEW_MARK = re.compile(r"^([ \t]*)#[ \t]*GRANSKA\b[^\S\n]*(?:\(([^)\n]*)\))?[^\S\n]*:?[^\S\n]*(.*)$", re.MULTILINE)


def review_marks(text: str, line_fields: dict[int, str]) -> list[tuple[int, int, str, str]]:
    """Every review mark in a file, with the field it stands above (a list item's mark names the item)."""
    if "GRANSKA" not in text:
        return []
    lines = text.splitlines()
    found = []
    for match in REVIEW_MARK.finditer(text):
        line, column = position(text, match.start())
        field_path = ""
        for number in range(line + 1, len(lines) + 1):  # the first line below that holds a field
            if number in line_fields:
                field_path = line_fields[number]
                if lines[number - 1].lstrip().startswith("- "):
                    field_path = re.sub(r"\.[^.\[\]]+$", "", field_path)
                break
        told = match.group(3).strip()
        found.append((line, column + len(match.group(1)), field_path,
                      f"{match.group(2)}: {told}" if match.group(2) else told))
    return found


def _too_deep(text: str, shown: str, index: int) -> tuple[None, list[Problem]]:
    """The parser's own nesting limit (libyaml's, far deeper than ours) as our message, with the field.

    The parser reads brackets ahead of the events it gives, so it can reach its limit before our builder
    reaches ours. Read again up to where it stopped: there our limit is met first, at the same place.
    """
    _, problems = _parse(text[:index], shown, again=False)
    deep = [problem for problem in problems if problem.message.startswith("är nästlat djupare")]
    if deep:
        return None, deep
    line, column = position(text, index)
    return None, [Problem(shown, line, column, "", f"är nästlat djupare än {MAX_DEPTH} nivåer")]


# The parser's problems as staff read them, with what to do.
_YAML_PROBLEMS = {
    "found unexpected end of stream": "citattecknet som öppnas här stängs aldrig; avsluta texten med samma sorts citattecken",
    "found unknown escape character": "okänd teckenkod efter \\ inom dubbla citattecken; skriv \\\\ för ett bakstreck, "
                                      "eller sätt texten inom enkla citattecken",
    "did not find expected hexdecimal number": "ofullständig teckenkod efter \\x, \\u eller \\U inom dubbla citattecken",
    "found invalid Unicode character escape code": "teckenkoden efter \\u eller \\U är inget tecken",
    "mapping values are not allowed in this context": "ett kolon följt av mellanslag (': ') kan inte stå här; sätt hela "
                                                      "texten inom dubbla citattecken, eller rätta indraget",
    "found character that cannot start any token": "tecknet här kan inte inleda ett värde (t.ex. @, ` eller ett "
                                                   "tabbtecken); sätt texten inom dubbla citattecken, och dra in med mellanslag",
    "did not find expected key": "här väntades ett fältnamn; kontrollera indraget på raden",
    "did not find expected ',' or ']'": "hakparentesen [ som öppnas här stängs aldrig; lägg till ] eller sätt texten "
                                        "inom dubbla citattecken",
    "did not find expected ',' or '}'": "klammerparentesen { som öppnas här stängs aldrig; lägg till } eller sätt texten "
                                        "inom dubbla citattecken",
    "did not find expected '-' indicator": "här väntades nästa post i listan (en rad som börjar med -); kontrollera indraget",
    "did not find expected node content": "här saknas ett värde",
    "could not find expected ':'": "här saknas ett kolon efter fältnamnet",
    "did not find expected alphabetic or numeric character": "ett & eller * måste följas av ett namn; sätt texten inom citattecken",
    "block sequence entries are not allowed in this context": "en rad som börjar med - kan inte stå här; kontrollera indraget",
    "found a tab character that violates indentation": "ett tabbtecken används som indrag; dra in med mellanslag",
}


_OPENED_HERE = {"found unexpected end of stream", "did not find expected ',' or ']'", "did not find expected ',' or '}'"}


def yaml_problem(error: yaml.MarkedYAMLError) -> tuple[int, int, str]:
    """Where a YAML problem is and what it means, in Swedish."""
    problem = str(error.problem or "")
    mark = error.problem_mark or error.context_mark
    # A quote or bracket that never closes is found where the file or the line ends; it is where it
    # opens that matters.
    if problem in _OPENED_HERE and error.context_mark is not None:
        mark = error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    message = _YAML_PROBLEMS.get(problem) or f"YAML-tolken säger: {problem or error.context}"
    return line, column, message


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
    def __init__(self, shown: str, lines: list[str], spans: list[tuple[int, int, str]] | None = None) -> None:
        self.shown = shown
        self.lines = lines
        self.spans = spans  # when given: (start, end, field) of every scalar, to say which field a position is in
        self.line_fields: dict[int, str] = {}  # line -> the first field whose value or name starts on it
        self.problems: list[Problem] = []
        self.stack: list[_Open] = []
        self.root: Node | None = None
        self.documents = 0

    def feed(self, event: yaml.Event) -> bool:
        """Take one parser event; False means stop reading this file."""
        line, column = event.start_mark.line + 1, event.start_mark.column + 1
        if type(event) is yaml.ScalarEvent:  # (most events: asked first)
            tag = event.tag
            if tag is None or tag == "!":
                tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
            end = event.end_mark
            plain = not event.style  # libyaml says "", the pure-Python parser None
            cut = plain and end.line < len(self.lines) and bool(_COMMENT_AFTER.match(self.lines[end.line], end.column))
            if self.spans is not None or line not in self.line_fields:  # (a value beside its name needs no path)
                top = self.stack[-1] if self.stack else None
                is_key = top is not None and isinstance(top.node, Mapping) and top.key is None and not top.skip_value
                field = join(top.path, event.value) if is_key and top else self.child_path()
                self.line_fields.setdefault(line, field)
                if self.spans is not None:
                    self.spans.append((event.start_mark.index, end.index, field))
            self.add(Scalar(_composed(event.value), tag, line, column, cut, block=event.style in ("|", ">")))
        elif isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                self.problem(line, column, "", "innehåller mer än ett YAML-dokument (ett andra `---`); "
                                               "en fil ska innehålla en rapport")
                return False
        elif isinstance(event, yaml.AliasEvent):
            self.problem(line, column, self.child_path(), f"använder YAML-aliaset *{event.anchor}; skriv ut värdet i sin helhet")
            self.add(Scalar("", NULL_TAG, line, column))
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if len(self.stack) >= MAX_DEPTH:
                self.problem(line, column, self.child_path(), f"är nästlat djupare än {MAX_DEPTH} nivåer")
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
                self.problem(node.line, node.column, top.path, "ett fältnamn måste vara ett enkelt namn, inte en lista eller flera fält")
                top.skip_value = True
        elif top.skip_value:
            top.skip_value = False
        else:
            key, key_line, key_column = top.key
            top.key = None
            if key in top.node.items:
                first_line = top.node.items[key][0]
                self.problem(key_line, key_column, join(top.path, key),
                             f"står två gånger på samma nivå (första gången på rad {first_line}); behåll ett av dem")
            else:
                top.node.items[key] = (key_line, key_column, node)

    def problem(self, line: int, column: int, field: str, message: str) -> None:
        self.problems.append(Problem(self.shown, line, column, field, message))


_RESOLVER = Resolver()


def _composed(value: str) -> str:
    """A value with its letters in one form (Unicode's NFC): "å" as one character, never "a" plus a ring.

    Text copied from a PDF or typed on a Mac can hold "a" + U+030A where the rest of the file holds "å": the
    same text to a reader, other characters to a program. A quote copied from one and a paragraph typed in the
    other would not match, a search for "Rågsved" would not find it, and names would sort apart. The two forms
    are canonically equivalent (they show and mean the same), and NFC is the form the web expects.
    """
    return value if value.isascii() else unicodedata.normalize("NFC", value)


_COMMENT_AFTER = re.compile(r"\s+#")
_COMMENT_START = re.compile(r"(?:^|\s)#")
