"""A document or a study whose owner the text named before, its report put with no owner in its own phrase (round
26), as a reader takes it:

- A document with its body's bare noun ("Кировский районный суд отказал … В решении суда указано, что …", "в
  приговоре суда", "в заявлении комитета"): the body of that noun the text named last before ("Кировский районный
  суд"); no body of that noun named, no owner.
- A document named bare right after the report of another document ("В решении суда указано, что … Мэрия обязана
  …, говорится в постановлении."): the same owner, as the text goes on quoting the one ruling.
- A study's own words ("Исследование показало, что …", "В докладе центра отмечается …", "Согласно отчету центра")
  and its authors named by a bare noun of researchers ("Социологи отмечают …", "Как выяснили исследователи",
  words.tsv ``study_authors``), after the text reported a study of a named body ("показал опрос ВЦИОМ", "Такие
  данные приводит центр «Трудовой мониторинг»"): that body, the last so reported. Researchers of a body named in
  the phrase ("исследователи Высшей школы экономики") are that body's, not the study's.
- A statement named bare right after an organisation's report ("Об этом сообщили в пресс-службе ГУ МВД … «…», —
  говорится в сообщении."): that organisation's (r35).
"""
from __future__ import annotations

from ...record import Mention, Ref
from .. import rules
from .ru_medium import toks_in


def _docs() -> frozenset[str]:
    return rules.wordset("ru", "works") | rules.wordset("ru", "directives") | rules.wordset("ru", "statement_nouns")


def _studies() -> frozenset[str]:
    return rules.wordset("ru", "works") & rules.wordset("ru", "findings") | {"данные", "опрос", "исследование"}


def _clause(an, q) -> list:
    """The tokens of ``q``'s sentences outside its content: the attribution clause (the sentence after a content of
    whole sentences: "Почти 34% … . Такие данные приводит центр …")."""
    ss, se = an.sentence(q.start)
    se = max(se, an.sentence(max(q.end - 1, q.start))[1])
    if not an.text[ss:q.start].strip():
        se = max(se, an.sentence(se + len(an.text[se:]) - len(an.text[se:].lstrip()))[1])
    return [t for t in toks_in(an, ss, se) if not q.start <= t.start < q.end]


def _document(an, q, media: bool = False):
    """The document noun of ``q``'s clause put after "в"/"из" or opening it ("Исследование показало"), and the bare
    genitive noun after it (or None), as (noun, genitive); None when the clause names no document or names its
    owner ("в решении Мосгорсуда", "в докладе Счетной палаты")."""
    clause = _clause(an, q)
    docs = _docs() | _studies() | (rules.wordset("ru", "speaking_media") if media else frozenset())
    for k, t in enumerate(clause):
        prev = an.toks[t.i - 1] if t.i > 0 else None
        first = k == 0 or k == 1 and prev is not None and prev.lemma == "как"
        if t.pos != "NOUN" or t.lemma not in docs or not (first and (t.feats or {}).get("Case") == "Nom" or
                                                          prev is not None and prev.lemma in ("в", "во", "из",
                                                                                              "согласно")):
            continue
        nxt = an.toks[t.i + 1] if t.i + 1 < len(an.toks) else None
        named = an.mentions_in(nxt.start, nxt.end + 60, ("ORG", "PERSON", "GPE")) if nxt is not None else []
        if nxt is None or nxt.pos == "PROPN" or named and named[0][0].start <= nxt.start + 1 and \
                not (named[0][0].text == nxt.text and nxt.text.islower()):
            return None  # (its owner named in the phrase: ru_resolve's ``_bare_work`` and the readers' own; a
            # generic noun read as a body's mention, "отчету центра", is no name)
        gen = nxt if nxt.pos == "NOUN" and (nxt.feats or {}).get("Case") == "Gen" else None
        after = an.toks[nxt.i + 1] if gen is not None and nxt.i + 1 < len(an.toks) else None
        if after is not None and after.pos in ("NOUN", "PROPN", "ADJ") and (after.feats or {}).get("Case") == "Gen":
            return None  # ("в решении суда Москвы": an owner of its own)
        return t, gen
    return None


def _body_named_before(an, lemma: str, pos: int):
    """The organisation named last before ``pos`` whose name holds the noun ``lemma`` ("Кировский районный суд"
    for "суд"), as (mention, actor), else None."""
    hits = [(m, a) for m, a in an.mentions_in(0, pos, ("ORG",)) if any(t.lemma == lemma for t in
                                                                       toks_in(an, m.start, m.end))]
    return hits[-1] if hits else None


