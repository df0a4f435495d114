"""Highlighted text: the clean text of a record with its quotes, speakers, entities, events, dates and quantities
marked at their exact spans, as properly nested HTML.

Spans overlap (a quote contains entity mentions, an event's evidence starts inside a quote and ends after it), so
the text is cut at every span boundary into segments, each carrying the set of annotations covering it; the
segments are then walked with a stack of open elements, outer kinds first (quote > event > speaker > entity >
date/quantity). When an annotation that is still open sits above one that has to close, it is closed and reopened
as a continuation fragment (``class="... cont"``, same ``data-*`` id), so the HTML is always well nested and every
character keeps every annotation that covers it. Paragraphs are the outermost layer (one ``<p>``/``<h2>`` each).

Every piece of text and every attribute value goes through :func:`markupsafe.escape`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..record import Analysis

# outer first; an annotation of a lower rank is never split by one of a higher rank unless they cross
RANK = {"quote": 0, "event": 1, "speaker": 2, "outlet": 3, "entity": 4, "date": 5, "quantity": 5}


@dataclass(frozen=True)
class Annotation:
    kind: str  # quote | event | speaker | outlet | entity | date | quantity
    start: int
    end: int
    key: str  # a stable id within the document (q1, v2, e3, d0 ...)
    css: str = ""  # extra classes (entity type, quote kind)
    title: str = ""  # tooltip text
    data: tuple[tuple[str, str], ...] = ()  # data-* attributes (name without "data-", value)

    @property
    def order(self):
        return (RANK.get(self.kind, 9), self.start, -self.end, self.key)


@dataclass
class Segment:
    start: int
    end: int
    annotations: list[Annotation] = field(default_factory=list)


def _names(refs) -> str:
    return ", ".join(r.name for r in refs if r is not None)


def annotations(rec: Analysis, actor_ids: dict[str, str] | None = None) -> list[Annotation]:
    """Every highlightable span of the record as an :class:`Annotation` (spans outside the text are dropped).
    ``actor_ids``: entity id -> corpus actor id (stored documents), added as ``data-actor`` to mentions."""
    actor_ids = actor_ids or {}
    n = len(rec.document.text)
    out: list[Annotation] = []
    for q in rec.quotes:
        speaker = q.speaker.name if q.speaker else "unknown speaker"
        outlets = _names(q.reported_by)
        title = f"{speaker}" + (f" ({q.cue})" if q.cue else "") + (f" · reported by {outlets}" if outlets else "")
        if q.date:
            title += f" · {q.date}"
        data = [("quote", q.id), ("speaker", speaker), ("kind", q.kind)]
        if q.speaker and q.speaker.entity:
            data.append(("speaker-entity", q.speaker.entity))
        if outlets:
            data.append(("outlet", outlets))
        if q.cue:
            data.append(("cue", q.cue))
        out.append(Annotation("quote", q.start, q.end, q.id, f"q-{q.kind}", title, tuple(data)))
        if q.speaker and q.speaker.mention:
            m = q.speaker.mention
            out.append(Annotation("speaker", m.start, m.end, f"{q.id}-s", "", f"speaker of {q.id}: {speaker}",
                                  (("speaker-of", q.id), ("speaker", speaker))))
        for i, r in enumerate(q.reported_by):
            if r.mention:
                out.append(Annotation("outlet", r.mention.start, r.mention.end, f"{q.id}-o{i}", "",
                                      f"outlet cited for {q.id}: {r.name}", (("outlet-of", q.id), ("outlet", r.name))))
    for v in rec.events:
        if not v.evidence:
            continue
        parts = [v.type + (f"/{v.mode}" if v.mode else "")]
        if v.actors:
            parts.append(f"actor: {_names(v.actors)}")
        if v.targets:
            parts.append(f"target: {_names(v.targets)}")
        if v.location:
            parts.append(f"in {v.location.name}")
        if v.date:
            parts.append(v.date)
        if v.factuality and v.factuality != "asserted":
            parts.append(v.factuality)
        out.append(Annotation("event", v.evidence.start, v.evidence.end, v.id, "", " · ".join(parts),
                              (("event", v.id), ("type", v.type))))
    for e in rec.entities:
        title = f"{e.name} · {e.type}" + (f" · {e.role}" if e.role else "")
        data = (("entity", e.id), ("name", e.name), ("type", e.type), ("role", e.role or ""))
        if actor_ids.get(e.id):
            data += (("actor", actor_ids[e.id]),)
        for i, m in enumerate(e.mentions):
            out.append(Annotation("entity", m.start, m.end, f"{e.id}-{i}", f"t-{e.type}", title, data))
    for i, d in enumerate(rec.dates):
        out.append(Annotation("date", d.start, d.end, f"d{i}", "", f"date: {d.value or 'relative'}",
                              (("value", d.value or ""),)))
    for i, x in enumerate(rec.quantities):
        out.append(Annotation("quantity", x.start, x.end, f"n{i}", "", f"quantity: {x.value} {x.unit}", ()))
    return [a for a in out if 0 <= a.start < a.end <= n]


def segments(start: int, end: int, anns: list[Annotation]) -> list[Segment]:
    """Cut [start, end) at every boundary of the annotations that touch it; each segment lists (in nesting
    order) the annotations covering it."""
    inside = [a for a in anns if a.start < end and a.end > start]
    cuts = {start, end}
    for a in inside:
        cuts.add(max(a.start, start))
        cuts.add(min(a.end, end))
    points = sorted(cuts)
    segs = []
    for s, e in zip(points, points[1:]):
        cover = sorted((a for a in inside if a.start <= s and a.end >= e), key=lambda a: a.order)
        segs.append(Segment(s, e, cover))
    return segs


def _open_tag(a: Annotation, cont: bool) -> str:
    classes = ["hl", a.kind] + ([a.css] if a.css else []) + (["cont"] if cont else [])
    attrs = [f'class="{escape(" ".join(classes))}"']
    for k, v in a.data:
        attrs.append(f'data-{escape(k)}="{escape(v)}"')
    if a.title:
        attrs.append(f'title="{escape(a.title)}"')
    return f"<span {' '.join(attrs)}>"


def render_range(text: str, start: int, end: int, anns: list[Annotation]) -> Markup:
    """HTML for text[start:end] with every annotation as a (possibly fragmented) well-nested ``<span>``."""
    html: list[str] = []
    stack: list[Annotation] = []
    for seg in segments(start, end, anns):
        want = seg.annotations
        # keep the longest prefix of the stack that is still wanted in the same order
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] is want[keep]:
            keep += 1
        while len(stack) > keep:
            stack.pop()
            html.append("</span>")
        for a in want[keep:]:
            html.append(_open_tag(a, cont=a.start < seg.start))
            stack.append(a)
        html.append(str(escape(text[seg.start:seg.end])))
    html.extend("</span>" for _ in stack)
    return Markup("".join(html))


def render_paragraphs(rec: Analysis, actor_ids: dict[str, str] | None = None) -> list[dict]:
    """The record's text as a list of {kind, start, end, html} blocks, one per paragraph (the whole text as one
    body paragraph when the record has none); html is safe Markup."""
    text = rec.document.text
    anns = annotations(rec, actor_ids)
    paras = [(p.start, p.end, p.kind) for p in rec.document.paragraphs if 0 <= p.start < p.end <= len(text)]
    if not paras:
        paras = [(0, len(text), "body")] if text else []
    return [{"kind": kind, "start": s, "end": e, "html": render_range(text, s, e, anns)} for s, e, kind in paras]
