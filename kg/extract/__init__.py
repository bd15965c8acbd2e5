"""Extraction: one article in, its mentions out, by an engine chosen by name.

``combined`` (the default) reads honorifics, gazetteers and cue words, and asks the CRF tagger whether the
words after a head of state's title are a name; ``rules`` never asks the tagger; ``recall`` also adds every
full name the tagger finds without an honorific (more names, more false ones). Engines are registered in
:data:`ENGINES`.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.errors import UnknownEngineError
from kg.extract.rules import Mentions, read_article
from kg.gazetteer import Gazetteer, load
from kg.records import Article

DEFAULT_ENGINE = "combined"
ENGINES: dict[str, Callable[[Article, Gazetteer], Mentions]] = {
    "combined": lambda article, gaz: read_article(article, gaz, tagger="confirm"),
    "rules": lambda article, gaz: read_article(article, gaz, tagger="off"),
    "recall": lambda article, gaz: read_article(article, gaz, tagger="names"),
}


def extract(article: Article, engine: str = DEFAULT_ENGINE, gazetteer: Gazetteer | None = None) -> Mentions:
    """Every mention and drafted fact in ``article``, read by ``engine``."""
    if engine not in ENGINES:
        raise UnknownEngineError("extraction engine", engine, list(ENGINES))
    return ENGINES[engine](article, gazetteer or load())
