"""Relatives a Russian text names through someone else (round 21): "Ее муж признался …", "его жена рассказала",
"Супруги надеются …". A reader takes the possessor the pronoun stands for and the relative the text names with the
same family name ("супругов Анны и Олега Ковальчук": "Ковальчук", "Белоусов" and "Белоусова" are one family); one
such relative of the noun's gender is the speaker, none or several leave no speaker (better than the last man named,
who was the family's lawyer). The relation nouns are data (``lang/ru/kinship_words.txt``, ``person_nouns.txt``).
Also here: the forms of one name that are not two people (a Ukrainian spelling in an oblique case, a
transliteration a vowel apart: ``surname_variant``, moved from coref/ru.py)."""
from __future__ import annotations

import re

from ...record import Ref

_POSSESSIVES = {"его": "masc", "её": "fem", "ее": "fem"}
_COUPLE = re.compile(r"(?i)^супруг(?:и|ов|ам|ами|ах)$")
_GENERATION = re.compile(r"(?i)(?<=[а-яё])-(?P<gen>старш|младш)[а-яё]*$")  # "Ершов-старший", "Кравец-младший"


def family_name(name: str) -> str:
    """The family a surname belongs to, a woman's form as the man's: "Белоусова" -> "белоусов", "Лозинская" ->
    "лозинский"; an undeclined surname as it is ("Ковальчук")."""
    last = name.split()[-1].lower().replace("ё", "е") if name.split() else ""
    if re.search(r"(?:ов|ев|ин|ын)а$", last):
        return last[:-1]
    if re.search(r"[сц]кая$", last):
        return last[:-2] + "ий"
    return last


def gender_of(a) -> str | None:
    """A person's gender as the actor has it, else as the given name gives it ("Ольга": fem)."""
    if a.gender or len(a.name.split()) < 2:
        return a.gender
    from ..names import _morph
    p = _morph().parse(a.name.split()[0])[0]
    return None if "Name" not in p.tag else "fem" if "femn" in p.tag else "masc" if "masc" in p.tag else None


def _gender(tok) -> str | None:
    g = (tok.feats or {}).get("Gender")
    return "masc" if g == "Masc" else "fem" if g == "Fem" else None


def relative_named(an, t, blocked) -> Ref | None | bool:
    """The relative a possessive and a relation noun at token ``t`` stand for ("Ее муж"), None when the text names
    several of that family; False when ``t`` has no possessive before it or the text names none of the family (not
    this reading: "Певец … женился на балерине Софье Дальской. Его супруга …" is read as a title is)."""
    prev = an.toks[t.i - 1] if t.i > 0 else None
    if prev is None or prev.text.lower() not in _POSSESSIVES or an.text[prev.end:t.start] != " ":
        return False
    owner = an.resolve_pronoun(prev.start, _POSSESSIVES[prev.text.lower()], blocked)
    if owner is None:
        return None
    fam, want = family_name(owner.name), _gender(t)
    kin = {id(a): a for _, a in an.persons if a is not owner and len(a.name.split()) >= 2 and
           family_name(a.name) == fam and (want is None or gender_of(a) in (None, want))}
    if len(kin) != 1:
        return None if kin else False  # (none of the family: the relation told another way, "женился на …")
    a = next(iter(kin.values()))
    an.add_mention(a, prev.start, t.end)
    return an.ref(a, prev.start, t.end)


def surname_seen(an, t) -> bool:
    """Is token ``t`` the surname of a person the text named in full ("Жерар Моро" … "Моро добавила"): a name
    however the morphology reads it (an undeclined foreign surname it does not know, "Кравец-младший", r24)."""
    word = _GENERATION.sub("", t.text)
    return any(x.name.split()[-1] == word for _, x in an.persons if len(x.name.split()) >= 2)


