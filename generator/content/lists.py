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


@dataclass(frozen=True)
class TextList:
    lead: str  # the lines above the first point ("Verksamheten har bestått av:"), or ""
    points: list[tuple[str, str]]  # each point's sign or number as written ("•", "1.", "a)") and its text
    numbered: bool  # points numbered or lettered, in order ("1.", "2." …; "a)", "b)" …), not signs


# A point's sign, or its number or letter, then a space or a tab: "• läxhjälp", "– språkcafé", "1. Bakgrund", "a) Vuxna".
_POINT = re.compile(r"\s*(?P<sign>[•▪◦·‣●○■□\-–—*])(?:\s+|(?=\t))(?P<text>\S.*)"
                    r"|\s*(?P<number>\d{1,2}|[a-zåäö])(?P<after>[.)])\s+(?P<numbered>\S.*)")


def list_of(block: str) -> TextList | None:
    """The list a paragraph as written holds (`model.blocks`), or None: two points or more after the same sign, or
    numbered (or lettered) one after the other from the first; lines before the first point are its lead-in, and a
    line without a sign goes on with the point above it."""
    lines = [line for line in block.split("\n") if line.strip()]
    points: list[list[str]] = []
    lead: list[str] = []
    kind: tuple[str, str] | None = None  # the first point's sign, or "number"/"letter" with what follows it
    for line in lines:
        found = _POINT.fullmatch(line.rstrip())
        if found and (kind is None or _kind(found) == kind) and _follows(found, len(points)):
            kind = kind or _kind(found)
            marker = found["sign"] or found["number"] + found["after"]
            points.append([marker, found["text"] or found["numbered"]])
        elif points:
            points[-1][1] += " " + line.strip()
        else:
            lead.append(line.strip())
    if len(points) < 2 or kind is None:
        return None
    return TextList(" ".join(" ".join(lead).split()), [(marker, " ".join(text.split())) for marker, text in points],
                    kind[0] in ("number", "letter"))


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
