"""The MkDocs adapter: run the pipeline, hand MkDocs the pages and files. Nothing else."""
from __future__ import annotations

import gc
import logging
import os
import re
import shutil
import sys
import time
from pathlib import Path

import jinja2
from markupsafe import escape
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from . import swedish
from .collecting import uncollected
from .content.catalogue import REPORT_SUFFIXES, Catalogue, publishing_refused, read_catalogue
from .content.reference import json_schemas
from .errors import ContentError
from .site.compressing import CompressError, Compressor
from .site.data import OpenData
from .site.feed import feeds
from .site.pages import PageSpec, Site, TocEntry, render_text, site_facts, site_specs
from .site.preview import Changes, CompiledTemplates, ContentWatcher, Fingerprints, file_stamp, stopping_as_on_ctrl_c
from .site.redirects import redirect_page, redirects
from .site.search import LANGUAGE, PRELOAD_MARK, SHARD_PAGES, SearchError, SearchIndex, preload
from .site import shared_parts
from .site.server import InlineScripts, server_files
from .site.urls import original_path
from .staging import Staging
from .text import UNDATED

log = logging.getLogger("mkdocs.plugins.iop")

REPORT_PAGE = re.compile(r"^rapporter/(?!index\.md$)[^/]+\.md$")


class _GeneratedPage(Page):
    """A generated page's MkDocs page. Its HTML is made when it is built (on_page_context), so its empty Markdown is
    not converted: MkDocs makes a converter with every extension for each page, 3 s of a 10,000-report build."""

    def render(self, config: MkDocsConfig, files: Files) -> None:
        self.content = ""
        self.toc = get_toc([])
        self.present_anchor_ids = set()
        self.links_to_anchors = {}


class _KeptPage(_GeneratedPage):
    """A generated page a preview's later build leaves as the last build wrote it. MkDocs still lists it, but
    nothing reads its address (the preview keeps the first build's sitemap), so it is not worked out: at 10,000
    reports that was a fifth of every save (make bench)."""

    def _set_canonical_url(self, base: str | None) -> None:
        self.canonical_url = self.abs_url = None


class IopConfig(Config):
    content_dir = config_options.Type(str, default="content")
    # .gz beside each page and data file of the whole site (and .br where Brotli pays), for a server that sends them
    # as they are (nginx, GitLab Pages); not beside the downloads of one listing or one report (site/server.py's
    # `precompressed` and `brotli_pays`).
    precompress = config_options.Type(bool, default=True)
    # Pages per Pagefind program before the next takes over (site/search.py): bounds the build's memory.
    search_shard_pages = config_options.Type(int, default=SHARD_PAGES)


class _Generated(File):
    """A page made from content/. In a preview's dirty build MkDocs asks whether it changed: it has, when
    what it shows has (site/preview.py)."""

    modified = True

    def is_modified(self) -> bool:
        return self.modified


