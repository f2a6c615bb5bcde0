"""Build benchmark: the archive's build against plain MkDocs on the same bodies, same run.

    python benchmarks/build_bench.py [N ...] [--work DIR] [--profile N]

For each N: a synthetic corpus (benchmarks/corpus.py), then three builds measured with
/usr/bin/time -v plus a sampler of the whole process tree's memory:

- full      the repository's mkdocs.yml as is (search included)
- nosearch  the same with search switched off (`search_off` below)
- baseline  plain MkDocs, same theme, the same bodies as ordinary Markdown pages kept out
            of the nav; no plugin, no search

and the plugin's own work (load, validate, group, generate pages) timed in a fresh
process. Ratios against the baseline of the same run are the figures to read: the
machine is shared and absolute times are noisy.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
BIN = Path(sys.executable).parent
TIME = "/usr/bin/time"
sys.path.insert(0, str(BENCH_DIR))

from corpus import generate_corpus  # noqa: E402


# -- configurations ---------------------------------------------------------------------
def without_material_search(config_text: str) -> str:
    """mkdocs.yml without Material's `search` plugin (its options, if any, go with it)."""
    out: list[str] = []
    skipping = None
    for line in config_text.splitlines(keepends=True):
        indent = len(line) - len(line.lstrip())
        if skipping is not None:
            if line.strip() and indent > skipping and not line.lstrip().startswith("- "):
                continue
            skipping = None
        if re.match(r"^\s*-\s+search\s*:?\s*$", line):
            skipping = indent
            continue
        out.append(line)
    return "".join(out)


def with_plugin_search_option(config_text: str, enabled: bool = False) -> str:
    """mkdocs.yml with the award-archive plugin's own `search:` option set."""
    config = yaml.safe_load(config_text)
    for i, item in enumerate(config.get("plugins", [])):
        if item == "award-archive":
            config["plugins"][i] = item = {"award-archive": {}}
        if isinstance(item, dict) and "award-archive" in item:
            item["award-archive"] = {**(item["award-archive"] or {}), "search": enabled}
    return yaml.safe_dump(config, allow_unicode=True, sort_keys=False)


def search_off(config_text: str) -> str:
    """Material's `search` plugin removed if the config has it; otherwise the archive
    plugin's own `search: false` (its Pagefind index). To force one: call it directly."""
    stripped = without_material_search(config_text)
    if stripped != config_text:
        return stripped
    return with_plugin_search_option(config_text, False)


BASELINE_YML = """\
site_name: baseline
site_url: https://example.org/awards/
docs_dir: docs
theme:
  name: material
  language: zh
  features:
    - navigation.tabs
    - navigation.top
plugins: []
nav:
  - index.md
not_in_nav: |
  /entries/
"""


def prepare(n: int, work: Path, seed: int = 1) -> tuple[Path, Path]:
    """(archive root, baseline root) for N entries, generated once and reused."""
    root, base = work / f"archive-{n}", work / f"baseline-{n}"
    stamp = work / f"corpus-{n}-{seed}.done"
    if not stamp.exists():
        for d in (root, base):
            shutil.rmtree(d, ignore_errors=True)
        paths = generate_corpus(n, root, seed)
        shutil.copytree(REPO / "docs", root / "docs")
        (base / "docs" / "entries").mkdir(parents=True)
        (base / "docs" / "index.md").write_text("# baseline\n", encoding="utf-8")
        from award_archive.checking.read import read_entry_file

        for path in paths:
            raw = read_entry_file(path, root)
            (base / "docs" / "entries" / path.name).write_text(raw.body + "\n", encoding="utf-8")
        (base / "mkdocs.yml").write_text(BASELINE_YML, encoding="utf-8")
        stamp.write_text("ok\n")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    (root / "mkdocs-nosearch.yml").write_text(search_off(config), encoding="utf-8")
    return root, base


