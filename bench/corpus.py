"""Realistic synthetic content for benchmarks: districts, organisations, themes and reports.

    python bench/corpus.py --reports 1000 --out /tmp/iop-corpus [--seed 1] [--jobs N]

writes DIR/districts.yml, DIR/organisations.yml, DIR/themes.yml and
DIR/reports/<id>.yml in the format of content/ (every field of a report,
with frequencies like real documents), and prints the counts. From Python:

    from bench.corpus import write_corpus
    counts = write_corpus(Path("/tmp/iop-corpus"), reports=1000, seed=1)

The same arguments give byte-identical files: all randomness comes from
random.Random seeded with `seed` (never the clock), and nothing depends on
hash order. Section text is composed sentence by sentence from templates in
the vocabulary of real slutrapporter, filled with the report's own facts
(committee, organisation, periods, activities, places), so pages differ and
a word search finds real variety. Every funding, figure and lesson `quote`
is a sentence generated first, put into one paragraph of one section, and
then quoted; the amount or value it carries is written inside it the Swedish
way ("450 000 kronor", "1,2 mnkr", "62,5", "tolv").

Scale: about 50 districts (min(50, max(5, reports // 20))), about 2,000
organisations (min(2000, max(20, reports // 5))), ten themes. Report files
left in DIR/reports/ from an earlier, larger run are removed, so the folder
holds exactly this corpus. For 1,000 reports or more the report files are
written by several processes (`jobs`, default one per CPU, at most four);
the files do not depend on how many. Standard library and PyYAML only.
"""
from __future__ import annotations

import argparse
import bisect
import json
import os
import random
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

import yaml
from yaml.resolver import Resolver

REPORT_SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/report.schema.json"
FIRST_YEAR, LAST_YEAR = 2012, 2026
LAST_DAY = date(LAST_YEAR, 12, 31)

# --------------------------------------------------------------------------
# Small helpers: Swedish dates, numbers and lists; ids; YAML scalars.
# --------------------------------------------------------------------------

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
NUMBER_WORDS = {1: "ett", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta",
                9: "nio", 10: "tio", 11: "elva", 12: "tolv"}
ORDINALS = ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde"]
_SLUG_TABLE = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "æ": "a", "ø": "o"})


def compound(first: str, second: str) -> str | None:
    """Two parts of a Swedish compound (Trygg + gnistan -> Tryggnistan), or None if they sound wrong together."""
    if second[:3] in first.lower():
        return None
    if len(first) > 1 and first[-1] == first[-2] == second[0]:
        return first + second[1:]
    return first + second


def slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower().translate(_SLUG_TABLE)))


def sv_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def sv_int(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def sv_join(items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


def sv_years(years: list[int]) -> str:
    """2022 / 2022 och 2023 / 2022, 2023 och 2024."""
    return sv_join([str(y) for y in years])


def genitive(name: str) -> str:
    """Järva stadsdelsnämnd, Enskede-Årsta-Vantörs stadsdelsnämnd: -s after a consonant."""
    return name if name[-1].lower() in "aeiouyåäösxz" else name + "s"


def capitalise(text: str) -> str:
    return text[0].upper() + text[1:] if text and text[0].islower() else text


def end_of_month(year: int, month: int) -> date:
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - timedelta(days=1)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, end_of_month(year, month + 1).day))


def luhn_check_digit(nine: str) -> int:
    """As generator/content/model.py valid_org_number checks it."""
    total = sum(d if i % 2 else (d * 2 if d < 5 else d * 2 - 9) for i, d in enumerate(int(c) for c in nine))
    return (10 - total % 10) % 10


_RESOLVER = Resolver()
_STR_TAG = "tag:yaml.org,2002:str"
_PLAIN_START_BAD = frozenset("-?:,[]{}#&*!|>'\"%@` \t")
_SCALAR_CACHE: dict[str, str] = {}


def scalar(value: str) -> str:
    """A single-line text value: plain when YAML reads it back as the same text, else double-quoted."""
    cached = _SCALAR_CACHE.get(value)
    if cached is not None:
        return cached
    if (not value or value[0] in _PLAIN_START_BAD or value[-1] in " :" or ": " in value or " #" in value
            or _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) != _STR_TAG):
        out = json.dumps(value, ensure_ascii=False)
    else:
        out = value
    if len(_SCALAR_CACHE) < 200_000:
        _SCALAR_CACHE[value] = out
    return out


class Weighted:
    """Deterministic weighted choice (bisect over cumulative weights)."""

    def __init__(self, items: list, weights: list[float]) -> None:
        self.items = items
        self.cumulative = list(accumulate(weights))

    def pick(self, rng: random.Random):
        index = bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[-1])
        return self.items[min(index, len(self.items) - 1)]


# --------------------------------------------------------------------------
# Sentence templates: {slot} is a fact of the report, [a|b|] picks one.
# --------------------------------------------------------------------------

_ALTERNATIVES = re.compile(r"\[([^\[\]]*)\]")


def compile_template(text: str) -> tuple[str, ...]:
    """Every way to read the [a|b] choices, as format strings for str.format_map."""
    match = _ALTERNATIVES.search(text)
    if not match:
        return (capitalise(text),)
    out: list[str] = []
    for alternative in match.group(1).split("|"):
        out += compile_template(text[:match.start()] + alternative + text[match.end():])
    return tuple(out)


class Facts(dict):
    """A report's facts for templates: text stays fixed, a tuple gives one of its values at each use."""

    __slots__ = ("rng", "choices")

    def __init__(self, rng: random.Random, values: dict) -> None:
        super().__init__((k, v) for k, v in values.items() if v.__class__ is str)
        self.rng = rng
        self.choices = {k: v for k, v in values.items() if v.__class__ is not str}

    def __missing__(self, key: str) -> str:
        options = self.choices[key]
        return options[int(self.rng.random() * len(options))]

    def with_values(self, **values) -> "Facts":
        merged = dict(self)
        merged.update(self.choices)
        merged.update(values)
        return Facts(self.rng, merged)


def sentence(template: tuple[str, ...], facts: Facts, rng: random.Random) -> str:
    text = template[int(rng.random() * len(template))].format_map(facts)
    return text if not text[0].islower() else text[0].upper() + text[1:]


def render(template: tuple[str, ...], facts: Facts, rng: random.Random) -> str:
    return template[int(rng.random() * len(template))].format_map(facts)


# Slots: committee, nam (nämnden), forv (förvaltningen), admin, district, area,
# org, short (a name of the organisation), gen (föreningen), gens (föreningens),
# acts (the activities as a list), act (one activity), place, target, people,
# goal, program, unit, season, y1, y2, period, start, end, nexty, year, partner.

