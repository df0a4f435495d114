"""understand (English), round 25 (enspk25): attribution on unseen pages (issue 16): a second view of the sayer in
the present after a report in the past ("said X and believes Y"), the source an outlet's report cites ("X reported
…, citing Y"). Sentences written for these tests."""


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip('"“').startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else q.speaker_name


def test_a_present_view_after_a_past_report_is_the_sayers_own(analyze):
    # "said X and believes Y": the backshifted content ends before the present verb, which is the sayer's
    rec = analyze("The union's president, Mara Leigh, said the strike would go ahead and believes most members "
                  "will join the picket lines.")
    (said,) = _quotes(rec, "the strike would go ahead")
    assert said.text.rstrip(" .") == "the strike would go ahead"
    (view,) = _quotes(rec, "most members will join")
    assert _speaker(view) == "Mara Leigh" and view.cue == "believes"
    rec = analyze("Paul Kent said the council had been wrong about the bridge and insists the vote should be held "
                  "again.")
    assert _speaker(_quotes(rec, "the vote should be held")[0]) == "Paul Kent"


def test_a_content_in_the_present_keeps_its_conjoined_verb(analyze):
    # "said the company is growing and expects …": the company expects; nothing is backshifted
    rec = analyze("Ana Cruz said the company is growing and expects profits to rise next year.")
    (q,) = _quotes(rec, "the company is growing")
    assert "expects profits" in q.text
    assert not _quotes(rec, "profits to rise")


def test_the_source_a_report_cites_gets_the_same_content(analyze):
    rec = analyze("The Financial Times reported on Monday that the bank was preparing to cut 3,000 jobs, citing "
                  "two people with knowledge of the plan.")
    qs = _quotes(rec, "the bank was preparing")
    assert sorted(q.cue for q in qs) == ["citing", "reported"]
    cited = next(q for q in qs if q.cue == "citing")
    assert _speaker(cited).startswith("two people") and "citing" not in cited.text
    rec = analyze("Politico reported last week that Senator Dana Hale had hired a new chief of staff, citing three "
                  "aides.")
    assert sorted(q.cue for q in _quotes(rec, "Senator Dana Hale had hired")) == ["citing", "reported"]


def test_a_reason_cited_is_no_source(analyze):
    rec = analyze("The company said it would close the plant in Ohio, citing rising costs.")
    assert [q.cue for q in rec.quotes] == ["said"]


def test_a_source_cited_before_the_report(analyze):
    rec = analyze("The newspaper, citing a senior police official, reported that two suspects had been arrested in "
                  "Lyon.")
    qs = _quotes(rec, "two suspects had been arrested")
    assert sorted(q.cue for q in qs) == ["citing", "reported"]


def test_a_party_member_continues_the_topic(analyze):
    # "The first-term Democrat hinted": US politics varies a name with the party, as with a trade (en_topic)
    rec = analyze("Governor Lena Ortiz told reporters that she would sign the bill. The first-term Democrat hinted "
                  "that she would also seek more money for schools.")
    assert _speaker(_quotes(rec, "she would also seek")[0]) == "Lena Ortiz"
    rec = analyze("Rep. Amy Hale voted for the bill on Tuesday. The Ohio Republican said the vote was long overdue.")
    assert _speaker(_quotes(rec, "the vote was long overdue")[0]) == "Amy Hale"


def test_a_finding_ends_before_a_report_conjoined_with_its_own_sayer(analyze):
    # "found that X, and about a quarter said Y": the parser hangs the second clause on the finding's verb
    rec = analyze("A Gallup survey found that 58 percent of nurses plan to leave their jobs, and about a quarter "
                  "said they had already applied elsewhere.")
    (found,) = _quotes(rec, "58 percent of nurses")
    assert found.cue == "found" and found.text.rstrip(" ,") == "58 percent of nurses plan to leave their jobs"
    assert _quotes(rec, "they had already applied")


def test_a_verb_conjoined_after_a_quotation_reports_its_own_clause(analyze):
    # 'dismissed X as "…," and insisted that …': the quotation is the dismissal's, "insisted" has its own clause
    rec = analyze("Republican Sen. Dale Harmon of Flagstaff dismissed the plan as \"a land grab dressed up as "
                  "conservation,\" and insisted that counties could manage the water themselves.")
    (judged,) = _quotes(rec, "the plan as")
    assert judged.cue == "dismissed" and _speaker(judged) == "Dale Harmon"
    (ins,) = _quotes(rec, "counties could manage")
    assert ins.cue == "insisted" and _speaker(ins) == "Dale Harmon"


def test_a_name_set_after_a_described_apposition_speaks(analyze):
    # "Its largest customer, the hospital group Meridian Health, told …": the parser hangs the name on the description
    rec = analyze("The chain's largest customer, the hospital group Meridian Health, told Bloomberg News in a "
                  "statement that it expected \"no disruption\" to its contracts.")
    assert _speaker(_quotes(rec, "it expected")[0]) == "Meridian Health"


def test_a_second_clause_with_its_own_subject_phrase(analyze):
    # "…, and its chief economist, Ann Roe, pointed out that …": the parser hangs "economist" as a conjunct of the
    # first verb and leaves "pointed" without a subject; the noun phrase before it is its subject, not the Chamber
    rec = analyze("The Chamber of Commerce called the bill \"a mandate that would crush small firms,\" and its chief "
                  "economist, Ann Roe, pointed out that most of the firms in the trial were small.")
    assert _speaker(_quotes(rec, "most of the firms")[0]) == "Ann Roe"
    rec = analyze("Police arrested two men and a woman and said they would be charged on Monday.")
    assert _speaker(_quotes(rec, "they would be charged")[0]) == "Police"


def test_what_a_court_heard(analyze):
    # British and Australian court reports credit the evidence to the body that heard it
    rec = analyze("The defendant sent the money to a relative in Spain, the court heard.")
    (q,) = _quotes(rec, "The defendant sent the money")
    assert q.cue == "heard" and q.text.rstrip(" ,") == "The defendant sent the money to a relative in Spain"
    rec = analyze("An inquest has heard that a nurse ignored three alarms on the night of the fire.")
    assert _quotes(rec, "a nurse ignored three alarms")[0].cue == "heard"
    rec = analyze("I heard that the shop would close. Neighbours heard a loud bang at about 2am.")
    assert not rec.quotes