def by_patronymic(an, speaker: Ref) -> Ref:
    """ "Николай Петрович признался" after "фермер Николай Кравец": a given name and a patronymic the text never
    wrote with a surname is the one person it named in full with that given name (a reader's polite form); the
    speaker as it is when none or several are (r24)."""
    from ..names import _morph
    a = next((x for x in an.actors if x.id == speaker.entity), None)
    words = a.name.split() if a is not None and a.type == "PERSON" else []
    if len(words) != 2 or not any("Patr" in p.tag for p in _morph().parse(words[1].lower())):
        return speaker
    full = {id(x): x for _, x in an.persons if x is not a and len(x.name.split()) >= 2 and
            x.name.split()[0] == words[0] and x.name.split()[1] != words[1]}
    if len(full) != 1:
        return speaker
    x = next(iter(full.values()))
    own = {_calling(an, m) for m, y in an.persons if y is x} | {w.lower() for w in (x.role or "").split()}
    if any(_calling(an, m) not in own | {None} for m, y in an.persons if y is a):  # ("Учительница Анна Сергеевна" after
        return speaker  # "Директор школы Анна Козлова": a calling of her own brings in a new person, r24 review)
    return Ref(x.id, x.name, speaker.mention)


def _calling(an, m) -> str | None:
    """The lemma of the person noun right before mention ``m`` ("Главврач Николай Петрович": "главврач"), None when
    the word before is no such noun."""
    from bisect import bisect_left
    k = bisect_left(an.nat_starts, m.start) - 1
    t = an.toks[k] if k >= 0 else None
    if t is None or t.pos != "NOUN" or t.feats.get("Animacy") != "Anim" or not an.text[t.end:m.start].isspace():
        return None
    return an._lemma(t)


def couple_named(an, speaker: Ref) -> list[Ref]:
    """ "Супруги надеются …": the two persons of one family the text names ("Анна и Олег Ковальчук"), a man and a
    woman, in the order named; [] when the text names no such single pair."""
    m = speaker.mention
    if speaker.entity is not None or m is None or not _COUPLE.match(m.text.strip()):
        return []
    families: dict[str, dict] = {}
    for x, a in an.persons:
        if len(a.name.split()) >= 2 and x.start < m.start:  # (named before: a pair named after is another, r30)
            families.setdefault(family_name(a.name), {}).setdefault(id(a), a)
    pairs = [list(f.values()) for f in families.values() if len(f) == 2 and
             {gender_of(x) for x in f.values()} in ({"masc", "fem"}, {"masc", None}, {"fem", None}, {None})]
    if len(pairs) != 1:
        return []
    return [Ref(a.id, a.name, m) for a in pairs[0]]


def family_pair(an, speaker: Ref, cue: str) -> list[Ref]:
    """ "Кравцовы рассказали, что …" after "Елена и Андрей Кравцовы" (r30): a plural family name, the subject of a
    plural cue, stands for the two persons of that family the text named before, both speakers, in the order named;
    only a pair introduced together ("Елена и Андрей Кравцовы": nothing but "и" between their first mentions; not
    two namesakes, "Андрей Соколов и депутат Мария Соколова") and a plural surname standing alone ("Фермеры
    Соколовы", "соседи Соколовы" are others: review30c finding 9); [] otherwise (one, three, no plural surname)."""
    m = speaker.mention
    written = m.text.strip() if m is not None else ""
    if len(written.split()) == 2 and _COUPLE.match(written.split()[0]):
        written = written.split()[1]  # ("Супруги Кравцовы считают", r31)
    if not _plural_cue(cue) or len(written.split()) != 1 or not written[:1].isupper() or \
            not _PLURAL_SURNAME.search(written):
        return []
    t = an.tok_at_start.get(m.start)
    prev = an.toks[t.i - 1] if t is not None and t.i > 0 else None
    if prev is not None and prev.pos in ("NOUN", "ADJ") and not _COUPLE.match(prev.text):  # ("Супруги Кравцовы")
        return []  # ("Фермеры Соколовы из Касимова": a plural described, not the couple named)
    fam = family_name(_family_as_written(written))
    kin = {id(a): a for x, a in an.persons if len(a.name.split()) >= 2 and x.start < m.start and
           family_name(a.name) == fam}
    pair = sorted(kin.values(), key=lambda a: a.first)
    if len(pair) != 2:
        return []
    first = min(pair[0].mentions, key=lambda x: x.start)  # ("Елена и Андрей Кравцовы": only "и" between)
    if an.text[first.end:pair[1].first].strip() != "и":
        return []
    return [Ref(a.id, a.name, m) for a in pair]


