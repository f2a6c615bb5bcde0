"""archive.yml: the archive's own model. One small site built with it (aliases merged,
per-award vocabulary, award and jury pages, records across editions), validation of the
file and of the entries against it through the real `awards validate`."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest
import yaml
from cli_helpers import awards

from award_archive.checking.archive import load_archive_with_model
from award_archive.checking.archive_file import parse_archive_text
from award_archive.checking.validate import Rules
from award_archive.contract.names import variant_key
from conftest import BuildResult, fetch, make_archive, mkdocs_serve, run_build, wait_for_page

AWARD = "测试新闻奖"
ARCHIVE_YML = f"""\
awards:
  - name: {AWARD}
    organiser: 测试省记者协会
    url: https://example.org/award/
    categories: [消息, 通讯, 新闻专栏]
    prizes: [一等奖, 二等奖, 入围]
    renamed: {{新闻名专栏: 新闻专栏}}
    editions:
      1: {{year: 2023, announced: 2023-11-20, entries: 88, winners: 30}}
      2:
        year: 2024
        announced: 2024-11-18
        entries: 95
        winners: 31
        jury: [评委<甲>, 评委乙]
        publicity: {{from: 2024-11-01, to: 2024-11-07}}
outlets:
  - name: 华西都市报
    aliases: [华西都市报社]
people:
  - name: 张伟
    id: zhang-wei-huaxi
    note: 华西都市报
  - name: 张伟
    id: zhang-wei-chengdu
    note: 成都商报
recommenders:
  - name: 成都市关工委
    aliases: [成都市关心下一代工作委员会]
