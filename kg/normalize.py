"""Text normalisation: Unicode NFC, invisible characters, Thai digits, whitespace, honorific-free name keys."""

from __future__ import annotations

import re
import unicodedata

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# Zero-width and other invisible format characters that scraped pages carry.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# Thai combining marks typed twice, and sara am typed as nikhahit + sara aa.
_DOUBLE_MARK = re.compile("([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\\1+")


def thai_digits_to_arabic(text: str) -> str:
    """``"๒๕๖๔"`` → ``"2564"``; other characters unchanged."""
    return text.translate(_THAI_DIGITS)


def normalize_text(text: str) -> str:
    """Canonical article text: NFC, no invisible or control characters, Arabic digits, plain spaces, ``\\n`` lines.

    Idempotent: ``normalize_text(normalize_text(t)) == normalize_text(t)``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    text = text.replace("\u0e4d\u0e32", "\u0e33")
    text = _DOUBLE_MARK.sub(r"\1", text)
    text = thai_digits_to_arabic(text)
    # NFC again: removals above can bring combinable characters together.
    return unicodedata.normalize("NFC", text)


def collapse_space(text: str) -> str:
    """Runs of white space to one space, ends stripped."""
    return " ".join(text.split())


_PUNCT = re.compile(r"[\s\.\,\(\)\[\]\"'“”‘’«»\-–—_/:;!?ฯ]+")


def name_key(name: str) -> str:
    """A key under which two spellings of one name meet: case, punctuation and, for Latin names, word order ignored."""
    s = unicodedata.normalize("NFC", name).lower().strip()
    tokens = [t for t in _PUNCT.split(s) if t]
    if any("a" <= c <= "z" for t in tokens for c in t):
        return " ".join(sorted(tokens))
    return "".join(tokens)
