"""Whom a plural pronoun goes on with when the sentence before names several persons outside its subject (r34, issue
16): "Президент наградил Петрова и Сидорова. Они заявили, что …" -- "они" needs a plural antecedent; the one subject
("Президент") is a single person, so the pair the main verb governs ("Петрова и Сидорова") is the only plural there
and both are the speakers. Only one such pair (a second leaves it open), only when the main clause's subject is no
plural of its own ("Депутаты наградили Петрова и Сидорова. Они заявили": the deputies may be meant), and only for
the arguments of the main verb (a pair inside a clause of its own is no antecedent: the subject pair is
``ru_resolve._subjects_before``)."""
from __future__ import annotations

from ...record import Ref
from .ru_unnamed_antecedent import PRONOUN_GENDER

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
        if t.dep == "nmod" and t.text[:1].isupper() and an.toks[t.head].dep in _ARGS and \
                an.toks[t.head].head == root.i:
            t = an.toks[t.head]  # ("прокомментировала слова Петрова и Сидорова": the pair whose the object is, ru34f)
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

_NAMED = ("PERSON", "ORG", "GPE", "MEDIA")


def pronoun_subject(an, text: str, sp, kind: str | None) -> Ref | None:
    """The unnamed person subject of the sentence before that a pronoun opening its own sentence goes on with (r34,
    issue 16): "Депутаты наградили Петрова и Сидорова. Они заявили …" -- a plural pronoun is never one person, and
    when the sentence before names no pair it can be (``object_pair``), it is that sentence's plural subject
    ("Депутаты");
    "Президент наградил Петрова и Сидорова. Он заявил …" -- a singular pronoun after a sentence whose subject is an
    unnamed singular person goes on with that subject when its gender agrees, not with one of a pair its verb governs
    (one person governed alone is whom the pronoun goes on with: "Следователь допросил Сидорова. Он признался"). The
    subject is animate (a person or persons), of the main verb, and names no actor ("Петров наградил Сидорова. Он …"
    is the readers' own). ``kind`` is the pronoun's entry in pronouns.tsv ("masc", "fem", "plur"); None otherwise."""
    if sp is None or sp.mention is None or kind is None:
        return None
    k = next((i for i, (a, b) in enumerate(an.sents) if a <= sp.mention.start < b), None)
    if not k or text[an.sents[k][0]:sp.mention.start].strip():
        return None
    ps, ss = an.sents[k - 1][0], an.sents[k][0]
    root = next((t for t in an.toks if ps <= t.start < ss and t.dep == "root"), None)
    subj = next((t for t in an.toks if root is not None and ps <= t.start < ss and t.head == root.i and
                 t.dep.startswith("nsubj") and t.pos == "NOUN"), None)
    f = (subj.feats or {}) if subj is not None else {}
    if subj is None or f.get("Animacy") != "Anim" or any(u.dep == "conj" and u.head == subj.i for u in an.toks) or \
            any(m.start <= subj.start < m.end for m, _ in an.mentions_in(ps, ss, _NAMED)) or \
            any(u.head == subj.i and u.dep in ("appos", "flat", "flat:name", "nmod") for u in an.toks):
        return None  # (a subject that names someone, "Президент Путин" / "глава Минфина", is the readers' own)
    if f.get("Number") != ("Plur" if kind == "plur" else "Sing") or kind != "plur" and \
            f.get("Gender") != PRONOUN_GENDER.get(kind):
        return None  # ("Президент наградил Петрову. Она заявила": she is no president, the object is hers)
    if kind != "plur" and not any(t.head == root.i and t.dep in ("obj", "iobj", "obl") and
                                  any(u.dep == "conj" and u.head == t.i for u in an.toks) for t in an.toks):
        return None  # (one person the verb governs is whom news goes on with: "Следователь допросил Сидорова. Он
        # признался", "Журналист спросил Петрова. Он ответил"; only one of a PAIR is no singular "он", lead r34)
    person = next((a for a in an.actors if a.id == sp.entity and a.type == "PERSON"), None)
    if kind == "plur" and sp.entity is not None and person is None or kind != "plur" and (
            person is None or not any(ps <= m.start < ss for m in person.mentions) or
            any(ps <= m.start < root.start for m in person.mentions)):
        return None  # (a singular pronoun the readers gave someone the sentence before does not name after its verb
        # stays theirs: "Министр Петров … . Министр посетил завод. Он заявил"; "Бизнесмен, давший показания, Андрей
        # Гурьянов заключил соглашение. Он рассказал": the subject's own name, the parse hanging it apart)
    left = [an.toks[c] for c in subj.children if c < subj.i and an.toks[c].dep in ("amod", "det")]
    s = min([subj.start] + [x.start for x in left])
    name = text[s:subj.end]
    return Ref(None, name[:1].upper() + name[1:], sp.mention)
