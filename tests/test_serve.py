"""`mkdocs serve` rebuilds when an entry changes (a real server on 127.0.0.1)."""

from __future__ import annotations

from conftest import fetch, mkdocs_serve, wait_for_page


def test_serve_rebuilds_when_an_entry_changes(archive_factory):
    root = archive_factory()
    with mkdocs_serve(root) as base:
        url = base + "entries/example-xiaoxi-jiuwei/"
        wait_for_page(url, "全省首个青少年法治教育基地在自贡揭牌")
        path = root / "entries" / "examples" / "example-xiaoxi-jiuwei.md"
        path.write_text(
            path.read_text(encoding="utf-8").replace("title: 全省首个", "title: 修改后的全省首个"), encoding="utf-8"
        )
        wait_for_page(url, "修改后的全省首个")
        # The search index survives the rebuild (kept from the first build while serving).
        assert fetch(base + "pagefind/pagefind-entry.json") is not None
