"""Ukrainian events: a shallow reading of each clause over word stems (the reader of the language table's "uk" row).

natasha parses Russian only: on Ukrainian text its tokens and sentences hold, its tags are Russian guesses. So each
trigger (word stems, ``lang/uk/event_triggers.tsv``) reads its clause (the words between commas): actors are the
nearest names before it (joined by "і"/"та"; after it when none stands before: "де зустрілися Путін і Трамп"), the
target the first name after it (bare, or after з/проти/по), the place a GPE after у/в/на (after "до" for a motion
trigger); "не" before it negates, governors before it ("має намір", "планує", "може", "буде") and cues after a
nominal ("не відбулася", "можлива") set the factuality (codebook.py, with the Russian conventions). Rule files in
``lang/uk/``: event_triggers.tsv, events_governors.tsv, events_cues.tsv, events_agent_nouns.txt,
events_metonyms.tsv, events_function_words.txt.
"""
from __future__ import annotations

from functools import lru_cache

from ...record import Evidence, Mention, Ref
from .. import rules
from ..doc import Tok, norm
from .base import Cand, Reader
from .codebook import LOC_TYPES, MOTION_TYPES, RUSSIAN, dedupe, same_ref
from .lexicon import triggers
from .ru_args import GEN_IS_ACTOR, QUOTE_CHARS, NatashaTokens

UK_PREPS = rules.wordset("uk", "preps")
UK_LOC_PREPS = rules.wordset("uk", "loc_preps")
UK_WITH = rules.wordset("uk", "with")
UK_AND = rules.wordset("uk", "and")
UK_FIRST_PERSON = rules.wordset("uk", "first_person")
UK_NEG = rules.wordset("uk", "neg")
UK_NEG_DETS = rules.wordset("uk", "neg_dets")
UK_NOT_ONLY = frozenset({"лише", "тільки", "лишень", "просто"})  # "не лише переговори": no negation
UK_UNDOING = tuple(rules.wordset("uk", "undoing"))


def _undoing(word: str) -> bool:
    return word.startswith(UK_UNDOING)
UK_CONDITION = rules.wordset("uk", "condition")
UK_BREAK = rules.wordset("uk", "break")


class Stems:
    """Word-stem patterns of a lang/uk rule file: "word*" matches words beginning with "word", "word" that word;
    a two-stem pattern matches its second stem within five words after the first. Exact words are tried before
    stems, longer stems first."""

    def __init__(self, entries):
        self.pairs: list[tuple[str, str, object]] = []
        self.exact: dict[str, object] = {}
        self.prefix: list[tuple[str, object]] = []
        for pattern, value in entries:
            words = norm(pattern).split()
            if len(words) >= 2:
                self.pairs.append((words[0], words[-1], value))
            elif words[0].endswith("*"):
                self.prefix.append((words[0][:-1], value))
            else:
                self.exact.setdefault(words[0], value)
        self.prefix.sort(key=lambda x: -len(x[0]))

    @staticmethod
    def match(stem: str, word: str) -> bool:
        return word.startswith(stem[:-1]) if stem.endswith("*") else word == stem

    def single(self, word: str):
        v = self.exact.get(word)
        if v is not None:
            return v
        for stem, v in self.prefix:
            if word.startswith(stem):
                return v
        return None

    def at(self, words: list[str], j: int, end: int):
        """(value, index of the second word or None) of the pattern matching at ``words[j]``, or (None, None)."""
        for a, b, v in self.pairs:
            if self.match(a, words[j]):
                for k in range(j + 1, min(end, j + 6)):
                    if self.match(b, words[k]):
                        return v, k
        return self.single(words[j]), None


@lru_cache(maxsize=None)
def uk_rules():
    trig = []
    for pattern, t in triggers("uk"):
        noun = pattern.startswith("n:")
        trig.append((pattern[2:] if noun else pattern, (t, noun)))
    gov = [(r[0], (r[1].strip(), (r[2].strip() or None) if len(r) > 2 else None))
           for r in rules.table("uk", "events_governors")]
    cues = [(r[0], r[1].strip()) for r in rules.table("uk", "events_cues")]
    agents = [(w, True) for w in rules.lines("uk", "events_agent_nouns")]
    return Stems(trig), Stems(gov), Stems(cues), Stems(agents)




