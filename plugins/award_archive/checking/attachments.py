"""Which files an entry may attach, and what they must look like inside.

The site copies attachments byte for byte and serves them from its own origin, so an
attachment must never become a page (MkDocs renders any `.md`/`.markdown` it is given)
or a document a browser runs there (`.html`, `.svg`, `.xml`, `.js` …). Only the types
archives hold are allowed, by extension (case-insensitive), and a file's first bytes
must be those of its type: a `.png` that is really HTML is refused, so whatever a server
or a browser guesses from the content, it finds no markup. A `.txt` is served as it is
(as text/plain, which browsers do not sniff into HTML) and is refused when it begins
like markup (`<` as its first visible character), in case a server sends no type.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from pathlib import Path

from award_archive.contract.i18n import N_, _, quoted

# Extension -> what it is, for messages. Order: as listed to the contributor.
ALLOWED: dict[str, str] = {
    ".pdf": N_("a PDF document"),
    ".png": N_("a PNG image"),
    ".jpg": N_("a JPEG image"),
    ".jpeg": N_("a JPEG image"),
    ".gif": N_("a GIF image"),
    ".webp": N_("a WebP image"),
    ".mp3": N_("an MP3 audio file"),
    ".m4a": N_("an M4A audio file"),
    ".wav": N_("a WAV audio file"),
    ".ogg": N_("an Ogg audio file"),
    ".aac": N_("an AAC audio file"),
    ".flac": N_("a FLAC audio file"),
    ".mp4": N_("an MP4 video"),
    ".webm": N_("a WebM video"),
    ".mov": N_("a QuickTime video"),
    ".m4v": N_("an M4V video"),
    ".docx": N_("a Word document"),
    ".doc": N_("a Word document"),
    ".xlsx": N_("an Excel workbook"),
    ".xls": N_("an Excel workbook"),
    ".txt": N_("a text file"),
}
ALLOWED_LIST = ", ".join(ALLOWED)
HEAD_BYTES = 64  # enough for every signature below

_MARKDOWN = N_("Markdown would become a page: put the text in the entry's body, or attach a PDF")
# What to do instead, for types people will try.
_INSTEAD = {
    **dict.fromkeys((".md", ".markdown", ".mdown", ".mkdn", ".mkd"), _MARKDOWN),  # MkDocs' list
    ".html": N_("a web page would run on the site: save it as PDF"),
    ".htm": N_("a web page would run on the site: save it as PDF"),
    ".svg": N_("SVG can carry scripts: export it as PNG"),
}

_ISO_BOX = {b"ftyp", b"moov", b"mdat", b"free", b"wide", b"skip", b"pnot"}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _mp3(h: bytes) -> bool:
    return h.startswith(b"ID3") or (len(h) > 1 and h[0] == 0xFF and h[1] & 0xE0 == 0xE0)


def _aac(h: bytes) -> bool:
    return h.startswith((b"ID3", b"ADIF")) or (len(h) > 1 and h[0] == 0xFF and h[1] & 0xF6 == 0xF0)


def _iso(h: bytes) -> bool:  # MP4, M4A, M4V, MOV: a box type at bytes 4..8
    return h[4:8] in _ISO_BOX


def _riff(kind: bytes) -> Callable[[bytes], bool]:
    return lambda h: h.startswith(b"RIFF") and h[8:12] == kind


def _starts(*magic: bytes) -> Callable[[bytes], bool]:
    return lambda h: h.startswith(magic)


def _text(h: bytes) -> bool:
    return not looks_like_markup(h)


_SIGNATURE: dict[str, Callable[[bytes], bool]] = {
    ".pdf": _starts(b"%PDF-"),
    ".png": _starts(b"\x89PNG\r\n\x1a\n"),
    ".jpg": _starts(b"\xff\xd8\xff"),
    ".jpeg": _starts(b"\xff\xd8\xff"),
    ".gif": _starts(b"GIF87a", b"GIF89a"),
    ".webp": _riff(b"WEBP"),
    ".mp3": _mp3,
    ".m4a": _iso,
    ".wav": _riff(b"WAVE"),
    ".ogg": _starts(b"OggS"),
    ".aac": _aac,
    ".flac": _starts(b"fLaC", b"ID3"),
    ".mp4": _iso,
    ".webm": _starts(b"\x1a\x45\xdf\xa3"),
    ".mov": _iso,
    ".m4v": _iso,
    ".docx": _starts(b"PK\x03\x04"),
    ".doc": _starts(_OLE, b"{\\rtf"),  # Word also saves RTF under .doc
    ".xlsx": _starts(b"PK\x03\x04"),
    ".xls": _starts(_OLE),
    ".txt": _text,
}
assert set(_SIGNATURE) == set(ALLOWED)

_LEADING = re.compile(rb"^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)?[\x00\t\n\x0c\r ]*")


def looks_like_markup(head: bytes) -> bool:
    """True when the first visible character is `<` (HTML, XML, SVG), in UTF-8 or UTF-16."""
    rest = _LEADING.sub(b"", head, count=1).replace(b"\x00", b"")
    return rest.startswith(b"<")


def extension(path: str) -> str:
    """'.pdf' for 'x/Scan.PDF'; '' for 'README' and 'form.'."""
    ext = posixpath.splitext(path)[1].lower()
    return "" if ext == "." else ext


def is_allowed(path: str) -> bool:
    """The site may publish a file of this name (the content is checked separately)."""
    return extension(path) in ALLOWED


def publishable(src: Path, path: str) -> bool:
    """A regular file of an allowed type whose first bytes fit it: what the site copies."""
    if not is_allowed(path) or not src.is_file():
        return False
    try:
        with src.open("rb") as f:
            head = f.read(HEAD_BYTES)
    except OSError:
        return False
    return content_problem(path, path, head) is None


def type_problem(path: str, shown: str) -> str | None:
    """What is wrong with the file's type, judged by its name; None when it is allowed."""
    ext = extension(path)
    if ext in ALLOWED:
        return None
    what = (
        _("is a {ext} file, which the site does not publish").format(ext=ext)
        if ext
        else _("has no file extension")
    )
    instead = _(" ({what})").format(what=_(_INSTEAD[ext])) if ext in _INSTEAD else ""
    return _("{file} {what}{instead}; allowed types are {types}").format(
        file=quoted(shown), what=what, instead=instead, types=ALLOWED_LIST
    )


def content_problem(path: str, shown: str, head: bytes) -> str | None:
    """What is wrong with the file's first bytes for its type; None when they fit."""
    ext = extension(path)
    if not head:
        return _("{file} is empty; add the real file or remove it from the list").format(
            file=quoted(shown)
        )
    if _SIGNATURE[ext](head):
        return None
    if ext == ".txt":
        return _(
            "{file} begins like HTML or XML, which a browser could run; attach it as PDF"
        ).format(file=quoted(shown))
    if looks_like_markup(head):
        why = _("it begins like HTML or XML")
    else:
        why = _("its first bytes are not those of a {ext} file").format(ext=ext)
    return _(
        "{file} is not {what}: {why}; save it again as {ext} or give it its real extension"
    ).format(file=quoted(shown), what=_(ALLOWED[ext]), why=why, ext=ext)
