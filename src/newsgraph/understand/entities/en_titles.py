"""English titles and roles of persons ("Russian President Vladimir Putin" -> "President of Russia", "Bill Clinton,
the former president," -> "Former president"): the title before a name and the apposition after it give the actor's
role, its title and place (``titles_and_roles``, run after the actors are clustered, ``en_actors.cluster``)."""
from __future__ import annotations

import re

from ..actors import Actors
from .en_lexicon import FEMALE_TITLES, HONORIFICS, MALE_TITLES, Lexicon, POSS, past_before, past_title, past_word, \
    unheld_title


_WORD = re.compile(r"[\w’'.\-]+")


def _words_before(text: str, pos: int, n: int = 8) -> list[tuple[int, int, str]]:
    """Up to n words ending before ``pos`` on the same line (nearest last), stopping at punctuation."""
    seg_start = max(0, pos - 120)
    seg = text[seg_start:pos]
    cut = max(seg.rfind(c) for c in ",;:()«»“”\"\n—–")
    base = seg_start + cut + 1 if cut >= 0 else seg_start
    ws = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, base, pos)]
    return ws[-n:]


_OWN_ARTICLE = re.compile(r"[Tt]he(?:\s|[A-Z])")


def role_phrase(title: str, place: str | None, lex: Lexicon) -> str:
    """ "President of Ukraine", "Press secretary of the White House", "CEO of the Apple": the title in lower case but
    for its short acronyms as written ("CEO", "FBI director"; a title in capitals throughout is a headline's:
    "PRESIDENT" is "President"), then the place: a country with its article, an organisation with "the" (review
    r19: dropping it where the text never wrote "the X" gave "Chairman of Federal Reserve")."""
    words = title.strip().split()
    shouting = len(words) > 1 and all(w.isupper() for w in words)
    words = [w if len(w) <= 4 and w.isupper() and not shouting else w.lower() for w in words]
    t = " ".join(words)
    t = t[:1].upper() + t[1:]
    if place:
        if place in lex.article:
            of = lex.with_article(place)
        elif place in lex.state_of or _OWN_ARTICLE.match(place):  # ("TheBlaze", "The Atlantic": never "the The…")
            of = place
        else:
            of = "the " + place
        return f"{t} of {of}"
    return t


def titles_and_roles(actors: Actors, doc, text: str, lex: Lexicon) -> None:
    # (a person's surname the tagger typed as an organisation, "the Sanders campaign", is no employer: "Sanders aide
    # Jeff Weaver" is an aide, never "Aide of the Sanders")
    org_names = {e.name for e in actors.entities if e.type in ("ORG", "GROUP")}
    org_names -= _surnames(actors, org_names, text, lex)
    for idx, ent in enumerate(actors.entities):
        if ent.type != "PERSON":
            continue
        for m in list(ent.mentions):
            if m.kind not in ("name",):
                continue
            _title_before(actors, idx, ent, m, text, lex, org_names)
            if ent.role is None:
                _apposition_after(ent, m, text, lex)


def _surnames(actors: Actors, org_names: set[str], text: str, lex: Lexicon) -> set[str]:
    """The organisation names that are a person's surname: the last word of a fuller PERSON name of the text, or a
    one-word PERSON name the tagger uses more often than the organisation of that name ("Sanders said", "Sanders
    told", "the Sanders campaign"), not counting its uses before a title ("Pfizer CEO", where the tagger confuses the
    two): a company typed PERSON in a stray mention ("Pfizer CEO Albert Bourla", "Pfizer said", "Rivals of Pfizer")
    stays a company."""
    out, one = set(), {}
    for e in actors.entities:
        words = e.name.split() if e.type == "PERSON" else []
        if len(words) >= 2:
            out.add(words[-1])
        elif words and e.name in org_names:
            one[e.name] = one.get(e.name, 0) + sum(not _before_title(text, m.end, lex) for m in e.mentions)
    orgs = {}
    for e in actors.entities:
        if e.type in ("ORG", "GROUP") and e.name in one:
            orgs[e.name] = orgs.get(e.name, 0) + len(e.mentions)
    return (out & org_names) | {n for n, k in one.items() if k > orgs.get(n, 0)}


