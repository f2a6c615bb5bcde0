"""The front page generated below docs/index.md, and the table page's HTML (issue 14),
read from a real build of the shipped archive."""

from __future__ import annotations

import re

from test_build import text_of

from award_archive.checking.archive import load_archive, newest_first
from conftest import BuildResult


def test_front_page_keeps_the_owners_words_and_adds_the_archive(built_repo_site: BuildResult):
    html = built_repo_site.page("")
    archive = load_archive(built_repo_site.root)
    text = text_of(html)
    owner = "这里收录新闻奖参评作品的推荐表"  # docs/index.md's own words, above the generated part
    assert owner in text and text.index(owner) < text.index("最新作品")
    awards = {e.award for e in archive.entries}
    assert f"{len(archive.entries)} 件作品" in text
    assert f"{len(awards)} 个奖项" in text and f"{len(archive.editions)} 届" in text
    front = html.split('<section class="aa-front"', 1)[1].split("</section>", 1)[0]
    for ed in archive.editions:
        link = (
            f'<a href="editions/{ed.slug}/">第{ed.number}届</a>'
            f'<span class="aa-n">{len(ed.entries)}</span>'
        )
        assert link in front, ed.name
    for g in archive.groups("category"):
        assert (
            f'<a href="categories/{g.slug}/">{g.name}</a><span class="aa-n">{len(g.entries)}</span>'
            in front
        )
    newest = re.findall(r'<li><a href="entries/([^/]+)/">', front)
    assert newest == [e.id for e in newest_first(archive.entries)[:10]]
    assert '<form class="aa-front-search" role="search" action="search/" method="get">' in front
    assert '<label for="aa-front-q">' in front and 'id="aa-front-q" type="search" name="q"' in front
    assert '<a href="feed.xml" type="application/rss+xml">' in front


def test_only_the_front_page_gets_the_overview(built_repo_site: BuildResult):
    for url in ("table/", "stats/", "editions/", "entries/chuanyu-guangongwei-zuotanhui/"):
        assert 'class="aa-front"' not in built_repo_site.page(url), url
