"""Who said what on real news pages: the attribution-real floor and the patterns real pages taught us.

attribution-real.jsonl holds passages copied verbatim from the clean text of English pages of
../shared/data/article-extraction-benchmark, annotated by hand (see newsgraph/eval/data/attribution-real.jsonl).
"""
from pathlib import Path

import pytest
from floors import FLOORS

from newsgraph.eval import quotes as qeval

REAL_SET = Path(qeval.__file__).with_name("data") / "attribution-real.jsonl"

# pinned a little below the figures measured (dev: the part tuned on; held-out: the part kept aside while tuning,
# measured once at the end: F1 0.864, attributed F1 0.545 at first look, 0.591 after two fixes found there);
# a change that lowers them is a regression on real text
FLOOR = FLOORS["quotes"]["real"]  # tests/floors.toml: {"dev": {...}, "held-out": {...}}


@pytest.fixture(scope="module")
def real_results(english):
    cases = qeval.load(REAL_SET)
    return {split: qeval.evaluate([c for c in cases if c.get("split") == split]) for split in FLOOR}


def test_real_set_is_well_formed():
    cases = qeval.load(REAL_SET)
    assert len(cases) >= 40
    assert len({c["page"] for c in cases}) >= 20
    assert any(not c["quotes"] for c in cases)  # passages without a quote too
    assert sum(c.get("split") == "held-out" for c in cases) >= 15


@pytest.mark.parametrize("split, measure", [(s, m) for s in FLOOR for m in sorted(FLOOR[s])])
def test_real_pages_floor(real_results, split, measure):
    result = real_results[split]
    got = result.figures()[measure]
    assert got >= FLOOR[split][measure], (split, measure, got, [f.__dict__ for f in result.failures])


def one(rec):
    assert len(rec.quotes) == 1, [(q.text, q.speaker) for q in rec.quotes]
    return rec.quotes[0]


def test_apposition_between_quote_and_verb(analyze):
    q = one(analyze("“We acted within the law,” Geoffrey Berman, the U.S. attorney for the Southern District of "
                    "New York, said in a news release."))
    assert q.kind == "direct" and q.speaker.name == "Geoffrey Berman" and q.cue == "said"


def test_apposition_names_the_person_not_the_employer(analyze):
    q = one(analyze("\"The service launches next week,\" Jack Buser, director for games at Google, tells "
                    "The Hollywood Reporter."))
    assert q.speaker.name == "Jack Buser"
    assert [r.name for r in q.reported_by] == ["The Hollywood Reporter"]


def test_split_quote_after_a_long_attribution(analyze):
    rec = analyze("“We’re taking in billions of dollars,” Mr. Trump said on Nov. 8. “I like our situation very much.”")
    (q,) = rec.quotes  # the two pieces of one statement
    assert q.speaker.name == "Trump" and len(q.parts) == 2 and q.text.endswith("I like our situation very much.")


def test_nested_single_quote_at_the_end(analyze):
    q = one(analyze("“I guess my first reaction was, ‘Oh no, they’re going to get a lot of attention,’ ” Michelle Hege "
                    "said."))
    assert q.kind == "direct" and q.speaker.name == "Michelle Hege"


def test_straight_quote_closed_by_curly_mark(analyze):
    q = one(analyze("\"A great day for Republicans, a great day for our Country!” Trump tweeted on Tuesday."))
    assert q.kind == "direct" and q.cue == "tweeted" and q.speaker.name == "Trump"


def test_lower_case_fragment_is_a_mixed_quote(analyze):
    q = one(analyze("Apple was \"pulled into the enterprise,\" CEO Tim Cook said Tuesday."))
    assert q.kind == "mixed" and q.speaker.name == "Tim Cook"
    assert q.text.startswith("Apple was")


def test_fragment_after_a_that_clause_is_no_direct_quote(analyze):
    rec = analyze("Federal prosecutors alleged that Tova Noel and Michael Thomas, assigned to the unit, \"browsed the "
                  "Internet,\" lingered in an office and slept.")
    assert all(q.kind != "direct" for q in rec.quotes)


def test_inverted_said_after_the_content(analyze):
    q = one(analyze("Tariffs have also strengthened the United States’ leverage after massive job losses, said Scott "
                    "Paul, who heads the Alliance for American Manufacturing."))
    assert q.kind == "indirect" and q.speaker.name == "Scott Paul"
    assert q.text.startswith("Tariffs have also strengthened")


def test_descriptive_speaker_and_that_far_from_the_verb(analyze):
    q = one(analyze("Keith Gambill told a few thousand teachers who covered the Statehouse lawn that the Legislature "
                    "should direct money toward helping schools."))
    assert q.speaker.name == "Keith Gambill" and q.text.startswith("the Legislature")


def test_the_company_is_the_organisation_before(analyze):
    rec = analyze("Apple reported record sales on Thursday. The company said demand for the new iPhone had "
                  "exceeded its expectations.")
    # (round 20: "reported record sales" is a statement of Apple's too, a reported noun phrase: lang/en/
    # stated_object_cues.tsv; the quote this test is about is the one "The company said")
    (q,) = [q for q in rec.quotes if q.cue == "said"]
    assert q.speaker.name == "Apple" and q.speaker.entity is not None