def _before_title(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a title word follows right after ``end`` ("Pfizer CEO", "Sanders aide")."""
    nxt = text[end:end + 40].split(None, 1)
    return bool(nxt) and text[end:end + 1] == " " and nxt[0].lower() in lex.titles


def _title_before(actors, idx, ent, m, text, lex, org_names) -> None:
    ws = _words_before(text, m.start)
    if not ws:
        return
    # the longest title ending right before the name
    best = None
    for k in range(max(0, len(ws) - lex.max_title), len(ws)):
        phrase = " ".join(w for _, _, w in ws[k:]).lower()
        if phrase in lex.titles or phrase in HONORIFICS:
            best = k
            break
    if best is None:
        return
    title_words = ws[best:]
    title = " ".join(w for _, _, w in title_words)
    low = title.lower()
    start = title_words[0][0]
    if low in FEMALE_TITLES:
        ent.gender = "f"
    elif low in MALE_TITLES:
        ent.gender = "m"
    place, first = None, best  # (first: the title's first word, or its place's)
    if best > 0:
        s0, e0, w0 = ws[best - 1]
        poss = POSS.search(w0)
        bare = w0[:poss.start()] if poss else w0
        # the longest country or organisation of the document ending right before the title: "White House press
        # secretary" is the White House's, not the House's (tryout r17: "Press secretary of the House"), however
        # the document also names "the House"
        for n in range(min(3, best), 0, -1):
            cand = " ".join([w for _, _, w in ws[best - n:best - 1]] + [bare])
            if n > 1 and not all(w[:1].isupper() for _, _, w in ws[best - n:best - 1]):
                continue
            if n > 1 and lex.state_of.get(cand) == cand and lex.country(bare):
                # a state of several words whose last is a country's name: "New Mexico Gov. Susana Martinez" is
                # New Mexico's governor, never Mexico's
                place, first = cand, best - n
                break
            # (a name of several words stays out of the titled mention: its words would read as a given name
            # across documents, "National Security Council official Timothy Morrison" apart from Tim Morrison)
            if lex.country(cand) and cand[:1].isupper():
                place, start, first = lex.country(cand), ws[best - n][0] if n == 1 else start, best - n
                break
            if cand in org_names:
                place, start, first = cand, ws[best - n][0] if n == 1 else start, best - n
                break
    if low in HONORIFICS:
        actors.add_mention(idx, start, m.end, "titled", m.subject)
        return
    if ent.role is None and not (first and unheld_title(ws[first - 1][2], place is not None)):
        ent.role = past_title(past_before([w for _, _, w in ws], first), role_phrase(title, place, lex))
        ent.role_title, ent.role_place = low, place
    actors.add_mention(idx, start, m.end, "titled", m.subject)


_APPOS = re.compile(r",\s+(?:(?:the|a|an|his|her|its)\s+)?([^,;:.()«»“”\"]{3,90}?)(?=,|\.|;|\)|$| who\b| said\b)")


def _apposition_after(ent, m, text, lex) -> None:
    am = _APPOS.match(text, m.end)
    if not am:
        return
    phrase = am.group(1).strip()
    before, words = "", phrase.split()
    if len(words) > 1 and past_word(words[0]):  # "Bill Clinton, the former president,", "the former Ohio governor"
        before, words = words[0], words[1 + (len(words) > 2 and words[1][:1].isupper()):]
    if not words or len(words) > 14:
        return
    place = None
    k = 0
    if lex.demonym.get(words[0].lower()) and words[0][:1].isupper():
        place, k = lex.demonym[words[0].lower()], 1
    poss = POSS.search(words[0])
    if k == 0 and poss and lex.country(words[0][:poss.start()]):
        place, k = lex.country(words[0][:poss.start()]), 1
    title = written = None
    for n in range(min(lex.max_title, len(words) - k), 0, -1):
        cand = " ".join(words[k:k + n]).lower()
        if cand in lex.titles:
            title, written, rest = cand, " ".join(words[k:k + n]), words[k + n:]
            break
    if title is None or (rest and rest[0][:1].isupper()):
        return  # (a title before a name is that next person's: "nominee Donald Trump, President Barack Obama said")
    tail = " ".join(rest)
    if tail.startswith("of "):
        role = role_phrase(written, None, lex) + " of " + _normalise_role_tail(tail[3:], lex)
    else:
        role = role_phrase(written, place, lex)
    ent.role, ent.role_title, ent.role_place = past_title(before, role), title, place


def _normalise_role_tail(tail: str, lex: Lexicon) -> str:
    """ "the Russian president" -> "the President of Russia"; "Ukraine" -> "Ukraine"."""
    words = tail.split()
    art = ""
    if words and words[0].lower() == "the":
        art, words = "the ", words[1:]
    if len(words) >= 2 and lex.demonym.get(words[0].lower()) and words[0][:1].isupper():
        title = " ".join(words[1:]).lower()
        if title in lex.titles:
            return "the " + role_phrase(title, lex.demonym[words[0].lower()], lex)
    return art + " ".join(words)
