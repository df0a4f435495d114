"""An attribution "they" that coreference and the previous quotes left open, after a sentence whose main subject is
people the text describes in the plural (English; round 27, issue 16): "Three economists at Stanford studied the
wages of factory workers. They concluded that the recovery never came." (the economists), "Local officials met on
Monday. “We have no money left,” they said." The nearest main-clause subject before the pronoun's own sentence in
its paragraph, outside quotations (a "they" on the way is the same people: passed over), decides: a plural noun
that names people (a role, a trade, a title: ``coref.en_newcomers._person_nouns``) speaks as written; anything
else (an actor, a thing, a singular, a name) leaves the speaker unnamed, never guessed. Not after a subject who
asks: one who asks is not the one who answers ("Reporters asked about the delay. “Not yet,” they said."), nor when
that sentence names other plural people too (an object, a "for/to" object: "Firefighters rescued three children from
the house. “We were so scared,” they said." may be either: unnamed, round 27 review)."""
from __future__ import annotations

from functools import lru_cache

from .. import rules
from ..coref.en_newcomers import _person_nouns
from .en_ctx import Context, Found, subject_speaker
from .en_spk_antecedent import _ASK, _main_subjects


def plural_antecedent(ctx: Context, q: Found, pron) -> None:
    """Give ``q`` (an attribution "they" still open, its token ``pron``) the plural people of the nearest main-clause
    subject before it (see the module's note)."""
    if pron is None or q.speaker is not None or q.speaker_name or pron.lower_ != "they":
        return
    para = ctx.text.rfind("\n", 0, pron.idx) + 1
    quoted = [(x.start, x.end) for x in ctx.view.quoted]
    for subj in _main_subjects(ctx, pron, para, quoted):  # (the nearest decides)
        if subj.lower_ == "they" or subj.sent.start == pron.sent.start:
            continue  # (the same people; the content's own subject: "The recovery, they concluded, never came")
        if ctx.entity_at(subj.idx, subj.idx + len(subj.text)) is not None or subj.tag_ != "NNS" or \
                not (subj.lemma_.lower() in _person_nouns() or subj.lower_ in _person_nouns()) or \
                subj.head.lemma_.lower() in _ASK or _other_people(subj):
            return
        probe = Found(q.kind, q.start, q.end, q.text)
        if subject_speaker(ctx, probe, subj) and probe.speaker is None and probe.speaker_name and not probe.pronoun:
            q.speaker_name, q.speaker_span = probe.speaker_name, probe.speaker_span
        return


def _other_people(subj) -> bool:
    """The verb of ``subj`` acts on other plural people: a plural object of it, or of a preposition hung on it
    ("rescued three children", "treated the miners", "spoke to the workers"; not "studied the wages of workers").
    People: ``_plural_people``."""
    verb = subj.head
    for t in subj.sent:
        if t.tag_ not in ("NNS", "NNPS") or t.i == subj.i:
            continue
        up = t.head.head if t.dep_ == "pobj" else t.head
        if t.dep_ in ("dobj", "dative", "pobj") and up.i == verb.i and _people(t):
            return True
    return False


def _people(t) -> bool:
    return t.lower_ in _plural_people() or t.lemma_.lower() in _plural_people()


@lru_cache(maxsize=1)
def _plural_people() -> frozenset[str]:
    """Nouns of people another plural may be: persons (``_person_nouns``), parts in a case, life stages, refugees
    (lang/en/words.tsv) and agents of events (events_agent_nouns.txt: "residents", "workers")."""
    sets = ("case_roles", "life_stages", "refuge_seekers", "plain_persons")
    return _person_nouns().union(rules.words("en", "events_agent_nouns"), *(rules.wordset("en", n) for n in sets))
