"""The search index built in shards and merged (site/search_merge.py) is the index one Pagefind would write.

Pagefind holds every page it reads until it writes; the build bounds that memory by starting a new Pagefind
every few thousand pages. The visitor must not see the difference: the merged bundle has the same files,
names and contents as Pagefind's own, page for page.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from conftest import corpus_project, mkdocs_build

from generator.site.search_merge import MARK, Names, Shard, _fragments, _sorts, _words, encode, full_hash, read, write


def decoded(bundle: Path) -> dict[str, object]:
    """Every file of a Pagefind bundle by name, its index files decoded (gzip levels may differ)."""
    files: dict[str, object] = {}
    for path in sorted(bundle.rglob("*")):
        if path.is_file():
            name = path.relative_to(bundle).as_posix()
            if path.suffix in (".pf_meta", ".pf_index", ".pf_filter"):
                files[name] = read(path)
            elif path.suffix == ".pf_fragment":
                files[name] = gzip.decompress(path.read_bytes())
            else:
                files[name] = path.read_bytes()
    return files


def test_an_index_built_in_shards_is_the_index_pagefind_writes_for_all_pages(tmp_path: Path):
    project = corpus_project(tmp_path / "project", 40)
    whole = mkdocs_build(project / "mkdocs.yml", tmp_path / "whole")
    assert whole.returncode == 0, whole.stderr
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      search_shard_pages: 2000\n" in text
    config.write_text(text.replace("      search_shard_pages: 2000\n", "      search_shard_pages: 7\n"), encoding="utf-8")
    sharded = mkdocs_build(config, tmp_path / "sharded")
    assert sharded.returncode == 0, sharded.stderr
    entry = json.loads((tmp_path / "whole/pagefind/pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["sv"]["page_count"] > 7 * 4  # several shards, the last one partly filled
    assert decoded(tmp_path / "sharded/pagefind") == decoded(tmp_path / "whole/pagefind")
    assert not (tmp_path / "sharded/.pagefind-delar").exists()  # the shards are gone from the site


def fragment(folder: Path, name: str | None, url: str) -> str:
    """A page's fragment file in a shard, under its own short name unless another is given; the name."""
    content = json.dumps({"url": url}).encode("utf-8")
    name = name or "sv_" + full_hash(content)[:7]
    (folder / "fragment").mkdir(parents=True, exist_ok=True)
    write(folder / "fragment" / f"{name}.pf_fragment", content)
    return name


def test_fragments_whose_short_names_clash_across_shards_are_renamed_and_identical_ones_shared(tmp_path: Path):
    shards = [Shard(tmp_path / str(number), [{}]) for number in range(3)]
    target = tmp_path / "merged"
    (target / "fragment").mkdir(parents=True)
    first = fragment(shards[0].folder, None, "/a/")
    same = fragment(shards[1].folder, None, "/a/")  # the same page again: the same name, one file
    clash = fragment(shards[2].folder, first, "/b/")  # another page under a name already taken
    metas = [[None, [[first, 10, ""]]], [None, [[same, 10, ""]]], [None, [[clash, 20, ""]]]]
    pages = _fragments(shards, metas, target, "sv")
    renamed = "sv_" + full_hash(json.dumps({"url": "/b/"}).encode("utf-8"))[:7]
    assert pages == [[first, 10, ""], [first, 10, ""], [renamed, 20, ""]]
    assert sorted(path.name for path in (target / "fragment").iterdir()) == sorted(
        [f"{first}.pf_fragment", f"{renamed}.pf_fragment"])
    assert gzip.decompress((target / "fragment" / f"{renamed}.pf_fragment").read_bytes()) == MARK + b'{"url": "/b/"}'
    assert gzip.decompress((target / "fragment" / f"{first}.pf_fragment").read_bytes()) == MARK + b'{"url": "/a/"}'
    # A shard that lists a page twice (its file moved at the first) gets the name the first got, renamed or not.
    again = [Shard(tmp_path / str(number), [{}]) for number in range(3, 5)]
    (tmp_path / "again" / "fragment").mkdir(parents=True)
    twice = fragment(again[0].folder, None, "/c/")
    clash_twice = fragment(again[1].folder, twice, "/d/")
    metas = [[None, [[twice, 1, ""], [twice, 1, ""]]], [None, [[clash_twice, 2, ""], [clash_twice, 2, ""]]]]
    renamed_twice = "sv_" + full_hash(json.dumps({"url": "/d/"}).encode("utf-8"))[:7]
    assert _fragments(again, metas, tmp_path / "again", "sv") == [
        [twice, 1, ""], [twice, 1, ""], [renamed_twice, 2, ""], [renamed_twice, 2, ""]]
    # Moved, not copied (the shards are removed after the merge): only the identical page's file stays behind.
    assert [sorted(path.name for path in (shard.folder / "fragment").iterdir()) for shard in shards] == [
        [], [f"{same}.pf_fragment"], []]


