"""50 concurrent clients against ``kg serve`` on loopback for a bounded time: nothing fails, memory stays flat."""

from __future__ import annotations

import socket
from pathlib import Path

from kg.loadtest import run_load
from kg.pipeline import build
from kg.serve import Settings, serve_in_thread
from kg.store import open_store


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def test_fifty_clients(tmp_path, seeds_dir, diplomatic_path):
    path = tmp_path / "S"
    build([seeds_dir, diplomatic_path], store=open_store(path))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server, app, _ = serve_in_thread(Settings(str(path), port=port, workers=2, timeout=20))
    try:
        endpoint = f"http://127.0.0.1:{port}/sparql"
        run_load(endpoint, clients=10, seconds=1.0)  # warm up the workers
        pids = [p.pid for p in app.workers._all]
        before = sum(_rss_kb(pid) for pid in pids)
        result = run_load(endpoint, clients=50, seconds=6.0)
        after = sum(_rss_kb(pid) for pid in pids if Path(f"/proc/{pid}").exists())
    finally:
        server.shutdown()
        server.server_close()
        app.workers.close()
    assert not result.failures, result.failures[:5]
    assert len(result.latencies) > 50, result.summary()
    assert after < before * 1.5 + 50_000, f"worker memory grew from {before} kB to {after} kB"
