"""Stage 4: the site's pages as HTML, from the catalogue, one Jinja2 template per page type.

Templates write HTML with Jinja2's autoescaping: every value from content is
escaped as it is printed, so content can never become markup, and no page
goes through Markdown (which is quadratic in escaped characters, and the
slowest stage of a build). The plugin hands MkDocs this HTML; `render --out`
writes the same HTML as Markdown files (HTML is valid Markdown) for any other
site builder that makes `x.md` into `x/`.

Pages are described first (`PageSpec`, cheap) and rendered one at a time
(`render`), so a build of any size holds only one page's HTML at a time.
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from urllib.parse import quote
from typing import Any, Iterable, Iterator, Sequence, TypeVar

import jinja2
import yaml
from markupsafe import Markup, escape

from ..content.catalogue import Catalogue
from ..errors import Problem
from ..content.model import FUNDING_KIND_LABELS, NEXT_STEP_LABELS, OUTCOME_LABELS, Agreement, District, Organisation, Report, Section
from ..numbers import swedish_number
from ..text import Md, character_problem, count, forbidden_character, escape_markdown, id_from_name, join_swedish, swedish_date
from . import captions
from .charts import Bar, bar_chart, kronor, kronor_short, reset_ids, stacked_chart, timeline
from .escape import html_value
from .compare import OUTCOME_NAMES, OUTCOME_ORDER, money, summarise
from .columns import COLUMNS
from .quotes import Marker, report_quotes
from .feed import MAX_ENTRIES
from .urls import (data_path, district_uri, feed_path, lessons_uri, organisation_uri, original_path, paged_uri,
                   relative_url, report_json_path, report_uri, theme_uri, url_of, year_uri)

TEMPLATES = Path(__file__).parent / "templates"
LATEST_ON_START_PAGE = 10
REPORTS_PER_PAGE = 50
RESULTS_PER_PAGE = 25  # on the search page, "Visa fler träffar" shows as many again
NAMES_PER_PAGE = 100
LESSON_REPORTS_PER_PAGE = 20
NO_THEME = "utan-tema"  # the lessons of reports without a theme; a reserved id
T = TypeVar("T")


@dataclass(frozen=True)
class TocEntry:
    level: int
    id: str
    title: str  # plain text
    children: list[TocEntry] = field(default_factory=list)


@dataclass(frozen=True)
class PageSpec:
    """A page to be: its address, title and how to render it (nothing rendered yet)."""

    uri: str  # source path as MkDocs knows it, e.g. "rapporter/x.md" (its address is rapporter/x/)
    title: str  # plain text, for <title> and the navigation
    template: str
    context: dict[str, Any]
    in_nav: bool = False  # section pages are in the navigation; single items are not
    updated: date | None = None  # from content, never the build day: builds are reproducible
    hide: tuple[str, ...] = ("navigation",)  # Material's sidebars this page does without
    searchable: bool = False  # in the search index: reports, and the first page of districts, organisations, themes


@dataclass(frozen=True)
class Rendered:
    html: str
    toc: list[TocEntry]


@dataclass(frozen=True)
class Pager:
    """Where one page of a long listing stands among its pages."""

    number: int
    count: int
    first_uri: str
    total: int  # items in the whole listing
    start: int  # 1-based number of the first item on this page
    end: int  # number of the last item on this page

    @property
    def uri(self) -> str:
        return paged_uri(self.first_uri, self.number)

    def uri_of(self, number: int) -> str:
        return paged_uri(self.first_uri, number)

    def numbers(self) -> list[int | None]:
        """Page numbers to link, with None for a gap: 1 … 4 5 [6] 7 8 … 20."""
        shown = sorted({1, self.count, *range(max(1, self.number - 2), min(self.count, self.number + 2) + 1)})
        numbers: list[int | None] = []
        for number in shown:
            if numbers and number - (numbers[-1] or 0) > 1:
                numbers.append(None)
            numbers.append(number)
        return numbers

    @property
    def suffix(self) -> str:
        return f" (sida {self.number} av {self.count})" if self.number > 1 else ""


def pages_of(items: Sequence[T], per_page: int, first_uri: str) -> Iterator[tuple[Pager, Sequence[T]]]:
    """A listing cut into pages; an empty listing is one empty page."""
    count_ = max(1, -(-len(items) // per_page))
    for number in range(1, count_ + 1):
        start = (number - 1) * per_page
        chunk = items[start:start + per_page]
        yield Pager(number, count_, first_uri, len(items), start + 1, start + len(chunk)), chunk


def file_size(size: int) -> str:
    """`245 kB`, `1,2 MB`: the size of a download as people read it."""
    if size < 1000 * 1000:
        return f"{max(1, round(size / 1000))} kB"
    return f"{size / 1000 / 1000:.1f} MB".replace(".", ",")


def years_text(report: Report) -> str:
    active = report.years_active
    return span_text(active[0], active[-1])


@dataclass(frozen=True)
class SectionView:
    level: int  # h2 for the document's top sections
    id: str
    section: Section


# Ids the report page uses for its own headings; a section never takes them.
REPORT_IDS = frozenset({"fakta", "tidslinje", "forslag", "lardomar-i-korthet", "utmaningar", "framgangsfaktorer",
                        "underskrifter", "attesterat-av", "bilagor"})
# Ids of the quotation anchors (quotes.py) and the charts (charts.py): a section's id never looks like one.
GENERATED_ID = re.compile(r"(?:belopp|resultat|utmaning|framgangsfaktor|chart)-\d.*")


def outline(sections: list[Section]) -> list[SectionView]:
    """The document's sections in reading order (a heading, its text, then its sub-sections), each with a unique id."""
    taken = set(REPORT_IDS)
    last_number: dict[str, int] = {}  # per heading, the suffix tried last: many equal headings stay linear
    views: list[SectionView] = []
    stack = [(section, 2) for section in reversed(sections)]
    while stack:
        section, level = stack.pop()
        base = id_from_name(section.heading[:200])[:60].strip("-") or "avsnitt"
        if GENERATED_ID.fullmatch(base):
            base = f"avsnitt-{base}"
        candidate, n = base, last_number.get(base, 1)
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        last_number[base] = n
        taken.add(candidate)
        views.append(SectionView(level, candidate, section))
        stack.extend((child, level + 1) for child in reversed(section.sections))
    return views


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        finalize=html_value,  # the one guard every printed value passes (escape.py)
        autoescape=True,  # every {{ value }} is HTML-escaped unless our own code marked it Markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(date=swedish_date, and_list=join_swedish, count=count, years=years_text, kronor=kronor,
                       kronor_short=kronor_short, number=swedish_number, file_size=file_size)
    env.globals.update(outcome_labels=OUTCOME_LABELS, next_step_labels=NEXT_STEP_LABELS, web_address=web_address,
                       funding_kind_labels=FUNDING_KIND_LABELS, outcome_names=OUTCOME_NAMES, outcome_order=OUTCOME_ORDER,
                       outcome_legend=[OUTCOME_NAMES[key] for key in OUTCOME_ORDER],
                       bar_chart=bar_chart, stacked_chart=stacked_chart, Bar=Bar, money=money,
                       amount_bucket=captions.amount_bucket, report_date=captions.report_date,
                       outcome_summary=captions.outcome_summary, by_year_summary=captions.by_year_summary,
                       themes_summary=captions.themes_summary, money_explained=captions.money_explained)
    return env


