"""Outlets a Russian text names by their kind and a name in quote marks ("Telegram-канал «Тульский вестник»"), for
entities/ru.py (the outlets the curated list does not hold)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...record import Mention
from .. import rules
from ..names import _morph
from .ru_outlet_cases import outlet_nominative

# an outlet's name in quote marks right after its kind ("канал «Тульский вестник»", "канал, «Политика 71»,"):
# capitalised, short
_QUOTED_NAME = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]+[«„“\"]([A-ZА-ЯЁ0-9][^«»„“”\"\n.!?]{0,40}?)[»“”\"]")


# kinds that name other things too ("рейтинговое агентство", "туристическое агентство", "канал «Волга — Дон»"):
# an outlet only with a media word before them or in them ("информационное агентство", "Telegram-канал")
AMBIGUOUS_KINDS = frozenset({"агентство", "канал"})
MEDIA_WORDS = frozenset({"информационный", "новостной", "телеграм", "telegram", "ютуб", "youtube", "телеграф",
                         "медиа", "интернет", "сетевой"})


# verbs only outlets use of what they relay: "как передает агентство «Прайм»", "пишет агентство «Девон»" (r29):
# words.tsv relay_verbs of one word, but those anyone uses of their own words ("сообщает" of a company's own news,
# "добавляет", "уточняет")
_COMPANY_VERBS = frozenset({"сообщать", "сообщить", "добавлять", "уточнять"})


@lru_cache(maxsize=1)
def outlet_verbs() -> frozenset[str]:
    return frozenset(v for v in rules.wordset("ru", "relay_verbs") if " " not in v) - _COMPANY_VERBS


_CHANNELS = re.compile(r"(?i)\b(telegram|телеграм|youtube|ютуб)")
_INFINITIVE = re.compile(r"(?i)(?:ть|ти|ться|тись)$")
_AFTER_QUOTATION = re.compile(r"[»”\"],?\s*[—–-]\s*$")  # "«…», — цитирует «X» …": the verb right after a quotation


def _media_kind(an, k: int, lemma: str) -> bool:
    """Whether the kind word at token ``k`` names an outlet: a plain one (газета, издание), or an ambiguous one
    with a media word before it or in it ("новостной канал", "Telegram-канал") or right after an outlet's verb ("как
    передает агентство «Прайм»"); not after another adjective ("рейтинговое агентство «Эксперт РА»")."""
    head, _, kind = lemma.rpartition("-")
    if kind not in AMBIGUOUS_KINDS:
        return True
    if head:
        return head.lower() in MEDIA_WORDS
    prev = an._lemma(an.toks[k - 1]).lower() if k else ""
    if prev in MEDIA_WORDS or prev in outlet_verbs() and not _INFINITIVE.search(an.toks[k - 1].text):
        return True  # (a relay is told by a finite verb: "передать агентство «X»" hands an agency over)
    # a bare "канал" in a text about Telegram or YouTube channels ("Telegram-канал «X» ... канал «Y»")
    return kind == "канал" and bool(_CHANNELS.search(an.text))


def named_outlets(an, media: dict, taken: list, actor) -> list[tuple[int, int]]:
    """An outlet the list does not hold, introduced by its kind and its name in quote marks ("Telegram-канал
    «Тульский вестник»", "газета «Уральский рабочий»"; ``outlet_nouns.txt``): a MEDIA actor, mentioned wherever
    that quoted name stands again ("…, добавляет «Тульский вестник»")."""
    try:
        nouns = rules.words(an.lang, "outlet_nouns")
    except rules.RuleFileError:
        return []
    out: list[tuple[int, int]] = []
    for k, t in enumerate(an.toks):
        lemma = an._lemma(t)
        if lemma.split("-")[-1] not in nouns or not _media_kind(an, k, lemma):
            continue
        m = _QUOTED_NAME.match(an.text, t.end)
        if m is None or any(s < m.end(1) and m.start(1) < e for s, e in taken + out):
            continue
        _mention_all(an, media, actor, m.group(1), r"[«„“\"](" + re.escape(m.group(1)) + r")[»“”\"]", taken, out)
    an.named_outlet_spans = frozenset(out)
    return out


# a web site's address named as who reports ("передаёт NEWSru.com", "как пишет Gzt.Ru", "сообщает сайт Roem.ru"):
# a name, a dot and a top-level domain
_DOMAIN = re.compile(r"(?<![\w.@/-])([A-Za-zА-ЯЁа-яё0-9][\w-]*(?:\.[\w-]+)*\.(?:ru|com|ua|net|org|info|by|kz|su|рф|"
                     r"укр|uk|de|fr|us|tv|fm|me|io|news))(?![\w.-]*\w)", re.IGNORECASE)


