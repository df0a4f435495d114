"""English coreference (the "en" coref reader of the language table): pronouns and role descriptions resolved to
the actors of understand.entities.

Our own rules (coreferee cannot load its models here), by agreement and salience:

- role descriptions: "The Russian leader" -> the person whose role is a leading office of Russia (role nouns and
  the titles they may stand for are data: ``lang/en/role_nouns.tsv``); "the American leader" -> the President of
  the United States; "the president" -> the most recent president; "the newspaper" / "the agency" -> the last
  outlet; "the coalition" / "the group" -> the last group or coalition;
- third-person pronouns (he/him/his, she/her): the most salient compatible person before it: a subject of the
  same or one of the two previous sentences first (subjects inside quotations count less for narration outside
  them), else the nearest person mention; gender agreement when a title gave the gender.
  First-person pronouns inside a quote belong to its speaker: understand.quotes adds them.
- "the company" / "the carmaker" (``lang/en/org_anaphors.txt``) -> the last organisation named before it;
- "it" / "they" as the subject of a speech verb -> the organisation or group that was the last subject before it
  (none when a noun phrase or a person was: "The workers gathered. … they said" stays unresolved).

Every resolved pronoun or description becomes a mention of its entity, so that "which actor is this" is one
lookup for the later stages.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import names, rules
from ..actors import Actors
from ..entities.en import LANG, lexicon
from .en_age import resolve_ages
from .en_binding import named_in_scope
from .en_gender import agrees, likely_other
from .en_org_far import only_organisation
from .en_retype import retype
from .en_turns import turn_sentence
from .en_lookup import (ORG_TYPES, _apposed_org, _last_body, _last_named, _last_of_type,
                        _most_recent, apposed_subject, rivals)
from .en_newcomers import unnamed_sayer

SENT_WINDOW = 2


@lru_cache(maxsize=4)
def _data(lang: str = LANG):
    lex = lexicon(lang)
    role_nouns = {r[0].lower(): tuple(x.strip().lower() for x in r[1].split("|"))
                  for r in rules.table(lang, "role_nouns")}
    pronouns = {r[0].lower(): (r[1], r[2], r[3]) for r in rules.table(lang, "pronouns")}
    media = sorted(lex.media_nouns, key=len, reverse=True)
    groups = sorted(lex.group_heads, key=len, reverse=True)
    adj = sorted({d for d in lex.demonym} | {c.lower() for c in lex.country_of}, key=len, reverse=True)
    nouns = sorted(role_nouns, key=len, reverse=True)
    desc = re.compile(
        r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?P<adj>" + "|".join(re.escape(a) for a in adj) + r")\s+)?"
        r"(?:(?P<role>" + "|".join(re.escape(n) for n in nouns) + r")|(?P<media>"
        + "|".join(re.escape(n) for n in media) + r")|(?P<group>" + "|".join(re.escape(g) for g in groups) + r"))"
        r"(?:\s+of\s+(?:the\s+)?(?P<of>(?-i:[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?))(?![\w\s]*?(?-i:[a-z])))?"
        r"\b(?!\s+(?-i:[A-Z][\w&'’-]))", re.I)  # (a name right after: "the news site RTL Info" is that name)
    return lex, role_nouns, pronouns, desc


def resolve(actors: Actors, view, text: str, lang: str = LANG) -> None:
    """Role descriptions, group and organisation anaphors and pronouns of the document view ``view`` become mentions
    of the actors they refer to."""
    doc = view.spacy
    quoted = [(q.start, q.end) for q in view.quoted]
    retype(actors, doc, text, lang)  # ("a Clinton-Trump race" no person; "The engineer Summer Hale" a person)
    _descriptions(actors, doc, text, lang)
    resolve_ages(actors, doc, text, quoted, _is_subject)
    _named_by_clause(actors, doc, text)
    _named_anaphors(actors, doc, text, lang)
    _these(actors, doc, text, lang)
    _org_anaphors(actors, doc, text, lang)
    _pronouns(actors, view, text, quoted, lang)
    _org_pronouns(actors, doc, text, quoted, lang)


_APPOSITION = re.compile(r",\s+$")
# "The heckler, a welder who gave his name only as Rick, …", "A woman, who asked to be identified only by her first
# name, Dana, …": the description is the person the clause names
_NAMED_BY_CLAUSE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:[Tt]he|[Aa]n?)\s+[\w-]+(?:\s+[\w-]+){0,2}),[^.\n]{0,80}?\bwho\s+"
    r"(?:(?:gave|gives)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|last\s+)?name(?:\s+only)?(?:\s+as)?"
    r"|(?:asked|wished|wanted)\s+to\s+be\s+identified\s+(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+first\s+name))"
    r",?\s+([A-Z][\w’'-]+)")


@lru_cache(maxsize=4)
def _named_anaphor_re(lang: str):
    nouns = sorted(rules.wordset(lang, "named_anaphors"), key=len, reverse=True)
    return re.compile(r"\b[Tt]he\s+(" + "|".join(re.escape(n) for n in nouns) + r")\b(?!\s+(?:of\b|(?-i:[A-Z])))")


NAMED_WINDOW = 3000  # characters back to the organisation whose name holds the noun ("the University of Jordan")


def _named_anaphors(actors: Actors, doc, text: str, lang: str) -> None:
    """ "the university", "the ministry", "the department" -> the last organisation named before whose own name
    holds the noun ("a botanist at the University of Jordan … a press release issued by the university"): such a
    noun names an institution by the word its name is made of, so only such a name is meant (``named_anaphors``
    in words.tsv); none named so: nothing."""
    for m in _named_anaphor_re(lang).finditer(text):
        s, e = m.start(), m.end()
        if actors.covering(s, e) or actors.covering(e - 1, e):
            continue
        noun = m.group(1).lower()
        fits = []  # (two such organisations named before: "the ministry" says neither; review r20)
        for ms, me, i in actors.before(s, limit=200):
            if ms < s - NAMED_WINDOW:
                break
            ent = actors.entities[i]
            if ent.type in ORG_TYPES and re.search(rf"\b{re.escape(noun)}\b", ent.name.lower()) and i not in fits:
                fits.append(i)
        if len(fits) == 1:
            actors.add_mention(fits[0], s, e, "desc", _is_subject(doc, s))


def _named_by_clause(actors: Actors, doc, text: str) -> None:
    """A description whose relative clause gives the person's name (``_NAMED_BY_CLAUSE``) is a mention of that
    person, so that the pronouns after it find the one the sentence is about; so is one whose clause gives the name
    it goes by ("The group, which calls itself Nightjar, …": ``_CALLS_ITSELF``), which names a body when the clause
    says "itself" or "themselves" (the tagger's place or person is the group)."""
    for m in _NAMED_BY_CLAUSE.finditer(text):
        hit = next(((s, e, i) for s, e, i in actors.covering(m.start(2), m.end(2))
                    if s == m.start(2) and actors.entities[i].type == "PERSON"), None)
        if hit is not None and not actors.covering(m.start(1), m.end(1)):
            actors.add_mention(hit[2], m.start(1), m.end(1), "desc", _is_subject(doc, m.start(1)))
    for m in _CALLS_ITSELF.finditer(text):
        hit = next(((s, e, i) for s, e, i in actors.covering(m.start(3), m.end(3)) if s == m.start(3)), None)
        if hit is None or actors.covering(m.start(1), m.end(1)):
            continue
        ent = actors.entities[hit[2]]
        if m.group(2).lower() in ("itself", "themselves") and ent.type not in ORG_TYPES + ("MEDIA",):
            ent.type = "ORG"
        actors.add_mention(hit[2], m.start(1), m.end(1), "desc", _is_subject(doc, m.start(1)))


_CALLS_ITSELF = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:[Tt]he|[Aa]n?)\s+[\w-]+(?:\s+[\w-]+){0,2}),\s+"
                           r"(?:which|that|who)\s+(?:calls|called|call)\s+(itself|themselves|himself|herself)\s+(?:the\s+)?([A-Z])")


