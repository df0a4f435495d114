"""understand (English), round 24 (enspk24): speakers on unseen pages (issue 16): interview transcripts, an
epithet after a described subject, a participle of speech after a reported clause. Sentences written for these
tests."""


def _quote(rec, text):
    return next(q for q in rec.quotes if q.text.lstrip('"“').startswith(text))


def _speaker(rec, text):
    q = _quote(rec, text)
    return q.speaker.name if q.speaker else q.speaker_name


_INTERVIEW = ("Hannah Voss has led the state's parole board for six years. We spoke by phone on Monday.\n\n"
              "Q: The attorney general, Peter Ramsey, has said the board releases too many people. Is he right?\n\n"
              "A: No. Our release rate is the lowest in the region, and it has fallen every year since 2019.\n\n"
              "Q: Your own staff have said the caseload is too heavy. Is that true?\n\n"
              "A: It is heavy. We have eleven officers for a job that needs twenty, and that is the honest answer.\n")


def test_an_interview_answer_is_the_interviewees_whoever_the_question_names(analyze):
    # a labelled "A:" turn is the interviewee's; the name the question before it holds does not speak it
    rec = analyze(_INTERVIEW)
    assert _speaker(rec, "No. Our release rate") == "Hannah Voss"
    assert _speaker(rec, "It is heavy") == "Hannah Voss"


def test_a_question_label_is_no_speaker(analyze):
    # "Q: X has said …": the statement is X's, not the label's
    rec = analyze(_INTERVIEW)
    assert _speaker(rec, "the board releases too many") == "Peter Ramsey"
    assert _speaker(rec, "the caseload is too heavy") != "Q"


def test_an_epithet_continues_the_name_set_beside_a_described_subject(analyze):
    # "The bakery's owner, Ruth Lindqvist, …. The 67-year-old said": the name beside the subject is the topic
    rec = analyze("The bakery on Elm Street will close in March. The bakery's owner, Ruth Lindqvist, who opened it "
                  "in 1988, has sold the building to a developer. The 67-year-old said she was ready to rest.")
    assert _speaker(rec, "she was ready to rest") == "Ruth Lindqvist"


def test_a_sport_position_is_a_description_of_the_player_in_focus(analyze):
    rec = analyze("The Falcons won 3-1 in Leeds on Saturday. Kwame Boateng scored twice in the second half. "
                  "\"The coach told me to shoot more, so I shot more,\" the Ghanaian forward said.")
    assert _speaker(rec, "The coach told me") == "Kwame Boateng"


def test_a_participle_of_speech_after_a_reported_clause_is_the_sayers(analyze):
    # "X said the talks were private, before adding: “…”": X adds, not the talks; the content ends before "before"
    rec = analyze("Asked about the talks, the mayor, Tomas Grieve, said the negotiations were private, before "
                  "adding: \"We will have a budget by Friday. I am certain of it.\"")
    assert _speaker(rec, "We will have a budget") == "Tomas Grieve"
    assert _quote(rec, "the negotiations were").text.rstrip(" ,") == "the negotiations were private"
    rec = analyze("Dana Ortiz said the committee members had worked all weekend, adding that a vote could come on "
                  "Tuesday.")
    assert _speaker(rec, "a vote could come") == "Dana Ortiz"


def test_a_lead_description_is_the_person_named_next_with_an_age(analyze):
    # a delayed-identification lead: "A former … accused of …, telling jurors that …" … "Name, 58, …"
    rec = analyze("A retired school bus driver charged with fraud took the stand on Monday, telling jurors that he "
                  "had never seen the invoices.\n\nGerald Minsky, 66, testified for two hours. He said the company "
                  "owner had signed every page.")
    assert _speaker(rec, "he had never seen the invoices") == "Gerald Minsky"
    # one who passes a message on is not the person named next
    rec = analyze("A spokesman for the district said the buses would run on Monday.\n\nSuperintendent Alma Reyes, "
                  "52, said the roads were clear.")
    assert _speaker(rec, "the buses would run") != "Alma Reyes"


def test_a_that_clause_of_a_later_verb_with_its_own_subject_is_not_the_first_verbs(analyze):
    rec = analyze("Midway through the hearing a woman in the back row shouted at the defendant, and Judge Carla "
                  "Benning warned the room that anyone else who spoke would be removed.")
    assert _speaker(rec, "anyone else who spoke") == "Carla Benning"
    # a clause inside the first verb's is no later report: "told reporters as he left court that …"
    rec = analyze("The defense lawyer, Owen Pratt, told reporters as he left court that the jury had listened closely.")
    assert _speaker(rec, "the jury had listened") == "Owen Pratt"


def test_a_poll_set_off_with_its_maker_speaks_for_the_maker(analyze):
    # "The survey, conducted by X, found": the maker is named in the clause set off right after the noun
    rec = analyze("Rents rose again in March. The survey, conducted by the Harlow Housing Institute for two local "
                  "papers, found that 41% of tenants had skipped a bill to pay rent.")
    assert _speaker(rec, "41% of tenants") == "Harlow Housing Institute"


def test_a_fronted_interview_is_no_group_the_speaker_continues(analyze):
    # "In an interview with The Associated Press, Feld said": the opening is the occasion, Feld the speaker
    rec = analyze("Ira Feld represents the family. In an interview with The Associated Press, Feld said the report "
                  "was \"full of holes.\"")
    assert "interview" not in (_speaker(rec, "the report was") or "")


def test_a_wire_dateline_with_a_date_is_no_part_of_the_content(analyze):
    # Reuters writes "CITY, Mon DD (Reuters) - …": the whole dateline is the writer's, not the sayer's
    rec = analyze("OSLO, May 2 (Reuters) - Nordvik Energy will cut 900 jobs by the end of the year, the company "
                  "said on Thursday.")
    assert _quote(rec, "Nordvik Energy will cut").text.startswith("Nordvik")
