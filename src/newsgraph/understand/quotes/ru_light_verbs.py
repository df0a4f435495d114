"""Promises, demands and warnings made with a light verb and a noun (a mixin of ``ru.RussianQuotes``, round 28):
"Губернатор дал обещание завершить ремонт к сентябрю", "Адвокат выдвинула требование провести повторную экспертизу",
"В клубе дали слово, что газон уложат до конца месяца", "Родители выступили с предупреждением о забастовке". The
frames are data (``lang/ru/light_verb_frames.tsv``: the noun, its light verbs, the shapes of its content), compiled
once. The content is the infinitive's phrase, the "что" clause or the topic after "о" (the "о" left out, as the gold
does); the speaker is the light verb's subject. Read among the last sentence readers (priority 4.7): any other
reading of the passage first."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE
from .ru_lead_clause import COMMA_THAT
from .ru_more import _CLAUSE_CUT, _subtree_range
from .ru_stance import _Cue, outside_marks

_AFTER_S = re.compile(r"(?:^|\s)со?\s+$", re.IGNORECASE)  # "выступил с | предупреждением"
_UNREAL = ("если", "когда", "чтобы", "ли", "бы")  # a light verb's condition, purpose or question
# a few words of the noun's own ("данные опроса", "цифры Росстата") before its clause or colon
_WHICH = re.compile(r"(?:\s+[^\s,.:;!?«»]+){0,4}?\s*,\s*(?:согласно|по)\s+которым\s+", re.IGNORECASE)
_NOMINAL = ("NOUN", "ADJ", "DET", "NUM", "PROPN")
_ABOUT_CLAUSE = re.compile(r"\s+об?\s+том\s*,\s*(?=[\w«])", re.IGNORECASE)  # "… о том, что/как/когда/ли …"
_TOPIC_PREPS = (("о", ("о", "об", "обо")), ("на", ("на",)))
_COLON = re.compile(r"(?:\s+[^\s,.:;!?«»]+){0,4}?\s*:\s+(?=[^\s«„“\"—–-])")
_ACTORS = ("PERSON", "ORG", "GPE", "MEDIA")  # mentions that name someone who may speak


@lru_cache(maxsize=None)
def light_verb_frames() -> dict[str, list[tuple[frozenset[str], frozenset[str], frozenset[str]]]]:
    """{noun lemma: [(light verbs, light verbs taking "с" + the noun, frames), …]} from light_verb_frames.tsv (a
    noun may have rows of verbs with frames of their own: "внимание" акцентировать "на", обращать "addr-на")."""
    out: dict = {}
    for noun, verbs, frames in rules.table("ru", "light_verb_frames"):
        vs = [v.strip() for v in verbs.split(",")]
        plain = frozenset(v for v in vs if not v.startswith("с:"))
        out.setdefault(noun, []).append((plain, frozenset(v[2:] for v in vs if v.startswith("с:")),
                                         frozenset(f.strip() for f in frames.split(","))))
    return out


def _in_a_work(toks, ss: int, host) -> bool:
    """ "В своем новом романе писательница затрагивает тему одиночества": the light verb's clause says where, in a
    work (words.tsv titled_works), the topic is treated: a theme of the work, not a statement (review 28b)."""
    works = rules.wordset("ru", "titled_works")
    clause = [x for x in toks[:host.i] if x.start >= ss]
    return any(x.lemma in works and any(y.low in ("в", "во") for y in clause[max(0, k - 3):k])
               for k, x in enumerate(clause))


class LightVerbReaders:
    """Readers over ``self.text``, ``self.an``, ``self.pairs`` and ``add`` of ``RussianQuotes``."""

    def _light_verb_frame(self, ss: int, se: int) -> None:
        text, toks, table = self.text, self.an.toks, light_verb_frames()
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        for t in self.tokens_from(ss):
            if t.start >= end:
                break
            rows = table.get(t.lemma)
            if rows is None or t.pos != "NOUN" or t.head == t.i or any(o <= t.start < c for o, c in self.pairs):
                continue
            host = toks[t.head]
            after_s = bool(_AFTER_S.search(text[max(ss, t.start - 4):t.start]))
            frames = next((f for plain, with_s, f in rows if host.lemma in plain and not after_s or
                           host.lemma in with_s and after_s), None)
            if frames is None or host.i > t.i or host.i > 0 and toks[host.i - 1].low == "не":
                continue  # (a promise not given, a question not raised: nothing said)
            if (t.feats or {}).get("Case") == "Dat" or any(toks[c].low in _UNREAL for c in host.children) or \
                    _in_a_work(toks, ss, host):
                continue  # (review 28b: "дал команде отдохнуть", the team let rest; "Если губернатор даст обещание
                # …", "Даст ли …": a promise supposed or asked about, not given; "в романе … затрагивает тему": the
                # work's theme)
            span = self._frame_content(t, end, frames)
            if span is None:
                continue
            cs, ce = span
            if len(text[cs:ce].split()) < 2 or self._found_in(cs, ce) or self._found_in(t.start, t.end):
                continue
            speaker = self.verb_subject_speaker(host, ss)  # (ru_statements.py; "В клубе дали слово": the body)
            if speaker is None and not any(toks[c].dep.startswith("nsubj") for c in host.children):
                speaker = self.place_speaker(_Cue(text, host.start, host.end), ss)
            if speaker is None:
                continue
            kind = "mixed" if any(ch in text[cs:ce] for ch in OPEN_CLOSE) else "indirect"
            self.add(4.7, kind, cs, ce, speaker, text[host.start:t.end], self.outlets_in(ss, se, speaker), (ss, se))

    def _frame_content(self, t, end: int, frames) -> tuple[int, int] | None:
        """The content after noun token ``t`` in one of its ``frames``: a "что"/"чтобы" clause to the sentence's end,
        an infinitive's or an "о"-topic's phrase (to the end of its clause: "завершить ремонт | к сентябрю" is one
        phrase whatever the parse hung the date on), else None."""
        text, toks = self.text, self.an.toks
        cut = outside_marks(_CLAUSE_CUT, text, t.end, end, self.pairs)
        end_inf = self._coordinated_cut(t.end, cut.start() if cut else end)
        a, b = _subtree_range(toks, t.i)
        for frame, rx in (("что", COMMA_THAT), ("которым", _WHICH), ("colon", _COLON)):
            that = rx.match(text, t.end, end) if frame in frames else None
            if that:
                return that.end(), end
        about = _ABOUT_CLAUSE.match(text, t.end, end) if "о" in frames else None
        if about:  # (r33: "задал вопрос о том, когда откроют школу": the clause "о том" stands for)
            return about.end(), end
        for c in t.children:
            x = toks[c]
            if x.i < t.i:
                continue
            xa, xb = _subtree_range(toks, c)
            if "inf" in frames and (x.feats or {}).get("VerbForm") == "Inf" and toks[xa].i == x.i:
                return x.start, max(min(toks[xb].end, end), end_inf)
            if "о" in frames and x.pos == "NOUN" and toks[xa].low in ("о", "об", "обо") and xa + 1 <= xb:
                return toks[xa + 1].start, max(min(toks[xb].end, end), end_inf)
        nxt = toks[b + 1] if b + 1 < len(toks) else None
        if "inf" in frames and nxt is not None and (nxt.feats or {}).get("VerbForm") == "Inf" and nxt.start < end:
            return nxt.start, end_inf  # (the parse hung it on the verb)
        after = toks[t.i + 1:t.i + 3]  # (r28: a topic the parse hung on the verb: "обратил внимание | на рост цен")
        if len(after) == 2 and after[1].start < end and after[1].low != "то" and after[1].pos in _NOMINAL and \
                any(f in frames and after[0].low in preps for f, preps in _TOPIC_PREPS):
            return after[1].start, end_inf
        addressed = toks[t.i + 1:t.i + 4]  # (r35: "обращает внимание водителей на выбор скорости": advice to those
        # named; without them "обратили внимание на автомобиль" is noticing)
        if "addr-на" in frames and len(addressed) == 3 and addressed[2].start < end and \
                _addressee(addressed[0]) and addressed[1].low == "на" and addressed[2].pos in _NOMINAL and \
                addressed[2].low != "то" and self._advising_subject(toks[t.head]) and \
                not _shown(toks, addressed[2].i, end):
            return addressed[2].start, end_inf
        if "gen" in frames and after and after[0].start < end and after[0].pos in _NOMINAL and \
                (after[0].feats or {}).get("Case") == "Gen":  # ("затронул тему повышения пенсий")
            return after[0].start, end_inf
        return None


    def _advising_subject(self, host) -> bool:
        """Can the subject of "обращает внимание водителей на …" give advice? Not a thing made to be looked at or
        a state of things (words.tsv exhibits, titled_works, listed_works, sign_nouns: "Выставка обращает внимание
        посетителей на проблему", "Реклама …": it draws attention, nobody says anything; rufix35) unless a name or
        an actor stands in its phrase. People and bodies ("Госавтоинспекция", "Полиция Омска") pass."""
        subj = next((self.an.toks[c] for c in host.children if self.an.toks[c].dep.startswith("nsubj")), None)
        if subj is None or subj.pos != "NOUN" or (subj.feats or {}).get("Animacy") == "Anim":
            return True
        things = set().union(*(rules.wordset("ru", w) for w in ("exhibits", "titled_works", "listed_works",
                                                                  "sign_nouns")))
        return subj.lemma not in things or bool(self.an.mentions_in(subj.start, subj.end + 1, _ACTORS))


def _addressee(t) -> bool:
    """An animate noun in the genitive or accusative: whose attention is drawn ("водителей", "жителей")."""
    f = t.feats or {}
    return t.pos == "NOUN" and f.get("Animacy") == "Anim" and f.get("Case") in ("Gen", "Acc")


def _shown(toks, i: int, end: int) -> bool:
    """Is the topic from token ``i`` (its first noun, after adjectives and numbers) a thing one is shown and looks at
    (words.tsv sights, exhibits: "обратил внимание туристов на фрески собора", "… гостей на экспозицию")? Drawing
    someone's attention to it is showing, not advising (diff35ru); a matter to heed passes ("… граждан на сроки
    подачи деклараций", "… министров на рост цен")."""
    noun = next((t for t in toks[i:i + 4] if t.start < end and t.pos not in ("ADJ", "DET", "NUM")), None)
    return noun is not None and noun.pos == "NOUN" and \
        noun.lemma in rules.wordset("ru", "sights") | rules.wordset("ru", "exhibits")
