"""What a speaker commented on (a mixin of ``ru.RussianQuotes``, round 36, ruweb36b):

  Песков прокомментировал присутствие иностранной прессы на пресс-конференции.
  Захарова прокомментировала «Известиям» планы Украины по внесению резолюции, а также призвала …

A comment on a thing reports that the speaker spoke about it: its object is the content, as the written set (w326,
w451) and the round-35 web gold mark it ("прокомментировала заявление министра …"). Briefing reports print it
constantly, and only the "о …" inside such an object was read ("прокомментировала сообщения о назначении" gave
"назначении"). The object is the verb's "obj" phrase as parsed, after a dative addressee the verb may take first
("прокомментировал журналистам / «Известиям» / РИА Новости": whom he told, never what); past forms only (words.tsv
``comment_verbs``: what was said, not what may be). Not: a pronoun object pointing back ("прокомментировал это"), a
lifeless subject ("Матч прокомментировал …" has the commentator after the verb: no object read), a cue inside a
quotation or a content already read.
"""
from __future__ import annotations

from .. import rules
from ..doc import subtree
from .ru_medium import toks_in
from .ru_stance import _Cue


class CommentedObjects:
    """Readers over ``self.text``, ``self.an``, ``self.pairs``, ``self.found`` and ``add`` of ``RussianQuotes``."""

    def _commented(self, ss: int, se: int) -> None:
        """The object of a past comment verb in sentence [ss, se) (see the module). Priority 4.5, as objects."""
        verbs = rules.wordset("ru", "comment_verbs")
        for t in toks_in(self.an, ss, se):
            if t.text.lower() not in verbs or any(o <= t.start < c for o, c in self.pairs) or \
                    any(q.start <= t.start < q.end for _, q in self.found) or self._lifeless_subject(t.start):
                continue
            obj = next((self.an.toks[c] for c in t.children if self.an.toks[c].dep == "obj" and
                        self.an.toks[c].start > t.end), None)
            if obj is None or obj.pos not in ("NOUN", "PROPN"):
                continue  # (no object, or "это" pointing back)
            sub = subtree(self.an.toks, obj.i)
            cs, ce = self.an.toks[sub[0]].start, min(self.an.toks[sub[-1]].end, se)
            ce = self._before_next_act(cs, ce)
            ce = cs + len(self.text[cs:ce].rstrip(" ,;—–-"))  # (", а также призвала …": a second act, its own cue)
            cs = max(cs, self._past_addressee(t, obj))
            cue = _Cue(self.text, t.start, t.end)
            speaker = self.speaker_in(ss, t.start, cue, self.quoted, t.start, prefer_last=True)
            if speaker is None or ce <= cs:
                continue
            self.add(4.5, "indirect", cs, ce, speaker, cue.group(), self.outlets_in(ss, se, speaker), (ss, se))

    def _past_addressee(self, verb, obj) -> int:
        """Where the object starts past a dative addressee between the verb and it (a noun in the dative, an outlet
        or a body named there), else the verb's end."""
        pos = verb.end
        for m, _ in self.an.mentions_in(verb.end, obj.start, ("ORG", "MEDIA", "PERSON")):
            pos = max(pos, m.end + (1 if self.text[m.end:m.end + 1] in "»\"“" else 0))
        for x in toks_in(self.an, verb.end, obj.start):
            if (x.feats or {}).get("Case") == "Dat" and x.pos in ("NOUN", "PROPN", "PRON"):
                pos = max(pos, x.end)
        return pos

    def _before_next_act(self, cs: int, ce: int) -> int:
        """Where the object ends before a comma that opens another act of the speaker ("…, а также призвала …": a
        finite verb after the comma and its conjunctions, words.tsv ``act_links``); a relative clause's verb ("…, в
        котором Лондон выразил …") is the object's own."""
        links = rules.wordset("ru", "act_links")
        toks = toks_in(self.an, cs, ce)
        for k, t in enumerate(toks):
            if t.text != "," or any(o <= t.start < c for o, c in self.pairs):
                continue
            nxt = next((x for x in toks[k + 1:] if x.text.lower() not in links), None)
            if nxt is not None and nxt.pos in ("VERB", "AUX") and (nxt.feats or {}).get("VerbForm") == "Fin":
                return t.start
        return ce
