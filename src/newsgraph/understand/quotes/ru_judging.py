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
from .ru_medium import toks_in

# "как" and the predicate after the object ("охарактеризовал ситуацию как критическую"); not "такие меры, как …"
# (a list of examples) nor a "как" after a comma (another clause)
_AS = re.compile(r"(?<![,\s])\s+как\s+(?=\w)", re.IGNORECASE)
_SO = re.compile(r"\bтак\w*\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _designations(lang: str) -> frozenset[str]:
    """Predicate lemmas that designate rather than judge: words.tsv ``designations`` and the titles (a missing rule
    file raises: an empty set would judge every designation)."""
    titles = {t.lower() for t in rules.lines(lang, "titles") if " " not in t}
    return frozenset(rules.wordset(lang, "designations")) | frozenset(titles)


def judged_end(an, text: str, lang: str, cue: int, ce: int) -> int | None:
    """The end of the content of the naming verb at ``cue`` when its object, from the verb's end to ``ce``, has a
    predicate that judges it: a common adjective or noun in the instrumental after the object's first word ("итоги
    выборов подтасованными", "его предателем"), or one after "как" ("ситуацию как критическую"); else None. The
    predicate is looked for before any comma, and the content ends there (a clause describing the object, "назвал
    имена судей, которые … летом …", names, judges nothing; "Мэр, назвав реформу провальной, покинул заседание": the
    main clause is no part of it). A negated verb ("не назвал бюджет сбалансированным", "Никто не называет …")
    states no evaluation: it is none."""
    verb = an.tok_at_start.get(cue)
    if verb is None or _negated(an.toks, verb, lang):
        return None
    cs = verb.start + len(verb.text)
    comma = text.find(",", cs, ce)
    end = comma if comma > 0 else ce
    toks = [t for t in toks_in(an, cs, end) if t.pos != "PUNCT"]
    if len(toks) < 2 or _instrumental(toks[0]):
        return None  # (the predicate first, its object before the verb: "Эти меры называют самыми жесткими",
    # "Город называют северной столицей" -- the fronted object is no speaker; "назвал главной причиной …")
    designations = _designations(lang)
    times = rules.wordset(lang, "time_nouns")
    as_m = _AS.search(text, cs, end)
    if as_m is not None and not _SO.search(text, cs, as_m.start()):
        after = [t for t in toks if t.start >= as_m.end()]
        pred = after[0] if after else None
        judged = pred is not None and pred.pos in ("ADJ", "NOUN") and _judging(an.toks, pred, designations)
        return end if judged else None
    preds = [t for t in toks[1:] if _instrumental(t) and not _of_time(an.toks, t, times) and not _governed(an.toks, t)]
    return end if preds and all(_judging(an.toks, t, designations) for t in preds) else None


def _negated(toks, verb, lang: str) -> bool:
    """A verb with a negation ("не назвал", "так и не назвал", "Никто не называет": words.tsv ``neg_words``) before
    it or among its dependents."""
    neg = rules.wordset(lang, "neg_words")
    return verb.i > 0 and toks[verb.i - 1].lemma in neg or any(toks[c].lemma in neg for c in verb.children)


def _of_time(toks, tok, times: frozenset[str]) -> bool:
    """An instrumental that tells when: a time noun ("летом", "вечером") or its adjective ("прошлой весной")."""
    head = toks[tok.head] if tok.pos == "ADJ" and 0 <= tok.head < len(toks) else None
    return tok.lemma in times or head is not None and head.lemma in times


def _judging(toks, tok, designations: frozenset[str]) -> bool:
    """A predicate word that judges: no capitalised name ("Александром", "Нахаловкой"), no designation, and none
    with a name or a code in apposition after it ("назвали вирус штаммом B", "ракету изделием Х-32", "версией 2";
    not a place's genitive, "самым богатым человеком России")."""
    nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
    coded = nxt is not None and nxt.head == tok.i and nxt.rel in ("appos", "flat", "flat:foreign", "nummod") and \
        (nxt.text[:1].isupper() or any(ch.isdigit() for ch in nxt.text))
    return not tok.text[:1].isupper() and tok.lemma.lower() not in designations and not coded


def _governed(toks, tok) -> bool:
    """An instrumental under a preposition is no predicate ("переговоры с профсоюзами", "над проектом")."""
    nominal = toks[tok.head] if tok.pos == "ADJ" and tok.rel == "amod" and 0 <= tok.head < len(toks) else tok
    return any(toks[c].rel == "case" for c in nominal.children)


def _instrumental(tok) -> bool:
    """An adjective, a noun or a participle in the instrumental ("подтасованными", "предателем", "мотивированным")."""
    feats = tok.feats or {}
    return feats.get("Case") == "Ins" and (tok.pos in ("ADJ", "NOUN") or feats.get("VerbForm") == "Part")
