"""Show one gold article's events next to the extracted ones: type, date, ordinal, participants and roles.

Usage: python scripts/gold_diff.py GOLD_DIR_OR_FILE [ARTICLE_ID...]  (a tuning aid; never point it at tests/gold/test)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from kg.ingest import read_inputs
from kg.pipeline import article_facts

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/corpus/diplomatic_400.jsonl"


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    path = Path(argv[0])
    if "test" in path.parts:
        print("refusing to diff the held-out test half", file=sys.stderr)
        return 2
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    gold = {a["id"]: a for f in files for a in json.loads(f.read_text(encoding="utf-8"))}
    wanted = set(argv[1:]) or set(gold)
    for article in read_inputs([str(CORPUS)]):
        if article.id not in wanted or article.id not in gold:
            continue
        g = gold[article.id]
        names = {p["key"]: p["names"][0] for p in g["persons"]}
        print(f"=== {article.id}  {article.title[:80]}")
        for e in g["events"]:
            parts = ", ".join(f"{names.get(p['person'], p['person'])}:{p['role']}" for p in e["participants"])
            print(f"  gold {e['type']:8} {e['date']} ord={e['ordinal']} | {parts} | orgs={e['organisations']}")
        facts = article_facts(article)
        labels = {en.key: en.labels.get("th") or en.labels.get("en") or en.key for en in facts.entities}
        for e in facts.events:
            parts = ", ".join(f"{labels.get(p.agent, p.agent)}:{p.role}" for p in e.participations
                              if p.agent_kind == "person")
            orgs = [labels.get(p.agent, p.agent) for p in e.participations if p.agent_kind == "org"]
            print(f"  ours {e.type:8} {e.date} ord={e.ordinal} | {parts} | orgs={orgs}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
