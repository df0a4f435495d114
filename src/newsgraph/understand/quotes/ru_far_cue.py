"""Round 34 (ru34a, issue 16): attributions in LONG news sentences, read from the sentence's punctuation and
morphology rather than from one parse arc (natasha's parse errs more the longer the sentence). Sentences written for
the tests: tests/understand/test_ru34a_long_r34.py.

  - A cue far from its "что" (``far_tail``): "Песков сказал журналистам в понедельник, комментируя публикации …
    о возможной отставке …, в том числе вице-премьеров, отвечающих за промышленность, что Кремль …". Between a cue
    and its complementiser a news sentence inserts gerund and participle phrases, relative clauses ("на котором …",
    "где …") and phrases of inclusion ("в том числе …"), each opened after a comma by its own word. When every comma
    between the cue and ", что" opens such an insertion (or goes on with one: a list inside it) and no other verb of
    saying stands between, the "что" is the cue's. Not: ", и выяснилось, что …" (a clause of its own), "…, где
    губернатор заявил, что …" (a cue in between governs it), "…, то, что …" (a demonstrative's relative).
  - A speaker in apposition after "по словам" (``apposed_holder``): "По словам губернатора Тульской области,
    секретаря генсовета партии Алексея Дюмина, школу откроют …": a second title in the genitive, ending in a person's
    name in the genitive and closed by a comma, describes the same person (an apposition agrees in case); the content
    opens after it. Not: "По словам губернатора, вице-премьер Антон Алиханов приедет …" (the nominative is the
    content's subject).
  - An inserted cue with a long speaker (``speaker_phrase_end``): "Цены, считает руководитель аналитического центра
    «Индикаторы рынка недвижимости» Олег Репченко, снижаться не будут": the inserted subject may be longer than the
    80 characters the short form allows when it is one noun phrase (no finite verb, no other cue) up to its comma.
"""
from __future__ import annotations

import re

from .. import commas, rules

_SPAN = 320  # (the farthest a cue's "что" is read: about 45 words of insertions)
_LONG_SPEAKER = 170  # (an inserted speaker with title and organisation: about 20 words)
_RELATIVE_WORDS = re.compile(r"(?:(?:[а-яё]+\s+){0,2})(?:котор[а-яё]+|где|куда|откуда|чей|чья|чьи|чье|чьё)\b",
                             re.IGNORECASE)


class FarTail:
    """A match-like tail (as ``indirect_tail`` gives) of a cue whose "что" stands far: ``group("mid")`` the cue's
    own words up to the first insertion, ``end()`` the offset after the complementiser, both relative to the cue's
    end."""

    def __init__(self, text: str, own_end: int, end: int):
        self._text, self._own_end, self._end = text, own_end, end

    def group(self, name=0):
        return self._text[:self._own_end] if name == "mid" else self._text[:self._end]

    def end(self, name=0):
        return self._own_end if name == "mid" else self._end

    def start(self, name=0):
        return 0


