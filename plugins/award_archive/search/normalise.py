"""Make Pagefind's bundle byte-identical from one build of the same entries to the next.

Pagefind writes each filter's values in a random order (upstream issue 638), so the
filter files, their content-hash names, the language's meta file (which lists them)
and pagefind-entry.json (which names the meta file) change on every build. This puts
filter values and the meta's filter list in a fixed order, renames those files by a
hash of their new contents and rewrites the references. Other files are left alone.

Files are `pagefind_dcd` + CBOR, gzipped; Pagefind's loader takes any gzip stream.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import cbor2

MAGIC = b"pagefind_dcd"


class BundleFormatError(RuntimeError):
    pass


def read_cbor(path: Path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(MAGIC):
        raise BundleFormatError(f"{path}: not a Pagefind data file (Pagefind's format changed?)")
    return cbor2.loads(data[len(MAGIC) :])


def encode(obj) -> bytes:
    return gzip.compress(MAGIC + cbor2.dumps(obj), compresslevel=6, mtime=0)


def content_hash(lang: str, payload: bytes, length: int) -> str:
    return f"{lang}_{hashlib.sha256(payload).hexdigest()[:length]}"


def normalise_bundle(bundle: Path) -> None:
    entry_path = bundle / "pagefind-entry.json"
    if not entry_path.is_file():
        return
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for lang, info in sorted(entry["languages"].items()):
        info["hash"] = _normalise_language(bundle, lang, info["hash"])
    entry_path.write_text(
        json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )


def _normalise_language(bundle: Path, lang: str, meta_hash: str) -> str:
    meta_path = bundle / f"pagefind.{meta_hash}.pf_meta"
    meta = read_cbor(meta_path)
    # meta = [version, pages, index chunks, filters [[name, hash]], sorts, meta fields]
    if not (isinstance(meta, list) and len(meta) >= 4 and isinstance(meta[3], list)):
        raise BundleFormatError(f"{meta_path}: unexpected layout (Pagefind's format changed?)")
    filters = []
    for name, old_hash in meta[3]:
        old_path = bundle / "filter" / f"{old_hash}.pf_filter"
        name_, values = read_cbor(old_path)
        values = sorted([value, sorted(pages)] for value, pages in values)
        data = encode([name_, values])
        new_hash = content_hash(lang, data, 12)
        old_path.unlink()
        (bundle / "filter" / f"{new_hash}.pf_filter").write_bytes(data)
        filters.append([name, new_hash])
    meta[3] = sorted(filters)
    data = encode(meta)
    new_meta_hash = content_hash(lang, data, 10)
    meta_path.unlink()
    (bundle / f"pagefind.{new_meta_hash}.pf_meta").write_bytes(data)
    return new_meta_hash
