"""A statistical named-entity tagger: a linear-chain CRF (python-crfsuite) trained on ThaiNER 1.5.

It finds PERSON, ORGANIZATION and LOCATION spans the rules miss (names with no honorific, agencies that
are in no gazetteer). Text is cut into words by the project's segmenter, with quotes and brackets split
off first and words split before an entity head glued to them (``ในประเทศ`` → ``ใน|ประเทศ``), so that
nearly every gold boundary falls between two tokens; each token is tagged B-, I- or O. Spans come back
as character offsets into the text given, so a span is always a substring of its input.

The model shipped in the package (``kg/models/thainer-crf.crfsuite``) is made by :func:`train` with its
default settings on ``thainer/train.txt``; the same input gives the same bytes.
"""

from __future__ import annotations

import bisect
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError, KgError
from kg.extract.lexicon import ORG_HEADS
from kg.extract.segment import dictionary, words

if TYPE_CHECKING:
    import pycrfsuite

Span = tuple[int, int, str]

LABELS = ("PERSON", "ORGANIZATION", "LOCATION")  # what :func:`tag` returns; other ThaiNER tags are left out
MODEL_FILE = "thainer-crf.crfsuite"
# Beside each model: the digest of the word lists (gazetteers, pythainlp's names) it was trained with, for its
# features read them; a model used with other lists sees other features than it learned from.
LEXICON_SUFFIX = ".lexicon-sha256"
DEFAULT_C1 = 0.05
DEFAULT_C2 = 0.01
DEFAULT_MAX_ITERATIONS = 300
MAX_CHUNK = 2000  # characters tagged at once: pathological text is cut into pieces no longer than this
MAX_MATCH_TOKENS = 10  # the longest gazetteer entry looked up, in tokens
WINDOW = (-2, -1, 1, 2)  # the neighbours whose features each token sees

_TAG = re.compile(r"\[(/?)([A-Z_]+)\]")
# newmm glues quotes and brackets to the word beside them (``"สรยุทธ``, ``(สพฐ.)``): cut them off first.
_PUNCT = "\"'“”‘’«»()[]{}<>,;:!?|/\\–—…"
_RUNS = re.compile(r"\s+|[" + re.escape(_PUNCT) + r"]|[^\s" + re.escape(_PUNCT) + r"]+")
_AFTER_DOT = re.compile(r"(?<=\.)(?=[^\s.\d])")  # ผบ.ทบ. → ผบ.|ทบ.
# Words that begin a name and that newmm glues to the word before (ในประเทศ, หัวหน้าพรรค, ผู้ว่าราชการจังหวัด).
_LOCATION_HEADS = ("ประเทศ", "จังหวัด", "อำเภอ", "ตำบล", "ภาค", "เมือง", "กรุง", "เกาะ", "แม่น้ำ", "เขต")
_OTHER_HEADS = ("พรรค", "กลุ่ม", "ทหารบก", "ทหารเรือ", "ทหารอากาศ", "สหประชาชาติ", "ไทย", "จีน")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ABBREVIATION = re.compile(r"[\u0e01-\u0e2e]{1,6}\.")  # สพฐ., ทบ.: agencies are often abbreviated


def read_tagged(line: str) -> tuple[str, list[Span]]:
    """The plain text of one ThaiNER line and its ``(start, end, label)`` spans, tags removed.

    A tag closed by the wrong name (``[TIME]16.00 น.[/DATE]``) ends the open span all the same."""
    parts: list[str] = []
    spans: list[Span] = []
    pos = length = 0
    opened: tuple[str, int] | None = None
    for m in _TAG.finditer(line):
        parts.append(line[pos:m.start()])
        length += m.start() - pos
        pos = m.end()
        if not m.group(1):
            opened = (m.group(2), length)
        elif opened is not None:
            if length > opened[1]:
                spans.append((opened[1], length, opened[0]))
            opened = None
    parts.append(line[pos:])
    return "".join(parts), spans


