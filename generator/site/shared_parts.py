"""Material's navigation and tabs, rendered once for each folder of pages outside the navigation.

Material renders its whole navigation and its tabs into every page: a third of
the time its templates take on a page (make bench). On a page the navigation
does not list, the two depend only on the folder the page's address lies in
(their links are relative, no item is marked as the page's own), so the
10,000 pages under rapporter/ share one rendering, as the pages under ar/
share another. A page the navigation lists, or one with a link of the
navigation inside its own folder, gets Material's own rendering every time.

overrides/partials/nav.html and tabs.html wrap Material's partials, reached
under the prefix `material/`, in a call to `SharedParts`; overrides/hooks.py
`install`s both, so the theme works with or without our plugin (MkDocs alone,
on pages `python -m generator render` wrote); the plugin installs them too, for a
configuration whose hooks leave ours out.
"""
from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jinja2


def _items(items: list[Any]) -> Iterator[Any]:
    for item in items:
        yield item
        yield from _items(getattr(item, "children", None) or [])


class SharedParts:
    """`{% call iop_shared("nav", page, nav) %}…{% endcall %}`: the body, rendered once per folder where it can be."""

    def __init__(self) -> None:
        self.rendered: dict[tuple[str, str], Any] = {}
        self.nav: Any = None
        self.listed: set[int] = set()  # the pages the navigation lists
        self.urls: list[str] = []  # and the addresses it links to

    def __call__(self, name: str, page: Any, nav: Any, caller: Callable[[], Any]) -> Any:
        if nav is not self.nav:  # a new build's navigation (a preview builds again and again)
            self.nav, self.rendered = nav, {}
            items = list(_items(nav.items)) if nav is not None else []
            self.listed = {id(item) for item in items}
            self.urls = [item.url for item in items if isinstance(getattr(item, "url", None), str)]
        url = getattr(page, "url", None)
        if not isinstance(url, str) or not url.endswith("/") or id(page) in self.listed \
                or any(link.startswith(url) for link in self.urls):
            return caller()
        key = (name, posixpath.dirname(url.rstrip("/")))
        if key not in self.rendered:
            self.rendered[key] = caller()
        return self.rendered[key]


def install(env: jinja2.Environment, config: Any) -> jinja2.Environment:
    """Material's own partials under "material/", and `iop_shared`, in the theme's environment (once)."""
    if "iop_shared" in env.globals:
        return env
    custom = Path(config.theme.custom_dir).resolve() if config.theme.custom_dir else None
    material = next(folder for folder in config.theme.dirs
                    if Path(folder).resolve() != custom and Path(folder, "partials/nav.html").is_file())
    env.loader = jinja2.ChoiceLoader([env.loader, jinja2.PrefixLoader({"material": jinja2.FileSystemLoader(material)})])
    env.globals["iop_shared"] = SharedParts()
    return env
