"""Preview benchmark: `mkdocs serve` on 5,000 entries; from saving an edited entry to the
rebuilt page being served with the change.

    python benchmarks/preview_bench.py [N] [--work DIR]

Starts the real `mkdocs serve`, waits for the first build, then edits one entry's body,
its title, and one author's name (which changes slugs, so more pages), polling
http://127.0.0.1:PORT/entries/<id>/ until the new text is served. Target: ≤ 5 s.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import yaml

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from build_bench import BIN, REPO, prepare  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=120) as r:
            return r.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return None


def wait_for(url: str, text: str | None, timeout: float) -> float | None:
    """Seconds until `url` serves a page containing `text` (any page when None)."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        page = fetch(url)
        if page is not None and (text is None or text in page):
            return time.perf_counter() - start
        time.sleep(0.05)
    return None


class Server:
    def __init__(self, root: Path, port: int, log: Path) -> None:
        self.log = log.open("w")
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        self.proc = subprocess.Popen(
            [
                str(BIN / "mkdocs"),
                "serve",
                "-f",
                str(root / "mkdocs.yml"),
                "-a",
                f"127.0.0.1:{port}",
            ],
            cwd=root,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGINT)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.log.close()


def cpu_seconds(pid: int) -> float:
    """User + system time of a process so far: what a rebuild cost, whatever else runs."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=5000)
    parser.add_argument("--work", type=Path, default=REPO / "benchmarks" / "out")
    args = parser.parse_args(argv)
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    root, _ = prepare(args.n, work)
    path = sorted((root / "entries").glob("*.md"))[len(list((root / "entries").glob("*.md"))) // 2]
    original = path.read_text(encoding="utf-8")
    url_id = path.stem
    port = free_port()
    site_url = (yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8")) or {}).get(
        "site_url"
    ) or "/"
    # serve mounts at site_url's path
    base = f"http://127.0.0.1:{port}{urlsplit(site_url).path.rstrip('/')}/"
    print(
        f"== preview: mkdocs serve on {args.n:,} entries, editing entries/{path.name}", flush=True
    )
    server = Server(root, port, work / "serve.log")
    results: list[tuple[str, float | None, float]] = []
    try:
        first = wait_for(base + f"entries/{url_id}/", None, 600)
        results.append(("first build (full)", first, cpu_seconds(server.proc.pid)))
        body_line = next(
            line
            for line in original.split("\n\n")
            if line and not line.startswith(("#", "---")) and "\n" not in line
        )
        title_line = next(line for line in original.splitlines() if line.startswith("title: "))
        author = original.split("authors: [", 1)[1].split("]", 1)[0].split(",")[0].strip()
        for label, old, marker in (
            ("edit the body", body_line, f"预览基准正文{time.time_ns()}"),
            ("edit the body again", body_line, f"预览基准第二次{time.time_ns()}"),
            ("edit the title", title_line, f"预览基准标题{time.time_ns()}"),
            (
                "rename an author (new slug)",
                f"authors: [{author}",
                f"预览作者{time.time_ns() % 10000}",
            ),
        ):
            current = path.read_text(encoding="utf-8")
            if label.startswith("edit the body"):
                new = old + marker
                current_old = (
                    old
                    if old in current
                    else next(p for p in current.split("\n\n") if p.startswith(old))
                )
                edit(path, current_old, new)
            elif label == "edit the title":
                edit(path, old, old + marker)
            else:
                edit(path, old, f"authors: [{marker}")
            start, cpu = time.perf_counter(), cpu_seconds(server.proc.pid)
            seconds = wait_for(base + f"entries/{url_id}/", marker, 300)
            results.append(
                (
                    label,
                    seconds if seconds is None else time.perf_counter() - start,
                    cpu_seconds(server.proc.pid) - cpu,
                )
            )
            time.sleep(1.0)  # let the server settle before the next edit
    finally:
        server.stop()
        path.write_text(original, encoding="utf-8")
    print("\n| preview step | seconds until served | server CPU seconds |")
    print("|---|---|---|")
    for label, seconds, cpu in results:
        print(f"| {label} | {'timed out' if seconds is None else f'{seconds:.1f}'} | {cpu:.1f} |")
    print(f"(target ≤ 5 s per edit at 5,000 entries; server log: {work / 'serve.log'})")
    return 0 if all(s is not None for _, s, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
