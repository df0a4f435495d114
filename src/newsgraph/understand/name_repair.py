"""Names repaired before they become actors: brackets, handles, a possessive and text glued across a link removed,
ALL CAPS put in natural case. Split from understand/names.py (which re-exports ``clean_name`` and ``natural_case``)."""
from __future__ import annotations

import re
from functools import lru_cache

from .name_keys import _POSSESSIVE

_BRACKETS = re.compile(r"[\[\]{}()<>|]")
_HANDLE = re.compile(r"(?:^|\s)[@#]\w+")
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # "OmarIlhan": a word glued to the next
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=100_000)
def clean_name(s: str) -> str:
    """A name as a reader writes it: brackets, @handles and a possessive removed, a word glued across a link cut
    ("Ilhan OmarIlhan" -> "Ilhan Omar"), spaces collapsed, ALL CAPS put in natural case ("DONALD TRUMP" ->
    "Donald Trump", "HIllary" -> "Hillary"). Text after a closing bracket glued to a word is dropped ("CNN
    Business)A" -> "CNN Business")."""
    if not s:
        return ""
    from .names import is_given_name  # the given-name data sits on top of this layer
    s = re.sub(r"‘s$", "'s", s.replace("’", "'"))  # a left quote for the apostrophe ("Donald Trump‘s"): a possessive
    m = re.search(r"[)\]][A-Za-z]", s)
    if m:
        s = s[: m.start()]
    s = _HANDLE.sub(" ", s)
    s = _BRACKETS.sub(" ", s)
    out = []
    words = [w for w in _SPACES.split(s.strip()) if w]
    for i, w in enumerate(words):
        parts = _GLUE.split(w)
        # the next text glued on across a link or a caption: a name again ("Ilhan OmarIlhan"), or anything after a
        # person's surname ("Sam WilkesAssociate Producer"); a brand's capitals are no glue ("HuffPost",
        # "BuzzFeed News", "YouTube", "PolitiFact")
        tail = parts[1] if len(parts) > 1 else ""
        if tail and not _mixed_case_name(w) and (tail in words or (i > 0 and _function_word(tail)) or
                                                 (len(tail) > 2 and (is_given_name(tail) or
                                                                     (i > 0 and is_given_name(words[0]))))):
            out.append(parts[0])
            break
        out.append(w)
    s = " ".join(out)
    s = _POSSESSIVE.sub("", s) if re.search(r"\w['`]s?$", s) else s
    return natural_case(s.strip(" ,;:-–—\"'"))


def _function_word(w: str) -> bool:
    """A function word or a place opener ("In", "The", "South"): glued to a name, it starts the next sentence or
    name ("United StatesIn 2016", "Kristi NoemSouth Dakota")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from . import rules
    return w.lower() in STOP_WORDS or (len(w) > 2 and w.lower() in rules.words("en", "place_openers"))


def _mixed_case_name(w: str) -> bool:
    """McConnell, DeSantis, MacArthur, O'Rourke, LeBron: capitals inside a name are normal after these. Three
    capitalised words glued into one are page furniture, no name ("CarterFlagShareLikeReply")."""
    if len(_GLUE.split(w)) >= 3:
        return False
    return bool(re.match(r"(?:Mc|Mac|De|Des|Di|Du|Da|Del|Lo|La|Le|O'|D'|Van|Vander|Von)[A-Z]", w)) or \
        sum(c.isupper() for c in w) > 2


_LOWER_NAME_WORDS = {"of", "the", "and", "for", "de", "du", "da", "del", "der", "van", "von", "bin", "al"}
_LOWER_NAME_WORDS = _LOWER_NAME_WORDS - {"da"}  # "MANHATTAN DA" is a district attorney
# (never a word that is also a common acronym: "LA TIMES", "FT ALPHAVILLE", "EL AL")
_SHORT_NAME_WORDS = _LOWER_NAME_WORDS | {"new", "los", "las", "san", "sao", "des", "old", "sri", "tel", "rio", "fort",
                                         "port"}


def natural_case(s: str) -> str:
    """ALL-CAPS words of a name in natural case, and a capital typed twice ("HIllary") repaired; acronyms (up to 4
    letters: "AFU", "CNN", "J.R.") and mixed-case names (McConnell) kept. One word in capitals is put in natural
    case only when it is a given name or an English word ("HILLARY", "TRUMP"): else it is an acronym ("MSNBC",
    "NASCAR", "UNESCO")."""
    from .names import common_word, is_given_name
    words = s.split(" ")
    letters = [c for c in s if c.isalpha()]
    all_caps = letters and all(c.isupper() for c in letters) and len(letters) > 4 and len(words) >= 1
    if all_caps and len(words) == 1 and words[0].isalpha() and not (is_given_name(words[0].capitalize()) or
                                                                   common_word(words[0])):
        all_caps = False
    out = []
    for i, w in enumerate(words):
        if all_caps and len(w) > 3 and w.isalpha():
            w = w.capitalize()
        elif all_caps and len(words) > 1 and i < len(words) - 1 and w.isalpha() and w.lower() in _SHORT_NAME_WORDS:
            # the short words of names in capitals: "NEW YORK", "LOS ANGELES", "UNIVERSITY OF MICHIGAN" (an
            # acronym such as "CNN" or "ABC" stays as it is)
            w = w.lower() if i and w.lower() in _LOWER_NAME_WORDS else w.capitalize()
        elif all_caps and "-" in w and len(w) > 4:
            w = "-".join(x.capitalize() for x in w.split("-"))
        elif i == 0 and len(w) > 4 and w.isalpha() and w.isupper() and len(words) > 1 and _caps_opening_word(w):
            w = w.capitalize()  # a tabloid lead's capitals before a surname: "JACOB Rees-Mogg", "PRINCE Harry"
        elif len(w) > 2 and w[:2].isupper() and w[2:].islower() and w.isalpha():
            w = w[0] + w[1:].lower()  # "HIllary"
        out.append(w)
    return " ".join(out)


def _caps_opening_word(w: str) -> bool:
    """A word in capitals that is a known given name or a royal title ("JACOB", "PRINCE"), not an acronym."""
    from . import rules
    from .names import is_given_name
    return is_given_name(w.capitalize()) or w.lower() in rules.words("en", "regnal_titles")
