"""The site as a city serves it: Debian's nginx started from the shipped configuration (deploy/nginx/) on localhost.

The site is built from a corpus in which a report file and a district were
renamed, with precompressed files and the server files the build writes.
Every header must be there, on pages and errors alike; precompressed bytes
are sent as they lie on disk; old addresses answer 301; and Chromium uses
every page type with the Content-Security-Policy enforced and sees no
violation.
"""
from __future__ import annotations

import gzip
import http.client
import sys
from collections.abc import Iterator
from pathlib import Path

import brotli
import pytest
import yaml
from playwright.sync_api import Browser, expect

from browsing import open_page, search_in_header, search_results, serve
from conftest import REPO, corpus_project, mkdocs_build

sys.path.insert(0, str(REPO / "bench"))
import nginx_local  # noqa: E402  (the benchmark serves its sites the same way)

HEADERS = ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy",
           "X-Frame-Options", "Strict-Transport-Security", "Cache-Control"]


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A corpus site built after a report file was renamed and a district got a new id and name."""
    project = corpus_project(tmp_path_factory.mktemp("server") / "project", 60)
    reports = sorted((project / "content/reports").glob("*.yml"))
    old_report = reports[0]
    new_report = old_report.with_name("nytt-namn-" + old_report.name)
    text = old_report.read_text(encoding="utf-8")
    new_report.write_text(f"former_ids: [{old_report.stem}]\n" + text, encoding="utf-8")
    old_report.unlink()
    districts = yaml.safe_load((project / "content/districts.yml").read_text(encoding="utf-8"))
    district = next(d for d in districts if d["id"] == "jarva")
    district.update(id="jarva-stadsdelsomrade", former_ids=["jarva"])
    (project / "content/districts.yml").write_text(yaml.safe_dump(districts, allow_unicode=True, sort_keys=False),
                                                   encoding="utf-8")
    for report in (project / "content/reports").glob("*.yml"):
        report.write_text(report.read_text(encoding="utf-8").replace("\ndistrict: jarva\n",
                                                                     "\ndistrict: jarva-stadsdelsomrade\n"),
                          encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")  # with its address, the sitemap lists pages
    (project / "mkdocs.yml").write_text(config.replace("site_name: IOP-rapporter",
                                                       "site_name: IOP-rapporter\nsite_url: https://iop.example.se/"),
                                        encoding="utf-8")
    result = mkdocs_build(project / "mkdocs.yml", project / "site")
    assert result.returncode == 0, result.stderr
    return {"site": str(project / "site"), "old_report": old_report.stem, "new_report": new_report.stem,
            "former_name": "rinkeby-kista"}


@pytest.fixture(scope="module")
def served(renamed: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """nginx from the shipped maps.conf and site.conf, with only what the test machine needs around them."""
    if not nginx_local.available():
        pytest.fail("nginx and libnginx-mod-http-brotli-static are not installed; `make test` installs them")
    with nginx_local.serve(Path(renamed["site"]), tmp_path_factory.mktemp("nginx")) as address:
        yield address


def fetch(url: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    address = url.removeprefix("http://")
    host, _, path = address.partition("/")
    connection = http.client.HTTPConnection(host, timeout=10)
    connection.request("GET", "/" + path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, {k.title(): v for k, v in response.getheaders()}, body


@pytest.mark.parametrize("path", ["", "rapporter/", "sok/", "data/rapporter.csv", "flode.xml",
                                  "pagefind/pagefind-entry.json", "finns-inte/"])
def test_every_response_carries_the_security_headers(served: str, path: str):
    status, headers, _ = fetch(served + path)
    assert status in (200, 404)
    missing = [name for name in HEADERS if name not in headers]
    assert missing == []
    policy = headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";")[0]
    for directive in ("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'",
                      "'wasm-unsafe-eval'"):
        assert directive in policy


def test_precompressed_files_are_sent_as_they_lie_on_disk(served: str, renamed: dict[str, str]):
    site = Path(renamed["site"])
    for path in ("index.html", "rapporter/index.html", "flode.xml", "data/rapporter.csv", "assets/stylesheets/"):
        if path.endswith("/"):
            path = path + next(p.name for p in (site / path).glob("main.*.min.css"))
        url = served + path.removesuffix("index.html")
        status, headers, body = fetch(url, **{"Accept-Encoding": "gzip"})
        assert status == 200 and headers.get("Content-Encoding") == "gzip" and body == (site / (path + ".gz")).read_bytes()
        assert gzip.decompress(body) == (site / path).read_bytes()
        assert "Accept-Encoding" in headers.get("Vary", "")
        status, headers, body = fetch(url, **{"Accept-Encoding": "gzip, deflate, br"})  # as browsers ask
        if path.endswith((".html", ".xml")):  # a page or a feed has a .gz alone (server.py's `brotli_pays`)
            assert not (site / (path + ".br")).exists()
            assert status == 200 and headers.get("Content-Encoding") == "gzip", path
            assert body == (site / (path + ".gz")).read_bytes()
        else:
            assert status == 200 and headers.get("Content-Encoding") == "br", path
            assert brotli.decompress(body) == (site / path).read_bytes()
            assert body == (site / (path + ".br")).read_bytes()
        # through a proxy or load balancer (which adds Via), as compressed: nginx's gzip_static leaves such
        # requests out unless told otherwise (gzip_proxied)
        status, headers, body = fetch(url, **{"Accept-Encoding": "gzip, deflate, br", "Via": "1.1 proxy"})
        assert status == 200 and headers.get("Content-Encoding") in ("gzip", "br") and len(body) < (site / path).stat().st_size, path


def test_downloads_of_one_listing_or_one_report_are_compressed_as_they_are_asked_for(served: str, renamed: dict[str, str]):
    # They have no copies on disk (generator/site/server.py's `precompressed`): nginx compresses them itself.
    site = Path(renamed["site"])
    downloads = [next(file for file in sorted((site / folder).glob(pattern)) if file.stat().st_size >= 512)  # (smaller
                 for folder, pattern in (("data/stadsdelar", "*.csv"), ("data/organisationer", "*.json"),  # is sent
                                         ("data/rapporter", "*.json"))]  # as it is: gzip_min_length)
    for file in downloads:
        path = file.relative_to(site).as_posix()
        assert not Path(f"{file}.gz").exists() and not Path(f"{file}.br").exists(), path
        status, headers, body = fetch(served + path, **{"Accept-Encoding": "gzip, br"})
        assert status == 200 and headers.get("Content-Encoding") == "gzip", path
        assert gzip.decompress(body) == file.read_bytes() and len(body) < file.stat().st_size, path
        assert headers["Content-Type"].startswith("text/csv" if file.suffix == ".csv" else "application/json"), path
        assert "Accept-Encoding" in headers.get("Vary", "")
        status, headers, body = fetch(served + path, **{"Accept-Encoding": "identity"})
        assert status == 200 and headers.get("Content-Encoding") is None and body == file.read_bytes(), path


def test_pagefinds_gzip_files_are_said_to_be_gzip_so_the_browser_unpacks_them(served: str, renamed: dict[str, str]):
    site = Path(renamed["site"])
    bundle = site / "pagefind"
    files = [next(bundle.glob("*.pf_meta")), next(bundle.glob("wasm.*.pagefind")),
             *(next((bundle / kind).iterdir()) for kind in ("fragment", "index", "filter"))]
    for file in files:
        status, headers, body = fetch(served + file.relative_to(site).as_posix(), **{"Accept-Encoding": "gzip, br"})
        assert status == 200 and headers.get("Content-Encoding") == "gzip", file.name
        assert body == file.read_bytes() and gzip.decompress(body).startswith(b"pagefind_dcd")  # as Pagefind reads it
    # Everything else keeps what it was sent with; a missing index file is the site's 404 page, not gzip.
    for path in ("pagefind/pagefind.js", "pagefind/pagefind-entry.json", "sok/", "pagefind/fragment/saknas.pf_fragment"):
        assert fetch(served + path, **{"Accept-Encoding": "identity"})[1].get("Content-Encoding") is None, path


def test_names_that_carry_a_hash_are_kept_a_year_and_pages_five_minutes(served: str, renamed: dict[str, str]):
    site = Path(renamed["site"])
    bundle = next((site / "assets/javascripts").glob("bundle.*.min.js")).name
    assert fetch(served + f"assets/javascripts/{bundle}")[1]["Cache-Control"] == "public, max-age=31536000, immutable"
    fragment = next((site / "pagefind/fragment").iterdir()).name
    assert "immutable" in fetch(served + f"pagefind/fragment/{fragment}")[1]["Cache-Control"]
    assert fetch(served)[1]["Cache-Control"] == "public, max-age=300"
    assert fetch(served + "pagefind/pagefind-entry.json")[1]["Cache-Control"] == "no-cache"
    assert fetch(served + "flode.xml")[1]["Content-Type"].startswith("application/atom+xml")
    assert fetch(served + "data/rapporter.csv")[1]["Content-Type"].startswith("text/csv")


def test_a_missing_address_gets_the_sites_404_page_and_server_files_are_not_for_visitors(served: str):
    status, headers, body = fetch(served + "finns-inte/alls/")
    assert status == 404 and b"404" in body and b"md-header" in body  # the site's own page, in its look
    for path in (".server/nginx.conf", ".server/redirects.map", "_headers", "_redirects"):
        assert fetch(served + path)[0] == 404, path


def test_old_addresses_answer_301_to_the_current_ones(served: str, renamed: dict[str, str]):
    old, new = renamed["old_report"], renamed["new_report"]
    cases = {
        f"rapporter/{old}/": f"/rapporter/{new}/",
        f"rapporter/{old}": f"/rapporter/{new}/",
        f"data/rapporter/{old}.json": f"/data/rapporter/{new}.json",
        "stadsdelar/jarva/": "/stadsdelar/jarva-stadsdelsomrade/",
        "stadsdelar/rinkeby-kista/": "/stadsdelar/jarva-stadsdelsomrade/",  # a former name has an address
        "data/stadsdelar/jarva.csv": "/data/stadsdelar/jarva-stadsdelsomrade.csv",
        "flode/stadsdelar/jarva.xml": "/flode/stadsdelar/jarva-stadsdelsomrade.xml",
    }
    for path, location in cases.items():
        status, headers, _ = fetch(served + path)
        assert (status, headers.get("Location")) == (301, location), path
    # The sitemap lists only current addresses.
    sitemap = fetch(served + "sitemap.xml")[2].decode()
    assert f"/rapporter/{new}/" in sitemap and f"/rapporter/{old}/" not in sitemap
    assert "/stadsdelar/jarva/" not in sitemap and "/stadsdelar/rinkeby-kista/" not in sitemap


def test_with_the_policy_enforced_no_page_type_search_filter_download_or_feed_is_refused(
        browser: Browser, served: str, renamed: dict[str, str], requests_made: list[str]):
    page = open_page(browser, requests_made)
    page.add_init_script("window.__violations = []; document.addEventListener('securitypolicyviolation', "
                         "e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));")
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    violations: list[str] = []
    new = renamed["new_report"]
    for path in ("", "rapporter/", f"rapporter/{new}/", "stadsdelar/", "stadsdelar/jarva-stadsdelsomrade/",
                 "organisationer/", "ar/", "teman/", "lardomar/", "oppna-data/", "flode/", "om/", "redaktorer/"):
        page.goto(served + path)
        page.wait_for_load_state("networkidle")
        violations += page.evaluate("window.__violations")
    search_in_header(page, "barn")  # Pagefind's WebAssembly runs: results appear
    violations += page.evaluate("window.__violations")
    page.goto(served + "sok/?q=barn")
    assert search_results(page)
    page.locator('pagefind-filter-pane details[open] input[type="checkbox"]').first.check()
    assert search_results(page)
    violations += page.evaluate("window.__violations")
    page.goto(served + "stadsdelar/jarva-stadsdelsomrade/")
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV (CSV").first.click()
    assert Path(download.value.path()).read_bytes().startswith(b"\xef\xbb\xbfid,")
    feed = page.request.get(served + "flode/stadsdelar/jarva-stadsdelsomrade.xml")
    assert feed.ok and b"<feed" in feed.body()
    violations += page.evaluate("window.__violations")
    # Old addresses in the browser: the 301, and the redirect page for a host without server redirects.
    page.goto(served + "stadsdelar/rinkeby-kista/")
    expect(page).to_have_url(served + "stadsdelar/jarva-stadsdelsomrade/")
    # A host without the server's redirects serves the page the build wrote at the old address: it leads on.
    static, base = serve(Path(renamed["site"]))
    page.goto(base + f"rapporter/{renamed['old_report']}/")
    expect(page).to_have_url(base + f"rapporter/{new}/")
    expect(page.locator("h1")).not_to_have_text("Sidan har flyttat")
    static.shutdown()
    page.context.close()
    assert violations == []
    assert [e for e in errors if "Content Security Policy" in e or "WebAssembly" in e] == []
