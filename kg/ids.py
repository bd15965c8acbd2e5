"""Deterministic IRIs under ``https://w3id.org/thaikg/id/``: the same name gives the same IRI on every run."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache, partial

from kg.normalize import has_thai

BASE = "https://w3id.org/thaikg/id/"
_NON_SLUG = re.compile(r"[^a-z0-9]+")
# Latin letters that no Unicode decomposition takes to a plain one.
_UNDECOMPOSED = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def short_hash(*parts: str, n: int = 8) -> str:
    """A short hex digest of ``parts``: stable across runs and machines."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


@lru_cache(maxsize=65536)
def romanise(text: str) -> str:
    """Thai text in Latin letters (RTGS, pythainlp's ``royin``); Latin text unchanged."""
    if not has_thai(text):
        return text
    return " ".join(_royin()(part) for part in text.split())


@cache
def _royin() -> Callable[[str], str]:
    """pythainlp's ``royin`` romanisation of a word group, with each word's romanisation remembered.

    Names are new strings made of the same few thousand words: done whole each time, romanisation took a
    quarter of a build. This is royin's own loop (pythainlp 5.x) over its own word functions, each cached;
    where those functions are not there, pythainlp's ``romanize`` itself."""
    from pythainlp.tokenize import word_tokenize
    from pythainlp.transliterate import romanize

    try:
        from pythainlp.transliterate.royin import _romanize, _should_add_syllable_separator
    except ImportError:
        return partial(romanize, engine="royin")
    word_form = lru_cache(maxsize=65536)(_romanize)
    separated = lru_cache(maxsize=65536)(_should_add_syllable_separator)

    def royin(text: str) -> str:
        words = word_tokenize(text)
        out: list[str] = []
        for i, word in enumerate(words):
            latin = word_form(word)
            if i > 0 and latin and separated(words[i - 1], word, out[-1] if out else ""):
                latin = "a" + latin
            out.append(latin)
        return "".join(out)

    return royin


def slug(text: str, keep_hash: bool = False, max_len: int = 48) -> str:
    """An ASCII slug for an IRI. Thai is romanised; a hash of the original keeps distinct names apart when the
    romanisation could merge them (``keep_hash``, and always for Thai)."""
    text = unicodedata.normalize("NFC", text)
    thai = has_thai(text)
    # Akgün → akgun: accents dropped, not each accented letter made a break.
    plain = unicodedata.normalize("NFKD", romanise(text).lower().translate(_UNDECOMPOSED))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    base = _NON_SLUG.sub("-", plain).strip("-")[:max_len].strip("-") or "x"
    if thai or keep_hash:
        return f"{base}-{short_hash(text, n=6)}"
    return base


def iri(kind: str, key: str) -> str:
    """The IRI of an entity of ``kind`` (person, org, country, programme, event, article, ...) with ``key``."""
    return f"{BASE}{kind}/{key}"