POOLS_TEXT: dict[str, list[str]] = {
    "summary": [
        "Slutrapporten summerar verksamheten som har drivits inom ramen för partnerskapet samt redogör för [måluppfyllnad och lärdomar|måluppfyllelse, tidsplan och budget|parternas åtaganden och de lärdomar som har gjorts].",
        "Partnerskapet har riktat sig till {target} i {place}.",
        "Inriktningen för [överenskommelsen|överenskommelserna|partnerskapet] har varit {acts}.",
        "Hela partnerskapets tidsperiod utvärderades [i en gemensam workshop|vid ett gemensamt uppföljningsmöte|i en gemensam utvärdering] under {season} där [gemensamma prioriteringar av utmaningar och framgångsfaktorer gjordes|parterna gick igenom resultat och erfarenheter].",
        "Det har inte varit några [avvikelser|större avvikelser] i förhållande till tidsplan eller budget[ och parterna har uppfyllt sina respektive åtaganden som de framgår av överenskommelsen|].",
        "Syftet med partnerskapet har varit att {goal}.",
        "Förvaltningen bedömer att samverkan med {gen} har [fungerat väl|varit konstruktiv|utvecklats positivt] under [perioden|hela perioden|{span}].",
        "{gen} har bidragit med ideella krafter, lokalkännedom och kontaktytor som förvaltningen [inte har|saknar] på egen hand.",
        "Rapporten bygger på {gens} [verksamhetsberättelser|årliga redovisningar|egen slutredovisning] och förvaltningens [uppföljning|löpande uppföljning|dialog med {gen}].",
        "Verksamheten har [varit välbesökt|haft ett stabilt deltagande|nått en bred målgrupp] under [hela perioden|större delen av perioden].",
        "I rapporten beskrivs även hur {act} har [utvecklats|genomförts|tagits emot av deltagarna] under perioden.",
        "Parterna har gemensamt [följt upp|utvärderat|dokumenterat] verksamheten och de resultat som har uppnåtts.",
        "Förvaltningen har följt partnerskapet genom [regelbundna avstämningar|styrgruppsmöten|årliga uppföljningar] med {gen}.",
        "Partnerskapet har gett {target} i {place} tillgång till {act}.",
        "I rapporten redovisas också hur bidraget från {nam} har använts.",
        "Rapporten har tagits fram gemensamt av förvaltningen och {gen}.",
        "Under perioden har verksamheten utvecklats från [ett fåtal träffar|en mindre grupp|en pilotverksamhet] till en etablerad del av utbudet i {place}.",
    ],
    "background": [
        "Stockholms stad har sedan flera år tillbaka samverkat med den idéburna sektorn genom [idéburet offentligt partnerskap|överenskommelser om IOP].",
        "Överenskommelsen ingicks efter att {gen} [hade kontaktat förvaltningen med ett förslag om samverkan|hade presenterat en idé för förvaltningen|och förvaltningen under en längre tid hade fört en dialog].",
        "{short} har funnits i {place} sedan [många år|början av 2000-talet|1990-talet|mitten av 2010-talet] och har en stark lokal förankring.",
        "Stadsdelsförvaltningen och {gen} ansåg att {act} i {place} kunde bidra till att {goal}.",
        "Behovet av insatser för {target} i {place} har lyfts i förvaltningens [verksamhetsplan|lokala utvecklingsprogram|trygghetsarbete|områdesanalys].",
        "Enligt {program} ska staden samverka med civilsamhället för att {goal}.",
        "IOP valdes som samverkansform eftersom verksamheten inte [kunde upphandlas på en marknad|var lämplig att upphandla] och {gen} själv bidrog med egna resurser.",
        "Partnerskapet utgick från en gemensam analys av behoven hos {target} i [området|{place}|stadsdelsområdet].",
        "Innan överenskommelsen ingicks hade {gen} bedrivit [liknande verksamhet|{act}] med [föreningsbidrag|egna medel|stöd från en stiftelse] under några år.",
        "Förvaltningen [såg|bedömde] att {gens} arbete kompletterade de insatser som [förvaltningen|stadsdelsförvaltningen] redan erbjöd {target}.",
        "Idéburet offentligt partnerskap är en samverkansform där den offentliga och den idéburna parten gemensamt bidrar med resurser för att nå ett gemensamt mål.",
        "Målgruppen [har svårt att nå|nås sällan av] [förvaltningens ordinarie verksamheter|stadens ordinarie insatser], vilket var ett skäl till att partnerskapet ingicks.",
        "Behoven i {place} har under flera år beskrivits i förvaltningens [lägesbilder|områdesanalyser|verksamhetsplaner].",
        "{gen} har sedan starten drivits [helt ideellt|med en liten anställd personalgrupp|av boende i området].",
        "Inför överenskommelsen genomförde parterna en gemensam [behovsanalys|kartläggning|dialog] om vilka insatser som saknades för {target}.",
        "Partnerskapet tog sin utgångspunkt i {program}.",
        "Verksamheten är öppen för alla men riktar sig särskilt till {target}.",
    ],
    "case": [
        "Inriktningen för [överenskommelsen|överenskommelserna] har varit {acts}.",
        "Slutrapporten summerar verksamheten som har drivits av {gen} inom ramen för partnerskapet.",
        "Slutrapporten redogör även för [måluppfyllnad, tidsplan och budget|måluppfyllelse och parternas åtaganden] samt avslutas med ett stycke om lärdomar som framkom under den aktuella perioden för partnerskapet.",
        "Förvaltningen har återrapporterat kring IOP [årligen|till nämnden varje år|i samband med verksamhetsberättelsen].",
        "Verksamheten har bedrivits i {gens} lokaler i {place}[ och i {partner}s lokaler|].",
        "Verksamheten har i huvudsak riktat sig till {target} i {place}.",
        "Överenskommelsen för {y2} biläggs ärendet.",
        "Arbetet inom ramen för den [sista|senaste] överenskommelsen [redovisas i sin helhet i denna rapport|har återrapporterats till nämnden under {y2}].",
        "Under {y1} låg fokus på att bygga upp verksamheten och etablera kontakter med {target}.",
        "{act} har erbjudits [varje vecka under terminerna|två gånger i veckan|under skolloven och på helger].",
        "Verksamheten har [marknadsförts|spridits] via [sociala medier, skolor och anslagstavlor|{partner} och lokala föreningar|flygblad på flera språk].",
        "En styrgrupp med representanter för båda parter har följt arbetet [under hela perioden|och mötts regelbundet].",
        "Förvaltningen har [haft en utsedd kontaktperson|avsatt en samordnare] för partnerskapet.",
        "Verksamheten har bedrivits [under hela året|under terminerna|huvudsakligen under höst och vår] med uppehåll under [sommaren|jul och nyår|skolloven].",
        "Parterna har träffats [varje månad|en gång per kvartal|två gånger per termin] för att följa upp arbetet.",
        "{gen} har ansvarat för det dagliga genomförandet av {act}.",
        "Förvaltningen har ansvarat för [uppföljningen av överenskommelsen|kontakterna med andra verksamheter i området|att sprida information om verksamheten].",
        "Varje år har {gen} lämnat en verksamhetsberättelse som har legat till grund för förvaltningens uppföljning.",
        "I takt med att verksamheten växte har fler [ideella ledare|volontärer|samarbetspartner] knutits till partnerskapet.",
    ],
    "goal_fulfilment": [
        "Verksamheten har genomförts i enlighet med [överenskommelsen|överenskommelserna] och har varit välbesökt av målgruppen.",
        "Förvaltningen bedömer att partnerskapets aktiviteter har tillfört ett mervärde genom att de har kompletterat förvaltningens [egna insatser|ordinarie verksamhet|förebyggande arbete].",
        "Målen har följts upp genom [deltagarstatistik, enkäter och samtal med deltagarna|närvarolistor och uppföljningsmöten|{gens} egna utvärderingar].",
        "Deltagarna har i [enkäter och samtal|utvärderingar] uttryckt att de är nöjda med verksamheten.",
        "{act} har varit den mest efterfrågade delen av verksamheten.",
        "Uppföljningen visar att många deltagare har kommit tillbaka [termin efter termin|år efter år|vecka efter vecka].",
        "Förvaltningen bedömer att verksamheten har bidragit till att öka deltagarnas inkludering och delaktighet i samhället.",
        "Det har varit svårare än väntat att nå {target} [under kvällstid|i de norra delarna av området|via skolorna].",
        "Verksamheten har nått {people} som annars inte deltar i [organiserade aktiviteter|föreningslivet|förvaltningens verksamheter].",
        "Målen för partnerskapet formulerades gemensamt när överenskommelsen ingicks och har följts upp [årligen|halvårsvis|vid varje styrgruppsmöte].",
        "Kvalitativa resultat har dokumenterats genom [intervjuer|berättelser från deltagarna|ledarnas loggböcker].",
        "Målen har i huvudsak handlat om att {goal}.",
        "Resultaten har redovisats i {gens} [årliga rapporter|verksamhetsberättelser|slutredovisning].",
        "Deltagandet har varit [jämnt över åren|högst under vårterminerna|som störst under loven].",
        "Förvaltningen har tagit del av deltagarnas synpunkter genom [enkäter|samtal|fokusgrupper] i samband med [terminsavslutningar|uppföljningsmötena|aktiviteterna].",
        "Andelen återkommande deltagare har varit hög, vilket tyder på att verksamheten har svarat mot ett behov.",
        "Verksamheten har bidragit till att {target} i {place} har fått ett större kontaktnät.",
    ],
    "schedule_budget": [
        "Verksamheten har genomförts enligt den tidsplan som angavs i överenskommelsen.",
        "{gens} ekonomiska redovisning visar att bidraget har använts i enlighet med överenskommelsen.",
        "Bidraget har i huvudsak använts till [lokalhyra|löner för samordnare|arvoden till ledare], material och [fika vid träffarna|resor och utflykter|marknadsföring].",
        "{gen} har bidragit med ideellt arbete som motsvarar en betydande del av verksamhetens kostnader.",
        "Starten av verksamheten försenades något eftersom [lokalerna inte var klara|rekryteringen av ledare tog längre tid än beräknat].",
        "Den ekonomiska uppföljningen har skett [halvårsvis|kvartalsvis|årligen] genom avstämningsmöten mellan parterna.",
        "Budgeten har inte överskridits under någon del av perioden.",
        "Det har inte varit några avvikelser i förhållande till tidsplan och budget.",
        "{gen} har redovisat kostnaderna [per aktivitet|per termin|per år] i enlighet med överenskommelsen.",
        "Kostnaderna för lokaler har varit högre än beräknat, vilket {gen} har täckt med egna medel.",
        "En mindre del av bidraget har använts till [utbildning av ledare|inköp av material|studiebesök].",
        "Tidsplanen har reviderats [en gång|vid ett tillfälle] i samråd mellan parterna.",
        "{gens} revisor har granskat den ekonomiska redovisningen [varje år|för hela perioden].",
        "Bidraget har betalats ut [kvartalsvis|halvårsvis|i förskott för varje år] enligt överenskommelsen.",
    ],
    "commitments": [
        "Stadsdelsnämnden har uppfyllt åtagandet att bidra med ett årligt ekonomiskt bidrag till {gen} för genomförandet av aktiviteterna i överenskommelsen.",
        "Stadsdelsförvaltningen har även bidragit genom att samordna IOP:t och bidragit med personella resurser från kärnverksamheterna.",
        "{gen} har uppfyllt åtagandena att genomföra aktiviteterna i överenskommelsen.",
        "Partnerskapets styrgrupp har haft regelbundna möten där en löpande uppföljning av IOP:t har skett.",
        "Förvaltningen har bidragit med lokaler, marknadsföring och kontakter med {partner}.",
        "{gen} har bidragit med ideella ledare, lokalkännedom och egna medel.",
        "Parterna har gemensamt ansvarat för planering, uppföljning och utvärdering av verksamheten.",
        "Båda parter har uppfyllt sina respektive åtaganden som de framgår av överenskommelsen.",
        "Rapporteringen från {gen} har skett enligt de rutiner som parterna kom överens om.",
        "{gen} har lämnat verksamhetsberättelser och ekonomiska redovisningar [varje år|enligt överenskommelsen|i tid].",
        "{gen} har åtagit sig att rapportera avvikelser till förvaltningen, vilket har skett vid [ett|några få] tillfällen.",
        "Förvaltningen har bidragit med kunskap om målgruppen och om stadens övriga verksamheter.",
        "{gens} styrelse har tagit ett aktivt ansvar för partnerskapet.",
        "Samtliga åtaganden har följts upp vid styrgruppens möten.",
    ],
    "lessons_intro": [
        "Under {season} utvärderades partnerskapet i en gemensam workshop som syftade till att reflektera över arbetsprocessen i partnerskapet för att lära av de gemensamma åtagandena.",
        "Under utvärderingsworkshopen gjorde {gen} och förvaltningen gemensamma prioriteringar av de främsta utmaningarna och framgångsfaktorerna som funnits inom IOP-samverkan.",
        "Lärdomarna har sammanställts av förvaltningen utifrån samtal med {gen} och deltagare.",
        "Parterna har under hela perioden fört en löpande dialog om vad som fungerar och vad som behöver förändras.",
        "Nedan redovisas de [viktigaste|främsta] lärdomarna från partnerskapet[ som parterna gemensamt har identifierat|].",
    ],
    "challenges": [
        "En av utmaningarna inom IOP-samverkan har varit kontinuiteten i samverkan mellan {gen} och förvaltningens kärnverksamheter.",
        "Omorganisation och förändrade uppdrag inom förvaltningen innebar att det inte fanns samma utrymme att samverka som tidigare.",
        "Det har också varit svårt att involvera kärnverksamheterna eftersom de inte varit involverade i IOP-processen från början.",
        "Utvärderingen av partnerskapets effekter upplevdes också som en utmaning då den var resurskrävande att genomföra.",
        "En annan utmaning som framhölls var det stora utbudet av liknande aktiviteter i {place}, vilket gör det svårt för målgruppen att navigera mellan de olika alternativen.",
        "Det har varit svårt att rekrytera och behålla ideella ledare under hela perioden.",
        "Tillgången till ändamålsenliga lokaler har varit en återkommande utmaning för {gen}.",
        "Personalomsättningen hos {gen} har gjort att kontakterna med förvaltningen behövt byggas upp på nytt flera gånger.",
        "Kraven på dokumentation och uppföljning upplevdes som betungande för en liten ideell organisation.",
        "Det har tagit tid att nå {target} som inte redan har kontakt med föreningslivet.",
        "Kommunikationen mellan parterna har ibland brustit, särskilt vid byte av kontaktpersoner.",
        "Språkliga hinder har gjort det svårt att nå en del av målgruppen med information om verksamheten.",
        "Det har varit svårt att mäta verksamhetens långsiktiga effekter för deltagarna.",
        "Skillnaderna i arbetssätt mellan en offentlig förvaltning och en ideell organisation har krävt tid och tålamod från båda parter.",
        "Deltagandet har varierat kraftigt mellan terminerna, vilket har försvårat planeringen.",
        "Det har varit en utmaning att nå pojkar och män i samma utsträckning som flickor och kvinnor.",
        "Osäkerheten kring fortsatt finansiering har påverkat möjligheten att behålla personal.",
        "Samordningen med andra aktörer i {place} har inte fungerat så bra som parterna hade hoppats.",
    ],
    "success": [
        "Bland framgångsfaktorerna framhölls att {gen} är välförankrad i området och har möjlighet att vara flexibel i förhållande till var målgruppen befinner sig.",
        "Modellen för {gens} verksamhet lyftes också som en framgångsfaktor då den svarar mot ett reellt behov hos {target} i stadsdelsområdet.",
        "Ledarnas språkkunskaper och kulturella kompetens har varit avgörande för att nå målgruppen.",
        "Den regelbundna dialogen i styrgruppen har gjort det möjligt att snabbt anpassa verksamheten efter nya behov.",
        "Att verksamheten har varit avgiftsfri och öppen för alla har sänkt trösklarna för deltagande.",
        "Det nära samarbetet med {partner} i {place} har varit en viktig framgångsfaktor.",
        "{gens} höga tillitskapital hos de boende har gjort det möjligt att nå personer som förvaltningen annars har svårt att nå.",
        "En tydlig överenskommelse med gemensamt formulerade mål har underlättat uppföljningen.",
        "Kontinuiteten bland ledarna har skapat trygghet och förtroende hos deltagarna.",
        "Att deltagarna själva har varit med och format aktiviteterna har bidragit till ett högt och stabilt deltagande.",
        "Den gemensamma workshopen gav parterna en delad bild av vad som har fungerat och vad som kan utvecklas.",
        "Samlokaliseringen med förvaltningens verksamheter i {place} har gjort det lätt för deltagarna att hitta till verksamheten.",
        "Det ideella engagemanget hos {gens} medlemmar har varit en förutsättning för verksamhetens omfattning.",
        "Korta beslutsvägar hos {gen} har gjort det möjligt att pröva nya arbetssätt.",
        "Att förvaltningen har funnits på plats vid flera av aktiviteterna har stärkt samverkan och gett värdefull kunskap om målgruppens behov.",
    ],
    "preparation": [
        "Samråd har skett med {short}.",
        "Ärendet har stämts av med {gen} inför beslut.",
        "Ärendet har behandlats i förvaltningsgruppen.",
        "Underlaget har tagits fram i samarbete med {gen}.",
    ],
    "equality": [
        "Verksamheten har riktat sig till både flickor och pojkar, kvinnor och män.",
        "Förvaltningen har följt upp deltagandet uppdelat på kön där det har varit möjligt.",
        "Partnerskapet har bidragit till att stärka barnets rättigheter enligt barnkonventionen, som sedan 2020 är svensk lag.",
        "Barnets bästa har beaktats i planeringen av verksamheten genom att barn och unga har fått lämna synpunkter på aktiviteterna.",
        "Ärendet bedöms inte ha några direkta konsekvenser för barn, men verksamheten har indirekt kommit barn till del genom deras vårdnadshavare.",
        "Förvaltningen har tagit del av de lärdomar som överenskommelsens parter har lämnat ifrån sig och tar med dem inför framtida planering.",
        "En jämställdhetsanalys har gjorts utifrån {gens} deltagarstatistik och ledarnas iakttagelser.",
        "Genom att verka för att {target} ges stöd bidrar partnerskapet till att jämna ut den ojämlikhet som råder mellan kvinnor och män.",
        "Verksamheten har utformats så att den ska vara tillgänglig för personer med funktionsnedsättning.",
        "Både flickor och pojkar har haft tillgång till verksamheten på lika villkor.",
        "{gen} har arbetat aktivt för att fler [flickor|kvinnor|pojkar] ska delta.",
        "Barn och unga har fått information om sina rättigheter i samband med aktiviteterna.",
        "Förvaltningen bedömer att partnerskapet har bidragit positivt ur ett barnrättsperspektiv.",
    ],
    "admin_view": [
        "Förvaltningen ser positivt på det arbete som {gen} har utfört inom ramen för partnerskapet.",
        "Partnerskapet har visat att idéburet offentligt partnerskap kan vara en ändamålsenlig samverkansform för insatser riktade till {target}.",
        "Förvaltningen bedömer att behovet av {act} i {place} kvarstår.",
        "Erfarenheterna från partnerskapet kommer att tas tillvara i förvaltningens fortsatta arbete med att {goal}.",
        "Överenskommelsen om IOP med {short} löpte ut den {end}.",
        "Förvaltningen har tagit del av de lärdomar som överenskommelsens parter har lämnat ifrån sig och tar med dem inför framtida planering.",
        "Förvaltningen vill särskilt lyfta {gens} förmåga att [nå nya deltagare|anpassa verksamheten efter målgruppens behov|samverka med andra aktörer i området].",
        "Förvaltningen bedömer att partnerskapet har varit ett värdefullt komplement till stadens egna insatser i {place}.",
        "Samverkan med {gen} har gett förvaltningen ökad kunskap om {target}.",
        "Förvaltningen avser att fortsätta dialogen med {gen} [om framtida samverkan|om hur verksamheten kan utvecklas|inom ramen för det lokala nätverket].",
        "Förvaltningen vill tacka {gen} för ett gott samarbete under perioden.",
        "Lärdomarna från partnerskapet kommer att användas i förvaltningens arbete med [framtida överenskommelser|nästa års verksamhetsplan|stadens strategi för IOP].",
        "Förvaltningen bedömer att formen för uppföljning har fungerat väl och kan användas även i andra partnerskap.",
    ],
    "general": [
        "Partnerskapet har följts upp i styrgruppen som har haft regelbundna möten under hela perioden.",
        "{gen} har lämnat verksamhetsberättelser och ekonomiska redovisningar enligt överenskommelsen.",
        "Samverkan har präglats av öppenhet och ett gemensamt ansvar för verksamhetens utveckling.",
        "Verksamheten har utvecklats över tid utifrån deltagarnas önskemål och de erfarenheter som parterna har gjort.",
        "{forv} har informerat om verksamheten i sina egna kanaler och via {partner}.",
        "Under {year} genomfördes [en enkät|en intervjuundersökning|ett antal fokusgrupper] bland deltagarna för att följa upp verksamheten.",
        "Deltagarna har kommit från hela {area}, men de flesta har varit boende i {place}.",
        "{gen} har [samverkat med|haft ett nära samarbete med] {partner} för att nå fler i målgruppen.",
        "Flera av deltagarna har senare själva engagerat sig som ideella ledare i verksamheten.",
        "Aktiviteterna har genomförts på flera språk för att nå fler i målgruppen.",
        "Verksamheten har anpassats efter de behov som har framkommit under perioden.",
        "Parterna har haft en gemensam bild av syftet med partnerskapet under hela perioden.",
        "{act} har kompletterats med [studiebesök|gemensamma aktiviteter|temakvällar] under perioden.",
        "Intresset för verksamheten har ökat under perioden, vilket har lett till [väntelistor|fler grupper|utökade öppettider].",
        "Kontakten mellan parterna har [i huvudsak|framför allt] skett genom {gens} [samordnare|verksamhetsledare|ordförande] och förvaltningens kontaktperson.",
        "Verksamheten har haft en tydlig lokal förankring i {place}.",
        "Många deltagare har hittat till verksamheten genom [vänner och grannar|skolan|sociala medier|{partner}].",
        "{gen} har under perioden också fått bidrag från [andra finansiärer|stiftelser|Allmänna arvsfonden] för delar av verksamheten.",
        "Uppföljningen har visat att verksamheten har nått både nya och återkommande deltagare.",
        "Lokalerna har varit tillgängliga för personer med funktionsnedsättning.",
        "Information om verksamheten har funnits på [svenska, arabiska och somaliska|flera språk|lätt svenska].",
        "Ledarna har haft regelbundna träffar för att planera och utvärdera verksamheten.",
        "Det ideella engagemanget har varit en förutsättning för att kunna bedriva verksamheten i den omfattning som har skett.",
    ],
    # What happened when: drawn with replacement (Drawer.told); the many slots keep sentences apart.
    "narrative": [
        "Under {season2} {nyear} [genomfördes|arrangerades|hölls] [en temakväll|en workshop|en öppen träff|en informationsträff|ett seminarium] om {topic}[ i samarbete med {partner}| för {target}|].",
        "I {month} {nyear} startade {gen} en ny grupp för {target} med inriktning på {topic}.",
        "Träffarna har [i huvudsak|oftast|för det mesta] hållits på {weekday}ar {venue}.",
        "Under {nyear} flyttade verksamheten till nya lokaler {venue}[, vilket gjorde den mer tillgänglig för {target}|].",
        "Ett återkommande önskemål från deltagarna har varit mer tid för {topic}.",
        "{gen} har under {nyear} tagit fram [nytt material|en handledning|en broschyr|en kortfilm] om {topic}[ på flera språk|].",
        "Intresset för {topic} var särskilt stort under {season2} {nyear}.",
        "Inför {nyear} [utökades|kompletterades|förstärktes] verksamheten med {act}[ på {weekday}ar|].",
        "Vid {smallword} tillfällen under {nyear} bjöds externa föreläsare in för att tala om {topic}.",
        "Samarbetet med {partner} [fördjupades|inleddes|formaliserades] under {nyear}.",
        "Deltagarna har själva föreslagit [teman|aktiviteter|träffar] om {topic} och {topic}.",
        "[En utflykt|En studieresa|Ett studiebesök] till [Skansen|Tekniska museet|Naturhistoriska riksmuseet|skärgården|Stadshuset|Riksdagen|Hagaparken|Fotografiska] genomfördes under {season2} {nyear}.",
        "Under {nyear} [minskade|ökade] antalet deltagare [något|tydligt] jämfört med året innan[, främst på grund av {reason}|].",
        "{gen} har rekryterat nya [ledare|volontärer|cirkelledare] med kunskaper i [arabiska|somaliska|tigrinja|dari|persiska|turkiska|engelska|finska|ukrainska|polska|kurdiska].",
        "Under {season2} {nyear} genomfördes en [enkät|utvärdering|intervjuundersökning] om {topic} bland deltagarna.",
        "Ledarna har gått [en utbildning|en fortbildning|en kurs] i {training} under {nyear}.",
        "Verksamheten har [på {weekday}ar|under helgerna|under skolloven] varit öppen {venue}.",
        "En av deltagarna beskrev [träffarna|verksamheten] som [en fristad|en andra familj|en plats där man blir sedd|ett sätt att bryta ensamheten].",
        "Inom ramen för partnerskapet har {gen} också [deltagit i|medverkat vid] [stadsdelsdagen i {place}|en föreningsmässa|nationaldagsfirandet|en trygghetsdag|en kulturfestival i området] under {nyear}.",
        "[Under {season2} {nyear}|I {month} {nyear}] [besökte|träffade] representanter för nämnden verksamheten och samtalade med [deltagarna|ledarna|styrelsen] om {topic}.",
        "Samtalen med deltagarna har ofta kommit att handla om {topic}, vilket har påverkat innehållet i [träffarna|verksamheten|kommande aktiviteter].",
        "Under {nyear} prövade {gen} att [erbjuda|samordna|dela in] {act} i mindre grupper[ {venue}|].",
        "Förvaltningen och {gen} har under {nyear} gemensamt informerat [skolor|förskolor|bostadsbolag|vårdcentralen|familjecentralen] i {place} om verksamheten.",
        "Verksamheten har särskilt uppmärksammat {topic} eftersom [det efterfrågades av deltagarna|behovet bedömdes vara stort i området|det lyftes i den årliga uppföljningen].",
        "Under {nyear} köptes [nya spel|ny utrustning|böcker|datorer|instrument|material] in till verksamheten.",
        "Under {season2} {nyear} hölls en [avslutning|öppen dag|utställning|föreställning] där deltagarna [bjöd in sina familjer|visade vad de hade arbetat med|berättade om verksamheten].",
        "Efter önskemål från deltagarna infördes under {nyear} [en särskild grupp för kvinnor|en grupp på lätt svenska|ett pass på förmiddagen|ett pass på helgerna].",
        "En [ny samordnare|ny verksamhetsledare|ny ordförande] tillträdde hos {gen} under {nyear}.",
        "Under {season2} {nyear} [ställdes några träffar in|flyttades några träffar] på grund av [sjukdom bland ledarna|renovering av lokalerna|låg anmälan].",
    ],
}
SEASONS = ["våren", "hösten", "sommaren", "vintern"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
SMALL_WORDS = ["två", "tre", "fyra", "fem", "sex", "sju", "åtta"]
REASONS = ["ett byte av ledare", "bättre marknadsföring", "samarbetet med skolorna", "ombyggnaden av centrum",
           "nya öppettider", "flytten till nya lokaler", "att fler hittade dit via sociala medier"]
TRAININGS = ["bemötande", "första hjälpen", "barnkonventionen", "konflikthantering", "normkritik",
             "våld i nära relationer", "psykisk ohälsa", "föreningskunskap", "hbtqi-frågor"]
VENUES = ["i föreningens lokaler", "på biblioteket i {place}", "i skolans lokaler", "på fritidsgården i {place}",
          "i medborgarhuset", "i en lokal som förvaltningen upplåter", "i träffpunkten i {place}",
          "i församlingshemmet", "i en kvarterslokal hos bostadsbolaget"]

# Outcome and next-step statements: the only sentences that give an assessment.
OUTCOME_TEXT = {
    "goals_met": [
        "Förvaltningen bedömer att partnerskapets mål har uppfyllts[ utifrån en sammanvägd bedömning av tidigare rapporterade resultat| utifrån den uppföljning som har gjorts|].",
        "Sammantaget bedömer förvaltningen att målen för överenskommelsen har uppfyllts.",
        "Målen för partnerskapet har uppfyllts.",
    ],
    "goals_partly_met": [
        "Förvaltningen bedömer att partnerskapets mål har delvis uppfyllts.",
        "Sammantaget bedömer förvaltningen att målen för överenskommelsen har delvis uppfyllts.",
        "Målen för partnerskapet har delvis uppfyllts[ utifrån den uppföljning som har gjorts|].",
    ],
    "goals_not_met": [
        "Förvaltningen bedömer att partnerskapets mål inte har uppfyllts.",
        "Sammantaget bedömer förvaltningen att målen för överenskommelsen inte har uppfyllts.",
    ],
    None: [
        "Måluppfyllelsen redovisas närmare i {gens} slutrapport som biläggs ärendet.",
        "Förvaltningen har följt upp verksamheten löpande under perioden.",
    ],
}
OUTCOME_MORE = {
    "goals_met": [
        "Samtliga delmål i överenskommelsen har uppnåtts.",
        "Verksamheten har nått fler deltagare än vad som planerades när överenskommelsen ingicks.",
    ],
    "goals_partly_met": [
        "Målet om att nå fler {people} har uppnåtts, medan målet om [ökad samverkan med skolorna|en jämnare könsfördelning|fler ideella ledare] endast delvis har nåtts.",
        "En del av de planerade aktiviteterna kunde inte genomföras i den omfattning som var tänkt.",
    ],
    "goals_not_met": [
        "Verksamheten har inte nått den avsedda målgruppen i den omfattning som planerades.",
        "Flera planerade aktiviteter ställdes in på grund av brist på ledare och lokaler.",
    ],
    None: [],
}
NEXT_STEP_TEXT = {
    "renegotiation": [
        "Förvaltningen föreslår att nämnden uppdrar till förvaltningen att inleda en omförhandling av överenskommelsen om IOP med [delvis annat verksamhetsinnehåll|ett förändrat verksamhetsinnehåll riktat till {target}].",
        "Under {season} har {short} och förvaltningen inlett en dialog kring ett nytt verksamhetsinnehåll för ett IOP.",
    ],
    "extension": [
        "Förvaltningen föreslår att överenskommelsen med {short} förlängs till och med den 31 december {nexty}.",
        "Parterna är överens om att verksamheten bör fortsätta i sin nuvarande form under ytterligare en period.",
    ],
    "new_agreement": [
        "Förvaltningen avser att ingå en ny överenskommelse om IOP med {short} [för {nexty}|från och med {nexty}].",
        "Under {season} har parterna inlett arbetet med en ny överenskommelse som bygger på erfarenheterna från partnerskapet.",
    ],
    "ended": [
        "Partnerskapet avslutas i och med att överenskommelsen har löpt ut[ och förvaltningen avser inte att ingå någon ny överenskommelse med {gen}|].",
        "Förvaltningen kommer att hänvisa målgruppen till andra verksamheter i området när partnerskapet avslutas.",
    ],
    None: [],
}
CLOSING_PROPOSAL = "Förvaltningen föreslår[ också|] att {nam} godkänner [förvaltningens slutrapport och lägger den till handlingarna|och lägger slutrapporten till handlingarna]."
PANDEMIC = {
    "case": ["Under pandemin behövde verksamheten ställas om till [digitala träffar och utomhusaktiviteter|mindre grupper och utomhusaktiviteter]."],
    "schedule_budget": ["Det har inte varit några avvikelser i förhållande till tidsplan och budget, bortsett från en period under pandemin då verksamheten behövde genomföras utifrån då rådande restriktioner."],
    "challenges": ["Pandemin gjorde att stora delar av verksamheten fick ställas om eller ställas in under 2020 och 2021."],
    "success": ["Förmågan att snabbt ställa om verksamheten under pandemin lyftes som en särskild styrka."],
}
ANNUAL = {
    "challenges": ["De ettåriga överenskommelserna har gjort det svårt för {gen} att planera långsiktigt."],
}

THEMES = [
    {
        "id": "foraldraskapsstod", "name": "Föräldraskapsstöd",
        "topics": ["barns sömn och skärmtid", "gränssättning utan våld", "barns rättigheter", "skolans krav och förväntningar", "tonåren", "kommunikation i familjen", "barns psykiska hälsa", "föräldrars egen hälsa", "språkutveckling hos små barn", "hur förskolan fungerar", "barns sociala medier", "kost och rörelse i familjen", "syskonrelationer", "att vara förälder i ett nytt land", "separation och föräldrasamarbete", "barns fritid", "stress i vardagen", "samarbete med skolan"],
        "description": "Stöd till föräldrar och vårdnadshavare i deras föräldraskap.",
        "target": ["föräldrar och vårdnadshavare", "föräldrar", "vårdnadshavare", "familjer med barn"],
        "people": ["föräldrar", "vårdnadshavare"],
        "activities": ["föräldraskapsutbildningar", "föräldraträffar", "föreläsningar", "studiecirklar",
                       "utbildningar av cirkelledare", "samtalsgrupper för pappor", "familjeträffar",
                       "föräldrakurser på modersmål"],
        "goal": ["stärka föräldrar i deras föräldraskap", "ge vårdnadshavare verktyg att stödja sina barns utveckling",
                 "öka föräldrars kunskap om barns rättigheter"],
        "program": ["Stockholms stads program för föräldraskapsstöd", "stadens strategi för föräldraskapsstöd"],
        "text": [
            "Många föräldrar, oavsett bakgrund, möter utmaningar och svåra situationer i sitt föräldraskap.",
            "Att vara ny i Sverige och inte känna till de lagar, regler och normer som styr samhället kan innebära ytterligare svårigheter som förälder.",
            "Föräldrarna kan vara svåra att nå via traditionella kanaler, istället måste kontakt etableras där de redan befinner sig.",
            "Forskning visar att ett tidigt och generellt föräldraskapsstöd är en viktig skyddsfaktor för barns hälsa och utveckling.",
            "Genom att stärka vårdnadshavarna bidrar partnerskapet till att förbättra barns uppväxtvillkor i {place}.",
            "Andelen pappor som deltog i föräldraträffarna ökade under perioden, vilket [parterna ser som|förvaltningen bedömer vara] ett viktigt steg mot ett mer jämställt föräldraskap.",
            "Föräldrarna har fått kunskap om barns utveckling, gränssättning utan våld och hur skolan fungerar i Sverige.",
            "Träffarna har letts av utbildade gruppledare som talar deltagarnas språk.",
            "Många föräldrar har efterfrågat fortsatt stöd när barnen når tonåren.",
            "Flera av föräldrarna har själva gått vidare och blivit cirkelledare.",
        ],
    },
    {
        "id": "laxhjalp-och-skolstod", "name": "Läxhjälp och skolstöd",
        "topics": ["matematik inför de nationella proven", "läsförståelse", "engelska", "svenska som andraspråk", "studieteknik inför prov", "gymnasievalet", "de naturorienterande ämnena", "skrivande", "högläsning", "samhällskunskap", "kemi och fysik", "historia", "geografi", "programmering", "moderna språk", "betygskriterier", "läsning av skönlitteratur", "muntliga redovisningar"],
        "description": "Läxhjälp, läsfrämjande och annat stöd för barns och ungas skolgång.",
        "target": ["barn och unga", "elever i mellanstadiet och högstadiet", "skolbarn", "ungdomar i årskurs 7–9"],
        "people": ["elever", "barn", "ungdomar"],
        "activities": ["läxhjälp", "läsfrämjande aktiviteter", "sommarskola", "mattecirklar", "studieteknik",
                       "lovskola", "läsläxhjälp på biblioteket", "mentorskap"],
        "goal": ["öka skolframgången bland barn och unga", "ge fler elever möjlighet att nå behörighet till gymnasiet",
                 "skapa en lugn plats för studier efter skoltid"],
        "program": ["Stockholms stads skolprogram", "stadens program för skolframgång"],
        "text": [
            "Skolframgång anses vara en av de mest avgörande faktorerna för barn och unga att utvecklas i en positiv riktning.",
            "Enligt {program} ska staden samarbeta med organisationer som vill bidra till barns och ungdomars utveckling och lärande.",
            "Det är av stor vikt att barn får stöd för att lyckas med sin skolgång som är en viktig skyddsfaktor för att säkra en gynnsam utveckling.",
            "Många elever i {place} saknar en lugn plats att göra läxor på och vuxna som kan hjälpa dem med skolarbetet.",
            "Läxhjälpen har varit öppen för alla elever oavsett skola, vilket har gjort den till en naturlig mötesplats i området.",
            "Flickor och pojkar har deltagit i ungefär lika stor utsträckning, men [flickorna har oftare stannat kvar under hela terminen|pojkarna har oftare kommit till de öppna passen].",
            "Volontärerna är ofta studenter som själva har gått i skolan i området och kan fungera som förebilder.",
            "Läxhjälpen har haft ett nära samarbete med lärarna på skolorna i området.",
            "Elever som deltog regelbundet har enligt lärarna förbättrat sina studieresultat.",
            "Under provperioderna har läxhjälpen haft utökade öppettider.",
        ],
    },
    {
        "id": "idrott-och-fritid", "name": "Idrott och fritid",
        "topics": ["fotboll", "basket", "simning", "dans", "boxning", "friidrott", "innebandy", "klättring", "kampsport", "cykling", "badminton", "volleyboll", "brottning", "parkour", "schack", "bordtennis", "skateboard", "orientering"],
        "description": "Idrott, rörelse och meningsfulla fritidsaktiviteter för barn, unga och vuxna.",
        "target": ["barn och unga", "ungdomar", "flickor i åldern 10–15 år", "unga vuxna"],
        "people": ["barn", "ungdomar", "deltagare"],
        "activities": ["fotbollsträningar", "spontanidrott", "simskola", "lovaktiviteter", "nattfotboll",
                       "tjejträning", "dansgrupper", "friluftsdagar", "boxningsträning"],
        "goal": ["erbjuda en meningsfull fritid för barn och unga", "öka den fysiska aktiviteten bland barn och unga",
                 "få fler flickor att delta i idrott"],
        "program": ["stadens idrottspolitiska program", "Stockholms stads program för en meningsfull fritid"],
        "text": [
            "Idrott och rörelse bidrar till bättre hälsa, gemenskap och en meningsfull fritid.",
            "Andelen barn och unga som deltar i organiserad idrott är lägre i {place} än i staden som helhet.",
            "Särskilt flickor deltar i mindre utsträckning i föreningsidrott, vilket har varit en utgångspunkt för partnerskapet.",
            "Aktiviteterna har varit avgiftsfria, vilket har sänkt trösklarna för familjer med begränsade ekonomiska resurser.",
            "Lovaktiviteterna har erbjudit barn som annars inte reser bort under loven en möjlighet till gemenskap och rörelse.",
            "Ledarna är ofta själva uppvuxna i området och fungerar som förebilder för de yngre deltagarna.",
            "Träningarna har kombinerats med samtal om kost, sömn och skolarbete.",
            "Tjejträningen har letts av kvinnliga tränare för att sänka trösklarna.",
            "Flera av deltagarna har gått vidare till föreningens ordinarie lag.",
            "Aktiviteterna har i huvudsak bedrivits i skolornas idrottshallar och på konstgräsplanen.",
        ],
    },
    {
        "id": "aldre-och-social-gemenskap", "name": "Äldre och social gemenskap",
        "topics": ["digitala tjänster", "fallprevention", "kost och hälsa", "minnesträning", "lokalhistoria", "trädgårdsodling", "musik från förr", "skydd mot bedrägerier", "friskvård", "läsning", "släktforskning", "stolgympa", "bokcirklar", "handarbete", "boule", "utflykter i närområdet", "smarta telefoner", "kontakt med vården"],
        "description": "Mötesplatser och aktiviteter som motverkar ensamhet och isolering bland äldre.",
        "target": ["äldre", "äldre personer", "seniorer", "äldre som lever ensamma"],
        "people": ["äldre", "seniorer", "deltagare"],
        "activities": ["seniorträffar", "promenadgrupper", "digital hjälp för äldre", "sittgympa",
                       "gemensamma luncher", "telefonkedjan", "studiebesök", "sång och musik"],
        "goal": ["motverka ofrivillig ensamhet bland äldre", "skapa mötesplatser för äldre",
                 "stärka äldres hälsa och delaktighet"],
        "program": ["Stockholms stads äldreomsorgsprogram", "stadens program för en äldrevänlig stad"],
        "text": [
            "Ofrivillig ensamhet är ett växande problem bland äldre och påverkar både den fysiska och psykiska hälsan.",
            "Många äldre i {place} bor ensamma och har få sociala kontakter utanför hemmet.",
            "Den digitala hjälpen har gjort det möjligt för fler äldre att använda e-tjänster, boka tider och hålla kontakt med anhöriga.",
            "Kvinnor har varit i majoritet bland deltagarna, vilket speglar åldersstrukturen i området.",
            "Verksamheten har fungerat som en väg in till stadsdelsförvaltningens öppna verksamhet för äldre.",
            "Promenadgrupperna har gett deltagarna både motion och nya bekantskaper.",
            "Luncherna har varit ett uppskattat tillfälle att träffas och äta tillsammans.",
            "Flera deltagare har berättat att träffarna är veckans viktigaste inslag.",
            "Verksamheten har samarbetat med hemtjänsten för att nå äldre som sällan lämnar hemmet.",
        ],
    },
    {
        "id": "sprak-och-integration", "name": "Språk och integration",
        "topics": ["bostadsmarknaden", "skolan och förskolan", "hälso- och sjukvården", "arbetsmarknaden", "barns rättigheter", "demokrati och val", "föreningslivet", "privatekonomi", "svenska traditioner", "jämställdhet", "vardagssvenska", "uttal", "myndighetsbrev", "kollektivtrafiken", "banker och betalningar", "sjukvårdsrådgivningen", "hyresrätt", "högtider"],
        "description": "Svenska språket, samhällsinformation och vägar in i samhället för nyanlända.",
        "target": ["nyanlända", "nyanlända kvinnor", "personer med kort tid i Sverige", "nyanlända familjer"],
        "people": ["deltagare", "kvinnor", "nyanlända"],
        "activities": ["språkcafé", "svenska för föräldrar", "samhällsinformation", "språkvänner",
                       "mentorskap för nyanlända", "studiebesök i samhället", "samhällsorientering på modersmål"],
        "goal": ["underlätta etableringen för nyanlända", "ge fler möjlighet att öva svenska i vardagen",
                 "öka kunskapen om det svenska samhället"],
        "program": ["stadens program för mänskliga rättigheter", "Stockholms stads integrationsprogram"],
        "text": [
            "Inom {area} bor det många personer med kort tid i Sverige.",
            "Språket är en nyckel till arbete, utbildning och delaktighet i samhället.",
            "Språkcaféet har fungerat som en mötesplats där nyanlända och etablerade boende har kunnat mötas på lika villkor.",
            "Många deltagare saknar nätverk utanför den egna familjen och språkgruppen.",
            "Samhällsinformationen har handlat om bland annat skolan, hälso- och sjukvården, bostadsmarknaden och barns rättigheter.",
            "Verksamheten har nått många kvinnor som inte deltar i annan undervisning i svenska.",
            "Språkvännerna har varit boende i området som har träffat deltagarna regelbundet.",
            "Många deltagare har gått vidare till sfi, studier eller arbete.",
            "Samhällsinformationen har getts på deltagarnas modersmål.",
        ],
    },
    {
        "id": "arbete-och-sysselsattning", "name": "Arbete och sysselsättning",
        "topics": ["cv och personligt brev", "anställningsintervjuer", "arbetsrätt", "körkortsteori", "att starta eget", "validering av utbildning", "arbetsmarknadens krav", "digitala jobbansökningar", "yrkessvenska", "praktik inom handeln", "arbetsmiljö", "lönespecifikationer", "yrkesutbildningar", "körkort", "branschcertifikat", "nätverkande", "föreningsanställningar", "sommarjobbsansökningar"],
        "description": "Vägar till arbete, praktik och studier för unga och vuxna.",
        "target": ["unga vuxna", "arbetssökande", "unga som varken arbetar eller studerar",
                   "kvinnor som står långt från arbetsmarknaden"],
        "people": ["deltagare", "ungdomar", "arbetssökande"],
        "activities": ["cv-skrivning", "jobbcoachning", "praktikplatser", "sommarjobb för unga", "arbetsträning",
                       "företagsbesök", "intervjuträning", "körkortsteori"],
        "goal": ["korta vägen till arbete eller studier", "stärka deltagarnas ställning på arbetsmarknaden",
                 "ge unga en första arbetslivserfarenhet"],
        "program": ["Stockholms stads arbetsmarknadsprogram", "stadens program för fler i arbete"],
        "text": [
            "Arbetslösheten i {place} är högre än genomsnittet för staden, särskilt bland unga och utrikes födda kvinnor.",
            "Ett arbete eller en utbildning är en av de viktigaste faktorerna för självförsörjning och delaktighet i samhället.",
            "Verksamheten har kompletterat Jobbtorg Stockholm genom att nå deltagare som inte själva söker sig till myndigheter.",
            "Flera deltagare har gått vidare till anställning, studier eller praktik under partnerskapets gång.",
            "Kontakterna med lokala företag har varit avgörande för att kunna erbjuda praktikplatser.",
            "Kvinnor och män har i viss mån haft olika behov av stöd, vilket verksamheten har anpassats efter.",
            "Deltagarna har fått individuellt stöd av en coach under hela sin tid i verksamheten.",
            "Sommarjobben har genomförts i samarbete med lokala företag och bostadsbolag.",
            "Många deltagare saknade tidigare erfarenhet av arbetslivet i Sverige.",
        ],
    },
    {
        "id": "foreningsliv", "name": "Föreningsliv",
        "topics": ["föreningsdemokrati", "bokföring", "årsmöten", "bidragsansökningar", "styrelsearbete", "stadgar", "lokalfrågor", "rekrytering av medlemmar", "ledarskap", "kommunikation i sociala medier", "revision", "medlemsregister", "GDPR", "försäkringar", "föreningens ekonomi", "ideellt ledarskap", "projektansökningar", "samarbete mellan föreningar"],
        "description": "Stöd till lokala föreningar och ett starkt civilsamhälle.",
        "target": ["lokala föreningar", "föreningsaktiva", "styrelseledamöter i lokala föreningar",
                   "unga som vill engagera sig"],
        "people": ["föreningsaktiva", "deltagare", "styrelseledamöter"],
        "activities": ["föreningsutbildningar", "styrelseutbildningar", "nätverksträffar",
                       "stöd i ansökningar om bidrag", "föreningsrådgivning", "gemensam lokalbokning"],
        "goal": ["stärka det lokala föreningslivet", "öka kunskapen om föreningsorganisering",
                 "underlätta för nya föreningar att starta och växa"],
        "program": ["stadens strategi för idéburet offentligt partnerskap", "Stockholms stads program för stöd till civilsamhället"],
        "text": [
            "Ett levande föreningsliv är en viktig del av ett demokratiskt samhälle och bidrar till tillit mellan människor.",
            "Många lokala föreningar i {place} drivs av ett fåtal eldsjälar och saknar kunskap om ekonomi, stadgar och bidragsansökningar.",
            "En metod för att nå målgruppen är att föreningslivet, som har ett högt tillitskapital, verkar som brobyggare mellan förvaltningen och civilsamhället.",
            "Utbildningarna har tagit upp föreningsdemokrati, bokföring, årsmöten och hur man söker bidrag från staden.",
            "Nätverksträffarna har gjort det lättare för föreningarna att samarbeta och dela lokaler.",
            "Kvinnor är underrepresenterade i föreningarnas styrelser, vilket utbildningarna särskilt har uppmärksammat.",
            "Föreningarna har fått hjälp att söka lokalbidrag och aktivitetsstöd.",
            "Flera nya föreningar har bildats med stöd av verksamheten.",
            "Utbildningarna har genomförts på kvällstid för att passa föreningarnas ideella ledare.",
        ],
    },
    {
        "id": "trygghet-och-brottsforebyggande", "name": "Trygghet och brottsförebyggande arbete",
        "topics": ["konflikthantering", "normer och grupptryck", "droger och alkohol", "nätmobbning", "föräldrars roll i trygghetsarbetet", "samverkan med polisen", "våld i nära relationer", "hedersrelaterat våld", "rekrytering till kriminella nätverk", "trygghet i skolan", "skadegörelse", "klotter", "trygga skolvägar", "belysning i parkerna", "ungas rättigheter vid polisingripanden", "spel om pengar", "bedrägerier", "näthat"],
        "description": "Trygghetsskapande och brottsförebyggande insatser i närområdet.",
        "target": ["boende i området", "ungdomar", "barn och unga i riskzon", "föräldrar"],
        "people": ["vuxna", "ungdomar", "deltagare"],
        "activities": ["nattvandringar", "trygghetsvandringar", "fältarbete", "föräldravandringar",
                       "konflikthantering", "samtalsgrupper för unga", "helgöppna mötesplatser"],
        "goal": ["öka tryggheten i området", "förebygga att unga dras in i kriminalitet",
                 "skapa vuxennärvaro på kvällar och helger"],
        "program": ["Stockholms stads program för trygghet", "stadens strategi för brottsförebyggande arbete"],
        "text": [
            "Upplevd otrygghet är ett återkommande problem i {place}, särskilt kvällstid kring centrum och tunnelbanestationen.",
            "Vuxennärvaro på kvällar och helger har en känd brottsförebyggande effekt.",
            "Nattvandrarna har haft ett nära samarbete med polisen, fältassistenterna och fastighetsägarna i området.",
            "Många föräldrar har berättat att de har blivit tryggare i kontakten med andra föräldrar och med skolan.",
            "Det har varit svårare att rekrytera kvinnor än män till vandringarna, vilket har påverkat vilka ungdomar som har kunnat nås.",
            "Rapporterna från vandringarna har använts i förvaltningens lägesbilder över trygghet i området.",
            "Vandringarna har genomförts på fredags- och lördagskvällar.",
            "Vuxna i gula västar har blivit ett välkänt inslag i centrum på kvällarna.",
            "Samverkan med fältassistenterna har gjort det möjligt att fånga upp unga som behöver stöd.",
        ],
    },
    {
        "id": "kultur", "name": "Kultur",
        "topics": ["teater", "bildkonst", "musikproduktion", "film", "poesi", "dans", "fotografi", "serieteckning", "hantverk", "berättande", "keramik", "rap och spoken word", "animation", "textilkonst", "körsång", "skulptur", "cirkus", "kortfilm"],
        "description": "Kultur, konst och skapande för barn, unga och vuxna.",
        "target": ["barn och unga", "unga", "familjer", "boende i alla åldrar"],
        "people": ["barn", "deltagare", "unga"],
        "activities": ["teaterworkshoppar", "musikskola", "läsecirklar", "konstverkstad", "filmvisningar",
                       "skrivarverkstad", "kulturfestival"],
        "goal": ["öka tillgången till kultur i området", "ge barn och unga möjlighet att uttrycka sig genom kultur",
                 "stärka den lokala kulturella identiteten"],
        "program": ["stadens kulturstrategi", "Stockholms stads program för kultur för barn och unga"],
        "text": [
            "Tillgången till kulturaktiviteter är ojämnt fördelad i staden och lägre i {place} än i innerstaden.",
            "Kulturellt skapande stärker barns självkänsla, språk och förmåga att uttrycka sig.",
            "Föreställningarna och utställningarna har lockat besökare från hela stadsdelsområdet.",
            "Verksamheten har samarbetat med biblioteket, skolorna och kulturskolan i området.",
            "Flickor har varit i majoritet i de flesta grupperna, medan pojkar främst har deltagit i musikverksamheten.",
            "Kulturfestivalen har blivit en årligen återkommande händelse som samlar boende i alla åldrar.",
            "Barnen har fått möjlighet att visa upp sina verk för familj och vänner.",
            "Kulturaktiviteterna har varit avgiftsfria för deltagarna.",
            "Professionella kulturutövare har medverkat som ledare och gäster.",
        ],
    },
    {
        "id": "hemloshet-och-utsatthet", "name": "Hemlöshet och utsatthet",
        "topics": ["bostadsfrågor", "kontakter med socialtjänsten", "hälsa och vård", "skuldsanering", "id-handlingar", "arbete och sysselsättning", "missbruk", "rättigheter som EU-medborgare", "kvinnors säkerhet", "boende under vintern", "tandvård", "ekonomiskt bistånd", "psykisk ohälsa", "våld i nära relationer", "arbetsmarknaden", "försörjningsstöd", "hygien", "mattrygghet"],
        "description": "Stöd till människor i hemlöshet, fattigdom och annan social utsatthet.",
        "target": ["personer i hemlöshet", "EU-medborgare i utsatthet", "personer i ekonomisk utsatthet",
                   "kvinnor i hemlöshet"],
        "people": ["personer", "besökare", "kvinnor"],
        "activities": ["matutdelning", "härbärge", "stödsamtal", "klädutdelning", "uppsökande arbete",
                       "budget- och skuldrådgivning", "duschmöjligheter"],
        "goal": ["ge människor i akut utsatthet mat, värme och stöd", "minska hemlösheten i stadsdelsområdet",
                 "slussa vidare personer till stadens ordinarie stöd"],
        "program": ["Stockholms stads program mot hemlöshet", "stadens strategi mot hemlöshet"],
        "text": [
            "Antalet personer i akut hemlöshet i {district} har ökat under de senaste åren.",
            "Många av besökarna har sammansatta behov och saknar kontakt med socialtjänsten.",
            "Det uppsökande arbetet har gjort det möjligt att nå personer som inte själva söker stöd.",
            "Kvinnor i hemlöshet är särskilt utsatta för våld och har behov av separata lösningar.",
            "Verksamheten har varit öppen alla dagar i veckan under vinterhalvåret.",
            "Genom stödsamtalen har flera besökare fått hjälp att kontakta socialtjänsten, vården och Kronofogden.",
            "Besökarna har erbjudits en varm måltid och möjlighet att tvätta sina kläder.",
            "Verksamheten har samarbetat med uppsökarenheten och härbärgena i staden.",
            "Antalet besökare har ökat kraftigt under de kalla vintermånaderna.",
        ],
    },
]
THEME_BY_ID = {theme["id"]: theme for theme in THEMES}
THEME_IDS = [theme["id"] for theme in THEMES]

POOLS = {kind: [compile_template(t) for t in texts] for kind, texts in POOLS_TEXT.items()}
for _theme in THEMES:
    _theme["compiled"] = [compile_template(t) for t in _theme["text"]]
OUTCOME_POOLS = {key: [compile_template(t) for t in texts] for key, texts in OUTCOME_TEXT.items()}
OUTCOME_MORE_POOLS = {key: [compile_template(t) for t in texts] for key, texts in OUTCOME_MORE.items()}
NEXT_STEP_POOLS = {key: [compile_template(t) for t in texts] for key, texts in NEXT_STEP_TEXT.items()}
PANDEMIC_POOLS = {key: [compile_template(t) for t in texts] for key, texts in PANDEMIC.items()}
ANNUAL_POOLS = {key: [compile_template(t) for t in texts] for key, texts in ANNUAL.items()}
CLOSING = compile_template(CLOSING_PROPOSAL)

# Sections in the documents' order: kind, heading variants (known to the
# build), headings the build does not know (written with `kind:`), weight of
# the section's share of the report's words.
SECTION_ORDER = [
    ("summary", ["Sammanfattning"], [], 0.7),
    ("background", ["Bakgrund"], ["Bakgrund och syfte"], 1.1),
    ("case", ["Ärendet"], [], 1.4),
    ("goal_fulfilment", ["Måluppfyllelse", "Måluppfyllnad"], ["Uppföljning av målen"], 1.4),
    ("schedule_budget", ["Tidsplan och budget"], ["Ekonomisk redovisning"], 0.8),
    ("commitments", ["Uppfyllnad av parternas åtaganden", "Parternas åtaganden"], [], 0.9),
    ("lessons", ["Lärdomar från partnerskapet", "Lärdomar"], ["Erfarenheter och lärdomar"], 1.4),
    ("preparation", ["Ärendets beredning"], [], 0.0),
    ("equality_child_rights", ["Jämställdhets- och barnkonsekvensanalys", "Jämställdhetsanalys och barnrättsperspektiv"],
     ["Barnrättsperspektiv"], 0.9),
    ("administration_view", ["Förvaltningens synpunkter och förslag"], ["Förvaltningens bedömning"], 1.1),
]
SECTION_WEIGHT = {kind: weight for kind, _, _, weight in SECTION_ORDER}

# --------------------------------------------------------------------------
# Districts, organisations, people.
# --------------------------------------------------------------------------

REAL_DISTRICTS = [
    ("Järva", ["Rinkeby-Kista", "Spånga-Tensta"], ["Rinkeby", "Tensta", "Hjulsta", "Kista", "Husby", "Akalla", "Spånga"]),
    ("Enskede-Årsta-Vantör", [], ["Rågsved", "Hagsätra", "Högdalen", "Bandhagen", "Årsta", "Enskededalen", "Stureby"]),
    ("Södermalm", ["Katarina-Sofia", "Maria-Gamla stan"], ["Hornstull", "Skanstull", "Högalid", "Katarina", "Sofia", "Gamla stan"]),
    ("Skärholmen", [], ["Bredäng", "Sätra", "Vårberg", "Skärholmens centrum"]),
    ("Hässelby-Vällingby", [], ["Vällingby", "Hässelby gård", "Hässelby strand", "Grimsta", "Råcksta", "Kälvesta"]),
    ("Farsta", [], ["Hökarängen", "Fagersjö", "Sköndal", "Larsboda", "Farstastrand", "Gubbängen"]),
    ("Skarpnäck", [], ["Bagarmossen", "Björkhagen", "Kärrtorp", "Skarpnäcks gård", "Hammarbyhöjden"]),
    ("Hägersten-Älvsjö", ["Hägersten-Liljeholmen", "Älvsjö"], ["Fruängen", "Västertorp", "Hägerstensåsen", "Liljeholmen", "Solberga", "Örby"]),
    ("Bromma", [], ["Ulvsunda", "Abrahamsberg", "Åkeshov", "Beckomberga", "Riksby", "Traneberg"]),
    ("Kungsholmen", [], ["Fridhemsplan", "Stadshagen", "Kristineberg", "Marieberg", "Lilla Essingen"]),
    ("Norrmalm", [], ["Vasastan", "Hagastaden", "Sankt Eriksplan", "Odenplan"]),
    ("Östermalm", [], ["Gärdet", "Hjorthagen", "Lärkstaden", "Ropsten"]),
]
PLACE_PREFIXES = ["Ek", "Björk", "Lind", "Al", "Sol", "Sjö", "Berg", "Gran", "Häll", "Ros", "Hag", "Ång", "Kvarn",
                  "Hjort", "Löv", "Sten", "Ås", "Ljung", "Rönn", "Tall", "Bäck", "Borg", "Strand", "Udd", "Mos",
                  "Ting", "Kyrk", "Skog", "Hammar", "Mälar", "Vall", "Sand", "Kärr", "Ler", "Lunda", "Hov", "Fåg",
                  "Blå", "Grön", "Norr", "Väster", "Söder", "Öster", "Tor", "Kvist", "Asp", "Hassel", "Vide"]
PLACE_SUFFIXES = ["hagen", "berga", "vik", "udden", "dal", "sta", "by", "holmen", "näs", "lund", "ängen", "torp",
                  "sätra", "backen", "åsen", "bro", "höjden", "gård", "strand", "malm", "tuna", "sjö", "ö", "slätten"]

ORG_WORDS = ["Framtidsbron", "Kompassen", "Fyren", "Ankaret", "Brobyggarna", "Gemenskapen", "Vägvisaren", "Livslust",
             "Solstrålen", "Regnbågen", "Nyckeln", "Mötesplatsen", "Bryggan", "Gnistan", "Hoppet", "Växthuset",
             "Stjärnan", "Kraftkällan", "Språkbron", "Ljusglimten", "Vingarna", "Rötterna", "Grannskapet",
             "Kvarteret", "Länken", "Trappan", "Hamnen", "Tillsammans", "Medvind", "Framsteg", "Vänskap", "Kojan",
             "Lyktan", "Pusslet", "Navet", "Oasen", "Fristaden", "Magneten", "Horisonten", "Skattkistan", "Humlan",
             "Kastanjen", "Lärkan", "Vågen", "Stigen", "Brunnen", "Kuggen", "Torget", "Drömfångaren", "Ledstjärnan"]
ORG_PREFIXES = ["Fram", "Dröm", "Ljus", "Sol", "Hopp", "Kraft", "Vän", "Glädje", "Trygg", "Lek", "Läs", "Språk",
                "Kultur", "Bro", "Fyr", "Stjärn", "Vind", "Grann", "Mod", "Tanke", "Idé", "Kunskaps", "Livs", "Vår"]
ORG_SUFFIXES = ["stort", "tid", "bron", "vägen", "huset", "kraft", "gnistan", "ringen", "punkten", "källan",
                "nätet", "platsen", "byn", "stegen", "gården", "torget", "verket", "spåret", "porten", "landet"]
STUDY_ASSOCIATIONS = ["Vuxenskolan", "Kunskapsbron", "Lärandets hus", "Bildningsvägen", "Folkbildarna", "Studieringen",
                      "Kunskapsnätet", "Cirkelhuset", "Lärkraft", "Bildningskraft"]
STUDY_REGIONS = ["Stockholm", "Stockholms län", "Stockholm Gotland", "Söderort", "Västerort", "Storstockholm"]
GROUPS = ["Somaliska", "Eritreanska", "Syrianska", "Kurdiska", "Afghanska", "Arabiska", "Assyriska", "Bosniska",
          "Chilenska", "Iranska", "Etiopiska", "Turkiska", "Polska", "Finska", "Ukrainska", "Irakiska"]

FIRST_NAMES = ["Anna", "Maria", "Eva", "Karin", "Sara", "Lena", "Emma", "Johanna", "Sofia", "Moa", "Jenny", "Evelyn",
               "Amina", "Fatima", "Leyla", "Nadia", "Hanna", "Elin", "Malin", "Linnea", "Ida", "Maja", "Ebba",
               "Erik", "Lars", "Anders", "Johan", "Per", "Mikael", "Jonas", "Toni", "Ahmed", "Mohamed", "Ali",
               "Daniel", "Fredrik", "Henrik", "Mattias", "Oskar", "Viktor", "Hassan", "Omar", "Nils", "Gustav",
               "Kristina", "Helena", "Ulrika", "Camilla", "Petra", "Yasmin", "Samir", "Dragan", "Mirela", "Ingrid"]
LAST_NAMES = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
              "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg",
              "Lindqvist", "Berglund", "Sandberg", "Eliasson", "Edin", "Mellblom", "Carstorp", "Lundgren", "Holm",
              "Ali", "Mohammed", "Hussein", "Yilmaz", "Garate Ormazabal", "Nordström", "Ekström", "Sjöberg",
              "Öberg", "Åkesson", "Wallin", "Engström", "Falk", "Haddad", "Kovač", "Nyström", "Hedlund",
              "Abdi", "Rahimi", "Lindholm", "Strand", "Björk", "Forsberg", "Dahl", "Sundberg"]