# -- measuring one build ----------------------------------------------------------------
def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read()
            fields = stat[stat.rindex(")") + 2 :].split()
            p = int(entry.name)
            children.setdefault(int(fields[1]), []).append(p)
            rss[p] = int(fields[21]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except (OSError, ValueError, IndexError):
            continue
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack.extend(children.get(p, []))
    return total


@dataclass
class Run:
    seconds: float
    cpu_seconds: (
        float  # user + system of the whole build: steadier than wall time on a busy machine
    )
    max_rss_mb: float  # largest single process (time -v / rusage)
    tree_peak_mb: float  # sampled sum over the process tree
    site_bytes: int
    files: int
    ok: bool
    log: str = ""


def measure_build(config: Path, site: Path) -> Run:
    shutil.rmtree(site, ignore_errors=True)
    cmd = [str(BIN / "mkdocs"), "build", "-q", "-f", str(config), "-d", str(site)]
    if Path(TIME).exists():
        cmd = [TIME, "-v", *cmd]
    else:  # rusage of a wrapper's children: the largest process of the build
        wrapper = (
            "import resource,subprocess,sys;r=subprocess.run(sys.argv[1:]);"
            "u=resource.getrusage(resource.RUSAGE_CHILDREN);"
            "print('Maximum resident set size (kbytes): %d'%u.ru_maxrss,file=sys.stderr);"
            "print('User time (seconds): %.2f'%u.ru_utime,file=sys.stderr);"
            "print('System time (seconds): %.2f'%u.ru_stime,file=sys.stderr);"
            "sys.exit(r.returncode)"
        )
        cmd = [sys.executable, "-c", wrapper, *cmd]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"}
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=config.parent, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_kb(proc.pid))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    max_rss = int(m.group(1)) / 1024 if m else float("nan")
    cpu = sum(
        float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", err)
    ) or float("nan")
    size = files = 0
    for dirpath, _, names in os.walk(site):
        for name in names:
            size += os.path.getsize(os.path.join(dirpath, name))
            files += 1
    return Run(seconds, cpu, max_rss, peak[0] / 1024, size, files, proc.returncode == 0, out + err)


# -- the plugin's own work ----------------------------------------------------------------
PLUGIN_WORK = r"""
import json, sys, time
from pathlib import Path
from award_archive.checking.archive import Archive, check_archive
from award_archive.checking.read import find_entry_files, read_entry_file
from award_archive.web.builder import build_pages
from award_archive.web.markdown import render_body
from award_archive.checking.validate import Rules, validate_entry
from award_archive.checking.problems import sort_problems
root = Path(sys.argv[1]); rules = Rules(); t = {}
s = time.perf_counter()
raws = [read_entry_file(p, root) for p in find_entry_files(root / "entries")]
t["load"] = time.perf_counter() - s; s = time.perf_counter()
results = [validate_entry(r, rules) for r in raws]
entries = sorted((e for e, _ in results if e is not None), key=lambda e: e.id)
problems = check_archive(entries, {r.path: r for r in raws})
t["validate"] = time.perf_counter() - s; s = time.perf_counter()
archive = Archive(entries, sort_problems(problems))
for name in ("categories", "outlets", "authors", "recommenders", "prizes", "editions"):
    getattr(archive, name)
t["group"] = time.perf_counter() - s; s = time.perf_counter()
pages = build_pages(archive, rules)
t["generate"] = time.perf_counter() - s; s = time.perf_counter()
for e in entries:
    render_body(e.body)
t["bodies"] = time.perf_counter() - s
t["pages"] = len(pages)
print(json.dumps(t))
"""


