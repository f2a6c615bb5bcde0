"""Placeholder: normalisation comes next."""
from pathlib import Path


def normalise_bundle(out: Path) -> None:
    pass
