"""English actors from the corrected spans: mentions clustered into one actor per person, organisation or place
(``cluster``, ``_cluster_persons``: where entity names are made final), acronyms tied to their expansion, groups
("26 countries"). The titles and roles read around a person's name: ``en_titles``."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import names, rules
from ..actors import Actors, WEntity
from .en_lexicon import LOCATIVE_PREPS, Lexicon, WS
from .en_orgs import _initials, bare_acronyms, organisations_typed_otherwise
from .en_spans import titled_name
from .en_persons import _cluster_persons, _subj


# -- clustering -----------------------------------------------------------------------------------------------------
def cluster(actors: Actors, spans, view, text, lex) -> None:
    spans.sort(key=lambda sp: (sp[0], -sp[1]))
    spans[:] = _couple_typed_otherwise(_persons_typed_otherwise(organisations_typed_otherwise(spans, text), text, lex),
                                       text)
    subj = _subject_chars(view)
    spans[:] = _nationality_surnames(spans, text, subj)
    persons = []
    keyed: dict[tuple, int] = {}
    for s, e, label, extra in spans:
        t = WS.sub(" ", text[s:e])
        if label == "PERSON":
            bare = names.strip_titles(t)
            if bare != t and t.endswith(bare) and bare[:1].isupper() and t.split()[0].lower() not in _REGNAL:
                # a title left on a span typed ORG and made a person later ("General Petraeus"): no part of the name
                s, t = e - len(bare), bare
            persons.append((s, e, t))
            continue
        if label == "NORP":
            continue
        if label == "MEDIA":
            key = ("MEDIA", extra or t)
            name = extra or t
        elif label in ("GPE", "LOC", "FAC"):
            c = lex.country_of.get(t) or lex.country_of.get(t.removeprefix("the ")) or (
                lex.state_of[t] if lex.state_of.get(t, t) != t else None)  # "Fla." -> Florida
            if c is not None:
                key, name, label = ("GPE", c), c, "GPE"
            elif t in lex.capital and not _locative(text, s) and not t.startswith(lex.capital[t] + " "):
                c = lex.capital[t]  # ("Mexico City", "Kuwait City": named to be told from the country, never it)
                idx = _get(actors, keyed, ("GPE", c), "GPE", c)
                # an actor ("Kyiv intends to…"): a mention of the country only; "in Kyiv" stays the city
                actors.add_mention(idx, s, e, "metonym", _subj(subj, s, e))
                continue
            else:
                key, name = (label if label != "FAC" else "LOC", t), t
                label = key[0]
        else:  # ORG, GROUP
            name = t
            key = ("ORG", t.lower())
        idx = _get(actors, keyed, key, label, name)
        kind = "outlet" if label == "MEDIA" else "name"
        if key[0] == "GPE" and name != t and t in lex.capital:
            kind = "name"
        actors.add_mention(idx, s, e, kind, _subj(subj, s, e))
    _cluster_persons(actors, _couples(persons, text), subj, text)


_AND = re.compile(r"\s+(?:and|&)\s+$")


def _regnal_before(text: str, name: str) -> bool:
    """The text writes a royal title before the name somewhere ("Prince Harry"): a royal known by the given name."""
    return any(m.group(1).lower() in _REGNAL for m in re.finditer(r"\b(\w+)\s+" + re.escape(name) + r"\b", text))


def _couple_typed_otherwise(spans, text: str) -> list:
    """A known given name the tagger typed as an organisation or a place, joined by "and" to a person's full name
    that opens with a given name ("Tariq and Nadia Rahman"): a person (``_couples`` gives it the surname)."""
    out = list(spans)
    for k, (s, e, label, extra) in enumerate(spans[:-1]):
        s2, e2, label2, _ = spans[k + 1]
        word, words = text[s:e], WS.sub(" ", text[s2:e2]).split()
        if label in _ORG_OR_PLACE and not extra and " " not in word and _given(word) and label2 == "PERSON" and \
                len(words) >= 2 and _given(words[0]) and _AND.fullmatch(text[e:s2]):
            out[k] = (s, e, "PERSON", extra)
    return out


def _couples(persons: list, text: str) -> list:
    """A given name joined by "and" to the full name of another person shares that person's surname: "Khizr and
    Ghazala Khan", "Bill and Hillary Clinton" name Khizr Khan and Bill Clinton (the tagger gives the first given
    name alone, which left "Mr. Khan" to the only other Khan of the page, the couple's son). The first name is a
    given name by our list, or one the document never uses as a surname (no "Mr. Khizr", no full name ending in
    it): "Trump and Hillary Clinton" stays two surnames apart. A name with a title before it is a surname
    ("President Obama and Hillary Clinton", "Presidents Reagan and George W. Bush"), and a name that is one of a list
    of surnames ("Panetta and Biden and Susan Rice") is no couple: neither shares the surname after it."""
    out = list(persons)
    surnames = {m.group(1) for m in _TITLED.finditer(text)} | {t.split()[-1] for _, _, t in persons if " " in t}
    firsts = {t.split()[0] for _, _, t in persons if " " in t}  # "Marco" of Marco Rubio named in full
    for k, (s, e, t) in enumerate(persons[:-1]):
        s2, _, t2 = persons[k + 1]
        words = t2.split()
        if " " in t or t in firsts or len(words) < 2 or not _given(words[0]) or not _AND.fullmatch(text[e:s2]):
            continue  # (a given name the text gives someone in full is theirs: "Marco and Jeb Bush", review r14)
        if t in surnames or (not _given(t) and names.common_word(t)) or _regnal_before(text, t):
            continue  # ("Harry and Meghan Markle" beside "Prince Harry": no Harry Markle)
        if titled_name(text, s, e, t) and (not _given(t) or _PLURAL_TITLE.search(text, max(0, s - 30), s)) or \
                k and _LISTED.fullmatch(text[persons[k - 1][1]:s]) and not _given(persons[k - 1][2].split()[0]) \
                and not _given(t):
            continue  # (a given name under one title is the couple's: "Former President Bill and Hillary Clinton",
            # "Pelosi, Schumer and Barack and Michelle Obama", review r23)
        last = words[-2] if len(words) >= 3 and names.fold(words[-1]).strip(".") in names.SUFFIXES else words[-1]
        out[k] = (s, e, f"{t} {last}")
    return out
_LISTED = re.compile(r"\s*(?:,|,?\s+(?:and|&))\s+")  # between two names of a list
_PLURAL_TITLE = re.compile(r"\b(?:Presidents|Senators|Sens\.|Governors|Govs\.|Reps\.|Representatives|Generals|"
                           r"Justices|Judges|Mayors|Ministers)\s+$")  # "Presidents Reagan and George W. Bush"
# a courtesy title before a surname ("Mrs May"): courtesy_titles of lang/en/words.tsv, capitalised as written
COURTESY = r"(?:" + "|".join(sorted((re.escape(t.capitalize()) for t in rules.wordset("en", "courtesy_titles")),
                                     key=len, reverse=True)) + ")"
_TITLED = re.compile(r"\b" + COURTESY + r"\.?\s+([A-Z][\w'’-]+)")
_ORG_OR_PLACE = ("ORG", "GPE", "LOC", "FAC")
_REGNAL = rules.words("en", "regnal_titles")
_COURTESY_START = re.compile(COURTESY + r"\.?\s+(?=[A-Z])")


def _persons_typed_otherwise(spans, text: str, lex: Lexicon | None = None) -> list:
    """Spans the tagger typed as an organisation or a place that are a person's full name by the document's own
    word: a known given name followed by a surname the document gives a person elsewhere ("Theresa May" tagged ORG
    beside "Mrs May"; "Nicola Sturgeon" beside "Ms Sturgeon"), or a name of a person's shape alone (a given name and
    a surname that is no English word: "Carly Fiorina", which the small model types ORG in most pages;
    ``names.person_shaped``). A single word typed so that is the surname of a person the document names in full with a
    known given name is that person where it is not used as a place ("Terrence Harlan ... Harlan has three days to
    appeal": not the county; "in Harlan", a country or a capital keep their type). Otherwise the type stands
    ("Morgan Stanley", "Georgia Power", "San Diego")."""
    surnames = {m.group(1) for m in _TITLED.finditer(text)}
    for s, e, label, _ in spans:
        if label == "PERSON":
            words = names.strip_titles(WS.sub(" ", text[s:e])).split()
            if words:
                surnames.add(words[-1])  # "Nicola Sturgeon", or "Rudolph" alone (the page calls someone so)
    titled = {m.group(1) for m in _TITLED.finditer(text)}
    fulls = {names.strip_titles(WS.sub(" ", text[s:e])) for s, e, label, _ in spans if label == "PERSON"}
    out = []
    for sp in spans:
        s, e, label, extra = sp
        if label in _ORG_OR_PLACE:
            words = WS.sub(" ", text[s:e]).split()
            m = _COURTESY_START.match(text, s, e)
            if m and not extra and all(w[:1].isupper() for w in words[1:]) and len(words) <= 4 and \
                    names.fold(text[m.end():e]) not in names._titles()[0]:  # not "Lord Chancellor"
                # a courtesy title opens it: a person, named without the title ("Ms Sturgeon" tagged ORG)
                sp = (m.end(), e, "PERSON", extra)
            elif 2 <= len(words) <= 3 and words[-1] in surnames and all(w[:1].isupper() for w in words) and (
                    _given(words[0]) or (words[-1] in titled and not extra and not names.common_word(words[0]))) \
                    or not extra and names.person_shaped(" ".join(words)):
                # (a given name our data lacks before the surname of a courtesy-titled person: "Tashfeen Malik"
                # beside "Ms. Malik")
                sp = (s, e, "PERSON", extra)
            elif len(words) == 2 and not extra and words[0].lower() in _REGNAL and _given(words[1]):
                sp = (s, e, "PERSON", extra)  # a royal title and a given name: "Prince Louis" tagged GPE
            elif 2 <= len(words) <= 4 and not extra and words[0][:1].isupper() and \
                    not names.common_word(words[-1]) and any(names.tail_of(" ".join(words), f) for f in fulls):
                sp = (s, e, "PERSON", extra)  # a person's full name without the given name: "Von der Leyen"
            elif not extra and _titled_full_name(" ".join(words)):
                sp = (s, e, "PERSON", extra)  # a title before a full name: "Superintendent Tanisha Greer" tagged ORG
            elif label == "ORG" and len(words) == 1 and words[0] in titled and not extra:
                # the surname the document gives a titled person ("Mr Rees-Mogg"), alone: that person
                sp = (s, e, "PERSON", extra)
        out.append(sp)
    return _surnames_typed_otherwise(out, text, lex)


def _titled_full_name(t: str) -> bool:
    """Titles (lang/*/titles.txt) and then a given name and a surname: a person, whatever the tagger said."""
    bare = names.strip_titles(t).split()
    return bare != t.split() and 2 <= len(bare) <= 3 and _given(bare[0]) and all(w[:1].isupper() for w in bare) \
        and not names.common_word(bare[-1])


def _surnames_typed_otherwise(spans, text: str, lex: Lexicon | None) -> list:
    """A single word typed as an organisation or a place that is the surname of a person named in full with a known
    given name (after ``_persons_typed_otherwise``), not used as a place: that person (see there)."""
    fulls = [names.strip_titles(WS.sub(" ", text[s:e])).split() for s, e, label, _ in spans if label == "PERSON"]
    surnames = {w[-1] for w in fulls if len(w) >= 2 and _given(w[0])}
    out = []
    for s, e, label, extra in spans:
        word = text[s:e]
        if label in _ORG_OR_PLACE and not extra and word in surnames and not _locative(text, s) and \
                (lex is None or (word not in lex.country_of and word not in lex.capital)):
            label = "PERSON"
        out.append((s, e, label, extra))
    return out


def _nationality_surnames(spans, text: str, subj: dict[int, int]) -> list:
    """A single word typed a nationality that is the surname of a person the document names in full with a known
    given name, used as the subject of a verb ("Mark Cuban ... Cuban said", "Kathleen French ... French argued"):
    that person, as a surname typed a place is (``_surnames_typed_otherwise``); typed so, "Cuban said" had no actor
    and the next "he said" went to the man Cuban spoke of (newuser34). A nationality as a modifier ("Cuban
    officials") or after a determiner ("the Cuban said") is no subject name and keeps its type."""
    fulls = [names.strip_titles(WS.sub(" ", text[s:e])).split() for s, e, label, _ in spans if label == "PERSON"]
    surnames = {w[-1] for w in fulls if len(w) >= 2 and _given(w[0])}
    out = []
    for s, e, label, extra in spans:
        if label == "NORP" and not extra and text[s:e] in surnames and subj.get(s) and \
                not re.search(r"\b(?:the|a|an|one)\s+$", text[max(0, s - 5):s], re.I):
            label = "PERSON"
        out.append((s, e, label, extra))
    return out


def _given(word: str) -> bool:
    """A known given name, or a double one of two known given names ("Eva-Marie", "Jean-Claude")."""
    parts = [p for p in word.split("-") if p]
    return names.is_given_name(word) or (len(parts) >= 2 and all(names.is_given_name(p) for p in parts))


def _get(actors, keyed, key, label, name) -> int:
    idx = keyed.get(key)
    if idx is None:
        idx = actors.add_entity(WEntity(type=label, name=name, key=key))
        keyed[key] = idx
    elif label == "ORG" and actors.entities[idx].name[:1].islower() and name[:1].isupper():
        actors.entities[idx].name = name  # prefer the capitalised spelling as the canonical name
    return idx


_LOC_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(LOCATIVE_PREPS)) + r")\s+$", re.I)


def _locative(text: str, s: int) -> bool:
    """A place name used as a place ("in Moscow", "to Kyiv", "Paris summit"), not as an actor."""
    before = text[max(0, s - 16):s]
    if _LOC_BEFORE.search(before):
        return True
    after = text[s:s + 40]
    m = re.match(r"\S+\s+([a-z]+)", after)
    if m and m.group(1) in ("summit", "talks", "meeting", "time", "region", "oblast", "airport", "office",
                            "residents", "metro", "city", "streets", "court", "district"):
        return True
    return False


def _subject_chars(view) -> dict[int, int]:
    """Start offsets of the tokens of subject phrases (the noun and its compound name parts): 2 for the subject of a
    main clause, 1 for any other subject."""
    out: dict[int, int] = {}
    doc = view.spacy
    for k in view.where("DEP", ("nsubj", "nsubjpass")):
        tok = doc[k]
        head = tok.head
        rank = 2 if head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT") else 1
        # (an apposition names the subject: "The head of the national police, Viorel Ciobanu, said")
        # (a name, not a description: "Rendell, a Clinton surrogate, said" leaves Clinton no subject)
        appos = [a for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" for a in (c, *c.children)
                 if a.dep_ in ("appos", "compound", "flat")]
        for t in (tok, *[c for c in tok.children if c.dep_ in ("compound", "flat")], *appos, *_set_off_name(tok)):
            out[t.idx] = max(out.get(t.idx, 0), rank)
        # a titled name: "Russian President Vladimir Putin" (the head may be the title)
        for c in tok.children:
            if c.dep_ == "compound":
                for g in c.children:
                    if g.dep_ in ("compound", "amod"):
                        out[g.idx] = max(out.get(g.idx, 0), rank)
    return out


def _set_off_name(subj) -> list:
    """The name set off by commas at the end of the subject phrase, right before its verb: "The president of the
    local, Dale Pettersen, said" names the subject even when the parse hangs the name on the description's last noun
    (an apposition to "local"); a description after a name ("Rendell, a Clinton surrogate, said") ends in a noun."""
    doc, verb = subj.doc, subj.head
    k = verb.i - 1
    if k < 2 or doc[k].text != "," or not (subj.i < k):
        return []
    names = []
    k -= 1
    while k > subj.i and doc[k].pos_ == "PROPN":
        names.append(doc[k])
        k -= 1
    if not names or doc[k].text != "," or k <= subj.i or \
            not all(subj.left_edge.i <= t.i and any(a.i == subj.i for a in t.ancestors) for t in names):
        return []
    return names


# -- acronyms and groups --------------------------------------------------------------------------------------------
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]?[A-Z]{1,8})\)")


def acronyms(actors: Actors, text: str) -> None:
    """ "Armed Forces of Ukraine (AFU)": the acronym and all its later uses join the expansion's entity."""
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        hits = actors.covering(m.start() - 2, m.start() - 1)
        target = None
        for s, e, i in hits:
            if e >= m.start() - 2 and _initials(text[s:e]).upper().startswith(acr.upper()[:2]):
                target = i
                break
        if target is None:
            continue
        # drop a separate entity the model made for the acronym itself
        for j, ent in enumerate(actors.entities):
            if j != target and ent.name == acr:
                actors.move_mentions(j, target, "acronym")
        for a in re.finditer(r"(?<![\w\-])" + re.escape(acr) + r"(?![\w\-])", text):
            actors.add_mention(target, a.start(), a.end(), "acronym")
        actors.entities[target].aliases.append(acr)
    bare_acronyms(actors)
    _standing_names(actors)


def short_forms(actors: Actors, text: str, lex: Lexicon) -> None:
    """News names a firm in full once and by its first word(s) after ("Corvana Systems ... Corvana said",
    "Channel Link Ferries ... Channel Link"): a name that is the leading words of exactly one organisation named in
    full before it, with capitalised words after them, joins that organisation. The model types such a short form
    anything (ORG, a place, a person); not a known country or capital, a place after a locative preposition ("in
    Georgia" beside Georgia Power), a given name, or a person's name that opens with a given name. A headline names
    the firm short before the story names it in full ("Dunmore agrees to buy Patterson Copper" over "Dunmore Minerals
    Corp agreed ... Patterson Copper Ltd"): mentions in the first line count as after the full name."""
    orgs = [(i, o.name.split()) for i, o in enumerate(actors.entities) if o.type == "ORG" and o.mentions]
    headline = text.find("\n")
    for j, ent in enumerate(actors.entities):
        words = ent.name.split()
        if ent.type not in ("ORG", "GPE", "PERSON") or not ent.mentions or not words or not words[0][:1].isupper():
            continue
        if ent.type == "PERSON" and _given(words[0]):
            continue
        if ent.type == "GPE" and (ent.name in lex.country_of or ent.name in lex.capital
                                   or any(_locative(text, m.start) for m in ent.mentions)):
            continue
        first = min((m.start for m in ent.mentions if m.start > headline), default=len(text))
        fits = [i for i, full in orgs if i != j and actors.entities[i].mentions  # (not one emptied by a move)
                and len(full) > len(words) and full[:len(words)] == words
                and all(w[:1].isupper() for w in full[len(words):])
                and min(m.start for m in actors.entities[i].mentions) < first]
        if len(fits) == 1:
            actors.move_mentions(j, fits[0], "name")
            actors.entities[fits[0]].aliases.append(ent.name)


def groups(actors: Actors, text: str, lex: Lexicon) -> None:
    """ "26 countries", "35 heads of state and government": GROUP actors (one per phrase)."""
    for m in lex.group_re.finditer(text):
        if actors.covering(m.start(), m.end()):
            continue
        t = WS.sub(" ", m.group())
        idx = actors.add_entity(WEntity(type="GROUP", name=t, key=("GROUP", m.start())))
        actors.add_mention(idx, m.start(), m.end(), "group")


@lru_cache(maxsize=1)
def _org_names() -> dict[str, str]:
    """Folded other name -> canonical name (lang/en/org_names.tsv)."""
    out = {}
    for row in rules.table("en", "org_names"):
        if row and row[0]:
            for alias in [row[0], *(row[1].split("|") if len(row) > 1 and row[1] else [])]:
                out[names.fold(alias.strip())] = row[0]
    return out


def _standing_names(actors: Actors) -> None:
    """An organisation named by a standing other name takes its canonical one ("GOP" -> "Republican Party"), and
    joins the page's entity of that name when there is one."""
    table = _org_names()
    by_name = {e.name: i for i, e in enumerate(actors.entities) if e.type == "ORG" and e.mentions}
    for j, ent in enumerate(actors.entities):
        canon = table.get(names.fold(ent.name)) if ent.type == "ORG" and ent.mentions else None
        if not canon or canon == ent.name:
            continue
        i = by_name.get(canon)
        if i is not None and i != j:
            actors.move_mentions(j, i, "alias")
            actors.entities[i].aliases.append(ent.name)
        else:
            ent.aliases.append(ent.name)
            ent.name = canon
            by_name[canon] = j
