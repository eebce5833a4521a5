"""The precompressed copies, made by a second program while the build goes on (generator/site/compressing.py)."""
from __future__ import annotations

import gzip
import os
from pathlib import Path

import brotli
import pytest
from zlib_ng import gzip_ng

from generator.site.compressing import CompressError, Compressor
from generator.site.server import compressible, precompressed


def text(size: int, seed: str) -> bytes:
    return ("".join(f"<p>{seed} {n}</p>\n" for n in range(size // 12))).encode("utf-8")[:size]


def assert_copies(path: Path) -> None:
    data = path.read_bytes()
    copy = (path.parent / (path.name + ".gz")).read_bytes()
    assert copy == gzip_ng.compress(data, compresslevel=6, mtime=0) and gzip.decompress(copy) == data
    brotli_copy = path.parent / (path.name + ".br")
    if path.suffix in (".html", ".xml"):  # a page or a feed: Brotli would save a few hundred bytes (server.py)
        assert not brotli_copy.exists()
    else:
        assert brotli.decompress(brotli_copy.read_bytes()) == data


def test_every_file_worth_compressing_gets_its_copies_whether_handed_over_or_found_at_the_end(tmp_path: Path):
    site = tmp_path / "site"
    (site / "data").mkdir(parents=True)
    (site / ".server").mkdir()
    early = site / "data" / "rapporter.json"
    early.write_bytes(text(4000, "data"))
    style = site / "assets" / "main.css"
    style.parent.mkdir()
    style.write_bytes(text(3000, "stil"))
    feed = site / "flode" / "rss.xml"
    feed.parent.mkdir()
    feed.write_bytes(text(3000, "flöde"))
    compressor = Compressor(site)
    compressor.add(early)
    compressor.add(early)  # handed over twice, compressed once
    pages = []
    for number in range(70):  # more than the program shares out at the end
        page = site / "rapporter" / f"r{number}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_bytes(text(2000 + number, f"sida {number}"))
        pages.append(page)
        if number < 10:
            compressor.add(page)
    (site / "liten.css").write_bytes(b"a{}")  # too small to be worth a copy
    (site / "bild.png").write_bytes(text(4000, "png"))  # not a kind that is compressed
    (site / ".server" / "nginx.txt").write_bytes(text(4000, "server"))  # not for visitors
    (site / "lank.html").symlink_to(pages[0])
    assert compressor.finish() == len(compressible(site)) == 73
    for path in [early, style, feed, *pages]:
        assert_copies(path)
    assert (site / "assets/main.css.br").exists() and not (site / "flode/rss.xml.br").exists()
    assert not (pages[0].parent / "index.html.br").exists() and (pages[0].parent / "index.html.gz").exists()
    for path in ["liten.css", "bild.png", ".server/nginx.txt", "lank.html"]:
        assert not (site / (path + ".gz")).exists() and not (site / (path + ".br")).exists(), path


def test_a_copy_that_cannot_be_written_stops_the_build_with_one_swedish_line(tmp_path: Path):
    site = tmp_path / "site"
    site.mkdir()
    page = site / "index.html"
    page.write_bytes(text(4000, "sida"))
    (site / "index.html.gz").mkdir()  # where the copy should go
    compressor = Compressor(site)
    compressor.add(page)
    with pytest.raises(CompressError) as raised:
        compressor.finish()
    message = str(raised.value)
    assert message.startswith("komprimeringen misslyckades") and "index.html.gz" in message
    assert "Traceback" not in message and "\n" not in message


def test_a_program_that_stopped_is_reported_in_one_line_when_the_build_hands_it_files(tmp_path: Path):
    site = tmp_path / "site"
    site.mkdir()
    compressor = Compressor(site)
    compressor.process.kill()
    compressor.process.wait()
    with pytest.raises(CompressError) as raised:
        for number in range(5000):  # more than a pipe holds: a write fails, or the last flush does
            page = site / f"s{number}.html"
            page.write_bytes(text(600, "sida"))
            compressor.add(page)
        compressor.finish()
    assert str(raised.value) == "komprimeringen misslyckades (programmet avbröts av signal 9)"


def test_downloads_of_one_listing_or_one_report_get_no_copies_whether_handed_over_or_found(tmp_path: Path):
    site = tmp_path / "site"
    whole = site / "data" / "rapporter.csv"  # the whole site's rows, which a page fetches: copies
    listing = site / "data" / "stadsdelar" / "jarva.csv"
    report = site / "data" / "rapporter" / "r1.json"
    page = site / "data-om" / "stadsdelar" / "index.html"  # a folder whose name only starts like it
    for path in (whole, listing, report, page):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text(3000, path.stem))
    compressor = Compressor(site)
    compressor.add(listing)  # handed over
    compressor.add(whole)
    compressor.add(page)
    assert compressor.finish() == len(compressible(site)) == 2
    assert_copies(whole)
    assert_copies(page)
    for path in (listing, report):
        assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    # however the site's folder is written
    for folder in (f"{site}/", os.path.relpath(site), f"{os.path.relpath(site)}/."):
        assert not precompressed(folder, str(listing)) and precompressed(folder, str(whole)), folder
