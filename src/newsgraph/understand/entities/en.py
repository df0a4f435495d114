"""English actors (the "en" entities reader of the language table): named entities resolved to actors (one cluster of
mentions per actor, a canonical name,
a type and a role).

Starts from spaCy's NER (the document view's spaCy Doc) and corrects it where it breaks attribution:

- spans are trimmed of quote marks, a leading "the" and a possessive ("Putin’s" -> "Putin", either apostrophe);
- an organisation cut at a guillemet («Coalition of the Willing») is completed to the closing mark;
- titles swallowed into a PERSON ("President Vladimir Putin") are cut off and become the role;
- a name tagged ORG/GPE in one place and PERSON elsewhere ("Trump’s participation" as ORG) is re-typed by the
  document's evidence (a PERSON with that surname, or the majority label of that string);
- outlets come from the curated list (``lang/en/outlets.tsv``, type MEDIA) and from context ("reported by X",
  "the X newspaper"); coalitions and "26 countries" are GROUPs;
- names missed by the model in one place but found elsewhere in the document are found again by a
  document-level gazetteer (one regex over the text);
- acronyms are tied to their expansion: "Armed Forces of Ukraine (AFU)";
- a capital used as an actor ("Kyiv intends to...", "Moscow rejects...") is a mention of its country; a capital
  used as a place ("in Moscow") stays a place.

Persons are clustered by name: "Zelensky", "Volodymyr Zelensky" and "Ukrainian President Volodymyr Zelensky" are
one actor named "Volodymyr Zelensky"; a bare first name ("Donald") joins the only full name that starts with it.
Roles come from titles ("Russian President Vladimir Putin" -> "President of Russia") and appositions
("Dmitry Peskov, the press secretary of the Russian president" -> "Press secretary of the President of Russia").
"""
from __future__ import annotations

import bisect
import re

from .. import rules
from ..actors import Actors
from ..marks import QUOTE_CHARS
from ..names import data_type, not_person_head
from .en_appos import appositive_persons, introduced_persons
from .en_interviewees import interviewee_persons
from .en_actors import COURTESY, _initials, acronyms, cluster, groups, short_forms
from .en_titles import titles_and_roles
from .en_gazetteer import add_gazetteer as _add_gazetteer
from .en_mastheads import masthead_short_forms
from .en_styles import royal_styles
from .en_surnames import pronoun_surnames, second_surnames
from .en_spans import (_ends_title, _past_dateline, _trim_person, caps_openings, comma_persons, given_name_before,
                       after_prefix, headline_pieces, month_mentions, person_before_name,
                       quoted_nickname, word_before_name, whole_words, before_title, regnal_names)
from .en_things import the_thing
from .en_laws import sponsors_law
from .en_doc_types import _retype
from .en_lexicon import (HONORIFICS, LANG, KEEP_LABELS, OPENERS, Lexicon, POSS, WS, lexicon)  # noqa: F401


# -- span clean-up --------------------------------------------------------------------------------------------------
def clean_span(text: str, s: int, e: int, label: str) -> tuple[int, int]:
    """Trim quote marks, whitespace, a leading "the" (not for persons), trailing punctuation and a possessive; a
    bracket the span opens and does not close ("Federal Bureau of Investigation (FBI") is cut off with what follows
    it (the acronym joins the name later, ``en_actors.acronyms``); a slash at an edge joins the name to another
    ("a Wall Street Journal/NBC News poll": "Wall Street Journal/" is "Wall Street Journal")."""
    opened = text.rfind("(", s, e)
    if opened > s and ")" not in text[opened:e]:
        e = opened
    for _ in range(3):
        while s < e and (text[s] in QUOTE_CHARS + "/" or text[s].isspace()):
            s += 1
        if label != "PERSON" and text[s:s + 4].lower() == "the " and e - s > 4:
            s += 4
    changed = True
    while changed and e > s:
        changed = False
        while e > s and (text[e - 1] in QUOTE_CHARS + ",;:!?)/" or text[e - 1].isspace()):
            if text[e - 1] in "’'" and e - 2 > s and text[e - 2] == "s" and label != "PERSON":
                break
            e -= 1
            changed = True
        m = POSS.search(text, s, e)
        if m and m.end() == e and e - s > 3:
            e = m.start()
            changed = True
        if e > s and text[e - 1] == "." and not re.search(r"(?:\b[A-Z]|\.[A-Za-z])\.$", text[s:e]):
            e -= 1
            changed = True
    return s, e


