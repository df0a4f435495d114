"""Which person a surname or given name means (``choose``): the evidence a document gives beside a partial name
(its role, Mr./Mrs., the actors it names) compared with each candidate's record in the corpus. Plain functions
over plain values; split from corpus/identity.py (which re-exports them)."""
from __future__ import annotations

import math
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..understand import names as N
from .identity_text import passing_namesakes

if TYPE_CHECKING:
    from .identity import Candidate

# evidence (choose): the share of its documents in which a candidate appeared beside a co-actor is smoothed
# towards the co-actor's share of all documents with weight ALPHA (documents); a surname or given name attaches to
# the best candidate only when its posterior is at least MIN_POSTERIOR and some evidence (a shared co-actor or role)
# supports it
ALPHA = 1.0
MIN_POSTERIOR = 0.9
MAX_CO_ACTORS = 12
RARE_CO_ACTOR = 0.1  # a co-actor in fewer than this share of all documents says who is beside it
IN_DOCUMENT = 5.0  # how much likelier a surname means a person the same document names in full
MIN_CO_DOCS = 2  # a co-actor counts as evidence once it is in this many documents
MIN_GIVEN_DOCS = 1  # documents that call a person by given name alone before a given name alone may mean them
MAX_TERM = 2.0  # the most one co-actor moves the log likelihood ratio
SHARED_CAST = 0.5  # the share of a namesake's documents that also name another for their co-actors to be one cast
GIVEN_ALONE = 20.0  # how much likelier a surname means the namesake whose given name the document uses alone (as
# much as the role the document gives: the writer's own word for who is meant)
CLEAR_AMONG_NAMED = 9.0  # how much likelier the corpus must find one of a document's namesakes to decide alone
# (posterior 0.9 between two, on evidence alone: the bar MIN_POSTERIOR sets for the general rule)


# -- evidence: which person a surname or given name means ---------------------------------------------------------
@dataclass
class Evidence:
    """What the document says about the person beside the name."""
    role: str | None = None
    gender: str = ""
    gender_hint: str = ""  # the pronouns' majority: too weak to choose among named namesakes, enough to doubt
    gender_one_sided: str = ""  # the titles', else the pronouns' gender when no pronoun disagrees
    gender_by_pronouns: bool = False  # gender and gender_hint come from pronouns alone (no Mr./Mrs.)
    # the document names in full another person of the pronouns' gender, who may be the one they stand for
    gender_elsewhere: bool = False
    co_actors: list[str] = field(default_factory=list)  # actor ids the document names (most salient first)
    base: dict[str, float] = field(default_factory=dict)  # co-actor -> share of all documents that name it
    n_docs: int = 1  # documents of the corpus so far (the base rates' denominator)
    named: dict[str, list[int]] = field(default_factory=dict)  # actor id -> where the document names it in full
    at: int = -1  # where the document first uses the partial name
    # every use of the surname alone: (where, its sentence's start, the previous sentence's start)
    bare_at: tuple[tuple[int, int, int], ...] = ()
    sentence: dict[int, int] = field(default_factory=dict)  # a position in ``named`` -> where its sentence starts
    kin: set[int] = field(default_factory=set)  # positions in ``named`` introduced as a relative ("his wife X")
    family: frozenset[str] = frozenset()  # for a given name alone: the surnames the document gives people in full
    relative: bool = False  # the given name alone follows a kinship word ("his daughter Ivanka", "Trump's wife, Lara")
    in_headline: bool = False  # the partial name's first use is on the document's first line (its title)
    given_alone: frozenset[str] = frozenset()  # given names the document uses alone, of nobody it names in full
    # for a given name alone: the actors the document names in full by other given names only ("Ted Cruz" beside
    # "his father, Rafael": the father is someone else, though Ted Cruz's legal name is Rafael Edward Cruz)
    named_otherwise: frozenset[str] = frozenset()


