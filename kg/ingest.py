"""Read articles from text pages, HTML pages, JSON Lines (plain, gz, xz, bz2), directories and stdin.

Every reader yields :class:`~kg.records.Article` with normalised text and a stable id. A bad input
never stops the others: it is handed to ``on_error`` as an :class:`~kg.errors.InputError`.
"""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import hashlib
import io
import json
import lzma
import re
import sys
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import IO

from kg.dates import find_dates, parse_date
from kg.errors import InputError
from kg.normalize import collapse_space, normalize_text
from kg.records import Article

ErrorHandler = Callable[[InputError], None]

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.xz", ".jsonl.bz2", ".ndjson")
_OPENERS = {".gz": gzip.open, ".xz": lzma.open, ".bz2": bz2.open}

_SITE_PREFIX = re.compile(r"^(?:รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-|รูปภาพประกอบ\s*)+")
_SOURCE_LINE = re.compile(r"^\s*ที่มา\s*(?:\(URL source\))?\s*:?\s*(?P<url>https?://\S+)\s*$", re.M)
_VIEWS = re.compile(r"^\s*[\d,]+\s*(?:views?|ครั้ง|view)\s*$", re.I)
_CHROME = {"พิมพ์", "print", "แชร์", "share", "รูปภาพประกอบ", "ย้อนกลับ", "กลับ"}


def _raise(err: InputError) -> None:
    raise err


