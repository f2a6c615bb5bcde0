"""`mkdocs serve` rebuilds when an entry changes (a real server on 127.0.0.1)."""

from __future__ import annotations

import re
import time

from conftest import fetch, mkdocs_serve, wait_for_page


def test_serve_rebuilds_when_an_entry_changes(archive_factory):
    root = archive_factory()
    with mkdocs_serve(root) as base:
        url = base + "entries/example-xiaoxi-jiuwei/"
        wait_for_page(url, "全省首个青少年法治教育基地在自贡揭牌")
        path = root / "entries" / "examples" / "example-xiaoxi-jiuwei.md"
        path.write_text(
            path.read_text(encoding="utf-8").replace("title: 全省首个", "title: 修改后的全省首个"),
            encoding="utf-8",
        )
        wait_for_page(url, "修改后的全省首个")
        # The search index survives the rebuild (kept from the first build while serving).
        assert fetch(base + "pagefind/pagefind-entry.json") is not None


def test_serve_keeps_serving_after_a_failed_rebuild(archive_factory, tmp_path):
    """A rebuild that fails (here: a docs/ page clashing with a generated one) is one
    logged error; the server keeps answering and rebuilds once the clash is gone
    (MkDocs alone leaves every request waiting until a rebuild succeeds)."""
    root = archive_factory()
    log = tmp_path / "serve.log"
    with mkdocs_serve(root, log=log) as base:
        url = base + "entries/example-xiaoxi-jiuwei/"
        wait_for_page(url, "全省首个青少年法治教育基地在自贡揭牌")
        clash = root / "docs" / "entries" / "example-xiaoxi-jiuwei.md"
        clash.parent.mkdir()
        clash.write_text("# 冲突\n", encoding="utf-8")
        wait_for_log(log, "服务器继续运行并监视文件")
        started = time.monotonic()
        fetch(base)  # answered (whatever is left of the site), not held until a good build
        assert time.monotonic() - started < 10, "the server is stuck after the failed rebuild"
        clash.unlink()
        path = root / "entries" / "examples" / "example-xiaoxi-jiuwei.md"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("title: 全省首个", "title: 又改过的全省首个"), "utf-8")
        wait_for_page(url, "又改过的全省首个")
    text = log.read_text(encoding="utf-8")
    assert "docs/entries/example-xiaoxi-jiuwei.md 与档案生成的页面重名" in text
    assert "Traceback" not in text


def test_serve_reports_an_entry_dated_out_of_range_and_keeps_serving(archive_factory, tmp_path):
    """`published: 0000年` once crashed every rebuild (and so held every request)."""
    root = archive_factory()
    log = tmp_path / "serve.log"
    with mkdocs_serve(root, log=log) as base:
        url = base + "entries/example-xiaoxi-jiuwei/"
        wait_for_page(url, "全省首个青少年法治教育基地在自贡揭牌")
        path = root / "entries" / "examples" / "example-xiaoxi-jiuwei.md"
        text = path.read_text(encoding="utf-8")
        line = next(i for i, t in enumerate(text.splitlines(), 1) if t.startswith("published:"))
        path.write_text(re.sub(r"(?m)^published: .*$", "published: 0000年", text), encoding="utf-8")
        where = f"entries/examples/example-xiaoxi-jiuwei.md:{line}"
        wait_for_log(log, f"{where}: published（首发日期）：年份 0000")
        other = base + "entries/chuanyu-guangongwei-zuotanhui/"
        assert "川渝两地关工委" in wait_for_page(other, "川渝两地关工委", timeout=30)
        path.write_text(text.replace("title: 全省首个", "title: 修好的全省首个"), encoding="utf-8")
        wait_for_page(url, "修好的全省首个")
    assert "Traceback" not in log.read_text(encoding="utf-8")


def wait_for_log(log, text: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in log.read_text(encoding="utf-8"):
            return
        time.sleep(0.25)
    raise AssertionError(f"the log never said {text!r}:\n{log.read_text(encoding='utf-8')[-3000:]}")
