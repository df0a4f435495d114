"""Names in running text: where a person's name starts and ends inside a span the tagger marked PERSON, and the
gender a document gives a person by title or pronoun. Pure functions over words (the name rules themselves are in
understand/names.py)."""
from __future__ import annotations

import re

from .names import _FEMALE_TITLES, _MALE_TITLES, PARTICLES, fold, gender_of, is_given_name, is_verb_form, is_word


PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                   "herself": "f", "он": "m", "его": "m", "ему": "m", "им": "m", "нём": "m", "она": "f", "её": "f",
                   "ее": "f", "ей": "f", "ней": "f"}


# pronouns decide a gender only by a clear majority: coreference attaches the pronouns of people beside the name
# too ("Clinton advisers say any efforts to muscle him out"), and a wrong gender removes the right person from a
# namesake choice; a title is the writer's own word for the person
PRONOUN_MIN_VOTES = 3
PRONOUN_MIN_SHARE = 0.8


_TITLES = _FEMALE_TITLES | _MALE_TITLES


def _votes(aliases) -> tuple[dict[str, int], dict[str, int]]:
    titles = {"m": 0, "f": 0}
    pronouns = {"m": 0, "f": 0}
    for a in aliases or ():
        if not a:
            continue
        w = fold(a.split(" ", 1)[0]).strip(".")
        if w in _TITLES:
            g = gender_of(w)
            if g:
                titles[g] += 1
        else:
            g = PRONOUN_GENDER.get(fold(a.strip()), "")
            if g:
                pronouns[g] += 1
    return titles, pronouns


def _majority(votes: dict[str, int]) -> str:
    if votes["m"] == votes["f"]:
        return ""
    return "m" if votes["m"] > votes["f"] else "f"


def genders(aliases) -> tuple[str, str]:
    """(gender, hint) from one count of the titles and pronouns: the gender ('f' or 'm') when the document calls
    the person Mrs./Ms. or Mr. ("Mrs. Clinton"), by the majority of titles, or without titles when the pronouns
    coreference attached to the entity (she, he) agree clearly (at least PRONOUN_MIN_VOTES of them and a
    PRONOUN_MIN_SHARE majority); the hint by any majority of titles, else of pronouns: too weak to choose a person,
    strong enough to doubt one ("Williams ... her" is not John Williams). '' when nothing says."""
    titles, pronouns = _votes(aliases)
    by_title = _majority(titles)
    if by_title:
        return by_title, by_title
    top = max(pronouns, key=pronouns.get)
    total = pronouns["m"] + pronouns["f"]
    clear = pronouns[top] >= PRONOUN_MIN_VOTES and pronouns[top] >= PRONOUN_MIN_SHARE * total
    return (top if clear else ""), _majority(pronouns)


def one_sided_gender(aliases) -> str:
    """The gender the titles give, else the pronouns when every gendered one agrees (at least one, none against):
    one "his" beside a bare surname says more than three "he" against one "her", the mark of coreference that
    attached the pronouns of the people around it."""
    titles, pronouns = _votes(aliases)
    by_title = _majority(titles)
    if by_title:
        return by_title
    if pronouns["m"] and not pronouns["f"]:
        return "m"
    return "f" if pronouns["f"] and not pronouns["m"] else ""


def by_pronouns_only(aliases) -> bool:
    """Whether the gender ``genders`` gives comes from pronouns alone (no Mr./Mrs. among the aliases): coreference's
    reading, not the writer's word (see corpus/identity_choose.choose: a title the writer gives outweighs it)."""
    titles, pronouns = _votes(aliases)
    return not _majority(titles) and bool(_majority(pronouns))


def title_gender(aliases) -> str:
    """The gender of ``genders``."""
    return genders(aliases)[0]


_NON_NAME_POS = frozenset({"ADV", "ADJ", "VERB", "AUX", "DET", "ADP", "PRON", "SCONJ", "CCONJ", "NUM", "INTJ",
                           "PART"})