class IopPlugin(BasePlugin[IopConfig]):
    def __init__(self) -> None:
        self.command = "build"
        self.stage_builds = False
        self.catalogue: Catalogue | None = None
        self.staging: Staging | None = None
        self.succeeded = False
        self.site: Site | None = None
        self.specs: dict[str, PageSpec] = {}
        self.newest = UNDATED.isoformat()
        self.facts: dict[str, dict[str, object]] = {}
        self.search: SearchIndex | None = None
        self.scripts = InlineScripts()
        self.watcher: ContentWatcher | None = None
        self.compressor: Compressor | None = None
        self.written: str | None = None  # the last page MkDocs was handed, to be compressed once it is on disk
        self.preloading: list[Path] = []  # pages that ask for the search index's first files, once it is written

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # `mkdocs serve` and dirty builds write in place; gh-deploy reads config.site_dir afterwards.
        swedish.install()  # what MkDocs says, staff read in Swedish
        self.command = command
        if command == "serve":
            stopping_as_on_ctrl_c()
        self.stage_builds = command == "build" and not dirty
        # `mkdocs serve --dirty` (make serve): after the first build, only the pages an edit changed are built,
        # and the open data and search index of the first build stay.
        self.incremental = command == "serve" and dirty
        self.changes = Changes()
        self.compiled = CompiledTemplates()
        self.changed: set[str] | None = None  # uris to build again; None: all
        self.gone: set[str] = set()
        self.built_once = False

    def content_dir(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / self.config.content_dir

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # What is read here lives as long as the build: collected and frozen once at the end (below).
        with uncollected():
            return self._configured(config)

    def _configured(self, config: MkDocsConfig) -> MkDocsConfig:
        # Validate here, before MkDocs cleans site/: a failed build leaves the last good site.
        root = Path(config.config_file_path).parent
        started = time.monotonic()
        previewing = self.command == "serve"
        problems: list[str] = []
        try:
            # A build reads the reports in two forked processes: it has one thread until Pagefind starts.
            catalogue = read_catalogue(self.content_dir(config), base=root, preview=previewing,
                                       workers=2 if self.command == "build" else 1)
        except ContentError as error:
            if not previewing:
                raise PluginError(error.report()) from None
            # The preview keeps going: it shows the last content that worked, and every page says what is wrong,
            # as the terminal does, until the file is saved again.
            # Printed, not logged: an error in MkDocs' log would abort the preview under `strict`, the stuck
            # server this avoids.
            for line in error.report().splitlines():
                print(f"Fel     -  {line}", file=sys.stderr, flush=True)
            problems = [str(problem) for problem in error.problems]
            catalogue = self.catalogue or Catalogue.build([], [], [])
        config.extra["iop_preview_problems"] = problems
        for warning in catalogue.warnings:
            # --strict (make site) turns these into a failed build; the preview shows them and goes on.
            (log.info if previewing else log.warning)(f"Varning: {warning}" if previewing else str(warning))
        if not previewing and (refused := publishing_refused(catalogue)):
            raise PluginError(refused)
        for unreviewed in catalogue.unreviewed:
            log.info(f"Att granska: {unreviewed}")
        try:
            self.facts = site_facts(config.extra)
        except ValueError as error:
            raise PluginError(f"mkdocs.yml: {error}") from None
        self.catalogue = catalogue
        log.debug(f"iop: content read and checked in {time.monotonic() - started:.2f} s")
        self.site, specs = site_specs(catalogue, self.facts, config.site_url)
        self.specs = {spec.uri: spec for spec in specs}
        if self.incremental:
            content = self.content_dir(config)
            stamps = {report.id: file_stamp(root / report.source) for report in catalogue.reports}
            shared = (tuple(file_stamp(content / name) for name in ("districts.yml", "organisations.yml", "themes.yml")),
                      file_stamp(Path(config.config_file_path)), tuple(problems))
            changed, self.gone = self.changes.update(specs, Fingerprints(stamps, shared))
            self.changed = changed if self.built_once else None
            if self.built_once:
                log.info(f"Bygger om {len(changed)} av {len(specs)} sidor från content/.")
                # The first build's sitemap stays, as its open data, feeds and search index do: written again, it
                # would list every page, changed or not, on every save.
                config.theme.static_templates.discard("sitemap.xml")
        self.newest = (catalogue.newest_date or UNDATED).isoformat()
        self.scripts = InlineScripts()
        self.preloading = []
        # The catalogue lives as long as the build: keep the garbage collector from scanning it again and again.
        # (`mkdocs serve` comes back here on every change: what the last build froze is released first.) A
        # preview's later builds (--dirty) make few objects and leave collecting to Python's own schedule: a full
        # collection took 1.3 s of every save at 10,000 reports. What its first build froze stays frozen, kept
        # once, never again and again.
        if self.changed is None:
            gc.unfreeze()
            gc.collect()
            gc.freeze()
        if self.stage_builds:
            self.staging = Staging(Path(config.site_dir))
            config.site_dir = str(self.staging.folder)
        return config

    def _start_search(self, config: MkDocsConfig) -> None:
        """Pagefind, started once the open data is written: it indexes the pages as they are built."""
        if self.changed is not None:
            return  # a preview's later builds keep the first build's search index
        try:
            self.search = SearchIndex(Path(config.config_file_path).parent, Path(config.site_dir),
                                      self.config.search_shard_pages,
                                      expected=sum(spec.searchable for spec in self.specs.values()))
        except SearchError as error:
            raise PluginError(str(error)) from None

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        for spec in self.specs.values():
            if files.get_file_from_path(spec.uri):
                raise PluginError(f"{config.docs_dir}/{spec.uri} har samma adress som en sida som byggs från content/; "
                                  "byt namn på filen eller ta bort den")
            inclusion = InclusionLevel.INCLUDED if spec.in_nav else InclusionLevel.NOT_IN_NAV
            # The HTML is made when the page is built (on_page_context), one page at a time.
            page = _Generated.generated(config, spec.uri, content="", inclusion=inclusion)
            page.modified = self.changed is None or spec.uri in self.changed
            files.append(page)
            if not spec.in_nav:  # (the nav makes its own pages, with the nav's titles: a few)
                (_GeneratedPage if page.modified else _KeptPage)(None, page, config)
        for name, text in json_schemas().items():
            files.append(File.generated(config, f"schema/{name}", content=text))
        # The open data is written before the pages (site/ has just been cleaned), so each page can say how
        # large its downloads are. A preview's later builds keep the first build's.
        started = time.monotonic()
        assert self.catalogue is not None and self.site is not None
        if self.changed is not None:
            self.site.file_sizes = self.file_sizes
            return files
        data_config = {**self.facts, "site_url": config.site_url}
        # A build has one thread until Pagefind starts: the Excel files are written by two forked processes
        # meanwhile (the second core is idle until Pagefind indexes). The preview's server has threads of its own.
        workers = 2 if self.command == "build" else 1
        self.site.file_sizes = self.file_sizes = OpenData(self.catalogue, data_config).write(Path(config.site_dir),
                                                                                               workers)
        log.debug(f"iop: open data written in {time.monotonic() - started:.2f} s")
        self._start_search(config)
        if self.config.precompress and self.command == "build":
            # Started once the open data is written (and the build no longer forks): it compresses the data
            # while the pages are built, and each page once it is written.
            try:
                self.compressor = Compressor(Path(config.site_dir))
            except CompressError as error:
                raise PluginError(str(error)) from None
            for path in sorted(self.file_sizes):
                self.compressor.add(Path(config.site_dir) / path)
        return files

    def on_env(self, env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        if self.incremental:
            env.bytecode_cache = self.compiled  # the preview's builds share their compiled templates
        return shared_parts.install(env, config)  # as overrides/hooks.py does, if a configuration has other hooks

    def on_page_markdown(self, markdown: str, page, config: MkDocsConfig, files: Files) -> str:  # type: ignore[no-untyped-def]
        spec = self.specs.get(page.file.src_uri) if page.file.generated_by else None
        if spec is not None:
            # MkDocs and Material treat a page title as HTML, as Markdown would have made it.
            page.meta.update(title=str(escape(spec.title)), hide=list(spec.hide))
            if "feed" in spec.context:  # a district's or organisation's own feed, for autodiscovery
                page.meta.update(iop_feed=spec.context["feed"], iop_feed_title=f"Nya slutrapporter: {spec.title}")
            return ""  # generated pages never pass through Markdown
        # Hand-written pages may name the publisher's facts from mkdocs.yml.
        if "{{" in markdown:
            try:
                return render_text(markdown, self.facts)
            except jinja2.TemplateError as error:
                line = f":{error.lineno}" if getattr(error, "lineno", None) else ""
                raise PluginError(f"{config.docs_dir}/{page.file.src_uri}{line}: {error.message}") from None
        return markdown

    def on_pre_page(self, page, config: MkDocsConfig, files: Files):  # type: ignore[no-untyped-def]
        # The sitemap's dates (and the gzip stamp made from them) come from content, not the clock.
        spec = self.specs.get(page.file.src_uri)
        page.update_date = spec.updated.isoformat() if spec and spec.updated else self.newest
        return page

    def on_page_context(self, context, page, config: MkDocsConfig, nav):  # type: ignore[no-untyped-def]
        spec = self.specs.get(page.file.src_uri) if page.file.generated_by else None
        if spec is not None and self.site is not None:
            rendered = self.site.render(spec)
            page.content = rendered.html
            page.toc = get_toc([_token(entry) for entry in rendered.toc])
        return context

    def on_post_page(self, output: str, page, config: MkDocsConfig) -> str:  # type: ignore[no-untyped-def]
        self.scripts.add(output)  # the Content-Security-Policy allows exactly the inline scripts the pages hold
        if self.compressor is not None:
            # MkDocs writes this page after this hook: the page before it is on disk now.
            self._compress_written()
            self.written = page.file.abs_dest_path if output.strip() else None
        if PRELOAD_MARK in output:
            # Its mark is filled once the index is written; only then is it compressed (by `finish`).
            self.preloading.append(Path(page.file.abs_dest_path))
            self.written = None
        spec = self.specs.get(page.file.src_uri) if page.file.generated_by else None
        if spec is not None:
            if spec.searchable and self.search is not None:
                # Only the page's own content: Pagefind reads no navigation, and parses less.
                try:
                    self.search.add(page.url, f'<html lang="{LANGUAGE}"><body>{page.content}</body></html>')
                except SearchError as error:  # a program that would not start, or a shard that failed
                    raise PluginError(str(error)) from None
            page.content = None  # written: free it, so a build holds one generated page at a time
        return output

    def on_post_template(self, output_content: str, template_name: str, config: MkDocsConfig) -> str:
        self.scripts.add(output_content)  # 404.html is a template, not a page
        return output_content

    def on_serve(self, server, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        self.watcher = ContentWatcher(server, self.content_dir(config))
        if not self.watcher.start():
            server.watch(str(self.content_dir(config)))  # MkDocs polls it instead
        return server

    def on_post_build(self, config: MkDocsConfig) -> None:
        # Never silently drop a report: one built page per report file, counted independently.
        folder = self.content_dir(config) / "reports"
        sources = sorted(p.stem for p in folder.iterdir() if p.suffix in REPORT_SUFFIXES and not p.name.startswith("."))
        site = Path(config.site_dir)
        for uri in self.gone:  # a report removed since the last preview build: its page goes too
            (site / uri.removesuffix(".md") / "index.html").unlink(missing_ok=True)
        site_dir = os.fspath(site)  # (strings: 10,000 paths on every save of a preview)
        built = sorted(Path(uri).stem for uri in self.specs if REPORT_PAGE.match(uri)
                       and os.path.isfile(f"{site_dir}/{uri.removesuffix('.md')}/index.html"))
        if built != sources and not config.extra.get("iop_preview_problems"):
            missing = ", ".join(sorted(set(sources) - set(built))) or "inga"
            raise PluginError(f"{len(sources)} rapportfiler men {len(built)} rapportsidor byggdes (saknas: {missing})")
        started = time.monotonic()
        self.write_files(site, config)
        log.debug(f"iop: feeds and originals written in {time.monotonic() - started:.2f} s")
        started = time.monotonic()
        try:
            if self.search is not None:
                pages = self.search.write(site)
                log.debug(f"iop: search index of {pages} pages finished in {time.monotonic() - started:.2f} s")
            for page in self.preloading:
                preload(site, page, LANGUAGE)
        except SearchError as error:
            raise PluginError(str(error)) from None
        finally:
            self._close_search()
        self.write_server_files(site, config)
        if self.compressor is not None:
            started = time.monotonic()
            self._compress_written()
            try:
                count = self.compressor.finish()
            except CompressError as error:
                raise PluginError(str(error)) from None
            finally:
                self.compressor = None
            log.debug(f"iop: {count} files compressed, the last {time.monotonic() - started:.2f} s after the search index")
        self.succeeded = True  # strict mode may still fail the build after this event
        self.built_once = True

    def _compress_written(self) -> None:
        if self.compressor is not None and self.written is not None:
            try:
                self.compressor.add(self.written)
            except CompressError as error:  # the program stopped: it says why
                raise PluginError(str(error)) from None
            self.written = None

    def write_files(self, site: Path, config: MkDocsConfig) -> None:
        """What is not a page or data: the feeds and the original documents."""
        assert self.catalogue is not None
        # A preview's later builds keep the first build's feeds, as they keep its open data and search index:
        # at 10,000 reports writing them again took a second of every save (make bench).
        publisher = str(self.facts["publisher"]["name"])
        for path, text in () if self.changed is not None else feeds(self.catalogue, publisher, config.site_url):
            target = site / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        for report in self.catalogue.reports:
            if report.original is not None:
                # Copied from the bytes whose checksum the build checked, under the report's own address.
                shutil.copyfile(report.original.path, site / original_path(report), follow_symlinks=False)

    def write_server_files(self, site: Path, config: MkDocsConfig) -> None:
        """Old addresses that lead on, and what a server needs: headers, redirects (server.py)."""
        assert self.catalogue is not None
        moved = list(redirects(self.catalogue))
        for redirect in moved:
            if redirect.page:
                target = site / redirect.old / "index.html"
                page = redirect_page(redirect, config.site_url)
                # The catalogue refuses this; a hand-written page could still be there (a preview's dirty build
                # finds the last build's own page, which is no clash).
                if target.exists() and target.read_text(encoding="utf-8") != page:
                    raise PluginError(f"den gamla adressen /{redirect.old} är också en sida i docs/; byt namn på den")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(page, encoding="utf-8")
        for path, text in server_files(self.scripts.hashes, moved).items():
            target = site / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")

    def on_shutdown(self) -> None:
        self._close_search()
        self._close_compressor()
        if self.watcher is not None:
            self.watcher.stop()
        if self.staging is not None:
            self.staging.finish(self.succeeded)

    def on_build_error(self, error: Exception) -> None:
        self.succeeded = False
        self._close_search()
        self._close_compressor()

    def _close_compressor(self) -> None:
        if self.compressor is not None:
            self.compressor.close()
            self.compressor = None

    def _close_search(self) -> None:
        if self.search is not None:
            self.search.close()
            self.search = None


def _token(entry: TocEntry) -> dict:  # type: ignore[type-arg]
    # MkDocs' table of contents holds titles as HTML.
    return {"level": entry.level, "id": entry.id, "name": str(escape(entry.title)),
            "children": [_token(child) for child in entry.children]}