def plugin_work(root: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", PLUGIN_WORK, str(root)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def table_data_bytes(site: Path) -> tuple[str, int] | None:
    """The table page's data file, if the table loads its rows from one."""
    for path in sorted((site / "table").rglob("*")) + sorted(
        site.glob("assets/award-archive/*table*")
    ):
        if path.is_file() and path.suffix in (".json", ".js") and path.name != "index.html":
            return path.relative_to(site).as_posix(), path.stat().st_size
    return None


# -- the report -----------------------------------------------------------------------------
@dataclass
class Row:
    n: int
    full: Run
    nosearch: Run
    baseline: Run
    work: dict[str, float] = field(default_factory=dict)
    table: tuple[str, int] | None = None


def markdown_row(cells: list[str]) -> str:
    """One Markdown table row from its cells."""
    return "| " + " | ".join(cells) + " |"


def with_cpu(wall: float, cpu: float, spec: str) -> str:
    """A wall figure with its CPU figure in brackets, both in the format `spec`."""
    return f"{wall:{spec}} ({cpu:{spec}})"


BUILD_COLUMNS = [
    "N",
    "full s",
    "no-search s",
    "baseline s",
    "no-search / baseline",
    "full / baseline",
    "peak tree MB full / no-search / baseline",
    "site MB (no-search)",
    "files",
    "bytes per entry",
    "baseline bytes per entry",
]


def build_cells(r: Row) -> list[str]:
    mb = 1024 * 1024
    full, nosearch, baseline = r.full, r.nosearch, r.baseline
    peaks = [f"{run.tree_peak_mb:.0f}" for run in (full, nosearch, baseline)]
    return [
        f"{r.n:,}",
        with_cpu(full.seconds, full.cpu_seconds, ".1f"),
        with_cpu(nosearch.seconds, nosearch.cpu_seconds, ".1f"),
        with_cpu(baseline.seconds, baseline.cpu_seconds, ".1f"),
        with_cpu(
            nosearch.seconds / baseline.seconds,
            nosearch.cpu_seconds / baseline.cpu_seconds,
            ".2f",
        ),
        with_cpu(full.seconds / baseline.seconds, full.cpu_seconds / baseline.cpu_seconds, ".2f"),
        " / ".join(peaks),
        f"{nosearch.site_bytes / mb:.0f}",
        f"{nosearch.files:,}",
        f"{nosearch.site_bytes / r.n:,.0f}",
        f"{baseline.site_bytes / r.n:,.0f}",
    ]


WORK_COLUMNS = [
    "N",
    "plugin work s (load + validate + group + generate)",
    "load",
    "validate",
    "group",
    "generate pages",
    "of which bodies (Markdown)",
    "pages",
    "table data",
]


def work_cells(r: Row) -> list[str]:
    w = r.work
    own = w["load"] + w["validate"] + w["group"] + w["generate"]
    table = (
        f"{r.table[0]}: {r.table[1] / r.n:,.0f} B/row"
        if r.table
        else "none (rows inline in table/index.html)"
    )
    stages = [f"{w[stage]:.2f}" for stage in ("load", "validate", "group", "generate", "bodies")]
    return [f"{r.n:,}", f"{own:.2f}", *stages, f"{int(w['pages']):,}", table]


def print_table(columns: list[str], rows: list[list[str]]) -> None:
    print(markdown_row(columns))
    print("|" + "---|" * len(columns))
    for cells in rows:
        print(markdown_row(cells))


def max_rss_summary(r: Row) -> str:
    runs = {"full": r.full, "no-search": r.nosearch, "baseline": r.baseline}
    sizes = ", ".join(f"{name} {run.max_rss_mb:.0f}" for name, run in runs.items())
    return f"{r.n:,}: {sizes}"


def print_report(rows: list[Row]) -> None:
    print()
    print(
        "Wall seconds (CPU seconds, user + system, in brackets); "
        "ratios of CPU time in brackets too."
    )
    print_table(BUILD_COLUMNS, [build_cells(r) for r in rows])
    print()
    print_table(WORK_COLUMNS, [work_cells(r) for r in rows])
    print()
    print(
        "max RSS of the largest single process (time -v), MB: "
        + "; ".join(max_rss_summary(r) for r in rows)
    )


def run(sizes: list[int], work: Path) -> list[Row]:
    rows = []
    for n in sizes:
        print(f"== {n:,} entries", flush=True)
        root, base = prepare(n, work)
        baseline = measure_build(base / "mkdocs.yml", work / "site-baseline")
        print(f"  baseline  {baseline.seconds:.1f} s", flush=True)
        nosearch = measure_build(root / "mkdocs-nosearch.yml", work / "site-nosearch")
        print(f"  no-search {nosearch.seconds:.1f} s", flush=True)
        table = table_data_bytes(work / "site-nosearch")
        full = measure_build(root / "mkdocs.yml", work / "site-full")
        print(f"  full      {full.seconds:.1f} s", flush=True)
        for name, r in (("baseline", baseline), ("no-search", nosearch), ("full", full)):
            if not r.ok:
                print(f"  {name} build FAILED:\n{r.log[-3000:]}", file=sys.stderr)
        work_times = plugin_work(root)
        rows.append(Row(n, full, nosearch, baseline, work_times, table))
        for site in ("site-baseline", "site-nosearch", "site-full"):
            shutil.rmtree(work / site, ignore_errors=True)
    return rows


def profile(n: int, work: Path) -> None:
    """cProfile of one no-search build, in this process: where the time goes."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root, _ = prepare(n, work)
    os.environ.update(NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="0")
    os.chdir(root)
    config = load_config(str(root / "mkdocs-nosearch.yml"), site_dir=str(work / "site-profile"))
    config.plugins.on_startup(command="build", dirty=False)
    prof = cProfile.Profile()
    prof.enable()
    build(config)
    prof.disable()
    stream = io.StringIO()
    pstats.Stats(prof, stream=stream).sort_stats("cumulative").print_stats(45)
    print(stream.getvalue())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int)
    parser.add_argument("--work", type=Path, default=REPO / "benchmarks" / "out")
    parser.add_argument(
        "--profile", type=int, metavar="N", help="profile one no-search build of N entries"
    )
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.profile:
        profile(args.profile, args.work.resolve())
        return 0
    sizes = args.sizes or (
        [1000, 5000, 10000] if os.environ.get("BENCH_FULL") == "1" else [1000, 5000]
    )
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    rows = run(sizes, args.work.resolve())
    print_report(rows)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
