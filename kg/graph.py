"""RDF in the contract vocabulary: one named graph per article, every shortcut materialised."""

from __future__ import annotations

import itertools
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from kg.errors import UnknownEngineError
from kg.extract.orgs import at_venue
from kg.ids import BASE, short_hash
from kg.normalize import has_thai
from kg.records import ArticleFacts, Entity, Evidence
from kg.resolve import attested
from kg.vocab import DCTERMS, KG, ORG, PREFIXES, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

EVENT_CLASS = {"Meeting": KG.Meeting, "Visit": KG.Visit, "Signing": KG.Signing}
MODE = {"online": SCHEMA.OnlineEventAttendanceMode, "offline": SCHEMA.OfflineEventAttendanceMode,
        "mixed": SCHEMA.MixedEventAttendanceMode}
ENTITY_CLASS = {"person": KG.Person, "org": KG.Organization, "country": KG.Country, "programme": KG.Programme}
ENTITY_PATH = {"person": "person", "org": "org", "country": "country", "programme": "programme"}
SHORTCUT = {"Chair": KG.chaired, "CoChair": KG.coChaired, "Host": KG.hosted, "Signatory": KG.signed}
_GOVERNMENT_HOUSE = "government_house"  # the gazetteer's key
FORMATS = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE,
           ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD}


def node(kind: str, key: str) -> ox.NamedNode:
    return ox.NamedNode(f"{BASE}{kind}/{quote(key, safe='-_.~')}")


def article_node(article_id: str) -> ox.NamedNode:
    return node("article", article_id)


def _date(value) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=XSD.date)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=XSD.integer)


def _text(value: str, lang: str | None = None) -> ox.Literal:
    return ox.Literal(value, language=lang) if lang else ox.Literal(value)


def _tagged(value: str) -> ox.Literal:
    """A literal tagged Thai when it holds Thai letters, else English."""
    return _text(value, "th" if has_thai(value) else "en")


def article_quads(facts: ArticleFacts) -> list[ox.Quad]:
    """The named graph of one article: the article, its entities as it names them, posts, events and shortcuts."""
    art = facts.article
    g = article_node(art.id)
    out: list[ox.Quad] = []

    def add(s, p, o) -> None:
        out.append(ox.Quad(s, p, o, g))

    def provenance(s, ev: Evidence) -> None:
        add(s, PROV.wasDerivedFrom, g)
        add(s, KG.evidence, _text(ev.sentence))
        add(s, KG.charStart, _int(ev.start))
        add(s, KG.charEnd, _int(ev.end))
        add(s, KG.rule, _text(ev.rule))

    add(g, RDF.type, KG.Article)
    add(g, KG.sourceId, _text(art.id))
    if art.title:
        add(g, DCTERMS.title, _tagged(art.title))
    if art.url:
        add(g, SCHEMA.url, _text(art.url))
    if art.published:
        add(g, SCHEMA.datePublished, _date(art.published))

    kinds = {e.key: e.kind for e in facts.entities}

    def ent(key: str) -> ox.NamedNode:
        return node(ENTITY_PATH[kinds.get(key, "org")], key)

    for e in facts.entities:
        _entity(e, ent(e.key), add, ent)

    when = attested(facts)
    for post in facts.posts:
        s = node("post", f"{art.id}-{short_hash(post.person, post.title, post.org or '', str(post.evidence.start))}")
        add(s, RDF.type, KG.PostHolding)
        add(s, ORG.member, ent(post.person))
        if post.org:
            add(s, ORG.organization, ent(post.org))
            add(ent(post.person), ORG.memberOf, ent(post.org))
        add(s, KG.title, _text(post.title, post.lang))
        if when:
            add(s, KG.attestedOn, _date(when))
        provenance(s, post.evidence)

    own_posts = {(post.person, post.org) for post in facts.posts}
    entities = {e.key: e for e in facts.entities}
    ministers = {(post.person, post.org) for post in facts.posts if post.title.startswith("รัฐมนตรี")}
    # A prime minister who also heads a ministry is called on as prime minister: the ministry is not visited.
    premiers = {post.person for post in facts.posts if post.title in ("นายกรัฐมนตรี", "Prime Minister")}
    for ev in facts.events:
        e = node("event", ev.key)
        add(e, RDF.type, EVENT_CLASS.get(ev.type, KG.Event))
        if ev.label:
            add(e, RDFS.label, _tagged(ev.label))
        if ev.date:
            add(e, SCHEMA.startDate, _date(ev.date))
        elif art.published:
            add(e, KG.reportedOn, _date(art.published))
        if ev.ordinal:
            add(e, KG.ordinal, _int(ev.ordinal))
        for p in ev.programmes:
            add(e, KG.underProgramme, ent(p))
        if ev.location:
            add(e, SCHEMA.location, ent(ev.location))
        if ev.place:
            add(e, KG.place, _tagged(ev.place))
        mode = ev.mode or ("offline" if ev.location or ev.place else None)
        if mode:
            add(e, SCHEMA.eventAttendanceMode, MODE[mode])
        provenance(e, ev.evidence)
        hosts = [p for p in ev.participations if p.role == "Host"]
        # Government House is a venue, as a hotel is, named alone (ณ ทำเนียบรัฐบาล) or by its buildings. With no host's
        # agency named, the agencies whose heads a guest called on are visited, each of them.
        at_a_venue = bool(ev.place and at_venue(ev.place))
        host = None if at_a_venue else next(
            (h.on_behalf_of for h in hosts if h.on_behalf_of and h.agent not in premiers), None)
        visited = ([] if ev.location == _GOVERNMENT_HOUSE else [ev.location] if ev.location else [host] if host
                   else [] if at_a_venue else [h.agent for h in hosts if h.agent_kind == "org"])
        # ห้องรับรอง 1 อาคารสำนักงานปลัดกระทรวงอุตสาหกรรม: the permanent secretary's building is the ministry's seat;
        # a guest of the ministry's minister there visits the ministry, a guest of its permanent secretary his office.
        if ev.location and host and _seat_of(ev.location, host, ev.place, entities) and any(
                (h.agent, host) in ministers for h in hosts):
            visited = [host]
        for i, p in enumerate(ev.participations, start=1):
            x = node("participation", f"{ev.key}-{i}")
            agent = ent(p.agent)
            add(e, KG.participation, x)
            add(x, RDF.type, KG.Participation)
            add(x, KG.participant, agent)
            add(x, KG.role, KG[p.role])
            if p.on_behalf_of:
                add(x, KG.onBehalfOf, ent(p.on_behalf_of))
                add(ent(p.on_behalf_of), KG.attended, e)
            provenance(x, p.evidence)
            add(agent, KG.attended, e)
            if p.role in SHORTCUT:
                add(agent, SHORTCUT[p.role], e)
            if p.agent_kind == "person" and (p.role == "Guest" or (
                    p.role in ("Chair", "CoChair") and ev.type == "Visit" and ev.location)):
                # Nobody visits the agency he serves: a guest there is its own official, misread or at home.
                for v in visited:
                    if v != p.on_behalf_of and (p.agent, v) not in own_posts:
                        add(agent, KG.visited, ent(v))
        people = sorted({p.agent for p in ev.participations if p.agent_kind == "person"})
        for a, b in itertools.permutations(people, 2):
            add(ent(a), KG.met, ent(b))
    return _dedupe(out)


