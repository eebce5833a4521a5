"""Where everything on the site lives: pages by their source path (`x.md` is at `x/`), files by their path."""
from __future__ import annotations

import posixpath

from ..content.model import Report


def url_of(uri: str) -> str:
    """The address of a page's source: `index.md` -> ``, `ar/index.md` -> `ar/`, `ar/2020.md` -> `ar/2020/`."""
    stem = uri.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


def relative_url(from_uri: str, to_uri: str) -> str:
    """A link from one page to another, relative, so the site works from any folder."""
    here, there = url_of(from_uri).split("/")[:-1], url_of(to_uri).split("/")[:-1]
    if "." in here or ".." in here or "." in there or ".." in there or "" in here or "" in there:
        relative = posixpath.relpath("/".join(there) or ".", "/".join(here) or ".")  # never so in the site's own paths
    else:  # posixpath.relpath asks the system for the working folder twice: a build makes a million links
        common = 0
        while common < min(len(here), len(there)) and here[common] == there[common]:
            common += 1
        relative = "/".join([".."] * (len(here) - common) + there[common:]) or "."
    return "./" if relative == "." else relative + "/"


def report_uri(report: Report) -> str:
    return f"rapporter/{report.id}.md"


def district_uri(district_id: str, page: int = 1) -> str:
    return paged_uri(f"stadsdelar/{district_id}.md", page)


def organisation_uri(organisation_id: str, page: int = 1) -> str:
    return paged_uri(f"organisationer/{organisation_id}.md", page)


def year_uri(year: int, page: int = 1) -> str:
    return paged_uri(f"ar/{year}.md", page)


def theme_uri(theme_id: str, page: int = 1) -> str:
    return paged_uri(f"teman/{theme_id}.md", page)


def lessons_uri(key: str, page: int = 1) -> str:
    return paged_uri(f"lardomar/{key}.md", page)


# Files that are not pages: the open data, the feeds and the original documents.
def data_path(kind: str, *name: str) -> str:
    """`data/rapporter` for everything, or `data/stadsdelar/jarva` for one listing; add `.csv` or `.json`."""
    return "/".join(["data", kind, *name])


def report_json_path(report: Report) -> str:
    return f"data/rapporter/{report.id}.json"


def feed_path(kind: str | None = None, name: str | None = None) -> str:
    return f"flode/{kind}/{name}.xml" if kind and name else "flode.xml"


def original_path(report: Report) -> str:
    assert report.original is not None
    return f"rapporter/{report.id}/{report.original.file}"


def paged_uri(first: str, page: int) -> str:
    """Page 1 is the listing's own address; page n is `<address>/sida/<n>/`."""
    if page == 1:
        return first
    return first.removesuffix(".md").removesuffix("/index") + f"/sida/{page}.md"
