"""`awards import`: files written, the report, exit codes, garbage in. Called in-process;
one smoke test runs the installed console script."""

from __future__ import annotations

import io
import sys
from contextlib import chdir
from pathlib import Path

import pytest
from cli_helpers import Run, awards_import, awards_process, empty_archive
from golden_support import golden_form

from award_archive.checking.read import read_entry_file
from award_archive.checking.validate import Rules, validate_entry
from award_archive.cli import main
from conftest import REPO, SEED_ENTRY

REAL_FORM = golden_form("real-pipe-table")


def awards(root: Path, *args: str) -> Run:
    """The import in English: these tests read the English keys (test_import_zh.py reads
    the default, Chinese)."""
    return awards_import(root, *args, "--lang", "en")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return empty_archive(tmp_path)


def test_real_form_imports_to_the_seed_entry(root: Path):
    result = awards(root, str(REAL_FORM), "--id", "chuanyu-guangongwei-zuotanhui")
    assert result.returncode == 0, result.stdout + result.stderr
    written = root / "entries" / "chuanyu-guangongwei-zuotanhui.md"
    assert "written" in result.stdout and str(written) in result.stdout
    entry, problems = validate_entry(read_entry_file(written, root), Rules())
    seed, _ = validate_entry(read_entry_file(SEED_ENTRY, REPO), Rules())
    assert problems == [] and entry is not None and seed is not None
    for name in entry.__dataclass_fields__:
        if name != "source":
            assert getattr(entry, name) == getattr(seed, name), name


def test_no_overwrite_without_force(root: Path):
    assert awards(root, str(REAL_FORM)).returncode == 0
    [first] = (root / "entries").glob("*.md")
    first.write_text(first.read_text(encoding="utf-8") + "\n（人工修改）\n", encoding="utf-8")
    again = awards(root, str(REAL_FORM))
    assert again.returncode == 1
    assert "already exists" in again.stdout and "--force" in again.stdout
    assert "人工修改" in first.read_text(encoding="utf-8")
    forced = awards(root, str(REAL_FORM), "--force")
    assert forced.returncode == 0
    assert "人工修改" not in first.read_text(encoding="utf-8")
    assert len(list((root / "entries").glob("*.md"))) == 1


def test_stdout_prints_and_writes_nothing(root: Path):
    result = awards(
        root, str(REAL_FORM), "--stdout", "--award", "某某新闻奖", "--edition", "第三届"
    )
    assert result.returncode == 0
    assert result.stdout.startswith("---\nid: ")
    assert "award: 某某新闻奖\nedition: 3\n" in result.stdout
    assert list((root / "entries").iterdir()) == []
    assert "imported" in result.stderr


def test_many_files_one_bad_the_others_written(root: Path, tmp_path: Path):
    pdf = tmp_path / "scan.txt"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    result = awards(
        root, str(golden_form("one-cell-per-line")), str(pdf), str(golden_form("several-authors"))
    )
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"{pdf}: failed: cannot be read as a PDF" in result.stdout  # a broken one
    assert sum(1 for line in lines if line.endswith(": written")) == 2
    assert len(list((root / "entries").glob("*.md"))) == 2  # two works, two ids


def test_missing_required_field_is_written_and_named(root: Path):
    result = awards_import(root, str(golden_form("missing-category")))  # Chinese, the default
    assert result.returncode == 1
    assert "：已写入，需人工处理\n" in result.stdout
    assert (
        "\n  待修正：第 7 行：category（参评项目）：" in result.stdout and "请填写" in result.stdout
    )
    [written] = (root / "entries").glob("*.md")
    assert "\ncategory:\n" in written.read_text(encoding="utf-8")


def _garbage(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": b"",
        "pdf": b"%PDF-1.4\n" + bytes(range(256)) * 4,
        "binary": bytes(range(256)) * 16,
        "old-doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512,
        "zip-not-word": None,
        "broken-docx": b"PK\x03\x04" + b"\x14\x00" * 40,
        "whitespace": b"   \n\n\t \n",
        "no-form": "今天天气很好。\n我们去公园散步。\n".encode(),
    }
    paths = {}
    for name, data in files.items():
        path = tmp_path / f"{name}.{'docx' if 'docx' in name else 'txt'}"
        if data is None:
            import zipfile

            with zipfile.ZipFile(path, "w") as z:
                z.writestr("hello.txt", "hi")
        else:
            path.write_bytes(data)
        paths[name] = path
    odt = tmp_path / "form.odt"
    import zipfile

    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    paths["odt"] = odt
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # a 50 MB file, sparse
    paths["huge"] = big
    return paths