def domain_outlets(an, media: dict, taken: list, actor) -> list[tuple[int, int]]:
    """A web site the list does not hold, named by its address right after a verb or phrase crediting an outlet
    (``report_verbs.txt``: "передаёт NEWSru.com", "пишет «Gzt.Ru»") or a kind of outlet ("на сайте Roem.ru",
    ``outlet_nouns.txt``): a MEDIA actor, mentioned wherever its address stands again. An address elsewhere (a
    shop's "Ozon.ru", a link) is left to the tagger."""
    try:
        nouns = rules.words(an.lang, "outlet_nouns") | {"сайт", "ресурс"}
    except rules.RuleFileError:
        return []
    out: list[tuple[int, int]] = []
    for m in _DOMAIN.finditer(an.text):
        s, e = m.span(1)
        if any(ts < e and s < te for ts, te in taken + out):
            continue
        before = an.text[max(0, s - 40):s]
        lead = re.search(r"([\w-]+(?:\s+[\w-]+)?)[\s«„“\"]*$", before)
        words = lead.group(1).lower().split() if lead else []
        credit = lead is not None and (an.rr.report.search(lead.group(1)) or
                                      any(_morph().parse(w)[0].normal_form in nouns for w in words[-1:]))
        if not credit:
            continue
        _mention_all(an, media, actor, m.group(1), r"(?<![\w.@/-])(" + re.escape(m.group(1)) + r")(?![\w.-]*\w)",
                     taken, out)
    return out


def _mention_all(an, media: dict, actor, name: str, pattern: str, taken: list, out: list) -> None:
    """The MEDIA actor ``name`` (made when new), mentioned at every match of ``pattern`` (group 1: the name) that
    overlaps no span taken before; its spans added to ``out``."""
    a = media.get(name)
    if a is None:
        a = media[name] = actor(name, "MEDIA")
        an.actors.append(a)
    for k in re.finditer(pattern, an.text):
        s, e = k.span(1)
        if not any(s < te and ts < e for ts, te in taken + out):
            a.mentions.append(Mention(s, e, an.text[s:e]))
            an.by_span[(s, e)] = a
            out.append((s, e))


# a name in quote marks credited by an outlet's present-tense verb at a clause's end ("…, сообщает «Спорт уик-энд».",
# "Как пишет «Вечерний Минск» со ссылкой на …"; not before a comma: "Как сообщает «Укрэнерго», …" may be the company's
# own statement): group "name" the name
_CREDITED = re.compile(r"(?i:\b(?:как\s+)?(?P<verb>пишет|передает|передаёт|сообщает))\s+"
                       r"(?P<reporter>(?i:(?:собственн|специальн)[а-яё]*\s+)?(?i:корреспондент|спецкор|собкор|"
                       r"репортер|репортёр)[а-яё]*\s+)?"  # (its correspondent: "передает корреспондент «X»", r29)
                       r"[«„“](?P<name>[A-ZА-ЯЁ0-9](?:[^«»„“”\"\n.!?]|\.(?=\w)){0,40}?)[»“”]"  # ("«Газеты.ру»")
                       r"(?=\s*(?:[.!?\n]|$|(?P<via>со\s+ссылкой)|(?P<comma>,)))")  # (a comma: after a reporter only)
_KINDS = r"газет[а-яё]*|издани[а-яё]*|агентств[а-яё]*|журнал[а-яё]*|сайт[а-яё]*"  # an outlet's kind, before its name
_CREDIT_BEFORE = re.compile(r"(?i:(?:пиш|переда|сообща|цитиру|ссылкой\s+на|со\s+слов|корреспондент)[а-яё]*|" +
                            _KINDS +
                            r")[\s«„“\"]*$")
# an outlet's own signal before a mention: a verb only outlets use (not "сообщает": "…, сообщает «Аэрофлот»." is a
# company's own news, review 27b) or the outlet's kind
_OUTLET_BEFORE = re.compile(r"(?i:(?:пиш|переда|цитиру|корреспондент)[а-яё]*|телеканал[а-яё]*|портал[а-яё]*|" +
                            _KINDS +
                            r")[\s«„“\"]*$")


_SENT_END = re.compile(r"[.!?\n]\s")


def _relays(an, pos: int) -> bool:
    """Does the sentence before ``pos`` report someone else's words with a cue verb of its own ("Он заявил, что …,
    сообщает «Северный курьер».")? An outlet relays; a company credits its own news bare."""
    start = max((m.end() for m in _SENT_END.finditer(an.text, max(0, pos - 400), pos)), default=max(0, pos - 400))
    return an.rr.cue.search(an.text, start, pos) is not None


