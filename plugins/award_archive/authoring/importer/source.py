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

MAX_TEXT_BYTES = 4 * 1024 * 1024  # an entry's own limit: the work must fit in one entry
MAX_DOCX_BYTES = 30 * 1024 * 1024  # a Word form may hold photos

_NOT_FORMS = (
    (
        b"%PDF",
        "is a PDF file; open the form in Word or WPS and save it as .docx, or copy its text into a .txt file",
    ),
    (
        b"\xd0\xcf\x11\xe0",
        "is an old Word .doc (or .wps/.xls) file; open it in Word or WPS and save it as .docx",
    ),
    (b"{\\rtf", "is an RTF file; open it in Word or WPS and save it as .docx"),
    (b"\x89PNG", "is a PNG image, not a form; type or copy the form's text into a .txt file"),
    (b"\xff\xd8\xff", "is a JPEG image, not a form; type or copy the form's text into a .txt file"),
    (b"GIF8", "is a GIF image, not a form"),
    (b"Rar!", "is a RAR archive; unpack it and import the forms inside"),
    (b"7z\xbc\xaf", "is a 7-Zip archive; unpack it and import the forms inside"),
)


def read_form(path: Path) -> Source:
    try:
        if path.is_dir():
            raise FormError("is a folder; name the form files themselves")
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # reading a pipe or a device could wait for ever
            raise FormError(
                "is not a regular file (a pipe or a device); save the form as a file and name that"
            )
        size = info.st_size
        if size == 0:
            raise FormError("is empty")
        with path.open("rb") as fh:
            head = fh.read(8)
            is_zip = head.startswith(b"PK\x03\x04")
            limit = MAX_DOCX_BYTES if is_zip else MAX_TEXT_BYTES
            if size > limit:
                raise FormError(
                    f"is {size / 1024 / 1024:.1f} MB, over the {limit // 1024 // 1024} MB limit for one form; "
                    "is it the right file?"
                )
            data = head + fh.read()
    except OSError as e:
        raise FormError(f"cannot be read ({e.strerror or e})") from None
    suffix = path.suffix.lower()
    if suffix in files.SPREADSHEETS:
        return files.spreadsheet_rows(path)
    if suffix in (".csv", ".tsv"):
        return files.csv_rows(data)
    if data.startswith(b"%PDF"):
        return files.pdf_rows(path)
    if suffix in files.IMAGES or data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        raise FormError("is an image (a scan or a photo): it needs OCR before it can be imported")
    for magic, message in _NOT_FORMS:
        if data.startswith(magic):
            raise FormError(message)
    if is_zip:
        notes = (
            []
            if path.suffix.lower() == ".docx"
            else [f"read as a Word .docx file (its name ends in {path.suffix or 'nothing'})"]
        )
        return Source(docx_rows(data), notes)
    text, notes = decode_text(data)
    if not text.strip():
        raise FormError("holds no text")
    if _looks_like_html(text):
        text = html_to_text(text)
        notes.append("read as a web page (HTML): its table cells became | cells")
    return Source(text_rows(text), notes)


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or GBK/GB18030 (noted)."""
    notes: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise FormError(
                "starts like UTF-16 text but cannot be decoded; save it as UTF-8"
            ) from None
        notes.append("converted from UTF-16")
    else:
        if b"\x00" in data[:8192]:
            raise FormError(
                "is not a text file (it holds binary data); save the form as .docx or UTF-8 .txt"
            )
        text, converted = utf8_or_gbk(data, "save it as UTF-8 (另存为 → 编码 UTF-8)")
        notes.extend(converted)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\t\f\v")
    if controls > 8:
        raise FormError(
            "is not a text file (it holds control characters); save the form as .docx or UTF-8 .txt"
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
