"""understand (English), round 29 (revfixI29): review29's narrowing of the interview rules of eninterview29 (findings
A, B, C, C2, D, I, K, L in the review). Each rule keeps firing where it should (the first test of each pair) and no
longer fires on the near miss. Sentences written for these tests, none from a dev or held-out text."""


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip("\"“'‘").startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else None


def _persons(rec):
    return {e.name for e in rec.entities if e.type == "PERSON"}


# --- A/K: a heading is a short line with no full stop; the role noun heads the appositive ------------------------

def test_a_role_that_heads_the_appositive_in_a_heading_still_makes_a_person(analyze):
    rec = analyze("Say hello to Hope Wood, the new principal of Lincoln Elementary\n\nHope Wood started on Monday."
                  "\n\nQ: Hope, what comes first?\n\nA: Meeting every family before the winter break.")
    assert "Hope Wood" in _persons(rec)


def test_a_body_sentence_with_interview_with_and_a_role_as_subject_makes_no_person(analyze):
    rec = analyze("In an interview with Evening Report, the senator said the bill would pass by June.")
    assert "Evening Report" not in _persons(rec)


def test_a_role_noun_modifying_another_noun_is_no_role(analyze):
    rec = analyze("Meet Blue Ridge, the governor's favourite trail\n\nThe trail runs for 40 miles, the park "
                  "service said.\n")
    assert "Blue Ridge" not in _persons(rec)


# --- C2: the name right after the cue is presented; the one after "on/about/who …" is the topic ------------------

def test_the_name_right_after_the_cue_answers_not_the_topic_after_on(analyze):
    rec = analyze("Q&A with Ann Hall on Tom Reed\n\nTom Reed was the city's mayor for twelve years. Reed died in "
                  "1990. Reed built the harbour. Hall has written a book about him.\n\nQ: Why did you write about "
                  "Reed?\n\nA: Nobody had told his story.\n\nQ: What surprised you?\n\nA: How much of it still "
                  "stands.")
    (q,) = _quotes(rec, "Nobody had told his story")
    assert _speaker(q) == "Ann Hall"


# --- C: only the writer's own asking is evidence of the interviewee ------------------------------------------------

def test_the_one_we_interviewed_answers_not_the_one_the_intro_names_most(analyze):
    rec = analyze("The long fight over the Alder dam\n\nMayor Ruth Lane has fought the dam for ten years. Lane "
                  "sued the state twice. Lane lost both cases. We interviewed Mark Stone, the dam's engineer, on "
                  "Monday.\n\nQ: Is the dam safe?\n\nA: It is safer than any bridge in the county.\n\nQ: Will you "
                  "testify?\n\nA: If the court asks me to.")
    (q,) = _quotes(rec, "It is safer than any bridge")
    assert _speaker(q) == "Mark Stone"


def test_a_person_the_police_questioned_does_not_answer_the_interview(analyze):
    rec = analyze("Detective Ruth Lane on the Alder case\n\nDetective Ruth Lane led the Alder inquiry. Lane has "
                  "worked homicide for 20 years. Mark Stone was questioned by police for nine hours. Lane retires "
                  "in May.\n\nQ: What went wrong early on?\n\nA: We lost two days waiting for phone records.\n\n"
                  "Q: Do you still think Stone knows more?\n\nA: I do.")
    (q,) = _quotes(rec, "We lost two days")
    assert _speaker(q) == "Ruth Lane"


# --- D: a question that opens with a title and the surname calls the interviewee ----------------------------------

def test_a_question_opening_with_title_and_surname_keeps_the_answers(analyze):
    rec = analyze("Q&A: The bridge closure\n\nRuth Lane, the county engineer, closed the Elm Street bridge on "
                  "Friday. Lane has run the roads office for six years.\n\nQ: Ms. Lane, why close it now?\n\nA: The "
                  "cracks doubled in a month.\n\nQ: When does it reopen?\n\nA: Not before March.")
    (q,) = _quotes(rec, "The cracks doubled")
    assert _speaker(q) == "Ruth Lane"


def test_an_explainer_whose_questions_talk_of_the_person_by_title_stays_an_explainer(analyze):
    rec = analyze("What the bridge closure means\n\nRuth Lane, the county engineer, closed the Elm Street bridge "
                  "on Friday.\n\nQ: Why did Ms. Lane close it?\n\nA: Lane cited cracks found in an inspection.\n\n"
                  "Q: When does it reopen?\n\nA: The county expects March.")
    assert not [q for q in rec.quotes if q.text.startswith("The county expects")]


