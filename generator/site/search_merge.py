"""Pagefind indexes built in shards, merged into the one bundle a visitor's browser loads.

Pagefind holds every page it has read in memory until it writes its index:
about 350 KiB a report page, 3.6 GiB at 10,000 reports (make bench). The
build therefore sends a few thousand pages to one Pagefind program, has it
write that shard's index and stop, and starts the next. This module merges
the shards' files into the bundle one Pagefind would have written for all
the pages, so the browser still loads one small entry file and one program
(the browser's own merging, `mergeIndex`, would fetch Pagefind's program
once per shard: 57 KB each).

The files are what Pagefind 1.6 writes (read from its output; the Rust
source is `pagefind/src/index/`): gzip of "pagefind_dcd" and CBOR.
- `pagefind.<hash>.pf_meta`: version, pages (fragment hash, word count, …),
  word chunks (first word, last word, hash), filters (name, hash), sorts
  (name, page numbers in order), the names of the metadata fields.
- `index/<hash>.pf_index`: words in order, each with its pages (page numbers
  as steps from the one before; positions; positions in metadata, whose
  negative numbers say which field) and its spellings with diacritics.
- `filter/<hash>.pf_filter`: a filter's values, each with its page numbers.
- `fragment/<hash>.pf_fragment`: one page's text and metadata, as JSON.
Merged, the pages are numbered shard after shard; everything else follows
Pagefind's own rules (word chunks of 20,000 positions, short names from SHA-1
made longer on a clash), so that merging one shard gives Pagefind's index.
The words are merged as they stream from the shards' chunks: the merge holds
one chunk per shard, never the whole index. A shard's pages of a word are
copied as the shard encoded them; only the first one's step is encoded again
(encoding them all took two thirds of the merge: 11 of 17 s at 10,000 reports).
"""
from __future__ import annotations

import dataclasses
import gzip
import hashlib
import heapq
import io
import json
import os
import re
import shutil
import struct
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from operator import itemgetter
from pathlib import Path
from typing import Any

import cbor2
from zlib_ng import gzip_ng  # zlib's format, about twice as fast (server.py)

from ..collecting import uncollected

MARK = b"pagefind_dcd"
CHUNK_POSITIONS = 20000  # Pagefind's index_chunk_size
OWN_FILES = {"index", "filter", "fragment", "pagefind-entry.json"}  # what the merge writes; the rest is copied


@dataclasses.dataclass
class Shard:
    """One shard's bundle, and the sort values of its pages in the order Pagefind numbered them."""
    folder: Path
    sorts: list[dict[str, str]]


def full_hash(data: bytes) -> str:
    # As Pagefind writes it: each byte in hex without a leading zero.
    return "".join(f"{byte:x}" for byte in hashlib.sha1(data).digest())


def _raw(path: Path) -> bytes:
    data = gzip_ng.decompress(path.read_bytes())
    if not data.startswith(MARK):
        raise ValueError(f"{path.name} är ingen Pagefind-fil")
    return data[len(MARK):]


def read(path: Path) -> Any:
    return cbor2.loads(_raw(path))


def encode(value: Any) -> bytes:
    return cbor2.dumps(value)


def write(path: Path, encoded: bytes, chunk: bool = False) -> None:
    """A file of the index as Pagefind writes it: gzip, no time stamp. The metadata and the filters, which every
    search fetches, with zlib's level 9: smaller than zlib-ng's (139,453 against 140,802 bytes of metadata at
    10,000 reports). The word chunks, 51 MB at 10,000 reports, with zlib-ng's level 6: zlib's level 9 took
    16-17 CPU-seconds for them, its level 6 3.4 for 1.7% more bytes (a search fetches a few chunks), zlib-ng's
    level 6 1.2 for as many (22.06 MB)."""
    compressed = gzip_ng.compress(MARK + encoded, compresslevel=6, mtime=0) if chunk \
        else gzip.compress(MARK + encoded, compresslevel=9, mtime=0)
    path.write_bytes(compressed)


class Names:
    """Short file names as Pagefind makes them for word chunks and filters ("sv_" and 7 hex digits), two digits
    longer on a clash (its `&hash[0..=short.len() + 1]`)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def name(self, language: str, encoded: bytes) -> str:
        whole = f"{language}_{full_hash(encoded)}"
        length = len(language) + 8
        while whole[:length] in self.taken and length < len(whole):
            length = min(length + 2, len(whole))
        self.taken.add(whole[:length])
        return whole[:length]


def merge(shards: list[Shard], target: Path) -> int:
    """Write the shards' merged bundle into `target` (site/pagefind); returns how many pages it holds."""
    with uncollected():  # millions of small lists, no cycles
        return _merge(shards, target)


