"""The event lexicon of a language, from its rule files in ``understand/lang/<code>/`` (one loader for all):

  event_triggers.tsv     PATTERN<TAB>TYPE<TAB>MODE<TAB>SOURCE: a verb lemma, "verb argument" (object, particle,
                         preposition), "verb @someone" (only when the object names someone), "verb @recipient" (a
                         dative names someone), "n:noun" and "n:modifier noun"; TYPE "-" blocks a pattern; SOURCE
                         "ours" (or the CAMEO code an entry was taken from)
  event_cameo_verbs.tsv, event_cameo_patterns.tsv, event_cameo_synsets.tsv   (English) the CAMEO verb dictionary
                         converted through the CAMEO-to-PLOVER table (python -m newsgraph.tools.cameo_triggers):
                         verbs in synonym blocks, the patterns of each block, the word sets of the patterns; read
                         after our own triggers, which win; only with NEWSGRAPH_EVENTS_CAMEO=1 (off by default)
  events_governors.tsv   words that make an event planned / proposed / possible / negated (effect, mode)
  events_cues.tsv        words with a role: speech, disapprove, obligation, existence, precondition, modality, light,
                         adjunct, quantity, fixed
  events_metonyms.tsv    seats of government acting as their state ("Kyiv" -> Ukraine)
  events_agent_nouns.txt head nouns of actor phrases that no entity covers
  events_demonyms.tsv    (Russian) nationality adjectives for role descriptions
  events_nonpolitical.tsv, events_patient_nouns.txt, events_undergo_verbs.txt   (English) see nonpolitical.py
  speech_verbs.txt       the reporting verbs shared with the quotes

A file a language lacks is read from the language it borrows from (Ukrainian: Russian), as the language table says.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

from .. import rules
from .codebook import TYPES, Trig

CAMEO_ENV = "NEWSGRAPH_EVENTS_CAMEO"
NONPOLITICAL_KINDS = ("sport", "match", "contest", "measure", "unit", "show", "win", "election", "verbal", "forum",
                      "harm", "idea", "problem", "party", "rally", "campaign", "cause", "sourcing", "answer",
                      "electorate")


def norm(s: str) -> str:
    """A lexicon key: stripped, lower case, ё as е."""
    return s.strip().lower().replace("ё", "е")


@dataclass
class Lexicon:
    lang: str
    verbs: dict = field(default_factory=dict)           # lemma -> Trig
    verb_args: dict = field(default_factory=dict)       # (verb lemma, argument lemma) -> Trig
    verb_agent_obj: dict = field(default_factory=dict)  # verb lemma -> Trig when its object names someone
    verb_recipient: dict = field(default_factory=dict)  # verb lemma -> Trig when a dative names someone
    nouns: dict = field(default_factory=dict)           # lemma -> Trig
    noun_mods: dict = field(default_factory=dict)       # (modifier lemma, noun lemma) -> Trig
    governors: dict = field(default_factory=dict)       # lemma -> (effect, mode)
    cues: dict = field(default_factory=dict)            # lemma -> role
    metonyms: dict = field(default_factory=dict)        # seat of government (lower case) -> state
    agents: frozenset = frozenset()                     # head nouns of actor phrases that no entity covers
    speech: frozenset = frozenset()                     # reporting verbs (speech_verbs.txt + "speech" cues)
    pattern_verbs: frozenset = frozenset()              # verbs of the verb + argument patterns
    demonyms: dict = field(default_factory=dict)        # nationality adjective -> (country, role-word stems)
    nonpolitical: dict = field(default_factory=dict)    # kind (NONPOLITICAL_KINDS) -> words
    patient_nouns: frozenset = frozenset()              # nominal triggers whose possessor undergoes them
    undergo: frozenset = frozenset()                    # verbs whose subject undergoes the nominal they govern
    ending: frozenset = frozenset()                     # verbs that end the nominal act they govern
    cameo_verbs: dict = field(default_factory=dict)     # CAMEO bare verb lemma -> Trig
    cameo_phrasal: dict = field(default_factory=dict)   # CAMEO multi-word verb (verb, particle) -> Trig
    cameo_blocks: dict = field(default_factory=dict)    # verb lemma -> the CAMEO synonym blocks it belongs to
    cameo_coded: set = field(default_factory=set)       # (verb, block): the block codes the verb itself
    cameo_patterns: dict = field(default_factory=dict)  # block -> [(argument words, Trig)], most specific first
    synsets: dict = field(default_factory=dict)         # "&name" -> frozenset of lemmas

    def kind(self, name: str) -> frozenset:
        return self.nonpolitical.get(name, frozenset())


def _has(lang: str, name: str) -> bool:
    try:
        rules.path(lang, name, ".tsv" if name.endswith(".tsv") else ".txt")
        return True
    except rules.RuleFileError:
        return False


def _source(lang: str, name: str) -> str:
    """The language whose file ``name`` is read: ``lang``'s own, else the one it borrows from."""
    from ..languages import data_fallback
    if _has(lang, name):
        return lang
    other = data_fallback(lang)
    return other if other and _has(other, name) else lang


