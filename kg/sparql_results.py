"""SPARQL 1.1 query results written row by row, so a result-size limit can stop them: JSON, XML, CSV, TSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

MEDIA = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}


class TooManyResults(Exception):
    """The result has more rows than the limit allows."""


def _json_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    out = {"type": "literal", "value": t.value}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = t.datatype.value
    return out


def _xml_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if t.language:
        return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
    if t.datatype and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
    return f"<literal>{escape(t.value)}</literal>"


def _tsv_term(t) -> str:
    if t is None:
        return ""
    return str(t)


def _rows(solutions: Iterable, limit: int):
    for i, row in enumerate(solutions):
        if i >= limit:
            raise TooManyResults(f"more than {limit} results")
        yield row


def serialize_select(solutions: ox.QuerySolutions, fmt: str, limit: int) -> bytes:
    """A SELECT result in ``fmt`` (json, xml, csv, tsv); :class:`TooManyResults` past ``limit`` rows."""
    names = [v.value for v in solutions.variables]
    if fmt == "json":
        bindings = [{n: _json_term(row[i]) for i, n in enumerate(names) if row[i] is not None}
                    for row in _rows(solutions, limit)]
        return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False).encode()
    if fmt == "xml":
        parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>',
                 *(f"<variable name={quoteattr(n)}/>" for n in names), "</head><results>"]
        for row in _rows(solutions, limit):
            parts.append("<result>")
            parts += [f"<binding name={quoteattr(n)}>{_xml_term(row[i])}</binding>"
                      for i, n in enumerate(names) if row[i] is not None]
            parts.append("</result>")
        parts.append("</results></sparql>\n")
        return "".join(parts).encode()
    buf = io.StringIO()
    if fmt == "csv":
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(names)
        for row in _rows(solutions, limit):
            writer.writerow(["" if row[i] is None else row[i].value for i in range(len(names))])
    else:
        buf.write("\t".join(f"?{n}" for n in names) + "\n")
        for row in _rows(solutions, limit):
            buf.write("\t".join(_tsv_term(row[i]) for i in range(len(names))) + "\n")
    return buf.getvalue().encode()


def serialize_boolean(value: bool, fmt: str) -> bytes:
    if fmt == "xml":
        return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f"<boolean>{str(value).lower()}</boolean></sparql>\n").encode()
    if fmt in ("csv", "tsv"):
        return f"{str(value).lower()}\n".encode()
    return json.dumps({"head": {}, "boolean": value}).encode()


def serialize_triples(triples: Iterable, fmt: ox.RdfFormat, limit: int, prefixes: dict | None = None) -> bytes:
    return ox.serialize(list(_rows(triples, limit)), format=fmt, **({"prefixes": prefixes} if prefixes else {}))
