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


# A point's sign, or its number or letter (tables.py knows a list set after tabs by them too).
SIGN = r"[•▪◦·‣●○■□\-–—*]"
NUMBER = r"\d{1,2}|[a-zåäö]"
# A point: its sign or number, then a space or a tab: "• läxhjälp", "– språkcafé", "1. Bakgrund", "a) Vuxna".
_POINT = re.compile(rf"\s*(?P<sign>{SIGN})(?:\s+|(?=\t))(?P<text>\S.*)"
                    rf"|\s*(?P<number>{NUMBER})(?P<after>[.)])\s+(?P<numbered>\S.*)")


def list_of(block: str) -> TextList | None:
    """The list a paragraph as written holds (`model.blocks`), or None: two points or more after the same sign, or
    numbered (or lettered) one after the other from the first; lines before the first point are its lead-in, and a
    line without a sign goes on with the point above it."""
    lines = [line for line in block.split("\n") if line.strip()]
    points: list[tuple[str, list[str]]] = []  # each point's sign and its lines
    lead: list[str] = []
    kind: tuple[str, str] | None = None  # the first point's sign, or "number"/"letter" with what follows it
    after_point = False  # the line above is a point's first
    for index, line in enumerate(lines):
        found = _POINT.fullmatch(line.rstrip())
        # (not a time's or a span's dash after a line of text: "kl. 15" over "- 18 på fredagar")
        dash = bool(found and found["sign"] and found["text"][0].isdigit() and index and not after_point
                    and lines[index - 1].rstrip()[-1:].isdigit())
        after_point = False
        if found and (kind is None or _kind(found) == kind) and _follows(found, len(points)) and not dash:
            kind = kind or _kind(found)
            points.append((found["sign"] or found["number"] + found["after"], [found["text"] or found["numbered"]]))
            after_point = True
        elif points:
            points[-1][1].append(line)
        else:
            lead.append(line)
    if len(points) < 2 or kind is None:
        return None
    # After the last point, a line of its own that begins a sentence ends the list: "Totalt har nämnden …" (an
    # indented line goes on with the point: "   Bedömning: Uppfyllt").
    last = points[-1][1]
    end = next((at for at, line in enumerate(last[1:], start=1) if line[:1].isupper()), len(last))
    tail, points[-1] = last[end:], (points[-1][0], last[:end])
    return TextList(joined(lead), [(sign, joined(text)) for sign, text in points], kind[0] in ("number", "letter"),
                    joined(tail))



def _kind(found: re.Match[str]) -> tuple[str, str]:
    if found["sign"]:
        return found["sign"], ""
    return ("number" if found["number"].isdigit() else "letter"), found["after"]


def _follows(found: re.Match[str], before: int) -> bool:
    """A numbered point is the next one: "1." first, then "2." (or "a)" first, then "b)"); a sign always is."""
    if found["sign"]:
        return True
    number = found["number"]
    wanted = before + 1
    return int(number) == wanted if number.isdigit() else ord(number.lower()) - ord("a") + 1 == wanted
