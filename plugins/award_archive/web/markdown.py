"""The work's text (untrusted Markdown) to safe HTML: no raw HTML, no script links."""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as etree

import markdown
from markdown import util
from markdown.treeprocessors import Treeprocessor

from award_archive.contract.links import safe_href

_URL_ATTRS = ("href", "src")


class _Sanitise(Treeprocessor):
    """Keep only the links and images urls_safe.safe_href allows, written as it read them,
    and shift headings down one level (the page's own <h1> is the entry's title)."""

    refused: list[str]  # the targets left out, for refused_links (reset by _render)

    def run(self, root: etree.Element) -> None:
        for el in root.iter():
            for attr in _URL_ATTRS:
                value = el.get(attr)
                if value is None:
                    continue
                # The e-mail autolink writes its href as &#..; references (AMP_SUBSTITUTE).
                href = safe_href(value.replace(util.AMP_SUBSTITUTE, "&"))
                if href is None:
                    del el.attrib[attr]  # the link's text stays, as text
                    self.refused.append(value.replace(util.AMP_SUBSTITUTE, "&"))
                else:
                    # The serializer keeps anything that looks like a character reference:
                    # write every & as &amp; so the browser reads exactly `href`.
                    el.set(attr, href.replace("&", "&amp;"))
            if el.tag in ("h1", "h2", "h3", "h4", "h5"):
                el.tag = f"h{int(el.tag[1]) + 1}"


def _make() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.inlinePatterns.deregister("entity")
    # after every other treeprocessor ("unescape" restores backslash-escaped characters)
    md.treeprocessors.register(_Sanitise(md), "aa-sanitise", -1)
    return md


_local = threading.local()


# python-markdown looks for a link at every '[' and scans ahead for its end: quadratic in
# the brackets of one paragraph (20,000 took 90 s). Past this many, they are plain text.
MAX_BRACKETS = 500
_BLOCKS = re.compile(r"(\n[ \t]*\n)")


def _defuse_brackets(text: str) -> str:
    if text.count("[") <= MAX_BRACKETS:
        return text
    blocks = _BLOCKS.split(text)
    return "".join(b.replace("[", "\\[") if b.count("[") > MAX_BRACKETS else b for b in blocks)


# Some block parsers (# and underlined headings, rules) re-join the rest of their block
# at every line: quadratic in a block's lines. Longer runs without a blank line are cut.
MAX_BLOCK_LINES = 500


def _cut_long_blocks(text: str) -> str:
    if text.count("\n") <= MAX_BLOCK_LINES:
        return text
    out = []
    for block in _BLOCKS.split(text):
        lines = block.split("\n")
        if len(lines) > MAX_BLOCK_LINES:
            block = "\n\n".join(
                "\n".join(lines[i : i + MAX_BLOCK_LINES])
                for i in range(0, len(lines), MAX_BLOCK_LINES)
            )
        out.append(block)
    return "".join(out)


def _as_plain_text(text: str) -> str:
    paragraphs = (p.strip() for p in _BLOCKS.split(text))
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p)


def render_body(text: str) -> str:
    """Markdown body -> HTML. Raw HTML is shown as text; entities stay literal."""
    return _render(text)[0]


def refused_links(text: str) -> list[tuple[int, str]]:
    """The link and image targets of a body that render_body leaves out (urls_safe), each
    with the body line it is on, 1-based (1 when it cannot be found): for warnings."""
    if "](" not in text and "]:" not in text:
        return []  # no link or reference syntax: nothing to render
    found: dict[tuple[int, str], None] = {}
    for value in _render(text)[1]:
        at = text.find(value)
        found[(text.count("\n", 0, at) + 1 if at >= 0 else 1, value)] = None
    return list(found)


def _render(text: str) -> tuple[str, list[str]]:
    md = getattr(_local, "md", None)
    if md is None:
        md = _local.md = _make()
    md.reset()
    sanitise = md.treeprocessors["aa-sanitise"]
    sanitise.refused = []
    try:
        html_text = md.convert(_cut_long_blocks(_defuse_brackets(text)))
        return html_text, sanitise.refused
    except RecursionError:
        # Lists or quotes nested hundreds deep: show the text as it is rather than fail.
        _local.md = None  # its state is left half-way: the next body gets a fresh one
        return _as_plain_text(text), []
