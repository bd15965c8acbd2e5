"""Named-entity spans (PERSON, ORGANIZATION, LOCATION) by the rules, the gazetteers and the CRF together: the
``combined`` tagger, scored on ThaiNER by ``benchmarks/thainer_f1.py --engine combined``."""

from __future__ import annotations

from pathlib import Path

from kg.extract.crf import Span, tag
from kg.extract.orgs import find_orgs
from kg.extract.persons import find_persons
from kg.gazetteer import Gazetteer, load


def rule_spans(text: str, gaz: Gazetteer) -> list[Span]:
    """Persons behind an honorific (the honorific inside the span, as ThaiNER has it) and known agencies."""
    out: list[Span] = []
    for p in find_persons(text, 0, len(text), gaz):
        start = text.rfind(p.honorific, 0, p.start) if p.honorific else p.start
        out.append((start if start >= 0 else p.start, p.end, "PERSON"))
    out += [(o.start, o.end, "ORGANIZATION") for o in find_orgs(text, 0, len(text), gaz) if o.rule.startswith(
        ("gazetteer", "embassy", "foreign-ministry"))]
    return out


def combined_spans(text: str, gaz: Gazetteer | None = None, model_path: str | Path | None = None) -> list[Span]:
    """The tagger's spans, and the rules' where the tagger saw nothing: a name behind an honorific or in the
    gazetteer is a name whatever its context; the tagger knows names without either."""
    gaz = gaz or load()
    spans = list(tag(text, model_path))
    for a, b, label in rule_spans(text, gaz):
        if not any(x < b and a < y for x, y, _ in spans):
            spans.append((a, b, label))
    return sorted(spans)


TAGGERS = ("combined", "crf")


def spans(text: str, engine: str = "combined", model_path: str | Path | None = None) -> list[Span]:
    """Entity spans of ``text`` by the ``combined`` tagger or the ``crf`` alone."""
    if engine not in TAGGERS:
        from kg.errors import UnknownEngineError

        raise UnknownEngineError("tagger", engine, list(TAGGERS))
    return combined_spans(text, model_path=model_path) if engine == "combined" else tag(text, model_path)
