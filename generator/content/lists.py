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
    marked: bool = False  # each point shows its own mark: a number, a box or a tick or a cross ("☑", "✗"), a note's "*"


# A point's sign, or its number or letter (tables.py knows a list set after tabs by them too). Besides the usual
# bullets: ticks, arrows and boxes, the private-use bullets a PDF of a Word document gives ("\uf0b7"), and Word's
# second-level "o".
SIGN = r"(?:[•▪◦·‣●○■□\-–—*✓✔✗✘→►▶➢➤❖◆♦☐☑☒\uf0a7\uf0b7\uf0d8\uf076\uf0fc]|o(?=\s+\S))"
# A number, a roman numeral or a letter, in either case.
NUMBER = r"\d{1,2}|[ivxIVX]{1,6}|[a-zåäöA-ZÅÄÖ]"
# A point: its sign, or its number in or before a bracket, then a space or a tab: "• läxhjälp", "– språkcafé",
# "1. Bakgrund", "a) Vuxna", "(2) Barn", "ii. Äldre".
_POINT = re.compile(rf"\s*(?P<sign>{SIGN})(?:\s+|(?=\t))(?P<text>\S.*)"
                    rf"|\s*(?P<open>\()?(?P<number>{NUMBER})(?P<after>[.)])\s+(?P<numbered>\S.*)")
_ROMAN = re.compile(r"(x{0,3})(ix|iv|v?i{0,3})")
# Boxes, ticks and crosses, a point done or not ("☑", "☐", "✓", "✗"), are one list's signs, and each point keeps its
# own; so does a note's "*" (a reference mark more often than a bullet).
_CHECKS = "☐☑☒□✓✔✗✘\uf0fc"
_MARKED = _CHECKS + "*"
# A line said by someone ("– Det var kul, säger Anna."): dialogue, not a list's point.
_SAID = re.compile(r",\s+(?:säger|sa|svarar|berättar|förklarar|menar|tycker|konstaterar|frågar|skriver|utbrister)\b")


def list_of(block: str) -> TextList | None:
    """The list a paragraph as written holds (`model.blocks`), or None: two points or more after the same sign, or
    numbered (or lettered) one after the other from the first; lines before the first point are its lead-in, and a
    line without a sign goes on with the point above it."""
    lines = [line for line in block.split("\n") if line.strip()]
    points: list[tuple[str, list[str]]] = []  # each point's sign and its lines
    lead: list[str] = []
    kind: tuple[str, str] | None = None  # ("sign", the sign), or "number", "roman" or "letter" with how it is written
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
    if kind[1] in "–-—" and any(_SAID.search(" ".join(text)) for _, text in points):
        return None
    # After the last point, a line of its own that begins a sentence ends the list: "Totalt har nämnden …" (an
    # indented line goes on with the point: "   Bedömning: Uppfyllt"), unless a line under a point above begins
    # with the same word (each goal over its "Bedömning: …").
    last = points[-1][1]
    labels = {line.split()[0] for _, lines in points[:-1] for line in lines[1:] if line[:1].isupper()}
    end = next((at for at, line in enumerate(last[1:], start=1)
                if line[:1].isupper() and line.split()[0] not in labels), len(last))
    tail, points[-1] = last[end:], (points[-1][0], last[:end])
    numbered = kind[0] != "sign"
    return TextList(joined(lead), [(sign, joined(text)) for sign, text in points], numbered, joined(tail),
                    marked=numbered or kind[1] in _MARKED)


def gathered(blocks: list[str]) -> list[str]:
    """The paragraphs as shown: neighbouring paragraphs that are each one point of the same list (a document that
    leaves a blank line between its points) are one list's paragraph, so that `list_of` reads them together. The
    first may have its lead-in above its point. Points of two signs in turn (Word's points under points) are left
    as they are."""
    points = [_one_point(block) for block in blocks]
    runs: list[list[int]] = []  # neighbouring paragraphs of one list each, by their index
    kind: tuple[str, str] | None = None
    for index, (found, first) in enumerate(points):
        following = found and first and runs and runs[-1][-1] == index - 1 and _next(found, kind, len(runs[-1]))
        if following:
            runs[-1].append(index)
        elif found and (following := _next(found, None, 0)):
            runs.append([index])
        kind = following or None
    shown = list(blocks)
    for run in reversed(runs):
        merged = "\n".join(blocks[index] for index in run)
        alone = all(points[index][0] is None for index in (run[0] - 1, run[-1] + 1) if 0 <= index < len(blocks))
        if len(run) > 1 and alone and (found_list := list_of(merged)) and len(found_list.points) == len(run):
            shown[run[0]:run[-1] + 1] = [merged]
    return shown


def _one_point(block: str) -> tuple[re.Match[str] | None, bool]:
    """The one point a paragraph holds, and whether it begins the paragraph (else it ends it, under its lead-in);
    (None, False) for any other paragraph, a table among them."""
    from .tables import table_of  # (tables.py reads list signs from here)

    lines = [line.rstrip() for line in block.split("\n") if line.strip()]
    at = [index for index, line in enumerate(lines) if _POINT.fullmatch(line)]
    if len(at) != 1 or at[0] not in (0, len(lines) - 1) or "\t" in block and table_of(block):
        return None, False
    return _POINT.fullmatch(lines[at[0]]), at[0] == 0


def _marker(found: re.Match[str]) -> str:
    return found["sign"] or (found["open"] or "") + found["number"] + found["after"]


def _next(found: re.Match[str], kind: tuple[str, str] | None, before: int) -> tuple[str, str] | None:
    """The list's kind if the point is its next one, else None. A sign is always next after the same sign (a box, a
    tick or a cross after any of them); a number comes in order from the first, written the same way: "1." then "2.", "a)" then "b)",
    "(i)" then "(ii)", "A." then "B.". A first "i" is roman, a later one follows "h"."""
    if sign := found["sign"]:
        mine = ("sign", _CHECKS if sign in _CHECKS else sign)
        return mine if kind in (None, mine) else None
    number = found["number"]
    style = (found["open"] or "") + found["after"] + ("A" if number.isupper() else "a" if number.isalpha() else "")
    if style.startswith("(") and found["after"] != ")" or kind and kind[1] != style:
        return None
    for form in [kind[0]] if kind else ["number", "roman", "letter"]:
        if _value(number, form) == before + 1:
            return form, style
    return None


def _value(number: str, form: str) -> int | None:
    if form == "number":
        return int(number) if number.isdigit() else None
    if form == "roman":
        roman = _ROMAN.fullmatch(number.lower())
        if not roman or not number.isalpha():
            return None
        tens, ones = roman.groups()
        value = {"ix": 9, "iv": 4}.get(ones, ones.count("i") + 5 * ones.count("v"))
        return 10 * len(tens) + value or None
    return ord(number.lower()) - ord("a") + 1 if len(number) == 1 and number.isalpha() else None
