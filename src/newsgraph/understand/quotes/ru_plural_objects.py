"""Whom a plural pronoun goes on with when the sentence before names several persons outside its subject (r34, issue
16): "Президент наградил Петрова и Сидорова. Они заявили, что …" -- "они" needs a plural antecedent; the one subject
("Президент") is a single person, so the pair the main verb governs ("Петрова и Сидорова") is the only plural there
and both are the speakers. Only one such pair (a second leaves it open), only when the main clause's subject is no
plural of its own ("Депутаты наградили Петрова и Сидорова. Они заявили": the deputies may be meant), and only for
the arguments of the main verb (a pair inside a clause of its own is no antecedent: the subject pair is
``ru_resolve._subjects_before``)."""
from __future__ import annotations

_ARGS = ("obj", "iobj", "obl")
_NAME_PARTS = ("flat", "flat:name", "appos")


def object_pair(an, ps: int, ss: int) -> list:
    """The (mention, actor) pairs of the persons joined by "и" that the main verb of the sentence [ps, ss) governs
    as its object or oblique, when that sentence holds exactly one such group and its subject is no plural; []
    otherwise."""
    root = next((t for t in an.toks if ps <= t.start < ss and t.dep == "root"), None)
    if root is None:
        return []
    subj = [t for t in an.toks if ps <= t.start < ss and t.head == root.i and t.dep.startswith("nsubj")]
    if any((t.feats or {}).get("Number") == "Plur" or any(u.dep == "conj" and u.head == t.i for u in an.toks)
           for t in subj):
        return []  # (a plural subject, or several: "они" may be they)
    heads: dict = {}  # head token index -> [(mention, actor)]
    for m, a in an.mentions_in(ps, ss, ("PERSON",)):
        t = an.tok_at_start.get(m.start)
        while t is not None and t.dep in _NAME_PARTS:
            t = an.toks[t.head]
        if t is None:
            continue
        if t.dep == "conj":  # (the second of the pair hangs on the first)
            t = an.toks[t.head]
            while t.dep in _NAME_PARTS:
                t = an.toks[t.head]
        if t.dep in _ARGS and t.head == root.i:
            group = heads.setdefault(t.i, [])
            if all(x[1] is not a for x in group):
                group.append((m, a))
    groups = [g for g in heads.values() if len(g) > 1]
    return groups[0] if len(groups) == 1 else []


def asked_object(an, start: int, cue: str) -> bool:
    """ "Понтеса спросили о снах, …": the person at ``start`` is the object of a plural asking verb (``cue``) that
    has no subject, an indefinite-personal question put to him by unnamed askers; he is asked, no speaker of the
    question (r34; "У X спросили" is ru_resolve.py ``_asked_of``). Not a verb with a subject ("Журналисты спросили
    Понтеса": the journalists ask)."""
    t = an.tok_at_start.get(start)
    while t is not None and t.dep in _NAME_PARTS:
        t = an.toks[t.head]
    f = (t.feats or {}) if t is not None else {}
    if t is None or not (t.dep == "obj" or t.dep.startswith("nsubj") and f.get("Case") == "Acc" and
                         f.get("Number") == "Sing"):
        return False  # (the parser's subject that agrees with nothing: an accusative singular before a plural verb)
    verb = an.toks[t.head]
    return verb.low in cue.split() and (verb.feats or {}).get("Number") == "Plur" and \
        not any(u.head == verb.i and u.dep.startswith("nsubj") and u is not t for u in an.toks)
