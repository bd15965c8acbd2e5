"""SHACL validation of a written graph against the shipped shapes (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.graph import format_for
from kg.resources import resource_path

SH_NS = "http://www.w3.org/ns/shacl#"
KGSH_NS = "https://w3id.org/thaikg/shapes#"


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}: {self.path}: {self.message}"


_RDFLIB_FORMAT = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld",
                  ".json": "json-ld"}


def validate_file(path: str | Path) -> list[Violation]:
    """SHACL violations of the graph in ``path``; empty when it conforms. The union of its named graphs is
    checked, and what the shapes mark kgsh:perArticle (one label per language, one parent) in each graph."""
    import rdflib
    from pyshacl import validate

    path = Path(path)
    format_for(path)  # raises a clear error for an unknown suffix
    data = rdflib.Dataset(default_union=True)
    try:
        data.parse(str(path), format=_RDFLIB_FORMAT[path.suffix.lower()])
    except Exception as exc:  # rdflib raises many kinds for malformed input
        raise InputError(str(path), f"not a readable RDF file ({exc.__class__.__name__}: {exc})",
                         "give a graph written by kg build") from exc
    union = rdflib.Graph()
    for triple in data.triples((None, None, None)):
        union.add(triple)
    shapes = rdflib.Graph().parse(str(resource_path("ontology", "shapes.ttl")), format="turtle")
    ontology = rdflib.Graph().parse(str(resource_path("ontology", "thaikg.ttl")), format="turtle")
    SH, KGSH = rdflib.Namespace(SH_NS), rdflib.Namespace(KGSH_NS)
    out = _per_article(path, shapes)
    for prop in set(shapes.subjects(KGSH.perArticle, rdflib.Literal(True))):
        shapes.remove((prop, SH.uniqueLang, None))
        shapes.remove((prop, SH.maxCount, None))
    _conforms, report, _text = validate(union, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                        allow_warnings=True)
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        out.append(Violation(str(report.value(result, SH.focusNode)), str(report.value(result, SH.resultPath)),
                             str(report.value(result, SH.resultMessage))))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))


def _per_article(path: Path, shapes) -> list[Violation]:
    """The counts marked kgsh:perArticle (sh:uniqueLang, sh:maxCount), checked in each named graph alone."""
    import pyoxigraph as ox
    import rdflib

    SH, KGSH = rdflib.Namespace(SH_NS), rdflib.Namespace(KGSH_NS)
    store = ox.Store()
    store.bulk_load(path=str(path), format=format_for(path))
    where = "GRAPH ?g { ?s a ?c ; <%s> ?v }" if any(True for _ in store.named_graphs()) else "?s a ?c ; <%s> ?v"
    out = []
    for prop in sorted(set(shapes.subjects(KGSH.perArticle, rdflib.Literal(True)))):
        path_ = shapes.value(prop, SH.path)
        node_shape = next(shapes.subjects(SH.property, prop))
        classes = " ".join(f"<{c}>" for c in shapes.objects(node_shape, SH.targetClass))
        message = str(shapes.value(prop, SH.message) or f"at most one {path_} in one article")
        groups = []
        if shapes.value(prop, SH.uniqueLang) == rdflib.Literal(True):
            groups.append(("LANG(?v)", 1))  # one value per language
        if (limit := shapes.value(prop, SH.maxCount)) is not None:
            groups.append(("''", int(limit)))
        for key, limit in groups:
            query = (f"SELECT DISTINCT ?s ?g WHERE {{ {where % path_} VALUES ?c {{ {classes} }} BIND({key} AS ?k) }} "
                     f"GROUP BY ?g ?s ?k HAVING (COUNT(DISTINCT ?v) > {limit})")
            for row in store.query(query):
                graph = f" (in {row['g'].value})" if row["g"] is not None else ""
                out.append(Violation(row["s"].value, str(path_), f"{message}{graph}"))
    return out
