"""The time of the clause a date expression sits in, for Russian and Ukrainian (natasha's parse): the Tense feature
of the governing verb ("будет" + infinitive, a perfective future), else of the verbs of the clause around the date,
else the language's past endings and future words. Split from tense.py (which reads English with spaCy)."""
from __future__ import annotations

import re
from functools import lru_cache

MAX_STEPS = 8  # how far up the parse the walk from a date to its verb goes (English and Russian alike)
_RU_FUTURE_AUX = re.compile(r"^(?:буд[уеё]\w*)$", re.IGNORECASE)


def tense_natasha(view, start: int, end: int, dr) -> tuple[str | None, bool]:
    """The governing verb's Tense feature; when the parse gives none (natasha reads Ukrainian with Russian
    models), the verbs of the clause around the date (between punctuation marks): their Tense feature, else the
    language's past endings and future words (``dates_settings.tsv``: ``past_verb_endings``, ``future_words``)."""
    toks = view.tokens
    inside = [t for t in toks if t.start < end and start < t.end]
    if not inside:
        return None, True
    ids = {t.i for t in inside}
    t = next((x for x in inside if x.head not in ids or x.head == x.i), inside[0])
    for _ in range(MAX_STEPS):
        if t.i not in ids and t.pos == "ADJ" and t.low in dr.future_words:  # a short adjective of duty heads its
            return _duty(toks, t, dr, own=True), True  # clause ("делегация ... должна прояснить": round 31)
        if t.i not in ids and t.low in dr.future_words and _short_participle(t):  # a plan's participle heads it
            return _planned(toks, t), True  # ("заседание запланировано на 19 декабря": round 35)
        if t.i not in ids and t.pos in ("VERB", "AUX"):
            if (t.lemma or t.low) in dr.target_verbs and inside[0].i > 0 and toks[inside[0].i - 1].low in _RU_TO:
                return "future", True  # "матч перенесли на 20 апреля": the new time, ahead of the act (round 33)
            got = _verb_tense_natasha(toks, t, dr)
            if got is None and (t.feats or {}).get("VerbForm") == "Inf":
                got = _duty(toks, t, dr)
            if got is not None:
                return got, True
            break
        if t.head == t.i:
            break
        t = toks[t.head]
    return _clause_scan(toks, inside[0].i, inside[-1].i, dr), True


def _clause_scan(toks, first: int, last: int, dr) -> str | None:
    lo, hi = first, last
    while lo > 0 and toks[lo - 1].pos != "PUNCT":
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].pos != "PUNCT":
        hi += 1
    for k in range(lo, hi + 1):
        if first <= k <= last:
            continue
        tk = toks[k]
        tense = tk.feats.get("Tense") if tk.pos in ("VERB", "AUX") else None
        uk = ukrainian_tense(tk.low, only_verb=tk.pos not in ("VERB", "AUX")) if dr.lang == "uk" else None
        if uk:  # (natasha's Russian models may read a Ukrainian verb as a noun: "виступить")
            return uk
        if tense == "Past" or (dr.past_endings is not None and dr.past_endings.search(tk.low)):
            return "past"
        if tense == "Fut" or tk.low in dr.future_words or (tk.low in _forecast_words(dr.lang) and
                                                           _forecast_of(toks, k, first, last, lo)):
            if k + 1 < len(toks) and toks[k + 1].low in _RU_WAS:
                return "past"  # "должна была прояснить": a duty of the past (round 31)
            return "future"
    return None


@lru_cache(maxsize=None)
def _forecast_words(lang: str) -> frozenset:
    from .patterns import settings
    return frozenset(w for w in settings(lang).get("forecast_words", "").split("|") if w)


def _forecast_of(toks, k: int, first: int, last: int, lo: int) -> bool:
    """Does the forecast verb at ``k`` ("ожидают", ``forecast_words``) look ahead for the date at [first, last]? Only
    for its own adjunct ("решение ожидается в четверг") or that of the thing forecast after it ("прогнозируют
    снижение ставки в пятницу"); not for the date of a noun elsewhere ("по итогам торгов в пятницу": the trading's
    day), nor in a phrase the clause opens with, after its noun ("После аварии 3 мая жители ожидают": the parse may
    hang the date on the verb). (round 35 fix)"""
    ids = range(first, last + 1)
    top = next((toks[i] for i in ids if toks[i].head not in ids or toks[i].head == i), toks[first])
    h = top.head
    if h == k:
        return not (toks[lo].pos == "ADP" and any(toks[i].pos in ("NOUN", "PROPN") for i in range(lo + 1, first)))
    return k < h and toks[h].head == k and not any(toks[c].pos == "ADP" for c in toks[h].children)


