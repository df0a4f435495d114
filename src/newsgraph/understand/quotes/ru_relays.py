"""An outlet's report of another attribution (a mixin of ``ru.RussianQuotes``, r19): "Министерство заявило, что …,
сообщает France-Presse", "Как пишет «Gzt.Ru», прокуратура передала дело в суд", "«…», — намекнул Товпинец, которого
цитирует РБК". The outlet relays what someone said: the record keeps the speaker's quote (the outlet its
``reported_by``) and adds the outlet's own report of it, whose text is the speaker's attribution as the outlet
gives it (from the speaker named in the sentence to the end of what was said; the quotation alone for a direct
quote). The ru-attr guidelines, as PolNeAR's, count an outlet's report of an attribution as an attribution of its
own (``# E<n> reports: E<m>``). Only an outlet credited by a verb or phrase of relaying (words.tsv ``relay_verbs``:
"сообщает", "передаёт", "пишет", "цитирует", "по сведениям"), not one that was told ("в интервью «Известиям»") or
cited as a source ("со ссылкой на")."""
from __future__ import annotations

import re

from ...record import Quote, Ref
from .. import rules

class RelayReaders:
    """Readers over ``self.text``, ``self.an`` of ``RussianQuotes``."""

    def relays(self, kept: list[Quote]) -> list[Quote]:
        """``kept`` with, after each quote an outlet relays, that outlet's report of it; numbered in text order."""
        out = list(kept)
        for q in kept:
            for r in q.reported_by:
                if r.mention is None or q.start <= r.mention.start < q.end or not self._relaying(r) or \
                        any(_gap(k, r) < _gap(q, r) for k in kept if k is not q and self._same_sentence(k, r)):
                    continue  # (an outlet credited nearer another quote of its sentence relays that one)
                if q.speaker is not None and q.speaker.entity is not None and q.speaker.entity == r.entity:
                    continue
                start = self._relayed_start(q)
                text = self.text[start:q.end] if q.kind != "direct" and start < q.start else q.text
                out.append(Quote("", q.kind if start == q.start else "indirect", text,
                                 speaker=Ref(r.entity, r.name, r.mention), cue=self._relay_word(r),
                                 start=start if q.kind != "direct" else q.start, end=q.end, date=q.date))
        out.sort(key=lambda q: (q.start, q.end))
        for k, q in enumerate(out, 1):
            q.id = f"q{k}"
        return out

    def _same_sentence(self, q: Quote, r: Ref) -> bool:
        ss, se = next(((a, b) for a, b in self.an.sents if a <= r.mention.start < b), (0, 0))
        return q.start < se and ss < q.end

    def _relay_word(self, r: Ref) -> str | None:
        toks = self._relay_tokens(r)
        return " ".join(t.low for t in toks) if toks else None

    def _relaying(self, r: Ref) -> bool:
        return bool(self._relay_tokens(r))

    def _relay_tokens(self, r: Ref) -> list:
        """The relaying word right before the outlet's mention, past its kind and marks ("сообщает France-Presse",
        "как передала радиостанция «Маяк»", "которого цитирует РБК", "По сведениям AP"), in the same sentence; []
        when the outlet is credited otherwise."""
        s = r.mention.start
        ss = next((a for a, b in self.an.sents if a <= s < b), 0)
        before = [t for t in self.an.toks if ss <= t.start and t.end <= s]
        kinds = rules.words("ru", "outlet_nouns")
        while before and (before[-1].pos == "PUNCT" and before[-1].text in "«„“\"" or
                          self.an._lemma(before[-1]) in kinds):
            before.pop()
        relay = rules.wordset("ru", "relay_verbs")
        if before and before[-1].lemma in relay:
            return before[-1:]
        if len(before) >= 2 and f"{before[-2].low} {before[-1].low}" in relay:
            return before[-2:]
        return []

    def _relayed_start(self, q: Quote) -> int:
        """Where the outlet's report of ``q`` starts: at the speaker's mention when it stands in the same sentence
        before what was said, outside any "по словам" phrase ("Министерство заявило, что …"); else at the content."""
        sp = q.speaker
        if sp is None or sp.mention is None or sp.mention.start >= q.start:
            return q.start
        ss = next((a for a, b in self.an.sents if a <= q.start < b), q.start)
        if sp.mention.start < ss or re.match(r"\s*по\s", self.text[ss:sp.mention.start], re.IGNORECASE) or \
                self.an.mentions_in(sp.mention.start, q.start, ("MEDIA",)):
            return q.start
        return sp.mention.start


def _gap(q: Quote, r: Ref) -> int:
    """How far the outlet's mention stands from the quote's text (0 inside it)."""
    return max(q.start - r.mention.end, r.mention.start - q.end, 0)
