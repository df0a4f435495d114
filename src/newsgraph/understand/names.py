"""Personal names: keys, parts, comparison and repair. Pure functions over strings, shared by one document's
entities (understand.entities) and the corpus's actors across documents (newsgraph.corpus.identity).

    >>> name_key("Zelenskiy") == name_key("Zelenskyy's")
    True
    >>> parse("George H.W. Bush")
    PersonName(given=('george', 'h', 'w'), surname=('bush',), suffix='')
    >>> compatible(parse("George W. Bush"), parse("George H.W. Bush"))
    False
    >>> compatible(parse("Bill Clinton"), parse("William J. Clinton"))     # a known short form
    True

The rules (each with its reason):

- keys fold case, accents, a possessive and the transliteration endings -y/-iy/-yy/-ii (Zelensky, Zelenskyy,
  Zelenskiy are one key); Russian and Ukrainian tokens are put in the nominative by pymorphy2 when it knows them
  as a name or surname ("Путина" = "Путин");
- two names are one person only when their surnames agree and their given names agree: equal, one an initial of
  the other ("V." / "Volodymyr"), or a known short form (Bill/William, Ted/Edward: the ``nicknames`` dataset);
  middle names or initials, when both names have them, must agree too (George W. / George H.W. Bush are two
  people); a generational suffix tells a son from his father (Donald Trump / Donald Trump Jr.): names that differ
  in it are two people (so "Joseph R. Biden Jr." is kept apart from "Joe Biden": a split, never a merge);
- a missing given name is not agreement: a bare surname is a *partial* name, resolved by evidence elsewhere
  (understand.entities inside a document, corpus.identity across documents), never by the key alone.

Known given names: gender-guesser's dictionary (about 40,000 names of many countries) and our own
``lang/en/first_names.tsv``; Cyrillic given names by pymorphy2's ``Name`` tag.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .name_keys import (  # noqa: F401 - the base layer, re-exported: names.fold, names.name_key ...
    GIVEN_PARTICLES, HONORIFICS, LEADING_WORDS, PARTICLES, SUFFIXES, _CYRILLIC, _ENDINGS, _FEMALE_TITLES,
    _GLUED_INITIALS, _MALE_TITLES, _POSSESSIVE, _TOKEN, _cyrillic_name, _morph, _places, _titles, _tokens, fold,
    given_variant, name_key, norm_token, slavic_given_pair, strip_titles, tokens)
from .name_repair import clean_name, natural_case  # noqa: F401 - re-exported: names.clean_name

# -- given names ---------------------------------------------------------------------------------------------------
_GENDER_CODES = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f", "?": ""}


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Known given names (folded) -> 'm' | 'f' | '' (either): the name dictionary gender-guesser ships
    (``gender_guesser/data/nam_dict.txt``, about 40,000 names of many countries; read directly, its own reader takes
    seconds), without function words ("The", "So": names somewhere, words here), and our own
    ``lang/en/first_names.tsv`` on top."""
    return _name_data()[0]


_ENGLISH_COLUMNS = range(30, 33)  # nam_dict.txt's frequency columns of Great Britain, Ireland and the U.S.A.


