"""A bounded load run against a SPARQL endpoint on loopback: N concurrent clients asking the shipped questions
for a fixed time; latency percentiles, throughput and failures. Used by a test and by benchmarks/serve_load.py."""

from __future__ import annotations

import statistics
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field

from kg.query import EXAMPLE_PARAMS, bound_text, shipped_questions


@dataclass
class LoadResult:
    latencies: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        return (f"{len(self.latencies)} requests, {len(self.failures)} failed, {self.throughput:.1f} req/s, "
                f"p50 {self.percentile(50) * 1000:.1f} ms, p99 {self.percentile(99) * 1000:.1f} ms, "
                f"mean {statistics.fmean(self.latencies) * 1000 if self.latencies else float('nan'):.1f} ms")


def run_load(endpoint: str, clients: int = 50, seconds: float = 5.0, timeout: float = 30.0) -> LoadResult:
    """``clients`` threads asking the shipped questions in turn for ``seconds``; only loopback endpoints."""
    if not endpoint.startswith(("http://127.", "http://localhost", "http://[::1]")):
        raise ValueError(f"load runs only against loopback endpoints, not {endpoint}")
    queries = [bound_text(q, {p: EXAMPLE_PARAMS[p] for p in q.params}).encode() for q in shipped_questions().values()]
    result = LoadResult()
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(k: int) -> None:
        i = k
        while time.monotonic() < stop:
            body = queries[i % len(queries)]
            i += 1
            req = urllib.request.Request(endpoint, data=body, headers={"Content-Type": "application/sparql-query",
                                                                       "Accept": "application/sparql-results+json"})
            t = time.monotonic()
            try:
                with urllib.request.urlopen(req, timeout=timeout) as resp:
                    resp.read()
                    ok, why = resp.status == 200, str(resp.status)
            except (urllib.error.URLError, OSError) as exc:
                ok, why = False, str(exc)
            with lock:
                if ok:
                    result.latencies.append(time.monotonic() - t)
                else:
                    result.failures.append(why)

    start = time.monotonic()
    threads = [threading.Thread(target=client, args=(k,), daemon=True) for k in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(seconds + timeout + 5)
    result.seconds = time.monotonic() - start
    return result
