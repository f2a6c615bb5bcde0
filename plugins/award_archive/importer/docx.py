"""Word forms (.docx) into rows: paragraphs before the table, the table's rows (a merged
cell counted once), paragraphs after it."""

from __future__ import annotations

import io
import zipfile

from .rows import FormError, Row

MAX_XML_BYTES = 40 * 1024 * 1024  # the unpacked document; guards against zip bombs


def docx_rows(data: bytes) -> list[Row]:
    try:
        import docx  # python-docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as e:  # pragma: no cover - a declared dependency
        raise FormError("python-docx is not installed; install the project with pip install -e .") from e
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = z.namelist()
            if "word/document.xml" not in names:
                if "content.xml" in names:
                    raise FormError("is an OpenDocument (.odt) file; open it in Word or WPS and save it as .docx")
                raise FormError("is a zip file but not a Word .docx document")
            if sum(i.file_size for i in z.infolist()) > MAX_XML_BYTES * 4:
                raise FormError("unpacks to more than 160 MB; a nomination form is far smaller")
            if z.getinfo("word/document.xml").file_size > MAX_XML_BYTES:
                raise FormError("its text is over 40 MB unpacked; a nomination form is far smaller")
        document = docx.Document(io.BytesIO(data))
    except FormError:
        raise
    except Exception as e:  # python-docx and lxml raise many kinds on damaged files
        raise FormError(f"cannot be read as a Word .docx file ({type(e).__name__}); open it in Word or WPS and save it again as .docx") from None
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