@lru_cache(maxsize=1)
def _name_data() -> tuple[dict[str, str], frozenset[str], dict[str, int], frozenset[str]]:
    """(``_given_names``, the given names the dictionary counts in an English-speaking country or our own list, how
    common each is there: the highest of its three English frequency digits, a logarithmic scale 1-13, and the
    gendered names the dictionary gives only as "mostly" one gender: ``mostly_gendered``)."""
    # gender-guesser is a dependency (pyproject): a missing or unreadable dictionary is an error of the install, raised
    # (every document fails with its name), never a silent fall-back that loses most given names and genders.
    from importlib.resources import files

    from spacy.lang.en.stop_words import STOP_WORDS
    english: set[str] = set()
    common: dict[str, int] = {}
    firm: set[str] = set()  # names the dictionary gives a plain gender code ("M", "1F"), not only "mostly" ("?M")
    seen: dict[str, set[str]] = {}
    counted_as: dict[str, set[str]] = {}  # the genders of a name's lines counted in an English-speaking country
    data = files("gender_guesser").joinpath("data", "nam_dict.txt").read_text(encoding="utf-8")
    for line in data.splitlines():
        if not line or line[0] in "#=":
            continue
        parts = line.split(None, 2)
        if len(parts) < 2 or parts[0] not in _GENDER_CODES:
            continue
        counted = max((int(line[i], 16) for i in _ENGLISH_COLUMNS if line[i:i + 1].strip()), default=0)
        for name in {parts[1].replace("+", x) for x in ("", " ", "-")}:
            seen.setdefault(fold(name), set()).add(_GENDER_CODES[parts[0]])
            if not parts[0].startswith("?"):
                firm.add(fold(name))
            if counted:
                counted_as.setdefault(fold(name), set()).add(_GENDER_CODES[parts[0]])
                english.add(fold(name))
                common[fold(name)] = max(common.get(fold(name), 0), counted)
    out = {k: (next(iter(g)) if len(g) == 1 else "") for k, g in seen.items()
           if len(k) > 2 and k not in STOP_WORDS}
    derived = _gender_of_full_forms(out, counted_as)
    from . import rules
    for row in rules.table("en", "first_names"):
        if row and row[0]:
            out[fold(row[0])] = {"m": "m", "f": "f"}.get(row[1] if len(row) > 1 else "", "")
            english.add(fold(row[0]))
            firm.add(fold(row[0]))
            derived.discard(fold(row[0]))  # (our own list's gender stays firm: "Carol", "Ali"; review r30)
    mostly = frozenset(k for k, g in out.items() if g and (k not in firm or k in derived))
    return out, frozenset(english & set(out)), common, mostly


def _gender_of_full_forms(out: dict[str, str], counted_as: dict[str, set[str]]) -> set[str]:
    """A short form the dictionary's English-speaking countries count as both a man's and a woman's name ("Bernie":
    "mostly female" in Ireland, "mostly male" in the U.S.A.) takes the gender of the full names the ``nicknames``
    dataset gives it when they agree (Bernie: Bernard; Tracy, Bobbie: women's names), as a "mostly" gender only
    (``mostly_gendered``: the text's own pronouns still overrule it, coref.en_gender.soft). A name of both genders
    with no such full forms ("Jordan", "Leslie") stays of either (round 30). The names given a gender so."""
    derived = set()
    for k, g in out.items():
        if g or not {"m", "f"} <= counted_as.get(k, set()):
            continue
        full = {out.get(fold(c), "") for c in _namer().canonicals_of(k)} - {""}
        if len(full) == 1:
            out[k] = full.pop()
            derived.add(k)
    return derived


@lru_cache(maxsize=100_000)
def is_given_name(tok: str) -> bool:
    """True for a known given name ("Hillary", "Volodymyr", "Дмитрий")."""
    t = fold(tok).strip(".")
    if not t:
        return False
    if _CYRILLIC.search(t):
        return _cyrillic_name(t)[1] == "Name"
    return t in _given_names()


def given_in_english(tok: str) -> bool:
    """A given name English-language readers know as one: counted in Great Britain, Ireland or the U.S.A. by the
    name dictionary, or in our own list (a Cyrillic token: any given name). "Peña" is a given name in Bulgaria, and a
    surname in "Enrique Peña Nieto"; "Ann" in "Ann Smith" is a given name."""
    t = fold(tok).strip(".")
    if _CYRILLIC.search(t):
        return is_given_name(t)
    return t in _name_data()[1]


def mostly_gendered(tok: str) -> bool:
    """A given name the dictionary gives a gender only as "mostly" ("Marty": mostly male, the name of women too):
    a pronoun of the other gender may still stand for its bearer (coref)."""
    return fold(tok).strip(".") in _name_data()[3]


