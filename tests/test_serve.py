"""``kg serve`` over real HTTP on loopback: the SPARQL 1.1 Protocol, content negotiation, read-only, limits,
entity pages that escape article text."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.pipeline import build
from kg.serve import Settings, serve_in_thread
from kg.store import open_store, quad_count


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, seeds_dir):
    path = tmp_path_factory.mktemp("srv") / "S"
    store = open_store(path)
    build([seeds_dir], store=store)
    hostile = tmp_path_factory.mktemp("hostile") / "h.jsonl"
    hostile.write_text(json.dumps({
        "id": "hostile-1", "url": "javascript:alert(1)", "date": "2024-01-02", "title": "<script>alert(1)</script>",
        "text": "เมื่อวันที่ 2 มกราคม 2567 นายสมชาย <script>alert(1)</script> ผู้อำนวยการกอง<img src=x onerror=alert(1)> "
                "ให้การต้อนรับ นายสมศักดิ์ รักไทย ผู้อำนวยการใหญ่บริษัท</script>ทดสอบ ณ กระทรวงมหาดไทย"},
        ensure_ascii=False) + "\n", encoding="utf-8")
    build([hostile], store=store)
    count = quad_count(store)
    del store
    port = _free_port()
    srv, app, _thread = serve_in_thread(Settings(str(path), port=port, timeout=5.0, max_results=100,
                                                 max_body=20_000, workers=1))
    yield f"http://127.0.0.1:{port}", path, count
    srv.shutdown()
    srv.server_close()
    app.workers.close()


def http(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


SPARQL = {"Content-Type": "application/sparql-query"}
WHO = 'SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n . FILTER(STR(?n) = "TAKEHANA Masahiro") }'


def test_get_and_post_forms_and_direct_body(server):
    base, _, _ = server
    status, media, body = http(f"{base}/sparql?{urllib.parse.urlencode({'query': WHO})}")
    assert status == 200 and media.startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "TAKEHANA Masahiro"
    status, _, body = http(f"{base}/sparql", urllib.parse.urlencode({"query": WHO}).encode(),
                           {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and b"TAKEHANA" in body
    status, _, body = http(f"{base}/sparql", WHO.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 200 and b"TAKEHANA" in body


@pytest.mark.parametrize("accept, media, marker", [
    ("application/sparql-results+json", "application/sparql-results+json", b'"bindings"'),
    ("application/sparql-results+xml", "application/sparql-results+xml", b"<sparql"),
    ("text/csv", "text/csv", b"n\r\nTAKEHANA Masahiro"),
    ("text/tab-separated-values", "text/tab-separated-values", b'?n\n"TAKEHANA Masahiro"@en'),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv", b"TAKEHANA"),
])
def test_select_content_negotiation(server, accept, media, marker):
    base, _, _ = server
    status, got, body = http(f"{base}/sparql", WHO.encode(), {"Content-Type": "application/sparql-query",
                                                               "Accept": accept})
    assert status == 200 and got.startswith(media) and marker in body


@pytest.mark.parametrize("accept, media, marker", [
    ("text/turtle", "text/turtle", b"kg:Person"),
    ("application/n-triples", "application/n-triples", b"<https://w3id.org/thaikg/ontology#Person>"),
    ("application/ld+json", "application/ld+json", b"@id"),
])
def test_construct_content_negotiation(server, accept, media, marker):
    base, _, _ = server
    q = "CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }"
    status, got, body = http(f"{base}/sparql", q.encode(), {"Content-Type": "application/sparql-query",
                                                             "Accept": accept})
    assert status == 200 and got.startswith(media) and marker in body


def test_updates_are_refused_and_data_untouched(server):
    base, path, count = server
    for data, headers in (
            (b"DROP ALL", {"Content-Type": "application/sparql-update"}),
            (urllib.parse.urlencode({"update": "DROP ALL"}).encode(),
             {"Content-Type": "application/x-www-form-urlencoded"}),
            (b"DROP ALL", {"Content-Type": "application/sparql-query"})):
        status, _, _ = http(f"{base}/sparql", data, headers)
        assert 400 <= status < 500
    status, _, _ = http(f"{base}/sparql?update=DROP%20ALL")
    assert status == 403
    assert quad_count(open_store(path, read_only=True)) == count


def test_errors_and_limits(server):
    base, _, _ = server
    assert http(f"{base}/sparql", b"SELECT nonsense {", {"Content-Type": "application/sparql-query"})[0] == 400
    big = b"SELECT * WHERE { ?s ?p ?o } # " + b"x" * 30_000
    assert http(f"{base}/sparql", big, {"Content-Type": "application/sparql-query"})[0] == 413
    status, _, body = http(f"{base}/sparql", b"SELECT * WHERE { ?s ?p ?o }", SPARQL)
    assert status == 413 and b"LIMIT" in body
    slow = b"SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    status, _, body = http(f"{base}/sparql", slow, {"Content-Type": "application/sparql-query"})
    assert status == 503 and b"time limit" in body
    assert http(f"{base}/sparql", WHO.encode(), {"Content-Type": "application/sparql-query"})[0] == 200
    assert http(f"{base}/sparql", WHO.encode(), {"Content-Type": "text/plain"})[0] == 415
    assert http(f"{base}/sparql", WHO.encode(), {"Content-Type": "application/sparql-query",
                                                  "Accept": "image/png"})[0] == 406


@pytest.mark.parametrize("path", ["/../../etc/passwd", "/static/../../etc/passwd", "/id/../../../etc/passwd",
                                  "/%2e%2e/%2e%2e/etc/passwd", "/kg/serve.py"])
def test_no_files_outside_the_app(server, path):
    base, _, _ = server
    status, _, body = http(base + path)
    assert status == 404 and b"root:" not in body


def test_index_page_offline_and_lists_questions(server):
    base, _, _ = server
    status, media, body = http(base + "/")
    assert status == 200 and media.startswith("text/html")
    text = body.decode()
    assert "who-met" in text and "co-chairs" in text
    assert "http://" not in text.replace("http://www.w3.org", "") or "<script src" not in text
    assert "<script" not in text and "cdn" not in text.lower()


def test_entity_pages_link_and_escape(server):
    base, _, _ = server
    status, _, body = http(f"{base}/sparql", b'SELECT ?p WHERE { ?p rdfs:label "TAKEHANA Masahiro"@en }',
                           {"Content-Type": "application/sparql-query"})
    iri = json.loads(body)["results"]["bindings"][0]["p"]["value"]
    status, media, page = http(base + iri.replace("https://w3id.org/thaikg", ""))
    assert status == 200 and media.startswith("text/html")
    text = page.decode()
    assert "วัฒนวิทย์ คชเสนี" in text and 'href="/id/event/' in text and "CoChair" in text
    assert "https://www.thaigov.go.th" not in text or "source" in text
    status, _, body = http(f"{base}/sparql", b'SELECT ?e WHERE { ?e kg:participation ?x . ?e prov:wasDerivedFrom '
                           b"<https://w3id.org/thaikg/id/article/hostile-1> }", SPARQL)
    rows = json.loads(body)["results"]["bindings"]
    assert rows, "the hostile article should give an event"
    for row in rows:
        status, _, page = http(base + row["e"]["value"].replace("https://w3id.org/thaikg", ""))
        assert status == 200
        assert b"<script>alert" not in page and b"<img src=x" not in page
        assert b"&lt;script&gt;" in page or b"&lt;img" in page
        assert b'href="javascript:' not in page
    assert http(base + "/id/person/nobody-here")[0] == 404
