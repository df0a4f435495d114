"""The time of the clause a date expression sits in, as a reader takes it: its cue words and the verb's tense.

- ``cue(text, start, dr)``: the cue of the words just before the expression (``dates_settings.tsv``: ``cue_prev``,
  ``cue_next``, ``cue_this``, ``cue_past``, ``cue_future``), or None.
- ``clause_tense(view, start, end, dr)``: ("past" | "present" | "future" | None, adverbial); a present that is
  not a verb of saying schedules ("the tour stops there on July 22", "Yellen speaks on Wednesday"). English reads
  spaCy's tags (a past form, a perfect, "will"/"going to", a modal, a verb of scheduling such as "is scheduled
  for"); Russian and Ukrainian read the Tense feature natasha gives the verb ("будет" + infinitive, a perfective
  future). The walk goes from the expression up the parse to the first verb. ``adverbial`` is False when the date
  only modifies a noun ("the March 21 call", "the November jobs report"): such a date keeps its own time, so only
  a past clause moves it (a past happening named in a past clause), a future one does not; ``adverbial`` is
  "happening" when that noun names a happening (``happening_nouns``: "the November election will pit..."): a
  future clause (not a present one) moves it ahead, as it does an adverbial. A date that follows its noun by a
  preposition ("will make their first appearance on Wednesday") stays an adverbial."""
from __future__ import annotations

from functools import lru_cache

from . import fronted, guards, happening, joined, quoted
from .patterns import settings
from .tense_natasha import MAX_STEPS
from .tense_natasha import tense_natasha as _tense_natasha

TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "day",
                        "noon", "midnight", "overnight"})
WALK_STEPS = 14  # the walk from a date to its verb may pass a long chain of nouns and prepositions ("a question from a
#                  reporter ahead of his fourth event of the day on Monday"): it must reach the verb to read its tense


def cue(text: str, start: int, dr) -> str | None:
    """The cue word(s) right before ``start`` ("last", "next", "this", past: "since", future: "ahead of"; record: "as
    of", aim: "looking ahead to"; from: Russian "с", a start on either side of now)."""
    before = text[max(0, start - 30):start]
    for name in ("prev", "next", "this", "past", "future", "toward", "near", "record", "aim", "from"):
        rx = dr.cues.get(name)
        if rx is not None and rx.search(before):
            return name
    return None


def clause_tense(view, start: int, end: int, dr) -> tuple[str | None, bool | str]:
    if view is None:
        return None, True
    if view.spacy is not None:
        t, adverbial = _tense_en(view.spacy, start, end, dr)
        if t == "present" and guards.title_case_line(_text(view.spacy), start):
            t = "past"  # a headline's present reports what happened ("Trump Visits Iowa On Tuesday")
        return t, adverbial
    if view.natasha is not None:
        return _tense_natasha(view, start, end, dr)
    return None, True


# -- English (spaCy) -------------------------------------------------------------------------------------------------
def _text(doc) -> str:
    """The text of a spaCy Doc, joined once (``Doc.text`` joins every token on each call)."""
    text = doc.user_data.get("newsgraph.dates.text")
    if text is None:
        text = doc.user_data["newsgraph.dates.text"] = doc.text
    return text


