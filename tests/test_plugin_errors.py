"""An unexpected exception in the plugin's own code is one located line, not a traceback
(issue 10, item 3: `ValueError: year 0 is out of range` came out raw)."""

from __future__ import annotations

from conftest import make_archive, run_build

# A test-only hook standing in for a bug: the feed cannot be written.
BROKEN_FEED = """
from award_archive.web import outputs as browse_files

def broken(*args, **kwargs):
    raise ValueError("injected\\nfailure")

browse_files.feed_xml = broken
"""


def test_a_bug_in_the_plugin_is_one_located_line_and_the_old_site_stays(tmp_path):
    root = make_archive(tmp_path, search=False)
    yml = root / "mkdocs.yml"
    first = run_build(root)
    assert first.returncode == 0, first.log
    before = (root / "site" / "index.html").read_bytes()
    (root / "broken_feed.py").write_text(BROKEN_FEED, encoding="utf-8")
    yml.write_text(
        yml.read_text(encoding="utf-8") + "\nhooks:\n  - broken_feed.py\n", encoding="utf-8"
    )
    result = run_build(root, cli=True)  # the hook patches the plugin: a process of its own
    assert result.returncode != 0
    assert "Traceback" not in result.log, result.log
    lines = [x for x in result.log.splitlines() if "award-archive 在" in x]
    assert len(lines) == 1, result.log
    assert "award-archive 在 on_files 中出错：ValueError: injected failure (outputs.py:" in lines[0]
    assert "这是插件的缺陷：请报告此问题" in lines[0]
    assert (root / "site" / "index.html").read_bytes() == before
    assert not [p for p in root.iterdir() if p.name.startswith(".site.")]
