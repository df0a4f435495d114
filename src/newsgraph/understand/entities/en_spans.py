"""English entity spans repaired before they become actors: a dateline opening a lead ("ROME - Bernie Sanders"), a
title's last word tagged as an organisation ("State" of "Secretary of State"), and the words around a PERSON name
that are no part of it (names.trim_person; a score, a photo credit, a spaced dash, a lower-case word after it)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import name_cues, rules
from ..names import PARTICLES, common_word, is_given_name, is_word, person_shaped, plural_after_the
from .en_headline_names import _title_case_headline, headline_pieces  # noqa: F401

# a news lead's dateline in capitals, a spaced dash after it ("ROME - ", "NEW YORK, N.Y. — ", and the wire's form with
# a state and a day with its year, "KELSTON, Ore., March 14, 2024 — "); quotes/en_rec too
DATELINE_CAPS = r"[A-Z]{2}[A-Z’'-]+(?:[ ,]+[A-Z][A-Z’'.-]+){0,3}(?:,[\w .]{1,20}){0,2}(?:,\s?\d{4})?\s+[—–-]{1,2}\s+"
_DATELINE = re.compile(DATELINE_CAPS)


def _past_dateline(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    """A span that opens a line with its dateline ("ROME - Bernie Sanders", tagged ORG for the capitals): the name
    after it, a person when it is two or three capitalised words opening with a given name; the dateline alone
    ("NEW YORK -", "TONOPAH, Nev. —") is its place without the dash, typed a place."""
    m = _DATELINE.match(text, s, len(text))
    if m is None or (s and text[s - 1] != "\n"):
        return s, e, label
    if m.end() >= e:  # (a place: the tagger's ORG or PERSON for the capitals would make it a speaker)
        return s, s + len(text[s:e].rstrip(" —–-")), "GPE"
    rest = text[m.end():e].split()
    if 2 <= len(rest) <= 3 and is_given_name(rest[0]) and all(w[:1].isupper() for w in rest):
        label = "PERSON"
    return m.end(), e, label


_NICK_CLOSE = re.compile(r"[\"”]\s+[A-Z][\w’'\-]+")
_NICK_WHOLE = re.compile(r"\s+[\"“][A-Z][a-z]+[\"”]\s+[A-Z][\w’'\-]+")
_QUOTES = '"“”'


def quoted_nickname(text: str, s: int, e: int) -> int:
    """The end of a PERSON span that the tagger cut at a nickname in quotes between the given name and the surname
    (US style: 'Robert C. "Bobby" Scott', 'Marcia "Cia" Price'; tagged 'Robert C. "Bobby' or 'Marcia'): the name
    runs to the surname after the closing quote. Else ``e``."""
    span = text[s:e]
    if sum(span.count(q) for q in _QUOTES) % 2 == 1 and span.rstrip()[-1:].isalpha():
        m = _NICK_CLOSE.match(text, e)
        return m.end() if m else e
    words = span.split()
    if words and (is_given_name(words[-1]) or re.fullmatch(r"[A-Z]\.", words[-1])) and \
            not any(q in span for q in _QUOTES):
        m = _NICK_WHOLE.match(text, e)
        return m.end() if m else e
    return e


def _ends_title(text: str, s: int, e: int, lex) -> bool:
    """Whether the span ends a title with the words before it ("Secretary of State", "Minister of Defence")."""
    before = text[max(0, s - 60):s].split()
    span = text[s:e].lower()
    return any(" ".join(before[-n:] + [span]).lower() in lex.titles for n in range(1, min(4, len(before)) + 1))


def _trim_person(doc, s: int, e: int) -> tuple[int, int]:
    """The name inside a PERSON span: words around it that are no name cut off (names.trim_person: "Certainly
    Donald Trump", "Crooked Hillary", a Title Case headline's "Tom Nides Thanked Clinton")."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) < 2:
        return s, e
    span = _cut_tail(span)
    s, e = span.start_char, min(e, span.end_char)
    if len(span) < 2:
        return s, e
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) < 2:
        return s, e
    if words[-1].text[:1].isupper() and words[-1].lower_ in _role_heads():
        # a role noun ends no name: "Obama Pollster Joel Benenson" (role_heads.txt; newuser34)
        words = words[:-1]
        e = min(e, words[-1].idx + len(words[-1].text))
        if len(words) < 2:
            return s, e
    i, j = name_cues.trim_person([(t.text, t.pos_) for t in words])
    if (i, j) == (0, len(words)):
        return s, e
    return max(s, words[i].idx), min(e, words[j - 1].idx + len(words[j - 1].text))


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in rules.words("en", "role_heads"))


