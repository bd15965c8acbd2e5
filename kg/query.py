"""SPARQL questions: shipped ones by name (``kg/queries/*.rq``), ``.rq`` files or query text; parameters
bound as RDF terms (never pasted into the query); results as an aligned table, CSV, TSV, SPARQL JSON or Turtle."""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from wcwidth import wcswidth

from kg.errors import KgError, UnknownEngineError
from kg.vocab import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")
_VAR = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")
# String literals, IRIs and comments of a query: where a '?' or '{' is no variable or group.
_STRINGS = re.compile(
    r'"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|<[^<>\s]*>|#[^\n]*')


PARAM_KINDS = ("label", "date", "text")
# Values that answer every shipped question on the bundled samples: the query page's examples, the load test.
EXAMPLE_PARAMS = {"person": "TAKEHANA Masahiro", "programme": "JTPP3", "organisation": "กระทรวงมหาดไทย",
                  "country_a": "TH", "country_b": "JP", "since": "2015-01-01", "until": "2030-12-31"}


@dataclass(frozen=True)
class Question:
    """A SPARQL question: its text, what it answers, and the parameters it needs (``name:kind`` in its
    ``# params:`` line; a ``label`` matches a label in any language, a ``date`` is an xsd:date)."""

    name: str
    text: str
    description: str
    params: tuple[str, ...]
    kinds: tuple[str, ...] = ()

    def kind(self, param: str) -> str:
        return dict(zip(self.params, self.kinds, strict=False)).get(param, "text")


def shipped_questions() -> dict[str, Question]:
    """The questions that ship with thaikg, by name."""
    out = {}
    for entry in sorted(resources.files("kg").joinpath("queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            q = _parse(entry.name[:-3], entry.read_text(encoding="utf-8"))
            out[q.name] = q
    return out


def _parse(name: str, text: str) -> Question:
    lines = text.splitlines()
    description = lines[0].lstrip("# ").split(": ", 1)[-1] if lines and lines[0].startswith("#") else ""
    params: list[str] = []
    kinds: list[str] = []
    for line in lines[:5]:
        if line.startswith("# params:"):
            for item in (p.strip() for p in line.split(":", 1)[1].split(",") if p.strip()):
                pname, _, kind = item.partition(":")
                if (kind or "text") not in PARAM_KINDS:
                    raise KgError(f"question {name!r}: parameter kind {kind!r} is none of {', '.join(PARAM_KINDS)}")
                params.append(pname.strip())
                kinds.append(kind or "text")
    return Question(name, text, description, tuple(params), tuple(kinds))


def load_question(spec: str) -> Question:
    """A shipped question's name, a path to a ``.rq`` file, or the text of a query."""
    shipped = shipped_questions()
    if spec in shipped:
        return shipped[spec]
    if spec.endswith(".rq") or (len(spec) < 300 and "\n" not in spec and Path(spec).is_file()):
        path = Path(spec)
        if not path.is_file():
            raise KgError(f"no query file {spec}")
        return _parse(path.stem, path.read_text(encoding="utf-8"))
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", spec, re.I):
        return _parse("query", spec)
    raise UnknownEngineError("question", spec, list(shipped))


def prefixed(text: str) -> str:
    """The query with the standard prefixes declared (those it declares itself are kept)."""
    return _prefix_head(text) + text


@lru_cache(maxsize=256)
def _prefix_head(text: str) -> str:
    declared = {m.group(1) for m in re.finditer(r"PREFIX\s+([\w-]*):", text, re.I)}
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p not in declared)


@lru_cache(maxsize=256)
def _where_end(text: str) -> int:
    """Offset just inside the query's WHERE group (strings, IRIs and comments skipped), or -1."""
    masked = _STRINGS.sub(lambda m: " " * len(m.group()), text)
    where = re.search(r"\bWHERE\s*\{|\{", masked, re.I)
    return where.end() if where else -1


def terms(value: str, kind: str = "text") -> list[ox.NamedNode | ox.Literal]:
    """A parameter value as the RDF terms it may stand for: ``<iri>`` or ``http(s)://...`` is an IRI; a
    ``label`` is the plain literal and its Thai and English forms; a ``date`` an xsd:date; else a literal."""
    if value.startswith("<") and value.endswith(">"):
        return [ox.NamedNode(value[1:-1])]
    if re.match(r"https?://\S+$", value):
        return [ox.NamedNode(value)]
    if kind == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise KgError(f"{value!r} is not a date: write it as YYYY-MM-DD")
        return [ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))]
    if kind == "label":
        return [ox.Literal(value), ox.Literal(value, language="th"), ox.Literal(value, language="en")]
    return [ox.Literal(value)]


@lru_cache(maxsize=256)
def _variables(text: str) -> frozenset[str]:
    return frozenset(_VAR.findall(_STRINGS.sub(" ", text)))


