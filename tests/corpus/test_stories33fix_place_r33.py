"""Round 33 (stories33fix, after review33b's findings 6 and 10 on stories33's backdrop rule): where the document's
own happening took place, and a tally of a standing topic.

- An event named in a place phrase of the sentence's happening ("took the stage at the Republican National
  Convention") is where the document's happening took place (corpus/story_events.py ``placed_at``): it breaks a tie
  with an event named otherwise and centres the document even when only the paragraphs below its lead sentence name
  it. Near misses: a sentence telling a rule or a plan ("delegates must vote at the party's convention", "she will
  speak at the convention"), "near the convention".
- A tally (corpus/story_tally.py): a lead of "label: count" lines reports where a standing topic stands; it stands
  alone unless it centres on an event. Near miss: a report quoting three results.
Every text here is written for the test."""
from __future__ import annotations

from newsgraph.corpus import story_events as SE
from newsgraph.corpus.story_tally import looks_like_tally

WHEN = "2028-07-20"


def test_an_event_the_happening_took_place_at_breaks_a_tie():
    lead = ("Mayor Ivo Dern took the stage at the Republican National Convention on Wednesday night and spoke of the "
            "flood that closed his town's school, though he lost the Senate primary to a banker. Delegates from the "
            "river counties cheered.")
    assert SE.event_term("Dern tells of the flood", lead, WHEN) == "#event:convention:republican"
    # near miss: a plan, not a happening there: the tie stays a backdrop
    plan = lead.replace("took the stage at", "will take the stage at").replace("and spoke", "and speak")
    assert SE.event_term("Dern to tell of the flood", plan, WHEN) is None


def test_an_event_placed_below_the_lead_sentence_centres_the_document():
    text = ("Farmers from the river counties cheered Mayor Ivo Dern on Wednesday night when he told of the flood that "
            "closed his town's school, and a band from his county played twice. Organisers had given him ten minutes. "
            "He spoke without notes at the Republican National Convention, and aides said the crowd at the Republican "
            "National Convention was the largest he had faced.")
    assert SE.event_term("Dern tells of the flood", text, WHEN) == "#event:convention:republican"
    # near misses: a rule and a plan below the lead sentence are mentions in passing
    rule = text.replace("He spoke without notes at the Republican National Convention",
                        "Delegates must vote for him at the Republican National Convention").replace(
        "the crowd at the Republican National Convention was", "the crowd at the Republican National Convention "
                                                               "would be")
    assert SE.event_term("Dern tells of the flood", rule, WHEN) is None
    near = text.replace("at the Republican National Convention, and", "near the Republican National Convention, and"
                        ).replace("the crowd at the", "the crowd near the")
    assert SE.event_term("Dern tells of the flood", near, WHEN) is None


TALLY = ("Pledge Count: where the co-op vote stands.\n\nIt takes 412 member votes to carry the merger. A look at the "
         "count, based on the board's tally before the valley meeting Saturday:\n\nPLEDGED.\n\nOrchard members: 180."
         "\n\nDairy members: 96.\n\nUNDECIDED.\n\nOrchard: 41.\n\nDairy: 57.\n\nTOTAL.\n\nFor: 276.\n\nAgainst: 88.\n")


def test_a_table_of_counts_is_a_tally():
    assert looks_like_tally(TALLY)
    # near miss: a report quoting three results
    report = ("The co-op's members approved the merger on Saturday after a long meeting in the valley hall.\n\n"
              "For: 276.\n\nAgainst: 88.\n\nAbstained: 12.\n\nThe board said the vote would be certified on Monday.")
    assert not looks_like_tally(report)
