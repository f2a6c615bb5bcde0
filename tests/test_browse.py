"""The browsing half of the site, read from real builds: the table's data file, the
statistics page, people and organisation pages, citations, head metadata and the feed."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from test_build import text_of

from award_archive.checking.archive import load_archive
from award_archive.contract.slugs import pinyin_key, slugify
from award_archive.web.citation import gbt7714
from award_archive.web.table_data import COLUMNS
from conftest import BuildResult

SEED = "entries/chuanyu-guangongwei-zuotanhui/"
EXAMPLE = (
    Path(__file__).parent.parent / "entries" / "examples" / "example-xiaoxi-jiuwei.md"
).read_text(encoding="utf-8")


def site_url(build: BuildResult) -> str:
    """The site_url the archive's mkdocs.yml sets, with a trailing slash."""
    url = re.search(
        r"^site_url:\s*(\S+)", (build.root / "mkdocs.yml").read_text(encoding="utf-8"), re.M
    ).group(1)
    return url.rstrip("/") + "/"


def test_table_data_holds_every_entry_column_by_column(built_repo_site: BuildResult):
    data = json.loads((built_repo_site.site / "table" / "entries.json").read_text(encoding="utf-8"))
    entries = load_archive(built_repo_site.root).entries
    col, dicts = data["col"], data["dict"]
    assert data["v"] == 2 and list(col) == list(COLUMNS)
    assert all(
        len(values) == data["n"] == len(entries) for key, values in col.items() if key != "authors"
    )
    assert sorted(col["id"]) == sorted(e.id for e in entries)
    assert len(col["authors"]) == sum(col["author_count"]) == sum(len(e.authors) for e in entries)
    seed = col["id"].index("chuanyu-guangongwei-zuotanhui")
    assert dicts["outlet"][col["outlet"][seed]] == "《关爱明天》杂志"
    assert dicts["category"][col["category"][seed]] == "消息"
    assert dicts["date"][col["date"][seed]] == "2023-07-00-07"
    assert dicts["date"] == sorted(set(dicts["date"]))  # a date's index is its rank
    assert dicts["published"][col["published"][seed]] == "2023年7期"
    award, number = dicts["edition"][col["edition"][seed]]
    assert (dicts["award"][award], number) == ("四川宣传关心下一代新闻佳作", 10)
    # each edition once, newest first within its award; years newest first
    assert dicts["edition"] == sorted(dicts["edition"], key=lambda p: (p[0], -p[1]))
    assert dicts["year"] == sorted(dicts["year"], reverse=True)
    titles = [t for _, t in sorted(zip(col["trank"], col["title"], strict=True))]
    assert titles == sorted(titles, key=pinyin_key)
    # dictionaries come in pinyin order, so their positions sort the browser's columns
    assert dicts["outlet"] == sorted(dicts["outlet"], key=pinyin_key)
    assert dicts["author"] == sorted(dicts["author"], key=pinyin_key)
    assert data["slug"]["outlet"][col["outlet"][seed]] == slugify("《关爱明天》杂志")
    first_author = col["authors"][sum(col["author_count"][:seed])]
    assert dicts["author"][first_author] == "李怡霏"
    assert (
        built_repo_site.site / "authors" / data["slug"]["author"][first_author] / "index.html"
    ).is_file()
    # every row's values read back as the entry's own
    by_id = {e.id: e for e in entries}
    for i, entry_id in enumerate(col["id"]):
        e = by_id[entry_id]
        assert dicts["award"][col["award"][i]] == e.award and col["title"][i] == e.title
        assert dicts["edition"][col["edition"][i]] == [col["award"][i], e.edition]
        assert dicts["published"][col["published"][i]] == e.published.text
        assert dicts["date"][col["date"][i]] == e.published.sortable
        shown = dicts["length"][col["length"][i]] if col["length"][i] >= 0 else ""
        assert shown == (e.length.display if e.length else "")