def _duty(toks, v, dr, own: bool = False) -> str | None:
    """An infinitive under a word of duty or of the future (``future_words``: "делегация, состоящая из 30 членов,
    должна прояснить", which may stand outside the date's commas), or that word itself (``own``): future, or past
    under "должна была" (round 31)."""
    for k in ([v.i] if own else [v.head] + list(v.children)):
        x = toks[k]
        if (own or k != v.i) and x.low in dr.future_words:
            return "past" if x.i + 1 < len(toks) and toks[x.i + 1].low in _RU_WAS else "future"
    return None


def _short_participle(t) -> bool:
    """A short passive participle ("запланировано", "намечены"): natasha tags it a past verb form."""
    f = t.feats or {}
    return t.pos in ("VERB", "AUX") and f.get("VerbForm") == "Part" and f.get("Variant") == "Short"


def _planned(toks, v) -> str:
    """The time a plan's short participle ("запланировано") gives its date: ahead, unless its auxiliary is past
    ("было запланировано на 19 декабря": the plan of then, round 35)."""
    for c in v.children:
        ct = toks[c]
        if ct.pos == "AUX" and ((ct.feats or {}).get("Tense") == "Past" or ct.low in _RU_WAS):
            return "past"
    return "future"


_RU_TO = frozenset({"на", "до"})  # the new time a verb of moving in time names ("перенесли на субботу")
_RU_WAS = frozenset({"был", "была", "было", "были", "був", "була", "було", "були"})


def _verb_tense_natasha(toks, v, dr=None) -> str | None:
    for c in v.children:
        ct = toks[c]
        if ct.pos == "AUX" and (ct.feats.get("Tense") == "Fut" or _RU_FUTURE_AUX.match(ct.text)):
            return "future"
    tense = v.feats.get("Tense")
    if dr is not None and dr.lang == "uk":
        # natasha reads Ukrainian with Russian models and takes a perfective future for a past or a present
        # ("відбудеться", "пройде" tagged Past, "розглянуть" Pres): pymorphy2's Ukrainian dictionary tells the form
        got = ukrainian_tense(v.low)
        if got is not None:
            return got or None
    if tense == "Past":
        return "past"
    if tense == "Fut" or (v.pos == "AUX" and _RU_FUTURE_AUX.match(v.text)):
        return "future"
    return None


def _uk_morph():
    """pymorphy2's Ukrainian analyser (pymorphy2-dicts-uk), None when the dictionary is not installed."""
    from ..word_forms import _morph_uk
    return _morph_uk()


@lru_cache(maxsize=20_000)
def ukrainian_tense(word: str, only_verb: bool = False) -> str | None:
    """"past" or "future" for a Ukrainian verb form the dictionary knows ("" for a present, None when it does not
    know the word as a verb or cannot tell): a form that can be a finite future is the future ("розглянуть" is also
    an informal infinitive), else a past form is the past. ``only_verb``: None unless every reading is a verb (a word
    the parse took for a noun: "стали" is also steel)."""
    morph = _uk_morph()
    if morph is None:
        return None
    parses = morph.parse(word)
    tags = [p.tag for p in parses if p.tag.POS == "VERB"]
    if not tags or (only_verb and len(tags) < len(parses)):
        return None
    if any(t.tense == "futr" for t in tags):
        return "future"
    if any(t.tense == "past" for t in tags):
        return "past"
    return "" if any(t.tense == "pres" for t in tags) else None


def moved_to_unnamed_day(view, text: str, start: int, end: int, dr) -> bool:
    """Is the expression a new time a verb of moving gives that names no day (``unnamed_targets`` under
    ``target_verbs``: "В понедельник матч перенесли на другой день", moved to some other day)? Opening a clause of its
    own ("а на другой день его отменили") it is the day after the date named before it (fix r33)."""
    if text[start:end].lower() not in dr.unnamed_targets or getattr(view, "natasha", None) is None:
        return False
    toks = view.tokens
    inside = [t for t in toks if t.start < end and start < t.end]
    ids = {t.i for t in inside}
    top = next((x for x in inside if x.head not in ids or x.head == x.i), None)
    if top is None or top.head == top.i or top.head in ids:
        return False
    v = toks[top.head]
    return v.pos in ("VERB", "AUX") and (v.lemma or v.low) in dr.target_verbs


def hangs_on_noun_natasha(view, start: int, end: int) -> bool:
    """Does the date at [start, end) modify a noun in natasha's parse ("после ликвидации 2 мая": the killing's day, a
    thing's date, not the day the story is at)? (round 31; English: attachment.hangs_on_noun)"""
    toks = view.tokens if getattr(view, "natasha", None) is not None else []
    inside = [t for t in toks if t.start < end and start < t.end]
    if not inside:
        return False
    ids = {t.i for t in inside}
    top = next((x for x in inside if x.head not in ids or x.head == x.i), inside[0])
    return top.head != top.i and top.head not in ids and toks[top.head].pos in ("NOUN", "PROPN")
