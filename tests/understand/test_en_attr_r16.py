"""understand.quotes (English), round 16: an accusation made of someone ("accused X of …", "charged X with …") and
a claim denied ("denies the accusation") are attributions of the one who accuses or denies, not a refusal ("denied
the request") nor a passive whose subject is the accused (sentences written for these tests)."""


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_an_accusation_of_someone_is_attributed(analyze):
    rec = analyze("Defense Secretary Mark Harlow on Wednesday accused Russia of using threats against smaller "
                  "neighbours to impose its will.")
    assert _quotes(rec) == [("Russia of using threats against smaller neighbours to impose its will", "Mark Harlow")]


def test_a_charge_with_its_manner(analyze):
    rec = analyze("The Justice Department has charged Tom Reese with fraud by selling fake tickets to fans.")
    assert _quotes(rec) == [("Tom Reese with fraud by selling fake tickets to fans", "Justice Department")]


def test_a_claim_denied_is_attributed(analyze):
    rec = analyze("Tom Reese, who denies the accusation, has left the country. Reese has denied both allegations.")
    assert [t for t, _ in _quotes(rec)] == ["the accusation", "both allegations"]
    assert {s for _, s in _quotes(rec)} == {"Tom Reese"}


def test_a_refusal_and_a_passive_accusation_are_not(analyze):
    assert analyze("The court denied the request for bail.").quotes == []
    assert analyze("The mayor never accused the council of hiding the audit.").quotes == []
    rec = analyze("Senator Ann Vale was accused by critics of promoting higher taxes.")
    assert all(q.speaker is None or q.speaker.name != "Ann Vale" for q in rec.quotes)


def test_an_organisations_person_with_a_long_apposition_is_the_speaker(analyze):
    rec = analyze("“Buying rides to the Moon, instead of owning the rockets, lets the agency do much more for less "
                  "money,” NASA's Steve Clarke, deputy associate administrator for exploration in the science "
                  "directorate, said in the statement.")
    assert _quotes(rec) == [("Buying rides to the Moon, instead of owning the rockets, lets the agency do much more "
                             "for less money", "Steve Clarke")]


def test_a_split_quote_going_on_over_paragraphs_is_one_quote_a_paragraph(analyze):
    rec = analyze("“The plan has been discussed for years,” explains team leader Ana Moreno. “If we cut the cost by "
                  "half, we could fly twice as often.\n\n“And the idea is not so new: airlines did the same.\n\n"
                  "“We aim to start next year.”")
    texts = [q.text for q in rec.quotes]
    assert texts[-2:] == ["And the idea is not so new: airlines did the same.", "We aim to start next year."]
    assert len(texts) == 3 and {q.speaker.name for q in rec.quotes if q.speaker} == {"Ana Moreno"}


def test_a_name_after_role_words_with_a_long_apposition_is_the_speaker(analyze):
    rec = analyze("“Water is found on many moons. But liquid water is rare,” study lead author Mia Lund, a planetary "
                  "scientist at the Space Flight Center in Greenbelt, Maryland, and at Carter University in "
                  "Washington, D.C., said in a statement.")
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in rec.quotes] == [("direct", "Mia Lund")]


def test_the_news_organization_is_the_outlet_named_before(analyze):
    rec = analyze("Oslo (Nordic Wire) Markets fell on Tuesday after CNBC reported that talks had stalled. The news "
                  "organization, citing an official, reported that the tariffs would stay.")
    assert [q.speaker.name for q in rec.quotes if q.speaker and q.cue != "citing"] == ["CNBC", "CNBC"]
    # (round 25: the source the report cites has its own attribution of the same content, en_citing)
    assert [q.speaker.name for q in rec.quotes if q.speaker and q.cue == "citing"] == ["an official"]


def test_agentless_evidentials_are_quotes_without_a_speaker(analyze):
    rec = analyze("Senator Ann Vale is thought to be weighing a run for governor. The two founders reportedly saw a "
                  "similar bar in Las Vegas. Police questioned him over his alleged role in the theft of the paintings.")
    assert [(q.text, q.speaker) for q in rec.quotes] == [
        ("Senator Ann Vale is thought to be weighing a run for governor", None),
        ("The two founders reportedly saw a similar bar in Las Vegas", None),
        ("role in the theft of the paintings", None)]


def test_labels_forecasts_and_denials_are_no_evidentials(analyze):
    rec = analyze("The alleged gunman was arrested. He is not thought to be in danger. The company is expected to "
                  "report higher profits. Nobody knows how she supposedly built her fortune.")
    assert rec.quotes == []


def test_a_request_for_a_clause_by_a_described_person(analyze):
    rec = analyze("A lawyer for the woman asked for the investigation to be resumed. Senator Ann Vale called for all "
                  "candidates to publish their tax returns.")
    assert _quotes(rec)[1] == ("all candidates to publish their tax returns", "Ann Vale")
    assert rec.quotes[0].text == "the investigation to be resumed"


def test_a_plan_asks_nothing(analyze):
    assert analyze("The plan calls for all schools to close at noon.").quotes == []


def test_a_warning_against_something_is_advice_given(analyze):
    rec = analyze("Former president Barack Obama warned candidates against moving too far to the left.")
    assert _quotes(rec) == [("candidates against moving too far to the left", "Barack Obama")]


def test_a_task_given_a_claim_for_payment_and_seeing_are_no_attributions(analyze):
    """Review r16: "charged the commission with reviewing" (a task), "denied the claim for flood damage" (a demand)
    and "is seen to rise" (seeing) were read as an accusation, a denial and an evidential."""
    for t in ("The president charged the commission with reviewing the rules.",
              "The new law charges the agency with collecting the data.",
              "The insurance company denied the claim for flood damage.",
              "The moon is seen to rise at 9 p.m. on Friday."):
        assert _quotes(analyze(t)) == [], t
    assert _quotes(analyze("Prosecutors charged Reese with fraud in the ticket scheme."))


def test_a_description_is_not_the_next_person_named_with_another_role(analyze):
    """Review r16: "The mayor said … . Police chief Tom Hall said …" gave the mayor's words to the police chief."""
    rec = analyze("The mayor said the roads would close on Friday. Police chief Tom Hall said officers would direct "
                  "traffic.")
    assert [q.speaker.name for q in rec.quotes if q.speaker][0] == "The mayor"
