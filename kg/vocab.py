"""The vocabulary as closed namespaces: a misspelt term fails at import, and a test checks every ``kg:`` term
used here is defined in ``ontology/thaikg.ttl``."""

from __future__ import annotations

import pyoxigraph as ox


class ClosedNamespace:
    """Terms of one namespace as pyoxigraph NamedNodes; asking for an undeclared term raises AttributeError."""

    def __init__(self, base: str, terms: str) -> None:
        self._base = base
        self._terms = {t: ox.NamedNode(base + t) for t in terms.split()}

    def __getattr__(self, name: str) -> ox.NamedNode:
        try:
            return self.__dict__["_terms"][name]
        except KeyError:
            raise AttributeError(f"{name!r} is not a term of <{self.__dict__['_base']}>") from None

    def __getitem__(self, name: str) -> ox.NamedNode:
        return self.__getattr__(name)

    @property
    def terms(self) -> list[str]:
        return sorted(self._terms)

    @property
    def base(self) -> str:
        return self._base


KG_NS = "https://w3id.org/thaikg/ontology#"
KG = ClosedNamespace(KG_NS, """
    Person Organization Country Programme Event Meeting Visit Signing Participation PostHolding Article
    Role Chair CoChair Host Guest Participant Signatory
    participation participant role onBehalfOf attended chaired coChaired hosted visited met signed
    title attestedOn reportedOn country underProgramme ordinal evidence charStart charEnd rule sourceId place
    contentHash
""")
ORG = ClosedNamespace("http://www.w3.org/ns/org#", "member organization memberOf subOrganizationOf")
SCHEMA = ClosedNamespace("https://schema.org/", """
    startDate location eventAttendanceMode url datePublished
    OnlineEventAttendanceMode OfflineEventAttendanceMode MixedEventAttendanceMode
""")
PROV = ClosedNamespace("http://www.w3.org/ns/prov#", "wasDerivedFrom")
SKOS = ClosedNamespace("http://www.w3.org/2004/02/skos/core#", "altLabel prefLabel notation")
DCTERMS = ClosedNamespace("http://purl.org/dc/terms/", "title")
RDF = ClosedNamespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type")
RDFS = ClosedNamespace("http://www.w3.org/2000/01/rdf-schema#", "label comment")
XSD = ClosedNamespace("http://www.w3.org/2001/XMLSchema#", "date integer string anyURI")

PREFIXES = {
    "kg": KG_NS, "id": "https://w3id.org/thaikg/id/", "org": ORG.base, "schema": SCHEMA.base, "prov": PROV.base,
    "skos": SKOS.base, "dcterms": DCTERMS.base, "rdf": RDF.base, "rdfs": RDFS.base, "xsd": XSD.base,
}


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, for queries."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
