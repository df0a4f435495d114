"""Spans of Russian names repaired after natasha (entities/ru.py): sentences rejoined where the sentenizer cut inside
a short name in quote marks, outlets' sections, regional branches of state bodies, plural place names in the
nominative, and names of vehicles (a shuttle, a ship) that are no actors."""
from __future__ import annotations

import re

from ..nlp import joined_in_marks as _joined_in_marks  # noqa: F401 (entities/ru.py reads it here)

_OPENERS = "«„“\""
# the name of an outlet's section or edition after its name and a full stop, in the same quote marks
_SECTION = re.compile(r"\.[ \u00a0]([A-ZА-ЯЁ][\wа-яё-]*(?:[ \u00a0][\wа-яё-]+)?)(?=[»“”\"])")
# a regional branch of a state body: "ГУ МЧС по Ярославской области", "УФСБ по Москве", "Пограничное управление ФСБ
# по Сахалинской области" -- the part after "по" (a region in the dative) belongs to the name, the branch names one body
# (a branch's code: У + a federal service, "УФСБ", "УФССП", or МВД / ГИБДД / СК; not any word in capitals
# beginning with У: "УЕФА по Крыму" is no branch, review r15)
_BRANCH_HEAD = re.compile(r"(?:ГУ|Г?У(?:Ф[А-ЯЁ]{1,4}|МВД|ГИБДД|СК)|О?МВД|СК|Г?СУ|"
                          r"(?:Главн\w+\s+|Следственн\w+\s+|Пограничн\w+\s+)?"
                          r"[Уу]правлени\w*|[Дд]епартамент\w*|[Оо]тдел\w*|[Ии]нспекци\w*)\b")
# a court and the place of its seat in the genitive after it: "Арбитражный суд Пермского края", "Мещанский районный
# суд Москвы" -- one court (the model cuts the place off)
_COURT = re.compile(r"(?:^|\s)суд$", re.IGNORECASE)
_GENITIVE_PLACE = re.compile(r"(?:ого|его|ой|ей)\s+(?:края|области|округа|района|республики)$|"
                             r"^[А-ЯЁ][\w-]*(?:ы|и|а|я)$")
_REGION = re.compile(r"(?:\w+\s+)?(?:области|краю|округу|району|[Рр]еспублике)(?:\s+[А-ЯЁ][\w-]*)?$")


def _regional_branches(text: str, spans: list) -> list:
    """ORG spans joined with the region after "по" that names their branch ("ГУ" "МЧС" "по" "Ярославской области":
    one ORG "ГУ МЧС по Ярославской области"): adjacent ORG spans, " по ", a LOC span; kept when the region is an
    administrative unit (области, краю, …) or the body is an administration (ГУ, управление, департамент)."""
    out, k = [], 0
    while k < len(spans):
        j = k
        while j < len(spans) and spans[j][2] == "ORG" and (j == k or not text[spans[j - 1][1]:spans[j][0]].strip()):
            j += 1
        if j > k and j < len(spans) and spans[j][2] == "LOC" and \
                re.fullmatch(r"\s+по\s+", text[spans[j - 1][1]:spans[j][0]]) and \
                (_REGION.search(text[spans[j][0]:spans[j][1]]) or _BRANCH_HEAD.match(text, spans[k][0])):
            name = " ".join(x[3] for x in spans[k:j]) + " по " + text[spans[j][0]:spans[j][1]]
            out.append((spans[k][0], spans[j][1], "ORG", name))
            k = j + 1
            continue
        if j == k + 1 and j < len(spans) and spans[j][2] == "LOC" and _COURT.search(spans[k][3]) and \
                re.fullmatch(r"[ \u00a0]+", text[spans[k][1]:spans[j][0]]) and _GENITIVE_PLACE.search(
                    text[spans[j][0]:spans[j][1]]):  # (r16) "Арбитражный суд" "Пермского края": one court
            out.append((spans[k][0], spans[j][1], "ORG", spans[k][3] + " " + text[spans[j][0]:spans[j][1]]))
            k = j + 1
            continue
        out.append(spans[k])
        k += 1
    return out


_OBLIQUE = {"gent", "datv", "accs", "ablt", "loct", "gen2", "loc2"}


