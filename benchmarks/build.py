"""Build throughput against the speed of Thai word segmentation, for growing slices of the corpus.

Usage: python benchmarks/build.py [--sizes 1000,10000,all] [--source FILE] [--jobs N] [--keep DIR]

For each size N (``all``: the whole source, read as the stream it is), the first N articles of the source:
  - read: the time to read and normalise them (kg's ingest, one process);
  - segment: pythainlp's ``word_tokenize`` (default engine, newmm) on their texts in this one process;
  - build: ``kg build --store`` on them with ``--jobs`` workers (default: all cores), into a fresh store;
  - rerun: the same build again on the unchanged store (every article skipped by its content hash);
and prints articles per second, the ratio build / segment, the ratio rerun / read, the peak resident memory
of the build (the building process and its workers together, sampled every 0.2 s with psutil: the largest
sum seen; each build runs in a fresh process),
the store's size on disk, and per-article cost relative to the smallest size (how cost grows with size).
Numbers are of one run; the machine's other load shows in them.
"""
from __future__ import annotations

import argparse
import contextlib
import itertools
import lzma
import multiprocessing as mp
import resource
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

import psutil

from kg.executors import default_jobs
from kg.ingest import read_inputs
from kg.pipeline import build
from kg.store import open_store, quad_count

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "thaigov_all.jsonl.xz"


class PeakMemory:
    """The largest resident memory of a process and all its children together, sampled on a thread."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid, self.every, self.peak, self._stop = pid, every, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with contextlib.suppress(psutil.Error):
            root = psutil.Process(self.pid)
            while not self._stop.is_set():
                total = 0
                for proc in [root, *root.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):  # a worker that just ended
                        total += proc.memory_info().rss
                self.peak = max(self.peak, total)
                self._stop.wait(self.every)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


def timed_build(path: Path, store_dir: Path, jobs: int, results: mp.Queue) -> None:
    """In a process of its own, so that its memory is the build's alone: build into a fresh store, then again
    on the unchanged store."""
    store = open_store(store_dir)
    t = time.perf_counter()
    _, report = build([path], store=store, jobs=jobs)
    elapsed = time.perf_counter() - t
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    _, again = build([path], store=store, jobs=jobs)
    rerun = time.perf_counter() - t
    results.put(dict(articles=report.articles, build=elapsed, rerun=rerun, skipped=again.unchanged,
                     quads=quad_count(store), cpu=own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime))


def slice_of(source: Path, size: int | None, tmp: Path) -> Path:
    """The first ``size`` lines of the source as a plain JSON Lines file (None: the source itself)."""
    if size is None:
        return source
    path = tmp / f"first-{size}.jsonl"
    opener = lzma.open if source.suffix == ".xz" else open
    with opener(source, "rb") as src, path.open("wb") as out:
        out.writelines(itertools.islice(src, size))
    return path


def segment_time(path: Path) -> tuple[int, float, float]:
    """Characters, seconds to read the articles, seconds of ``word_tokenize`` on their texts."""
    from pythainlp.tokenize import word_tokenize

    word_tokenize("เริ่มต้น")  # load the dictionary outside the timing
    t = time.perf_counter()
    chars = 0
    for article in read_inputs([path], lambda e: None):
        chars += len(article.text)
    read = time.perf_counter() - t
    segment = 0.0
    for article in read_inputs([path], lambda e: None):
        t = time.perf_counter()
        word_tokenize(article.text)
        segment += time.perf_counter() - t
    return chars, read, segment


def disk_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,all", help="comma-separated article counts, 'all' for the whole")
    ap.add_argument("--source", type=Path, default=CORPUS)
    ap.add_argument("--jobs", type=int, default=None, help="build workers (default: all cores)")
    ap.add_argument("--keep", type=Path, help="keep each store as DIR/SIZE instead of a temporary directory")
    ap.add_argument("--no-segment", action="store_true", help="skip the segmentation baseline")
    args = ap.parse_args()
    jobs = args.jobs or default_jobs()
    ctx = mp.get_context("spawn")
    rows = []
    with tempfile.TemporaryDirectory() as tmp_:
        tmp = Path(tmp_)
        for size_ in args.sizes.split(","):
            size = None if size_.strip() == "all" else int(size_)
            path = slice_of(args.source, size, tmp)
            if args.no_segment:
                chars, read, segment = 0, float("nan"), float("nan")
            else:
                chars, read, segment = segment_time(path)
            store_dir = (args.keep / size_.strip()) if args.keep else tmp / f"store-{size_.strip()}"
            shutil.rmtree(store_dir, ignore_errors=True)
            results: mp.Queue = ctx.Queue()
            child = ctx.Process(target=timed_build, args=(path, store_dir, jobs, results))
            child.start()
            with PeakMemory(child.pid) as mem:
                row = results.get()
                child.join()
            rows.append(dict(row, size=size_.strip(), chars=chars, read=read, segment=segment, peak=mem.peak,
                             store=disk_size(store_dir)))
            print_rows(rows, jobs)
            if not args.keep:
                shutil.rmtree(store_dir, ignore_errors=True)


def print_rows(rows: list[dict], jobs: int) -> None:
    base = rows[0]["build"] / max(rows[0]["articles"], 1)
    print(f"\nbuild with --jobs {jobs} on {psutil.cpu_count()} cores; segment = pythainlp word_tokenize (newmm), "
          f"one process")
    print(f"{'size':>6} {'articles':>8} {'read s':>7} {'segment s':>9} {'build s':>8} {'art/s':>6} "
          f"{'build/seg':>9} {'rerun s':>7} {'rerun/read':>10} {'peak RSS MiB':>12} {'store MiB':>9} "
          f"{'quads':>10} {'ms/article':>10} {'x smallest':>10}")
    for r in rows:
        per = r["build"] / max(r["articles"], 1)
        print(f"{r['size']:>6} {r['articles']:>8} {r['read']:7.1f} {r['segment']:9.1f} {r['build']:8.1f} "
              f"{r['articles'] / r['build']:6.0f} {r['build'] / r['segment']:9.2f} {r['rerun']:7.1f} "
              f"{r['rerun'] / r['read']:10.2f} {r['peak'] / 2**20:12.0f} {r['store'] / 2**20:9.0f} "
              f"{r['quads']:>10} {per * 1000:10.2f} {per / base:10.2f}")
    cpu = [r["cpu"] / max(r["articles"], 1) * 1000 for r in rows]
    seg = [r["segment"] / max(r["articles"], 1) * 1000 for r in rows]
    print(f"CPU per article (the build and its workers), ms: {', '.join(f'{c:.1f}' for c in cpu)}"
          + (f"; median {statistics.median(cpu):.1f}" if len(cpu) > 1 else "")
          + f"; segmentation alone, ms per article: {', '.join(f'{c:.1f}' for c in seg)}")


if __name__ == "__main__":
    main()
