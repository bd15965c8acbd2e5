"""Check the reviewed gazetteer TSVs in ``data/gazetteers/`` (and, with ``--fix``, normalise them).

Checks, per file: the exact header; UTF-8; one entry a row with the header's number of cells; NFC
text; no leading/trailing spaces in cells or ``|``-separated values; rows sorted by their key
column; unique keys; allowed ``kind`` values; and, for ``organisations.tsv``, that every
``parent`` is a key of the file, every ``country`` an ISO 3166 alpha-2 code of ``countries.tsv``
and that no label is given to two organisations (a label shared by two entries cannot be resolved
by a rule-based extractor). Labels shared between organisations and programmes are reported too.

``--fix`` rewrites the hand-edited files (organisations, positions, programmes, countries_extra,
person_names_rejected) NFC-normalised, stripped, with duplicate alt labels removed and rows sorted;
it never changes what an entry says.

Usage (from the repository root)::

    /work/venv/bin/python scripts/gazetteers/check_gazetteers.py [--fix]

Exit status 0 when every check passes, 1 otherwise (the problems are printed, one a line, with the
file, line and fix).
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from _common import OUT_DIR

SLUG = re.compile(r"^[a-z0-9][a-z0-9_]*$")
ORG_KINDS = {
    "ministry", "department", "agency", "office", "state_enterprise", "public_organisation",
    "armed_force", "police", "council", "court", "university", "international", "foreign_agency", "company",
    "association", "local_government", "other",
}
POSITION_KINDS = {"political", "civil_service", "diplomatic", "military", "academic", "corporate", "other"}
PROGRAMME_KINDS = {"programme", "framework", "agreement", "initiative"}

# file name -> (header, index of the sort/unique key column, multi-valued columns, hand-edited)
SCHEMAS: dict[str, tuple[list[str], int, set[str], bool]] = {
    "organisations.tsv": (
        ["key", "label_th", "label_en", "alt_labels", "parent", "country", "kind"], 0, {"alt_labels"}, True),
    "positions.tsv": (["title_th", "title_en", "alt_labels", "kind"], 0, {"alt_labels"}, True),
    "programmes.tsv": (["key", "label_en", "label_th", "alt_labels", "kind"], 0, {"alt_labels"}, True),
    "countries.tsv": (["iso2", "iso3", "label_th", "label_en", "alt_labels"], 0, {"alt_labels"}, False),
    "countries_extra.tsv": (["iso2", "alias"], 0, set(), True),
    "person_names.tsv": (["thai", "latin", "count"], 0, set(), False),
    "person_names_rejected.tsv": (["thai", "latin", "reason"], 0, set(), True),
    # Reviewed candidates of mine_programmes.py that the extractor does not load (SOURCES.md says why).
    "programmes_reviewed.tsv": (["key", "label_en", "label_th", "alt_labels", "kind", "articles"], 0, {"alt_labels"},
                                True),
    "programmes_reviewed_alts.tsv": (["key", "alt_labels"], 0, {"alt_labels"}, True),
}


def sort_key(row: list[str], idx: int) -> tuple:
    """Rows sort by the key column, then by the whole row (for files whose key may repeat)."""
    return (row[idx], row)


def read(path: Path) -> tuple[list[str], list[list[str]]]:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines[0].split("\t"), [ln.split("\t") for ln in lines[1:]]


def clean_cell(cell: str, multi: bool) -> str:
    cell = unicodedata.normalize("NFC", cell).strip()
    if multi and cell:
        seen: list[str] = []
        for v in (v.strip() for v in cell.split("|")):
            if v and v not in seen:
                seen.append(v)
        cell = "|".join(seen)
    return cell


def check_file(name: str, fix: bool, problems: list[str]) -> list[list[str]]:
    header, idx, multi, hand = SCHEMAS[name]
    path = OUT_DIR / name
    if not path.exists():
        problems.append(f"{name}: missing (build it or create it with the header {header})")
        return []
    got_header, rows = read(path)
    if got_header != header:
        problems.append(f"{name}:1: header is {got_header}, expected {header}")
        return []
    multi_idx = {header.index(c) for c in multi}
    for i, row in enumerate(rows, start=2):
        if len(row) != len(header):
            problems.append(f"{name}:{i}: {len(row)} cells, expected {len(header)}: {row!r}")
            continue
        for j, cell in enumerate(row):
            cleaned = clean_cell(cell, j in multi_idx)
            if cleaned != cell and not (fix and hand):
                problems.append(
                    f"{name}:{i}: cell {header[j]!r} is not clean (NFC, spaces, duplicates): {cell!r}; run with --fix"
                )
            row[j] = cleaned
    rows = [r for r in rows if len(r) == len(header)]
    if fix and hand:
        rows.sort(key=lambda r: sort_key(r, idx))
        with path.open("w", encoding="utf-8", newline="\n") as fh:
            fh.write("\t".join(header) + "\n")
            for r in rows:
                fh.write("\t".join(r) + "\n")
    else:
        for i in range(1, len(rows)):
            if sort_key(rows[i - 1], idx) > sort_key(rows[i], idx):
                problems.append(
                    f"{name}:{i + 2}: not sorted by {header[idx]!r} "
                    f"({rows[i][idx]!r} after {rows[i - 1][idx]!r}); run with --fix"
                )
                break
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fix", action="store_true", help="normalise and sort the hand-edited files in place")
    args = ap.parse_args(argv)
    problems: list[str] = []
    data = {name: check_file(name, args.fix, problems) for name in SCHEMAS}

    countries = {r[0] for r in data["countries.tsv"]}
    for r in data["countries_extra.tsv"]:
        if countries and r[0] not in countries:
            problems.append(f"countries_extra.tsv: {r[0]!r} is not an alpha-2 code of countries.tsv")

    country_owner: dict[str, set[str]] = defaultdict(set)
    for iso2, _iso3, th, en, alts in data["countries.tsv"]:
        for n in [th, en, *alts.split("|")]:
            if n:
                country_owner[n].add(iso2)
    for label, owners in sorted(country_owner.items()):
        if len(owners) > 1:
            problems.append(
                f"countries.tsv: label {label!r} belongs to {sorted(owners)}: "
                "fix countries_extra.tsv or LABEL_OVERRIDES"
            )

    orgs = data["organisations.tsv"]
    keys = [r[0] for r in orgs]
    keyset = set(keys)
    if len(keys) != len(keyset):
        problems.append(f"organisations.tsv: duplicate keys {sorted({k for k in keys if keys.count(k) > 1})}")
    label_owner: dict[str, set[str]] = defaultdict(set)
    for key, th, en, alts, parent, country, kind in orgs:
        if not SLUG.match(key):
            problems.append(f"organisations.tsv: key {key!r} is not a lowercase ASCII slug [a-z0-9_]")
        if not th and not en:
            problems.append(f"organisations.tsv: {key}: both label_th and label_en are empty")
        if parent and parent not in keyset:
            problems.append(f"organisations.tsv: {key}: parent {parent!r} is not a key of the file")
        if parent == key:
            problems.append(f"organisations.tsv: {key}: is its own parent")
        if country and countries and country not in countries:
            problems.append(f"organisations.tsv: {key}: country {country!r} is not an ISO 3166 alpha-2 code")
        if kind not in ORG_KINDS:
            problems.append(f"organisations.tsv: {key}: kind {kind!r} not in {sorted(ORG_KINDS)}")
        names = [n for n in [th, en, *alts.split("|")] if n]
        if len(set(names)) != len(names):
            problems.append(f"organisations.tsv: {key}: an alt label repeats label_th or label_en")
        for n in names:
            label_owner[n].add(key)
    for label, owners in sorted(label_owner.items()):
        if len(owners) > 1:
            problems.append(f"organisations.tsv: label {label!r} belongs to {sorted(owners)}: keep it on one entry")
    # parent chains must end (no cycles)
    parent_of = {r[0]: r[4] for r in orgs}
    for key in keys:
        seen, cur = set(), key
        while parent_of.get(cur):
            if cur in seen:
                problems.append(f"organisations.tsv: parent cycle through {key!r}")
                break
            seen.add(cur)
            cur = parent_of[cur]

    pos_th: dict[str, int] = defaultdict(int)
    pos_labels: dict[str, set[str]] = defaultdict(set)
    for th, en, alts, kind in data["positions.tsv"]:
        if not th and not en:
            problems.append("positions.tsv: a row with neither title_th nor title_en")
        if kind not in POSITION_KINDS:
            problems.append(f"positions.tsv: {th or en}: kind {kind!r} not in {sorted(POSITION_KINDS)}")
        if th:
            pos_th[th] += 1
        for n in [th, *alts.split("|")]:
            if n:
                pos_labels[n].add(th or en)
    for th, n in pos_th.items():
        if n > 1:
            problems.append(f"positions.tsv: title_th {th!r} on {n} rows: merge them")
    for label, owners in sorted(pos_labels.items()):
        if len(owners) > 1:
            problems.append(f"positions.tsv: Thai label {label!r} on rows {sorted(owners)}: keep it on one row")

    prog_keys = [r[0] for r in data["programmes.tsv"]]
    if len(prog_keys) != len(set(prog_keys)):
        problems.append("programmes.tsv: duplicate keys")
    prog_owner: dict[str, set[str]] = defaultdict(set)
    for key, en, th, alts, kind in data["programmes.tsv"]:
        if not SLUG.match(key):
            problems.append(f"programmes.tsv: key {key!r} is not a lowercase ASCII slug")
        if kind not in PROGRAMME_KINDS:
            problems.append(f"programmes.tsv: {key}: kind {kind!r} not in {sorted(PROGRAMME_KINDS)}")
        for n in [en, th, *alts.split("|")]:
            if n:
                prog_owner[n].add(key)
                if n in label_owner:
                    problems.append(
                        f"programmes.tsv: {key}: label {n!r} is also an organisation label ({sorted(label_owner[n])})"
                    )
    for label, owners in sorted(prog_owner.items()):
        if len(owners) > 1:
            problems.append(f"programmes.tsv: label {label!r} belongs to {sorted(owners)}")
    for key, _en, _th, _alts, kind, _n in data["programmes_reviewed.tsv"]:
        if not SLUG.match(key) or key in prog_keys or kind not in PROGRAMME_KINDS:
            problems.append(f"programmes_reviewed.tsv: {key}: a new slug key of a kind in {sorted(PROGRAMME_KINDS)}")
    for key, _alts in data["programmes_reviewed_alts.tsv"]:
        if key not in prog_keys:
            problems.append(f"programmes_reviewed_alts.tsv: {key!r} is not a key of programmes.tsv")

    for p in problems:
        print(p)
    counts = ", ".join(f"{name} {len(rows)}" for name, rows in data.items())
    print(f"{'FAILED' if problems else 'OK'}: {len(problems)} problem(s); rows: {counts}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