def _table(lang: str, name: str):
    return rules.table(_source(lang, name + ".tsv"), name)


def _words(lang: str, name: str):
    return rules.words(_source(lang, name + ".txt"), name)


def _add_trigger(lex: Lexicon, pattern: str, t: Trig, either_order: bool) -> None:
    if pattern.startswith("n:"):
        words = pattern[2:].split()
        if len(words) == 1:
            lex.nouns[words[0]] = t
        else:
            lex.noun_mods[(words[0], words[-1])] = t
            if either_order:  # Russian word order is free: "переговоры мирные" as "мирные переговоры"
                lex.noun_mods.setdefault((words[-1], words[0]), t)
        return
    words = pattern.split()
    if len(words) == 2 and words[1] == "@someone":
        lex.verb_agent_obj[words[0]] = t
    elif len(words) == 2 and words[1] == "@recipient":
        lex.verb_recipient[words[0]] = t
    elif len(words) == 1:
        lex.verbs[words[0]] = t
    else:
        lex.verb_args[(words[0], words[-1])] = t


def _type(lang: str, name: str, typ: str, what: str) -> str:
    typ = typ.strip().upper()
    if typ != "-" and typ not in TYPES:
        raise ValueError(f"lang/{lang}/{name}.tsv: unknown PLOVER type {typ!r} for {what!r}")
    return typ


def triggers(lang: str):
    """(pattern, Trig) of ``lang``'s event_triggers.tsv, every type checked against the codebook."""
    out = []
    for row in _table(lang, "event_triggers"):
        pattern = norm(row[0])
        typ = _type(lang, "event_triggers", row[1] if len(row) > 1 else "", pattern)
        mode = (row[2].strip() or None) if len(row) > 2 else None
        source = (row[3].strip() or "ours") if len(row) > 3 else "ours"
        out.append((pattern, Trig(typ, mode, pattern, source)))
    return out


