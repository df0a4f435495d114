"""Round 33 (en33): English reported-speech constructions from the checklist batch e237-e246, each with a sentence
written here and a near miss the rule must not fire on."""
import pytest

from newsgraph import analyze


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in analyze(text).quotes]


def _has(text, content):
    return any(content in q for q, _, _ in _quotes(text))


# "In X's view, …" / "In the words of X, …": a viewpoint adjunct credits the rest of the sentence (en_views)
def test_view_adjunct_credits_its_owner():
    qs = _quotes("Harbor Commissioner Jane Ocampo spoke on Tuesday. In Ocampo's view, the contract was the "
                 "cheapest option.")
    assert any(t == "the contract was the cheapest option" and s and "Ocampo" in s for t, s, _ in qs)
    assert _has("In the words of one shipping executive, the port was finally open for business again.",
                "the port was finally open for business again")


@pytest.mark.parametrize("text", [
    "In view of the delays, the contract was cancelled by the board.",
    "In other words, the contract was the cheapest option on the table.",
    "In my view, the contract was the cheapest option on the table.",
    "In the words of the song, the port is finally open for business.",
])
def test_view_adjunct_near_misses(text):
    assert _quotes(text) == []


# "As X put it, …": a comment clause of "put it" credits the main clause, opening or closing it
def test_as_put_it_indirect():
    assert _has("As Ocampo put it, the harbor cannot wait another year for deeper water.",
                "the harbor cannot wait another year for deeper water")
    assert _has("The harbor cannot wait another year for deeper water, as Ocampo put it.",
                "The harbor cannot wait another year for deeper water")


def test_as_put_it_near_misses():
    assert _quotes("As the saying puts it, the harbor never sleeps at all.") == []
    assert _quotes("As I put it last week, the harbor never sleeps at all.") == []


# an empty-"it" passive of announcing, confirming, estimating …: said with no source (words.tsv evidential_it_passives)
def test_it_was_announced_that():
    qs = _quotes("It was announced on Friday that the mill would close for two weeks in July.")
    assert [(t, s) for t, s, _ in qs] == [("the mill would close for two weeks in July", None)]
    assert _has("It is estimated that two million people live in the valley.", "two million people live")


def test_it_was_decided_is_no_report():
    assert _quotes("It was decided on Friday that the mill would close for two weeks in July.") == []
    assert _quotes("Kim was announced as the new coach on Friday.") == []


# a threat or a vow of an organisation or a group described by its kind, with its condition (en_makers)
def test_body_threatens_with_condition():
    qs = _quotes("The union representing state engineers threatened to strike if the repairs were handed to "
                 "private contractors.")
    assert [t for t, _, _ in qs] == ["to strike if the repairs were handed to private contractors"]
    assert _has("The union vowed to keep fighting the plan.", "to keep fighting the plan")
    assert _has("Workers threatened to walk out on Monday.", "to walk out on Monday")


@pytest.mark.parametrize("text", [
    "The storm threatened to flood the lower town.",
    "They threatened to overwhelm the defense.",
    "The plan promises to cut costs for families.",
])
def test_threat_near_misses(text):
    assert _quotes(text) == []


# a closing cue whose described subject the parser took into the content ("…, the city's director, Al Roe, said")
def test_closing_cue_after_possessive_description():
    qs = _quotes("The fees will raise about $400,000 a year, the city's finance director, Alan Brody, said.")
    assert [(t, s) for t, s, _ in qs] == [("The fees will raise about $400,000 a year", "Alan Brody")]


@pytest.mark.parametrize("text, content, speaker", [
    # "a warning from X that …": the noun's sender holds the clause, not the sentence's subject
    ("The contract followed a warning from the Coast Guard that the channel was too shallow for the newest ships.",
     "the channel", "Coast Guard"),
    # a relative clause's words on a name's apposition are the named person's
    ("Ruth Gale, a nurse who said she had worked at the Kerrville hospital for 20 years, said staff had been warned "
     "of cuts in March.", "she had worked", "Ruth Gale"),
    # an empty-"it" passive citing a named document: the document's maker
    ("Not every game is sharp - it's revealed in Eurogamer's Stadia review that the racing game only renders at "
     "1440p.", "the racing game", "Eurogamer"),
    # a noun cue's owner after "by"
    ("A claim by Jane Rowe that the port needed more money did not persuade the auditor.", "the port", "Jane Rowe"),
])
def test_speaker_of_construction(text, content, speaker):
    assert [s for t, s, _ in _quotes(text) if t.startswith(content)] == [speaker]


@pytest.mark.parametrize("text, name", [
    # the guard kept: "…, said Mr. Trump was …" — a name after the verb opens the content
    ("Officials in the county said Mayor Ann Bell was a candidate for the seat.", "Ann Bell"),
    ("A nurse who said she had worked at the hospital for 20 years spoke at the board meeting.", "Ruth Gale"),
])
def test_speaker_near_misses(text, name):
    assert all(s != name for _, s, _ in _quotes(text))


def test_board_plan_is_no_commitment():
    # a body's plan ("expects to announce") is no vow nor request (review of e234)
    assert _quotes("The theater hopes to tour in the fall, and the board expects to announce the dates in June.") == []


def test_noun_cue_owner_no_person():
    assert _quotes("The warning from the film that the planet is dying moved the audience.") == []


def test_pleaded_with_someone_to():
    assert _has("Senator Ann Vale pleaded with lawmakers to restore the harbor grant.",
                "lawmakers to restore the harbor grant")
    assert _quotes("Senator Ann Vale pleaded with the judge for mercy.") == []


def test_more_judging_verbs_with_quoted_words():
    qs = _quotes('Senator Ann Vale deemed the vote "a betrayal of the town."')
    assert [(k, s) for k, s in ((q.kind, q.speaker.name if q.speaker else None)
                                for q in analyze('Senator Ann Vale deemed the vote "a betrayal of the town."').quotes)] \
        == [("mixed", "Ann Vale")]
    assert qs and qs[0][0].startswith("the vote")
    assert _has('Senator Ann Vale lambasted the plan as "cruel and pointless."', "the plan as")
    # no quote marks: the writer's paraphrase of a judgement of necessity, no quote
    assert _quotes("The board deemed the repairs necessary for the harbor.") == []


def test_groups_that_act_as_one_threaten():
    assert _has("The rebels threatened to shell the port.", "to shell the port")
    assert _has("Hackers vowed to leak the files on Friday.", "to leak the files")


def test_light_verb_of_saying():
    qs = _quotes("Voss has made the argument that the contract was illegal.")
    assert [(t, s) for t, s, _ in qs] == [("the contract was illegal", "Voss")]
    assert _quotes("The storm made the roads impassable for days.") == []


def test_statement_noun_clause_not_a_relative():
    assert _has("The ministry issued a statement that the talks had failed.", "the talks had failed")
    assert _quotes("The ministry released a statement that criticized the plan sharply.") == []