def test_hostile_text_is_escaped_in_data_head_and_feed(archive_factory):
    from conftest import run_build

    evil = "</script><b>&x</b>"
    text = EXAMPLE.replace("title: 全省首个青少年法治教育基地在自贡揭牌", f"title: '{evil}'")
    text = text.replace("outlet: 自贡日报", "outlet: '<i>报</i>'")
    root = archive_factory({"examples/example-xiaoxi-jiuwei.md": text}, search=False)
    result = run_build(root, "--strict")
    assert result.returncode == 0, result.log
    raw = (result.site / "table" / "entries.json").read_text(encoding="utf-8")
    assert "<" not in raw and ">" not in raw and "&" not in raw and "\\u003c/script\\u003e" in raw
    data = json.loads(raw)  # still valid JSON
    assert evil in data["col"]["title"] and "<i>报</i>" in data["dict"]["outlet"]
    page = result.page("entries/example-xiaoxi-jiuwei/")
    head = page.split("</head>", 1)[0]
    jsonld = re.search(r'<script type="application/ld\+json">(.*?)</script>', head, re.S).group(1)
    assert json.loads(jsonld)["name"] == evil
    assert "<b>" not in head and 'content="&lt;/script&gt;&lt;b&gt;&amp;x&lt;/b&gt;"' in head
    feed = ET.parse(result.site / "feed.xml")  # parses: every text was XML-escaped
    assert evil in [t.text for t in feed.iter("title")]
    table = result.page("table/")
    assert "<b>&x" not in table and "&lt;/script&gt;&lt;b&gt;&amp;x" in table


def test_entry_page_has_citation_jsonld_and_open_graph(built_repo_site: BuildResult):
    page = built_repo_site.page(SEED)
    text = text_of(page)
    assert (
        "引用： 李怡霏. 川渝两地关工委召开工作座谈会并签订合作协议——服务成渝地区双城经济圈建设 "
        "共促关爱事业高质量发展[J]. 关爱明天, 2023(7)." in text
    )
    head = page.split("</head>", 1)[0]
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', head, re.S).group(1)
    )
    assert data["@type"] == "CreativeWork" and data["author"] == [
        {"@type": "Person", "name": "李怡霏"}
    ]
    assert data["publisher"]["name"] == "《关爱明天》杂志" and data["datePublished"] == "2023"
    assert data["url"] == site_url(built_repo_site) + SEED
    assert '<meta property="og:type" content="article">' in head
    assert '<meta property="og:site_name" content="新闻奖作品档案">' in head
    assert '<meta property="og:title" content="川渝两地关工委召开工作座谈会并签订合作协议' in head
    assert '<meta property="og:description" content="作品实时报道了川渝两地关工委' in head
    assert f'<meta property="og:url" content="{site_url(built_repo_site)}{SEED}">' in head
    assert '<link rel="alternate feed" type="application/rss+xml"' in head


def test_citation_shapes_follow_gbt7714(built_repo_site: BuildResult):
    by_id = load_archive(built_repo_site.root).by_id
    assert gbt7714(by_id["example-chengdu-liushou-ertong"]).endswith(
        "[N]. 四川日报, 2023-09-12(5)."
    )
    assert gbt7714(by_id["example-chengdu-liushou-ertong"]).startswith("王小明, 陈静. ")
    assert (
        gbt7714(by_id["example-shuangjian-guangbo"])
        == "四川广播电视台. 双减之后的课后时光[Z]. 四川广播电视台, 2023-11-20."
    )


