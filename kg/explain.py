"""Human-readable account of one article's facts, each with its evidence sentence."""

from __future__ import annotations

from kg.records import ArticleFacts


def describe(facts: ArticleFacts) -> str:
    """One article's entities, posts and events as text for a person to read."""
    a = facts.article
    names = {e.key: e.labels.get("th") or e.labels.get("en") or e.key for e in facts.entities}
    lines = [f"Article {a.id}: {a.title}", f"  published {a.published or '?'}  url {a.url or '-'}", ""]
    for kind, heading in (("person", "Persons"), ("org", "Organisations"), ("country", "Countries"),
                          ("programme", "Programmes")):
        ents = [e for e in facts.entities if e.kind == kind]
        if not ents:
            continue
        lines.append(f"{heading}:")
        for e in ents:
            labels = " / ".join(f"{v} ({k})" for k, v in sorted(e.labels.items()))
            extra = []
            if e.alt_labels:
                extra.append("also " + ", ".join(a for a, _ in e.alt_labels))
            if e.parent:
                extra.append(f"part of {names.get(e.parent, e.parent)}")
            if e.country:
                extra.append(f"country {e.country}")
            lines.append(f"  - {labels}" + (f"  [{'; '.join(extra)}]" if extra else ""))
        lines.append("")
    if facts.posts:
        lines.append("Posts:")
        for p in facts.posts:
            org = f", {names.get(p.org, p.org)}" if p.org else ""
            lines.append(f"  - {names.get(p.person, p.person)}: {p.title}{org}")
            lines.append(f"      evidence [{p.evidence.start}:{p.evidence.end}] ({p.evidence.rule}): "
                         f"{_clip(p.evidence.sentence)}")
        lines.append("")
    for ev in facts.events:
        bits = [ev.type, str(ev.date or "undated")]
        if ev.ordinal:
            bits.append(f"#{ev.ordinal}")
        if ev.mode:
            bits.append(ev.mode)
        if ev.location:
            bits.append(f"at {names.get(ev.location, ev.location)}")
        elif ev.place:
            bits.append(f"at {ev.place}")
        if ev.programmes:
            bits.append("under " + ", ".join(names.get(p, p) for p in ev.programmes))
        lines.append("Event: " + " ".join(bits) + (f"  «{ev.label}»" if ev.label else ""))
        lines.append(f"  evidence [{ev.evidence.start}:{ev.evidence.end}]: {_clip(ev.evidence.sentence)}")
        for part in ev.participations:
            behalf = f" for {names.get(part.on_behalf_of, part.on_behalf_of)}" if part.on_behalf_of else ""
            lines.append(f"  - {part.role}: {names.get(part.agent, part.agent)}{behalf}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _clip(text: str, n: int = 220) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