# words that make the title after them another office ("Vice President" is not the President, "Lt. Gov." not the
# governor): read as one word with it, so the two roles share nothing
OTHER_OFFICE = frozenset({"vice", "deputy", "assistant", "lieutenant", "under", "associate"})


def _role_words(role: str | None) -> set[str]:
    """The words of a role, short forms read as the full word ("Gov." is "governor": role_abbreviations.tsv); a
    word of another office joined to its title ("vice-president")."""
    abbr = _abbreviations()
    words = [abbr.get(t, abbr.get(t + ".", t)) for t in N.tokens(role or "")]
    words = [f"{w}-{words[i + 1]}" if w in OTHER_OFFICE and i + 1 < len(words) else w for i, w in enumerate(words)
             if not (i and words[i - 1] in OTHER_OFFICE)]
    return {t for t in words if len(t) > 2 and t not in {"the", "and", "for", "former"}}


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    from ..understand import rules
    return {r[0].lower(): r[1].lower() for r in rules.table("en", "role_abbreviations")}


def role_match(role: str | None, roles: dict[str, int]) -> float:
    """Best word overlap (Jaccard) between the document's role and a role the candidate held."""
    a = _role_words(role)
    if not a:
        return 0.0
    best = 0.0
    for r in roles:
        b = _role_words(r)
        if b:
            best = max(best, len(a & b) / len(a | b))
    return best


ROLE_MIN_SHARE = 0.01  # the least share of an actor's documents that must give its role (see voted_role)
COMPLETION_SHARE = 0.25  # a bare title yields to a role completing it given by at least this share of its own rows
COMPLETION_MIN_ROWS = 2  # or by this many rows (one odd row is no completion: "Sen. of the Independent Vermont")
PAST = "former "  # entities.en_lexicon.past_title: "Former secretary of state", a role held before the text's date


def _past(role: str) -> bool:
    return role[:len(PAST)].lower() == PAST


def voted_role(counts: dict[str, int], current: str | None = None, n_docs: int = 0,
               n_rows: int = 0) -> str | None:
    """An actor's role from the roles its documents give (``counts``: role -> documents, in the order first read):
    the role the most documents support, a document supporting every role that shares a word with its own ("Prime
    Minister" and "Prime Minister of Russia" support each other; "official representative", from one slip, only
    itself): of Putin's "премьер-министр", "премьер-министр РФ", "председатель Правительства РФ" and "официальный
    представитель" one of the first two, not the first in the alphabet. A bare title word another role completes
    comes after it ("Secretary Clinton" gives "Secretary": "Secretary of State" is shown). Ties: more documents for
    the string itself, then the alphabet (the same whatever order the documents came in: ingest, a merge and relink
    agree). ``n_docs``: the actor's documents; a role fewer than ROLE_MIN_SHARE of them support is none (a person
    named bare in hundreds of articles whom a few call "President": "a President Trump would...", "Enter President
    Trump", a headline imagining the office; the writers of these dates do not call them so). ``n_rows``: the
    role-giving rows ``counts`` are a sample of, when they are one (0: ``counts`` are all of them; the store
    counts all): a role's support in the sample stands for the same share of them (a role all 200 rows of the sample
    give, of 30,000 rows, has 30,000), so a famous actor keeps its role as its documents grow."""
    if not counts:
        return current
    offices: dict[str, int] = {}  # the office of each role, "Former secretary of state" read as "Secretary of state"
    for r, n in counts.items():
        o = r[len(PAST):len(PAST) + 1].upper() + r[len(PAST) + 1:] if _past(r) and len(r) > len(PAST) else r
        offices[o] = offices.get(o, 0) + n
    words = {r: _role_words(r) for r in offices}

    def support(r: str) -> int:
        return sum(n for o, n in offices.items() if o == r or words[r] & words[o])

    def cut(r: str) -> bool:  # a bare title word another role completes ("Secretary" of "Secretary of State"), when
        # enough documents give that completion ("Sen. of the Independent Vermont" once is not Sanders's "Sen.")
        return len(words[r]) == 1 and any(words[r] < words[o] and (offices[o] >= COMPLETION_MIN_ROWS or
                                                                   offices[o] >= COMPLETION_SHARE * offices[r])
                                          for o in offices)
    best = min(sorted(offices), key=lambda r: (-support(r), cut(r), -offices[r]))
    sampled = sum(counts.values())
    if support(best) * max(n_rows, sampled) / sampled < ROLE_MIN_SHARE * n_docs:
        return None
    # held or past: what most of the documents giving that office say at their date ("former President Bill
    # Clinton" in 2016, "President Obama")
    # (the rows of that very office: a bare title is a courtesy the office keeps, "Secretary Clinton" years after)
    same = [r for r in counts if (r[len(PAST):] if _past(r) else r).lower() == best.lower()]
    past = sum(n if _past(r) else -n for r, n in counts.items() if r in same)
    if past > 0:  # (the office as the rows write it after "former": "Former president", "Former Florida governor")
        row = max((r for r in same if _past(r)), key=lambda r: (counts[r], r))
        return PAST.capitalize() + row[len(PAST):]
    return best


