"""Article pages of thaigov.go.th and mfa.go.th as title, story text, canonical URL and date (lxml)."""

from __future__ import annotations

import datetime as dt

import lxml.html
from lxml import etree

from kg.dates import parse_date
from kg.errors import InputError
from kg.ingest import decode
from kg.normalize import collapse_space

_DROP = ("script", "style", "noscript", "nav", "header", "footer", "form", "iframe", "svg", "button", "aside")
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote",
           "figcaption", "table"}
# Containers that hold the story on the sites we read (thaigov.go.th, mfa.go.th), best first.
_BODY_XPATHS = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' news-detail ')]",
    "//*[contains(@class, 'detail') and (self::div or self::section or self::article)]",
    "//article", "//*[@itemprop='articleBody']", "//main",
    "//*[contains(@class, 'content') and (self::div or self::section)]",
)


def _block_text(el: etree._Element) -> str:
    """Text of an element with a line break at every block boundary."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _BLOCKS:
            parts.append("\n")
        if node.text and tag not in _DROP:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.tag in _DROP:
                if child.tail:
                    parts.append(child.tail)
                continue
            walk(child)
        if tag in _BLOCKS:
            parts.append("\n")
        if node.tail:
            parts.append(node.tail)

    walk(el)
    lines = (collapse_space(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _thai_letters(text: str) -> int:
    return sum("\u0e00" <= c <= "\u0e7f" for c in text)


def page_text(raw: bytes, source: str) -> tuple[str, str, str | None, dt.date | None]:
    """Title, story text, canonical URL and publication date of an article page."""
    try:
        doc = lxml.html.document_fromstring(decode(raw, source))
    except (etree.ParserError, ValueError) as exc:
        raise InputError(source, f"not an HTML page ({exc})", "give the article's HTML page") from exc
    for bad in doc.xpath("|".join(f"//{t}" for t in ("script", "style", "noscript"))):
        bad.drop_tree()

    def meta(*names: str) -> str | None:
        for name in names:
            for v in doc.xpath(f"//meta[@property='{name}' or @name='{name}']/@content"):
                if v.strip():
                    return v.strip()
        return None

    title = meta("og:title") or ""
    h1 = doc.xpath("//h1")
    if h1:
        title = collapse_space(h1[0].text_content()) or title
    if not title:
        title = collapse_space("".join(doc.xpath("//title//text()")))
    url = meta("og:url")
    canonical = doc.xpath("//link[@rel='canonical']/@href")
    url = canonical[0].strip() if canonical else url
    published = None
    if stamp := meta("article:published_time", "date", "DC.date.issued", "pubdate"):
        try:
            published = dt.date.fromisoformat(stamp[:10])
        except ValueError:
            published = parse_date(stamp)
    candidates = [el for xp in _BODY_XPATHS for el in doc.xpath(xp)]
    body_el = max(candidates, key=lambda el: _thai_letters(el.text_content()), default=None)
    if body_el is None or _thai_letters(body_el.text_content()) < 20:
        body_el = doc.find("body") if doc.find("body") is not None else doc
    body = _block_text(body_el)
    if published is None:
        published = parse_date(body[:300])
    return title, body, url, published
