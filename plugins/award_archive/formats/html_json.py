"""JSON that stays inert inside HTML: the one escaping rule for every JSON the site writes
(the table's data, the JSON export, JSON-LD inside <script>)."""

from __future__ import annotations

import json

# <, > and & cannot end a <script> or start a tag or reference; U+2028/U+2029 end a line
# in older JavaScript. All are written as \u escapes, which JSON reads back unchanged.
_HTML_UNSAFE = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def dumps_for_html(data: object, *, indent: int | None = None) -> str:
    """JSON text of `data` (compact unless `indent`), safe to inline in HTML."""
    if indent is None:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    else:
        text = json.dumps(data, ensure_ascii=False, indent=indent)
    for char, escaped in _HTML_UNSAFE.items():
        text = text.replace(char, escaped)
    return text