def known_by_given(c: Candidate, given_docs: int, family, co: list[str], bearers: int = 1) -> bool:
    """Whether a given name alone may mean ``c`` across documents: writers call a person by given name alone when
    the reader knows whom they mean: someone known so (``given_docs``: documents that name ``c`` in full and then
    call them by that given name alone, the alias kind "given": "Hillary", "Jeb"; at least MIN_GIVEN_DOCS), a
    relative of someone named in full (``family``: the surnames the document gives in full), or someone the
    document itself names (``co``). Otherwise a lone "Robin" in a death notice or "Sylvia's in Harlem" is not the
    only Robin or Sylvia the corpus has met. ``bearers``: the people the corpus names in full with that given name;
    a common given name is someone's across documents only when writers call them by it alone in at least as many
    documents as the corpus has other people of that name ("Jeb", "Carly", "Hillary": yes; "Chris" for Chris
    Christie in three documents among a dozen Chrises, "Andy", "Rick": no, a host or a nickname elsewhere)."""
    return given_docs >= max(MIN_GIVEN_DOCS, bearers - 1) or c.id in co or N.parse(c.name).last in family


def _score(c: Candidate, co: list[str], ev: Evidence) -> tuple[float, int]:
    """The log likelihood ratio of the document's evidence under candidate ``c`` against a stranger, and how many
    pieces of evidence support ``c`` (see ``choose``)."""
    n = max(c.n_docs, 0)
    lr = 0.0
    support = 0
    for a in co:
        p = ev.base.get(a)
        if p is None or p * ev.n_docs < MIN_CO_DOCS:
            continue  # an actor seen in too few documents says nothing about who is beside it
        p = min(max(p, 1e-3), 0.999)
        k = c.cooc.get(a, 0)
        support += k > 0
        # the share of the candidate's documents that name the co-actor, smoothed towards the co-actor's share
        # of all documents (a candidate with few documents is not believed to share everything or nothing),
        # against that share; one co-actor alone moves the ratio by a bounded factor
        lr += min(max(math.log((k + ALPHA * p) / (n + ALPHA)) - math.log(p), -MAX_TERM), MAX_TERM)
    if c.id in ev.co_actors:  # the document names this person in full elsewhere (a namesake would be too)
        lr += math.log(IN_DOCUMENT)
        support += 1
    elif ev.family and N.parse(c.name).last in ev.family:
        # a given name alone beside someone of the candidate's surname in full: a family the writer names by given
        # names ("Melania" in an article on Donald Trump, "Chelsea" beside Hillary Clinton)
        lr += math.log(IN_DOCUMENT)
        support += 1
    first = N.parse(c.name).first
    if len(first) > 1 and any(N.given_compatible(first, g) for g in ev.given_alone):
        # the document calls someone by the candidate's given name ("WALLACE: ..." and "this is America, Chris":
        # the host Chris Wallace, not the governor George Wallace the corpus also knows beside the candidates)
        lr += math.log(GIVEN_ALONE)
        support += 1
    rm = role_match(ev.role, c.roles)
    if rm >= 0.5:
        lr += math.log(20)
        support += 2
    elif ev.role and c.roles and rm == 0:
        lr += math.log(0.5)
    return lr, support


