"""A body named by the text's own city or region only ("Новый аукцион будет объявлен …, сообщили в администрации
города", "В мэрии заверили …", "в городском управлении транспорта признали", "правительство региона", round 21):
a reader takes the city or region the text is about, the one place it names with a city's or a region's body or
title ("Администрация Петрозаводска", "мэр Томска", "губернатор Томской области"; ``words.tsv`` sets ``local_city``,
``local_region``), and names the speaker in the nominative with it: "администрация Петрозаводска", "мэрия
Петрозаводска", "управление транспорта Петрозаводска", linked to that place (as "Лондонская полиция" is to London)
or to the body of that name when the text names it. No place, or two named as often: the phrase as written, in
the nominative ("администрация города")."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ...record import Mention, Ref
from .. import rules
from ..entities.ru_org_states import states as _states  # (the states the rule tables name; r30: one copy)
from .ru_regions import region_named


def _nominative(word: str, gender: str | None = None) -> str:
    """``word`` in the nominative, an adjective in ``gender`` ("plur" for a plural head: "Независимые профсоюзы")."""
    from ..names import _morph
    p = _morph().parse(word)[0]
    want = {"nomn"} | ({gender} if gender and ("ADJF" in p.tag or gender == "plur") else set())
    form = p.inflect(want) if ("ADJF" in p.tag or "NOUN" in p.tag) else None
    return form.word if form is not None else word


def _genitive(words: str) -> str:
    """A place's name as a body's complement: "Подольске" -> "Подольска", "Тульской области" -> "Тульской области"."""
    from ..names import _morph
    out = []
    for w in words.split():
        if len(w) > 1 and w.isupper():
            out.append(w)  # an abbreviation is written the same in every case ("США", "КНДР")
            continue
        p = _morph().parse(w)[0]
        form = p.inflect({"gent"}) if ("NOUN" in p.tag or "ADJF" in p.tag) else None
        out.append(w[:1] + form.word[1:] if form is not None else w)
    return " ".join(out)


def _regional(actor, kinds: set) -> bool:
    """Is the place ``actor`` a region, no city: named so in the text ("Тульской области", ``kinds``), its name
    holding a region's word (words.tsv ``local_region``) or formed as Russian names of regions are, a neuter noun
    in "-ье" ("Подмосковье", "Забайкалье", "Приморье"; words.tsv ``region_endings``, r23)."""
    from ..names import _morph
    words = actor.name.lower().split()
    if "region" in kinds or any(_morph().parse(w)[0].normal_form in rules.wordset("ru", "local_region")
                                for w in words):
        return True
    return len(words) == 1 and words[0].replace("ё", "е").endswith(tuple(rules.wordset("ru", "region_endings")))


class LocalBodies:
    """Over ``self.text`` and ``self.an`` of ``RussianQuotes``."""

    def local_body(self, speaker: Ref) -> Ref | None:
        """The speaker phrase with its generic place read as the text's city or region (see the module), else None."""
        m = speaker.mention
        if speaker.entity is not None or m is None or speaker.name != m.text or len(m.text.split()) > 5:
            return None  # (a body already resolved keeps its name: "ведомстве" read as the prosecutor's office)
        toks = [t for t in self.an.toks if m.start <= t.start < m.end]
        city, region = rules.wordset("ru", "local_city"), rules.wordset("ru", "local_region")
        inst = rules.wordset("ru", "institutions")
        head = next((t for t in toks if t.pos == "NOUN"), None)  # (the first noun heads, "Аналитики банка")
        if head is None or head.lemma not in inst or \
                any(t.pos not in ("NOUN", "PROPN", "ADJ", "PUNCT") for t in toks) or \
                self.an.mentions_in(m.start, m.end, ("ORG", "GPE", "PERSON", "MEDIA")):
            return None  # (a body of its own name, "в управлении Росреестра", is not the text's place)
        kind = "city" if any(t.lemma in city for t in toks) else "region" if any(t.lemma in region for t in toks) \
            else None
        gpes = [a for a in self.an.actors if a.type == "GPE"]  # (a lead setting no city: the city named last, r24)
        place = (kind == "city" and self._setting(gpes, kind) is None and self._nearest_city(m.start)) or \
            (self._local_place(kind) if kind else None)
        words = []
        gender = "plur" if (head.feats or {}).get("Number") == "Plur" else \
            next((g for g in ("masc", "femn", "neut") if g in str(self._parse(head.text).tag)), None)
        for t in toks:
            if (t.lemma in city or t.lemma in region) and t is not head:
                continue  # (the generic place: named below; "мэрия" is the body itself)
            words.append(_nominative(t.text.lower(), gender) if t.start <= head.start else t.text)
        if not words:
            return None
        regional = next((t.lemma for t in toks if t.lemma in ("область", "край") and t is not head), None)
        named = region_named(self.an, regional, self._setting(gpes)) if place is None and regional else None
        if named is not None:  # ("в прокуратуре области" of a story set in Саратов: Саратовская область, r26)
            return Ref(None, f"{' '.join(words)} {named}", m)
        if place is None:
            name = " ".join(_nominative(t.text.lower(), gender) if t.start <= head.start else t.text for t in toks)
            name = m.text[:1] + name[1:] if name[:1].lower() == m.text[:1].lower() else name
            return Ref(None, name, m) if name != m.text else None
        actor, written = place
        name = f"{' '.join(words)} {written}"
        own = next((a for a in self.an.actors if a.type == "ORG" and a.name.lower() == name.lower()), None)
        return Ref(own.id if own is not None else actor.id, name, m)

    def nominative_phrase(self, speaker: Ref) -> Ref | None:
        """A body's speaker phrase (its noun of words.tsv ``institutions``, ``body_anaphors``, org_nouns.txt or a short
        form of org_short_forms.tsv; people keep their phrase as written, r14) written in an oblique case ("По
        данным регионального минздрава", "В министерстве здравоохранения области заверили"): named in the nominative
        as a user reads a name, its words up to its first noun put in that case ("региональный минздрав",
        "министерство здравоохранения области"), the mention as written (r22); None when it is in the nominative
        already or is no such phrase."""
        m = speaker.mention
        if m is None or speaker.name != m.text or len(m.text.split()) > 6:
            return None
        toks = [t for t in self.an.toks if m.start <= t.start < m.end]
        head = next((t for t in toks if t.pos == "NOUN"), None)
        bodies = rules.wordset("ru", "institutions") | rules.wordset("ru", "body_anaphors") | \
            set(rules.words("ru", "org_nouns")) | {r[0] for r in rules.table("ru", "org_short_forms")}
        if head is None or (head.feats or {}).get("Case") in (None, "Nom") or head.lemma not in bodies or \
                any(t.pos not in ("NOUN", "PROPN", "ADJ", "PUNCT") for t in toks if t.start <= head.start):
            return None
        gender = "plur" if (head.feats or {}).get("Number") == "Plur" else \
            next((g for g in ("masc", "femn", "neut") if g in str(self._parse(head.text).tag)), None)
        words = [_nominative(t.text.lower(), gender) if t.start <= head.start else t.text for t in toks]
        name = " ".join(words)
        name = m.text[:1] + name[1:] if name[:1].lower() == m.text[:1].lower() else name
        return Ref(speaker.entity, name, m) if name != m.text else None

    def anaphor_body(self, speaker: Ref) -> Ref | None:
        """ "Представитель ведомства пояснил", "В пресс-службе министерства уточнили" after a body was named: the
        generic body noun in the genitive (``words.tsv`` ``body_anaphors``) stands for the body just spoken of, as
        it does bare ("В ведомстве уточнили", ru_speakers.py ``_body_just_named``); the speaker is that body, its
        words kept as written. None when the phrase has no such noun or no body was named."""
        m = speaker.mention
        if speaker.entity is not None or m is None or len(m.text.split()) > 4:
            return None
        toks = [t for t in self.an.toks if m.start <= t.start < m.end]
        anaphors = rules.wordset("ru", "body_anaphors")
        speakers_for = rules.wordset("ru", "members") | rules.wordset("ru", "institutions")
        gen = [t for t in toks[1:] if t.pos == "NOUN" and t.lemma in anaphors and (t.feats or {}).get("Case") == "Gen"]
        if not toks or toks[0].lemma not in speakers_for or len(gen) != 1 or gen[0] is not toks[-1]:
            return None  # ("Представитель нефтяных компаний": many bodies, not one just named)
        sub = Ref(None, gen[0].text, Mention(gen[0].start, gen[0].end, gen[0].text))
        body = self._body_just_named(sub, [gen[0]])
        return Ref(body.entity, speaker.name, m) if body is not None and body.entity is not None else None

    def _nearest_city(self, pos: int):
        """The city named last before ``pos`` in its sentence or the one before, outside quotations (no state, no
        region, no seat of a region named, none named with a body or title of its own: "Мэр Москвы"): "Ремонт
        затронет и Новодвинск … В городской администрации пообещали" is Novodvinsk's when the lead sets no city
        (r24); as (actor, its genitive), else None."""
        k = next((i for i, (ss, se) in enumerate(self.an.sents) if ss <= pos < se), 0)
        lo = self.an.sents[max(k - 1, 0)][0]
        states = _states()
        anchors = rules.wordset("ru", "institutions") | rules.wordset("ru", "local_city") | {"глава"}
        cities = [(x, a) for x, a in self.an.mentions_in(lo, pos, ("GPE",)) if not self._in_words(x.start) and
                  a.name.lower().replace("ё", "е") not in states and not _regional(a, set()) and
                  not self._capital(a) and not any(
                      t.lemma in anchors for t in self.an.toks[max(self.an.tok_at_start[x.start].i - 1, 0):
                                                                self.an.tok_at_start[x.start].i])
                  if x.start in self.an.tok_at_start]  # ("Мэр Москвы …": a city with its own body named)
        if not cities:
            return None
        x, a = cities[-1]
        return a, _genitive(self.an.toks[self.an.tok_at_start[x.start].i].text if " " not in x.text and
                            x.start in self.an.tok_at_start else x.text)

    def _capital(self, a) -> bool:
        """Is the city ``a`` the seat of a region the text names by its adjective ("Самара" of "Самарской области",
        "Архангельск" of "Архангельской области"): a story set in another town of the region names its capital
        for the region's bodies, and a bare city body there is the town's, not the capital's (r24)."""
        region = rules.wordset("ru", "local_region")
        return any(t.lemma in region and k > 0 and self.an.toks[k - 1].lemma.endswith("ский") and
                   _place_of(self.an.toks[k - 1].lemma, a.name) for k, t in enumerate(self.an.toks))

    def _parse(self, word: str):
        from ..names import _morph
        return _morph().parse(word)[0]

    def _local_place(self, kind: str):
        """The one place the text names with a body or title of a city (``kind`` "city") or of a region ("главы
        Петрозаводска", "Администрация Петрозаводска", "губернатор Томской области"), named so most often (then
        named most), as (actor, its genitive as written), else None. A place named with a word of the other kind
        ("Республики Карелия", "губернатор области") is not taken."""
        city, region = rules.wordset("ru", "local_city"), rules.wordset("ru", "local_region")
        anchors = rules.wordset("ru", "institutions") | city | region | {"глава", "власти", "власть", "жители"}
        gpes = [a for a in self.an.actors if a.type == "GPE"]
        seen, kinds, written, total = Counter(), {}, {}, Counter()
        for x, a in self.an.mentions_in(0, len(self.text), ("GPE", "ORG")):
            toks = [t for t in self.an.toks if x.start <= t.start < x.end]
            t = toks[0] if toks else None
            if t is None:
                continue
            if a.type == "ORG":  # "Администрация Петрозаводска": the body's name holds its place
                if t.lemma not in anchors or len(toks) < 2:
                    continue
                word = toks[1]
                a = next((g for g in gpes if any(gm.text == word.text for gm in g.mentions)), None)
                if a is None:
                    continue
                prev, t, text = toks[0], word, word.text
            else:
                total[a.id] += 1
                prev = self.an.toks[t.i - 1] if t.i > 0 else None
                text = x.text
            for w in [prev, *toks]:
                if w is not None and w.lemma in city:
                    kinds.setdefault(a.id, set()).add("city")
                elif w is not None and w.lemma in region:
                    kinds.setdefault(a.id, set()).add("region")
            if prev is None or prev.lemma not in anchors or (t.feats or {}).get("Case") != "Gen":
                continue
            seen[a.id] += 1
            written.setdefault(a.id, text)
        setting = self._setting(gpes, kind, kinds)
        if setting is not None:  # (the lead's "В Подольске …" names the place as often as a title does)
            seen[setting[0].id] += 1
            written.setdefault(setting[0].id, setting[1])
        lead = setting[0].id if setting is not None else None
        other = "region" if kind == "city" else "city"
        capitals = {i for i in seen if kind == "city" and i != lead and
                    self._capital(next(a for a in gpes if a.id == i))} if len(seen) > 1 else set()
        # (Самара after "Самарской области" in a story set in Тольятти; the lead's own city never, r24)
        fit = sorted(((i not in capitals, n, i == lead, total[i], i) for i, n in seen.items()
                      if other not in kinds.get(i, set()) and
                      (kind == "city" or "region" in kinds.get(i, set()))), reverse=True)  # (a region is named so)
        if not fit or len(fit) > 1 and fit[0][:4] == fit[1][:4]:
            return None
        actor = next(a for a in self.an.actors if a.id == fit[0][4])
        return actor, written[actor.id]

    def _setting(self, gpes, kind: str | None = None, kinds=None) -> tuple | None:
        """The place the story happens in, as its headline or lead sentence sets it: the first "в/во X" there with X
        a place in the locative that is no state (``events_metonyms.tsv``, ``events_demonyms.tsv``: "в Германии"
        sets a country, not a city), as (actor, its genitive); None when the lead sets none. A story "В Подольске
        …" that names "Мэр Москвы" in passing is Podolsk's: its "администрация города" is Podolsk's (r22). A city's
        body (``kind`` "city") is set by no region: "В Подмосковье …" in the headline, "В Коломне …" in the lead
        set Kolomna (``_regional``, r23)."""
        if not self.an.sents:
            return None
        lead_end = self.an.sents[min(2, len(self.an.sents) - 1)][1]  # (a headline, a dateline, the lead)
        states = _states()
        for x, a in self.an.mentions_in(0, lead_end, ("GPE",)):
            toks = [t for t in self.an.toks if x.start <= t.start < x.end]
            if not toks or a.name.lower().replace("ё", "е") in states or a not in gpes or \
                    kind == "city" and _regional(a, (kinds or {}).get(a.id, set())):
                continue
            k = toks[0].i - 1
            while k >= 0 and toks[0].i - k <= 3 and self.an.toks[k].pos in ("ADJ", "NOUN") and \
                    (toks[0].feats or {}).get("Case") == "Gen":
                k -= 1  # ("в северных районах Нижегородской области": the place of the phrase after "в")
            prev = self.an.toks[k] if k >= 0 else None
            if prev is None or prev.lemma != "в" or k == toks[0].i - 1 and (toks[0].feats or {}).get("Case") != "Loc":
                continue
            return a, _genitive(x.text)
        return None


