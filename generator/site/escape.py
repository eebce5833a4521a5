"""The one guard per output format that every text from content passes through on its way out.

The loader refuses, where it stands, every character that some output
cannot carry (`text.FORBIDDEN_CHARACTER`, asked through `text.forbidden_character`), so these never meet one in a
build; they check again because a page, a feed or a data file that is
invalid for one visitor's program is worse than a build that stops. HTML
goes through Jinja2's autoescaping (`pages.environment` finalizes every
value with `html_value`), XML through `xml_text` and `xml_attribute`, JSON
through `json_text`, and CSV cells through `csv_cell`.
"""
from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from ..text import forbidden_character


class UnsafeText(ValueError):
    """Text with a character no output can carry reached an output: the loader's check was bypassed."""


def checked(value: str) -> str:
    if found := forbidden_character(value):
        raise UnsafeText(f"U+{ord(found.group()[0]):04X} i {value[:60]!r}")
    return value


def html_value(value: Any) -> Any:
    """Every value a template prints (Jinja2's `finalize`); autoescaping then makes it text."""
    if isinstance(value, str):
        checked(value)
    return value


def xml_text(value: str) -> str:
    """Character data in XML 1.0: `<`, `>` and `&` escaped."""
    return escape(checked(value))


def xml_attribute(value: str) -> str:
    """An attribute value in XML 1.0, with its quotes."""
    return quoteattr(checked(value))


def json_text(value: Any, **options: Any) -> str:
    """Strict JSON (no NaN or Infinity), UTF-8 as it is."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, **options)
    checked(text)
    return text


# A cell a spreadsheet program would run as a formula is prefixed with ' (OWASP's advice); see the Öppna data page.
FORMULA_START = tuple("=+-@\t\r\n＝＋－＠")


def csv_cell(value: str, free_text: bool = True) -> str:
    """A CSV cell: free text that a spreadsheet would read as a formula gets a ' in front."""
    checked(value)
    return "'" + value if free_text and value.startswith(FORMULA_START) else value
