"""Texts that stress the import's reading, shared by the benchmark (its speed) and the tests (its growth).

Each text is one fragment repeated to the size asked for: sentences as reports write them, the same run together
into one sentence, and four kinds a careless pattern would read in quadratic time (dates glued to one another,
numbers in a row, very short sentences, and the words the agreements' patterns start from).
"""
from __future__ import annotations

import time

SENTENCES = (
    "Överenskommelsen gällde under perioden 1 januari 2020 – 31 december 2020 och förlängdes med sex månader. "
    "Den ingick den 1 mars 2019, 2021-01-01–2021-12-31, 2021-01-01 -- 2021-12-31, 31/12 2021 t.o.m. 31.12.2021 "
    "och fr.o.m. 1 jan. 2021 t.o.m. 31 dec 2021 mellan 1 mars och 30 februari 2021; årliga överenskommelser för "
    "2020, 2021 och 2022 samt förnyats årligen 2021–2023. Nämnden har bidragit med 300 000 kr per år, totalt "
    "900 000 kr. Under 2021 deltog 120 deltagare, 60 procent flickor, minst 100 unga. Dnr SÖD 2023/1234 "
)

FRAGMENTS = {
    "sentences": SENTENCES,
    "one-sentence": SENTENCES.replace(".", " "),
    "iso-dates": "2021-01-01-",
    "numbers": "1 1 1 12 deltagare ",
    "short-sentences": "a.\n",
    "mixed": "den 1 januari 2020 – ingick den 1 mars 2019 upphörde förlängdes med sex månader till 300 000 kr per år, "
             "totalt årliga överenskommelser för 2020, 2021 och \nEkonomi\n\n",
    # the words the extensions', options', hopes' and months' patterns start from, none of them ending a sentence
    "extensions": "beslutade nämnden och att förlänga den och därefter ytterligare en gång Förlängd 2:a gången, "
                  "optionen utnyttjades om en förlängning hoppas på en ny från september 2021 till juni 2024 "
                  "Startdatum: 2021-01-01 sade upp den och Överenskommelsen sades upp den 1 mars 2021. "
                  "Den upphörde att gälla den 2 mars 2021. ",
    # the words a form's fields, an extension's outcome, whole years and short dates start from
    "forms": "Optionen nyttjades genom beslut 2023-09-19, § 76, varvid Överenskommelsen upphör därmed Den första "
             "överenskommelsen förlängdes med ett läsår, det vill säga Förlängning beslutades att gälla även under "
             "Har överenskommelsen förlängts? Ja Om ja, ange till och med vilket datum Överenskommelsens period, från: "
             "Överenskommelsens startdatum 210901–230831 sept -21 – aug -23 t o m dec -23 Överenskommelsen gällde "
             "i stället för att förlänga har sagt upp och upphör att gälla respektive ",
}


def functions():  # type: ignore[no-untyped-def]
    """Every reading the import runs over a document's whole text."""
    from generator.importing.grammar import (agreements_in, annual_years_in, case_number_in, extensions_in,
                                             figures_in, funding_in, parse_date, periods_in, split_agreement_in)

    return (periods_in, extensions_in, annual_years_in, agreements_in, split_agreement_in, ended_early_in, funding_in,
            figures_in, case_number_in, parse_date)


def ended_early_in(text: str) -> object:
    """The early end of one agreement that spans the text's every date, as the import looks for it."""
    from datetime import date

    from generator.importing.grammar import ended_early

    return ended_early(text, [{"start": date(1900, 1, 1), "end": date(2099, 12, 31)}])


def mebibyte(fragment: str, size: int = 2**20) -> str:
    return (fragment * (size // len(fragment) + 1))[:size]


def cpu_seconds(function, text: str, under: float = 0.0) -> float:  # type: ignore[no-untyped-def]
    """Processor time of one call; measured once more if it is not under `under` (the machine may be busy)."""
    spent = float("inf")
    for _ in range(2):
        start = time.process_time()
        function(text)
        spent = min(spent, time.process_time() - start)
        if spent < under:
            break
    return spent


def slowest_per_mebibyte() -> dict[str, tuple[str, float]]:
    """For each kind of text: the slowest reading of one MiB of it, and its processor seconds (best of two)."""
    found = {}
    for kind, fragment in FRAGMENTS.items():
        text = mebibyte(fragment)
        found[kind] = max(((function.__name__, cpu_seconds(function, text, under=0.0)) for function in functions()),
                          key=lambda pair: pair[1])
    return found