def credited_outlets(an, media: dict, taken: list, actor) -> list[tuple[int, int]]:
    """A name in quote marks the list does not hold, credited by an outlet's verb where a report ends ("…, сообщает
    «Спорт уик-энд»."), and never named in the text but as a credit (after such a verb or an outlet's kind): a MEDIA
    actor (r27; a company that speaks, "«Газпром» повысил цены", is named otherwise too). "Сообщает", which companies
    use too, needs an outlet's own signal as well: "со ссылкой на" after it, another's words it relays, or a verb
    of outlets only or the outlet's kind before one of its mentions (review 27b)."""
    out: list[tuple[int, int]] = []
    for m in _CREDITED.finditer(an.text):
        name = m.group("name")
        if m.group("comma") and not m.group("reporter") and m.group("verb").lower() == "сообщает":
            continue  # ("Как сообщает «Укрэнерго», …" may be the company's own statement; a company has no reporter:
            # "Как передает корреспондент «Вестей», губернатор заявил …" is an outlet's, r30; so is "Как пишет
            # «Коммерсантъ-Саратов», …": a verb of outlets only, r31)
        written, name = name, outlet_nominative(name) if m.group("reporter") else name  # ("корреспондент «Вестей»":
        # the outlet is "Вести", r30)
        if any(s < m.end("name") and m.start("name") < e for s, e in taken + out) or name in media:
            continue
        stem = written[:-1] if len(written) > 4 and written[-1].isalpha() and written[-1].lower() in "аяоеыиуюь" \
            else written
        found = list(re.finditer(re.escape(stem), an.text))
        if any(_CREDIT_BEFORE.search(an.text, max(0, k.start() - 30), k.start()) is None for k in found):
            continue
        if m.group("verb").lower() == "сообщает" and not m.group("via") and not m.group("reporter") and \
                not _relays(an, m.start()) and \
                not any(_OUTLET_BEFORE.search(an.text, max(0, k.start() - 30), k.start()) for k in found):
            continue  # (a company reports its own news the same way: "…, сообщает «Аэрофлот».")
        _mention_all(an, media, actor, name, r"[«„“\"](" + "|".join(map(re.escape, {name, written})) + r")[»“”\"]",
                     taken, out)
    return out


# a name in quote marks that quotes someone (r29): the subject of "цитирует"/"приводит слова" standing right after the
# verb ("— цитирует «Матч ТВ» чемпионку Маргариту Мамун") or closing the sentence after the person quoted ("—
# цитирует главу министерства Игоря Сафонова «Областная газета».", "— приводит слова адвоката Ирины Лаптевой «Вести»")
_QUOTING = re.compile(r"(?i:\b(?:про)?цитиру[а-яё]*|\bприв[оеё]д[а-яё]*\s+(?:(?:его|ее|её|их)\s+)?слова)\s+"
                      r"(?:(?P<whom>[^«„“\"\n.!?,;:]{2,60}?[A-ZА-ЯЁ][а-яё]+)\s+)?"
                      r"[«„“](?P<name>[A-ZА-ЯЁ0-9][^«»„“”\"\n.!?]{0,40}?)[»“”](?P<end>\s*(?:[.!?\n]|$))?")


def quoting_outlets(an, media: dict, taken: list, actor) -> list[tuple[int, int]]:
    """A name in quote marks the list does not hold that quotes someone's words (``_QUOTING``): a MEDIA actor (only
    outlets "цитируют" a person to their readers; a person quoting names no title in marks there). After the person
    quoted, the name must close the sentence ("цитирует министра «Областная газета»."), not be a thing the words were
    about ("приводит слова министра о программе «Развитие» как пример")."""
    out: list[tuple[int, int]] = []
    for m in _QUOTING.finditer(an.text):
        name = m.group("name")
        if name in media or any(s < m.end("name") and m.start("name") < e for s, e in taken + out) or \
                m.group("end") is None and (m.group("whom") is not None or not _AFTER_QUOTATION.search(
                    an.text, max(0, m.start() - 6), m.start())):
            continue  # (nobody quoted and no quotation before the verb: "цитирует «Мастера и Маргариту» на …")
        _mention_all(an, media, actor, name, r"[«„“\"](" + re.escape(name) + r")[»“”\"]", taken, out)
    return out


def unlisted_outlets(an, media: dict, taken: list, actor) -> list[tuple[int, int]]:
    """The outlets the curated list does not hold: named by their kind and a name in marks, or by a site's address,
    or credited by an outlet's verb alone."""
    out = named_outlets(an, media, taken, actor)
    out += domain_outlets(an, media, taken + out, actor)
    out += credited_outlets(an, media, taken + out, actor)
    return out + quoting_outlets(an, media, taken + out, actor)
