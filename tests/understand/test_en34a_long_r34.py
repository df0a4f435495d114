"""Round 34 (en34a): English attribution in LONG real-news sentences (the stress batch e247-e269). Where the parser
errs on a long sentence, the reading rests on the clause's structure (en_complement); each rule with a sentence
written here and a near miss it must not fire on."""
import pytest

from newsgraph import analyze


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in analyze(text).quotes]


# the complementiser opens its clause: an adjunct between the cue and "that" is the reporting clause's
def test_content_begins_after_its_complementiser():
    qs = _quotes("Brightway Stores said on Thursday, in a filing released before the market opened, that it "
                 "expected sales to fall about 3 percent this year.")
    assert [t for t, _, _ in qs] == ["it expected sales to fall about 3 percent this year"]


def test_an_adjunct_after_that_stays_in_the_content():  # near miss: the adjunct follows "that"
    qs = _quotes("Brightway Stores said that, in a filing released before the market opened, it expected sales "
                 "to fall about 3 percent this year.")
    assert [t for t, _, _ in qs] == ["in a filing released before the market opened, it expected sales to fall "
                                     "about 3 percent this year"]


# a list of predicates shares the content's subject: the parser's second complements go on with the first
def test_a_predicate_list_is_one_content():
    qs = _quotes("Defense lawyer Nina Castell told the judge that her client had surrendered his passport, had not "
                 "left the state since his arrest in March and would accept electronic monitoring.")
    assert [t for t, _, _ in qs] == ["her client had surrendered his passport, had not left the state since his "
                                     "arrest in March and would accept electronic monitoring"]


@pytest.mark.parametrize("text, first", [
    # its own subject: another sayer
    ("Defense lawyer Nina Castell told the judge that her client had surrendered his passport, prosecutors said.",
     "her client had surrendered his passport"),
    # a participle: the sayer's second report
    ("Defense lawyer Nina Castell told the judge that her client had surrendered his passport, adding that he "
     "would accept electronic monitoring.", "her client had surrendered his passport"),
])
def test_a_predicate_list_near_misses(text, first):
    assert _quotes(text)[0][0] == first


# a concession closing the sentence with a sayer of its own, the parser having hung it on a relative clause inside
# the first content, and its that-clause on the noun of "in a separate interview"
def test_a_closing_concession_is_its_own_attribution():
    qs = _quotes("The holiday, Anand said in an interview in his office, has saved the average driver about $180 "
                 "and has given the governor a story to tell in the rural counties she lost badly in 2022, though "
                 "Sen. Carol Whitby, a Democrat who voted for the holiday, conceded in a separate interview that the "
                 "savings had been hard to see at the pump.")
    assert ("the savings had been hard to see at the pump", "Carol Whitby", "conceded") in qs
    first = next(t for t, s, _ in qs if s == "Anand")
    assert first.endswith("in the rural counties she lost badly in 2022")


def test_a_concession_inside_the_content_is_not_split():  # near miss: it does not close the sentence
    qs = _quotes("The governor said the counties she lost, though Whitby conceded that the race was close, would "
                 "vote for her next time.")
    assert not any(c == "conceded" for _, _, c in qs)


# a subject set off from its verb by a relative clause the parser took for a content before the verb
def test_subject_before_a_relative_clause_speaks():
    qs = _quotes("Democrats in the state legislature, many of whom face difficult races in the suburbs this fall, "
                 "have argued for months that the tax holiday was a political gift to Republicans.")
    assert qs == [("the tax holiday was a political gift to Republicans", "Democrats in the state legislature",
                   "argued")]


def test_a_fronted_content_with_a_relative_clause_keeps_its_sayer():  # near miss: the verb has its own subject
    qs = _quotes("The bill, which passed in May, will cut taxes for most families, Democrats have argued.")
    assert qs == [("The bill, which passed in May, will cut taxes for most families", "Democrats", "argued")]


# a directive's order hung by the parser on a noun inside the description of the one asked
def test_an_order_after_the_object_description():
    qs = _quotes("Chief Dana Morrow asked anyone with doorbell or dashboard video from the area to call the "
                 "department's tip line.")
    assert ("anyone with doorbell or dashboard video from the area to call the department's tip line", "Dana Morrow",
            "asked") in qs


def test_an_infinitive_of_a_noun_is_no_order():  # near miss: "a plan to" takes its own infinitive
    assert _quotes("Chief Dana Morrow asked the board for a plan to cut costs.") == []


# the sentence's opening noun phrase speaks across a participial description set off by commas
def test_opening_noun_phrase_across_a_participial_description():
    qs = _quotes("Researchers, led by Ana Ruiz of Stanford University and including scientists from four countries, "
                 "reported in the journal Nature that the glacier had lost a third of its mass since 2000.")
    assert [(t, s) for t, s, _ in qs] == [("the glacier had lost a third of its mass since 2000", "Researchers")]


def test_a_subject_the_parser_found_is_kept():  # near miss: no description set off, the parse's own subject
    qs = _quotes("Researchers at Stanford University reported in the journal Nature that the glacier had lost a "
                 "third of its mass since 2000.")
    assert [s for _, s, _ in qs] == ["Researchers at Stanford University"]


# a "that" the parser made a relative pronoun of a noun in the cue's adjunct, its clause without a gap
def test_a_gapless_that_opens_the_content():
    qs = _quotes("The mayor told reporters at a news conference on the steps of the building that she had asked "
                 "the FBI to review the contracts.")
    assert ("she had asked the FBI to review the contracts", "The mayor", "told") in qs


def test_a_true_relative_that_is_no_content():  # near miss: "that she had bought" has its gap (the object)
    assert _quotes("The mayor spoke to reporters at a news conference on the steps of the building that she had "
                   "bought in 2019.") == []


# a split quotation across a long attribution (one cue, however long the speaker's description) is one quote
def test_a_quotation_split_by_a_long_attribution_is_one():
    qs = _quotes('"We did everything we were asked to do," said Ruth Alvarez, 54, a nurse who has worked at the '
                 'hospital for 22 years and who was among the first to sign the union card, "and they still want '
                 'to cut our pay."')
    assert [t for t, _, _ in qs] == ["We did everything we were asked to do and they still want to cut our pay."]


def test_two_quotations_of_two_sayers_stay_two():  # near miss: a second cue and sayer between the quotations
    qs = _quotes('"We did everything we were asked to do," said Ruth Alvarez, a nurse at the hospital for 22 years, '
                 'while her colleague Ana Ortiz, who joined the union in 2019 and leads its bargaining team, added, '
                 '"and they still want to cut our pay."')
    assert len(qs) == 2


# a cue set off by one comma after its subject is a participle: its content ends before the main clause's verb
def test_a_set_off_cue_ends_before_the_main_verb():
    qs = _quotes("Investors, warned that higher rates would slow the economy, sold shares of technology companies "
                 "on Tuesday.")
    assert [t for t, _, _ in qs] == ["higher rates would slow the economy"]


def test_a_list_of_predicates_after_a_plain_cue_stays():  # near miss: no comma between the subject and the cue
    qs = _quotes("Investors warned that higher rates would slow the economy, hurt profits and cost jobs.")
    assert [t for t, _, _ in qs] == ["higher rates would slow the economy, hurt profits and cost jobs"]