def repair_guillemet(text: str, s: int, e: int) -> tuple[int, int]:
    """An entity cut at a quote mark: «Coalition of the Willing» tagged as "«Coalition of" or "Coalition of the"
    is completed to the closing mark (within the sentence)."""
    j = s - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    opener = None
    inner = text[s:e]
    for o in OPENERS:
        if o in inner and not any(c in inner[inner.index(o):] for c in OPENERS[o] if c != o or o == '"'):
            opener = o
            break
    if opener is None and j >= 0 and text[j] in OPENERS and not _closing_straight_quote(text, j):
        opener = text[j]
    if opener is None:
        return s, e
    closers = OPENERS[opener]
    window = text[e:e + 80]
    for k, ch in enumerate(window):
        if ch in closers:
            return s, e + k
        if ch in ".!?\n" and not (ch == "." and k + 1 < len(window) and window[k + 1].isalnum()):
            break
    return s, e


def _closing_straight_quote(text: str, j: int) -> bool:
    """A straight double quote at ``j`` that closes a quotation (an odd number of them before it in its paragraph:
    '… of "fanatic recklessness." Russia insisted that Pyongyang "stop …"'): no opener of the name after it."""
    return text[j] == '"' and text.count('"', text.rfind("\n", 0, j) + 1, j) % 2 == 1


# -- the reader -----------------------------------------------------------------------------------------------------
def extract(view, text: str, lang: str = LANG, published: str | None = None, own: str = "") -> Actors:
    """All named entities of the document view ``view`` (its spaCy Doc over ``text``) as actors with mentions, names,
    types and roles."""
    doc = view.spacy
    lex = lexicon(lang)
    actors = Actors(text)
    spans = comma_persons(_join_expansions(_model_spans(doc, text, lex), text), text)
    spans = pronoun_surnames(second_surnames(spans, text), text, doc)  # "He Lin, the director, said"
    spans = caps_openings(spans, text, _REGNAL_TITLES)
    spans = regnal_names(spans, text, _REGNAL_TITLES)
    spans = appositive_persons(_honorific_names(spans, text), text)  # "Her mother, Ana Ruiz, said"
    spans = introduced_persons(spans, text)  # "Sheriff Bo Creel of …", "Ana Ruiz, a spokeswoman, said"
    spans = interviewee_persons(spans, text)  # "Meet Hope Wood, the nurse …", "Hope Wood, 34, a nurse"
    spans = _retype(spans, text, lex)
    spans = month_mentions(_add_gazetteer(spans, text, lex), text)
    cluster(actors, spans, view, text, lex)
    royal_styles(actors, text, published)
    acronyms(actors, text)
    short_forms(actors, text, lex)
    masthead_short_forms(actors, text, own)
    groups(actors, text, lex)
    titles_and_roles(actors, doc, text, lex)
    return actors


_REGNAL_TITLES = rules.words(LANG, "regnal_titles")
_HONORIFIC_NAME = re.compile(r"\b" + COURTESY + r"\.?[ \t]+([A-Z][a-z][\w'’\-]*(?:[ \t]+[A-Z][a-z][\w'’\-]*)?)")


def _honorific_names(spans, text):
    """A name after an honorific that the model did not tag at all is a person's ("Mrs May": a month to the
    tagger; "Mr Bercow"); a span the model tagged otherwise is left to the retyping (its evidence counts the
    honorific too)."""
    taken = sorted((s, e) for s, e, _, _ in spans)
    starts = [s for s, _ in taken]
    for m in _HONORIFIC_NAME.finditer(text):
        s, e = m.span(1)
        k = bisect.bisect_right(starts, e) - 1
        if k >= 0 and taken[k][1] > s - 6:  # overlaps a span, or the honorific is inside one
            continue
        spans.append([s, e, "PERSON", None])
    spans.sort(key=lambda sp: (sp[0], -sp[1]))
    return spans


_JOINER = re.compile(r"\s+(?:in|of|for|on|and|de)\s+(?:the\s+)?$")
_ACR_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]?[A-Z]{1,8})\)")


