"""A readable plain-text summary of an analysis record (``analyze --format text``)."""
from __future__ import annotations

import textwrap

from .record import Analysis, cited


def in_marks(text: str, kind: str | None) -> str:
    """A quote's text as a reader is shown it outside its article: a direct quote in quotation marks, any other
    kind as written (an indirect quote is the writer's paraphrase: in marks it would read as the speaker's own words;
    a mixed quote carries the marks of the words it quotes)."""
    return f"“{text}”" if kind == "direct" else text


def said_line(speaker: str | None, kind: str | None, cue: str | None, text: str) -> str:
    """One line for a quote in a list: ``Speaker: “…”`` for the speaker's own words, ``Speaker (cue): …`` for the
    writer's account of them."""
    who = speaker or "?"
    return f"{who}: {in_marks(text, kind)}" if kind == "direct" else f"{who} ({cue or 'said'}): {text}"


def _ref(r) -> str:
    return r.name if r is not None else "?"


def _n(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def render_text(rec: Analysis) -> str:
    d = rec.document
    out = []
    out.append(f"== {d.title or '(untitled)'}")
    published = f"published {d.published or 'unknown'}"
    if d.published_from == "capture":
        published = f"published unknown (captured {d.captured}: the page gives no date)"
    elif d.captured:
        published += f" (captured {d.captured})"
    elif not d.published and d.inferred_anchor:  # round 32: the day the text stands on (understand/dates/inferred.py)
        a = d.inferred_anchor
        published = f"published unknown (dates read from {a['date']}, the text's {a['how']} «{a['text']}»)"
    meta = [f"id {d.id}", f"language {d.language or '?'}", published]
    if d.source:
        meta.insert(0, f"source {d.source}")
    out.append("   " + " | ".join(meta))
    kinds = {}
    for p in d.paragraphs:
        kinds[p.kind] = kinds.get(p.kind, 0) + 1
    out.append(f"   {_n(len(d.text.split()), 'word')}, {_n(len(d.paragraphs), 'paragraph')} "
               f"({', '.join(f'{v} {k}' for k, v in sorted(kinds.items()))}), "
               f"{_n(len(d.removed), 'piece')} removed")
    for r in d.removed:
        out.append(f"   - removed ({r.reason}): {textwrap.shorten(r.text, 90)}")
    if rec.entities:
        out.append("")
        out.append(f"Actors and entities ({len(rec.entities)})")
        for e in rec.entities:
            role = f", {e.role}" if e.role else ""
            names = sorted({m.text for m in e.mentions} - {e.name})
            also = f"  [also: {'; '.join(names)}]" if names else ""
            out.append(f"  {e.id:>4} {e.type:<7} {e.name}{role} ({_n(len(e.mentions), 'mention')}){also}")
    if rec.quotes:
        out.append("")
        out.append(f"Quotes ({len(rec.quotes)})")
        for q in rec.quotes:
            via = f" (via {', '.join(_ref(r) for r in q.reported_by)})" if q.reported_by else ""
            date = f" on {q.date}" if q.date else ""
            out.append(f"  {q.id:>4} {_ref(q.speaker)} [{q.kind}, {q.cue or '-'}]{via}{date}:")
            out.append(textwrap.indent(textwrap.fill(cited(q.text, q.parts, rec.document.text), 100), "        "))
    if rec.events:
        out.append("")
        out.append(f"Events ({len(rec.events)})")
        for v in rec.events:
            acts = ", ".join(_ref(a) for a in v.actors) or "?"
            tgts = ", ".join(_ref(t) for t in v.targets)
            where = f" in {v.location.name}" if v.location else ""
            when = f" on {v.date}" if v.date else ""
            mode = f"/{v.mode}" if v.mode else ""
            fact = f" ({v.factuality})" if v.factuality and v.factuality != "asserted" else ""
            out.append(f"  {v.id:>4} {v.type}{mode}: {acts}{' -> ' + tgts if tgts else ''}{where}{when}{fact}"
                       f"  «{textwrap.shorten(v.evidence.text, 80) if v.evidence else v.trigger}»")
    if rec.dates:
        out.append("")
        out.append("Dates: " + "; ".join(f"{x.text} = {x.value or x.span or '?'}"
                                         + (" (inferred)" if x.anchor_from and (x.value or x.span) else "")
                                         + (f" ({x.stated}? {x.flag})" if x.flag and x.stated else "")
                                         for x in rec.dates))
    if rec.quantities:
        out.append("Quantities: " + "; ".join(f"{x.text} = {x.value} {x.unit}" for x in rec.quantities))
    out.append("")
    return "\n".join(out)