@lru_cache(maxsize=1)
def _prefixes() -> re.Pattern:
    from .. import rules
    alts = "|".join(sorted(map(re.escape, rules.words("en", "name_prefixes")), key=len, reverse=True))
    return re.compile(r"(?i:" + alts + r")[-–](?=[A-Z])")


def after_prefix(text: str, s: int, e: int) -> int:
    """The start of the name in a PERSON span that opens with a prefix glued by a hyphen (lang/en/name_prefixes.txt:
    "Anti-Donald Trump campaign", "Pro-Clinton voters"): the prefix makes the name a modifier, no part of it."""
    m = _prefixes().match(text, s, e)
    return m.end() if m else s


def word_before_name(text: str, s: int, e: int) -> int:
    """The start of the name in a two-word PERSON span whose first word is a common English word and no given name
    ("Advantage Donald", "Longtime Clinton foe"), when the text names the second word elsewhere inside a longer
    name ("Donald Trump", "Hillary Clinton"): that is the person meant, and the first word is no part of the name
    (a name whose first word is also a word, "Rush Limbaugh", "Rand Paul", "Prescott Bush", is a known given name,
    a noun before a surname, or the text never writes its second word in another name)."""
    words = list(re.finditer(r"\S+", text[s:e]))
    if len(words) != 2:
        return s
    first, second = words[0].group(), words[1].group()
    if not first[:1].isupper() or is_given_name(first) or not re.fullmatch(r"[A-Z][a-z]+", second):
        return s
    # an adjective, adverb or verb ("Longtime"), or a noun before a given name ("Advantage Donald"); a noun before
    # a surname may be a given name our lists lack ("Prescott Bush")
    if not (is_word(first) or (is_word(first, nouns=True) and is_given_name(second))):
        return s
    other = re.compile(r"(?<![\w’'-])(?!" + re.escape(first) + r"\b)[A-Z][a-z]+\.?\s+" + re.escape(second) +
                       r"(?![\w’'-])|(?<![\w’'])" + re.escape(second) + r"\s+(?!" + re.escape(first) +
                       r"\b)[A-Z][a-z]+")
    if any(not (m.start() <= s < m.end()) for m in other.finditer(text)):
        return s + words[1].start()
    return s


def _cut_tail(span):
    """A PERSON span cut before what follows the name on the page: a number or score ("Ted Cruz 1", "Nicolas Jarry
    6-4", "Mekhi Robinson 1 goal"), a photo credit after a slash ("John Moore/Getty"), a spaced dash ("Donald Trump -
    and"), a lower-case word ("Juan Manriquez of") or a compound glued by a hyphen ("Donald Trump-led", "Jeb
    Bush-spent"; not "Ban Ki-moon", whose part after the hyphen is no verb or adjective). The cut needs a name before
    it: two words, or one that is no given name ("Cruz 42-40" -> "Cruz"; "Bill 1523" is a bill and stays whole)."""
    words = 0
    given_only = True
    for k, t in enumerate(span):
        if k and _ends_name(span, k):
            if words >= 2 or (words == 1 and not given_only):
                return span[:k]
            return span
        if t.is_alpha or "." in t.text:
            words += 1
            given_only = given_only and is_given_name(t.text)
    return span


def _ends_name(span, k: int) -> bool:
    t, prev = span[k], span[k - 1]
    glued = not prev.whitespace_
    if t.like_num or any(c.isdigit() for c in t.text) or t.text == "/":
        return True
    if t.text in ("-", "–", "—"):
        if prev.whitespace_:
            return True  # a spaced dash
        nxt = span[k + 1] if k + 1 < len(span) else None
        return nxt is not None and nxt.text[:1].islower() and nxt.pos_ in ("VERB", "ADJ")
    if glued and prev.text in ("-", "–"):
        return False  # "Ki-moon": judged at the hyphen
    return t.is_alpha and t.text[:1].islower() and t.text.lower() not in PARTICLES


