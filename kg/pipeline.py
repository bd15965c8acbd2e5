"""The one module that knows the order of the steps: ingest → extract → resolve → graph."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.extract import DEFAULT_ENGINE, extract
from kg.gazetteer import load
from kg.graph import article_quads, write_quads
from kg.ingest import read_inputs
from kg.records import Article, ArticleFacts
from kg.resolve import resolve


@dataclass
class BuildReport:
    """What a build read, made and could not read."""

    articles: int = 0
    quads: int = 0
    persons: set[str] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)
    events: int = 0
    posts: int = 0
    errors: list[InputError] = field(default_factory=list)
    unchanged: int = 0

    def add(self, facts: ArticleFacts, quads: int) -> None:
        self.articles += 1
        self.quads += quads
        self.persons |= {e.key for e in facts.entities if e.kind == "person"}
        self.organisations |= {e.key for e in facts.entities if e.kind == "org"}
        self.events += len(facts.events)
        self.posts += len(facts.posts)


def article_facts(article: Article, engine: str = DEFAULT_ENGINE) -> ArticleFacts:
    """Extract and resolve one article: a pure function of the article (and the shipped gazetteers)."""
    gaz = load()
    return resolve(extract(article, engine, gaz), gaz)


def build(inputs: Iterable[str | Path], output: str | Path | None = None, engine: str = DEFAULT_ENGINE,
          on_error: Callable[[InputError], None] | None = None,
          progress: Callable[[Article], None] | None = None,
          store: ox.Store | None = None) -> tuple[list[ox.Quad], BuildReport]:
    """Build the knowledge graph of ``inputs``; write it to ``output`` when given. Bad inputs are reported
    through ``on_error`` (and in the report) and skipped.

    With a ``store``, each article's named graph is replaced in one transaction (an unchanged article is
    skipped) and ``output`` receives the whole store; the returned quads are only those built now."""
    from kg.store import article_quads_of, content_hash, replace_article, stored_hash

    report = BuildReport()

    def failed(err: InputError) -> None:
        report.errors.append(err)
        if on_error:
            on_error(err)

    quads: list[ox.Quad] = []
    seen: set[str] = set()
    for article in read_inputs(inputs, failed):
        if article.id in seen:
            failed(InputError(article.source, f"article id {article.id!r} given twice; the second is skipped",
                              "give each article once"))
            continue
        seen.add(article.id)
        if store is not None:
            digest = content_hash(article, engine)
            if stored_hash(store, article.id) == digest:
                report.unchanged += 1
                if progress:
                    progress(article)
                continue
        facts = article_facts(article, engine)
        aq = article_quads(facts)
        if store is not None:
            replace_article(store, article.id, aq, digest)
        else:
            quads.extend(aq)
        report.add(facts, len(aq))
        if progress:
            progress(article)
    if output is not None:
        if store is not None:
            write_quads(article_quads_of(store), output)
        else:
            write_quads(quads, output)
    return quads, report