def gender_of(tok: str) -> str:
    """'m', 'f' or '' for a given name (or a title: Mrs. -> 'f')."""
    t = fold(tok).strip(".")
    if t in _FEMALE_TITLES:
        return "f"
    if t in _MALE_TITLES:
        return "m"
    return _given_names().get(t, "")


@lru_cache(maxsize=1)
def _namer():
    """The ``nicknames`` dataset (hand-curated English given names and their short forms: Bill/William,
    Ted/Edward, Chuck/Charles); a dependency (pyproject), so an import error is raised, never taken for no data."""
    from nicknames import NickNamer
    return NickNamer()


@lru_cache(maxsize=50_000)
def _nickname_pair(a: str, b: str) -> bool:
    nn = _namer()
    # two short forms of one name are one only with a common root ("Jim" / "Jimmy", "Kate" / "Katie"): "Fred" and
    # "Rick" both shorten Frederick, but a Rick is far more often a Richard, and a Fred is no Rick
    # A short form is shorter than its full name or begins like it ("Bill" / "William", "Jack" / "John"), or it is
    # a spelling of it (the same ending: "Kathy" / "Cathy", "Erwin" / "Irwin"): the data
    # also pairs two short forms of one name both ways ("Will" and "Fred", both of Wilfred), and a Will is no Fred
    # A short form far more common as a given name than the name it would shorten is a name of its own (OWN_NAME_STEPS
    # or more of the dictionary's English frequency scale, about 8 times as many bearers): a Gary is born Gary, not
    # Garrett, a Harry is no Harrison; Bill / William, Joe / Joseph, Larry / Lawrence stay one name
    def short_of(full: str, short: str) -> bool:  # (or a spelling of it: "Kathy" / "Cathy", "Jerry" / "Gerry")
        return short in nn.nicknames_of(full) and (len(short) < len(full) or short[:1].lower() == full[:1].lower()
                                                   or short[-3:].lower() == full[-3:].lower()) and \
            not _own_name(short, full)
    return short_of(a, b) or short_of(b, a) or \
        (a[:2].lower() == b[:2].lower() and bool(nn.canonicals_of(a) & nn.canonicals_of(b)))


OWN_NAME_STEPS = 3


def _own_name(short: str, full: str) -> bool:
    """(A spelling of the name, the same ending, is the name however rare: "Hilary" / "Hillary".)"""
    common = _name_data()[2]
    return short[-3:].lower() != full[-3:].lower() and \
        common.get(fold(short), 0) - common.get(fold(full), 0) >= OWN_NAME_STEPS


