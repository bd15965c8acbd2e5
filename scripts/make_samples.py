"""Bundle the two seed articles as ``data/samples/seeds.jsonl``, through the project's own ingest.

The seeds (public government news, see ../shared/README.md) are read with :func:`kg.ingest.read_inputs` and
written in the corpus's JSON Lines format, so the samples travel with the package. Run from the repo root:
``python scripts/make_samples.py``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from kg.ingest import read_inputs

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def main() -> int:
    out = ROOT / "data" / "samples" / "seeds.jsonl"
    rows = []
    for a in read_inputs([SEEDS]):
        rows.append({"id": a.id, "url": a.url, "date": a.published.isoformat() if a.published else None,
                     "title": a.title, "text": a.text,
                     "source": "thaigov.go.th / mfa.go.th press release (public domain, Thai Copyright Act s.7)"})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} articles to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
