"""Numbers and amounts as Swedish documents write them.

`450 000 kronor`, `450 tkr`, `1,2 mnkr`, `tolv kvällar`, `62,5 procent`.
The build uses these to check that a number in a report file is a quotation
(it stands in the sentence it is quoted from); the import uses them to read
amounts and counted results from a document. Every function is one pass of
a regular expression over the text, so time is linear in its length.
"""
from __future__ import annotations

import re
from decimal import Decimal

UNITS = {"ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9}
TEENS = {"tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
         "sjutton": 17, "arton": 18, "nitton": 19}
TENS = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90}
# Longest first, so "tretton" is read before "tre" and "sjuttio" before "sju".
_WORD_PARTS = sorted([*UNITS, *TEENS, *TENS, "hundra", "tusen"], key=len, reverse=True)
_WORD_PART = re.compile("|".join(_WORD_PARTS))

# A number as written in Swedish prose: 450, 450 000, 1 200 000, 1.200.000, 62,5, 0,45.
# Thousands are grouped by a space or a full stop. The space may be any a word processor sets between digit
# groups: a no-break space, a thin space (as Språkrådet recommends), a narrow no-break or a figure space.
_GROUPING = " \u00a0\u2009\u202f\u2007."
NUMBER = rf"\d{{1,3}}(?:[{_GROUPING}]\d{{3}})+(?!\d)|\d+"
_NUMBER_THEN_DECIMALS = re.compile(rf"(?<![\d,.])(?<!\d-)({NUMBER})(?:,(\d+))?(?![\d])")
_LONG_KR = re.compile(r"^(miljoner|miljon|miljarder|miljard|tusen) kr$")
_MILJ = re.compile(r"^milj\.?(?:\s*(?:kronor|kr|sek))?$")  # the short million's forms ("miljoner kronor" is none)
SCALE = {"kr": 1, "kronor": 1, "krona": 1, "sek": 1, ":-": 1, "tkr": 1000, "tusen kronor": 1000, "tsek": 1000,
          "mnkr": 10**6, "mkr": 10**6, "msek": 10**6, "miljon kronor": 10**6, "miljoner kronor": 10**6,
          "miljarder kronor": 10**9, "miljard kronor": 10**9, "milj": 10**6}
# An amount as written in documents, also as volunteers write it: "150' kr" (thousands), "1,5 milj", "en halv
# miljon kronor", "kr 45 000" and "SEK 48 000" (the currency first). Never a number that ends a date ("2022-06-15 190 000 kr" is
# 190 000 kronor) or a year after the currency ("kr 2023", a column's head).
AMOUNT = re.compile(
    rf"(?<![\d,.\w/])(?<!\d-)(?:(?:(?P<number>{NUMBER})(?:,(?P<decimals>\d+))?|(?<!\boch\s)(?P<half>en\s+halv)"
    rf"|(?P<word>(?:{_WORD_PART.pattern})++)(?P<and_half>\s+och\s+en\s+halv)?)"
    r"\s*(?P<thousands>['’]\s*)?"
    r"(?P<unit>(?:miljoner|miljon|miljarder|miljard|tusen)\s+(?:kronor|kr)|kronor|krona|"
    r"mnkr|mkr|msek|tkr|tsek|kr|sek|:-|milj\.?(?:\s*(?:kronor|kr|sek))?)(?![\wåäö])"
    rf"|(?:kr|sek)\.?\s+(?!(?:19|20)\d\d(?![\d{_GROUPING}]))(?P<after>{NUMBER})(?:,(?P<after_decimals>\d+))?"
    r"(?![\d\wåäö]))",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-zåäöé]+", re.IGNORECASE)
# A round number: "ett tiotal", "ett fyrtiotal", "ett hundratal" (about 10, 40, 100).
_ROUND = re.compile(r"\bett\s+([a-zåäö]+?)tal\b", re.IGNORECASE)


def parse_number(digits: str, decimals: str | None = None) -> Decimal:
    """`1 200 000` -> 1200000; `62`, `5` -> 62.5."""
    whole = re.sub(f"[{_GROUPING}]", "", digits)
    return Decimal(f"{whole}.{decimals}") if decimals else Decimal(whole)


def number_word(word: str) -> int | None:
    """A Swedish number written as one word, up to 999 999: `tolv` 12, `tjugofem` 25, `etthundra` 100."""
    word = word.lower()
    position, total, current = 0, 0, 0
    while position < len(word):
        found = _WORD_PART.match(word, position)
        if not found:
            return None
        part = found.group()
        position = found.end()
        if part == "hundra":
            current = (current or 1) * 100
        elif part == "tusen":
            total += (current or 1) * 1000
            current = 0
        else:
            current += UNITS.get(part) or TEENS.get(part) or TENS[part]
    return total + current if position else None


def numbers_in(text: str) -> list[Decimal]:
    """Every number a sentence gives, in digits or as a word; a round number too ("ett fyrtiotal" is 40)."""
    found = [parse_number(m.group(1), m.group(2)) for m in _NUMBER_THEN_DECIMALS.finditer(text)]
    for m in _WORD.finditer(text):
        value = number_word(m.group())
        if value is not None:
            found.append(Decimal(value))
    for m in _ROUND.finditer(text):
        value = number_word(m.group(1))
        if value is not None and value >= 10:
            found.append(Decimal(value))
    return found


def amounts_in(text: str) -> list[int]:
    """Every amount of money a sentence gives, in whole kronor."""
    found: list[int] = []
    for m in AMOUNT.finditer(text):
        if m["after"]:  # "kr 45 000"
            value, scale = parse_number(m["after"], m["after_decimals"]), 1
        else:
            if m["number"]:
                value = parse_number(m["number"], m["decimals"])
            elif m["half"]:  # "en halv miljon kronor"
                value = Decimal("0.5")
            else:
                word = number_word(m["word"])
                if word is None:
                    continue
                value = Decimal(word) + (Decimal("0.5") if m["and_half"] else 0)  # "två och en halv miljoner kronor"
            unit = _LONG_KR.sub(r"\1 kronor", " ".join(m["unit"].lower().split()))  # "miljon kr" as "miljon kronor"
            scale = SCALE[_MILJ.sub("milj", unit)]  # ("milj.", "milj kr", "milj. kronor" are "milj")
            if m["thousands"]:  # "150' kr"
                scale *= 1000
        kronor = value * scale
        if kronor == kronor.to_integral_value():
            found.append(int(kronor))
    return found


def swedish_number(value: Decimal | int) -> str:
    """`1200000` -> `1 200 000`; `62.5` -> `62,5` (a no-break space groups thousands)."""
    if isinstance(value, Decimal) and value != value.to_integral_value():
        whole, _, decimals = f"{value:f}".partition(".")
        return f"{int(whole):,}".replace(",", "\u00a0") + "," + decimals.rstrip("0")
    return f"{int(value):,}".replace(",", "\u00a0")