"""


def entry(title: str, edition: int, category: str, authors: str, outlet: str, **more: str) -> str:
    lines = [
        f"title: {title}",
        f"award: {AWARD}",
        f"edition: {edition}",
        f"category: {category}",
        f"authors: [{authors}]",
        f"outlet: {outlet}",
        *(f"{k}: {v}" for k, v in more.items()),
    ]
    return "---\n" + "\n".join(lines) + f"\n---\n\n# {title}\n\n正文。\n"


ENTRIES = {
    "a.md": entry(
        "甲稿",
        1,
        "消息",
        "张伟#zhang-wei-huaxi",
        "华西都市报",
        published="2023-01-05",
        recommender="成都市关工委",
        prize="一等奖",
        stage="获奖",
    ),
    "b.md": entry(
        "乙稿",
        2,
        "新闻名专栏",
        "张伟",
        "华西都市报社",
        published="2024-02-01",
        recommender="成都市关心下一代工作委员会",
        stage="入围",
    ),
    "c.md": entry(
        "丙稿",
        2,
        "通讯",
        "张伟#zhang-wei-chengdu",
        "成都商报",
        published="2024-03-01",
        prize="二等奖",
    ),
    "d.md": entry("丁稿", 2, "消息", "王五", "《华西都市报》", published="2024-04-01"),
    "e.md": entry("丙稿", 2, "通讯", "李四", "成都商报", published="2024-05-09"),
}
WARNINGS = ("looks like", "same title", "像是", "标题")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    root = make_archive(tmp_path_factory.mktemp("model"), ENTRIES, copy_entries=False, search=False)
    (root / "archive.yml").write_text(ARCHIVE_YML, encoding="utf-8")
    result = run_build(root, expect_warnings=WARNINGS)
    assert result.returncode == 0, result.log
    return result


def text_of(html: str) -> str:
    """The page's article as text (tags dropped), to read what a reader sees."""
    article = re.search(r"<article.*?</article>", html, re.S)
    assert article, html[:300]
    body = re.sub(r"<svg.*?</svg>", " ", article.group(0), flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", body)).split())


def slug_of(result: BuildResult, kind: str, name: str) -> str:
    """The slug the build recorded for `name` (schema/published-slugs.yml)."""
    text = (result.root / "schema" / "published-slugs.yml").read_text(encoding="utf-8")
    slugs: dict[str, str] = yaml.safe_load(text)[kind]
    return slugs[name]


def test_an_alias_is_one_outlet_page_and_one_facet_value(site: BuildResult) -> None:
    outlets = sorted(p.name for p in (site.site / "outlets").iterdir() if p.is_dir())
    assert len(outlets) == 3, outlets  # 华西都市报 (with its alias), 《华西都市报》, 成都商报
    page = text_of(site.page(f"outlets/{slug_of(site, 'outlets', '华西都市报')}/"))
    assert "甲稿" in page and "乙稿" in page and "共 2 件作品" in page
    data = json.loads((site.site / "table" / "entries.json").read_text(encoding="utf-8"))
    assert "华西都市报社" not in data["dict"]["outlet"]
    assert "成都市关心下一代工作委员会" not in data["dict"]["recommender"]
    assert data["dict"]["recommender"] == ["成都市关工委"]


def test_the_entry_page_keeps_the_name_as_written_and_links_the_record(
    site: BuildResult,
) -> None:
    html = site.page("entries/b/")
    slug = slug_of(site, "outlets", "华西都市报")
    assert re.search(rf'href="[./]*outlets/{slug}/">华西都市报社</a>', html)
    assert "新闻名专栏" in text_of(html)  # the category as the entry wrote it
    # the search page's filters (Pagefind) count the record too
    assert 'data-pagefind-filter="刊播单位[data-value]" data-value="华西都市报"' in html
    assert 'data-value="华西都市报社"' not in html
    assert 'data-pagefind-filter="参评项目[data-value]" data-value="新闻专栏"' in html


def test_people_of_one_name_are_told_apart_by_id_or_outlet(site: BuildResult) -> None:
    huaxi = slug_of(site, "authors", "张伟(华西都市报)")
    chengdu = slug_of(site, "authors", "张伟(成都商报)")
    huaxi_page = text_of(site.page(f"authors/{huaxi}/"))
    assert "甲稿" in huaxi_page and "乙稿" in huaxi_page  # b.md: by its outlet's alias
    assert "丙稿" in text_of(site.page(f"authors/{chengdu}/"))
    entry_html = site.page("entries/a/")
    assert "zhang-wei-huaxi" not in text_of(entry_html)  # shown as 张伟
    assert re.search(rf'href="[./]*authors/{huaxi}/">张伟</a>', entry_html)


def test_a_renamed_category_is_shown_by_its_new_name(site: BuildResult) -> None:
    edition = text_of(site.page(f"editions/{slug_of(site, 'awards', AWARD)}-2/"))
    assert "新闻专栏（1）" in edition and "新闻名专栏（" not in edition
    data = json.loads((site.site / "table" / "entries.json").read_text(encoding="utf-8"))
    assert "新闻名专栏" not in data["dict"]["category"]


def test_the_award_page(site: BuildResult) -> None:
    slug = slug_of(site, "awards", AWARD)
    page = text_of(site.page(f"awards/{slug}/"))
    assert "主办单位：测试省记者协会" in page
    assert "第2届 2024 2024-11-18 2024-11-01—2024-11-07 95 31 4 1 2 位" in page
    assert "第1届 2023 2023-11-20 88 30 1 1" in page
    # categories over the editions: 消息 通讯 新闻专栏, then each edition's counts
    assert "届次 消息 通讯 新闻专栏 合计 第1届 1 0 0 1 第2届 1 2 1 4" in page
    assert "<svg" in site.page(f"awards/{slug}/")
    assert AWARD in text_of(site.page("awards/"))
    assert re.search(rf'href="[./]*awards/{slug}/">{AWARD}</a>', site.page(""))  # front page


def test_the_awards_overview_joins_the_nav_before_the_editions(site: BuildResult) -> None:
    """mkdocs.yml's nav does not name awards/ (it exists only with archive.yml)."""
    stats = site.page("stats/")
    tab = re.search(r'<a href="[./]*awards/"[^>]*>\s*奖项', stats)
    editions = re.search(r'<a href="[./]*editions/"[^>]*>\s*届次', stats)
    assert tab and editions and tab.start() < editions.start(), stats


def test_the_jury_page_and_the_publicity_window(site: BuildResult) -> None:
    edition_slug = f"{slug_of(site, 'awards', AWARD)}-2"
    edition = text_of(site.page(f"editions/{edition_slug}/"))
    assert "公示：2024-11-01—2024-11-07" in edition and "评委（2 位）" in edition
    jury_html = site.page(f"editions/{edition_slug}/jury/")
    assert "评委&lt;甲&gt;" in jury_html and "评委<甲>" not in jury_html
    assert "评委乙" in text_of(jury_html)
    assert not (site.site / "editions" / f"{edition_slug[:-2]}-1" / "jury").exists()


def test_records_across_editions_on_outlet_pages_and_stats(site: BuildResult) -> None:
    page = text_of(site.page(f"outlets/{slug_of(site, 'outlets', '华西都市报')}/"))
    assert "推荐 2 件，获奖 1 件" in page
    assert f"{AWARD} 第1届 1 1 1 / 1" in page and f"{AWARD} 第2届 1 0 2 / 3" in page
    chengdu = text_of(site.page(f"outlets/{slug_of(site, 'outlets', '成都商报')}/"))
    assert f"{AWARD} 第2届 2 1 1 / 3" in chengdu
    stats = text_of(site.page("stats/"))
    assert "刊播单位 推荐 获奖 成都商报 2 1 华西都市报 2 1" in stats
    assert "推荐单位 推荐 获奖 成都市关工委 2 1" in stats


def test_variant_and_duplicate_warnings_name_both_files(site: BuildResult) -> None:
    warnings = [line for line in site.log.splitlines() if line.startswith("WARNING")]
    variant = [w for w in warnings if "entries/d.md" in w]
    assert variant and "华西都市报" in variant[0] and "archive.yml" in variant[0]
    assert any("entries/c.md" in w and "entries/e.md" in w for w in warnings)
    assert any(w.count("entries/e.md") and "entries/c.md" in w for w in warnings)


def test_without_archive_yml_there_are_no_award_pages(tmp_path: Path) -> None:
    root = make_archive(
        tmp_path,
        {"a.md": ENTRIES["a.md"].replace("新闻名专栏", "消息")},
        copy_entries=False,
        search=False,
    )
    result = run_build(root, expect_warnings=())
    assert result.returncode == 0, result.log
    assert not (result.site / "awards").exists()
    assert not re.search(r'href="[./]*awards/"', result.page("stats/"))  # nor in the nav
    assert "推荐 " not in text_of(result.page("stats/"))


def validate(root: Path, *args: str) -> tuple[int, str]:
    run = awards("validate", "--root", str(root), *args, cwd=root)
    return run.returncode, run.stdout


def test_validate_checks_archive_yml_with_file_line_and_key(tmp_path: Path) -> None:
    root = make_archive(tmp_path, {"a.md": ENTRIES["a.md"]}, copy_entries=False, search=False)
    broken = ARCHIVE_YML.replace("announced: 2024-11-18", "announced: 2024-13-18").replace(
        "aliases: [华西都市报社]", "aliases: [华西都市报社]\n    colour: red"
    )
    (root / "archive.yml").write_text(broken, encoding="utf-8")
    code, out = validate(root)
    assert code == 1
    lines = out.splitlines()
    announced = next(n for n, line in enumerate(broken.splitlines(), 1) if "2024-13-18" in line)
    assert any(
        line.startswith(f"archive.yml:{announced}: awards[1].editions.2.announced")
        for line in lines
    ), out
    assert any("outlets[1].colour" in line and "“colour”" in line for line in lines), out
    assert all("\n" not in line for line in lines)
    code, one_file = validate(root, "entries/a.md")  # one entry asked for: the file still
    assert code == 1 and f"archive.yml:{announced}:" in one_file, one_file


def test_entries_are_checked_against_their_own_awards_lists(tmp_path: Path) -> None:
    own = entry("戊稿", 1, "评论", "赵六", "成都商报", published="2023-06-01", prize="三等奖")
    other = own.replace(AWARD, "另一个奖").replace("戊稿", "己稿")
    root = make_archive(
        tmp_path, {"own.md": own, "other.md": other}, copy_entries=False, search=False
    )
    (root / "archive.yml").write_text(ARCHIVE_YML, encoding="utf-8")
    code, out = validate(root)
    assert code == 1
    own_lines = [line for line in out.splitlines() if line.startswith("entries/own.md")]
    assert any("category" in line and "“评论”" in line for line in own_lines), out
    assert any("prize" in line and "“三等奖”" in line for line in own_lines), out
    assert not [line for line in out.splitlines() if line.startswith("entries/other.md")], out
    old_name = own.replace("评论", "新闻名专栏").replace("三等奖", "一等奖")
    (root / "entries" / "own.md").write_text(old_name, encoding="utf-8")
    assert validate(root)[0] == 0


def test_an_unknown_person_id_is_an_error(tmp_path: Path) -> None:
    bad = entry("庚稿", 1, "消息", "张伟#zhang-wei-nowhere", "成都商报", published="2023-06-01")
    root = make_archive(tmp_path, {"g.md": bad}, copy_entries=False, search=False)
    (root / "archive.yml").write_text(ARCHIVE_YML, encoding="utf-8")
    code, out = validate(root)
    assert code == 1 and "zhang-wei-huaxi" in out and "entries/g.md:6: authors" in out, out


def test_the_file_refuses_aliases_anchors_and_two_records_for_one_name() -> None:
    anchored = parse_archive_text("outlets:\n  - &a {name: 甲}\n  - *a\n", "archive.yml")
    assert [p.line for p in anchored.problems] == [2]
    twice = parse_archive_text(
        "outlets:\n  - name: 甲\n    aliases: [乙]\n  - name: 丙\n    aliases: [乙]\n",
        "archive.yml",
    )
    assert [(p.line, p.key) for p in twice.problems] == [(4, "outlets[2]")]
    assert "“乙”" in twice.problems[0].message and "“甲”" in twice.problems[0].message


def test_variant_key_is_the_one_rule() -> None:
    assert (
        variant_key("华西都市报社") == variant_key("《华西都市报》") == variant_key("华西 都市报")
    )
    assert variant_key("ＣＣＴＶ") == variant_key("cctv")
    assert variant_key("新华社") != variant_key("新华")  # too short to drop 社


def test_loading_without_a_file_changes_nothing() -> None:
    repo = Path(__file__).resolve().parent.parent
    archive = load_archive_with_model(repo, Rules(), archive_file="no-such-archive.yml")
    assert not archive.has_model and archive.ok


def test_name_checks_need_archive_yml(tmp_path: Path) -> None:
    twins = {"a.md": ENTRIES["c.md"], "b.md": ENTRIES["e.md"]}  # same title and outlet
    root = make_archive(tmp_path, twins, copy_entries=False, search=False)
    assert validate(root, "--strict")[0] == 0
    (root / "archive.yml").write_text("", encoding="utf-8")
    code, out = validate(root, "--strict")
    assert code == 1 and "entries/a.md" in out and "entries/b.md" in out, out


def test_a_rebuild_with_archive_yml_is_byte_identical(site: BuildResult) -> None:
    again = run_build(site.root, site=site.root / "site-again", expect_warnings=WARNINGS)
    assert again.returncode == 0, again.log
    pages = [p for p in site.site.rglob("*.html") if "awards" in p.parts or "jury" in p.parts]
    pages += [site.site / "stats" / "index.html", site.site / "table" / "entries.json"]
    assert len(pages) > 4
    for path in pages:
        other = again.site / path.relative_to(site.site)
        assert path.read_bytes() == other.read_bytes(), path


def test_serve_rebuilds_when_archive_yml_appears_and_changes(tmp_path: Path) -> None:
    """Serve started without archive.yml notices the file once it is created (no restart),
    then every change to it."""
    root = make_archive(tmp_path, {"a.md": ENTRIES["a.md"]}, copy_entries=False, search=False)
    with mkdocs_serve(root) as base:
        wait_for_page(base + "editions/", "测试新闻奖")
        assert fetch(base + "awards/") is None  # no archive.yml: no award pages yet
        (root / "archive.yml").write_text(ARCHIVE_YML, encoding="utf-8")
        edition = wait_for_page(base + "editions/", "awards/")
        link = re.search(r'href="([^"]*awards/[^"]+/)"', edition)
        assert link, edition
        award = base + "editions/" + link.group(1)
        wait_for_page(award, "测试省记者协会")
        changed = ARCHIVE_YML.replace("测试省记者协会", "测试省新闻工作者协会")
        (root / "archive.yml").write_text(changed, encoding="utf-8")
        wait_for_page(award, "测试省新闻工作者协会")


def test_names_in_the_file_are_visible_text_on_one_line() -> None:
    found = parse_archive_text(
        'outlets:\n  - name: "甲\\u202e乙"\n  - name: "\\u200b"\n  - name: "丙\\n丁"\n',
        "archive.yml",
    )
    assert [(p.line, p.key) for p in found.problems] == [
        (2, "outlets[1].name"),
        (3, "outlets[2].name"),
    ]
    assert "U+202E" in found.problems[0].message
    assert [o.name for o in found.model.outlets] == ["丙 丁"]  # a line break joins, as in entries


def test_a_name_that_becomes_an_alias_redirects_to_its_record(tmp_path: Path) -> None:
    entries = {"a.md": ENTRIES["a.md"], "b.md": ENTRIES["b.md"]}
    root = make_archive(tmp_path, entries, copy_entries=False, search=False)
    before = run_build(root, expect_warnings=())
    assert before.returncode == 0, before.log
    alias_slug = slug_of(before, "outlets", "华西都市报社")
    old_category = slug_of(before, "categories", "新闻名专栏")
    assert "乙稿" in text_of(before.page(f"outlets/{alias_slug}/"))
    (root / "archive.yml").write_text(ARCHIVE_YML, encoding="utf-8")
    after = run_build(root, expect_warnings=())
    assert after.returncode == 0, after.log
    record = slug_of(after, "outlets", "华西都市报")
    moved = after.page(f"outlets/{alias_slug}/")
    assert f'url=../{record}/"' in moved and "noindex" in moved
    renamed = after.page(f"categories/{old_category}/")
    assert f'url=../{slug_of(after, "categories", "新闻专栏")}/"' in renamed


def test_every_entry_writing_a_variant_is_warned(tmp_path: Path) -> None:
    variants = {
        "x.md": entry("子稿", 1, "消息", "王五", "华西都市报社", published="2023-02-01"),
        "y.md": entry("丑稿", 1, "消息", "王五", "《华西都市报社》", published="2023-03-01"),
        "z.md": entry("寅稿", 1, "消息", "王五", "《华西都市报社》", published="2023-04-01"),
    }
    root = make_archive(tmp_path, variants, copy_entries=False, search=False)
    (root / "archive.yml").write_text(ARCHIVE_YML, encoding="utf-8")
    code, out = validate(root)
    assert code == 0
    warned = [line for line in out.splitlines() if "“《华西都市报社》”" in line]
    assert [line.split(":")[0] for line in warned] == ["entries/y.md", "entries/z.md"], out
    assert all("entries/x.md" in line and "“华西都市报”" in line for line in warned), out