def decode(data: bytes, source: str) -> str:
    """Bytes of a page as text: UTF-8 (with or without BOM), else Thai TIS-620/windows-874."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if b"\x00" in data[:4096]:
        raise InputError(source, "binary data, not a text page", "give .txt, .html or .jsonl articles")
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError:
        text = ""
    # TIS-620 pages are mostly Thai letters (0xA1-0xFB); accept the guess only when they dominate.
    if text and sum("\u0e00" <= c <= "\u0e7f" for c in text) >= 0.2 * len(text.strip() or "x"):
        return text
    raise InputError(source, f"not UTF-8 (byte {utf8_error.start}) and not Thai TIS-620 text",
                     "re-save the file as UTF-8")


def stable_id(*parts: str) -> str:
    """A short id from a hash of its parts, for articles that come without one."""
    return "sha-" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _url_id(url: str | None) -> str | None:
    if not url:
        return None
    m = re.search(r"thaigov\.go\.th/news/contents/details/(\d+)", url)
    return f"thaigov-{m.group(1)}" if m else None


# p.p1 {margin: 0.0px ...; font: 12.0px 'Helvetica Neue'}, span.s1 {font-kerning: none}: a style sheet the page
# printed as text (147 articles of the 90k corpus) is no part of the story.
_STYLE_RULE = re.compile(r"(?m)^[ \t]*[A-Za-z.#@][\w.#:\-]*(?:[ \t]*,[ \t]*[\w.#:\-]+)*"  # selectors
                         r"[ \t]*\{[^{}\n]*:[^{}\n]*\}[ \t]*$")  # { property: value; ... }


def _drop_style_rules(text: str) -> str:
    """Empty the lines that hold a CSS rule, leaving the line breaks."""
    return _STYLE_RULE.sub("", text)


def _dedupe_lines(text: str) -> str:
    """Drop a line that repeats the one before it (scraped pages print the title twice)."""
    out: list[str] = []
    for line in text.split("\n"):
        if line.strip() and out and line.strip() == out[-1].strip():
            continue
        out.append(line)
    return "\n".join(out)


def _header_end(text: str, title: str) -> tuple[int, dt.date | None]:
    """Offset where the story starts after the title block, and the publication date found in that block."""
    published = None
    pos = 0
    title_key = collapse_space(_SITE_PREFIX.sub("", title))
    for line in text.split("\n"):
        stripped = collapse_space(_SITE_PREFIX.sub("", line.strip()))
        is_date = bool(stripped) and (d := find_dates(stripped)) and len(stripped) - (d[0].end - d[0].start) < 12
        if (not stripped or stripped == title_key or stripped.lower() in _CHROME or _VIEWS.match(stripped)
                or line.strip().startswith("รูปภาพประกอบ") or is_date):
            if is_date and published is None:
                published = find_dates(stripped)[0].value
            pos += len(line) + 1
            continue
        break
    return min(pos, len(text)), published


def make_article(text: str, *, source: str, id: str | None = None, title: str | None = None,
                 url: str | None = None, published: dt.date | None = None) -> Article:
    """Normalise page text and find its title, publication date, story span and source URL."""
    text = _dedupe_lines(_drop_style_rules(normalize_text(text))).strip("\n")
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if title is None:
        title = collapse_space(_SITE_PREFIX.sub("", lines[0])) if lines else ""
    title = collapse_space(normalize_text(title))
    body_start, header_date = _header_end(text, title)
    body_end = -1
    if m := _SOURCE_LINE.search(text, body_start):
        url = url or m["url"]
        body_end = m.start()
    published = published or header_date
    article_id = id or _url_id(url) or stable_id(url or "", text)
    return Article(id=article_id, text=text, title=title, url=url, published=published, source=source,
                   body_start=body_start, body_end=body_end)


def read_text_page(path: Path) -> Article:
    """A scraped ``.txt`` page: title line, date lines, body, captions, ``ที่มา : URL``."""
    text = decode(path.read_bytes(), str(path))
    if not text.strip():
        raise InputError(str(path), "empty file", "remove it or give the article text")
    return make_article(text, source=str(path), id=path.stem)


def read_html_page(path: Path) -> Article:
    """An article page of thaigov.go.th or mfa.go.th, parsed with lxml."""
    from kg.html import page_text

    raw = path.read_bytes()
    if not raw.strip():
        raise InputError(str(path), "empty file", "remove it or give the article page")
    title, body, url, published = page_text(raw, str(path))
    if not body.strip():
        raise InputError(str(path), "no article text found in the page", "give the article's own page")
    text = f"{title}\n\n{published.isoformat() if published else ''}\n{body}"
    return make_article(text, source=str(path), title=title, url=url, published=published,
                        id=_url_id(url) or path.stem)


def _open_jsonl(path: Path) -> IO[str]:
    opener = _OPENERS.get(path.suffix.lower())
    if opener:
        return io.TextIOWrapper(opener(path, "rb"), encoding="utf-8", errors="strict")
    return path.open(encoding="utf-8", errors="strict")


def read_jsonl(stream: Iterable[str], source: str, on_error: ErrorHandler = _raise,
               ids: Collection[str] | None = None) -> Iterator[Article]:
    """JSON Lines in the corpus format: ``id``, ``url``, ``date``, ``title``, ``text`` per line; only the rows
    whose id is in ``ids`` when given (read, not normalised, so picking a few of 90k articles is quick)."""
    lineno = 0
    iterator = iter(stream)
    while True:
        lineno += 1
        try:
            line = next(iterator)
        except StopIteration:
            return
        except (UnicodeDecodeError, EOFError, OSError, lzma.LZMAError) as exc:
            on_error(InputError(source, f"unreadable from here on ({exc.__class__.__name__}: {exc})",
                                "the file is truncated or not what its suffix says", lineno))
            return
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(InputError(source, f"not a JSON object ({exc.msg})", "one JSON object per line", lineno))
            continue
        if not isinstance(row, dict):
            on_error(InputError(source, "not a JSON object", "one JSON object per line", lineno))
            continue
        if ids is not None and str(row.get("id")) not in ids:
            continue
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            on_error(InputError(source, "'text' is missing, empty or not a string",
                                "give the article text as a string", lineno))
            continue
        date_field = row.get("date")
        published = None
        if isinstance(date_field, str) and date_field:
            try:
                published = dt.date.fromisoformat(date_field[:10])
            except ValueError:
                published = parse_date(date_field)
        title = row.get("title") if isinstance(row.get("title"), str) else None
        url = row.get("url") if isinstance(row.get("url"), str) else None
        rid = row.get("id")
        yield make_article(text, source=f"{source}:{lineno}", id=str(rid) if rid not in (None, "") else None,
                           title=title, url=url, published=published)


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in JSONL_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not child.name.startswith(".") and _suffix(child) in (
                    TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES):
                yield child
    else:
        yield path


def read_path(path: Path, on_error: ErrorHandler = _raise, ids: Collection[str] | None = None) -> Iterator[Article]:
    """Articles of one file, whatever its kind (of a JSON Lines file, those with an id in ``ids`` when given)."""
    suffix = _suffix(path)
    try:
        if suffix in JSONL_SUFFIXES:
            with _open_jsonl(path) as stream:
                yield from read_jsonl(stream, str(path), on_error, ids)
        elif suffix in HTML_SUFFIXES:
            yield read_html_page(path)
        elif suffix in TEXT_SUFFIXES:
            yield read_text_page(path)
        else:
            on_error(InputError(str(path), f"unknown kind of file {suffix or '(no suffix)'!r}",
                                "give .txt, .html or .jsonl (optionally .gz/.xz/.bz2) files"))
    except InputError as exc:
        on_error(exc)
    except OSError as exc:
        on_error(InputError(str(path), f"cannot be read ({exc.strerror or exc})", "check the path"))


def read_inputs(inputs: Iterable[str | Path], on_error: ErrorHandler = _raise) -> Iterator[Article]:
    """Articles from every input: files, directories (recursively) and ``-`` (JSON Lines on stdin)."""
    for item in inputs:
        if str(item) == "-":
            yield from read_jsonl(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8"), "<stdin>", on_error)
            continue
        path = Path(item)
        if not path.exists():
            on_error(InputError(str(path), "no such file or directory", "check the path"))
            continue
        for file in _files(path):
            yield from read_path(file, on_error)
