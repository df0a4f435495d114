"""An outlet's report of another attribution (a mixin of ``ru.RussianQuotes``; tried in r19, the convention since
r20): "Министерство заявило, что …, сообщает France-Presse", "Как пишет «Gzt.Ru», прокуратура передала дело в суд",
"«…», — намекнул Товпинец, которого цитирует РБК", "«…», — цитирует Алексея Миллера «Интерфакс»".

The convention (PolNeAR's, and the ru-attr gold's ``# E<n> reports: E<m>``): a source relaying someone's attribution
makes an attribution of its own, whose content is the relayed attribution -- what was said with its cue and its
source as the outlet gives them ("Министерство заявило, что …"; "«…», — намекнул Товпинец"). The speaker's quote stays
as it was, the outlet its ``reported_by``; the outlet's report is a second quote, its speaker the outlet, its text the
relayed attribution span (the content alone only when the sentence names neither the speaker nor the cue, as in "Как
передала радиостанция «Маяк», …. Об этом сообщил X."). Only an outlet credited by a word of relaying (words.tsv
``relay_verbs``: "сообщает", "передаёт", "пишет", "цитирует", "приводит слова", "по сведениям"), not one that was told
("в интервью «Известиям»", "рассказал «Ведомостям»") or that is cited as a source ("со ссылкой на")."""
from __future__ import annotations

from ...record import Quote, Ref
from .. import rules
from .ru_citing import CITED as _CITED, CITING_NEXT as _CITING_NEXT
from .ru_credits import credited

_OPEN, _CLOSE = "«„“\"", "»“”\""
_POSSESSIVE = {"его", "ее", "её", "их"}
_TITLE_WORDS = 5  # how many words of a title may stand between a relaying verb and the name it relays


