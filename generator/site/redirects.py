"""Addresses that never break: every old address of a report, district, organisation or theme leads on.

A report renamed (its former file names in `former_ids`), a district or an
organisation that changed its name or id (`former_names`, `former_ids`), a
theme whose id changed: each old address gets a small page that leads to the
current one without JavaScript (a meta refresh, a link, `rel=canonical`),
kept out of the sitemap and the search; and the server files (server.py)
turn the same list into permanent redirects (301), including the old
addresses of data files, feeds and a report's original document. The
catalogue has already refused an old address that would take a current
one's place or lead to two places.
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Iterator

from markupsafe import escape

from ..content.catalogue import Catalogue
from ..content.model import id_problem
from ..text import id_from_name


@dataclass(frozen=True)
class Redirect:
    old: str  # a path in the site, e.g. "stadsdelar/rinkeby-kista/" or "data/stadsdelar/rinkeby-kista.csv"
    new: str
    page: bool  # a page (gets a redirect page of its own) or a file (only the server redirects it)
    prefix: bool = False  # everything below `old` moves below `new` (a report's folder with its original)


def old_ids(current: str, former_ids: list[str], former_names: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    """The old ids of an entry: its former ids, and the ids its former names make, without repeats."""
    found = list(former_ids) + [id_from_name(name) for name in former_names]
    return [old for old in dict.fromkeys(found) if old and old != current and not id_problem(old)]


def redirects(catalogue: Catalogue) -> Iterator[Redirect]:
    for report in catalogue.reports:
        for old in old_ids(report.id, report.former_ids):
            yield Redirect(f"rapporter/{old}/", f"rapporter/{report.id}/", page=True, prefix=True)
            yield Redirect(f"data/rapporter/{old}.json", f"data/rapporter/{report.id}.json", page=False)
    kinds = [("stadsdelar", catalogue.districts_with_reports(), True),
             ("organisationer", catalogue.organisations_with_reports(), True),
             ("teman", list(catalogue.themes.values()), False)]
    for folder, entries, has_feed in kinds:
        for entry in entries:
            for old in old_ids(entry.id, entry.former_ids, getattr(entry, "former_names", [])):
                yield Redirect(f"{folder}/{old}/", f"{folder}/{entry.id}/", page=True, prefix=True)
                for suffix in ("csv", "xlsx", "json"):
                    yield Redirect(f"data/{folder}/{old}.{suffix}", f"data/{folder}/{entry.id}.{suffix}", page=False)
                if has_feed:
                    yield Redirect(f"flode/{folder}/{old}.xml", f"flode/{folder}/{entry.id}.xml", page=False)
                if folder == "teman" and any(r.lessons and (r.lessons.challenges or r.lessons.success_factors)
                                             for r in catalogue.by_theme.get(entry.id, [])):  # it has a lessons page
                    yield Redirect(f"lardomar/{old}/", f"lardomar/{entry.id}/", page=True, prefix=True)


def redirect_page(redirect: Redirect, site_url: str | None) -> str:
    """The page at an old address: it leads on at once, and says where to, for anyone whose browser stays."""
    relative = posixpath.relpath(redirect.new, redirect.old) + "/"
    canonical = site_url.rstrip("/") + "/" + redirect.new if site_url else relative
    return (
        '<!doctype html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Sidan har flyttat</title>\n"
        '<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{escape(canonical)}">\n'
        f'<meta http-equiv="refresh" content="0; url={escape(relative)}">\n'
        "</head>\n<body>\n<main>\n<h1>Sidan har flyttat</h1>\n"
        f'<p>Sidan finns nu på en ny adress: <a href="{escape(relative)}">{escape("/" + redirect.new)}</a>.</p>\n'
        "</main>\n</body>\n</html>\n"
    )
