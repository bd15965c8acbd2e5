"""Query workers: separate processes holding the store read-only, so a query over its time limit can be
stopped for real (the process is ended and replaced) and the server stays responsive."""

from __future__ import annotations

import multiprocessing as mp
import queue
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection

import pyoxigraph as ox

from kg.sparql_results import MEDIA, TooManyResults, serialize_boolean, serialize_select, serialize_triples
from kg.vocab import PREFIXES

RDF_MEDIA = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
             "application/ld+json": ox.RdfFormat.JSON_LD, "application/rdf+xml": ox.RdfFormat.RDF_XML}


@dataclass(frozen=True)
class Answer:
    status: int
    media_type: str
    body: bytes


class QueryTimeout(Exception):
    pass


def _serve(path: str, conn: Connection) -> None:
    store = ox.Store.read_only(path)
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        conn.send(_answer(store, *request))


def _answer(store: ox.Store, query: str, result_fmt: str, rdf_media: str, limit: int) -> Answer:
    try:
        result = store.query(query)
        if isinstance(result, ox.QueryBoolean):
            return Answer(200, MEDIA[result_fmt], serialize_boolean(bool(result), result_fmt))
        if isinstance(result, ox.QueryTriples):
            prefixes = PREFIXES if rdf_media == "text/turtle" else None
            return Answer(200, rdf_media, serialize_triples(result, RDF_MEDIA[rdf_media], limit, prefixes))
        return Answer(200, MEDIA[result_fmt], serialize_select(result, result_fmt, limit))
    except SyntaxError as exc:
        return Answer(400, "text/plain", f"malformed query: {exc}\n".encode())
    except TooManyResults as exc:
        return Answer(413, "text/plain", f"result too large: {exc}; add a LIMIT\n".encode())
    except (OSError, RuntimeError, ValueError) as exc:
        return Answer(500, "text/plain", f"query failed: {exc}\n".encode())


class Workers:
    """A fixed number of worker processes answering queries on the store at ``path``."""

    def __init__(self, path: str, count: int = 2, timeout: float = 30.0, limit: int = 100_000) -> None:
        self.path, self.timeout, self.limit = path, timeout, limit
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue = queue.Queue()
        self._lock = threading.Lock()
        self._all: list = []
        for _ in range(count):
            self._idle.put(self._start())

    def _start(self):
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_serve, args=(self.path, child), daemon=True)
        proc.start()
        child.close()
        with self._lock:
            self._all.append(proc)
        return proc, parent

    def ask(self, query: str, result_fmt: str = "json", rdf_media: str = "text/turtle") -> Answer:
        """Answer one query; :class:`QueryTimeout` when it runs past the time limit (its worker is replaced)."""
        try:
            proc, conn = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise QueryTimeout(f"all workers busy for {self.timeout:g} s") from None
        try:
            conn.send((query, result_fmt, rdf_media, self.limit))
            if conn.poll(self.timeout):
                answer = conn.recv()
                self._idle.put((proc, conn))
                return answer
        except (EOFError, OSError, BrokenPipeError):
            pass
        proc.kill()
        proc.join(5)
        conn.close()
        self._idle.put(self._start())
        raise QueryTimeout(f"the query ran past the time limit of {self.timeout:g} s")

    def close(self) -> None:
        with self._lock:
            for proc in self._all:
                proc.kill()
            self._all.clear()
