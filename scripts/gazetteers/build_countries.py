"""Build ``data/gazetteers/countries.tsv`` from the shared ISO 3166 table and ``countries_extra.tsv``.

Sources:

* ``../shared/gazetteers/countries_iso3166_th_en.csv``: ISO 3166 codes with English and Thai names
  from pycountry (Debian iso-codes, LGPL-2.1+) and Babel (Unicode CLDR, Unicode License v3).
* ``data/gazetteers/countries_extra.tsv``: reviewed aliases (``iso2<TAB>alias``) for the forms
  Thai government news uses that the two libraries lack (สปป.ลาว, สหรัฐฯ, เมียนมา, UK, USA, ...).

Output columns: ``iso2  iso3  label_th  label_en  alt_labels``, one row per ISO country, sorted by
``iso2``. ``label_en``/``label_th`` are the common short names (CLDR, with ``&``, ``St.``, bracketed
and "SAR" forms replaced, see ``LABEL_OVERRIDES``; Thai short names that are also everyday words,
e.g. ชาด in กาชาด, are replaced by the official name and dropped, see ``AMBIGUOUS_FORMS``);
``alt_labels`` holds every other distinct name
of the table (ISO short and official names, CLDR names) that reads as running text (ISO's inverted
"Korea, Republic of" forms are dropped; a leading ประเทศ is dropped) plus the extra aliases.

Usage (from the repository root)::

    /work/venv/bin/python scripts/gazetteers/build_countries.py

Deterministic: the same inputs give the same file, byte for byte.
"""
from __future__ import annotations

import csv
import sys

from _common import GAZ_SHARED, OUT_DIR, nfc, write_tsv

SOURCE = GAZ_SHARED / "countries_iso3166_th_en.csv"
EXTRA = OUT_DIR / "countries_extra.tsv"
HEADER = ["iso2", "iso3", "label_th", "label_en", "alt_labels"]

# Labels where the CLDR short name is not the form used in running text.
LABEL_OVERRIDES: dict[str, tuple[str, str]] = {
    # iso2: (label_th, label_en)
    "CD": ("สาธารณรัฐประชาธิปไตยคองโก", "Democratic Republic of the Congo"),
    "CG": ("สาธารณรัฐคองโก", "Republic of the Congo"),
    "HK": ("ฮ่องกง", "Hong Kong"),
    "MO": ("มาเก๊า", "Macao"),
    "MM": ("เมียนมา", "Myanmar"),
    "PS": ("ปาเลสไตน์", "Palestine"),
    "US": ("สหรัฐอเมริกา", "United States"),
    # the short Thai names of these are everyday words or parts of them (กาชาด, สุมาลี, เช็กอิน,
    # เตลังกานา): the official name is the label and the short form is dropped (AMBIGUOUS_FORMS)
    "CZ": ("สาธารณรัฐเช็ก", "Czechia"),
    "GH": ("สาธารณรัฐกานา", "Ghana"),
    "ML": ("สาธารณรัฐมาลี", "Mali"),
    "TD": ("สาธารณรัฐชาด", "Chad"),
}
AMBIGUOUS_FORMS = {"เช็ก", "กานา", "มาลี", "ชาด"}
# Countries ISO 3166 leaves out but the news has embassies of, with the user-assigned code the EU, the IMF and
# CLDR use: iso2 -> (iso3, label_th, label_en, alt_labels).
NOT_IN_ISO: dict[str, tuple[str, str, str, list[str]]] = {
    "XK": ("XKX", "คอซอวอ", "Kosovo", ["Republic of Kosovo", "สาธารณรัฐคอซอวอ"]),  # 104 mentions in the 90k corpus
}


def text_form(name: str) -> str | None:
    """Return a name as it reads in running text, or None for ISO's inverted "X, Y of" forms."""
    name = nfc(name)
    if not name or ", " in name:
        return None
    if name.startswith("ประเทศ") and len(name) > 8:
        name = name[len("ประเทศ"):]
    return name


def clean_cldr_en(name: str) -> str:
    name = name.replace(" & ", " and ").replace("St. ", "Saint ")
    return name.split(" (")[0].strip()


def load_extra() -> dict[str, list[str]]:
    extra: dict[str, list[str]] = {}
    if not EXTRA.exists():
        return extra
    lines = EXTRA.read_text(encoding="utf-8").splitlines()
    if lines[0].split("\t") != ["iso2", "alias"]:
        raise SystemExit(f"{EXTRA}: header must be 'iso2<TAB>alias', got {lines[0]!r}")
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != 2 or not cells[1].strip():
            raise SystemExit(f"{EXTRA}:{n}: expected 'iso2<TAB>alias', got {line!r}")
        extra.setdefault(cells[0].strip(), []).append(nfc(cells[1]))
    return extra


def build() -> list[list[str]]:
    extra = load_extra()
    rows = []
    with SOURCE.open(encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    known = {r["alpha2"] for r in table} | set(NOT_IN_ISO)
    unknown = sorted(set(extra) - known)
    if unknown:
        raise SystemExit(f"{EXTRA}: codes not in {SOURCE.name}: {unknown}")
    for r in table:
        iso2 = r["alpha2"]
        label_th = nfc(r["name_th_cldr"] or r["name_th_iso"]).split(" (")[0]
        label_en = clean_cldr_en(r["name_en_cldr"] or r["name_en_iso"])
        if iso2 in LABEL_OVERRIDES:
            label_th, label_en = LABEL_OVERRIDES[iso2]
        table_names = [
            r["name_en_iso"], r["official_name_en_iso"], r["name_en_cldr"].replace("’", "'"),
            r["name_th_iso"], r["official_name_th_iso"], r["name_th_cldr"],
        ]
        forms = [text_form(name) for name in table_names]
        # CLDR's list-style forms ("Congo - Kinshasa", "Hong Kong SAR China", "St. Kitts & Nevis")
        forms = [f for f in forms if f and not any(x in f for x in (" & ", "SAR", " - ", "("))]
        alts: list[str] = []
        for form in [*forms, *extra.get(iso2, [])]:
            if form in AMBIGUOUS_FORMS:
                continue
            if form not in (label_th, label_en) and form not in alts:
                alts.append(form)
        rows.append([iso2, r["alpha3"], label_th, label_en, "|".join(alts)])
    for iso2, (iso3, label_th, label_en, alts) in NOT_IN_ISO.items():
        rows.append([iso2, iso3, label_th, label_en, "|".join([*alts, *extra.get(iso2, [])])])
    rows.sort(key=lambda row: row[0])
    return rows


def main() -> int:
    rows = build()
    out = OUT_DIR / "countries.tsv"
    n = write_tsv(out, HEADER, rows)
    print(f"wrote {out.relative_to(OUT_DIR.parents[1])}: {n} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
