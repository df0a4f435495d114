"""understand (English), round 26 (enspk26): attribution on unseen pages (issue 16): who a conjoined present verb
belongs to by agreement, an outlet the parse made an adverb, the publication a report appeared in, a role's owner in
apposition, "wondered"/"mused" as cues, a document named again with "the same", another sayer set off by ", as".
Sentences written for these tests."""


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip('"“').startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else q.speaker_name


def test_a_plural_present_after_a_singular_content_is_the_holders(analyze):
    # "warn" cannot be the senator's ("has spent"): it agrees with the strategists
    rec = analyze("Party strategists fear that the senator has spent too little on television and warn that "
                  "younger voters could stay home.")
    (feared,) = _quotes(rec, "the senator has spent")
    assert "warn" not in feared.text
    (warned,) = _quotes(rec, "younger voters could stay home")
    assert _speaker(warned) == "Party strategists"


def test_a_present_that_agrees_with_the_content_stays_in_it(analyze):
    # "expects" agrees with the company: the analysts report it
    rec = analyze("Analysts say the company has grown quickly and expects profits to rise next year.")
    (q,) = _quotes(rec, "the company has grown")
    assert "expects profits" in q.text


def test_an_outlet_the_parse_made_an_adverb(analyze):
    rec = analyze("Axios first reported that the committee would delay the vote until June.")
    (q,) = _quotes(rec, "the committee would delay")
    assert _speaker(q) == "Axios"


def test_the_publication_a_report_appeared_in(analyze):
    rec = analyze("The airline is preparing to cut 400 pilot jobs, according to a report in the Sunday Times.")
    (q,) = _quotes(rec, "The airline is preparing")
    assert _speaker(q) == "Sunday Times"
    rec = analyze("The startup has held talks with two banks, according to a report in The Information on Monday.")
    (q,) = _quotes(rec, "The startup has held talks")
    assert "Information" in _speaker(q)


def test_a_report_in_a_place_names_no_outlet(analyze):
    rec = analyze("The plan was shelved, according to a report in Texas.")
    (q,) = _quotes(rec, "The plan was shelved")
    assert _speaker(q) != "Texas"


def test_the_owner_of_an_apposed_role_is_no_speaker(analyze):
    rec = analyze('Ana Ruiz, a Keane spokeswoman, called the claim "creative accounting."')
    (q,) = _quotes(rec, "the claim")
    assert _speaker(q) == "Ana Ruiz"
    rec = analyze("Ana Ruiz, a spokeswoman for Keane, said the figures were wrong.")
    (q,) = _quotes(rec, "the figures were wrong")
    assert _speaker(q) == "Ana Ruiz"


def test_a_question_quoted_then_wondered(analyze):
    # without the cue the question went to the person named before it
    rec = analyze("The insurance commissioner, Neil Prado, urged homeowners to photograph damage.\n\n"
                  "“Where are we supposed to go now?” Tammy Fulton, 58, wondered as she stood on her street.")
    (q,) = _quotes(rec, "Where are we supposed to go")
    assert q.cue == "wondered" and _speaker(q) == "Tammy Fulton"


def test_the_same_document_named_again(analyze):
    # a mention between them ("the poll's margin") names no maker: the introduction further back does
    rec = analyze("The mayor leads by six points, according to a Marist poll released on Friday, within the poll's "
                  "margin of error. The same survey found that most voters want a new stadium.")
    (q,) = _quotes(rec, "most voters want")
    assert "Marist" in _speaker(q)


def test_another_sayer_set_off_by_as_ends_the_content(analyze):
    rec = analyze("The mayor said the bridge would reopen in May, as engineers warned that the repairs could take "
                  "longer.")
    (said,) = _quotes(rec, "the bridge would reopen")
    assert said.text.rstrip(" .,") == "the bridge would reopen in May"
    (warned,) = _quotes(rec, "the repairs could take")
    assert _speaker(warned) == "engineers"
    # an "as" clause with no clause of its own is the first report's echo, kept
    rec = analyze("The mayor said the bridge would reopen in May, as the engineers had promised.")
    assert len(_quotes(rec, "the bridge would reopen")) == 1


def test_a_person_introduced_by_title_or_apposition_is_an_actor(analyze):
    # the tagger left both names untyped: "he said" / "she said" went to another person named earlier
    rec = analyze("Police chief Miguel Arroyo told reporters his officers had rescued 38 people.\n\n"
                  "Sheriff Bo Creel of Levy County estimated that many residents had stayed home. “We can’t force "
                  "anybody to leave,” he said.")
    (q,) = _quotes(rec, "We can’t force anybody")
    assert _speaker(q) == "Bo Creel"
    rec = analyze("The campaign manager, Lauren Pike, said the race had tightened.\n\nAna Ruiz, a Keane spokeswoman, "
                  "noted that Pike had made the same argument two years ago, when her candidate lost. “We’ve seen "
                  "this movie before,” she said.")
    (q,) = _quotes(rec, "We’ve seen this movie")
    assert _speaker(q) == "Ana Ruiz"


def test_a_place_or_a_firm_opening_a_sentence_is_no_new_person(analyze):
    rec = analyze("Virginia Beach, a city of 450,000, flooded on Monday. Morgan Stanley said profits rose.")
    assert not [e for e in rec.entities if e.type == "PERSON"]


def test_a_passive_charge_with_nobody_named(analyze):
    # "is charged with" + what is charged: a claim with no source, as "was accused of" (en_evidential)
    rec = analyze("Reiter, 61, is charged with tampering with consumer products and adulterating drugs.")
    (q,) = _quotes(rec, "tampering with consumer products")
    assert q.speaker is None and q.cue == "charged"
    # the name of an offence is the charge's label, no claim (attribution-dev r15-topic-described-by-age)
    rec = analyze("Tom Hale was charged on Monday with the theft of a delivery van.")
    assert not _quotes(rec, "the theft of a delivery van")