def _seat_of(location: str, host: str, place: str | None, entities: dict[str, Entity]) -> bool:
    """Whether a visit's place is a building named after the permanent secretary's office of the host's ministry."""
    office = entities.get(location)
    label = office.labels.get("th", "") if office else ""
    return (office is not None and office.parent == host and label.startswith("สำนักงานปลัดกระทรวง")
            and place is not None and re.search(f"(?:อาคาร|ตึก)\\s?{re.escape(label)}", place) is not None)


def _entity(e: Entity, s: ox.NamedNode, add, ent) -> None:
    add(s, RDF.type, ENTITY_CLASS[e.kind])
    for lang, label in sorted(e.labels.items()):
        add(s, RDFS.label, _text(label, lang))
    for label, lang in e.alt_labels:
        add(s, SKOS.altLabel, _text(label, lang))
    if e.kind == "country":
        add(s, SKOS.notation, _text(e.key))
    if e.parent:
        add(s, ORG.subOrganizationOf, ent(e.parent))
    if e.country:
        add(s, KG.country, node("country", e.country))
    for org in e.member_of:
        add(s, ORG.memberOf, ent(org))


def _dedupe(quads: list[ox.Quad]) -> list[ox.Quad]:
    return list(dict.fromkeys(quads))


def to_ntriples(quads: Iterable[ox.Quad]) -> bytes:
    """The triples of ``quads`` as N-Triples, in their order."""
    return ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=ox.RdfFormat.N_TRIPLES)


def from_ntriples(data: bytes, graph: ox.NamedNode) -> list[ox.Quad]:
    """N-Triples read back as quads of ``graph``."""
    return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


def format_for(path: str | Path) -> ox.RdfFormat:
    """The RDF format a file name asks for, by suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise UnknownEngineError("output format (file suffix)", suffix or "(none)", list(FORMATS))
    return FORMATS[suffix]


def sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Quads in a canonical order, so the same graph is written byte for byte the same."""
    return sorted(set(quads), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def write_quads(quads: Iterable[ox.Quad], path: str | Path) -> None:
    """Write quads to ``path`` in the format its suffix names, atomically (temporary file, then rename).

    Turtle and N-Triples hold no named graphs: the union of the article graphs is written."""
    write_graphs([sorted_quads(quads)], path)


def write_graphs(graphs: Iterable[Iterable[ox.Quad]], path: str | Path) -> None:
    """Like :func:`write_quads` for graphs that come one after another in canonical order (by name, each one's
    quads sorted): N-Quads and TriG stream them to the file, so a corpus's graph never has to fit in memory.
    (Turtle, N-Triples and JSON-LD hold the union, sorted as a whole in memory.)"""
    path = Path(path)
    fmt = format_for(path)
    data: Iterator = itertools.chain.from_iterable(graphs)
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES):
        data = iter(sorted(set(ox.Triple(q.subject, q.predicate, q.object) for q in data),
                           key=lambda t: (str(t.subject), str(t.predicate), str(t.object))))
    elif fmt == ox.RdfFormat.JSON_LD:
        data = iter(list(data))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            prefixes = PREFIXES if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE) else None
            ox.serialize(data, fh, fmt, prefixes=prefixes) if prefixes else ox.serialize(data, fh, fmt)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class GraphSpill:
    """Article graphs kept in a temporary file as they are built, handed back in canonical order at the end: the
    graphs of a corpus written to a file without holding them all in memory (only an index of offsets)."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close(), after the graphs are written)
        self._index: list[tuple[str, str, int, int]] = []

    def add(self, graph: ox.NamedNode, ntriples: bytes) -> None:
        self._index.append((str(graph), graph.value, self._file.tell(), len(ntriples)))
        self._file.write(ntriples)

    def graphs(self) -> Iterator[list[ox.Quad]]:
        """Each graph's quads, sorted, graphs by name: the order of :func:`sorted_quads`."""
        for _key, iri, offset, size in sorted(self._index):
            self._file.seek(offset)
            yield sorted_quads(from_ntriples(self._file.read(size), ox.NamedNode(iri)))

    def close(self) -> None:
        self._file.close()