def test_feed_lists_newest_entries_with_their_dates(built_repo_site: BuildResult):
    feed = ET.parse(built_repo_site.site / "feed.xml").getroot()
    items = feed.findall("channel/item")
    entries = load_archive(built_repo_site.root).entries
    assert len(items) == min(50, len(entries))
    assert items[0].findtext("title") == "双减之后的课后时光"  # published 2023-11-20, the newest
    assert items[0].findtext("pubDate") == "Mon, 20 Nov 2023 00:00:00 +0000"
    assert (
        items[0].findtext("link")
        == site_url(built_repo_site) + "entries/example-shuangjian-guangbo/"
    )
    sitemap = (built_repo_site.site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{site_url(built_repo_site)}{SEED}</loc>" in sitemap
    assert f"<loc>{site_url(built_repo_site)}stats/</loc>" in sitemap


def test_stats_page_draws_charts_and_tables(built_repo_site: BuildResult):
    page = built_repo_site.page("stats/")
    assert page.count('<svg class="aa-chart"') == 4
    text = text_of(page)
    assert "共 5 件作品" in text
    # edition × category: the 10th edition of the Sichuan award has one 消息 and one 通讯
    row = re.search(r"四川宣传关心下一代新闻佳作 第10届 ((?:\d+ )+)", text).group(1).split()
    assert sum(map(int, row[:-1])) == int(row[-1]) >= 2
    assert "《关爱明天》杂志：2" in page  # the outlet bar's tooltip
    assert 'href="../outlets/' in page and "统计" in text_of(built_repo_site.page(""))


def test_people_and_organisations_pages(built_repo_site: BuildResult):
    authors = text_of(built_repo_site.page("authors/"))
    names = [g.name for g in load_archive(built_repo_site.root).groups("author")]
    assert names == sorted(names, key=pinyin_key)
    positions = [authors.index(n + " ") for n in names]
    assert positions == sorted(positions)
    wang = built_repo_site.page(f"authors/{slugify('王小明')}/")
    assert "合作者" in wang and f'href="../{slugify("陈静")}/"' in wang
    example = built_repo_site.page("entries/example-chengdu-liushou-ertong/")
    assert f'href="../../recommenders/{slugify("成都市关工委")}/"' in example
    assert f'href="../../prizes/{slugify("一等奖")}/"' in example
    outlets = text_of(built_repo_site.page("outlets/"))
    assert outlets.index("《关爱明天》杂志") < outlets.index("四川日报") < outlets.index("自贡日报")


def test_author_page_spans_editions_and_counts_co_authors(archive_factory):
    from conftest import run_build

    base = (
        Path(__file__).parent.parent / "entries" / "examples" / "example-chengdu-liushou-ertong.md"
    ).read_text(encoding="utf-8")
    again = base.replace("edition: 10", "edition: 9").replace(
        "title: 留守儿童", "title: 再访留守儿童"
    )
    again = again.replace("id: example-chengdu-liushou-ertong", "id: example-chengdu-zaifang")
    assert again != base
    root = archive_factory({"examples/example-chengdu-zaifang.md": again}, search=False)
    result = run_build(root, "--strict")
    assert result.returncode == 0, result.log
    text = text_of(result.page(f"authors/{slugify('王小明')}/"))
    assert "共 2 件作品" in text
    assert (
        "奖项届次： 四川宣传关心下一代新闻佳作 第10届 （1）、 四川宣传关心下一代新闻佳作 第9届 "
        "（1）" in text
    )
    assert "合作者： 陈静 （2）" in text
    overview = result.page("authors/")
    assert '<a href="#letter-W">W</a>' in overview and '<h2 id="letter-W">W</h2>' in overview
    letters = re.findall(r'<h2 id="letter-([A-Z]|other)">', overview)
    assert letters == sorted(letters) and len(letters) >= 3


def test_a_big_group_lists_its_entries_edition_by_edition(archive_factory, monkeypatch):
    """A group over GROUP_PAGE_LIMIT entries: its page links one page per edition, which
    together list each of its entries once and link back; a small group stays one page."""
    from award_archive.checking.validate import Rules
    from award_archive.web import builder as pages

    base = (
        Path(__file__).parent.parent / "entries" / "examples" / "example-chengdu-liushou-ertong.md"
    ).read_text(encoding="utf-8")
    again = base.replace("edition: 10", "edition: 9").replace("title: 留守儿童", "title: 再访")
    again = again.replace("id: example-chengdu-liushou-ertong", "id: example-chengdu-zaifang")
    root = archive_factory({"examples/example-chengdu-zaifang.md": again})
    archive = load_archive(root)
    author = next(g for g in archive.groups("author") if g.name == "王小明")
    assert len(author.entries) == 2
    one_page = {p.src_uri for p in pages.SiteBuilder(archive, Rules()).group_pages("author")}
    assert not [u for u in one_page if u.startswith(f"authors/{author.slug}/")]

    monkeypatch.setattr(pages, "GROUP_PAGE_LIMIT", 1)
    monkeypatch.setattr(pages, "GROUP_NEWEST", 1)
    built = {p.src_uri: p for p in pages.SiteBuilder(archive, Rules()).group_pages("author")}
    own = built[f"authors/{author.slug}.md"].html
    parts = sorted(u for u in built if u.startswith(f"authors/{author.slug}/"))
    editions = {archive.edition_of[e.id].slug for e in author.entries}
    assert len(editions) == 2
    assert parts == sorted(f"authors/{author.slug}/{ed}.md" for ed in editions)
    listed: list[str] = []
    for uri in parts:
        part = built[uri]
        assert f'href="{uri.split("/")[-1][:-3]}/"' in own  # the group's page links it
        assert 'href="../"' in part.html  # and it links back
        assert part.title.startswith("王小明 · ")
        listed += re.findall(r'href="../../../entries/([^/"]+)/"', part.html)
    assert sorted(listed) == sorted(e.id for e in author.entries)  # each entry once
    assert len(re.findall(r"<li><a href=\"../../entries/", own)) == 1  # the newest only
    small = next(g for g in archive.groups("author") if len(g.entries) == 1)
    assert not [u for u in built if u.startswith(f"authors/{small.slug}/")]


def test_co_authors_past_the_first_ones_fold_and_stay_linked(archive_factory, monkeypatch):
    from award_archive.checking.validate import Rules
    from award_archive.web import builder as pages

    archive = load_archive(archive_factory())
    monkeypatch.setattr(pages, "COAUTHORS_SHOWN", 0)
    wang = next(g for g in archive.groups("author") if g.name == "王小明")
    html = pages.SiteBuilder(archive, Rules()).group_page("author", wang, []).html
    folded = html.split('<details class="aa-more-coauthors">', 1)[1].split("</details>", 1)[0]
    assert "其余 1 位合作者" in folded and f'href="../{slugify("陈静")}/"' in folded


def test_static_table_is_capped_and_points_to_full_lists(built_repo_site: BuildResult, monkeypatch):
    from award_archive.checking.validate import Rules
    from award_archive.web import builder as pages

    monkeypatch.setattr(pages, "TABLE_PAGE_SIZE", 2)
    archive = load_archive(built_repo_site.root)
    html = pages.SiteBuilder(archive, Rules()).table_page().html
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert body.count("<tr") == 2
    text = text_of(html)
    assert f"共 {len(archive.entries)} 件作品。此处列出最新的 2 件" in text
    for ed in archive.editions:  # every edition and category page, linked without JavaScript
        assert f'href="../editions/{ed.slug}/"' in html
    for g in archive.groups("category"):
        assert f'href="../categories/{g.slug}/"' in html
    assert 'data-src="entries.json"' in html and 'data-entry-href="../entries/__ID__/"' in html
    assert 'data-page-size="2"' in html


def test_browse_files_are_deterministic_and_follow_url_style(built_repo_site: BuildResult):
    from award_archive.checking.validate import Rules
    from award_archive.web.outputs import browse_files

    first = browse_files(load_archive(built_repo_site.root), Rules(), "档案", "https://x.org/a/")
    again = browse_files(load_archive(built_repo_site.root), Rules(), "档案", "https://x.org/a/")
    assert first == again
    flat = browse_files(
        load_archive(built_repo_site.root),
        Rules(),
        "档案",
        "https://x.org/a/",
        directory_urls=False,
    )
    assert (
        "<link>https://x.org/a/entries/chuanyu-guangongwei-zuotanhui.html</link>"
        in flat["feed.xml"]
    )
    assert (
        "<link>https://x.org/a/entries/chuanyu-guangongwei-zuotanhui/</link>" in first["feed.xml"]
    )