def co_actors_favour_another(top: Candidate, others: list[Candidate], ev: Evidence) -> bool:
    """Whether the document's co-actors (``ev.co_actors``, without the candidates themselves) fit one of ``others``
    better than ``top``, by ``_score``'s co-actor evidence alone (no role, no popularity)."""
    ids = {top.id} | {c.id for c in others}
    co = [a for a in ev.co_actors if a not in ids][:MAX_CO_ACTORS]
    plain = replace(ev, role=None, co_actors=[], family=frozenset(), given_alone=frozenset())
    mine = _score(top, co, plain)[0]
    return any(_score(c, co, plain)[0] > mine for c in others if not c.apart)


def choose(cands: list[Candidate], ev: Evidence, strict: bool = False) -> tuple[str | None, str]:
    """The candidate a partial name (surname or given name) means, and why; (None, reason) when the evidence does
    not decide. For each candidate, the likelihood of the document's other actors under the candidate (the
    smoothed share of its documents that also name each of them) against their likelihood for someone the corpus
    does not know yet (their share of all documents), times a role factor and an in-document factor (the document
    names the candidate in full elsewhere). A candidate is taken only when that ratio is at least 1 (the document
    fits them at least as well as a stranger: "Kelly" beside Trump and Fox News is not the one Kelly the corpus
    knew from a court report); among several, the posterior (with P(c) from the candidate's documents) must
    reach MIN_POSTERIOR, and something beside popularity must support the winner (``strict``: even a single
    candidate needs such support). A surname shared by several people the document names in full is one of
    them (``_among_named``); when the document names one of the candidates in full, the corpus's co-actors and
    popularity alone never give the surname to another (only the document's own role for them does)."""
    weighed = _title_over_pronouns(cands, ev)
    if weighed is None:
        return None, "the title fits namesakes the pronouns do not"
    ev = weighed
    live = [c for c in cands if not c.apart and not (ev.gender and c.gender and ev.gender != c.gender)]
    if not live:
        return None, "no compatible candidate" if cands else "no candidate"
    ids = {c.id for c in live}
    co = [a for a in ev.co_actors if a not in ids][:MAX_CO_ACTORS]
    if sum(c.id in ev.named for c in cands) >= 2 and any(c.id in ev.named for c in live):
        live = [c for c in live if c.id in ev.named]
        hit = _among_named(live, [(*_score(c, co, ev), c) for c in live], ev)
        if hit:
            return hit
        if len(live) > 1 and _shared_cast(live):
            # a couple or a family the document names in full, and the text gives no antecedent: their co-actors are
            # the same cast, so whatever the corpus says beyond that is popularity
            return None, f"the document names {' and '.join(c.name for c in live)}; nothing tells which"
    # outside the document's own namesakes, the pronouns' majority also rules people out ("Williams ... her" is not
    # John Williams): at worst the name stays unresolved, never given to a namesake the pronouns merely favour
    hint = ev.gender_hint
    fit = [c for c in live if not (hint and c.gender and hint != c.gender)]
    if not fit:
        return None, "no candidate fits the document's pronouns"
    if len(fit) < len(live):
        strict = True  # a stray pronoun only rules out: who is left still needs the document's support
    live = fit
    live = [c for c in live if not _met_only_beside(c, live, ev)] or live
    by_role = [c for c in live if role_match(ev.role, c.roles) >= 0.5]
    if by_role:
        # the title the writer gives ("President Obama") is the office of those whose own documents give it: a
        # namesake whose record never does is not meant, however the co-actors fit (a small record beside the same
        # cast would otherwise outweigh the title by a few rare co-actors)
        live = by_role
    if ev.named_otherwise:
        # a given name alone is never the person the document calls by another given name ("Ted Cruz ... his father,
        # Rafael": Ted Cruz was born Rafael Edward Cruz, yet this Rafael is someone else, most often a relative)
        live = [c for c in live if c.id not in ev.named_otherwise]
        if not live:
            return None, "the document calls that person by another given name"
    kin = [c for c in live if ev.relative and N.parse(c.name).last in ev.family]
    if len(kin) == 1:
        # a given name the text introduces as a relative ("Mr. Trump's daughter Ivanka", "his son Eric") of a family
        # it names in full: the one person of that family with the name, whatever else the document is about
        return kin[0].id, "a relative the document names by given name beside the family"
    scored = []
    for c in live:
        lr, support = _score(c, co, ev)
        scored.append((math.log(max(c.n_docs, 0) + 1) + lr, lr, support, c))
    scored.sort(key=lambda x: (-x[0], x[3].id))
    s, lr, support, c = scored[0]
    named = [x for x in live if x.id in ev.named]
    if named and c.id not in ev.named and role_match(ev.role, c.roles) < 0.5:
        # the document names a namesake in full and nothing of its own (a role) points elsewhere: the corpus's
        # co-actors and popularity do not take the surname away from the person the writer introduced
        return None, f"the document names {named[0].name}; only the corpus points to {c.name}"
    if lr < 0:
        return None, f"the document fits no known {c.name.split()[-1]} better than a stranger"
    if len(scored) == 1:
        if strict and support == 0:
            return None, "nothing in the document supports the only candidate"
        return c.id, "the only person of that name"
    z = sum(math.exp(x[0] - s) for x in scored)
    post = 1.0 / z
    # popularity alone decides nothing: the winner must also be the best by the document's evidence alone
    by_evidence = lr >= max(x[1] for x in scored[1:])
    if post >= MIN_POSTERIOR and support > 0 and by_evidence:
        return c.id, f"evidence ({post:.2f})"
    return None, f"ambiguous: {', '.join(x[3].name for x in scored[:4])}"


