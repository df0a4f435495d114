"""Round 33 (issue 18, stories a reader would recognise): a scheduled event named as the backdrop of another happening
is no mark of the event's story.

A piece about something else may name the convention of these days as its setting or its time ("The Democratic
National Convention is fertile fundraising ground this week for one congressional candidate", "Her remarks came the
day after Republicans completed their convention"). Two documents sharing a scheduled event add EVENT_CAP to their
similarity whatever their words, so such a piece joined the convention's story on the event alone (the benchmark
store of round 32: a fundraising piece in a convention story). A document is centred on an event when it names it
more often than any other event (corpus/story_events.py ``_centred``: a tie with a congresswoman's primary says the
piece is split between two happenings), and, when neither its title nor its lead sentence names it, when its lead
keeps naming it (BACKDROP_MIN_MENTIONS). The near misses, which must still join: a protest outside the hall named in
the lead sentence, a street scene that keeps naming the convention below its lead sentence, the next day's report of
a speech. Every text here is written for the test."""
from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402
from story_season import note, stories as _stories  # noqa: E402

from newsgraph.corpus import story_events as SE  # noqa: E402

_FILLER = ("Volunteers counted the pledges at a folding table, and the campaign's treasurer said the money would pay "
           "for radio time in the autumn. ")

FUNDRAISING = (
    "The Democratic National Convention is fertile fundraising ground this week for one challenger, though he is not "
    "even in the city. Donors sent Ivo Marren more than two hundred thousand dollars in three days, his aides said, "
    "as the congresswoman he hopes to unseat lost her party post. " + _FILLER * 3 +
    "Pollsters think the congresswoman is at risk of losing her August primary to Marren, whose primary campaign "
    "has raised more than hers.")
# the near miss of the tie: a protest named in the lead sentence, a primary named once further down
PROTEST = (
    "Several hundred marchers crossed the river toward the arena where the Democratic National Convention met, "
    "carrying signs about pipelines and rent. " + ("Drummers led the column past shuttered shops, and medics handed "
    "out water at every corner of the route. ") * 3 +
    "One marcher said she had voted in the state's primary in the spring and came for the convention anyway.")
AFTER = (
    "Governor Nell Osk toured a flooded farm on Friday and promised the growers state loans. " + _FILLER * 3 +
    "Her visit came the day after Republicans closed their convention in the capital. Aides said Osk would watch the "
    "Democratic National Convention next week from home.")
# the near miss of the lead's mentions: a street scene below a lead sentence that does not name the convention
STREET = (
    "The heat broke at last on Monday evening, and the crowds on the avenue thinned. " + _FILLER * 2 +
    "Vendors near the Democratic National Convention sold water by the crate; police kept the convention hall's "
    "gates closed for an hour, and marchers left the convention area by nightfall.")


def test_an_event_named_as_much_as_another_event_or_only_in_passing_below_the_lead_sentence_is_a_backdrop():
    assert SE.event_term("Cash pours in for a challenger", FUNDRAISING, "2025-07-26") is None
    assert SE.event_term("Osk tours flooded farm", AFTER, "2025-07-22") is None
    # near misses: the event the piece is about
    assert SE.event_term("Marchers cross the river", PROTEST, "2025-07-26") == "#event:convention:democratic"
    assert SE.event_term("The heat breaks", STREET, "2025-07-26") == "#event:convention:democratic"
    assert SE.event_term("Pell rallies the Democratic National Convention", "Ada Pell spoke on water.",
                         "2025-07-26") == "#event:convention:democratic"


def _doc(source, day, title, text):
    return make(text, source=source, title=title, published=day, site=source.split(".")[0].upper())


# a season of other news (a word's idf and burst need a corpus: in a store of four documents every word is rare)
SEASON = [_doc(f"harbour{i}.example/{i}", str(date(2025, 6, 1) + timedelta(days=i)), None,
               note(i)) for i in range(70)]

SPEECH = _doc("a.example/1", "2025-07-26", "Pell rallies the convention on rural hospitals",
              "Senator Ada Pell spoke for twenty minutes on rural hospitals at the Democratic National Convention on "
              "Tuesday night, and delegates on the floor of the convention chanted her name.")
SPEECH_NEXT_DAY = _doc("b.example/1", "2025-07-27", "Fact check: Pell's hospital numbers at the convention",
                       "Several figures Ada Pell gave in her speech to the Democratic National Convention do not hold "
                       "up: the count of closed rural hospitals she cited at the convention is twice the real one.")


def test_the_backdrop_piece_stands_alone_and_the_conventions_coverage_is_one_story(tmp_path):
    got = _stories(tmp_path / "s.db", SEASON + [
        SPEECH, SPEECH_NEXT_DAY, _doc("c.example/1", "2025-07-26", "Marchers cross the river", PROTEST),
        _doc("d.example/1", "2025-07-26", "Cash pours in for a challenger", FUNDRAISING)])
    assert ("d.example/1",) in got
    assert ("a.example/1", "b.example/1", "c.example/1") in got


def test_the_same_stories_in_any_arrival_order(tmp_path):
    docs = SEASON[-20:] + [SPEECH, SPEECH_NEXT_DAY, _doc("c.example/1", "2025-07-26", "Marchers cross the river", PROTEST),
            _doc("d.example/1", "2025-07-26", "Cash pours in for a challenger", FUNDRAISING)]
    runs = [_stories(tmp_path / f"s{k}.db", order) for k, order in enumerate((docs, docs[::-1], docs[2:] + docs[:2]))]
    assert runs[0] == runs[1] == runs[2]
