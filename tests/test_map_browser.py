"""Maps in a real browser: Debian's Chromium, headless, driven by Playwright (never `playwright install`;
`.ci/run` installs the `chromium` package). The page must draw with no console error and no request leaving
the machine, show a node's evidence when it is clicked, draw TAKEHANA Masahiro's ego network, filter by date
and country, and keep hostile article text as text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_map import PAYLOAD, TAKEHANA, WATTANAWIT, hostile_store

from kg.cli import main

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason=f"{CHROMIUM} is absent: `apt-get install chromium` (.ci/run does)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Opened:
    """A map opened in a fresh page, with every request, console error, page error and dialog recorded."""

    def __init__(self, browser, path: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.problems: list[str] = []
        self.dialogs: list[str] = []

        def route(r) -> None:
            self.requests.append(r.request.url)
            if r.request.url.startswith(("file:", "data:")):
                r.continue_()
            else:
                r.abort()

        self.context.route("**/*", route)
        self.page.on("console", lambda m: m.type in ("error", "warning")
                     and self.problems.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"pageerror: {e}"))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("document.documentElement.dataset.ready === '1'", timeout=30_000)

    def drawn_nodes(self) -> list[str]:
        return self.page.evaluate("network.body.data.nodes.getIds()")

    def drawn_edges(self) -> list[dict]:
        return self.page.evaluate("network.body.data.edges.get()")

    def click_node(self, node: str) -> None:
        """Click where the node is drawn on the canvas."""
        x, y = self.page.evaluate("""id => {
            const p = network.canvasToDOM(network.getPositions([id])[id]);
            const r = document.getElementById("network").getBoundingClientRect();
            return [r.left + p.x, r.top + p.y];
        }""", node)
        self.page.mouse.click(x, y)

    def click_edge(self, edge: str) -> None:
        """Click the middle of an edge."""
        x, y = self.page.evaluate("""id => {
            const e = network.body.data.edges.get(id);
            const pos = network.getPositions([e.from, e.to]);
            const a = network.canvasToDOM(pos[e.from]), b = network.canvasToDOM(pos[e.to]);
            const r = document.getElementById("network").getBoundingClientRect();
            return [r.left + (a.x + b.x) / 2, r.top + (a.y + b.y) / 2];
        }""", edge)
        self.page.mouse.click(x, y)

    def panel(self) -> str:
        return self.page.inner_text("#panel")

    def offsite(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "data:"))]

    def close(self) -> None:
        self.context.close()


def kg_map(store_dir: Path, out: Path, *args: str) -> dict:
    result = CliRunner().invoke(main, ["map", "--store", str(store_dir), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    import lxml.html

    return json.loads(lxml.html.fromstring(out.read_text(encoding="utf-8")).get_element_by_id("map-data").text)


@pytest.fixture(scope="module")
def full_page(diplomatic_store_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("maps") / "persons.html"
    return out, kg_map(diplomatic_store_dir, out)


def test_the_map_draws_offline_and_shows_evidence_on_click(browser, full_page):
    out, data = full_page
    opened = Opened(browser, out)
    try:
        assert opened.problems == [] and opened.offsite() == []
        assert opened.requests == [out.resolve().as_uri()]
        assert len(opened.drawn_nodes()) == len(data["nodes"]) > 500
        assert len(opened.drawn_edges()) == len(data["edges"])
        # the most central official: click where it is drawn and read its events' evidence in the panel
        top = max(data["nodes"], key=lambda n: n["centrality"])
        opened.click_node(top["id"])
        assert opened.page.evaluate("network.getSelectedNodes()") == [top["id"]]
        panel = opened.panel()
        assert panel.splitlines()[0] == top["th"]
        first = data["events"][top["events"][0][0]]
        assert first["label"] in panel
        sentence = data["texts"][first["sources"][0]["sentence"]]
        shown = opened.page.eval_on_selector_all("#panel blockquote.evidence", "els => els.map(e => e.textContent)")
        assert sentence in shown
        links = opened.page.eval_on_selector_all("#panel a", "els => els.map(e => e.href)")
        assert first["sources"][0]["url"] in links
        assert opened.problems == [] and opened.offsite() == []
    finally:
        opened.close()


def test_ego_map_of_takehana(browser, diplomatic_store_dir, tmp_path):
    out = tmp_path / "takehana.html"
    data = kg_map(diplomatic_store_dir, out, "--person", TAKEHANA)
    opened = Opened(browser, out)
    try:
        by_label = {n["th"]: n["id"] for n in data["nodes"]}
        assert sorted(opened.drawn_nodes()) == sorted([by_label[TAKEHANA], by_label[WATTANAWIT]])
        assert len(opened.drawn_edges()) == 1
        assert opened.panel().startswith(TAKEHANA)  # the ego's panel is open from the start
        opened.click_node(by_label[WATTANAWIT])
        assert opened.panel().startswith(WATTANAWIT)
        opened.click_edge(data["edges"][0]["id"])
        panel = opened.panel()
        assert panel.startswith(f"{TAKEHANA} — {WATTANAWIT}") or panel.startswith(f"{WATTANAWIT} — {TAKEHANA}")
        assert "JTPP3" in panel and "CoChair" in panel and "Director of First Country Assistance" in panel
        assert opened.problems == [] and opened.offsite() == []
    finally:
        opened.close()


def test_filters_by_date_kind_and_country(browser, full_page):
    out, data = full_page
    opened = Opened(browser, out)
    page = opened.page
    try:
        every = len(opened.drawn_nodes())
        page.fill("#since", "2021-01-01")
        page.fill("#until", "2021-12-31")
        page.dispatch_event("#until", "change")
        edges = opened.drawn_edges()
        assert 0 < len(edges) < len(data["edges"])
        assert all(any("2021-01-01" <= d <= "2021-12-31" for d in e["dates"]) for e in edges)
        assert len(opened.drawn_nodes()) < every
        page.select_option("#country", "JP")
        nodes = page.evaluate("network.body.data.nodes.get()")
        assert nodes and all("JP" in n["countries"] for n in nodes)
        page.click("#reset")
        assert len(opened.drawn_nodes()) == every
        page.uncheck("#kinds input[value=person]")
        assert opened.drawn_nodes() == []
        page.check("#kinds input[value=person]")
        page.fill("#find", TAKEHANA)
        page.dispatch_event("#find", "change")
        assert opened.panel().startswith(TAKEHANA)
        assert opened.problems == [] and opened.offsite() == []
    finally:
        opened.close()


def test_hostile_text_never_runs(browser, tmp_path):
    from kg.map import build_map, write_map

    store = hostile_store(tmp_path)
    pages = [write_map(build_map(store), tmp_path / "all.html"),
             write_map(build_map(store, "person-event"), tmp_path / "events.html"),
             write_map(build_map(store, person="<img src=x onerror=alert(5)>"), tmp_path / "ego.html")]
    for out in pages:
        opened = Opened(browser, out)
        try:
            page = opened.page
            for node in opened.drawn_nodes():
                opened.click_node(node)
                page.evaluate("id => showNode(id)", node)  # also when the node sits under another
                assert page.evaluate("document.querySelectorAll('img, svg, iframe, b').length") == 0
            for edge in opened.drawn_edges():
                page.evaluate("id => showEdge(id)", edge["id"])
                assert page.evaluate("document.querySelectorAll('img, svg, iframe, b').length") == 0
            page.evaluate("id => showNode(id)", "https://w3id.org/thaikg/id/person/evil")
            panel = opened.panel()
            assert "</script><script>alert(6)</script>" in panel and "<img src=x onerror=alert(5)>" in panel
            assert page.evaluate("document.scripts.length") == 3
            assert page.eval_on_selector_all("a", "els => els.filter(a => !a.href.startsWith('http')).length") == 0
            assert opened.dialogs == [] and opened.problems == [] and opened.offsite() == []
        finally:
            opened.close()
    # the evidence sentence with its markup is shown as the text it is
    opened = Opened(browser, pages[0])
    try:
        thai = next(n for n in opened.page.evaluate("network.body.data.nodes.get()") if n["th"] == "ธีรรัตน์ สำเร็จวาณิชย์")
        opened.page.evaluate("id => showNode(id)", thai["id"])
        assert PAYLOAD in opened.panel() and opened.dialogs == []
    finally:
        opened.close()
