"""Scheduled events as the mark of a story (issue 18): a party convention's speeches, protests and recaps share the
convention's name more than their lead words; the event is told apart by its party, its state, and by time."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

from newsgraph.corpus import story_events as SE  # noqa: E402
from newsgraph.store import queries as Q  # noqa: E402

SPEECH = ("Senator Ada Pell spoke for twenty minutes on rural hospitals at the Democratic National Convention on "
          "Tuesday night, the second evening of the convention, and delegates on the floor chanted her name.")
PROTEST = ("Several hundred marchers crossed the river toward the arena where the Democratic convention met, "
           "carrying signs about pipelines and rent; police closed two bridges while the convention went on.")
PASSING = ("The county fair opened on Saturday with a pie contest, a tractor pull and a brass band from the high "
           "school, and the rain held off until the evening. Stall holders said sales of jam and honey were up on "
           "last year. A farmer said he would watch the Republican convention on television later, but the fair "
           "came first.")


def test_a_document_centred_on_a_convention_is_marked_by_it_and_a_passing_mention_is_not():
    # centred: named in the title or the lead sentence (counting twice), or named again and again in the lead
    assert SE.event_term("Pell speaks on hospitals", SPEECH) == "#event:convention:democratic"
    assert SE.event_term("Marchers cross the river", PROTEST) == "#event:convention:democratic"
    assert SE.event_term("County fair opens", PASSING) is None


def test_the_event_is_told_apart_by_party_and_state_and_a_standing_race_is_no_event():
    gop = "The Republican debate in Tampa turned on taxes; after the debate both senators claimed the win."
    dem = "At the Democratic debate on Thursday the two governors argued about trade all through the debate."
    assert SE.event_term(None, gop) == "#event:debate:republican"
    assert SE.event_term(None, dem) == "#event:debate:democratic"
    assert SE.event_term("Ohio primary", "Voters in the Ohio primary waited in long lines; the primary "
                         "closes at 7.") == "#event:vote:ohio"
    # a state's voting day is one happening, whichever party's contest the article is about
    assert SE.event_term("Iowa Democratic caucuses", "Turnout at the Iowa Democratic caucuses was high.") == \
        SE.event_term("Iowa caucuses", "Snow did not keep voters from the Iowa caucuses tonight.") == "#event:vote:iowa"
    # "the Democratic primary" is the race, a standing topic: no state, no event
    assert SE.event_term(None, "The Democratic primary has been long; the primary race may go on to June.") is None
    # a debate nobody gives a party to is a weaker mark, when the document keeps naming it
    assert SE.event_term("Before the debate", "The debate is on Monday; moderators of the debate met the "
                         "campaigns.") == "#event:debate"


def _doc(source, published, title, text):
    return make(text, source=source, title=title, published=published, site=source.split(".")[0].upper())


def _assignment(store) -> list[tuple]:
    by_story: dict[str, set] = {}
    for d in Q.list_documents(store, limit=200)["items"]:
        by_story.setdefault(d["story_id"], set()).add(d["source"])
    return sorted(tuple(sorted(s)) for s in by_story.values())


def test_a_conventions_speech_and_its_protest_are_one_story_and_another_partys_convention_is_not(store):
    other = ("Governor Lyle Marsh accepted the nomination at the Republican National Convention in a long speech "
             "on border security, and the Republican convention closed with balloons.")
    store.write_batch([_doc("a.example/1", "2028-07-26", "Pell speaks on hospitals", SPEECH),
                       _doc("b.example/2", "2028-07-27", "Marchers cross the river", PROTEST),
                       _doc("c.example/3", "2028-07-25", "Marsh accepts the nomination", other)])
    assert _assignment(store) == [("a.example/1", "b.example/2"), ("c.example/3",)]


def _in_three_orders(tmp_path, docs) -> list[tuple]:
    """The assignment and the story tables of a store written with ``docs`` in three arrival orders."""
    from newsgraph.store import open_store
    dumps = []
    for k, order in enumerate((docs, docs[::-1], docs[1:] + docs[:1])):
        with open_store(tmp_path / f"s{k}.db") as st:
            st.write_batch(list(order))
            dumps.append((_assignment(st), st.dump("stories"), st.dump("doc_terms"), st.dump("story_terms")))
    return dumps


def test_event_stories_do_not_depend_on_the_arrival_order(tmp_path):
    other = ("Governor Lyle Marsh accepted the nomination at the Republican National Convention in a long speech "
             "on border security, and the Republican convention closed with balloons.")
    docs = [_doc("a.example/1", "2028-07-26", "Pell speaks on hospitals", SPEECH),
            _doc("b.example/2", "2028-07-27", "Marchers cross the river", PROTEST),
            _doc("c.example/3", "2028-07-25", "Marsh accepts the nomination", other),
            _doc("d.example/4", "2028-07-27", "County fair opens", PASSING)]
    dumps = _in_three_orders(tmp_path, docs)
    assert dumps[0] == dumps[1] == dumps[2]
    assert not any(t.startswith("#event:") for t in str(dumps[0][3]).split("'"))  # not a profile term of a story


def test_a_state_partys_convention_is_not_the_partys_national_convention():
    # a senator's speech to a state party's convention is another event than the national convention
    state = ("On Saturday Senator Ada Pell told the Vermont Democratic state party convention in Burlington that the "
             "nominee would win; delegates at the convention cheered.")
    assert SE.event_term("Pell rallies the faithful", state) is None
    assert SE.event_term("Pell rallies Democrats", "Governor Ross addressed the Texas GOP convention, and the "
                         "Texas GOP convention adopted its platform.") is None
    # a city's or a state's name before the national convention's name is no state party
    assert SE.event_term("Pennsylvania hosts the Democratic convention", "Pennsylvania hosts the Democratic "
                         "convention this week, the first convention in the state since 2000.") == \
        "#event:convention:democratic"


def test_a_convention_a_month_away_is_not_the_happening_of_these_days():
    # the article places the convention next month: its other mentions ("the convention") are of the same far event
    far = ("Anti-Trump delegates say they will force a floor vote at next month's Republican National Convention; the "
           "convention rules committee meets in Cleveland, where the convention will open.")
    assert SE.event_term("Delegates plan a convention revolt", far) is None
    assert SE.event_term("A debate recalled", "At last year's Democratic debate the two governors argued; the "
                         "debate was long.") is None
    # a state's primary next month is only that mention: the article can still be about this week's contest
    assert SE.event_term("Nevada caucuses", "Rubio came second in the Nevada caucuses on Tuesday and looks to "
                         "the Florida primary next month; the Nevada caucuses drew record turnout.") == \
        "#event:vote:nevada"


UNNAMED = ("Notes from the floor: the convention hall ran out of water by the second evening, a senator's aide was "
           "seen napping in a balcony, and the convention band played the same song nine times for the Democratic "
           "delegates.")


def test_the_convention_without_a_party_is_the_one_convention_of_these_days(tmp_path):
    assert SE.event_term("Convention notebook", UNNAMED) is None
    assert SE.unnamed_event("Convention notebook", UNNAMED) == "#event:convention"
    docs = [_doc("a.example/1", "2028-07-26", "Pell speaks on hospitals", SPEECH),
            _doc("b.example/2", "2028-07-27", "Convention notebook", UNNAMED),
            _doc("d.example/4", "2028-07-27", "County fair opens", PASSING)]
    dumps = _in_three_orders(tmp_path, docs)
    # the notes join the Democratic convention's story, in any arrival order; the fair stays apart
    assert dumps[0][0] == [("a.example/1", "b.example/2"), ("d.example/4",)]
    assert dumps[0] == dumps[1] == dumps[2]


def test_the_convention_without_a_party_is_not_resolved_when_two_conventions_are_near(store):
    other = ("Governor Lyle Marsh accepted the nomination at the Republican National Convention in a long speech "
             "on border security, and the Republican convention closed with balloons.")
    store.write_batch([_doc("a.example/1", "2028-07-26", "Pell speaks on hospitals", SPEECH),
                       _doc("c.example/3", "2028-07-25", "Marsh accepts the nomination", other),
                       _doc("b.example/2", "2028-07-27", "Convention notebook", UNNAMED)])
    assert ("b.example/2",) in _assignment(store)


def test_the_debate_without_a_party_is_not_another_countrys_debate_the_same_night(store):
    dem = ("Ten Democratic candidates meet on the debate stage in Atlanta tonight; the Democratic debate will test "
           "the front-runner on health care, and the Democratic debate moderators promised questions on trade.")
    uk = ("Britain's Conservative Party was accused of misleading voters by renaming its press account during the "
          "televised debate between the prime minister and the Labour leader; the debate drew eight million viewers.")
    store.write_batch([_doc("a.example/1", "2028-11-19", "Questions before the Democratic debate", dem),
                       _doc("b.example/2", "2028-11-20", "Party renamed its account during the debate", uk)])
    # "the debate" names no party: the British one is not resolved to the Democratic debate of the same night
    assert _assignment(store) == [("a.example/1",), ("b.example/2",)]


def test_a_polls_release_names_an_event_only_as_what_it_measures():
    """A poll is its own news (the gold's convention 5): an event its headline or lead names as its time ("days
    before the convention", "heading into the debate") is not its happening; a poll of the event's effect ("post-
    debate bump", "after the convention") joins the event. Sentences written for round 23."""
    before = ("Only days before the Republican National Convention opens in Tampa, a new national poll of likely "
              "voters shows Governor Lyle Marsh eight points ahead of Senator Ada Pell in the race.")
    assert SE.event_term("New poll shows a wide gap before the Republican convention", before) is None
    assert SE.event_term("Poll: Pell and Marsh tied heading into their first debate", "Pell and Marsh are tied "
                         "heading into their first debate, a new poll finds, with the debate two days away.") is None
    after = ("Senator Ada Pell gained four points after the Democratic convention, a new poll finds, her largest "
             "lead since the Democratic convention closed in Denver.")
    assert SE.event_term("Pell's poll numbers jump post-Democratic convention", after) == \
        "#event:convention:democratic"
    # a report that is no poll's release keeps the event its lead keeps naming
    assert SE.event_term("Marsh arrives in Tampa for the Republican convention", before) == \
        "#event:convention:republican"