def _plural_cue(cue: str) -> bool:
    """A cue verb in the plural, past or present ("рассказали", "утверждают", "считают"; r31: "Кравцовы утверждают"
    credits both as "Кравцовы рассказали" does)."""
    from ..names import _morph
    words = cue.lower().split()
    return bool(words) and (words[-1].endswith(("ли", "лись")) or any(
        p.tag.POS == "VERB" and "plur" in p.tag and "3per" in p.tag for p in _morph().parse(words[-1])))


def family_member(an, speaker: Ref, gender: str | None) -> Ref:
    """A bare surname two persons of one family share ("Ковальчук уточнил" after "Анны и Олега Ковальчук"): the one
    whose gender the cue verb gives ("уточнил": Олег; "добавила": Анна); the speaker as it is otherwise."""
    said = speaker.mention.text.lower() if speaker.mention is not None else ""
    gender = {**_POSSESSIVES, "он": "masc", "она": "fem"}.get(said, gender)  # ("По его словам": his)
    a = next((x for x in an.actors if x.id == speaker.entity), None)
    written = speaker.mention.text.strip() if speaker.mention is not None else ""
    bare = a is not None and len(written.split()) == 1 and written[:1].isupper() and \
        family_name(written) == family_name(a.name)  # ("Лозинская рассказала": the surname alone)
    if a is None or a.type != "PERSON" or not (len(a.name.split()) == 1 or bare) or gender not in ("masc", "fem"):
        return speaker
    fam = family_name(a.name)
    kin = {id(x): x for _, x in an.persons if len(x.name.split()) >= 2 and family_name(x.name) == fam}
    fit = [x for x in kin.values() if gender_of(x) == gender]
    if len(kin) < 2 or len(fit) != 1:
        return speaker
    return Ref(fit[0].id, fit[0].name, speaker.mention)



_CHILD_BEFORE = re.compile(r"(?i)(?<![\w-])(?:сын|сына|сыну|сыном|дочь|дочери|дочерью)\s+$")
_CHILD_AFTER = re.compile(r"(?i)^,?\s+(?:сын|сына|сыну|сыном|дочь|дочери)(?![\w-])")


def generation_member(an, speaker: Ref) -> Ref:
    """ "Ершов-старший", "Кравец-младший": of the two of one family the text names, the parent or the child, the
    child being the one the text introduces as a son or daughter ("Максима Ершова, сына …", "с сыном Артемом"; a
    given name alone so introduced takes the family name), of the gender the word gives; the speaker as it is when
    the text tells no such pair (r24)."""
    said = speaker.mention.text.strip() if speaker.mention is not None else ""
    m = _GENERATION.search(said)
    if m is None:
        return speaker
    fam = family_name(said[:m.start()])
    gender = "fem" if said.endswith("ая") else "masc"  # ("Кравец-младший": of the men, the mother aside)
    kin, children = {}, {}
    for x, a in an.persons:
        child = bool(_CHILD_BEFORE.search(an.text, max(0, x.start - 12), x.start) or
                     _CHILD_AFTER.match(an.text[x.end:x.end + 12]))
        if gender_of(a) not in (None, gender) or "-" in a.name and _GENERATION.search(a.name):
            continue
        if len(a.name.split()) >= 2 and family_name(a.name) == fam or len(a.name.split()) == 1 and child and \
                a.name.lower() != fam:
            kin[id(a)] = a
            if child:
                children[id(a)] = a
    if len(kin) != 2 or len(children) != 1:
        return speaker
    child = next(iter(children.values()))
    a = child if m.group("gen").lower() == "младш" else next(x for i, x in kin.items() if i not in children)
    name = a.name if len(a.name.split()) >= 2 else f"{a.name} {said[:m.start()]}"
    return Ref(a.id, name, speaker.mention)


