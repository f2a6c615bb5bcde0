"""The work's text (untrusted Markdown) to safe HTML: no raw HTML, no script links."""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as etree

import markdown
from markdown.treeprocessors import Treeprocessor

_SAFE_SCHEME = re.compile(r"^(?:https?:|mailto:|#|[^:]*$)", re.IGNORECASE)
_URL_ATTRS = ("href", "src")


class _Sanitise(Treeprocessor):
    """Drop links with unsafe schemes and shift headings down one level (the page's own
    <h1> is the entry's title)."""

    def run(self, root: etree.Element) -> None:
        for el in root.iter():
            for attr in _URL_ATTRS:
                value = el.get(attr)
                if value is not None and not _SAFE_SCHEME.match(_strip_controls(value)):
                    del el.attrib[attr]
            if el.tag in ("h1", "h2", "h3", "h4", "h5"):
                el.tag = f"h{int(el.tag[1]) + 1}"


def _strip_controls(value: str) -> str:
    # browsers ignore whitespace and control characters inside a scheme: "java\tscript:"
    return re.sub(r"[\x00-\x20\x7f]+", "", value)


def _make() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.inlinePatterns.deregister("entity")
    md.treeprocessors.register(_Sanitise(md), "aa-sanitise", 0)
    return md


_local = threading.local()


def render_body(text: str) -> str:
    """Markdown body -> HTML. Raw HTML is shown as text; entities stay literal."""
    md = getattr(_local, "md", None)
    if md is None:
        md = _local.md = _make()
    md.reset()
    return md.convert(text)
