"""Cues found by STRUCTURE rather than by a list (round 30, ru30a, issue 16): a word that governs a reported clause
("что", "чтобы", "будто", "якобы", an indirect "ли" question) and has a person or a body as its subject is a cue
whatever its lemma: "Губернатор выразил уверенность, что …", "Прокурор предрёк, что …", "Комиссия сочла, что …".
Three rounds of word lists (speech_verbs.txt, cue_breadth.tsv, stance_frames.tsv) did not reach the long tail of
rare verbs and nouns a news text brings; the shape of the clause does. What the shape also holds and is no statement
is data: ``lang/ru/governing_exclusions.tsv`` (factive and perception verbs, "так, что" results, purpose after a
motion verb, time and comparison connectives), each entry motivated by the table of /tmp/try30/RUSTRUCT.md (dev,
dev-b, dev-c gold cues and the ru-news texts without attributions). The structural cues are handed to ``_indirect``
after the listed ones (ru_leads.cues_in): a sentence whose listed cue governs its clause is read as before; the
speaker must be a person or a body (``structural_speaker``), never a thing ("Опыт показывает, что …" is no one's
statement)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
from .ru_stance import _Cue

# what may stand between the governing word and the clause: at most three words without a verb, then a comma
_TAIL = re.compile(r"(?P<mid>(?:\s+[^\s,.;:!?«»—–()]+){0,3}?)\s*,\s+(?:(?P<comp>что|чтобы|будто|якобы)\b|"
                   r"(?P<li>[\w-]+\s+ли)\b)", re.IGNORECASE)
_GOVERNOR_POS = ("VERB", "NOUN", "ADJ")
# Round 30's lead switched this off: the cue by structure took any clause-governing word unless the deny list named
# it, and every probe of rare NON-speech verbs found more ("позаботились, что", "разглядел, что", "выведал, что").
# Round 31 (ru31a) flipped the default: a word is a structural cue only if governing_allow.tsv holds its lemma (speech,
# writing, opinion, knowledge claims, demands, promises: the gold cues and the cue lists, and the verbs a model over
# navec vectors judges alike; eval/train_ru_cues.py), and the deny list stays as a second gate.
BY_STRUCTURE = True
# a question right after a negated knowing: its word or "X ли" after the comma, never "что" (a fact not known)
_QUESTION = re.compile(r",\s+(?:почему|зачем|когда|где|куда|откуда|сколько|как|кто|какой|какая|какое|какие|каким|"
                       r"[\w-]+\s+ли)\b", re.IGNORECASE)
# how the parse hangs a clause that is no complement: an adverbial clause (purpose "чтобы", result, time), a relative
# clause, a clause beside the main one; any other relation of a clause with its conjunction "что" on the governing
# word is its complement (a nominal clause's head may be "obl" or "nsubj": "выдвинули гипотезу, что на месте города
# было озеро")
# the prepositions before "то" whose clause is what is said or believed ("заикнулся о том, что", "уповает на то, что",
# "убеждён в том, что"); not "к тому"/"с тем"/"за тем" (what one is used to, runs into, watches: "привыкли к тому,
# что автобусы опаздывают", "столкнулся с тем, что …", "следит за тем, чтобы …")
_TOPIC_PREPS = ("о", "об", "на", "в")
_NOT_COMPLEMENT = ("advcl", "acl:relcl", "parataxis", "conj", "root")


# a row the model confirms (its probability at least this, the builder's threshold) is a cue for any speaker; a row
# only the gold or a list holds is one for a body alone (review31 finding 8: "Проверка выявила, что …" is a finding,
# "Врач выявил, что у мальчика сотрясение" a discovery; "Инспектор фиксировал, что …", "сравнивала, что дешевле");
# the same as eval/train_ru_cues.THRESHOLD (a test checks)
CONFIRMED = 0.9


@lru_cache(maxsize=None)
def allowed(lang: str = "ru") -> dict[tuple[str, str], bool]:
    """{(lemma, "VERB"|"NOUN"): whether a person may say it} of the words that may be a cue by structure
    (governing_allow.tsv, built by ``python -m newsgraph.eval.train_ru_cues``): a verb below CONFIRMED is for a body
    only; a noun (of the gold or the lists, always under a verb) and a gold verb navec has no form of ("-": буркнуть,
    заикнуться) for anyone. Compiled once."""
    return {(row[0], row[1]): row[1] == "NOUN" or row[2] == "-" or float(row[2]) >= CONFIRMED
            for row in rules.table(lang, "governing_allow")}


def allow_row(an, t, m, lang: str = "ru") -> bool | None:
    """None if the governing word ``t`` is no word of speech, writing, opinion, a knowledge claim, a demand or a
    promise by governing_allow.tsv (ё read as е), else whether a person may be its speaker. The row is ``t``'s own,
    or the one of the speech verb ``t`` is the inanimate object noun of, or the one of the noun object among the
    words before the comma of tail ``m`` of a light verb ``t`` ("Геологи выдвинули гипотезу, что …", where the parse
    may hang the clause on the verb)."""
    ok = allowed(lang)
    key = (t.lemma or "").replace("ё", "е")
    if (key, t.pos) in ok:
        return ok[(key, t.pos)]
    head = an.toks[t.head]
    hk = ((head.lemma or "").replace("ё", "е"), "VERB")
    if t.pos == "NOUN" and t.dep == "obj" and head.pos == "VERB" and head.i < t.i and hk in ok and \
            (t.feats or {}).get("Animacy") != "Anim":
        return ok[hk]  # (the thing a speech verb puts forward, whatever its noun: "высказала догадку, что …",
        # "озвучил тезис, что …"; not a person spoken to: "поблагодарил врачей, что …" is the verb's own clause)
    mid = an.toks[t.i + 1:t.i + 1 + len(m.group("mid").split())]
    rows = [ok[k] for x in mid if t.pos == "VERB" and x.head == t.i and x.dep == "obj" and x.pos == "NOUN" and
            (k := ((x.lemma or "").replace("ё", "е"), "NOUN")) in ok]
    return rows[0] if rows else None


@lru_cache(maxsize=None)
def exclusions(lang: str = "ru") -> dict[str, str]:
    """{lemma: class} of governing words that are no cue (governing_exclusions.tsv: factive, perception, result,
    motion, other), compiled once."""
    return {lemma: cls for lemma, cls in rules.table(lang, "governing_exclusions")}


def governing_tail(text: str, t, se: int) -> re.Match | None:
    """The clause the word ``t`` governs: its comma and "что"/"чтобы"/"будто"/"якобы" or "X ли" within three words
    after it, else None."""
    return _TAIL.match(text, t.end, se)


def candidates(an, text: str, ss: int, se: int, pairs=(), after=None) -> list[tuple[object, re.Match]]:
    """The words of ``ss:se`` outside quotations that govern a clause (``governing_tail``), with their tails: a
    verb, a noun or a short adjective, none of the mid words a verb (the clause is then that verb's); ``after``: the
    document's tokens from the sentence on, when the caller has them (else all are walked)."""
    out = []
    toks = an.toks
    for t in (toks if after is None else after):
        if t.start < ss:
            continue
        if t.end > se:
            break
        if t.pos not in _GOVERNOR_POS or any(o <= t.start < c for o, c in pairs):
            continue
        m = governing_tail(text, t, se)
        if m is None:
            continue
        mid_end = t.end + len(m.group("mid"))
        if any(x.pos in ("VERB", "AUX") and t.end <= x.start < mid_end for x in toks[t.i + 1:t.i + 5]):
            continue
        out.append((t, m))
    return out


def subject_kind(an, t) -> str:
    """What kind of subject the governing word ``t`` has: "person" (an animate noun, a name, a personal pronoun),
    "body" (an organisation named or an institution noun), "thing" (another nominal subject), "в" (none, a "в X"
    before it), "у" ("у X"), "agent" (an instrumental agent of a passive), "none". A noun or an adjective takes its
    verb's subject ("выразил уверенность, что": the one who expressed it)."""
    toks = an.toks
    v = t
    if t.pos in ("NOUN",) and t.head != t.i and toks[t.head].pos in ("VERB", "AUX"):
        v = toks[t.head]
    subj = next((toks[c] for c in v.children if toks[c].dep.startswith("nsubj")), None)
    if subj is not None:
        f = subj.feats or {}
        if subj.pos == "PRON" and subj.lemma in ("он", "она", "они", "я", "мы", "вы", "ты"):
            return "person"
        if subj.pos == "PROPN" or f.get("Animacy") == "Anim":
            return "person"
        if an.mentions_in(subj.start, subj.end + 1, types=("PERSON", "ORG", "MEDIA", "GPE")):
            return "body"
        if subj.lemma in rules.wordset("ru", "institutions"):
            return "body"
        return "thing"
    for c in v.children:
        x = toks[c]
        first = toks[min([c] + [k for k in x.children if k < c])]
        if x.dep.startswith("obl") and first.low == "у":
            return "у"
        if x.dep.startswith("obl") and first.low in ("в", "во") and x.i < v.i:
            return "в"
        if x.dep in ("obl:agent",) or x.dep.startswith("obl") and (x.feats or {}).get("Case") == "Ins" and \
                x.pos in ("PROPN", "NOUN") and first.i == x.i:
            return "agent"
    return "none"


def structural_cues(self, ss: int, se: int, taken) -> list:
    """The structural cues of ``ss:se`` for ``_indirect`` (called from ru_leads ``cues_in`` with ``RussianQuotes`` as
    ``self``): the governing words whose lemma governing_allow.tsv holds (``allow_row``) and no exclusion names,
    whose clause the parse hangs on them as a complement (``complement``), with a person or body subject, that no
    listed cue covers."""
    out = []
    if self.rr.lang != "ru":
        return out  # (Ukrainian tokens carry no lemma: the exclusions could not be told; Russian only)
    excl = exclusions(self.rr.lang)
    asked = self.text[ss:se].rstrip().endswith("?")
    for t, m in (candidates(self.an, self.text, ss, se, self.pairs, self.tokens_from(ss)) if BY_STRUCTURE else ()):
        person_ok = allow_row(self.an, t, m, self.rr.lang)
        if person_ok is None or t.lemma in excl or \
                any(c.start() <= t.start < c.end() for c in taken) or \
                not _speaking_form(self.an, t, excl) or not complement(self.an, t, m, excl):
            continue
        if (m.group("comp") or "").lower() in ("чтобы", "будто"):
            continue  # (a "чтобы" clause after a word no list names is a wish, an aim or an effort, not a demand:
            # "хотел, чтобы", "добились, чтобы", "заинтересована в том, чтобы"; 3 of the 202 dev gold clauses; a
            # "будто" clause there is as often a comparison, "as if": "выступил, будто ничего не произошло",
            # review31 #12; a listed cue keeps its "будто": "заявил, будто")
        kind = subject_kind(self.an, t)
        if kind not in ("person", "body", "в") or asked or kind == "person" and not person_ok:
            continue  # (review30b: "Догадывается ли мэр, что …?", "С чего чиновники взяли, что …?": the author's
            # question states nothing)
        head = self.an.toks[t.head]
        start = head.start if t.pos == "NOUN" and head.pos == "VERB" and head.i < t.i else t.start
        cue = _Cue(self.text, start, t.end)
        verb = head if t.pos == "NOUN" else t
        if kind == "в" and self.place_speaker(cue, ss) is None or kind != "в" and not (
                self.verb_subject_speaker(verb, ss) or self.subject_phrase(cue, ss) or
                self.speaker_in(ss, cue.start(), cue, self.quoted, cue.start(), prefer_last=True)):
            continue  # (a structural cue never goes without its speaker, as _indirect looks for it)
        out.append(cue)  # (a noun with its verb, as the gold marks it: "выразил
        # убежденность"; the verb's subject is the speaker)
    for t in self.tokens_from(ss):
        if t.start >= se:
            break
        if negated_knowing(self.an, t, excl) and not any(o <= t.start < c for o, c in self.pairs) and \
                _QUESTION.match(self.text, t.end, se) and subject_kind(self.an, t) in ("person", "body", "в", "у"):
            out.append(_Cue(self.text, t.start, t.end))
    return out


def _speaking_form(an, t, excl) -> bool:
    """``t`` is in a form whose subject speaks: a finite verb in the active or middle voice (not "Двое чиновников
    обвиняются в том, что …": the accused; a participle or a gerund is ru_participles' and the lead readers' own:
    "Ротарь, повторявший, что …, теперь настроен …"), not negated ("так и не узнали, что", "не обратил внимания,
    что": a fact not known or noticed; a negated listed cue, "не исключил, что", is read before), with no degree word
    before it ("так торопился, что", "до того разозлился, что": a result), or a noun whose verb is all that and no
    excluded word nor a receiving ("получила известие о том, что …", "получила уведомление, что …": words.tsv
    report_receipts)."""
    f = t.feats or {}
    toks = an.toks
    before = toks[max(0, t.i - 3):t.i]
    if any(x.low == "не" for x in before[-2:]) or any(excl.get(x.lemma) == "degree" or x.lemma == "тот" and k > 0 and
                                                       before[k - 1].low == "до" for k, x in enumerate(before)):
        return False
    if any(excl.get(toks[c].lemma) == "degree" for c in t.children):
        return False
    if t.pos == "VERB":  # (a passive in "-ся" is imperfective, "обвиняются"; a perfective one, "поручился",
        # speaks; a "participle" with its own subject is a finite verb the tagger misread: "Огоньков поручился")
        finite = f.get("VerbForm") == "Fin" or f.get("VerbForm") == "Part" and f.get("Voice") == "Act" and \
            any(toks[c].dep == "nsubj" for c in t.children)
        return finite and not (f.get("Voice") == "Pass" and f.get("Aspect") == "Imp")
    if t.pos == "ADJ":
        return False  # (review30b: a short adjective is nearly always a state or a feeling, "счастливы, что",
        # "доволен, что", "виноват в том, что"; the ones that state a belief, уверен, убеждён, are listed cues)
    if t.head == t.i and any(toks[c].dep == "nsubj" for c in t.children):
        return True  # (a predicate the tagger took for a noun: "Палеонтологи заикнулись о том, что …")
    head = an.toks[t.head]
    return head.pos == "VERB" and head.lemma not in excl and head.lemma not in rules.wordset("ru", "report_receipts") \
        and _speaking_form(an, head, excl)


def negated_knowing(an, t, excl) -> bool:
    """ "Алла Бут пока не знает, будут ли …", "в администрации не понимают, почему …": what one says one does NOT
    know is a statement of the question (the dev gold counts it: book_448, book_434), though knowing is a fact the
    author presents. Only knowing (class "factive"), only negated right before; ru_questions reads the clause."""
    return excl.get(t.lemma) == "factive" and t.pos == "VERB" and t.i > 0 and an.toks[t.i - 1].low == "не"


def complement(an, t, m, excl) -> bool:
    """The clause of tail ``m`` is the complement of ``t``: the parse hangs its head on ``t`` as a clausal complement
    ("ccomp"; a noun's clause "acl": "выразил уверенность, что"), its "что" is a conjunction ("mark", not the relative
    pronoun of "…, что привело к …"), and no degree word of the exclusions ("так", "такой", "настолько") stands
    between (a result: "вышел таким громким, что …"). Purpose "чтобы" after a motion verb is "advcl": no complement."""
    shape = clause_shape(an, t, m)
    if not shape["attached"] or shape["crel"] not in ("mark", "advmod") or shape["hrel"] in _NOT_COMPLEMENT:
        return False
    mid = an.toks[t.i + 1:t.i + 1 + len(m.group("mid").split())]
    return not any(excl.get(x.lemma) == "degree" for x in mid)


def clause_shape(an, t, m) -> dict:
    """How the parse hangs the clause of tail ``m`` on ``t``: the complementizer's relation ("mark" for a conjunction,
    "nsubj"/"obj" for a relative "что"), its clause head's relation and whether that head hangs on ``t``."""
    pos = m.start("comp") if m.group("comp") else m.start("li")
    c = an.tok_at_start.get(pos)
    if c is None:
        return {"crel": "", "hrel": "", "attached": False}
    h = an.toks[c.head]
    up = an.toks[h.head]  # ("уповает на то, что …": the clause hangs on "то", "то" on the verb)
    topic = up.lemma == "тот" and up.head == t.i and up.i < c.i and up.i > 0 and an.toks[up.i - 1].low in _TOPIC_PREPS
    return {"crel": c.rel, "hrel": h.rel, "attached": h.head == t.i or c.head == t.i or topic}