def _join_expansions(spans, text):
    """An organisation's name the model cut in two before its acronym: "Organization for Security and Co-operation"
    + "in" + "Europe" + "(OSCE)" is one ORG span when the acronym's letters are the initials of the whole (so that
    ``en_actors.acronyms`` ties the acronym to it)."""
    out = []
    for sp in spans:
        prev = out[-1] if out else None
        m = _ACR_AFTER.match(text, sp[1])
        if prev is not None and prev[2] == "ORG" and m and _JOINER.fullmatch(text[prev[1]:sp[0]]):
            if _initials(text[prev[0]:sp[1]]).upper() == m.group(1).upper():
                prev[1] = sp[1]
                continue
        out.append(sp)
    return out


# A span under construction: [start, end, label, extra] (extra: canonical outlet or None)
def _model_spans(doc, text, lex):
    out = []
    ents = [(a, b, ent.label_) for ent in doc.ents if ent.label_ in KEEP_LABELS
            for a, b in headline_pieces(text, ent.start_char, ent.end_char)]
    edges = frozenset(x for a, b, _ in ents for x in (a, b))  # (where other names begin and end: whole_words)
    for s, e, label in ents:
        s, e, label = _past_dateline(text, s, e, label)
        if label != "PERSON":
            s, e = repair_guillemet(text, s, e)
        s, e = whole_words(text, *clean_span(text, s, e, label), edges)
        if e <= s or not any(c.isalpha() for c in text[s:e]):
            continue
        if label != "PERSON" and _sentence_like(text[s:e]):
            continue  # "Stadia has been built from the ground up …" tagged ORG by the small model
        if label != "PERSON" and _ends_title(text, s, e, lex):
            continue  # "State" of "Secretary of State Hillary Clinton": the title's last word, no organisation
        if label != "PERSON" and text[s:e].isupper() and text[s:e].lower() in lex.titles:
            continue  # "The CFO added": a title's abbreviation, no organisation
        if label != "PERSON" and (cut := before_title(text, s, e, lex)) < e:
            if cut <= s:
                continue  # "Home" of "Home Secretary": the title's first word
            e, label = cut, "GPE" if text[s:cut] in lex.country_of else label  # "UK" of "UK Home Secretary"
        if out and _campus_of(text, out[-1], s, e, lex):
            out[-1][1] = e  # "the University of California, Davis": the campus is the university's name, no person
            continue
        if label == "PERSON":
            m = _PARTICLE_NAME.search(text, max(0, s - 40), s)
            if m and m.end() == s:
                s = m.start()  # "Ursula von der Leyen" tagged as "Leyen"
            if _PARTICLE_END.search(text, s, e):
                m = _NEXT_NAME.match(text, e)
                if m:
                    e = m.end()  # "Ursula von der" + "Leyen"
            e = quoted_nickname(text, s, e)
            s = after_prefix(text, s, e)
            s = _strip_leading_titles(text, s, e, lex)
            m = _LEADING_GERUND.match(text, s, e)
            if m and m.group(1) not in lex.first_names:
                s = m.end()  # "Hosting Cook at Dreamforce …": a sentence-initial verb swallowed into the name
            s = _after_inverted_cue(doc, text, s, e)
            if e <= s:
                continue
            if not_person_head(text[s:e]) in (None, "-"):  # (a club's "United" is no word to cut: "Wexford United")
                s, e = _trim_person(doc, s, e)
            s = word_before_name(text, s, e)
            if e <= s or the_thing(doc, text, s, e) or sponsors_law(text, s, e):  # ("the Convertible": a thing,
                continue  # en_things; "the Dodd-Frank law": a law, en_laws)
            s = given_name_before(text, s, e, lex)
            if (typed := data_type(text[s:e])) not in (None, "-"):
                label = typed  # "Twitter": a platform (not_actors.tsv), whatever the tagger said
            elif (kind := not_person_head(text[s:e])) is not None:
                if kind == "-":
                    continue  # "Davis Cup": no actor
                label = kind  # "Dick Clark Productions", "Northline Rail": the last word makes it no person
        elif label in ("ORG", "GPE", "LOC", "FAC") and (k := person_before_name(text, s, e)) < s:
            s, label = k, "PERSON"
        elif label in ("LAW", "WORK_OF_ART", "EVENT", "PRODUCT"):
            # only a guillemet-quoted organisation name survives ("the «Coalition of the Willing»")
            words = text[s:e].lower().split()
            if not (set(words) & lex.group_heads):
                continue
            label = "ORG"
        if out and s < out[-1][1]:
            continue  # overlaps the span before (already extended over it)
        out.append([s, e, label, None])
    # names in quote marks the model missed: «Coalition of the Willing», “National Front”
    for m in _QUOTED_NAME.finditer(text):
        words = m.group(1).lower().split()
        if set(words) & (lex.group_heads | lex.org_heads):
            s, e = m.start(1), m.end(1)
            if not any(a < e and s < b for a, b, _, _ in out):
                out.append([s, e, "ORG", None])
    return out


