"""Extraction: one article in, its mentions out, by an engine chosen by name.

``rules`` reads honorifics, gazetteers and cue words. Engines are registered in :data:`ENGINES`.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.errors import UnknownEngineError
from kg.extract.rules import Mentions, read_article
from kg.gazetteer import Gazetteer, load
from kg.records import Article

DEFAULT_ENGINE = "rules"
ENGINES: dict[str, Callable[[Article, Gazetteer], Mentions]] = {
    "rules": read_article,
    "combined": lambda article, gaz: read_article(article, gaz, tagger=True),
}


def extract(article: Article, engine: str = DEFAULT_ENGINE, gazetteer: Gazetteer | None = None) -> Mentions:
    """Every mention and drafted fact in ``article``, read by ``engine``."""
    if engine not in ENGINES:
        raise UnknownEngineError("extraction engine", engine, list(ENGINES))
    return ENGINES[engine](article, gazetteer or load())
