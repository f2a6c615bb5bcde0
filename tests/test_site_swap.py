"""The site folder under stress (issue 10, items 11 and 12): readers never find it missing,
killed builds leave nothing the next build keeps, a mount point is built into, and a
full disk or a read-only folder is one located line."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
import sys
import textwrap
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from engine_support import api_build

from award_archive.contract import i18n
from award_archive.plugin import site_swap
from conftest import make_archive, run_build

POLLER = textwrap.dedent(
    """
    import os, sys, time
    target, stop = sys.argv[1], sys.argv[2]
    polls = missing = 0
    print("polling", flush=True)
    while not os.path.exists(stop):
        polls += 1
        try:
            with open(target, "rb") as f:
                f.read()
        except FileNotFoundError:
            missing += 1
    print(polls, missing)
    """
)


@contextlib.contextmanager
def poller(target: Path, tmp: Path) -> Iterator[dict[str, int]]:
    """A separate process opening `target` in a tight loop; yields a dict filled on exit
    with how often it looked and how often the file was missing."""
    stop = tmp / "stop-polling"
    proc = subprocess.Popen(
        [sys.executable, "-c", POLLER, str(target), str(stop)], stdout=subprocess.PIPE, text=True
    )
    counts: dict[str, int] = {}
    try:
        assert proc.stdout is not None
        # It polls from this line on: waiting for it, not a fixed sleep, spends no CPU spinning.
        assert proc.stdout.readline() == "polling\n"
        yield counts
    finally:
        stop.touch()
        out, _ = proc.communicate(timeout=60)
        counts["polls"], counts["missing"] = map(int, out.split())


# The poller spins a core while it watches: fewer swaps and builds under it locally, as many
# as before in CI (like the hypothesis profiles in conftest).
SWAPS, REAL_BUILDS = (300, 2) if os.environ.get("CI") else (100, 1)


def small_site(folder: Path, text: str) -> None:
    (folder / "entries" / "x").mkdir(parents=True)
    (folder / "index.html").write_text(text, encoding="utf-8")
    (folder / "entries" / "x" / "index.html").write_text(text, encoding="utf-8")


def swap_in(final: Path, text: str) -> None:
    temp = site_swap.start(final)
    small_site(temp, text)
    site_swap.finish(temp, final)


def leftovers(folder: Path) -> list[str]:
    return sorted(n for n in os.listdir(folder) if n.startswith((".site.building-", ".site.old-")))


@contextlib.contextmanager
def tmpfs(path: Path, options: str = "size=64m") -> Iterator[Path]:
    """A real tmpfs mounted at `path` (needs root); skipped with the reason otherwise."""
    path.mkdir(parents=True, exist_ok=True)
    try:
        proc = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except OSError as exc:
        pytest.skip(f"cannot mount a tmpfs: {exc}")
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {proc.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True, timeout=30)


# -- item 12: never missing, never left behind -------------------------------------------


@pytest.mark.skipif(site_swap._renameat2 is None, reason="renameat2 needs Linux with glibc 2.28+")
def test_a_reader_never_finds_the_site_missing_between_swaps(tmp_path: Path):
    final = tmp_path / "site"
    swap_in(final, "0")
    with poller(final / "index.html", tmp_path) as counts:
        for i in range(SWAPS):
            swap_in(final, str(i))
    assert counts["polls"] > 1000, counts  # the poller really ran during the swaps
    assert counts["missing"] == 0, counts
    assert (final / "index.html").read_text(encoding="utf-8") == str(SWAPS - 1)
    assert leftovers(tmp_path) == []


def test_without_an_atomic_exchange_the_two_renames_still_swap(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(site_swap, "_renameat2", None)  # macOS, old glibc, other systems
    final = tmp_path / "site"
    swap_in(final, "old")
    swap_in(final, "new")
    assert (final / "index.html").read_text(encoding="utf-8") == "new"
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(site_swap._renameat2 is None, reason="renameat2 needs Linux with glibc 2.28+")
def test_a_reader_never_finds_index_html_missing_during_real_builds(tmp_path: Path):
    root = make_archive(tmp_path, search=False)
    assert run_build(root).returncode == 0
    with poller(root / "site" / "index.html", tmp_path) as counts:
        for _ in range(REAL_BUILDS):
            result = run_build(root)
            assert result.returncode == 0, result.log
    assert counts["missing"] == 0, counts
    assert leftovers(root) == []


class ForkedBuild:
    """A build in a child of this process (a fork: MkDocs and the plugin are imported
    already, so the child reaches the build at once), to be killed like a CLI build."""

    def __init__(self, root: Path) -> None:
        # Imported before the fork, so that the child starts building at once.
        import material.templates  # noqa: F401

        import award_archive.plugin.mkdocs_plugin  # noqa: F401

        with warnings.catch_warnings():  # Python 3.12+ warns about forking with threads
            warnings.simplefilter("ignore", DeprecationWarning)
            self.pid = os.fork()
        if self.pid == 0:  # the child: build, then leave without this process's exit code
            code = 1
            try:
                code, _ = api_build(root, root / "site", {})
            finally:
                os._exit(code)
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while self.poll() is None:
            assert time.monotonic() < deadline, "the killed build did not end"
            time.sleep(0.02)
        assert self.returncode is not None
        return self.returncode


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_killed_build_leaves_a_folder_the_next_build_removes(tmp_path: Path, sig: signal.Signals):
    root = make_archive(tmp_path)
    for _attempt in range(3):  # a small build may end before the signal lands: try again
        proc = ForkedBuild(root)
        deadline = time.monotonic() + 60
        while not leftovers(root) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        os.kill(proc.pid, sig)  # its temporary folder is there: the build is under way
        proc.wait(timeout=60)
        if proc.returncode != 0:
            break
    assert proc.returncode != 0, "the build finished before the signal: nothing was tested"
    assert leftovers(root), "the killed build left no folder (so this test proves nothing)"
    result = run_build(root)
    assert result.returncode == 0, result.log
    assert leftovers(root) == []
    assert (root / "site" / "index.html").is_file()


HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from award_archive.plugin import site_swap
    print(site_swap.start(Path(sys.argv[1])), flush=True)
    time.sleep(120)
    """
)


