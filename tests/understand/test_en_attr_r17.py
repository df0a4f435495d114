"""understand.quotes (English), round 17 (sentences written for these tests): "per X" credits X as "according to X"
does, a rate ("per share") and an accordance ("as per the contract") credit nobody."""


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


def test_per_an_outlet_or_an_organisation_credits_the_sentence(analyze):
    rec = analyze("Home prices rose 4% last year, per Axios.")
    assert _quotes(rec) == [("Home prices rose 4% last year", "Axios", "per")]
    rec = analyze("The virus has spread to three more provinces, per the World Health Organization.")
    assert _quotes(rec) == [("The virus has spread to three more provinces", "World Health Organization", "per")]


def test_per_opening_or_inside_the_sentence(analyze):
    rec = analyze("Per people familiar with the talks, the plan would cost $4 billion.")
    assert [(t, c) for t, _, c in _quotes(rec)] == [("the plan would cost $4 billion", "per")]
    rec = analyze("The bacterium, per the WHO, is often found in small mammals and their fleas.")
    assert [(t, s) for t, s, _ in _quotes(rec)] == [
        ("The bacterium is often found in small mammals and their fleas", "WHO")]


def test_per_as_a_rate_or_an_accordance_credits_nobody(analyze):
    assert analyze("Shares fell 3% to $41 per share on Tuesday, the lowest in a year.").quotes == []
    assert analyze("As per the contract, the company will pay the fee in May.").quotes == []
    assert analyze("Income per capita rose by a fifth in the decade to 2020.").quotes == []


def test_a_passive_charge_with_nobody_named_is_said_with_no_source(analyze):
    rec = analyze("In 2003, officials were accused of concealing the true extent of the outbreak.")
    assert _quotes(rec) == [("concealing the true extent of the outbreak", None, "accused")]
    rec = analyze("The man accused of buying two of the guns will remain in custody, Judge Ann Bristow said.")
    assert [(t, s) for t, s, _ in _quotes(rec)] == [
        ("The man accused of buying two of the guns will remain in custody", "Ann Bristow")]


def test_a_charge_denied_or_made_by_someone_named_is_no_agentless_one(analyze):
    assert analyze("The coach was not accused of any wrongdoing.").quotes == []
    rec = analyze("Senator Ann Vale was accused by critics of promoting higher taxes.")
    assert all(q.speaker is None or q.speaker.name != "Ann Vale" for q in rec.quotes)


def test_a_gerund_denied_or_admitted_is_what_the_subject_says(analyze):
    rec = analyze("The driver denied being drunk at the time of the crash.")
    assert _quotes(rec) == [("being drunk at the time of the crash", "The driver", "denied")]
    rec = analyze("Finance Minister Ola Berg acknowledged having misled parliament.")
    assert _quotes(rec) == [("having misled parliament", "Ola Berg", "acknowledged")]
    rec = analyze("The suspect admitted to drinking at a bar until midnight.")
    assert [(s, c) for _, s, c in _quotes(rec)] == [("The suspect", "admitted")]


def test_a_gerund_of_an_activity_is_no_statement(analyze):
    assert analyze("The mayor enjoyed playing tennis on weekends.").quotes == []
    assert analyze("The firm avoided paying the fine for two years.").quotes == []


def test_the_writers_own_voice_is_nobodys_statement(analyze):
    assert analyze("I think the new rules will be better for consumers in the long run.").quotes == []
    assert analyze("We can say that the laptop has finally listened to its users.").quotes == []
    assert analyze("You will see how quickly the battery drains when the screen is bright.").quotes == []


def test_first_person_inside_a_quotation_is_its_speaker(analyze):
    rec = analyze("“I think the new rules will be better for consumers,” said Ann Hall, a lawyer in Denver.")
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in rec.quotes] == [("direct", "Ann Hall")]


def test_a_thing_reported_with_nobody_named_is_said_with_no_source(analyze):
    rec = analyze("A third case of plague was reported in a 55-year-old man from the north of the country.")
    # (r24 fixtry24: with where or in whom it was reported, as the en-attr gold writes "The virus … in Barry, …
    # counties"; the subject alone, "The virus", said nothing to a reader)
    assert _quotes(rec) == [("A third case of plague was reported in a 55-year-old man from the north of the country",
                             None, "reported")]