def test_garbage_gets_one_line_each_never_a_traceback(root: Path, tmp_path: Path):
    paths = _garbage(tmp_path)
    result = awards(root, *map(str, paths.values()))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    report, summary = result.stdout.split("\n\nfile ")  # then the summary table: one row per file
    lines = [line for line in report.splitlines() if line.strip()]
    assert len(lines) == len(paths)
    assert len(summary.splitlines()) == 1 + len(paths)
    for name, path in paths.items():
        [line] = [line for line in lines if line.startswith(f"{path}: failed: ")]
        assert len(line) < 300, name
    assert (
        "is empty" in result.stdout
        and "50.0 MB" in result.stdout
        and "old Word .doc" in result.stdout
    )
    assert "OpenDocument (.odt)" in result.stdout


def test_gbk_and_utf16_text_are_converted(root: Path, tmp_path: Path):
    text = REAL_FORM.read_text(encoding="utf-8")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(text.encode("gb18030"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(text.replace("\n", "\r\n").encode("utf-16"))
    result = awards(root, str(gbk), str(utf16), "--stdout")
    assert result.returncode == 0, result.stderr
    assert "converted from GBK" in result.stderr and "converted from UTF-16" in result.stderr
    assert result.stdout.count("title: 川渝两地关工委召开工作座谈会并签订合作协议") == 2


def test_bad_options_are_one_line(root: Path):
    bad_edition = awards(root, str(REAL_FORM), "--edition", "第X届")
    assert bad_edition.returncode == 2
    assert bad_edition.stderr.strip().count("\n") == 0 and "--edition" in bad_edition.stderr
    two_with_id = awards(root, str(REAL_FORM), str(REAL_FORM), "--id", "x")
    assert two_with_id.returncode == 2 and "one FILE" in two_with_id.stderr
    missing = awards(root, str(root / "nope.txt"))
    assert missing.returncode == 1 and "nope.txt: failed: cannot be read" in missing.stdout
    assert list((root / "entries").iterdir()) == []


def test_smoke_the_installed_script_imports_a_form(root: Path):
    result = awards_process(
        "import", str(REAL_FORM), "--id", "chuanyu-guangongwei-zuotanhui", cwd=root
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # the installed script speaks Chinese by default
    assert result.stdout == f"{REAL_FORM} → entries/chuanyu-guangongwei-zuotanhui.md：已写入\n"
    assert (
        root / "entries" / "chuanyu-guangongwei-zuotanhui.md"
    ).read_bytes() == SEED_ENTRY.read_bytes()


class _TerminalErr(io.StringIO):
    """Standard error that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def _forms(folder: Path, n: int, word: str = "篇") -> list[str]:
    folder.mkdir(exist_ok=True)
    text = REAL_FORM.read_text(encoding="utf-8")
    paths = []
    for i in range(n):
        path = folder / f"form-{i}.txt"
        path.write_text(
            text.replace("川渝两地关工委召开工作座谈会", f"第{i}{word}作品"), encoding="utf-8"
        )
        paths.append(str(path))
    return paths


def test_a_progress_bar_on_a_terminal_only(root: Path, tmp_path: Path, monkeypatch):
    forms = _forms(tmp_path / "a", 3)
    err, out = _TerminalErr(), io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdout", out)
    with chdir(root):
        code = main(["--root", str(root), "--lang", "en", "import", *forms])
    assert code == 0, out.getvalue()
    drawn = err.getvalue()
    assert "\r[------------------------] 0/3 form-0.txt" in drawn
    assert "\r[########################] 3/3 form-2.txt" in drawn
    assert drawn.endswith("\r")  # erased: the report starts on a clean line
    assert "\r" not in out.getvalue() and out.getvalue().count("written\n") == 3
    monkeypatch.undo()
    logged = awards(root, *_forms(tmp_path / "b", 3, "则"))
    assert logged.returncode == 0, logged.stdout
    assert logged.stderr == ""  # not a terminal (a CI log): no bar at all
