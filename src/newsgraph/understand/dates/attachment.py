"""Where a date expression hangs in the English parse (spaCy): the verb above it, whether it modifies a noun, names a
record, is a verb's new target time, opens a "since" phrase, or sits in a relative clause. Split from tense.py (which
reads the clause's tense); these read only the date's place in the parse.

- ``clause_verb(view, start, end)``: the first verb above the date (the act it is the time of), or None.
- ``aims_at`` (a target time: "postponed to Dec. 5"), ``held_until`` ("has been closed until Saturday"),
  ``since_phrase`` ("since he left office in January"),
  ``names_record`` ("a Feb. 1 letter"), ``hangs_on_noun`` ("plans for a visit in 2021"), ``tells_the_clause``
  (not in a relative clause or an opening participle), ``season_of_habit`` ("bears sleep in the winter")."""
from __future__ import annotations

import re

from .. import rules
from .tense import TIME_NOUNS
from .tense_natasha import MAX_STEPS

def root_of(view, start: int, end: int):
    """(the root token of the date's words, the indexes of those words) in the English parse, or None (no parse, or
    the characters fall outside its tokens)."""
    doc = view.spacy if view is not None else None
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root, range(span.start, span.end)


def aims_at(view, start: int, end: int, dr) -> bool:
    """Is the date the new time a verb moves a thing to (``target_verbs``: "the vote was postponed to Dec. 5", "pushed
    the launch back to March", "delayed until Thursday")? It lies ahead of the act, whatever its tense."""
    root = root_of(view, start, end) if dr.target_verbs else None
    if root is None:
        return False
    t = root[0]
    if t.dep_ != "pobj" or t.head.lower_ not in ("to", "until", "till"):
        return False
    v = t.head.head
    if v.pos_ == "ADV" and v.lower_ in ("back", "forward", "off", "up"):
        v = v.head
    return v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in dr.target_verbs


def held_until(view, start: int, end: int, dr) -> bool:
    """Is the date the end of a state a present perfect says holds now ("The border has been closed until Saturday",
    "has been called off until Sunday")? It lies ahead: the state runs from the past through now to it. Not a past
    ("stayed closed until Saturday", "had been closed until Saturday"), nor "since" (round 33). Only a state that
    closes or stops a thing for a time (``closure_states``: "has been in charge until Monday" tells of a past end),
    and not a day a past clause tells of ("until Monday, when it reopened": fix r33)."""
    root = root_of(view, start, end)
    if root is None:
        return False
    t = root[0]
    if t.dep_ != "pobj" or t.head.lower_ not in ("until", "till"):
        return False
    if any(c.dep_ == "relcl" and (c.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD"
                                                          for a in c.children)) for c in t.children):
        return False
    v = t.head.head
    if v.pos_ == "ADP" or (v.pos_ == "ADV" and v.lower_ in ("off", "up", "down", "out")):
        v = v.head
    state = v
    while v.pos_ == "ADJ" and v.dep_ in ("acomp", "oprd") and v.head.i != v.i:
        v = v.head  # "has been shut until": the adjective's verb
    prt = next((c.lower_ for c in state.children if c.dep_ == "prt"), None)
    if not ({state.lower_, state.lemma_.lower()} | ({f"{state.lemma_.lower()} {prt}"} if prt else set())) & \
            dr.closure_states:
        return False
    return v.pos_ in ("VERB", "AUX") and any(
        a.dep_ in ("aux", "auxpass") and a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in v.children)


def since_phrase(view, start: int, end: int) -> bool:
    """Is the date inside a phrase opened by "since" ("Since the senator's op-ed in May, she has ...", "since he left
    office in January")? What followed it runs up to now, so the date lies before publication. A "since" clause
    whose verb is not past may give a reason ("since the vote is in May"): no."""
    root = root_of(view, start, end)
    if root is None:
        return False
    t, inside = root
    for _ in range(MAX_STEPS):
        if t.i not in inside and t.lower_ == "since" and t.dep_ == "prep":
            return True
        if t.i not in inside and t.pos_ in ("VERB", "AUX"):
            return t.tag_ in ("VBD", "VBN") and any(c.dep_ == "mark" and c.lower_ == "since" for c in t.children)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def names_record(view, start: int, end: int, dr) -> bool:
    """Does the date name a record of something said or found (``record_nouns``: "a February survey", "in an
    interview with CNN on Sunday", "a Feb. 1 letter")? The first common noun above the date, before any verb,
    decides; names ("CNN") are passed over."""
    root = root_of(view, start, end) if dr.record_nouns else None
    if root is None:
        return False
    for t in _above(root):
        if t.pos_ in ("VERB", "AUX"):
            if t.dep_ == "acl" and t.tag_ in ("VBG", "VBN"):
                continue  # a participle that describes the noun ("an op-ed supporting biofuels in May")
            return False
        if t.pos_ == "NOUN" and t.lower_ not in TIME_NOUNS:
            return t.lemma_.lower() in dr.record_nouns or t.lower_ in dr.record_nouns
    return False


def _above(root):
    """The tokens above the date's words (``root_of``), up their heads to the root of the parse (MAX_STEPS at most)."""
    t, inside = root
    for _ in range(MAX_STEPS):
        if t.head.i == t.i:
            return
        t = t.head
        if t.i not in inside:
            yield t


