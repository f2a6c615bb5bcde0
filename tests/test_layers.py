"""The package's layers, read from its imports (every import, also inside functions and
under TYPE_CHECKING): contract/ needs nothing of ours, checking/ only contract/, nothing
but plugin/ and cli/ reaches plugin/ or cli/, and only plugin/ imports MkDocs."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import award_archive

PACKAGE = Path(award_archive.__file__).parent
# Layer -> the layers of ours it may import (itself always).
ALLOWED: dict[str, set[str]] = {
    "contract": set(),
    # web.markdown: the validator warns about exactly the links the renderer drops.
    "checking": {"contract", "web.markdown"},
}
NOT_BELOW_PLUGIN = ("web", "search", "formats", "authoring", "checking", "contract", "config")


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@functools.cache  # the package parsed once for the tests below
def modules() -> dict[str, set[str]]:
    """`checking.read` -> the modules it imports."""
    return {
        ".".join(p.relative_to(PACKAGE).with_suffix("").parts): imports_of(p)
        for p in sorted(PACKAGE.rglob("*.py"))
    }


def ours(imported: str) -> str | None:
    return (
        imported.removeprefix("award_archive.") if imported.startswith("award_archive.") else None
    )


def violations() -> list[str]:
    found = []
    for module, imported in modules().items():
        layer = module.split(".")[0]
        for name in sorted(imported):
            target = ours(name)
            if name.split(".")[0] in ("mkdocs", "material") and layer != "plugin":
                found.append(f"{module} imports {name}: only plugin/ may import MkDocs")
            if target is None:
                continue
            target_layer = target.split(".")[0]
            if target_layer == layer:
                continue
            if layer in ALLOWED and not any(
                target == allowed or target.startswith(allowed + ".") or target_layer == allowed
                for allowed in ALLOWED[layer]
            ):
                found.append(
                    f"{module} imports {name}: {layer}/ may import only {sorted(ALLOWED[layer])}"
                )
            if layer in NOT_BELOW_PLUGIN and target_layer in ("plugin", "cli"):
                found.append(f"{module} imports {name}: {layer}/ must not know {target_layer}/")
    return found


def test_no_layer_is_crossed():
    assert violations() == []


def test_the_walk_sees_imports_inside_functions_and_type_checking(tmp_path: Path):
    source = tmp_path / "m.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from award_archive.plugin.x import A\n"
        "def f():\n    import mkdocs.config\n",
        encoding="utf-8",
    )
    assert imports_of(source) == {"typing", "award_archive.plugin.x", "mkdocs.config"}
    assert "checking.read" in modules() and "contract.model" in modules()
