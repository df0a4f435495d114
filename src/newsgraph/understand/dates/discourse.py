"""One day per weekday name in a news text: a report names the days of its week by their weekday, and the same
name names the same day throughout ("Monday's debate might not move mountains ... Clinton didn't need an
earthshaking event on Monday ... the huzzahs ... Monday night"). A weekday whose own clause does not settle its
direction (a present, a modal, a day that names a happening, no verb at all) takes the day the text's settled
mentions of the same weekday agree on: those a cue word places ("last Monday", "next Monday", "in the lead up to
Tuesday's primary") or a past or future verb tells of. Nothing is changed when the settled mentions disagree (a text
that names two Tuesdays) or when there is none, nor is a day taken that lies more than a week from the publication
date. A reading that went ahead is brought back to a day that is past: a modal looks ahead by default, which is what
a text that tells its week's news in the past mostly does not mean (a present verb of the body settles the day
ahead: "The House votes on it on Tuesday", review r16); an infinitive that governs the day looks ahead by itself ("is
on pace to complete it on Monday afternoon") and settles it. Since round 21 a reading that went back is brought
forward too, to a day its settled namesakes place ahead, unless its own clause is past ("What could start it is a
strong finish here Monday" in a text whose Monday is the caucus day ahead; not "the line he used in Saturday's
debate"). (Months were tried the same way, round 16: the same month name in one text names different years too
often, "in November" of last year and "the November election" ahead, and no dev item gained.)
"""
from __future__ import annotations

import datetime as dt

SETTLED = ("past", "prev", "next", "this")  # readings a cue word or a past verb gives (see extract._Resolver.when)


def settled(when: str | None, tense: str | None, adverbial) -> bool:
    """Does the weekday's own clause settle its direction? A cue or a past verb that tells of it does; a future
    verb does when the weekday tells when its act happens (not "Monday's debate might ...": a happening it names)."""
    if adverbial == "happening":
        return False
    # a present verb of the body tells of a scheduled day ahead ("The House votes on it on Tuesday", "She flies to
    # Warsaw on Monday": review r16; a headline's present was read as past before this)
    return when in SETTLED or (when == "future" and tense == "future") or (when in ("soon", "future") and
                                                                         tense == "present")


def same_weekday(chosen: list, pub: dt.date) -> None:
    """Give the unsettled weekdays of ``chosen`` the day their settled namesakes agree on (see the docstring)."""
    days: dict[int, set[str]] = {}
    for c in chosen:
        if c.kind == "weekday" and c.value and c.settled:
            days.setdefault(c.weekday, set()).add(c.value)
    for c in chosen:
        if c.kind != "weekday" or not c.value or c.settled or c.flag:
            continue
        agreed = days.get(c.weekday, set())
        if len(agreed) == 1:
            day = next(iter(agreed))
            back = (pub - dt.date.fromisoformat(day)).days
            if c.value > pub.isoformat() and 0 <= back <= 7:
                c.value = day
            elif c.value < pub.isoformat() and -7 <= back < 0 and c.tense != "past":
                # the other way (round 21): a day the text's settled mentions place ahead, for a reading whose
                # clause is not past ("What could start it is a strong finish here Monday"); a happening a past
                # verb tells of ("the line he used in Saturday's debate") keeps the day before
                c.value = day


def cue_direction(cue_name: str, t: str | None, told_past=lambda: False) -> str:
    """The direction (calendar.py) a cue gives the date after it in a clause of time ``t``: "as of March 20" (record)
    states the day a record or a holding is told at, by now unless the clause looks ahead ("as of Jan. 1, drivers
    will need"); "looking to the July 30 primary" (aim) looks ahead even in a past clause, to the coming one unless
    it is just past; "ahead of", "the run-up to" (future) in a sentence told in the past (``told_past()``) is the
    nearest: the act was before the happening, the happening near the told time on either side of now ("In the
    run-up to Tuesday's primaries, Trump held rallies", written on Thursday: the Tuesday past; review r22); the
    others are their own direction."""
    if cue_name == "toward" and t in ("past", "perfect"):
        return "near"  # ("Going into Feb. 24, the campaign had spent …": a past narrative, review2 r26)
    cue_name = "future" if cue_name == "toward" else cue_name
    if cue_name == "future" and t in (None, "past") and told_past():
        return "near"
    if cue_name in ("record", "from"):  # ("from": Russian "с 20 апреля будут продаваться", round 31)
        return "future" if t == "future" else "past"
    return "soon" if cue_name == "aim" else cue_name


def cued(view, text: str, c, dr) -> bool:
    """A cue word right before the weekday settles it, a happening's day too ("in the lead up to Tuesday's New York
    primary", "ahead of Monday's caucuses"): the cue, not the clause, places that day (round 21); one that looks
    ahead only outside a past clause ("Ahead of Friday's meeting, France and Germany unveiled ...": ahead of the
    told time, which may be past)."""
    from .attachment import clause_verb
    from .tense import cue
    got = cue(text, c.start, dr)
    if got != "future":
        return got in ("prev", "next", "past", "record", "aim", "from")
    v = clause_verb(view, c.start, c.end)
    return c.tense != "past" and not (v is not None and (v.tag_ == "VBD" or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in v.children)))


WILL = frozenset({"will", "'ll", "\u2019ll", "wo", "shall"})


def told_as_plan(view, c, when: str | None) -> bool:
    """A happening on the weekday in a clause whose verb has "will" ("Next steps will be divulged in a meeting on
    Friday"): the text states a plan, so the day is settled ahead, as a future verb telling of the day settles it;
    a modal ("Monday's debate might not move mountains") only hedges and leaves the day to its namesakes."""
    if c.adverbial != "happening" or when != "future" or c.tense != "future":
        return False
    from .attachment import clause_verb
    v = clause_verb(view, c.start, c.end)
    return v is not None and any(a.dep_ in ("aux", "auxpass") and a.lower_ in WILL for a in v.children)


def infinitive(doc, start: int, end: int) -> bool:
    """Is the day governed by an infinitive ("to complete it on Monday"): the nearest verb above it has "to"?"""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span.root
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
    return t.pos_ in ("VERB", "AUX") and t.tag_ == "VB" and any(ch.dep_ == "aux" and ch.lower_ == "to"
                                                                 for ch in t.children)

