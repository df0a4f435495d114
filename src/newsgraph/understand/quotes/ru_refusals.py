"""Refusals to comment of Russian quotes (a mixin of ``ru.RussianQuotes``): a negated verb of disclosing or commenting
("Сумму сделки источники не раскрывают", "Губернатор не стал называть фамилии", "Приговор он комментировать не
стал") or a verb of refusing with a preposed "от" phrase of comment ("От комментариев представители фонда
отказались"), by lemma (``lang/<code>/disclosure_cues.txt``). The object, before or after the verb, is the content;
the subject the speaker. The ru-attr guidelines count refusals to comment as attributions.

Round 16: a verb of disclosing governed by a verb of refusing ("отказался уточнять, о каких суммах идет речь",
"отказался называть страны") is a refusal with no negation, its object or its indirect question the content; an
object of two coordinated verbs ("не стал ни подтверждать, ни опровергать эту информацию") is the first one's too;
rows "deny" are verbs of denying whose object, before or after them, is what is denied without a negation
("Обвинения мэр отвергает", "Компания отрицает свою причастность"): one word is enough there ("отверг обвинения"),
an object pointing back ("отверг это") is not."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
from .ru_no_object import ANAPHORIC_OBJECT as _ANAPHORIC
from .ru_more import _subtree_range
from .ru_stance import _Cue

_SUCH = re.compile(r"(?:подобн|аналогичн)\w*\s", re.IGNORECASE)
_COMMENT_NOUNS = {"комментарий", "оценка", "подробность", "деталь"}  # what a refusal "от …" refuses to give


@lru_cache(maxsize=None)
def disclosure_table(lang: str) -> dict[str, str]:
    """LEMMA -> "" (a verb of disclosing) | "refuse"; {} for a language without the list."""
    try:
        rows = rules.lines(lang, "disclosure_cues")
    except rules.RuleFileError:
        return {}
    return {r.split("\t")[0].strip(): (r.split("\t")[1].strip() if "\t" in r else "") for r in rows}


class RefusalReaders:
    """Readers over ``self.text``, ``self.an``, ``self.rr``, ``self.pairs`` and ``add`` of ``RussianQuotes``."""

    def _refusal(self, ss, se) -> None:
        table = disclosure_table(self.rr.lang)
        if not table:
            return
        toks, text = self.an.toks, self.text
        for t in [x for x in toks if ss <= x.start < se]:
            mode = table.get(t.lemma)
            if mode is None or t.pos not in ("VERB", "AUX") or any(o <= t.start < c for o, c in self.pairs) or \
                    self._inside_found(t.start):
                continue
            verb = t  # the finite verb whose subject speaks ("не стал называть": стал)
            if t.lemma not in rules.wordset(self.rr.lang, "question_disclosures") and \
                    re.match(r"\s*,\s*(?:что|чтобы|будто)\s", text[t.end:se]):
                continue  # (r28: "не стал отрицать, что …, но заверил суд …": its content is the clause, no object;
                # not "отказался уточнять, что именно …", an indirect question of what is withheld)
            if mode == "refuse":
                objs = [c for c in t.children if c < t.i and toks[c].lemma in _COMMENT_NOUNS and
                        any(toks[g].low == "от" for g in toks[c].children)]
                neg = None
            else:
                form = (t.feats or {}).get("VerbForm")
                refused = form == "Inf" and t.head != t.i and table.get(toks[t.head].lemma) == "refuse"
                if form == "Inf" and t.head != t.i and toks[t.head].lemma in ("стать", "смочь") or refused:
                    # ("не смогли подтвердить эту информацию": unable to confirm, a refusal as "не стал")
                    verb = toks[t.head]  # ("отказался уточнять …": the refusal, no negation wanted)
                elif form != "Fin":
                    continue  # ("попросил не называть его имени": a request, no refusal)
                neg = next((c for c in (*verb.children, *t.children) if toks[c].low in ("не", "ни")), None)
                objs = self._refused_objects(t, refused) or (self._refused_objects(verb, False) if verb is not t and
                                                             verb.lemma == "стать" else [])  # (r26: "Приговор
                # комментировать не стали, сославшись …": the fronted object hung by the parse on "стать")
                if verb is not t and verb.lemma == "смочь":  # "не смогли подтвердить" a report, not a hypothesis
                    objs = [c for c in objs if toks[c].lemma in rules.wordset(self.rr.lang, "reported")]
                if mode == "deny":
                    neg = t.i  # (a denial needs no negation)
                    objs = [c for c in objs if not _ANAPHORIC.fullmatch(self._span_text(c)) and
                            not _SUCH.match(self._span_text(c)) and  # ("отвергают подобный шаг": points back)
                            toks[c].lemma not in rules.wordset(self.rr.lang, "proposals") | rules.wordset(
                                self.rr.lang, "enactments")]  # ("Госдума отвергла законопроект": a decision)
                elif refused:
                    neg = neg if neg is not None else t.i
            if not objs or mode != "refuse" and neg is None or any(
                    toks[c].lemma == "никто" for c in (*verb.children, *t.children)):
                continue  # ("Официально эту информацию никто не подтвердил": nobody said anything)
            if any(toks[c].dep == "xcomp" and (toks[c].feats or {}).get("Case") == "Ins" for c in t.children):
                continue  # ("не назвал бюджет сбалансированным": no evaluation given, no refusal to disclose)
            sub = self._obj_range(objs[0]) if toks[objs[0]].dep != "ccomp" else _subtree_range(toks, objs[0])
            while sub[0] < sub[1] and toks[sub[0]].pos == "PUNCT":
                sub = (sub[0] + 1, sub[1])
            cs, ce = toks[sub[0]].start, toks[sub[1]].end
            if self._inside_found(cs):
                continue
            cue_s = toks[neg].start if neg is not None and toks[neg].start < t.start else verb.start
            label = re.sub(r"\s+", " ", text[min(cue_s, t.start):max(t.end, verb.end)])
            cm = _Cue(text, verb.start, verb.end)
            speaker = self._place_before_object(verb, ss, min(cs, t.start)) or self.place_speaker(cm, ss) or \
                self.speaker_in(ss, verb.start, cm, self.quoted, verb.start, prefer_last=True) or \
                self.subject_phrase(cm, ss)  # ("В Офисе президента от комментариев отказались": the body)
            if speaker is None or speaker.mention is not None and cs <= speaker.mention.start < ce:
                continue
            self.add(4.5, "indirect", cs, ce, speaker, label, self.outlets_in(ss, se, speaker), (ss, se))

    def _place_before_object(self, verb, ss: int, cut: int):
        """ "В министерстве приговор комментировать не стали": a plural verb with no subject, "в" and a body opening
        the sentence before the refused object or infinitive: the body (r26; not the words up to the verb)."""
        if (verb.feats or {}).get("Number") != "Plur" or cut >= verb.start or \
                any(self.an.toks[c].dep.startswith("nsubj") for c in verb.children):
            return None
        m = re.match(r"\s*[Вв]о?\s+([^,.;:«»]{2,60}?)\s*$", self.text[ss:cut])
        return self.body_at(ss + m.start(1), ss + m.end(1)) if m else None

    def _refused_objects(self, t, clause: bool) -> list[int]:
        """The object of ``t`` (a noun phrase), else of a verb coordinated with it ("ни подтверждать, ни
        опровергать эту информацию"), else, with ``clause``, its indirect question ("уточнять, о каких …")."""
        toks = self.an.toks

        def objs(v):
            return [c for c in v.children if toks[c].dep == "obj" and toks[c].pos in ("NOUN", "PROPN", "ADJ")]
        out = objs(t) or [o for c in t.children if toks[c].dep == "conj" for o in objs(toks[c])]
        return out or ([c for c in t.children if toks[c].dep == "ccomp" and c > t.i] if clause else [])

    def _span_text(self, i: int) -> str:
        a, b = self._obj_range(i)
        return self.text[self.an.toks[a].start:self.an.toks[b].end]

    def _obj_range(self, i: int) -> tuple[int, int]:
        """The object's words: its subtree, without a comma-led clause at its end."""
        from .ru_more import _subtree_range
        a, b = _subtree_range(self.an.toks, i)
        for k in range(a, b + 1):
            if self.an.toks[k].text in ",;:—–" and k > i:
                return a, k - 1
        return a, b