def _study_body(an, before, pos: int):
    """The named body the text reported a study of last: the actor of the last earlier quote whose clause holds a
    study's noun ("показал опрос ВЦИОМ", "говорится в исследовании ВЦИОМ"), else None; None too when the text has
    turned to others between that clause and the sentence at ``pos``: another body or a place named, or researchers
    the subject ("Американские ученые из Гарварда провели собственную работу. Исследование показало …"; review2
    r26)."""
    studies = _studies()
    for p in reversed(before):
        sp = p.speaker
        clause = _clause(an, p)
        if sp is not None and sp.entity is not None and any(t.lemma in studies for t in clause):
            a = next((x for x in an.actors if x.id == sp.entity), None)
            if a is None or a.type != "ORG":
                return None
            lo = max(max([t.end for t in _clause(an, r)] + [r.end]) for r in before  # (its last quote: "Социологи
                     if r.speaker is not None and r.speaker.entity == a.id)  # отмечают" made the body's goes on)
            hi = next((b0 for b0, b1 in an.sents if b0 <= pos < b1), pos)
            if any(x.id != a.id for _, x in an.mentions_in(lo, hi, ("ORG", "GPE", "LOC"))) or any(
                    t.dep.startswith("nsubj") and (t.feats or {}).get("Number") == "Plur" and
                    (t.feats or {}).get("Animacy") == "Anim" for t in toks_in(an, lo, hi)):
                return None
            return a
    return None


def _study_noun(an, q, before: list) -> Ref | None:
    """A study's phrase with its body's generic noun ("Согласно отчету центра", "В докладе центра") read as another
    body than the study's: the study's body when the text named it with that noun ("исследовательский центр
    «Трудовой мониторинг»"), else None."""
    found, sp = _document(an, q), q.speaker
    if found is None or found[1] is None or found[0].lemma not in _studies() or sp.mention is None or \
            sp.mention.text != found[1].text:
        return None
    body = _study_body(an, before, q.start)
    if body is None or body.id == sp.entity or not any(
            t.lemma == found[1].lemma for m in body.mentions for t in toks_in(an, max(m.start - 40, 0), m.end)):
        return None
    return Ref(body.id, body.name, sp.mention)


def _post_author(an, q, noun, gen, before: list) -> Ref | None:
    """ "«…», — говорится в публикации." right after "Мэр Сергей Костенко написал в своем Telegram-канале, что …"
    (a bare noun of words.tsv ``speaking_media``): the author of the post the sentence before reported, its cue a
    verb of issuing (words.tsv ``issuing_verbs``: написать, опубликовать) or its medium named there; None else."""
    if gen is not None:
        return None
    k = next((i for i, (a, b) in enumerate(an.sents) if a <= q.start < b), 0)
    lo = an.sents[max(k - 1, 0)][0]
    media, issuing = rules.wordset("ru", "speaking_media"), rules.wordset("ru", "issuing_verbs")
    for p in reversed(before):
        if p.start < lo or p.speaker is None or p.speaker.entity is None:
            continue
        clause = _clause(an, p)
        if any(t.lemma in media for t in clause) or any(t.lemma in issuing and t.pos == "VERB" for t in clause):
            p0 = an.toks[noun.i - 1] if noun.i > 0 else noun
            start = p0.start if p0.lemma in ("в", "во") else noun.start
            return Ref(p.speaker.entity, p.speaker.name, Mention(start, noun.end, an.text[start:noun.end]))
        return None
    return None


def _body_told_before(an, before: list, k: int):
    """The last quote before sentence ``k`` when an organisation spoke it and its clause reaches the sentence right
    before (r35, web pages: "Об этом ТАСС сообщили в пресс-службе ГУ МВД по Московской области. «…», — говорится в
    сообщении."): a document named bare right after a body's report is that body's statement, as the text goes on
    quoting it. None when the last quote is a person's or ends earlier."""
    if k == 0 or not before:
        return None
    p = before[-1]
    if p.speaker is None or p.speaker.entity is None or \
            max([t.end for t in _clause(an, p)] + [p.end]) <= an.sents[k - 1][0]:
        return None
    a = next((x for x in an.actors if x.id == p.speaker.entity), None)
    return p if a is not None and a.type == "ORG" else None