def _role_fits(ent, nouns_titles: tuple[str, ...]) -> bool:
    if not ent.role_title:
        return False
    t = ent.role_title
    for x in nouns_titles:
        if x == "*" or x == t or (x.startswith("*") and t.endswith(x[1:])):
            return True
    return False


def _descriptions(actors: Actors, doc, text: str, lang: str) -> None:
    lex, role_nouns, _, desc = _data(lang)
    for m in desc.finditer(text):
        s, e = m.start(), m.end()
        if actors.covering(s, e) or actors.covering(e - 1, e):
            continue
        if _APPOSITION.search(text, max(0, s - 3), s) and actors.covering(max(0, s - 3), max(0, s - 2)):
            continue  # "Dmitry Peskov, the press secretary …": the apposition belongs to the name before it
        adj = m.group("adj")
        place = lex.country(adj) if adj else None
        if m.group("of"):
            place = lex.country(m.group("of")) or place
        target = None
        if m.group("role"):
            noun = m.group("role").lower()
            titles = role_nouns.get(noun, ())
            cands = [i for i, ent in enumerate(actors.entities)
                     if ent.type == "PERSON" and _role_fits(ent, titles)
                     and (place is None or ent.role_place == place)]
            if adj and place is None:
                continue
            target = _most_recent(actors, cands, s)
            if target is None and len(cands) == 1:
                target = cands[0]
        elif m.group("media"):
            noun = m.group("media").lower()
            # "the agency" after "the International Atomic Energy Agency" is that agency, not an outlet
            target = _last_named(actors, s, noun, text)
            if target is None and noun in rules.words(lang, "media_anaphors"):
                target = _last_of_type(actors, s, ("MEDIA",))
            if target is None and noun == "agency":
                target = _last_body(actors, s, lang)
        elif m.group("group"):
            head = m.group("group").lower()
            target = _last_of_type(actors, s, ("GROUP", "ORG"), head)
        if target is not None:
            actors.add_mention(target, s, e, "desc", _is_subject(doc, s))