def place_nominative(normal: str) -> str:
    """A one-word place name left in an oblique case ("Элисте", "Эритрее"; natasha's normal form depends on the
    context, so one document may give "Элиста" and "Элисте" as two places): the nominative of the dictionary's place
    reading (pymorphy2's Geox); else ``normal`` unchanged (tryout r17)."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]+", normal):
        return normal
    from ..names import _morph
    places = {p.normal_form for p in _morph().parse(normal.lower())
              if "Geox" in p.tag.grammemes and p.tag.POS == "NOUN"}
    if len(places) != 1:
        return normal
    nf = places.pop()
    return nf[:1].upper() + nf[1:]


def plural_place(surface: str, normal: str) -> str:
    """A plural place name in the nominative: "Южных Курилах", "Южными Курилами", "Королевских островам" are
    "Южные Курилы", "Королевские острова" (natasha's normal form leaves the head or its adjective in the case of the
    text: "Южные Курилами", "Королевских острова"). Only when the last word reads as a plural noun in an oblique case
    and every word before it as an adjective or a participle; else ``normal`` unchanged."""
    from ..names import _morph
    words = surface.split()
    if not words or not all(re.fullmatch(r"[А-ЯЁа-яё-]+", w) and not w.isupper() for w in words):
        return normal  # (an abbreviation, "США", is not declined)
    head = [p for p in _morph().parse(words[-1].lower()) if p.tag.POS == "NOUN" and "Fixd" not in p.tag.grammemes]
    if not head or not any("plur" in p.tag.grammemes and _OBLIQUE & set(p.tag.grammemes) for p in head[:1]) and \
            not (head[0].tag.POS == "NOUN" and "Pltm" in head[0].tag and _OBLIQUE & set(head[0].tag.grammemes)):
        return normal
    out = []
    for k, w in enumerate(words):
        parses = _morph().parse(w.lower())
        if k < len(words) - 1:
            p = next((p for p in parses if p.tag.POS in ("ADJF", "PRTF") and "plur" in p.tag.grammemes), None)
        else:
            p = head[0]
        form = p.inflect({"plur", "nomn"}) if p is not None else None
        if form is None:
            return normal
        word = form.word if "ё" in w.lower() else form.word.replace("ё", "е")
        out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
    return " ".join(out)


def vehicle_names(an) -> tuple[str, ...]:
    """The lower-case stems of the vehicles' names of a text: a name in quote marks after a kind of vehicle
    (``vehicle_nouns.txt``: "шаттл «Дискавери»", "шхуну «Хокуэй-мару»") and the names known without their kind
    (``vehicle_names.txt``)."""
    from .. import rules
    from .ru_outlets import _QUOTED_NAME
    try:
        kinds = rules.words(an.lang, "vehicle_nouns")
        known = rules.lines(an.lang, "vehicle_names")
    except rules.RuleFileError:
        return ()
    names = [n.lower() for n in known]
    for t in an.toks:
        if an._lemma(t).lower() in kinds:
            m = _QUOTED_NAME.match(an.text, t.end)
            if m is not None:
                names.append(m.group(1).lower())
    return tuple(_stem(n) for n in names)


def _stem(name: str) -> str:
    """A name without the ending a case may change ("индевор" / "индевора", "хокуэй-мару")."""
    return name[:-1] if len(name) > 5 and name[-1] in "аяоеиуыь" else name


def is_vehicle(surface: str, stems: tuple[str, ...]) -> bool:
    """A span that names one of the text's vehicles (``vehicle_names``): its text starts with the stem."""
    low = surface.lower()
    return any(low.startswith(s) and len(low) - len(s) <= 3 for s in stems)


def inanimate_word(word: str) -> str | None:
    """The type of a one-word span natasha took for a person that the dictionary knows only as an inanimate noun
    naming a place or an organisation: "LOC" for a place ("Царицыно"), "ORG" for an organisation ("Рыбнадзора");
    None when it may name a person (a first name, surname or patronymic, an animate noun, a word the dictionary does
    not know, or any other inanimate noun: "Макрон")."""
    from ..names import _morph
    m = _morph()
    w = word.lower()
    if not re.fullmatch(r"[а-яё]+", w) or not m.word_is_known(w):
        return None
    parses = m.parse(w)
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    if not nouns or any({"Name", "Surn", "Patr", "anim"} & set(p.tag.grammemes) for p in parses):
        return None  # (a common inanimate noun may still be a surname the dictionary lacks: "Макрон")
    if any("Geox" in p.tag.grammemes for p in nouns):
        return "LOC"
    return "ORG" if any("Orgn" in p.tag.grammemes for p in nouns) else None


def verb_form(word: str, lang: str) -> bool:
    """Whether the dictionary reads a Russian word first as a verb, infinitive or gerund ("привиделся"): the tagger
    may take one for a noun inside a role phrase (Russian only: pymorphy2's Russian dictionary)."""
    if lang != "ru" or not re.fullmatch(r"[а-яё]+", word.lower()):
        return False
    from ..names import _morph
    parses = _morph().parse(word.lower())
    return bool(parses) and parses[0].tag.POS in ("VERB", "INFN", "GRND") and \
        not any(p.tag.POS == "NOUN" for p in parses)  # (a noun reading too: a noun in a role phrase)


