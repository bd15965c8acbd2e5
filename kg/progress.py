"""A one-line progress display on stderr for long builds: count, rate, and time left when the total is known."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from kg.ingest import _OPENERS, HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, _files, _suffix


def estimate_total(inputs: Iterable[str], compressed: bool = False) -> int | None:
    """How many articles the inputs hold (a line of JSON Lines counts as one); None when that cannot be known
    beforehand (stdin), or when a file is compressed and ``compressed`` is false (counting means decompressing
    it: a few seconds for the 90,000-article corpus)."""
    total = 0
    for item in inputs:
        if item == "-":
            return None
        path = Path(item)
        if not path.exists():
            continue
        for file in _files(path):
            suffix = _suffix(file)
            if suffix in TEXT_SUFFIXES + HTML_SUFFIXES:
                total += 1
            elif suffix in (".jsonl", ".ndjson"):
                with file.open("rb") as fh:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
            elif suffix in JSONL_SUFFIXES:
                if not compressed:
                    return None
                with _OPENERS[file.suffix.lower()](file, "rb") as fh:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""))
    return total


class Progress:
    """Call :meth:`tick` per article; redraws at most five times a second; :meth:`close` clears the line."""

    def __init__(self, total: int | None = None, stream=None, enabled: bool = True) -> None:
        self.total, self.stream, self.enabled = total, stream or sys.stderr, enabled
        self.count, self.start, self.last = 0, time.monotonic(), 0.0

    def count_in_background(self, inputs: Iterable[str]) -> None:
        """Learn the total on a thread of its own (compressed files included), so the build starts at once and
        the time left appears when the count is done."""

        def count() -> None:
            self.total = estimate_total(inputs, compressed=True)

        threading.Thread(target=count, name="thaikg-count", daemon=True).start()

    def tick(self, *_args: object) -> None:
        self.count += 1
        now = time.monotonic()
        if self.enabled and now - self.last >= 0.2:
            self.last = now
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.start, 1e-9)
        rate = self.count / elapsed
        if self.total:
            left = (self.total - self.count) / rate if rate else 0
            width = 24
            done = min(width, int(width * self.count / self.total))
            return (f"[{'#' * done}{'.' * (width - done)}] {self.count}/{self.total} articles  "
                    f"{rate:.0f}/s  {left:.0f} s left")
        return f"{self.count} articles  {rate:.0f}/s  {elapsed:.0f} s"

    def close(self) -> None:
        if self.enabled and self.count:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
