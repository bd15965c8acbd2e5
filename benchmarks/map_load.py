"""How long a large map takes to appear in headless Chromium: the person graph of N corpus articles, cut to
its M most central officials by ``kg.map``, opened from disk with no network.

Usage: python benchmarks/map_load.py [--store DIR] [--articles N] [--source FILE] [--nodes M] [--repeat R]

Builds a store from the first N articles of FILE (default: 20,000 of ../shared/corpus/thaigov_all.jsonl.xz,
about four minutes) or reuses the store at ``--store DIR`` when it is there (and keeps a new one there
otherwise). Times ``kg.map.build_map`` and ``write_map`` once, then opens the page R times (default 3), each
in a fresh browser context of Debian's Chromium driven by Playwright, and prints for every load: the time
until vis-network's first ``afterDrawing`` event (the network drawn, from the start of navigation, as the
page measures it), the wall time from ``goto`` until then as Python sees it, and the time from a click on
the most central node until its panel shows (the page is interactive). Then the medians. Target: drawn
within 3 s. Needs the ``bench`` extra (python-igraph, playwright) and /usr/bin/chromium.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kg import map as km
from kg.pipeline import build
from kg.store import open_store, quad_count

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analyse import DEFAULT_SOURCE, articles_as_inputs  # the sibling benchmark's helpers

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def load_once(browser, page_path: Path, node: str) -> tuple[float, float, float]:
    """One load in a fresh context: (drawn, as the page measures it; wall time to drawn; click to panel),
    in seconds. Any request that is not file: or data: is refused and makes the load fail."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    offsite: list[str] = []

    def route(r) -> None:
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            offsite.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    t = time.perf_counter()
    page.goto(page_path.resolve().as_uri(), timeout=120_000)
    page.wait_for_function("window.mapReady !== undefined", timeout=120_000, polling=10)
    wall = time.perf_counter() - t
    drawn = page.evaluate("window.mapReady") / 1000
    x, y = page.evaluate("""id => {
        const p = network.canvasToDOM(network.getPositions([id])[id]);
        const r = document.getElementById("network").getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }""", node)
    page.evaluate("document.getElementById('panel').replaceChildren()")
    t = time.perf_counter()
    page.mouse.click(x, y)
    page.wait_for_function("document.querySelector('#panel h2') !== null", timeout=30_000, polling=5)
    click = time.perf_counter() - t
    context.close()
    if errors or offsite:
        raise SystemExit(f"the page failed: errors {errors}, requests that left the machine {offsite}")
    return drawn, wall, click


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", help="reuse the store in this directory when it is there; keep a new one there")
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--source", default=str(DEFAULT_SOURCE))
    ap.add_argument("--nodes", type=int, default=2000, help="the most central officials to draw")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.store) if args.store else Path(tmp) / "S"
        reuse = path.exists() and any(path.iterdir())
        if reuse:
            store = open_store(path, read_only=True)
            print(f"store: reused {path}")
        else:
            store = open_store(path)
            t = time.perf_counter()
            _, report = build(articles_as_inputs(args.source, args.articles, Path(tmp)), store=store)
            print(f"store: {report.articles} articles, {quad_count(store)} quads, built in "
                  f"{time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        m = km.build_map(store, max_nodes=args.nodes)
        built = time.perf_counter() - t
        out = Path(tmp) / "map.html"
        t = time.perf_counter()
        km.write_map(m, out)
        written = time.perf_counter() - t
        G = m.graph
        print(f"map: {len(G)} of {G.graph['total']} officials, {G.number_of_edges()} edges, "
              f"{len(m.events)} events; built in {built:.1f} s, written in {written:.2f} s, "
              f"{out.stat().st_size / 1e6:.1f} MB")
        top = max(m.network.nodes, key=lambda n: n["centrality"])["id"]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            print(f"\nChromium {browser.version}, headless; {args.repeat} loads, each in a fresh context")
            print(f"{'load':>4} {'drawn (page) s':>15} {'drawn (wall) s':>15} {'click → panel s':>16}")
            runs = []
            for i in range(1, args.repeat + 1):
                runs.append(load_once(browser, out, top))
                print(f"{i:>4} {runs[-1][0]:15.2f} {runs[-1][1]:15.2f} {runs[-1][2]:16.3f}")
            browser.close()
        drawn, wall, click = (statistics.median(r[k] for r in runs) for k in range(3))
        print(f"median {drawn:13.2f} {wall:15.2f} {click:16.3f}")
        print(f"\n{len(G)}-node map drawn in {drawn:.2f} s (median of {args.repeat}; target 3 s): "
              f"{'within' if drawn <= 3 else 'OVER'} target")


if __name__ == "__main__":
    main()