class Site:
    """Every page of the site, described from the catalogue."""

    def __init__(self, catalogue: Catalogue, facts: dict[str, dict[str, object]] | None = None,
                 site_url: str | None = None) -> None:
        self.catalogue = catalogue
        self.facts = facts or site_facts({})
        self.site_url = site_url
        self.file_sizes: dict[str, int] = {}  # the data files' sizes, once written: downloads say how large they are

    def district_of(self, report: Report) -> District:
        return self.catalogue.districts[report.district]

    def organisation_of(self, report: Report) -> Organisation:
        return self.catalogue.organisations[report.organisation]

    def specs(self) -> list[PageSpec]:
        c = self.catalogue
        lesson_groups = self.lesson_groups()
        with_lessons = {key for key, _, _ in lesson_groups}
        districts = c.districts_with_reports()
        organisations = c.organisations_with_reports()
        by_district = {d.id: summarise(c.by_district[d.id]) for d in districts}
        by_organisation = {o.id: summarise(c.by_organisation[o.id]) for o in organisations}
        by_theme = {t.id: summarise(c.by_theme.get(t.id, [])) for t in c.themes.values()}
        by_year = {y: summarise(c.listed_by_year[y]) for y in c.years}
        partners = {o.id: unique(self.district_of(r) for r in c.by_organisation[o.id]) for o in organisations}
        latest = sorted(c.reports, key=lambda r: (r.published_on or r.latest_date or r.last_day), reverse=True)
        specs = [
            PageSpec("index.md", "Start", "start.html.j2", {"latest": latest[:LATEST_ON_START_PAGE],
                                                           "summary": summarise(c.reports)}, in_nav=True,
                     hide=("navigation", "toc")),
            *self.listing("rapporter/index.md", "Alla rapporter", "reports.html.j2", c.reports, REPORTS_PER_PAGE,
                          in_nav=True, data=("rapporter",)),
            PageSpec("stadsdelar/index.md", "Stadsdelar", "districts.html.j2",
                     {"districts": districts, "summaries": by_district}, in_nav=True, hide=("navigation", "toc")),
            *self.listing("organisationer/index.md", "Organisationer", "organisations.html.j2", organisations,
                          NAMES_PER_PAGE, in_nav=True, summaries=by_organisation, partners=partners),
            PageSpec("ar/index.md", "År", "years.html.j2", {"summaries": by_year}, in_nav=True, hide=("navigation", "toc")),
            PageSpec("teman/index.md", "Teman", "themes.html.j2", {"summaries": by_theme}, in_nav=True,
                     hide=("navigation", "toc")),
            PageSpec("lardomar/index.md", "Lärdomar", "lessons.html.j2", {"groups": lesson_groups}, in_nav=True,
                     hide=("navigation", "toc")),
            PageSpec("oppna-data.md", "Öppna data", "open_data.html.j2", {"columns": COLUMNS, "facts": self.facts},
                     in_nav=True),
            PageSpec("sok.md", "Sök", "sok.html.j2", {"amount_order": [label for _, label in captions.AMOUNT_BUCKETS]
                                                     + [captions.NO_AMOUNT], "results_per_page": RESULTS_PER_PAGE},
                     in_nav=True, hide=("navigation", "toc")),
            PageSpec("flode/index.md", "Följ nya slutrapporter", "feeds.html.j2", {"max_entries": MAX_ENTRIES},
                     hide=("navigation",)),
        ]
        specs += [PageSpec(report_uri(r), r.title, "report.html.j2", {"report": r}, updated=r.latest_date, searchable=True)
                  for r in c.reports]
        for d in districts:
            reports = c.by_district[d.id]
            specs += self.listing(district_uri(d.id), d.name, "district.html.j2", reports, REPORTS_PER_PAGE,
                                  district=d, partners=unique(self.organisation_of(r) for r in reports),
                                  summary=by_district[d.id], data=("stadsdelar", d.id), feed=feed_path("stadsdelar", d.id))
        for o in organisations:
            reports = c.by_organisation[o.id]
            specs += self.listing(organisation_uri(o.id), o.name, "organisation.html.j2", reports, REPORTS_PER_PAGE,
                                  organisation=o, partners=partners[o.id], summary=by_organisation[o.id],
                                  data=("organisationer", o.id), feed=feed_path("organisationer", o.id))
        years = c.years
        for index, y in enumerate(years):  # newest first
            newer = years[index - 1] if index > 0 else None
            older = years[index + 1] if index + 1 < len(years) else None
            reports = c.listed_by_year[y]
            active, decided = len(c.active_by_year.get(y, [])), len(c.decided_by_year.get(y, []))
            specs += self.listing(year_uri(y), str(y), "year.html.j2", reports, REPORTS_PER_PAGE,
                                  year=y, newer=newer, older=older, summary=by_year[y], data=("ar", str(y)),
                                  active=active, decided=decided, both=active + decided - len(reports))
        for t in c.themes.values():
            reports = c.by_theme.get(t.id, [])
            specs += self.listing(theme_uri(t.id), t.name, "theme.html.j2", reports, REPORTS_PER_PAGE,
                                  theme=t, summary=by_theme[t.id], data=("teman", t.id),
                                  has_lessons=t.id in with_lessons)
        for key, name, reports in lesson_groups:
            specs += self.listing(lessons_uri(key), f"Lärdomar: {name}", "lessons_theme.html.j2", reports,
                                  LESSON_REPORTS_PER_PAGE, group=name)
        return specs

    @cached_property
    def unreviewed_by_file(self) -> dict[str, list[Problem]]:
        """The review marks left in each file, gathered once (a draft's page lists its own)."""
        found: dict[str, list[Problem]] = {}
        for problem in self.catalogue.unreviewed:
            found.setdefault(problem.file, []).append(problem)
        return found

    def lesson_groups(self) -> list[tuple[str, str, list[Report]]]:
        """Reports with lessons, by theme (a report under each of its themes), then those without a theme."""
        c = self.catalogue

        def has_lessons(report: Report) -> bool:
            return bool(report.lessons and (report.lessons.challenges or report.lessons.success_factors))

        groups = [(t.id, t.name, [r for r in c.by_theme.get(t.id, []) if has_lessons(r)]) for t in c.themes.values()]
        groups.append((NO_THEME, "Utan tema", [r for r in c.reports if has_lessons(r) and not r.themes]))
        return [group for group in groups if group[2]]

    def listing(self, first_uri: str, title: str, template: str, items: Sequence[Any], per_page: int,
                in_nav: bool = False, **context: Any) -> list[PageSpec]:
        """One page spec per page of a long listing; only the first page is in the navigation.

        The first page of a district, organisation or theme (the pages with a summary) goes into the search index.
        """
        searchable = template in ("district.html.j2", "organisation.html.j2", "theme.html.j2")
        return [PageSpec(pager.uri, title + pager.suffix, template, {**context, "items": chunk, "pager": pager},
                         in_nav=in_nav and pager.number == 1, hide=("navigation", "toc"),
                         searchable=searchable and pager.number == 1)
                for pager, chunk in pages_of(items, per_page, first_uri)]

    def render(self, spec: PageSpec) -> Rendered:
        toc: list[TocEntry] = []
        reset_ids()

        def link(target: str) -> str:
            return relative_url(spec.uri, target)

        def link_file(path: str) -> str:
            """A link to a file that is not a page (data, feeds, documents)."""
            return posixpath.relpath(path, url_of(spec.uri) or ".")

        def feed_address(path: str) -> Markup:
            """A feed's address to copy into a feed reader: whole when site_url is set, else made whole by iop.js."""
            shown = self.site_url.rstrip("/") + "/" + path if self.site_url else "/" + path
            return Markup('<code class="iop-feed-address" data-href="{0}">{1}</code>').format(link_file(path), shown)

        helpers = {
            "catalogue": self.catalogue, "link": link, "link_file": link_file, "toc": toc,
            "district_of": self.district_of, "organisation_of": self.organisation_of, "report_uri": report_uri,
            "district_uri": district_uri, "organisation_uri": organisation_uri, "year_uri": year_uri,
            "theme_uri": theme_uri, "lessons_uri": lessons_uri, "outline": outline, "data_path": data_path,
            "report_json_path": report_json_path, "feed_path": feed_path, "marker": lambda r: Marker(report_quotes(r)),
            "report_timeline": report_timeline, "original_path": original_path,
            "heading": lambda level, anchor, title: _heading(toc, level, anchor, title),
            "file_size_of": self.file_sizes.get, "feed_address": feed_address,
            "unreviewed_in": lambda report: self.unreviewed_by_file.get(report.source, []),
        }
        html = environment().get_template(spec.template).render(**helpers, **spec.context)
        return Rendered(html, toc)


