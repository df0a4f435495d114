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
from .ru_role_of import held_for_owner

PRONOUN_GENDER = {"masc": "Masc", "fem": "Fem"}  # (pronouns.tsv kinds: the gender they agree with)
_KEEP = ("amod", "nmod")  # (what names the role with its head: "глава региона", "новый министр финансов")
_BACK = 3  # sentences looked at, the one before first


def unnamed_subject_before(an, text: str, pos: int, gender: str | None, blocked, pe: int) -> Ref | None:
    """The described speaker a pronoun at text[pos:pe] (``gender``: "masc", "fem", "plur" of pronouns.tsv) goes on
    with: the main subject of the sentence before (or, past subjects that are agreeing pronouns, of an earlier one in
    the same paragraph) when it is an animate noun naming no person and agreeing; None otherwise. ``blocked``: spans
    of quoted words, where neither the pronoun nor its antecedent may stand."""
    span = antecedent_span(an, text, pos, gender, blocked)
    return _described(an, text, span[1], span[2], pos, pe, span[0]) if span is not None else None


def antecedent_span(an, text: str, pos: int, gender: str | None, blocked):
    """The unnamed subject a pronoun at ``pos`` goes on with (``unnamed_subject_before``), as (its token, the start
    and the end of its role as written), else None."""
    if gender not in PRONOUN_GENDER and gender != "plur" or any(s <= pos < e for s, e in blocked):
        return None
    k = next((i for i, (a, b) in enumerate(an.sents) if a <= pos < b), None)
    if k is None or an.mentions_in(an.sents[k][0], pos, ("PERSON",)):
        return None  # (someone named before it in its own sentence is coreference's)
    own = _clause_subject(an, an.sents[k][0], pos, gender)
    if own is not None:
        return (own, *_role_span(an, own))
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
        return (subj, *_role_span(an, subj))
    return None


def _described(an, text: str, s: int, e: int, pos: int, pe: int, subj) -> Ref | None:
    """The speaker named by the description text[s:e], the pronoun its mention; None when a person is named in it
    ("Президент Путин": coreference's to read), unless the person named is only whose the role is ("Помощник
    Петрова": the aide, someone else, ru34f)."""
    if any(not held_for_owner(an, subj, m) for m, _ in an.mentions_in(s, e, ("PERSON",))):
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
    return f.get("Number") == "Sing" and (PRONOUN_GENDER[gender] in (f.get("Gender"), v.get("Gender")) or
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


def past_description(an, text: str, pos: int, gender: str | None, blocked, named):
    """The antecedent of a singular pronoun at ``pos`` when ``named`` (the person the readers found for it, else
    None) was named before a sentence whose subject is an unnamed person (ru34f, issue 16): "Министр финансов Иван
    Петров прилетел в Казань. Президент посетил завод. Он заявил" -- the subject of the sentence before is the
    likeliest antecedent, and a bare role names a person only as coreference reads the role itself ("Президент
    заявил": ``described_person``): that person, else none (the description is the speaker,
    ``unnamed_subject_before``). So too when ``named`` is only whose that subject's role is ("Помощник Петрова
    посетил завод. Он заявил": the aide). ``named`` stays when it is named after the subject ("Журналист спросил
    Петрова. Он ответил": the one asked) or when the subject is his role ("Министр финансов Иван Петров … .
    Министр посетил завод. Он …")."""
    if gender not in PRONOUN_GENDER or getattr(named, "type", None) != "PERSON":
        return named
    span = antecedent_span(an, text, pos, gender, blocked)
    seen = [m.start for m in named.mentions if m.end <= pos and not any(s <= m.start < e for s, e in blocked)]
    if span is None or not seen:
        return named
    subj, s, e = span
    last = max(seen)
    inner = next((m for m, a in an.mentions_in(s, e, ("PERSON",)) if m.start == last), None)
    if last >= e or s <= last and (inner is None or not held_for_owner(an, subj, inner)):
        return named  # (named after the subject's role, or its own name)
    if an.mentions_in(s, e, ("PERSON",)):
        return None  # (the role of someone named in it: the description, not he)
    d = an.described_person(s, e, None, blocked, s)
    return next((a for a in an.actors if d is not None and d.entity is not None and a.id == d.entity), None)


def owns_a_title(an, m) -> bool:
    """The organisation at mention ``m`` only says whose one person's title is ("Официальный представитель МИД
    Мария Захарова", "глава Минфина"): the genitive complement of a singular animate noun. A plural pronoun ("они")
    never goes on with it (ru34f, issue 16: one person of it spoke, not the body; "Представители МИД …. Они" are
    many of it and may be it)."""
    t = an.tok_at_start.get(m.start)
    head = an.toks[t.head] if t is not None and t.dep == "nmod" and t.head is not None and t.head >= 0 else None
    f = (head.feats or {}) if head is not None else {}
    return head is not None and head.pos == "NOUN" and f.get("Animacy") == "Anim" and f.get("Number") == "Sing"