class RelayReaders:
    """Readers over ``self.text``, ``self.an`` of ``RussianQuotes``."""

    def relays(self, kept: list[Quote]) -> list[Quote]:
        """``kept`` with, after each quote an outlet relays, that outlet's report of it; numbered in text order."""
        out = list(credited(self.an, self.text, kept))  # (which outlets credit a quote: ru_credits.py)
        for q in kept:
            for r in q.reported_by:
                if r.mention is None or q.start <= r.mention.start < q.end:
                    continue
                if q.speaker is not None and q.speaker.entity is not None and q.speaker.entity == r.entity:
                    continue
                toks = self._relay_tokens(r, q)
                if not toks:
                    continue
                if toks[0].start < r.mention.end and any(  # (the outlet the subject of this quote's verb: its own)
                        _gap(k, r) < _gap(q, r) for k in kept if k is not q and self._same_sentence(k, r)):
                    continue  # (an outlet credited nearer another quote of its sentence relays that one)
                pieces = self._relayed_span(q, r, toks)
                start, end = pieces[0][0], pieces[-1][1]
                wider = start < q.start - 1 or end > q.end + 1
                text = " ".join(self.text[a:b] for a, b in pieces)
                out.append(Quote("", "indirect" if wider else q.kind, text if wider else q.text,
                                 speaker=Ref(r.entity, r.name, r.mention), cue=self._relay_cue(toks),
                                 start=start if wider else q.start, end=end if wider else q.end, date=q.date,
                                 parts=[list(x) for x in pieces] if wider and len(pieces) > 1 else
                                 [] if wider else list(q.parts)))
        out.sort(key=lambda q: (q.start, q.end))
        for k, q in enumerate(out, 1):
            q.id = f"q{k}"
        return out

    def relay_back(self, ps: int, pe: int, ss: int, se: int, speaker) -> None:
        """ "X не исключил, что …. Об этом он заявил в интервью RMF FM, передает ИТАР-ТАСС.": an outlet relaying the
        pointer sentence ``ss:se`` relays the reading of the sentence before it (``ps:pe``) by the same speaker, which
        stands before the pointer's own reading of that sentence (r23, w411); ``relays`` keeps only outlets credited
        by a word of relaying."""
        outlets = [o for o in self.outlets_in(ss, se, speaker) if o.mention is not None]
        for _, q in self.found:
            if outlets and ps <= q.start < pe and (speaker is None or q.speaker is not None and
                                                    q.speaker.entity == speaker.entity):
                q.reported_by.extend(o for o in outlets if all(o.entity != r.entity for r in q.reported_by))

    def _sent_of(self, pos: int) -> tuple[int, int]:
        return next(((a, b) for a, b in self.an.sents if a <= pos < b), (pos, pos))

    def _same_sentence(self, q: Quote, r: Ref) -> bool:
        ss, se = self._sent_of(r.mention.start)
        return q.start < se and ss < q.end

    def _relay_cue(self, toks: list) -> str:
        """The relaying words as the cue, with the "как" that opens them ("как сообщает")."""
        words = [t.low for t in toks]
        i = self.an.toks.index(toks[0])
        if i and self.an.toks[i - 1].low == "как":
            words.insert(0, "как")
        return " ".join(words)

    def _relay_tokens(self, r: Ref, q: Quote) -> list:
        """The relaying words before the outlet's mention, past its kind, marks and the relayed speaker's name
        ("сообщает France-Presse", "как передала радиостанция «Маяк»", "которого цитирует РБК", "цитирует Алексея
        Миллера «Интерфакс»", "приводит слова Сергея Лаврова ТАСС", "По сведениям AP"), in the same sentence; []
        when the outlet is credited otherwise."""
        s = r.mention.start
        ss = self._sent_of(s)[0]
        before = [t for t in self.an.toks if ss <= t.start and t.end <= s]
        kinds = rules.words("ru", "outlet_nouns")
        sp = q.speaker.mention if q.speaker is not None else None

        def skip():
            while before and (before[-1].pos == "PUNCT" and before[-1].text in _OPEN or
                              self.an._lemma(before[-1]) in kinds):
                before.pop()
        skip()
        reporters = rules.wordset("ru", "reporter_nouns")  # ("передает корреспондент «X»": the outlet relays, r29)
        if before and before[-1].lemma in reporters:
            before.pop()
            while before and before[-1].pos == "ADJ":  # ("собственный корреспондент")
                before.pop()
        told = not (before and before[-1].pos == "ADP") and any(  # (a dative after "по" is governed: "цитата по
            (t.feats or {}).get("Case") == "Dat" for t in self.an.toks  # ТАСС", r35; its kind too: "агентству")
            if (before[-1].end if before else ss) <= t.start < r.mention.end)
        between = sp is not None and sp.end <= s and bool(before) and sp.start <= before[-1].start and \
            all(t.end <= sp.end or t.text[:1].isupper() for t in before if t.start >= sp.start) and \
            not (q.start <= sp.start < q.end)  # (with the rest of a name the tagger cut: "Хвана | Чжан Епа", r27)
        relay = rules.wordset("ru", "relay_verbs")
        if between:  # ("цитирует Хвана Чжан Епа Lenta.ru": the relayed speaker between the verb and the outlet)
            while before and before[-1].start >= sp.start:
                before.pop()
            for _ in range(_TITLE_WORDS):  # and the words that describe them ("цитирует мэра Самары Олега Лебедева
                if not before or before[-1].pos not in ("NOUN", "PROPN", "ADJ") or _relay_at(before, relay):
                    break  # РИА Новости", "приводит слова главы Минфина Рябова ТАСС": the relayed speaker's title)
                before.pop()
        after = next((t for t in self.an.toks if t.start >= r.mention.end), None)
        toks = _relay_at(before, relay, after) or self._outlet_subject(r, q, sp)
        if not toks:
            return []
        words = " ".join(t.lemma for t in toks)
        split = after is not None and f"{words} {after.lemma}" in relay  # ("приводит ТАСС слова …")
        citing = (f"{words} {after.lemma}" if split else words) in rules.wordset("ru", "citing_verbs")
        if told or not citing and q.cue and toks[-1].low in q.cue.split() and not self._source_cited(sp):
            return []  # ("X сообщил ТАСС, что …", "сообщил агентству «Интерфакс»": the outlet was told; a citing
            # verb's subject is always the outlet: "цитирует ИА Regnum Минченко"; an outlet writing "со ссылкой на"
            # its source relays it: "пишет «Коммерсантъ» со ссылкой на источник, что …", r24)
        return toks

    def _outlet_subject(self, r: Ref, q: Quote, sp) -> list:
        """The outlet as the subject of the relaying words after it (r27): a citing verb ("РИА Новости цитирует слова
        министра: «…»") or the quote's own cue after "со ссылкой на" its source ("The Wall Street Journal со ссылкой
        на источники в компании заявляет, что …"); [] otherwise."""
        se = self._sent_of(r.mention.start)[1]
        after = [t for t in self.an.toks if r.mention.end <= t.start < se and not (t.pos == "PUNCT" and t.text in
                                                                                  _CLOSE)]
        if len(after) >= 2 and after[0].lemma in rules.wordset("ru", "relay_verbs") and (
                after[0].lemma in rules.wordset("ru", "citing_verbs") or
                f"{after[0].lemma} {after[1].lemma}" in rules.wordset("ru", "citing_verbs")):
            two = f"{after[0].lemma} {after[1].lemma}" in rules.wordset("ru", "citing_verbs")
            return after[:2] if two else after[:1]
        if q.cue and after and after[0].low in q.cue.split() and after[0].end <= q.start and self._source_cited(sp):
            return after[:1]  # (the quote's cue right after the outlet, its source cited before or after them: "Со
            # ссылкой на источники «Фонтанка» пишет, что …", "«Фонтанка» пишет со ссылкой на источники, что …", r34)
        if not q.cue or not _CITING_NEXT.match(self.text, r.mention.end) or not self._source_cited(sp) or \
                sp.start < r.mention.end:
            return []
        verb = next((t for t in after if t.start >= sp.end and t.low in q.cue.split()), None)
        return [verb] if verb is not None and verb.end <= q.start else []

    def outlet_as_subject(self, cm, start: int) -> Ref | None:
        """The outlet that is the cue's own subject before it when it cites its source between them ("РБК со ссылкой
        на «Ведомости» пишет, что …": the source's words, the outlet relaying them; rufix34, review34a: speaker_in
        looks for people and bodies only), else None. Not an outlet's bare report ("РБК сообщил, что курс вырос":
        quotes-ru-dev's negative case neg-outlet-reports)."""
        t = self.an.tok_at_start.get(cm.start())
        for c in t.children if t is not None else ():
            ct = self.an.toks[c]
            if ct.dep.startswith("nsubj") and start <= ct.start < cm.start():
                for m, a in self.an.mentions_in(start, cm.start(), ("MEDIA",)):
                    cite = _CITING_NEXT.match(self.text, m.end)
                    if m.start <= ct.start < m.end and cite is not None and cite.end() < cm.start():
                        return self.an.ref(a, m.start, m.end)
        return None

    def cited_source(self, outlet: Ref, cm, comma: int) -> Ref | None:
        """Who speaks in "Как <cue> <outlet>, …" (ru_more.py ``_as_said``): an unnamed source before the outlet it
        told ("Как рассказали источники в … «Интерфаксу», …"), or the source the outlet cites right after it ("Как пишет
        «Коммерсантъ» со ссылкой на источник в правительстве, …", r27: the outlet relays it); None otherwise."""
        text = self.text
        if self.rr.anonymous.search(text, cm.end(), outlet.mention.start):
            return self.anonymous_source(cm.end(), comma)
        m = _CITING_NEXT.match(text, outlet.mention.end)
        if m is None or m.end() >= comma:
            return None
        if self.rr.anonymous.search(text, m.end(), comma) and not self.an.mentions_in(m.end(), comma, ("PERSON",)):
            return self.anonymous_source(m.end(), comma)
        named = [(x, a) for x, a in self.an.mentions_in(m.end(), comma) if a.type != "MEDIA"]
        return self.an.ref(named[0][1], named[0][0].start, named[0][0].end) if named else None

    def _source_cited(self, sp) -> bool:
        """The speaker's mention follows "со ссылкой на" (the source an outlet's verb cites, r24), maybe with up to
        three words of its body or data between ("со ссылкой на пресс-службу Минфина", "со ссылкой на данные
        Московской биржи", r27)."""
        return sp is not None and _CITED.search(self.text, max(0, sp.start - 80), sp.start) is not None

    def _relayed_span(self, q: Quote, r: Ref, toks: list) -> list[tuple[int, int]]:
        """The relayed attribution, in pieces: what was said (with its quote marks) and, where the outlet's sentence
        gives them outside the outlet's own words, its speaker's mention and its cue ("Министерство заявило, что …";
        "«…», — намекнул Товпинец"; "Японская полиция | отметила, что …" around an inserted "по данным газеты");
        the content alone where the sentence names neither."""
        text = self.text
        s, e = q.start, q.end
        if s > 0 and text[s - 1] in _OPEN:
            s -= 1
        if e < len(text) and text[e] in _CLOSE:
            e += 1
        if q.cue and q.cue.split() == [t.low for t in toks]:
            return [(s, e)]  # (the quote's cue is the outlet's own verb, "«…», — цитирует X Lenta.ru": the outlet
            # relays what was said alone, as the dev gold's "# reports:" has it; r29, newuser29)
        ss, se = self._sent_of(r.mention.start)
        lo, hi = min(ss, self._sent_of(s)[0]), max(se, e)  # ("X заявил, что …. Об этом сообщает ТАСС.")
        sp = q.speaker.mention if q.speaker is not None else None
        own_s, own_e = toks[0].start, max(r.mention.end, toks[-1].end)
        i = self.an.toks.index(toks[0])
        if toks[0].start >= r.mention.end:
            own_s = r.mention.start  # (the outlet the subject of its words: "X со ссылкой на Y заявляет, что …", r27)
        elif sp is not None and toks[-1].end <= sp.start and sp.end <= r.mention.start:
            own_s = r.mention.start  # ("«…», — цитирует Алексея Миллера «Интерфакс»": the cue and speaker relayed)
        elif sp is not None and e <= toks[0].start and r.mention.end <= sp.start < se and \
                " ".join(t.lemma for t in toks) in rules.wordset("ru", "citing_verbs"):
            return [(s, sp.end)]  # ("«…», — цитирует агентство Bloomberg главу компании X": the outlet inside)
        elif i and self.an.toks[i - 1].low in ("как", "которого", "которую", "которых", "которым"):
            own_s = self.an.toks[i - 1].start
        if own_s >= e:
            hi = own_s  # (the outlet's words after what it relays)
        elif own_e <= s:
            lo = own_e  # (the outlet's words opening the sentence, or inserted after the speaker)
        else:
            return [(s, e)]
        first = [(sp.start, sp.end)] if sp is not None and lo == own_e and ss <= sp.start and sp.end <= own_s and \
            not text[sp.end:own_s].strip(" ,—–-") else []  # ("Министр, как сообщает ТАСС, заявил, что …")
        points = []
        if sp is not None and lo <= sp.start and sp.end <= hi and not (s <= sp.start < e) and \
                not self._source_cited(sp):  # (the source the outlet cites is the outlet's words, r27)
            points += [sp.start, sp.end]
        if q.cue:
            before, after = text[lo:s].lower(), text[e:hi].lower()
            k = before.rfind(q.cue)
            if k >= 0:
                points += [lo + k, lo + k + len(q.cue)]
            k = after.find(q.cue)
            if k >= 0:
                points += [e + k, e + k + len(q.cue)]
        if not points:
            return first + [(s, e)]
        a, b = min(s, *points), max(e, *points)
        if sp is not None and a == sp.start:
            a = self._body_in_start(sp.start, lo)
        pron = [t for t in self.an.toks if b <= t.start < hi and t.start - b <= 1]
        if pron and pron[0].pos == "PRON" and b > e:
            b = pron[0].end  # ("«…», — заявил он, сообщает ТАСС": the pronoun the speaker stands for)
        return first + [(a, b)]

    def _body_in_start(self, start: int, lo: int) -> int:
        """Where a relayed speaker's mention at ``start`` begins with its preposition (r32, ru32c): an
        indefinite-personal cue's source is the body named after "в" ("В российском министерстве финансов
        утверждают, что …, передает «Интерфакс»"), and the relayed attribution is the whole "В <body> <cue>, что …",
        not one opening on a bare locative ("российском министерстве …"). A subject ("Министерство заявило …") has no
        preposition before it; ``start`` then."""
        t = self.an.tok_at_start.get(start)
        prev = self.an.toks[t.i - 1] if t is not None and t.i else None
        return prev.start if prev is not None and prev.start >= lo and prev.low in ("в", "во") and \
            not self.text[prev.end:start].strip() else start


def _relay_at(before: list, relay, after=None) -> list:
    """The relaying words ending ``before`` (one word, "сообщает", or two, "приводит слова", in either order: "его
    слова приводит ТАСС"; or the verb before the outlet and its noun after it: "приводит ТАСС слова"), else []."""
    if before and before[-1].lemma in relay:
        return before[-1:]
    if len(before) >= 2 and (f"{before[-2].low} {before[-1].low}" in relay or
                             f"{before[-2].lemma} {before[-1].lemma}" in relay or
                             f"{before[-1].lemma} {before[-2].lemma}" in relay):
        return before[-2:]
    if before and after is not None and f"{before[-1].lemma} {after.lemma}" in relay:
        return before[-1:]
    if len(before) >= 3 and before[-2].low in _POSSESSIVE and f"{before[-3].lemma} {before[-1].lemma}" in relay:
        return before[-3:]  # ("…, — приводит его слова ТАСС": whose words, between the verb and its noun, r28)
    return []


def _gap(q: Quote, r: Ref) -> int:
    """How far the outlet's mention stands from the quote's text (0 inside it)."""
    return max(q.start - r.mention.end, r.mention.start - q.end, 0)