# -- a tabloid lead's capitals ("HARRY KANE will lead", "PIERS Corbyn, the brother of") -----------------------------
# British tabloids (and some broadsheets) set the first words of an article's first paragraph in capitals. The tagger
# misses such a name or cuts it ("KANE" without "HARRY"), so a paragraph opening with a capitalised given name (or a
# royal title) and a surname, in capitals or not, followed by ordinary text, is a person's name.
_CAPS_WORD = r"[A-Z][A-Z’'\-]+"
_NAME_WORD = r"(?:[A-Z][A-Z’'\-]+|[A-Z][a-zà-ÿ][\w’'\-]*)"
_CAPS_OPENING = re.compile(r"(?m)^[ \t]*(" + _CAPS_WORD + r")[ \t]+(" + _NAME_WORD + r")"
                           r"(?=(?:[’']s)?[ \t,]+[a-z0-9(£$€\"“])")


def caps_openings(spans: list, text: str, titles: frozenset[str]) -> list:
    """Spans for the names that open a paragraph in capitals: the first word in capitals is a known given name
    ("HARRY", "PIERS") or a royal title ("PRINCE Harry", given ``titles`` in lower case, then the next word must be
    a given name), the second a name word; the span replaces what the tagger found inside it."""
    out = list(spans)
    for m in _CAPS_OPENING.finditer(text):
        first, second = m.group(1), m.group(2)
        if "’" in first or "'" in first:
            continue
        low = first.lower()
        s, e = m.start(1), m.end(2)
        if second[-2:] in ("’S", "'S", "’s", "'s"):
            e -= 2
            second = second[:-2]
        if second.isupper() and (len(second) <= 2 or common_word(second)):
            continue  # "NATO SUMMIT opens": capitals of a headline, no name
        if low in titles:
            if not is_given_name(second.capitalize()):
                continue
        elif not is_given_name(first.capitalize()):
            continue
        out = [sp for sp in out if not (sp[0] < e and s < sp[1])]
        out.append([s, e, "PERSON", None])
    out.sort(key=lambda sp: (sp[0], -sp[1]))
    return out


_REGNAL_NAME = re.compile(r"\b([A-Z][a-z]+)[ \t]+([A-Z][a-zà-ÿ][\w’'\-]*)\b")


def regnal_names(spans: list, text: str, titles: frozenset[str]) -> list:
    """A royal title and a known given name that the tagger did not tag at all ("Princess Eugenie", "Prince
    Louis"): a person, as a courtesy title and a surname is ("Mrs May"). A span the tagger made stays."""
    taken = sorted((sp[0], sp[1]) for sp in spans)
    out = list(spans)
    for m in _REGNAL_NAME.finditer(text):
        if m.group(1).lower() not in titles:
            continue
        given = m.group(2)
        if given[-2:] in ("’s", "'s"):
            given = given[:-2]
        if not is_given_name(given):
            continue
        s, e = m.start(1), m.start(2) + len(given)
        if any(a < e and s < b for a, b in taken):
            continue
        out.append([s, e, "PERSON", None])
    out.sort(key=lambda sp: (sp[0], -sp[1]))
    return out


# -- a month that is also a surname ("Theresa May" beside "in May", "on 2 May", "May 2019") ------------------------
_DATE_BEFORE = re.compile(r"(?:\b(?:in|since|until|till|by|from|during|through|early|late|mid|last|next|this|of|"
                          r"before|after)[ \t]+|\b\d{1,2}(?:st|nd|rd|th)?[ \t]+|mid-)$", re.I)
_DATE_AFTER = re.compile(r"[ \t]+\d{1,4}\b")
_TITLE_BEFORE = re.compile(r"\b(?:Mrs?|Ms|Miss|Dr|Sir|Dame|Lady|Lord)\.?[ \t]+$")


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    from .. import rules
    try:
        names = {r[0].lower() for r in rules.table("en", "dates_names") if len(r) > 1 and r[1] == "month"}
    except LookupError:
        return frozenset()
    # full names only: an abbreviation begins a longer one ("Jan" of "January", "Sept")
    return frozenset(n for n in names if "." not in n and not any(o != n and o.startswith(n) for o in names))


