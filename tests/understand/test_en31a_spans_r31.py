"""understand (English), round 31 (en31a): where an indirect statement goes on after its sentence.
- A cue-less next sentence is NOT taken into the statement, backshifted or not (PolNeAR train: the gold carries an
  unquoted statement on in 22 of 402 such sentences; /tmp/try31/ENCONT.md): the content ends with its sentence.
- A speech verb that hands over with a colon to unquoted words ("Hewitt writes:⏎⏎The movie …") has those words for
  its content: the rest of the sentence, or the next paragraph when the colon closes its line after a verb of
  writing (quotes/en_colon_content). Near misses: a clause or "the following" before the colon, no speech verb, a quotation
  after the colon (found as a direct quote elsewhere), a heading of a few words.
Sentences written for these tests."""
import pytest


def _quotes(rec):
    return [(q.cue, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


# -- a cue-less next sentence stays the writer's ----------------------------------------------------------------------

@pytest.mark.parametrize("text,content", [
    ("Mayor Ruth Alden said the library would close for six months. Books would be lent from a van parked outside "
     "the school.", "the library would close for six months"),
    ("The plant manager, Lisa Horn, said the plant would close in June. The plant opened in 1987 and once employed "
     "2,000 people.", "the plant would close in June"),
    ("Senator Mark Ellis said crime had doubled in the city. That is not true: it fell by 4 percent last year.",
     "crime had doubled in the city"),
    ("Coach Dan Pruitt said the team had trained badly all week. It had lost three of its last four games.",
     "the team had trained badly all week"),
])
def test_a_cue_less_next_sentence_is_not_taken_into_the_statement(analyze, text, content):
    assert [(c, t) for c, t, _ in _quotes(analyze(text))] == [("said", content)]


# -- a colon handing over to unquoted words ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,cue,content,speaker", [
    ("The budget memo was blunt. In it, Mayor Ruth Alden wrote:\n\nThe city cannot keep paying for two fire stations "
     "three blocks apart, and the council knows it.\n\nThe council meets on Monday.", "wrote",
     "The city cannot keep paying for two fire stations three blocks apart, and the council knows it", "Ruth Alden"),
    ("Tom Hewitt writes:\n\nThe film names neither the governor nor her deputy, and it makes no argument about what "
     "either of them did.", "writes",
     "The film names neither the governor nor her deputy, and it makes no argument about what either of them did",
     "Tom Hewitt"),
    ("Union leader Carla Diaz told members on Tuesday: no one will cross the picket line at any store in the region.",
     "told", "no one will cross the picket line at any store in the region", "Carla Diaz"),
])
def test_a_colon_hands_over_to_unquoted_words(analyze, text, cue, content, speaker):
    assert (cue, content, speaker) in _quotes(analyze(text))


@pytest.mark.parametrize("text", [
    # a clause of the writer's before the colon: the list is no statement
    "Governor Ann Cole said the plan had three parts:\n\nA new bridge, a wider road and a bus lane on Main Street.",
    # no speech verb
    "Officials gave three reasons for the delay:\n\nThe steel arrived late and two inspectors were ill for a week.",
    "Here is where the candidates stand:\n\nSmith backs the bill and Jones opposes it in its current form.",
    # "the following": a list or a document the writer sets out
    "Senator Mark Ellis listed the following:\n\nThe roads, the schools and the water system all need money now.",
    # a heading of a few words after the colon
    "Mayor Ruth Alden wrote:\n\nBudget notes\n\nThe council meets on Monday.",
    # review31b #8: the next paragraph after a spoken verb's colon is the writer's once an embed (a video, a post, an
    # advertisement) was dropped; a heading; a paragraph that names the speaker
    "Maria Santos told reporters at the Capitol:\n\nThe budget raises spending by 4 percent and includes $300 million "
    "for road repairs.",
    "Senator Tom Hale told supporters at the rally:\n\nAdvertisement\n\nHale has led in every poll since March.",
    "Officials warned on Friday:\n\nWhat to do if the river floods\n\nMove valuables upstairs and keep a radio nearby.",
    "Columnist Tom Hale writes:\n\nHale has covered the statehouse for the paper since 2010.",
])
def test_near_misses_of_a_colon_hand_over_add_no_quote(analyze, text):
    after = text.split(":", 1)[1].strip().split("\n")[0]
    assert [q for q in _quotes(analyze(text)) if after[:20] in q[1]] == []


def test_a_quotation_after_the_colon_stays_one_direct_quote(analyze):
    rec = analyze("Senator Mark Ellis said on Tuesday:\n\n“We will not vote for this bill, and we will say so on the "
                  "floor.”")
    assert [(q.kind, q.text) for q in rec.quotes] == [
        ("direct", "We will not vote for this bill, and we will say so on the floor.")]


# -- a "being" participle in the reported clause's subject -------------------------------------------------------------

@pytest.mark.parametrize("text,content", [
    ("Chief Executive Dana Holt said the shops being closed had lost money for three straight years.",
     "the shops being closed had lost money for three straight years"),
    ("Officials said the bridges being inspected were safe for heavy trucks.",
     "the bridges being inspected were safe for heavy trucks"),
    ("The union said the drivers being laid off would get six months of pay.",
     "the drivers being laid off would get six months of pay"),
])
def test_a_being_participle_subject_keeps_its_predicate(analyze, text, content):
    assert [t for c, t, _ in _quotes(analyze(text)) if c == "said"] == [content]


@pytest.mark.parametrize("text,content", [
    # a comma between the participle and the verb after it: left as the parse has it (another clause as often)
    ("Officials said the bridges being inspected, three of them near the river, were safe.",
     "the bridges being inspected"),
    # no predicate follows in the sentence: nothing to carry on to (never into the next sentence)
    ("The mayor said the roads being repaved. The council met on Monday.", "the roads being repaved"),
    # no "being": the parse reads the subject's participle right already
    ("The agency said the money spent on the bridge was wasted.", "the money spent on the bridge was wasted"),
])
def test_near_misses_of_a_being_participle_subject(analyze, text, content):
    assert [t for c, t, _ in _quotes(analyze(text)) if c == "said"] == [content]