def _tense_en(doc, start: int, end: int, dr) -> tuple[str | None, bool | str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None, True
    verb = fronted.next_clause_verb(doc, span)
    if verb is not None and _verb_tense_en(verb, dr) is not None:
        return _verb_tense_en(verb, dr), True  # "... and from October onward they will be released": that clause's
    when = _when_clause(doc, span.end)
    if when is not None and _verb_tense_en(when, dr) in ("past", "perfect"):
        # "a controversy in June, when Trump assailed a judge": the time the clause tells; unless the date's own
        # clause looks ahead ("will reach it on Tuesday, when voters cast ballots": "cast" is present too)
        got, adverbial = _tense_walk(doc, span, dr)
        return ("future", adverbial) if got == "future" else ("past", True)
    return _tense_walk(doc, span, dr)


_NAMING_VERBS = {"call", "describe", "dub", "label", "term", "predict", "forecast", "preview", "discuss"}


def _tense_walk(doc, span, dr) -> tuple[str | None, bool | str]:
    """The tense of the clause the date hangs on and how it hangs on it (see ``clause_tense``)."""
    t = span.root
    adverbial, later, came_from, subject, planned = True, False, None, False, False
    inside = range(span.start, span.end)
    for _ in range(WALK_STEPS):
        if t.dep_ == "prep" and t.head.i not in inside and t.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            # "posts fake stories, including one in September that said ...": a thing the date places whose own
            # relative clause tells it in the past (or ahead) is of that time, whatever the verb above it says
            rel = next((k for k in t.head.children if k.dep_ == "relcl" and k.i >= span.end), None)
            got = _verb_tense_en(rel, dr) if rel is not None else None
            if got in ("past", "perfect", "future"):
                return ("past" if got == "perfect" else got), True
        if t.i not in inside and _verb_read_as_noun(t) and t.lower_.endswith("s") and not t.lower_.endswith("ss"):
            return "present", adverbial  # "testified last week and returns Thursday": a present of its own
        if t.i not in inside and t.pos_ in ("VERB", "AUX") and quoted.outside_in(_text(doc), span.start_char, t.idx):
            if t.head.i == t.i:  # a quoted verb tells not the time of a date outside the quotation: go above it
                return None, adverbial
            t = t.head
            continue
        if t.i not in inside and t.pos_ in ("VERB", "AUX") and _state_participle(t, dr.lang):
            t = t.head  # "will give him the boost needed for a strong performance Tuesday": the noun's clause tells
            continue    # the time; a participle of a state places nothing in the past (r34)
        if t.i not in inside and t.pos_ in ("VERB", "AUX"):
            t = _saying_before(t, span, dr) or t
            if quoted.in_quote(_text(doc), span.start_char) and not quoted.in_quote(_text(doc), t.idx):
                # the verb that reports a quotation tells nothing of the time of the quoted words ("“With an eye to
                # February 20th, Carolina,” he said")
                return ("future" if later else None), adverbial
            got = _verb_tense_en(t, dr)
            untensed = got is None
            # "the debate came 15 days before the caucuses on Feb. 1": a thing after "before" lies after the act,
            # the past of the act does not place it in the past
            if later and got in ("past", "perfect"):
                # a present perfect runs up to now: what it is ahead of is still to come ("has turned nasty ahead
                # of Tuesday's primary")
                got = "future" if got == "perfect" else None
            elif later and got == "present":
                got = "future"
            # a happening in the subject ("the nominee for the Nov. 8 election later said"): the past tells
            # another act
            # a happening that a verb of saying or naming is about ("called November's general election a
            # citizenship election"): the saying is past, the happening may be ahead
            if got == "past" and adverbial == "happening" and (subject or t.lemma_.lower() in dr.reporting_verbs
                                                                or t.lemma_.lower() in _NAMING_VERBS):
                got = "past_other"
            # "the results of Tuesday's primaries will ...": what follows a happening says nothing of when it was
            elif got == "future" and adverbial == "happening" and subject:
                got = "either"
            elif later and untensed:
                got = None if fronted.past_sentence(doc, span) else "future"  # "in the lead-up to Tuesday's primary"
            if planned and not later:
                # "noted a planned rally on Saturday": a thing planned lies after the planning, on either side of
                # now under a past verb; under a present or no tense it is ahead
                if got in ("past", "perfect", "past_other"):
                    got = "either"
                elif got in ("present", None):
                    got = "future"
            return got, adverbial
        if t.dep_ in ("nsubj", "nsubjpass") and t.i not in inside and not (
                adverbial == "happening" and t.lemma_.lower() in dr.happening_nouns):
            subject = True  # the subject holds the happening; not when it is the subject ("Friday's deadline looms")
        if t.dep_ == "prep" and came_from is not None and came_from.i not in inside and \
                came_from.lemma_.lower() in dr.happening_nouns and (t.lower_ in ("before", "until", "till") or (
                    t.lower_ == "of" and t.head.lower_ in ("ahead", "anticipation")) or (
                    t.lower_ == "to" and t.head.lower_ in ("up", "lead-up", "run-up", "leadup", "runup"))):
            later = True  # "before the caucuses on Feb. 1", "ahead of the state's June 7 primary", "the run-up to"
        came_from = t
        if t.i not in inside and t.pos_ == "ADJ" and _schedules(t, dr.future_verbs):
            return "future", True  # "the filings due Sunday", "the vote set for Tuesday": a date scheduled
        if t.head.i == t.i:
            break
        if t.head.pos_ in ("NOUN", "PROPN") and t.head.lower_ not in TIME_NOUNS and t.head.i not in inside \
                and not _verb_read_as_noun(t.head) and adverbial is True and t.dep_ != "conj":
            # (a date joined to another, "Wednesday or Thursday", takes its role from the first: the next step)
            # the date names the time of a thing ("the Indiana primary Tuesday"); of a happening ("the November
            # election"), "happening". A date after the noun by a preposition ("their first appearance on
            # Wednesday", "a win in Washington on Saturday") tells when the thing happens: an adverbial still.
            if any(c.dep_ == "amod" and c.i < t.head.i and (c.lower_ in dr.ahead_adjectives or (
                    c.tag_ == "VBN" and _schedules(c, dr.future_verbs))) for c in t.head.children):
                planned = True  # "a planned rally on Saturday", "the upcoming summit in March"
            if _noun_word(t.head) in dr.happening_nouns or t.head.lemma_.lower() in dr.happening_nouns:
                adverbial = "happening"  # "the November election", "the convention in July"
                if told_past(t.head):
                    return "past", True  # "the February debate that scuttled his campaign": it has taken place (r30)
            elif not (t.dep_ == "prep" and t.head.i < t.i):
                adverbial = False
        t = t.head
    return ("future" if later and not fronted.past_sentence(doc, span) else None), adverbial


def _state_participle(v, lang: str) -> bool:
    """Is ``v`` a past participle right after its noun, with no auxiliary, of a verb of a state or a need
    (``state_participles``: "the boost needed", "the votes required")? It describes the noun as it is, not a past act;
    a participle of an act keeps its past ("the man arrested Tuesday will appear in court")."""
    if v.tag_ != "VBN" or v.dep_ != "acl" or v.head.i > v.i or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    return v.lemma_.lower() in _words(lang, "state_participles")


@lru_cache(maxsize=None)
def _words(lang: str, key: str) -> frozenset:
    return frozenset(w for w in settings(lang).get(key, "").split("|") if w)


def _bare_gerund(v) -> bool:
    """A gerund with no auxiliary names a past act as a thing ("pleaded guilty to threatening to kill her, in March":
    the date is the threat's own time, not after it; round 30)."""
    return v.tag_ == "VBG" and v.dep_ in ("pcomp", "pobj") and not any(c.dep_ in ("aux", "auxpass") for c in v.children)


def told_past(noun) -> bool:
    """Does a relative clause in the simple past tell what the happening did ("the debate that practically scuttled
    his campaign", "the rally where he fainted")? Then it has taken place. Not a passive, which tells what was done
    to the happening, ahead or not ("the October debate, which was moved to Las Vegas")."""
    return any(c.dep_ == "relcl" and c.tag_ == "VBD" and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
               and any(k.dep_ == "nsubj" and k.lower_ in ("that", "which") for k in c.children)
               for c in noun.children)  # (the happening is the subject: not "the debate that organizers moved")


def _saying_before(v, span, dr):
    """The verb of saying a date stands right after, when the parser hung the date on the reported clause ("the
    company said on Wednesday it expects ..."): a reported clause starts at its subject (or "that"), so a date
    between the verb of saying and that subject tells when it was said. None otherwise."""
    h = v.head
    if v.dep_ != "ccomp" or h.i >= span.start or h.lemma_.lower() not in dr.reporting_verbs:
        return None
    starts = [c.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "mark")]
    if not starts or min(starts) < span.end or any(v.doc[k].lower_ == "that" for k in range(h.i + 1, span.start)):
        return None
    return h