def read_corpus(path: str | Path) -> Iterator[tuple[str, list[Span]]]:
    """Every non-empty line of a ThaiNER file as ``(text, spans)``."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such file", "give a ThaiNER file such as ../shared/thainer/train.txt")
    with path.open(encoding="utf-8-sig") as fh:
        for line in fh:
            text, spans = read_tagged(line.rstrip("\r\n"))
            if text.strip():
                yield text, spans


@cache
def _heads() -> tuple[str, ...]:
    """Entity heads, longest first (ties in code-point order, so that the split never depends on hashing)."""
    return tuple(sorted({*ORG_HEADS, *_LOCATION_HEADS, *_OTHER_HEADS}, key=lambda h: (-len(h), h)))


@lru_cache(maxsize=65536)
def _split_head(token: str) -> tuple[str, ...]:
    """``token`` cut before an entity head glued to the end of a dictionary word (ในประเทศ → ใน|ประเทศ)."""
    if len(token) < 5:
        return (token,)
    known = dictionary()
    for head in _heads():
        cut = token.find(head, 2)
        if cut > 0 and token[:cut] in known:
            return (token[:cut], *_split_head(token[cut:]))
    return (token,)


def tokenize(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each token of ``text``; whitespace runs are tokens too, so the tokens tile it."""
    clean = _clean(text)
    offsets: list[tuple[int, int]] = []
    for m in _RUNS.finditer(clean):
        run, pos = m.group(), m.start()
        if run[0].isspace() or run in _PUNCT:
            pieces: Iterable[str] = (run,)
        else:
            pieces = (t for part in _AFTER_DOT.split(run) if part for w in words(part) for t in _split_head(w))
        for piece in pieces:
            if clean.startswith(piece, pos) and piece:
                offsets.append((pos, pos + len(piece)))
                pos += len(piece)
        if pos != m.end():  # the segmenter changed the text: keep the rest of the run whole
            offsets.append((pos, m.end()))
    return offsets


def _clean(text: str) -> str:
    """``text`` with lone surrogates (which nothing downstream can encode) replaced, keeping every offset."""
    return _SURROGATE.sub("\ufffd", text)


def _kind(token: str) -> str:
    """What a token is made of: Thai, digits, (capitalised) Latin, space, newline, punctuation or a mix."""
    if token.isspace():
        return "nl" if "\n" in token else "sp"
    if all("\u0e01" <= c <= "\u0e4e" and c != "\u0e3f" for c in token):
        return "th"
    if token.isdigit() or all("\u0e50" <= c <= "\u0e59" for c in token):
        return "dig"
    if token.isascii() and token.isalpha():
        return "LAT" if token[0].isupper() else "lat"
    if all(unicodedata.category(c)[0] in "PS" for c in token):
        return "pun"
    return "mix"


def _shown(token: str) -> str:
    """A token as a feature value: whitespace and control characters named, long tokens cut."""
    if token.isspace():
        return "<nl>" if "\n" in token else "<sp>"
    return "".join(c if c.isprintable() else "?" for c in token.lower()[:24])


@cache
def _lexicon() -> dict[str, tuple[str, ...]]:
    """Surface string → the word lists it is in: honorific, post, organisation, country, names."""
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    from kg.gazetteer import load

    gaz = load()
    lists: list[tuple[str, Iterable[str]]] = [
        ("hon", gaz.honorifics),
        ("post", (n for p in gaz.positions for n in (p.title_th, p.title_en, *p.alt_labels))),
        # กรุงเทพมหานคร is mostly the city, an agency only where the rules say so: no word list of the tagger's.
        ("org", (n for e in gaz.orgs.values() if e.kind != "local_government" for n in e.names)),
        ("loc", (n for e in gaz.countries.values() for n in e.names)),
        ("person", gaz.person_names),
        ("first", sorted({*thai_male_names(), *thai_female_names()})),
        ("family", sorted(thai_family_names())),
    ]
    found: dict[str, list[str]] = {}
    for name, surfaces in lists:
        for surface in surfaces:
            surface = surface.strip()
            if surface and name not in found.setdefault(surface, []):
                found[surface].append(name)
    return {surface: tuple(names) for surface, names in found.items()}


