"""Entry pages link to their source file and to the correction form when mkdocs.yml names
a repo_url: real builds, read as HTML."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from award_archive.web.builder import repo_links
from conftest import REPO, SEED_ENTRY, make_archive, run_build

ODD_NAME = "2023/川渝 & #1.md"  # the file name is free when the front matter gives the id
ODD_ID = "odd-name-entry"


def _archive(tmp: Path, extra: str) -> Path:
    yml = (
        (REPO / "mkdocs.yml")
        .read_text(encoding="utf-8")
        .replace("entries_dir: entries", "entries_dir: records")
    )
    seed = SEED_ENTRY.read_text(encoding="utf-8")
    odd = seed.replace("id: chuanyu-guangongwei-zuotanhui", f"id: {ODD_ID}").replace(
        "title: 川渝", "title: 另一篇川渝"
    )
    root = make_archive(
        tmp,
        {SEED_ENTRY.name: seed, ODD_NAME: odd},
        copy_entries=False,
        mkdocs_yml=extra + yml,
        search=False,
    )
    shutil.move(root / "entries", root / "records")
    return root


def _links(page: str) -> dict[str, str]:
    block = re.search(r'<p class="aa-source-links">(.*?)</p>', page, re.S)
    assert block, "no source links on the page"
    return {
        html.unescape(text): html.unescape(href)
        for href, text in re.findall(
            r'<a class="aa-\w+" href="([^"]*)" rel="nofollow">([^<]*)</a>', block[1]
        )
    }


def test_entry_pages_link_to_the_source_and_the_correction_form(tmp_path: Path):
    root = _archive(
        tmp_path, "repo_url: https://github.com/award-office/archive/\nedit_uri: edit/main/docs/\n"
    )
    result = run_build(root, expect_warnings=())
    assert result.returncode == 0, result.log
    links = _links(result.page(f"entries/{ODD_ID}/"))
    assert set(links) == {"在 GitHub 上编辑此条目", "报告错误"}
    assert links["在 GitHub 上编辑此条目"] == (
        "https://github.com/award-office/archive/edit/main/records/2023/"
        "%E5%B7%9D%E6%B8%9D%20%26%20%231.md"
    )
    report = urlsplit(links["报告错误"])
    assert (report.netloc, report.path) == ("github.com", "/award-office/archive/issues/new")
    assert parse_qs(report.query) == {"template": ["correction.yml"], "id": [ODD_ID]}
    seed = _links(result.page("entries/chuanyu-guangongwei-zuotanhui/"))
    assert seed["在 GitHub 上编辑此条目"].endswith(
        "/edit/main/records/chuanyu-guangongwei-zuotanhui.md"
    )
    assert "&amp;id=chuanyu-guangongwei-zuotanhui" in result.page(
        "entries/chuanyu-guangongwei-zuotanhui/"
    )


def test_no_links_without_a_repo_url(tmp_path: Path):
    result = run_build(_archive(tmp_path, ""), expect_warnings=())
    assert result.returncode == 0, result.log
    page = result.page(f"entries/{ODD_ID}/")
    assert "aa-source-links" not in page and "报告错误" not in page


def test_edit_uri_forms():
    assert repo_links(None, None, "docs") is None
    assert repo_links("https://github.com/o/r", "edit/master/docs/", "docs").edit(
        "entries/x.md"
    ) == ("https://github.com/o/r/edit/master/entries/x.md")
    site = repo_links(
        "https://github.com/o/r/", "https://host/o/r/-/edit/main/site/docs", "site/docs"
    )
    assert (
        site is not None
        and site.edit("entries/x.md") == "https://host/o/r/-/edit/main/entries/x.md"
    )
    none = repo_links("https://github.com/o/r", "", "docs")  # edit_uri: '' turns edit links off
    assert (
        none is not None and none.edit("entries/x.md") == "" and none.report("x").endswith("id=x")
    )