def _cameo(lex: Lexicon, lang: str) -> None:
    """The CAMEO verb dictionary as converted (see the module docstring). A verb CAMEO codes differently in two of
    its blocks gets no bare type (it is ambiguous); its blocks' patterns still apply."""
    bare: dict = {}
    for row in rules.table(lang, "event_cameo_verbs"):
        verb, block, typ, mode, need, source = (list(row) + [""] * 6)[:6]
        words = verb.split()
        if len(words) == 1:  # a multi-word verb ("take away") gives its first word no block's patterns
            lex.cameo_blocks.setdefault(verb, [])
            if block not in lex.cameo_blocks[verb]:
                lex.cameo_blocks[verb].append(block)
        if not typ:
            continue
        lex.cameo_coded.add((verb, block))
        t = Trig(_type(lang, "event_cameo_verbs", typ, verb), mode or None, verb, source, need or "dyad", True)
        if len(words) > 1:
            lex.cameo_phrasal.setdefault((words[0], words[-1]), t)
        else:
            bare.setdefault(verb, []).append(t)
    for verb, ts in bare.items():
        if len({(t.type, t.mode) for t in ts}) == 1:
            lex.cameo_verbs[verb] = ts[0]
    for row in rules.table(lang, "event_cameo_synsets"):
        lex.synsets.setdefault(row[0], set()).add(row[1])
    lex.synsets = {k: frozenset(v) for k, v in lex.synsets.items()}
    for row in rules.table(lang, "event_cameo_patterns"):
        block, args, typ, mode, need, source = (list(row) + [""] * 6)[:6]
        t = Trig(_type(lang, "event_cameo_patterns", typ, f"{block} {args}"), mode or None, f"{block} {args}",
                 source, need or "actor", True)
        lex.cameo_patterns.setdefault(block, []).append((tuple(args.split()), t))
    for pats in lex.cameo_patterns.values():
        pats.sort(key=lambda p: -len(p[0]))


@lru_cache(maxsize=None)
def lexicon(lang: str = "en") -> Lexicon:
    lex = Lexicon(lang)
    either_order = lang != "en"
    for pattern, t in triggers(lang):
        _add_trigger(lex, pattern, t, either_order)
    for row in _table(lang, "events_governors"):
        lex.governors[norm(row[0])] = (row[1].strip(), (row[2].strip() or None) if len(row) > 2 else None)
    for row in _table(lang, "events_cues"):
        lex.cues[norm(row[0])] = row[1].strip()
    for row in _table(lang, "events_metonyms"):
        lex.metonyms[norm(row[0])] = row[1].strip()
    lex.agents = frozenset(norm(w) for w in _words(lang, "events_agent_nouns"))
    lex.speech = frozenset({norm(w) for w in _words(lang, "speech_verbs")} |
                           {k for k, v in lex.cues.items() if v == "speech"})
    lex.pattern_verbs = frozenset(v for v, _ in lex.verb_args)
    if _has(_source(lang, "events_demonyms.tsv"), "events_demonyms.tsv"):
        for row in _table(lang, "events_demonyms"):
            stems = tuple(norm(x) for x in (row[2] if len(row) > 2 else "").split(",") if x.strip())
            lex.demonyms[norm(row[0])] = (row[1].strip(), stems)
    if _has(lang, "events_nonpolitical.tsv"):
        _nonpolitical(lex, lang)
    if _has(lang, "event_cameo_verbs.tsv") and cameo_enabled():
        _cameo(lex, lang)
    return lex


def cameo_enabled() -> bool:
    """Whether the CAMEO entries are read: off by default, ``NEWSGRAPH_EVENTS_CAMEO=1`` reads them after our own
    triggers. Off because, measured once on the half of gsr-dev kept unread, they cost one AGREE (macro-F1 0.878
    against 0.882 without them) and gained nothing on the worked half or the real-page passages (README, events)."""
    return os.environ.get(CAMEO_ENV, "0").strip().lower() in ("1", "yes", "true", "on")


def _nonpolitical(lex: Lexicon, lang: str) -> None:
    kinds: dict = {}
    for row in rules.table(lang, "events_nonpolitical"):
        if len(row) < 2 or row[0] not in NONPOLITICAL_KINDS:
            raise ValueError(f"events_nonpolitical.tsv: bad row {row!r} (kind must be {'|'.join(NONPOLITICAL_KINDS)})")
        kinds.setdefault(row[0], set()).add(row[1].lower())
    lex.nonpolitical = {k: frozenset(v) for k, v in kinds.items()}
    lex.patient_nouns = rules.words(lang, "events_patient_nouns")
    lex.undergo = rules.words(lang, "events_undergo_verbs")
    lex.ending = rules.words(lang, "events_ending_verbs")
