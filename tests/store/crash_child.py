"""Child process of the crash test: ingest a folder with a cheap analysis (no models) into a store, printing
"committed N" after each batch. With --slow, every record's write is slowed so that a kill lands inside an open
write transaction."""
import hashlib
import re
import sys
import time

from newsgraph.store import writer as link
from newsgraph.corpus.ingest import ingest
from newsgraph.errors import DocumentError
from newsgraph.record import Analysis, Document, Entity, Mention, Quote, Ref
from newsgraph.store import open_store


def cheap(raws):
    for raw in raws:
        text = (raw.text or "").strip()
        if not text:
            yield DocumentError(f"{raw.source}: no text")
            continue
        a = Analysis(document=Document(id=hashlib.sha256(text.encode()).hexdigest()[:16], source=raw.source,
                                       title=text.split("\n", 1)[0], language="en", text=text,
                                       published=raw.published))
        seen = {}
        for m in re.finditer(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", text):
            name = m.group(0)
            if name not in seen and len(seen) < 4:
                seen[name] = Entity(id=f"e{len(seen) + 1}", name=name, type="PERSON", mentions=[])
            if name in seen:
                seen[name].mentions.append(Mention(m.start(), m.end(), name))
        a.entities = list(seen.values())
        first = text.split(".")[0]
        if a.entities:
            e = a.entities[0]
            a.quotes = [Quote(id="q1", kind="direct", text=first, speaker=Ref(e.id, e.name), start=0,
                              end=len(first))]
        yield a


if __name__ == "__main__":
    db, folder = sys.argv[1], sys.argv[2]
    if "--slow" in sys.argv:
        orig = link.Linker.add

        def slow_add(self, rec):
            time.sleep(0.03)
            return orig(self, rec)
        link.Linker.add = slow_add
    store = open_store(db)
    n = 0

    def on_batch(summary, k):
        global n
        n += 1
        print(f"committed {n}", flush=True)
    s = ingest(store, [folder], batch_size=5, analyze=cheap, on_batch=on_batch)
    print(f"done new={s.new} near={s.near_duplicate} dup={s.duplicate} skipped={s.skipped} failed={s.failed}",
          flush=True)
