"""The files people really have: .xlsx/.xls/.ods, .csv (UTF-8, GBK), Word 97 .doc, PDF with a
text layer, scans and images (needs OCR), folders and globs. The tests make their own
files: spreadsheets, .doc and .pdf with LibreOffice (skipped, with the reason, without it),
scans with Pillow."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from cli_helpers import Run, empty_archive
from cli_helpers import awards as run_awards
from golden_support import golden_form

from award_archive.checking.read import read_entry_file

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
_no_libreoffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (Debian: libreoffice-writer-nogui) is not installed"
)


def needs_libreoffice(test):
    """Skipped without LibreOffice; `-m "not libreoffice"` leaves these out."""
    return pytest.mark.libreoffice(_no_libreoffice(test))


HEADER = ["序号", "作品标题", "作者", "刊播单位", "体裁", "等次"]
ROWS = [
    ["1", "春耕时节访农家", "颜 兵 阳 华", "四川日报", "消息", "一等奖"],
    ["2", "守护一江清水", "程良华", "四川广播电视台", "通讯", "二等奖"],
    ["3", "山村里的图书馆", "集 体", "成都商报", "评论", "三等奖"],
]
FORM = golden_form("real-pipe-table").read_text(encoding="utf-8")


def awards(root: Path, *args: str) -> Run:
    return run_awards(
        "--root",
        str(root),
        "--lang",
        "en",
        "import",
        *args,
        "--award",
        "测试奖",
        "--edition",
        "3",
        cwd=root,
    )


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return empty_archive(tmp_path)


def _csv(path: Path, encoding: str = "utf-8") -> Path:
    lines = ["第三届测试奖获奖名单", ",".join(HEADER), *(",".join(r) for r in ROWS)]
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def _list_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("第三届测试奖获奖名单")
    table = document.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for r, cells in enumerate([HEADER, *ROWS]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.save(str(path))
    return path


def _html_table(path: Path, heading: str, rows: list[list[str]], after: str = "") -> Path:
    """A web page with a bordered table: what LibreOffice turns into .doc and .pdf tables."""
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    paras = "".join(f"<p>{line}</p>" for line in after.splitlines() if line.strip())
    path.write_text(
        f'<html><body><p>{heading}</p><table border="1">{cells}</table>{paras}</body></html>',
        encoding="utf-8",
    )
    return path


def _form_html(path: Path) -> Path:
    lines = FORM.splitlines()
    table = [
        [c.strip() for c in line.strip().strip("|").split("|") if c.strip()] for line in lines[3:11]
    ]
    return _html_table(path, lines[1] + lines[2], table, "\n".join(lines[12:]))


def _xlsx(path: Path) -> Path:
    """A minimal .xlsx by hand (inline strings): python-calamine reads, it does not write."""
    import zipfile

    def cell(ref: str, text: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

    rows = [["第三届测试奖获奖名单"], HEADER, *ROWS]
    xml_rows = "".join(
        f'<row r="{r}">'
        + "".join(cell(f"{chr(65 + c)}{r}", t) for c, t in enumerate(row))
        + "</row>"
        for r, row in enumerate(rows, 1)
    )
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            (
                '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.rela'
                'tionships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" ContentType="application/'
                "vnd.openxmlformats-officedocument."
                'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" '
                "ContentType="
                '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
            ),
        )
        z.writestr(
            "_rels/.rels",
            (
                '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                f'relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/'
                'workbook.xml"/>'
                "</Relationships>"
            ),
        )
        z.writestr(
            "xl/workbook.xml",
            (
                f'<?xml version="1.0"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                '<sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>'
            ),
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            (
                '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                f'relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/'
                'sheet1.xml"/>'
                "</Relationships>"
            ),
        )
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0"?><worksheet xmlns="{main}"><sheetData>{xml_rows}</sheetData></'
            "worksheet>",
        )
    return path


def _ods(path: Path) -> Path:
    """A minimal OpenDocument spreadsheet by hand."""
    import zipfile

    rows = [["第三届测试奖获奖名单"], HEADER, *ROWS]
    table_rows = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{t}</text:p></table:table-cell>'
            for t in row
        )
        + "</table:table-row>"
        for row in rows
    )
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        z.writestr(
            "META-INF/manifest.xml",
            (
                '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                "opendocument:xmlns:"
                'manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:'
                'media-type="application/'
                'vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:'
                'full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>'
            ),
        )
        z.writestr(
            "content.xml",
            (
                f'<?xml version="1.0"?><office:document-content {ns} office:version="1.2"><office:'
                "body>"
                f'<office:spreadsheet><table:table table:name="名单">{table_rows}</table:table>'
                "</office:spreadsheet></office:body></office:document-content>"
            ),
        )
    return path


def _convert(sources: list[Path], target: str, out: Path) -> None:
    """One LibreOffice run for every source (a private profile: tests may run in parallel)."""
    profile = out / f".lo-{target.split(':')[0]}"
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Spreadsheets from a CSV, .doc and .pdf from .docx, made by LibreOffice."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (Debian: libreoffice-writer-nogui) is not installed")
    out = tmp_path_factory.mktemp("made")
    listed = _html_table(out / "list.html", "第三届测试奖获奖名单", [HEADER, *ROWS])
    _convert([listed, _form_html(out / "form.html")], "doc:MS Word 97", out)
    _convert([listed], "pdf:writer_web_pdf_Export", out)
    try:  # .xls needs LibreOffice Calc, which Debian's libreoffice-writer-nogui leaves out
        _convert([_xlsx(out / "book.xlsx")], "xls:MS Excel 97", out)
    except subprocess.CalledProcessError:
        pass
    return out


def _titles(root: Path) -> set[str]:
    return {str(read_entry_file(p, root).data["title"]) for p in (root / "entries").glob("*.md")}


def _check_list(root: Path, result: Run) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    assert "read as a list" in result.stdout
    assert _titles(root) == {"春耕时节访农家", "守护一江清水", "山村里的图书馆"}
    by_title = {
        d["title"]: d
        for d in (read_entry_file(p, root).data for p in (root / "entries").glob("*.md"))
    }
    assert by_title["春耕时节访农家"]["authors"] == ["颜兵", "阳华"]
    assert (
        by_title["守护一江清水"]["outlet"] == "四川广播电视台"
        and by_title["守护一江清水"]["prize"] == "二等奖"
    )


@pytest.mark.parametrize("make", [_xlsx, _ods])
def test_spreadsheets_xlsx_and_ods(root: Path, tmp_path: Path, make):
    path = make(tmp_path / ("list.xlsx" if make is _xlsx else "list.ods"))
    result = awards(root, str(path))
    _check_list(root, result)
    assert "read as a spreadsheet" in result.stdout


@needs_libreoffice
def test_spreadsheet_xls(root: Path, made: Path):
    if not (made / "book.xls").is_file():
        pytest.skip(
            "LibreOffice Calc (Debian: libreoffice-calc) is not installed: no .xls can be made"
        )
    result = awards(root, str(made / "book.xls"))
    _check_list(root, result)


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_csv_utf8_and_gbk(root: Path, tmp_path: Path, encoding: str):
    result = awards(root, str(_csv(tmp_path / "list.csv", encoding)))
    _check_list(root, result)
    assert ("converted from GBK" in result.stdout) == (encoding == "gbk")


def test_word_table_list(root: Path, tmp_path: Path):
    _check_list(root, awards(root, str(_list_docx(tmp_path / "list.docx"))))


@needs_libreoffice
def test_pdf_with_a_text_layer(root: Path, made: Path):
    result = awards(root, str(made / "list.pdf"))
    _check_list(root, result)
    assert "read as a PDF's text layer" in result.stdout


def _counting_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A `soffice` first on PATH that logs each start, then runs the real one."""
    real = shutil.which("soffice") or shutil.which("libreoffice")
    assert real is not None
    shim, log = tmp_path / "shim", tmp_path / "starts.log"
    shim.mkdir()
    (shim / "soffice").write_text(f'#!/bin/sh\necho start >> "{log}"\nexec "{real}" "$@"\n')
    (shim / "soffice").chmod(0o755)
    monkeypatch.setenv("PATH", f"{shim}{os.pathsep}{os.environ['PATH']}")
    return log