def _noun_word(t) -> str:
    """A noun with the words a hyphen joins to it ("run-off" parsed as "run", "-", "off"), in lower case."""
    doc, i = t.doc, t.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i:t.i + 1].text.lower()



def _when_clause(doc, after: int):
    """The verb of a "when" clause that follows the date and describes it ("in June, when ... assailed"), or None."""
    i = after + (1 if after < len(doc) and doc[after].text == "," else 0)
    if i + 1 < len(doc) and doc[i].lower_ == "when":
        v = doc[i].head
        return v if v.pos_ in ("VERB", "AUX") and v.i > i else None
    return None


def _verb_read_as_noun(t) -> bool:
    """A word tagged as a noun but joined to a verb as its second predicate ("Yellen speaks on Wednesday and
    testifies on Thursday": "testifies" read as a plural noun) is a verb of the same clause: the walk goes on to
    the first verb, whose tense it shares."""
    return t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and t.tag_ in ("NNS", "NN")


def _verb_tense_en(v, dr) -> str | None:
    """The tense of the clause of verb ``v``; a verb without its own tense (a gerund, an infinitive, a bare
    participle, a verb joined to another) takes its governor's, up to MAX_STEPS ("pleaded guilty to threatening to
    kill her in March": past; "plans to visit in May": future). An infinitive of purpose or of a noun ("planted the
    stories to sway the Nov. 3 vote", "will have a chance to vote on Tuesday") lies after its governor: it takes a
    future or a present, not a past."""
    after = directed = False
    for steps in range(MAX_STEPS):
        if v.tag_ == "VBG" and v.dep_ == "pcomp" and v.head.lower_ in dr.factive_prepositions and not any(
                c.dep_ in ("aux", "auxpass") for c in v.children):
            # "despite winning the primary there in February", "after losing in March": the preposition presupposes
            # the act done; it is past unless the clause it hangs on is future ("after winning on Tuesday, he will")
            h = v.head.head
            while h.i != h.head.i and h.pos_ not in ("VERB", "AUX"):
                h = h.head
            gov = _verb_tense_en(h, dr) if h.pos_ in ("VERB", "AUX") and h.i != v.i else None
            return "future" if gov == "future" else "past"
        if v.tag_ == "VB" and v.dep_ == "xcomp" and v.head.lemma_.lower() in dr.wish_verbs and \
                any(a.tag_ == "TO" for a in v.children) and _own_tense(v.head, dr) == "present":
            return "future"  # "The city wants to open the bridge by February": what is wished now lies ahead (r33)
        t = _own_tense(v, dr)
        if t == "present_if":  # the date's own clause only ("if you want to understand Thursday's debate": no)
            t = "present" if steps else "future"
        if t == "present":  # the present of a scheduled happening ("the tour stops there on July 22")
            # a verb of saying introduces a report that tells nothing of time; with a thing as its object and no
            # report ("reports earnings Thursday", "announces its results on Thursday") it is an act like any other
            saying = v.lemma_.lower() in dr.reporting_verbs and not (
                any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in v.children)
                and not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in v.children))
            if saying:
                return None
            # the present of a state tells of now and cannot schedule ("*her chance rests on it next Tuesday"): a day
            # its clause names is on either side of now, the nearest ("After Tuesday night, his chance rests on one
            # possibility", "needs a win on Tuesday" written on a Sunday)
            ahead = any(t.lower_ in ("until", "till", "through") for t in v.subtree)  # ("stays shut until Thursday")
            return "either" if v.lemma_.lower() in dr.stative_verbs and not ahead else "present"
        if t == "modal":
            # only a relative clause takes its time from the clause of its noun, and a saying in the present looks
            # ahead; the content of a vow or of a past saying ("his vow that Britain would leave on Oct. 31", "said
            # he would") may lie on either side
            h = v.head
            if v.dep_ == "ccomp" and h.tag_ in ("VBZ", "VBP") and (h.lemma_.lower() in dr.reporting_verbs or any(
                    c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in v.children)):
                # "Democrats say they would be satisfied with her as nominee in November"; "would" is the future of
                # the time of its governor, and a present one of thinking or fearing is now ("he worries Sanders
                # would have trouble winning in the fall"); "could" may be a past ability ("admits he could not")
                return "future"
            if _real_condition(v):
                return "future"  # "If the bill passes, the tax would take effect on Feb. 1": a supposition told in
                #                  the present is about what is ahead of now, as with "will" (round 33)
            if v.dep_ != "relcl":
                return "either"
            while h.i != h.head.i and h.pos_ not in ("VERB", "AUX"):
                h = h.head
            gov = _verb_tense_en(h, dr) if h.i != v.i and h.pos_ in ("VERB", "AUX") else None
            return "future" if gov in ("present", "future") else "either"
        if t == "inherit" and happening.held_by_participle(v, dr.happening_nouns):
            return "either"  # "laid plans ... in states holding contests on March 15": the contests' own time
        if t == "after":
            after = True
            directed = v.dep_ in ("xcomp", "ccomp") and v.head.lemma_.lower() in dr.directive_verbs
        elif t != "inherit":
            if after and directed and t == "perfect":
                # what one has been asked or invited to do ("has invited him to meet on Thursday"): the asking runs
                # up to now, so what follows it lies ahead, as under a present
                return "future"
            return None if after and t in ("past", "perfect") else t
        h = v.head
        while h.i != h.head.i and h.pos_ not in ("VERB", "AUX"):
            h = h.head
        if h.i == v.i or h.pos_ not in ("VERB", "AUX"):
            if v.tag_ == "VBD" and not after:
                return "past"
            return None if after else _finite_under_participle_root(v, dr)
        v = h
    return None