def month_mentions(spans: list, text: str) -> list:
    """A one-word PERSON span that is a month name in a date's context is the month, not a person of that surname
    or given name: after a day number or a time preposition ("on 2 May", "in May", "since June"), or before a day
    or a year ("May 23", "May 2019"), unless a title or a possessive makes it the person ("Mrs May", "in May's
    cabinet"). A month before the surname of a person named in full is the date's ("In August Trump met …")."""
    months = _months()
    fulls = [text[sp[0]:sp[1]].split() for sp in spans if sp[2] == "PERSON"]
    out = []
    for sp in spans:
        s, e, label = sp[0], sp[1], sp[2]
        cut = _month_before_surname(text, s, e, months, fulls) if label == "PERSON" else s
        if cut != s:
            out.append([cut, e, *sp[2:]])
            continue
        if label == "PERSON" and text[s:e].lower() in months and text[s:s + 1].isupper() and \
                not _TITLE_BEFORE.search(text, max(0, s - 8), s) and text[e:e + 1] not in ("'", "’") and \
                (_DATE_BEFORE.search(text, max(0, s - 12), s) or _DATE_AFTER.match(text, e)):
            continue
        out.append(sp)
    return out


_MONTH_OPENS = re.compile(r"\b(?:an?)[ \t]+$", re.I)  # "a June Trump rally"


def _month_before_surname(text: str, s: int, e: int, months, fulls: list) -> int:
    """The start of the surname in a two-word PERSON span that is a month in a date's context followed by the
    surname of another person the text names in full ("In August Trump met …", "at a June Trump event": Donald
    Trump, no "August Trump"); else ``s``. A person whose given name is a month keeps it ("April Mellody, a
    spokeswoman": no date before it; "reporter April Ryan" beside "Paul Ryan")."""
    words = text[s:e].split()
    if len(words) != 2 or words[0].lower() not in months or not (
            _DATE_BEFORE.search(text, max(0, s - 12), s) or _MONTH_OPENS.search(text, max(0, s - 6), s)):
        return s
    if any(len(f) >= 2 and f[-1] == words[1] and f[0] != words[0] for f in fulls):
        return e - len(words[1])
    return s


_WORD_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][a-z]+)[ \t]$")


def given_name_before(text: str, s: int, e: int, lex) -> int:
    """The start of a PERSON span that the model began at the surname, leaving the given name just before it
    outside ("Chairwoman Debbie Wasserman Schultz" tagged "Wasserman Schultz"): a known given name right before
    a span that does not itself open with one joins it. A given name that is also an English word ("Mark",
    "Grant") counts only when our own list of first names holds it; a title ("Sen", a given name somewhere) never."""
    words = text[s:e].split()
    if not words or len(words) > 2 or is_given_name(words[0]) or not words[0][:1].isupper():
        return s
    m = _WORD_BEFORE.search(text, max(0, s - 30), s)
    if m is None:
        return s
    w = m.group(1)
    if w.lower() in lex.title_vocab or not is_given_name(w) or (common_word(w) and w not in lex.first_names):
        return s
    return m.start(1)


def person_before_name(text: str, s: int, e: int) -> int:
    """The start of a person's full name when the model typed the surname alone as an organisation or a place and
    left the given name before it ("Reince Priebus, the GOP chairman": "Priebus" ORG): the two words together are
    of a person's shape (names.person_shaped: a known given name that is no English word, a surname that is none
    either); else ``s``."""
    if " " in text[s:e]:
        return s
    m = _WORD_BEFORE.search(text, max(0, s - 30), s)
    if m and person_shaped(m.group(1) + " " + text[s:e]):
        return m.start(1)
    return s


_COMMA_TAIL = re.compile(r",\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)$")


def comma_persons(spans: list, text: str) -> list:
    """A span the tagger ran over a comma into the next clause's subject ("speaking on CBS's Face the Nation,
    Lopez said …" tagged ORG "Face the Nation, Lopez"): when the words after the comma are the surname (or the
    whole name) of a person tagged elsewhere in the text, they are that person, and the span ends before the comma.
    ("Paris, France", "Skadden, Arps", "Smith, Jr." keep their comma: no person's surname follows it.)"""
    surnames = {text[s:e].split()[-1] for s, e, label, _ in spans if label == "PERSON" and "," not in text[s:e]}
    names = {text[s:e] for s, e, label, _ in spans if label == "PERSON" and "," not in text[s:e]}
    out = []
    for sp in spans:
        m = _COMMA_TAIL.search(text, sp[0], sp[1])
        tail = m.group(1) if m else None
        if tail is None or not (tail in names or tail.split()[-1] in surnames and len(tail.split()) == 1):
            out.append(sp)
            continue
        if any(c.isalpha() for c in text[sp[0]:m.start()]):
            out.append([sp[0], m.start(), sp[2], sp[3]])
        out.append([m.start(1), m.end(1), "PERSON", None])
    return out


_CAMEL = re.compile(r"(?!Mac|Mc|Van|Von|Del|Des)[A-Z][a-z]{2,}[A-Z][\w]*")


