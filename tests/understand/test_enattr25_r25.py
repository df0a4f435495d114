"""understand.quotes (English), round 25 (sentences written for these tests): a belief conjoined to what a sayer said
is the sayer's second attribution (en_clauses._held_too, en_learn._sayers_belief); the source a report cites
("…, citing two officials") is a second source of the same content (en_citing); a comparative correlative ("the
earlier …, the more …") is one content (en_correlative); a belief of "he" or "she" is taken as a named actor's (en_extra)."""
import pytest


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


def _by_cue(rec, cue):
    return [q for q in rec.quotes if (q.cue or "").lower() == cue]


@pytest.mark.parametrize("text, said, believed, cue", [
    ("Mayor Ellen Park said the budget was balanced and believes the council will approve it next week.",
     "the budget was balanced", "the council will approve it next week", "believes"),
    ("The coach said the team had played well and believed it could still reach the final.",
     "the team had played well", "it could still reach the final", "believed"),
    ("Officials said the fire was contained and believe it was started by a lightning strike.",
     "the fire was contained", "it was started by a lightning strike", "believe"),
])
def test_a_belief_conjoined_to_what_was_said_is_a_second_attribution(analyze, text, said, believed, cue):
    rec = analyze(text)
    first = [q for q in rec.quotes if q.cue == "said"]
    assert len(first) == 1 and first[0].text == said, _quotes(rec)
    second = _by_cue(rec, cue)
    assert len(second) == 1 and second[0].text == believed, _quotes(rec)
    assert second[0].speaker is not None and first[0].speaker is not None
    assert second[0].speaker.name == first[0].speaker.name


def test_a_belief_inside_the_content_stays_in_it(analyze):
    # "the mayor believes": the content's own subject believes; the sayer says that
    rec = analyze("Jones said the mayor believes the plan will fail.")
    assert [q.text for q in rec.quotes if q.cue == "said"] == ["the mayor believes the plan will fail"], _quotes(rec)
    assert not _by_cue(rec, "believes"), _quotes(rec)


@pytest.mark.parametrize("text, content, outlet, source", [
    ("Reuters reported that the talks had stalled, citing two officials familiar with the matter.",
     "the talks had stalled", "Reuters", "two officials"),
    ("The company has cut 300 jobs, Bloomberg reported, citing people with knowledge of the plan.",
     "The company has cut 300 jobs", "Bloomberg", "people"),
    ("The newspaper, citing an anonymous government source, reported that the minister would resign.",
     "the minister would resign", "The newspaper", "an anonymous government source"),
    ("Citing unnamed sources, the Journal reported that the bank was preparing a bid.",
     "the bank was preparing a bid", "Journal", "unnamed sources"),
])
def test_the_source_a_report_cites_is_a_second_source(analyze, text, content, outlet, source):
    rec = analyze(text)
    got = [q for q in rec.quotes if q.text == content]
    assert len(got) == 2, _quotes(rec)
    assert got[0].speaker is not None and outlet in got[0].speaker.name, _quotes(rec)
    assert got[1].cue.lower() == "citing" and got[1].speaker is not None, _quotes(rec)
    assert got[1].speaker.name.startswith(source), _quotes(rec)


@pytest.mark.parametrize("text", [
    "The senator said the plan was flawed, citing its cost.",           # a reason, no source
    "The agency said prices would rise, citing strong consumer spending.",
    "The minister said relations had improved, citing the release of several journalists.",  # an event, no document
])
def test_citing_a_reason_adds_no_source(analyze, text):
    rec = analyze(text)
    assert not _by_cue(rec, "citing"), _quotes(rec)
    assert len([q for q in rec.quotes if q.cue == "said"]) == 1, _quotes(rec)


@pytest.mark.parametrize("text, content", [
    ("The agency advises that the earlier people seek treatment, the more likely they are to recover fully.",
     "the earlier people seek treatment, the more likely they are to recover fully"),
    ("Economists said the longer the strike lasts, the worse the damage to the economy will be.",
     "the longer the strike lasts, the worse the damage to the economy will be"),
    ("Dr. Ruth Alvarez said the higher rates go, the fewer homes people will buy, and she expects prices to fall.",
     "the higher rates go, the fewer homes people will buy"),
])
def test_a_comparative_correlative_is_one_content(analyze, text, content):
    # "the X-er …, the Y-er …": the first half is a condition of the second, no statement of its own
    rec = analyze(text)
    assert content in [q.text for q in rec.quotes], _quotes(rec)


def test_a_belief_of_he_or_she_is_taken_as_a_named_actors(analyze):
    rec = analyze("Tom Harlow runs the plant. Harlow said the plant would close, and he believes the workers will find "
                  "new jobs.")
    got = _by_cue(rec, "believes")
    assert [q.text for q in got] == ["the workers will find new jobs"], _quotes(rec)
    assert got[0].speaker is not None and "Harlow" in got[0].speaker.name, _quotes(rec)
