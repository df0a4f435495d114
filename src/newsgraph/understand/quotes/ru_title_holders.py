"""A title that stands for a person the text names under it elsewhere -- one matcher, ``title_holder`` (round 32,
ru32b, joining round 31's ru_headline_titles.py and round 30's ru_title_after.py, which answered that question
twice). A person carries the title when the role the entities gave it holds the title (:func:`holds`: its title
word, or its territory's level, and the title's complement) or when the words before the name in its sentence hold
the title's head noun and every other noun of the title's body (:func:`named_with`: "Главный тренер «Урала»
Мирослав Ромащенко"); the matcher answers the one person who carries it among the candidates, else no one (uses 2
and 3 give it their one candidate and no head: the role alone decides, as in r30; use 1 asks both, so a headline's
title also finds a holder whose title the entities read after the name). Its three uses:

1. A headline quotation whose speaker is a title only (``HeadlineTitles``, a part of ``RussianQuotes`` through
   ``FormReaders``, r31):

     Главный тренер «Урала» после ничьей с «Факелом»: «Мы сами отдали два очка»
     Бывший следователь: «Система не умеет признавать ошибки»

   The title is the lead-in's words before its first preposition, headed by a title word or a calling (coref/ru.py
   ``person_nouns``); the candidates every person named below the headline; no one when two fit, or when the
   title's body is another ("Главный тренер «Факела»" is not the coach of «Урал»); two who fit leave the title as
   written, no one guessed between them (r32). Not: a line that is not the
   text's first or ends with a full stop, a lead-in with a verb, a lead-in opening with no calling ("Вопрос дня:
   «…»").

2. A bare title whose holder the next sentence names (r30, ru30c, issue 16): "Губернатор Вологодской области пообещал,
что дорогу отремонтируют. Об этом глава региона Георгий Филимонов заявил на встрече с жителями." -- the pointer
sentence ("Об этом X заявил", ru.py ``_opener``) names the one the title stood for and tells of the same statement:
the quote read in the sentence before is X's, and the pointer's report of that sentence (which ru_kept.py keeps when
another speaks there: "В Минске считают, что …. Об этом заявил замминистра X.") is no second statement.

Only when the quote's speaker is a bare title (no actor: "Губернатор", "Мэр города") whose title X's role holds
(the role's first word) or whose territory's level X's role names ("глава региона" for "Губернатор",
coref/ru_levels.py), its complement naming no other body (``office_fits``). Another title ("Губернатор пообещал ….
Об этом мэр Тотьмы Иван Петров заявил"), a speaker named or a body stay as read.

3. The same without a pointer (:func:`title_named_next`): "Губернатор высказал предположение, что …. Глава региона
Василий Орлов также поручил …" -- a bare singular title no one named before holds stands for the person the next
sentence of its paragraph opens with, introduced as the generic head of that title's territory (coref/ru_levels.py),
of the gender of the title's verb; not a former holder (coref/ru_tenure.py), nor one who holds the title by name
("Президент США Джо Байден", "В соседней области губернатор X": another holder; review30c, REVIEW3.md).
"""
from __future__ import annotations

from ...record import Mention, Ref
from .. import rules
from ..coref.ru import _cue_gender, person_nouns
from ..coref.ru_levels import level_names, level_word, same_level
from ..coref.ru_offices import _lemmas, office_fits
from ..coref.ru_family import gender_of
from ..coref.ru_tenure import described_former, named_former
from .ru_medium import toks_in

_BEFORE_NAME = 8  # words before a name that may hold its title

def holds(title: list[str], role: str | None) -> bool:
    """Does the role (as written) hold the title written ``title`` (its words: "Губернатор", "Вологодской", …)?"""
    if not role or not title:
        return False
    lemma = _lemmas(title[0])[0] if _lemmas(title[0]) else title[0].lower()
    level, held = same_level(lemma, role), _lemmas(role)
    if not (held[:1] == [lemma] or level):  # (the role's title, not a word of its body: "комиссар полиции" holds
        return False  # no "Полиция"; review30c finding 1: no "пресс-секретарь губернатора")
    comp = title[1:]
    if not comp:  # (a bare title: a generic head or one whose role names no territory by name, review30c 12)
        return level or not any(w[:1].isupper() for w in role.split()[1:])
    # (a title with its territory: the same by name, or a generic head's word of that kind, "края" and "глава края",
    # or the word of the level itself, "глава региона"; not "глава республики" for "Губернатор Ставропольского края")
    word = level_word(role) if level else None
    return office_fits(comp, role) or word is not None and (word in _lemmas(" ".join(comp)) or word in level_names())


