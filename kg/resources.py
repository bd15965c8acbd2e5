"""Runtime data (ontology, gazetteers, samples) found inside the installed package, or in the source tree."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

_SOURCE_TREE = {
    "ontology": Path(__file__).resolve().parent.parent / "ontology",
    "gazetteers": Path(__file__).resolve().parent.parent / "data" / "gazetteers",
    "samples": Path(__file__).resolve().parent.parent / "data" / "samples",
}


def resource_dir(name: str) -> Path:
    """The directory of one kind of shipped data: ``ontology``, ``gazetteers`` or ``samples``.

    ``THAIKG_GAZETTEERS`` names a directory of gazetteers to use instead of the shipped ones."""
    if name == "gazetteers" and os.environ.get("THAIKG_GAZETTEERS"):
        return Path(os.environ["THAIKG_GAZETTEERS"])
    packaged = Path(str(resources.files("kg"))) / "_resources" / name
    if packaged.is_dir():
        return packaged
    return _SOURCE_TREE[name]


def resource_path(name: str, filename: str) -> Path:
    """One shipped data file, e.g. ``resource_path("gazetteers", "organisations.tsv")``."""
    return resource_dir(name) / filename
