"""Executors, chosen by name: where the per-article work runs. ``local`` uses the cores of this machine (worker
processes, or this process alone with one job); ``dask`` a Dask cluster.

Each takes a picklable function of a chunk of items and an iterator of chunks, and yields the function's
results as the chunks finish (in any order). It pulls chunks only as work completes, so a corpus streams
through a bounded number of chunks in flight whatever its size.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from kg.errors import KgError, UnknownEngineError

A = TypeVar("A")
R = TypeVar("R")
Work = Callable[[list[A]], list[R]]
Executor = Callable[..., Iterator[R]]

DEFAULT_EXECUTOR = "local"
CHUNKS_PER_WORKER = 4  # chunks in flight per worker: enough to keep it busy, few enough to bound memory
# spawn: a worker starts clean (no copy of the parent's open store or threads) on every platform.
START_METHOD = "spawn"


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start_worker(parent: int, warm: Callable[[], object] | None) -> None:
    # Ctrl-C goes to the whole process group; the parent alone decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), name="thaikg-orphan-watch", daemon=True).start()
    if warm is not None:
        warm()


def _exit_with_parent(parent: int) -> None:
    """End this worker once its parent is gone (killed with -9, it cannot say so): it would wait forever."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def local(work: Work, chunks: Iterable[list[A]], jobs: int | None = None,
          warm: Callable[[], object] | None = None) -> Iterator[R]:
    """Run ``work`` on the chunks in ``jobs`` worker processes (default: all cores); with one job, or a single
    chunk to do, here.

    ``warm`` runs once in each worker before its first chunk (loading what every chunk needs)."""
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise KgError(f"--jobs must be at least 1, not {jobs}")
    source = iter(chunks)
    first = list(itertools.islice(source, 2))
    if jobs == 1 or len(first) < 2:  # starting workers would cost more than they save
        for chunk in itertools.chain(first, source):
            yield from work(chunk)
        return
    pool = ProcessPoolExecutor(jobs, mp_context=mp.get_context(START_METHOD), initializer=_start_worker,
                               initargs=(os.getpid(), warm))
    try:
        yield from _bounded(pool.submit, work, itertools.chain(first, source), jobs * CHUNKS_PER_WORKER)
    except BrokenProcessPool as exc:
        raise KgError(f"a build worker process died ({exc}); run the build again, finished articles are kept (from "
                      "a script, call a build with more than one job under `if __name__ == \"__main__\":`)") from exc
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _bounded(submit: Callable[..., Future], work: Work, chunks: Iterable[list[A]], window: int) -> Iterator[R]:
    """Submit chunks while fewer than ``window`` are in flight; yield results as they finish."""
    pending: set[Future] = set()
    source = iter(chunks)
    exhausted = False
    while pending or not exhausted:
        while not exhausted and len(pending) < window:
            chunk = next(source, None)
            if chunk is None:
                exhausted = True
            else:
                pending.add(submit(work, chunk))
        if not pending:
            break
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            yield from future.result()


def dask(work: Work, chunks: Iterable[list[A]], jobs: int | None = None, warm: Callable[[], object] | None = None,
         scheduler: str | None = None) -> Iterator[R]:
    """Run ``work`` on a Dask cluster: the scheduler at ``scheduler`` (``tcp://HOST:PORT``), else a local cluster
    of ``jobs`` worker processes started for this run. Every worker needs thaikg installed."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise KgError("the dask executor needs the 'dask' extra: pip install 'thaikg[dask]'") from exc

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            cluster = LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
    except OSError as exc:
        raise KgError(f"cannot reach the Dask scheduler at {scheduler or 'a local cluster'}: {exc}") from exc
    try:
        window = CHUNKS_PER_WORKER * max(1, sum(client.nthreads().values()))
        if warm is not None:
            client.run(warm)
        source = iter(chunks)
        running = as_completed()
        for chunk in source:
            running.add(client.submit(work, chunk, pure=False))
            if running.count() >= window:
                break
        for future in running:
            yield from future.result()
            future.release()
            chunk = next(source, None)
            if chunk is not None:
                running.add(client.submit(work, chunk, pure=False))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


EXECUTORS: dict[str, Executor] = {"local": local, "dask": dask}


def executor(name: str) -> Executor:
    """The executor registered as ``name``."""
    if name not in EXECUTORS:
        raise UnknownEngineError("executor", name, list(EXECUTORS))
    return EXECUTORS[name]


def chunked(items: Iterable[A], size: int) -> Iterator[list[A]]:
    """``items`` in lists of ``size`` (the last may be shorter)."""
    chunk: list[A] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