def report_timeline(report: Report) -> Markup:
    periods = [(f"{index}. {agreement_label(a)}", a.first_day, a.last_planned_day, a.extended_to)
               for index, a in enumerate(report.agreements, start=1)]
    first, last = report.first_day, report.last_day
    extended = " En förlängning är streckad." if any(a.extended_to for a in report.agreements) else ""
    return timeline(f"Tidslinje för överenskommelserna {span_text(first.year, last.year)}",
                    f"{count(len(periods), 'överenskommelse', 'överenskommelser')} från {swedish_date(first)} "
                    f"till {swedish_date(last)}.{extended} Samma uppgifter står i tabellen under bilden.", periods)


def span_text(first: int, last: int) -> str:
    """`2019` for one year, `2019–2021` for several."""
    return str(first) if first == last else f"{first}–{last}"


def agreement_label(a: Agreement) -> str:
    if a.year:
        return f"Årlig överenskommelse {a.year}"
    label = span_text(a.first_day.year, a.last_planned_day.year)
    return label + (f", förlängd till {swedish_date(a.extended_to)}" if a.extended_to else "")


def _heading(toc: list[TocEntry], level: int, anchor: str, title: str) -> Markup:
    """A heading with its id, recorded for the page's table of contents (h2 and h3)."""
    if level == 2:
        toc.append(TocEntry(level, anchor, str(title)))
    elif level == 3 and toc:
        toc[-1].children.append(TocEntry(level, anchor, str(title)))
    # Markup.format escapes the same, but took a seventh of our templates' time: this is on every section.
    return Markup(f'<h{level:d} id="{escape(anchor)}">{escape(title)}</h{level:d}>')


