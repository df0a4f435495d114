"""understand (English), round 16 (enfix): speakers the text names elsewhere. A firm's short form is the firm
named in full before it; "The utility", "A spokesperson", "The letter", "The report" speak for the organisation,
person or maker the text named just before; a poll's findings are the poll's, not its respondents' (sentences
written for these tests)."""


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_a_firms_short_form_is_the_firm(analyze):
    rec = analyze("Dravik Freight Systems cut its forecast on Monday. Revenue fell 4% in the quarter, Dravik said.")
    assert ("Revenue fell 4% in the quarter", "Dravik Freight Systems") in _quotes(rec)


def test_a_place_short_form_stays_a_place(analyze):
    rec = analyze("Georgia Power raised its rates. Voters in Georgia said the increase was unfair.")
    power = next(e for e in rec.entities if e.name == "Georgia Power")
    assert all(m.text != "Georgia" for m in power.mentions)


def test_the_utility_and_a_spokesperson_speak_for_the_organisation(analyze):
    rec = analyze("Marlow Energy said 30,000 homes lost power on Sunday. The utility said crews would work "
                  "overnight.\n\nThe Lakeside Food Bank said it served 900 families last month. A spokesperson said "
                  "more volunteers were needed.")
    got = dict((t, s) for t, s in _quotes(rec))
    assert got["crews would work overnight"] == "Marlow Energy"
    assert got["more volunteers were needed"] == "Lakeside Food Bank"


def test_a_letter_and_a_report_named_again_are_their_makers(analyze):
    rec = analyze("Mayor Ann Cole wrote in a letter to residents that the pool would reopen in May. The letter said "
                  "the repairs would cost $2 million.\n\nA study released Monday by the Brookfield Institute "
                  "estimated that rents rose 8% last year. The report warned that vacancies were falling.")
    got = dict((t, s) for t, s in _quotes(rec))
    assert got["the repairs would cost $2 million"] == "Ann Cole"
    assert got["rents rose 8% last year"] == "Brookfield Institute"
    assert got["vacancies were falling"] == "Brookfield Institute"


def test_a_polls_findings_are_the_polls(analyze):
    rec = analyze("Most voters say neither party has a plan for housing, a new Harlow University poll found on "
                  "Tuesday.\n\nFifty-eight percent of voters say they do not trust Democrats on housing, the poll "
                  "shows. Only 9% say they trust both parties, according to the survey, which was conducted in "
                  "August.")
    assert _quotes(rec) == [
        ("Most voters say neither party has a plan for housing", "Harlow University"),
        ("Fifty-eight percent of voters say they do not trust Democrats on housing", "Harlow University"),
        ("Only 9% say they trust both parties", "Harlow University")]


def test_respondents_without_a_finding_cue_keep_their_say(analyze):
    rec = analyze("Most economists say the rate cut came too late.")
    assert _quotes(rec) == [("the rate cut came too late", "Most economists")]


def test_a_refused_or_put_question_is_no_attribution(analyze):
    rec = analyze("Reyes declined to say whether investigators were looking at power lines. Hale did not say which "
                  "provisions Democrats might trade. Asked whether she would run again, Mayor Ann Cole said she had "
                  "not decided. She asked whether the plan was legal.")
    assert _quotes(rec) == [("she had not decided", "Ann Cole"), ("whether the plan was legal", "Ann Cole")]


def test_a_contrastive_clause_that_speaks_is_its_own_attribution(analyze):
    rec = analyze("A recent poll from the Harlow Institute found that 53% of voters opposed the cuts, while a survey by "
                  "the group Data for Progress found majority support for targeted relief.")
    assert _quotes(rec) == [("53% of voters opposed the cuts", "Harlow Institute"),
                            ("majority support for targeted relief", "Data for Progress")]


def test_a_headline_with_a_trailing_cue(analyze):
    rec = analyze("Mill to close in June, sources say\n\nThe Harlow paper mill will close in June after 80 years.")
    assert _quotes(rec) == [("Mill to close in June", "sources")]


def test_a_finding_set_in_the_middle_of_its_sentence(analyze):
    rec = analyze("Banks collected about $5.8 billion in fees in 2023, CFPB data shows, down from $12.6 billion before "
                  "the pandemic.")
    assert [(q.text, q.speaker.name, len(q.parts)) for q in rec.quotes] == [
        ("Banks collected about $5.8 billion in fees in 2023 down from $12.6 billion before the pandemic", "CFPB", 2)]


def test_a_show_title_in_the_cue_does_not_split_the_quote(analyze):
    rec = analyze('"I have been very clear with leadership about this," Holloway said on CNN\'s "State of the Union." '
                  '"If the money is not in the bill, my vote is not in the bill."')
    assert len(rec.quotes) == 1 and len(rec.quotes[0].parts) == 2