def bindings(question: Question, params: dict[str, str]) -> dict[ox.Variable, list[ox.NamedNode | ox.Literal]]:
    """Parameters as variable bindings; unknown or missing parameters are an error naming the valid ones."""
    used = _variables(question.text)
    for name in params:
        if name not in used:
            raise KgError(f"the question {question.name!r} has no parameter {name!r}; "
                          f"its parameters: {', '.join(question.params) or 'none'}")
    missing = [p for p in question.params if p not in params]
    if missing:
        raise KgError(f"the question {question.name!r} needs --param {missing[0]}=VALUE "
                      f"(parameters: {', '.join(question.params)})")
    return {ox.Variable(k): terms(v, question.kind(k)) for k, v in params.items()}


def run(store: ox.Store, question: Question, params: dict[str, str] | None = None):
    """Run a question on the store's default graph (the set union of the article graphs) with its parameters
    bound; ``GRAPH ?article { ... }`` reaches the article graphs themselves."""
    try:
        return store.query(bound_text(question, params or {}))
    except SyntaxError as exc:
        raise KgError(f"the question {question.name!r} is not valid SPARQL: {exc}") from exc


def bound_text(question: Question, params: dict[str, str]) -> str:
    """The query with its parameters bound (see :func:`_bound_text`); the same question and values are
    bound once per process."""
    return _bound_text(question, tuple(sorted(params.items())))


@lru_cache(maxsize=1024)
def _bound_text(question: Question, items: tuple[tuple[str, str], ...]) -> str:
    """The query with its parameters bound by inline ``VALUES`` blocks at the head of its WHERE clause.

    The values are RDF terms written by pyoxigraph (escaped N-Triples syntax), so no value can change the
    query's structure: a quote, a brace or ``} DROP ALL`` stays inside its literal."""
    values = bindings(question, dict(items))
    text = question.text
    if values:
        at = _where_end(text)
        if at < 0:
            raise KgError(f"the question {question.name!r} has no WHERE clause to bind parameters in")
        blocks = "".join(f"\n  VALUES ?{v.value} {{ {' '.join(str(t) for t in ts)} }}" for v, ts in values.items())
        return _prefix_head(question.text) + f"{text[:at]}{blocks}{text[at:]}"
    return prefixed(text)


def run_remote(endpoint: str, question: Question, params: dict[str, str] | None = None,
               accept: str = "application/sparql-results+json", timeout: float = 60.0) -> bytes:
    """Send a question to a SPARQL 1.1 Protocol endpoint (POST ``application/sparql-query``); the raw answer."""
    body = bound_text(question, params or {}).encode("utf-8")
    req = urllib.request.Request(endpoint, data=body, method="POST",
                                 headers={"Content-Type": "application/sparql-query; charset=utf-8",
                                          "Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.read()
    except urllib.error.HTTPError as exc:
        raise KgError(f"{endpoint} answered {exc.code}: {exc.read()[:300].decode('utf-8', 'replace')}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise KgError(f"cannot reach {endpoint}: {exc}") from exc


def _cell(term_: object) -> str:
    if term_ is None:
        return ""
    return term_.value if hasattr(term_, "value") else str(term_)


def rows_of(result) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a SELECT result as plain strings."""
    header = [v.value for v in result.variables]
    return header, [[_cell(sol[i]) for i in range(len(header))] for sol in result]


def pad(text: str, width: int) -> str:
    """``text`` padded to ``width`` terminal columns (Thai combining marks take none)."""
    w = wcswidth(text)
    return text + " " * (width - (w if w >= 0 else len(text)))


def table(header: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    """An aligned text table; cells wider than ``max_width`` columns are cut with an ellipsis."""
    def clip(s: str) -> str:
        s = " ".join(s.split())
        while wcswidth(s) > max_width:
            s = s[: max(1, len(s) - max(1, (wcswidth(s) - max_width)))].rstrip() + "…"
            if wcswidth(s) <= max_width:
                break
            s = s[:-1]
        return s
    cells = [[clip(c) for c in r] for r in rows]
    widths = [max([wcswidth(h), *(max(wcswidth(r[i]), 0) for r in cells)]) for i, h in enumerate(header)]
    lines = ["  ".join(pad(h, widths[i]) for i, h in enumerate(header)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(pad(c, widths[i]) for i, c in enumerate(r)).rstrip() for r in cells]
    return "\n".join(lines) + f"\n({len(rows)} rows)\n"


def render(result, fmt: str = "table") -> str | bytes:
    """A query result in ``fmt``: table, csv, tsv or json for SELECT; Turtle for CONSTRUCT/DESCRIBE; ASK as
    true/false (or SPARQL JSON)."""
    if fmt not in FORMATS:
        raise UnknownEngineError("output format", fmt, list(FORMATS))
    if isinstance(result, ox.QueryBoolean):
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result)}) + "\n"
        return f"{str(bool(result)).lower()}\n"
    if isinstance(result, ox.QueryTriples):
        return ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")
    if fmt == "json":
        return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8") + "\n"
    header, rows = rows_of(result)
    if fmt == "table":
        return table(header, rows)
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()
