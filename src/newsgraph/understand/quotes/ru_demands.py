"""Demands and requests carried by a noun after "с" (a mixin of ``ru.RussianQuotes``, round 17): "Жители вышли на
митинг с требованием отставки губернатора", "Профсоюз обратился к правительству с просьбой отложить повышение
налогов", "акция с призывом «…»". What is demanded (the noun's genitive or infinitive, to the end of its clause) is
the content, as the ru-attr guidelines count demands; the speaker is the subject of the verb the phrase hangs on, none
when it hangs on a noun of protest ("митинги с требованием отставки"). Read only when the phrase hangs on a verb of
appealing or coming out or on a noun of protest (words.tsv demand_hosts, demand_nouns): "в соответствии с
требованиями закона" and "согласился с требованием" demand nothing."""
from __future__ import annotations

import re

from .. import rules
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE
from .ru_light_verbs import LightVerbReaders
from .ru_more import _CLAUSE_CUT
from .ru_relative import _document_nouns
from .ru_stance import outside_marks


_ABOUT = re.compile(r"на\s+(то\s*,\s*(?:что|чтобы)\s+)?")  # a complaint's topic ("на то, что …")


class DemandReaders(LightVerbReaders):
    def _demand_phrase(self, ss: int, se: int) -> None:
        """Priority 4.7: any other reading of the passage first."""
        text, toks = self.text, self.an.toks
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        nouns, hosts = rules.wordset("ru", "demand_nouns"), rules.wordset("ru", "demand_hosts")
        for t in self.tokens_from(ss):  # (the sentence's tokens: review r17)
            if t.start >= end:
                break
            if t.start < ss or t.lemma not in nouns or t.pos != "NOUN" or \
                    (t.feats or {}).get("Case") != "Ins" or any(o <= t.start < c for o, c in self.pairs):
                continue
            if not re.search(r"(?:^|\s)со?\s+$", text[max(ss, t.start - 4):t.start], re.IGNORECASE):
                continue
            host = self._demand_host(t, hosts)
            if host is None or self._intended(host):
                continue  # ("намерены обратиться в суд с требованием …": a demand yet to be made, r23)
            cs = t.end + len(text[t.end:end]) - len(text[t.end:end].lstrip())
            on = _ABOUT.match(text, cs, end) if t.lemma in rules.wordset("ru", "complaint_nouns") else None
            if t.lemma in rules.wordset("ru", "complaint_nouns") and (
                    on is None or not on.group(1) and not self._to_authority(host)):
                continue  # ("с жалобой на …": what it is about, after "на", r25; to a body, not a doctor: review)
            cs = on.end() if on else cs
            cut = outside_marks(_CLAUSE_CUT, text, cs, end, self.pairs)
            ce = end if on and on.group(1) else self._coordinated_cut(cs, cut.start() if cut else end)
            fin = next((x for x in toks if cs < x.start < ce and (x.feats or {}).get("VerbForm") == "Fin"), None)
            ce = fin.start if fin is not None and not (on and on.group(1)) else ce  # ("Митинги с требованием
            ce = cs + len(text[cs:ce].rstrip(" ,"))  # отставки длились неделями"; not a clause "на то, что …")
            first = self.an.tok_at_start.get(cs)
            if first is None or len(text[cs:ce].split()) < 2 and text[cs:cs + 1] not in OPEN_CLOSE or not on and \
                    (first.feats or {}).get("Case") not in ("Gen", None) and \
                    (first.feats or {}).get("VerbForm") != "Inf" and text[cs:cs + 1] not in OPEN_CLOSE:
                continue  # (what is demanded: a genitive, an infinitive or words in marks)
            if t.lemma in rules.wordset("ru", "offer_nouns") and (first.feats or {}).get("VerbForm") != "Inf":
                continue  # ("с предложением цены": an offer; "с предложением продлить …" proposes, r23)
            speaker = None
            if host.pos in ("VERB", "AUX") and any(toks[c].dep.startswith("nsubj") for c in host.children):
                speaker = self.verb_subject_speaker(host, ss)  # (ru_statements.py: "Жители вышли …")
                if speaker is None:
                    continue  # (a subject the readers cannot name: no guess)
            elif host.pos == "NOUN" and host.lemma in _document_nouns():  # ("направил письмо с просьбой …": who
                speaker = self.document_issuer(host, ss)  # sent it, ru_relative.py, r22)
            kind = "mixed" if any(ch in text[cs:ce] for ch in OPEN_CLOSE) else "indirect"
            self.add(4.7, kind, cs, ce, speaker, "с " + t.text, self.outlets_in(ss, se, speaker), (ss, se))
        self._light_verb_frame(ss, se)  # (ru_light_verbs.py: "дал обещание …", "выдвинул требование …", r28)

    def _demand_host(self, t, hosts):
        """The verb or protest noun the demand phrase hangs on (its head, or the head's head through a noun:
        "вышли на митинг с требованием"), else None."""
        toks, k, seen = self.an.toks, t.head, 0
        while k != t.i and seen < 2:
            h = toks[k]
            if h.lemma in hosts:
                return h
            if h.pos != "NOUN" or h.head == k:
                return None
            k, seen = h.head, seen + 1
        return None

    def _intended(self, host) -> bool:
        """An infinitive host governed by a word of intention (words.tsv intent_words: "намерены обратиться")."""
        if (host.feats or {}).get("VerbForm") != "Inf" or host.head == host.i:
            return False
        return self.an.toks[host.head].lemma in rules.wordset("ru", "intent_words")

    def _to_authority(self, host) -> bool:
        """Does the verb a complaint hangs on (or the verb over its noun: "направили в суд иск с жалобой") address
        an authority, "в"/"к" and a noun of words.tsv ``complaint_addressees`` or a named body (ORG, GPE)?
        "обратились в прокуратуру с жалобой на управляющую компанию", not "обратилась в больницу с жалобой на боль
        в груди" (r25 review)."""
        toks, bodies = self.an.toks, rules.wordset("ru", "complaint_addressees")
        for v in (host, toks[host.head]):
            for c in v.children:
                x = toks[c]
                if x.pos not in ("NOUN", "PROPN") or not any(toks[k].low in ("в", "во", "к", "ко") and
                                                            toks[k].dep == "case" for k in x.children):
                    continue
                if x.lemma in bodies or self.an.mentions_in(x.start, x.end, ("ORG", "GPE")):
                    return True
        return False
