"""Stage 4: Markdown pages from the catalogue, one Jinja2 template per page type.

The output is plain Markdown (with tables and definition lists) and relative
links between `.md` files, so any Markdown site builder can take it over.
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable, TypeVar

import jinja2
from urllib.parse import quote

from ..content.catalogue import Catalogue
from ..content.model import NEXT_STEP_LABELS, OUTCOME_LABELS, District, Organisation, Report
from ..text import Md, count, escape_markdown, join_swedish, swedish_date

TEMPLATES = Path(__file__).parent / "templates"
LATEST_ON_START_PAGE = 10
T = TypeVar("T")


@dataclass(frozen=True)
class Page:
    uri: str  # path of the Markdown file, e.g. "rapporter/x.md"
    markdown: str
    in_nav: bool  # section pages are in the navigation; single items are not
    updated: date | None = None  # from content, never the build day: builds are reproducible


def report_uri(report: Report) -> str:
    return f"rapporter/{report.id}.md"


def district_uri(district_id: str) -> str:
    return f"stadsdelar/{district_id}.md"


def organisation_uri(organisation_id: str) -> str:
    return f"organisationer/{organisation_id}.md"


def year_uri(year: int) -> str:
    return f"ar/{year}.md"


def web_address(url: str) -> Md:
    """A validated http(s) address as a Markdown link target: nothing in it can end the link."""
    return Md(quote(url, safe=":/?#@!$&'*+,;=%~-._"))


def _finalize(value: object) -> object:
    # Every {{ expression }} passes here: content can never become markup.
    if isinstance(value, Md):
        return value
    return escape_markdown(value)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # we escape for Markdown in _finalize, not for HTML
    )
    # Macros return text built from values already escaped; marking it here
    # keeps it from being escaped twice.
    env.filters.update(date=swedish_date, and_list=join_swedish, count=count, as_markdown=Md)
    env.globals.update(
        outcome_labels=OUTCOME_LABELS,
        next_step_labels=NEXT_STEP_LABELS,
        report_uri=report_uri,
        district_uri=district_uri,
        organisation_uri=organisation_uri,
        year_uri=year_uri,
        heading=lambda level: Md("#" * level),
        web_address=web_address,
    )
    return env


class Renderer:
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def page(self, template: str, uri: str, in_nav: bool, updated: date | None = None, **context: object) -> Page:
        def link(target: str) -> Md:
            # Relative links between .md files work in MkDocs and in any other builder.
            return Md(posixpath.relpath(target, posixpath.dirname(uri) or "."))

        markdown = environment().get_template(template).render(
            catalogue=self.catalogue, link=link, **context)
        # Content values are single lines, so this only tidies template spacing.
        return Page(uri, re.sub(r"\n{3,}", "\n\n", markdown), in_nav, updated or self.catalogue.newest_date)

    def district_of(self, report: Report) -> District:
        return self.catalogue.districts[report.district]

    def organisation_of(self, report: Report) -> Organisation:
        return self.catalogue.organisations[report.organisation]

    def pages(self) -> list[Page]:
        c = self.catalogue
        common = {"district_of": self.district_of, "organisation_of": self.organisation_of}
        pages = [
            self.page("start.md.j2", "index.md", True, latest=c.reports[:LATEST_ON_START_PAGE], **common),
            self.page("reports.md.j2", "rapporter/index.md", True, **common),
            self.page("districts.md.j2", "stadsdelar/index.md", True),
            self.page("organisations.md.j2", "organisationer/index.md", True),
            self.page("years.md.j2", "ar/index.md", True),
        ]
        pages += [self.page("report.md.j2", report_uri(r), False, r.latest_date, report=r, **common) for r in c.reports]
        pages += [self.page("district.md.j2", district_uri(d.id), False, district=d, reports=c.by_district[d.id],
                            partners=unique(self.organisation_of(r) for r in c.by_district[d.id]), **common)
                  for d in c.districts_with_reports()]
        pages += [self.page("organisation.md.j2", organisation_uri(o.id), False, organisation=o,
                            reports=c.by_organisation[o.id],
                            partners=unique(self.district_of(r) for r in c.by_organisation[o.id]), **common)
                  for o in c.organisations_with_reports()]
        pages += [self.page("year.md.j2", year_uri(y), False, year=y,
                            active=c.active_by_year.get(y, []), decided=c.decided_by_year.get(y, []), **common)
                  for y in c.years]
        return pages


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


def render_text(source: str, facts: dict[str, dict[str, object]]) -> str:
    """A hand-written page with {{ placeholders }} filled in, escaped like any other value."""
    return environment().from_string(source).render(**facts)


def render_pages(catalogue: Catalogue) -> list[Page]:
    return Renderer(catalogue).pages()


def write_pages(pages: list[Page], out_dir: Path) -> None:
    """Write the Markdown files under out_dir (uris come from validated ids)."""
    for page in pages:
        target = out_dir / page.uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, encoding="utf-8")