def _campus_of(text: str, prev, s: int, e: int, lex) -> bool:
    """Whether the one word at ``s``..``e`` names the campus of the institution span ``prev`` just before it, after a
    comma and before a punctuation mark ("University of California, Davis, Center for ...", "University of
    Wisconsin, Madison."); not a person the text names in full ("At the University of Chicago, Obama, who ...")."""
    words, w = text[prev[0]:prev[1]].split(), text[s:e]
    if not (prev[2] == "ORG" and text[prev[1]:s] == ", " and " " not in w and w[:1].isupper() and len(words) >= 3
            and words[0].lower() in lex.institutions and words[1] == "of" and text[e:e + 1] in (",", ".", ";", ")")):
        return False
    return re.search(r"\b[A-Z][a-z]+\.? " + re.escape(w) + r"\b", text) is None


_LEADING_GERUND = re.compile(r"([A-Z][a-z]+ing)\s+(?=[A-Z])")
_LEADING_WORD = re.compile(r"([A-Z][a-z]+)\s+(?=[A-Z])")


def _after_inverted_cue(doc, text: str, s: int, e: int) -> int:
    """Where the name starts in an inverted attribution the tagger read as one name: a sentence that opens with a
    reporting verb, then the speaker and a comma or colon ('Said Comey, "The thought …"', 'Added Mr. Ryan: …').
    "Said" is also a given name, so the span is cut only in that position."""
    m = _LEADING_WORD.match(text, s, e)
    if not m or m.group(1).lower() not in rules.words("en", "speech_verbs"):
        return s
    if not re.match(r"\s*[,:]", text[e:e + 3]):
        return s
    tok = doc.char_span(s, m.end(1), alignment_mode="expand")
    before = text[max(0, s - 3):s]
    if tok is None or not (tok[0].is_sent_start or s == 0 or "\n" in before or before.strip() in ("", '"', "“")):
        return s
    return m.end()
_SMALL_WORDS = rules.wordset("en", "small_words")


def _sentence_like(t: str) -> bool:
    """A span of running words (several lower-case words beside the small words of names) is no name."""
    words = t.split()
    if len(words) < 5:
        return False
    lower = [w for w in words if w[:1].islower() and w.lower() not in _SMALL_WORDS]
    return len(lower) >= 2 and len(lower) * 3 >= len(words)


_QUOTED_NAME = re.compile(r"[«“\"„‹]([A-Z][\w\-]*(?:\s+(?:of|the|and|for|[A-Z][\w\-]*)){1,7})[»”\"“›]")


_TITLE_TOKEN = re.compile(r"\S+")
_PARTICLE_END = re.compile(r"\s(?:von|van|der|den|de|da|di|del|la|le|bin|al|el|ibn|dos|das|ter)$")
_NEXT_NAME = re.compile(r"\s+[A-Z][\w\-]+")
_PARTICLE_NAME = re.compile(r"[A-Z][\w\-]+\s+(?:(?:von|van|der|den|de|da|di|del|la|le|bin|al|el|ibn|dos|das|ter)\s+)"
                            r"{1,3}$")


def _strip_leading_titles(text, s, e, lex) -> int:
    """Cut titles and nationalities swallowed into a PERSON span ("President Vladimir Putin")."""
    while True:
        m = _TITLE_TOKEN.match(text, s, e)
        if not m or m.end() >= e:
            return s
        w = m.group().lower()
        if w in lex.title_vocab and w not in ("of", "the") or w in HONORIFICS or lex.demonym.get(w):
            s = m.end()
            while s < e and text[s].isspace():
                s += 1
        else:
            return s