def lexicon_digest() -> str:
    """SHA-256 of the word lists the features read, in a fixed order: what a model's training depends on."""
    import hashlib
    import json

    return hashlib.sha256(json.dumps(sorted(_lexicon().items()), ensure_ascii=False).encode()).hexdigest()


def shipped_lexicon_digest() -> str | None:
    """The digest of the word lists the shipped model was trained with, or None when it was not recorded."""
    resource = resources.files("kg") / "models" / (MODEL_FILE + LEXICON_SUFFIX)
    return resource.read_text(encoding="utf-8").strip() if resource.is_file() else None


def _lexicon_tags(text: str, offsets: Sequence[tuple[int, int]]) -> list[list[str]]:
    """For each token, ``B-list``/``I-list`` when a run of whole tokens from that word list covers it."""
    lexicon = _lexicon()
    tags: list[list[str]] = [[] for _ in offsets]
    for i, (start, _) in enumerate(offsets):
        best: dict[str, int] = {}
        for j in range(i, min(i + MAX_MATCH_TOKENS, len(offsets))):
            if "\n" in text[offsets[j][0]:offsets[j][1]]:
                break
            for name in lexicon.get(text[start:offsets[j][1]], ()):
                best[name] = j
        for name, j in best.items():
            tags[i].append("B-" + name)
            for k in range(i + 1, j + 1):
                tags[k].append("I-" + name)
    return tags


def _token_features(token: str, lexicon_tags: list[str]) -> dict[str, str | float]:
    """The features a token shows to itself and to its neighbours."""
    known = dictionary()
    kind = _kind(token)
    feats: dict[str, str | float] = {"w": _shown(token), "k": kind}
    if kind == "th":
        if token not in known:
            feats["oov"] = 1.0
        if token.startswith(ORG_HEADS):
            feats["orghead"] = 1.0
    if _ABBREVIATION.fullmatch(token):
        feats["abbr"] = 1.0
    for tag in lexicon_tags:
        feats["g:" + tag] = 1.0
    return feats


def features(text: str, offsets: Sequence[tuple[int, int]]) -> list[dict[str, str | float]]:
    """The CRF features of each token: its own, its affixes and bigrams, and those of its neighbours at
    :data:`WINDOW` (-2..+2). ``offsets`` index into ``text``."""
    tokens = [text[s:e] for s, e in offsets]
    lexicon_tags = _lexicon_tags(text, offsets)
    own = [_token_features(t, g) for t, g in zip(tokens, lexicon_tags, strict=True)]
    out: list[dict[str, str | float]] = []
    for i, token in enumerate(tokens):
        feats: dict[str, str | float] = {"bias": 1.0}
        feats.update(own[i])
        shown = own[i]["w"]
        feats["len"] = str(min(len(token), 8))
        if own[i]["k"] in ("th", "lat", "LAT", "mix"):
            for n in (1, 2, 3):
                if len(token) > n:
                    feats[f"p{n}"] = _shown(token[:n])
                    feats[f"s{n}"] = _shown(token[-n:])
        for d in WINDOW:
            j = i + d
            if 0 <= j < len(tokens):
                for key, value in own[j].items():
                    feats[f"{d}{key}"] = value
            else:
                feats[f"{d}edge"] = 1.0
        if i > 0:
            feats["-1w|w"] = f"{own[i - 1]['w']}|{shown}"
        if i + 1 < len(tokens):
            feats["w|+1w"] = f"{shown}|{own[i + 1]['w']}"
        out.append(feats)
    return out


def bio(offsets: Sequence[tuple[int, int]], spans: Iterable[Span], labels: Sequence[str] = LABELS) -> list[str]:
    """The B-/I-/O tag of each token: a token belongs to the span its first character is in."""
    tags = ["O"] * len(offsets)
    starts = [s for s, _ in offsets]
    for start, end, label in spans:
        if label not in labels:
            continue
        i = bisect.bisect_right(starts, start) - 1
        first = True
        while 0 <= i < len(offsets) and offsets[i][0] < end:
            if offsets[i][0] >= start or first:
                tags[i] = ("B-" if first else "I-") + label
                first = False
            i += 1
    return tags


