"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint with a query page and an HTML page per entity.

Queries run in worker processes (:mod:`kg.workers`) under a time limit and a result-size limit. Only
``/``, ``/sparql`` and ``/id/...`` are served: no file is read from a request path. All article text is
escaped by Jinja2's autoescaping."""

from __future__ import annotations

import json
import threading
import urllib.parse
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import jinja2
import pyoxigraph as ox

from kg.ids import BASE
from kg.query import EXAMPLE_PARAMS, bound_text, prefixed, shipped_questions
from kg.sparql_results import MEDIA
from kg.workers import RDF_MEDIA, Answer, QueryTimeout, Workers

RESULT_FORMATS = {v: k for k, v in MEDIA.items()} | {"application/json": "json", "text/xml": "xml",
                                                     "application/xml": "xml"}
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@dataclass
class Settings:
    store: str
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    max_results: int = 100_000
    max_body: int = 1_000_000
    workers: int = 2


def _env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("kg", "templates"),
                              autoescape=jinja2.select_autoescape(default=True, default_for_string=True))


def _negotiate(accept: str, offered: list[str]) -> str | None:
    """The offered media type the ``Accept`` header prefers (q-values honoured), or None."""
    prefs = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        prefs.append((-q, i, bits[0].lower()))
    for _q, _i, media in sorted(prefs):
        if _q == 0:
            continue
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return offered[0]
    return None


def link(iri: str) -> str | None:
    """The local page of one of our IRIs."""
    return "/id/" + iri[len(BASE):] if iri.startswith(BASE) else None


