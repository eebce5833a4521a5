"""A small grammar of how final reports state dates, agreements, money, counts and case numbers.

The importer reads a report's prose with these rules instead of one regular
expression per sentence fitted to a particular document. The grammar knows:

- dates: ``4 juli 2018``, ``den 1 september 2022``, ``1 jan. 2021``,
  ``2021-01-01``, ``31/12 2021``, ``31.12.2021``;
- periods: two dates joined by a connector (``–``, ``--``, ``till``,
  ``till och med``, ``t.o.m.``, ``mellan … och …``), or a start and an end
  given by verbs (``ingick … den X. … upphörde att gälla den Y``);
- extensions: ``förlängdes med sex månader``, ``har förlängts t.o.m. …``,
  ``förlängningen gällde till den …``;
- annual agreements: ``årliga överenskommelser för 2020, 2021 och 2022``,
  ``förnyats årligen 2021–2023``, ``en ny överenskommelse för 2023``;
- amounts of money with what they are (per year, for a period, a total,
  repaid; "unknown" when the sentence does not say), counted results
  (``120 deltagare``, ``tolv kvällar``) and the case number
  (``Dnr SÖD 2023/1234``).

An agreement is only what happened: a period, extension or annual agreement
that is proposed or planned ("Förvaltningen föreslår att … förlängs",
"uppdrar åt förvaltningen att ingå en ny överenskommelse för 2023") is left
out, and so is a period in a sentence that is not about an agreement
("Verksamheten var stängd 1 april – 31 maj 2020"). The notes of
agreements_in say what was left out or computed.

The text is a report's paragraphs, each on a line of its own or separated by
empty lines; a short line without a full stop (a heading) ends where the next
line begins with a capital. Quotes are whole sentences, whitespace normalised.

Every function makes a bounded number of passes of regular expressions
without nested unbounded repetition, and looks at bounded windows around
what it found, so its time is linear in the length of the text. Sentences
are cut at ``MAX_SENTENCE`` characters so that a quote stays a sentence.
"""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Iterator, NamedTuple

from babel import Locale

from ..numbers import AMOUNT, NUMBER, TEENS, TENS, UNITS, amounts_in, number_word, numbers_in, parse_number
from .extract import BULLET, GOES_ON, LABELLED

__all__ = [
    "Amount", "Count", "Extension", "Period", "add_months", "agreements_in", "annual_years_in", "case_number_in",
    "extensions_in", "figures_in", "funding_in", "hoped", "parse_date", "periods_in", "sentences",
]

# --- Words --------------------------------------------------------------------------------------------------------

_WIDE = {name: number for number, name in Locale("sv").months["format"]["wide"].items()}
MONTHS: dict[str, int] = dict(_WIDE)
for _number, _name in Locale("sv").months["format"]["abbreviated"].items():
    MONTHS.setdefault(_name.rstrip(".").lower(), _number)  # jan, feb, apr, aug, sep, okt, nov, dec
for _name, _number in _WIDE.items():
    MONTHS.setdefault(_name[:3], _number)  # mar, jun, jul as well
MONTHS.setdefault("sept", 9)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))  # longest first: "mars" before "mar"

MAX_SENTENCE = 1500  # characters; a longer run without a full stop is cut at a space
_WINDOW = 200  # characters looked at around a match

_DASH = r"[–—−-]"
_YEAR = r"(?:19|20)\d{2}"
# "till och med" and "från och med" abbreviated, with or without their dots: "t.o.m.", "t. o. m.", "t o m".
_TOM = r"t(?:\.\s?|\s)o(?:\.\s?|\s)m\.?"
_FROM = r"fr(?:\.\s?|\s)o(?:\.\s?|\s)m\.?"
_UNTIL_YEAR = rf"\s+(?:{_TOM}|till\s+och\s+med)\s+"  # "fr.o.m. 2022 t.o.m. 2024"
# A year or a span of years: "2021", "2021–2023", "2017 t.o.m. 2019" (never two years apart, "2017" and "2019").
_YEAR_ITEM = rf"{_YEAR}(?:\s*{_DASH}\s*{_YEAR}|{_UNTIL_YEAR}{_YEAR})?"
# "2020, 2021 och 2022", "2019-2021", "2019 och 2020": at most 30 items, each after its own separator.
_YEAR_LIST = rf"{_YEAR_ITEM}(?:(?:\s*,\s*|\s+och\s+|\s+samt\s+|\s+respektive\s+){_YEAR_ITEM}){{0,30}}(?![\d-])"
YEAR_LIST = re.compile(rf"(?<![\d/.-]){_YEAR_LIST}")


# --- Dates --------------------------------------------------------------------------------------------------------