def test_words_are_merged_in_order_with_pages_counted_on_and_metadata_fields_numbered_as_in_the_merge(tmp_path: Path):
    # The merge copies a shard's encoded pages as they are and encodes only each list's first page again; where
    # a shard numbers the metadata fields otherwise than the merge ("b" is its first, the merge's second), its
    # pages are encoded again. Pages: [step from the page before, positions, positions in metadata as -field-1].
    shards = [Shard(tmp_path / "0", [{}] * 3), Shard(tmp_path / "1", [{}] * 2)]
    for shard, words in zip(shards, [
            [["hus", [[0, [1, 5], [-1]], [2, [3], []]], [["hús", [[1, [7], []]]]]], ["katt", [[1, [2], [-2]]], []]],
            [["hus", [[1, [4], [-1]]], []], ["ko", [[0, [9], []], [1, [1] * 30, [-1]]], [["kó", [[0, [2], []]]]]]]]):
        (shard.folder / "index").mkdir(parents=True)
        write(shard.folder / "index" / "sv_1.pf_index", encode([words]))
    metas = [[None, None, [["hus", "katt", "sv_1"]], None, None, ["a", "b"]],
             [None, None, [["hus", "ko", "sv_1"]], None, None, ["b"]]]
    (tmp_path / "merged" / "index").mkdir(parents=True)
    chunks = _words(shards, metas, [0, 3, 5], [[0, 1], [1]], tmp_path / "merged", "sv", Names())
    assert len(chunks) == 1 and chunks[0][:2] == ["hus", "ko"]
    assert read(tmp_path / "merged" / "index" / f"{chunks[0][2]}.pf_index") == [[
        ["hus", [[0, [1, 5], [-1]], [2, [3], []], [2, [4], [-2]]], [["hús", [[1, [7], []]]]]],
        ["katt", [[1, [2], [-2]]], []],
        ["ko", [[3, [9], []], [1, [1] * 30, [-2]]], [["kó", [[3, [2], []]]]]]]]


def test_sorts_are_by_number_where_every_value_is_one_else_as_text_with_ties_in_page_order():
    values = [{"belopp": "900", "datum": "2024-01-05"}, {"belopp": "10000"}, {"datum": "2023-12-31"},
              {"belopp": "900", "datum": "2024-01-05"}]
    assert _sorts(values) == [["belopp", [0, 3, 1]], ["datum", [2, 0, 3]]]
    assert _sorts([{"x": "10"}, {"x": "9"}, {"x": "a"}]) == [["x", [0, 1, 2]]]  # "a" makes them text: "10" < "9"


def test_the_encoding_is_pagefinds():
    # minicbor's encoding of Pagefind's structs: arrays of their fields, integers as short as they go.
    assert encode(["typ", [["Slutrapport", [0, 1]]]]) == b"\x82ctyp\x81\x82kSlutrapport\x82\x00\x01"
    assert full_hash(b"") == "da39a3ee5e6b4bd3255bfef95601890afd879"  # SHA-1, each byte without a leading zero


def page(words: str, sort: str) -> str:
    return f'<html lang="sv"><body><main data-pagefind-body><p>{words}</p>{sort}</main></body></html>'


def test_sort_values_the_build_did_not_read_as_pagefind_did_stop_the_merge_with_a_message(tmp_path: Path):
    from conftest import REPO

    from generator.site.search import SearchError, SearchIndex

    index = SearchIndex(REPO, tmp_path, shard_pages=2)
    for number in range(5):
        index.add(f"sida-{number}/", page(f"ord nummer {number}", f'<span data-pagefind-sort="belopp">{number}</span>'))
    assert index.write(tmp_path) == 5
    index.close()
    assert read(next((tmp_path / "pagefind").glob("*.pf_meta")))[4] == [["belopp", [0, 1, 2, 3, 4]]]

    index = SearchIndex(REPO, tmp_path, shard_pages=2)
    for number in range(5):  # markup the build does not read a sort value from: the merge would sort wrongly
        index.add(f"sida-{number}/", page("ord", f'<span class="x" data-pagefind-sort="belopp">{5 - number}</span>'))
    try:
        index.write(tmp_path)
        raise AssertionError("the merge went on")
    except SearchError as error:
        assert "sorteringsvärdena" in str(error)
    finally:
        index.close()
    assert not (tmp_path / ".pagefind-delar").exists()


