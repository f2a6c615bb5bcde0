"""The files people really have, read into rows: spreadsheets (.xlsx/.xls/.ods via
python-calamine), .csv (UTF-8 or GBK), PDF with a text layer (pdfplumber, tables kept),
Word 97 .doc (converted to .docx by LibreOffice, one run per batch). A scanned PDF or an
image gets one line: it needs OCR."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from award_archive.authoring.importer.rows import FormError, Row, Source, utf8_or_gbk
from award_archive.contract.i18n import N_, _

SPREADSHEETS = (".xlsx", ".xls", ".ods", ".xlsm")
IMAGES = (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".bmp", ".webp")
MAX_SHEET_BYTES = 30 * 1024 * 1024
LIBREOFFICE = N_("the LibreOffice converter (Debian: apt-get install libreoffice-writer-nogui)")


def _cells_rows(table: Sequence[Sequence[str | None]]) -> list[Row]:
    rows = []
    for n, raw in enumerate(table, 1):
        cells = [" ".join(str(c).split()) if c is not None else "" for c in raw]
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            rows.append(Row(cells, True, n))
    return rows


def spreadsheet_rows(path: Path) -> Source:
    """Every sheet's rows, as a table's rows."""
    if path.stat().st_size > MAX_SHEET_BYTES:
        raise FormError(
            _("is over the {n} MB limit for one spreadsheet").format(
                n=MAX_SHEET_BYTES // 1024 // 1024
            )
        )
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # pragma: no cover - a dependency of the package
        raise FormError(
            _("needs python-calamine to read spreadsheets (pip install python-calamine)")
        ) from None
    try:
        book = CalamineWorkbook.from_path(str(path))
        table: list[list[str]] = []
        for name in book.sheet_names:
            for row in book.get_sheet_by_name(name).to_python(skip_empty_area=True):
                table.append([_cell_text(c) for c in row])
    except Exception as e:  # noqa: BLE001 - calamine raises its own error types
        raise FormError(
            _("cannot be read as a spreadsheet ({error}); is it damaged?").format(
                error=f"{type(e).__name__}: {e}"
            )
        ) from None
    note = _("read as a spreadsheet ({suffix})").format(suffix=path.suffix.lower())
    return Source(_cells_rows(table), [note])


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return str(value.isoformat())[:10]
    return "" if value is None else str(value)


def csv_rows(data: bytes) -> Source:
    text, notes = utf8_or_gbk(data, _("save it as CSV UTF-8"))
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    table = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    return Source(_cells_rows(table), [_("read as a CSV table"), *notes])


def pdf_rows(path: Path) -> Source:
    """The tables of a PDF's text layer as rows, the rest as lines; no text: needs OCR."""
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a dependency of the package
        raise FormError(_("needs pdfplumber to read PDF files (pip install pdfplumber)")) from None
    rows: list[Row] = []
    try:
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                tables = page.find_tables()
                for table in tables:
                    rows.extend(_cells_rows(table.extract()))
                rest = page
                for table in tables:
                    rest = rest.outside_bbox(table.bbox)
                for line in (rest.extract_text() or "").split("\n"):
                    if line.strip():
                        rows.append(Row([line.strip()], False, len(rows) + 1))
    except Exception as e:  # noqa: BLE001 - pdfminer raises many error types
        raise FormError(
            _("cannot be read as a PDF ({error}); is it damaged?").format(
                error=f"{type(e).__name__}: {e}"
            )
        ) from None
    if not rows:
        raise FormError(
            _("is a PDF without a text layer (a scan): it needs OCR before it can be imported")
        )
    return Source(rows, [_("read as a PDF's text layer")])


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_docs(paths: list[Path], workdir: Path) -> dict[Path, Path | str]:
    """Every .doc in one LibreOffice run → its .docx in `workdir`, or why it failed."""
    docs = [p for p in paths if p.suffix.lower() in (".doc", ".wps", ".rtf")]
    if not docs:
        return {}
    program = soffice()
    if program is None:
        missing = _("is a Word 97 .doc file; to import it install {program}, or save it as .docx")
        return {p: missing.format(program=_(LIBREOFFICE)) for p in docs}
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-", dir=workdir))
    command = [
        program,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "docx",
        "--outdir",
        str(workdir),
        *[str(p) for p in docs],
    ]
    try:
        subprocess.run(command, capture_output=True, timeout=60 + 10 * len(docs), check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        return {p: _("LibreOffice could not convert it ({error})").format(error=e) for p in docs}
    out: dict[Path, Path | str] = {}
    for p in docs:
        target = workdir / (p.stem + ".docx")
        out[p] = (
            target
            if target.is_file()
            else _("LibreOffice could not convert it; is it a damaged .doc?")
        )
    return out


def rows_as_text(rows: list[Row]) -> str:
    """Rows as the list reader reads text: table cells joined by ` | `."""
    lines = []
    for row in rows:
        cells = [c.replace("\n", " ") for c in row.cells]
        lines.append(" | ".join(cells) + (" |" if row.table and len(cells) > 1 else ""))
    return "\n".join(lines)
