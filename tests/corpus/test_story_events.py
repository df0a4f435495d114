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


def test_event_stories_do_not_depend_on_the_arrival_order(tmp_path):
    from newsgraph.store import open_store
    other = ("Governor Lyle Marsh accepted the nomination at the Republican National Convention in a long speech "
             "on border security, and the Republican convention closed with balloons.")
    docs = [_doc("a.example/1", "2028-07-26", "Pell speaks on hospitals", SPEECH),
            _doc("b.example/2", "2028-07-27", "Marchers cross the river", PROTEST),
            _doc("c.example/3", "2028-07-25", "Marsh accepts the nomination", other),
            _doc("d.example/4", "2028-07-27", "County fair opens", PASSING)]
    dumps = []
    for k, order in enumerate((docs, docs[::-1], docs[1:] + docs[:1])):
        with open_store(tmp_path / f"s{k}.db") as st:
            st.write_batch(list(order))
            dumps.append((_assignment(st), st.dump("stories"), st.dump("doc_terms"), st.dump("story_terms")))
    assert dumps[0] == dumps[1] == dumps[2]
    assert not any(t.startswith("#event:") for t in str(dumps[0][3]).split("'"))  # not a profile term of a story
