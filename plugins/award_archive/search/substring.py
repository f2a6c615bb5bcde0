"""The archive's own substring index: positions of character pairs, in a few small files.

Exact substrings (grams.py) need each pair of adjacent characters with where it occurs.
Putting those pairs into Pagefind as words made its index three times its own size and a
query fetch one index chunk per pair, zone and part. This index holds them compactly, one
posting list per key (grams.py: a pair, a character, a title), documents numbered newest
first (the order the page breaks ties in):

    pair key:      (document delta, count, first position, position deltas…) per document
    character key: (document delta, zone bits) per document
    title key, filter value key: (document delta) per document
    block key:     where each of DOCS_PER_BLOCK documents' result text is, one a line

all unsigned LEB128 varints. Keys are sorted (ASCII, so Python and JavaScript agree) and
cut into shards of about SHARD_BYTES; each shard is gzipped and named by its number and
a hash of all of them, and TABLE_FILE lists the first key of each. A query fetches the table
once (with the filters' values and counts), then one shard per distinct key it needs
(search.js: `lookup`), then the results' own texts (search/index.py: fragments).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import add
from pathlib import Path

from award_archive.contract.i18n import _
from award_archive.search.grams import ZONE_SHIFT, ZONES, char_code, runs, title_key

TABLE_FILE = "award-archive-search.json"
DOCS_PER_BLOCK = 64  # documents whose result locations share a key
SHARD_DIR = "substring"
SHARD_BYTES = 12_000  # raw bytes a shard gathers before the next starts (gzip: about a half)
FORMAT_VERSION = 2
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
    filters: tuple[tuple[str, str], ...] = ()  # (filter name, value)


def document_keys(doc: ZonedText) -> tuple[dict[str, list[int]], dict[str, int]]:
    """(pair → positions, character → zone bits) of one document (keys as characters:
    `ascii_key` turns them into the index's keys once per distinct key)."""
    pairs: defaultdict[str, list[int]] = defaultdict(list)
    seen: dict[str, set[str]] = {zone: set() for zone in ZONES}
    offsets = dict.fromkeys(ZONES, 0)
    for zone, text in [("t", doc.title), *doc.units]:
        offset, base = offsets[zone], _ZONE_NUMBER[zone] << ZONE_SHIFT
        for run in runs(text):
            start = base + offset
            for pos, pair in enumerate(map(add, run, run[1:]), start):
                pairs[pair].append(pos)
            seen[zone].update(run)
            # One position left empty after each run: a pair of the next run never
            # follows a pair of this one.
            offset += len(run) + 1
        if offset >= 1 << ZONE_SHIFT:
            raise SubstringIndexError(
                _("a text of more than {n} characters cannot be searched; shorten it").format(
                    n=1 << ZONE_SHIFT
                )
            )
        offsets[zone] = offset
    chars: dict[str, int] = {}
    for zone, found in seen.items():
        bit = 1 << _ZONE_NUMBER[zone]
        for ch in found:
            chars[ch] = chars.get(ch, 0) | bit
    return pairs, chars


@dataclass(frozen=True)
class EncodedDocument:
    """One document's postings without their document deltas (those depend on the
    documents before it): cheap to send from a worker process and to append."""

    keys: str  # the pair and character keys, joined by NUL (never in a run)
    lengths: array  # each key's bytes in `blob`
    blob: bytes
    title: str  # the title key, or ""
    filters: tuple[tuple[str, str], ...]


def encode_document(doc: ZonedText) -> EncodedDocument:
    pairs, chars = document_keys(doc)
    blob, lengths = bytearray(), array("I")
    for positions in pairs.values():
        before = len(blob)
        put_varint(blob, len(positions))
        ordered = sorted(positions)
        put_varint(blob, ordered[0])  # a zone's first: often large (the zone's bits)
        deltas = [b - a for a, b in zip(ordered, ordered[1:], strict=False)]
        if deltas and max(deltas) < 0x80:
            blob += bytes(deltas)  # one byte each: most positions of a text
        else:
            for d in deltas:
                put_varint(blob, d)
        lengths.append(len(blob) - before)
    for bits in chars.values():
        before = len(blob)
        put_varint(blob, bits)
        lengths.append(len(blob) - before)
    keys = "\0".join([*pairs, *chars])
    title = title_key(doc.title) if runs(doc.title) else ""
    return EncodedDocument(keys, lengths, bytes(blob), title, doc.filters)


def filter_key(name: str, value: str) -> str:
    """The key of the documents with a filter's value ("=" + a hash: ASCII)."""
    return "=" + hashlib.sha256(f"{name}\0{value}".encode()).hexdigest()[:12]


def block_key(block: int) -> str:
    """The key of a block of documents' result locations."""
    return f"#{block:06d}"


def ascii_key(key: str) -> str:
    """The index's key for a pair or a character (grams.char_code); a title key as is."""
    return key if len(key) > 2 else "".join(char_code(ch) for ch in key)


@dataclass
class SubstringIndex:
    """Posting lists built document by document, in document order."""

    postings: dict[str, bytearray] = field(default_factory=dict)
    last_doc: dict[str, int] = field(default_factory=dict)
    docs: int = 0
    # {filter name: {value: (count, key)}}: the page lists the values and looks them up.
    filters: dict[str, dict[str, tuple[int, str]]] = field(default_factory=dict)

    def _start(self, key: str, doc: int) -> bytearray:
        buf = self.postings.get(key)
        if buf is None:
            buf = self.postings[key] = bytearray()
        put_varint(buf, doc - self.last_doc.get(key, 0))
        self.last_doc[key] = doc
        return buf

    def add(self, doc: ZonedText) -> int:
        """Add the next document; return its number."""
        return self.append(encode_document(doc))

    def append(self, enc: EncodedDocument) -> int:
        """Add the next document, encoded (by another process, perhaps)."""
        number = self.docs
        self.docs += 1
        at, blob = 0, enc.blob
        keys = enc.keys.split("\0") if enc.keys else []
        for key, n in zip(keys, enc.lengths, strict=True):
            self._start(key, number).extend(blob[at : at + n])
            at += n
        if enc.title:
            self._start(enc.title, number)
        for name, value in enc.filters:
            values = self.filters.setdefault(name, {})
            count, key = values.get(value, (0, filter_key(name, value)))
            values[value] = (count + 1, key)
            self._start(key, number)
        return number

    def add_locations(self, where: list[str]) -> None:
        """Where each document's result text is (its fragment's name: search/index.py),
        DOCS_PER_BLOCK documents a key, one line each."""
        for start in range(0, len(where), DOCS_PER_BLOCK):
            lines = "\n".join(where[start : start + DOCS_PER_BLOCK])
            self.postings[block_key(start // DOCS_PER_BLOCK)] = bytearray(lines.encode("ascii"))


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


def shard_name(tag: str, number: int) -> str:
    return f"{tag}-{number}.bin"


def write_index(index: SubstringIndex, out: Path) -> None:
    """Write the shards into out/SHARD_DIR/ and the table into out/TABLE_FILE.

    Shards are named by their number and one hash of them all (the table's "tag"), not
    each by its own: a new entry renumbers the documents, so it changes every shard
    anyway, and the table (fetched by every query) lists only each shard's first key."""
    folder = out / SHARD_DIR
    folder.mkdir(parents=True, exist_ok=True)
    raws = list(shards(index.postings))
    digest = hashlib.sha256()
    for raw in raws:
        digest.update(len(raw).to_bytes(8, "big") + raw)
    tag = digest.hexdigest()[:12]
    for number, raw in enumerate(raws):
        (folder / shard_name(tag, number)).write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    (out / TABLE_FILE).write_text(
        json.dumps(
            {
                "version": FORMAT_VERSION,
                "docs": index.docs,
                "block": DOCS_PER_BLOCK,
                "filters": {
                    name: sorted([v, n, k] for v, (n, k) in values.items())
                    for name, values in index.filters.items()
                },
                "tag": tag,
                "shards": [first_key(raw) for raw in raws],
            },
            ensure_ascii=False,
            separators=(",", ":"),
        ),
        encoding="utf-8",
    )