def named_with(an, head: str, body: set[str], m) -> bool:
    """The words before the name of mention ``m`` in its sentence (at most eight) hold the lemma ``head`` and every
    lemma of ``body`` ("Главный тренер «Урала» Мирослав Ромащенко" for "Главный тренер «Урала»")."""
    before = toks_in(an, an.sentence(m.start)[0], m.start)[-_BEFORE_NAME:]
    lemmas = {t.lemma for t in before}
    return head in lemmas and body <= lemmas


def title_holders(an, title: list[str], candidates, head: str | None = None, body: frozenset[str] = frozenset()):
    """Each person ((mention, actor), first mention) of ``candidates`` that carries the title written ``title``: its
    role holds the title (:func:`holds`), or, given the title's head lemma, the words before its name hold the head
    and ``body`` (:func:`named_with`; review31 #4: a title of another body is another person)."""
    who = {}
    for m, a in candidates:
        if holds(title, a.role) or head is not None and named_with(an, head, body, m):
            who.setdefault(a.id, (m, a))
    return list(who.values())


def title_holder(an, title: list[str], candidates, head: str | None = None, body: frozenset[str] = frozenset()):
    """The one (mention, actor) of :func:`title_holders`, else None (no one, or two people with the title)."""
    who = title_holders(an, title, candidates, head, body)
    return who[0] if len(who) == 1 else None


class HeadlineTitles:
    """Readers over ``self.text``, ``self.an`` and ``self.pairs`` (use 1)."""

    def headline_title_holder(self, start: int, end: int) -> Ref | None:
        """The person of the text below the headline that the title in text[start:end] names (a Ref whose mention is
        the title), else None."""
        line_end = self.text.find("\n")
        if line_end < 0 or start >= line_end or self.text[:line_end].rstrip().endswith("."):
            return None
        toks = [t for t in toks_in(self.an, start, end) if t.pos != "PUNCT"]
        cut = next((i for i, t in enumerate(toks) if t.pos == "ADP"), len(toks))
        title = toks[:cut]
        head = next((t for t in title if t.pos == "NOUN"), None)
        if head is None or any(t.pos in ("VERB", "AUX") for t in toks) or not (
                head.lemma in person_nouns() or self.an._is_title_word(head.nat)):
            return None
        body = {t.lemma for t in title if t is not head and t.pos in ("NOUN", "PROPN")}  # (the body: «Урала»)
        found = title_holders(self.an, self.text[title[0].start:title[-1].end].split(),
                              self.an.mentions_in(line_end, len(self.text), ("PERSON",)), head.lemma, body)
        found = [(m, a) for m, a in found if not named_former(self.an, a)] or found  # (a former holder is no
        # second one: "его предшественник, бывший губернатор X", ru32bfix)
        if len(found) > 1:  # (two directors of two museums below "Директор музея:": the title as written, no one
            words = self.text[start:title[-1].end]  # else guessing between them, r32)
            return Ref(None, words, Mention(start, title[-1].end, words))
        return self.an.ref(found[0][1], start, title[-1].end) if found else None


def title_named_after(an, found: list, pointing: set[int]) -> list:
    """``found`` ((priority, quote)) with each pointer report whose person holds the bare title of a quote it holds
    given that quote's speaker, and dropped; first the bare titles the sentence after names (``title_named_next``)."""
    title_named_next(an, found)
    actors = {a.id: a for a in an.actors}
    drop = set()
    for _, p in found:
        a = actors.get(p.speaker.entity) if id(p) in pointing and p.speaker is not None else None
        if a is None or a.type != "PERSON" or named_former(an, a):  # (a former holder reports it, review30c 5)
            continue
        inner = [q for _, q in found if q is not p and p.start <= q.start and q.end <= p.end]
        said = {(q.speaker.entity, q.speaker.mention.start if q.speaker.mention else None, q.speaker.name)
                if q.speaker is not None else None for q in inner}  # (one reading or several of one speaker)
        if len(said) != 1 or None in said or next(iter(said))[0] is not None or next(iter(said))[1] is None or \
                title_holder(an, inner[0].speaker.mention.text.split(), [(p.speaker.mention, a)]) is None:
            continue
        for q in inner:
            q.speaker = Ref(a.id, a.name, q.speaker.mention)
            q.speakers = [q.speaker]
        drop.add(id(p))
    return [x for x in found if id(x[1]) not in drop]