def test_the_folder_of_a_build_still_running_is_left_alone(tmp_path: Path):
    final = tmp_path / "site"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(final)], stdout=subprocess.PIPE, text=True
    )
    try:
        theirs = Path(holder.stdout.readline().strip())
        assert theirs.is_dir() and theirs.name.startswith(f".site.building-{holder.pid}-")
        swap_in(final, "mine")  # removes stale folders first: not this one
        assert theirs.is_dir()
    finally:
        holder.kill()
        holder.communicate()
    assert site_swap.remove_stale(final) == [theirs]  # its build is gone now
    assert leftovers(tmp_path) == []


# -- item 11: a mount point, a full disk, a read-only folder -----------------------------


def test_a_site_that_is_a_mount_point_is_built_into(tmp_path: Path):
    root = make_archive(tmp_path, search=False)
    site = root / "site"
    with tmpfs(site):
        (site / "stale.html").write_text("from before", encoding="utf-8")
        first = run_build(root)
        assert first.returncode == 0, first.log
        assert "Traceback" not in first.log
        assert site_swap.is_mount(site)
        assert (site / "index.html").is_file() and not (site / "stale.html").exists()
        with poller(site / "index.html", tmp_path) as counts:
            second = run_build(root)
        assert second.returncode == 0, second.log
        assert counts["missing"] == 0, counts
        assert site_swap.is_mount(site) and leftovers(site) == [] and leftovers(root) == []
        assert (site / "entries" / "chuanyu-guangongwei-zuotanhui" / "index.html").is_file()


def test_a_mount_point_is_swapped_by_contents_when_simulated(tmp_path: Path, monkeypatch):
    """Without root: a folder taken for a mount point gets the contents swap."""
    monkeypatch.setattr(site_swap, "is_mount", lambda path: True)
    final = tmp_path / "site"
    swap_in(final, "old")
    (final / "only-in-old.txt").write_text("x", encoding="utf-8")
    inode = final.stat().st_ino
    swap_in(final, "new")
    assert final.stat().st_ino == inode  # the same folder: its contents were swapped
    assert (final / "index.html").read_text(encoding="utf-8") == "new"
    assert not (final / "only-in-old.txt").exists()
    assert leftovers(final) == [] and leftovers(tmp_path) == []


def test_a_rename_refused_with_ebusy_falls_back_to_the_contents_swap(tmp_path: Path, monkeypatch):
    """A mount point is_mount does not see: the swap fails with EBUSY, then swaps contents."""
    final = tmp_path / "site"
    swap_in(final, "old")

    def busy(a, b) -> bool:
        if Path(b) == final:
            raise OSError(errno.EBUSY, os.strerror(errno.EBUSY), str(a))
        return False

    monkeypatch.setattr(site_swap, "exchange", busy)
    swap_in(final, "new")
    assert (final / "index.html").read_text(encoding="utf-8") == "new"
    assert leftovers(tmp_path) == []