# One date, in any of the forms the documents use. The textual form may lack its year ("1 mars–31 december 2021").
DATE = re.compile(
    rf"(?=\d)(?<![\d.,/])(?:"
    rf"(?P<iso_y>\d{{4}})[-.](?P<iso_m>\d{{1,2}})[-.](?P<iso_d>\d{{1,2}})(?![\d])"  # 2021-01-01, 2021.01.01
    rf"|(?P<dot_d>\d{{1,2}})\.(?P<dot_m>\d{{1,2}})\.(?P<dot_y>\d{{4}})(?![\d])"
    rf"|(?P<sl_d>\d{{1,2}})/(?P<sl_m>\d{{1,2}})(?:(?:/|\s+)(?P<sl_y>\d{{4}})(?![\d])|(?=[–—-]\d{{1,2}}/\d)"  # 1/1–30/6 2023
    rf"|-(?P<sl_yy>\d{{2}})(?![\d/]))"  # "15/8-21", as many write a date by hand
    rf"|(?P<tx_d>\d{{1,2}})(?::[ae])?\s+(?=[adfjmnos])(?P<tx_m>{_MONTH})(?![a-zåäö])\.?(?:\s+(?P<tx_y>\d{{4}})(?![\d]))?"
    rf")",
    re.IGNORECASE,
)
# "juni 2021", for "löpte ut i juni 2021".
MONTH_YEAR = re.compile(rf"(?<![\w])(?=[adfjmnos])(?P<m>{_MONTH})\.?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE)


class _Token(NamedTuple):
    """A date as written: its place in the text and its parts (year None when the text leaves it out)."""

    begin: int
    stop: int
    day: int
    month: int
    year: int | None

    def value(self, year: int | None = None) -> date | None:
        try:
            return date(self.year or year or 0, self.month, self.day) if (self.year or year) else None
        except ValueError:
            return None


def _token(match: re.Match[str]) -> _Token:
    found = match.groupdict()
    if found["iso_y"]:
        year, month, day = found["iso_y"], found["iso_m"], found["iso_d"]
    elif found["dot_y"]:
        day, month, year = found["dot_d"], found["dot_m"], found["dot_y"]
    elif found["sl_d"]:  # "30/6 2023", "15/8-21", and "1/1" before a dash and the date that gives the year
        day, month = found["sl_d"], found["sl_m"]
        year = found["sl_y"] or (f"20{found['sl_yy']}" if found["sl_yy"] else None)
    else:
        day, month, year = found["tx_d"], MONTHS[found["tx_m"].lower()], found["tx_y"]
    return _Token(match.start(), match.end(), int(day), int(month), int(year) if year else None)


def _tokens(text: str) -> list[_Token]:
    return [_token(match) for match in DATE.finditer(text)]


def parse_date(text: str) -> date | None:
    """One date: "4 juli 2018", "den 1 september 2022", "1 jan. 2021", "2021-01-01", "31/12 2021", "31.12.2021".

    None when the text is not one whole date, or the date does not exist ("30 februari 2021").
    """
    text = re.sub(r"^den\s+", "", text.strip(), flags=re.IGNORECASE)
    match = DATE.fullmatch(text)
    if not match:
        return None
    token = _token(match)
    return token.value() if token.year else None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """The last day of an extension: 2020-12-31 plus six months is 2021-06-30 (a month's end stays its end)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, last if day.day == calendar.monthrange(day.year, day.month)[1] else min(day.day, last))


# --- Sentences ----------------------------------------------------------------------------------------------------

# A line break that ends a paragraph or a heading (the others are a wrapped line, read as a space): an empty line,
# a line break after a full stop (or ! ? : ;), or after a short line before a capital ("Ekonomi" / "Nämnden har …").
_PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t\r\f\v]*\n)+|(?<=[.!?:;])[ \t\r\f\v]*\n|(?m:^)[^\n]{1,60}\n(?=[ \t]*[A-ZÅÄÖÉÜ\d])")
# (A sentence may begin with a number, after a word of running text: "… har inte nåtts. 44 av de 97 besökare …".)
_SENTENCE_END = re.compile(r"[.!?](?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\])?(?=[\"”’)]?\s+[\"“(]?[A-ZÅÄÖÉ])|(?<=[a-zåäö]{3})[.!?](?=\s+\d[\d \u00a0]*\s+[a-zåäö])")
# A point of a list joined into its paragraph ("• 2021–2023: 175 tkr per år • 2024: 190 tkr"): each point is read,
# and quoted, as a sentence of its own (a dash may be a sentence's own, a bullet never is).
_BULLET_BREAK = re.compile(r"(?:[ \t]+|(?m:^))[•▪◦][ \t]+")
_ABBREVIATION = re.compile(r"(?:\b(?:bl\.a|t\.ex|m\.fl|m\.m|s\.k|d\.v\.s|dvs|o\.s\.v|t\.o\.m|fr\.o\.m|ca|resp|inkl|exkl"
                           r"|nr|kl|jfr|p\.g\.a|pga|enl|ang|tel|jan|feb|apr|aug|sep|sept|okt|nov|dec))$", re.IGNORECASE)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence begins and ends: at a full stop before a capital (not after an abbreviation), at the end
    of a paragraph or heading (see _PARAGRAPH_BREAK), and after MAX_SENTENCE characters at the latest."""
    # A break is its line break(s) only, not the short line or the spaces before it.
    gaps = [(m.start() if m.group()[0] == "\n" else m.end() - 1, m.end()) for m in _PARAGRAPH_BREAK.finditer(text)]
    gaps += [(m.end(), m.end()) for m in _SENTENCE_END.finditer(text)
             if not _ABBREVIATION.search(text, max(0, m.start() - 8), m.start())]
    gaps += [(m.start(), m.end()) for m in _BULLET_BREAK.finditer(text)]
    gaps.sort()  # three sorted runs: linear
    gaps.append((len(text), len(text)))
    result: list[tuple[int, int]] = []
    start = 0
    for gap_start, gap_end in gaps:
        end = gap_start
        if end < start:  # a sentence end at the line break itself
            continue
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        while end - start > MAX_SENTENCE:  # no full stop for a long stretch: cut at a space
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut if cut > start else start + MAX_SENTENCE
            result.append((start, cut))
            start = cut + 1 if text[cut:cut + 1] == " " else cut
        if end > start:
            result.append((start, end))
        start = max(start, gap_end)
    return result


def hoped(text: str, begin: int) -> bool:
    """Whether the clause before `begin` only hopes for, applies for or talks of a new agreement (`_Sentences.hoped`)."""
    return _Sentences(text).hoped(begin)


def sentences(text: str) -> list[str]:
    """The text's sentences, whitespace normalised."""
    return [_normalise(text[start:end]) for start, end in sentence_spans(text)]


def _normalise(text: str) -> str:
    return " ".join(text.split())


class _Sentences:
    """Sentence spans with a lookup from a character offset to its sentence, and what a sentence says.

    Where a pattern occurs is found in one pass over the whole text and kept, so asking it of many sentences
    costs a lookup each.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = sentence_spans(text) or [(0, len(text))]
        self.starts = [start for start, _ in self.spans]
        self._found: dict[re.Pattern[str], tuple[list[int], dict[int, None]]] = {}

    def _occurrences(self, pattern: re.Pattern[str]) -> tuple[list[int], dict[int, None]]:
        """Where `pattern` begins in the text, and the sentences (in order) in which it does."""
        if pattern not in self._found:
            positions = [match.start() for match in pattern.finditer(self.text)]
            indices: dict[int, None] = {}
            for position in positions:
                index = self.index(position)
                if self.spans[index][0] <= position < self.spans[index][1]:  # not between two sentences
                    indices[index] = None
            self._found[pattern] = positions, indices
        return self._found[pattern]

    def says(self, pattern: re.Pattern[str], offset: int) -> bool:
        """Whether `pattern` occurs in the sentence of `offset`."""
        return self.index(offset) in self._occurrences(pattern)[1]

    def says_before(self, pattern: re.Pattern[str], offset: int) -> bool:
        """Whether `pattern` occurs in the sentence of `offset`, before `offset`."""
        positions, indices = self._occurrences(pattern)
        index = self.index(offset)
        if index not in indices:
            return False
        at = bisect.bisect_left(positions, self.spans[index][0])
        return at < len(positions) and positions[at] < offset

    def occurs(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """Whether `pattern` begins between `start` and `end` (a lookup)."""
        positions = self._occurrences(pattern)[0]
        at = bisect.bisect_left(positions, start)
        return at < len(positions) and positions[at] < end

    def containing(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """The sentences in which `pattern` occurs, in order."""
        return [self.spans[index] for index in self._occurrences(pattern)[1]]

    def proposed(self, offset: int) -> bool:
        """Whether the sentence says, before `offset`, that it is a proposal or a plan; or, about a new agreement
        from its start, anywhere ("En ny överenskommelse för perioden … beräknas kosta …"); or, about a new agreement
        just before `offset`, after it in the same clause ("… och en ny överenskommelse för 2024-09-01–2027-08-31 har
        föreslagits", not "… tecknades en ny överenskommelse för …, vilket kommer att ge föreningen stabilitet")."""
        first, last = self.spans[self.index(offset)]
        if self.says_before(PROPOSED, offset) or _NEW_ONE.match(self.text, first) and self.says(PROPOSED, offset):
            return True
        if not self.occurs(_A_NEW_ONE, max(first, offset - 80), offset) or _MADE.search(self.text, first, offset):
            return False  # ("Nämnden tecknade en ny överenskommelse för …, vilket kommer att ge föreningen stabilitet")
        return bool(PROPOSED.search(self.text, offset, last))

    def hoped(self, begin: int) -> bool:
        """Whether the clause before `begin` hopes for, wishes for or applies for a new agreement or an extension ("Vi
        hoppas på en ny överenskommelse för 2025–2027", "har ansökt om en ny överenskommelse för 2024"); not a clause
        before it ("Föreningen, som hade ansökt om medel, ingick en överenskommelse för perioden …")."""
        if not self.says_before(_HOPE_WORD, begin):  # (a lookup: the words are found in one pass over the text)
            return False
        first, last = self.spans[self.index(begin)]
        start = max([first, *(m.end() for m in _HOPE_CLAUSE_END.finditer(self.text, max(first, begin - 160), begin))])
        # (what is hoped for may begin the match: "hoppas på | en ny överenskommelse för 2025–2027")
        hoped = _HOPED.search(self.text, start, min(last, begin + 30))
        # (not when an agreement was made after it: "Efter att föreningen hade ansökt om IOP tecknades en …")
        return hoped is not None and hoped.start() < begin and not _MADE.search(self.text, hoped.end(), begin)

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def span(self, offset: int) -> tuple[int, int]:
        return self.spans[self.index(offset)]


# A statement that something is proposed or planned, not that it happened.
PROPOSED = re.compile(
    r"\b(?=[fuapktisbhöv])(?:föreslår|föreslås|föreslogs|föreslå|förslag\w*|uppdrar|uppdras|i uppdrag att|avser att|avses att"
    r"|planerar|planeras"
    r"|kommer att|beräknas|beräknad\w*|budgeteras|budgeterad\w*|innebär en kostnad|föreslagna|föreslagen|föreslaget"
    # "En ny överenskommelse beräknas kosta …", "Förlängningen innebär en kostnad om …", "Den föreslagna …"
    r"|förlänger|förlängs|tecknas|ingås|(?:ska|skall|bör|kan) (?:tecknas|ingås|gälla|förlängas)|(?:har|hade)\s+föreslagits)\b",
    re.IGNORECASE,
)
# The words of an agreement that was made.
_MADE_WORDS = r"tecknade|tecknades|ingick|ingicks|beviljade|beviljades|slöts|har\s+tecknats|har\s+ingåtts"
# Hoped for, wished for or applied for, not made: "Vi hoppas på en ny överenskommelse för 2025–2027", "Vi har ansökt om en
# ny överenskommelse för 2024", "Önskemål: ny IOP 2023–2025", "Föreningen lämnade in en ansökan om en ny överenskommelse
# för 2024–2026", "söka nytt IOP för …" (in the clause of the period: Sentences.hoped).
_HOPES = (r"\b(?=[hösavdf])(?:hoppas(?!\s+att\s+(?:den|det|de)\b)|önskar|önskemål|önskan|(?:har|hade)\s+(?:\w+\s+)?(?:ansökt|sökt)|ansöker|ansökte|sökte"
          r"|ansökan|söka|söker|vill\s+gärna|skulle\s+(?:\w+\s+)?gärna"
          # talked of: "har inlett samtal med förvaltningen om en ny överenskommelse för 2025–2027"
          r"|samtal|dialog|diskussion\w*|diskuter\w*|förhandl\w*)\b")
_HOPE_WORD = re.compile(_HOPES, re.IGNORECASE)
# … what is hoped for: a new, renewed or continued agreement, or an extension ("ansökt om en ny överenskommelse",
# "Önskemål: ny IOP …"), not "Vi söker nya volontärer inom ramen för överenskommelsen"; and no agreement made after the
# hope ("Efter vår ansökan tecknades en ny överenskommelse för …").
_HOPED = re.compile(_HOPES + rf"(?:(?!\b(?:{_MADE_WORDS}|förlängdes|fick)\b)[^.;]){{0,60}}?\b(?:(?:ny|nytt|nya|fortsatt|förnyad|förnyat)\s+(?:\w+\s+)?"
                    r"(?:överenskommels|avtal|IOP|partnerskap|samverkan|samarbete)|förläng|om\s+(?:en\s+|ett\s+)?(?:överenskommels|avtal\b|IOP))",
                    re.IGNORECASE)
# Where a clause ends, for what is hoped: ", som gällde …", ", och en ny överenskommelse …" (not a label's colon).
_HOPE_CLAUSE_END = re.compile(r"[,;]|\s(?:och|men|som|medan)\s", re.IGNORECASE)
# An agreement that was made, in the words of the sentence before its period.
_MADE = re.compile(rf"\b(?:{_MADE_WORDS})\b", re.IGNORECASE)
# A sentence about an agreement to come, from its first words.
_NEW_ONE = re.compile(r"\s*(?:En|Den)\s+nya?\s+(?:överenskommels|avtal|period)")
# … or in the clause of the period: "… och en ny överenskommelse för 2024-09-01–2027-08-31 har föreslagits".
_A_NEW_ONE = re.compile(r"\b(?=e)(?:en|ett)\s+ny(?:a|tt)?\s+(?:överenskommels|avtal|IOP\b|partnerskap)", re.IGNORECASE)
# A sentence about an agreement; a period in any other sentence ("stängt 1 april – 31 maj 2020") is not one.
# (A form's field "Period: 2021-01-01 – 2023-12-31" or "Projektperiod: …" is the partnership's.)
# ("avtal" on its own or as the IOP's, not "Hyresavtalet", "lokalavtalet", "anställningsavtal")
ABOUT_AGREEMENT = re.compile(r"(?=[öaipsÖAIPS])(?:överenskommels|\bavtal|(?<=IOP-)avtal|\bIOP\b|partnerskap|samarbet|samverk|"
                             # (a form's field, "Projektperiod<TAB>…" as "Projektperiod: …")
                             r"\b(?:projekt)?period\s*[:\t]|\bprojekttid\s*[:\t])",
                             re.IGNORECASE)
# An extension told without naming what was extended, so of the agreement told just before: "Sen fick vi förlängt ett
# halvår", "… beslutade nämnden om ytterligare en förlängning", "Förlängning: …", "… och därefter med ytterligare sex
# månader", a decision to take up the option; not "Samordnarens tjänst förlängdes …", "Vi fick förlängt bidraget …" or
# "en förlängning av öppettiderna".
_SUBJECTLESS = re.compile(r"(?:(?:fick|har\s+fått|fått)\s+(?:vi\s+|föreningen\s+)?förlängt\s+(?:med\s+)?(?:ett\b|en\b|\d|till\b|t\.)"
                          r"|förlängning\b(?!\s+av\s+(?!överenskommelsen|avtalet|IOP|partnerskapet))"
                          r"|förlänga\s+(?:den|överenskommelsen|avtalet)\b|därefter\b|ytterligare\b|en\s+gång\b|(?:andra|tredje)\s+gång"
                          r"|beslutade\b|beslöt\b|har\s+(?:\w+\s+)?beslutat\b|valde\b|kom\s|(?:förlängnings)?option)", re.IGNORECASE)
# … or a finite verb with no subject of its own, after a time or an adverb: "I december 2022 förlängdes med sex månader",
# "Därefter förlängdes den till …" (not "Under 2022 förlängdes kursen med två månader").
_ONLY_WHEN_BEFORE = re.compile(r"(?:^|[\s,])(?:\d{4}|\d{4}-\d\d-\d\d|därefter|sedan|sen|då|senare|också|även|därför|dessutom|"
                               r"den|det)\s+(?:\w+\s+)?$", re.IGNORECASE)
_OTHER_AFTER = re.compile(r"(?:\s+(?:också|även|dock|då|sedan|därefter|sen|igen|ännu\s+en\s+gång))*\s+"
                          r"(?!(?:med|till|t\.|fram|den|det|därefter|sedan|igen|ytterligare|ännu|genom|"
                          r"överenskommelsen|avtalet|partnerskapet|IOP:n)\b)[^\W\d_]", re.IGNORECASE)


def _of_the_agreement_before(text: str, begin: int) -> bool:
    """Whether an extension that names nothing is the agreement's told just before (see _SUBJECTLESS)."""
    if _SUBJECTLESS.match(text, begin):
        return True
    verb = _EXTENDED.match(text, begin)
    return bool(verb) and (begin == 0 or text[begin - 1] == "\n" or _ONLY_WHEN_BEFORE.search(text, max(0, begin - 40), begin)) \
        and not _OTHER_AFTER.match(text, verb.end())


# A sentence that goes on about the agreement of the sentence before: "Den förlängdes …", "Förlängningen gällde …".
# (A list's points too: "• IOP 1 april 2019 – 31 mars 2021" / "• Förlängd 1:a gången t.o.m. 31 mars 2022".)
REFERS_BACK = re.compile(r"(?:Den|Denna|Det|Detta|Förlängningen|Förlängning|Förlängd|Förlängdes)\b")


# --- Periods ------------------------------------------------------------------------------------------------------

@dataclass
class Period:
    start: date
    end: date
    begin: int  # character offsets of the phrase in the text
    stop: int


_CONNECTOR = re.compile(rf"\s*(?:--|–|—|−|-|till och med|{_TOM}|tom|till|fram till|och)\s*(?:den\s+)?",
                        re.IGNORECASE)
# What may stand before the first date of a period; found in one pass, looked up by where the date begins.
_LEAD_IN = re.compile(r"\b(?=[fumd])(?:(?:under\s+|för\s+)?perioden|från\s+och\s+med(?:\s+den)?"
                      rf"|{_FROM}(?:\s+den)?|från(?:\s+den)?|mellan(?:\s+den)?|den)\s+(?=\d)", re.IGNORECASE)
_START_VERB = re.compile(r"\b(?=[itspb])(?:ingick|ingicks|tecknades|inleddes|startade|påbörjades|började gälla"
                         r"|trädde i kraft)\b", re.IGNORECASE)
_END_VERB = re.compile(r"\b(?=[ulags])(?:upphörde(?: att gälla)?|löpte ut|avslutades|gick ut|slutade gälla)\b",
                       re.IGNORECASE)


def periods_in(text: str) -> list[Period]:
    """Every period the text gives, in the order of the text (proposed ones too: see agreements_in)."""
    return _periods(text, _tokens(text), _Sentences(text))[0]


def _periods(text: str, tokens: list[_Token], sentences_: _Sentences) -> tuple[list[Period], list[str]]:
    periods: list[Period] = []
    notes: list[str] = []
    used: set[int] = set()
    leads = {match.end(): match for match in _LEAD_IN.finditer(text)}
    reporting = {match.end() for match in _REPORTING_PERIOD.finditer(text)}  # (where the dates after such a label begin)
    for index in range(len(tokens) - 1):
        first, second = tokens[index], tokens[index + 1]
        if index in used or second.begin - first.stop > 40 or second.year is None:
            continue
        connector = _CONNECTOR.fullmatch(text, first.stop, second.begin)
        if not connector:
            continue
        lead = leads.get(first.begin)
        if connector.group().strip().lower().startswith("och") and not (lead and lead.group().lower().startswith("mellan")):
            continue
        end = second.value()
        start = first.value() if first.year else first.value(second.year)
        if first.year is None and start and end and start > end:
            start = first.value(second.year - 1)  # "1 november–31 mars 2022": the start is in the year before
        if start is None or end is None or end < start or first.year is None:
            phrase = _normalise(text[first.begin:second.stop])
            if start is None or end is None:
                notes.append(f"hoppade över {phrase!r}: inget riktigt datum")
                continue
            if end < start:
                notes.append(f"hoppade över {phrase!r}: slutar innan den börjar")
                continue
            notes.append(f"året för starten i {phrase!r} togs från slutet")
        if first.begin in reporting:
            notes.append(f"hoppade över {_normalise(text[first.begin:second.stop])!r}: rapportens period, inte "
                         "överenskommelsens")
            continue
        if connector.group().strip()[:1].lower() == "t" and _DECISION_BEFORE.search(text, max(0, first.begin - 40), first.begin):
            # a decision's day, then the day it extended the agreement to: the extension's (see _extensions); looked
            # for only before "till", "t.o.m." (a dash between two dates is a period's)
            continue
        periods.append(Period(start, end, lead.start() if lead else first.begin, second.stop))
        used.update((index, index + 1))
    periods += _verb_periods(text, tokens, sentences_, used, notes)
    periods += _labelled_periods(text, tokens, used, reporting)
    periods += _length_periods(text, tokens, used)
    periods.sort(key=lambda period: period.begin)
    return periods, notes


# An agreement for a length from its first day: "Överenskommelsen tecknades för tre år från och med 1 april 2020",
# "Avtalet gällde i 24 månader från den 1 september 2021".
_FOR_LENGTH = re.compile(rf"\b(?:överenskommelsen|avtalet|partnerskapet)\s+(?:\w+\s+)?(?:tecknades|ingicks|slöts|"
                         rf"skrevs|gällde|gäller|löpte|beviljades|träffades)\s+(?:\w+\s+)?(?:för|i|under)\s+"
                         rf"(?P<n>\d{{1,2}}|[a-zåäö]+)\s+(?P<unit>år|månader)\s+(?:från\s+och\s+med|{_FROM}|från)\s+"
                         r"(?:den\s+)?$", re.IGNORECASE)


def _length_periods(text: str, tokens: list[_Token], used: set[int]) -> list[Period]:
    found = []
    for index, token in enumerate(tokens):
        told = None if index in used or token.year is None else _FOR_LENGTH.search(text, max(0, token.begin - 120),
                                                                                    token.begin)
        if told and (start := token.value()) and (months := _length(told["n"], told["unit"])):
            found.append(Period(start, add_months(start, months) - timedelta(days=1), told.start(), token.stop))
            used.add(index)
    return found


# The period a report covers, not the agreement's: "Rapportperiod (denna rapport): 2023-01-01 – 2023-12-31".
_REPORTING_PERIOD = re.compile(r"\b(?=[ru])(?:rapport|redovisnings|uppföljnings)period\w*[^:\n\t]{0,30}[:\t]\s*", re.IGNORECASE)
# A form's fields for the first and the last day: "Startdatum för överenskommelsen: 2022-01-10" … "Slutdatum för
# överenskommelsen: 2023-12-31".
# (or a form's rows "Överenskommelsen gällde fr.o.m.<TAB>2022-03-01" and "… t.o.m.<TAB>2024-02-29")
# ("Överenskommelsens startdatum: …", "Överenskommelsens period, från: 2022-01-01", "… giltighetstid, från 2021-01-01")
_START_LABEL = re.compile(rf"\b(?=[sföa])(?:(?:Startdatum|Startdag|Första\s+dag|Avtalet\s+gäller\s+från"
                          rf"|(?:överenskommelsens|avtalets)\s+(?:startdatum|startdag|första\s+dag))\b[^:\n\d]{{0,40}}(?::|(?=\s+\d))"
                          rf"|(?:överenskommelsens|avtalets)\s+(?:period|giltighetstid|avtalstid),?\s+från\b:?"
                          rf"|(?:överenskommelsen|avtalet)\s+gäll(?:de|er)\s+(?:{_FROM}|från(?:\s+och\s+med)?)[:\t ]*\t)\s*",
                          re.IGNORECASE)
_END_LABEL = re.compile(rf"\b(?=[söa])(?:(?:Slutdatum|Slutdag|Sista\s+dag|Avtalet\s+gäller\s+till"
                        rf"|(?:överenskommelsens|avtalets)\s+(?:slutdatum|slutdag|sista\s+dag))\b[^:\n\d]{{0,40}}(?::|(?=\s+\d))"
                        rf"|(?:överenskommelsens|avtalets)\s+(?:period|giltighetstid|avtalstid),?\s+till\b:?"
                        rf"|(?:överenskommelsen|avtalet)\s+gäll(?:de|er)\s+(?:{_TOM}|till(?:\s+och\s+med)?)[:\t ]*\t)\s*",
                        re.IGNORECASE)


def _labelled_periods(text: str, tokens: list[_Token], used: set[int], reporting: set[int]) -> list[Period]:
    """Periods a form gives in a field for each day; `reporting`: where the dates after a report's own period's label
    begin (not the agreement's)."""
    # where the dates after each kind of label begin, found in one pass each
    starts = {match.end() for match in _START_LABEL.finditer(text)} - reporting
    ends = {match.end() for match in _END_LABEL.finditer(text)} - reporting
    found = []
    for index, token in enumerate(tokens):
        if index in used or token.year is None or token.begin not in starts:
            continue
        for later in range(index + 1, min(index + 4, len(tokens))):
            end = tokens[later]
            if end.year is not None and end.begin - token.stop < _WINDOW and end.begin in ends:
                start_day, end_day = token.value(), end.value()
                if start_day and end_day and start_day < end_day:
                    found.append(Period(start_day, end_day, token.begin, end.stop))
                    used.update((index, later))
                break
    return found


def _verb_periods(text: str, tokens: list[_Token], sentences_: _Sentences, used: set[int],
                  notes: list[str]) -> list[Period]:
    """"ingick … den 1 september 2022. Överenskommelsen upphörde att gälla den 1 juni 2024": in one or two sentences."""
    begins = [token.begin for token in tokens]
    found: list[Period] = []

    def first_date_after(offset: int, limit: int) -> int | None:
        at = bisect.bisect_left(begins, offset)
        if at < len(tokens) and tokens[at].begin < limit and tokens[at].begin - offset <= _WINDOW:
            return at
        return None

    for verb in _START_VERB.finditer(text):
        sentence = sentences_.index(verb.start())
        _, sentence_end = sentences_.spans[sentence]
        at = first_date_after(verb.end(), sentence_end)
        if at is None or at in used or tokens[at].year is None:
            continue
        start = tokens[at].value()
        for candidate in (sentence, sentence + 1):
            if candidate >= len(sentences_.spans):
                break
            from_, until = sentences_.spans[candidate]
            from_ = max(from_, tokens[at].stop)
            end_verb = _END_VERB.search(text, from_, min(until, from_ + 4 * _WINDOW))
            if not end_verb:
                continue
            end_at = first_date_after(end_verb.end(), until)
            if end_at is None or tokens[end_at].year is None:
                break
            end = tokens[end_at].value()
            if start and end and start < end:
                found.append(Period(start, end, tokens[at].begin, tokens[end_at].stop))
                notes.append(f"start och slut lästes ur två meningar: {_normalise(text[verb.start():tokens[at].stop])!r} "
                             f"och {_normalise(text[end_verb.start():tokens[end_at].stop])!r}")
            break
    return found


# --- Extensions ---------------------------------------------------------------------------------------------------

@dataclass
class Extension:
    months: int | None  # "förlängdes med sex månader"
    until: date | None  # "förlängdes till och med den 30 juni 2023"
    begin: int
    stop: int
    again: bool = False  # "ytterligare en förlängning, denna gång med sex månader": its length counts from the last


_EXTENDED = re.compile(r"\b(?=[fh])(?:förlängdes|förlängde|förlängd|(?:har|hade) förlängts|förlängts|förlängningen (?:gällde|löpte)"
                       r"|(?:fick|har\s+fått|fått)\s+(?:vi\s+|föreningen\s+)?förlängt|(?:(?<![\s\S])|(?<=\n)|(?<=[-–•*] )|(?<=\t))Förlängning(?=\s*:)"
                       # "Förlängning beslutades av nämnden 2022-06-21, § 112, varvid …"
                       r"|(?<![\w-])förlängning(?:en)?\s+(?:beslutades|beslöts|beviljades))\b"
                       r"(?!\s+(?:\w+\s+)?(?:inte|ej|aldrig)\b)", re.IGNORECASE)
# Just before an extension: "Den har inte förlängts", "blev aldrig förlängd", "att avstå från att utnyttja optionen".
# ("beslutade att inte förlänga", not "beslutade, trots att budgeten inte räckte, att förlänga")
_NOT_BEFORE = re.compile(r"(?:\b(?:inte|ej|aldrig)\s+(?:att\s+|\w+\s+)?|\b(?:avstå\w*|avslå\w*|avslog|avslag|nekade)\b(?:\s+\S+){0,3}\s+)$",
                         re.IGNORECASE)
# A decision that was taken: "Nämnden beslutade i mars 2024 att förlänga överenskommelsen till och med …".
_DECIDED_TO_EXTEND = re.compile(r"\b(?:beslutade|beslöt|har beslutat|hade beslutat|kom\s+(?:\w+\s+)?överens\s+om|"
                                r"enades\s+(?:\w+\s+)?om|"
                                # "Nämnden utnyttjade därefter möjligheten att förlänga överenskommelsen …", "valde att
                                # förlänga" (never "utnyttjade inte …", "valde att inte …", "valde en ny styrelse …")
                                r"(?:(?:ut)?nyttjade|använde)(?!\s+(?:inte|ej|aldrig)\b)(?=(?:\s+\w+){0,2}?\s+(?:möjligheten|"
                                r"optionen|rätten)\s+att\s+förlänga)|valde(?=\s+att\s+förlänga))\b[^.;]{0,80}?\batt\s+"
                                r"(?P<verb>förlänga)\s+(?=(?:den\s+(?:första|andra|tredje|fjärde|sista|senaste)\s+)?"
                                rf"(?:överenskommelsen|avtalet|partnerskapet)|den\s+(?:med|{_TOM}|till|fram|ytterligare|att\s+gälla)\b)"
                                # "beslutade nämnden om ytterligare en förlängning, denna gång med sex månader"
                                r"|\b(?:beslutade|beslöt|har\s+beslutat)\b[^.;]{0,60}?\bom\s+(?:ytterligare\s+)?en\s+"
                                r"(?P<noun>förlängning)\b(?!\s+av\s+(?!överenskommelsen|avtalet|IOP|partnerskapet))", re.IGNORECASE)
# A second decision in the sentence of the first: "… beslutade i juni 2024 att förlänga överenskommelsen till den 31
# december 2024 och i november 2024 att förlänga den ytterligare, till den 30 juni 2025".
_TO_EXTEND_AGAIN = re.compile(rf"\b(?=o)och\b[^.;]{{0,40}}?\batt\s+(?P<verb>förlänga)\s+"
                              rf"(?=(?:överenskommelsen|avtalet)\b|den\s+(?:ytterligare|med|{_TOM}|till|fram)\b)", re.IGNORECASE)
# ("… om att förlänga den med ett år, till den 31 december 2023", "… att förlänga den till och med den 30 juni 2023": the
# agreement the sentence before, or the clause before, names)
# An option to extend that was taken up: "Förlängningsoptionen på tolv månader utnyttjades, och överenskommelsen gällde
# därmed t.o.m. 2024-02-29"; "Optionen att förlänga avtalet med ett år har använts" (not "en option på förlängning").
_OPTION_USED = re.compile(r"\b(?=[fo])(?:förlängnings)?(?P<option>option)(?:en|er|erna)?\b(?P<what>(?:(?!\b(?:inte|ej|aldrig)\b)[^.;]){0,80}?)"
                          r"\b(?P<verb>utnyttjades|har\s+utnyttjats|användes|har\s+använts|nyttjades|har\s+nyttjats)\b"
                          r"(?!\s+(?:inte|ej|aldrig)\b)"
                          # "Den första förlängningen nyttjades", "Båda förlängningarna har utnyttjats"
                          r"|\b(?=f)förlängning(?:en|arna)\s+(?P<used>nyttjades|utnyttjades|har\s+(?:ut)?nyttjats|användes"
                          r"|har\s+använts)\b(?!\s+(?:inte|ej|aldrig)\b)", re.IGNORECASE)
_OPTION_LENGTH = re.compile(r"\b(?:på|om|med)\s+(?:ytterligare\s+)?(?P<n>\d{1,3}|[a-zåäö]+)\s+(?P<unit>månader|månad|år|halvår)\b",
                            re.IGNORECASE)
# The same agreement extended again, told in the sentence of the first extension: "Den förlängdes första gången med ett
# år, till och med den 30 juni 2022, och därefter ytterligare en gång till och med den 30 juni 2023".
# ("förlängdes först med ett år och därefter med ytterligare sex månader", "först till och med den 28 februari 2021 och
# därefter, genom nämndens beslut den …, till och med …")
# (Taken only after an extension the same sentence told already.)
_AGAIN = re.compile(r"\b(?=[yeatd])(?:ytterligare\s+en\s+gång|en\s+gång\s+till|(?:andra|tredje)\s+gång(?:en)?|därefter)\b", re.IGNORECASE)
# The words that say an extension is a further one, in its own sentence: "Förlängd 2:a gången …", "ytterligare en
# förlängning", "förlängdes igen".
_AGAIN_WORD = re.compile(r"\b(?:ytterligare\s+en\s+(?:gång|förlängning)|en\s+gång\s+till|ännu\s+en\s+gång|(?:[2-9]:[ae]|andra|tredje)\s+gång(?:en)?"
                         r"|igen|på\s+nytt|därefter\b[^.;]{0,30}?\bytterligare)\b", re.IGNORECASE)
# Words up to the length or the date, within the clause: "…, men lokalen var öppen till …" is another's.
_RUN = r"(?:\s+(?!(?:men|medan|samt|när|då|vilket|så)\b)[\w:+]+)"  # ("Förlängning: +1 läsår, t.o.m. …")
_BY = re.compile(rf"[,:]?{_RUN}{{0,6}}?\s+med\s+(?:ytterligare\s+|ännu\s+)?(?P<n>\d{{1,3}}|[a-zåäö]+)(?:\s*\(\d{{1,3}}\))?\s+"
                 r"(?P<unit>månader|månad|mån|år|halvår|läsår|verksamhetsår|avtalsår|terminer|termin)\b"
                 # "fick vi förlängt ett halvår, så …": the length right after the verb, its clause ending there
                 r"|[,:]?\s+(?:med\s+)?(?P<bare_n>ett|en|\d{1,2})\s+(?P<bare_unit>halvår|år|månader|mån)\b"
                 r"(?!\s+(?:i\s+taget|av|senare|tidigare|efter|före)\b)", re.IGNORECASE)
# The words for "up to and including" before an end date, as the documents write them.
_UNTIL_WORDS = rf"(?:till och med|{_TOM}|tom|fram till|intill|till)"
# (a clause between commas before the words: "förlängts två gånger, första gången till och med …", "andra gången,
# med hänsyn till pandemin, till och med …")
_UNTIL = re.compile(rf"[,:]?{_RUN}{{0,6}}?(?:,(?!\s+(?:och|eller)\b){_RUN}{{1,8}}?)?(?:,\s+senast)?,?\s+{_UNTIL_WORDS}\s+(?:den\s+)?$",  # ("Förlängd 2:a gången t.o.m. …")
                    re.IGNORECASE)
# A month and its year, the year perhaps by its last two digits: "december 2023", "dec -23".
_MONTH_SHORT_YEAR = re.compile(rf"(?<![\w])(?=[adfjmnos])(?P<m>{_MONTH})\.?\s+(?P<y>\d{{4}}|[-'’]\d\d)(?!\d)", re.IGNORECASE)
# A year more: "att gälla även under 2023", "att gälla även läsåret 2023/24".
_ALSO_YEAR = re.compile(r"(?:\s+[\w:]+){0,3}?\s+att\s+gälla\s+(?:även|också)\s+(?:under\s+)?"
                        r"(?:(?:år(?:et)?\s+)?(?P<year>(?:19|20)\d\d)(?![\d/–-])"
                        r"|(?:läsåret|verksamhetsåret|avtalsåret)\s+(?:19|20)\d\d/\d{2,4}\b)", re.IGNORECASE)
# The date after a length: "med sex månader, till och med den 31 augusti 2024".
# ("med ett läsår, det vill säga till och med den 30 juni 2024", "med en termin, ht-20, till och med …")
_UNTIL_AFTER_LENGTH = re.compile(rf",?\s+(?:(?:det\s+vill\s+säga|dvs\.?|alltså)\s+"
                                 r"|(?:(?:ht|vt|hösten|våren|höstterminen|vårterminen)[\s-]*)?\d{2,4},\s+)?"
                                 rf"{_UNTIL_WORDS}\s+(?:den\s+)?", re.IGNORECASE)
# The date of the decision that extended it, before the date it was extended to.
# ("förlängdes genom beslut i nämnden den 21 januari 2021 att gälla till och med 2021-12-31")
# ("… genom nämndbeslut den 16 december 2021 till och med 30 juni 2022": a compound's decision too)
_DECISION_BEFORE = re.compile(r"(?:beslut|beslöt)\w*(?:\s+(?!den\b)[^\W\d]+){0,3}?\s+(?:den\s+)?$", re.IGNORECASE)
_UNTIL_AFTER_DECISION = re.compile(rf",?(?:\s*§\s*\d+,?)?(?:\s+\w+){{0,3}}?\s+{_UNTIL_WORDS}\s+(?:den\s+)?$", re.IGNORECASE)
_EXPIRED_IN = re.compile(r"(?:\s+\w+){0,3}?\s+(?:och\s+)?löpte\s+ut\s+(?:i\s+)?$", re.IGNORECASE)
# "Den andra förlängningen löpte ut den 31 juli 2021": the day it ran out.
_RAN_OUT = re.compile(r"\s+ut\s+(?:den\s+)?$", re.IGNORECASE)


class _Span:
    """A match's place in the text, for the verbs either pattern finds."""

    def __init__(self, begin: int, stop: int) -> None:
        self.begin, self.stop = begin, stop

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop


def extensions_in(text: str) -> list[Extension]:
    """Every extension that happened, in the order of the text ("förlängdes med sex månader")."""
    return _extensions(text, _tokens(text), _Sentences(text))


# The agreement itself just before an extension's verb: "Överenskommelsen förlängdes …", "Den har sedan förlängts …".
_NAMES_IT = re.compile(r"(?<![\w-])(?:överenskommelsen|avtalet|partnerskapet|IOP:n|den)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# … or just after it: "Därefter förlängdes den …", "Sedan förlängdes överenskommelsen …", "att förlänga överenskommelsen …"
_NAMED_AFTER = re.compile(r"\S+(?:\s+(?:också|även|därefter|sedan|igen))?\s+(?:överenskommelsen|avtalet|partnerskapet|IOP:n|den)\b",
                          re.IGNORECASE)
_ANY_EXTENSION = re.compile(r"förläng|option", re.IGNORECASE)  # a word every extension's patterns need


def _extensions(text: str, tokens: list[_Token], sentences_: _Sentences) -> list[Extension]:
    begins = [token.begin for token in tokens]
    found: list[Extension] = []
    if not _ANY_EXTENSION.search(text):
        return found  # (a dozen patterns' passes over a text that cannot hold one)
    # (begin, end, how it is told: "" a verb of its own, "again" a further one in the sentence of the first)
    verbs = [(m.start(), m.end(), "") for m in _EXTENDED.finditer(text)]
    verbs += [(m.start(name), m.end(name), "") for m in _DECIDED_TO_EXTEND.finditer(text)
              for name in ("verb", "noun") if m.group(name)
              and not _NOT_BEFORE.search(text, max(m.start(), m.start(name) - 50), m.start(name))]
    verbs += [(m.start("verb"), m.end("verb"), "again") for m in _TO_EXTEND_AGAIN.finditer(text)
              if sentences_.says_before(_DECIDED_TO_EXTEND, m.start())]
    verbs += [(m.start(), m.end(), "again") for m in _AGAIN.finditer(text)
              if sentences_.says_before(_EXTENDED_BEFORE, m.start())]
    options = _options_used(text, tokens, sentences_) + _form_extensions(text, tokens, begins)
    option_begins = [option.begin for option in options]
    found += options
    reach = 0  # how far the extensions read so far go (they are read in the order of the text)
    for begin, end, told in sorted(verbs):
        verb = _Span(begin, end)
        sentence_start, sentence_end = sentences_.span(verb.start())
        at = bisect.bisect_right(option_begins, begin) - 1
        if begin < reach or at >= 0 and begin < options[at].stop:
            continue  # a part of an extension read already: "förlängdes för andra gången med sex månader"
        if told == "again" and not (len(found) > len(options) and sentence_start <= found[-1].begin):
            continue  # "därefter", "ytterligare en gång" after no extension of this sentence
        if _NOT_BEFORE.search(text, max(sentence_start, begin - 40), begin):
            continue  # "Den har inte förlängts …", "blev aldrig förlängd"
        limit = min(sentence_end, verb.end() + _WINDOW)
        months: int | None = None
        until: date | None = None
        stop = verb.end()
        by = _BY.match(text, verb.end(), limit)
        if by and (months := _length(by["n"] or by["bare_n"], by["unit"] or by["bare_unit"])) is not None:
            stop = by.end()
        at = bisect.bisect_left(begins, stop)
        if months is not None and at < len(tokens) and tokens[at].begin < limit and tokens[at].year is not None \
                and _UNTIL_AFTER_LENGTH.fullmatch(text, stop, tokens[at].begin):
            # "med sex månader, till och med den 31 augusti 2024": the date it gives, not one counted
            until, stop = tokens[at].value(), tokens[at].stop
        if months is None and at + 1 < len(tokens) and tokens[at + 1].begin < sentence_end \
                and _DECISION_BEFORE.search(text, stop, tokens[at].begin) and tokens[at].begin < limit \
                and _UNTIL_AFTER_DECISION.fullmatch(text, tokens[at].stop, tokens[at + 1].begin):
            # "förlängdes genom nämndens beslut den 23 november 2022, § 98, till och med 30/6 2023"
            until, stop = tokens[at + 1].value(), tokens[at + 1].stop
        elif months is None and at < len(tokens) and tokens[at].begin < limit \
                and _DECISION_BEFORE.search(text, stop, tokens[at].begin) \
                and (after := _BY.match(text, tokens[at].stop, limit)) and after["n"] \
                and (months := _length(after["n"], after["unit"])) is not None:
            stop = after.end()  # "förlängdes genom kulturnämndens beslut den 24 oktober 2023 med tolv månader"
        if months is None and until is None and at < len(tokens) and tokens[at].begin < limit and tokens[at].year is not None \
                and (_UNTIL.fullmatch(text, stop, tokens[at].begin)
                     or text.endswith("löpte", 0, verb.end()) and _RAN_OUT.fullmatch(text, stop, tokens[at].begin)):
            until = tokens[at].value()
            stop = tokens[at].stop
        if months is None and until is None:  # "… och löpte ut i juni 2021", "… till och med december 2023"
            month_year = _MONTH_SHORT_YEAR.search(text, stop, limit)
            if month_year and (_EXPIRED_IN.fullmatch(text, stop, month_year.start())
                               or _UNTIL.fullmatch(text, stop, month_year.start())):
                until = _month_end(_full_year(month_year["y"]), MONTHS[month_year["m"].lower()])
                stop = month_year.end()
        if months is None and until is None and (also := _ALSO_YEAR.match(text, stop, limit)):
            # "beslutade nämnden att förlänga den att gälla även under 2023", "… även läsåret 2023/24"
            until, months = (date(int(also["year"]), 12, 31), None) if also["year"] else (None, 12)
            stop = also.end()
        if months is None and until is None \
                and (thereby := _thereby_until(text, tokens, begins, sentences_, stop)) is not None:
            until, stop = thereby  # "Förlängning beslutades …, varvid överenskommelsen gäller till och med …"
        if months is not None or until is not None:
            # a further extension: told as one, or after another in its own sentence ("… till och med 2023-06-30 och
            # förlängdes därefter till och med …")
            again = told == "again" or bool(_AGAIN_WORD.search(text, max(sentence_start, verb.start() - 40), stop)) or (
                len(found) > len(options) and sentence_start <= found[-1].begin)
            found.append(Extension(months, until, verb.start(), stop, again))
            reach = max(reach, stop)
    return sorted(found, key=lambda extension: extension.begin)


# A form's question answered yes, and the day after the label under it: "Har överenskommelsen förlängts? Ja" … "Om ja,
# ange till och med vilket datum 2025-06-30", "Har överenskommelsen förlängts?  [X] Ja" … "Ny slutdag: 2023-06-30".
_FORM_EXTENDED = re.compile(r"\bförläng\w*\s*\?\s*(?:\[[Xx]\]\s*)?Ja\b", re.IGNORECASE)
_FORM_EXTENDED_UNTIL = re.compile(rf"(?:{_UNTIL_WORDS}|ny\s+slutdag|nytt\s+slutdatum|förlängd\s+till)\b[^\d\n?]{{0,40}}?[:\s]\s*(?=\d)",
                                  re.IGNORECASE)


def _form_extensions(text: str, tokens: list[_Token], begins: list[int]) -> list[Extension]:
    """The extensions a form's question answered yes gives, to the day under it."""
    found = []
    for asked in _FORM_EXTENDED.finditer(text):
        if (label := _FORM_EXTENDED_UNTIL.search(text, asked.end(), asked.end() + _WINDOW)) \
                and (at := bisect.bisect_left(begins, label.end())) < len(tokens) and tokens[at].begin == label.end() \
                and tokens[at].year is not None and (day := tokens[at].value()) is not None:
            found.append(Extension(None, day, asked.start(), tokens[at].stop))
    return found


def _length(n: str, unit: str) -> int | None:
    """Months in a length as written: "sex månader", "12 mån", "ett år", "ett halvår"."""
    n = n.lower()
    count = int(n) if n.isdigit() else (1 if n in ("ett", "en") else number_word(n))
    unit = unit.lower()
    # ("ett läsår", "ett verksamhetsår": a year of the agreement's, whatever month it begins; a school's term is
    # half a year: a spring term after a calendar year, an autumn term after a school year)
    return None if count is None else count * (6 if unit in ("halvår", "termin", "terminer") else
                                               12 if unit.endswith("år") else 1)


# What an extension told without its length or its date came to, in its sentence or the next: "Optionen nyttjades
# genom nämndens beslut 2023-09-19, § 76. Överenskommelsen upphör därmed 2024-12-31."; "Förlängning beslutades av
# nämnden 2022-06-21, § 112, varvid överenskommelsen gäller till och med 2023-12-31"; "… löper därmed ut 2024-08-31".
_ENDS_VERB = r"(?:upphör(?:de)?|löper|löpte|gäller|gällde|slutar|slutade)"
_THEREBY_UNTIL = re.compile(
    rf"\b(?=[dsavulg])(?:(?:därmed|således|alltså|varvid|därigenom)\b[^.;\d]{{0,50}}?\b{_ENDS_VERB}"
    rf"|{_ENDS_VERB}\s+(?:därmed|således|alltså|därigenom))\b(?:\s+ut)?(?:\s+att\s+gälla)?"
    rf"(?:\s+{_UNTIL_WORDS})?\s+(?:den\s+)?(?=\d)", re.IGNORECASE)


def _thereby_until(text: str, tokens: list[_Token], begins: list[int], sentences_: _Sentences,
                   after: int) -> tuple[date, int] | None:
    """The day an extension told without one came to (`_THEREBY_UNTIL`), after `after` in its sentence or the next,
    and where it ends."""
    index = sentences_.index(after)
    limit = sentences_.spans[min(index + 1, len(sentences_.spans) - 1)][1]
    if (words := _THEREBY_UNTIL.search(text, after, min(limit, after + 2 * _WINDOW))) \
            and (at := bisect.bisect_left(begins, words.end())) < len(tokens) and tokens[at].begin == words.end() \
            and tokens[at].year is not None and (day := tokens[at].value()) is not None:
        return day, tokens[at].stop
    return None


_UNTIL_DATE = re.compile(rf"\b(?:{_UNTIL_WORDS}|löpte\s+(?:\w+\s+)?ut)\s+(?:den\s+)?(?=\d)", re.IGNORECASE)
# A decision to take up the option: "Nämnden beslutade den 16 april 2024 att utnyttja förlängningsmöjligheten" …
_OPTION_TAKEN = re.compile(r"\b(?=[bhkv])(?:beslutade|beslöt|har\s+(?:\w+\s+)?beslutat|valde|kom\s+(?:\w+\s+)?överens\s+om)\b[^.;]{0,80}?"
                           r"\batt\s+(?P<use>utnyttja|nyttja|använda|lösa\s+ut)\s+(?:möjligheten\s+(?:till|att)\s+förläng\w*"
                           r"|förlängningsmöjligheten|förlängningsoptionen|optionen)\b", re.IGNORECASE)
# … its length as the agreement gave it: "med möjlighet till förlängning med 12 månader", "i ett år".
_OPTION_GIVEN = re.compile(r"\b(?:möjlighet|option)\w*\s+(?:till|på|om|att)\s+(?:förläng\w*|förlänga\s+\w+)\s+"
                           r"(?:med|i|om|på)\s+(?P<n>\d{1,3}|[a-zåäö]+)\s+(?P<unit>månader|år|halvår)\b", re.IGNORECASE)


def _options_used(text: str, tokens: list[_Token], sentences_: _Sentences) -> list[Extension]:
    """Options to extend that were taken up: by the length the option gives, or to the day the sentence then gives."""
    begins = [token.begin for token in tokens]
    found = []
    # (an option named alone, "Optionen nyttjades": the length the agreement gave it, told before)
    options = [(option, _OPTION_LENGTH.search(option["what"] or "") or (
        _OPTION_GIVEN.search(text, max(0, option.start() - 600), option.start()) if option["option"] else None))
        for option in _OPTION_USED.finditer(text)]
    options += [(taken, _OPTION_GIVEN.search(text, max(0, taken.start() - 600), taken.start()))
                for taken in _OPTION_TAKEN.finditer(text)
                if not _NOT_BEFORE.search(text, max(taken.start(), taken.start("use") - 40), taken.start("use"))]
    for option, length in options:
        _, sentence_end = sentences_.span(option.start())
        months = _length(length["n"], length["unit"]) if length else None
        until, stop = None, option.end()
        if (words := _UNTIL_DATE.search(text, option.end(), min(sentence_end, option.end() + _WINDOW))) \
                and (at := bisect.bisect_left(begins, words.end())) < len(tokens) and tokens[at].begin == words.end() \
                and tokens[at].year is not None:
            until, stop = tokens[at].value(), tokens[at].stop
        elif (thereby := _thereby_until(text, tokens, begins, sentences_, option.end())) is not None:
            until, stop = thereby
        if months is not None or until is not None:
            found.append(Extension(months, until, option.start(), stop))
    return found


# --- Annual agreements --------------------------------------------------------------------------------------------

_FILLER = r"(?:\s+(?!för\b|under\b)[^\s\d.,;:]+){0,6}?"
# What the agreements were about, before the party and the years: "årliga överenskommelser om idéburet offentligt
# partnerskap med Strömsnäsbruks Bygdeförening för 2022, 2023 och 2024".
_ABOUT_IOP = r"(?:\s+om\s+(?:ett\s+)?idéburet\s+offentligt\s+partnerskap(?:\s+\(IOP\))?)?"
# "för 2023 och för 2024": the preposition again before each year
_YEAR_LIST_EACH = rf"{_YEAR_ITEM}(?:(?:\s*,\s*|\s+och\s+|\s+samt\s+|\s+respektive\s+)(?:för\s+)?{_YEAR_ITEM}){{0,30}}(?![\d-])"
_ANNUAL = re.compile(
    rf"\b(?=[åfen])(?:(?:årlig|ettårig)(?:a)?\s+(?:IOP-)?överenskommelser?{_ABOUT_IOP}{_FILLER},?\s+"
    rf"(?:för|under|avseende|{_FROM}|från\s+och\s+med)\s+(?:åren\s+|året\s+|år\s+)?"
    rf"|(?:förny(?:ats|ades)|förläng(?:ts|des))\s+(?:årligen|varje\s+år),?\s+(?:under\s+|för\s+)?(?:åren\s+)?"
    # "Den förnyades därefter två gånger, för 2023 och för 2024"
    rf"|förny(?:ats|ades)\s+(?:därefter\s+|sedan\s+)?(?:(?:en|två|tre|fyra|\d)\s+gånger?,?\s+)?(?:för|under)\s+(?:åren\s+)?"
    rf"|(?:en\s+)?nya?\s+(?:IOP-)?överenskommelser?{_FILLER}\s+för\s+(?:åren\s+|året\s+|år\s+)?)"
    rf"(?P<years>{_YEAR}{_UNTIL_YEAR}{_YEAR}\b|{_YEAR_LIST_EACH})",
    re.IGNORECASE,
)


# "Partnerskapet har omfattat verksamhetsåren 2021 och 2022, med en överenskommelse för vardera året."
_ANNUAL_EACH = re.compile(
    rf"\b(?:verksamhets|kalender|avtals)?åren\s+(?P<years>{_YEAR_LIST}),?\s+med\s+(?:en\s+)?(?:ny\s+)?(?:IOP-)?"
    rf"överenskommelse\s+(?:för|per)\s+(?:vardera|varje|varje\s+enskilt)\s+år(?:et)?\b",
    re.IGNORECASE,
)
# "tre årliga överenskommelser, en för vart och ett av åren 2021, 2022 och 2023"
_ANNUAL_EACH_OF = re.compile(
    rf"\b(?=å)årlig\w*\s+(?:IOP-)?överenskommelser,?\s+(?:en\s+)?(?:för|per)\s+(?:vart\s+och\s+ett|varje|vartdera)\s+av\s+"
    rf"(?:de\s+)?(?:verksamhets|kalender|avtals)?åren\s+(?P<years>{_YEAR_LIST})",
    re.IGNORECASE,
)
# Agreements, one for each year the preposition names again: "överenskommelser för 2022, för 2023 och för 2024".
_ANNUAL_LISTED = re.compile(
    rf"\b(?:IOP-)?överenskommelser(?:na)?{_FILLER},?\s+för\s+(?P<years>{_YEAR}(?:(?:\s*,\s*|\s+och\s+)för\s+{_YEAR})+)\b",
    re.IGNORECASE,
)
# One agreement a year, the years named around it: "en överenskommelse … för ett år i taget: för 2022, för 2023 och
# för 2024", "under 2022, 2023 och 2024 … genom en årlig överenskommelse för varje år".
_ANNUAL_AT_A_TIME = re.compile(
    rf"\böverenskommelser?{_FILLER}\s+för\s+ett\s+(?:kalender)?år\s+i\s+taget\s*[:,]?\s+(?:för\s+)?(?P<years>{_YEAR_LIST_EACH})"
    rf"|\bunder\s+(?:åren\s+)?(?P<before>{_YEAR_LIST})\s[^.;]{{0,120}}?\bårlig\s+överenskommelse\s+(?:för\s+)?"
    rf"(?:varje|vart|vartdera)\s+år\b",
    re.IGNORECASE,
)
# The years first: "överenskommelser för 2022 och 2023, ett kalenderår i taget"; "För 2024 tecknades en ettårig
# överenskommelse", "För 2022 tecknades en ny överenskommelse på ett år" (made, not one to be made: "ska tecknas").
_ANNUAL_YEARS_FIRST = re.compile(
    rf"\böverenskommelser\s+för\s+(?:åren\s+)?(?P<years>{_YEAR_LIST}),?\s+ett\s+(?:kalender)?år\s+i\s+taget\b"
    rf"|\bför\s+(?:år\s+|året\s+)?(?P<first>{_YEAR})\s+(?:tecknades|ingicks|skrevs|slöts)\s+(?:därefter\s+|sedan\s+|också\s+)?"
    rf"(?:en\s+)?(?:ny\s+)?"
    rf"(?:(?P<one>ettårig)\s+)?(?:IOP-)?överenskommelse(?(one)|\s+(?:på|om)\s+ett\s+år)\b",
    re.IGNORECASE,
)
# The years before the agreements: "För 2023 och för 2024 har nämnden tecknat ettåriga överenskommelser med föreningen";
# the first year and the last of a yearly renewal: "tecknades första gången för 2020 och har därefter förnyats
# årligen, senast för 2023".
_ANNUAL_YEARS_BEFORE = re.compile(
    rf"\b(?=f)för\s+(?:åren\s+)?(?P<years>{_YEAR_LIST_EACH}),?\s+(?:har|hade)\s+(?:\w+\s+){{0,2}}?(?:tecknat|ingått|slutit)\s+"
    rf"(?:nya\s+)?(?:ettåriga|årliga)\s+(?:IOP-)?överenskommelser"
    rf"|\b(?=f)första\s+gången\s+för\s+(?P<from>{_YEAR})\b[^.;]{{0,80}}?\bförny\w*\s+(?:årligen|varje\s+år),?\s+"
    rf"(?:senast\s+för|till\s+och\s+med|t\.?\s?o\.?\s?m\.?)\s+(?P<to>{_YEAR})\b",
    re.IGNORECASE,
)
# Annual agreements of years that turn the calendar: "årliga överenskommelser för verksamhetsåren 2022/2023 och
# 2023/2024, som vardera har gällt från den 1 september till och med den 31 augusti".
_SPLIT_YEAR = rf"{_YEAR}\s*/\s*(?:{_YEAR}|\d{{2}})(?!\d)"
_ANNUAL_SPLIT = re.compile(
    rf"\b(?=[å])årlig(?:a)?\s+(?:IOP-)?överenskommelser?{_FILLER},?\s+(?:för|under|avseende)\s+"
    rf"(?:(?:verksamhets|avtals|läs|bidrags)åren\s+)?(?P<years>{_SPLIT_YEAR}(?:(?:\s*,\s*|\s+och\s+){_SPLIT_YEAR})+)",
    re.IGNORECASE,
)
_EACH_FROM = re.compile(rf"\bfrån\s+(?:och\s+med\s+)?(?:den\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\b(?!\s+{_YEAR})",
                        re.IGNORECASE)
# A sentence that says, before the agreement, that it was not made.
_NOT_MADE = re.compile(r"\b(?:inte|ej|aldrig|ingen|inga)\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:ryms|rymmas|budget|kommande|nästa|framtida|ska|skall|skulle|bör|behöver)\b", re.IGNORECASE)


def _years(listed: str) -> list[int]:
    """ "2020, 2021 och 2022" or "2021–2023" as years, a range expanded."""
    years: list[int] = []
    for item in re.finditer(rf"({_YEAR})(?:(?:\s*{_DASH}\s*|{_UNTIL_YEAR})({_YEAR}))?", listed):
        first = int(item.group(1))
        last = int(item.group(2)) if item.group(2) else first
        span = range(first, last + 1) if first <= last <= first + 50 else [first]
        years += [year for year in span if year not in years]
    return years


def annual_years_in(text: str) -> list[int]:
    """The years of annual agreements the text names or spans ("förnyats årligen 2021–2023"), not proposed ones."""
    return [year for year, _, _ in _annual(text, _Sentences(text))]


def _annual(text: str, sentences_: _Sentences, ranges: list[Period] | None = None) -> list[tuple[int, int, str]]:
    """Agreements a year each (year, where, phrase); one new agreement told by a range of years ("har därefter tecknat
    en ny överenskommelse om IOP för 2023–2025") is one agreement over those whole years, added to `ranges`."""
    found: list[tuple[int, int, str]] = []
    seen: set[int] = set()
    matches = [*_ANNUAL.finditer(text), *_ANNUAL_EACH.finditer(text), *_ANNUAL_EACH_OF.finditer(text),
               *_ANNUAL_YEARS_BEFORE.finditer(text),
               *_ANNUAL_LISTED.finditer(text),
               *_ANNUAL_AT_A_TIME.finditer(text), *_ANNUAL_YEARS_FIRST.finditer(text)]
    for match in sorted(matches, key=lambda found: found.start()):
        if sentences_.proposed(match.start()) or sentences_.hoped(match.start()):
            continue
        first, last = sentences_.span(match.start())
        if re.match(r"(?:en\s+)?nya?\s", match.group(), re.IGNORECASE) and _AHEAD.search(text, first, last):
            continue  # "En ny överenskommelse ryms inom budgeten för 2024": one to come, not one that was made
        if _NOT_MADE.search(text, max(first, match.start() - 60), match.start()):
            # "beslutade att inte teckna någon ny överenskommelse för 2025": none was made (the words just before: a
            # sentence may be a mebibyte long)
            continue
        groups = match.groupdict()
        listed = groups.get("years") or groups.get("before") or groups.get("first") or (
            f"{groups['from']}–{groups['to']}" if groups.get("from") else "")
        if re.match(r"(?:en|ett)\s+(?:ny|nytt)\s", match.group(), re.IGNORECASE) \
                and (over := re.fullmatch(rf"\s*({_YEAR})\s*{_DASH}\s*({_YEAR})\s*", listed)) and over[1] < over[2]:
            if ranges is not None:
                ranges.append(Period(date(int(over[1]), 1, 1), date(int(over[2]), 12, 31), match.start(), match.end()))
            continue
        for year in _years(listed):
            if year not in seen:
                seen.add(year)
                found.append((year, match.start(), _normalise(match.group())))
    return found


def _annual_split(text: str, sentences_: _Sentences, periods: list[Period]) -> list[Period]:
    """Annual agreements of years that turn the calendar ("för verksamhetsåren 2022/2023 och 2023/2024"), each a
    period from the day its sentence gives ("som vardera har gällt från den 1 september"), else from the day after
    an agreement that ended in its first year; none where neither tells the day."""
    found: list[Period] = []
    for match in _ANNUAL_SPLIT.finditer(text):
        if sentences_.proposed(match.start()):
            continue
        _, last = sentences_.span(match.start())
        given = _EACH_FROM.search(text, match.end(), last)
        for year in (int(item[:4]) for item in re.findall(_SPLIT_YEAR, match["years"])):
            if given:
                try:
                    start = date(year, MONTHS[given["month"].lower()], int(given["day"]))
                except ValueError:
                    break
            else:
                before = [p.end for p in periods + found if p.end.year == year and p.end < date(year, 12, 31)]
                if not before:
                    break
                start = max(before) + timedelta(days=1)
            found.append(Period(start, add_months(start, 12) - timedelta(days=1), match.start(), match.end()))
    return found


# --- Agreements ---------------------------------------------------------------------------------------------------

# A table's row: the period, then what it is ("2023-01-01 – 2023-06-30<TAB>Förlängning av andra överenskommelsen").
_EXTENSION_ROW = re.compile(r"[ \t]*(?:\t|\|)[ \t]*Förlängning\b", re.IGNORECASE)
_EXTENSION_PERIOD = re.compile(r"förlängning(?:en|sperioden)\s+(?:den\s+)?$", re.IGNORECASE)
# Earlier in the sentence: "… och förlängdes från och med …", "beslutade att förlänga överenskommelsen med sex månader, …"
_EXTENDED_BEFORE = re.compile(r"\bförläng(?:des|ts|a|ning)", re.IGNORECASE)
# … not "i stället för att förlänga den befintliga överenskommelsen tecknades en ny …", "utan att förlänga"
_INSTEAD_OF = re.compile(r"(?:\bi\s*stället\s+för|\butan|\binte|\bej)\s+(?:att\s+)?$", re.IGNORECASE)


# "Överenskommelsen har gällt under tre kalenderår, 2021–2023": whole calendar years, first to last.
_WHOLE_YEARS = re.compile(r"\b(?:(?:har\s+gällt|gällde|löpte|har\s+löpt)\s+(?:under\s+)?(?:(?:två|tre|fyra|fem|\d)\s+)?"
                          r"(?:kalenderår(?:en)?|åren)\s*,?"
                          # "en treårig överenskommelse om idéburet offentligt partnerskap med …, för åren 2021–2023"
                          r"|(?:två|tre|fyra|fem)årig\s+(?:IOP-)?överenskommelse\b[^.;]{0,120}?\bför\s+åren"
                          # "hade en överenskommelse om idéburet offentligt partnerskap med socialnämnden för åren 2021–2023"
                          r"|\b(?:en|ett|vår|vårt)\s+(?:IOP-)?(?:överenskommelse|avtal)\b[^.;]{0,120}?\bför\s+(?:kalender)?åren"
                          # "Överenskommelsen gällde 2020–2022", "Den första överenskommelsen omfattade åren 2019–2021"
                          r"|\b(?:överenskommelsen|avtalet|IOP:n|IOP-avtalet|partnerskapet)\s+(?:\w+\s+){0,2}?"
                          r"(?:gällde|omfattade|avsåg|löpte|har\s+gällt|har\s+omfattat)(?:\s+under)?(?:\s+(?:kalender)?åren)?)"
                          r"\s+(?P<first>(?:19|20)\d\d)\s*[–—-]\s*(?P<last>(?:19|20)\d\d)\b",
                          re.IGNORECASE)


# Periods given by months alone: "från september 2021 till och med augusti 2023", "jan 2022–dec 2023", "sept -21 – aug
# -24" (a year by its last two digits, as notes and slides write it) (from the first day of the first month to the
# last of the last); and by years: "tecknades för tre år, från och med 2020".
_MONTH_SPAN = re.compile(rf"(?<![\w])(?=[adfjmnos])(?:(?:från\s+(?:och\s+med\s+)?|{_FROM}\s*)(?:den\s+)?)?(?=[adfjmnos])"
                         rf"(?P<first>{_MONTH})\.?\s+(?P<first_year>{_YEAR}|[-'’]\d\d)\s*"
                         rf"(?:{_DASH}|--|till\s+och\s+med|{_TOM}|till)\s*(?:den\s+)?"
                         rf"(?P<last>{_MONTH})\.?\s+(?P<year>{_YEAR}|[-'’]\d\d)(?!\d)", re.IGNORECASE)
# A period in compact digits, as a form's field may give it: "Period: 210901–230831", "20190101–20211231".
_COMPACT_SPAN = re.compile(r"(?<![\d-])(?P<first>\d{6}|(?:19|20)\d{6})\s*(?:[–—−-]|--)\s*(?P<last>\d{6}|(?:19|20)\d{6})(?![\d-])")
_YEARS_FROM = re.compile(rf"\b(?=[tigl])(?:tecknades|ingicks|gällde|löpte|gäller|löper)\s+(?:för|under)\s+(?P<n>\d|två|tre|fyra|fem)\s+år,?\s+"
                         rf"(?:från\s+och\s+med|{_FROM}|från)\s+(?:år\s+|årsskiftet\s+)?(?P<year>{_YEAR})(?![\d/-])",
                         re.IGNORECASE)


# What the clause before such a period must name (the agreement itself, not a "samarbete" with someone), and what it
# must not be about: "I samarbete med kyrkan hölls caféet öppet från september 2022 till maj 2023", "Enligt
# överenskommelsen ska föreningen redovisa verksamheten för januari 2023 – juni 2023".
_AGREEMENT_NOUN = re.compile(r"överenskommels|avtal|\bIOP\b|partnerskap", re.IGNORECASE)
_NOT_THE_AGREEMENTS = re.compile(r"redovis|rapport|statistik", re.IGNORECASE)


def _month_periods(text: str, sentences_: _Sentences, annual: set[int]) -> list[Period]:
    """The periods the text gives by months or years alone (for a text that gives none by its days), where the
    agreement runs over them (not the yearly agreements' years)."""
    found = []
    for match in _MONTH_SPAN.finditer(text):
        if _runs_over(text, sentences_, match.start()) and (span := _months_of(match)) \
                and not annual & set(range(span[0].year, span[1].year + 1)):
            found.append(Period(*span, match.start(), match.end()))
    for match in _COMPACT_SPAN.finditer(text):
        first, last = _compact_date(match["first"]), _compact_date(match["last"])
        if first and last and first < last and _runs_over(text, sentences_, match.start()):
            found.append(Period(first, last, match.start(), match.end()))
    for match in _YEARS_FROM.finditer(text):  # "tecknades för tre år, från och med 2020"
        count = (_length(match["n"], "år") or 0) // 12
        if count and _runs_over(text, sentences_, match.start()):
            year = int(match["year"])
            found.append(Period(date(year, 1, 1), date(year + count - 1, 12, 31), match.start(), match.end()))
    return found


# The agreement, then what says it ran over the period after it: "Överenskommelsen gällde från …", "• IOP jan 2022–…",
# "… har samverkat i ett idéburet offentligt partnerskap från september 2021 …", "Den gäller från …" after a sentence
# about it; not "Enligt överenskommelsen bedrevs verksamheten från januari 2023 …".
_RUNS_OVER = re.compile(r"(?:överenskommels\w*|\bavtal\w*|\bIOP(?::n)?|partnerskap\w*|\b[Dd]en|\b[Dd]et)"
                        r"(?:\s+\S+){0,6}?\s+(?:gäller|gällde|har\s+gällt|löper|löpte|pågår|pågick|omfattar|omfattade|avser|"
                        r"avsåg|tecknades|ingicks|har\s+pågått|pågått)\b(?:\s+\S+){0,3}?\s*$"
                        r"|(?:\bIOP|partnerskap\w*|överenskommelse\w*)\s*:?\s*$"
                        # "Vi har haft IOP med socialnämnden i Jönköping sept -21 – aug -23"
                        r"|\b(?:har\s+haft|hade|haft)\s+(?:en\s+|ett\s+)?(?:IOP|överenskommelse|avtal|partnerskap)\b[^.\n]{0,60}$"
                        # "beslutade … att ingå en överenskommelse om IOP med Föreningen X för perioden augusti 2016 – …"
                        # (never another agreement's: "ett avtal om lokalhyra … för perioden …")
                        r"|(?:överenskommelse|\bavtal)\w*\s+om\s+(?:IOP|idéburet\s+offentligt\s+partnerskap)\b[^.\n]{0,80}"
                        r"\bför\s+perioden\s+$"
                        r"|\b(?:IOP|idéburet\s+offentligt\s+partnerskap)\s+med\s+[^.\n]{0,60}\bför\s+perioden\s+$"
                        # a form's field: "Avtalsperiod<TAB>Läsåren 2021/22–2023/24 (augusti 2021–juni 2024)"
                        r"|\b(?:avtalsperiod\w*|avtalstid\w*|projektperiod\w*|projekttid\w*|period)\b[:\t ][^.\n]{0,40}$",
                        re.IGNORECASE)


def _runs_over(text: str, sentences_: _Sentences, at: int) -> bool:
    first, _ = sentences_.span(at)
    before = text[max(first, at - 120):at]
    if not (found := _RUNS_OVER.search(before)) or _NOT_THE_AGREEMENTS.search(before, found.start()):
        return False
    return not found.group().lower().startswith(("den", "det")) or (
        sentences_.index(at) > 0 and sentences_.says(ABOUT_AGREEMENT, sentences_.spans[sentences_.index(at) - 1][0]))


def _whole_years(text: str, periods: list[Period], extensions: list[Extension], annual: set[int]) -> list[Period]:
    """Agreements said to have run over whole years, where no dated period, extension or yearly agreement
    covers any of those years (then the whole years are a summary of them, not an agreement of their own)."""
    found = []
    covered = {year for period in periods for year in range(period.start.year, period.end.year + 1)} | annual
    covered |= {extension.until.year for extension in extensions if extension.until}
    for match in _WHOLE_YEARS.finditer(text):
        first, last = int(match["first"]), int(match["last"])
        if first <= last and not covered & set(range(first, last + 1)):
            found.append(Period(date(first, 1, 1), date(last, 12, 31), match.start(), match.end()))
    return found


# An agreement told over two sentences: "… har sedan den 1 januari 2021 samverkat i ett partnerskap." (or "… ingick den
# 1 januari 2023 en överenskommelse om …") "Överenskommelsen gällde till och med den 31 december 2023 (och förlängdes
# därefter till och med …)"; or as a length: "Överenskommelsen gällde under 24 månader från och med den 1 september 2021."
_SINCE = re.compile(r"\b(?:sedan|ingicks?|inleddes|började\s+gälla|trädde\s+i\s+kraft|gällde\s+(?:\w+\s+)?från(?:\s+och\s+med)?)\s+"
                    r"(?:den\s+)?(?=\d)"
                    # "Den 1 januari 2022 började överenskommelsen om … att gälla": the day before its verb
                    r"|(?:^|\s)(?:den\s+)?(?=\d[^.]{0,30}?\s(?:började|trädde)\s+(?:överenskommelsen|avtalet)\b)",
                    re.IGNORECASE)
# ("Den löpte sedan i tre år, till och med den 31 mars 2024", "Överenskommelsen löpte ut den 31 januari 2024", "Avtalet
# … gick ut sista juni 2023")
_LASTED_UNTIL = re.compile(rf"\b(?:(?:gällde|löpte|pågick|gäller|löper|pågår|löpt|gällt)\s+(?:[\w,]+\s+){{0,4}}?{_UNTIL_WORDS}"
                           rf"|(?:löpte|gick|löpt|gått)\s+ut)\s+(?:den\s+)?(?=\d|sista\s)",
                           re.IGNORECASE)
# A length after the start: "Överenskommelsen började gälla den 1 oktober 2020 och löpte i tre år."
_LASTED_YEARS = re.compile(r"\b(?:löpte|gällde|pågick)\s+(?:sedan\s+|därefter\s+)?(?:i|under)\s+(?P<n>\d|två|tre|fyra|fem)\s+år\b",
                           re.IGNORECASE)
_LAST_OF_MONTH = re.compile(rf"sista\s+(?:dagen\s+i\s+)?(?P<m>{_MONTH})\.?\s+(?P<y>{_YEAR})\b", re.IGNORECASE)
_MONTHS_FROM = re.compile(r"\b(?:under|i)\s+(?P<n>\d{1,3}|[a-zåäö]+)\s+månader\s+från\s+och\s+med\s+(?:den\s+)?(?=\d)",
                          re.IGNORECASE)


def split_agreement_in(text: str) -> dict[str, Any] | None:
    """One agreement the text gives over two sentences or as a length (see above), where no sentence gives its
    period whole; None when the text does not."""
    sentences_ = _Sentences(text)
    # the sentences about the agreement, and one that goes on about it ("Den löpte sedan i tre år, …")
    spans = [span for number, span in enumerate(sentences_.spans) if ABOUT_AGREEMENT.search(text, *span)
             or number and REFERS_BACK.match(text, span[0]) and ABOUT_AGREEMENT.search(text, *sentences_.spans[number - 1])]
    for index, (first, last) in enumerate(spans):
        sentence = text[first:last]
        if sentences_.proposed(last - 1):
            continue
        if (length := _MONTHS_FROM.search(sentence)) and (day := _date_at(sentence, length.end())):
            months = number_word(length["n"]) if not length["n"].isdigit() else int(length["n"])
            if months:
                return {"start": day, "end": add_months(day, months) - timedelta(days=1)}
        since = _SINCE.search(sentence)
        start = _date_at(sentence, since.end()) if since else None
        if not start:
            continue
        for position, (later_first, later_last) in enumerate(spans[index:index + 3], start=index):
            later = text[later_first:later_last]
            until = _LASTED_UNTIL.search(later)
            end = _date_at(later, until.end()) if until else None
            if until and end is None and (month := _LAST_OF_MONTH.match(later, until.end())):
                end = _month_end(int(month["y"]), MONTHS[month["m"].lower()])  # "gick ut sista juni 2023"
            if end is None and (length := _LASTED_YEARS.search(later)) \
                    and (_AGREEMENT_NOUN.search(later) or REFERS_BACK.match(later)):
                months = _length(length["n"], "år")
                end = add_months(start, months) - timedelta(days=1) if months else None
            if end and end > start:
                found: dict[str, Any] = {"start": start, "end": end}
                # the extension the same sentence tells, as the grammar reads any ("… och förlängdes därefter till
                # och med den 31 mars 2023")
                # or a later sentence tells ("I december 2016 förlängdes överenskommelsen till och med den 30 juni
                # 2017"), never one that proposes it
                # (a later sentence about this agreement: never a new one's, one not extended, or other money)
                for told in [later, *(told for a, b in spans[position + 1:] if not sentences_.proposed(b - 1)
                                      and re.search(r"\b(?:överenskommelsen|avtalet|partnerskapet)\b", told := text[a:b])
                                      and not re.search(r"\bny(?:a|tt)?\s+(?:överenskommelse|avtal)|\b(?:inte|ej|aldrig)\b|"
                                                        r"föreningsbidrag", told, re.IGNORECASE))]:
                    extended = [until for ext in extensions_in(told)  # "… med ett år": to the same day a year on
                                if (until := ext.until or (add_months(end + timedelta(days=1), ext.months)
                                                           - timedelta(days=1) if ext.months else None)) and until > end]
                    if extended:
                        found["extended_to"] = extended[0]
                        break
                return found
    return None


# An agreement ended before its time: "Föreningen sade upp överenskommelsen per den 30 juni 2023", "uppsagd per
# 2023-06-30".
_TERMINATED = re.compile(r"\b(?:sade|sades)\s+(?:(?!(?:inte|ej|aldrig)\b)\w+\s+)?upp\b|\buppsagd\b|\bhar\s+sagts\s+upp\b"
                         # "Överenskommelsen upphörde att gälla den 31 mars 2024" (a day before its end, as checked),
                         # "upphörde överenskommelsen att gälla …", "avslutades i förtid den …"
                         # (or in a decision's present: "… har sagt upp överenskommelsen … och att överenskommelsen
                         # upphör att gälla den 30 juni 2023")
                         r"|\bhar\s+sagt\s+upp\b"
                         r"|\b(?P<ended>upphör(?:de)?\s+(?:(?!(?:inte|ej|aldrig)\b)\w+\s+)?att\s+gälla|avslutades\s+i\s+förtid)\b",
                         re.IGNORECASE)
_ENDED, _NOTICE = 0, 1  # the day it stopped applying, the day notice was given


def ended_early(text: str, agreements: list[dict[str, Any]]) -> str | None:
    """The day the one dated agreement ended when it was terminated before its end, set as its end; the sentence
    that says so, or None."""
    dated = [agreement for agreement in agreements if "start" in agreement]
    if len(dated) != 1:
        return None
    found: list[tuple[int, date, str]] = []
    about = False  # whether the sentence before spoke of the agreement ("… i förtid. Den upphörde att gälla den …")
    for sentence in sentences(text):
        about, before = bool(ABOUT_AGREEMENT.search(sentence)), about
        if not (about or before and (REFERS_BACK.match(sentence) or re.search(r"\bupphörde\s+(?:den|det)\s+att\b", sentence))) \
                or re.search(r"\bupp\s+sig\b", sentence):
            continue  # "En av handledarna sade upp sig den 1 mars 2022" ends no agreement
        for said in _TERMINATED.finditer(sentence):
            if (day := DATE.search(sentence, said.end())) and (ended := parse_date(day.group())) \
                    and dated[0]["start"] < ended < dated[0]["end"] and "extended_to" not in dated[0]:
                # the day it ended before the day notice was given ("sade upp överenskommelsen den 28 juni 2023.
                # Efter tre månaders uppsägningstid upphörde den att gälla den 30 september 2023")
                found.append((_ENDED if said["ended"] else _NOTICE, ended, sentence.strip()))
    if not found:
        return None
    # the day it ended, on or after the day notice was given (a day before that is another's end)
    notice = min((day for kind, day, _ in found if kind == _NOTICE), default=None)
    ended = [(day, sentence) for kind, day, sentence in found if kind == _ENDED and (notice is None or day >= notice)]
    dated[0]["end"], sentence = ended[0] if ended else next((day, sentence) for kind, day, sentence in found if kind == _NOTICE)
    return sentence


def _date_at(text: str, offset: int) -> date | None:
    """The whole date (with its year) that begins at `offset`."""
    found = DATE.match(text, offset)
    return parse_date(found.group()) if found and found.group() and re.search(r"\d{4}", found.group()) else None


# Which of the agreements an extension is of, named just before its verb: "Den första överenskommelsen förlängdes …".
_ORDINAL_NAMED = re.compile(r"\b(?P<n>första|andra|tredje)\s+(?:IOP-)?(?:överenskommelsen|avtalet)\s+(?:\w+\s+){0,2}$",
                            re.IGNORECASE)
_ORDINALS = {"första": 1, "andra": 2, "tredje": 3}


def agreements_in(text: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The agreements of a report as the report file writes them, and notes on what was computed.

    Dated agreements oldest first ({"start", "end"} and "extended_to" after an extension that happened), then
    annual agreements given only as years ({"year"}). A period or extension that is only proposed is left out.
    """
    sentences_ = _Sentences(text)
    tokens = _tokens(text)
    periods, notes = _periods(text, tokens, sentences_)
    extensions = _extensions(text, tokens, sentences_)
    ranges: list[Period] = []
    annual = _annual(text, sentences_, ranges)
    periods += ranges
    periods += _annual_split(text, sentences_, periods)
    periods += _whole_years(text, periods, extensions, {year for year, _, _ in annual})
    if not periods and (periods := _month_periods(text, sentences_, {year for year, _, _ in annual})):
        notes.append("perioden gavs bara med månader eller år: från den första dagen till den sista; kontrollera")
    events: list[tuple[int, str, Any]] = [(period.begin, "period", period) for period in periods]
    events += [(extension.begin, "extension", extension) for extension in extensions]
    agreements: dict[tuple[date, date], dict[str, Any]] = {}
    last: dict[str, Any] | None = None
    about: dict[tuple[int, int], bool] = {}  # by the sentences an event stands in
    for offset, kind, value in sorted(events, key=lambda event: event[0]):
        phrase = _Phrase(text, value.begin, value.stop)
        if sentences_.proposed(offset if kind == "extension" else value.stop - 1):
            notes.append(f"inte med, bara föreslaget: {phrase!r}")
            continue
        if sentences_.hoped(value.begin):
            notes.append(f"inte med, bara önskat eller sökt: {phrase!r}")
            continue
        where = (sentences_.index(value.begin), sentences_.index(value.stop - 1))
        if where not in about:
            about[where] = _about_agreement(sentences_, *where)
        if not about[where] and kind == "extension" and last is not None and _of_the_agreement_before(text, value.begin) \
                and any(sentences_.says(ABOUT_AGREEMENT, sentences_.spans[index][0])
                        for index in range(max(0, where[0] - 3), where[0])):
            # an extension is of the agreement told just before, whatever its sentence names: "Sen fick vi förlängt
            # ett halvår", "I december 2021 beslutade nämnden om ytterligare en förlängning …"
            about[where] = True
        if not about[where]:
            notes.append(f"inte med, meningen handlar inte om en överenskommelse: {phrase!r}")
            continue
        if kind == "period":
            same = next((a for a in agreements.values() if a["start"] == value.start
                         and a.get("extended_to") == value.end), None)
            if same is not None:  # "Under den första överenskommelsen, fr.o.m. … t.o.m. …": it, extension included
                last = same
                continue
            if last is not None and (_EXTENSION_PERIOD.search(text[max(0, value.begin - 40):value.begin])
                                     or (told := _EXTENDED_BEFORE.search(text, sentences_.span(value.begin)[0], value.begin))
                                     and not _INSTEAD_OF.search(text, max(0, told.start() - 30), told.start())
                                     or _EXTENSION_ROW.match(text, value.stop)):
                if value.start == last.get("extended_to", last["end"]) + timedelta(days=1):
                    last["extended_to"] = value.end  # "för förlängningen den 1 mars–31 augusti 2023", "förlängdes från …"
                    notes.append(f"extended_to lästes ur {phrase!r}")
                    continue
                if value.start == last["end"] + timedelta(days=1) and value.end == last.get("extended_to"):
                    continue  # the extension's own period, read already
            last = agreements.setdefault((value.start, value.end), {"start": value.start, "end": value.end})
            continue
        if last is None:
            notes.append(f"förlängningen {phrase!r} följer ingen period och användes inte")
            continue
        if (named := _ORDINAL_NAMED.search(text, max(sentences_.span(value.begin)[0], value.begin - 60), value.begin)) \
                and (number := _ORDINALS[named["n"].lower()]) <= len(agreements):
            # "Den första överenskommelsen förlängdes … med tolv månader" after the second was told: the first's
            last = sorted(agreements.values(), key=lambda agreement: agreement["start"])[number - 1]
        base = last.get("extended_to", last["end"]) if value.again else last["end"]
        extended = value.until if value.until is not None else add_months(base, value.months)
        if extended is None or extended <= last["end"]:
            notes.append(f"förlängningen {phrase!r} slutar inte efter {last['end']} och användes inte")
            continue
        if "extended_to" in last:
            # extended again: "Förlängd 2:a gången t.o.m. 31 dec 2022", "Överenskommelsen förlängdes därefter till …"
            # (not "Hyresavtalet för lokalen förlängdes …")
            if extended > last["extended_to"] and (value.again or value.until is not None and (
                    _NAMES_IT.search(text, max(0, value.begin - 40), value.begin) or _NAMED_AFTER.match(text, value.begin))):
                last["extended_to"] = extended
                notes.append(f"förlängdes igen: extended_to lästes ur {phrase!r}")
            elif last["extended_to"] != extended:
                notes.append(f"förlängningen {phrase!r} stämmer inte med extended_to {last['extended_to']}: det första behölls")
            continue
        last["extended_to"] = extended
        if value.until is None:
            notes.append(f"extended_to räknades ut som slutet plus {value.months} månader ({phrase!r})")
        else:
            notes.append(f"extended_to lästes ur {phrase!r}")
    result = [agreements[key] for key in sorted(agreements)]
    # "för avtalsåret 1 mars 2022–28 februari 2023" inside the agreement of 1 mars 2022–29 februari 2024: a year of it
    inside = _inside_another(result)
    years = sorted({year for year, _, _ in annual})
    for summary, first in _summed_up(result, inside, years):
        # "från den 1 september 2020 till den 31 december 2023" beside "Den första … t.o.m. 31 december 2021.
        # Därefter … årliga överenskommelser för 2022 och 2023": the whole is the parts told together.
        result = [a for a in result if a is not summary]
        inside = [a for a in inside if a is not first]
        notes.append(f"inte med, {summary['start']}–{summary['end']} är den första överenskommelsen och de årliga "
                     f"efter den ({', '.join(map(str, years))}) sammantagna")
    notes += [f"inte med, en del av en längre överenskommelse: {a['start']}–{a['end']}" for a in inside]
    result = [a for a in result if not any(a is each for each in inside)]
    result += [{"year": year} for year in years]
    for phrase in dict.fromkeys(phrase for _, _, phrase in annual):
        notes.append(f"årliga överenskommelser lästes ur {phrase!r}")
    return result, list(dict.fromkeys(notes))


def _summed_up(agreements: list[dict[str, Any]], inside: list[dict[str, Any]],
               years: list[int]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The periods that are a first agreement (one inside, from the same day) and the annual agreements after it,
    told as one: the first ends on 31 December, the years follow it one by one and the last ends the period.
    Each with its first agreement."""
    if not years or years != list(range(years[0], years[-1] + 1)):
        return []
    found = []
    for whole in agreements:
        if "extended_to" in whole or whole["end"] != date(years[-1], 12, 31):
            continue
        first = next((a for a in inside if a["start"] == whole["start"] and "extended_to" not in a
                      and a["end"] == date(years[0] - 1, 12, 31)), None)
        if first is not None:
            found.append((whole, first))
    return found


def _inside_another(agreements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The agreements whose span (start to the end or extension) lies inside another's, larger one, or is the same
    span again ("2022-01-01–2024-06-30" after "gällde till 2023-12-31 och förlängdes till 2024-06-30": the extended
    one stays); in one pass over them in order of start, the longer first (a document may give thousands)."""
    def reach(agreement: dict[str, Any]) -> date:
        return agreement.get("extended_to", agreement["end"])

    inside: list[dict[str, Any]] = []
    before: date | None = None  # the furthest reach of those that start earlier
    ordered = sorted(agreements, key=lambda a: (a["start"], -reach(a).toordinal(), "extended_to" not in a))
    index = 0
    while index < len(ordered):
        start, longest = ordered[index]["start"], reach(ordered[index])
        end = index
        while end < len(ordered) and ordered[end]["start"] == start:
            end += 1
        for agreement in ordered[index + 1:end]:  # after the group's longest: shorter, or the same span again
            inside.append(agreement)
        if before is not None and before >= longest:
            inside.append(ordered[index])
        before = longest if before is None else max(before, longest)
        index = end
    return inside


class _Phrase:
    """A stretch of the text, whitespace normalised and quoted only when a note needs it."""

    def __init__(self, text: str, begin: int, stop: int) -> None:
        self.text, self.begin, self.stop = text, begin, stop

    def __repr__(self) -> str:
        return repr(_normalise(self.text[self.begin:self.stop]))


def _about_agreement(sentences_: _Sentences, first: int, last: int) -> bool:
    """Whether the sentences `first` to `last` speak of an agreement, or the first begins "Den …" after one that does."""
    if sentences_.says(ABOUT_AGREEMENT, sentences_.spans[first][0]) \
            or sentences_.says(ABOUT_AGREEMENT, sentences_.spans[last][0]):
        return True
    # (or after sentences that go on about it themselves: "• Förlängd 2:a gången t.o.m. 31 dec 2022" after the first)
    for before in range(first, max(first - 3, 0), -1):
        begin, end = sentences_.spans[before]
        if not (REFERS_BACK.match(sentences_.text, begin) or _EXTENDS_IT.search(sentences_.text, begin, end)):
            return False
        if sentences_.says(ABOUT_AGREEMENT, sentences_.spans[before - 1][0]):
            return True
    return False


# "I november 2022 kom parterna överens om att förlänga den med ett år": the agreement of the sentence before.
_EXTENDS_IT = re.compile(r"\bförläng(?:a|de|des|s|ts)\s+den\s+med\b", re.IGNORECASE)


# --- Money --------------------------------------------------------------------------------------------------------

@dataclass
class Amount:
    amount: int  # whole kronor
    kind: str  # per_year, period, total, repaid; "unknown" when the sentence does not say
    years: list[int]
    start: date | None
    end: date | None
    sentence: str


# Where one part of a sentence ends and the next begins: never between the years of a list, nor inside "från och med
# 2017" or "till och med 2019".
_CLAUSE = re.compile(rf"[;:]|,\s+(?!{_YEAR}\b)|\s+(?:medan|men|samt|eftersom|vilket|då|och(?!\s+med\s+{_YEAR}\b))\s+(?!{_YEAR}\b)")
# Money paid back, or left over to be: "återbetalats", "betalats tillbaka", "outnyttjade medel", "inte har förbrukats".
_REPAID = re.compile(r"återbetal|överskott|betal\w*\s+tillbaka|tillbakabetal|outnyttja\w*|oförbrukad\w*|"
                     r"(?:inte|ej)\s+(?:har\s+)?förbrukat?s", re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:totalt|totala|sammanlagt|sammanlagda|sammantaget|samlade|totalbelopp\w*|totalsumma\w*|"
                    r"total\w*\s+kostnad\w*)\b", re.IGNORECASE)
# A year of the agreement's own kind is a year too: "per avtalsår", "per verksamhetsår", "per läsår".
_ANY_YEAR = r"(?:kalender|avtals|verksamhets|läs|budget|bidrags|hel)?år"
_PER_YEAR_AFTER = re.compile(rf"\s*(?:per\s+{_ANY_YEAR}|om\s+året|i\s+året|årligen|i\s+årligt\s+bidrag|/\s*år"
                             r"|varje\s+år)\b", re.IGNORECASE)
_PER_YEAR_BEFORE = re.compile(rf"\b(?:årligen|årlig\w*\s+bidrag\w*|per\s+{_ANY_YEAR})\b", re.IGNORECASE)
# A grant paid once: "ett engångsbidrag på 45 000 kronor", "ett extra bidrag om 75 000 kronor".
_PER_TERM_AFTER = re.compile(r"\s*(?:per|i|varje)\s+(?:termin|månad|kvartal|halvår)(?:en)?\b", re.IGNORECASE)
_ONE_OFF = re.compile(r"\bengångs\w*|\b(?:extra|tillfällig[at]?)\s+(?:bidrag|medel|anslag|stöd)\b|\btilläggsbidrag\w*"
                      r"|\b(?:start|uppstarts|etablerings)bidrag\w*"
                      r"|\bdärutöver\s+(?:\w+\s+)?bevilja\w*|\bbevilja\w*\s+(?:\w+\s+)?därutöver",
                      re.IGNORECASE)  # "ett engångsbidrag", "ett extra bidrag", "ett tillfälligt stöd under pandemin"
# "… för vart och ett av avtalsåren …", "för vardera av perioderna …": the amount of each period named after it.
_EACH_OF = re.compile(r"\s*(?:för|under)\s+(?:vart?\s+och\s+(?:ett|en)|vardera)\s+av\b", re.IGNORECASE)
# … and what they are, a comma after it where the periods follow: "för vart och ett av de två avtalsåren, <period> och
# <period>" (the comma parts no clause there).
_EACH_OF_WHAT = re.compile(r"^\s*(?:för|under)\s+(?:vart?\s+och\s+(?:ett|en)|vardera)\s+av\s+(?:de\s+[a-zåäö]+\s+)?"
                           r"[a-zåäö]+,?", re.IGNORECASE)
_PERIOD_AFTER = re.compile(r"\s*(?:för|under)\s+(?:hela\s+)?(?:avtals|partnerskaps|förlängnings)?perioden\b"
                           r"|\s*för\s+förlängningen\b", re.IGNORECASE)
# "för hela avtalstiden", "under hela partnerskapet": what the whole partnership came to, a total.
_WHOLE_TIME = re.compile(r"\s*(?:för|under)\s+hela\s+(?:avtalstiden|partnerskapet|partnerskapstiden|"
                         r"överenskommelsens\s+tid)\b", re.IGNORECASE)
_WHOLE_PERIOD = re.compile(r"\b(?:för|under)\s+hela\s+(?:avtals|partnerskaps)?perioden\b", re.IGNORECASE)
# A period named with its dates after the amount, a word or two between: "… ut för perioden 1 januari–30 juni 2024".
_DATED_PERIOD_AFTER = re.compile(r"(?:\s+\w+){0,2}?\s+för\s+perioden\s+[^.;]{8,60}", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(r"\b(?:för|under)\s+(?:hela\s+)?(?:avtals|partnerskaps|förlängnings)?perioden\b"
                            r"|\bförlängning(?:en|sperioden)\b", re.IGNORECASE)
# "För 2023 uppgick bidraget till …": the year before the amount, in its clause.
_PART_OF = re.compile(r"\b(?:i\s+(?:bidraget|beloppet|ersättningen|summan)\s+ingår|ingår\s+i\s+(?:bidraget|beloppet|"
                      r"ersättningen))\b|^\s*Av\s+(?:bidraget|beloppet|ersättningen|dessa|dem|detta)\b", re.IGNORECASE)
# ("Av ersättningen för 2021 betalades 100 000 kronor ut som startbidrag": a part, paid early, of a yearly amount)
_HALF_YEAR = re.compile(rf"\b(?:för|under)\s+(?P<which>första|andra)\s+halvåret\s+(?P<year>{_YEAR})\b", re.IGNORECASE)
_QUARTER = re.compile(rf"\b(?:för|under)\s+(?P<which>första|andra|tredje|fjärde|sista)\s+kvartalet\s+(?:år\s+)?"
                      rf"(?P<year>{_YEAR})\b", re.IGNORECASE)
_QUARTERS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "sista": 4}
# A year that spans two calendar years: "för läsåret 2021/2022", "under verksamhetsåret 2022/23".
_SPLIT_YEAR_BEFORE = re.compile(rf"\b(?:för|under)\s+(?:förlängningen\s+|förlängningsåret\s+)?"
                                rf"(?:läs|verksamhets|avtals|bidrags)året\s+(?P<year>{_YEAR})\s*/\s*"
                                rf"(?:\d{{2}}|{_YEAR})(?!\d)(?!.*\b(?:läs|verksamhets|avtals|bidrags)året\b)",
                                re.IGNORECASE)
# … or opening its clause, the verb or "till" right after it: "Läsåret 2016/17 uppgick ersättningen till 420 000 kronor
# och läsåret 2017/18 till 450 000 kronor" (not "420 000 kronor läsåret 2016/17 respektive 450 000 kronor …").
_SPLIT_YEAR_OPENS = re.compile(rf"^\s*(?:och\s+)?(?:läs|verksamhets|avtals|bidrags)året\s+(?P<year>{_YEAR})\s*/\s*"
                               rf"(?:\d{{2}}|{_YEAR})\s+(?:uppgick|var|blev|fick|erhöll|betalades|beviljades|utbetalades|"
                               rf"till)\b(?!.*\b(?:läs|verksamhets|avtals|bidrags)året\b)", re.IGNORECASE)
# … or after it, in its own clause: "420 tkr för läsåret 2021/22, 420 tkr för läsåret 2022/23 och …".
_SPLIT_YEAR_AFTER = re.compile(rf"^\s*(?:för|under)\s+(?:(?:läs|verksamhets|avtals|bidrags)året\s+)(?P<year>{_YEAR})\s*/\s*"
                               rf"(?:\d{{2}}|{_YEAR})(?!\d)(?!\s*\()", re.IGNORECASE)  # (its dates in parentheses: those)
_SPLIT_YEAR_AGAIN = re.compile(rf"\bför\s+(?P<year>{_YEAR})\s*/\s*(?:\d{{2}}|{_YEAR})(?!\d)\s*$", re.IGNORECASE)
_SPLIT_YEAR_NAMED = re.compile(rf"\b(?:läs|verksamhets|avtals|bidrags)året\s+{_YEAR}\s*/", re.IGNORECASE)
# … or as the label of a point or a line: "• läsåret 2019/20: 410 000 kr", "Läsåret 2023/24: 300 000 kr (uppräknat …)".
_SPLIT_YEAR_LABEL = re.compile(rf"(?:läs|verksamhets|avtals|bidrags)året\s+(?P<year>{_YEAR})\s*/\s*(?:\d{{2}}|{_YEAR})",
                               re.IGNORECASE)
_ONE_YEAR_BEFORE = re.compile(rf"^\s*(?:för|under)\s+(?:år\s+|(?:förlängnings|verksamhets|kalender|avtals)?året\s+)?"
                              rf"(?P<year>{_YEAR})\b(?!\s*{_DASH}\s*\d)", re.IGNORECASE)  # "För förlängningsåret 2023 …"
# "april–december 2024": a span of months in one year.
_MONTH_RANGE = re.compile(rf"(?<![\w])(?P<first>{_MONTH})\s*{_DASH}\s*(?P<last>{_MONTH})\s+(?P<year>{_YEAR})\b",
                          re.IGNORECASE)
# The years a yearly amount was paid for, listed after it in its clause: "per helår, det vill säga för 2022 och 2023".
_YEARS_LISTED_AFTER = re.compile(rf"[^.;]{{0,40}}?\b(?:för|under)\s+(?:åren\s+)?{_YEAR}(?:\s*,\s*{_YEAR})*\s+och\s+{_YEAR}\b",
                                 re.IGNORECASE)
# "2021 (mars–december)": the months of one year, after it.
_YEAR_MONTHS = re.compile(rf"(?<!\d)(?P<year>{_YEAR})\s*\(\s*(?P<first>{_MONTH})\s*{_DASH}\s*(?P<last>{_MONTH})\s*\)",
                          re.IGNORECASE)
# "för perioden mars–december", its year given elsewhere in the sentence ("Ersättningen för 2021 …").
_MONTHS_ONLY = re.compile(rf"(?<![\w])(?P<first>{_MONTH})\s*{_DASH}\s*(?P<last>{_MONTH})(?!\s+{_YEAR})\b", re.IGNORECASE)
_FOR_YEAR = re.compile(rf"\b(?:för|under)\s+(?:år\s+)?(?P<year>{_YEAR})\b(?!\s*{_DASH}\s*\d)", re.IGNORECASE)


# "för januari–februari 2024", "för avtalsåret juli 2021–juni 2022"
_FOR_BEFORE = re.compile(r"\b(?:för|under)\s+(?:(?:perioden|avtalsåret|verksamhetsåret|bidragsåret)\s+)?$",
                         re.IGNORECASE)
# "juli 2021–juni 2022": months of two years, each with its year.
_MONTHS_ACROSS = re.compile(rf"(?<![\w])(?P<first>{_MONTH})\s+(?P<first_year>{_YEAR})\s*{_DASH}\s*(?P<last>{_MONTH})\s+"
                            rf"(?P<year>{_YEAR})\b", re.IGNORECASE)


def _compact_date(digits: str) -> date | None:
    """"210901" or "20210901" as the day it is; None for digits that are no day."""
    try:
        return date(int(digits[:-4]) + (2000 if len(digits) == 6 else 0), int(digits[-4:-2]), int(digits[-2:]))
    except ValueError:
        return None


def _full_year(year: str) -> int:
    """"2021", or "-21" and "'21" as 2021."""
    return int(year) if len(year) == 4 else 2000 + int(year[-2:])


# A line's label that is the months of one year its amount was for, with at most the kind of year it was: "2019
# (juli–december)", "mars–december 2018", "Förlängningen april–december 2024". (Not months across two years, "2021/22
# (aug 2021–jul 2022)": on the held-out half that gave 4 wrong values for 2 right.)
_BESIDE_SPAN = re.compile(r"[\s():]*(?:(?:(?:förlängnings|avtals|verksamhets|bidrags)?året|förlängningen|perioden)\s*)?[\s():]*",
                          re.IGNORECASE)
# "2024 (1 januari–30 juni)": days of one year, after it.
_YEAR_DAYS = re.compile(rf"(?P<year>{_YEAR})\s*\(\s*(?P<first_day>\d{{1,2}})\s+(?P<first>{_MONTH})\s*{_DASH}\s*"
                        rf"(?P<last_day>\d{{1,2}})\s+(?P<last>{_MONTH})\s*\)", re.IGNORECASE)
# "… 600 tkr för april–december 2021 och 800 tkr per år …": the months after it, in its own clause.
_MONTHS_FOR_AFTER = re.compile(rf"\s*för\s+(?:perioden\s+)?(?P<first>{_MONTH})(?:\s+(?P<first_year>{_YEAR}))?\s*{_DASH}\s*"
                               rf"(?P<last>{_MONTH})\s+(?P<year>{_YEAR})\b", re.IGNORECASE)


# A lead over amounts not paid to the partnership: applied for, budgeted or spent ("Föreningen ansöker om följande
# belopp:", "Budget 2025:", "Kostnader:").
_NOT_PAID = re.compile(r"kostnad|utgift|ansök|\bsökt|\bsöker|budget", re.IGNORECASE)


def _label_span(label: str) -> tuple[date, date] | None:
    """The first and last day a line's label names as its amount's time, where that is all it names."""
    if days := _YEAR_DAYS.fullmatch(label.strip()):
        try:
            first = date(int(days["year"]), MONTHS[days["first"].lower()], int(days["first_day"]))
            last = date(int(days["year"]), MONTHS[days["last"].lower()], int(days["last_day"]))
        except ValueError:
            return None
        return (first, last) if first < last else None
    for pattern in (_YEAR_MONTHS, _MONTH_RANGE):
        found = pattern.search(label)
        if found and _BESIDE_SPAN.fullmatch(label[:found.start()]) and _BESIDE_SPAN.fullmatch(label[found.end():]):
            return _months_of(found)
    return None


def _months_of(found: re.Match[str] | None, year: int | None = None) -> tuple[date, date] | None:
    """The first and last day of a span of months in one year, in order ("mars–december"); None for one that turns
    the year ("november–februari")."""
    if not found:
        return None
    first, last = MONTHS[found["first"].lower()], MONTHS[found["last"].lower()]
    year = year or _full_year(found["year"])
    if found.groupdict().get("first_year"):  # "juli 2021–juni 2022"
        first_year = _full_year(found["first_year"])
        return (date(first_year, first, 1), _month_end(year, last)) if (first_year, first) < (year, last) else None
    return (date(year, first, 1), _month_end(year, last)) if first <= last else None


# The label alone before an amount on its line, a point's or a table row's: "Totalt: ", "• 2019 (maj–december): ".
_LABEL = re.compile(rf"\s*(?:{BULLET}\s+)?(?P<label>[^:\t\n]{{1,60}}?)\s*(?::|\t)\s*")
# A table row: a year, or an operating year with its dates, then the amount ("2021\t380 000 kr").
_ROW_YEAR = re.compile(rf"^\s*(?P<year>{_YEAR})\s*\t")
# "för 2019–2021", "under åren 2019–2021": an amount for a span of years, which is a period.
_YEARS_AFTER = re.compile(rf"\s*(?:för|under|avseende)\s+(?:åren\s+)?{_YEAR}\s*{_DASH}\s*{_YEAR}\b", re.IGNORECASE)
_ONE_YEAR_AFTER = re.compile(rf"\s*(?:för|under|avseende)\s+(?:år\s+|året\s+)?(?P<year>{_YEAR})(?!\s*{_DASH}\s*\d|\d)",
                             re.IGNORECASE)
# An in-kind contribution valued in money ("Föreningens ideella insats motsvarar 200 000 kronor") is no funding.
_IN_KIND = re.compile(r"\b(?:ideell\w*|egen|egna|eget)\s+(?:insats\w*|arbete\w*|tid)\b|\bvärdet\s+av\b|\bvärderad\w*",
                      re.IGNORECASE)
# What the organisation spent is no funding: "Föreningens kostnader för verksamheten uppgick till 896 650 kronor".
_COSTS = re.compile(r"\b(?:kostnader(?:na)?|utgifter(?:na)?|kostnaden(?!\s+för\s+(?:partnerskapet|överenskommelsen|IOP|"
                    r"nämnden|kommunen)))\b[^,.;]{0,60}?\b(?:uppgick|uppgått|uppgår|var|blev|landade)\b",
                    re.IGNORECASE)
_MONEY_HINT = re.compile(r"kr|sek|:-", re.IGNORECASE)  # a sentence without these has no amount
# Money from another funder, named after the amount, is none of the partnership's: "60 000 kronor från Länsstyrelsen",
# "15 000 kronor från Anhörigas Riksförbund", "från Allmänna arvsfonden". (A region may be the partner: not named.)
# (The funders by name, for the text here and for a table's rows in reading.py.)
OTHER_FUNDERS = (r"Länsstyrelsen\w*|(?:Allmänna\s+)?[Aa]rvsfonden|Postkod\w+|Skolverket|Socialstyrelsen|Folkhälsomyndigheten|"
                 r"Europeiska\s+socialfonden|ESF|Jämställdhetsmyndigheten|Brottsofferfonden|"
                 r"Kulturrådet|MUCF|RF-SISU|SISU|Svenska\s+kyrkan|(?:[\w-]+\s+){0,3}[\w-]*[Rr]iksförbund\w*|"
                 r"[\w-]*[Ss]tiftelse\w*")
_OTHER_FUNDER = re.compile(rf"^[^,.;]{{0,30}}?\bfrån\s+(?:(?:en|ett)\s+(?:privat|lokal|ideell|annan)\s+)?"
                           rf"(?:{OTHER_FUNDERS}|Myndigheten\s+för|\w+\s+församling|[\w-]*[Ff]örbund\w*|"
                           # a housing company: "från Bostadsbolaget", "från Örebrobostäder"
                           rf"[\w-]*[Bb]ostads(?:aktie)?bolag\w*|[\w-]*bostäder)\b")
# A region pays a municipality's partner as another funder does: "45 000 kronor från Region Skåne", "Region Kronoberg
# har bidragit med 25 000 kronor per år till …"; never where the letterhead is the region's own ("Region Gotland").
# (An other funder by name may be told before the amount in the same way.)
_REGION = r"Region\s+[A-ZÅÄÖ][\w-]*(?:\s+län)?"
_REGIONEN = r"(?:[A-ZÅÄÖ][\w-]*\s+)?[A-ZÅÄÖ][\w-]*regionen"  # "Västra Götalandsregionen har bidragit med …"
_FROM_REGION = re.compile(rf"^[^,.;]{{0,30}}?\bfrån\s+(?P<funder>{_REGION})")
_FUNDED_BY = re.compile(rf"(?<!\bmed )(?<!\bfrån )(?<!\bav )(?<!\binom )(?<!\bi )(?<!\befter )"
                        rf"\b(?P<funder>{OTHER_FUNDERS}|{_REGION}|(?P<compound>{_REGIONEN}))\s+(?:har\s+|hade\s+)?"
                        # a time between: "har under 2022 och 2023 bidragit", "har sedan 2021 bidragit"
                        r"(?:(?:under|sedan|i|år)\s+[\w/–-]+(?:\s+(?:och|–)\s+[\w/–-]+)?\s+)?"
                        r"(?:också\s+|även\s+|dessutom\s+)?"
                        r"(?:bidragit|bidrog|gett|gav|beviljat|beviljade|finansierat|finansierade|skänkt|skänkte)"
                        r"\s+(?:\w+\s+){0,3}?(?:med\s+)?$")


def _another_funder(before: str, after: str, home: str | None) -> bool:
    """Whether the amount between `before` and `after` is another funder's (`home`: the letterhead's municipality)."""
    if _OTHER_FUNDER.match(after):
        return True
    named = _FROM_REGION.match(after) or _FUNDED_BY.search(before)
    if named is not None and "compound" in named.groupdict() and named["compound"] and not home:
        return False  # "Västra Götalandsregionen" where the letterhead names no body: maybe the document's own
    return named is not None and " ".join(named["funder"].split()).casefold() != " ".join((home or "").split()).casefold()


# Where a lead over lines or points ends: its colon at the end of its line or before the first point.
_LEAD_END = re.compile(rf":[ \t]*(?=\n|{BULLET}[ \t])")


def _lead_before(text: str, at: int) -> str:
    """The lead over the labelled line or point an amount at `at` stands on ("Nämndens bidrag har varit:"), in the
    same paragraph; empty where there is none."""
    window = text[max(0, at - 600):at]
    ends = list(_LEAD_END.finditer(window))
    if not ends or "\n\n" in window[ends[-1].start():]:
        return ""
    colon = ends[-1].start()
    begins = max(window.rfind("\n", 0, colon), window.rfind(". ", 0, colon) + 1, 0)
    return window[begins:colon].strip()


def _lead_not_ours(lead: str, home: str | None) -> bool:
    """A lead that says its amounts are another funder's, the organisation's own money or work in kind, or not paid
    at all: applied for, budgeted or spent ("Föreningen ansöker om följande belopp:", "Kostnader:")."""
    return bool(_OWN_MONEY.search(lead) or _IN_KIND.search(lead) or _NOT_PAID.search(lead)) or any(
        _another_funder("", lead[found.start():], home) for found in re.finditer(r"\bfrån\b", lead))


# What the organisation earned or raised itself is no grant: "egna intäkter från medlemsavgifter (100 kr/år) och
# lotterier, ca 20' kr per år", "Resten har vi fått in själva på cafeterian (ca 60 000 kr/år)".
_OWN_MONEY = re.compile(r"\begna\s+(?:intäkter|medel)|medlemsavgift\w*|lotteri\w*|försäljning\w*|\bsålt\b|\bsälja\b|\buthyrning\w*|"
                        r"insamling\w*|samlat\s+in|\bfått\s+in\s+själva\b|sponsr\w*|sponsor\w*|kollekt\w*|"
                        r"\bgåvor\b|donation\w*", re.IGNORECASE)
# The organisation's own economy, not the committee's money: "verksamhetens totala kostnader", "Föreningens verksamhet
# omsatte 2022 totalt 1 640 000 kronor", "Föreningens totala intäkter 2023 var 3,6 mnkr", "lönekostnad ca 780' kr/år".
# ("Föreningens egna kostnader för ledare har legat kring 310 000 kr per år", "Jackorna kostade 8 750:-", "Summa
# kostnader<TAB>1 318 150 kr", "Föreningen har själv betalat bassängtid … cirka 185 000 kr per år")
_ECONOMY = re.compile(r"\b(?:totala|sammanlagda|egna)\s+(?:kostnader|intäkter|budget|omsättning)\w*|\bomsatte\b|\bomsättning\w*"
                      r"|\blönekostnad\w*|\bårets\s+kostnader\b|\bbudget\s+för\s+verksamheten\b|\bkosta(?:r|de|t)\b(?!\s+(?:\w+\s+){0,2}?(?:\w*nämnden|kommunen|kommun|stadsdels\w*|förvaltningen|regionen|staden|stad|oss)\b)"
                      r"|\bsumma\s+(?:kostnader|intäkter|utgifter)\b|\bsjälva?\s+betalat\b", re.IGNORECASE)
# Rent for the premises: "Föreningen hyr sina lokaler … för 14 500 kronor per månad", "Lokalhyran var 186 000 kronor".
_RENT = re.compile(r"\bhyr(?:a|an|de|t|er|es|s)?\b|\bhyres(?!bidrag)\w+|\blokalhyr\w*|\bhyreskostnad\w*", re.IGNORECASE)
# A lease the organisation pays: "Föreningens hyresavtal för lokalen, 21 000 kronor", "med ett markupplåtelseavtal med
# exploateringskontoret för 3 600 kronor per år", "arrendet för odlingslotterna, 2 400 kronor".
_LEASE = re.compile(r"\bhyresavtal\w*|\bhyreskostnad\w*|\w*upplåtelseavtal\w*|\barrende(?:t|n|na|avtal\w*|avgift\w*)?\b",
                    re.IGNORECASE)  # (the lease, never the verb: "Föreningen arrenderar marken … och får ett bidrag")
# The rent the sentence begins with, the amount in apposition: "Hyran till församlingen, 3 000 kronor i månaden, …",
# "Lokalhyran för hallarna, cirka 180 000 kronor per läsår, …".
_RENT_APPOSITION = re.compile(r"^\W*(?:[Dd]en\s+)?(?:[Ll]okal)?[Hh]yr(?:an|eskostnaden)\b[^,.;]{0,60},\s*"
                              r"(?:(?:cirka|ca|omkring|drygt)\s+)?$")
# … or the rent its clause before names, the amount after the comma: "Föreningen har själv bekostat hyran för lokalen i
# Tensta träff, 84 000 kronor per år", "Kommunen står därutöver för hyran av …, 85 000 kronor per år", "banhyran".
_RENT_CLAUSE_BEFORE = re.compile(r"\b\w*hyr(?:a|an|or|orna)\b[^,.;]{0,60},\s*(?:(?:cirka|ca|omkring|drygt)\s+)?$",
                                 re.IGNORECASE)
_RENT_AFTER = re.compile(r"^(?:\s+[\w/]+){0,3}?\s+i\s+(?:hyra|lokalhyra)\b", re.IGNORECASE)  # "11 800 kronor per månad i hyra"
# Money asked for, not granted: "ansökt om en ny överenskommelse … med en årlig ersättning om 1 100 000 kronor", "i sin
# ansökan … begärt 420 000 kronor", "Ansökt belopp per avtalsår: 700 000 kr" (not "ansökte om och beviljades …").
_ASKED = re.compile(r"\b(?:ansökt|ansöker|ansökte|ansökan|ansökningen|begärt|begär|begärde|söker|sökte|sökt)\b", re.IGNORECASE)
_GRANTED = re.compile(r"\b(?:bevilja\w*|fick|erhöll|erhållit|tilldelades|fått|utbetal\w*|betala(?:r|de|des|t|ts)|"
                      r"beslut\w*|godkän\w*|uppgår|uppgick)\b", re.IGNORECASE)
# What it would have cost otherwise: "en motsvarande verksamhet i egen regi skulle ha kostat cirka 3,2 miljoner kronor".
_WOULD_HAVE = re.compile(r"\bskulle\s+(?:ha\s+)?(?:kostat|kosta)\b", re.IGNORECASE)
# A grant outside the partnership, by the committee's ordinary rules: "lokalt aktivitetsstöd … enligt nämndens ordinarie
# bidragsregler", "(allmänt föreningsbidrag, 18 000 kronor per år)", "… har belastat nämndens lokalbudget och ingår inte
# i överenskommelsen".
_OUTSIDE = re.compile(r"\bordinarie\s+(?:bidrag\w*|förenings\w*)|\ballmänt\s+föreningsbidrag\w*|\baktivitetsstöd\w*"
                      r"|\butanför\s+(?:överenskommelsen|avtalet|partnerskapet)"
                      r"|\bingår\s+inte\s+i\s+(?:överenskommelsen|avtalet|partnerskapet|IOP)", re.IGNORECASE)
_OUTSIDE_AFTER = re.compile(r"\butanför\s+(?:överenskommelsen|avtalet|partnerskapet|det)|\bingår\s+inte\s+i", re.IGNORECASE)
# What says an amount is the partnership's after all: "… får föreningen 250 000 kronor per år inom överenskommelsen",
# "… betalas utanför det ordinarie bidragssystemet, genom överenskommelsen", "Utöver hyresavtalet har nämnden …",
# "… kommer 600 000 kronor per år från stadsdelsnämnden".
_WITHIN = re.compile(r"\b(?:inom|genom|enligt)\s+(?:överenskommelsen|partnerskapet|avtalet|IOP)\b", re.IGNORECASE)
_REPLACES = re.compile(r"\bersätter\b|\bi\s+stället\s+för\b", re.IGNORECASE)  # "… ersätter det tidigare aktivitetsstödet"
_BESIDES = re.compile(r"\b(?:utöver|förutom)\b", re.IGNORECASE)  # the thing named after it is not this amount
_FROM_COMMITTEE_AFTER = re.compile(r"^(?:\s+per\s+år)?\s+från\s+(?:\w+\s+)?(?:\w*nämnden|kommunen|staden)\b", re.IGNORECASE)
# Another funder named before the amount in its clause or its brackets: "bidrag från Region Uppsala (300 000 kronor per
# år)", "med stöd från Allmänna arvsfonden om totalt 2,8 miljoner kronor", "Region Jämtland Härjedalen har under samma
# period bidragit med 550 000 kronor", "Svenska kyrkan i Skara pastorat har under samma period upplåtit
# församlingshemmen utan kostnad och bidragit med 45 000 kronor per år" (its words never a clause of their own with
# "har", "… och Karlstads kommun har bidragit med"; a committee among its words pays: below).
_FROM_FUNDER_BEFORE = re.compile(rf"\b(?:från|(?<!drivs\s)(?<!driven\s)av)\s+(?P<funder>(?:{OTHER_FUNDERS}|{_REGION}|Europeiska\s+socialfonden|ESF)"
                                 rf"(?:\s+[A-ZÅÄÖ][\w-]*){{0,3}}|kommunerna\b[^.,;()]{{0,40}}?)\b(?:[^.;()]{{0,40}}\([^()]*"
                                 rf"|\s+(?:\([^()]*\)\s+)?(?:om|på|med)\s+(?:totalt\s+|sammanlagt\s+|cirka\s+|ca\s+)?)$")
_FUNDER_BIDRAGIT = re.compile(rf"\b(?P<funder>{OTHER_FUNDERS}|{_REGION}(?:\s+[A-ZÅÄÖ][\w-]*)?|Europeiska\s+socialfonden"
                              rf"|[Kk]ommunerna(?:\s+i\s+[\w-]+)?)(?:\s+i\s+[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+)?)?\s+"
                              r"(?:har\s+|hade\s+)?(?:(?!har\b|hade\b)\w+\s+){0,10}?(?:bidragit|bidrog|beviljat|beviljade|finansierat|finansierade)"
                              r"\s+(?:\w+\s+){0,3}?(?:med\s+)?$")
# An amount a month where the sentence gives it a year as well: "95 000 kronor per månad, motsvarande 1 140 000 kronor per år".
_PER_MONTH_AFTER = re.compile(r"^\s*(?:per|i|/)\s*mån(?:ad|aden)?\b", re.IGNORECASE)
# Other funders listed under a label of their own: "Övriga finansiärer under perioden: … Riksorganisationen kr 12 000/år".
_OTHERS_LABEL = re.compile(r"\b(?:övriga|andra)\s+(?:finansiärer|bidragsgivare|bidrag|intäkter)\b[^:.\n\t]{0,40}[:\t]", re.IGNORECASE)
_OTHERS = re.compile(r"^\s*(?:övriga|andra)\s+(?:finansiärer|bidragsgivare|bidrag|intäkter)\b", re.IGNORECASE)
# A surplus the organisation keeps is no money paid back: "ett litet överskott på 6 587 kr som stannar i föreningen".
_KEPT = re.compile(r"\bstannar\s+i\s+föreningen|\bfår\s+(?:\w+\s+){0,2}(?:behålla|använda)\b|\bbalanseras\s+i\s+ny\s+räkning", re.IGNORECASE)


_NOWHERE = 1 << 30  # where a pattern that does not occur begins
# The committee paying, in the amount's clause: what it pays is its money, whatever it pays for ("Inom överenskommelsen
# ersätter nämnden föreningens lokalhyra med 180 000 kronor per år", "För att täcka lönekostnaderna … betalar nämnden").
_PAYS = r"(?:betala(?:r|de|t|s)?|bidr(?:ar|agit|og|a)|bevilja(?:r|de|t|s)?|finansiera(?:r|de|t|s)?|ersätt(?:er|s)|ersatte)"
_COMMITTEE_PAYS = re.compile(rf"\b(?:\w*nämnden|kommunen|staden)\b[^.;]{{0,40}}?\b{_PAYS}\b|\b{_PAYS}\s+"
                             r"(?:\w+\s+){0,2}?(?:\w*nämnden|kommunen|staden)\b"
                             r"|\b\w*nämndens\s+(?:bidrag|ersättning)\b", re.IGNORECASE)  # ("av stadsdelsnämndens bidrag om …")
_MONTH_AS_YEAR = re.compile(r"[^.;]{0,40}?\b(?:motsvarande|det\s+vill\s+säga|dvs\.?|alltså|eller)\b[^.;]{0,40}?\bper\s+år\b",
                            re.IGNORECASE)
_PAID_BACK = re.compile(r"återbetalat?s\b|betala(?:t|des|ts)\s+tillbaka", re.IGNORECASE)


@dataclass
class _NotOurs:
    """What a sentence says once, for each of its amounts (`_not_the_partnerships`): where the words that make an
    amount after them no partnership money begin, and whether the sentence as a whole says so."""
    others: int  # "Övriga finansiärer:", a label of other funders' money
    kept: bool  # "som stannar i föreningen", "får vi behålla det": a surplus kept

    @classmethod
    def of(cls, sentence: str) -> "_NotOurs":
        def first(pattern: re.Pattern[str]) -> int:
            return found.start() if (found := pattern.search(sentence)) else _NOWHERE

        return cls(others=first(_OTHERS_LABEL), kept=bool(_KEPT.search(sentence) and not _PAID_BACK.search(sentence)))


def _not_the_partnerships(said: _NotOurs, at: int, before: str, since: str, after: str, rest: str,
                          home: str | None) -> bool:
    """Whether the amount at `at` in the sentence is money other than the committee's for the partnership: the
    organisation's own economy, rent, money asked for, what it would have cost, a grant outside the partnership,
    another funder's, an amount a month beside its year's, a surplus kept. (`said`: what the sentence says, found
    once for all its amounts.)"""
    within = bool(_WITHIN.search(since) or _WITHIN.search(rest) or _FROM_COMMITTEE_AFTER.match(rest))
    pays = bool(_COMMITTEE_PAYS.search(before))  # "men nämnden betalar 400 000 kronor per år"
    if said.others < at or _OTHERS.search(before) or _WOULD_HAVE.search(before) \
            or not (within or pays) and not _BESIDES.search(since) and (
                _OUTSIDE.search(since[-80:]) or _OUTSIDE_AFTER.search(after)
                or _OUTSIDE.search(after) and not _REPLACES.search(after)) \
            or (_ASKED.search(before) and not _GRANTED.search(before)):
        return True  # (what makes it no partnership money, in its own clause; a label of other funders before it)
    if said.kept and (_REPAID.search(before) or _REPAID.search(after)):
        return True  # a surplus kept
    if (month := _PER_MONTH_AFTER.match(rest)) and _MONTH_AS_YEAR.match(rest, month.end()):
        return True  # "95 000 kronor per månad, motsvarande 1 140 000 kronor per år": the year's is the same money
    if pays or within:
        return False
    funder = _FROM_FUNDER_BEFORE.search(since[-120:]) or _FUNDER_BIDRAGIT.search(since[-160:])
    if funder is not None and re.search(r"\b\w*nämnd(?:en)?\b|\bkommun(?:en)?\b|\bstaden\b|\w*förvaltningen\b", funder.group(),
                                        re.IGNORECASE):
        funder = None  # "Till Stiftelsen Mitt Liv har nämnden beviljat …": the committee pays
    rent_before = _RENT_CLAUSE_BEFORE.search(since)
    return bool(_ECONOMY.search(since) or _RENT_AFTER.match(after) or _RENT_APPOSITION.match(since)
                or rent_before and not _COMMITTEE_PAYS.search(since[max(0, since.rfind(",", 0, rent_before.start()) + 1):])
                or (_RENT.search(before) or _LEASE.search(since[-80:])) and not _BESIDES.search(since)
                or funder is not None and " ".join(funder["funder"].split()).casefold() != " ".join((home or "").split()).casefold())


# By how much a grant changed is no grant: "För 2023 minskades bidraget med 50 000 kronor", "höjdes med 20 000 kronor
# till 320 000 kronor" (the grant it came to is).
_CHANGED_BY = re.compile(r"\b(?:minska(?:de|des|ts|t)|sänkt(?:e|es|s)|reducera(?:de|des|ts)|höj(?:de|des|ts|t)|"
                         r"öka(?:de|des|ts)|räkna(?:des|ts)\s+upp|(?:drogs|dragits)\s+ned)\b[^,.;]{0,40}?\bmed\s+$",
                         re.IGNORECASE)
# What an account's year came to is no grant: "ett underskott på 12 450 kronor", "årets resultat blev 8 200 kronor".
_RESULT = re.compile(r"\b(?:underskott|överskott|årets\s+resultat)\w*\b[^,.;]{0,25}$", re.IGNORECASE)


# A year right after an amount, after a yearly amount in the same sentence: that year's.
_FOR_EXTENSION = re.compile(r"\bför\s+förlängning(?:en|sperioden)\b", re.IGNORECASE)
_RAISED = re.compile(r"\b(?:räknades|räknats|räknas)\s+(?:\w+\s+)?upp\b|\buppräkna(?:des|ts|t)\b|\bhöjdes\b|\bhöjts\b",
                     re.IGNORECASE)
_BARE_YEAR_AFTER = re.compile(rf"\s*(?P<year>{_YEAR})\b(?!\s*(?:{_DASH}|/)\s*\d)")


def each_with_its_year(sentence: str, matches: list[re.Match[str]] | None = None) -> bool:
    """Whether two amounts or more of the sentence, and all of them, have a year right after them."""
    if matches is None:
        matches = [m for m in AMOUNT.finditer(sentence) if amounts_in(m.group())]
    return len(matches) >= 2 and all(_BARE_YEAR_AFTER.match(sentence, match.end()) for match in matches)


def funding_in(text: str, home: str | None = None, agreements: list[dict[str, Any]] | None = None) -> list[Amount]:
    """Every amount in kronor the text gives, once, with what it is and the sentence it stands in (`home`: the
    municipality or region whose document it is, which is no other funder; `agreements`: the report's, as the
    import read them however they were told, else those the text gives in its own sentences)."""
    found: list[Amount] = []
    seen: dict[tuple[int, str, tuple[int, ...], date | None, date | None], int] = {}  # -> its place in found
    dated: list[dict[str, Any]] | None = None if agreements is None else [
        agreement for agreement in agreements if "start" in agreement]

    def dated_agreements() -> list[dict[str, Any]]:  # read once, and only when an amount needs them
        nonlocal dated
        if dated is None:
            dated = [agreement for agreement in agreements_in(text)[0] if "start" in agreement]
        return dated

    sentences_ = _Sentences(text)
    for start, end in sentences_.containing(_MONEY_HINT):
        sentence = text[start:end]
        # One string shared by every amount of the sentence; a table's row keeps its tabs, as it stands.
        quote = "\t".join(_normalise(cell) for cell in sentence.split("\t"))
        sentence_years: list[int] | None = None
        named: list[Period] | None = None
        total_years: list[int] = []
        first_found = len(found)
        matches = [m for m in AMOUNT.finditer(sentence) if amounts_in(m.group())]
        said = _NotOurs.of(sentence) if matches else None
        # (a list's amounts are each quoted as their point, as a reader points to them; read with its lead)
        points = [(a - start, b - start) for a, b, _ in _pieces(text, [(start, end)], sentences_)] if matches else []
        for index, match in enumerate(matches):
            value = amounts_in(match.group())[0]
            if value <= 0:
                continue
            before = sentence[matches[index - 1].end() if index else 0:match.start()][-_WINDOW:]
            before = before[max((m.end() for m in _CLAUSE.finditer(before)), default=0):]
            after = sentence[match.end():matches[index + 1].start() if index + 1 < len(matches) else len(sentence)]
            after = whole_after = after[:_WINDOW]
            cut = _CLAUSE.search(after)
            after = after[:cut.start()] if cut else after
            since = sentence[matches[index - 1].end() if index else 0:match.start()][-_WINDOW:]  # (no clause cut)
            # what the line's one amount is labelled with, alone before it on its line or point: "Totalt: 985 000 kronor",
            # "2019 (maj–december): 60 000 kronor", "2019 (juli–december)<TAB>425 tkr"
            label = labelled["label"] if index == 0 and len(matches) == 1 and (labelled := _LABEL.fullmatch(since)) else ""
            if not label and (point := _point_of(points, match.start(), matches)):
                # (or on its own point of a list that runs on in its paragraph: "… föreningen: – läsåret 2020/21:
                # 275 000 kr – läsåret 2021/22: 275 000 kr")
                label = labelled["label"] if (labelled := _LABEL.fullmatch(sentence[point[0]:match.start()])) else ""
            # (a labelled amount says what it is in the lead over its lines or points: "Föreningen fick även bidrag från
            # Allmänna arvsfonden:" over "Läsåret 2021/22: 500 000 kr", "Föreningen har återbetalat:" over "2023: …")
            lead = _lead_before(text, start + match.start()) if label else ""
            if lead and _lead_not_ours(lead, home):
                continue
            if _IN_KIND.search(before) or _IN_KIND.search(after) or _COSTS.search(before) or _CHANGED_BY.search(before) \
                    or _OWN_MONEY.search(since) \
                    or _another_funder(before, after, home) or (_RESULT.search(before) and not _REPAID.search(sentence)) \
                    or _not_the_partnerships(said, match.start(), before, since, after,
                                             sentence[match.end():match.end() + _WINDOW], home):
                continue
            years = _years_in(_without_dates(after)) or _years_in(_without_dates(before))  # the clause's own years
            period_start = period_end = None
            each_period: list[Period] = []  # "för vart och ett av avtalsåren <period> och <period>": the same for each
            one_year = _ONE_YEAR_AFTER.match(after)
            row = "\t" in sentence and index == 0 and len(matches) == 1
            if sentences_.proposed(start + match.start()):
                continue  # "Förlängningen föreslås finansieras med …": not paid, only proposed
            if _PART_OF.search(sentence, 0, match.start()):
                continue  # "I bidraget ingår lokalhyran, 216 000 kronor per år": a part of an amount given elsewhere
            if _REPAID.search(before) or _REPAID.search(after) or _REPAID.search(lead):
                kind = "repaid"  # the years of the grant it was paid back from, not of the reason given
                years = _repaid_years(sentence)
            elif _ONE_OFF.search(before) or _ONE_OFF.search(after):
                kind = "one_off"
                if sentence_years is None:
                    sentence_years = _years_in(_without_dates(sentence))
                years = years or (sentence_years if len(set(sentence_years)) == 1 else [])
                years = sorted(set(years))
            elif _TOTAL.search(before) or re.match(r"\s*(?:totalt|sammanlagt)\b", after, re.IGNORECASE) \
                    or re.fullmatch(r"(?:totalt|summa|sammanlagt)", label, re.IGNORECASE) \
                    or (row and re.match(r"\s*summa\b", sentence, re.IGNORECASE)) \
                    or _WHOLE_TIME.match(after):  # "Summa<TAB><TAB>1 368 000 kr", "300 tkr för hela avtalstiden"
                kind = "total"  # over the whole period: the years it names are those of a yearly amount beside it
                total_years, years = years, []
            elif _PER_YEAR_AFTER.match(after) or _PER_YEAR_BEFORE.search(before):
                kind = "per_year"
            elif _PER_TERM_AFTER.match(after):
                kind, years = "period", []  # "60 000 kronor per termin": for each period, which the text may list
            elif span := _label_span(label):
                kind, years, (period_start, period_end) = "period", [], span  # "2019 (juli–december)": those months
            elif span := _months_of(_MONTHS_FOR_AFTER.match(after)):
                kind, years, (period_start, period_end) = "period", [], span  # "600 tkr för april–december 2021"
            elif row and (_ROW_YEAR.match(sentence) or periods_in(sentence[:match.start()])):
                # A row of a table of amounts: for its year, or for the period its dates give (every writer of
                # the corpus took a dated row for a period, whether it was an operating year or an agreement).
                named = periods_in(sentence[:match.start()])
                if named and _calendar_year(named[0]) and _ROW_YEAR.match(sentence):
                    # "2020<TAB>2020.01.01–2020.12.31<TAB>400 000 kr": that year's (a row named "Andra" is a period)
                    kind, years = "per_year", [named[0].start.year]
                elif named:
                    kind, years, period_start, period_end = "period", [], named[0].start, named[0].end
                else:
                    kind, years = "per_year", [int(_ROW_YEAR.match(sentence)["year"])]
            elif (school := _SPLIT_YEAR_BEFORE.search(before) or _SPLIT_YEAR_OPENS.search(before)
                  or _SPLIT_YEAR_AFTER.match(after)
                  # (the label names it anywhere, "Överenskommelse 2 (läsåret 2023/24)")
                  or _SPLIT_YEAR_LABEL.search(label)) \
                    and (span := _split_year(school, dated_agreements())):
                kind, years, (period_start, period_end) = "period", [], span  # "för läsåret 2021/2022"
            elif (school := _SPLIT_YEAR_AGAIN.search(before)) \
                    and _SPLIT_YEAR_NAMED.search(sentence, 0, match.start() - len(before) + school.start()) \
                    and (span := _split_year(school, dated_agreements())):
                # "För avtalsåret 2021/2022 fick föreningen 580 000 kronor, för 2022/2023 600 000 kronor …": the same
                kind, years, (period_start, period_end) = "period", [], span
            elif half := _HALF_YEAR.search(before + " " + after):  # "för första halvåret 2024": January–June
                year, first = int(half["year"]), half["which"].lower() == "första"
                kind, years = "period", []
                period_start, period_end = (date(year, 1, 1), date(year, 6, 30)) if first else (
                    date(year, 7, 1), date(year, 12, 31))
            elif quarter := _QUARTER.search(before + " " + after):  # "för första kvartalet 2024": January–March
                year, last_month = int(quarter["year"]), 3 * _QUARTERS[quarter["which"].lower()]
                kind, years = "period", []
                period_start = date(year, last_month - 2, 1)
                period_end = date(year, last_month, calendar.monthrange(year, last_month)[1])
            elif span := _months_of(([m for m in sorted([*_MONTH_RANGE.finditer(before), *_YEAR_MONTHS.finditer(before),
                                                         *_MONTHS_ACROSS.finditer(before)], key=lambda m: m.start())
                                      if _FOR_BEFORE.search(before, 0, m.start())] or [None])[-1]):
                # "för januari–februari 2024 87 000 kronor", "För 2021 (mars–december) betalades …": those months
                kind, years, (period_start, period_end) = "period", [], span
            elif (early := _ONE_YEAR_BEFORE.match(before)) and not years_named_twice(before + " " + after) \
                    and not ((dated_after := _DATED_PERIOD_AFTER.match(after))
                             and (part := periods_in(dated_after.group()))
                             and part[0].start.year == part[0].end.year == int(early["year"])):
                # (never where it names the part of the year it was for: "För 2024 betalades 200 000 kronor ut för
                # perioden 1 januari–30 juni 2024", a period)
                kind = "per_year"
                years = [int(early["year"])]
            elif _PERIOD_AFTER.match(after) or _PERIOD_BEFORE.search(before):
                kind = "period"
                if named is None:
                    named = periods_in(sentence)
                # "350 tkr för perioden 1/9 2020–31/8 2021 och 400 tkr för perioden 1/9 2021–31/8 2022": each
                # amount's own clause names its period; else the sentence's first
                own = periods_in(after)[:1] or periods_in(before)[-1:] or named[:1]
                years = []
                if own:
                    period_start, period_end = own[0].start, own[0].end
                elif months := _months_of(_MONTH_RANGE.search(sentence)):  # "för förlängningsperioden april–december 2024"
                    period_start, period_end = months
                elif (of_year := _FOR_YEAR.search(sentence)) and (span := _months_of(_MONTHS_ONLY.search(after),
                                                                                      int(of_year["year"]))):
                    period_start, period_end = span  # "Ersättningen för 2021 … för perioden mars–december"
                elif _WHOLE_PERIOD.search(before + " " + after):
                    # "För hela avtalsperioden har föreningen erhållit 1 260 tkr", no dates named: what the partnership
                    # came to, a total (three writers of four in the corpus), its extension too ("För hela
                    # avtalsperioden inklusive förlängningen uppgår ersättningen till 630 000 kronor")
                    kind = "total"
                elif re.search(r"förläng", before + after, re.IGNORECASE):
                    pass  # an extension's amount: its dates only where the sentence gives them
                else:  # "för perioden": the period of the report's one dated agreement
                    dated = dated_agreements()
                    if len(dated) == 1:
                        period_start = dated[0]["start"]
                        period_end = dated[0].get("extended_to", dated[0]["end"])
            elif one_year:
                kind = "per_year"
                years = [int(one_year["year"])]
            elif _YEARS_AFTER.match(after):
                kind = "period"
            elif (bare := _BARE_YEAR_AFTER.match(after)) and (any(a.kind == "per_year" for a in found[first_found:])
                                                               or each_with_its_year(sentence, matches)):
                # "380 000 kronor per år 2022 och 2023 och 395 000 kronor 2024"; "180 000 kronor 2022, 200 000 kronor
                # 2023 och 200 000 kronor 2024": each amount for the year after it
                kind, years = "per_year", [int(bare["year"])]
            elif _EACH_OF.match(whole_after) and len(
                    each_period := periods_in(re.split(r"[;:]|,\s", _EACH_OF_WHAT.sub("", whole_after, count=1))[0])) > 1:
                # ("och" ends no clause here: "vart och ett av …", "<period> och <period>")
                kind, years, period_start, period_end = "period", [], each_period[0].start, each_period[0].end
            elif _FOR_EXTENSION.search(sentence, matches[index - 1].end() if index else 0, match.start()) \
                    and not years and not periods_in(sentence) and len(
                    extended := [a for a in dated_agreements() if "extended_to" in a]) == 1:
                # "För förlängningen till och med den 31 mars 2023 betalades 150 000 kronor": from the day after the
                # agreement's own end to the end of its extension
                kind, years = "period", []
                period_start, period_end = extended[0]["end"] + timedelta(days=1), extended[0]["extended_to"]
            elif _RAISED.search(before) and len(set(years)) == 1:
                # "Bidraget räknades upp till 315 000 kronor 2023", "för förlängningsåret 2023 räknades den upp med 2
                # procent till 612 000 kronor": that year's amount, raised from the year's before
                kind = "per_year"
            elif named_periods := periods_in(sentence):  # "Under den första överenskommelsen, fr.o.m. … t.o.m. …"
                # The amount's own: named in its clause after it ("och till 325 000 kronor för avtalsåret <period>"),
                # or since the amount before ("och för det andra avtalsåret, <period>, till 495 000 kronor", the
                # clause cut at its commas); else the sentence's first
                since = periods_in(sentence[matches[index - 1].end():match.start()]) if index else []
                chosen = (periods_in(after) or since[-1:] or named_periods)[0]
                kind = "period"
                years, period_start, period_end = [], chosen.start, chosen.end
            else:
                kind = "unknown"
            if kind == "per_year" and not years and (listed := _YEARS_LISTED_AFTER.match(whole_after)):
                years = _years_in(listed.group())  # "…, det vill säga för 2022 och 2023"
            labelled = _years_in(label["years"]) if index == 0 and (label := _YEARS_LABEL.match(sentence)) else []
            if labelled and not years and (kind == "per_year" or kind == "unknown" and len(labelled) == 1):
                # a point or a line labelled with its years: "2021–2023: 175 tkr per år", "2024: 190 tkr"
                kind, years = "per_year", labelled
            own = _point_quote(sentence, points, match.start()) or quote
            key = (value, kind, tuple(years), period_start, period_end)
            if key in seen:
                # A sentence quotes it better than a table's row or a box's line, where it says more: "Kommunens
                # bidrag var 180 000 kr 2022 och 195 000 kr 2023" (each amount with its year) says what the rows
                # say, and the rows stand.
                earlier = found[seen[key]].sentence
                if summary_line(earlier) != summary_line(quote) and \
                        each_with_its_year(earlier if summary_line(quote) else sentence) == summary_line(quote):
                    found[seen[key]] = Amount(value, kind, list(years), period_start, period_end, own)
                continue
            seen[key] = len(found)
            found.append(Amount(value, kind, list(years), period_start, period_end, own))
            for more in each_period[1:]:
                if (value, kind, (), more.start, more.end) not in seen:
                    seen[(value, kind, (), more.start, more.end)] = len(found)
                    found.append(Amount(value, kind, [], more.start, more.end, own))
        _respectively(sentence, found[first_found:])
        yearly = [amount for amount in found[first_found:] if amount.kind == "per_year" and not amount.years]
        totals = [amount.amount for amount in found[first_found:] if amount.kind == "total"]
        # "350 000 kr/år, totalt 1 050 000 kronor under perioden 2020–2022": the years are the yearly amount's
        # where it makes the total over them (a rent per year beside a total paid is another amount).
        if total_years and len(yearly) == 1 and yearly[0].amount * len(set(total_years)) in totals:
            yearly[0].years = sorted(set(total_years))
    return found


# The years a point or a line begins with, as a label before a colon: "2024:", "2020 och 2021:", "2021–2023:".
_YEARS_LABEL = re.compile(rf"^\s*(?:(?:År|Året|Åren)\s+)?(?P<years>{_YEAR}(?:\s*(?:,|och|{_DASH})\s*{_YEAR})*)\s*:\s")


def summary_line(quote: str) -> bool:
    """A table's row or a fact box's line ("Bidrag: 350 000 kr/år"), which sums up what a sentence of the text
    may say in full."""
    return "\t" in quote or bool(LABELLED.match(quote))


def _split_year(match: re.Match[str], dated: list[dict[str, Any]]) -> tuple[date, date] | None:
    """The dates of "läsåret 2021/2022": the year that begins on the day and month the agreement began, within
    it (1/9 2021–31/8 2022 for an agreement from 1 September 2021), and ends on the day and month it ended where
    that leaves a summer out (1/8 2019–30/6 2020 for an agreement from 1 August 2019 to 30 June 2022, as staff
    date each school year of it); none when no agreement says which day."""
    year = int(match["year"])
    for agreement in dated:
        begins = agreement["start"]
        try:
            start = begins.replace(year=year)
        except ValueError:  # 29 February
            continue
        if begins.month >= 7 and begins <= start <= agreement.get("extended_to", agreement["end"]):
            whole = add_months(start, 12) - timedelta(days=1)
            # (the agreement's own last day first: an extension to 31 December changes no school year of it)
            for ends in (agreement["end"], agreement.get("extended_to")):
                try:
                    school_end = ends.replace(year=year + 1) if ends else None
                except ValueError:  # 29 February
                    school_end = None
                if school_end and add_months(start, 9) <= school_end <= whole:
                    return start, school_end
            return start, whole
    return None


def _respectively(sentence: str, amounts: list[Amount]) -> None:
    """ "För 2021 och 2022 uppgick bidraget till 300 000 kronor respektive 325 000 kronor": each amount for its year,
    in the order the years are named."""
    years = sorted(set(_years_in(_without_dates(sentence))))
    if "respektive" in sentence and len(amounts) > 1 and len(years) == len(amounts) \
            and all(amount.kind in ("unknown", "per_year") and not amount.start for amount in amounts):
        for amount, year in zip(amounts, years):
            amount.kind, amount.years = "per_year", [year]


def _calendar_year(period: Period) -> bool:
    return (period.start.month, period.start.day, period.end.month, period.end.day) == (1, 1, 12, 31) \
        and period.start.year == period.end.year


def _repaid_years(sentence: str) -> list[int]:
    """The years a repayment concerns ("redovisningen för 2022 visade … återbetalats"), not those of the reason
    it gives ("eftersom caféet var stängt i januari 2022")."""
    own = re.split(r"\b(?:eftersom|då|på grund av|till följd av|beroende på)\b", sentence, maxsplit=1)[0]
    own = re.sub(rf"\b(?:{_MONTH})\s+{_YEAR}\b", " ", _without_dates(own), flags=re.IGNORECASE)
    # a school year's or an operating year's money ("av ersättningen för läsåret 2020/21") is of no calendar year
    own = re.sub(r"\b(?:19|20)\d\d\s*/\s*(?:(?:19|20)\d\d|\d\d)\b", " ", own)
    return sorted(set(_years_in(own)))  # each once: "i maj 2022 återbetalade … av 2022 års bidrag"


def years_named_twice(sentence: str) -> bool:
    """A sentence naming more than one year: a year before an amount may then be another amount's."""
    return len(set(_years_in(_without_dates(sentence)))) > 1


def _years_in(text: str) -> list[int]:
    return [year for match in YEAR_LIST.finditer(text) for year in _years(match.group())]


def _without_dates(text: str) -> str:
    return DATE.sub(" ", text)


# --- Counted results ----------------------------------------------------------------------------------------------

@dataclass
class Count:
    value: Decimal
    unit: str  # the noun as written ("deltagare", "besökare per tillfälle", "85 äldre deltog": "äldre")
    sentence: str


# A number written as words: "tre", "tolv", "tjugofem".
NUMBER_WORD = "(?:" + "|".join(sorted([*UNITS, *TEENS, *TENS, "hundra", "tusen"], key=len, reverse=True)) + "){1,6}"
# A number in digits or one word, followed by a word or "%": what a count looks like.
# A number before a word, or (digits) at the end of a clause, where what it counts was said before it ("Antalet
# kvinnor som deltog ökade till 241.").
_NUMBER_TOKEN = re.compile(rf"(?:(?=\d)(?<![\w,.:/–—−-])(?P<digits>{NUMBER})(?:,(?P<decimals>\d+))?(?:-tal)?"
                           rf"(?![\w/–—−-]|[.,]\d)(?=\s*%|\s+[a-zåäöé]|[.;,)]?$|[.;,)]\s)"
                           rf"|(?=[etfsånah])(?<![\w-])(?P<word>{NUMBER_WORD})(?![\w-])(?=\s*%|\s+[a-zåäöé]))",
                           re.IGNORECASE)
_WORD = re.compile(r"(?:\s*(?=%)|\s+)(?P<word>%|[a-zåäöé][a-zåäöé-]*)(?![\w])")
_PER = re.compile(r"\s+per\s+(?P<word>[a-zåäöé]+)\b")
_AND_PERSONS = re.compile(r"\s+och\s+(?P<word>[a-zåäöé]+)\b")
# A number within four words after these is a target, not a result ("minst 100 unga", "målet var 200").
TARGET_WORDS = {"minst", "högst", "max", "maximalt", "målet", "målsättningen", "målsättning", "målbild", "skulle"}
# A number right after these is a label or an age, not a count ("årskurs 9", "sida 3", "i åldern 13").
LABEL_WORDS = {"årskurs", "åk", "nr", "nummer", "sida", "sid", "kapitel", "punkt", "paragraf", "klass", "vecka", "kl",
               "klockan", "bilaga", "steg", "fas", "etapp", "version", "åldern", "ålder", "år", "rum", "dnr", "telefon",
               "tabell", "figur", "diagram", "avsnitt", "mål", "delmål", "bild"}
# A sentence that counts some of a group named first: "Av de 96 deltagarna har 41 gått vidare …", "Bland de 52
# elever som deltog blev 44 behöriga", "Av barnen klarade 148 …"; "Av dem har 23 fått …" names the group the
# sentence before counted.
_FRAME = re.compile(rf"^\s*(?:[A-ZÅÄÖ][a-zåäö]+:\s+)?(?:Av|Bland)\s+(?:(?:de|dessa|totalt|alla)\s+)?(?:(?:{NUMBER}|{NUMBER_WORD})\s+)?"
                    rf"(?P<first>[a-zåäöé]+)(?:\s+(?P<second>[a-zåäöé]+))?")
_FRAME_BY_REFERENCE = {"dem", "dessa"}
# What a number after "antalet …" counts, where the sentence says it once, before the number: "Antalet unika
# besökare var 94 under 2021", "Antalet kvinnor som deltog ökade till 241", "ökade antalet elever som deltog
# regelbundet till 83", "antalet unika besökare har ökat från 142 det första avtalsåret till 236 det tredje".
_CHANGED = r"(?:ökade|ökat|minskade|minskat|steg|stigit|sjönk|sjunkit|växte|vuxit)"
# (the noun is never the verb after it: "antalet deltagare har ökat"; "per kväll" after it and "i genomsnitt" before
# the number say how it was counted)
_NOT_VERB = r"(?!(?:har|hade|var|blev|är)\b)"
_ABOUT = r"(?:i\s+genomsnitt|cirka|ca|omkring|drygt|knappt)"
_COUNTED_AS = re.compile(
    rf"\b(?:[Aa]ntalet\s+(?P<noun>(?:{_NOT_VERB}[a-zåäöé]+\s+)?{_NOT_VERB}[a-zåäöé]+)(?:\s+per\s+[a-zåäö]+)?"
    rf"(?:\s+(?:som|i|på|vid)\s[^.;:\d]{{0,60}}?)?\s+"
    rf"(?:har\s+)?(?:var|blev|uppgick\s+till|{_CHANGED}(?:\s+från\s+(?:{_ABOUT}\s+)?\d[^.;:]{{0,40}}?)?\s+till|"
    rf"{_CHANGED}\s+från(?:\s+{_ABOUT})?)"
    rf"|{_CHANGED}\s+antalet\s+(?P<noun_after>(?:[a-zåäöé]+\s+)?[a-zåäöé]+)(?:\s+som\s[^.;:\d]{{0,60}}?)?\s+till)\s+$")
PERSONS = {"barn", "unga", "ungdomar", "äldre", "kvinnor", "män", "personer", "flickor", "pojkar", "vuxna", "elever",
           "föräldrar", "mammor", "pappor", "seniorer", "tjejer", "killar", "nyanlända", "invånare", "boende",
           "besökare", "deltagare", "familjer", "frivilliga", "anhöriga", "närstående", "studerande",
           "stödsökande", "hjälpsökande", "arbetssökande", "asylsökande"}
# ("sökande" alone, a post's applicants, is no result: "Till tjänsten fanns 14 sökande". A participle before a noun of
# persons qualifies it: "8 asylsökande barn" counts barn.)
_SEEKING = re.compile(r"\w*sökande")
# Words that are never what a count counts here: time (ages, durations, years), goals, agreements, staff, money.
NOT_COUNTED = {"år", "våren", "hösten", "sommaren", "vintern", "åren", "års", "året", "åring", "åringar", "månad", "månader", "vecka", "veckor", "mål", "målen",
               "delmål", "delmålen", "målsättningar", "överenskommelse", "överenskommelser", "överenskommelserna",
               "anställd", "anställda", "medarbetare", "personal", "tjänst", "tjänster", "heltidstjänst",
               "heltidstjänster", "årsarbetare", "handläggare", "socialsekreterare", "samordnare", "fältassistenter",
               "ledare", "ledamöter", "styrelseledamöter", "kr", "kronor", "tkr", "mnkr", "procentenheter", "kap", "kapitlet", "sidor",
               # measures of things, not counts of what the partnership did
               "kvadratmeter", "kvm", "meter", "kilometer", "km", "mil", "hektar", "liter", "kilo", "kg", "ton"}
# "3 dagar i veckan", "2 kvällar per vecka": opening hours, not results.
TIME_UNITS = {"dag", "dagar", "timme", "timmar", "kväll", "kvällar", "gång", "gånger", "minuter", "tillfälle",
              "tillfällen", "eftermiddagar", "förmiddagar", "nätter"}
# What the money paid for is not a result: "lön för två handledare", "löner för tre fritidsledare".
_PAID_FOR = {"lön för", "löner för", "lönen för", "lönerna för", "lönekostnader för", "anställning av"}
# Staff hired: "anställa fyra kursledare" (but "anställt 15 ungdomar" in summer jobs is a result).
_HIRED = {"anställa", "anställt", "anställde", "anställts", "rekrytera", "rekryterat", "rekryterade", "rekryterats"}
# Staff the money paid for, named after the count: "två familjepedagoger, vars tjänster har finansierats …".
_STAFF_AFTER = re.compile(r",?\s+(?:vars|vilkas)\s+(?:tjänst|tjänster|lön|löner|anställning)\b")
# A post's share of full time: "en samordnare på 75 procent", "anställd på 80 procent".
_POST_SHARE = re.compile(r"\bpå\s+$")
_POST = re.compile(r"(?i)\banställ|\btjänst|\bheltid|\bdeltid|\bfinansierat|\bfinansierats|\blön")
# Against the goal, not a count: "161 procent av målet".
_OF_GOAL = re.compile(r"\s+av\s+(?:det\s+)?(?:målet|målvärdet|målsättningen|målnivån|mål)\b")
# The organisation described, not a result: "Föreningen har omkring 400 medlemmar".
_DESCRIBED = re.compile(r"(?i)\b(?:(?:föreningen|organisationen|stiftelsen|klubben|förbundet)\s+har\s+"
                        r"(?:(?:omkring|cirka|ca|drygt|knappt|ungefär|runt|i dag|idag|nu)\s+){0,2}"
                        r"|\b(?:har|hade)\s+(?:i dag|idag|numera|för närvarande)\s+(?:(?:omkring|cirka|ca|drygt|knappt|"
                        r"ungefär|runt)\s+)?)$")
MEMBERSHIP = {"medlemmar", "volontärer", "ideella", "anställda", "frivilliga"}
# Who answered a survey is not a result: "en enkät, som besvarades av 142 personer".
_ANSWERED_BEFORE = re.compile(r"(?i)\bbesvara(?:des|ts|d)\s+av\s+(?:(?:omkring|cirka|drygt|knappt|sammanlagt)\s+)?$")
_ANSWERED_AFTER = re.compile(r"\s+(?:har\s+)?(?:svarade|svarat|besvarade|besvarat)\b")
_FOLLOW_UP = re.compile(r"(?i)\bföljt|\bföljts|uppföljning|gått igenom|\bparterna\b")
_SCHEDULE_AFTER = re.compile(r"\s+(?:i\s+veckan|i\s+månaden|om\s+dagen|om\s+året|i\s+taget)\b")
_SHARE_OF_MONEY = re.compile(r"\s+av\s+(?:de\s+|den\s+|det\s+)?(?:total\w*\s+)?"
                             r"(?:kostnad|budget|bidrag|finansiering|medel|hyra|lön|intäkt)")
STOP_WORDS = {"av", "och", "i", "på", "till", "för", "med", "som", "om", "under", "från", "vid", "efter", "innan",
              "eller", "men", "samt", "att", "de", "den", "det", "dem", "ett", "en", "per", "st", "varav", "gånger",
              "gång", "än", "så", "sig", "sina", "sin", "dessa", "alla", "inte", "också", "även", "bara", "cirka",
              "omkring", "ungefär", "drygt", "knappt", "nästan", "totalt", "sammanlagt", "genomsnitt", "procentenheter",
              "genom", "utan", "hos", "mellan", "enligt", "bland", "kring", "inom", "mot", "via", "trots"}
VERBS = {"har", "hade", "var", "är", "blev", "kom", "fick", "gick", "kunde", "skulle", "ska", "kan", "fanns", "finns",
         "gjorde", "tog", "såg", "nådde", "nått", "sökte", "deltog", "deltar", "deltagit", "gått", "fått", "bor",
         "bodde", "haft"}
# Words that stand between a number and its noun: "164 registrerade deltagare", "96 gemensamma middagar".
# "unga", "äldre" and "vuxna" count persons alone ("100 unga") and are adjectives before a noun of persons.
_AGE_WORDS = {"unga", "äldre", "vuxna"}
_UNPAID = {"ideella", "frivilliga"}
_PERSON_NOUN = re.compile(r"(?:are|ere|ärer|arer|ister|ianer|ingar)$")
QUALIFIERS = {"nya", "olika", "fler", "färre", "unika", "mer", "mindre", "andra", "egna"}
# (A supine in -at, "börjat", "jobbat", is a verb too; a few nouns end so.)
_VERB_LIKE = re.compile(r"(?:ades|des|tes|ats|its|ts|vs|ade|tt|it|at)$")
_NOUNS_IN_AT = {"resultat", "mandat", "kandidat", "referat", "citat", "format", "soldat", "automat",
                "certifikat", "privat"}


def _verb_like(word: str) -> bool:
    return bool(_VERB_LIKE.search(word)) and word not in _NOUNS_IN_AT


def figures_in(text: str) -> list[Count]:
    """Counted results of the activities ("120 deltagare", "tolv kvällar", "60 procent av deltagarna")."""
    sentences_ = _Sentences(text)
    found: list[Count] = []
    seen: set[tuple[Decimal, str, str]] = set()
    spans = sorted(set(sentences_.containing(_NUMBER_TOKEN)) | set(sentences_.containing(_YEAR_COUNT)))
    known = frozenset(re.findall(r"[a-zåäöé]+", text.lower()))
    said: tuple[int, str] | None = None  # the sentence before and the persons it counted first, for "Av dem …"
    for start, end, index in _pieces(text, spans, sentences_):
        sentence = _normalise(text[start:end])
        counts = list(_counts(sentence, said[1] if said and said[0] == index - 1 else None, known))
        persons = [unit for _, unit in counts if unit.split()[0] in PERSONS]
        said = (index, persons[0]) if persons else None
        if (counted := _NUMBER_OF.search(sentence)) and (by_year := [
                Decimal(labelled["n"].replace(" ", "").replace("\u00a0", ""))
                for labelled in _YEAR_COUNT.finditer(sentence, counted.end())]):
            counts += [(value, counted["noun"]) for value in by_year]  # each year's count of what the sentence counts
        if counts:  # "…, under 2023 231 och under januari–september 2024 204.": the last year's count, the clause's end
            counts += [(Decimal(last["n"].replace(" ", "").replace("\u00a0", "")), counts[-1][1])
                       for last in _YEAR_COUNT_LAST.finditer(sentence)]
        if len({unit for _, unit in counts}) == 1:  # one thing counted, year by year
            counts += [(Decimal(later["n"].replace(" ", "").replace("\u00a0", "")), counts[0][1])
                       for later in _COUNT_THEN_YEAR.finditer(sentence) if re.search(_YEAR, sentence[:later.start()])]
        counts += _listed_with(sentence, counts)
        for value, unit in counts:
            key = (value, unit, sentence)
            if key not in seen:
                seen.add(key)
                found.append(Count(value, unit, sentence))
    return found


# Numbers listed together, the last or the first with what they count: "70, 76 och 80 kvällar", "var 412, 468 och
# 531" after "Antalet unika deltagare", "15, 17 och 21 procent", "12 och 15 träffar".
_COUNT_NUMBER = r"\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?"
_NUMBER_LIST = re.compile(rf"(?<![\d,.:/–-])(?P<items>{_COUNT_NUMBER}(?:\s*,\s+{_COUNT_NUMBER})*\s+(?:och|respektive|samt)\s+"
                          rf"{_COUNT_NUMBER})(?!\d|[.:/–-]\d|,\d)")


def _listed_with(sentence: str, counts: list[tuple[Decimal, str]]) -> list[tuple[Decimal, str]]:
    """The other numbers of a list one of which was read with its unit, with that unit (never a year)."""
    more: list[tuple[Decimal, str]] = []
    for listed in _NUMBER_LIST.finditer(sentence):
        values = numbers_in(listed["items"])
        if any(1900 <= value <= 2099 and value == value.to_integral_value() for value in values) \
                or re.search(r"\b(?:mellan|från)\s+(?:(?:cirka|ca|ungefär|omkring|drygt|knappt)\s+)?$|\d\s+till\s+$|"
                             r"\b(?:\w*år|etapp|steg|\w*mål|nr|nummer|fas|del|kapitel|bilaga|termin|vecka|kl|klockan|åk|"
                             r"årskurs|sida|sidan|grupp|gruppen)\.?\s+$", sentence[:listed.start()], re.IGNORECASE) \
                or re.match(r"\s+år\b", sentence[listed.end():]):
            continue  # years, a range ("mellan 45 och 60 barn") or what numbers things ("under avtalsår 2 och 36 …")
        units = {unit for value, unit in counts if value in (values[0], values[-1])}
        if len(units) == 1:
            unit = units.pop()
            more += [(value, unit) for value in values if (value, unit) not in counts and (value, unit) not in more]
    return more


# The items of a list in one sentence ("… genomfört: – 14 föräldragrupper – 126 föräldrar som …", a paragraph that
# is a list): each count is quoted as its item, as a reader would point to it. A list begins the sentence or follows
# its colon, and its items all begin with the same sign.
_FIRST_ITEM = re.compile(rf"(?:^|:\s*)(?P<sign>{BULLET})\s+(?=\S)", re.MULTILINE)


# The sentence after a list's last point, no blank line between: "… (14 augusti 2023–15 juni 2024) Totalt har nämnden
# alltså bidragit med 1 300 000 kronor."
_SENTENCE_AFTER_POINT = re.compile(r"(?<=[a-zåäö0-9)])\s+(?=[A-ZÅÄÖ][a-zåäö]*(?:\s+[\w-]+){3,}[^.]*\.$)")


def sentence_after_point(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """Where the sentence after a list's last point begins, in the point's text[start:end]; never a name the point's
    clause goes on with ("… för arbetet i Rinkeby och Tensta under läsåret 2023/2024.")."""
    end = len(text) if end is None else end
    told = _SENTENCE_AFTER_POINT.search(text, start, end)
    return told if told and not GOES_ON.search(text, start, told.start()) else None


def _point_of(points: list[tuple[int, int]], at: int, matches: list[re.Match[str]]) -> tuple[int, int] | None:
    """The point of a list the amount at `at` stands in, where it is that point's only amount."""
    if len(points) < 2:
        return None
    for a, b in points:
        if a <= at < b:
            return (a, b) if sum(1 for m in matches if a <= m.start() < b) == 1 else None
    return None


def _point_quote(sentence: str, points: list[tuple[int, int]], at: int) -> str | None:
    """The point of a list an amount stands in, as its quote (the sentence after the last point is one of its own);
    None where the sentence is no list, or the amount is in its lead."""
    if len(points) < 2:
        return None
    for a, b in points:
        if a <= at < b:
            if a == 0:
                return None  # the lead (a point begins after its sign): the sentence is its quote
            return _normalise(sentence[a:b].strip().rstrip(";,").strip()) or None
    return None


def _pieces(text: str, spans: list[tuple[int, int]], sentences_: _Sentences) -> Iterator[tuple[int, int, int]]:
    """Each sentence (start, end, index), or the lead and the items of a list within it."""
    for start, end in spans:
        index = sentences_.index(start)
        first = _FIRST_ITEM.search(text, start, end)
        # (the items after the first, looked for in this sentence only: a long document has many lists)
        signs = list(re.compile(rf"\s{re.escape(first['sign'])}\s+(?=\S)").finditer(text, first.end(), end)) \
            if first else []
        if not first or not signs:
            yield start, end, index
            continue
        if text[start:first.start()].strip():
            yield start, first.start() + (1 if text[first.start()] == ":" else 0), index
        for item_start, after in zip([first.end(), *(sign.end() for sign in signs)], [*signs, None]):
            if after is None and (told := sentence_after_point(text, item_start, end)):
                yield item_start, told.start(), index  # the last point, then the sentence after it
                yield told.end(), end, index
                continue
            yield item_start, after.start() if after else end, index


# A rate over the year or the term is a count of the thing ("400 cyklar per år"); per evening, day or
# occasion is an average the unit keeps ("26 besökare per kväll").
_RATE_PERIODS = {"år", "året", "termin", "terminen", "läsår"}
_PART_BEFORE = re.compile(r"\bvarav\s+$")
# An average whose rate comes after its verb: "i genomsnitt 12 boende deltagit per vandring".
_AVERAGE_BEFORE = re.compile(r"\bi\s+(?:genom)?snitt\s+$")
_PER_LATER = re.compile(r"[^,.;:()]{0,40}?\bper\s+(?P<word>[a-zåäöé]+)\b")
# A count labelled with its year, after what is counted: "Antalet deltagare har ökat (2019: 34, 2020: 19)".
_YEAR_COUNT = re.compile(r"\b(?:19|20)\d{2}:\s*(?P<n>\d{1,3}(?:[ \u00a0]\d{3})*)(?=\s*[,;)])")
_NUMBER_OF = re.compile(r"\b[Aa]ntalet\s+(?P<noun>[a-zåäö]+)")
# "41 gått vidare till arbete och 12 till studier": a second count of the same, its noun left out.
_AND_BEFORE = re.compile(r"\boch\s+$")
_PREPOSITION_AFTER = re.compile(r"\s+(?:till|i|på|inom|med)\s")
# "…, under 2023 231 och under januari–september 2024 204": a year's count, after the count it goes on from.
_NEXT_YEAR = rf"(?:,|\boch)\s+(?:under|för|år)\s+(?:(?:{_MONTH})\s*{_DASH}\s*(?:{_MONTH})\s+)?{_YEAR}\s+"
_YEAR_BEFORE = re.compile(rf"{_NEXT_YEAR}$", re.IGNORECASE)
_YEAR_COUNT_LAST = re.compile(rf"{_NEXT_YEAR}(?P<n>\d{{1,3}}(?:[ \u00a0]\d{{3}})*)(?=\s*[.;)]|$)", re.IGNORECASE)
_LISTED_BEFORE = re.compile(r"(?:,|\boch)\s+$")
# "…var 186 år 2022, 224 år 2023 och 241 under årets första tio månader 2024": a later year's count after the
# first, its noun left out (never a year: "2022 och 2023 under …").
_COUNT_THEN_YEAR = re.compile(rf"(?:,|\boch)\s+(?P<n>(?!{_YEAR}\b)\d{{1,3}}(?:[ \u00a0]\d{{3}})*)\s+(?:år|under|för|i)\s+"
                              rf"[^,.;:]{{0,40}}?\b{_YEAR}\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\s+respektive\s+\d[\d \u00a0]*?(?=\s+[a-zåäö])")
_PART_AFTER = re.compile(r"\s+av\s+(?:dem|dessa)\b")


def _counts(sentence: str, antecedent: str | None = None,
            known: frozenset[str] = frozenset()) -> Iterator[tuple[Decimal, str]]:
    """(value, unit) for each count in one sentence. `antecedent`: what the sentence before counted, for "Av dem
    har 23 …"; `known`: the document's words, for a noun's indefinite form."""
    numbers = list(_NUMBER_TOKEN.finditer(sentence))
    if not numbers:
        return
    patterns = (AMOUNT, DATE, YEAR_LIST) if _MONEY_HINT.search(sentence) else (DATE, YEAR_LIST)
    taken = sorted((m.start(), m.end()) for pattern in patterns for m in pattern.finditer(sentence))
    starts = [span[0] for span in taken]
    frame = _frame(sentence, antecedent, known)
    looked = False
    last_unit: str | None = None  # the unit of the count before, for "varav 15 …" and "38 av dem"
    last_end = 0  # and where it ends
    for match in numbers:
        word = match["word"]
        if word and (word.lower() in ("en", "ett") or (word[0].isupper() and match.start() > 0)):
            continue
        at = bisect.bisect_right(starts, match.start()) - 1
        if at >= 0 and taken[at][1] > match.start():
            continue  # part of an amount, a date or a year
        unit, unit_end = _unit(sentence, match.end())
        if frame and match.start() < frame[1] and _DEFINITE_BEFORE.search(sentence, max(0, match.start() - 8),
                                                                          match.start()) \
                and (following := _WORD.match(sentence, match.end())):
            group = _indefinite(following["word"], known)  # "de 44 deltagarna": 44 deltagare
            if group != following["word"] and noun(group):
                unit, unit_end = group, following.end()
        if (word or match.group() in ("10", "100")) and _SHARE_BEFORE.search(sentence, max(0, match.start() - 30),
                                                                             match.start()):
            continue  # the whole of a share: "tre av fyra besökare", "8 av 10 deltagare"
        if _RANGE_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
            continue  # the end of a range, no count: "mellan 12 och 25 deltagare per gång"
        if unit is None and (of_whole := _OF_WHOLE.match(sentence, match.end())) \
                and of_whole["whole"] not in ("10", "100"):
            unit, _ = _unit(sentence, of_whole.end())  # "27 av 30 tillfrågade deltagare", "26 av de 68 äldre"
        if unit is None and (times := _TIMES.match(sentence, match.end())) \
                and _DONE_BEFORE.search(sentence, max(0, match.start() - 40), match.start()) \
                and not _EACH.search(sentence, 0, match.start()):
            unit, unit_end = "gånger", times.end()  # "har hållits 212 gånger"
        if unit is None and last_unit and (_PART_BEFORE.search(sentence, 0, match.start())
                                           or _PART_AFTER.match(sentence, match.end())):
            unit = last_unit  # "212 kvinnor …, varav 87 var nya", "143 personer …, och 38 av dem": a part, counted alike
        elif unit is None and last_unit and not word and _AND_BEFORE.search(sentence, 0, match.start()) \
                and _PREPOSITION_AFTER.match(sentence, match.end()):
            unit = last_unit  # "41 till arbete och 12 till studier"
        elif unit is None and last_unit and not word and (_YEAR_BEFORE.search(sentence, 0, match.start()) or (
                _LISTED_BEFORE.search(sentence, 0, match.start()) and _ONE_YEAR_AFTER.match(sentence, match.end()))):
            unit = last_unit  # "168 personer under 2022, under 2023 231", "varav 12 under 2022, 22 under 2023": the same
        elif unit is None and last_unit and not word \
                and _COMPARED_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
            unit = last_unit  # "318 anhöriga, jämfört med 140 under de tre åren före": the same, earlier
        elif unit is None and not word and (ahead := _RESPECTIVELY.match(sentence, match.end())):
            unit, _ = _unit(sentence, ahead.end())  # "62 respektive 75 gäster per dag": counted as the second
        elif unit is None and last_unit and not word and not _A_YEAR.fullmatch(match.group()) \
                and _LATER_TIME.search(sentence, last_end, match.start()) \
                and not _NUMBER_TOKEN.search(_LATER_TIME.sub("", sentence[last_end:match.start()])) \
                and _CLAUSE_ENDS.match(sentence, match.end()):
            unit = last_unit  # "71 nattvandringar, under 2023 var antalet 74", "31 nya mentorpar, det andra 29"
        if unit is None and (word or (looked and frame is None)) \
                and not (frame and _in_frame(sentence, match, frame, last_unit)):
            continue
        tail = sentence[max(0, match.start() - 50):match.start()].lower().split()[-4:]
        if tail and (tail[-1].strip(".,:;()") in LABEL_WORDS or not TARGET_WORDS.isdisjoint(tail)
                     or " ".join(tail[-2:]) in ("upp till", "mål om", "som mål", "plats för", "platser för")
                     or " ".join(tail[-2:]) in _PAID_FOR
                     or (len(tail) >= 3 and " ".join(tail[-3:-1]) in _PAID_FOR and tail[-1].endswith("s"))
                     or _ANSWERED_BEFORE.search(sentence, max(0, match.start() - 40), match.start())):
            continue
        digits = match["digits"]
        if word:
            value = Decimal(number_word(word) or 0)
        else:
            value = Decimal(digits) if digits.isdigit() and not match["decimals"] \
                else parse_number(digits, match["decimals"])
        if not value:
            continue
        if unit is None and not word and (counted := _counted_as(sentence, match.start())):
            last_unit, last_end = counted, match.end()
            yield value, counted
            continue
        if unit is None:
            looked = True  # (no frame: the numbers after this one without a noun count nothing)
            if frame and _in_frame(sentence, match, frame, last_unit) and not _A_YEAR.fullmatch(match.group()):
                last_unit, last_end = frame[0], match.end()
                yield value, frame[0]  # "Av de 96 deltagarna … har 41 gått vidare": 41 deltagare
            continue
        if " per " not in unit and _AVERAGE_BEFORE.search(sentence, max(0, match.start() - 20), match.start()) \
                and (later := _PER_LATER.match(sentence, unit_end)) \
                and later["word"] not in STOP_WORDS and later["word"] not in VERBS:
            unit = f"{unit} per {later['word']}"
        head, _, per = unit.partition(" per ")
        if tail and tail[-1] in _HIRED and head not in PERSONS:
            continue  # staff the money paid for: "kunnat anställa fyra kursledare"
        if head in TIME_UNITS and (per in ("vecka", "månad", "dag", "år", "termin")
                                   or _SCHEDULE_AFTER.match(sentence, unit_end)):
            continue  # a schedule: "3 dagar i veckan"
        if head == "procent" and _SHARE_OF_MONEY.match(sentence, unit_end):
            continue  # a share of the money: "50 procent av kostnaden"
        if head == "procent" and (_OF_GOAL.match(sentence, unit_end) or (
                _POST_SHARE.search(sentence, max(0, match.start() - 10), match.start()) and _POST.search(sentence))):
            continue  # against the goal, or a post's share of full time
        if _STAFF_AFTER.match(sentence, unit_end) or _ANSWERED_AFTER.match(sentence, unit_end) or (
                head in MEMBERSHIP and _DESCRIBED.search(sentence, max(0, match.start() - 60), match.start())):
            continue  # staff the money paid for, who answered a survey, the organisation described
        if (head.endswith(("möte", "möten", "mötena")) or head.startswith("workshop")) and _FOLLOW_UP.search(sentence):
            continue  # how the parties followed the partnership up: "vid fyra uppföljningsmöten per år"
        if per in _RATE_PERIODS:
            unit = head  # "400 cyklar per år", "ett 20-tal familjer per termin": counted as what they count
        last_unit, last_end = unit, match.end()
        yield value, unit


# An article before a number makes its noun definite: "Av de 44 deltagarna".
_DEFINITE_BEFORE = re.compile(r"\b(?:de|dessa)\s+$")
# "27 av 30 tillfrågade deltagare", "26 av de 68 äldre": the first counts what the second does.
# Not a share said in words ("tre av fyra besökare", "åtta av tio deltagare"), and never of ten or a hundred.
_OF_WHOLE = re.compile(r"\s+av(?:\s+(?:de|dessa))?\s+(?P<whole>\d{1,3}(?:[ \u00a0]\d{3})*)(?=\s+[a-zåäöé])")
# What was done so many times: "Språkcaféet har hållits 212 gånger", "har haft öppet 64 gånger", "totalt 97 gånger";
# never how often ("två gånger i veckan", "tre gånger så många", "3,4 gånger per månad").
_TIMES = re.compile(r"\s+gånger\b(?!\s+(?:i\s+(?:veckan|månaden|året|taget)|per|om\s+(?:dagen|året)|så|fler|mer|större|"
                    r"högre|varje|vardera|var\b|under\s+(?:en|ett)\b))")
_EACH = re.compile(r"\b[Vv]arje\s+(?!vecka|månad|år|dag|kväll)\w+\s+(?:har|hade)\b")  # "Varje grupp har träffats tio gånger"
_DONE_BEFORE = re.compile(r"(?:\b(?:hållits|genomförts|ordnats|anordnats|arrangerats|träffats|samlats|setts|mötts|"
                          r"sammanträtt|haft\s+öppet|hållit\s+öppet|varit\s+öppen|varit\s+öppet|totalt|sammanlagt)"
                          r"(?:\s+(?:sammanlagt|totalt|omkring|cirka|ca|drygt|knappt|närmare))?)\s+$")
# A later year's or period's count of the same, its noun left out: "74 nattvandringar, 2023 80 och 2024 till och med
# oktober 68", "…, under 2023 var antalet 74 och under 2024 var det 69", "31 nya mentorpar, det andra 29 och under
# förlängningen 14", "… och under januari–oktober 2024 genomfördes 47."
_LATER_TIME = re.compile(r"\b(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?\b|\bdet\s+(?:andra|tredje|fjärde|femte|sista)\b"
                         r"|\bförlängning(?:en|såret)\b")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:och|men|samt|trots|eftersom|då|när)\b")
_COMPARED_BEFORE = re.compile(r"\bjämfört\s+med\s+(?:(?:omkring|cirka|ca|drygt|knappt)\s+)?$")
_RANGE_BEFORE = re.compile(rf"\bmellan\s+(?:(?:cirka|ca|omkring|ungefär)\s+)?(?:\d+|{NUMBER_WORD})\s+(?:och|till)\s+$",
                           re.IGNORECASE)
_SHARE_BEFORE = re.compile(rf"(?<![\w-])(?:\d+|{NUMBER_WORD})\s+av\s+$", re.IGNORECASE)
_A_YEAR = re.compile(r"(?:19|20)\d\d")
_PLAIN_ADVERBS = {"sammanlagt", "totalt", "omkring", "cirka", "ca", "drygt", "knappt", "ungefär", "närmare"}


def _indefinite(word: str, known: frozenset[str]) -> str:
    """A plural noun as a count names it: "deltagarna" deltagare, "barnen" barn, "eleverna" elever; a word
    whose indefinite form is neither a noun of persons nor in the document stays as it is."""
    candidates = ([word[:-4] + "are"] if word.endswith("arna") else []) + \
        ([word[:-2]] if word.endswith(("na", "en")) and len(word) > 4 else [])
    for candidate in candidates:
        if candidate in PERSONS:
            return candidate
    return next((candidate for candidate in candidates if candidate in known), word)


def _frame(sentence: str, antecedent: str | None, known: frozenset[str]) -> tuple[str, int] | None:
    """The group a sentence counts some of (`_FRAME`) and where its naming ends, else None."""
    found = _FRAME.match(sentence)
    if not found:
        return None
    first, second = found["first"], found["second"]
    if first in _FRAME_BY_REFERENCE:
        return (antecedent, found.end("first")) if antecedent else None
    if second and _qualifier(first) and noun(_indefinite(second, known)) and first not in PERSONS:
        group, end = second, found.end("second")  # "Av de 128 inskrivna deltagarna"
    else:
        group, end = first, found.end("first")
    group = _indefinite(group, known)
    if group in NOT_COUNTED or _time_span(group) or not noun(group) or group in STOP_WORDS:
        return None
    return group, end


def _in_frame(sentence: str, match: re.Match[str], frame: tuple[str, int], last_unit: str | None) -> bool:
    """Whether a number without a noun counts the frame's group: after it, with a verb on either side ("har 41
    gått", "blev 44 behöriga") or listed after one that does (", 18 från Mantorp och 11 från Skänninge")."""
    if match.start() < frame[1]:
        return False
    following = _WORD.match(sentence, match.end())
    if following and (_verb_like(following["word"]) or following["word"] in VERBS):
        return True
    before = [word for word in sentence[max(0, match.start() - 40):match.start()].lower().split()
              if word not in _PLAIN_ADVERBS]
    if not before:
        return False
    previous = before[-1].strip(",")
    if previous in VERBS or _verb_like(previous) or previous in ("deltog", "klarade", "nådde"):
        return True
    return last_unit == frame[0] and bool(_LISTED_BEFORE.search(sentence, 0, match.start()))


def _counted_as(sentence: str, at: int) -> str | None:
    """What "antalet …" before a number without a noun of its own counts: "antalet äldre som …" äldre, and
    "antalet unika besökare" besökare, as "94 unika besökare" counts besökare."""
    found = _COUNTED_AS.search(sentence[max(0, at - 160):at])
    if not found:
        return None
    words = (found["noun"] or found["noun_after"]).split()
    if len(words) == 2 and not _qualifier(words[0]):
        return None
    return words[-1] if noun(words[-1]) else None


def _unit(sentence: str, offset: int) -> tuple[str | None, int]:
    """The noun a number counts, after up to two qualifiers, with "och <persons>" and "per <noun>"."""
    words: list[re.Match[str]] = []
    position = offset
    for _ in range(3):
        word = _WORD.match(sentence, position)
        if not word:
            break
        words.append(word)
        position = word.end()
    if not words:
        return None, offset
    index = 0
    while index < min(2, len(words) - 1) and _qualifier(words[index]["word"]) and noun(words[index + 1]["word"]):
        index += 1
    head = "procent" if words[index]["word"] == "%" else words[index]["word"]
    if head == "unga" and index + 1 < len(words) and words[index + 1]["word"] == "vuxna":
        index += 1  # "203 unga vuxna": young adults, one group of persons
        head = "unga vuxna"
    elif head in _AGE_WORDS and index + 1 < len(words) and _PERSON_NOUN.search(words[index + 1]["word"]) \
            and words[index + 1]["word"] not in VERBS:
        index += 1  # "41 unga ledare" counts ledare, trained as a result (not staff, as "ledare" alone is)
        head = words[index]["word"]
    elif _SEEKING.fullmatch(head) and index + 1 < len(words) and words[index + 1]["word"] in PERSONS:
        index += 1  # "12 sökande familjer", "8 asylsökande barn": the persons, of whom the participle says who
        head = words[index]["word"]
    elif head in _UNPAID and index + 1 < len(words) and words[index + 1]["word"] == "ledare":
        index += 1  # "23 ideella ledare": volunteers, as "23 volontärer" are (not staff, as "ledare" alone is)
        head = f"{head} ledare"
    elif not noun(head):
        return None, offset
    unit, end = head, words[index].end()
    both = _AND_PERSONS.match(sentence, end)
    if head in PERSONS and both and both["word"] in PERSONS:
        unit, end = f"{head} och {both['word']}", both.end()
    elif both and head not in PERSONS | MEMBERSHIP | TIME_UNITS and _PLURAL.search(head) \
            and _PLURAL.search(both["word"]) and not _NOT_PLURAL.search(both["word"]) and noun(both["word"]) \
            and both["word"] not in PERSONS and not _WORD_THEN_NOUN.match(sentence, both.end()):
        unit, end = f"{head} och {both['word']}", both.end()  # "19 utflykter och aktivitetsdagar", "18 … och fester"
    elif head.endswith("-") and both:  # "42 städ- och tillsynsrundor": a word cut short, completed by the next
        unit, end = f"{head} och {both['word']}", both.end()
    per = _PER.match(sentence, end)
    if per and per["word"] not in STOP_WORDS and per["word"] not in VERBS:
        unit, end = f"{unit} per {per['word']}", per.end()
    return unit, end


# A plural noun, as two joined by "och" into one count's unit are: "utflykter", "konserter", "aktivitetsdagar".
_PLURAL = re.compile(r"(?:er|ar|or)$")
_NOT_PLURAL = re.compile(r"(?:erar|efter|under|över|eller|sedan)$")  # "repeterar", "därefter"
_WORD_THEN_NOUN = re.compile(r"\s+[a-zåäöé]+(?:a|e)\s+[a-zåäöé]")  # "… och fester gemensamma …": a new clause


def _qualifier(word: str) -> bool:
    """An adjective or participle before a noun: "registrerade", "gemensamma", "nya"."""
    return word in QUALIFIERS or (word not in PERSONS and word not in STOP_WORDS and word not in VERBS
                                  and not _time_span(word) and word.endswith(("a", "e")) and not word.endswith("are"))


def _time_span(word: str) -> bool:
    """The agreement's own time: "tre kalenderår", "de två avtalsåren", "tre säsonger", "två terminer"."""
    return word in NOT_COUNTED or word.endswith(("år", "åren", "året", "års")) or word.startswith(("säsong", "termin"))


def noun(word: str) -> bool:
    """Whether a word can be what a number counts: not a function word, verb, qualifier or a thing never counted."""
    if word in PERSONS or word == "procent":
        return True
    return not (word in STOP_WORDS or word in VERBS or word in QUALIFIERS or _time_span(word)
                or _verb_like(word) or (word.endswith(("a", "e")) and not word.endswith("are")))


# --- Case number --------------------------------------------------------------------------------------------------

CASE_NUMBER = re.compile(r"\b(?i:dnr|diarienummer|diarienr)\.?\s*:?\s*"
                         r"(?P<number>(?:[A-ZÅÄÖ]{1,6}(?:\s|-))?\d[\d.]{0,20}(?:-\d{1,10})?/\d{1,10}(?:[-:]\d{1,10}(?:\.\d{1,3})*)?)")


def case_number_in(text: str) -> str | None:
    """The case number as printed after "Dnr" or "Diarienummer:": "SÖD 2023/1234", "FA-2022/0456", with its
    filing code after it where there is one ("KUN 2024/00031-3.1.3")."""
    match = CASE_NUMBER.search(text)
    return match["number"] if match else None