@lru_cache(maxsize=4)
def _org_anaphor_re(lang: str):
    """ "the company", "the struggling carmaker" and, with a nationality first, "the German automaker", "the Swiss
    lender": news names a firm by its country and trade as often as by its trade alone (demonyms: the lexicon's)."""
    nouns = sorted(rules.words(lang, "org_anaphors"), key=len, reverse=True)
    demonyms = sorted({d for d in lexicon(lang).demonym if d[:1].isalpha()}, key=len, reverse=True)
    return re.compile(r"\b[Tt]he\s+(?:(?=[A-Z])(?i:" + "|".join(re.escape(d) for d in demonyms) + r")\s+)?"
                      r"(?:(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})-based\s+)?"  # "the San Jose-based company"
                      r"(?:(?-i:[a-z][\w\-]*)\s+)?(" + "|".join(re.escape(n) for n in nouns)
                      + r")\b(?!\s+(?-i:[A-Z])|[’']s\b|\s+of\b)")


_INSTITUTION_ANAPHORS = frozenset({"agency"})  # org_anaphors nouns that may stand for an institution
ORG_WINDOW = 600  # characters back to look for the organisation an anaphor or pronoun refers to


def _org_anaphors(actors: Actors, doc, text: str, lang: str) -> None:
    """ "the company" / "the carmaker" -> the last organisation named within a few sentences (not an outlet, a
    country or a coalition of states)."""
    for m in _org_anaphor_re(lang).finditer(text):
        s, e = m.start(), m.end()
        if actors.covering(s, e) or actors.covering(e - 1, e):
            continue
        named = _apposed_org(actors, text, e)
        if named is not None:  # "The company, Cradlewell Inc. of Edina, said": the name set beside it, not the last one
            actors.add_mention(named, s, e, "desc", _is_subject(doc, s))
            continue
        if m.group(1).lower() == "union":  # the one labour union the text named, however far back ("Ohio Nurses
            # Alliance … Carver Health said … . The union said"), never the employer named last
            unions = {i for _, _, i in actors.before(s, limit=400) if actors.entities[i].type in ORG_TYPES
                      and labour_union(actors.entities[i].name, lang)}
            if len(unions) == 1:
                actors.add_mention(unions.pop(), s, e, "desc", _is_subject(doc, s))
            continue
        if m.group(1).lower() in _INSTITUTION_ANAPHORS and any(
                actors.entities[i].type == "MEDIA" for ms, _, i in actors.before(s, limit=40) if ms >= s - ORG_WINDOW):
            continue  # a news agency named just before ("…, Reuters reported. The agency said"): not the body's
        cands = []

        def fits(ent, noun=m.group(1).lower()):  # (an institution is no company; it is an agency: "the World Health
            # Organization has said … . The agency said")
            return ent.type == "ORG" and (noun in _INSTITUTION_ANAPHORS or
                                          not set(ent.name.lower().split()) & lexicon(lang).institutions)
        for ms, me, i in actors.before(s, limit=40):
            if ms < s - ORG_WINDOW:
                break
            if fits(actors.entities[i]):
                cands.append((ms, i))
        if not cands:
            far = only_organisation(actors, s, fits, m.group(1).lower())  # (a long story's one company)
            if far is not None:
                actors.add_mention(far, s, e, "desc", _is_subject(doc, s))
            continue
        # the organisation the sentence before was about: of those named since its start, a subject first ("VW
        # has used paint … in favor of more AppleSkin. The automaker says" -> VW), else the nearest
        since = _sentence_before(doc, s)
        target = next((i for ms, i in cands if ms >= since and (_is_subject(doc, ms) or apposed_subject(doc, ms))),
                      cands[0][1])
        rival = rivals(actors, text, {i for _, i in cands}, lang)  # ("Rival Hollis Motors paused …": not the topic)
        if target in rival and (cands := [(ms, i) for ms, i in cands if i not in rival]):
            target = next((i for ms, i in cands if ms >= since and (_is_subject(doc, ms) or
                                                                     apposed_subject(doc, ms))), cands[0][1])
        # an organisation whose own name holds the noun is the one meant ("Brightwater Airlines … an analyst at TD
        # Cowen said … . The airline said" -> Brightwater Airlines), when it is the only one so named
        noun = m.group(1).lower()
        named = {i for ms, _, i in actors.before(s, limit=200) if ms >= s - 4 * ORG_WINDOW
                 and actors.entities[i].type == "ORG" and len(actors.entities[i].name.split()) > 1
                 and re.search(rf"\b{re.escape(noun)}", actors.entities[i].name.lower())}
        if len(named) == 1 and target not in named:
            target = named.pop()
        actors.add_mention(target, s, e, "desc", _is_subject(doc, s))


