"""Words every list reader spells the same way: one copy each, for list_parts (a work's date
of publication) and list_heading (the year the works came out)."""

from __future__ import annotations

# The verbs that say a work came out (`刊发于…`, `2022年内刊播`, `播出`), in either script.
PUT_OUT = r"(?:刊发|刊發|刊登|刊载|刊載|刊播|播出|播发|播發|发表|發表|首播|发布|發布|刊)"