UNITS = ["avdelningen för administration", "Avdelning HR och utveckling", "avdelningen för individ- och familjeomsorg",
         "avdelningen för stöd och service", "enheten för förebyggande arbete", "avdelningen för kultur och fritid",
         "avdelningen för äldreomsorg", "enheten för social hållbarhet", "avdelningen för kommunikation och utveckling"]
PARTNERS = ["skolorna", "biblioteket", "öppna förskolan", "fältassistenterna", "fritidsgården", "familjecentralen",
            "kulturskolan", "polisen", "bostadsbolagen"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def phone(rng: random.Random) -> str:
    digits = f"{rng.randrange(100000):05d}"
    if rng.random() < 0.8:
        return f"08-508{digits}"
    return f"08-508 {digits[:3]} {digits[3:]}"


class District:
    def __init__(self, name: str, former: list[str], places: list[str], rng: random.Random) -> None:
        self.name = name
        self.id = slug(name)
        self.former = former
        self.places = places
        self.committee = f"{genitive(name)} stadsdelsnämnd"
        # The real content spells this administration without the genitive.
        self.administration = f"{name if name == 'Enskede-Årsta-Vantör' else genitive(name)} stadsdelsförvaltning"
        self.code = "".join(c for c in name if c.isalpha())[:3].upper()
        # Who signs: a director before and after a year of change, heads of department, case officers.
        self.change_year = rng.randint(2016, 2023)
        self.directors = (person(rng), person(rng))
        self.heads = [person(rng) for _ in range(3)]
        self.officers = [(person(rng), phone(rng)) for _ in range(rng.randint(4, 8))]

    def yaml(self) -> str:
        lines = [f"- id: {self.id}", f"  name: {scalar(self.name)}", f"  committee: {scalar(self.committee)}",
                 f"  administration: {scalar(self.administration)}"]
        if self.former:
            lines.append("  former_names:")
            lines += [f"    - {scalar(name)}" for name in self.former]
        return "\n".join(lines) + "\n"


def make_districts(count: int, rng: random.Random) -> list[District]:
    taken = {name for name, former, places in REAL_DISTRICTS} | {f for _, former, _ in REAL_DISTRICTS for f in former}
    taken |= {p for _, _, places in REAL_DISTRICTS for p in places}
    districts = [District(name, former, places, rng) for name, former, places in REAL_DISTRICTS[:count]]

    def place_name() -> str:
        while True:
            word = compound(rng.choice(PLACE_PREFIXES), rng.choice(PLACE_SUFFIXES))
            if word and word not in taken:
                taken.add(word)
                return word

    while len(districts) < count:
        roll = rng.random()
        parts = [place_name() for _ in range(1 if roll < 0.5 else 2 if roll < 0.9 else 3)]
        name = "-".join(parts)
        places = (parts if len(parts) > 1 else []) + [place_name() for _ in range(rng.randint(2, 4))]
        former: list[str] = []
        if rng.random() < 0.33:
            former = [place_name() + ("-" + place_name() if rng.random() < 0.5 else "") for _ in range(rng.randint(1, 2))]
        districts.append(District(name, former, places, rng))
    return districts


class Organisation:
    def __init__(self, name: str, aliases: list[str], noun: str, theme: str, home_place: str | None) -> None:
        self.name = name
        self.id = slug(name)
        self.aliases = aliases
        self.noun = noun  # föreningen, studieförbundet, stiftelsen, organisationen
        self.theme = theme
        self.home_place = home_place
        self.org_number: str | None = None
        self.website: str | None = None
        self.districts: list[District] = []
        # The first part of the id that names it, for report ids (`dromstort`, `studiefremjandet`).
        parts = [p for p in self.id.split("-") if p not in GENERIC_ID_WORDS] or self.id.split("-")
        prefix = parts[0][:24]
        if len(parts) > 1 and len(prefix) + 1 + len(parts[1]) <= 24:
            prefix += "-" + parts[1]
        self.id_prefix = prefix

    def yaml(self) -> str:
        lines = [f"- id: {self.id}", f"  name: {scalar(self.name)}"]
        if self.aliases:
            lines.append("  aliases:")
            lines += [f"    - {scalar(alias)}" for alias in self.aliases]
        if self.org_number:
            lines.append(f"  org_number: {scalar(self.org_number)}")
        if self.website:
            lines.append(f"  website: {scalar(self.website)}")
        return "\n".join(lines) + "\n"


GENERIC_ID_WORDS = {"foreningen", "stiftelsen", "studieforbundet", "ik", "spf", "pro", "i", "och"}


def org_patterns(rng: random.Random, word, place, group):
    """One organisation name: (name, alias candidates, noun, theme or None, place or None)."""
    kind = ORG_KINDS.pick(rng)
    if kind == "foreningen":
        w = word()
        return f"Föreningen {w}", [w], "föreningen", None, None
    if kind == "bare":
        w = word()
        return w, [f"Föreningen {w}"], "föreningen", None, None
    if kind == "ideell":
        w = word()
        return f"{w} ideell förening", [w], "föreningen", None, None
    if kind == "idrott":
        p = place()
        return f"{p} idrottsförening", [f"{p} IF", f"{p} idrott"], "föreningen", "idrott-och-fritid", p
    if kind == "ik":
        w = word()
        return f"IK {w}", [f"Idrottsklubben {w}", w], "klubben", "idrott-och-fritid", None
    if kind == "fotboll":
        p = place()
        return f"{p} fotbollsförening", [f"{p} FF"], "föreningen", "idrott-och-fritid", p
    if kind == "boxning":
        p = place()
        return f"{p} boxningsklubb", [f"{p} BK"], "klubben", "idrott-och-fritid", p
    if kind == "studie":
        s = rng.choice(STUDY_ASSOCIATIONS)
        r = rng.choice(STUDY_REGIONS + [place()])
        theme = rng.choice(["foraldraskapsstod", "sprak-och-integration", "foreningsliv", "kultur", "laxhjalp-och-skolstod"])
        return f"Studieförbundet {s} {r}", [f"{s} {r}", s, "Studieförbundet"], "studieförbundet", theme, None
    if kind == "stiftelse":
        w = word()
        return f"Stiftelsen {w}", [w, f"{w}stiftelsen"], "stiftelsen", None, None
    if kind == "kultur":
        p = place()
        return f"{p} kulturförening", [f"Kulturföreningen i {p}"], "föreningen", "kultur", p
    if kind == "gruppkultur":
        g, p = group(), place()
        return f"{g} kulturföreningen i {p}", [f"{g} kulturföreningen"], "föreningen", rng.choice(["kultur", "sprak-och-integration"]), p
    if kind == "laxhjalp":
        p = place()
        return f"{p} läxhjälp", [f"Läxhjälpen i {p}"], "föreningen", "laxhjalp-och-skolstod", p
    if kind == "laxhjalpen":
        w = word()
        return f"Läxhjälpen {w}", [w], "föreningen", "laxhjalp-och-skolstod", None
    if kind == "kvinno":
        g, p = group(), place()
        return f"{g} kvinnoföreningen i {p}", [f"{g} kvinnoföreningen"], "föreningen", rng.choice(["sprak-och-integration", "foraldraskapsstod"]), p
    if kind == "foraldra":
        p = place()
        return f"Föräldranätverket i {p}", [f"Föräldranätverket {p}"], "föreningen", "foraldraskapsstod", p
    if kind == "senior":
        p = place()
        variant = rng.random()
        if variant < 0.4:
            return f"SPF Seniorerna {p}", [f"SPF {p}"], "föreningen", "aldre-och-social-gemenskap", p
        if variant < 0.8:
            return f"PRO {p}", [f"Pensionärernas riksorganisation {p}"], "föreningen", "aldre-och-social-gemenskap", p
        return f"{p} seniorförening", [f"Seniorföreningen i {p}"], "föreningen", "aldre-och-social-gemenskap", p
    if kind == "ungdom":
        w = word()
        return f"{w} ungdomsförening", [w], "föreningen", rng.choice(["idrott-och-fritid", "kultur", "trygghet-och-brottsforebyggande"]), None
    if kind == "natt":
        p = place()
        first = "Nattvandrarna" if rng.random() < 0.6 else "Föräldravandrarna"
        return f"{first} i {p}", [f"{first} {p}"], "föreningen", "trygghet-och-brottsforebyggande", p
    if kind == "stod":
        w = word()
        return f"{w} stödcenter", [f"Stödcentret {w}"], "organisationen", "hemloshet-och-utsatthet", None
    if kind == "mat":
        p = place()
        return f"Matkassen i {p}", [f"Matkassen {p}"], "föreningen", "hemloshet-och-utsatthet", p
    if kind == "scout":
        p = place()
        return f"{p} scoutkår", [f"{p} scouter"], "scoutkåren", rng.choice(["idrott-och-fritid", "foreningsliv"]), p
    if kind == "jobb":
        w = word()
        return f"{w} jobbförening", [w], "föreningen", "arbete-och-sysselsattning", None
    if kind == "hembygd":
        p = place()
        return f"{p} hembygdsförening", [], "föreningen", rng.choice(["kultur", "foreningsliv"]), p
    p = place()  # föreningsråd
    return f"{p} föreningsråd", [f"Föreningsrådet i {p}"], "föreningsrådet", "foreningsliv", p


ORG_KINDS = Weighted(
    ["foreningen", "bare", "ideell", "idrott", "ik", "fotboll", "boxning", "studie", "stiftelse", "kultur",
     "gruppkultur", "laxhjalp", "laxhjalpen", "kvinno", "foraldra", "senior", "ungdom", "natt", "stod", "mat",
     "scout", "jobb", "hembygd", "foreningsrad"],
    [14, 8, 2, 6, 3, 3, 1, 3, 5, 4, 3, 3, 2, 3, 2, 4, 3, 2, 2, 1, 2, 2, 1, 1])


def make_organisations(count: int, districts: list[District], district_pick: Weighted,
                       rng: random.Random) -> list[Organisation]:
    place_district = {p: d for d in districts for p in d.places}
    compounds = [word for word in (compound(p, s) for p in ORG_PREFIXES for s in ORG_SUFFIXES) if word]

    def word() -> str:
        return rng.choice(ORG_WORDS) if rng.random() < 0.35 else rng.choice(compounds)

    def place() -> str:
        return rng.choice(district_pick.pick(rng).places)

    def group() -> str:
        return rng.choice(GROUPS)

    names_taken: set[str] = set()
    ids_taken: set[str] = {"index"}
    numbers_taken: set[str] = set()
    organisations: list[Organisation] = []
    attempts = 0
    while len(organisations) < count:
        attempts += 1
        name, candidates, noun, theme, home = org_patterns(rng, word, place, group)
        if name in names_taken or slug(name) in ids_taken or len(slug(name)) > 60:
            if attempts > count * 50:
                raise RuntimeError("cannot make enough distinct organisation names")
            continue
        names_taken.add(name)
        aliases: list[str] = []
        if rng.random() < 0.6:
            words = name.split()
            if len(words) >= 3:
                candidates = candidates + ["".join(w[0] for w in words if w[0].isalpha()).upper()]
            for candidate in candidates[:rng.randint(1, 3)]:
                if candidate not in names_taken and candidate != name:
                    aliases.append(candidate)
                    names_taken.add(candidate)
        organisation = Organisation(name, aliases, noun, theme or rng.choice(THEME_IDS), home)
        ids_taken.add(organisation.id)
        if rng.random() < 0.4:
            while True:
                nine = f"802{rng.randrange(1000000):06d}"
                number = f"{nine[:6]}-{nine[6:]}{luhn_check_digit(nine)}"
                if number not in numbers_taken:
                    numbers_taken.add(number)
                    organisation.org_number = number
                    break
        if rng.random() < 0.35:
            host = organisation.id_prefix.replace("-", "")
            organisation.website = rng.choice([f"https://www.{host}.se", f"https://{host}.se", f"https://www.{host}.org",
                                               f"https://{host}.nu", f"https://www.{host}.se/verksamhet"])
        organisations.append(organisation)
    # Where each organisation works: its place's district, or districts weighted
    # by size; every district is home to at least one organisation.
    for index, organisation in enumerate(organisations):
        home = place_district.get(organisation.home_place or "")
        chosen = [home or district_pick.pick(rng)]
        extra = 0 if rng.random() < 0.7 else rng.randint(1, 2)
        if index < 20:  # the largest organisations work in many districts
            extra = rng.randint(2, 5)
        for _ in range(extra):
            other = district_pick.pick(rng)
            if other not in chosen:
                chosen.append(other)
        organisation.districts = chosen
    # Every district is home to at least one organisation (so every district has reports).
    homeless = [d for d in districts if d not in {o.districts[0] for o in organisations}]
    movable = [o for o in organisations if o.home_place is None]
    for district, organisation in zip(homeless, movable[::-1]):
        organisation.districts = [district] + [d for d in organisation.districts if d is not district]
    return organisations


# --------------------------------------------------------------------------
# Agreements, dates and money.
# --------------------------------------------------------------------------

START_YEARS = Weighted(list(range(FIRST_YEAR, 2026)), [1 + 0.25 * i for i in range(2026 - FIRST_YEAR)])


def first_day(rng: random.Random, year: int) -> date:
    month = rng.choice([1, 1, 1, 2, 3, 4, 5, 7, 8, 8, 9, 9, 10])
    return date(year, month, 1 if rng.random() < 0.85 else rng.randint(2, 28))


def period_end(rng: random.Random, start: date, months: int) -> date:
    roll = rng.random()
    if roll < 0.55:  # the last day of a month
        last = add_months(start, months - 1)
        return end_of_month(last.year, last.month)
    if roll < 0.85:  # the 31 December at the end of the period's last month
        return date(add_months(start, months - 1).year, 12, 31)
    return add_months(start, months)  # same day of the month, as "1 september 2022 – 1 juni 2024"


def make_agreements(rng: random.Random) -> list[dict]:
    """Agreements oldest first, never overlapping, all within FIRST_YEAR..LAST_YEAR."""
    shape = rng.choices(["single", "extended", "annual", "chain", "annual_only"], [38, 20, 20, 17, 5])[0]
    year = START_YEARS.pick(rng)
    while True:
        agreements = agreements_from(rng, shape, year)
        overflow = max(agreement_last(a).year for a in agreements) - LAST_YEAR
        if overflow <= 0 or year <= FIRST_YEAR:
            return agreements
        year = max(FIRST_YEAR, year - overflow)


def agreements_from(rng: random.Random, shape: str, year: int) -> list[dict]:
    agreements: list[dict] = []
    if shape == "annual_only":
        agreements = [{"year": y} for y in range(year, year + rng.randint(1, 4))]
    else:
        start = first_day(rng, year)
        periods = 1 if shape in ("single", "extended", "annual") else rng.randint(2, 3)
        for index in range(periods):
            end = period_end(rng, start, rng.choice([6, 12, 12, 18, 24, 24, 30, 36]))
            agreement = {"start": start, "end": end}
            if shape == "extended" or (shape == "chain" and index == 0 and rng.random() < 0.4):
                # never longer than the agreement itself
                length = (end.year - start.year) * 12 + end.month - start.month
                months = rng.choice([m for m in (3, 6, 6, 12) if m <= length] or [1])
                later = add_months(end, months)
                agreement["extended_to"] = end_of_month(later.year, later.month)
                agreement["extension_months"] = months
                if agreement["extended_to"] - end > end - start:
                    agreement["extended_to"] = end + (end - start)
                    agreement["extension_months"] = None
            agreements.append(agreement)
            start = (agreement.get("extended_to") or end) + timedelta(days=1)
        if shape == "annual" or (shape == "chain" and rng.random() < 0.4):
            last = agreements[-1].get("extended_to") or agreements[-1]["end"]
            if last.month != 12 or last.day != 31:
                last_agreement = agreements[-1]
                if "extended_to" in last_agreement:
                    last_agreement["extended_to"] = date(last.year, 12, 31)
                    last_agreement["extension_months"] = None
                    planned = last_agreement["end"] - last_agreement["start"]
                    if last_agreement["extended_to"] - last_agreement["end"] > planned:
                        last_agreement["end"] = last_agreement.pop("extended_to")
                        del last_agreement["extension_months"]
                elif last_agreement["end"] < date(last.year, 12, 31):
                    last_agreement["end"] = date(last.year, 12, 31)
            agreements += [{"year": y} for y in range(last.year + 1, last.year + 1 + rng.randint(1, 3))]
    return agreements


def agreement_first(agreement: dict) -> date:
    return agreement["start"] if "start" in agreement else date(agreement["year"], 1, 1)


def agreement_last(agreement: dict) -> date:
    if "year" in agreement:
        return date(agreement["year"], 12, 31)
    return agreement.get("extended_to") or agreement["end"]


def thursday_on_or_after(day: date) -> date:
    return day + timedelta(days=(3 - day.weekday()) % 7)


def format_amount(amount: int, rng: random.Random) -> str:
    """An amount the Swedish way, in one of the forms the build reads."""
    forms = ["kronor", "kronor", "kr"]
    if amount % 1000 == 0 and amount < 1_000_000:
        forms += ["tkr", "tkr"]
    if amount >= 400_000 and amount % 10_000 == 0 and amount % 1_000_000:
        forms += ["mnkr", "mnkr", "miljoner"]
    if amount < 100_000:
        forms.append("plain")
    form = rng.choice(forms)
    if form == "kronor":
        return f"{sv_int(amount)} kronor"
    if form == "kr":
        return f"{sv_int(amount)} kr"
    if form == "plain":
        return f"{amount} kr"
    if form == "tkr":
        return f"{sv_int(amount // 1000)} tkr"
    millions = f"{amount / 1_000_000:.2f}".rstrip("0").replace(".", ",")
    return f"{millions} mnkr" if form == "mnkr" else f"{millions} miljoner kronor"


def round_amount(rng: random.Random, low: int, high: int) -> int:
    value = rng.uniform(low, high)
    step = 50_000 if value > 1_000_000 else 10_000 if value > 200_000 else 5_000
    return max(step, int(round(value / step)) * step)


FUNDING_TEXT = {
    "per_year": [
        "{nam} har bidragit med {amount} per år under {years}.",
        "Det årliga bidraget från {committee} uppgick till {amount} för {years}.",
        "För {years} beviljades {gen} ett bidrag om {amount} per år.",
        "Förvaltningen har under {years} betalat ut {amount} per år till {short} för verksamheten.",
        "Stadsdelsnämnden har uppfyllt åtagandet att bidra med ett årligt ekonomiskt bidrag om {amount} under {years}.",
    ],
    "per_year_plain": [
        "Det årliga bidraget från {committee} uppgick till {amount}.",
        "{gen} har tagit emot ett bidrag om {amount} per år från {nam}.",
    ],
    "period": [
        "För perioden {pstart} till och med {pend} uppgick bidraget till {amount}.",
        "Under överenskommelsens period, {pstart} till och med {pend}, bidrog {nam} med sammanlagt {amount}.",
        "{committee} avsatte {amount} för perioden {pstart} till och med {pend}.",
    ],
    "period_plain": [
        "För hela avtalsperioden uppgick bidraget till {amount}.",
        "Överenskommelsen omfattade ett bidrag om {amount} för hela perioden.",
    ],
    "total": [
        "Sammanlagt har {nam} bidragit med {amount} under hela partnerskapet.",
        "Den totala ersättningen till {gen} under {span} uppgick till {amount}.",
        "Totalt har partnerskapet finansierats med {amount} från stadsdelsnämnden.",
    ],
    "repaid": [
        "Överskott om {amount} som har uppstått inom partnerskapet har återbetalats till förvaltningen.",
        "{gen} har återbetalat {amount} som inte förbrukades under {ryear}.",
        "Ett överskott på {amount} från {ryear} återbetalades till {nam} efter avstämning av den ekonomiska redovisningen.",
    ],
}
FUNDING_POOLS = {key: [compile_template(t) for t in texts] for key, texts in FUNDING_TEXT.items()}

# Figures: unit, value range, number words allowed, quote and what it measures.
FIGURES = [
    ("deltagare", 15, 600, False, "Under {fyear} deltog {value} {people} i {act}.", "{people} i {act} under {fyear}"),
    ("deltagare", 20, 900, False, "Totalt har {value} {people} tagit del av {act} under perioden.", "{people} som tagit del av {act}"),
    ("deltagare", 6, 45, True, "{act} samlade i genomsnitt {value} deltagare per tillfälle under {fyear}.", "deltagare per tillfälle i {act} {fyear}"),
    ("procent", 55, 98, False, "I den avslutande enkäten uppgav {value} procent av deltagarna att de var nöjda med verksamheten.", "andel nöjda deltagare i enkäten"),
    ("procent", 40, 95, False, "Andelen deltagare som fullföljde {act} var {value} procent under {fyear}.", "andel som fullföljde {act} {fyear}"),
    ("procent", 20, 80, False, "Av deltagarna under {fyear} var {value} procent kvinnor eller flickor.", "andel kvinnor och flickor bland deltagarna {fyear}"),
    ("träffar", 10, 250, False, "Sammanlagt genomfördes {value} träffar under {fyear}.", "träffar under {fyear}"),
    ("träffar", 8, 160, True, "Under perioden har {gen} arrangerat {value} träffar för {target}.", "träffar för {target}"),
    ("kvällar", 2, 5, True, "Verksamheten har varit öppen {value} kvällar i veckan under terminerna.", "öppna kvällar per vecka"),
    ("kvällar", 6, 40, True, "Under {fyear} hölls {act} sammanlagt {value} kvällar.", "kvällar med {act} {fyear}"),
    ("timmar", 120, 950, False, "Volontärerna har bidragit med {value} timmar ideellt arbete under {fyear}.", "ideella timmar under {fyear}"),
    ("timmar", 40, 600, False, "{act} omfattade sammanlagt {value} timmar under {fyear}.", "timmar med {act} {fyear}"),
    ("ledare", 3, 40, True, "Under perioden utbildades {value} nya ledare inom {gens} verksamhet.", "nyutbildade ledare"),
    ("ledare", 2, 25, True, "Verksamheten har letts av {value} ideella ledare under {fyear}.", "ideella ledare {fyear}"),
    ("grupper", 2, 12, True, "{gen} har startat {value} nya grupper för {target} under perioden.", "nya grupper för {target}"),
    ("besök", 100, 990, False, "Mötesplatsen hade {value} besök under {fyear}.", "besök på mötesplatsen {fyear}"),
    ("tillfällen", 5, 120, True, "{act} erbjöds vid {value} tillfällen under {fyear}.", "tillfällen med {act} {fyear}"),
]
FIGURE_POOLS = [(unit, low, high, number_words, compile_template(quote), compile_template(measures))
                for unit, low, high, number_words, quote, measures in FIGURES]


# --------------------------------------------------------------------------
# One report.
# --------------------------------------------------------------------------

class Drawer:
    """Sentences for one report: each pool without replacement until used up, no sentence twice."""

    def __init__(self, rng: random.Random, facts: Facts, pools: dict[str, list]) -> None:
        self.rng = rng
        self.facts = facts
        self.pools = pools
        self.queues: dict[str, list] = {}
        self.seen: set[str] = set()
        self.narrative = pools["narrative"]

    def take(self, kind: str) -> str | None:
        """The next sentence of a pool drawn without replacement, or None when it is used up."""
        queue = self.queues.get(kind)
        if queue is None:
            queue = self.queues[kind] = list(self.pools.get(kind, ()))
            self.rng.shuffle(queue)
        if not queue:
            return None
        template = queue.pop()
        text = template[int(self.rng.random() * len(template))].format_map(self.facts)
        return text if not text[0].islower() else text[0].upper() + text[1:]

    def told(self) -> str:
        """A sentence from the open-ended pool (drawn with replacement)."""
        rng, pool = self.rng, self.narrative
        template = pool[int(rng.random() * len(pool))]
        text = template[int(rng.random() * len(template))].format_map(self.facts)
        return text if not text[0].islower() else text[0].upper() + text[1:]

    def filler(self, kind: str) -> str:
        roll = self.rng.random()
        seen = self.seen
        if roll < 0.6:
            order = (kind, "theme", "general", None)
        elif roll < 0.8:
            order = (None, kind, "theme", "general")
        else:
            order = ("theme", "general", kind, None)
        for source in order:
            if source is None:
                for _ in range(3):
                    text = self.told()
                    if text not in seen:
                        seen.add(text)
                        return text
            else:
                text = self.take(source)
                if text and text not in seen:
                    seen.add(text)
                    return text
        for _ in range(20):  # every pool used up: only the open-ended one is left
            text = self.told()
            if text not in seen:
                break
        seen.add(text)
        return text


def words(text: str) -> int:
    return text.count(" ") + 1


class ReportMaker:
    def __init__(self, world: "World", index: int, rng: random.Random) -> None:
        self.rng = rng
        organisation = world.organisation_for(index, rng)
        self.organisation = organisation
        # Mostly where the organisation is at home; the first report of each at home for sure.
        home = index < len(world.organisations) or rng.random() < 0.5
        self.district = organisation.districts[0] if home else rng.choice(organisation.districts)
        self.agreements = make_agreements(rng)
        self.years = sorted({y for a in self.agreements for y in range(agreement_first(a).year, agreement_last(a).year + 1)})

    # -- facts -----------------------------------------------------------

    def build(self, report_id: str) -> str:
        rng, org, district = self.rng, self.organisation, self.district
        agreements = self.agreements
        self.first = agreement_first(agreements[0])
        self.last = max(agreement_last(a) for a in agreements)
        years = self.years

        # Themes: the organisation's, sometimes a second one.
        themes = [org.theme]
        if rng.random() < 0.35:
            other = rng.choice(THEME_IDS)
            if other not in themes:
                themes.append(other)
        self.themes = themes
        theme = THEME_BY_ID[themes[0]]
        activities_pool = list(theme["activities"])
        rng.shuffle(activities_pool)
        activities = activities_pool[:rng.randint(1, 4)]
        if len(themes) > 1 and rng.random() < 0.7:
            activities.append(rng.choice(THEME_BY_ID[themes[1]]["activities"]))
            activities = list(dict.fromkeys(activities))
        self.activities = activities
        self.places = rng.sample(district.places, min(len(district.places), rng.randint(1, 3))) if rng.random() < 0.4 else []

        self.outcome = rng.choices(["goals_met", "goals_partly_met", "goals_not_met", None], [42, 22, 11, 25])[0]
        self.next_step = rng.choices(["renegotiation", "extension", "new_agreement", "ended", None], [18, 16, 22, 24, 20])[0]

        # Dates: the meeting after the last agreement ends, or a few months before; approvals before it.
        self.meeting = None
        if rng.random() < 0.7:
            if rng.random() < 0.8:
                meeting = thursday_on_or_after(self.last + timedelta(days=rng.randint(14, 150)))
            else:
                meeting = thursday_on_or_after(self.last - timedelta(days=rng.randint(6, 110)))
            if meeting > LAST_DAY:
                meeting = self.last - timedelta(days=rng.randint(10, 90))
                meeting -= timedelta(days=(meeting.weekday() - 3) % 7)
            self.meeting = meeting
        base = self.meeting or min(LAST_DAY, self.last + timedelta(days=rng.randint(7, 120)))
        director_date = base - timedelta(days=rng.randint(5, 20))
        head_date = director_date - timedelta(days=rng.randint(0, 3))
        self.approval_dates = (director_date, head_date)

        noun = org.noun
        names = [org.name] + org.aliases
        place_values = self.places or [district.name, "området", "stadsdelsområdet"]
        season = rng.choice(["våren", "hösten"]) + " " + str(min(years[-1], (self.meeting or base).year))
        facts = {
            "committee": district.committee,
            "nam": ("stadsdelsnämnden", "nämnden", "stadsdelsnämnden", district.committee),
            "forv": ("förvaltningen", "stadsdelsförvaltningen"),
            "admin": district.administration,
            "district": district.name,
            "area": ("stadsdelsområdet", f"{district.name} stadsdelsområde"),
            "org": org.name,
            "short": tuple(names),
            "gen": noun,
            "gens": noun + "s",
            "acts": sv_join(activities),
            "act": tuple(activities),
            "place": tuple(place_values),
            "target": tuple(theme["target"]),
            "people": tuple(theme["people"]),
            "goal": tuple(theme["goal"]),
            "program": tuple(theme["program"]),
            "unit": rng.choice(UNITS),
            "season": season,
            "y1": str(years[0]),
            "y2": str(years[-1]),
            "period": f"{years[0]}-{years[-1]}" if years[0] != years[-1] else str(years[0]),
            "span": f"åren {years[0]}-{years[-1]}" if years[0] != years[-1] else str(years[0]),
            "start": sv_date(self.first),
            "end": sv_date(self.last),
            "nexty": str(years[-1] + 1),
            "year": tuple(str(y) for y in years),
            "nyear": tuple(str(y) for y in (years[1:-1] if len(years) > 2 else years)),
            "partner": tuple(rng.sample(PARTNERS, 3)),
            "topic": tuple(theme["topics"] + (THEME_BY_ID[themes[1]]["topics"][:4] if len(themes) > 1 else [])),
            "season2": tuple(SEASONS),
            "month": tuple(MONTHS),
            "weekday": tuple(rng.sample(WEEKDAYS, 2)),
            "smallword": tuple(SMALL_WORDS),
            "reason": tuple(REASONS),
            "training": tuple(TRAININGS),
            "venue": tuple(v.replace("{place}", rng.choice(place_values)) for v in rng.sample(VENUES, 3)),
        }
        facts = Facts(rng, facts)
        self.facts = facts
        pools = dict(POOLS)
        pools["theme"] = list(theme["compiled"]) + (THEME_BY_ID[themes[1]]["compiled"][:3] if len(themes) > 1 else [])
        if any(y in (2020, 2021) for y in years):
            for kind, extra in PANDEMIC_POOLS.items():
                pools[kind] = pools[kind] + extra
        if any("year" in a for a in agreements):
            for kind, extra in ANNUAL_POOLS.items():
                pools[kind] = pools[kind] + extra
        self.drawer = Drawer(rng, facts, pools)

        self.make_funding()
        self.make_figures()
        self.make_lessons()
        self.make_sections()
        return self.yaml()

    # -- money, figures, lessons: each a sentence to put into a section ---------

    def make_funding(self) -> None:
        rng = self.rng
        self.funding: list[dict] = []
        if rng.random() >= 0.6:
            return
        scale = rng.choices([(60_000, 300_000), (300_000, 1_500_000), (1_500_000, 4_000_000)], [35, 50, 15])[0]
        per_year = round_amount(rng, *scale)
        periods = [a for a in self.agreements if "start" in a]
        annual = [a["year"] for a in self.agreements if "year" in a]
        entries: list[dict] = []
        if annual and rng.random() < 0.7:
            entries.append({"amount": per_year, "kind": "per_year", "years": annual})
        for agreement in periods:
            if len(entries) >= 2 or rng.random() < 0.3:
                continue
            covered = {y for e in entries for y in e.get("years", [])}
            span = [y for y in range(agreement_first(agreement).year, agreement_last(agreement).year + 1) if y not in covered]
            if span and rng.random() < 0.5:
                entries.append({"amount": per_year, "kind": "per_year", "years": span})
            else:
                months = max(1, round((agreement_last(agreement) - agreement["start"]).days / 30.44))
                amount = round_amount(rng, per_year * months / 12 * 0.9, per_year * months / 12 * 1.1)
                entries.append({"amount": amount, "kind": "period", "start": agreement["start"], "end": agreement_last(agreement)})
        if not entries:
            entries.append({"amount": per_year, "kind": "per_year", "years": self.years})
        if rng.random() < 0.3 or len(entries) == 1 and rng.random() < 0.2:
            total = sum(e["amount"] * len(e.get("years", [0])) for e in entries)
            entries.append({"amount": total, "kind": "total"})
        if rng.random() < 0.15:
            entries.append({"amount": rng.randint(3, 180) * 1000 + (rng.randint(1, 999) if rng.random() < 0.6 else 0), "kind": "repaid"})
        quotes: set[str] = set()
        for entry in list(entries):
            kind = entry["kind"]
            pool = kind
            # Some leave out the years or the dates (both optional).
            if kind == "per_year" and rng.random() < 0.15:
                del entry["years"]
                pool = "per_year_plain"
            elif kind == "period" and rng.random() < 0.15:
                del entry["start"], entry["end"]
                pool = "period_plain"
            extra = {"amount": format_amount(entry["amount"], rng), "ryear": str(rng.choice(self.years))}
            if "years" in entry:
                ys = entry["years"]
                extra["years"] = (f"åren {ys[0]}–{ys[-1]}" if len(ys) >= 3 and rng.random() < 0.5 else sv_years(ys))
            if "start" in entry:
                extra["pstart"], extra["pend"] = sv_date(entry["start"]), sv_date(entry["end"])
            facts = self.facts.with_values(**extra)
            for _ in range(10):  # each quote a sentence of its own
                quote = sentence(rng.choice(FUNDING_POOLS[pool]), facts, rng)
                if quote not in quotes:
                    break
            if quote in quotes:
                entries.remove(entry)
                continue
            quotes.add(quote)
            entry["quote"] = quote
        self.funding = entries

    def make_figures(self) -> None:
        rng = self.rng
        self.figures: list[dict] = []
        if rng.random() >= 0.5:
            return
        chosen: list = []
        for figure in rng.sample(FIGURE_POOLS, 6):  # at most one per unit
            if figure[0] not in {c[0] for c in chosen}:
                chosen.append(figure)
        for unit, low, high, number_words, quote_template, measures_template in chosen[:rng.randint(1, 4)]:
            value: int | float = rng.randint(low, high)
            shown = str(value)
            if unit == "procent" and rng.random() < 0.3:
                value = value + 0.5 if value < high else value - 0.5
                shown = str(value).replace(".", ",")
            elif number_words and value in NUMBER_WORDS and rng.random() < 0.5:
                shown = NUMBER_WORDS[value]
            facts = self.facts.with_values(value=shown, act=rng.choice(self.activities),
                                           people=rng.choice(self.facts.choices["people"]),
                                           target=rng.choice(self.facts.choices["target"]),
                                           fyear=str(rng.choice(self.years)))
            self.figures.append({"value": value, "unit": unit, "measures": render(measures_template, facts, rng),
                                 "quote": sentence(quote_template, facts, rng)})

    def make_lessons(self) -> None:
        rng = self.rng
        self.has_lessons_section = rng.random() < 0.8
        self.challenges = [s for s in (self.drawer.take("challenges") for _ in range(rng.randint(2, 5))) if s]
        self.successes = [s for s in (self.drawer.take("success") for _ in range(rng.randint(1, 4))) if s]
        self.lessons: dict[str, list[str]] = {}
        if self.has_lessons_section and rng.random() < 0.875:  # 70 % of all reports
            roll = rng.random()  # most quote both kinds, some only one
            if roll < 0.9:
                self.lessons["challenges"] = [s for s in self.challenges if rng.random() < 0.8] or self.challenges[:1]
            if roll > 0.1:
                self.lessons["success_factors"] = [s for s in self.successes if rng.random() < 0.8] or self.successes[:1]

    # -- sections -----------------------------------------------------------

    def agreement_story(self, full: bool) -> list[str]:
        rng = self.rng
        district, org = self.district, self.organisation
        committee = district.committee
        if district.former and self.first.year < 2021 and rng.random() < 0.5:
            committee += f" (tidigare {genitive(rng.choice(district.former))} stadsdelsnämnd)"
        # "den ideella föreningen Drömstort", but "Rinkeby idrottsförening" as it is.
        intro = {"föreningen": "den ideella föreningen", "stiftelsen": "stiftelsen"}.get(org.noun, "")
        if " " in org.name:
            intro = ""
        partner = f"{intro} {org.name}".strip()
        periods = [a for a in self.agreements if "start" in a]
        annual = [a["year"] for a in self.agreements if "year" in a]
        if len(self.agreements) == 1 and periods:
            a = periods[0]
            variant = rng.random()
            if variant < 0.5:
                out = [f"{committee} och {partner} ingick ett idéburet offentligt partnerskap (IOP) den {sv_date(a['start'])}.",
                       f"Överenskommelsen {'skulle gälla till och med' if 'extended_to' in a else 'upphörde att gälla'} den {sv_date(a['end'])}."]
            elif variant < 0.75:
                out = [f"Överenskommelsen om idéburet offentligt partnerskap mellan {committee} och {org.name} gällde för perioden {sv_date(a['start'])} till och med {sv_date(a['end'])}."]
            else:
                out = [f"{org.name} och {committee} har samverkat inom ramen för en överenskommelse om IOP som löpte från den {sv_date(a['start'])} till och med den {sv_date(a['end'])}."]
            if "extended_to" in a:
                out.append(self.extension_sentence(a, "Överenskommelsen"))
            return [capitalise(s) for s in out]
        if not periods:
            if len(annual) == 1:
                return [capitalise(f"{org.name} och {committee} har samverkat inom ramen för en överenskommelse om IOP för {annual[0]}.")]
            return [capitalise(f"{org.name} och {committee} har samverkat inom ramen för årliga överenskommelser om IOP för {sv_years(annual)}.")]
        count = len(self.agreements)
        counted = NUMBER_WORDS.get(count, str(count)) if count != 1 else "en"
        y1, y2 = self.years[0], self.years[-1]
        head = f"{org.name} och {committee} har samverkat inom ramen för {rng.choice([counted + ' IOP-överenskommelser', 'flera överenskommelser om IOP'])} mellan åren {y1}-{y2}."
        out = [capitalise(head)]
        if not full:
            return out
        for index, a in enumerate(periods):
            ordinal = ORDINALS[min(index, len(ORDINALS) - 1)]
            out.append(f"Den {ordinal} överenskommelsen tecknades för perioden {sv_date(a['start'])} till och med {'den ' if index else ''}{sv_date(a['end'])}.")
            if "extended_to" in a:
                out.append(self.extension_sentence(a, "Denna överenskommelse"))
        if len(annual) == 1:
            out.append(f"Därefter tecknades en årlig överenskommelse för {annual[0]}.")
        elif annual:
            out.append(f"Därefter tecknades årliga överenskommelser för {sv_years(annual)}.")
        if rng.random() < 0.6:
            out.append(f"Inriktningen för överenskommelserna har varit {sv_join(self.activities)}.")
        return out

    def extension_sentence(self, agreement: dict, subject: str) -> str:
        months = agreement.get("extension_months")
        words_for = {3: "tre månader", 6: "sex månader", 12: "ett år"}
        ext = agreement["extended_to"]
        if months in words_for and self.rng.random() < 0.6:
            return f"{subject} förlängdes med {words_for[months]} och löpte ut i {MONTHS[ext.month - 1]} {ext.year}."
        return f"{subject} förlängdes därefter till och med den {sv_date(ext)}."

    def choose_sections(self) -> list[str]:
        rng = self.rng
        required = []
        if rng.random() < 0.95:
            required.append("summary")
        if rng.random() < 0.9:
            required.append("case")
        if rng.random() < 0.9:
            required.append("administration_view")
        if rng.random() < 0.8:
            required.append("preparation")
        if self.outcome or self.figures or rng.random() < 0.5:
            required.append("goal_fulfilment")
        if self.funding:
            required.append("schedule_budget")
        if self.has_lessons_section:
            required.append("lessons")
        wanted = rng.randint(5, 10)
        others = [kind for kind, *_ in SECTION_ORDER if kind not in required]
        rng.shuffle(others)
        chosen = set(required) | set(others[:max(0, wanted - len(required))])
        return [kind for kind, *_ in SECTION_ORDER if kind in chosen]

    def paragraphs(self, kind: str, budget: int) -> list[list[str]]:
        """Paragraphs (lists of sentences) of about `budget` words, anchors first."""
        rng, drawer, facts = self.rng, self.drawer, self.facts
        anchors: list[list[str]] = []  # sentences that must open given paragraphs
        closing: list[str] = []
        if kind == "summary":
            anchors.append(self.agreement_story(False))
            if self.outcome:
                anchors[0].append(sentence(rng.choice(OUTCOME_POOLS[self.outcome]), facts, rng))
            closing = [sentence(CLOSING, facts, rng)]
        elif kind == "background":
            anchors.append(self.agreement_story(False) if rng.random() < 0.6 else [])
        elif kind == "case":
            anchors.append(self.agreement_story(True))
        elif kind == "goal_fulfilment":
            anchors.append([sentence(rng.choice(OUTCOME_POOLS[self.outcome]), facts, rng)])
            more = OUTCOME_MORE_POOLS[self.outcome]
            if more:
                anchors[0].append(sentence(rng.choice(more), facts, rng))
        elif kind == "administration_view":
            steps = NEXT_STEP_POOLS[self.next_step]
            if steps:
                anchors.append([sentence(s, facts, rng) for s in steps[:rng.randint(1, len(steps))]])
            closing = [sentence(CLOSING, facts, rng)]
        elif kind == "preparation":
            first = f"Ärendet har beretts inom {facts['unit']}."
            return [[first] + ([drawer.take("preparation") or ""] if rng.random() < 0.4 else [])]
        elif kind == "lessons":
            return self.lessons_paragraphs(budget)
        pool = {"equality_child_rights": "equality"}.get(kind, kind)
        if kind in ("background", "equality_child_rights"):
            pool = "theme" if rng.random() < 0.5 else pool
        count = max(1, min(4, round(budget / rng.uniform(60, 140))))
        if budget > 900:
            count = 4
        per_paragraph = max(12, budget // count)
        other = "theme" if kind in ("background", "equality_child_rights", "goal_fulfilment") else "general"
        filler = drawer.filler
        out: list[list[str]] = []
        for index in range(count):
            sentences = list(anchors[index]) if index < len(anchors) else []
            total = sum(words(s) for s in sentences)
            while total < per_paragraph or not sentences:
                text = filler(pool if rng.random() < 0.75 else other)
                sentences.append(text)
                total += text.count(" ") + 1
            out.append(sentences)
        if closing:
            if len(out) < 4 and rng.random() < 0.6:
                out.append(closing)
            else:
                out[-1].extend(closing)
        return out

    def lessons_paragraphs(self, budget: int) -> list[list[str]]:
        rng, drawer = self.rng, self.drawer
        intro = [s for s in (drawer.take("lessons_intro") for _ in range(rng.randint(1, 3))) if s]
        out = [intro] if intro else []
        out.append(list(self.challenges))
        out.append(list(self.successes))
        # A long report's lessons section: more on what was learnt, never the quoted sentences again.
        used = sum(words(s) for p in out for s in p)
        if budget - used > 150 and len(out) < 4:
            extra: list[str] = []
            goal = used + (budget - used) * 0.6
            while used < goal:
                text = drawer.filler("lessons_intro")
                extra.append(text)
                used += words(text)
            out.insert(1, extra)
        return [p for p in out if p]

    def make_sections(self) -> None:
        rng = self.rng
        kinds = self.choose_sections()
        # Lengths like the real documents: the two seeds have about 400 and 900 words, a long
        # report a few thousand.
        roll = rng.random()
        if roll < 0.03:
            target = rng.randint(2500, 4000)
        elif roll < 0.2:
            target = rng.randint(250, 500)
        else:
            target = int(rng.triangular(450, 1300, 750))
        weight = sum(SECTION_WEIGHT[k] for k in kinds) or 1.0
        built: dict[str, list[list[str]]] = {}
        for kind in kinds:
            budget = int(target * SECTION_WEIGHT[kind] / weight * rng.uniform(0.7, 1.3))
            built[kind] = self.paragraphs(kind, budget)

        # Put each quoted sentence into one paragraph of a section that speaks of it.
        def place_quote(text: str, preferred: list[str]) -> None:
            for kind in preferred:
                if kind in built:
                    paragraph = rng.choice(built[kind])
                    paragraph.insert(rng.randint(0, len(paragraph)), text)
                    return
            raise AssertionError("no section for a quote")  # choose_sections guarantees one

        for entry in self.funding:
            place_quote(entry["quote"], ["schedule_budget"] if rng.random() < 0.75 else ["case", "commitments", "schedule_budget"])
        for figure in self.figures:
            place_quote(figure["quote"], ["goal_fulfilment"] if rng.random() < 0.8 else ["case", "summary", "goal_fulfilment"])

        # Headings: known ones, now and then one the build does not know (with `kind:`).
        sections: list[dict] = []
        headings = {kind: (known, unknown) for kind, known, unknown, _ in SECTION_ORDER}
        nest_equality = ("equality_child_rights" in built and "administration_view" in built and len(kinds) > 5
                         and rng.random() < 0.3)
        for kind in kinds:
            if kind == "equality_child_rights" and nest_equality:
                continue
            known, unknown = headings[kind]
            section = {"heading": rng.choice(known)}
            if unknown and rng.random() < 0.025:
                section = {"heading": rng.choice(unknown), "kind": kind}
            section["paragraphs"] = built[kind]
            if kind == "administration_view" and nest_equality:
                heading = rng.choice(headings["equality_child_rights"][0])
                own = section["paragraphs"]
                while len(own) > 2:  # room for the sub-section's text: at most four paragraphs each
                    own[0] = own[0] + own.pop(1)
                children = [{"heading": heading, "paragraphs": built["equality_child_rights"][:4 - len(own)]}]
                if rng.random() < 0.3:
                    children.append({"heading": "Fortsatt samverkan", "kind": "administration_view",
                                     "paragraphs": [section["paragraphs"].pop(0)] if len(section["paragraphs"]) > 1 else
                                     [[self.drawer.filler("administration_view")]]})
                if rng.random() < 0.5:  # as in the real documents: the text stands under the sub-heading
                    children[0]["paragraphs"] = children[0]["paragraphs"] + section.pop("paragraphs")
                section["sections"] = children
            sections.append(section)
        self.sections = sections

    # -- YAML -----------------------------------------------------------

    def yaml(self) -> str:
        rng, org, district = self.rng, self.organisation, self.district
        years = self.years
        period = f"{years[0]}-{years[-1]}" if years[0] != years[-1] else str(years[0])
        title = rng.choices([
            f"Idéburet offentligt partnerskap (IOP) med {org.name}",
            f"Slutrapport av idéburet offentligt partnerskap (IOP) - {org.name}",
            f"Slutrapport för IOP med {org.name} {period}",
            f"Slutrapport: idéburet offentligt partnerskap med {org.name}",
            f"Slutrapport avseende överenskommelse om IOP med {org.name}",
        ], [30, 30, 20, 8, 12])[0]
        out = [REPORT_SCHEMA_LINE]
        meeting = f"meeting {self.meeting.isoformat()}" if self.meeting else "no meeting date"
        out.append(f"# Synthetic benchmark report (bench/corpus.py): {district.committee}, {meeting}.")
        out.append(f"title: {scalar(title)}")
        if rng.random() < 0.7:
            subtitle = rng.choice([
                "Slutrapport i samband med upphörande av IOP",
                f"IOP mellan {rng.choice([org.name] + org.aliases)} och {district.committee}",
                f"Slutrapport för perioden {period}",
                f"Redovisning av partnerskapet {period}",
                "Slutredovisning av idéburet offentligt partnerskap",
            ])
            out.append(f"subtitle: {scalar(subtitle)}")
        out.append(f"district: {district.id}")
        out.append(f"organisation: {org.id}")
        out.append(f"committee: {scalar(district.committee)}")
        if self.meeting:
            out.append(f"meeting_date: {self.meeting.isoformat()}")
        if rng.random() < 0.6:
            decided = (self.meeting or self.approval_dates[0]).year
            number = rng.randint(1, 2999)
            case_number = (f"{district.code} {decided}/{number}" if rng.random() < 0.85
                           else f"1.5.{rng.randint(1, 4)}-{number}/{decided}")
            out.append(f"case_number: {scalar(case_number)}")
        officer_name, officer_phone = rng.choice(district.officers)
        out.append("case_officer:")
        out.append(f"  name: {scalar(officer_name)}")
        if rng.random() < 0.85:
            out.append(f"  phone: {scalar(officer_phone)}")

        out += ["", "proposals:"]
        org_ref = org.name
        first = rng.choice([
            f"{district.committee} godkänner och lägger slutrapporten till handlingarna.",
            "Stadsdelsnämnden godkänner förvaltningens slutrapport och lägger den till handlingarna",
            f"{district.committee} godkänner slutrapporten för idéburet offentligt partnerskap med {org_ref}.",
        ])
        proposals = [first]
        if self.next_step and self.next_step != "ended" and rng.random() < 0.85:
            proposals.append({
                "renegotiation": f"Stadsdelsnämnden uppdrar till förvaltningen att inleda en omförhandling av överenskommelsen om IOP med {org_ref}",
                "extension": f"{district.committee} förlänger överenskommelsen om IOP med {org_ref} till och med den 31 december {years[-1] + 1}.",
                "new_agreement": f"Stadsdelsnämnden uppdrar till förvaltningen att ingå en ny överenskommelse om IOP med {org_ref}.",
            }[self.next_step])
        if rng.random() < 0.1:
            proposals.append("Beslutet justeras omedelbart.")
        out += [f"  - {scalar(p)}" for p in proposals]

        out += ["", "agreements:"]
        for a in self.agreements:
            if "year" in a:
                out.append(f"  - year: {a['year']}")
            else:
                out.append(f"  - start: {a['start'].isoformat()}")
                out.append(f"    end: {a['end'].isoformat()}")
                if "extended_to" in a:
                    out.append(f"    extended_to: {a['extended_to'].isoformat()}")

        block: list[str] = []
        if rng.random() < 0.8:
            block.append("activities:")
            block += [f"  - {scalar(a)}" for a in self.activities]
        if self.places:
            block.append("places:")
            block += [f"  - {scalar(p)}" for p in self.places]
        if block:
            out += [""] + block
        block = []
        if self.outcome:
            block.append(f"outcome: {self.outcome}")
        if self.next_step:
            block.append(f"next_step: {self.next_step}")
        if rng.random() < 0.95:
            block.append(f"themes: [{', '.join(self.themes)}]")
        if block:
            out += [""] + block

        out += ["", "sections:"]
        for section in self.sections:
            self.section_yaml(section, "  ", out)
            out.append("")
        out.pop()

        if self.funding:
            out += ["", "funding:"]
            for entry in self.funding:
                out.append(f"  - amount: {entry['amount']}")
                out.append(f"    kind: {entry['kind']}")
                if "years" in entry:
                    out.append(f"    years: [{', '.join(str(y) for y in entry['years'])}]")
                if "start" in entry:
                    out.append(f"    start: {entry['start'].isoformat()}")
                    out.append(f"    end: {entry['end'].isoformat()}")
                out.append(f"    quote: {scalar(entry['quote'])}")
        if self.figures:
            out += ["", "figures:"]
            for figure in self.figures:
                out.append(f"  - value: {figure['value']}")
                out.append(f"    unit: {scalar(figure['unit'])}")
                out.append(f"    measures: {scalar(figure['measures'])}")
                out.append(f"    quote: {scalar(figure['quote'])}")
        if self.lessons:
            out += ["", "lessons:"]
            for group in ("challenges", "success_factors"):
                if self.lessons.get(group):
                    out.append(f"  {group}:")
                    out += [f"    - {scalar(q)}" for q in self.lessons[group]]

        director = district.directors[0 if self.approval_dates[0].year < district.change_year else 1]
        head = district.heads[rng.randrange(len(district.heads))]
        if rng.random() < 0.95:
            out += ["", "signatories:"]
            people = [(director, "Stadsdelsdirektör")]
            if rng.random() < 0.85:
                people.append((head, "Avdelningschef"))
            for name, title_ in people:
                out += [f"  - name: {scalar(name)}", f"    title: {title_}", f"    unit: {scalar(district.administration)}"]
        if rng.random() < 0.8:
            statement = ("Detta dokument har godkänts digitalt av följande personer:" if rng.random() < 0.9
                         else "Dokumentet har attesterats digitalt av följande personer:")
            out += ["", f"approvals_statement: {scalar(statement)}", "approvals:"]
            out += [f"  - name: {scalar(director)}", "    title: Stadsdelsdirektör",
                    f"    date: {self.approval_dates[0].isoformat()}"]
            if rng.random() < 0.85:
                out += [f"  - name: {scalar(head)}", "    title: Avdelningschef",
                        f"    date: {self.approval_dates[1].isoformat()}"]
        if rng.random() < 0.85:
            titles = ["Slutrapport i samband med upphörande av IOP",
                      f"Överenskommelse om idéburet offentligt partnerskap mellan {district.committee} och {org.name} {years[-1]}",
                      f"{capitalise(org.noun)}s verksamhetsberättelse {rng.choice(years)}",
                      f"Ekonomisk redovisning {years[-1]}",
                      f"Utvärdering av partnerskapet {period}"]
            chosen = rng.sample(titles, rng.randint(1, 3))
            out += ["", "attachments:"] + [f"  - title: {scalar(t)}" for t in chosen]
        return "\n".join(out) + "\n"

    def section_yaml(self, section: dict, indent: str, out: list[str]) -> None:
        out.append(f"{indent}- heading: {scalar(section['heading'])}")
        inner = indent + "  "
        if "kind" in section:
            out.append(f"{inner}kind: {section['kind']}")
        paragraphs = [" ".join(s for s in p if s) for p in section.get("paragraphs", [])]
        paragraphs = [p for p in paragraphs if p]
        if paragraphs:
            out.append(f"{inner}text: |")
            out.append("\n\n".join(inner + "  " + p for p in paragraphs))
        if section.get("sections"):
            out.append(f"{inner}sections:")
            for child in section["sections"]:
                self.section_yaml(child, inner + "  ", out)


# --------------------------------------------------------------------------
# The whole corpus.
# --------------------------------------------------------------------------

class World:
    def __init__(self, reports: int, seed: int) -> None:
        rng = random.Random(f"iop-corpus/{seed}/world")
        self.districts = make_districts(min(50, max(5, reports // 20)), rng)
        # Uneven: the first districts get many more reports than the last.
        self.district_pick = Weighted(self.districts, [1 / (rank + 1) ** 0.7 for rank in range(len(self.districts))])
        self.organisations = make_organisations(min(2000, max(20, reports // 5)), self.districts, self.district_pick, rng)
        ranked = list(self.organisations)
        rng.shuffle(ranked)
        self.organisation_pick = Weighted(ranked, [1 / (rank + 10) ** 0.8 for rank in range(len(ranked))])

    def organisation_for(self, index: int, rng: random.Random) -> Organisation:
        # Every organisation has a report; beyond that some have many.
        if index < len(self.organisations):
            return self.organisations[index]
        return self.organisation_pick.pick(rng)


def report_id(district: District, organisation: Organisation, years: list[int], taken: set[str]) -> str:
    span = f"{years[0]}-{years[-1]}" if years[0] != years[-1] else str(years[0])
    base = f"{district.id[:40].strip('-')}-{organisation.id_prefix}-{span}"
    candidate, counter = base, 1
    while candidate in taken:
        counter += 1
        candidate = f"{base}-{counter}"
    taken.add(candidate)
    return candidate


def report_rng(seed: int, index: int) -> random.Random:
    return random.Random(f"iop-corpus/{seed}/report/{index}")


def write_corpus(target: Path, reports: int, seed: int = 1, jobs: int | None = None) -> dict[str, int]:
    """Write districts.yml, organisations.yml, themes.yml and reports/<id>.yml into `target`.

    Returns the counts (and the bytes of the report files). `jobs` processes
    write the reports (default: up to four, one per CPU, for 1,000 reports or
    more); the files are the same whatever `jobs` is.
    """
    target = Path(target)
    if reports < 1:
        raise ValueError("reports must be at least 1")
    world = World(reports, seed)
    (target / "reports").mkdir(parents=True, exist_ok=True)
    write_text(target / "districts.yml",
               "# yaml-language-server: $schema=../schema/districts.schema.json\n"
               "# Synthetic districts for benchmarks (bench/corpus.py).\n"
               + "\n".join(d.yaml() for d in world.districts))
    write_text(target / "organisations.yml",
               "# yaml-language-server: $schema=../schema/organisations.schema.json\n"
               "# Synthetic organisations for benchmarks (bench/corpus.py).\n"
               + "\n".join(o.yaml() for o in world.organisations))
    write_text(target / "themes.yml",
               "# yaml-language-server: $schema=../schema/themes.schema.json\n"
               "# Themes (teman). A report names its themes by `id`.\n"
               + "\n".join(f"- id: {t['id']}\n  name: {scalar(t['name'])}\n  description: {scalar(t['description'])}\n"
                           for t in THEMES))
    # Ids first, in order (a cheap pass: organisation, district and agreements
    # of each report), so that the text can then be written in any order.
    taken: set[str] = set()
    ids = []
    for index in range(reports):
        maker = ReportMaker(world, index, report_rng(seed, index))
        ids.append(report_id(maker.district, maker.organisation, maker.years, taken))
    if jobs is None:
        jobs = min(4, os.cpu_count() or 1) if reports >= 1000 else 1
    step = 250
    chunks = [(start, ids[start:start + step]) for start in range(0, reports, step)]
    if jobs <= 1:
        total_bytes = sum(write_reports(world, seed, target, start, chunk) for start, chunk in chunks)
    else:
        with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(reports, seed)) as pool:
            total_bytes = sum(pool.map(_worker_write, [(target, start, chunk) for start, chunk in chunks]))
    written = {f"{identifier}.yml" for identifier in ids}
    for stale in (target / "reports").glob("*.yml"):
        if stale.name not in written:
            stale.unlink()
    return {"districts": len(world.districts), "organisations": len(world.organisations), "themes": len(THEMES),
            "reports": reports, "report_bytes": total_bytes}


def write_reports(world: World, seed: int, target: Path, start: int, ids: list[str]) -> int:
    total = 0
    for index, identifier in enumerate(ids, start):
        maker = ReportMaker(world, index, report_rng(seed, index))
        total += write_text(target / "reports" / f"{identifier}.yml", maker.build(identifier))
    return total


_WORKER: dict = {}


def _start_worker(reports: int, seed: int) -> None:
    _WORKER["world"], _WORKER["seed"] = World(reports, seed), seed


def _worker_write(task: tuple[Path, int, list[str]]) -> int:
    target, start, ids = task
    return write_reports(_WORKER["world"], _WORKER["seed"], target, start, ids)


def write_text(path: Path, text: str) -> int:
    data = text.encode("utf-8")
    with open(path, "wb") as handle:
        handle.write(data)
    return len(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000, help="number of reports (default 1000)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (content layout)")
    parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same files (default 1)")
    parser.add_argument("--jobs", type=int, default=None,
                        help="processes that write reports (default: one per CPU, at most four; same files either way)")
    args = parser.parse_args(argv)
    repo_content = Path(__file__).resolve().parent.parent / "content"
    if args.out.resolve() == repo_content.resolve():
        parser.error("refusing to overwrite the project's own content/ folder")
    started = time.perf_counter()
    counts = write_corpus(args.out, args.reports, args.seed, args.jobs)
    seconds = time.perf_counter() - started
    print(", ".join(f"{key}: {value}" for key, value in counts.items()) + f"  ({seconds:.1f} s) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
