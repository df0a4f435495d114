"""A naming verb that judges its object without quote marks (round 25, issue 16): "Гачечиладзе назвал итоги выборов
подтасованными", "Депутат охарактеризовал ситуацию как критическую". The ru-news gold annotates every such
evaluation by a person or a body (dev and dev-c: 4 of 4 without marks, 4 of 4 with them), PolNeAR's guidelines
count "She calls him the man with two left feet", and its train set "called him a political opportunist"; a name
given, a designation or an appointment judges nothing ("назвали сына Александром", "назвал Котова основным
вратарем", "назвал своим преемником", "назвали в честь", "назвал дату"). Called from ``ru_more._object_reading``
for a naming cue (``naming_cues.txt``) whose predicate holds no words in quote marks."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules

# "как" and the predicate after the object ("охарактеризовал ситуацию как критическую"); not "такие меры, как …"
# (a list of examples) nor a "как" after a comma (another clause)
_AS = re.compile(r"(?<![,\s])\s+как\s+(?=\w)", re.IGNORECASE)
_SO = re.compile(r"\bтак\w*\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _designations(lang: str) -> frozenset[str]:
    """Predicate lemmas that designate rather than judge: words.tsv ``designations`` and the titles."""
    try:
        titles = {t.lower() for t in rules.lines(lang, "titles") if " " not in t}
        return frozenset(rules.wordset(lang, "designations")) | frozenset(titles)
    except rules.RuleFileError:
        return frozenset()


def judged_name(an, text: str, lang: str, cs: int, ce: int) -> bool:
    """The object of a naming verb between ``cs`` and ``ce`` with a predicate that judges it: a common adjective or
    noun in the instrumental after the object's first word ("итоги выборов подтасованными", "его предателем"), or
    one after "как" ("ситуацию как критическую"). The predicate is looked for before any comma (a clause describing
    the object: "назвал имена судей, которые … летом …" names, judges nothing)."""
    comma = text.find(",", cs, ce)
    end = comma if comma > 0 else ce
    toks = [t for t in an.toks if cs <= t.start < end and t.pos != "PUNCT"]
    if len(toks) < 2 or _instrumental(toks[0]):
        return False  # (the predicate first, its object before the verb: "Эти меры называют самыми жесткими",
    # "Город называют северной столицей" -- the fronted object is no speaker; "назвал главной причиной …")
    designations = _designations(lang)
    times = rules.wordset(lang, "time_nouns")
    as_m = _AS.search(text, cs, end)
    if as_m is not None and not _SO.search(text, cs, as_m.start()):
        after = [t for t in toks if t.start >= as_m.end()]
        pred = after[0] if after else None
        return pred is not None and pred.pos in ("ADJ", "NOUN") and _judging(pred, designations)
    preds = [t for t in toks[1:] if _instrumental(t) and t.lemma not in times and not _governed(an.toks, t)]
    return bool(preds) and all(_judging(t, designations) for t in preds)


def _judging(tok, designations: frozenset[str]) -> bool:
    """A predicate word that judges: no capitalised name ("Александром", "Нахаловкой") nor a designation."""
    return not tok.text[:1].isupper() and tok.lemma.lower() not in designations


def _governed(toks, tok) -> bool:
    """An instrumental under a preposition is no predicate ("переговоры с профсоюзами", "над проектом")."""
    nominal = toks[tok.head] if tok.pos == "ADJ" and tok.rel == "amod" and 0 <= tok.head < len(toks) else tok
    return any(toks[c].rel == "case" for c in nominal.children)


def _instrumental(tok) -> bool:
    """An adjective, a noun or a participle in the instrumental ("подтасованными", "предателем", "мотивированным")."""
    feats = tok.feats or {}
    return feats.get("Case") == "Ins" and (tok.pos in ("ADJ", "NOUN") or feats.get("VerbForm") == "Part")
