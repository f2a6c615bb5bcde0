"""Which characters an entry may hold: the one definition the validator and the reports use.

Refused everywhere (fields and body): C0 controls other than tab and line feed, DEL, C1
controls (U+0080–U+009F, e.g. U+0085 and U+009B, a terminal's CSI), U+FEFF (a byte order
mark inside the text) and lone surrogates. They are copy-and-paste debris that breaks XML
feeds, confuses Markdown (it uses \\x02 and \\x03 internally) and can drive terminals.
Refused as well in one-line fields: the bidi embeddings, overrides and isolates
(U+202A–U+202E, U+2066–U+2069), which reorder what follows them (a title can read as
something else), and the line and paragraph separators U+2028/U+2029. The plain marks
U+200E/U+200F only set a direction and may come with right-to-left names; they are
allowed, but like every format character they are not visible.
"""

from __future__ import annotations

import re
import unicodedata

_C0 = "\x00-\x08\x0b-\x1f\x7f"
_C1 = "\x80-\x9f"
_BOM = "\ufeff"
_SURROGATES = "\ud800-\udfff"
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_SEPARATORS = "\u2028\u2029"

BIDI_CONTROL = re.compile(f"[{BIDI_CONTROLS}]")
CONTROL_IN_TEXT = re.compile(f"[{_C0}{_C1}{_BOM}{_SURROGATES}]")
"""Refused in multi-line text (TEXT fields, the body): tab and line feed are text."""
CONTROL_IN_LINE = re.compile(f"[{_C0}{_C1}{_BOM}{_SURROGATES}{BIDI_CONTROLS}{_SEPARATORS}]")
"""Refused in one-line fields (a line feed is not: a one-line field joins its lines)."""
UNSAFE_IN_OUTPUT = re.compile(
    f"[\x00-\x1f\x7f{_C1}{_BOM}{_SURROGATES}{BIDI_CONTROLS}{_SEPARATORS}]"
)
"""What a report must not print raw (file names can hold anything): shown escaped."""
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""What XML 1.0 cannot hold at all (tab, LF and CR it can): a feed drops these."""

# Letters and symbols that draw nothing (Hangul fillers, the blank Braille pattern).
_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_INVISIBLE_OTHER = frozenset(("Cc", "Cf", "Cs"))


def escape_unsafe(text: str) -> str:
    """`a\\x1b[31mb` -> `a\\\\x1b[31mb`: every character of UNSAFE_IN_OUTPUT written as an
    escape, so a file name cannot end a line, colour a terminal or reorder a message."""
    return UNSAFE_IN_OUTPUT.sub(lambda m: repr(m.group())[1:-1], text)


def is_visible(char: str) -> bool:
    """False for spaces (U+3000, U+00A0 …), controls, format characters (U+200B, U+2060 …),
    combining marks on their own and blank fillers. Private-use characters (a font's own
    rare 汉字) and unassigned ones draw a glyph or a box: visible."""
    category = unicodedata.category(char)
    return category[0] not in "ZM" and category not in _INVISIBLE_OTHER and char not in _BLANK


def has_visible(text: str) -> bool:
    """Whether `text` shows anything: a value of only U+200B or U+3000 is empty."""
    return any(is_visible(c) for c in text)


def codepoint(char: str) -> str:
    return f"U+{ord(char):04X}"
