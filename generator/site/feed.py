"""Atom feeds of new final reports: the whole site, and one per district and per organisation.

Entries come newest first by the day the report was first published on the
site (`published`, else the day its file first reached the repository; see
content/history.py), so that a report published today about an old decision
shows as new in a feed reader. Without either, the date the committee
decided stands in: the meeting date, else the newest approval, else the last
day of the partnership. Each entry says both. Entry ids are derived from the report's id, so they
stay the same across builds and hosts. Links are relative to the feed's own
address (with `xml:base` when `site_url` is set). A feed holds the newest
100 reports: older ones are on the site and in the open data.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

from ..content.catalogue import Catalogue
from ..content.model import Report
from ..content.tables import table_of
from ..text import UNDATED, swedish_date
from .escape import xml_attribute as quoteattr, xml_text as escape
from .urls import district_uri, feed_path, organisation_uri, report_uri, url_of

NAMESPACE = uuid.UUID("2b6a1c35-6b0e-5b0f-8f3e-1f7c6a3d9e42")  # this site's own: entry ids never change
MAX_ENTRIES = 100


def decided_day(report: Report) -> date:
    """The date a report is filed under in a feed: the meeting, else the latest approval, else its last day."""
    approvals = [a.date for a in report.approvals if a.date]
    return report.meeting_date or (max(approvals) if approvals else report.last_day)


def decided(report: Report) -> tuple[date, str]:
    """The date a report is filed under in a feed, and what that date is."""
    if report.meeting_date:
        return report.meeting_date, f"nämndens sammanträde {swedish_date(report.meeting_date)}"
    approvals = [a.date for a in report.approvals if a.date]
    if approvals:
        return max(approvals), (f"senaste attesteringen {swedish_date(max(approvals))} "
                                "(rapporten anger inte nämndens sammanträde)")
    return report.last_day, (f"partnerskapets sista dag {swedish_date(report.last_day)} "
                             "(rapporten anger varken sammanträde eller attestering)")


def published_day(report: Report) -> date:
    """The date a report is filed under in a feed: when it was published, else when it was decided."""
    return report.published_on or decided_day(report)


def summary(report: Report) -> str:
    """The first paragraph of the summary (Sammanfattning), else of the first section with text; never a table,
    whose cells would run together in a feed reader's one line."""
    sections = report.all_sections()
    ordered = [s for s in sections if s.resolved_kind == "summary"] + sections
    return next((" ".join(block.split()) for s in ordered for block in s.blocks if table_of(block) is None),
                report.title)


def entry_id(report: Report) -> str:
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, 'rapport:' + report.id)}"


def feed_id(path: str) -> str:
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, 'flöde:' + path)}"


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom(catalogue: Catalogue, path: str, title: str, reports: list[Report], publisher: str,
         site_url: str | None, page_uri: str, made: dict[tuple[str, str], str] | None = None) -> str:
    """One feed, written to `path` in the site. `made` keeps entries already written for another feed:
    a report's entry is the same in every feed at the same depth."""
    entries = sorted(reports, key=lambda r: (published_day(r), r.id), reverse=True)[:MAX_ENTRIES]
    depth = path.count("/")
    root = "../" * depth  # from the feed's folder to the site's root
    base = f" xml:base={quoteattr(site_url.rstrip('/') + '/' + path)}" if site_url else ""
    newest = published_day(entries[0]) if entries else None
    made = {} if made is None else made
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv"{base}>',
        f"  <id>{feed_id(path)}</id>",
        f"  <title>{escape(title)}</title>",
        f"  <updated>{_stamp(newest or UNDATED)}</updated>",
        f"  <author><name>{escape(publisher)}</name></author>",
        f'  <link rel="self" type="application/atom+xml" href={quoteattr(path.rsplit("/", 1)[-1])}/>',
        f'  <link rel="alternate" type="text/html" href={quoteattr(root + url_of(page_uri))}/>',
    ]
    for report in entries:
        if (report.id, root) not in made:
            made[report.id, root] = _entry(catalogue, report, root)
        lines.append(made[report.id, root])
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def _entry(catalogue: Catalogue, report: Report, root: str) -> str:
    _, what = decided(report)
    day = published_day(report)
    shown = f"Publicerad på webbplatsen {swedish_date(report.published_on)}. " if report.published_on else ""
    district = catalogue.districts[report.district]
    organisation = catalogue.organisations[report.organisation]
    return "\n".join([
        "  <entry>",
        f"    <id>{entry_id(report)}</id>",
        f"    <title>{escape(report.title)}</title>",
        f"    <published>{_stamp(day)}</published>",
        f"    <updated>{_stamp(day)}</updated>",
        f'    <link rel="alternate" type="text/html" href={quoteattr(root + url_of(report_uri(report)))}/>',
        f"    <summary>{escape(summary(report))}</summary>",
        f"    <content type=\"text\">{escape(f'{shown}Stadsdel: {district.name}. Organisation: {organisation.name}. Beslut: {what}.')}</content>",
        f"    <category term={quoteattr('stadsdel:' + district.id)} label={quoteattr(district.name)}/>",
        f"    <category term={quoteattr('organisation:' + organisation.id)} label={quoteattr(organisation.name)}/>",
        "  </entry>",
    ])


# Material's script fetches `sitemap.xml` beside every `<link rel="alternate">` in a page (it looks for pages
# in other languages), so beside each folder of feeds there is an empty one rather than a missing one.
EMPTY_SITEMAP = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n')


def feeds(catalogue: Catalogue, publisher: str, site_url: str | None) -> Iterator[tuple[str, str]]:
    """Every feed, one at a time: (path in the site, Atom text)."""
    made: dict[tuple[str, str], str] = {}
    for kind, present in (("stadsdelar", catalogue.districts_with_reports()),
                          ("organisationer", catalogue.organisations_with_reports())):
        if present:
            yield f"flode/{kind}/sitemap.xml", EMPTY_SITEMAP
    yield feed_path(), atom(catalogue, feed_path(), "Nya slutrapporter om idéburna offentliga partnerskap",
                            catalogue.reports, publisher, site_url, "rapporter/index.md", made)
    for d in catalogue.districts_with_reports():
        path = feed_path("stadsdelar", d.id)
        yield path, atom(catalogue, path, f"Nya slutrapporter från {d.name}", catalogue.by_district[d.id],
                         publisher, site_url, district_uri(d.id), made)
    for o in catalogue.organisations_with_reports():
        path = feed_path("organisationer", o.id)
        yield path, atom(catalogue, path, f"Nya slutrapporter om {o.name}", catalogue.by_organisation[o.id],
                         publisher, site_url, organisation_uri(o.id), made)
