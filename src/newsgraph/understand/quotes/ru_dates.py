"""The date of a Russian quote: a date of its attribution clause, outside what was said, that says when the words
were said. The rule of understand/attach.py for English, over natasha's parse (Universal Dependencies):

- **A day of the news cycle** (``attach.in_news_cycle`` against the date's anchor, the publication date it was
  resolved against) dates whatever its sentence reports ("В понедельник министр заявил, что …").
- **Any other date** (a year, a month, a day long before) must attach to the cue: from the date's head up through
  nouns and prepositions ("в интервью 2019 года сказал") the first verb reached must be the cue. Not dated by it: a
  date of another verb ("Министр, который в 2018 году возглавил ведомство, заявил …"), one reaching the cue through
  its subject or object ("Петров, уволенный в 2015 году, рассказал …": a participle's noun decides, as the setting
  of "говорится в заявлении, распространённом в понедельник" does date it), or a bound ("к 2030 году", "до мая",
  "с 2018 года": a deadline or a start, not the happening's date). A time set before two joined verbs dates both
  ("В конце декабря она закончила расследование и заявила, что …").
A cue the parse does not show (a phrase cue "по словам", a cue not found) keeps the clause's first date that is no
bound.
"""
from __future__ import annotations

from .. import attach

# prepositions whose object is a bound, not the date of the saying: "к 2030 году", "до мая", "с 2018 года"
BOUND_PREPS = frozenset({"к", "до", "с", "со", "после", "начиная", "через", "перед", "накануне", "вплоть", "по"})
ARGUMENT_RELS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "csubj"})
_VERBAL = frozenset({"VERB", "AUX"})
MAX_STEPS = 12


def _root(an, start: int, end: int):
    """The date's head token: the one of [start, end) whose head lies outside it."""
    toks = [t for t in an.toks if start <= t.start < end]
    for t in toks:
        if t.head == t.i or not start <= an.toks[t.head].start < end:
            return t, toks
    return (toks[0], toks) if toks else (None, toks)


def _bound(an, root, toks) -> bool:
    span = {t.i for t in toks}
    return any(an.toks[c].rel == "case" and an.toks[c].lemma in BOUND_PREPS for c in root.children
               if c not in span) or any(t.rel == "case" and t.lemma in BOUND_PREPS for t in toks)


def _verbal(t) -> bool:
    return t.pos in _VERBAL or (t.feats or {}).get("VerbForm") in ("Part", "Conv", "Fin")


def attaches(an, start: int, end: int, cue_i: int) -> bool:
    """Whether the date at characters [start, end) hangs on token ``cue_i`` (see the module docstring)."""
    tok, toks = _root(an, start, end)
    if tok is None or _bound(an, tok, toks):
        return False
    for _ in range(MAX_STEPS):
        if tok.i == cue_i:
            return True
        if tok.head == tok.i:
            return False
        prev, tok = tok, an.toks[tok.head]
        if tok.i == cue_i:
            return prev.rel not in ARGUMENT_RELS or start <= prev.start < end and prev.rel.startswith("obl")
        if _verbal(tok):
            cue = an.toks[cue_i]
            if cue.rel == "conj" and cue.head == tok.i and start < tok.start:
                return True  # a time set before two verbs joined: "В декабре она закончила … и заявила, что …"
            if tok.rel == "acl" and (tok.feats or {}).get("VerbForm") == "Part":
                continue  # a participle of a noun: the noun decides ("в заявлении, распространённом в понедельник")
            return False  # the time of another verb: a relative clause, a gerund, a participle of its own
    return False


def cue_token(an, text: str, cue: str | None, region: tuple[int, int], inner: tuple[int, int]):
    """The token of the cue verb in the attribution clause (outside the content), the one nearest the content."""
    if not cue:
        return None
    low = text.lower()
    best = None
    p = low.find(cue, region[0], region[1])
    while p >= 0:
        if not inner[0] <= p < inner[1]:
            t = an.tok_at_start.get(p)
            if t is not None and _verbal(t) and (best is None or abs(p - inner[0]) < abs(best.start - inner[0])):
                best = t
        p = low.find(cue, p + 1, region[1])
    return best


def quote_date(an, text: str, dates, region: tuple[int, int], inner: tuple[int, int], cue: str | None):
    """The value of the date of the quote whose content is ``inner``, attributed in ``region`` by ``cue``."""
    cue_t = cue_token(an, text, (cue or "").lower(), region, inner)
    for d in dates:
        if not (region[0] <= d.start and d.end <= region[1]) or inner[0] <= d.start < inner[1]:
            continue
        if attach.in_news_cycle(d, d.anchor, future=False):
            return d.value
        if cue_t is not None:
            if attaches(an, d.start, d.end, cue_t.i):
                return d.value
            continue
        tok, toks = _root(an, d.start, d.end)
        if tok is not None and not _bound(an, tok, toks):
            return d.value
    return None
