"""understand (English), round 26 (audit26): wrong speakers and false quotes a user saw in a real store (issue 16):
the one a film or a video shows speaking, a spokesman named after a dash, a speech verb the tagger compounded with
its subject, a plural noun taken for a speech verb. Sentences written for these tests."""


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip('"“').startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else None


def test_the_one_a_film_shows_asking_speaks(analyze):
    rec = analyze('The documentary shows the mayor hiding in his office and depicts one of the guards asking, '
                  '"Why are we still here?"')
    (q,) = _quotes(rec, "Why are we still here")
    assert _speaker(q) == "one of the guards"
    rec = analyze('A video shows an officer telling the driver, "Step out of the car now."')
    (q,) = _quotes(rec, "Step out of the car")
    assert _speaker(q) == "an officer"


def test_the_one_footage_shows_telling_speaks_indirectly(analyze):
    rec = analyze("Footage from the rally shows Karen Holt telling supporters that the count was rigged.")
    (q,) = _quotes(rec, "the count was rigged")
    assert _speaker(q) == "Karen Holt"


def test_a_participle_after_an_ordinary_object_is_still_the_subjects(analyze):
    rec = analyze('Senator Ruth Amos met the governor on Monday, shaking his hand and saying, "We will work '
                  'together."')
    (q,) = _quotes(rec, "We will work together")
    assert _speaker(q) == "Ruth Amos"


def test_a_spokesman_named_after_a_dash_speaks_not_his_principal(analyze):
    rec = analyze("Senator Alan Drake has not endorsed anyone. And it was no accident — Mark Ellis, a spokesman for "
                  "Drake, told reporters that the senator would meet both candidates next week.")
    (q,) = _quotes(rec, "the senator would meet")
    assert _speaker(q) == "Mark Ellis"


def test_a_speech_verb_the_tagger_compounded_with_its_subject(analyze):
    rec = analyze('"We will not back down," the unions state in the letter, which was sent to the mayor on Friday. '
                  '"Our members deserve a fair contract."')
    qs = [q for q in rec.quotes if "back down" in q.text or "fair contract" in q.text]
    assert qs and all(_speaker(q) == "the unions" for q in qs)
    rec = analyze('"The plan is unaffordable," the audit notes. "It should be withdrawn."')
    assert all(_speaker(q) == "the audit" for q in rec.quotes) and rec.quotes


def test_a_swing_state_stays_a_noun(analyze):
    rec = analyze('"Ohio is no longer a swing state," said Ellen Park, a pollster in Columbus.')
    (q,) = rec.quotes
    assert _speaker(q) == "Ellen Park" and q.cue == "said"


def test_states_with_a_relative_clause_are_no_speech_verb(analyze):
    rec = analyze("The governor is spending the day in Iowa and Nevada, states that vote next month.")
    assert not rec.quotes
    rec = analyze("The governor said on Monday that Iowa and Nevada, states that vote next month, were his focus.")
    assert [q.cue for q in rec.quotes] == ["said"]


def test_those_surveyed_are_the_speakers_as_written(analyze):
    rec = analyze("By a wide margin, those surveyed say the city should build more housing.")
    (q,) = _quotes(rec, "the city should build")
    assert _speaker(q) == "those surveyed"
    rec = analyze("Those polled said the economy was their main worry.")
    (q,) = _quotes(rec, "the economy was")
    assert _speaker(q) == "Those polled"


def test_a_request_inside_an_embedded_question_is_no_quote(analyze):
    rec = analyze("Asked whether he would urge the mayor to ask the council to delay the vote, Hale said he would "
                  "not.")
    assert [q.cue for q in rec.quotes] == ["said"]
    rec = analyze("Asked whether she would counsel the mayor to ask the board to resign, Ruiz said she would not "
                  "give advice.")
    assert [q.cue for q in rec.quotes] == ["said"]


def test_a_saying_someone_wants_of_others_is_not_said(analyze):
    rec = analyze("Dana Moore wants voters to recall that she opposed the bridge when the council voted for it.")
    assert not [q for q in rec.quotes if q.cue == "recall"]
    rec = analyze("Dana Moore said she wants voters to know that she opposed the bridge.")
    assert [q.cue for q in rec.quotes] == ["said"]
