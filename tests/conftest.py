"""Shared fixtures: temporary archives built into real sites."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from engine_support import (
    BIN,
    ENGINE,
    api_build,
    api_options,
    api_serve,
    cli_build,
    serve_options,
)
from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parent.parent
SEED_ENTRY = REPO / "entries" / "chuanyu-guangongwei-zuotanhui.md"

# Property tests: a small example count on every `make test`, more in CI (CI=true).
settings.register_profile(
    "dev", max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language (Chinese): an in-process `awards --lang en`
    must not leave the next test's messages in English."""
    from award_archive.contract import i18n

    i18n.set_language(i18n.DEFAULT)
    yield
    i18n.set_language(i18n.DEFAULT)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`-m browser` selects the Chromium tests, `-m build` those that run the engine."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "browser" in fixtures:
            item.add_marker(pytest.mark.browser)
        if any(name in fixtures for name in BUILD_FIXTURES) or _calls_the_engine(item):
            item.add_marker(pytest.mark.build)


BUILD_FIXTURES = ("built_repo_site",)


def _calls_the_engine(item: pytest.Item) -> bool:
    module = getattr(item, "module", None)
    return module is not None and any(
        getattr(module, name, None) in (run_build, mkdocs_serve)
        for name in ("run_build", "mkdocs_serve")
    )


@dataclass
class BuildResult:
    root: Path
    site: Path
    returncode: int
    log: str

    def page(self, url: str) -> str:
        """The HTML of a built page: `entries/x/` -> site/entries/x/index.html."""
        path = self.site / url
        if url.endswith("/") or url == "":
            path = path / "index.html"
        return path.read_text(encoding="utf-8")


PLUGIN_LINE = "  - award-archive:\n"


def make_archive(
    tmp: Path,
    entries: dict[str, str] | None = None,
    *,
    copy_entries: bool = True,
    mkdocs_yml: str | None = None,
    search: bool = True,
) -> Path:
    """A throwaway archive: the repo's mkdocs.yml and docs/, its entries (or none), plus
    `entries` given as {relative path under entries/: text}. `search=False`: built without
    the search index (a third of a small build's time), for tests that never read it."""
    root = tmp / "archive"
    root.mkdir()
    yml = mkdocs_yml or (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    if not search:
        assert PLUGIN_LINE in yml, "search=False: the plugin's options start at " + PLUGIN_LINE
        yml = yml.replace(PLUGIN_LINE, PLUGIN_LINE + "      search: false\n", 1)
    (root / "mkdocs.yml").write_text(yml, encoding="utf-8")
    shutil.copytree(REPO / "docs", root / "docs")
    if copy_entries:
        shutil.copytree(REPO / "entries", root / "entries")
    else:
        (root / "entries").mkdir()
    for rel, text in (entries or {}).items():
        path = root / "entries" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


# The warning of a link the page shows as text only (javascript:, data:, …): hostile bodies give it.
REFUSED_LINK = "不是 http(s) 或 mailto 地址"


def unexpected_warnings(log: str, expected: Sequence[str]) -> list[str]:
    """The WARNING lines of a build log that no `expected` fragment accounts for."""
    warnings = [line for line in log.splitlines() if line.startswith("WARNING")]
    return [line for line in warnings if not any(fragment in line for fragment in expected)]


def run_build(
    root: Path,
    *extra: str,
    site: Path | None = None,
    expect_warnings: Sequence[str] = (),
    cli: bool = False,
) -> BuildResult:
    """Build the archive at `root` as `mkdocs build` does: in this process through the
    engine's API, or with `cli=True` (or a CLI flag the API build does not know) the real
    CLI in a subprocess. A WARNING in its log that no fragment of `expect_warnings` accounts
    for fails the test (`()`: none expected)."""
    site = site or root / "site"
    options = None if cli else api_options(extra)
    if options is None:
        returncode, log = cli_build(root, site, extra)
    else:
        returncode, log = api_build(root, site, options)
    result = BuildResult(root, site, returncode, log)
    stray = unexpected_warnings(result.log, expect_warnings)
    assert not stray, "unexpected warnings in the build:\n" + "\n".join(stray)
    return result


@pytest.fixture
def archive_factory(tmp_path: Path):
    def factory(entries: dict[str, str] | None = None, **kw) -> Path:
        return make_archive(tmp_path, entries, **kw)

    return factory


@pytest.fixture(scope="session")
def built_repo_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The shipped archive, built once with --strict."""
    tmp = tmp_path_factory.mktemp("repo-site")
    root = make_archive(tmp)
    result = run_build(root, "--strict")
    assert result.returncode == 0, result.log
    return result


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, driven by Playwright; skipped with the reason when it is absent."""
    from browser_support import CHROMIUM, launch_chromium

    pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does)")
    with launch_chromium() as b:
        yield b


@contextlib.contextmanager
def mkdocs_serve(
    root: Path, *extra: str, log: Path | None = None, cli: bool = False
) -> Iterator[str]:
    """`mkdocs serve` of an archive on a free port; yields the site's base URL (serve mounts
    the site at site_url's path). In a thread of this process through the engine's API, or
    with `cli=True` (or a flag only the CLI knows) the real CLI, stopped with its children
    on exit."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    site_url = re.search(
        r"^site_url:\s*(\S+)", (root / "mkdocs.yml").read_text(encoding="utf-8"), re.M
    )
    path = urllib.parse.urlsplit(site_url.group(1) if site_url else "/").path.rstrip("/")
    options = None if cli else serve_options(extra)
    if options is not None:
        with api_serve(root, port, options, log):
            yield f"http://127.0.0.1:{port}{path}/"
        return
    out = log.open("w", encoding="utf-8") if log else subprocess.DEVNULL
    proc = subprocess.Popen(
        [
            str(BIN / ENGINE),
            "serve",
            "-f",
            str(root / "mkdocs.yml"),
            "-a",
            f"127.0.0.1:{port}",
            *extra,
        ],
        cwd=root,
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        yield f"http://127.0.0.1:{port}{path}/"
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        if log:
            out.close()


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.read().decode("utf-8")
    except OSError:  # refused while starting, 404 before the first build, timeouts
        return None


def wait_for_page(url: str, text: str, timeout: float = 180) -> str:
    """The page at `url` once it shows `text` (the server rebuilds in the background)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and text in page:
            return page
        time.sleep(0.25)
    raise AssertionError(f"{url} never showed {text!r}")


# CPU seconds per test (this process and the builds and browsers it starts): the suite's
# budget is in CPU time, which a busy machine inflates far less than wall time. A child
# counts when it is reaped, so a session's browser lands on the test that closes it.
_CPU_BY_TEST: dict[str, float] = {}


def _cpu_seconds() -> float:
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    start = _cpu_seconds()
    try:
        return (yield)
    finally:
        _CPU_BY_TEST[item.nodeid] = _cpu_seconds() - start


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """The suite's CPU time, and the tests that cost most of it."""
    if not _CPU_BY_TEST:
        return
    total = sum(_CPU_BY_TEST.values())
    terminalreporter.write_sep("-", f"CPU seconds: {total:.1f} over {len(_CPU_BY_TEST)} tests")
    slowest = sorted(_CPU_BY_TEST.items(), key=lambda kv: -kv[1])
    for nodeid, seconds in slowest[: int(os.environ.get("AA_CPU_TOP", "10"))]:
        terminalreporter.write_line(f"{seconds:7.2f}  {nodeid}")