def no_person_shape(text: str, s: int, e: int, surnames) -> str | None:
    """The type of a one-word span the tagger called a person that no person's name can be, else None:
    - a plural after "the" ("the Steelers", "the Browns"): a team or a band (ORG), or a family when its singular is
      a surname of the text ("the Bidens" beside "Joe Biden": GROUP);
    - a compound with a capital inside after three letters or more ("SpaceX", "YouTube", "PayPal"): a company or a
      product's name (ORG); name prefixes keep theirs ("McDonald", "MacKenzie", "DeSantis", "LeBron").
    A known given name is left alone ("Francis", "Charles")."""
    t = text[s:e]
    if " " in t or not t[:1].isupper() or is_given_name(t):
        return None
    if _CAMEL.fullmatch(t):
        return "ORG"
    if plural_after_the(text, s, t):
        stem = t[:-2] if t.endswith("es") and t[:-2] in surnames else t[:-1]
        if stem in surnames:
            return "GROUP"
        return None if is_given_name(stem) else "ORG"  # ("the Williams sisters", "the Roberts court": surnames)
    return None


_HYPHEN_ON = re.compile(r"(?:-[A-Z][\w’']*)+")  # (a capitalised word on: "Glass-Steagall", not "Russia-backed")
_NOT_NAME_PREFIX = "Anti|Pro|Ex|Non|Post|Pre|Neo|Mid|Pan|Semi|Co|Trans|Ultra"  # ("Anti-Trump protesters")
_HYPHEN_BACK = re.compile(rf"(?<![\w’'-])(?!(?:{_NOT_NAME_PREFIX})-)[A-Z][\w’']+-$")  # ("Harlow-Pinnock"; not "R-Utah")
_DANGLING = re.compile(r"\s+(?:of|and|for|the|&)$")
_NAME_GOES_ON = re.compile(r"[ \t]+(?:\d{4}\b|[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*)")


def whole_words(text: str, s: int, e: int, others: frozenset = frozenset()) -> tuple[int, int]:
    """A name never begins or ends inside a hyphenated word ("Glass" of "Glass-Steagall", "Pinnock" of
    "Harlow-Pinnock") nor ends on a word that joins it to what follows ("the Harlow-Pinnock Act of" before "1921"):
    the span runs over the whole hyphenated word, and over the year or the capitalised words its last "of" joins it
    to; a joining word followed by neither is cut off."""
    # (only onto capitalised words, and never onto another name the tagger found: "Clinton-Kaine" is two people;
    # review r20: "Russia-backed", "Moscow-based", "R-Utah", "pro-Moscow" keep their place names as they were)
    if e < len(text) and text[e] == "-" and (m := _HYPHEN_ON.match(text, e)) and e + 1 not in others:
        e = m.end()
    if s > 0 and text[s - 1] == "-" and (m := _HYPHEN_BACK.search(text, max(0, s - 40), s)) and \
            m.start() not in others:
        s = m.start()
    if (d := _DANGLING.search(text, s, e)) is not None:
        m = _NAME_GOES_ON.match(text, e)
        e = m.end() if m is not None and text[d.start():e].split() == ["of"] else d.start()
    return s, e


def before_title(text: str, s: int, e: int, lex) -> int:
    """Where a name ends whose last words begin a title with the words after it ("UK Home" before "Secretary": the
    "Home Secretary" is a title, the name is "UK"; lex.titles)."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[s:e])]
    after = re.findall(r"[A-Za-z][\w-]*", text[e:e + 40])[:2]
    for k in range(len(words), 0, -1):
        tail = " ".join(w for _, w in words[-k:])
        if any(f"{tail} {' '.join(after[:n])}".lower() in lex.titles for n in (1, 2) if len(after) >= n):
            return len(text[:s + words[-k][0]].rstrip())
    return e


def titled_name(text: str, s: int, e: int, name: str) -> bool:
    """Whether the lone name ``name`` (the span ``s``..``e``) carries a title in its span or right before it
    ("President Obama", "Presidents Reagan", titles of lang/en/titles.txt): a surname, then, not a given name."""
    from .en_lexicon import lexicon
    vocab = lexicon().title_vocab - {"of", "the"}
    before = text[max(0, s - 40):s].split()
    w = before[-1].lower().strip(".,") if before else ""
    return len(text[s:e].split()) > len(name.split()) or w in vocab or (w.endswith("s") and w[:-1] in vocab)