def unique(items: Iterable[T]) -> list[T]:
    """Distinct districts or organisations, by id, in first-seen order."""
    seen: dict[str, T] = {}
    for item in items:
        seen.setdefault(item.id, item)  # type: ignore[attr-defined]
    return list(seen.values())


# Facts about the publisher that hand-written pages use; mkdocs.yml's `extra` overrides them.
SITE_FACTS_DEFAULTS: dict[str, dict[str, object]] = {
    "publisher": {"name": "Stockholms stad", "email": None, "phone": None, "org_number": None, "uri": None},
    # The reports are public records; unless the publisher says otherwise, the data is given away under CC0.
    "licence": {"name": "CC0-1.0", "title": "CC0 1.0 Universell (fri användning utan villkor)",
                "path": "http://creativecommons.org/publicdomain/zero/1.0/"},
    "accessibility": {
        "status": "delvis",
        "assessed": None,
        "complaint_url": "https://www.digg.se/tdosanmalan",
        "axe_core": None,
        "nu_checker": None,
    },
}
ACCESSIBILITY_STATUS = {"helt": "helt förenlig", "delvis": "delvis förenlig", "inte": "inte förenlig"}


def site_facts(extra: dict[str, object]) -> dict[str, dict[str, object]]:
    """Defaults merged with what mkdocs.yml's `extra` says; unknown statuses are an error."""
    for group in SITE_FACTS_DEFAULTS:
        if not isinstance(extra.get(group) or {}, dict):
            raise ValueError(f"extra.{group}: ska vara en samling av inställningar (nyckel: värde), inte {extra[group]!r}")
    facts = {group: {**values, **(extra.get(group) or {})} for group, values in SITE_FACTS_DEFAULTS.items()}  # type: ignore[dict-item]
    for group, values in facts.items():
        for key, value in values.items():
            if isinstance(value, str) and (found := forbidden_character(value)):
                raise ValueError(f"extra.{group}.{key}: {character_problem(found.group())}")
    status = facts["accessibility"]["status"]
    if status not in ACCESSIBILITY_STATUS:
        raise ValueError(f"extra.accessibility.status: {status!r} är inte ett av {', '.join(ACCESSIBILITY_STATUS)}")
    facts["accessibility"]["status_text"] = ACCESSIBILITY_STATUS[str(status)]
    return facts