def _in_gender(fam: str, fem: bool) -> str:
    """A family name (the man's form, as written) in a woman's form when ``fem``: "Лозинский" -> "Лозинская"."""
    if fem and re.search(r"(?:ов|ев|ин|ын)$", fam):
        return fam + "а"
    if fem and re.search(r"[сц]кий$", fam):
        return fam[:-2] + "ая"
    return fam


def _family_as_written(surname: str) -> str:
    """The man's form of a surname as written, from a plural or a woman's form: "Лозинских", "Лозинские" ->
    "Лозинский", "Белоусовых", "Белоусовы" -> "Белоусов", "Белоусова" -> "Белоусов", "Ковальчук" as it is."""
    plural = re.search(r"(?:(?:ов|ев|ин|ын)(ых|ы|ыми|ым)|[сц]к(их|ие|ими|им))$", surname)  # ("Анна и Олег
    if plural is not None and plural.group(1):  # Петровы", "Петровым", "Лозинские", r30: every plural case)
        return surname[:-len(plural.group(1))]
    if plural is not None:
        return surname[:-len(plural.group(2))] + "ий"
    fam = family_name(surname)
    return surname[:1] + fam[1:] if fam != surname.lower() else surname


def shared_surname(text: str, pers: list) -> list:
    """PER spans (start, end, type, normal) with a given name alone before "и" and a full name ("Анна и Олег
    Ковальчук", "Петра и Ольгу Лозинских"): the two share the surname, each in the gender of the given name ("Ольга
    Лозинская" beside "Петр Лозинский"); a reader does not take "Анна" for a person without one."""
    from ..names import _morph
    pers = sorted(pers + _given_alone(text, pers))
    out = list(pers)
    for k, (s, e, typ, normal) in enumerate(pers):
        named = _relative_of(text, s, normal)
        if named is not None:  # ("Супруга Гаджиева Диана": Диана Гаджиева, r22)
            out[k] = (s, e, typ, named)
            continue
        j = next((i for i, y in enumerate(pers) if y[0] > e and re.fullmatch(r"\s+и\s+", text[e:y[0]])), None)
        words = pers[j][3].split() if j is not None else []
        parse = _morph().parse(normal)[0] if len(normal.split()) == 1 else None
        if parse is None or "Name" not in parse.tag or len(words) != 2 or \
                _one_persons_case(text[pers[j][0]:pers[j][1]].split()[-1], words[-1]):
            continue
        fam = _family_as_written(words[-1])
        second = _morph().parse(words[0])[0]
        out[k] = (s, e, typ, f"{normal} {_in_gender(fam, 'femn' in parse.tag)}")
        out[j] = (*pers[j][:3], f"{words[0]} {_in_gender(fam, 'femn' in second.tag)}")
    return out


_GIVEN_AND = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+)\s+и\s+$")
_PLURAL_SURNAME = re.compile(r"(?:(?:ов|ев|ин|ын)(?:ы|ых|ым|ыми)|[сц]к(?:ие|их|им|ими))$")


def _given_alone(text: str, pers: list) -> list:
    """A given name the tagger left out before "и" and a full name whose surname is in the plural ("Ирина и Павел
    Соколовы": natasha tags "Павел Соколовы" only): a PER span of it, in the nominative, for ``shared_surname`` to
    give the shared surname (r30); a word the dictionary knows as a given name only."""
    from ..names import _morph
    out = []
    for s, e, _, normal in pers:
        words = text[s:e].split()
        m = _GIVEN_AND.search(text, max(0, s - 30), s)
        if len(words) != 2 or not _PLURAL_SURNAME.search(words[-1]) or m is None or \
                any(ps < m.end(1) and m.start(1) < pe for ps, pe, _, _ in pers):
            continue
        parse = _morph().parse(m.group(1))[0]
        if "Name" in parse.tag and parse.tag.case == "nomn" and parse.tag.number == "sing":
            out.append((m.start(1), m.end(1), "PER", m.group(1)))
    return out