def test_a_full_disk_is_one_located_line_and_the_old_site_stays(tmp_path: Path):
    root = make_archive(tmp_path, search=False)
    with tmpfs(tmp_path / "disk", "size=16m") as disk:
        site = disk / "site"
        first = run_build(root, site=site)
        assert first.returncode == 0, first.log
        before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        (disk / "filler").write_bytes(b"\0" * (free - 256 * 1024))  # leave 256 KB
        result = run_build(root, site=site)
        assert result.returncode != 0
        assert "Traceback" not in result.log, result.log
        line = [x for x in result.log.splitlines() if "ENOSPC" in x]
        assert line and all(
            "无法写入：磁盘空间不足（ENOSPC）；请腾出空间后重新构建" in x for x in line
        ), result.log
        assert str(site) in line[0]
        assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
        assert leftovers(disk) == []


def test_a_read_only_file_system_is_one_located_line(tmp_path: Path):
    root = make_archive(tmp_path, search=False)
    with tmpfs(tmp_path / "ro", "ro,size=1m") as ro:
        result = run_build(root, site=ro / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.log, result.log
    assert (
        f"{ro / 'site'}/：无法在旁边的 {ro} 中写入：只读文件系统（EROFS）；"
        "请构建到可写的文件夹（mkdocs build -d 文件夹），或以读写方式挂载"
    ) in result.log


@pytest.mark.parametrize(
    "code, where, expected",
    [
        (
            errno.ENOSPC,
            None,
            "site/: cannot write: no space left on device (ENOSPC); free space and build again",
        ),
        (
            errno.EROFS,
            "TEMP/entries/x/index.html",
            "site/entries/x/index.html: cannot write: read-only file system",
        ),
        (
            errno.EACCES,
            "site",
            "site/: cannot write: permission denied (EACCES); check the folder's owner",
        ),
        (errno.EACCES, ".site.building-2-y", "site/: cannot write beside it in"),
        (errno.EDQUOT, "elsewhere/a.css", "site/: cannot write: disk quota exceeded (EDQUOT)"),
        (errno.EACCES, "docs/index.md", None),  # reading the docs: not about the site
        (errno.ENOENT, "site/x", None),
    ],
)
def test_explain(tmp_path: Path, code: int, where: str | None, expected: str | None):
    i18n.set_language("en")
    final, temp = tmp_path / "site", tmp_path / ".site.building-1-x"
    filename = None if where is None else str(tmp_path / where.replace("TEMP", temp.name))
    line = site_swap.explain(OSError(code, os.strerror(code), filename), final, temp, "site")
    if expected is None:
        assert line is None
    else:
        assert line is not None and line.startswith(expected), line
        assert "\n" not in line


def test_explain_speaks_chinese_by_default(tmp_path: Path):
    final = tmp_path / "site"
    error = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(final / "a.css"))
    line = site_swap.explain(error, final, None, "site")
    assert line == "site/a.css：无法写入：磁盘空间不足（ENOSPC）；请腾出空间后重新构建"


def test_a_faked_permission_error_in_a_real_build_is_one_line(tmp_path: Path, monkeypatch):
    """EACCES as a user without the right to write beside site/ gets it (root cannot be
    refused, so the folder creation is made to fail): through the real plugin."""
    root = make_archive(tmp_path, search=False)
    hook = root / "deny.py"
    hook.write_text(
        textwrap.dedent(
            """
        import errno, os, tempfile
        from award_archive.plugin import site_swap

        def denied(*args, **kwargs):
            where = os.path.join(kwargs["dir"], ".site.building-x")
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), where)

        site_swap.tempfile = type("T", (), {"mkdtemp": staticmethod(denied)})
        """
        ),
        encoding="utf-8",
    )
    yml = root / "mkdocs.yml"
    yml.write_text(yml.read_text(encoding="utf-8") + "\nhooks:\n  - deny.py\n", encoding="utf-8")
    # The hook replaces site_swap.tempfile in this process: monkeypatch puts it back after.
    monkeypatch.setattr(site_swap, "tempfile", site_swap.tempfile)
    result = run_build(root)
    assert result.returncode != 0
    assert "Traceback" not in result.log, result.log
    assert f"site/：无法在旁边的 {root} 中写入：权限不足（EACCES）" in result.log
