"""What a build promises whatever happens: a failed build leaves the previous site byte
for byte, and two builds of the same entries are byte-identical."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_hostile_output import hostile_entries

from conftest import REFUSED_LINK, BuildResult, make_archive, mkdocs_serve, run_build, wait_for_page

BAD_ENTRY = "---\ntitle: 缺少其他字段\nauther: 张伟\n---\n\n正文。\n"

# A test-only MkDocs hook: fails while writing one entry page, after other pages were written.
FAILING_HOOK = """
def on_post_page(output, page, config):
    if page.file.src_uri == "entries/chuanyu-guangongwei-zuotanhui.md":
        raise RuntimeError("injected failure while writing one page")
    return output
"""


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` (hidden ones too), by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def leftovers(root: Path) -> list[str]:
    """Temporary folders a build must not leave beside the site."""
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".site."))


def other_hash_seed() -> str:
    """A PYTHONHASHSEED under which str hashes differ from this process's."""
    probe = "award-archive"
    for seed in ("1", "2"):
        code = f"print(hash({probe!r}))"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, text=True)
        if int(out.stdout) != hash(probe):
            return seed
    raise AssertionError("two hash seeds gave this process's hashes")


@pytest.fixture(scope="module")
def built_once(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    root = make_archive(tmp_path_factory.mktemp("built"), search=False)
    result = run_build(root)
    assert result.returncode == 0, result.log
    return result


@pytest.fixture
def built(built_once: BuildResult, tmp_path: Path) -> BuildResult:
    """An archive with its built site, a copy of its own for each test to change."""
    root = tmp_path / "archive"
    shutil.copytree(built_once.root, root, symlinks=True)
    return BuildResult(root, root / "site", built_once.returncode, built_once.log)


def test_invalid_entry_leaves_previous_site_byte_identical(built: BuildResult):
    before = snapshot(built.site)
    (built.root / "entries" / "broken.md").write_text(BAD_ENTRY, encoding="utf-8")
    result = run_build(built.root)
    assert result.returncode != 0
    assert "entries/broken.md:3: auther：不是条目格式中的字段；是否应为“authors”？" in result.log
    assert "Traceback" not in result.log
    assert snapshot(built.site) == before
    assert leftovers(built.root) == []


def test_failure_half_way_leaves_previous_site_byte_identical(built: BuildResult):
    before = snapshot(built.site)
    (built.root / "fail_hook.py").write_text(FAILING_HOOK, encoding="utf-8")
    yml = built.root / "mkdocs.yml"
    yml.write_text(
        yml.read_text(encoding="utf-8") + "\nhooks:\n  - fail_hook.py\n", encoding="utf-8"
    )
    result = run_build(built.root)
    assert result.returncode != 0
    assert "injected failure while writing one page" in result.log
    assert snapshot(built.site) == before
    assert leftovers(built.root) == []


def test_strict_abort_leaves_previous_site(built: BuildResult):
    """--strict aborts after the last plugin ran: the new site must not be swapped in."""
    before = snapshot(built.site)
    (built.root / "docs" / "about.md").write_text(
        "# 关于\n\n[坏链接](no-such-page.md)\n", encoding="utf-8"
    )
    result = run_build(built.root, "--strict", expect_warnings=["no-such-page.md"])
    assert result.returncode != 0
    assert "no-such-page.md" in result.log and "strict mode" in result.log
    assert snapshot(built.site) == before
    assert leftovers(built.root) == []


def test_first_build_that_fails_leaves_no_site(tmp_path: Path):
    root = make_archive(tmp_path, search=False)
    (root / "fail_hook.py").write_text(FAILING_HOOK, encoding="utf-8")
    yml = root / "mkdocs.yml"
    yml.write_text(
        yml.read_text(encoding="utf-8") + "\nhooks:\n  - fail_hook.py\n", encoding="utf-8"
    )
    result = run_build(root)
    assert result.returncode != 0
    assert not (root / "site").exists()
    assert leftovers(root) == []


def test_successful_rebuild_replaces_the_site(built: BuildResult):
    (built.site / "stale.html").write_text("from an older build", encoding="utf-8")
    result = run_build(built.root)
    assert result.returncode == 0, result.log
    assert not (built.site / "stale.html").exists()
    assert (built.site / "entries" / "chuanyu-guangongwei-zuotanhui" / "index.html").is_file()
    assert leftovers(built.root) == []


def test_two_builds_are_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Every file of the site, whatever its kind (HTML, JSON, XML, gzip, a search index),
    from a build in this process and one by the CLI under another hash seed, so set and
    dict order cannot leak into output."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    # The shipped entries plus names that share a slug and a payload in every field.
    root = make_archive(tmp_path, hostile_entries())
    here = run_build(root, site=tmp_path / "here", expect_warnings=[REFUSED_LINK])
    monkeypatch.setenv("PYTHONHASHSEED", other_hash_seed())  # a new process: the real CLI
    there = run_build(root, site=tmp_path / "there", expect_warnings=[REFUSED_LINK], cli=True)
    sites = []
    for result in (here, there):
        assert result.returncode == 0, result.log
        sites.append(snapshot(result.site))
    first, second = sites
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []
    # The gzip header carries a time: it must be the sitemap's own (pinned) date.
    gz = first["sitemap.xml.gz"]
    header_mtime = int.from_bytes(gz[4:8], "little")
    lastmod = re.search(r"<lastmod>([0-9-]+)</lastmod>", first["sitemap.xml"].decode()).group(1)
    assert header_mtime == int(datetime.fromisoformat(lastmod).replace(tzinfo=UTC).timestamp())
    assert gzip.decompress(gz) == first["sitemap.xml"]


def test_site_folder_that_is_a_link_stays_a_link(tmp_path: Path):
    root = make_archive(tmp_path, search=False)
    real = tmp_path / "deployed"
    real.mkdir()
    (root / "site").symlink_to(real)
    result = run_build(root)
    assert result.returncode == 0, result.log
    assert (root / "site").is_symlink()
    assert (real / "entries" / "chuanyu-guangongwei-zuotanhui" / "index.html").is_file()
    assert leftovers(root) == [] and leftovers(tmp_path) == []


def test_serve_builds_without_touching_the_site_folder(tmp_path: Path):
    """`mkdocs serve` builds into its own temporary folder: no swap, no site/ created."""
    root = make_archive(tmp_path, search=False)
    log = tmp_path / "serve.log"
    with mkdocs_serve(root, "--no-livereload", log=log, cli=True) as base:  # the real CLI
        page = wait_for_page(base + "entries/chuanyu-guangongwei-zuotanhui/", "aa-entry")
    assert "川渝两地关工委" in page, log.read_text(encoding="utf-8")
    assert not (root / "site").exists()
    assert leftovers(root) == []


def test_strict_build_with_an_entry_warning_leaves_previous_site(built: BuildResult):
    """The entries' own warnings (a short 作品评介) also make --strict abort: no swap."""
    before = snapshot(built.site)
    seed = (built.root / "entries" / "chuanyu-guangongwei-zuotanhui.md").read_text(encoding="utf-8")
    short = re.sub(r"^evaluation: .*$", "evaluation: 太短。", seed, count=1, flags=re.MULTILINE)
    assert short != seed
    (built.root / "entries" / "chuanyu-guangongwei-zuotanhui.md").write_text(
        short, encoding="utf-8"
    )
    result = run_build(built.root, "--strict", expect_warnings=["只有 3 个字"])
    assert result.returncode != 0
    assert "evaluation（作品评介）：只有 3 个字" in result.log and "strict mode" in result.log
    assert snapshot(built.site) == before
    assert leftovers(built.root) == []
