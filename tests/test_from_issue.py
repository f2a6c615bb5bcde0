"""`awards from-issue`: issue bodies as GitHub's issue forms write them, turned into entries.

Golden cases: tests/golden/from_issue/<case>.md is the issue body (byte for byte: a body
edited by hand may have Windows line ends), <case>.yml what it must give: the exit code,
the messages and the entry written. UPDATE_GOLDEN=1 rewrites the expectations.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from cli_helpers import awards
from golden_support import GoldenCase, check_golden, golden_cases

from award_archive.authoring.from_issue import attachment_urls, parse_issue
from award_archive.checking.read import parse_entry_text
from award_archive.checking.validate import validate_entry
from award_archive.config import read_config
from award_archive.contract.model import FIELDS, REQUIRED_KEYS
from award_archive.formats.issue_form import new_entry_form
from conftest import REPO, make_archive

CASES = golden_cases("from_issue")


def _run(tmp_path: Path, issue: bytes, *extra: str):
    root = make_archive(tmp_path, copy_entries=False)
    (tmp_path / "issue.md").write_bytes(issue)
    result = awards("from-issue", str(tmp_path / "issue.md"), *extra, cwd=root)
    return root, result


def _plain(text: str, tmp_path: Path) -> str:
    return text.replace(str(tmp_path), "TMP")


@pytest.mark.parametrize("case", CASES, ids=str)
def test_golden_issue(case: GoldenCase, tmp_path: Path):
    root, result = _run(tmp_path, case.input)
    check_golden(case, "exit", str(result.returncode))
    check_golden(case, "messages", _plain(result.stderr, tmp_path))
    written = sorted((root / "entries").glob("*.md"))
    if result.returncode:
        assert not written, "nothing is written when the issue has problems"
        return
    assert [p.relative_to(root).as_posix() for p in written] == [result.stdout.strip()]
    text = written[0].read_text(encoding="utf-8")
    check_golden(case, "written", text)
    raw = parse_entry_text(text, f"entries/{written[0].name}")
    _, problems = validate_entry(raw, read_config(root).rules)
    assert not [p for p in problems if p.is_error]


def _as_github_writes(answers: dict[str, str]) -> str:
    """An issue body as GitHub writes one from new-entry.yml: every field of the form in
    its order, `_No response_` where nothing was given."""
    parts = []
    for item in new_entry_form(read_config(REPO).rules)["body"]:
        if item["type"] == "markdown":
            continue
        value = answers.get(item["id"], "") or "_No response_"
        parts.append(f"### {item['attributes']['label']}\n\n{value}")
    return "\n\n".join(parts) + "\n"


def test_every_field_of_the_form_reaches_the_entry(tmp_path: Path):
    """The form and the reader agree: each field the form asks for comes back in its key."""
    answers = {f.key: "x" for f in FIELDS}
    fields = parse_issue(_as_github_writes(answers))
    asked = [i["id"] for i in new_entry_form()["body"] if i["type"] != "markdown"]
    assert list(fields.values) == asked
    assert set(REQUIRED_KEYS) <= set(asked)


def test_the_written_entry_validates_and_records_its_names(tmp_path: Path):
    body = _as_github_writes(
        {
            "title": "一篇作品",
            "award": "四川宣传关心下一代新闻佳作",
            "edition": "第十届",
            "category": "通讯",
            "authors": "李怡霏、王小明",
            "outlet": "《关爱明天》杂志",
            "published": "2023-06-08",
            "prize": "二等奖",
            "body": "第一段。\n\n第二段。",
        }
    )
    root, result = _run(tmp_path, body.encode())
    assert result.returncode == 0, result.stderr
    assert awards("validate", cwd=root).returncode == 0
    registry = yaml.safe_load((root / "schema" / "published-slugs.yml").read_text(encoding="utf-8"))
    assert "王小明" in registry["authors"]
    text = (root / result.stdout.strip()).read_text(encoding="utf-8")
    assert text.endswith("# 一篇作品\n\n第一段。\n\n第二段。\n")


def test_out_writes_elsewhere_and_never_overwrites(tmp_path: Path):
    body = _as_github_writes(
        {
            "title": "标题",
            "award": "奖",
            "edition": "1",
            "category": "消息",
            "authors": "甲",
            "outlet": "报",
            "published": "2023-06-08",
        }
    )
    root, first = _run(tmp_path, body.encode(), "--out", str(tmp_path / "out"))
    assert first.returncode == 0 and Path(first.stdout.strip()).parent == tmp_path / "out"
    assert not list((root / "entries").glob("*.md"))
    again = awards(
        "from-issue", str(tmp_path / "issue.md"), "--out", str(tmp_path / "out"), cwd=root
    )
    assert again.returncode == 1 and "已存在" in again.stderr  # never overwritten


def test_attachment_url_is_printed_for_the_workflow(tmp_path: Path):
    case = next(c for c in CASES if c.name == "hostile-values")
    fields = parse_issue(case.input.decode())
    assert attachment_urls(fields) == ["https://github.com/user-attachments/files/1/form.docx"]
    _, result = _run(tmp_path, case.input, "--attachment-url")
    assert result.stdout == "https://github.com/user-attachments/files/1/form.docx\n"
    (tmp_path / "b").mkdir()
    _, none = _run(
        tmp_path / "b",
        b"### \xe4\xbd\x9c\xe5\x93\x81\xe6\xa0\x87\xe9\xa2\x98\n\nx\n",
        "--attachment-url",
    )
    assert none.stdout == "\n"


def test_an_attached_form_is_imported_and_the_issue_fills_its_gaps(tmp_path: Path):
    form = REPO / "tests" / "golden" / "import" / "china-award-tabs.txt"
    body = _as_github_writes(
        {"award": "中国新闻奖", "edition": "33", "attachment": "[表](https://x/f.docx)"}
    )
    root, result = _run(tmp_path, body.encode(), "--attachment", str(form))
    assert result.returncode == 0, result.stderr
    data = parse_entry_text(
        (root / result.stdout.strip()).read_text(encoding="utf-8"), "entries/x.md"
    ).data
    assert data["edition"] == 33 and data["title"] and data["authors"]


def test_a_missing_attachment_is_a_usage_error(tmp_path: Path):
    _, result = _run(tmp_path, b"### x\n", "--attachment", str(tmp_path / "none.docx"))
    assert result.returncode == 2 and "none.docx" in result.stderr
