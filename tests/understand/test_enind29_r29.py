"""understand (English), round 29 (enind29): the cue FRAMES a writer reports an indirect statement with (issue 16):
a preposition's object after a verb of saying ("warned of …", "complained about …", "spoke of …", "insisted on …"),
a fault found ("criticized X for …"), a noun of saying owned by someone named ("Pryce's claim that …"). Each with
the near misses where it must not fire. Sentences written for these tests."""


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip("\"“'‘").startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else None


def test_a_warning_of_a_noun_phrase_is_what_the_named_speaker_warned(analyze):
    rec = analyze("Senator Mark Ellis warned of a long recession if the spending bill failed in the House.")
    (q,) = _quotes(rec, "a long recession")
    assert q.kind == "indirect" and _speaker(q) == "Mark Ellis"


def test_a_complaint_about_a_noun_phrase_is_the_complainers(analyze):
    rec = analyze("The Road Haulage Association complained about the speed of the change to the fuel levy.")
    (q,) = _quotes(rec, "the speed of the change")
    assert _speaker(q) == "Road Haulage Association"


def test_spoke_of_and_insisted_on_take_their_objects(analyze):
    rec = analyze("Union leader Sam Ortiz spoke of a deep anger among drivers. Ortiz insisted on a pay rise of "
                  "eight percent for every grade.")
    (q,) = _quotes(rec, "a deep anger among drivers")
    assert _speaker(q) == "Sam Ortiz"
    (q,) = _quotes(rec, "a pay rise of eight percent")
    assert _speaker(q) == "Sam Ortiz"


def test_a_preposition_frame_without_content_negated_or_of_a_pronoun_is_no_statement(analyze):
    rec = analyze("Senator Mark Ellis did not complain about the cost of the program. He spoke about it for an "
                  "hour. The referee warned him twice before the break. Ellis talked about his years on the farm.")
    assert not rec.quotes


def test_a_fault_found_with_for_is_a_judgement_of_the_object(analyze):
    rec = analyze("Senator Paul Okafor criticized the agency for its slow response to the floods in Ohio.")
    (q,) = _quotes(rec, "the agency for its slow response")
    assert _speaker(q) == "Paul Okafor"


def test_thanks_and_a_bare_criticism_find_no_fault_to_report(analyze):
    rec = analyze("Chief executive Mara Chen thanked the staff for their hard work this year. Okafor criticized "
                  "the plan.")
    assert not rec.quotes


def test_a_named_owners_claim_that_is_the_owners_statement(analyze):
    rec = analyze("Labour leader Anna Pryce spoke in Leeds on Monday. Pryce's claim that the levy would close one "
                  "firm in ten could not be checked.")
    (q,) = _quotes(rec, "the levy would close one firm in ten")
    assert q.kind == "indirect" and _speaker(q) == "Anna Pryce"


def test_an_owned_warning_that_is_the_warners(analyze):
    rec = analyze("Ellis's warning that disaster aid would run out by October was ignored by the committee.")
    (q,) = _quotes(rec, "disaster aid would run out")
    assert (_speaker(q) or "").endswith("Ellis")


def test_an_insurance_claim_or_a_things_claim_is_no_statement(analyze):
    rec = analyze("The couple's insurance claim that was filed in May has been paid. The form and its claim that "
                  "no fee applies were withdrawn.")
    assert not _quotes(rec, "was filed in May")
    assert not _quotes(rec, "no fee applies")


def test_a_group_of_the_public_complains_and_accuses_as_a_named_speaker_does(analyze):
    rec = analyze("Residents of Elm Street complained about the noise from the new airport runway. Critics accused "
                  "the airport of hiding its flight numbers.")
    (q,) = _quotes(rec, "the noise from the new airport")
    assert (_speaker(q) or "").lower().startswith("residents")
    (q,) = _quotes(rec, "the airport of hiding")
    assert _speaker(q) == "Critics"


