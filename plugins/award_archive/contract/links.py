"""The one rule for a link target an entry puts on the site (a body's links and images, the
`url` field): decided on the URL as the browser will read it.

The browser decodes HTML character references in the attribute (`&#58;`, `&colon;`,
`&#x6a;`, `&#0000058`, no `;` needed), its URL parser strips leading and trailing C0
controls and spaces, removes ASCII tab, LF and CR anywhere (`java\\tscript:`) and reads the
scheme case-insensitively, in ASCII only. `safe_href` does the same, then keeps:

- http:, https: and mailto: links;
- links without a scheme (relative), including `//host/…`, a link to another host by the
  page's own scheme (http or https): backslashes before any `?` or `#` are written as the
  slashes browsers read them as (`\\\\evil.example` is `//evil.example`).

Anything else (javascript:, vbscript:, data:, file:, unknown schemes) is refused. The value
returned is what the browser will read, and what must be written: C0 controls, space and
DEL percent-encoded (as the URL parser does), no character reference left to decode.
"""

from __future__ import annotations

import html
import re

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
# WHATWG URL "scheme state": an ASCII letter, then ASCII letters, digits, + - . up to ':'.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_TAB_NEWLINE = re.compile(r"[\t\n\r]")
_C0_OR_SPACE = "".join(chr(c) for c in range(0x21))
_UNWRITABLE = re.compile(r"[\x00-\x20\x7f]")


def safe_href(raw: str, *, absolute: bool = False) -> str | None:
    """The link target as the browser reads `raw` in an href or src, or None when it must
    not be a link. With `absolute`, only http: and https: URLs are kept."""
    url = _TAB_NEWLINE.sub("", html.unescape(raw)).strip(_C0_OR_SPACE)
    m = _SCHEME.match(url)
    scheme = m.group()[:-1].lower() if m else ""
    if scheme and scheme not in ALLOWED_SCHEMES:
        return None
    if absolute and scheme not in ("http", "https"):
        return None
    if scheme:
        url = scheme + url[len(scheme) :]
    if scheme != "mailto":
        # http, https and relative links (resolved against an http(s) page): a backslash
        # before the query or fragment is a slash to the browser.
        cut = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
        url = url[:cut].replace("\\", "/") + url[cut:]
    return _UNWRITABLE.sub(lambda c: f"%{ord(c.group()):02X}", url)


def absolute_url(site_url: str, path: str) -> str:
    """`path` (relative to the site root, as url_of gives it) under `site_url`; `path`
    itself when the site has no URL (mkdocs.yml without site_url)."""
    return site_url.rstrip("/") + "/" + path if site_url else path
