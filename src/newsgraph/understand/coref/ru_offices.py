"""Russian titles tied to a body or place: "губернатор Свердловской области", "глава ЦБ", "глава региона".

Such a title is a definite description of that body's office holder. It stands for a person named before only when
that person's role names the same body (the same lemma, a compound short form read in full: org_short_forms.tsv,
initials, or a group of lang/ru/office_synonyms.tsv), else for one named without a role; never for the last person
named whose role names another body (a governor's words credited to a deputy of the Duma named just before).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules


def _lemmas(phrase: str) -> list[str]:
    from ..names import _morph
    return [_morph().parse(w)[0].normal_form.replace("ё", "е")
            for w in re.findall(r"[\w-]+", phrase.lower().replace("ё", "е"))]


def _lemma(word: str) -> str:
    """The dictionary form of one word (the word itself, lower case, when it has no letters)."""
    found = _lemmas(word)
    return found[0] if found else word.lower()


@lru_cache(maxsize=2)
def _groups(lang: str) -> dict[str, int]:
    """lemma or lemma phrase -> group number (office_synonyms.tsv)."""
    try:
        rows = rules.table(lang, "office_synonyms")
    except rules.RuleFileError:
        return {}
    return {" ".join(_lemmas(c)): k for k, row in enumerate(rows) for c in row}


def _expanded(words: list[str], lang: str) -> list[str]:
    """Lemmas of ``words`` with compound short forms read in full ("минфин" -> министерство финансов)."""
    short = rules.mapping(lang, "org_short_forms")
    out = []
    for w in words:
        lem = _lemma(w)
        out.append(lem)
        full = short.get(w.lower()) or short.get(lem)
        if full:
            out += _lemmas(full)
    return out


def _group_ids(lemmas: list[str], lang: str) -> set[int]:
    groups = _groups(lang)
    ids = {groups[x] for x in lemmas if x in groups}
    ids |= {groups[f"{a} {b}"] for a, b in zip(lemmas, lemmas[1:]) if f"{a} {b}" in groups}
    return ids


def heads_body(body_lemma: str, role: str | None, lang: str = "ru") -> bool:
    """The role's own title (its first word, a lemma: "президент россия") is in one group of office_synonyms.tsv with
    the body ``body_lemma`` ("кремль"): its holder heads that body (r35)."""
    words = (role or "").split()[:1]
    return bool(words) and bool(_group_ids(_lemmas(body_lemma), lang) & _group_ids(_lemmas(words[0]), lang))


def _compound_of(word: str, stems: list[str]) -> bool:
    """``word`` is a compound abbreviation of two consecutive role words: "минобороны" of "министр обороны"."""
    return any(len(a) >= 3 and len(b) >= 3 and word.startswith(a[:3]) and b[:3] in word[3:]
               for a, b in zip(stems, stems[1:]))


def _initials_of(word: str, stems: list[str]) -> bool:
    """``word`` (upper case) is the initials of a run of role words ("ЦБ" of "Центрального банка")."""
    letters = [w[0] for w in stems if len(w) > 2]
    w = word.lower()
    return len(w) >= 2 and any("".join(letters[i:i + len(w)]) == w for i in range(len(letters)))


def chunk_initials(word: str, stems: list[str]) -> bool:
    """``word`` is an abbreviation in mixed case whose capitals open its chunks, each the start of one of a run of
    words ("УрФУ" of "Уральский федеральный университет", "МинЮст" of "министерство юстиции"; r20)."""
    chunks = re.findall(r"[А-ЯЁA-Z][а-яёa-z]*", word)
    if len(chunks) < 2 or word.isupper() or "".join(chunks) != word:
        return False
    low = [c.lower() for c in chunks]
    words = [w.lower() for w in stems if len(w) > 2]
    return any(all(words[i + j].startswith(c) for j, c in enumerate(low)) for i in range(len(words) - len(low) + 1))


def office_fits(names: list[str], role: str | None, lang: str = "ru", exact: bool = False) -> bool:
    """A role ("Председатель ЦБ", "губернатор Белгородской области") names the body or place of a title's
    complement (``names``, its words as written: "ЦБ", "Минфина", "региона"). ``exact``: only by the same lemmas
    (a generic complement, "региона", fits "губернатор региона", not "регионального министерства")."""
    if not role or not names:
        return False
    words = role.split()
    if "в" in words[1:] or "во" in words[1:]:  # "Посол России в США": where the office sits is not its body
        words = words[:words.index("в" if "в" in words[1:] else "во", 1)]
    stems = _expanded(words, lang)
    if exact:
        return all(c in stems for c in _lemmas(" ".join(names)))
    proper = [w for w in names if w[:1].isupper()]
    names = proper or names  # a body's own name decides, not its generic words ("Краснодарского края": not "края")
    here, there = _states(names), _states(words)
    if here and there and not here & there:
        return False  # (r20) the same body of two states: "глава МИД Республики Корея" is not "глава МИД Японии"
    comp = _expanded(names, lang)
    if _group_ids(comp, lang) & _group_ids(stems, lang):
        return True
    for name, lem in zip(names, comp):
        if lem in stems or not name[:1].isupper() and any(len(s) >= 5 and lem[:5] == s[:5] for s in stems):
            return True  # (a prefix only of common words: "Красноярского" is no "Краснодарского", review r18)
        if name.isupper() and _initials_of(name, stems) or _compound_of(lem, stems) or chunk_initials(name, words):
            return True
    return False


def holds_title(lemma: str, role: str | None) -> bool:
    """A role ("заместитель губернатор по вопросам безопасности", its title as lemmas) holds the title ``lemma``:
    the word is in it ("экс-" of it too, r23), or the title is a "вице-" one and the role is the deputy of that
    title ("вице-губернатор" for "заместитель губернатора"; r21)."""
    words = (role or "").split()
    if lemma in words or lemma.startswith("экс-") and lemma[4:] in words:  # ("экс-министр": a former minister,
        return True  # "бывшего министра …" of the role, r23)
    if short_title_of(lemma, words):
        return True  # ("Худрук" of "художественный руководитель театра", title_short_forms.tsv, r30)
    base = deputy_of(lemma)
    return base is not None and words[:2] == ["заместитель", base]


@lru_cache(maxsize=1)
def _short_titles() -> dict[str, tuple[str, ...]]:
    return {r[0]: tuple(r[1].split()) for r in rules.table("ru", "title_short_forms") if len(r) >= 2}


@lru_cache(maxsize=1)
def written_out_titles() -> frozenset[str]:
    """The titles the short forms stand for, written out ("художественный руководитель"): titles of two words."""
    return frozenset(" ".join(v) for v in _short_titles().values())


def short_title_of(lemma: str, words: list[str]) -> bool:
    """Is the title ``lemma`` the compound short form of the title the role ``words`` begin with, or the role's first
    word the short form of a title ending in ``lemma`` ("худрук" and "художественный руководитель театр";
    ``title_short_forms.tsv``, r30)?"""
    table = _short_titles()
    full = table.get(lemma)
    if full is not None and tuple(words[:len(full)]) == full:
        return True
    full = table.get(words[0]) if words else None  # (the other way only for an adjective's title: "главврач" is a
    return full is not None and full[-1] == lemma and _adjective(full[0])  # "врач", "замминистра" no "министр")


def _adjective(word: str) -> bool:
    from ..names import _morph
    return _morph().parse(word)[0].tag.POS in ("ADJF", "PRTF")


def other_title(lemma: str, role: str | None) -> bool:
    """Does a person whose role ("депутат госдума", its title first, as lemmas) holds another office than the title
    ``lemma`` ("министр")? Only between titles of words.tsv ``distinct_titles``, each one office and no other's
    ("Министр выступил …" after "Депутат Олег Смирнов" is not Smirnov; "глава" may be anyone's, r23)."""
    titles = rules.wordset("ru", "distinct_titles")
    words = (role or "").split()
    base = lemma[4:] if lemma.startswith("экс-") else lemma
    return base in titles and bool(words) and words[0] in titles and words[0] != base and \
        not holds_title(lemma, role)


def deputy_of(lemma: str) -> str | None:
    """The title a "вице-" title is the deputy of ("вице-губернатор" -> "губернатор"), else None: "вице-губернатор"
    is read as "заместитель губернатора" is (r21)."""
    return lemma[5:] if lemma.startswith("вице-") and len(lemma) > 7 else None


def _states(words: list[str]) -> set[str]:
    """The capitalised words pymorphy knows as geographical names, as the places table names the state ("РФ",
    "России" -> россия), a seat of government as its state ("Кремля" -> россия, events_metonyms.tsv), else as
    lemmas ("Японии" -> "япония")."""
    from ..names import _morph
    try:
        canon = rules.mapping("ru", "places")
        seats = {r[0]: r[1] for r in rules.table("ru", "events_metonyms") if len(r) >= 2}
    except rules.RuleFileError:
        canon, seats = {}, {}
    found = {(canon.get(w.lower()) or _lemma(w)).lower() for w in words if w[:1].isupper() and (
        w.lower() in canon or any("Geox" in p.tag.grammemes for p in _morph().parse(w)[:2]))}
    return {seats.get(x, x).lower() for x in found}


_PLACE_NOUNS = frozenset({"область", "край", "республика", "округ", "город", "район", "губерния", "столица",
                          "регион", "страна", "штат", "провинция"})


def _kind(words: list[str]) -> str:
    """"place" when the words name a territory ("Свердловской области", "Кубани": a place noun or a name pymorphy
    knows as geographical), else "body" ("ЦБ", "Госдумы", "Минфина")."""
    from ..names import _morph
    for w in words:
        lem = _lemma(w)
        if lem in _PLACE_NOUNS or w[:1].isupper() and any("Geox" in p.tag.grammemes for p in _morph().parse(w)[:2]):
            return "place"
    return "body"


def office_conflicts(names: list[str], role: str | None) -> bool:
    """The role names a body of its own that does not fit the title's (office_fits failed): another body ("Депутат
    Госдумы" for "глава Минздрава") or a body for a territory ("Председатель ЦБ" for "губернатора Свердловской
    области"): that person holds another office. Two territories named differently may be one ("Глава Кубани" and
    "губернатор Краснодарского края"): no conflict."""
    words = (role or "").split()[1:]
    own = [w for w in words if w[:1].isupper()]
    if not own:
        return False
    here, there = _states(names), _states(words)
    if here and there and not here & there:  # the same body of another state ("глава МИД Республики Корея" and
        body = [w for w in names if _lemma(w) not in here]  # "глава МИД России"), r20
        if body and office_fits(body, role):
            return True
    kind = _kind(own + [w for w in words if not w[:1].isupper()])
    return kind != _kind(names) or kind == "body"  # (bodies named differently: short forms and synonyms fit first)


def holder_named_after(an, title_end: int, limit: int):
    """A name written right after a title and its body that the tagger left untagged ("Глава МИД Республики Корея
    Чо Тхэ Ёль выразил надежду …", "посол Вьетнама Данг Минь Кхой"): the holder the text names there, not one
    named before with a like title (r20). Capitalised words that no mention covers, after the body's own names, up
    to the first word in lower case: mid-sentence Russian capitalises names, not common nouns. A new person actor
    (a Ref), else None."""
    from ...record import Mention
    bodies = [x for x in an.mentions_in(max(0, title_end - 80), limit, ("ORG", "GPE", "MEDIA")) if x[0].end > title_end]
    words = []
    for t in an.toks:
        if t.start < title_end or any(m.start <= t.start < m.end for m, _ in bodies):
            continue
        if t.start >= limit or not re.fullmatch(r"[А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]*)?", t.text) or \
                an.by_span_overlap(t.start, t.end):
            break
        if words and an.text[words[-1].end:t.start] != " ":
            break
        words.append(t)
    if not 2 <= len(words) <= 4 or an.text[words[-1].end:words[-1].end + 1].isalpha():
        return None
    s, e = words[0].start, words[-1].end
    name = an.text[s:e]
    a = an.new_actor(name, "PERSON", (None, name.split()[-1].lower()), f"tmp-new{len(an.actors)}")
    a.mentions.append(Mention(s, e, name))
    an.persons.append((Mention(s, e, name), a))
    an.persons.sort(key=lambda x: x[0].start)
    an.by_span[(s, e)] = a
    return an.ref(a, s, e)


@lru_cache(maxsize=1)
def _callings() -> dict[str, frozenset[str]]:
    """calling lemma -> its group (lang/ru/calling_synonyms.tsv; a calling alone is its own group)."""
    out: dict[str, frozenset[str]] = {}
    try:
        for row in rules.table("ru", "calling_synonyms"):
            group = frozenset(w.strip() for w in row if w.strip())
            for w in group:
                out[w] = group
    except rules.RuleFileError:
        pass
    return out


def introduced_as(an, lemma: str, cands: list) -> list:
    """The candidates (mention, actor) whose person the text introduced with the calling ``lemma`` or one of its
    group right before a mention of their name ("адвокат Сергей Мельник", "защитник Ирина Белова"): "Его адвокат
    заявил", "— сказал защитник" stand for them, as a reader takes them (r22), not for the last subject named; a
    client's name may stand between ("адвокат Ершова Денис Клименко", r24)."""
    group = _callings().get(lemma, frozenset({lemma}))
    out = []
    for m, a in cands:
        for x in a.mentions:
            t = an.tok_at_start.get(x.start)
            client = next((y for y, b in an.persons if b is not a and y.end < x.start and
                           not an.text[y.end:x.start].strip()), None)  # ("адвокат Ершова Денис Клименко": his
            t0 = an.tok_at_start.get(client.start) if client is not None else t  # client's name between, r24)
            prev = an.toks[t0.i - 1] if t0 is not None and t0.i > 0 else None
            if any(b is not a and y.start > x.end and not an.text[x.end:y.start].strip() for y, b in an.persons):
                continue  # (the client, the calling his lawyer's, whose name follows)
            case = lambda tok: (tok.feats or {}).get("Case")  # noqa: E731 (in apposition: "адвокат Сергей Мельник",
            # not "Мать Артема", his mother)
            if prev is not None and not an.text[prev.end:x.start].strip() and an._lemma(prev) in group and \
                    case(prev) == case(t):
                out.append((m, a))
                break
    return out


def the_other(an, t, with_role: list) -> list:
    """ "Другой замминистра сообщил", "второй вице-губернатор добавил" after two holders of that title were named:
    the one of them the text did not speak of last, not the last one named (r22); ``with_role`` (mention, actor)
    pairs in text order, as they are when no "другой"/"второй" stands before the title ``t``."""
    prev = an.toks[t.i - 1] if t.i > 0 else None
    if prev is None or an._lemma(prev) not in ("другой", "второй") or len({id(a) for _, a in with_role}) < 2:
        return with_role
    last = with_role[-1][1]
    return [x for x in with_role if x[1] is not last]


def of_another_state(role: str | None, stems: tuple[str, ...]) -> bool:
    """The role names a state none of whose stems (a nationality adjective's, events_demonyms.tsv: "кита", "кнр" for
    "китайский") it holds: "министр иностранных дел России" is no "китайский министр" (r22)."""
    words = (role or "").split()[1:]
    states = _states([w for w in words if w[:1].isupper()])
    return bool(states) and not any(st in (role or "").lower() for st in stems)
