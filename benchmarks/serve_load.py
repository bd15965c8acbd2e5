"""Latency and throughput of ``kg serve`` under concurrent clients on loopback.

Usage: python benchmarks/serve_load.py [--clients 50] [--seconds 20] [--workers 2] [INPUT ...]

Builds a store of INPUT (default: the seeds and the 400 diplomatic articles), serves it on a free loopback
port, and runs the shipped questions from N client threads for a fixed time; prints p50/p99 latency,
throughput and failures.
"""
from __future__ import annotations

import argparse
import socket
import tempfile
from pathlib import Path

from kg.loadtest import run_load
from kg.pipeline import build
from kg.serve import Settings, serve_in_thread
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="*", default=[str(ROOT.parent / "shared/seeds"),
                                                   str(ROOT.parent / "shared/corpus/diplomatic_400.jsonl")])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        build(args.inputs, store=open_store(Path(tmp) / "S"))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server, app, _ = serve_in_thread(Settings(str(Path(tmp) / "S"), port=port, workers=args.workers))
        try:
            run_load(f"http://127.0.0.1:{port}/sparql", clients=5, seconds=1.0)
            result = run_load(f"http://127.0.0.1:{port}/sparql", clients=args.clients, seconds=args.seconds)
        finally:
            server.shutdown()
            app.workers.close()
    print(f"{args.clients} clients, {args.seconds:g} s, {args.workers} workers: {result.summary()}")


if __name__ == "__main__":
    main()