class UkrainianReader(NatashaTokens, Reader):
    """The events of one Ukrainian document (``view``: its document view, natasha tokens without lemmas;
    ``record``: the entities of natasha's Russian NER, quotes, dates)."""

    conventions = RUSSIAN

    def __init__(self, view, record, lex):
        Reader.__init__(self, record, lex)
        self.toks, self.seg, self.bounds = view.tokens, view.seg, view.segments
        self.index_mentions(record)
        self.trigs, self.govs, self.cue_stems, self.agent_stems = uk_rules()
        self.function_words = frozenset(norm(w) for w in rules.lines("uk", "events_function_words"))
        # natasha's Russian NER on Ukrainian text can swallow a clause ("Київ має намір ... з Вашингтоном"): only
        # mentions made of capitalised words are kept; a capitalised word they miss is looked up by its surface
        # among the clean mentions, else it stands as an unresolved name
        by_surface = {}
        for k, (ent, men) in list(self.tok_mention.items()):
            words = self.text[men.start:men.end].split()
            if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
                del self.tok_mention[k]
            else:
                by_surface.setdefault(norm(self.toks[k].text), (ent, men))
        for t in self.toks:
            if t.i not in self.tok_mention and self.capitalised(t):
                hit = by_surface.get(t.low)
                if hit is not None:
                    self.tok_mention[t.i] = (hit[0], Mention(t.start, t.end, t.text))

    # -- the parser's answers (base.Reader) ---------------------------------------------------------------------------
    def start(self, t) -> int:
        return t.start

    def seg_chars(self, seg: int) -> tuple[int, int]:
        a, b = self.bounds[seg]
        return self.toks[a].start, self.toks[b - 1].end

    def keep(self, c: Cand) -> bool:
        return bool(c.actors)  # a clause without a name before or after the trigger gives no candidate at all

    def capitalised(self, t: Tok) -> bool:
        """A name-like word: capitalised, and not only because it opens the sentence (unless tagged a name)."""
        if not t.text[:1].isupper() or len(t.text) < 2 or not t.text[:1].isalpha():
            return False
        first = self.bounds[self.seg[t.i]][0] == t.i or (t.i > 0 and self.toks[t.i - 1].text in QUOTE_CHARS)
        if t.low in self.function_words:
            return False
        return not first or t.pos == "PROPN" or (self.trigs.single(t.low) is None and self.govs.single(t.low) is None)

    def clause(self, j: int) -> tuple[int, int]:
        a, b = self.bounds[self.seg[j]]
        lo = j
        while lo > a and self.toks[lo - 1].low not in UK_BREAK:
            lo -= 1
        hi = j + 1
        while hi < b and self.toks[hi].low not in UK_BREAK:
            hi += 1
        return lo, hi

    def candidate_at(self, k: int) -> bool:
        t = self.toks[k]
        if t.low in UK_FIRST_PERSON:  # "Ми не будемо вести переговори", inside a quote: its speaker
            q = self.quote_at(t.start)
            return q is not None and q.speaker is not None
        if self.tok_mention.get(k) is not None:
            return self.tok_mention[k][0].type in ("PERSON", "ORG", "GPE", "LOC", "GROUP", "MEDIA", "NORP")
        if self.cue_stems.single(t.low) == "quantity":  # "тисячі людей"
            return k + 1 < len(self.toks) and self.seg[k + 1] == self.seg[k] and \
                self.agent_stems.single(self.toks[k + 1].low) is not None
        return self.agent_stems.single(t.low) is not None or (self.capitalised(t) and
                                                               self.trigs.single(t.low) is None)

    def prep_before(self, k: int) -> str | None:
        j = k - 1
        while j >= 0 and (self.toks[j].pos == "ADJ" or self.toks[j].low.isdigit()) and k - j < 3:
            j -= 1
        if j >= 0 and self.toks[j].low in UK_PREPS:
            return self.toks[j].low
        return None

    def ref_at(self, k: int):
        if self.toks[k].low in UK_FIRST_PERSON:
            return self.quote_at(self.toks[k].start).speaker
        m = self.tok_mention.get(k)
        if m is not None:
            ent, men = m
            return Ref(ent.id, ent.name, Mention(men.start, men.end, men.text))
        t = self.toks[k]
        if self.cue_stems.single(t.low) == "quantity" and k + 1 < len(self.toks):
            t = self.toks[k + 1]  # "Тисячі людей": the phrase runs to the people
            return Ref(None, self.text[self.toks[k].start:t.end], Mention(self.toks[k].start, t.end,
                                                                          self.text[self.toks[k].start:t.end]))
        start = t.start
        if k > 0 and (self.toks[k - 1].low.isdigit() or self.toks[k - 1].pos in ("NUM", "ADJ")) and \
                self.seg[k - 1] == self.seg[k]:
            start = self.toks[k - 1].start  # "26 країн", "російські війська"
        return Ref(None, self.text[start:t.end], Mention(start, t.end, self.text[start:t.end]))

    def group(self, k: int, lo: int, hi: int, step: int) -> list[int]:
        """``k`` and the names joined to it by і/та/й/comma, walking in direction ``step``."""
        out = [k]
        j = k + step
        while lo <= j < hi:
            t = self.toks[j]
            if t.low in UK_AND or t.text == ",":
                j += step
                continue
            if self.tok_mention.get(j) is not None and self.tok_mention.get(j) == self.tok_mention.get(out[-1]):
                j += step
                continue
            if self.candidate_at(j) and self.toks[j - 1 if step > 0 else j + 1].low in UK_AND | {","}:
                if self.prep_before(j) is None:
                    out.append(j)
                j += step
                continue
            break
        return out

    # -- candidates ------------------------------------------------------------------------------------------------
    def candidates(self) -> list[Cand]:
        words = [t.low for t in self.toks]
        cands = []
        last_verb = None
        j = 0
        while j < len(self.toks):
            a, b = self.bounds[self.seg[j]]
            found, partner = self.trigs.at(words, j, b)
            if found is None or found[0].type == "-" or self.agent_stems.single(words[j]) is not None:
                j += 1  # "протестувальники" names who protests: an actor, not the protest
                continue
            trig, noun = found
            lo, hi = self.clause(j)
            if noun and last_verb is not None and lo <= last_verb < j and j - last_verb <= 5:
                j += 1  # the object of a verb trigger ("координувати санкції") is part of it
                continue
            if not noun:
                last_verb = partner if partner is not None else j
            c = self._candidate(j, trig, noun, partner, lo, hi, words)
            if c.actors:
                cands.append(c)
            j = (partner + 1) if partner is not None else j + 1
        return cands

    def _candidate(self, j, trig, noun, partner, lo, hi, words) -> Cand:
        toks = self.toks
        motion = trig.type in MOTION_TYPES
        used: set[int] = {j} | ({partner} if partner is not None else set())
        loc = self._place(j, lo, hi, motion, used)
        actors_idx = self._actors(j, trig, noun, lo, hi, used)
        used.update(actors_idx)
        # targets: the first name after the trigger (bare or after з/проти/по), "між X і Y"
        targets_idx, between = [], False
        for k in range(j + 1, hi):
            if k in used or not self.candidate_at(k):
                continue
            p = self.prep_before(k)
            if p is None or p in UK_WITH or p in ("між", "между") or (p == "до" and not motion):
                targets_idx = self.group(k, j + 1, hi, 1)
                between = p in ("між", "между")
                break
        actors = dedupe([self.ref_at(k) for k in sorted(actors_idx)])
        targets = dedupe([self.ref_at(k) for k in targets_idx])
        mode = trig.mode
        if between and actors and trig.type == "CONSULT":
            mode = "mediate"
        c = Cand(toks[j], trig, trig.type, mode, self.states(actors), [], loc, "asserted", toks[j], self.seg[j], [],
                 False, toks[partner] if partner is not None else None)
        c.targets = [r for r in self.states(targets) if not any(same_ref(r, x) for x in c.actors)]
        if loc is None and mode == "visit" and targets_idx and \
                self.entity_type(toks[targets_idx[0]]) in LOC_TYPES:  # "відвідав Київ": where, and whom
            loc = c.location = self.ref_at(targets_idx[0])
        if loc is not None and mode == "visit" and not c.targets:
            c.targets = self.states([loc])
        effects, negated, conditional = self._governance(j, noun, lo, hi, words)
        self.classify(c, effects, negated, conditional)
        return c

    def _place(self, j, lo, hi, motion, used):
        """A GPE after у/в/на (до for motion) in the clause; else in the clause a "де"/"куди" hangs on."""
        toks = self.toks
        for k in range(lo, hi):
            if k in used or not (self.entity_type(toks[k]) in LOC_TYPES or (
                    self.tok_mention.get(k) is None and self.capitalised(toks[k]))):
                continue
            p = self.prep_before(k)
            if p in UK_LOC_PREPS or (motion and p == "до"):
                used.add(k)
                return self.ref_at(k)
        if lo >= 2 and toks[lo - 1].low in ("де", "куди") and self.seg[lo - 2] == self.seg[j]:
            plo, phi = self.clause(lo - 2)  # "саміт на Алясці, де зустрілися Путін і Трамп"
            for k in range(plo, phi):
                if self.entity_type(toks[k]) in LOC_TYPES or (self.tok_mention.get(k) is None and
                                                               self.capitalised(toks[k])):
                    if self.prep_before(k) in UK_LOC_PREPS:
                        return self.ref_at(k)
        return None

    def _actors(self, j, trig, noun, lo, hi, used) -> list[int]:
        """The genitive after a nominal of meeting/agreement/protest, else the nearest names before the trigger,
        else (a verb) after it."""
        if noun and trig.type in GEN_IS_ACTOR:
            k = j + 1
            if k < hi and self.candidate_at(k) and self.prep_before(k) is None:
                return self.group(k, lo, hi, 1)
        for k in range(j - 1, lo - 1, -1):
            if k not in used and self.candidate_at(k) and self.prep_before(k) is None:
                return self.group(k, lo, j, -1)
        if not noun:
            for k in range(j + 1, hi):
                if k not in used and self.candidate_at(k) and self.prep_before(k) is None:
                    return self.group(k, j + 1, hi, 1)
        return []

    def _governance(self, j, noun, lo, hi, words):
        """(effects, negated, conditional): "не" before the trigger, governors before it, an "якщо" clause, and
        the existence or modality cue after a nominal."""
        effects, negated, conditional = [], False, False
        if j > lo and words[j - 1] in UK_NEG:
            negated = True
        if noun and j - 2 >= lo and words[j - 2] in UK_NEG and words[j - 1] not in UK_NOT_ONLY and \
                not _undoing(words[j - 1]) and self.govs.at(words, j - 1, j)[0] is None:
            negated = True  # "не вестиме переговорів", "не підписала угоду" (not "не лише", "не припиняє")
        if noun and any(words[k] in UK_NEG_DETS and all(words[x] in UK_PREPS for x in range(lo, k))
                        for k in range(max(lo, j - 3), j)):
            negated = True  # "Жодних переговорів з Росією не буде" (not "не пропустив жодної зустрічі")
        k = j - 1
        while k >= lo:
            g, _ = self.govs.at(words, k, j)
            if g is not None:
                effects.append(g)
                if k > lo and words[k - 1] in UK_NEG:
                    negated = True
            if words[k] in UK_CONDITION:
                conditional = True
            k -= 1
        if any(self.toks[x].low in UK_CONDITION for x in range(self.bounds[self.seg[j]][0], lo)):
            conditional = True
        if noun:
            for k in range(j + 1, min(hi, j + 6)):
                role = self.cue_stems.single(words[k])
                if role is None:
                    continue
                neg = words[k - 1] in UK_NEG or (k > 1 and words[k - 2] in UK_NEG)
                if role == "existence" and neg:
                    negated = True
                elif role == "modality":
                    effects.append(("negated", None) if words[k].startswith("неможлив") else ("possible", None))
                break
        return effects, negated, conditional

    def trigger_text(self, c: Cand) -> str:
        if c.partner is not None:
            return self.text[c.tok.start:c.partner.end]
        return c.tok.text

    def evidence(self, c: Cand, quote=None) -> Evidence:
        a, b = self.bounds[c.seg]
        toks = self.toks
        if quote is not None:
            while a < b and toks[a].start < quote.start:
                a += 1
            while b > a and toks[b - 1].end > quote.end:
                b -= 1
            if b <= a:
                a, b = self.bounds[c.seg]
        lo, hi = a, b - 1
        while lo < hi and (toks[lo].pos == "PUNCT" or toks[lo].text in QUOTE_CHARS):
            lo += 1
        while hi > lo and (toks[hi].pos == "PUNCT" or toks[hi].text in QUOTE_CHARS):
            hi -= 1
        return Evidence(toks[lo].start, toks[hi].end, self.text[toks[lo].start:toks[hi].end])
