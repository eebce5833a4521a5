"""Lists in a report's text: a paragraph whose lines are points, each after its sign or number.

A document's list reaches the report file as it was copied, a point on each
line ("• läxhjälp", "1. Språkcaféerna ska …", "a)<TAB>Vuxna ska …"), and a
line that goes on without a sign belongs to the point above it. The report
page shows such a paragraph as a list, with the lines above the first point
as its lead-in ("Verksamheten har bestått av:").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import joined


@dataclass(frozen=True)
class TextList:
    lead: str  # the lines above the first point ("Verksamheten har bestått av:"), or ""
    points: list[tuple[str, str]]  # each point's sign or number as written ("•", "1.", "a)") and its text
    numbered: bool  # points numbered or lettered, in order ("1.", "2." …; "a)", "b)" …), not signs
    tail: str = ""  # the text after the last point ("Totalt har nämnden alltså bidragit med …"), or ""


# A point's sign, or its number or letter (tables.py knows a list set after tabs by them too). Besides the usual
# bullets: ticks, arrows and boxes, the private-use bullets a PDF of a Word document gives ("\uf0b7"), and Word's
# second-level "o" before a word.
SIGN = r"(?:[•▪◦·‣●○■□\-–—*✓✔→►▶➢➤❖◆♦☐☑\uf0a7\uf0b7\uf0d8\uf076\uf0fc]|o(?=\s+[^\W\d_]))"
# A number, a roman numeral or a letter, in either case.
NUMBER = r"\d{1,2}|[ivxIVX]{1,4}|[a-zåäöA-ZÅÄÖ]"
# A point: its sign, or its number in or before a bracket, then a space or a tab: "• läxhjälp", "– språkcafé",
# "1. Bakgrund", "a) Vuxna", "(2) Barn", "ii. Äldre".
_POINT = re.compile(rf"\s*(?P<sign>{SIGN})(?:\s+|(?=\t))(?P<text>\S.*)"
                    rf"|\s*(?P<open>\()?(?P<number>{NUMBER})(?P<after>[.)])\s+(?P<numbered>\S.*)")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def list_of(block: str) -> TextList | None:
    """The list a paragraph as written holds (`model.blocks`), or None: two points or more after the same sign, or
    numbered (or lettered) one after the other from the first; lines before the first point are its lead-in, and a
    line without a sign goes on with the point above it."""
    lines = [line for line in block.split("\n") if line.strip()]
    points: list[tuple[str, list[str]]] = []  # each point's sign and its lines
    lead: list[str] = []
    kind: tuple[str, str] | None = None  # ("sign", the sign), or "number", "roman" or "letter" with its brackets
    after_point = False  # the line above is a point's first
    for index, line in enumerate(lines):
        found = _POINT.fullmatch(line.rstrip())
        # (not a time's or a span's dash after a line of text: "kl. 15" over "- 18 på fredagar")
        dash = bool(found and found["sign"] and found["text"][0].isdigit() and index and not after_point
                    and lines[index - 1].rstrip()[-1:].isdigit())
        after_point = False
        if found and not dash and (following := _next(found, kind, len(points))):
            kind = following
            points.append((_marker(found), [found["text"] or found["numbered"]]))
            after_point = True
        elif points:
            points[-1][1].append(line)
        else:
            lead.append(line)
    if len(points) < 2 or kind is None:
        return None
    # After the last point, a line of its own that begins a sentence ends the list: "Totalt har nämnden …" (an
    # indented line goes on with the point: "   Bedömning: Uppfyllt"), unless such lines go on with the points above
    # as well (each goal over its "Bedömning: …").
    last = points[-1][1]
    sentences = any(line[:1].isupper() for _, lines in points[:-1] for line in lines[1:])
    end = next((at for at, line in enumerate(last[1:], start=1) if line[:1].isupper() and not sentences), len(last))
    tail, points[-1] = last[end:], (points[-1][0], last[:end])
    return TextList(joined(lead), [(sign, joined(text)) for sign, text in points], kind[0] != "sign",
                    joined(tail))


def gathered(blocks: list[str]) -> list[str]:
    """The paragraphs as shown: neighbouring paragraphs that are each one point of the same list (a document that
    leaves a blank line between its points) are one list's paragraph, so that `list_of` reads them together."""
    shown: list[str] = []
    run: list[str] = []  # paragraphs of one point each, so far in one list
    kind: tuple[str, str] | None = None
    for block in blocks + [""]:
        point = _one_point(block)
        following = point and _next(point, kind, len(run))
        if run and following:
            run.append(block)
            kind = following
            continue
        shown += ["\n".join(run)] if len(run) > 1 else run
        kind = point and _next(point, None, 0)
        run = [block] if kind else []
        if not kind:
            shown.append(block)
    return shown[:-1]


def _one_point(block: str) -> re.Match[str] | None:
    """The point a paragraph begins with, when it holds that one point only."""
    lines = [line.rstrip() for line in block.split("\n") if line.strip()]
    found = _POINT.fullmatch(lines[0]) if lines else None
    return found if found and not any(_POINT.fullmatch(line) for line in lines[1:]) else None


def _marker(found: re.Match[str]) -> str:
    return found["sign"] or (found["open"] or "") + found["number"] + found["after"]


def _next(found: re.Match[str], kind: tuple[str, str] | None, before: int) -> tuple[str, str] | None:
    """The list's kind if the point is its next one, else None. A sign is always next after the same sign; a number
    comes in order from the first, written the same way: "1." then "2.", "a)" then "b)", "(i)" then "(ii)". A first
    "i" is roman, a later one follows "h"."""
    if found["sign"]:
        return ("sign", found["sign"]) if kind in (None, ("sign", found["sign"])) else None
    style = (found["open"] or "") + found["after"]
    if style == "(." or kind and kind[1] != style:
        return None
    for form in [kind[0]] if kind else ["number", "roman", "letter"]:
        if _value(found["number"], form) == before + 1:
            return form, style
    return None


def _value(number: str, form: str) -> int | None:
    if form == "number":
        return int(number) if number.isdigit() else None
    if form == "roman":
        return _ROMAN.get(number.lower())
    return ord(number.lower()) - ord("a") + 1 if len(number) == 1 and number.isalpha() else None
