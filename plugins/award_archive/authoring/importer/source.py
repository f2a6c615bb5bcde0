"""Opening a form file: tell what it really is from its bytes, decode it, refuse garbage
with one line that says what to do."""

from __future__ import annotations

import codecs
import html
import re
import stat
from pathlib import Path

from award_archive.authoring.importer import files
from award_archive.authoring.importer.docx import docx_rows
from award_archive.authoring.importer.rows import FormError, Source, utf8_or_gbk
from award_archive.authoring.importer.text import text_rows
from award_archive.contract.i18n import N_, _, os_reason

MAX_TEXT_BYTES = 4 * 1024 * 1024  # an entry's own limit: the work must fit in one entry
MAX_DOCX_BYTES = 30 * 1024 * 1024  # a Word form may hold photos

_NOT_FORMS = (
    (
        b"%PDF",
        N_(
            "is a PDF file; open the form in Word or WPS and save it as .docx, "
            "or copy its text into a .txt file"
        ),
    ),
    (
        b"\xd0\xcf\x11\xe0",
        N_("is an old Word .doc (or .wps/.xls) file; open it in Word or WPS and save it as .docx"),
    ),
    (b"{\\rtf", N_("is an RTF file; open it in Word or WPS and save it as .docx")),
    (b"\x89PNG", N_("is a PNG image, not a form; type or copy the form's text into a .txt file")),
    (
        b"\xff\xd8\xff",
        N_("is a JPEG image, not a form; type or copy the form's text into a .txt file"),
    ),
    (b"GIF8", N_("is a GIF image, not a form")),
    (b"Rar!", N_("is a RAR archive; unpack it and import the forms inside")),
    (b"7z\xbc\xaf", N_("is a 7-Zip archive; unpack it and import the forms inside")),
)


def _file_bytes(path: Path) -> tuple[bytes, bool]:
    """The file's bytes and whether it is a zip (a .docx), or FormError: not a file, empty,
    too big, unreadable."""
    try:
        if path.is_dir():
            raise FormError(_("is a folder; name the form files themselves"))
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # reading a pipe or a device could wait for ever
            raise FormError(
                _(
                    "is not a regular file (a pipe or a device); "
                    "save the form as a file and name that"
                )
            )
        size = info.st_size
        if size == 0:
            raise FormError(_("is empty"))
        with path.open("rb") as fh:
            head = fh.read(8)
            is_zip = head.startswith(b"PK\x03\x04")
            limit = MAX_DOCX_BYTES if is_zip else MAX_TEXT_BYTES
            if size > limit:
                raise FormError(
                    _(
                        "is {size} MB, over the {limit} MB limit for one form; "
                        "is it the right file?"
                    ).format(size=f"{size / 1024 / 1024:.1f}", limit=limit // 1024 // 1024)
                )
            data = head + fh.read()
    except OSError as e:
        raise FormError(_("cannot be read ({reason})").format(reason=os_reason(e))) from None
    return data, is_zip


def read_form(path: Path) -> Source:
    data, is_zip = _file_bytes(path)
    suffix = path.suffix.lower()
    if suffix in files.SPREADSHEETS:
        return files.spreadsheet_rows(path)
    if suffix in (".csv", ".tsv"):
        return files.csv_rows(data)
    if data.startswith(b"%PDF"):
        return files.pdf_rows(path)
    if suffix in files.IMAGES or data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        raise FormError(
            _("is an image (a scan or a photo): it needs OCR before it can be imported")
        )
    for magic, message in _NOT_FORMS:
        if data.startswith(magic):
            raise FormError(_(message))
    if is_zip:
        notes = (
            []
            if path.suffix.lower() == ".docx"
            else [
                _("read as a Word .docx file (its name ends in {suffix})").format(
                    suffix=path.suffix or _("nothing")
                )
            ]
        )
        return Source(docx_rows(data), notes)
    text, notes = decode_text(data)
    if not text.strip():
        raise FormError(_("holds no text"))
    if _looks_like_html(text):
        text = html_to_text(text)
        notes.append(_("read as a web page (HTML): its table cells became | cells"))
    return Source(text_rows(text), notes)


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or GBK/GB18030 (noted)."""
    notes: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise FormError(
                _("starts like UTF-16 text but cannot be decoded; save it as UTF-8")
            ) from None
        notes.append(_("converted from UTF-16"))
    else:
        if b"\x00" in data[:8192]:
            raise FormError(
                _("is not a text file (it holds binary data); save the form as .docx or UTF-8 .txt")
            )
        text, converted = utf8_or_gbk(data, _("save it as UTF-8 (另存为 → 编码 UTF-8)"))
        notes.extend(converted)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\t\f\v")
    if controls > 8:
        raise FormError(
            _(
                "is not a text file (it holds control characters); "
                "save the form as .docx or UTF-8 .txt"
            )
        )
    return text, notes


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return (
        head.startswith("<")
        and ("<html" in head or "<table" in text.lower())
        and "</td>" in text.lower()
    )


def html_to_text(text: str) -> str:
    """A form saved as a web page: cells to `|` cells, rows and paragraphs to lines."""
    text = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", text)
    text = re.sub(r"(?i)</t[dh]\s*>", " | ", text)
    text = re.sub(r"(?i)<br\s*/?>|</(?:tr|p|div|h[1-6]|li)\s*>", "\n", text)
    text = re.sub(r"<[^>]*>", "", text)
    return html.unescape(text)