def _title_over_pronouns(cands: list[Candidate], ev: Evidence) -> Evidence | None:
    """The evidence without its pronouns' gender when the title the document gives the name ("President Obama") is
    the office of namesakes none of whom the pronouns fit: the title is the writer's word, the pronouns
    coreference's reading, and an article about someone else ("... secretary of state under President Obama. She
    ...") lends that person's pronouns to a bare surname. Among office holders of both genders the pronouns still
    choose; a Mr./Mrs. always counts. The pronouns are dropped only when the document names in full someone else of
    their gender (``gender_elsewhere``: whose pronouns they may be) or the pronouns are a mere majority (no
    ``gender``: "President Obama ... she", a slip of coreference); when they are one-sided and nobody else can take
    them, title and pronouns disagree and the name stays unresolved (None): a person new in an office a namesake of
    the other gender held ("Gov. Brown said Oregon ... She", Kate after Jerry) is not merged into him. A record that
    merges two people is worse than none."""
    g = ev.gender or ev.gender_hint
    if not (ev.role and g and ev.gender_by_pronouns):
        return ev
    holders = [c for c in cands if not c.apart and role_match(ev.role, c.roles) >= 0.5]
    if not holders or not all(c.gender and c.gender != g for c in holders):
        return ev
    if ev.gender_elsewhere or not ev.gender:  # (a mere majority of pronouns, ``gender_hint``, is outweighed)
        return replace(ev, gender="", gender_hint="", gender_one_sided="")
    return None


