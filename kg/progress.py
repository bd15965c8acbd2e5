"""A one-line progress display on stderr for long builds: count, rate, and time left when the total is known."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from pathlib import Path

from kg.ingest import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, _files, _suffix


def estimate_total(inputs: Iterable[str]) -> int | None:
    """How many articles the inputs hold, when that is cheap to know (pages, plain JSON Lines); else None."""
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
                return None  # compressed: counting would mean reading it all twice
    return total


class Progress:
    """Call :meth:`tick` per article; redraws at most five times a second; :meth:`close` clears the line."""

    def __init__(self, total: int | None = None, stream=None, enabled: bool = True) -> None:
        self.total, self.stream, self.enabled = total, stream or sys.stderr, enabled
        self.count, self.start, self.last = 0, time.monotonic(), 0.0

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