def title_named_next(an, found: list) -> None:
    """Give each quote of ``found`` whose speaker is a bare singular title no one named before holds the one person
    the sentence after, in the same paragraph, opens with, introduced as a generic head of that title's territory
    ("Глава региона Василий Орлов также поручил …": the writer's other words for the governor, not another holder of
    the title, a neighbour's or a state's: "Президент США Джо Байден", review30c finding 3), of the gender of the
    title's verb (finding 3a)."""
    sents = an.sents
    for _, q in found:
        m = q.speaker.mention if q.speaker is not None and q.speaker.entity is None else None
        t = an.tok_at_start.get(m.start) if m is not None else None
        if t is None or described_former(an, t.i) or (t.feats or {}).get("Number") == "Plur":
            continue
        k = next((i for i, (a, b) in enumerate(sents) if a <= m.start < b), None)
        if k is None or k + 1 >= len(sents) or an.text[sents[k][1]:sents[k + 1][0]].count("\n") > 2:
            continue
        lemma = an._lemma(t)
        if any(x.start < m.start and holds(m.text.split(), a.role) for x, a in an.persons):
            continue  # (one named before holds it: coref's to resolve)
        ns, ne = sents[k + 1]
        first = [(x, a) for x, a in an.persons if ns <= x.start < ne][:1]
        apart = "\n" in an.text[sents[k][1]:ns]  # (the next paragraph: only the same title and body, r31)
        if not first or first[0][1].first < ns or title_holder(an, m.text.split(), first) is None or \
                named_former(an, first[0][1]) or not (
                    not apart and same_level(lemma, first[0][1].role) and _opens(an, ns, first[0][0].start) or
                    same_title_opens(an, m.text.split(), ns, first[0][0].start, first[0][1].role) and
                    named_in_full(an, m.text.split(), first[0][1].role, first[0][0].end, ne, apart)):
            continue
        a = first[0][1]
        said = _cue_gender(q.cue or "")
        if said in ("masc", "fem") and gender_of(a) not in (None, said):
            continue
        q.speaker = Ref(a.id, a.name, m)
        q.speakers = [q.speaker]


def same_title_opens(an, title: list[str], ns: int, name_start: int, role: str | None) -> bool:
    """The sentence opens with the title written as the description's, its body named in full, and the name ("—
    сказал депутат городской думы." then "Депутат Саратовской городской думы Алексей Кузнецов потребовал …", r31):
    the same title word, every word of the description's complement in the role ("городской думы" is no
    "Государственной думы")."""
    words = an.text[ns:name_start].split()
    return len(title) >= 2 and 2 <= len(words) <= 6 and _lemmas(words[0])[:1] == _lemmas(title[0])[:1] and \
        all(w[:1].islower() or not w[:1].isalpha() for w in title[1:]) and office_fits(title[1:], role, exact=True)


def named_in_full(an, title: list[str], role: str | None, name_end: int, ne: int, apart: bool) -> bool:
    """The sentence naming the holder does not answer or join someone (lang/ru/reply_words.txt: "с ним не
    согласился", "поддержал коллегу", "тоже выступил": another; review31 finding 3); across a paragraph break the
    role also names the body by a proper name the description did not ("Депутат Саратовской городской думы" for
    "депутат городской думы": one of dozens otherwise)."""
    said = {w.lower() for w in title}
    if apart and not any(w[:1].isupper() and w.lower() not in said for w in (role or "").split()[1:]):
        return False
    replies = rules.words("ru", "reply_words")
    return not any(an._lemma(t) in replies or t.text.lower() in replies for t in toks_in(an, name_end, ne))


def _opens(an, ns: int, name_start: int) -> bool:
    """The sentence opens with the person's title, a generic head ("Глава региона Василий Орлов"), and name."""
    words = an.text[ns:name_start].split()
    return 2 <= len(words) <= 3 and all(w[:1].islower() for w in words[1:]) and \
        _lemmas(words[0])[:1] and _lemmas(words[0])[0] in rules.wordset("ru", "generic_role_heads")