class App:
    """The server's state: settings, workers, templates."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.workers = Workers(settings.store, settings.workers, settings.timeout, settings.max_results)
        self.env = _env()

    def select(self, query: str) -> list[dict]:
        answer = self.workers.ask(prefixed(query), "json")
        if answer.status != 200:
            raise RuntimeError(answer.body.decode("utf-8", "replace"))
        return json.loads(answer.body)["results"]["bindings"]

    def index(self, query: str = "") -> bytes:
        questions = []
        for q in shipped_questions().values():
            example = q.text
            if q.params:
                example = bound_text(q, {p: EXAMPLE_PARAMS.get(p, "") for p in q.params})
            questions.append({"name": q.name, "description": q.description, "text": q.text, "example": example})
        default = query or "SELECT ?event ?date ?label WHERE {\n  ?event a kg:Meeting ; schema:startDate ?date .\n" \
                           "  OPTIONAL { ?event rdfs:label ?label }\n} ORDER BY DESC(?date) LIMIT 20"
        return self.env.get_template("index.html").render(questions=questions, query=default).encode()

    def results_page(self, query: str, answer: Answer) -> bytes:
        data = json.loads(answer.body)
        header = data.get("head", {}).get("vars", [])
        rows = []
        for b in data.get("results", {}).get("bindings", []):
            row = []
            for v in header:
                cell = b.get(v)
                text = cell["value"] if cell else ""
                row.append({"text": text, "href": link(text) if cell and cell["type"] == "uri" else None})
            rows.append(row)
        return self.env.get_template("results.html").render(query=query, header=header, rows=rows).encode()

    def entity(self, iri: str) -> bytes | None:
        try:
            node = str(ox.NamedNode(iri))
        except ValueError:
            return None
        out = self.select(f"SELECT ?p ?o ?ol WHERE {{ {node} ?p ?o . OPTIONAL {{ ?o rdfs:label ?ol }} }} LIMIT 2000")
        incoming = self.select(f"SELECT DISTINCT ?s ?p ?sl WHERE {{ ?s ?p {node} . OPTIONAL {{ ?s rdfs:label ?sl }} "
                               f"FILTER(?p != kg:participant && ?p != kg:met) }} LIMIT 200")
        if not out and not incoming:
            return None
        labels = sorted({b["o"]["value"] for b in out if b["p"]["value"] == LABEL})
        kinds = sorted({b["o"]["value"].rsplit("#", 1)[-1] for b in out
                        if b["p"]["value"].endswith("#type")})
        facts, seen = [], set()
        for b in out:
            p, o = b["p"]["value"], b["o"]
            if p.endswith(("#type", "#label")):
                continue
            key = (p, o["value"])
            if key in seen:
                continue
            seen.add(key)
            text = b.get("ol", {}).get("value") or o["value"]
            href = link(o["value"]) if o["type"] == "uri" else None
            facts.append({"predicate": _short(p), "text": text, "href": href})
        posts = [{"date": _v(b, "date"), "title": _v(b, "title"), "org": _v(b, "ol") or _v(b, "org"),
                  "org_href": link(_v(b, "org")), "evidence": _v(b, "ev"), "url": _safe_url(_v(b, "url"))}
                 for b in self.select(f"""SELECT ?date ?title ?org ?ol ?ev ?url WHERE {{
                    ?h org:member {node} ; kg:title ?title ; kg:evidence ?ev ; prov:wasDerivedFrom ?a .
                    OPTIONAL {{ ?h kg:attestedOn ?date }} OPTIONAL {{ ?a schema:url ?url }}
                    OPTIONAL {{ ?h org:organization ?org . OPTIONAL {{ ?org rdfs:label ?ol }} }}
                    }} ORDER BY ?date LIMIT 500""")]
        events = [{"date": _v(b, "date"), "label": _v(b, "el") or _v(b, "e").rsplit("/", 1)[-1],
                   "href": link(_v(b, "e")), "role": _v(b, "role").rsplit("#", 1)[-1], "evidence": _v(b, "ev"),
                   "url": _safe_url(_v(b, "url"))}
                  for b in self.select(f"""SELECT ?e ?date ?el ?role ?ev ?url WHERE {{
                    ?e kg:participation ?x . ?x kg:participant {node} ; kg:role ?role ; kg:evidence ?ev .
                    OPTIONAL {{ ?e schema:startDate ?date }} OPTIONAL {{ ?e rdfs:label ?el }}
                    OPTIONAL {{ ?x prov:wasDerivedFrom ?a . ?a schema:url ?url }}
                    }} ORDER BY ?date LIMIT 500""")]
        participants = [{"name": _v(b, "nl") or _v(b, "who"), "href": link(_v(b, "who")),
                         "role": _v(b, "role").rsplit("#", 1)[-1], "org": _v(b, "ol"), "org_href": link(_v(b, "org")),
                         "evidence": _v(b, "ev")}
                        for b in self.select(f"""SELECT ?who ?nl ?role ?org ?ol ?ev WHERE {{
                    {node} kg:participation ?x . ?x kg:participant ?who ; kg:role ?role ; kg:evidence ?ev .
                    OPTIONAL {{ ?who rdfs:label ?nl FILTER(LANG(?nl) = "th" || LANG(?nl) = "en") }}
                    OPTIONAL {{ ?x kg:onBehalfOf ?org . OPTIONAL {{ ?org rdfs:label ?ol FILTER(LANG(?ol) = "th") }} }}
                    }} LIMIT 500""")]
        inc = [{"text": _v(b, "sl") or _v(b, "s"), "href": link(_v(b, "s")), "predicate": _short(_v(b, "p"))}
               for b in incoming if link(_v(b, "s"))]
        title = labels[0] if labels else iri.rsplit("/", 1)[-1]
        return self.env.get_template("entity.html").render(
            title=title, iri=iri, labels=labels, kinds=kinds, facts=facts, posts=_dedupe(posts),
            events=_dedupe(events), participants=_dedupe(participants), incoming=inc).encode()


def _v(b: dict, name: str) -> str:
    return b.get(name, {}).get("value", "")


def _short(iri: str) -> str:
    from kg.vocab import PREFIXES

    for p, base in PREFIXES.items():
        if iri.startswith(base):
            return f"{p}:{iri[len(base):]}"
    return iri


def _safe_url(url: str) -> str | None:
    return url if url.startswith(("http://", "https://")) else None


def _dedupe(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        key = json.dumps(r, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


class Handler(BaseHTTPRequestHandler):
    app: App
    server_version = "thaikg"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt: str, *args) -> None:  # quiet by default; errors still go to stderr
        pass

    def _send(self, status: int, media: str, body: bytes, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media + ("; charset=utf-8" if media.startswith(("text/", "application/sparql",
                                                                                       "application/json")) else ""))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if media == "text/html":
            self.send_header("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, "text/plain", (message.rstrip() + "\n").encode())

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if url.path == "/":
            self._send(200, "text/html", self.app.index())
        elif url.path == "/sparql":
            if "update" in params:
                self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL updates are refused")
            elif "query" in params:
                self._query(params["query"][0], params.get("format", [None])[0])
            else:
                self._send(200, "text/html", self.app.index())
        elif url.path.startswith("/id/"):
            iri = BASE + urllib.parse.unquote(url.path[len("/id/"):])
            try:
                page = self.app.entity(iri)
            except QueryTimeout as exc:
                self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
                return
            if page is None:
                self._error(HTTPStatus.NOT_FOUND, f"nothing is known about {iri}")
            else:
                self._send(200, "text/html", page)
        else:
            self._error(HTTPStatus.NOT_FOUND, "not found: this server has /, /sparql and /id/... only")

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, "POST goes to /sparql")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self._error(HTTPStatus.BAD_REQUEST, "bad Content-Length")
            return
        if length > self.app.settings.max_body:
            self.close_connection = True
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                        f"request body over {self.app.settings.max_body} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL updates are refused")
        elif media == "application/sparql-query":
            self._query(body, urllib.parse.parse_qs(url.query).get("format", [None])[0])
        elif media == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body, keep_blank_values=True)
            if "update" in form:
                self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL updates are refused")
            elif "query" in form:
                self._query(form["query"][0], form.get("format", [None])[0])
            else:
                self._error(HTTPStatus.BAD_REQUEST, "give the query as the 'query' form field")
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                        "POST application/sparql-query or application/x-www-form-urlencoded")

    def _query(self, query: str, fmt: str | None) -> None:
        accept = self.headers.get("Accept") or "*/*"
        html = fmt == "html"
        result_media = MEDIA.get(fmt or "") if fmt and fmt != "html" else _negotiate(
            accept, [*MEDIA.values(), "application/json", "text/xml", "application/xml"])
        rdf_media = {"turtle": "text/turtle", "ntriples": "application/n-triples", "jsonld": "application/ld+json"}.get(
            fmt or "") or _negotiate(accept, list(RDF_MEDIA)) or "text/turtle"
        result_fmt = "json" if html else RESULT_FORMATS.get(result_media or "", "json")
        if result_media is None and not html and _negotiate(accept, list(RDF_MEDIA)) is None:
            self._error(HTTPStatus.NOT_ACCEPTABLE, "no acceptable format: ask for "
                        + ", ".join([*MEDIA.values(), *RDF_MEDIA]))
            return
        try:
            answer = self.app.workers.ask(prefixed(query), result_fmt, rdf_media)
        except QueryTimeout as exc:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
            return
        if answer.status == 200 and html and answer.media_type == MEDIA["json"]:
            self._send(200, "text/html", self.app.results_page(query, answer))
        else:
            self._send(answer.status, answer.media_type, answer.body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the default of 5 resets connections when dozens of clients arrive at once


def make_server(settings: Settings) -> tuple[ThreadingHTTPServer, App]:
    """A server ready to ``serve_forever`` (tests run it in a thread on a free port)."""
    if not Path(settings.store).exists():
        from kg.errors import KgError

        raise KgError(f"no store at {settings.store}: build one with `kg build ... --store {settings.store}`")
    app = App(settings)
    handler = type("BoundHandler", (Handler,), {"app": app})
    server = _Server((settings.host, settings.port), handler)
    return server, app


def serve_in_thread(settings: Settings) -> tuple[ThreadingHTTPServer, App, threading.Thread]:
    server, app = make_server(settings)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, app, thread