def _merge(shards: list[Shard], target: Path) -> int:
    entries = [json.loads((shard.folder / "pagefind-entry.json").read_text(encoding="utf-8")) for shard in shards]
    languages = {language for entry in entries for language in entry["languages"]}
    if len(languages) != 1:
        raise ValueError(f"sökindexets delar har språken {sorted(languages)}; bara ett språk kan slås ihop")
    language = languages.pop()
    metas = [read(shard.folder / f"pagefind.{entry['languages'][language]['hash']}.pf_meta")
             for shard, entry in zip(shards, entries)]
    for shard, meta in zip(shards, metas):
        if len(meta[1]) != len(shard.sorts):
            raise ValueError(f"en del av sökindexet har {len(meta[1])} sidor men {len(shard.sorts)} skickades")
        if _sorts(shard.sorts) != meta[4]:  # the sort values read from the pages are those Pagefind read
            raise ValueError("sorteringsvärdena på sidorna stämmer inte med sökindexets")
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for path in sorted(shards[0].folder.iterdir()):  # Pagefind's program and its files, the same in every shard
        if path.name not in OWN_FILES and not path.name.endswith(".pf_meta"):
            (shutil.copytree if path.is_dir() else shutil.copyfile)(path, target / path.name)
    for folder in ("index", "filter", "fragment"):
        (target / folder).mkdir(parents=True)
    offsets = [0]
    for meta in metas:
        offsets.append(offsets[-1] + len(meta[1]))
    fields = sorted({name for meta in metas for name in meta[5]})
    field_ids = [[fields.index(name) for name in meta[5]] for meta in metas]
    pages = _fragments(shards, metas, target, language)
    chunks = _words(shards, metas, offsets, field_ids, target, language, Names())
    filters = _filters(shards, metas, offsets, target, language, Names())
    sorts = _sorts([values for shard in shards for values in shard.sorts])
    meta = encode([metas[0][0], pages, chunks, filters, sorts, fields])
    meta_hash = f"{language}_{full_hash(meta)[:len(language) + 8]}"
    write(target / f"pagefind.{meta_hash}.pf_meta", meta)
    entry = entries[0]
    entry["languages"][language].update(hash=meta_hash, page_count=len(pages))
    (target / "pagefind-entry.json").write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")),
                                               encoding="utf-8")
    return len(pages)


def _fragments(shards: list[Shard], metas: list[Any], target: Path, language: str) -> list[Any]:
    """Every page's fragment moved as it is from its shard, which is removed after the merge (a move, not a
    copy: 12,000 files at 10,000 reports, a second of the build's last step). A fragment whose short name another
    page's has is renamed as Pagefind renames within one index (its full hash, one digit longer); identical
    pages share one."""
    pages = []
    written: dict[str, bytes | None] = {}  # name -> content, read only where names clash

    def content_of(name: str) -> bytes:
        if written[name] is None:
            written[name] = gzip_ng.decompress((target / "fragment" / f"{name}.pf_fragment").read_bytes())
        return written[name]  # type: ignore[return-value]

    for shard, meta in zip(shards, metas):
        taken: dict[str, str] = {}  # a name this shard lists again (the same page twice) -> the name it got
        for page in meta[1]:
            name = page[0]
            if name in taken:  # its file is moved already
                pages.append([taken[name], *page[1:]])
                continue
            source = shard.folder / "fragment" / f"{name}.pf_fragment"
            if name in written:
                content = gzip_ng.decompress(source.read_bytes())
                whole = f"{language}_{full_hash(content[len(MARK):])}"
                length = len(name)
                while whole[:length] in written and content_of(whole[:length]) != content and length < len(whole):
                    length += 1
                name = whole[:length]
                if name in written:  # the same page twice: one fragment
                    taken[page[0]] = name
                    pages.append([name, *page[1:]])
                    continue
                written[name] = content
            else:
                written[name] = None
            os.replace(source, target / "fragment" / f"{name}.pf_fragment")
            taken[page[0]] = name
            pages.append([name, *page[1:]])
    return pages


def _head(major: int, count: int) -> bytes:
    """A CBOR item's head, as short as it goes (as Pagefind's minicbor writes it)."""
    if count < 24:
        return bytes([major << 5 | count])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if count < 1 << (8 * size):
            return bytes([major << 5 | info]) + count.to_bytes(size, "big")
    raise ValueError("för stort tal i sökindexet")


