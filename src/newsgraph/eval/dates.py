"""Date resolution against a gold made by reading (eval/data/dates-gold.tsv, its header gives the conventions).

Each gold item is (document, publication date, expression text, n-th occurrence, value, kind). The document's text
is rebuilt at eval time (benchmark pages: ``trafilatura.extract`` of the page, PolNeAR and ru-news: the .txt file;
no text is stored in the repository), understood by ``understand.parse`` and ``understand.dates`` exactly as the
pipeline does, and each item is judged against the date expressions that overlap its span:

- a dated item is right when an overlapping expression carries its value (``value``, or ``span`` for a period
  such as "last week");
- a ``negative`` item (a clock time, an address, an outlet, a score...) is right when no overlapping expression
  carries a value, and a ``vague`` one ("in the coming days") likewise.

Documents split by sha1(doc)[0]: 0-7 dev (tuned on), 8-b dev-c (the former held-out's first half, made a second
development split in round 19: its kind of page, read for errors), c-f heldout (measured once). A row whose note
starts with a fresh batch's tag (``fresh20:``, round 20; ``fresh21:``, round 21; ``fresh22:``, round 22;
``fresh23:``, round 23; ``fresh24:``, round 24; ``fresh25:``, round 25; ``fresh26:``, round 26; ``fresh27:``,
round 27; ``fresh28:``, round 28; ``fresh29:``, round 29;
``fresh30:``, round 30; ``fresh31:``, round 31; ``fresh31ru:``, round 31's Russian batch of ru-news texts, whose
anchor is a reader's publication date; ``fresh32:``, round 32; ``fresh32ru:``, round 32's Russian batch, ru-news
texts of ru-attr dev-b and dev-c) is in that batch's split whatever its document's hash: such rows come from
documents no earlier row names, so dev, dev-c and heldout hold exactly the rows they held before.
A fresh batch's held-out part (``fresh32h:``, round 32's last texts) is kept the same way but scored once, at the end
of its round, figures only: its errors are not listed unless asked.

Round 33's checklist of date forms (``written``, ``written-h``) lives apart, in eval/data/dates-written/: texts written
for it (texts.txt, one ``## dw-NNN DATE`` section per text) and their rows (gold.tsv, the same columns; a note's tag
``written:`` or ``written-h:`` names the split, ``written-h`` being its held-out last fifth). ``--split written`` and
``written-h`` read that gold; every other split reads dates-gold.tsv as before.
"""
from __future__ import annotations

import functools
import gzip
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

GOLD = Path(__file__).parent / "data" / "dates-gold.tsv"
WRITTEN_DIR = Path(__file__).parent / "data" / "dates-written"
WRITTEN = WRITTEN_DIR / "gold.tsv"
WRITTEN_SPLITS = ("written", "written-h")
KINDS = ("absolute", "monthday", "relative", "weekday", "negative", "vague")


@dataclass
class Item:
    doc: str
    published: str
    text: str
    n: int
    value: str
    kind: str
    note: str

    @property
    def split(self) -> str:
        return fresh_split(self.note) or split_of(self.doc)

    @property
    def source(self) -> str:
        return source_of(self.doc)


SPLITS = ("dev", "dev-c", "heldout", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
          "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh31ru", "fresh32", "fresh32h",
          "fresh32ru", "written", "written-h")
# fresh batches, by the tag their notes start with: scored before any change made from them
FRESH = ("fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26",
         "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh31ru", "fresh32", "fresh32ru")
# held-out parts of fresh batches, by tag: scored once at the end of their round, never read for errors
FRESH_HELD = ("fresh32h", "written-h")


def fresh_split(note: str) -> str | None:
    """The fresh batch a row belongs to (its note starts with the batch's tag and a colon), else None."""
    return next((f for f in (*FRESH, *FRESH_HELD, "written") if note.startswith(f + ":")), None)


def split_of(doc: str) -> str:
    """dev (0-7), dev-c (8-b) or heldout (c-f) by the first hex digit of sha1(doc)."""
    h = hashlib.sha1(doc.encode()).hexdigest()[0]
    return "dev" if h in "01234567" else "dev-c" if h in "89ab" else "heldout"


def source_of(doc: str) -> str:
    """benchmark (a page named by its sha256), runews (a ru-news text named book_N) or polnear (a PolNeAR text
    named outlet_date_slug)."""
    if re.fullmatch(r"[0-9a-f]{64}", doc):
        return "benchmark"
    if re.fullmatch(r"dw-\d+", doc):
        return "written"
    return "runews" if re.fullmatch(r"book_\d+", doc) else "polnear"


