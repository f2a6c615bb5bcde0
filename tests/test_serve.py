"""`mkdocs serve` rebuilds when an entry changes (a real server on 127.0.0.1)."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.error
import urllib.request

from conftest import BIN


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, needle: str, timeout: float = 90) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and needle in page:
            return True
        time.sleep(0.3)
    return False


def test_serve_rebuilds_when_an_entry_changes(archive_factory):
    root = archive_factory()
    port = free_port()
    proc = subprocess.Popen(
        [str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}"],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        url = f"http://127.0.0.1:{port}/entries/example-xiaoxi-jiuwei/"
        assert wait_for(url, "全省首个青少年法治教育基地在自贡揭牌")
        path = root / "entries" / "examples" / "example-xiaoxi-jiuwei.md"
        path.write_text(
            path.read_text(encoding="utf-8").replace("title: 全省首个", "title: 修改后的全省首个"), encoding="utf-8"
        )
        assert wait_for(url, "修改后的全省首个")
        # The search index survives the rebuild (kept from the first build while serving).
        assert fetch(f"http://127.0.0.1:{port}/pagefind/pagefind-entry.json") is not None
    finally:
        proc.terminate()
        proc.wait(timeout=30)
