"""Word forms (.docx) into rows: paragraphs before the table, the table's rows (a merged
cell counted once), paragraphs after it."""

from __future__ import annotations

import io
import zipfile

from award_archive.authoring.importer.rows import FormError, Row
from award_archive.contract.i18n import N_, _

# Caps on what is inflated, counted while inflating: a zip's headers can lie about sizes.
MAX_MEMBERS = 1000  # a Word file holds a few dozen parts (one more per photo)
MAX_XML_BYTES = 16 * 1024 * 1024  # all XML parts together, unpacked
MAX_XML_TOKENS = 300_000  # '<', '=' and '&' in them: what the parsed tree costs (~0.5 KB each)
_CHUNK = 1024 * 1024
_TOO_BIG = N_("a nomination form is far smaller (save the form again, or import its text as .txt)")
_SAVE_AGAIN = N_("open it in Word or WPS and save it again as .docx")


def _advised(problem: str, advice: str) -> str:
    """`problem; advice` in English, `problem；advice` in Chinese."""
    return _("{problem}; {advice}").format(problem=problem, advice=_(advice))


def docx_rows(data: bytes) -> list[Row]:
    try:
        import docx  # python-docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as e:  # pragma: no cover - a declared dependency
        raise FormError(
            _("python-docx is not installed; install the project with pip install -e .")
        ) from e
    try:
        document = docx.Document(io.BytesIO(_capped_package(data)))
    except FormError:
        raise
    except zipfile.BadZipFile:
        broken = _("is a damaged .docx (its zip structure is broken)")
        raise FormError(_advised(broken, _SAVE_AGAIN)) from None
    except Exception as e:  # python-docx and lxml raise many kinds on damaged files
        unread = _("cannot be read as a Word .docx file ({error})").format(error=type(e).__name__)
        raise FormError(_advised(unread, _SAVE_AGAIN)) from None
    rows: list[Row] = []
    number = 0
    tables = 0
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            number += 1
            text = Paragraph(child, document).text.strip()
            if text:
                rows.append(Row([text], False, number))
        elif tag == "tbl":
            tables += 1
            rows.extend(_table_rows(Table(child, document), number))
            number += 1
    if not tables:
        rows = [r for r in rows if r.cells]
    return rows


def _capped_package(data: bytes) -> bytes:
    """The .docx again, for python-docx: its XML parts inflated here chunk by chunk and
    refused past the caps (whatever the headers claim), its other parts (photos, fonts:
    never read) left empty. So no part is inflated in one piece, and the parsed tree stays
    small: the importer's peak memory stays far below 300 MB for any file."""
    if data.count(b"PK\x01\x02") > MAX_MEMBERS:  # central directory entries, before parsing them
        raise FormError(_("is a zip of more than {n} files, not a Word form").format(n=MAX_MEMBERS))
    parts: dict[str, bytes] = {}
    size = tokens = 0
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        if "word/document.xml" not in names:
            if "content.xml" in names:
                raise FormError(
                    _("is an OpenDocument (.odt) file; open it in Word or WPS and save it as .docx")
                )
            raise FormError(_("is a zip file but not a Word .docx document"))
        for info in z.infolist():
            if info.is_dir():
                continue
            if not info.filename.lower().endswith((".xml", ".rels")):
                parts[info.filename] = b""
                continue
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                # bzip2 and LZMA inflate a whole read at once; Word never writes them
                raise FormError(
                    _advised(_("is compressed in a way Word does not use"), _SAVE_AGAIN)
                )
            chunks: list[bytes] = []
            with z.open(info) as member:
                while chunk := member.read(_CHUNK):
                    size += len(chunk)
                    if size > MAX_XML_BYTES:
                        limit = MAX_XML_BYTES // 1024 // 1024
                        big = _("unpacks to more than {n} MB of text").format(n=limit)
                        raise FormError(_advised(big, _TOO_BIG))
                    tokens += chunk.count(b"<") + chunk.count(b"=") + chunk.count(b"&")
                    if tokens > MAX_XML_TOKENS:
                        big = _("holds more than {n} XML elements and attributes").format(
                            n=f"{MAX_XML_TOKENS:,}"
                        )
                        raise FormError(_advised(big, _TOO_BIG))
                    chunks.append(chunk)
            parts[info.filename] = b"".join(chunks)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for name, blob in parts.items():
            z.writestr(name, blob)
    return out.getvalue()


def _table_rows(table, base: int) -> list[Row]:
    rows: list[Row] = []
    seen: set = set()
    for r, row in enumerate(table.rows, start=1):
        cells: list[str] = []
        for cell in row.cells:
            tc = cell._tc
            if tc in seen:
                continue  # a merged cell repeats across the columns and rows it spans
            seen.add(tc)
            text = "\n".join(p.text for p in cell.paragraphs).strip()
            for nested in cell.tables:
                for nested_row in _table_rows(nested, base):
                    text += "\n" + " ".join(nested_row.cells)
            if text and not (cells and cells[-1] == text):
                cells.append(text)
        if cells:
            rows.append(Row(cells, True, base + r))
    return rows
