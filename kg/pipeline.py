"""The one module that knows the order of the steps: ingest → extract → resolve → graph."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, KgError, UnknownEngineError
from kg.executors import DEFAULT_EXECUTOR, chunked
from kg.executors import executor as get_executor
from kg.extract import DEFAULT_ENGINE, ENGINES, extract
from kg.gazetteer import load
from kg.graph import GraphSpill, article_node, article_quads, from_ntriples, node, to_ntriples, write_graphs
from kg.homonyms import Split, find_splits_in, rename, split_homonyms, split_quads
from kg.ingest import read_inputs
from kg.records import Article, ArticleFacts, ArticleGraph
from kg.resolve import resolve

CHUNK_SIZE = 8  # articles a worker gets at a time: amortises the hand-over, keeps the workers evenly loaded
WARM_TEXT = ("นายกรัฐมนตรี พลเอก ประยุทธ์ จันทร์โอชา หารือกับ นายโมเตกิ โทชิมิตสึ รัฐมนตรีว่าการกระทรวงการต่างประเทศญี่ปุ่น "
             "ณ ทำเนียบรัฐบาล เมื่อวันที่ 1 มกราคม 2566 ในกรอบโครงการความร่วมมือ (JTPP)")


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
    homonyms: list[Split] = field(default_factory=list)  # one name, two people: see kg.homonyms

    def add(self, graph: ArticleGraph) -> None:
        self.articles += 1
        self.quads += graph.quads
        self.persons.update(graph.persons)
        self.organisations.update(graph.organisations)
        self.events += graph.events
        self.posts += graph.posts


def article_facts(article: Article, engine: str = DEFAULT_ENGINE) -> ArticleFacts:
    """Extract and resolve one article: a pure function of the article (and the shipped gazetteers)."""
    gaz = load()
    return resolve(extract(article, engine, gaz), gaz)


def article_graph(article: Article, engine: str = DEFAULT_ENGINE) -> ArticleGraph:
    """One article's graph and counts: the per-article work of a build, a pure function of the article."""
    facts = article_facts(article, engine)
    quads = article_quads(facts)
    return ArticleGraph(article.id, to_ntriples(quads), len(quads),
                        persons=tuple(e.key for e in facts.entities if e.kind == "person"),
                        organisations=tuple(e.key for e in facts.entities if e.kind == "org"),
                        events=len(facts.events), posts=len(facts.posts),
                        person_countries=tuple((e.key, e.country) for e in facts.entities
                                               if e.kind == "person" and e.country),
                        published=article.published.isoformat() if article.published else None)


def article_graphs(articles: list[Article], engine: str = DEFAULT_ENGINE) -> list[ArticleGraph]:
    """:func:`article_graph` of each article: what a worker does with a chunk."""
    return [article_graph(a, engine) for a in articles]


def warm(engine: str = DEFAULT_ENGINE) -> None:
    """Load what every article needs (gazetteers, segmenter and romaniser dictionaries, models) by reading a
    short article, so that a worker's first chunk is not slower than the rest."""
    article_graph(Article(id="warm-up", text=WARM_TEXT), engine)


def build(inputs: Iterable[str | Path], output: str | Path | None = None, engine: str = DEFAULT_ENGINE,
          on_error: Callable[[InputError], None] | None = None,
          progress: Callable[[str], None] | None = None,
          store: ox.Store | None = None, jobs: int | None = 1, executor: str = DEFAULT_EXECUTOR,
          scheduler: str | None = None) -> tuple[list[ox.Quad], BuildReport]:
    """Build the knowledge graph of ``inputs``; write it to ``output`` when given. Bad inputs are reported
    through ``on_error`` (and in the report) and skipped; ``progress`` is called with each article's id.

    With a ``store``, each article's named graph is replaced in one transaction (an unchanged article is
    skipped before any work is sent out) and ``output`` receives the whole store. Quads are returned only when
    they go to neither a store nor a file (a corpus going to either streams through). The per-article work
    runs on ``executor`` (:mod:`kg.executors`) with ``jobs`` workers (None: all cores); the graph is the same
    whatever runs it."""
    from kg.store import StoreWriter, content_hash, sorted_graphs, stored_hash

    if engine not in ENGINES:
        raise UnknownEngineError("extraction engine", engine, list(ENGINES))
    run = get_executor(executor)
    if scheduler and executor != "dask":
        raise KgError(f"a scheduler address is for --executor dask, not {executor!r}")
    options = {"scheduler": scheduler} if scheduler else {}
    report = BuildReport()
    digests: dict[str, str] = {}

    def failed(err: InputError) -> None:
        report.errors.append(err)
        if on_error:
            on_error(err)

    def to_build() -> Iterator[Article]:
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
                        progress(article.id)
                    continue
                digests[article.id] = digest
            yield article

    quads: list[ox.Quad] = []
    countries: list[tuple[str, str, str, str | None]] = []  # (person, graph, country, date): homonym pass
    writer = StoreWriter(store) if store is not None else None
    spill = GraphSpill() if store is None and output is not None else None
    work = partial(article_graphs, engine=engine)
    try:
        for graph in run(work, chunked(to_build(), CHUNK_SIZE), jobs=jobs, warm=partial(warm, engine), **options):
            if writer is not None:
                writer.put(graph.article_id, graph.ntriples, digests.pop(graph.article_id))
            elif spill is not None:
                spill.add(article_node(graph.article_id), graph.ntriples)
            else:
                quads.extend(from_ntriples(graph.ntriples, article_node(graph.article_id)))
            report.add(graph)
            countries += [(node("person", p).value, article_node(graph.article_id).value, c, graph.published)
                          for p, c in graph.person_countries]
            if progress:
                progress(graph.article_id)
        if writer is not None:
            writer.flush()
            report.homonyms = split_homonyms(store)
        elif spill is not None:
            report.homonyms = find_splits_in(countries)
        else:
            quads, report.homonyms = split_quads(quads)
        if output is not None:
            graphs = sorted_graphs(store) if store is not None else (
                rename(g, report.homonyms) for g in spill.graphs())
            write_graphs(graphs, output)
    finally:
        if spill is not None:
            spill.close()
    return quads, report