def test_they_said_for_an_organisation(analyze):
    q = one(analyze("Greenpeace criticised the plan. “This is a disaster for the climate,” they said."))
    assert q.speaker.name == "Greenpeace"


def test_they_said_after_a_plural_noun_is_not_the_organisation(analyze):
    rec = analyze("Boeing announced the cuts on Monday. The workers gathered outside the plant. “We were never "
                  "told anything about this,” they said.")
    # (round 19: "Boeing announced the cuts" is Boeing's own statement, a noun phrase announced; "they said" is not)
    (q,) = [q for q in rec.quotes if q.text.startswith("We were never")]
    assert q.speaker is None or q.speaker.name != "Boeing"


def test_it_said_takes_the_previous_noun_phrase_speaker(analyze):
    rec = analyze("The union said its members would strike. “We have no choice,” it said.")
    assert [q.speaker.name for q in rec.quotes] == ["The union", "The union"]


def test_unnamed_official_is_the_speaker_phrase(analyze):
    q = one(analyze("A senior official said the talks would resume next week."))
    assert q.speaker.name == "A senior official" and q.speaker.entity is None


def test_kremlin_spokesman_keeps_the_person(analyze):
    rec = analyze("The Kremlin rejected the report. Kremlin spokesman Dmitry Peskov said the claims were "
                  "“absolutely groundless.”")
    q = one(rec)
    assert q.speaker.name == "Dmitry Peskov"
    kremlin = next(e for e in rec.entities if e.name == "Kremlin")
    assert kremlin.type == "ORG"


def test_person_shown_by_kinship_is_retyped(analyze):
    rec = analyze("Steenburgen wasn’t thrilled about the shift. “I couldn’t focus,” she said. Steenburgen’s son "
                  "remembers it as a trying time.")
    ent = next(e for e in rec.entities if e.name == "Steenburgen")
    assert ent.type == "PERSON"
    assert one(rec).speaker.name == "Steenburgen"


def test_sentence_tagged_as_organisation_is_dropped(analyze):
    rec = analyze("\"Stadia has been built from the ground up to be a cloud platform,\" Jack Buser said.")
    assert not any(e.name.startswith("Stadia has") for e in rec.entities)


@pytest.mark.parametrize("text, speaker, start", [
    ("The larger landers, he said, could deliver tools needed by astronauts. ", None, "The larger landers could"),
    ("This system, says Richard Locksley, an immunologist at the University of California, helps direct a "
     "systematic response to potential dangers.", "Richard Locksley", "This system helps direct"),
    ("President Donald Trump, according to the White House, made an unscheduled trip to Walter Reed hospital on "
     "Saturday.", "White House", "President Donald Trump made"),
])
def test_attribution_inside_the_sentence(analyze, text, speaker, start):
    q = one(analyze(text))
    assert q.text.startswith(start)
    if speaker:
        assert q.speaker.name == speaker


def test_subjunctive_after_suggested(analyze):
    q = one(analyze("Dr. Ronny Jackson, who was then serving as the President's physician, suggested that the "
                    "President change his diet."))
    assert q.speaker.name == "Ronny Jackson" and q.text.startswith("the President change")


def test_speaker_phrase_stops_before_a_relative_clause(analyze):
    q = one(analyze("A spokesperson who did not wish to be named said in a statement emailed to NBC News that the "
                    "agency never has administered vaccines."))
    assert q.speaker.name == "A spokesperson" and [r.name for r in q.reported_by] == ["NBC News"]


def test_inverted_speaker_with_a_hyphenated_role(analyze):
    q = one(analyze("Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles, said "
                    "study co-author Anezina Solomonidou, a European Space Agency research fellow."))
    assert q.speaker.name == "Anezina Solomonidou"


def test_prompted_to_argue_speaks_through_the_object(analyze):
    rec = analyze("The video prompted some Twitter users to argue that the promotional material made it look as if "
                  "those featured were on the drug themselves.")
    assert all(q.speaker is None or q.speaker.name != "The video" for q in rec.quotes)


def test_the_writers_own_voice_is_no_quote(analyze):
    assert analyze("Before we start, I’ve got to warn you about something that’s critically important.").quotes == []


def test_sentence_initial_gerund_is_no_part_of_a_name(analyze):
    rec = analyze("Hosting Cook at Dreamforce \"is our dream,\" Benioff said.")
    assert "Hosting Cook" not in [e.name for e in rec.entities]


def test_participle_on_a_noun_speaks_for_it(analyze):
    q = one(analyze("Smoke is set to descend upon Delhi this week, with forecasters warning that air pollution is "
                    "likely to reach “severe” levels on Wednesday."))
    assert q.speaker.name == "forecasters" and q.kind == "mixed"


def test_participle_without_a_clause_is_no_quote(analyze):
    assert analyze("Morrison was the third witness testifying Tuesday who listened in on the call.").quotes == []


def test_dateline_is_no_speaker(analyze):
    q = one(analyze("BUFFALO, N.Y. — Hours before Zach Parise’s two-goal performance Tuesday, Wild coach Bruce Boudreau "
                    "expressed confidence in the veteran winger, saying he always finds a way to start scoring."))
    assert q.speaker.name == "Bruce Boudreau"