def clause_verb(view, start: int, end: int):
    """The first verb above the date's words in the English parse (the act the date is the time of), or None."""
    root = root_of(view, start, end)
    if root is None:
        return None
    return verb_above(*root)


def season_of_habit(view, start: int, end: int, words: str) -> bool:
    """A season named with "the" whose act a finite present tells ("bears sleep in the winter"): a habit, no one
    season; an infinitive under a present ("try to unite the party in the fall") looks ahead and is not one."""
    v = clause_verb(view, start, end)
    return bool(re.search(r"\bthe\s+(?:spring|summer|autumn|fall|winter)\b", words, re.I)) and \
        getattr(v, "tag_", None) in ("VBZ", "VBP") and not _conditional(v)


def _conditional(v) -> bool:
    """A present under "if" or "unless" ("if Republicans splinter and lose in the fall"): a condition on what is to
    come, not a habit (the mark may sit on the first of coordinated verbs)."""
    for t in (v, v.head if v.dep_ == "conj" else None):
        if t is not None and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return True
    return False


def verb_above(t, inside):
    """The first verb from ``t`` up its heads outside the date's own words, or None at the root."""
    for _ in range(MAX_STEPS):
        if t.i not in inside and t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def hangs_on_noun(view, start: int, end: int) -> bool:
    """Does the date (or the preposition before it) modify a noun ("a potential candidate in 2018", "plans for a
    visit in 2021") rather than the verb? Such a date tells the time of the thing, not of the clause's act."""
    root = root_of(view, start, end)
    if root is None:
        return False
    t, inside = root
    if t.dep_ == "pobj" and t.head.i not in inside:
        t = t.head
    return t.dep_ in ("prep", "nummod", "compound", "nmod", "amod") and t.head.i not in inside and \
        t.head.pos_ in ("NOUN", "PROPN") and t.head.ent_type_ not in ("DATE", "TIME")


def tells_a_noun(view, start: int, end: int, dr) -> bool:
    """Does the date tell the time of a noun's thing: it modifies the noun (``hangs_on_noun``), or its first verb is
    an "-ing" participle describing a noun ("a special airing on May 23") or the predicate of a "with" phrase ("a
    special with Kelly airing on May 23")? Not a gerund a verb takes ("admitted lying on Oct. 3": the lying's time),
    nor a scene a record shows (``shows_a_scene``)."""
    if shows_a_scene(view, start, end, dr):
        return False
    if hangs_on_noun(view, start, end):
        return True
    v = clause_verb(view, start, end)
    if v is None or v.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    return (v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN")) or (v.dep_ == "pcomp" and v.head.lower_ == "with")


def shows_a_scene(view, start: int, end: int, dr) -> bool:
    """Is the date in the scene a picture or a recording shows (words.tsv ``depiction_nouns``: "footage showing the
    suspect entering the store on Oct. 3", "photos of damage from the storm in September"), or in what a record's
    "-ing" verb of showing shows (``showing_verbs``, ``record_nouns``: "a poll showing his lead in October")? What
    was filmed or found had happened when it was shown: the past (review 28b). The walk up from the date passes
    nouns, prepositions and bare "-ing" participles; any other verb ends it ("a report showing that sales will rise
    in October": the rise's own time)."""
    root = root_of(view, start, end)
    if root is None:
        return False
    try:
        pictures, showing = rules.wordset(dr.lang, "depiction_nouns"), rules.wordset(dr.lang, "showing_verbs")
    except rules.RuleFileError:
        return False
    shown = False
    for t in _above(root):
        if t.pos_ in ("VERB", "AUX"):
            if t.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in t.children):
                return False
            shown = shown or t.lemma_.lower() in showing
        elif t.pos_ == "NOUN":
            word = t.lemma_.lower()
            if word in pictures or t.lower_ in pictures or (shown and (word in dr.record_nouns or
                                                                       t.lower_ in dr.record_nouns)):
                return True
    return False


def tells_the_clause(view, start: int, end: int) -> bool:
    """Is the date outside a relative clause ("In 2008, the campaign began ...", "his 2008 campaign"; not "Levinson,
    who disappeared in 2007": a clause about someone else) and outside a past participle opening the sentence
    ("Founded in 2008, the charity served meals on Christmas Eve": the subject's background, review r18)? Without
    an English parse: yes."""
    root = root_of(view, start, end)
    if root is None:
        return True
    t = verb_above(*root)
    if t is None:
        return True
    if t.dep_ == "advcl" and t.tag_ == "VBN" and t.i < t.head.i and not any(
            ch.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for ch in t.children):
        return False  # "Founded in 2008, the charity ...": a participle opening the sentence tells of its subject
    for _ in range(MAX_STEPS):
        if t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() not in _TIME_HEADS:
            return False  # (a clause of a time noun tells the time of the main one: "by the time he visited his
        if t.head.i == t.i:  # doctor in November 2016", round 30)
            return True
        t = t.head
    return True


_TIME_HEADS = frozenset({"time", "day", "moment", "week", "month", "year", "night", "morning", "evening", "point"})