# a company's legal form before its name in quote marks: "ПАО «Северсталь»", "ООО \"Наш дом\"", "АО «РЖД»"
_LEGAL_FORM = re.compile(r"^(?:ПАО|ОАО|АО|ЗАО|НАО|ООО|ОДО|АНО|ГК|МУП|ГУП|ФГУП|ФГБУ|ГБУ|МБУ|НКО)\s+"
                         r"[«\"„“]?(.+?)[»\"“”]?$")


def without_legal_form(name: str) -> str:
    """A company's name without its legal form and quote marks ("ПАО «Северсталь»" -> "Северсталь"): the form is
    how it is registered, not what it is called, and "Северсталь" alone is the same company."""
    m = _LEGAL_FORM.match(name.strip())
    return m.group(1).strip() if m and m.group(1).strip() else name


# a name in quote marks right after a noun saying what a company is: "дистрибьютор «Фармкомплект»", "застройщик
# «Север-Строй»" (words.tsv ``company_nouns``, the org_nouns.txt nouns too)
_MARKED = re.compile(r"[«„“\"]([A-ZА-ЯЁ0-9][^«»„“”\"\n]{0,40}?)[»“”\"]")


def marked_companies(an, spans: list) -> list:
    """ORG spans (start, end, "ORG", name) of names in quote marks the model missed after a noun of a company
    (r22): a reader takes "Дистрибьютор «Фармкомплект»" for a company as surely as "компания «Фармкомплект»", so
    "Пресс-служба компании" after it speaks for it. Not a product, a film or a vessel in marks (no company noun)."""
    from .. import rules
    nouns = rules.wordset("ru", "company_nouns") | set(rules.words("ru", "org_nouns"))
    out = []
    for m in _MARKED.finditer(an.text):
        s, e = m.start(1), m.end(1)
        if any(s < se and ss < e for ss, se, *_ in spans) or len(m.group(1).split()) > 4:
            continue
        before = [t for t in an.toks if t.end <= m.start()][-1:]
        if not before or an.text[before[0].end:m.start()].strip() or an._lemma(before[0]) not in nouns:
            continue
        out.append((s, e, "ORG", m.group(1)))
    return out


_SYLLABLE = r"[А-ЯЁ][а-яё]{0,8}"


def syllabic_names(an, spans: list) -> list:
    """PER spans for Chinese names the tagger missed or cut (r22): a family name of
    ``lang/ru/chinese_surnames.txt`` and a given name of one capitalised word of one or two syllables or two words
    of one ("Ван И", "Линь Цзяня", "Си Цзиньпин", "Ли Мён Бак"; mid-sentence Russian capitalises no conjunction,
    so "И" after "Ван" is a name). A span of the tagger inside the name (its given name alone) is replaced; one
    overlapping it otherwise keeps."""
    from .. import rules
    try:
        fams = [w for w in rules.lines("ru", "chinese_surnames")]
    except rules.RuleFileError:
        return spans
    rx = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(set(fams), key=len, reverse=True)))})"
                    rf"(?: {_SYLLABLE}){{1,2}}(?![\w-])")
    out = list(spans)
    for m in rx.finditer(an.text):
        s, e = m.start(), m.end()
        words = m.group().split()
        given = [_nominative_syllable(w) for w in words[1:]]
        vowels = [len(re.findall(r"[аеёиоуыэюя]+", w.lower())) for w in given]
        if not (len(given) == 1 and 1 <= vowels[0] <= 2 or len(given) == 2 and vowels == [1, 1]) or \
                re.search(r"[аеёиоуыэюя]{3}", m.group().lower()):
            continue  # (a given name of one or two syllables, "И", "Цзиньпин", or two written apart, "Чен Ын")
        over = [x for x in out if x[0] < e and s < x[1]]
        if any(x[2] != "PER" or x[0] < s or x[1] > e for x in over):
            continue
        out = [x for x in out if x not in over]
        out.append((s, e, "PER", " ".join(words[:1] + given)))
    return sorted(out)


def _nominative_syllable(word: str) -> str:
    """A given name's last syllable back in the nominative ("Цзяня" -> "Цзянь", "Цзяню" -> "Цзянь"): Russian
    declines such a name in -ь as a masculine noun; other syllables stay as written."""
    m = re.fullmatch(r"(.+[нл])(?:я|ю|ем|е)", word)
    return m.group(1) + "ь" if m else word