def _sentence_before(doc, char: int) -> int:
    """The start (a character offset) of the sentence before the one holding ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return char
    sent = span[0].sent
    return doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char


def _speech_subject(tok, verbs) -> bool:
    return tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX") and (
        tok.head.lower_ in verbs or tok.head.lemma_.lower() in verbs)


def _org_pronouns(actors: Actors, doc, text: str, quoted, lang: str) -> None:
    """ "it said" / "they said" / "we …" (outside quotes) as the subject of a speech verb -> the organisation or
    group that was the last subject before it, when no plural or singular noun phrase subject came in between
    ("Greenpeace criticised the plan. “…,” they said." -> Greenpeace; "Teachers rallied. They said …" -> none)."""
    verbs = rules.words(lang, "speech_verbs")
    for tok in doc:
        low = tok.lower_
        if low not in ("it", "they") or not _speech_subject(tok, verbs):
            continue
        if any(a <= tok.idx < b for a, b in quoted) or actors.covering(tok.idx, tok.idx + len(tok.text)):
            continue
        target = None
        for k in range(tok.i - 1, max(-1, tok.i - 120), -1):
            t = doc[k]
            if t.idx < tok.idx - ORG_WINDOW:
                break
            if t.dep_ not in ("nsubj", "nsubjpass") or any(a <= t.idx < b for a, b in quoted):
                continue
            hit = actors.covering(t.idx, t.idx + len(t.text))
            if hit:
                ent = actors.entities[hit[0][2]]
                if ent.type in ORG_TYPES or (low == "they" and ent.type == "GPE"):
                    target = hit[0][2]
                break  # the last subject decides: a person or a place is not "it"/"they"
            if t.pos_ in ("NOUN", "PROPN"):
                break  # "The officers …, they said": a noun phrase, not an organisation
        if target is not None:
            actors.add_mention(target, tok.idx, tok.idx + len(tok.text), "pronoun", _rank(tok))


def _these(actors: Actors, doc, text: str, lang: str) -> None:
    """ "these countries" / "the countries" -> the last group of that kind ("26 countries")."""
    for m in _these_re(lang).finditer(text):
        if actors.covering(m.start(), m.end()):
            continue
        noun = m.group(1).lower()
        for s, e, i in actors.before(m.start(), limit=200):
            ent = actors.entities[i]
            if ent.type == "GROUP" and ent.name.lower().endswith(noun):
                actors.add_mention(i, m.start(), m.end(), "desc", _is_subject(doc, m.start()))
                break


@lru_cache(maxsize=4)
def _these_re(lang: str):
    nouns = sorted(rules.words(lang, "group_nouns"), key=len, reverse=True)
    return re.compile(r"\b(?:[Tt]hese|[Tt]hose|[Tt]he)\s+(" + "|".join(re.escape(n) for n in nouns) + r")\b")


# a union of states or a company named "Union …" is no labour union (review r21: "the union said" in a story of
# Union Pacific's workers, a European Union named later)
_NOT_LABOUR = re.compile(r"^union\b|\b(?:european|african|soviet|eurasian|customs|credit|postal|monetary)\s+union\b")


def labour_union(name: str, lang: str) -> bool:
    """Whether an organisation's name is a labour union's ("Ohio Nurses Alliance", "Teamsters Local 727": words.tsv
    ``union_names``), not a union of states or a company called "Union …"."""
    low = " ".join(name.lower().split())
    return not _NOT_LABOUR.search(low) and bool(set(low.split()) & rules.wordset(lang, "union_names"))


def _is_subject(doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return 0
    tok = span[0]
    while tok.dep_ in ("det", "amod", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return _rank(tok)


def _rank(tok) -> int:
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return 0
    head = tok.head
    return 2 if head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT") else 1


def _pronouns(actors: Actors, view, text: str, quoted: list[tuple[int, int]], lang: str) -> None:
    doc = view.spacy
    _, _, pronouns, _ = _data(lang)
    sents = []
    for sent in doc.sents:
        sents.append((sent.start_char, sent.end_char))
    import bisect
    sent_starts = [a for a, _ in sents]
    q_starts = [a for a, _ in quoted]

    def in_quote(pos: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(q_starts, pos) - 1
        if k >= 0 and quoted[k][0] <= pos < quoted[k][1]:
            return quoted[k]
        return None

    def sent_idx(pos: int) -> int:
        return bisect.bisect_right(sent_starts, pos) - 1

    third = [p for p, info in pronouns.items() if info[2] == "3" and info[1] == "sg"]
    told: dict[int, dict[str, int]] = {}  # entity -> how often the text has already called it "he" / "she"
    for k in view.where("LOWER", third):
        tok = doc[k]
        low = tok.lower_
        info = pronouns.get(low)
        if info is None or info[2] != "3" or info[1] != "sg" or tok.pos_ not in ("PRON", "DET"):
            continue
        gender = info[0]
        pos = tok.idx
        q = in_quote(pos)
        si = sent_idx(pos) if q is not None else turn_sentence(actors, text, quoted, pos, sents, sent_idx)
        subject = _rank(tok)
        best_root = best_subj = best_any = None
        named_below = named_in_scope(actors, tok)
        sayer = unnamed_sayer(actors, tok)
        bound: set[int] = set()  # the subject of the pronoun's own verb, under any of its names
        for s, e, i in actors.before(pos, limit=80):
            if sayer is not None and s < sayer.idx:
                break  # "One pastor backing the senator said he had …": the pastor, no one named before him
            ent = actors.entities[i]
            if ent.type != "PERSON" or not agrees(actors, i, gender, told.get(i)):
                continue
            if i in named_below:
                continue
            if not ent.gender and _called_otherwise(told.get(i), gender):
                continue
            if sent_idx(s) < si - SENT_WINDOW:
                break
            mq = in_quote(s)
            if mq is not None and mq != q:
                continue  # a person named inside someone else's quotation is not the narrator's "he"
            if s <= pos < e:
                continue
            # the subject of the pronoun's own clause cannot be its object ("Putin invited him")
            if i in bound or not subject and low in ("him", "her") and sent_idx(s) == si and \
                    _same_clause_subject(doc, s, tok):
                bound.add(i)  # nor its earlier names ("Tom Avery met Luis Brandt. Avery praised him")
                continue
            m = actors.mention(s, e, i)
            if best_any is None:
                best_any = i
            if m is not None and m.subject and best_subj is None:
                best_subj = i
                if sent_idx(s) == si:
                    break  # a subject earlier in the pronoun's own sentence: "if Zelensky is ready, he can come"
            if m is not None and m.subject == 2:
                best_root = i
                break
        target = next((x for x in (best_root, best_subj, best_any) if x is not None), None)
        if best_subj is not None and best_root is None:
            target = best_subj
        if target is None and gender in ("m", "f"):
            target = _person_typed_otherwise(actors, pos, gender, sent_idx, si)
        if target is None and gender in ("m", "f"):
            target = likely_other(actors, pos, lambda s: sent_idx(s) >= si - SENT_WINDOW,
                                  lambda s: in_quote(s) in (None, q))
        if target is not None:
            actors.add_mention(target, tok.idx, tok.idx + len(tok.text), "pronoun", subject)
            if gender in ("m", "f"):
                votes = told.setdefault(target, {})
                votes[gender] = votes.get(gender, 0) + 1


def _person_typed_otherwise(actors: Actors, pos: int, gender: str, sent_idx, si: int) -> int | None:
    """No person fits "he"/"she", but a name the tagger typed an organisation opens with a given name of that gender
    ("Jamal Pierce says in the suit … . He claims …"; the small model types unusual names ORG): the nearest such name
    within the window is the person, retyped (not a name a company word ends: not_person_heads.tsv); a surname alone
    stands for the one full name it ends ("Pierce says …" after "Jamal Pierce")."""
    for s, e, i in actors.before(pos, limit=80):
        if sent_idx(s) < si - SENT_WINDOW:
            break
        ent = actors.entities[i]
        words = ent.name.split()
        if ent.type == "ORG" and len(words) == 1:  # "Pierce says …" after "Jamal Pierce" (both typed ORG)
            full = [k for k, x in enumerate(actors.entities) if x.type == "ORG" and 2 <= len(x.name.split()) <= 3
                    and x.name.split()[-1] == words[0] and x.first < s]
            if len(full) == 1:
                i, ent = full[0], actors.entities[full[0]]
                words = ent.name.split()
        if ent.type == "ORG" and 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) \
                and names.gender_of(words[0]) == gender and names.not_person_head(ent.name) is None:
            ent.type, ent.gender = "PERSON", gender
            return i
    return None


def _called_otherwise(votes: dict[str, int] | None, gender: str) -> bool:
    """A person whose name gives no gender ("Gene", "Kim") but whom the text has already called by the other
    pronoun at least twice and never by this one: "Harrow ... He added ... he said" is not the "she" of the next
    paragraph. Twice, so that one wrong resolution does not decide it."""
    if not votes or gender not in ("m", "f"):
        return False
    other = "f" if gender == "m" else "m"
    return votes.get(other, 0) >= 2 and not votes.get(gender)


def _same_clause_subject(doc, char: int, pron) -> bool:
    """Is the person at ``char`` the subject of the verb the object pronoun ``pron`` hangs on ("Putin invited
    him")? A possessive "her" is no object: "Clinton defended her record" is hers."""
    if pron.dep_ == "poss" or pron.tag_ == "PRP$":
        return False
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    while tok.dep_ in ("compound", "flat", "amod", "det") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    h = pron.head
    for _ in range(3):
        if h.i == verb.i:  # spaCy makes a new token at each access: tokens are told by index, never by "is"
            return True
        if h.head.i == h.i or h.pos_ in ("VERB", "AUX") and h.i != verb.i and \
                h.dep_ in ("advcl", "ccomp", "xcomp", "relcl"):
            return False
        h = h.head
    return False
