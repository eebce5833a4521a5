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

import json
import posixpath
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote
from typing import Any, Iterable, Iterator, Sequence, TypeVar

import jinja2
from markupsafe import Markup

from ..content.catalogue import Catalogue
from ..content.model import NEXT_STEP_LABELS, OUTCOME_LABELS, District, Organisation, Report, Section
from ..text import Md, count, escape_markdown, id_from_name, join_swedish, swedish_date

TEMPLATES = Path(__file__).parent / "templates"
LATEST_ON_START_PAGE = 10
REPORTS_PER_PAGE = 50
NAMES_PER_PAGE = 100
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


@dataclass(frozen=True)
class Rendered:
    html: str
    toc: list[TocEntry]


def url_of(uri: str) -> str:
    """The address of a page's source: `index.md` -> ``, `ar/index.md` -> `ar/`, `ar/2020.md` -> `ar/2020/`."""
    stem = uri.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


def relative_url(from_uri: str, to_uri: str) -> str:
    """A link from one page to another, relative, so the site works from any folder."""
    here, there = url_of(from_uri), url_of(to_uri)
    relative = posixpath.relpath(there or ".", here or ".")
    return "./" if relative == "." else relative + "/"


def report_uri(report: Report) -> str:
    return f"rapporter/{report.id}.md"


def district_uri(district_id: str, page: int = 1) -> str:
    return paged_uri(f"stadsdelar/{district_id}.md", page)


def organisation_uri(organisation_id: str, page: int = 1) -> str:
    return paged_uri(f"organisationer/{organisation_id}.md", page)


def year_uri(year: int, page: int = 1) -> str:
    return paged_uri(f"ar/{year}.md", page)


def paged_uri(first: str, page: int) -> str:
    """Page 1 is the listing's own address; page n is `<address>/sida/<n>/`."""
    if page == 1:
        return first
    return first.removesuffix(".md").removesuffix("/index") + f"/sida/{page}.md"


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


def years_text(report: Report) -> str:
    active = report.years_active
    return str(active[0]) if len(active) == 1 else f"{active[0]}–{active[-1]}"


@dataclass(frozen=True)
class SectionView:
    level: int  # h2 for the document's top sections
    id: str
    section: Section


# Ids the report page uses for its own headings; a section never takes them.
REPORT_IDS = frozenset({"fakta", "forslag", "lardomar-i-korthet", "utmaningar", "framgangsfaktorer",
                        "underskrifter", "attesterat-av", "bilagor"})


def outline(sections: list[Section]) -> list[SectionView]:
    """The document's sections in reading order (a heading, its text, then its sub-sections), each with a unique id."""
    taken = set(REPORT_IDS)
    views: list[SectionView] = []
    stack = [(section, 2) for section in reversed(sections)]
    while stack:
        section, level = stack.pop()
        base = id_from_name(section.heading)[:60].strip("-") or "avsnitt"
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.add(candidate)
        views.append(SectionView(level, candidate, section))
        stack.extend((child, level + 1) for child in reversed(section.sections))
    return views


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every {{ value }} is HTML-escaped unless our own code marked it Markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(date=swedish_date, and_list=join_swedish, count=count, years=years_text)
    env.globals.update(outcome_labels=OUTCOME_LABELS, next_step_labels=NEXT_STEP_LABELS, web_address=web_address)
    return env


