"""Shared fixtures: the shared data kit beside the repository, and real articles from it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DIPLOMATIC = SHARED / "corpus" / "diplomatic_400.jsonl"
SCORER = SHARED / "eval" / "score.py"
GOLD = ROOT / "tests" / "gold"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here: put the shared data kit at ../shared")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return need(SEEDS)


@pytest.fixture(scope="session")
def diplomatic_rows() -> list[dict]:
    with need(DIPLOMATIC).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture(scope="session")
def diplomatic_path() -> Path:
    return need(DIPLOMATIC)


@pytest.fixture(scope="session")
def diplomatic_store_dir(tmp_path_factory, seeds_dir, diplomatic_path) -> Path:
    """A store of the two seed articles and the 400 diplomatic articles (built once; about 5 s)."""
    from kg.pipeline import build
    from kg.store import open_store

    path = tmp_path_factory.mktemp("diplomatic") / "store"
    store = open_store(path)
    _, report = build([*sorted(seeds_dir.glob("*.txt")), diplomatic_path], store=store)
    assert report.articles == 402 and not report.errors
    del store
    return path