def test_the_files_every_search_fetches_are_compressed_with_zlibs_level_9_and_word_chunks_with_zlib_ngs(tmp_path: Path):
    # zlib's level 9 makes the metadata 1% smaller than zlib-ng's; zlib-ng makes the 51 MB of word chunks at
    # 10,000 reports in a third of zlib's time, no larger (generator/site/search_merge.py's `write`).
    from zlib_ng import gzip_ng

    encoded = encode([["ett ord", [1, 2, 3]] for _ in range(200)])
    write(tmp_path / "meta", encoded)
    write(tmp_path / "chunk", encoded, chunk=True)
    assert (tmp_path / "meta").read_bytes() == gzip.compress(MARK + encoded, compresslevel=9, mtime=0)
    assert (tmp_path / "chunk").read_bytes() == gzip_ng.compress(MARK + encoded, compresslevel=6, mtime=0)


def test_the_last_shards_get_smaller_so_that_little_is_left_to_write_after_the_last_page():
    from generator.site.search import LAST_SHARD_PAGES, shard_sizes

    assert shard_sizes(12060, 2000) == [2000, 2000, 2000, 2000, 2000, 1030, 515, 258, 257]
    assert shard_sizes(1206, 2000) == [603, 302, 301]  # 1,000 reports: no longer one shard written at the end
    assert shard_sizes(120, 2000) == [120]  # a small site: one program, which writes the site's index itself
    assert shard_sizes(40, 7) == [7, 7, 7, 7, 7, 5]
    for pages in (1, 249, 250, 251, 499, 500, 1999, 2000, 2001, 4321, 9999):
        sizes = shard_sizes(pages, 2000)
        assert sum(sizes) == pages and max(sizes) <= 2000, pages
        assert len(sizes) == 1 or min(sizes) >= LAST_SHARD_PAGES, (pages, sizes)
        assert sizes == sorted(sizes, reverse=True), (pages, sizes)


def test_an_index_that_knows_its_pages_is_built_in_the_shards_planned(tmp_path: Path):
    from conftest import REPO

    from generator.site.search import SearchIndex, shard_sizes

    index = SearchIndex(REPO, tmp_path, shard_pages=1000, expected=1700)
    for number in range(1700):
        index.add(f"sida-{number}/", page(f"ord nummer {number}", f'<span data-pagefind-sort="belopp">{number}</span>'))
    try:
        assert index.write(tmp_path) == 1700
        assert [len(shard.sorts) for shard in index.shards] == shard_sizes(1700, 1000) == [850, 425, 425]
    finally:
        index.close()
    meta = read(next((tmp_path / "pagefind").glob("*.pf_meta")))
    assert meta[4] == [["belopp", list(range(1700))]]


def test_an_index_of_one_planned_shard_is_written_by_its_program_without_a_merge(tmp_path: Path):
    from conftest import REPO

    from generator.site.search import SearchIndex

    index = SearchIndex(REPO, tmp_path, shard_pages=1000, expected=120)
    for number in range(120):
        index.add(f"sida-{number}/", page(f"ord nummer {number}", ""))
    try:
        assert index.shards == [] and index.write(tmp_path) == 120
        assert [shard.folder for shard in index.shards] == [tmp_path / "pagefind"]  # written in place: no merge
    finally:
        index.close()
    assert (tmp_path / "pagefind/pagefind-entry.json").is_file()


def test_more_pages_than_planned_never_make_a_shard_larger_than_shard_pages(tmp_path: Path):
    from conftest import REPO

    from generator.site.search import SearchIndex

    index = SearchIndex(REPO, tmp_path, shard_pages=300, expected=50)  # planned: one shard of 50
    for number in range(700):
        index.add(f"sida-{number}/", page(f"ord nummer {number}", ""))
    try:
        assert index.write(tmp_path) == 700
        assert [len(shard.sorts) for shard in index.shards] == [300, 300, 100]
    finally:
        index.close()


def test_a_page_is_handed_to_pagefind_without_waiting_for_it_to_read(tmp_path: Path):
    """The build renders the next page while Pagefind reads the last: `send` returns at once, though the program
    reads nothing for a while and a page is larger than a pipe holds; every message still arrives, whole and in
    order."""
    import base64
    import time

    from generator.site.search import PagefindService, SearchError

    received = tmp_path / "received"
    slow = tmp_path / "slow-pagefind"
    slow.write_text(f"#!/bin/sh\nsleep 2\nexec cat > {received}\n", encoding="utf-8")
    slow.chmod(0o755)
    service = PagefindService(slow)
    page = "å" * 200_000  # more than a pipe's 64 KiB, as base64 JSON
    started = time.monotonic()
    answers = [service.send({"type": "AddFile", "file_contents": page, "n": n}) for n in range(3)]
    assert time.monotonic() - started < 1.5  # (the program reads nothing for its first 2 s)
    service.close()
    messages = [json.loads(base64.b64decode(part)) for part in received.read_bytes().split(b",") if part]
    assert [message["payload"]["n"] for message in messages] == [0, 1, 2]
    assert all(message["payload"]["file_contents"] == page for message in messages)
    assert all(isinstance(answer.exception(timeout=5), SearchError) for answer in answers)  # ended without answering
