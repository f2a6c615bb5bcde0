"""Browser test support: the built site served over HTTP on 127.0.0.1, and Debian's
Chromium driven by Playwright (never a downloaded browser). Import the fixtures into a
test takes the session fixture `browser` (conftest.py)."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
        pass


@contextmanager
def serve_dir(directory: Path) -> Iterator[str]:
    """Serve `directory` on a free port of 127.0.0.1; yields the base URL (with a /)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def launch_chromium() -> Iterator[object]:
    """One Chromium for a whole test run (conftest's `browser` fixture): Playwright's sync
    API allows one running instance per thread."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


needs_chromium = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason=f"Chromium is not installed at {CHROMIUM} (apt-get install chromium; .ci/run does)",
)
needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")


class ConsoleLog:
    """Every console error and uncaught exception a page reports."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def watch(self, page) -> None:
        page.on(
            "console",
            lambda msg: (
                self.errors.append(f"console: {msg.text} @ {page.url}")
                if msg.type == "error"
                else None
            ),
        )
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc} @ {page.url}"))


@contextmanager
def open_page(
    browser, *, javascript: bool = True, accept_downloads: bool = False
) -> Iterator[tuple[object, ConsoleLog]]:
    context = browser.new_context(
        java_script_enabled=javascript,
        accept_downloads=accept_downloads,
        locale="zh-CN",
        viewport={"width": 1280, "height": 900},
    )
    page = context.new_page()
    log = ConsoleLog()
    log.watch(page)
    try:
        yield page, log
    finally:
        context.close()


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    return path