def _bare_statement(an, q, before: list) -> Ref | None:
    """ "«…», — говорится в сообщении." with no owner in its phrase (a noun of words.tsv ``document_nouns`` or
    ``bare_statement_nouns`` after "в" and maybe adjectives, "в официальном сообщении"; no genitive or name after
    it) right after an organisation's report: that organisation (``_body_told_before``)."""
    docs = rules.wordset("ru", "document_nouns") | rules.wordset("ru", "bare_statement_nouns")
    for t in _clause(an, q):
        prev = an.toks[t.i - 1] if t.i > 0 else None
        while prev is not None and prev.pos == "ADJ" and prev.i > 0:  # ("в официальном сообщении", review35a)
            prev = an.toks[prev.i - 1]
        if t.pos != "NOUN" or t.lemma not in docs or prev is None or prev.lemma not in ("в", "во"):
            continue
        nxt = an.toks[t.i + 1] if t.i + 1 < len(an.toks) else None
        if nxt is not None and nxt.pos in ("NOUN", "PROPN", "ADJ") and (nxt.feats or {}).get("Case") == "Gen":
            return None  # ("в сообщении министерства": its owner's phrase, read elsewhere)
        k = next((i for i, (a, b) in enumerate(an.sents) if a <= q.start < b), 0)
        told = _body_told_before(an, before, k)
        return Ref(told.speaker.entity, told.speaker.name, Mention(prev.start, t.end, an.text[prev.start:t.end])) \
            if told is not None else None
    return None


def earlier_owner(an, q, before: list) -> Ref | None:
    """The speaker of ``q`` by the document or study its clause names, owned by a body named before (see the
    module); ``before`` the text's quotes before ``q``, their speakers resolved. None when no rule applies."""
    sp = q.speaker
    if sp is not None and sp.entity is not None:
        return _study_noun(an, q, before)
    if sp is not None and sp.mention is not None:
        words = toks_in(an, sp.mention.start, sp.mention.end)
        authors = rules.wordset("ru", "study_authors")
        if len(words) == 1 and words[0].lemma in authors and (words[0].feats or {}).get("Number") == "Plur":
            body = _study_body(an, before, q.start)  # ("Социологи отмечают …", "по данным исследователей")
            return Ref(body.id, body.name, sp.mention) if body is not None else None
        if not any(t.lemma in _docs() | _studies() for t in words):
            return None
    found = _document(an, q) or _document(an, q, media=True)
    if found is None:
        return _bare_statement(an, q, before) if sp is None else None
    noun, gen = found
    if noun.lemma in rules.wordset("ru", "speaking_media"):
        return _post_author(an, q, noun, gen, before)
    p = an.toks[noun.i - 1] if noun.i > 0 else noun
    start = p.start if p.lemma in ("в", "во", "из", "согласно") else noun.start
    phrase = Mention(start, (gen or noun).end, an.text[start:(gen or noun).end])
    if gen is not None and gen.lemma in rules.wordset("ru", "institutions"):
        hit = _body_named_before(an, gen.lemma, phrase.start)  # ("В решении суда указано")
        if hit is not None:
            return Ref(hit[1].id, hit[1].name, phrase)
    if noun.lemma in _studies() and (gen is None or gen.lemma not in rules.wordset("ru", "institutions") or
                                     _body_named_before(an, gen.lemma, phrase.start) is None):
        body = _study_body(an, before, q.start)  # ("Исследование показало", "В докладе центра отмечается")
        if body is not None:
            return Ref(body.id, body.name, phrase)
    k = next((i for i, (a, b) in enumerate(an.sents) if a <= q.start < b), 0)
    if gen is None:  # ("…, говорится в постановлении" right after "В решении суда указано, что …")
        lo = an.sents[max(k - 1, 0)][0]
        last = next((p for p in reversed(before) if p.start >= lo and p.speaker is not None and
                     p.speaker.entity is not None and _document(an, p) is not None), None)
        if last is not None:
            return Ref(last.speaker.entity, last.speaker.name, phrase)
    if gen is None and noun.lemma in rules.wordset("ru", "directives") and k > 0:
        inst = rules.wordset("ru", "institutions")  # ("Тверской суд арестовал … В постановлении говорится")
        issuer = next(((m, a) for m, a in an.mentions_in(an.sents[k - 1][0], an.sents[k - 1][1], ("ORG",))
                       if any(t.lemma in inst for t in toks_in(an, m.start, m.end))), None)
        if issuer is not None:
            return Ref(issuer[1].id, issuer[1].name, phrase)
    return None