def site_specs(catalogue: Catalogue, facts: dict[str, dict[str, object]] | None = None,
               site_url: str | None = None) -> tuple[Site, list[PageSpec]]:
    site = Site(catalogue, facts, site_url)
    return site, site.specs()


def markdown_file(spec: PageSpec, rendered: Rendered) -> str:
    """A page as a Markdown file any builder can take: front matter for the title, then the HTML."""
    # Dumped by YAML itself, so that any title (quotes, colons, characters beyond the BMP) reads back as it is.
    front = [yaml.safe_dump({"title": spec.title}, allow_unicode=True, width=float("inf")).rstrip("\n")]
    if spec.hide:
        front.append("hide: [" + ", ".join(spec.hide) + "]")
    return "---\n" + "\n".join(front) + "\n---\n\n" + rendered.html


def write_markdown(catalogue: Catalogue, out_dir: Path) -> int:
    """Write every page under out_dir as `<uri>` (uris come from validated ids), and the open data they link to
    under `data/`; returns the count of pages."""
    from .data import OpenData  # the data module imports this one's neighbours; imported where it is used

    site, specs = site_specs(catalogue)
    site.file_sizes = OpenData(catalogue, {**site.facts, "site_url": None}).write(out_dir)
    for spec in specs:
        target = out_dir / spec.uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown_file(spec, site.render(spec)), encoding="utf-8")
    return len(specs)


# Hand-written pages in docs/ are Markdown: the publisher's facts from mkdocs.yml
# are escaped for Markdown there, as any value would be.
@lru_cache(maxsize=1)
def markdown_environment() -> jinja2.Environment:
    env = jinja2.Environment(finalize=lambda value: value if isinstance(value, Md) else escape_markdown(value),
                             undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True)
    # A block of the page built from values already escaped is marked, so it is not escaped twice.
    env.filters.update(date=swedish_date, as_markdown=Md)
    env.globals.update(web_address=web_address)
    return env


def web_address(url: str) -> Md:
    """A validated http(s) address as a Markdown link target: nothing in it can end the link."""
    return Md(quote(url, safe=":/?#@!$&'*+,;=%~-._"))


def render_text(source: str, facts: dict[str, dict[str, object]]) -> str:
    """A hand-written page with {{ placeholders }} filled in, escaped like any other value."""
    return markdown_environment().from_string(source).render(**facts)
