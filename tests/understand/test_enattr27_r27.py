"""understand (English), round 27 (enattr27): attribution on unseen pages (issue 16): a lead's speaker described by a
role and named paragraphs later ("The county's new fire chief said …" … "Marta Ruiz, 48, …"; "One mayor says …
Another says …"), and quotations credited by a dash line in a reactions block. Sentences written for these tests."""


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip('"“').startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else q.speaker_name


def test_a_lead_role_is_the_person_named_later_with_that_title(analyze):
    rec = analyze("By Tom Becker\n\n"
                  "The county's new fire chief said Tuesday that crews would inspect every hydrant before July.\n\n"
                  "The plan was approved by the board last month.\n\n"
                  "Chief Marta Ruiz, 48, spent 20 years with the Phoenix Fire Department before she took the job.\n\n"
                  "Ruiz said the inspections would cost about $200,000.")
    (q,) = _quotes(rec, "crews would inspect")
    assert _speaker(q) == "Marta Ruiz"


def test_a_lead_role_named_later_as_the_role(analyze):
    rec = analyze("The airline's chief executive told investors in May that the carrier would add 12 routes.\n\n"
                  "Shares rose 4% on Tuesday.\n\n"
                  "Paul Okafor took over as chief executive in 2021 after a decade at a rival carrier. Okafor said "
                  "fuel costs had fallen.")
    (q,) = _quotes(rec, "the carrier would add")
    assert _speaker(q) == "Paul Okafor"


def test_a_role_held_by_someone_named_before_is_not_linked_forward(analyze):
    rec = analyze("Mayor Linda Cho named a new budget director on Monday.\n\n"
                  "The mayor said the city would hire 40 teachers.\n\n"
                  "Mayor Dan Price of the neighbouring town said he would do the same.")
    (q,) = _quotes(rec, "the city would hire")
    assert _speaker(q) == "Linda Cho"


def test_one_role_and_another_are_the_first_two_named_later(analyze):
    rec = analyze("One mayor says her town has lost half its bus routes. Another says he has no bus at all.\n\n"
                  "Across the valley, small towns are asking the state for help.\n\n"
                  "Mayor Ellen Grady of Fairview is the one who lost the routes. Mayor Tom Hurst of Milltown has "
                  "not had a bus since 2019.")
    (one,) = _quotes(rec, "her town has lost")
    assert _speaker(one) == "Ellen Grady"
    (another,) = _quotes(rec, "he has no bus")
    assert _speaker(another) == "Tom Hurst"


def test_a_dash_line_credits_the_quotation_above_it(analyze):
    rec = analyze("The council voted 7-2 to close the library on Sundays. Councilman Ray Dole said the vote was "
                  "about money.\n\n"
                  "Here is what they are saying:\n\n"
                  "“This is a sad day for every child who reads on the weekend.”\n"
                  "— Alice Moreno, president of the Friends of the Library\n\n"
                  "“We did not have the money, and we said so in March.”\n"
                  "— Mayor Carl Benson, in a statement")
    (first,) = _quotes(rec, "This is a sad day")
    assert _speaker(first) == "Alice Moreno"
    (second,) = _quotes(rec, "We did not have the money")
    assert _speaker(second) == "Carl Benson"


def test_an_embedded_post_signature_is_not_a_dash_credit(analyze):
    rec = analyze("The storm closed the bridge on Friday.\n\n"
                  "“Bridge closed until further notice.”\n"
                  "— City of Dover (@doverCity) March 3, 2024\n\n"
                  "Officials said it would reopen on Monday.")
    assert not [q for q in rec.quotes if q.cue == "—"]


def test_the_agency_is_the_institution_that_spoke_before(analyze):
    rec = analyze("Measles cases rose by a third last year, the World Health Organization said on Monday.\n\n"
                  "The agency said in a report that vaccination rates had fallen in 40 countries.")
    (q,) = _quotes(rec, "vaccination rates had fallen")
    assert _speaker(q) == "World Health Organization"


def test_the_news_agency_is_the_outlet_named_before(analyze):
    rec = analyze("Reuters reported the merger talks on Friday. The news agency said the two banks had hired "
                  "advisers.")
    (q,) = _quotes(rec, "the two banks had hired")
    assert _speaker(q) == "Reuters"


def test_a_citing_phrase_between_the_cue_and_the_content(analyze):
    rec = analyze("The Financial Times reported on Monday, citing two people briefed on the talks, that the "
                  "insurer would sell its Asian unit.")
    qs = _quotes(rec, "the insurer would sell")
    assert sorted(_speaker(q) for q in qs) == ["Financial Times", "two people briefed on the talks"]


def test_a_relative_clause_after_an_inverted_sayer_is_its_next_report(analyze):
    rec = analyze("The plant will close in May, says the company, which said in March that sales had fallen by half.")
    (first,) = _quotes(rec, "The plant will close")
    assert first.cue == "says"
    (second,) = _quotes(rec, "sales had fallen")
    assert second.cue == "said"


def test_a_citing_phrase_the_parse_gave_the_content(analyze):
    rec = analyze("Shares fell on Monday. The Wall Street Journal reported last week, citing a company spokeswoman, "
                  "that the retailer had no plans to sell its “core” brands.")
    qs = _quotes(rec, "the retailer had no plans")
    assert sorted(q.cue for q in qs) == ["citing", "reported"]
    assert next(_speaker(q) for q in qs if q.cue == "reported") == "The Wall Street Journal"


def test_a_document_by_a_maker_the_tagger_left_unnamed(analyze):
    rec = analyze("The lender used new deposits to pay out withdrawals, according to a report by the Dutch central "
                  "bank published last year.")
    (q,) = _quotes(rec, "The lender used new deposits")
    assert "Dutch" in _speaker(q)


def test_data_from_a_maker(analyze):
    rec = analyze("Frozen-food sales fell 2% by volume last year, according to data from Circana, a market "
                  "research firm.")
    (q,) = _quotes(rec, "Frozen-food sales fell")
    assert _speaker(q) == "Circana"


def test_the_role_again_is_the_unnamed_official_described_before(analyze):
    rec = analyze("Peru's energy minister told a radio station on Monday that the pipeline would reopen in June.\n\n"
                  "Residents have complained for weeks.\n\n"
                  "The minister said the repairs would cost about $30 million.")
    (q,) = _quotes(rec, "the repairs would cost")
    assert _speaker(q) == "Peru's energy minister"


def test_an_indefinite_role_in_a_one_line_text_is_no_headline(analyze):
    rec = analyze("A school chief said classes would resume on Thursday. Police Chief Dana Ford and Fire Chief Leo "
                  "Marsh said the roads were still closed.")
    (q,) = _quotes(rec, "classes would resume")
    assert _speaker(q) == "A school chief"