def _array(data: bytes, at: int, path: Path) -> tuple[int, int]:
    """The length of the array whose head starts at `at`, and where its first item starts."""
    initial = data[at]
    info = initial & 31
    if initial >> 5 != 4 or info > 27:
        raise ValueError(f"{path.name} är ingen Pagefind-fil")
    if info < 24:
        return info, at + 1
    size = 1 << (info - 24)
    return int.from_bytes(data[at + 1:at + 1 + size], "big"), at + 1 + size


class _Reader:
    """A chunk's items decoded one by one, each with the bytes it was read from."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = _raw(path)
        self.stream = io.BytesIO(self.data)
        self.decoder = cbor2.CBORDecoder(self.stream)
        self.at = 0

    def array(self) -> int:
        count, self.at = _array(self.data, self.at, self.path)
        return count

    def item(self) -> Any:
        self.stream.seek(self.at)
        value = self.decoder.decode()
        self.at = self.stream.tell()
        return value

    def pages(self) -> tuple[list[Any], bytes]:
        """A list of pages, and the bytes of all but its first: the merge copies them as they are."""
        start = self.at
        pages = self.item()
        end = self.at
        if not pages:
            return pages, b""
        _, self.at = _array(self.data, start, self.path)
        self.item()
        rest, self.at = self.data[self.at:end], end
        return pages, rest


def _shard_words(shard: Shard, meta: Any, number: int, field_ids: list[int]) -> Iterator[tuple[str, int, Any]]:
    """A shard's words in order, as the shard numbers its pages; metadata fields numbered as in the merge.
    Each list of pages comes with its bytes after the first page, so that the merge need not encode them again."""
    remap = field_ids != list(range(len(field_ids)))
    for _, _, name in meta[2]:
        reader = _Reader(shard.folder / "index" / f"{name}.pf_index")
        if reader.array() != 1:
            raise ValueError(f"{reader.path.name} är ingen Pagefind-fil")
        for _ in range(reader.array()):
            if reader.array() != 3:
                raise ValueError(f"{reader.path.name} är ingen Pagefind-fil")
            word = reader.item()
            lists = [reader.pages()]
            variants = []
            for _ in range(reader.array()):
                if reader.array() != 2:
                    raise ValueError(f"{reader.path.name} är ingen Pagefind-fil")
                variants.append(reader.item())
                lists.append(reader.pages())
            if remap:  # the pages change, so their bytes are encoded again
                lists = [(_remapped(pages, field_ids), b"") for pages, _ in lists]
                lists = [(pages, _items(encode(pages[1:]), reader.path)) for pages, _ in lists]
            yield word, number, (lists[0], list(zip(variants, lists[1:])))


def _items(encoded: bytes, path: Path) -> bytes:
    """An encoded array's items, without its head."""
    return encoded[_array(encoded, 0, path)[1]:]


def _remapped(pages: list[Any], field_ids: list[int]) -> list[Any]:
    for page in pages:
        page[2] = [-field_ids[-value - 1] - 1 if value < 0 else value for value in page[2]]
    return pages


class _Pages:
    """One word's (or one spelling's) pages over the shards so far, as Pagefind numbers them: each page as a step
    from the one before. A shard's pages keep their steps, so their bytes are copied; only its first page's step
    changes and is encoded again."""
    __slots__ = ("pieces", "count", "last", "size")

    def __init__(self) -> None:
        self.pieces: list[bytes] = []
        self.count = self.last = self.size = 0

    def add(self, pages: list[Any], rest: bytes, offset: int) -> None:
        if not pages:
            return
        first = pages[0]
        self.pieces += (encode([first[0] + offset - self.last, first[1], first[2]]), rest)
        self.count += len(pages)
        self.last = offset + sum(map(_STEP, pages))  # the shard's last page, counted from the first of all
        # Pagefind 1.6's measure of a chunk: a word's positions, one per page (and one per spelling, in _Word).
        self.size += len(pages) + sum(map(len, map(_POSITIONS, pages))) + sum(map(len, map(_FIELDS, pages)))

    def encoded(self) -> bytes:
        return _head(4, self.count) + b"".join(self.pieces)


_STEP, _POSITIONS, _FIELDS = itemgetter(0), itemgetter(1), itemgetter(2)


