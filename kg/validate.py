"""SHACL validation of a written graph against the shipped shapes (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.graph import format_for
from kg.resources import resource_path


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
    """SHACL violations of the graph in ``path`` (the union of its named graphs); empty when it conforms."""
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
    _conforms, report, _text = validate(union, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                        allow_warnings=True)
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    out = []
    for result in report.subjects(rdflib.RDF.type, sh.ValidationResult):
        out.append(Violation(str(report.value(result, sh.focusNode)), str(report.value(result, sh.resultPath)),
                             str(report.value(result, sh.resultMessage))))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))
