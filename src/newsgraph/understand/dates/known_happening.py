"""A date that names a happening nobody schedules (an attack, a slaying, a crash: ``unforeseen_nouns`` of the
language's ``dates_settings.tsv``) which the definite article or a possessive makes a known one ("will vote for him
because of the slaying in Chicago on Friday", "since the Charleston church massacre in June"): it has happened, so
its day is past whatever the tense of the clause around it. An indefinite one may be feared or foreseen ("Officials
worry about a shooting in August", "bracing for an explosion of visitors in June": review r22 reverted a rule that
took those as past too), and one the text marks as ahead ("the planned attack on Friday") is not known either.
So is an outcome (``outcome_nouns``: a win, a loss, a result exists only once the contest is over; round 34): "Her
victories in Pennsylvania on Tuesday will only accelerate that shift" (told on Thursday: the Tuesday before), unless
a verb of wanting governs it (``outcome_wanted_by``: "needs the win on Sunday" is still to come), or its clause
supposes it (``outcome_supposed_by``: would, could, might, if; datefix34): "The win on Saturday would give the Lakers
the title" tells what a win would bring, so it has not happened and its day is the coming one (``outcome_supposed``),
definite or not ("A win on Tuesday would give him the lead"); not the "would" of a past saying before it ("He said the
loss on Friday would hurt him": the future of the saying, told of a loss that may be over)."""
from __future__ import annotations

from functools import lru_cache

from .patterns import settings

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
STEPS = 8  # from the date up to the noun it hangs on ("the slaying in Chicago on Friday of the cousin")


@lru_cache(maxsize=None)
def unforeseen_nouns(lang: str) -> frozenset:
    return _table_words(lang, "unforeseen_nouns")


@lru_cache(maxsize=None)
def _table_words(lang: str, key: str) -> frozenset:
    return frozenset(w.strip().lower() for w in settings(lang).get(key, "").split("|") if w.strip())


def _wanted(t, lang: str) -> bool:
    """Does a verb of wanting govern the outcome noun ``t``, itself or over the verb of its clause ("needs the win",
    "to clinch the victory", "need the win on Sunday to reach the playoffs": the parser makes "win" the subject of
    "reach")?"""
    verbs, v = _table_words(lang, "outcome_wanted_by"), t
    for _ in range(2):
        if v.head.i == v.i:
            return False
        v = v.head
        if v.lemma_.lower() in verbs:
            return True
        if v.pos_ not in ("VERB", "AUX", "ADP"):
            return False
    return False


def _supposing_clause(t, lang: str) -> bool:
    """Is the clause of ``t`` (its first verb above) one of would/could/might, or of "if", and not the content of a
    past saying that comes before it (indirect speech shifts "will" back to "would"; a content set off before its
    saying keeps the speaker's words)?"""
    words, v = _table_words(lang, "outcome_supposed_by"), t
    for _ in range(STEPS):
        if v.head.i == v.i:
            return False
        v = v.head
        if v.pos_ in ("VERB", "AUX"):
            break
    else:
        return False
    if v.dep_ == "ccomp" and v.head.tag_ == "VBD" and v.head.i < v.i:
        return False  # "He said the loss would hurt": backshifted; "The win would give ..., the coach said" is not
    return any(c.dep_ in ("aux", "mark") and c.lower_ in words for c in v.children)


def _outcome_of(view, start: int, end: int, outcomes: frozenset):
    t = _noun_above(view, start, end)
    if t is None or (t.lemma_.lower() not in outcomes and t.lower_ not in outcomes):
        t = _noun_before(view, start) or t
    return t if t is not None and (t.lemma_.lower() in outcomes or t.lower_ in outcomes) else None


def outcome_supposed(view, start: int, end: int, dr) -> bool:
    """Is the date the day of an outcome that its clause supposes ("The win on Saturday would give ...")?"""
    outcomes = _table_words(dr.lang, "outcome_nouns")
    t = _outcome_of(view, start, end, outcomes) if outcomes else None
    return t is not None and _supposing_clause(t, dr.lang)


def _noun_before(view, start: int):
    """The common noun right before the date ("the win Tuesday": a bare day after its noun is that noun's time,
    wherever the parser hangs it), or None."""
    doc = view.spacy if view is not None else None
    span = doc.char_span(start, start + 1, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span) or span[0].i == 0:
        return None
    t = doc[span[0].i - 1]
    return t if t.pos_ == "NOUN" else None


def _noun_above(view, start: int, end: int):
    """The first common noun above the date, before any verb (prepositions and names such as "Chicago" passed
    over), or None."""
    doc = view.spacy if view is not None else None
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span):
        return None
    t, inside = span.root, range(span.start, span.end)
    for _ in range(STEPS):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.i in inside or t.pos_ in ("ADP", "PROPN"):
            continue
        return t if t.pos_ == "NOUN" else None
    return None


def _definite(t) -> bool:
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in t.children)


def names_known_happening(view, start: int, end: int, dr) -> bool:
    """Is the first common noun above the date (before any verb; names such as "Chicago" passed over) an unforeseen
    happening with a definite determiner or a possessive, and nothing that puts it ahead?"""
    nouns = unforeseen_nouns(dr.lang)
    outcomes = _table_words(dr.lang, "outcome_nouns")
    t = _noun_above(view, start, end) if nouns or outcomes else None
    if t is None or (t.lemma_.lower() not in nouns | outcomes and t.lower_ not in nouns | outcomes):
        t = _noun_before(view, start) or t
    if t is None:
        return False
    if t.lemma_.lower() not in nouns and t.lower_ not in nouns:
        if (t.lemma_.lower() not in outcomes and t.lower_ not in outcomes) or _wanted(t, dr.lang) or \
                _supposing_clause(t, dr.lang):
            return False
    ahead = dr.ahead_adjectives | dr.future_verbs
    return _definite(t) and not any(c.dep_ in ("amod", "acl", "compound") and
                                    (c.lemma_.lower() in ahead or c.lower_ in ahead) for c in t.children)


def told_past_by_relative(view, start: int, end: int) -> bool:
    """Does a relative clause in the simple past, of which the happening is the subject, describe the definite noun
    the date modifies, with names between them passed over ("the disastrous February New Hampshire debate that
    practically scuttled his campaign")? What the happening did, it did: it is past whatever the tense of the clause
    around it. tense.py reads the same clause (``told_past``, round 30) when the date stands right by its noun; this
    reaches the noun over a name the parser hangs the month on ("February" on "Hampshire"; r32). Not a relative
    clause of what is to come, a passive, or one with another subject ("the October debate that organizers moved"),
    nor an indefinite noun ("a debate in February that ...", one of many)."""
    from .tense import told_past
    t = _noun_above(view, start, end)
    return t is not None and _definite(t) and told_past(t)
