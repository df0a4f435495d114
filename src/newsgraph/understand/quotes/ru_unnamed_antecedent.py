"""The unnamed person a pronoun speaker goes on with when no named person agrees with it (r34, issue 16): "Президент
посетил завод в Туле. Он заявил, что …", "Губернатор провел совещание. По его словам, …", "Депутаты встретились с
министром. Они заявили, что …". The subject of the sentence before is the likeliest antecedent of a pronoun that
opens the next one; when it is an animate noun that names no one (a role, a group) and agrees with the pronoun in
number and gender, the speaker is that description, as written in the nominative ("Президент", "Глава региона"),
as for "Министр заявил, что …"; so too the subject of an adverbial clause before the pronoun in its own sentence
("Когда президент посетил завод, он заявил, …"). A sentence whose subject is itself a pronoun agreeing ("Он осмотрел
цех.") passes the chain on to the one before it in the same paragraph. An inanimate subject ("Завод открылся в 1950
году. Он …"), a name (coreference's own), a subject inside quoted words, or a pronoun inside quoted words: no speaker
here."""
from __future__ import annotations

from ...record import Mention, Ref
from .. import rules

_GENDER = {"masc": "Masc", "fem": "Fem"}
_KEEP = ("amod", "nmod")  # (what names the role with its head: "глава региона", "новый министр финансов")
_BACK = 3  # sentences looked at, the one before first


def unnamed_subject_before(an, text: str, pos: int, gender: str | None, blocked, pe: int) -> Ref | None:
    """The described speaker a pronoun at text[pos:pe] (``gender``: "masc", "fem", "plur" of pronouns.tsv) goes on
    with: the main subject of the sentence before (or, past subjects that are agreeing pronouns, of an earlier one in
    the same paragraph) when it is an animate noun naming no person and agreeing; None otherwise. ``blocked``: spans
    of quoted words, where neither the pronoun nor its antecedent may stand."""
    if gender not in _GENDER and gender != "plur" or any(s <= pos < e for s, e in blocked):
        return None
    k = next((i for i, (a, b) in enumerate(an.sents) if a <= pos < b), None)
    if k is None or an.mentions_in(an.sents[k][0], pos, ("PERSON",)):
        return None  # (someone named before it in its own sentence is coreference's)
    own = _clause_subject(an, an.sents[k][0], pos, gender)
    if own is not None:
        s, e = _role_span(an, own)
        return _described(an, text, s, e, pos, pe)
    for j in range(k - 1, max(k - 1 - _BACK, -1), -1):
        ps, ss = an.sents[j][0], an.sents[j + 1][0]
        if j < k - 1 and "\n" in text[an.sents[j][1]:ss]:
            return None  # (further back than the sentence before: within its paragraph only)
        root = next((t for t in an.toks if ps <= t.start < ss and t.dep == "root"), None)
        subj = next((t for t in an.toks if root is not None and ps <= t.start < ss and t.head == root.i and
                     t.dep.startswith("nsubj")), None)
        if subj is None or any(s <= subj.start < e for s, e in blocked):
            return None
        if not _agrees(an, subj, root, gender):
            return None
        if subj.pos == "PRON":
            continue  # ("Он осмотрел цех. Он заявил": the chain goes back)
        f = subj.feats or {}
        if subj.pos != "NOUN" or f.get("Animacy") != "Anim" or \
                any(u.head == subj.i and u.dep in ("conj", "appos", "flat", "flat:name") for u in an.toks):
            return None  # (a thing, a name, several: not this reading)
        s, e = _role_span(an, subj)
        return _described(an, text, s, e, pos, pe)
    return None


def _described(an, text: str, s: int, e: int, pos: int, pe: int) -> Ref | None:
    """The speaker named by the description text[s:e], the pronoun its mention; None when a person is named in it
    ("Помощник Петрова": whose role it is, coreference's to read)."""
    if an.mentions_in(s, e, ("PERSON",)):
        return None
    name = text[s:e]
    return Ref(None, name[:1].upper() + name[1:], Mention(pos, pe, text[pos:pe]))


def _clause_subject(an, ss: int, pos: int, gender: str):
    """ "Когда президент посетил завод, он заявил, …": the subject of an adverbial clause before the pronoun in its
    own sentence, governed by the pronoun's verb, when it is an animate noun that agrees; else None."""
    p = an.tok_at_start.get(pos)
    if p is None or not p.dep.startswith("nsubj"):
        return None
    verb = an.toks[p.head]
    return next((t for t in an.toks if ss <= t.start < pos and t.dep.startswith("nsubj") and t.pos == "NOUN" and
                 (t.feats or {}).get("Animacy") == "Anim" and an.toks[t.head].dep == "advcl" and
                 an.toks[t.head].head == verb.i and _agrees(an, t, an.toks[t.head], gender) and
                 not any(u.head == t.i and u.dep in ("conj", "appos", "flat", "flat:name") for u in an.toks)), None)


def _agrees(an, subj, root, gender: str) -> bool:
    """The subject agrees with the pronoun: in number, and in gender by the noun or by its verb ("Министр провела
    совещание. Она …": a woman minister); a title (titles.txt) names a woman as well as a man, whatever the gender of
    its noun or its verb ("Глава региона осмотрел больницу. Она сказала …"), a noun of a man's own ("мужчина",
    "отец") does not."""
    f, v = subj.feats or {}, root.feats or {}
    if subj.pos == "PRON":
        return an.toks[subj.i].low in _PRONOUN_FORMS.get(gender, ())
    if gender == "plur":
        return f.get("Number") == "Plur"
    return f.get("Number") == "Sing" and (_GENDER[gender] in (f.get("Gender"), v.get("Gender")) or
                                          gender == "fem" and subj.lemma in rules.words("ru", "titles"))


_PRONOUN_FORMS = {"masc": ("он",), "fem": ("она",), "plur": ("они",)}


def _role_span(an, subj) -> tuple[int, int]:
    """The subject noun with the adjectives before it and the nouns in the genitive after it that name the role
    ("глава региона", "новый министр финансов"), as written; not a phrase with a preposition ("президент с
    супругой": his company)."""
    lo, hi = subj.i, subj.i
    stack = [subj.i]
    while stack:
        c = stack.pop()
        lo, hi = min(lo, c), max(hi, c)
        stack += [g for g in an.toks[c].children if an.toks[g].dep in _KEEP and
                  not any(an.toks[x].dep == "case" for x in an.toks[g].children)]
    if any(an.toks[x].pos == "PUNCT" for x in range(lo, hi + 1)):
        return subj.start, subj.end
    return an.toks[lo].start, an.toks[hi].end
