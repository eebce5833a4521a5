"""The MkDocs adapter: run the pipeline, hand MkDocs the pages. Nothing else."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import jinja2
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from .content.catalogue import REPORT_SUFFIXES, read_catalogue
from .errors import ContentError
from .content.reference import json_schemas
from .site.pages import Page, render_pages, render_text, site_facts, write_pages


class IopConfig(Config):
    content_dir = config_options.Type(str, default="content")


class IopPlugin(BasePlugin[IopConfig]):
    def __init__(self) -> None:
        self.staging: Path | None = None  # where `mkdocs build` writes until the build has succeeded
        self.published: Path | None = None
        self.stage_builds = False
        self.succeeded = False
        self.pages: list[Page] = []
        self.build_dir: Path | None = None
        self.report_files: list[File] = []
        self.updated: dict[str, str] = {}  # page -> date from content, for the sitemap
        self.newest: str | None = None
        self.facts: dict[str, dict[str, object]] = {}

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # A full `mkdocs build` writes into a staging folder that replaces site/ only when
        # everything succeeded, so any failure (content, template, strict warning) leaves
        # the last good site as it was. `mkdocs serve` and dirty builds write in place.
        # (gh-deploy reads config.site_dir after the build, so it builds in place.)
        self.stage_builds = command == "build" and not dirty

    def content_dir(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / self.config.content_dir

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # Validate here, before MkDocs cleans site/: a failed build leaves the last good site.
        root = Path(config.config_file_path).parent
        try:
            catalogue = read_catalogue(self.content_dir(config), base=root)
        except ContentError as error:
            raise PluginError(error.report()) from None
        try:
            self.facts = site_facts(config.extra)
        except ValueError as error:
            raise PluginError(f"mkdocs.yml: {error}") from None
        self.pages = render_pages(catalogue)
        if self.stage_builds:
            self.published = Path(config.site_dir)
            self.staging = self.published.with_name(self.published.name + ".iop-building")
            shutil.rmtree(self.staging, ignore_errors=True)
            config.site_dir = str(self.staging)
        self.updated = {page.uri: page.updated.isoformat() for page in self.pages if page.updated}
        self.newest = catalogue.newest_date.isoformat() if catalogue.newest_date else None
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        # Written outside docs_dir: writing inside it would make `mkdocs serve` rebuild forever.
        self._remove_build_dir()
        self.build_dir = Path(tempfile.mkdtemp(prefix="iop-pages-"))
        write_pages(self.pages, self.build_dir)
        for page in self.pages:
            if files.get_file_from_path(page.uri):
                raise PluginError(f"{config.docs_dir}/{page.uri} has the address of a generated page; rename or remove it")
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, page.uri, abs_src_path=str(self.build_dir / page.uri), inclusion=inclusion)
            files.append(file)
        # The content format, published for editors and for anyone reusing the data.
        for name, text in json_schemas().items():
            files.append(File.generated(config, f"schema/{name}", content=text))
        self.report_files = [f for f in files if f.src_uri.startswith("rapporter/") and f.src_uri != "rapporter/index.md"]
        return files

    def on_page_markdown(self, markdown: str, page, config: MkDocsConfig, files: Files) -> str:  # type: ignore[no-untyped-def]
        # Hand-written pages may name the publisher's facts from mkdocs.yml; generated ones are final.
        if page.file.generated_by is None and "{{" in markdown:
            try:
                return render_text(markdown, self.facts)
            except jinja2.TemplateError as error:
                line = f":{error.lineno}" if getattr(error, "lineno", None) else ""
                raise PluginError(f"{config.docs_dir}/{page.file.src_uri}{line}: {error.message}") from None
        return markdown

    def on_pre_page(self, page, config: MkDocsConfig, files: Files):  # type: ignore[no-untyped-def]
        # The sitemap's dates (and the gzip stamp made from them) come from content, not the clock.
        page.update_date = self.updated.get(page.file.src_uri, self.newest or page.update_date)
        return page

    def on_serve(self, server, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        server.watch(str(self.content_dir(config)))
        return server

    def on_post_build(self, config: MkDocsConfig) -> None:
        self._remove_build_dir()
        # Never silently drop a report: one built page per report file, counted independently.
        folder = self.content_dir(config) / "reports"
        sources = sorted(p.stem for p in folder.iterdir() if p.suffix in REPORT_SUFFIXES and not p.name.startswith("."))
        built = sorted(Path(f.src_uri).stem for f in self.report_files if Path(f.abs_dest_path).is_file())
        if built != sources:
            missing = ", ".join(sorted(set(sources) - set(built))) or "none"
            raise PluginError(f"{len(sources)} report files but {len(built)} report pages were built (missing: {missing})")
        self.succeeded = True  # strict mode may still fail the build after this event

    def on_shutdown(self) -> None:
        if self.staging is None or self.published is None:
            return
        if self.succeeded and self.staging.is_dir():
            previous = self.published.with_name(self.published.name + ".iop-previous")
            shutil.rmtree(previous, ignore_errors=True)
            if self.published.exists():
                self.published.rename(previous)
            self.staging.rename(self.published)
            shutil.rmtree(previous, ignore_errors=True)
        shutil.rmtree(self.staging, ignore_errors=True)

    def on_build_error(self, error: Exception) -> None:
        self.succeeded = False
        self._remove_build_dir()

    def _remove_build_dir(self) -> None:
        if self.build_dir is not None:
            shutil.rmtree(self.build_dir, ignore_errors=True)
            self.build_dir = None