def test_a_request_for_anonymity_is_no_attribution():
    from newsgraph.understand.quotes.en_questions import _ANONYMITY
    assert _ANONYMITY.match("her name not be used to protect her daughter's privacy")
    assert _ANONYMITY.match("not to be named because the talks were private")
    assert not _ANONYMITY.match("the names of the victims be released")


def test_a_headline_role_is_the_person_the_story_names_with_it(analyze):
    rec = analyze("Governor says National Guard will stay at the border\n\nArizona Gov. Ellen Marquardt said on "
                  "Tuesday that the troops would remain through the spring.")
    assert [s for _, s in _quotes(rec)] == ["Ellen Marquardt", "Ellen Marquardt"]


def test_a_lead_description_is_the_person_named_in_the_next_attribution(analyze):
    rec = analyze("(CNN) — The top Republican on the House Budget Committee warned Tuesday that the government is "
                  "headed for a shutdown.\n\n\"We are 12 days out and I have not seen a single serious offer,\" Rep. "
                  "Tom Hale of Oklahoma told reporters.")
    assert [s for _, s in _quotes(rec)] == ["Tom Hale", "Tom Hale"]


def test_a_description_after_a_named_person_is_left_to_the_role_reader(analyze):
    rec = analyze("Mayor Ann Cole opened the bridge. The top Democrat on the council said the bridge was late. "
                  "Councilman Ray Diaz said the cost had doubled.")
    assert ("the bridge was late", "Ray Diaz") not in _quotes(rec)


def test_an_anaphor_is_the_organisation_whose_name_holds_it(analyze):
    rec = analyze("Brightwater Airlines lowered its forecast on Thursday. Helane Becker, an analyst at TD Cowen, wrote "
                  "that costs rose. The airline also said it had reached a deal with its pilots.")
    assert ("it had reached a deal with its pilots", "Brightwater Airlines") in _quotes(rec)


def test_a_dateline_is_a_place_not_a_speaker(analyze):
    rec = analyze("Town bets on lithium\n\nTONOPAH, Nev. — The man who runs the hardware store keeps a chunk of clay "
                  "on his counter. Customers ask about it constantly, he said.")
    place = next(e for e in rec.entities if e.name == "TONOPAH")
    assert place.type != "PERSON" and place.type != "ORG"
    assert all(q.speaker is None or q.speaker.name != "TONOPAH" for q in rec.quotes)


def test_two_shares_in_one_finding(analyze):
    rec = analyze("A Gallup survey released Tuesday found that inflation remains the top concern. Some 56% of adults "
                  "say prices will keep rising, the survey found, while just 10% say they will fall. Fifty-eight "
                  "percent of voters say they distrust Democrats, and 61% say the same about Republicans, the poll "
                  "shows.")
    got = [(q.text, q.speaker.name, len(q.parts)) for q in rec.quotes]
    assert got[1:] == [
        ("Some 56% of adults say prices will keep rising just 10% say they will fall", "Gallup", 2),
        ("Fifty-eight percent of voters say they distrust Democrats, and 61% say the same about Republicans",
         "Gallup", 0)]


def test_the_post_is_the_one_who_posted(analyze):
    rec = analyze("The Taylor County Sheriff's Office posted on Facebook that deputies had rescued a family of four.\n\n"
                  "\"If you are trapped, call 911 and stay on the line. We are coming,\" the post said.")
    assert {s for _, s in _quotes(rec)} == {"Taylor County Sheriff's Office"}


def test_an_anaphor_needs_the_noun_as_a_word_of_a_longer_name(analyze):
    rec = analyze("Senator Ann Vale grilled Wells Fargo on Tuesday. Bank executives were not charged. The bank said "
                  "that it had fired thousands of employees.")
    assert ("that it had fired thousands of employees", "Bank") not in _quotes(rec)
    assert ("it had fired thousands of employees", "Bank") not in _quotes(rec)


def test_a_country_in_a_papers_name_is_no_maker(analyze):
    rec = analyze("A USA TODAY analysis of campaign reports found that small donors gave more than ever.")
    assert all(q.speaker is None or q.speaker.name != "United States" for q in rec.quotes)


def test_a_headline_poll_is_the_poll_the_story_names(analyze):
    rec = analyze("Voters sour on both parties over housing, poll finds\n\nMost voters say neither party has a plan "
                  "for housing, a new Harlow University poll found on Tuesday.")
    assert [s for _, s in _quotes(rec)] == ["Harlow University", "Harlow University"]


def test_unnamed_people_inside_a_finding_are_no_speakers(analyze):
    rec = analyze("A Harlow Institute survey released Tuesday found that most adults worry about AI. Adults under 30 "
                  "are more likely than older Americans to say AI could help them find information quickly, the "
                  "report noted.")
    assert _quotes(rec)[1] == ("Adults under 30 are more likely than older Americans to say AI could help them find "
                               "information quickly", "Harlow Institute")