def test_nothing_reported_a_person_reported_or_a_named_report_are_not_agentless(analyze):
    assert analyze("No injuries were reported after the crash on the highway.").quotes == []
    assert all(q.cue != "reported" for q in analyze("The cases reported last week were mild.").quotes)
    assert all(q.cue != "reported" for q in analyze("Tom Smith was reported to the police by a neighbour.").quotes)


def test_knowing_and_wishing_are_no_claims(analyze):
    assert analyze("Carmaker Nissan is hoping a sleek redesign of its compact sedan will pull in more buyers.").quotes \
        == []
    assert analyze("Party leaders know that a second vote would split the coalition.").quotes == []


def test_what_a_video_shows_is_a_depiction(analyze):
    assert analyze("Surveillance video shows the victim's mother knocked to the ground as the car drives away.").quotes \
        == []
    rec = analyze("A new poll shows that most voters in the state oppose the tax.")
    assert [q.text for q in rec.quotes] == ["most voters in the state oppose the tax"]


def test_letting_someone_know_is_telling(analyze):
    rec = analyze("My sister soon let me know how cramped the small keyboard felt to her.")
    assert [q.cue for q in rec.quotes] == ["know"]


def test_it_said_is_the_organisation_named_before(analyze):
    rec = analyze("The water agency said the river was safe again. It also acknowledged that two wells had been closed.")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes] == [
        ("the river was safe again", "The water agency"), ("two wells had been closed", "The water agency")]
    rec = analyze("Acme Corp. said sales rose 4% in May. It said that prices would stay flat.")
    assert [q.speaker.name if q.speaker else None for q in rec.quotes] == ["Acme Corp.", "Acme Corp."]


def test_it_inside_another_clause_or_an_imperative_let_is_no_speaker(analyze):
    rec = analyze("What bugs me about the new laptop is that it confirms the belief that the firm has no new ideas.")
    assert all(q.cue != "confirms" for q in rec.quotes)
    assert analyze("Let us know what your favorite gadget of the year is. Let's hope we see more of them.").quotes \
        == []


def test_said_a_and_called_b_is_two_reports_of_the_sayer(analyze):
    rec = analyze("The tribal chairman, Joe Gholson, warned that the pit would destroy sacred sites, and called the "
                  "consultation process \"a box-checking exercise.\"")
    assert [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes] == [
        ("indirect", "the pit would destroy sacred sites", "Joe Gholson"),
        ("mixed", "the consultation process \"a box-checking exercise.\"", "Joe Gholson")]


def test_a_figure_reported_or_forecast_is_a_statement(analyze):
    rec = analyze("Kestrel Foods reported $2.53 in per-share earnings for the third quarter.")
    assert _quotes(rec) == [("$2.53 in per-share earnings for the third quarter", "Kestrel Foods", "reported")]
    rec = analyze("Chief financial officer Tom Akers forecast revenue of $4.35 billion for the current quarter.")
    assert _quotes(rec) == [("revenue of $4.35 billion for the current quarter", "Tom Akers", "forecast")]


def test_an_object_without_an_amount_is_no_figure(analyze):
    assert analyze("Police reported the incident to the state prosecutor.").quotes == []
    assert analyze("Coach Ann Berg expects a tough season for the young team.").quotes == []


def test_an_attribution_between_the_auxiliary_and_its_verb(analyze):
    rec = analyze("He had, according to Alex Horton of the Washington Post, killed and eaten a wild rabbit before he "
                  "fell ill.")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes] == [
        ("He had killed and eaten a wild rabbit before he fell ill", "Alex Horton")]
    rec = analyze("The company will, its chief executive said, cut 500 jobs by the end of the year.")
    assert [q.text for q in rec.quotes] == ["The company will cut 500 jobs by the end of the year"]


def test_review_r17_a_rate_and_a_plan_are_no_statements(analyze):
    """review r17: "per person" after a comma is a rate; "expects 300 customers" a plan, not a figure stated."""
    for text in ("Tickets cost $20, per person, at the door of the Riverside Theater.",
                 "The bakery on Elm Street expects 300 customers this weekend."):
        assert analyze(text).quotes == [], text


def test_review_r17_making_someone_act_is_no_statement(analyze):
    """CI r17: after the retraining, "efforts to get Ukraine to investigate" became a request of the European Union."""
    rec = analyze("Sondland, whom Trump tapped as his ambassador to the European Union, is entangled in the "
                  "president's efforts to get Ukraine to investigate his political rival.")
    assert rec.quotes == []
