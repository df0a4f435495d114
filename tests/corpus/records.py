"""Build analysis records by hand for store and corpus tests (spans computed from the text, so they validate)."""
from __future__ import annotations

from newsgraph.record import Analysis, Document, Entity, Event, Evidence, Mention, Quote, Ref


def make(text: str, *, source: str, title: str | None = None, published: str | None = None,
         site: str | None = None, entities=(), quotes=(), events=(), url: str | None = None) -> Analysis:
    """entities: (name, type, role, [surface forms]) ; quotes: (text, speaker entity index or None,
    [outlet entity indexes]) ; events: (type, [actor idx], [target idx], location idx or None, source idx or None).
    Entity ids are e1..eN in order; every surface form must occur in the text."""
    doc = Document(id="", source=source, title=title, language="en", published=published, text=text,
                   site_name=site, url=url)
    a = Analysis(document=doc)
    for i, (name, typ, role, forms) in enumerate(entities):
        ms = []
        for f in forms or [name]:
            k = text.find(f)
            if k >= 0:
                ms.append(Mention(k, k + len(f), f))
        a.entities.append(Entity(id=f"e{i + 1}", name=name, type=typ, role=role, mentions=ms,
                                 aliases=sorted(set(forms or [name]))))

    def ref(i):
        if i is None:
            return None
        e = a.entities[i]
        return Ref(entity=e.id, name=e.name)
    for j, (qt, sp, outlets) in enumerate(quotes):
        k = max(0, text.find(qt))
        a.quotes.append(Quote(id=f"q{j + 1}", kind="direct", text=qt, speaker=ref(sp), cue="said",
                              reported_by=[ref(o) for o in outlets or ()], start=k, end=k + len(qt)))
    for j, (typ, acts, tgts, loc, src) in enumerate(events):
        a.events.append(Event(id=f"v{j + 1}", type=typ, actors=[ref(x) for x in acts],
                              targets=[ref(x) for x in tgts], location=ref(loc), source=ref(src),
                              date=published[:10] if published else None,  # as the readers date an undated clause
                              evidence=Evidence(0, min(len(text), 40), text[:40])))
    assert not a.validate(), a.validate()
    return a


ARTICLE = (
    "Zelensky rejects Moscow meeting\n"
    "Ukrainian President Volodymyr Zelensky said on Thursday that he would not travel to Moscow for talks with "
    "Russian President Vladimir Putin. \"I cannot go to Moscow while my country is under missile attacks every "
    "day,\" Zelensky told reporters in Paris, as reported by Reuters. Putin invited Zelensky to Moscow last week. "
    "Kremlin spokesman Dmitry Peskov said the offer stands. \"The invitation remains valid and we are waiting for "
    "an answer from Kyiv,\" Peskov said. French President Emmanuel Macron hosted the meeting of the coalition in "
    "Paris, where 26 countries pledged troops for a peacekeeping mission after a ceasefire. " * 1
)


def article(source="a.example/1", title="Zelensky rejects Moscow meeting", published="2025-09-04", site="A News",
            text=ARTICLE, zel="Volodymyr Zelensky", zel_forms=("Volodymyr Zelensky", "Zelensky")):
    return make(
        text, source=source, title=title, published=published, site=site,
        entities=[(zel, "PERSON", "President of Ukraine", list(zel_forms)),
                  ("Vladimir Putin", "PERSON", "President of Russia", ["Vladimir Putin", "Putin"]),
                  ("Dmitry Peskov", "PERSON", "Kremlin spokesman", ["Dmitry Peskov", "Peskov"]),
                  ("Emmanuel Macron", "PERSON", "President of France", ["Emmanuel Macron"]),
                  ("Moscow", "GPE", None, ["Moscow"]), ("Paris", "GPE", None, ["Paris"]),
                  ("Reuters", "MEDIA", None, ["Reuters"])],
        quotes=[("I cannot go to Moscow while my country is under missile attacks every day", 0, [6]),
                ("The invitation remains valid and we are waiting for an answer from Kyiv", 2, [])],
        events=[("CONSULT", [1], [0], 4, None), ("CONSULT", [3], [], 5, None), ("REJECT", [0], [1], None, 2)])
