"""A Russian person's gender, read from the words that tell it. A Russian surname or patronymic tells it by its
ending (-ов/-ова, -ин/-ина, -ский/-ская, -вич/-вна), and the tagger reads a name the dictionary knows in context
("Джанет", "Наталья", "бывший министр Аттила"); a foreign surname or a first name the dictionary does not know
("Уэнди Эдельберг", "Софи Бине") tells nothing: the tagger's guess there (masculine, by default) is no evidence,
and a wrong gender sends a later "она" to another woman. A past-tense verb agreeing with the name as its subject
("Эдельберг объяснила") tells it whatever the name: Russian past tense agrees in gender with its subject."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_SUFFIX = re.compile(r"(?:(?:[оеё]в|[иы]н)(?:|а|у|ым|ом|е|ой|ою)|[сц]к(?:ий|ой|ая|ого|ому|им|ом|ую)"
                     r"|[еоа]?вич(?:|а|у|ем|е)|[оеи]?вн(?:а|ы|е|у|ой)|ичн(?:а|ы|е|у|ой))$")


_NOMINATIVE = re.compile(r"(?:[оеё]в|[иы]н|ск|цк)(?:(а|ая)|ий|)$")  # a Russian surname's nominative, -а/-ая a woman's


@lru_cache(maxsize=20_000)
def _known(word: str) -> bool:
    """A word the dictionary knows as a name ("Джанет", "Аттила"): the tagger's gender for it, read in context,
    holds. A common noun's gender tells nothing of a person whose foreign name holds it ("Су" a coin, "Сан" a rank
    in "Аун Сан Су Чжи": r19)."""
    from ..names import _morph
    parses = _morph().parse(word.lower())
    return parses[0].is_known and any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses if p.is_known)


_VOWELS = re.compile(r"[аеёиоуыэюя]+")


def syllabic(name: str) -> bool:
    """A name of one-syllable words in the Russian transcription of Chinese, Korean or Vietnamese ("Пак Мин Джи",
    "Су Лин", "Ли Сон Хо", r20): such names carry no gender in their form, and the dictionary's readings of their
    syllables ("Джи" a man's name, "Лин" of "Лина", "Су" a coin) tell nothing of the person. Of two words, not
    one opening with a given name the dictionary declines ("Джон Смит"); three such words are no European name."""
    from ..names import _morph
    words = name.split()
    if not 2 <= len(words) <= 4 or any(len(w) > 4 or len(_VOWELS.findall(w.lower())) != 1 for w in words):
        return False
    return len(words) >= 3 or not any("Name" in p.tag.grammemes and "Fixd" not in p.tag.grammemes
                                      for p in _morph().parse(words[0].lower()) if p.is_known)


def _telling(word: str) -> bool:
    return bool(_SUFFIX.search(word.lower().replace("ё", "е"))) and word[:1].isupper()


def person_gender(an, a) -> str | None:
    """The gender of the person ``a`` (an ``_Actor`` of ``an``, a ``RuActors``): 'masc', 'fem' or None."""
    votes: Counter = Counter()
    agree: Counter = Counter()
    blind = syllabic(a.name)  # (the tagger's guess for "Пак Мин Джи" is no evidence; the verb's agreement is)
    for m in a.mentions:
        for t in an.nat_between(m.start, m.end):
            g = (t.feats or {}).get("Gender")
            if g in ("Masc", "Fem") and not blind and (_telling(t.text) or _known(t.text)):
                votes[g.lower()[:4]] += 1
        v = _subject_of(an, m)
        f = v.feats or {} if v is not None else {}
        if f.get("Tense") == "Past" and f.get("Number") == "Sing" and f.get("Gender") in ("Masc", "Fem"):
            agree[f["Gender"].lower()[:4]] += 1
    if not agree and len(a.name.split()) >= 2 and re.fullmatch(r"[А-ЯЁ]\.?", a.name.split()[0]):
        nom = _NOMINATIVE.search(a.name.split()[-1].lower())  # "Э. Чернова": an initial tells nothing, the
        if nom:  # surname's nominative (the name as normalised) does; the tagger's case-blind guess does not
            return "fem" if nom.group(1) else "masc"
    votes = agree or votes  # (the verb's agreement first: "Лилиан" is a woman's name in the dictionary, not here)
    if not votes:
        return None
    (top, n), *rest = votes.most_common()
    return None if rest and rest[0][1] == n else top


def _subject_of(an, m):
    """The verb whose subject the mention is, itself or as the name in apposition to the subject ("кандидат Лилиан
    Каруш назвал"), else None."""
    inside = [t for t in an.toks if m.start <= t.start < m.end]
    root = next((t for t in inside if t.head == t.i or not m.start <= an.toks[t.head].start < m.end), None)
    for _ in range(2):
        if root is None or root.head == root.i:
            return None
        if root.dep.startswith("nsubj"):
            return an.toks[root.head]
        if root.dep not in ("appos", "flat", "flat:name", "nmod"):
            return None
        root = an.toks[root.head]
    return None


def feminine_by_adjective(toks, first, last: str, normal: str) -> str:
    """A surname in -ову/-еву/-ину/-ыну is a woman's accusative or a man's dative: an adjective right before it in
    the feminine ("прооперировавшие 52-летнюю Иванову", "навестили пожилую Петрову") tells it is hers, the form's
    own gender whatever the tagger's case for the name (r23: natasha read "Иванову" as "Иванов"). ``first`` is the
    name's first token (of ``toks``), ``last`` its last word as written, ``normal`` natasha's normal form."""
    from ..names import _morph
    words = normal.split()
    if not words or not re.search(r"(?:[оеё]в|[иы]н)у$", last) or words[-1] != last[:-1] or first is None or \
            first.i == 0:
        return normal
    adj = toks[first.i - 1]
    forms = [p for p in _morph().parse(adj.text.rpartition("-")[2].lower()) if p.tag.POS in ("ADJF", "PRTF")]
    if adj.pos != "ADJ" or not forms or any(p.tag.gender != "femn" or p.tag.case != "accs" for p in forms):
        return normal
    return " ".join(words[:-1] + [last[:-1] + "а"])


_WOMANS_SURNAME = re.compile(r"(?:[оеё]в|[иы]н)а$|[сц]кая$")


def feminine_given(written: str, normal: str) -> str:
    """A woman's full name whose given name the tagger put in a man's form ("Ярослава Морозова" -> "Ярослав
    Морозова": "Ярослава" read as Ярослав's genitive): the given name as written, when the surname is a woman's in
    the nominative (-ова, -ина, -ская) and the written word is a woman's given name in the nominative by the
    dictionary (review31, r31); else ``normal``. ("Ивана Петрова" stays "Иван Петров": the surname a man's.)"""
    from ..names import _morph
    words = normal.split()
    if len(words) < 2 or written == words[0] or not written[:1].isupper() or not _WOMANS_SURNAME.search(words[-1]) \
            or written.lower() == words[0].lower() or len(written) < 3 or not written.isalpha() or \
            not words[0].isalpha():  # (an initial, "Э. Чернова", is no given name)
        return normal
    fem = any({"Name", "femn", "nomn", "sing"} <= set(p.tag.grammemes) for p in _morph().parse(written))
    return " ".join([written] + words[1:]) if fem else normal
