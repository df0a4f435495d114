"""understand.quotes (English), round 15: a quotation running over paragraphs (left open, re-opened) is one quote a
paragraph with the first paragraph's speaker, page furniture between them in none; a list under people's names
(a police roster of charges) is the writer's table, no transcript turns, while a labelled headline stays a turn;
a description by trade or age continuing the topic ("The singer and guitarist told", "The 27-year-old told") is
the person the sentence before was about; a Title Case quotation inside the narration before a comma is a title;
a sentence split by a named attribution, its second part in lower case, is one quote (sentences written for these
tests)."""


def test_a_quotation_over_paragraphs_is_one_quote_a_paragraph(analyze):
    rec = analyze("Coach Lena Ortiz said after the match: \"We were not good enough in the first half.\n\n"
                  "\"The second half was better, and the young players showed real character.\"")
    assert [q.text for q in rec.quotes] == ["We were not good enough in the first half.",
                                            "The second half was better, and the young players showed real "
                                            "character."]
    assert all(q.speaker is not None and q.speaker.name == "Lena Ortiz" for q in rec.quotes)


def test_furniture_between_paragraphs_is_in_no_quote(analyze):
    rec = analyze("Harbor Bank said in a statement: “The branch on Mill Street will close at the end of March.\n\n"
                  "Bank statement\n\n— Harbor Bank (@harborbank) March 2, 2024\n\n"
                  "“Customers will be able to use the branch on Elm Avenue instead.”")
    assert len(rec.quotes) == 2
    assert not any("@harborbank" in q.text or "Bank statement" in q.text for q in rec.quotes)
    assert all(q.speaker is not None and q.speaker.name == "Harbor Bank" for q in rec.quotes)


def test_a_roster_under_names_is_no_turn(analyze):
    rec = analyze("Police arrested three people on Friday.\n\n"
                  "Adam J. Cole: Possession of cocaine, resisting arrest, held in jail in lieu of $5,000 bond.\n\n"
                  "Brian T. Moss: Theft of a vehicle, held in jail with no bond.")
    assert rec.quotes == []


def test_a_labelled_headline_is_still_a_turn(analyze):
    rec = analyze("Mayor Tom Reyes: City budget facing 'deepest cuts in a decade'\n\n"  # (in marks: r20)
                  "Mayor Tom Reyes spoke to reporters on Monday about the budget.")
    q = next((q for q in rec.quotes if "deepest cuts" in q.text), None)
    assert q is not None and q.speaker is not None and q.speaker.name == "Tom Reyes"



def test_a_description_by_trade_continues_the_topic(analyze):
    rec = analyze("Rock veteran Pat Holm played his old hits in Denver on Friday night.\n\nAfter the last song, the "
                  "singer and guitarist told the crowd, \"We will be back next summer with a new album.\"")
    assert [q.speaker.name for q in rec.quotes if q.speaker] == ["Pat Holm"]


def test_a_description_by_age_continues_the_topic(analyze):
    rec = analyze("Mark Hill was charged on Monday with the robbery of a jewellery shop. The 27-year-old told the "
                  "court he had been at home that night.")
    assert [q.speaker.name for q in rec.quotes if q.speaker] == ["Mark Hill"]


def test_a_title_before_the_attribution_is_no_quote(analyze):
    rec = analyze("After playing “Rockin’ in the Free World,” singer Ana Ruiz told the audience, “This one is for my "
                  "father, who loved it.”")
    assert [q.text for q in rec.quotes] == ["This one is for my father, who loved it."]


def test_a_sentence_split_by_a_named_attribution_is_one_quote(analyze):
    rec = analyze("“We’re proud of this record,” said singer Ana Ruiz in a statement, “because it was made with our "
                  "fans in mind.”")
    assert len(rec.quotes) == 1 and len(rec.quotes[0].parts) == 2
    assert rec.quotes[0].speaker is not None and rec.quotes[0].speaker.name == "Ana Ruiz"


def test_a_new_sentence_after_the_attribution_is_not_joined_by_this_rule(analyze):
    rec = analyze("“We’re proud of this record,” said singer Ana Ruiz. “It was made with our fans in mind.”")
    assert all(q.speaker is not None and q.speaker.name == "Ana Ruiz" for q in rec.quotes)


def test_a_description_the_text_gave_someone_else_is_no_topic(analyze):
    """Review r15: "the quarterback" after "Coach Mike Dunn praised quarterback Jalen Price" went to Dunn, "the
    actor" after "Actor Tom Hanks and director Ron Howard" to Howard; a description the text already gave someone
    else does not continue the topic (quotes/en_topic.py)."""
    rec = analyze("Coach Mike Dunn praised quarterback Jalen Price after the win on Sunday. Dunn called it the best "
                  "game of the season.\n\n\"I just tried to make plays,\" the quarterback said.")
    assert not any(q.speaker and q.speaker.name == "Mike Dunn" for q in rec.quotes)
    rec = analyze("Police said a teenager was arrested after the fire. Mayor Jane Cole said the city was shocked.\n\n"
                  "\"I didn't do it,\" the teenager told reporters outside the station.")
    assert not any(q.speaker and q.speaker.name == "Jane Cole" and "didn't" in q.text for q in rec.quotes)


def test_a_transcript_thanks_is_a_turn(analyze):
    """Review r15: a labelled line needs a sentence (a roster is no transcript), but a speaker's thanks or greeting
    without a subject is one ("BARRETT: Thank you, Mr. Chairman, ...")."""
    rec = analyze("Transcript: Senators question the nominee\n\nGRASSLEY: Judge, welcome to the committee. We "
                  "appreciate your service.\n\nBARRETT: Thank you, Mr. Chairman, for the kind introduction.\n\n"
                  "FEINSTEIN: Judge, do you agree with Justice Scalia on Roe?\n\nBARRETT: Senator, I cannot grade "
                  "precedent.")
    assert any(q.text.startswith("Thank you, Mr. Chairman") for q in rec.quotes)