class _Word:
    """One word's pages over the shards so far, and its spellings' in the order they came."""

    def __init__(self, word: str) -> None:
        self.word = word
        self.pages = _Pages()
        self.variants: dict[str, _Pages] = {}

    def add(self, pages: tuple[list[Any], bytes], variants: list[Any], offset: int) -> None:
        self.pages.add(*pages, offset)
        for form, (variant_pages, rest) in variants:
            self.variants.setdefault(form, _Pages()).add(variant_pages, rest, offset)

    def size(self) -> int:
        return len(self.variants) + self.pages.size + sum(merged.size for merged in self.variants.values())

    def encoded(self) -> bytes:
        variants = [_head(4, 2) + encode(form) + merged.encoded() for form, merged in self.variants.items()]
        return b"".join([_head(4, 3), encode(self.word), self.pages.encoded(), _head(4, len(variants)), *variants])


def _words(shards: list[Shard], metas: list[Any], offsets: list[int], field_ids: list[list[int]], target: Path,
           language: str, names: Names) -> list[Any]:
    """The shards' words merged in order and written in chunks as Pagefind chunks them; the chunks' meta.
    Compressing runs in threads beside the merge (zlib lets go of Python's lock): the build's second core."""
    streams = [_shard_words(shard, meta, number, field_ids[number])
               for number, (shard, meta) in enumerate(zip(shards, metas))]
    chunks: list[list[Any]] = []
    chunk: list[_Word] = []
    size = 0
    with ThreadPoolExecutor(max_workers=2) as writers:
        written = []

        def flush() -> None:
            nonlocal chunk, size
            encoded = b"".join([_head(4, 1), _head(4, len(chunk)), *(word.encoded() for word in chunk)])
            name = names.name(language, encoded)
            written.append(writers.submit(write, target / "index" / f"{name}.pf_index", encoded, True))
            chunks.append([chunk[0].word, chunk[-1].word, name])
            chunk, size = [], 0

        current: _Word | None = None
        for word, number, (pages, variants) in heapq.merge(*streams, key=lambda item: (item[0], item[1])):
            if current is None or current.word != word:
                if current is not None:
                    size += current.size()
                    chunk.append(current)
                    if size >= CHUNK_POSITIONS:
                        flush()
                current = _Word(word)
            current.add(pages, variants, offsets[number])
        if current is not None:
            chunk.append(current)
        if chunk:
            flush()
        for future in written:
            future.result()
    for before, after in zip(chunks, chunks[1:]):  # Pagefind's chunk_meta: the shortest prefixes that tell them apart
        common = 0
        while common < min(len(before[1]), len(after[0])) and before[1][common] == after[0][common]:
            common += 1
        trimmed = before[1][:common + 1]
        if trimmed >= before[0]:
            before[1] = trimmed
        after[0] = after[0][:common + 1]
    return chunks


def _filters(shards: list[Shard], metas: list[Any], offsets: list[int], target: Path, language: str,
             names: Names) -> list[Any]:
    merged: dict[str, dict[str, list[int]]] = {}
    for shard, meta, offset in zip(shards, metas, offsets):
        for filter_name, name in meta[3]:
            values = merged.setdefault(filter_name, {})
            for value, pages in read(shard.folder / "filter" / f"{name}.pf_filter")[1]:
                values.setdefault(value, []).extend(page + offset for page in pages)
    found = []
    for filter_name in sorted(merged):
        encoded = encode([filter_name, [[value, merged[filter_name][value]] for value in sorted(merged[filter_name])]])
        name = names.name(language, encoded)
        write(target / "filter" / f"{name}.pf_filter", encoded)
        found.append([filter_name, name])
    return found


_INTEGER = re.compile(r"[+-]?\d+", re.ASCII)
_DECIMAL = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)


def _number(value: str) -> float | None:
    """A sort value as Pagefind reads a number (a 32-bit integer, else a 32-bit float), or None."""
    if _INTEGER.fullmatch(value) and -2**31 <= int(value) < 2**31:
        return struct.unpack("f", struct.pack("f", float(int(value))))[0]
    if _DECIMAL.fullmatch(value):
        try:
            return struct.unpack("f", struct.pack("f", float(value)))[0]
        except OverflowError:
            return None
    return None


def _sorts(values: list[dict[str, str]]) -> list[Any]:
    """Each sort's page order over all pages: by number where every value is one, else as text; ties in page order."""
    found = []
    for key in sorted({key for page in values for key in page}):
        having = [(page[key], number) for number, page in enumerate(values) if key in page]
        numbers = [_number(value) for value, _ in having]
        if all(number is not None for number in numbers):
            order = [number for _, number in sorted(zip(numbers, (n for _, n in having)), key=lambda pair: pair[0])]
        else:
            order = [number for _, number in sorted(having, key=lambda pair: pair[0])]
        found.append([key, order])
    return found