def given_compatible(a: str, b: str) -> bool:
    """Two given names (normalised tokens) of one person: equal, an initial of the other, or a known short form."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return _nickname_pair(a, b) or slavic_given_pair(a, b) or given_variant(a, b)  # ("Сейдзи" / "Сэйдзи")


@lru_cache(maxsize=20_000)
def is_verb_form(tok: str) -> bool:
    """An inflected form of an English verb (WordNet's verb lemmas, as the spaCy model ships them): "endorsed",
    "denounces", "slams", "playing", "hosting" (the lemma itself is not a form)."""
    t = fold(tok)
    verbs = _english_words(kinds=("verb",))
    if t.endswith("ing"):
        stem = t[:-3]
        return stem in verbs or stem + "e" in verbs or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs)
    if t.endswith("ed"):
        return t[:-2] in verbs or t[:-1] in verbs or (t.endswith("ied") and t[:-3] + "y" in verbs)
    if t.endswith("es") and (t[:-2] in verbs or t[:-1] in verbs):
        return True
    return t.endswith("s") and t[:-1] in verbs


@lru_cache(maxsize=4)
def _english_words(nouns: bool = False, kinds: tuple[str, ...] = ()) -> frozenset[str]:
    """English adjectives, adverbs and verbs (and nouns), WordNet's, as the spaCy model's lemmatizer ships them in
    its ``lemma_index`` table: "crooked", "little", "certainly" are words, "megyn", "khizr" are not."""
    try:
        import glob
        import os

        import spacy.util
        from spacy.lookups import Lookups

        from .nlp import spacy_model_name
        root = spacy.util.get_package_path(spacy_model_name())
        found = glob.glob(os.path.join(str(root), "**", "lemmatizer", "lookups", "lookups.bin"), recursive=True)
        index = Lookups().from_disk(os.path.dirname(found[0])).get_table("lemma_index")
        kinds = kinds or ("adj", "adv", "verb") + (("noun",) if nouns else ())
        return frozenset(w for pos in kinds for w in index.get(pos, ()))
    except Exception:  # noqa: BLE001 - another model without the table: no word list, the rule rests
        return frozenset()


def _epithet(tok: str) -> bool:
    """A word an epithet before a given name is made of ("Crooked", "Lyin'", "Little", "Stop"): a common word that is
    no short form of a given name unless it is an adjective ("Ash" of Ashton Carter and "Will" of Will Taylor are
    their given names; "Little" stays an epithet though the data knows a Littleberry)."""
    if not is_word(tok):
        return False
    nn = _namer()
    t = fold(tok).strip(".,'’")
    return not (nn and nn.canonicals_of(t)) or t in _english_words(kinds=("adj",))


@lru_cache(maxsize=100_000)
def is_common_word(name: str) -> bool:
    """One word that is a title, a suffix, or an English adjective, adverb or verb that is no noun (WordNet's), and
    not a given name: a person named by it alone is one only when someone has it as a surname in full
    ("Nationally,", "Appear", "Together", "President" and "Jr" typed PERSON). Nouns are no evidence: surnames
    ("Trump", "Bush", "Rice", "Bird") and famous people ("Hitler") are WordNet nouns."""
    toks = _TOKEN.findall(fold(name))
    if len(toks) != 1:
        return False
    t = toks[0].strip(".")
    if t in SUFFIXES | HONORIFICS | _titles()[0]:
        return True
    nouns = _english_words(kinds=("noun",))
    return is_word(name.strip()) and t not in nouns and not (t.endswith("s") and t[:-1] in nouns)


@lru_cache(maxsize=100_000)
def is_word(tok: str, nouns: bool = False) -> bool:
    """A common English adjective, adverb or verb (or noun), not a known given name ("Crooked", "Lyin'",
    "Certainly"; with nouns, "Billionaire")."""
    t = fold(tok).strip(".,'’")
    if len(t) < 3 or is_given_name(tok):  # an initial is no word
        return False
    if t.endswith("in") and (tok.endswith("'") or tok.endswith("’")):
        t += "g"  # "Lyin'" = "lying"
    words = _english_words(nouns)
    stems = {t, t[:-3], t[:-3] + "e", t[:-4] + "ie"} if t.endswith("ing") else {t}
    if t.endswith("ed"):
        stems |= {t[:-2], t[:-1]}
    if t.endswith("s"):
        stems.add(t[:-1])
    return bool(stems & words)


# -- parts ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonName:
    given: tuple[str, ...]  # first given name, then middle names or initials (normalised)
    surname: tuple[str, ...]  # surname tokens, particles included ("de", "blasio")
    suffix: str = ""  # jr | sr | ii | iii | iv
    first_raw: str = field(default="", compare=False)  # the first given name as written (folded, not normalised)

    @property
    def first(self) -> str:
        return self.given[0] if self.given else ""

    @property
    def middle(self) -> tuple[str, ...]:
        return self.given[1:]

    @property
    def last(self) -> str:
        return self.surname[-1] if self.surname else ""

    @property
    def full(self) -> bool:
        """A given name and a surname ("Donald Trump", "V. Zelensky"); a bare surname or given name is partial."""
        return bool(self.given) and bool(self.surname)

    @property
    def key(self) -> str:
        return " ".join(self.given + self.surname + ((self.suffix,) if self.suffix else ()))


def _glued_verb(words: list[str]) -> int:
    """Where a verb a Title Case headline glued between names starts ("Tom Nides Thanked Clinton", "Bill Revoking
    Hillary"; the last word is a surname, whatever else it may mean), or 0. In a three-word name that opens with a
    known given name, the middle word is a verb only when inflected: in its base form it is a middle or a maiden
    name ("Kathleen Hawk Sawyer", "Sandra Day O'Connor", "Jenna Bush Hager"; not "Obama White House")."""
    return next((k for k in range(1, len(words) - 1) if is_word(words[k]) and words[k][:1].isupper() and (
        k >= 2 or is_verb_form(words[k]) or len(words) != 3 or not is_given_name(words[0]))), 0)


def headline_cut(name: str) -> str:
    """A name without what a Title Case headline glued on after it ("Hillary Clinton Slams Donald Trump" -> "Hillary
    Clinton"), else the name as written: the form a person's alias is kept in (the whole span would file Hillary
    Clinton's quotes under the surname Trump)."""
    words = strip_titles(clean_name(name)).split()
    k = _glued_verb(words)
    return " ".join(words[:k]) if k >= 2 else name  # a full name before it ("Jeb Bush Super": bush is a verb too)


@lru_cache(maxsize=100_000)
def parse(name: str) -> PersonName:
    """The parts of a person's name (titles and a possessive dropped). One word is a surname (news style: "Trump",
    "Kennedy"), with ``first_raw`` set when it is also a known given name ("Hillary"); a name that starts with a
    particle is a surname ("de Blasio")."""
    name = _GLUED_INITIALS.sub(lambda m: f" {m.group(1)}. {m.group(2)}. ", " " + strip_titles(clean_name(name)) + " ")
    raw = _TOKEN.findall(fold(name.replace("’", "'")))
    while len(raw) > 1 and raw[0].strip(".") in HONORIFICS:
        raw = raw[1:]
    suffix = ""
    if len(raw) > 1 and raw[-1] in SUFFIXES:
        suffix, raw = raw[-1], raw[:-1]
    words = name.split()
    if len(words) == len(raw):
        k = _glued_verb(words)
        if k:
            raw, words = raw[:k], words[:k]
    if len(raw) >= 2 and len(words) == len(raw) and is_given_name(words[-1]) and \
            all(_epithet(w) or w == "The" for w in words[:-1]):
        raw = raw[-1:]  # a given name with an epithet: "Crooked Hillary", "Lyin' Ted", "Little Marco", "The Donald"
    while len(raw) >= 3 and len(words) == len(raw) and is_word(words[0], nouns=True) and is_given_name(words[1]):
        raw, words = raw[1:], words[1:]  # "Certainly Donald Trump", "Billionaire Donald Trump"
    toks = [norm_token(t) for t in raw]
    if not toks:
        return PersonName((), (), suffix)
    if len(toks) == 1:  # one word is read as a surname (news style); a known given name is noted beside it
        return PersonName((), (toks[0],), suffix, raw[0] if is_given_name(raw[0]) else "")
    # the surname: the last word and the particles before it ("Ursula von der Leyen", "Bill de Blasio")
    k = len(toks) - 1
    while k > 0 and raw[k - 1] in PARTICLES and not (k == 1 and raw[0] in GIVEN_PARTICLES and any(
            w[:1].isupper() and fold(w).strip(".,") == raw[0] for w in words)):
        k -= 1
    given, surname = toks[:k], toks[k:]
    # Russian order "Путин Владимир Владимирович": a patronymic last means the surname came first
    first = raw[0] if k else ""
    if len(raw) == 3 and _CYRILLIC.search(raw[-1]) and _cyrillic_name(raw[-1])[1] == "Patr":
        given, surname, first = [toks[1], toks[2]], [toks[0]], raw[1]
    return PersonName(tuple(given), tuple(surname), suffix, first)


def _initials(parts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(p[0] for p in parts if p)


def compatible(a: PersonName, b: PersonName) -> bool:
    """Whether two FULL names can name one person (see the module's rules). Partial names are never compatible
    here: a bare surname is resolved by evidence, not by its key."""
    if not (a.full and b.full):
        return False
    if _tail(a, b) or _tail(b, a):
        return a.suffix == b.suffix
    if a.surname != b.surname or not (given_compatible(a.first, b.first)
                                      or _nickname_pair(a.first_raw, b.first_raw)):
        return False
    if _by_middle_only(a, b) or _by_middle_only(b, a):
        return False
    am, bm = a.middle, b.middle
    if am and bm and _initials(am) != _initials(bm):
        # "George W. Bush" / "George H.W. Bush"; a middle name against its initial is fine ("John F." / "John
        # Fitzgerald")
        return False
    return a.suffix == b.suffix  # a son is named after his father: "Donald Trump Jr." is not "Donald Trump"


def _by_middle_only(a: PersonName, b: PersonName) -> bool:
    """``a`` goes by its middle name (an initial, then a spelled-out name: "C. Rick Martin", "J. Danforth Quayle")
    and ``b`` by another spelled-out first name and no middle ("Carmel Martin"): two people, though the initial
    fits."""
    return len(a.first) == 1 and bool(a.middle) and len(a.middle[0]) > 1 and len(b.first) > 1 and not b.middle and \
        not given_compatible(a.middle[0], b.first)


def _tail(short: PersonName, long_: PersonName) -> bool:
    """``short`` is ``long_`` without its first given name, and starts with a word that is no given name:
    "Wasserman Schultz" of "Debbie Wasserman Schultz", "Rodham Clinton" of "Hillary Rodham Clinton" (a compound
    surname, or a middle name used with the surname)."""
    s, l_ = short.given + short.surname, long_.given + long_.surname
    # ("Al Assad" of "Bashar Al Assad": the article read as a given name is still the surname's; a given name of a
    # faraway country is a word of the surname to English readers: "Peña Nieto" of "Enrique Peña Nieto")
    return 2 <= len(s) < len(l_) and l_[-len(s):] == s and (not given_in_english(s[0]) or s[0] in GIVEN_PARTICLES)


def by_middle_name(person: PersonName) -> PersonName | None:
    """The name a person with a spelled-out middle name goes by when it is the middle one ("Willard Mitt Romney" is
    Mitt Romney; "Rafael Edward Cruz" is Ted Cruz, Ted a short form of Edward): the middle name and the surname.
    None for no middle name, an initial or a suffix."""
    if not person.full or not person.middle or len(person.middle[0]) < 2 or person.suffix:
        return None
    return PersonName(person.middle, person.surname, person.suffix, person.middle[0])


def goes_by_middle(a: PersonName, b: PersonName) -> bool:
    """One of two full names may be the other's by its middle name ("Rafael Edward Cruz" / "Ted Cruz"): a
    possibility for the evidence to decide, not a proof."""
    ma, mb = by_middle_name(a), by_middle_name(b)
    return bool(ma and b.full and not b.middle and compatible(ma, b)) or \
        bool(mb and a.full and not a.middle and compatible(mb, a))


def same_person(a: str, b: str) -> bool:
    """Two full names of one person (strings)."""
    return compatible(parse(a), parse(b))


def tail_of(part: str, full: str) -> bool:
    """``part`` is ``full`` without its first given name ("Wasserman Schultz" of "Debbie Wasserman Schultz")."""
    return _tail(parse(part), parse(full))


# what a name's shape and the data say of its type (person_shaped, data_type, not_person_head …): name_types.py,
# re-exported here, where every reader imports them from (it imports this module's folds and parse)
from .name_types import (_person_heads, _typed_names, common_word, data_type, not_person_head,  # noqa: E402,F401
                         person_shaped, plural_after_the)