@lru_cache(maxsize=None)
def _demonyms(lang: str) -> dict[str, str]:
    try:
        return {r[0]: r[1] for r in rules.table(lang, "events_demonyms") if len(r) >= 2}
    except rules.RuleFileError:
        return {}


def _place_of(adj_lemma: str, place: str) -> bool:
    """The adjective (lemma in "-ский") is of the place: by the nationality table, or its stem begins the place's
    name ("лондонский" Лондон, "московский" Москва, "российский" Россия: all but two letters of the stem)."""
    if _demonyms("ru").get(adj_lemma) == place:
        return True
    stem, name = adj_lemma[:-4], place.lower().replace("ё", "е")
    k = 0
    while k < min(len(stem), len(name)) and stem[k] == name[k]:
        k += 1
    return k >= 4 and k >= len(stem) - 2


def body_of_place(name: str, adj_lemma: str, place: str) -> str | None:
    """A body or group named by its place's adjective, named as the place's body: "Лондонская полиция" -> "полиция
    Лондона", "российское министерство финансов" -> "министерство финансов России", "американские власти" ->
    "власти США" (the group, never the place, and the place kept in its name, as a reader writes it out). Only when
    the adjective opens the phrase and agrees with it (nominative); None otherwise ("соратник северокорейского
    вождя" stays as written)."""
    from ..names import _morph
    words = name.split()
    if len(words) < 2:
        return None
    first = _morph().parse(words[0].lower())
    if not any(p.normal_form.replace("ё", "е") == adj_lemma and "nomn" in p.tag for p in first):
        return None
    return " ".join(words[1:]) + " " + _genitive(place)