def _among_named(live: list[Candidate], scored: list[tuple[float, int, Candidate]],
                 ev: Evidence) -> tuple[str, str] | None:
    """A surname ("Clinton") in a document that names several people of that surname in full ("Bill Clinton",
    "Hillary Clinton"): a writer who names two Clintons does not write "Clinton" for a third, so it is one of them.
    Their gender decides first (the others are already gone from ``live``); then the corpus, only when its evidence
    (co-actors, role) clearly favours one (by CLEAR_AMONG_NAMED: the document's other actors are the cast of both
    people, and a person the corpus barely knows has no record to compare, so a small lead is popularity); then the
    text: the person named in full nearest before the surname's first use (the writer's antecedent: "Chelsea
    Clinton announced ... Clinton, 35, the daughter of ..."). None: the general rule (``choose``) decides."""
    if len(live) == 1:
        return live[0].id, "the one person of the document with that name and gender"
    if split_between_namesakes(live, ev):
        return None, f"its uses follow {' and '.join(c.name for c in live)} in turn; nothing tells which"
    by_role = [c for c in live if role_match(ev.role, c.roles) >= 0.5]
    if len(by_role) == 1:  # "President Obama" beside Barack and Michelle Obama: the title the document gives
        return by_role[0].id, "the role the document gives"
    passing = passing_namesakes(live, ev)
    if passing and len(live) - len(passing) == 1:
        return next(c for c in live if c not in passing).id, "the nearest full name before"  # the other: in passing
    ranked = sorted(scored, key=lambda x: (-x[0], x[2].id))
    # the corpus's lead is not taken against the pronouns the text gives the name ("Reagan ... his" in an article
    # on Nancy Reagan, whose cast the corpus barely knows apart from her husband's): the text's antecedent decides.
    # Pronouns only count when none disagrees and a namesake's given name has their gender (coreference attaches
    # the pronouns of the people around a bare surname: "Mukasey ... she ... she" of a speech by Melania Trump)
    one = ev.gender_one_sided
    fits = [c for c in live if one and c.gender == one]  # the namesakes the pronouns positively fit
    contradicted = bool(fits) and ranked[0][2] not in fits
    if ranked[0][0] - ranked[1][0] >= math.log(CLEAR_AMONG_NAMED) and not _shared_cast(live) and not contradicted:
        return ranked[0][2].id, "evidence among the document's namesakes"
    # the text's antecedent is sought among the namesakes the pronouns fit when none of them disagrees and some
    # namesake's given name has their gender ("Nancy Reagan ... Ronald Reagan ... Reagan ... his" is the husband)
    ante = fits or live
    if ev.at >= 0:
        nearest = _antecedent(ante, live, ev, ev.at)
        if nearest:
            return nearest.id, "the nearest full name before"
        if ev.in_headline:
            # the surname is in the headline, before any full name: the person the article then names first. A
            # surname in the body before any full name ("From Reagan to Clinton and Obama") is no such title: the
            # writer gave no antecedent, so it stays unresolved rather than go to whoever is named first. Unless the
            # namesakes are one cast (a couple, a family: the corpus cannot tell them apart), the one named first
            # must also be the one the article names most in full: its subject, not a relative met in passing
            # among the namesakes the pronouns fit (``ante``): "Former Clinton Pollster Says Clinton Is In Trouble
            # ... Former Bill Clinton pollster ... Hillary Clinton ... her" is not the husband named first
            counts = {c.id: len(ev.named[c.id]) for c in ante if ev.named.get(c.id)}
            if counts:
                first = min(counts, key=lambda a: (min(ev.named[a]), a))
                top = max(counts.values())
                subject = counts[first] == top >= 2 and sum(n == top for n in counts.values()) == 1
                if subject or _shared_cast(live):
                    return first, "the first full name of the document"
    return None