def load(path: Path = GOLD) -> list[Item]:
    items = []
    rows = [ln.rstrip("\n") for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    header = rows[0].split("\t")
    for ln in rows[1:]:
        if ln.strip():
            r = dict(zip(header, ln.split("\t")))
            items.append(Item(r["doc"], r["published"], r["text"], int(r["n"]), r["value"], r["kind"],
                              r.get("note", "")))
    return items


def document_text(doc: str, shared: Path) -> str | None:
    """The text the gold was read in (None when the source is missing)."""
    if source_of(doc) == "written":
        return written_texts().get(doc)
    if source_of(doc) == "runews":
        p = shared / "ru-news" / "text" / f"{doc}.txt"
        return p.read_text(encoding="utf-8") if p.is_file() else None
    for part in ("train", "dev"):
        p = shared / "polnear" / part / "text" / f"{doc}.txt"
        if p.is_file():
            return p.read_text(encoding="utf-8")
    p = shared / "article-extraction-benchmark" / "html" / f"{doc}.html.gz"
    if p.is_file():
        import trafilatura
        return trafilatura.extract(gzip.open(p, "rb").read().decode("utf-8")) or ""
    return None


@functools.lru_cache(maxsize=2)
def written_texts(path: Path = WRITTEN_DIR / "texts.txt") -> dict[str, str]:
    """The checklist's texts by their ``dw-NNN`` name (dates-written/texts.txt: a ``## dw-NNN DATE`` line opens
    each)."""
    out, cur, lines = {}, None, []
    for ln in path.read_text(encoding="utf-8").splitlines() + ["## end"]:
        if ln.startswith("## "):
            if cur:
                out[cur] = "\n".join(lines).strip()
            cur, lines = ln.split()[1], []
        elif cur and not ln.startswith("# "):
            lines.append(ln)
    return out


def product_anchor(doc: str, shared: Path) -> str | None:
    """The publication date the product itself takes for a gold document (``--anchor product``): a benchmark page's
    as the HTML reader gives it (``ingest.html.from_html``, no URL passed), a PolNeAR text's from its file name."""
    if source_of(doc) == "written":  # a written text carries its date only in the gold
        return None
    if source_of(doc) in ("polnear", "runews"):  # a ru-news file name carries no date: no anchor
        from ..ingest.text import date_in_name
        return date_in_name(f"{doc}.txt")
    p = shared / "article-extraction-benchmark" / "html" / f"{doc}.html.gz"
    if not p.is_file():
        return None
    from ..ingest.html import from_html
    day = from_html(gzip.open(p, "rb").read().decode("utf-8", errors="replace"), source=doc).published
    return day[:10] if day else None


def nth(text: str, sub: str, n: int) -> int:
    i = -1
    for _ in range(n):
        i = text.find(sub, i + 1)
        if i < 0:
            return -1
    return i


def language_of(text: str) -> str:
    """The language the pipeline gives the text (clean.language's identifier), English when it cannot tell: a Russian
    page is read with the Russian rules, as ``newsgraph ingest`` reads it."""
    from ..clean.language import identify
    lang, _ = identify(text)
    return lang or "en"


def analyse(text: str, published: str, lang: str = "en"):
    """The date expressions the pipeline finds in ``text``: its ``understand.parse`` and ``understand.dates``
    components run on the text as it is (no cleaning: the gold's offsets are in this text)."""
    return analyse_record(text, published, lang).dates


def analyse_record(text: str, published: str, lang: str = "en"):
    """The record ``analyse`` reads its dates from (``document.inferred_anchor`` with them)."""
    from ..ingest.base import RawDocument
    from ..pipeline import REGISTRY, Pipeline, Work
    Pipeline()  # registers the components (the check of a full pipeline is not wanted here: no cleaning)
    w = Work(RawDocument(source="gold", text=text, language=lang))
    d = w.record.document
    d.text, d.language, d.published = text, lang, published
    for name in ("understand.parse", "understand.dates"):
        REGISTRY[name]([w])
        if w.error:
            raise RuntimeError(w.error)
    return w.record


def judge(item: Item, start: int, end: int, found) -> tuple[bool, str]:
    """(right, what was found) for one gold item at [start, end)."""
    over = [d for d in found if d.start < end and start < d.end]
    got = [g for d in over for g in (d.value, getattr(d, "span", None)) if g]
    shown = "; ".join(f"{d.text!r}={d.value or getattr(d, 'span', None) or '?'}"
                      + (f" [{d.flag}]" if getattr(d, "flag", None) else "") for d in over) or "nothing"
    if item.kind in ("negative", "vague"):
        return not got, shown
    return item.value in got, shown


def evaluate(shared: Path, gold: Path = GOLD, split: str | None = None, docs: int | None = None,
             note: str | None = None, anchor: str = "gold") -> dict:
    """Accuracy by kind and the errors (``split``: dev, dev-c, heldout or None for all; ``docs``: only the first so many
    documents, for a quick check; ``note``: only the items whose note starts with it, e.g. one round's rows;
    ``anchor``: "gold" resolves against the gold's publication date, "product" against the one the product takes
    from the page, so that a wrong anchor counts as it does for a user, "none" against none at all, as a text given
    with no date is read: only an anchor the product infers from the text (understand/dates/inferred.py); the
    inferred anchors are compared with the gold's in ``inferred``)."""
    if split in WRITTEN_SPLITS and gold == GOLD:
        gold = WRITTEN
    items = [i for i in load(gold) if split in (None, "all") or i.split == split]
    if note:
        items = [i for i in items if i.note.startswith(note)]
    if docs is not None:
        keep = sorted({i.doc for i in items})[:docs]
        items = [i for i in items if i.doc in keep]
    by_doc: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        by_doc[it.doc].append(it)
    right, total = Counter(), Counter()
    src_right, src_total = Counter(), Counter()
    valued = Counter()  # dated items: "given" (some value overlaps), "given_right", "none" (no value at all)
    errors, missing, anchors = [], [], {}
    inferred = {}  # doc -> (the gold's publication day, the inferred anchor's day, how it was found)
    for doc in sorted(by_doc):
        text = document_text(doc, shared)
        if text is None:
            missing.append(doc)
            continue
        published = by_doc[doc][0].published
        if anchor == "product":
            published = product_anchor(doc, shared)
            if published != by_doc[doc][0].published:
                anchors[doc] = (by_doc[doc][0].published, published)
        elif anchor == "none":
            published = None
        rec = analyse_record(text, published, language_of(text))
        found = rec.dates
        if rec.document.inferred_anchor:
            a = rec.document.inferred_anchor
            inferred[doc] = (by_doc[doc][0].published, a["date"], a["how"])
        for it in by_doc[doc]:
            s = nth(text, it.text, it.n)
            if s < 0:
                missing.append(f"{doc}: {it.text!r} #{it.n}")
                continue
            ok, shown = judge(it, s, s + len(it.text), found)
            if it.kind not in ("negative", "vague"):
                given = any(d.start < s + len(it.text) and s < d.end and (d.value or getattr(d, "span", None))
                            for d in found)
                valued["given" if given else "none"] += 1
                valued["given_right"] += ok and given
            total[it.kind] += 1
            right[it.kind] += ok
            for key in ((it.source, None), (it.source, it.kind)):
                src_total[key] += 1
                src_right[key] += ok
            if not ok:
                ctx = re.sub(r"\s+", " ", text[max(0, s - 60):s + len(it.text) + 40])
                errors.append({"doc": doc, "source": it.source,
                               "published": published, "text": it.text, "n": it.n, "kind": it.kind,
                               "gold": it.value, "found": shown, "note": it.note, "context": ctx})
    n, ok = sum(total.values()), sum(right.values())
    return {"items": n, "accuracy": ok / n if n else 0.0, "right": ok,
            "by_kind": {k: {"items": total[k], "accuracy": right[k] / total[k] if total[k] else None}
                        for k in KINDS if total[k]},
            "by_source": {src: {"items": src_total[(src, None)],
                                "accuracy": src_right[(src, None)] / src_total[(src, None)],
                                "by_kind": {k: {"items": src_total[(src, k)],
                                                "accuracy": src_right[(src, k)] / src_total[(src, k)]}
                                            for k in KINDS if src_total[(src, k)]}}
                          for src in ("benchmark", "polnear", "runews", "written") if src_total[(src, None)]},
            "documents": len(by_doc), "errors": errors, "missing": missing,
            # better no value than a wrong one: of the dated items, how many got a value and how many of those
            # were right (a missing value counts as wrong in ``accuracy``, as a wrong one does)
            "dated_values": {"given": valued["given"], "right": valued["given_right"], "none": valued["none"],
                             "precision": valued["given_right"] / valued["given"] if valued["given"] else None},
            "anchors_differ": {d: {"gold": g, "product": p} for d, (g, p) in anchors.items()},
            # documents read with an anchor inferred from their text: how far it lies before the gold's day
            "inferred": {d: {"gold": g, "inferred": a, "how": how, "days_before": _days_between(a, g)}
                         for d, (g, a, how) in inferred.items()}}


def _days_between(a: str, b: str) -> int | None:
    """Days from ISO day ``a`` to ISO day ``b`` (None when either is no day)."""
    import datetime as dt
    try:
        return (dt.date.fromisoformat(b[:10]) - dt.date.fromisoformat(a[:10])).days
    except ValueError:
        return None