def trim_person(words: list[tuple[str, str]]) -> tuple[int, int]:
    """The part of a PERSON span that is the name, given its words as (text, coarse POS) pairs: returns (i, j),
    the name is words[i:j].

    - leading words that are no name before a given name ("Certainly Donald Trump", "Billionaire Donald Trump",
      "Floridians Jeb Bush", "Crooked Hillary"): a word tagged as no proper noun, or any word that is not itself a
      given name or an initial when the next word is a known given name;
    - a verb or other non-name word inside or after the name ends it ("Tom Nides Thanked Clinton" -> "Tom Nides");
      this is how Title Case headlines glue a name to the next words."""
    i, j = 0, len(words)
    while j - i > 1:
        w, pos = words[i]
        nxt = words[i + 1][0]
        initial = len(w.strip(".")) == 1 and w[:1].isupper()
        # a word before a given name is no name itself when a given name and a surname follow it ("Billionaire
        # Donald Trump"); with only one word after it, that word is the surname ("Megyn Kelly": Kelly is also a
        # given name)
        if (pos in _NON_NAME_POS and not is_given_name(w)) or _inflected_verb(w) or \
                (j - i >= 3 and not initial and not is_given_name(w) and is_given_name(nxt) and w[:1].isupper()
                 and not _is_particle(w)):
            i += 1
            continue
        break
    for k in range(i + 1, j):
        w, pos = words[k]
        verb = pos in ("VERB", "AUX") or (w.lower().endswith("ed") and _inflected_verb(w))  # "Thanked" as PROPN
        if verb and w[:1].isupper() and not is_given_name(w) and (k - i >= 2 or is_word(w)):
            j = k
            break
        # after a surname alone (no given name before it), a verb ends the name even if it is also a name or a
        # surname ("Trump Wants", "Trump May Not"; but "Tyra Banks", "Theresa May")
        # ("Gennifer Flowers": a given name the list lacks; only a first word that is itself a word is a surname)
        first = words[i][0]
        if k == i + 1 and not is_given_name(first) and (_MODALS.match(w) or (is_word(first) and _inflected_verb(w))):
            j = k
            break
        # after a given name and a surname, a verb's form ends it ("Donald Trump Leads", "Donald Trump Playing
        # Dumb"); not after a middle name or initial ("Lawrence H. Summers", "Francis Gary Powers")
        prev = words[k - 1][0]
        # (after a surname that is also a given name only a verb that is no noun: "Ted Cruz Apologizes", not
        # "Francis Gary Powers")
        if k - i >= 2 and is_given_name(first) and not is_given_name(w) and len(prev.strip(".")) > 1 and (
                (not is_given_name(prev) and (_inflected_verb(w) or _gerund(w))) or
                (k == j - 1 and _inflected_verb(w) and not _noun_form(w))):
            j = k
            break
    return i, j


_MODALS = re.compile(r"(?:Will|Would|Should|Could|Can|May|Might|Must|Wo|Ca)(?:n[’']t)?$")


def _inflected_verb(w: str) -> bool:
    """A capitalised verb with its ending ("Endorsed", "Denounces", "Slams"), not a given name: a Title Case
    headline's verb the tagger took for the start of the name that follows it ("Le Pen Backs Trump And Denounces
    Clinton")."""
    low = w.lower()
    return w[:1].isupper() and len(low) > 3 and low.endswith(("ed", "s")) and not low.endswith("ss") and \
        not is_given_name(w) and is_verb_form(low)


def _noun_form(w: str) -> bool:
    """An English noun or its plural ("Powers", "Banks"), WordNet's."""
    from .names import _english_words
    low = w.lower()
    nouns = _english_words(kinds=("noun",))
    return low in nouns or (low.endswith("s") and (low[:-1] in nouns or (low.endswith("es") and low[:-2] in nouns)))


def _gerund(w: str) -> bool:
    """A capitalised -ing form of an English verb ("Playing", "Hosting")."""
    return w[:1].isupper() and w.lower().endswith("ing") and len(w) > 5 and is_verb_form(w)


def _is_particle(w: str) -> bool:
    return fold(w) in PARTICLES