def test_a_groups_plan_or_wish_is_no_statement(analyze):
    rec = analyze("Residents plan to rebuild the old bridge next spring. Voters want lower property taxes.")
    assert not rec.quotes


def test_a_perfect_is_as_finite_as_a_past_tense(analyze):
    rec = analyze("Twitter founder Jack Dorsey has spoken out about the toxic effects of follower counts.")
    (q,) = _quotes(rec, "the toxic effects of follower counts")
    assert _speaker(q) == "Jack Dorsey"


def test_a_participle_spoken_of_reports_nothing(analyze):
    rec = analyze("The concerns spoken about at the meeting were mostly about parking near the station.")
    assert not rec.quotes


def test_the_one_an_opening_like_compares_with_is_not_the_speaker(analyze):
    rec = analyze("Like Instagram head Adam Mosseri, Twitter CEO Jack Dorsey has spoken out about the toxic "
                  "consequences of follower counts.")
    (q,) = _quotes(rec, "the toxic consequences")
    assert _speaker(q) == "Jack Dorsey"
    rec = analyze("Unlike her rival Tom Ames, Senator Ann Roe has warned of a long recession next year.")
    (q,) = _quotes(rec, "a long recession")
    assert _speaker(q) == "Ann Roe"


def test_an_opening_like_leaves_the_sayer_of_said_alone(analyze):
    rec = analyze("Like Instagram head Adam Mosseri, Twitter CEO Jack Dorsey said the counts were toxic. Like it "
                  "or not, Senator Ann Roe said the tax would stay.")
    (q,) = _quotes(rec, "the counts were toxic")
    assert _speaker(q) == "Jack Dorsey"
    (q,) = _quotes(rec, "the tax would stay")
    assert _speaker(q) == "Ann Roe"


def test_is_understood_to_is_said_with_nobody_named(analyze):
    rec = analyze("The minister is understood to have offered her resignation to the prime minister on Friday.")
    (q,) = _quotes(rec, "The minister is understood to have offered")
    assert q.speaker is None


def test_an_empty_it_of_a_fact_a_decision_or_a_denial_reports_nothing(analyze):
    rec = analyze("It is clear that the coach will be sacked. It is not believed that the fire was started "
                  "deliberately. The instructions are understood by most users.")
    assert not rec.quotes
    # (round 30, en30b's convention by PolNeAR's practice: "It is understood/reported that X" is a report with no
    # source named, test_en30b_speakers_r30.py)
    rec = analyze("It is understood that the club will appeal.")
    assert [(q.text.rstrip("."), q.speaker) for q in rec.quotes] == [("the club will appeal", None)]


def test_the_condition_of_a_warning_is_part_of_it_but_a_set_off_one_or_a_time_is_not(analyze):
    rec = analyze("Senator Mark Ellis warned of a long recession if the spending bill failed.")
    (q,) = _quotes(rec, "a long recession")
    assert q.text.rstrip(".") == "a long recession if the spending bill failed"
    rec = analyze("Senator Mark Ellis complained about the cost of the program on Monday.")
    (q,) = _quotes(rec, "the cost of the program")
    assert "Monday" not in q.text


def test_criticized_over_is_a_fault_found_and_a_ball_slammed_over_the_bar_is_not(analyze):
    rec = analyze("Labour leader Anna Pryce criticized the board over its handling of the sale.")
    (q,) = _quotes(rec, "the board over its handling")
    assert _speaker(q) == "Anna Pryce"
    rec = analyze("The striker slammed the ball over the bar in the last minute.")
    assert not rec.quotes


def test_claimed_to_is_a_claim_and_a_title_claimed_or_a_denied_claim_is_not(analyze):
    rec = analyze("The hacking group Anonymous claimed to have broken into the ministry's servers.")
    (q,) = _quotes(rec, "to have broken into")
    assert _speaker(q) == "Anonymous"
    rec = analyze("Liverpool claimed the title on Sunday. Senator Ann Roe did not claim to have warned the board.")
    assert not rec.quotes
