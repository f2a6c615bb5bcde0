"""A winner list → one entry per listed work (metadata only: a `stage`, no text yet)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from award_archive.authoring.ids import new_entry_id
from award_archive.authoring.importer import lists
from award_archive.authoring.importer.core import Options, Outcome, check_entry
from award_archive.authoring.write import render_entry
from award_archive.contract.i18n import N_, _, about, ngettext, quoted
from award_archive.contract.model import FIELDS_BY_KEY, STAGES, Kind, describe
from award_archive.search.grams import to_simplified

_DATE_SHAPE = re.compile(r"\d{4}\s*[-年./]")


FORM_ONLY = {"evaluation", "process", "effect", "review"}  # long texts only a form has


def is_list(result: lists.ListResult, form_fields: set[str]) -> bool:
    """Read as a list: three or more rows under a header row, or two or more works with
    different titles and none of the long texts only a nomination form has."""
    titles = len({lists.squeeze(w.get("title", "")) for w in result.works})
    if result.shape in ("table", "cells") and titles >= 3:
        return True  # rows under a header row: what a form reader makes of them is noise
    if form_fields & FORM_ONLY:
        return False
    return titles >= 2


# How a list was read (lists.ListResult.shape), in the catalogue for the report.
SHAPES = (N_("table"), N_("cells"), N_("blocks"), N_("numbered"), N_("prose"))


def list_outcomes(
    path: Path, result: lists.ListResult, options: Options, taken: dict[str, str]
) -> list[Outcome]:
    if not result.works:
        failed = Outcome(
            path,
            failed=_("no listed work was found (a header row with a title column, or records)"),
        )
        failed.read_as = "list"
        return [failed]
    outcomes = []
    in_use = {t.lower() for t in taken}  # once, not per work: a long list stays linear
    for n, work in enumerate(result.works, 1):
        outcome = Outcome(path)
        outcome.read_as = "list"
        outcome.item = n
        values = _values(lists.work_values(result, work), options, outcome)
        entry_id = new_entry_id(str(values.get("title", "")), in_use, lowered=True)
        taken[entry_id] = "\0listed"
        in_use.add(entry_id.lower())
        outcome.entry_id = entry_id
        ordered: dict[str, Any] = {
            "id": entry_id,
            **{k: values[k] for k in FIELDS_BY_KEY if k in values},
        }
        outcome.values = ordered
        outcome.text = render_entry(ordered, "")
        check_entry(outcome.text, entry_id, options, outcome)
        outcomes.append(outcome)
    outcomes[0].notes.insert(
        0,
        ngettext(
            "read as a list ({shape}): {n} work",
            "read as a list ({shape}): {n} works",
            len(result.works),
        ).format(shape=_(result.shape), n=len(result.works)),
    )
    return outcomes


def _values(work: dict[str, Any], options: Options, outcome: Outcome) -> dict[str, Any]:
    values: dict[str, Any] = {k: v for k, v in work.items() if k in FIELDS_BY_KEY}
    if options.award:
        values["award"] = options.award
    if options.edition is not None:
        values["edition"] = options.edition
    prize = values.get("prize")
    if prize in ("入围", "入圍"):
        values.pop("prize")  # 入围 is how far the work went, not a prize
        values["stage"] = "入围"
    stage = values.get("stage")
    if stage not in STAGES:
        values["stage"] = "获奖" if values.get("prize") else "推荐"
        if stage:
            outcome.notes.append(
                about(
                    describe("stage"),
                    _("the list says {given}; recorded as {stage}").format(
                        given=quoted(stage), stage=quoted(values["stage"])
                    ),
                )
            )
    published = values.get("published")
    if published and not _DATE_SHAPE.match(str(published)):
        values.pop("published")
    for key in ("edition", "year"):
        if isinstance(values.get(key), str) and str(values[key]).isdigit():
            values[key] = int(values[key])
    for key, value in list(values.items()):
        if FIELDS_BY_KEY[key].kind is Kind.NAMES and isinstance(value, str):
            values[key] = lists.split_list_names(value)
    for key in ("award", "edition"):
        if key not in values:
            option = "--award" if key == "award" else "--edition"
            outcome.notes.append(
                about(
                    describe(key),
                    _("the list's heading does not give it; pass {option}").format(option=option),
                )
            )
    for key, allowed in (("prize", options.rules.prizes), ("category", options.rules.categories)):
        value = values.get(key)
        if isinstance(value, str) and value not in allowed and to_simplified(value) in allowed:
            values[key] = to_simplified(value)  # 二等獎 is the award's 二等奖
    category = values.get("category")
    if category and category not in options.rules.categories:
        values.pop("category")  # the list's own word for it: kept as 体裁 for a person to map
        values.setdefault("genre", category)
        outcome.notes.append(
            about(
                describe("category"),
                _("the list says {given}, not one of the award's categories; kept as {key}").format(
                    given=quoted(category), key=describe("genre")
                ),
            )
        )
    return values
