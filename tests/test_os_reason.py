"""An OSError's reason reaches the contributor in their language, with the file named."""

from __future__ import annotations

import errno
from pathlib import Path

from cli_helpers import awards

from award_archive.contract import i18n


def test_known_errors_are_translated_and_others_keep_their_words_in_a_chinese_frame():
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory", "x.docx")
    assert i18n.os_reason(missing) == "没有这个文件或文件夹"
    i18n.set_language("en")
    assert i18n.os_reason(missing) == "no such file or folder"
    odd = OSError(errno.ENOLINK, "Link has been severed")
    assert i18n.os_reason(odd) == "system error ENOLINK: Link has been severed"
    i18n.set_language("zh")
    assert i18n.os_reason(odd) == "系统错误 ENOLINK：Link has been severed"
    assert i18n.os_reason(OSError("no code")) == "no code"


def test_every_known_error_has_a_chinese_reason():
    for code in i18n.OS_ERRORS:
        reason = i18n.os_reason(OSError(code, "english"))
        assert reason != "english" and not reason.isascii(), code


def test_importing_a_missing_file_says_why_in_chinese(tmp_path: Path):
    root = tmp_path / "archive"
    (root / "entries").mkdir(parents=True)
    result = awards("import", str(tmp_path / "nothing.docx"), cwd=root)
    assert "nothing.docx" in result.stdout + result.stderr
    assert "没有这个文件或文件夹" in result.stdout + result.stderr
    assert "No such file" not in result.stdout + result.stderr
