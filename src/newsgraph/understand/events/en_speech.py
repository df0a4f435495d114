"""English events carried by a speech act (a mixin of the English reader, en.py): blame inside what a speaker says
about another actor (ACCUSE), an obligation laid on another actor (REQUEST), a political act the speaker rules out
("... is out of the question": REJECT). Cue words: ``lang/en/events_cues.tsv``."""
from __future__ import annotations

from .base import Cand
from .codebook import Trig
from .en_args import dedupe, expand, is_pronoun, resolve, same_ref, subjects, targets_of


class SpeechEvents:
    """Speech-borne events of the English reader (uses its ``doc``, ``view`` and ``lex``)."""

    def speech_events(self, by_tok):
        """Events carried by a speech act: blame inside what a speaker says about another actor (ACCUSE), an
        obligation laid on another actor (REQUEST)."""
        view = self.view
        out = []
        sv = self.lex.speech
        cues = self.lex.cues
        for tok in self.doc:
            if tok.pos_ not in ("VERB",) or not (tok.lower_ in sv or tok.lemma_.lower() in sv):
                continue
            comps = [c for c in tok.children if c.dep_ == "ccomp"]
            if not comps:
                continue
            subs, _ = subjects(tok, view)
            if not subs:
                continue
            speaker = dedupe([resolve(s, view, want_actorlike=True) for s in subs])
            if not speaker:
                continue
            for comp in comps:
                sub = list(comp.subtree)
                inner_subs = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
                blame = next((t for t in sub if cues.get(t.lemma_.lower()) == "disapprove"
                              and not any(ch.dep_ == "neg" for ch in t.head.children)), None)
                made = None
                if blame is not None:
                    tgt = []
                    for t in [blame] + inner_subs:
                        for ch in t.children:
                            if ch.dep_ == "poss":
                                r = resolve(ch, view, allow_phrase=False)
                                if r is not None:
                                    tgt.append(r)
                    made = Cand(blame, Trig("ACCUSE", "disapprove", blame.lemma_), "ACCUSE", "disapprove",
                                speaker, [t for t in dedupe(tgt) if not any(same_ref(t, s) for s in speaker)],
                                None, "asserted", comp, view.seg[comp.i])
                elif self._rules_out(comp):
                    made = self._rejection(comp, speaker, by_tok)
                else:
                    oblig = [c for c in comp.children if c.dep_ == "aux" and cues.get(c.lower_) == "obligation"]
                    if oblig and inner_subs and not any(is_pronoun(s) for s in inner_subs):
                        tgt = dedupe([resolve(s, view, want_actorlike=True) for s in expand(inner_subs[0])])
                        if tgt and not any(same_ref(t, s) for t in tgt for s in speaker):
                            made = Cand(oblig[0], Trig("REQUEST", None, oblig[0].lower_), "REQUEST", None,
                                        speaker, tgt, None, "asserted", comp, view.seg[comp.i])
                if made is not None:
                    if any(ch.dep_ == "neg" for ch in tok.children):
                        made.factuality = "negated"
                    made.trigger_text = f"{tok.text} ... {made.tok.text}"
                    out.append(made)
                    for t in sub:  # what the speech act already says
                        o = by_tok.get(t.i)
                        if o is not None:
                            o.absorbed = True
        return out

    def _rules_out(self, comp) -> bool:
        """Is the predicate of clause ``comp`` a phrase that rules its subject out ("... is out of the question",
        "is off the table", "is not an option"; events_cues.tsv role "rejection")?"""
        phrases = [k for k, v in self.lex.cues.items() if v == "rejection"]
        a, b = comp.left_edge.i, comp.right_edge.i + 1
        words = [t.lower_ for t in self.doc[a:b]]
        for ph in phrases:
            ph = ph.split()
            for i in range(len(words) - len(ph) + 1):
                first = self.doc[a + i]
                if words[i:i + len(ph)] == ph and (first.head.i == comp.i or first.i == comp.i or
                                                   (first.dep_ == "neg" and first.head.i == comp.i)):
                    return True
        return False

    def _rejection(self, comp, speaker, by_tok):
        """The REJECT of a speaker who rules out what the clause ``comp`` is about; targets: the actors of its
        subject ("lifting the embargo on Cuba" -> Cuba). None when the subject names no actor and carries no event
        ("a price rise is out of the question" is no political rejection)."""
        view = self.view
        tgt = []
        subj = [c for c in comp.children if c.dep_ in ("nsubj", "csubj", "nsubjpass")]
        for s in subj:
            tgt.extend(targets_of(s, view, speaker)[0])
        tgt = [t for t in dedupe(tgt) if not any(same_ref(t, x) for x in speaker)]
        if not tgt and not any(t.i in by_tok for s in subj for t in s.subtree):
            return None
        return Cand(comp, Trig("REJECT", None, "ruled out"), "REJECT", None, speaker, tgt, None, "asserted", comp,
                    view.seg[comp.i])