# --- B: the last answer runs on, but not into the outlet's closing line -------------------------------------------

def test_a_subscription_line_after_the_last_answer_is_nobodys_answer(analyze):
    rec = analyze("Five questions for Ruth Lane, the new county engineer\n\nRuth Lane took office on Monday. We "
                  "asked her about the roads.\n\nQ: What is first?\n\nA: The Elm Street bridge.\n\nQ: What do you "
                  "need?\n\nA: Twelve more engineers, and we will hire them this year.\n\nWe answer readers' "
                  "questions every week in our newsletter.")
    assert not _quotes(rec, "We answer readers")


# --- I: quotations under questions need an interviewee the page says it asked ------------------------------------

def test_answers_under_questions_go_to_the_one_we_asked(analyze):
    rec = analyze("Mayor Ann Lee spoke for an hour on Tuesday night. Lee promised lower taxes. Afterwards we asked "
                  "Tom Reed, the council president, for his view.\n\nWhat did you think of the speech?\n\n“It was "
                  "long, but I think the tax promise is real.”\n\nWill you back her budget?\n\n“Yes, if the numbers "
                  "hold up, I will vote for it.”")
    (q,) = _quotes(rec, "Yes, if the numbers hold")
    assert _speaker(q) == "Tom Reed"


def test_voters_asked_as_a_crowd_lend_the_quotations_no_speaker(analyze):
    rec = analyze("Mayor Ann Lee spoke for an hour on Tuesday night. Lee promised lower taxes. Lee thanked the "
                  "police. Afterwards we asked voters outside for their views.\n\nDid you like the speech?\n\n“Not "
                  "really, it was the same old story.”\n\nWill you vote for her again?\n\n“No, I have had enough.”")
    assert not [q for q in _quotes(rec, "No, I have had enough") if _speaker(q) == "Ann Lee"]


# --- L: a figure under an impersonal labelled question is a tally; under a question to someone, an answer --------

def test_a_figure_answering_a_question_to_the_speaker_is_a_turn(analyze):
    rec = analyze("Ruth Lane runs the county's snow crews. We met her at the depot.\n\nQ: How many drivers do you "
                  "need this winter?\n\nLane: 40 more, at least.")
    (q,) = _quotes(rec, "40 more")
    assert _speaker(q) == "Ruth Lane"


def test_a_figure_under_an_impersonal_question_is_a_tally(analyze):
    rec = analyze("Lane and Reed are in a close race, the county said.\n\nClerk Ann Hall: How many ballots are left?"
                  "\nRuth Lane: 1,310 ballots counted")
    assert not _quotes(rec, "1,310 ballots")


# --- C: the one who spoke to "our reporter" answers; K: a score line's figure is no age ---------------------------

def test_the_one_who_spoke_to_our_reporter_answers_not_the_reporter(analyze):
    rec = analyze("The harbour master sets out her plan\n\nRuth Lane, the harbour master of Alder Bay, spoke to our "
                  "correspondent Tom Reed on Tuesday.\n\nQ: Why close the old quay now?\n\nA: Because the wall is "
                  "failing. We cannot wait another winter.\n\nQ: What will the boats do?\n\nA: They will move to "
                  "the new quay in March.")
    (q,) = _quotes(rec, "Because the wall is failing")
    assert _speaker(q) == "Ruth Lane"


def test_a_figure_after_a_name_in_a_score_line_is_no_age(analyze):
    rec = analyze("Girls basketball results\n\nHope Springs, 12, Cedar Falls 9\n\nLincoln 44, Adams 40\n")
    assert "Hope Springs" not in _persons(rec)


def test_an_age_before_a_role_still_makes_a_person(analyze):
    rec = analyze("Hope Wood, 34, a nurse at Lincoln Elementary, started the club two years ago.")
    assert "Hope Wood" in _persons(rec)


def test_a_figure_answering_the_interviewers_labelled_question_is_a_turn(analyze):
    rec = analyze("Ruth Lane runs the county's bridges. We met her at the Elm Street bridge.\n\nQ: How old is this "
                  "bridge?\n\nLane: 94 years, and every one of them shows.")
    (q,) = _quotes(rec, "94 years")
    assert _speaker(q) == "Ruth Lane"