def _one_persons_case(written: str, surname: str) -> bool:
    """A surname declined in the singular ("Исаака и Абу Хасана", "Анну и Олега Петрова"): one person's, shared by
    no given name before it; a shared surname is in the plural ("Петра и Ольгу Лозинских", "Анна и Олег Петровы") or
    indeclinable ("Анна и Олег Ковальчук"), r29."""
    return written.lower() != surname.lower() and not re.search(r"(?:ы|и|ых|их|ым|им|ыми|ими)$", written.lower())


# a relation and the relative's surname in the genitive right before a given name: "Супруга Гаджиева Диана", "сын
# Петрова Иван" (the kinship words of lang/ru/kinship_words.txt and "супруг(а)" in any case)
_RELATION_OF = re.compile(r"(?i)(?<![\w-])(?P<rel>[а-яё]+)\s+(?P<fam>[А-ЯЁ][а-яё]+(?:ова|ева|ина|ына|ского|цкого))\s+$")


def _relative_of(text: str, s: int, normal: str) -> str | None:
    """A given name alone that a relation and a family's surname in the genitive introduce ("Супруга Гаджиева Диана
    в суд не пришла"): the relative's full name, the family's surname in the given name's gender ("Диана
    Гаджиева"), as a reader names her; None otherwise (r22)."""
    from .. import rules
    from ..names import _morph
    m = _RELATION_OF.search(text, max(0, s - 60), s)
    if m is None or len(normal.split()) != 1:
        return None
    rel = m.group("rel").lower()
    kin = set(rules.lines("ru", "kinship_words")) | {"супруг", "супруга", "супруги", "супругу", "супругой"}
    parse = _morph().parse(normal)[0]
    if rel not in kin or "Name" not in parse.tag:
        return None
    fam = m.group("fam")
    man = fam[:-1] if re.search(r"(?:ов|ев|ин|ын)а$", fam) else fam[:-3] + "ий" if fam.endswith("ого") else fam
    return f"{normal} {_in_gender(man, 'femn' in parse.tag)}"


_UK_LETTERS = re.compile(r"[іїєґ]")


def ukrainian_case_form(key: tuple[str, str], words: list[str]) -> bool:
    """A Ukrainian spelling of a name in an oblique case ("Андрія Єрмака" of "Андрій Єрмак", "Олени Бондар" of
    "Олена Бондар"), which the Russian morphology cannot bring back to the nominative: each word the key's word
    with its last vowel or "й" changed for a case ending of one or two letters. Only names holding a letter of the
    Ukrainian alphabet (і, ї, є, ґ): Russian forms are normalised by the tagger ("Александра Петрова" is a woman,
    not "Александр Петров")."""
    if len(words) != 2 or not any(_UK_LETTERS.search(w) for w in (*key, *words)):
        return False

    def form_of(base: str, word: str) -> bool:
        stem = base[:-1] if base[-1:] in "аяйоеіиь" else base
        return word != base and word.startswith(stem) and len(word) - len(stem) <= 2
    return all(form_of(b, w) or b == w for b, w in zip(key, words)) and tuple(words) != key


def surname_variant(a: str, b: str) -> bool:
    """Two spellings of one foreign surname in a text, a vowel apart ("Бенер" and "Бонер", "Уитсон" and "Уитсен"):
    a transliteration wavers on unstressed vowels; two people a vowel apart in one article are rare. A long surname
    (nine letters or more) two edits apart with the same start is a typo of it ("Гернстермайер", "Герстенмайер")."""
    vowels = set("аеёиоуыэюя")
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if min(len(a), len(b)) >= 9 and a[:3] == b[:3]:  # (not one name in two genders: "Александров", "-ова")
        return _edits(a, b) <= 2 and a[:-2] != b[:-2] and not a.startswith(b) and not b.startswith(a)
    return len(a) == len(b) >= 5 and len(diff) == 1 and diff[0][0] in vowels and diff[0][1] in vowels


def _edits(a: str, b: str) -> int:
    """Levenshtein distance."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]