def spans_from_bio(offsets: Sequence[tuple[int, int]], tags: Sequence[str], text: str) -> list[Span]:
    """Character spans of the tagged tokens; whitespace is trimmed off both ends of a span."""
    spans: list[Span] = []
    current: list[int] | None = None
    label = ""

    def close() -> None:
        if current is not None:
            start, end = current
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append((start, end, label))

    for (start, end), tag in zip(offsets, tags, strict=True):
        if tag == "O":
            close()
            current = None
        elif tag.startswith("I-") and current is not None and tag[2:] == label:
            current[1] = end
        else:
            close()
            current, label = [start, end], tag[2:]
    close()
    return spans


def chunks(text: str, limit: int = MAX_CHUNK) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the lines of ``text``, a line longer than ``limit`` cut at its last space before it."""
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        while end - pos > limit:
            cut = text.rfind(" ", pos + 1, pos + limit)
            cut = cut if cut > pos else pos + limit
            yield pos, cut
            pos = cut
        if end > pos:
            yield pos, end
        pos = end + 1


def train(train_path: str | Path, model_path: str | Path, *, c1: float = DEFAULT_C1, c2: float = DEFAULT_C2,
          max_iterations: int = DEFAULT_MAX_ITERATIONS) -> None:
    """Train the tagger on the ThaiNER file ``train_path`` and write the model to ``model_path``.

    L-BFGS (L1 ``c1``, L2 ``c2``) over the lines in file order, on one thread, with features built in a
    fixed order: the same input, word lists and settings give a byte-identical model. The file is replaced
    only once the model is complete; the word lists' digest is written beside it."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    for text, spans in read_corpus(train_path):
        for start, end in chunks(text):
            offsets = [(s + start, e + start) for s, e in tokenize(text[start:end])]
            inside = [(max(s, start), min(e, end), lab) for s, e, lab in spans if s < end and e > start]
            trainer.append(features(text, offsets), bio(offsets, inside))
    model_path = Path(model_path)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=model_path.name, suffix=".tmp", dir=model_path.parent)
    os.close(fd)
    try:
        trainer.train(tmp)
        os.chmod(tmp, 0o644)  # a data file like any other, not mkstemp's private 0600
        os.replace(tmp, model_path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    model_path.with_name(model_path.name + LEXICON_SUFFIX).write_text(lexicon_digest() + "\n", encoding="utf-8")


@cache
def shipped_model() -> bytes:
    """The bytes of the model shipped inside the package (cached: an in-memory tagger reads them in place)."""
    resource = resources.files("kg") / "models" / MODEL_FILE
    if not resource.is_file():
        raise KgError(f"the NER model {MODEL_FILE} is missing from kg/models: reinstall thaikg, or make it "
                      "with `kg ner train`")
    return resource.read_bytes()


@cache
def load(model_path: str | Path | None = None) -> pycrfsuite.Tagger:
    """The tagger for ``model_path`` (default: the model shipped in the package); cached per path."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    if model_path is None:
        tagger.open_inmemory(shipped_model())
        return tagger
    path = Path(model_path)
    if not path.is_file():
        raise InputError(str(path), "no such model file", "train one with `kg ner train --out PATH`")
    try:
        tagger.open(str(path))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"not a CRFsuite model ({exc})", "train one with `kg ner train`") from exc
    return tagger


def tag(text: str, model_path: str | Path | None = None) -> list[Span]:
    """``(start, end, label)`` of each PERSON, ORGANIZATION and LOCATION named in ``text``, in order.

    ``text[start:end]`` is the name as written; PERSON spans include the title before a name (นาย, พล.อ.)
    as ThaiNER does. Long text is tagged in pieces of at most :data:`MAX_CHUNK` characters."""
    tagger = load(model_path)
    text = _clean(text)
    spans: list[Span] = []
    for start, end in chunks(text):
        offsets = [(s + start, e + start) for s, e in tokenize(text[start:end])]
        if not offsets:
            continue
        tags = tagger.tag(features(text, offsets))
        spans += [s for s in spans_from_bio(offsets, tags, text) if s[2] in LABELS]
    return spans
