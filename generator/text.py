"""Text from content files made safe for Markdown, and Swedish formatting.

Every value from a content file is written into Markdown as one line in
which nothing can start a Markdown or HTML construct: the characters that
Python-Markdown treats as syntax are backslash-escaped, `<`, `>` and `&`
become entities, and what is only syntax at the start of a line is escaped
there. The renderer applies this to every template expression by default;
only values of type `Md` (made by our own code) pass unescaped.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from babel.dates import format_date

# The date a site without any dated content carries (sitemap, feeds, gzip stamp): never the clock.
UNDATED = date(2000, 1, 1)


class Md(str):
    """Markdown our own code produced; the renderer does not escape it."""


# Backslash escapes Python-Markdown understands anywhere in a line ('|' with tables).
_ANYWHERE = {
    "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "{": "\\{", "}": "\\}",
    "[": "\\[", "]": "\\]", "#": "\\#", "|": "\\|",
    "&": "&amp;", "<": "&lt;", ">": "&gt;",
    # Not escapable by backslash, but syntax in common extensions (strike, mark, caret).
    "~": "&#126;", "^": "&#94;", "=": "&#61;",
}
# A regex touches only the special characters: far faster than str.translate on Swedish text.
_SPECIAL = re.compile("[" + re.escape("".join(_ANYWHERE)) + "]")
# Only syntax at the start of a line: list markers, ordered-list numbers,
# admonitions, definition lists and rules.
_LINE_START = re.compile(r"^(?:(?P<backslash>[-+!.])|(?P<number>\d+)\.|(?P<colon>:))")


def escape_markdown(value: object) -> str:
    """One line of plain text, shown exactly as written."""
    text = _SPECIAL.sub(lambda found: _ANYWHERE[found.group()], " ".join(str(value).split()))

    def at_start(found: re.Match[str]) -> str:
        if found["backslash"]:
            return "\\" + found["backslash"]
        if found["number"]:
            return found["number"] + "\\."
        return "&#58;"

    return _LINE_START.sub(at_start, text, count=1)


def quoted(value: str, limit: int = 60) -> str:
    """A value as a message shows it: quoted, and cut short if long (a message never repeats a whole file)."""
    return repr(value if len(value) <= limit else value[:limit - 3] + "…")


# Characters that show nothing on their own: format characters (zero-width
# space, joiners, bidirectional controls), separators, combining marks without
# a base, and the "filler" letters some scripts have.
_INVISIBLE_CATEGORIES = {"Cf", "Cc", "Zs", "Zl", "Zp", "Mn", "Me", "Co", "Cn"}
_FILLERS = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800", "\u180e"}


def visible(text: str) -> bool:
    """Whether a text shows anything at all."""
    if text[:1].isascii() and text[:1].isalnum():  # (most values, at once: a letter or digit of ASCII shows)
        return True
    return any(c not in _FILLERS and unicodedata.category(c) not in _INVISIBLE_CATEGORIES for c in text)


# What a PDF or Word file holds besides the words, or the same words written otherwise: letters stored as a base
# and its accent ("a" + U+030A for "å", as macOS and some PDF programs give them), ligatures ("ﬁ"), spaces that
# only keep a number or a name on one line (U+00A0 "450 000", U+202F) or set digit groups apart (U+2009), hyphens
# that may not end a line (U+2011), soft hyphens, zero-width characters and direction marks. The import reads every
# document in this one form; the build compares a quote with its paragraph in it. The text is the same.
_ONE_FORM = str.maketrans({**dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                                           "\u200a\u202f\u205f\u3000", " "),
                           **dict.fromkeys("\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                           "\u2060\u2066\u2067\u2068\u2069\ufeff", None),
                           **dict.fromkeys("\u2010\u2011", "-"), "\u2028": "\n", "\u2029": "\n", "\v": "\n",
                           "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})


_WRITTEN_OTHERWISE = re.compile("[" + re.escape("".join(map(chr, _ONE_FORM))) + "]")


def one_form(text: str) -> str:
    """The text in one form: whole letters, no ligatures, plain spaces and hyphens, nothing invisible."""
    if text.isascii() and "\v" not in text:
        return text
    text = unicodedata.normalize("NFC", text)
    # (a search first: `translate` takes a dictionary lookup per character, a fifth of reading 1,000 reports)
    return text.translate(_ONE_FORM) if _WRITTEN_OTHERWISE.search(text) else text


def joined(lines: list[str]) -> str:
    """Lines of one paragraph as one line, each run of spaces one space."""
    return " ".join(" ".join(lines).split())


def as_read(text: str) -> str:
    """Text as a reader reads it, to compare two copies of it: in one form (`one_form`), each run of spaces one
    space. Only for comparing: what is published stays as written."""
    return " ".join(one_form(text).split())


_BIDI_OPEN = {"\u202a", "\u202b", "\u202d", "\u202e"}  # LRE, RLE, LRO, RLO: closed by PDF
_BIDI_ISOLATE = {"\u2066", "\u2067", "\u2068"}  # LRI, RLI, FSI: closed by PDI
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def bidi_balanced(text: str) -> bool:
    """Every bidirectional embedding, override or isolate in a value is closed again, in order.

    An unclosed one reverses or hides the text after it on the page ("Trojan Source").
    """
    stack: list[str] = []
    for found in _BIDI.finditer(text):
        mark = found.group()
        if mark in _BIDI_OPEN or mark in _BIDI_ISOLATE:
            stack.append(mark)
        elif mark == "\u202c":  # PDF closes the innermost embedding or override
            if not stack or stack[-1] not in _BIDI_OPEN:
                return False
            stack.pop()
        else:  # PDI closes the innermost isolate
            if not stack or stack[-1] not in _BIDI_ISOLATE:
                return False
            stack.pop()
    return not stack


# Characters no output can carry, or that would make line numbers differ from the editor's. One definition
# for the whole pipeline: a content file holding one is refused where it stands, so every page, feed, data
# file and message downstream only ever sees text that HTML, XML 1.0, JSON and CSV all accept.
#   - control characters (C0 but tab and line feed, DEL, C1): invisible, and XML 1.0 forbids most;
#   - NEL (U+0085), LINE SEPARATOR and PARAGRAPH SEPARATOR (U+2028, U+2029), and a carriage return not
#     followed by a line feed: YAML reads each as a line break, most editors do not;
#   - surrogates and noncharacters (U+FDD0–U+FDEF, and the last two code points of every plane): not text
#     at all, and U+FFFE and U+FFFF make an XML file ill-formed.
_BMP_FORBIDDEN = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
_ASTRAL_FORBIDDEN = "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17))
FORBIDDEN_CHARACTER = re.compile(f"[{_BMP_FORBIDDEN}{_ASTRAL_FORBIDDEN}]|\r(?!\n)")
_UNSEEN_BREAK = ": YAML läser det som en radbrytning, men de flesta redigerare visar det inte"
_CHARACTER_PROBLEMS = {
    "\x85": f"innehåller tecknet NEL (U+0085){_UNSEEN_BREAK} (det blir ofta kvar när ett '…' från Windows läses med "
            "fel teckenkodning); ta bort det eller byt det mot en vanlig radbrytning",
    "\u2028": f"innehåller radbrytningstecknet LINE SEPARATOR (U+2028){_UNSEEN_BREAK}; ta bort det eller byt det mot "
              "en vanlig radbrytning",
    "\u2029": f"innehåller radbrytningstecknet PARAGRAPH SEPARATOR (U+2029){_UNSEEN_BREAK}; ta bort det eller byt det "
              "mot en vanlig radbrytning",
    "\r": "innehåller en ensam vagnretur (CR, U+000D): YAML läser den som en radbrytning, men inte alla redigerare; "
          "spara filen med vanliga radslut (LF eller CRLF)",
}


# The same, in three parts a build can ask of every value it prints (the pages check about a million at 10,000
# reports): a class within the Basic Multilingual Plane is a bitmap to the regex engine, the astral
# noncharacters are looked for only in text that has astral characters (a range, which the engine tests
# seven times as fast as `max(text)` finds out), and a carriage return only where there is one. Two and a half
# times as fast on a paragraph, six times on a name; a value with none of them is done after one search.
_FORBIDDEN_BMP = re.compile(f"[{_BMP_FORBIDDEN}]")
_FORBIDDEN_ASTRAL = re.compile(f"[{_ASTRAL_FORBIDDEN}]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_LONE_CARRIAGE_RETURN = re.compile("\r(?!\n)")


def forbidden_character(text: str) -> re.Match[str] | None:
    """The first character of FORBIDDEN_CHARACTER in the text, if any (its match, as FORBIDDEN_CHARACTER's)."""
    found = _FORBIDDEN_BMP.search(text)
    if "\r" not in text and (text.isascii() or not _ASTRAL.search(text)):
        return found
    more = [found, _LONE_CARRIAGE_RETURN.search(text), _FORBIDDEN_ASTRAL.search(text)]
    return min((match for match in more if match), key=lambda match: match.start(), default=None)


def character_problem(character: str) -> str:
    """Why a character from FORBIDDEN_CHARACTER cannot stand in a content file, in Swedish."""
    code = f"U+{ord(character[0]):04X}"
    if character[0] in _CHARACTER_PROBLEMS:
        return _CHARACTER_PROBLEMS[character[0]]
    if unicodedata.category(character[0]) == "Cc":
        return f"innehåller det osynliga styrtecknet {code} (blir ofta kvar vid kopiering från en PDF); ta bort det"
    return (f"innehåller {code}, som inte är ett tecken (ett icke-tecken eller en halv surrogat) och inte kan stå "
            "i en webbsida eller ett flöde; ta bort det (det kan ha skrivits som \\u-kod)")


# A page prints a dozen dates, the same ones again and again: Babel took an eighth of a report page's rendering.
@lru_cache(maxsize=4096)
def swedish_date(value: date | None) -> str:
    """`4 juli 2018`; the caller decides how an absent date is shown."""
    if value is None:
        return ""
    return format_date(value, format="d MMMM y", locale="sv")


def join_swedish(items: list[str]) -> str:
    """`a, b och c`."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


def count(number: int, one: str, many: str) -> str:
    """`1 rapport`, `2 rapporter`."""
    return f"{number} {one if number == 1 else many}"


def id_from_name(name: str) -> str:
    """An id for a name: `Enskede-Årsta-Vantör` -> `enskede-arsta-vantor`."""
    # Letters without a decomposition to a-z are spelled out; the rest lose their accents.
    name = name.lower().translate(str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l"}))
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


# Swedish alphabetical order: å, ä, ö come after z; é sorts as e, ü as y.
_SWEDISH_ORDER = str.maketrans({"å": "z{", "ä": "z|", "ö": "z}", "æ": "z|", "ø": "z}", "é": "e", "è": "e", "ü": "y"})


def swedish_sort_key(text: str) -> str:
    return text.casefold().translate(_SWEDISH_ORDER)


def heading_slug(value: str, separator: str) -> str:
    """Heading ids as Python-Markdown makes them, but never Material's own `__…` ids."""
    from markdown.extensions.toc import slugify  # imported here: text.py stays free of Markdown otherwise

    return slugify(value, separator).lstrip("_-") or "avsnitt"
