"""Thai word segmentation, chosen by name: ``nlpo3`` (newmm in Rust, the default) or pythainlp's ``newmm``."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache, lru_cache

from kg.errors import UnknownEngineError

DEFAULT_ENGINE = "nlpo3"


def _nlpo3() -> Callable[[str], list[str]]:
    import nlpo3
    from pythainlp.corpus import thai_words

    words_file = _dictionary_file(frozenset(thai_words()))
    try:
        nlpo3.load_dict(words_file, "thaikg")
    finally:
        os.unlink(words_file)  # nlpo3 has read it into memory
    return lambda text: nlpo3.segment(text, "thaikg")


def _newmm() -> Callable[[str], list[str]]:
    from pythainlp.tokenize import word_tokenize

    return lambda text: word_tokenize(text, engine="newmm", keep_whitespace=True)


ENGINES: dict[str, Callable[[], Callable[[str], list[str]]]] = {"nlpo3": _nlpo3, "newmm": _newmm}


def _dictionary_file(words: frozenset[str]) -> str:
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(sorted(words)))
    return fh.name


@cache
def segmenter(engine: str = DEFAULT_ENGINE) -> Callable[[str], list[str]]:
    """The word segmenter named ``engine`` (loaded on first use)."""
    if engine not in ENGINES:
        raise UnknownEngineError("segmenter", engine, list(ENGINES))
    return ENGINES[engine]()


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """``text`` cut into words by the default segmenter (cached: the same short spans recur)."""
    return tuple(segmenter()(text))


@cache
def dictionary() -> frozenset[str]:
    """The Thai words the segmenters know (pythainlp's list)."""
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


def word_at(text: str, start: int, end: int, pos: int) -> str | None:
    """The word starting at ``pos`` when ``text[start:end]`` is cut into words, or None when a word runs across
    ``pos`` (กรม inside ทรัพยากรมนุษย์)."""
    offset = start
    for tok in words(text[start:end]):
        if offset == pos:
            return tok
        if offset > pos:
            return None
        offset += len(tok)
    return None


def word_starting(text: str, pos: int, shortest: int, longest: int = 20) -> str | None:
    """The longest dictionary word at ``pos`` longer than ``shortest`` characters, or None."""
    known = dictionary()
    return next((text[pos:pos + n] for n in range(min(longest, len(text) - pos), shortest, -1)
                 if text[pos:pos + n] in known), None)
