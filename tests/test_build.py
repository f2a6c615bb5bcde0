"""Real builds of real archives, read back as HTML."""

from __future__ import annotations

import html
import re
from pathlib import Path

from award_archive.checking.archive import load_archive
from award_archive.contract.slugs import slugify
from conftest import BuildResult, run_build


def text_of(page: str) -> str:
    """Visible text of a page's HTML, entities decoded, whitespace folded."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_seed_entry_page_shows_every_field_and_the_article(built_repo_site: BuildResult):
    page = built_repo_site.page("entries/chuanyu-guangongwei-zuotanhui/")
    text = text_of(page)
    entry = load_archive(built_repo_site.root).by_id["chuanyu-guangongwei-zuotanhui"]
    for label, value in [
        ("作品标题", entry.title),
        ("参评项目", "消息"),
        ("作者（主创人员）", "李怡霏"),
        ("编辑", "莫尔佳"),
        ("刊播单位", "《关爱明天》杂志"),
        ("首发日期", "2023年7期"),
        ("刊播版面", "《资讯.四川》"),
        ("作品字数（时长）", "2402字"),
        ("作品评介", entry.evaluation),
        ("采编过程", entry.process),
        ("社会效果", entry.effect),
    ]:
        assert f"{label} {value}" in text, label
    # The whole article: every paragraph of the body, in order.
    paragraphs = [p for p in entry.body.split("\n\n") if p and not p.startswith("#")]
    assert len(paragraphs) == 9
    positions = [text.index(" ".join(p.split())) for p in paragraphs]
    assert positions == sorted(positions)
    assert "<title>川渝两地关工委召开工作座谈会" in page


def test_form_fields_come_in_the_forms_order(built_repo_site: BuildResult):
    page = built_repo_site.page("entries/chuanyu-guangongwei-zuotanhui/")
    text = text_of(page.split('<table class="aa-form">', 1)[1])
    labels = [
        "作品标题",
        "参评项目",
        "作者（主创人员）",
        "编辑",
        "刊播单位",
        "首发日期",
        "刊播版面",
        "作品字数（时长）",
        "作品评介",
        "采编过程",
        "社会效果",
    ]
    positions = [text.index(label + " ") for label in labels]
    assert positions == sorted(positions)


def test_entry_links_to_its_index_pages(built_repo_site: BuildResult):
    page = built_repo_site.page("entries/chuanyu-guangongwei-zuotanhui/")
    for href in (
        f"../../categories/{slugify('消息')}/",
        f"../../outlets/{slugify('《关爱明天》杂志')}/",
        f"../../authors/{slugify('李怡霏')}/",
        f"../../editions/{slugify('四川宣传关心下一代新闻佳作')}-10/",
    ):
        assert f'href="{href}"' in page, href
        target = (
            built_repo_site.site / "entries" / "chuanyu-guangongwei-zuotanhui" / href / "index.html"
        )
        assert target.resolve().is_file(), href


def test_table_has_one_row_per_entry(built_repo_site: BuildResult):
    page = built_repo_site.page("table/")
    entries = load_archive(built_repo_site.root).entries
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert body.count("<tr") == len(entries) >= 5
    for e in entries:
        assert f'href="../entries/{e.id}/"' in body


def test_category_and_outlet_pages_list_the_seed_entry(built_repo_site: BuildResult):
    for url in (f"categories/{slugify('消息')}/", f"outlets/{slugify('《关爱明天》杂志')}/"):
        page = built_repo_site.page(url)
        assert 'href="../../entries/chuanyu-guangongwei-zuotanhui/"' in page, url
    overview = text_of(built_repo_site.page("categories/"))
    assert "消息 2" in overview  # the seed entry and one example


def test_edition_page_groups_by_category_and_entries_stay_out_of_nav(built_repo_site: BuildResult):
    page = built_repo_site.page(f"editions/{slugify('四川宣传关心下一代新闻佳作')}-10/")
    assert "消息（1）" in text_of(page) and "通讯（1）" in text_of(page)
    home = built_repo_site.page("")
    before, front = home.split('<section class="aa-front"', 1)
    outside = before + front.split("</section>", 1)[1]  # the front page lists the newest entries
    assert "chuanyu-guangongwei-zuotanhui" not in outside  # entry pages are not in the nav
    assert "作品总表" in home


def test_invalid_archive_fails_with_every_problem_and_writes_nothing(
    archive_factory, tmp_path: Path
):
    good = (
        Path(__file__).parent.parent / "entries" / "examples" / "example-xiaoxi-jiuwei.md"
    ).read_text(encoding="utf-8")
    root = archive_factory(
        {
            "broken/no-title.md": good.replace("title: 全省首个青少年法治教育基地在自贡揭牌\n", ""),
            "broken/bad-category.md": good.replace("category: 消息", "category: 消 息x"),
            "broken/dup.md": good.replace(
                "---\ntitle:", "---\nid: chuanyu-guangongwei-zuotanhui\ntitle:"
            ),
            "broken/bad-date.md": good.replace("published: 2022.6.2", "published: 去年夏天"),
        },
        search=False,
    )
    site = tmp_path / "out"
    result = run_build(root, site=site)
    assert result.returncode != 0
    for expected in (
        "entries/broken/no-title.md:1: title（作品标题）：为必填项，但缺少此项",
        "entries/broken/bad-category.md:6: category（参评项目）："
        "“消 息x”不是允许的参评项目，是否应为“消息”？",
        "entries/broken/dup.md:2: id（编号）："
        "“chuanyu-guangongwei-zuotanhui”也是 entries/chuanyu-guangongwei-zuotanhui.md",
        "entries/broken/bad-date.md:9: published（首发日期）：无法识别日期“去年夏天”",
        "个条目文件中有 ",  # the closing line: "4 个条目文件中有 5 个问题：请改正后重新构建"
        "个问题：请改正后重新构建",
    ):
        assert expected in result.log, expected
    assert not site.exists()


def test_warnings_fail_only_strict(archive_factory):
    short = (
        Path(__file__).parent.parent / "entries" / "examples" / "example-pinglun-zhongguo.md"
    ).read_text(encoding="utf-8")
    short = re.sub(r"evaluation: .*", "evaluation: 太短的评介", short)
    root = archive_factory({"short.md": short.replace("example-pinglun", "x")}, search=False)
    too_short = "evaluation（作品评介）：只有 5 个字；推荐表要求至少 120 字"
    relaxed = run_build(root, expect_warnings=[too_short])
    assert relaxed.returncode == 0, relaxed.log
    assert too_short in relaxed.log
    assert run_build(root, "--strict", expect_warnings=[too_short]).returncode != 0


def test_hostile_title_is_shown_as_text(archive_factory):
    evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>|a|b|'
    text = (
        Path(__file__).parent.parent / "entries" / "examples" / "example-xiaoxi-jiuwei.md"
    ).read_text(encoding="utf-8")
    text = text.replace("title: 全省首个青少年法治教育基地在自贡揭牌", f"title: '{evil}'")
    text = text.replace("outlet: 自贡日报", "outlet: '</title><script>alert(3)</script>'")
    text += "\n<script>alert(4)</script>\n\n[x](javascript:alert(5))\n"
    root = archive_factory({"examples/example-xiaoxi-jiuwei.md": text}, search=False)
    result = run_build(root, expect_warnings=["链接“javascript:alert(5)”"])
    assert result.returncode == 0, result.log
    # the one warning: the javascript: link, which the page shows as text (so --strict fails)
    warnings = [line for line in result.log.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == 1 and "“javascript:alert(5)”不是 http(s)" in warnings[0], warnings
    for path in result.site.rglob("*.html"):
        page = path.read_text(encoding="utf-8")
        assert "<script>alert" not in page, path
        assert "<img src=x" not in page, path
        assert "javascript:alert" not in page, path
    page = result.page("entries/example-xiaoxi-jiuwei/")
    h1 = page.split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert html.unescape(h1) == evil
    assert "<title>&lt;script&gt;alert(1)" in page
