"""Many files through `awards import`: `python benchmarks/import_bench.py [FORMS] [ROWS]`.

Prints, for FORMS generated forms (half Word .docx tables, half `|` text; default 300) and a
ROWS-row winner list (default 1,000) as .csv and as .xlsx: wall and CPU seconds, files or
rows per second, the peak Python memory
(tracemalloc) and the process's peak RSS (getrusage). The baseline, in the same run, is
reading the same files only (`read_form`: bytes to rows, no labels, no entries), so the
ratio says what the importer itself costs on this machine.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from award_archive.authoring.importer.core import Options, import_files
from award_archive.authoring.importer.source import read_form

ROWS = [
    ("作品标题", "第{i}篇：川渝两地关工委召开工作座谈会"),
    ("参评项目", "消息"),
    ("作者（主创人员）", "李怡霏、张三{i}"),
    ("编辑", "王五"),
    ("刊播单位", "《关爱明天》杂志"),
    ("首发日期", "2023年7月{day}日"),
    ("作品字数", "1200字"),
    ("作品评介", "文章以翔实的事实记录了两地合作的进程，" * 8),
    ("采编过程", "记者全程参加座谈会，采访了两地关工委负责同志。" * 6),
    ("社会效果", "文章刊登后，全省各级关工委组织明确了交流合作的意义。" * 6),
]
HEADING = "第十届四川宣传关心下一代新闻佳作\n参评作品推荐表"


def _values(i: int) -> list[tuple[str, str]]:
    return [(label, value.format(i=i, day=1 + i % 28)) for label, value in ROWS]


def _text_form(path: Path, i: int) -> None:
    rows = "\n".join(f"{label} | {value} |" for label, value in _values(i))
    path.write_text(f"{HEADING}\n{rows}\n\n正文第{i}篇。\n", encoding="utf-8")


def _docx_form(path: Path, i: int) -> None:
    import docx

    document = docx.Document()
    for line in HEADING.split("\n"):
        document.add_paragraph(line)
    values = _values(i)
    table = document.add_table(rows=len(values), cols=2)
    for row, (label, value) in zip(table.rows, values, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph(f"正文第{i}篇。")
    document.save(str(path))


def _list_csv(path: Path, rows: int) -> None:
    lines = ["序号,作品标题,作者,刊播单位,体裁,等次"]
    lines += [f"{i},第{i}篇作品的标题,张三 李四{i % 7},测试日报,消息,二等奖" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


_PKG = "http://schemas.openxmlformats.org/package/2006"
_SHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _as_xlsx(csv: Path) -> Path:
    """The same rows as a minimal .xlsx (inline strings): python-calamine reads it."""
    import zipfile

    def cell(col: int, row: int, text: str) -> str:
        ref = f"{chr(65 + col)}{row}"
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

    lines = csv.read_text(encoding="utf-8").splitlines()
    rows = "".join(
        f'<row r="{r}">' + "".join(cell(c, r, t) for c, t in enumerate(line.split(","))) + "</row>"
        for r, line in enumerate(lines, 1)
    )
    out = csv.with_suffix(".xlsx")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            f'<?xml version="1.0"?><Types xmlns="{_PKG}/content-types">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPE}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_TYPE}.worksheet+xml"/>'
            "</Types>",
        )
        z.writestr(
            "_rels/.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG}/relationships"><Relationship '
            f'Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0"?><workbook xmlns="{_SHEET}" xmlns:r="{_REL}"><sheets>'
            '<sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG}/relationships"><Relationship '
            f'Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0"?><worksheet xmlns="{_SHEET}"><sheetData>{rows}</sheetData>'
            "</worksheet>",
        )
    return out


def _measure(work: Callable[[], Any], again: Callable[[], Any] | None = None) -> tuple:
    """(wall s, CPU s, peak traced bytes, result): timed on its own, then run once more
    (`again`, the same work into a fresh folder) under tracemalloc, which slows Python."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    tracemalloc.start()
    (again or work)()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return wall, cpu, peak, result


def _row(name: str, count: int, unit: str, importing: tuple, reading: tuple) -> None:
    wall, cpu, peak, _ = importing
    base = reading[0]
    print(
        f"{name:28} {count:5} {unit:5} {wall:6.2f} s wall {cpu:6.2f} s CPU "
        f"{count / wall:8.0f} {unit}/s  {peak / 2**20:6.1f} MB peak  "
        f"×{wall / base:5.1f} the reading alone ({base:.2f} s)"
    )


def _forms(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"form-{i:04}.{'docx' if i % 2 else 'txt'}"
        (_docx_form if i % 2 else _text_form)(path, i)
        paths.append(path)
    return paths


def main(argv: list[str]) -> int:
    forms = int(argv[1]) if len(argv) > 1 else 300
    rows = int(argv[2]) if len(argv) > 2 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = _forms(root / "forms", forms)
        reading = _measure(lambda: [read_form(p) for p in paths])
        importing = _measure(
            lambda: import_files(paths, Options(), out_dir=root / "entries"),
            lambda: import_files(paths, Options(), out_dir=root / "entries-traced"),
        )
        written = sum(1 for o in importing[3] if o.written)
        _row(f"forms (.docx + .txt), {written} written", forms, "forms", importing, reading)
        csv = root / "list.csv"
        _list_csv(csv, rows)
        for path in (csv, _as_xlsx(csv)):
            reading = _measure(lambda p=path: read_form(p))
            out = root / f"entries-{path.suffix[1:]}"
            importing = _measure(
                lambda p=path, o=out: import_files([p], Options(), out_dir=o),
                lambda p=path, o=out: import_files([p], Options(), out_dir=o.with_name("t")),
            )
            _row(f"list {path.suffix}, {len(importing[3])} works", rows, "rows", importing, reading)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the whole run: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
