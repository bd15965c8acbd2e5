"""``kg push`` against a real Oxigraph server (PyPI ``oxigraph``) that the test starts on loopback."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path):
    exe = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if exe is None:
        pytest.fail("the oxigraph server is not installed: pip install '.[test]' installs it")
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "ox"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(10)


def _count(base: str) -> int:
    q = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    req = urllib.request.Request(f"{base}/query?{q}", headers={"Accept": "text/csv"})
    return int(urllib.request.urlopen(req, timeout=10).read().decode().split()[-1])


def test_push_round_trip_and_idempotence(tmp_path, seeds_dir, oxigraph_server):
    store = tmp_path / "S"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(seeds_dir), "--store", str(store), "--quiet"]).exit_code == 0
    first = runner.invoke(main, ["push", "--endpoint", f"{oxigraph_server}/store", "--store", str(store)])
    assert first.exit_code == 0, first.output
    count = _count(oxigraph_server)
    assert count > 300
    again = runner.invoke(main, ["push", "--endpoint", f"{oxigraph_server}/store", "--store", str(store)])
    assert again.exit_code == 0 and _count(oxigraph_server) == count
    asked = runner.invoke(main, ["query", "--endpoint", f"{oxigraph_server}/query", "who-met",
                                 "--param", "person=TAKEHANA Masahiro"])
    assert asked.exit_code == 0 and "วัฒนวิทย์ คชเสนี" in asked.output
    hostile = runner.invoke(main, ["query", "--endpoint", f"{oxigraph_server}/query", "who-met",
                                   "--param", 'person=x" } } ; DROP ALL ; SELECT * { {', "--format", "csv"])
    assert hostile.exit_code == 0 and _count(oxigraph_server) == count


def test_push_from_a_file_and_unreachable_server(tmp_path, seeds_dir, oxigraph_server):
    out = tmp_path / "g.nq"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(seeds_dir), "-o", str(out), "--quiet"]).exit_code == 0
    ok = runner.invoke(main, ["push", "--endpoint", f"{oxigraph_server}/store", "--input", str(out)])
    assert ok.exit_code == 0 and _count(oxigraph_server) > 300
    bad = runner.invoke(main, ["push", "--endpoint", f"http://127.0.0.1:{_free_port()}/store", "--input", str(out)])
    assert bad.exit_code != 0 and "cannot reach" in bad.output