class Site:
    """Every page of the site, described from the catalogue."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def district_of(self, report: Report) -> District:
        return self.catalogue.districts[report.district]

    def organisation_of(self, report: Report) -> Organisation:
        return self.catalogue.organisations[report.organisation]

    def specs(self) -> list[PageSpec]:
        c = self.catalogue
        specs = [
            PageSpec("index.md", "Start", "start.html.j2", {"latest": c.reports[:LATEST_ON_START_PAGE]}, in_nav=True),
            *self.listing("rapporter/index.md", "Alla rapporter", "reports.html.j2", c.reports, REPORTS_PER_PAGE, in_nav=True),
            PageSpec("stadsdelar/index.md", "Stadsdelar", "districts.html.j2", {"districts": c.districts_with_reports()}, in_nav=True),
            *self.listing("organisationer/index.md", "Organisationer", "organisations.html.j2",
                          c.organisations_with_reports(), NAMES_PER_PAGE, in_nav=True),
            PageSpec("ar/index.md", "År", "years.html.j2", {}, in_nav=True),
        ]
        specs += [PageSpec(report_uri(r), r.title, "report.html.j2", {"report": r}, updated=r.latest_date,
                           hide=("navigation",)) for r in c.reports]
        for d in c.districts_with_reports():
            reports = c.by_district[d.id]
            partners = unique(self.organisation_of(r) for r in reports)
            specs += self.listing(district_uri(d.id), d.name, "district.html.j2", reports, REPORTS_PER_PAGE,
                                  district=d, partners=partners)
        for o in c.organisations_with_reports():
            reports = c.by_organisation[o.id]
            partners = unique(self.district_of(r) for r in reports)
            specs += self.listing(organisation_uri(o.id), o.name, "organisation.html.j2", reports, REPORTS_PER_PAGE,
                                  organisation=o, partners=partners)
        years = c.years
        for index, y in enumerate(years):  # newest first
            newer = years[index - 1] if index > 0 else None
            older = years[index + 1] if index + 1 < len(years) else None
            specs += self.listing(year_uri(y), str(y), "year.html.j2", c.listed_by_year[y], REPORTS_PER_PAGE,
                                  year=y, newer=newer, older=older,
                                  active=len(c.active_by_year.get(y, [])), decided=len(c.decided_by_year.get(y, [])))
        return specs

    def listing(self, first_uri: str, title: str, template: str, items: Sequence[Any], per_page: int,
                in_nav: bool = False, **context: Any) -> list[PageSpec]:
        """One page spec per page of a long listing; only the first page is in the navigation."""
        return [PageSpec(pager.uri, title + pager.suffix, template, {**context, "items": chunk, "pager": pager},
                         in_nav=in_nav and pager.number == 1, hide=("navigation", "toc"))
                for pager, chunk in pages_of(items, per_page, first_uri)]

    def render(self, spec: PageSpec) -> Rendered:
        toc: list[TocEntry] = []

        def link(target: str) -> str:
            return relative_url(spec.uri, target)

        helpers = {
            "catalogue": self.catalogue, "link": link, "toc": toc, "district_of": self.district_of,
            "organisation_of": self.organisation_of, "report_uri": report_uri, "district_uri": district_uri,
            "organisation_uri": organisation_uri, "year_uri": year_uri, "outline": outline,
            "heading": lambda level, anchor, title: _heading(toc, level, anchor, title),
        }
        html = environment().get_template(spec.template).render(**helpers, **spec.context)
        return Rendered(html, toc)


def _heading(toc: list[TocEntry], level: int, anchor: str, title: str) -> Markup:
    """A heading with its id, recorded for the page's table of contents (h2 and h3)."""
    if level == 2:
        toc.append(TocEntry(level, anchor, str(title)))
    elif level == 3 and toc:
        toc[-1].children.append(TocEntry(level, anchor, str(title)))
    return Markup('<h{0} id="{1}">{2}</h{0}>').format(level, anchor, title)


def unique(items: Iterable[T]) -> list[T]:
    """Distinct districts or organisations, by id, in first-seen order."""
    seen: dict[str, T] = {}
    for item in items:
        seen.setdefault(item.id, item)  # type: ignore[attr-defined]
    return list(seen.values())


# Facts about the publisher that hand-written pages use; mkdocs.yml's `extra` overrides them.
SITE_FACTS_DEFAULTS: dict[str, dict[str, object]] = {
    "publisher": {"name": "Stockholms stad", "email": None, "phone": None},
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
    facts = {group: {**values, **(extra.get(group) or {})} for group, values in SITE_FACTS_DEFAULTS.items()}  # type: ignore[dict-item]
    status = facts["accessibility"]["status"]
    if status not in ACCESSIBILITY_STATUS:
        raise ValueError(f"extra.accessibility.status: {status!r} is not one of {', '.join(ACCESSIBILITY_STATUS)}")
    facts["accessibility"]["status_text"] = ACCESSIBILITY_STATUS[str(status)]
    return facts


def site_specs(catalogue: Catalogue) -> tuple[Site, list[PageSpec]]:
    site = Site(catalogue)
    return site, site.specs()


def markdown_file(spec: PageSpec, rendered: Rendered) -> str:
    """A page as a Markdown file any builder can take: front matter for the title, then the HTML."""
    # JSON strings are valid YAML double-quoted scalars: the title stays exactly what it is.
    front = [f"title: {json.dumps(spec.title, ensure_ascii=True)}"]
    if spec.hide:
        front.append("hide: [" + ", ".join(spec.hide) + "]")
    return "---\n" + "\n".join(front) + "\n---\n\n" + rendered.html


def write_markdown(catalogue: Catalogue, out_dir: Path) -> int:
    """Write every page under out_dir as `<uri>` (uris come from validated ids); returns the count."""
    site, specs = site_specs(catalogue)
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
