"""Text normalisation: Unicode NFC, invisible characters, Thai digits, whitespace, honorific-free name keys."""

from __future__ import annotations

import difflib
import re
import unicodedata

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_THAI_DIGIT_RUN = re.compile("[๐-๙]+")
# Zero-width and other invisible format characters that scraped pages carry.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")
_SPACE_RUN = re.compile(" {2,}")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# Thai combining marks typed twice, sara am typed as nikhahit + sara aa, and sara ae as two sara e.
_DOUBLE_MARK = re.compile("([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\\1+")


def thai_digits_to_arabic(text: str) -> str:
    """``"๒๕๖๔"`` → ``"2564"``; other characters unchanged."""
    # Only the digit runs go through translate, which looks every character of Thai text up one by one.
    return _THAI_DIGIT_RUN.sub(lambda m: m.group().translate(_THAI_DIGITS), text)


def normalize_text(text: str) -> str:
    """Canonical article text: NFC, no invisible or control characters, Arabic digits, plain spaces, ``\\n`` lines.

    Idempotent: ``normalize_text(normalize_text(t)) == normalize_text(t)``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    # นางสาวณหทัย \xa0\xa0\xa0\xa0 ทิวไผ่งาม: a run of spaces that aligned a table's columns is one space.
    text = _SPACE_RUN.sub(" ", text)
    text = text.replace("\u0e4d\u0e32", "\u0e33")
    # เเ (two sara e) typed for แ (sara ae), as in กระทรวงเกษตรเเละสหกรณ์: about 4,400 times in the 90k corpus.
    text = text.replace("\u0e40\u0e40", "\u0e41")
    text = _DOUBLE_MARK.sub(r"\1", text)
    text = thai_digits_to_arabic(text)
    # NFC again: removals above can bring combinable characters together.
    return unicodedata.normalize("NFC", text)


def has_thai(text: str) -> bool:
    """Whether ``text`` holds a character of the Thai block."""
    return any("\u0e00" <= c <= "\u0e7f" for c in text)


def collapse_space(text: str) -> str:
    """Runs of white space to one space, ends stripped."""
    return " ".join(text.split())


_PUNCT = re.compile(r"[\s\.\,\(\)\[\]\"'“”‘’«»\-–—_/:;!?ฯ]+")


def name_key(name: str) -> str:
    """A key under which two spellings of one name meet: case, punctuation and, for Latin names, word order and
    accents (Héctor, Hector; Phạm, Pham) ignored."""
    s = unicodedata.normalize("NFC", name).lower().strip()
    tokens = [t for t in _PUNCT.split(s) if t]
    if any("a" <= c <= "z" for t in tokens for c in t):
        return " ".join(sorted(_unaccented(t) for t in tokens))
    return "".join(tokens)


def _unaccented(word: str) -> str:
    """A Latin word without its accents (Thai vowel and tone marks are no accents and stay)."""
    if not word.isascii() and any("\u0e00" <= c <= "\u0e7f" for c in word):
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).replace("đ", "d")


_SOUND_MERGES = (("ph", "p"), ("th", "t"), ("kh", "k"), ("ch", "c"), ("sh", "s"), ("zh", "c"), ("q", "c"),
                 ("x", "s"), ("z", "s"), ("j", "c"), ("g", "k"), ("v", "w"), ("f", "p"), ("d", "t"), ("b", "p"),
                 ("r", "l"), ("y", ""), ("h", ""))


def sound_skeleton(text: str) -> str:
    """Lower-case consonant skeleton of a Latin-letter name, look-alike sounds merged, for sound-alike tests."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if c.isalpha() or c == " ")
    for a, b in _SOUND_MERGES:
        text = text.replace(a, b)
    return re.sub(r"[aeiou ]", "", text)


def sound_score(thai: str, latin: str) -> float:
    """How alike a Thai-script name and a Latin-script name sound, 0 to 1 (RTGS romanisation, skeletons)."""
    from kg.ids import romanise

    return difflib.SequenceMatcher(None, sound_skeleton(romanise(thai)), sound_skeleton(latin)).ratio()