class FarCues:
    """Mixin of quotes/ru.py ``RussianQuotes``: readings of long sentences that do not hang on one parse arc."""

    def _insertion_at(self, pos: int, end: int) -> str | None:
        """What the words at ``pos`` (after a comma) open: "relative" (a relative word, with up to two words before
        it: "на котором", "в ходе которого"; its clause has a verb of its own), "clause" (a subordinating conjunction:
        words.tsv ``subordinate_openers``, "когда заседание заканчивалось"; a verb of its own too), "phrase" (a gerund
        or a participle, an inclusion or a parenthetical: words.tsv ``insertion_openers``, ``parentheticals``), else
        None."""
        text = self.text
        pos += len(text[pos:end]) - len(text[pos:end].lstrip())
        if _RELATIVE_WORDS.match(text, pos, end):
            return "relative"
        low = " ".join(text[pos:min(end, pos + 40)].lower().split())
        if any(low.startswith(w + " ") for w in rules.wordset("ru", "subordinate_openers")) and not any(
                t.lemma in rules.wordset("ru", "knowing_predicates") for t in self.tokens_from(pos) if t.start < end):
            return "clause"  # (review34a: a temporal or conditional clause is an insertion like a relative one; not
            # one whose own verb takes the "что": "когда выяснилось, что")
        if any(low == w or low.startswith(w + " ") or low.startswith(w + ",")
               for w in rules.wordset("ru", "insertion_openers") | rules.wordset("ru", "parentheticals")):
            return "phrase"
        t = next((x for x in self.tokens_from(pos) if x.pos != "PUNCT"), None)
        return "phrase" if t is not None and t.start < end and \
            (t.feats or {}).get("VerbForm") in ("Conv", "Part") else None

    def _finite_in(self, start: int, end: int) -> bool:
        return any((t.feats or {}).get("VerbForm") == "Fin" or t.pos == "AUX" and t.lemma == "быть"
                   for t in self.tokens_from(start) if t.start < end)

    def _only_insertions(self, bounds: list[int]) -> bool:
        """Whether every comma of ``bounds`` (the last bound the end) opens an insertion or goes on with one (a list
        or an apposition inside it); only a relative or a subordinate clause has a verb of its own."""
        opened = None
        for a, b in zip(bounds, bounds[1:]):
            kind = self._insertion_at(a + 1, b)
            if kind is None and opened is None or kind not in _CLAUSES and self._finite_in(a + 1, b):
                return False  # (a clause of its own: ", и выяснилось, что …", ", однако стало ясно, что …")
            opened = kind or opened
        return True

    def own_clause_between(self, lo: int, hi: int) -> bool:
        """A clause of its own between a cue (ending at ``lo``) and its "что" (``hi``): "Министр сообщил о новых
        мерах, и выяснилось, что денег нет" — the "что" is "выяснилось"'s, not the cue's. A relative or a subordinate
        clause ("когда заседание заканчивалось", "пока шли переговоры") is no clause of its own."""
        bounds = _clause_commas(self.text, lo, hi) + [hi]  # (a comma opening no verb, "заявил, конечно, что", is
        # no clause)
        return any(self._finite_in(a + 1, b) and self._insertion_at(a + 1, b) not in _CLAUSES
                   for a, b in zip(bounds, bounds[1:]))

    def far_tail(self, cm, se: int):
        """The tail of cue ``cm`` to a "что" beyond its short reach (``indirect_tail``: one comma, 80 characters),
        across insertions only (see the module's docstring); a ``FarTail`` or None."""
        text, lo = self.text, cm.end()
        hi = min(se, lo + _SPAN)
        comp = rules.lines("ru", "complementizers")
        rx = re.compile(r",\s+(?:" + "|".join(map(re.escape, comp)) + r")\s", re.IGNORECASE)
        m = next((x for x in rx.finditer(text, lo, hi) if not any(o <= x.start() < c for o, c in self.pairs)), None)
        if m is None or any(lo < o < m.start() for o, c in self.pairs if c - o > 40) or self._relative_que(m.end()):
            return None  # (a long quotation between: the "что" is in or after another's words)
        cuts = _clause_commas(text, lo, m.start())
        if not cuts or self.rr.cue.search(text, lo, m.start()):
            return None
        if self._finite_in(lo, cuts[0]):
            return None  # (the cue's own words hold no other verb)
        if not self._only_insertions(cuts + [m.start()]):
            return None
        last = text[cuts[-1] + 1:m.start()].split()
        if last and last[-1].lower() in rules.wordset("ru", "correlatives"):
            return None  # ("…, то, что …", "…, так, что …": the "что" is the demonstrative's)
        return FarTail(text[lo:], cuts[0] - lo, m.end() - lo)

    def _relative_que(self, pos: int) -> bool:
        """Is the "что" ending before ``pos`` the subject of the verb right after it, a neuter singular past ("…, что
        вызвало возмущение", "что стало возможным")? Then it is the relative of the whole clause before it, the
        writer's comment, no cue's content (review34a)."""
        t = next((x for x in self.tokens_from(pos) if x.pos != "PUNCT"), None)
        f = (t.feats or {}) if t is not None else {}
        return t is not None and t.pos in ("VERB", "AUX") and f.get("Gender") == "Neut" and \
            f.get("Number") == "Sing" and f.get("Tense") == "Past"

    def apposed_holder(self, who_s: int, who_e: int, cs: int, ce: int) -> tuple[int, int]:
        """ "По словам губернатора области, секретаря генсовета партии Алексея Дюмина, …": when the words after the
        phrase's comma (``cs``) up to the next comma are a genitive title ending in a person's genitive name, and
        the phrase's own words named no person, that apposition is part of who speaks: (who's end, content's
        start) moved past it; else (``who_e``, ``cs``)."""
        nxt = commas.find(self.text, cs, min(ce, cs + 160))
        if nxt < 0 or self.an.mentions_in(who_s, who_e):
            return who_e, cs
        toks = [t for t in self.tokens_from(cs) if t.start < nxt and t.pos != "PUNCT" and  # (a «named» body keeps
                not any(o < t.start < c for o, c in self.pairs)]  # its nominative: "партии «Единая Россия»")
        words = [t for t in toks if t.pos in ("NOUN", "PROPN", "ADJ")]
        if len(words) < 2 or not _genitive(toks[0]) or toks[0].pos != "NOUN" or \
                any((t.feats or {}).get("Case") == "Nom" and t.pos in ("NOUN", "PROPN") for t in toks) or \
                self._finite_in(cs, nxt):
            return who_e, cs
        named = [m for m, _ in self.an.mentions_in(cs, nxt)]
        if not named or self.text[named[-1].end:nxt].strip(" »\"") or self._name_goes_on(nxt + 1, ce):
            return who_e, cs  # (the apposition ends in the person's name)
        return nxt, nxt + 1

    def _name_goes_on(self, pos: int, end: int) -> bool:
        """Does the stretch after the apposition's comma (``pos``) open, past adverbs, with a participle or a
        "который" (review34a: "По словам прокурора, подсудимого Ивана Сидорова, ранее судимого за кражу,
        приговорили …")? Then the genitive name goes on being described: it is the fronted accusative object of the
        content's verb ("Сидорова приговорили"), not the speaker's apposition."""
        t = next((x for x in self.tokens_from(pos) if x.start < end and x.pos not in ("PUNCT", "ADV")), None)
        return t is not None and t.start < end and \
            ((t.feats or {}).get("VerbForm") == "Part" or t.lemma == "который")

    def relative_clause_speaker(self, cm, clause_start: int):
        """ "… после обращения жителей Новосибирска, которые пожаловались на то, что …": a cue whose subject is a
        nominative relative "который" right after a comma and before it (adverbs aside) speaks for the relative's
        antecedent (ru_relative.py ``relative_antecedent``: agreeing in number), found by the punctuation, not the
        parse arc (a long sentence's parse hangs the cue on the main verb and its subject). A Ref or None. Not "…, в
        котором говорится" (no subject: ru_relative.py reads documents)."""
        toks = [t for t in self.tokens_from(max(clause_start, cm.start() - 60)) if t.start < cm.start()]
        k = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].text == ","), None)
        if k is None or k + 1 >= len(toks):
            return None
        rel, between = toks[k + 1], toks[k + 2:]
        if rel.lemma != "который" or (rel.feats or {}).get("Case") != "Nom" or \
                any(t.pos not in ("ADV", "PART") for t in between):
            return None
        return self.relative_antecedent(rel.start, clause_start)

    def speaker_phrase_end(self, pos: int, end: int) -> int:
        """The comma closing an inserted cue's subject that runs past the short reach: one noun phrase (no finite
        verb, no cue) up to a comma within ``_LONG_SPEAKER`` characters of ``pos``; else -1."""
        c2 = commas.find(self.text, pos, min(end, pos + _LONG_SPEAKER))
        if c2 < 0 or self._finite_in(pos, c2) or self.rr.cue.search(self.text, pos, c2) or \
                not self.an.mentions_in(pos, c2):
            return -1
        return c2


_CLAUSES = ("relative", "clause")  # (insertions with a verb of their own)


def _genitive(t) -> bool:
    """A genitive, or the accusative an animate noun shares its form with ("секретаря": the tagger takes either)."""
    f = t.feats or {}
    return f.get("Case") == "Gen" or f.get("Case") == "Acc" and f.get("Animacy") == "Anim"


def _clause_commas(text: str, lo: int, hi: int) -> list[int]:
    """The clause commas of ``text[lo:hi]`` outside «» marks."""
    out, depth = [], 0
    for i in range(lo, hi):
        ch = text[i]
        depth += ch in "«„“" and 1 or 0
        depth -= ch in "»”" and depth > 0 and 1 or 0
        if ch == "," and depth == 0 and not commas.in_number(text, i):
            out.append(i)
    return out
