"""The archive's own substring index: positions of character pairs, in a few small files.

Pagefind finds words; exact substrings (grams.py) need each pair of adjacent characters
with where it occurs. Putting those pairs into Pagefind as words made its index three
times its own size and a query fetch one index chunk per pair, zone and part. This index
holds them compactly instead, one posting list per key (grams.py: a pair, a character, a
title), documents numbered newest first (the order the page breaks ties in):

    pair key:      (document delta, count, first position, position deltas…) per document
    character key: (document delta, zone bits) per document
    title key:     (document delta) per document

all unsigned LEB128 varints. Keys are sorted (ASCII, so Python and JavaScript agree) and
cut into shards of about SHARD_BYTES; each shard is gzipped and named by a hash of its
contents, and TABLE_FILE lists the first key and name of each. A query fetches the table
once, then one shard per distinct key it needs (search.js: `lookup`).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from award_archive.contract.i18n import _
from award_archive.search.grams import ZONE_SHIFT, ZONES, char_code, runs, title_key

TABLE_FILE = "award-archive-search.json"
SHARD_DIR = "substring"
SHARD_BYTES = 12_000  # raw bytes a shard gathers before the next starts (gzip: about a half)
FORMAT_VERSION = 1
_ZONE_NUMBER = {z: i for i, z in enumerate(ZONES)}


class SubstringIndexError(RuntimeError):
    pass


def put_varint(buf: bytearray, n: int) -> None:
    if n < 0x80:
        buf.append(n)
        return
    while n >= 0x80:
        buf.append((n & 0x7F) | 0x80)
        n >>= 7
    buf.append(n)


@dataclass(frozen=True)
class ZonedText:
    """One document's text units, each with the zone it sits in (grams.ZONES)."""

    title: str
    units: list[tuple[str, str]]  # (zone, text)


def document_keys(doc: ZonedText) -> tuple[dict[str, list[int]], dict[str, int]]:
    """(pair → positions, character → zone bits) of one document (keys as characters:
    `ascii_key` turns them into the index's keys once per distinct key)."""
    pairs: dict[str, list[int]] = {}
    chars: dict[str, int] = {}
    offsets = dict.fromkeys(ZONES, 0)
    for zone, text in [("t", doc.title), *doc.units]:
        number = _ZONE_NUMBER[zone]
        base, bit = number << ZONE_SHIFT, 1 << number
        for run in runs(text):
            start = base + offsets[zone]
            for i in range(len(run) - 1):
                pairs.setdefault(run[i : i + 2], []).append(start + i)
            for ch in set(run):
                chars[ch] = chars.get(ch, 0) | bit
            # One position left empty after each run: a pair of the next run never
            # follows a pair of this one.
            offsets[zone] += len(run) + 1
        if offsets[zone] >= 1 << ZONE_SHIFT:
            raise SubstringIndexError(
                _("a text of more than {n} characters cannot be searched; shorten it").format(
                    n=1 << ZONE_SHIFT
                )
            )
    return pairs, chars


def ascii_key(key: str) -> str:
    """The index's key for a pair or a character (grams.char_code); a title key as is."""
    return key if len(key) > 2 else "".join(char_code(ch) for ch in key)


@dataclass
class SubstringIndex:
    """Posting lists built document by document, in document order."""

    postings: dict[str, bytearray] = field(default_factory=dict)
    last_doc: dict[str, int] = field(default_factory=dict)
    docs: int = 0

    def _start(self, key: str, doc: int) -> bytearray:
        buf = self.postings.get(key)
        if buf is None:
            buf = self.postings[key] = bytearray()
        put_varint(buf, doc - self.last_doc.get(key, 0))
        self.last_doc[key] = doc
        return buf

    def add(self, doc: ZonedText) -> int:
        """Add the next document; return its number."""
        number = self.docs
        self.docs += 1
        pairs, chars = document_keys(doc)
        for key, positions in pairs.items():
            buf = self._start(key, number)
            put_varint(buf, len(positions))
            previous = 0
            for p in sorted(positions):
                put_varint(buf, p - previous)
                previous = p
        for key, bits in chars.items():
            put_varint(self._start(key, number), bits)
        if runs(doc.title):
            self._start(title_key(doc.title), number)
        return number


def shards(postings: dict[str, bytearray], target: int = SHARD_BYTES) -> Iterable[bytes]:
    """The raw shards: keys in sorted order, each (key length, key, posting length, posting)."""
    shard, size = bytearray(), 0
    for key, posting in sorted((ascii_key(k), v) for k, v in postings.items()):
        if size and size + len(posting) > target:
            yield bytes(shard)
            shard, size = bytearray(), 0
        shard.append(len(key))
        shard += key.encode("ascii")
        put_varint(shard, len(posting))
        shard += posting
        size = len(shard)
    if shard:
        yield bytes(shard)


def first_key(shard: bytes) -> str:
    return shard[1 : 1 + shard[0]].decode("ascii")


def write_index(index: SubstringIndex, out: Path) -> None:
    """Write the shards into out/SHARD_DIR/ and the table into out/TABLE_FILE."""
    folder = out / SHARD_DIR
    folder.mkdir(parents=True, exist_ok=True)
    table = []
    for raw in shards(index.postings):
        name = hashlib.sha256(raw).hexdigest()[:12] + ".bin"
        (folder / name).write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
        table.append([first_key(raw), name])
    (out / TABLE_FILE).write_text(
        json.dumps(
            {"version": FORMAT_VERSION, "docs": index.docs, "shards": table},
            separators=(",", ":"),
        ),
        encoding="utf-8",
    )