def _finite_under_participle_root(v, dr) -> str | None:
    """A bare "-ing" word is no finite main verb: when the parser makes one the root ("Protesters marching on Jan. 20
    were arrested", read with "arrested" under "marching"), the sentence's tense is that of the finite verb it put
    below it (with a tense of its own: a past form, an auxiliary); else None."""
    if v.tag_ != "VBG" or v.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return None
    for c in v.children:
        if c.i > v.i and c.dep_ in ("advcl", "conj") and c.pos_ in ("VERB", "AUX"):  # (not a ccomp: what is said)
            t = _own_tense(c, dr)
            if t in ("past", "perfect", "future", "present"):
                return t
    return None


def _schedules(v, future_verbs: frozenset) -> bool:
    """A verb of scheduling by its lemma or its form (the tagger gives "slated" the lemma "slat")."""
    low = v.lower_
    return v.lemma_.lower() in future_verbs or any(
        low in (f, f + "s", f + "d", f + "ed", f + f[-1:] + "ed", f + "ing", f + f[-1:] + "ing", f[:-1] + "ing")
        for f in future_verbs)


def _own_tense(v, dr) -> str | None:
    """past | present | future | either (a schedule told in the past: "was scheduled to speak Saturday", the day
    may lie on either side of publication) | modal (would, could: either, or future under a present) | None (a
    modal with "have") | "inherit" (no tense of its own) |
    "after" (an infinitive of purpose or of a noun: its governor's time, unless past) | "perfect" (a present
    perfect: past for what the verb tells, not for a happening it names)."""
    future_verbs = dr.future_verbs
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if joined.modal_head(v) is not None:  # "may backfire and cost ... on March 13": the first verb's modal
        return _own_tense(v.head, dr)
    words = {a.lower_ for a in auxes}
    if words & {"will", "'ll", "’ll", "wo", "shall"}:
        return "future"
    if any(a.tag_ == "MD" for a in auxes):
        if any(a.lemma_.lower() == "have" for a in auxes):
            return None  # "may have met her on Monday": no fact of a time
        if words & {"may", "might"} or (words & {"can", "must", "should"} and not any(c.dep_ == "neg"
                                                                                  for c in v.children)):
            # a possibility, an ability or a duty lies ahead ("the vote may come on Tuesday", "can win in November",
            # "must win in November"); a "can't" forbids or denies, of any time ("you can't trash us in February")
            return "future"
        # would, could: the future of a past ("vowed that Britain would leave on Oct. 31") or, under a present,
        # of now ("are nearing an agreement that would see him endorse her on Tuesday"); can't, mustn't: a denial
        if words & {"could"} and (v.dep_ == "ROOT" or _joined_to_present(v)) and \
                not any(c.dep_ == "neg" for c in v.children):
            return "future"  # a possibility told of now ("could have big consequences in November"; joined to a
            #                  present, round 33: "has yet to decide, but a vote could come on Tuesday")
        return "modal" if words & {"would", "could", "'d", "’d"} else "either"
    if v.lemma_.lower() == "be" and v.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.tag_ == "TO" for a in c.children) and
            c.lemma_.lower() not in dr.be_to_idioms for c in v.children):
        return "future"  # "Lawmakers are to vote on the bill in February": a present "be to" is an arrangement ahead
        #                  (round 33; "were to vote" is either: a past plan; "is to blame" is no plan: be_to_idioms)
    if v.lemma_.lower() == "go" and v.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in v.children):
        # going to; "was going to go back to work on Wednesday": the future of a past, either side of publication
        return "either" if any(a.tag_ == "VBD" for a in auxes) else "future"
    if v.tag_ == "VB" and v.dep_ in ("advcl", "acl") and any(a.tag_ == "TO" for a in auxes):
        return "after"  # a purpose ("engineered the leak to influence the Nov. 8 election") lies after its act
    if v.tag_ == "VB" and v.dep_ in ("xcomp", "ccomp") and any(a.tag_ == "TO" for a in auxes) and \
            v.head.lemma_.lower() in dr.directive_verbs and not _bare_gerund(v.head):
        return "after"  # what one is asked, ordered or vows to do ("asked him to lay out his path to the nomination
        #                 in July", "was ordered to finish by Feb. 29") lies after the asking, on either side of now
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in v.children)
    if not subject and v.tag_ in ("VBZ", "VBP") and any(c.dep_ == "compound" and c.i < v.i for c in v.children):
        subject = True  # a compound hangs on nouns only: one before a finite verb is its subject misread ("the
        #                 Senate votes on the bill Monday", parsed as a compound of "votes")
    if v.tag_ == "VB" and not auxes and not subject and _opens_quotation(v):
        return "future"  # an imperative: “Let’s defeat her in November,” “Call me on Monday”
    finite_past = any(a.tag_ == "VBD" for a in auxes) or v.tag_ == "VBD"  # a past form, with or without a subject
    if v.tag_ == "VBN" and not auxes and subject and v.dep_ in ("ROOT", "conj"):
        finite_past = True  # a participle with its own subject and no auxiliary is a past the tagger misread ("The
        #                     Oct. 1 deadline passed")
    if _schedules(v, future_verbs):
        # is scheduled for May, plans: ahead; was expected, a rally slated for Wednesday (no tense): either side;
        # an active past telling what was forecast ("projected in May that the tariffs would cut growth") is the
        # forecast's own act: past
        if v.tag_ == "VBD" and not auxes and subject and any(c.dep_ == "ccomp" for c in v.children):
            return "past"
        return "either" if finite_past or (v.tag_ == "VBN" and not auxes) else "future"
    perfect = [a for a in auxes if a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP")]
    if perfect and any(c.dep_ == "mark" and c.lower_ in dr.future_marks for c in v.children):
        return "present_if"  # "after the November results have been tallied": a perfect of the future
    if perfect and not finite_past:
        return "perfect"  # has been grounded since March, has been pressing for a role at the July convention
    if v.tag_ == "VBD" and not auxes and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in v.children):
        return "either"  # a past after "if" is a supposition ("how ties would fare if he won the election on Nov. 8")
    if finite_past or any(a.lemma_.lower() == "have" and a.tag_ != "VB" for a in auxes):
        return "past"  # was arrested, did say, had been facing
    if v.tag_ == "VBN" and not auxes and v.dep_ in ("acl", "relcl"):
        return "past"  # the jets grounded in March
    # a present form joined to another verb has its own tense ("has cast them as the establishment and holds a lead
    # in Tuesday's primary": not the perfect of the first verb)
    # a finite present at the root is a present even when the parser gave its subject away ("on Saturday, Alaska,
    # Hawaii and Washington hold caucuses": the states read as joined to "Saturday"; round 21)
    own_present = v.tag_ in ("VBZ", "VBP") and (subject or v.dep_ == "ROOT" or (
        v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX")))
    if any(a.tag_ in ("VBZ", "VBP") for a in auxes) or own_present:
        if any(c.dep_ == "mark" and c.lower_ in dr.future_marks for c in v.children):
            return "present_if"  # a present after "if", "until", "once" tells of what is ahead ("if the vote fails")
        return "present"
    return "inherit"


def _joined_to_present(v) -> bool:
    """Is the verb joined to a root in the present ("has yet to decide, but a vote could come")?"""
    h = v.head
    return v.dep_ == "conj" and h.dep_ == "ROOT" and (h.tag_ in ("VBZ", "VBP") or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP") for a in h.children))


def _real_condition(v) -> bool:
    """Has the verb an "if"/"unless" clause in the present ("If the bill passes, ... would")? Not a past supposition
    ("if the bill passed, ... would": of no time) nor a past perfect one ("if it had passed")."""
    for c in v.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
            auxes = [a for a in c.children if a.dep_ in ("aux", "auxpass")]
            if (c.tag_ in ("VBZ", "VBP") and not auxes) or (auxes and auxes[0].tag_ in ("VBZ", "VBP")):
                return True
    return False


def _opens_quotation(v) -> bool:
    """Does the clause of ``v`` open a quotation or follow a colon ("boomed: “Let’s ...”")?"""
    i = v.left_edge.i
    while i < v.i and v.doc[i].is_punct:  # the opening mark may hang on the verb itself
        i += 1
    if i == 0:
        return False
    mark = v.doc[i - 1].text  # a straight mark opens a quotation only where one is open after it (not "CBS' Face")
    return mark in ("“", "«", ":") or (mark == '"' and quoted.in_quote(_text(v.doc), v.doc[i].idx))