@needs_libreoffice
def test_word_97_files_converted_in_one_run(
    root: Path, made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(made / "list.doc", docs / "list.doc")
    shutil.copy(made / "form.doc", docs / "form.doc")
    starts = _counting_soffice(tmp_path, monkeypatch)
    result = awards(root, str(docs))
    assert result.returncode == 0, result.stdout + result.stderr
    assert starts.read_text().splitlines() == ["start"]  # one LibreOffice for both files
    assert result.stdout.count("converted from Word 97 .doc to .docx by LibreOffice") == 2
    assert (
        "川渝两地关工委召开工作座谈会并签订合作协议——服务成渝地区双城经济圈建设 "
        "共促关爱事业高质量发展" in _titles(root)
    )
    assert len(_titles(root)) == 4
    summary = result.stdout.split("\nfile ")[1].splitlines()
    assert len(summary) == 3 and "list" in summary[2] and "form" in summary[1]


def test_doc_without_libreoffice_says_what_to_install(root: Path, tmp_path: Path, monkeypatch):
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    result = awards(root, str(doc))
    assert result.returncode == 1
    assert f"{doc}: failed: is a Word 97 .doc file; to import it install" in result.stdout
    assert "libreoffice-writer-nogui" in result.stdout


def test_scanned_pdf_and_image_need_ocr(root: Path, tmp_path: Path):
    from PIL import Image

    image = Image.new("RGB", (200, 100), "white")
    image.save(tmp_path / "scan.pdf")
    image.save(tmp_path / "photo.png")
    result = awards(root, str(tmp_path / "scan.pdf"), str(tmp_path / "photo.png"))
    assert result.returncode == 1
    lines = result.stdout.split("\n\nfile ")[0].splitlines()
    assert lines == [
        f"{tmp_path / 'scan.pdf'}: failed: is a PDF without a text layer (a scan): it needs OCR "
        "before it can be imported",
        f"{tmp_path / 'photo.png'}: failed: is an image (a scan or a photo): it needs OCR before "
        "it can be imported",
    ]


def test_a_quoted_glob_and_a_folder(root: Path, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    _csv(folder / "a.csv")
    (folder / "b.txt").write_text(FORM, encoding="utf-8")
    (folder / "notes.bin").write_bytes(b"\0\1")
    result = awards(root, str(folder / "*.csv"))
    assert result.returncode == 0 and len(_titles(root)) == 3
    for p in (root / "entries").glob("*.md"):
        os.remove(p)
    result = awards(root, str(folder))
    assert result.returncode == 0, result.stdout
    assert len(_titles(root)) == 4 and "notes.bin" not in result.stdout