def _antecedent(ante: list[Candidate], live: list[Candidate], ev: Evidence, at: int) -> Candidate | None:
    """The namesake of ``ante`` named in full nearest before ``at`` (the writer's antecedent of a bare surname used
    there), or None."""
    before = []
    for c in ante:
        # a namesake named after another in the same sentence is that person's relative or foil ("Tony Podesta,
        # brother of John Podesta, ..."; "Joe Biden, whose son Beau Biden ..."): not the antecedent (unless that
        # other one is introduced as the relative: "for his wife Hillary Clinton, former president Bill Clinton
        # said"); one introduced as a relative is never the antecedent ("brother of John Podesta")
        ps = [p for p in ev.named[c.id] if p < at and p not in ev.kin and not any(
            ev.sentence.get(p, -1) <= q < p for o in live if o is not c for q in ev.named[o.id] if q not in ev.kin)]
        if ps:
            before.append((max(ps), c))
    return max(before, key=lambda x: x[0])[1] if before else None


def split_between_namesakes(live: list[Candidate], ev: Evidence) -> bool:
    """Whether the uses of a bare surname are two namesakes the document names in full: one use is followed in its
    sentence by a namesake's full name, so it is not that one ("'…,' Miller declared of Ann Miller": a writer does
    not call Ann "Miller" and then "Ann Miller" in one sentence), while another use opens a sentence right after one
    that names that namesake in full ("On Saturday Ann Miller rebuffed a heckler. '…,' Miller told the man": Ann).
    The reader joined two people's surnames into one entity: no one of them (nor a role one use gives, "Secretary
    Clinton") is all its uses, and the store leaves it unresolved. A namesake introduced after a use in the same
    sentence ("Mr. Cruz's father, Rafael Cruz, … . Mr. Cruz said") is a relative met in passing, no
    antecedent of the uses after."""
    if len(ev.bare_at) < 2:
        return False
    sentence = ev.sentence
    named = {c.id: ev.named.get(c.id, ()) for c in live}
    not_them = {a for u, s, _ in ev.bare_at for a, ps in named.items()
                if any(p > u and sentence.get(p) == s for p in ps)}
    passing = {p for ps in named.values() for p in ps if any(u < p and sentence.get(p) == s for u, s, _ in ev.bare_at)}
    for at, s, prev in ev.bare_at:
        if prev == s or any(p < at and sentence.get(p) == s for ps in named.values() for p in ps):
            continue  # (a full name before the use in its own sentence: "Bill Clinton said Clinton supporters")
        near = [(p, a) for a, ps in named.items() for p in ps
                if p not in ev.kin and p not in passing and sentence.get(p) == prev]
        if near and max(near)[1] in not_them:  # (the namesake the previous sentence names last)
            return True
    return False


def _met_only_beside(c: Candidate, live: list[Candidate], ev: Evidence) -> bool:
    """Whether the corpus has met ``c`` only beside a namesake who is known on their own (every document of ``c``
    names the other, who has more documents: "Sara Netanyahu, the prime minister's wife" in one article on Benjamin
    Netanyahu). Their co-actors are the namesake's, so a surname alone in a document that names neither of them is
    not given to ``c`` on that evidence ("the possible downfall of Netanyahu"): only the document's own word for
    ``c`` (a full name, the role ``c`` holds) would."""
    if c.n_docs < 1 or c.id in ev.named or role_match(ev.role, c.roles) >= 0.5:
        return False
    return any(o is not c and o.n_docs > c.n_docs and c.cooc.get(o.id, 0) >= c.n_docs for o in live)


def _shared_cast(live: list[Candidate]) -> bool:
    """Whether the namesakes are mostly named together (a couple, a parent and child, a dynasty: "Bill" and
    "Hillary Clinton"): the corpus then knows them from the same documents, so their co-actors cannot tell them
    apart and only the text can. True when some candidate shares SHARED_CAST of its documents with another."""
    for c in live:
        if c.n_docs >= MIN_CO_DOCS and any(c.cooc.get(o.id, 0) >= SHARED_CAST * c.n_docs for o in live if o is not c):
            return True
    return False
