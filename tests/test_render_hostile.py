"""Bodies built to break the Markdown renderer: it answers with safe HTML, never an error.
(How long they take is measured in benchmarks/hostile_markdown.py, not asserted here.)"""

from __future__ import annotations

from award_archive.web.markdown import MAX_BLOCK_LINES, MAX_BRACKETS, render_body


def test_lists_nested_hundreds_deep_fall_back_to_text():
    body = "".join("    " * i + f"- 第{i}层 <b>\n" for i in range(300))
    html = render_body(body)
    assert "第299层" in html and "&lt;b&gt;" in html and "<b>" not in html
    # and the next body is rendered as Markdown again
    assert render_body("[甲](https://a.example/)") == '<p><a href="https://a.example/">甲</a></p>'


def test_thousands_of_brackets_in_one_paragraph_are_text():
    links = "[链接](https://example.org/) " * (MAX_BRACKETS + 1)
    html = render_body(links + "\n\n[正常](https://example.org/ok)")
    assert html.count("<a ") == 1 and 'href="https://example.org/ok"' in html
    assert html.count("[链接](https://example.org/)") == MAX_BRACKETS + 1
    assert render_body("[" * 20000 + "x" + "]" * 20000).count("[") == 20000


def test_a_few_links_still_work():
    html = render_body("[甲](https://a.example/) [乙](javascript:alert(1)) [丙](#note)")
    assert 'href="https://a.example/"' in html and 'href="#note"' in html
    assert "javascript" not in html


def test_very_long_blocks_keep_every_line():
    body = "".join(f"# 标题{i}\n" for i in range(MAX_BLOCK_LINES * 3))
    html = render_body(body)
    assert html.count("<h2>") == MAX_BLOCK_LINES * 3
    assert "标题0<" in html and f"标题{MAX_BLOCK_LINES * 3 - 1}<" in html


def test_a_table_under_the_block_limit_stays_one_table():
    rows = "".join(f"| {i} | 行 |\n" for i in range(MAX_BLOCK_LINES - 10))
    html = render_body("| 序号 | 内容 |\n|---|---|\n" + rows)
    assert html.count("<table>") == 1 and html.count("<tr>") == MAX_BLOCK_LINES - 9
