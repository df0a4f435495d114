"""understand (English), round 29 (eninterview29): interviews whose interviewee the record did not know (issue 16):
a name the tagger misses (a first name or a surname that is also a word) presented in a title, dek or introduction
(entities.en_interviewees), the interviewee chosen by what the introduction says before how often it names whom
(quotes.en_interviewee), an explainer's "Q:/A:" that has no interviewee, short verbless answers to the question just
asked, answers printed as quotations under questions. Sentences written for these tests, near misses included."""


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip("\"“'‘").startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else None


def _persons(rec):
    return {e.name for e in rec.entities if e.type == "PERSON"}


# --- entities: a person the page presents (en_interviewees) ------------------------------------------------------

def test_a_name_after_meet_with_an_age_is_a_person(analyze):
    rec = analyze("Meet Hope Wood, the school nurse who feeds 140 children a day\n\nHope Wood, 34, a nurse at "
                  "Lincoln Elementary, started the club two years ago.")
    assert "Hope Wood" in _persons(rec)


def test_a_name_in_five_questions_for_addressed_in_a_question_is_a_person(analyze):
    rec = analyze("Five questions for Will Price, incoming chief executive of Northgate Freight\n\nThe company has "
                  "new owners this year.\n\nQ: Will, what comes first?\n\nA: We fix the dispatch system before we "
                  "buy anything else.")
    assert "Will Price" in _persons(rec)


def test_a_name_after_its_role_in_an_introducing_title_addressed_without_a_question_mark(analyze):
    rec = analyze("Introducing our new Chief Technology Officer, Summer Okafor\n\nShe joins from a hospital software "
                  "maker.\n\nQ: Summer, tell us about your first week.\n\nA: I met every engineer we have, one by "
                  "one, and I listened.")
    assert "Summer Okafor" in _persons(rec)
    (q,) = _quotes(rec, "I met every engineer")
    assert _speaker(q) == "Summer Okafor"


def test_a_welcome_title_with_a_dash_and_the_first_name_addressed_in_the_first_question(analyze):
    rec = analyze("Please welcome Will Sterling - our new head of customer care\n\nHe starts on Monday.\n\nQ: Will, "
                  "what brought you here?\n\nA: The people. I met the team twice before I said yes.")
    (q,) = _quotes(rec, "The people. I met the team")
    assert _speaker(q) == "Will Sterling"


def test_a_headings_name_may_have_three_words_and_follow_a_colon():
    from newsgraph.understand.entities.en_interviewees import _headings
    assert _headings("Introducing: Mary Beth Lark, our new head of people") == [(13, "Mary Beth Lark")]
    assert _headings("Get to know Hope Wood | Company blog") == [(12, "Hope Wood")]
    assert _headings("Welcome Home: our spring sale starts today") == []


def test_welcome_to_a_place_makes_no_person(analyze):
    rec = analyze("Welcome to Grant Park, the city's newest green space\n\nQ: When does it open?\n\nA: The park "
                  "opens on Saturday.")
    assert "Grant Park" not in _persons(rec)
    assert not _quotes(rec, "The park opens")


def test_one_frame_alone_makes_no_person(analyze):
    # a sale and a park after "Introducing" and "Meet": no age, no role, nobody addressed
    rec = analyze("Introducing Summer Savings, our biggest sale of the year\n\nEvery sofa is 30 percent off until "
                  "Sunday.")
    assert "Summer Savings" not in _persons(rec)
    rec = analyze("Meet Grant Park, the city's newest green space\n\nThe park opens on Saturday with a concert.")
    assert "Grant Park" not in _persons(rec)
    rec = analyze("Introducing our new app, Hope Notes\n\nHope Notes keeps your lists in one place. Download it "
                  "today.")
    assert "Hope Notes" not in _persons(rec)


# --- the interviewee (en_interviewee) ---------------------------------------------------------------------------

def test_the_answers_go_to_the_person_the_title_presents_not_the_predecessor(analyze):
    rec = analyze("Five questions for Will Price, incoming chief executive of Northgate Freight\n\nWill Price, 51, "
                  "succeeds founder Alan Greaves, who retires in July after 31 years.\n\nQ: Will, Northgate has "
                  "bought four carriers in five years. Will that continue?\n\nA: Not at the same pace. We still run "
                  "four dispatch systems, and we need to become one company first.\n\nQ: What did you learn from "
                  "your predecessor?\n\nA: That you answer the phone when a customer calls.")
    for start in ("Not at the same pace", "That you answer the phone"):
        (q,) = _quotes(rec, start)
        assert q.kind == "direct" and _speaker(q) == "Will Price"


def test_the_one_who_spoke_with_us_answers_not_the_subject_of_the_biography(analyze):
    rec = analyze("Who was Junior Tate? A historian answers our questions\n\nJunior Tate built the first radio "
                  "station in Alder County. Tate ran it for forty years and died in 1979. Tate is still remembered "
                  "in the valley. Historian Mara Quint has written the first book about him. Quint spoke with us "
                  "by phone.\n\nQ: How did you find him?\n\nA: Through his letters. His niece kept two boxes of "
                  "them in her attic.\n\nQ: What surprised you?\n\nA: How many people he trained. I counted more "
                  "than forty.")
    for start in ("Through his letters", "How many people he trained"):
        (q,) = _quotes(rec, start)
        assert _speaker(q) == "Mara Quint"


def test_an_explainer_laid_out_as_questions_and_answers_has_no_interviewee(analyze):
    rec = analyze("What Dana Holt's resignation means for the levy\n\nDana Holt resigned as chair of the transit "
                  "board on Monday.\n\nQ: Why did Holt resign?\n\nA: Holt cited family reasons in a letter to the "
                  "board.\n\nQ: Who runs the board now?\n\nA: The vice chair becomes acting chair until "
                  "December.\n\nQ: When is the vote?\n\nA: The vote is set for Nov. 5 at the county office.")
    assert not [q for q in rec.quotes if _speaker(q) == "Dana Holt" and q.cue == "A:" or
                q.text.startswith(("The vice chair becomes", "The vote is set"))]


def test_a_faq_page_has_no_speaker(analyze):
    rec = analyze("Pool season: your questions answered\n\nQ: When is the pool open?\n\nA: The pool is open from "
                  "6 a.m. to 9 p.m. every day.\n\nQ: Do I need a pass?\n\nA: Residents can buy a pass at City "
                  "Hall for $40.")
    assert not _quotes(rec, "The pool is open") and not _quotes(rec, "Residents can buy")


# --- short answers and quoted answers ---------------------------------------------------------------------------

def test_a_short_verbless_answer_to_the_question_just_asked_is_a_turn(analyze):
    rec = analyze("Rose Chase and Grant Marsh opened their brewery in 2016. We met the pair in their taproom.\n\n"
                  "Q: How long have you two known each other?\n\nMarsh: Since the fourth grade.\n\nChase: Longer "
                  "than either of us would like to admit.\n\nQ: Do you worry about the big chains?\n\nMarsh: Every "
                  "single day.")
    for start, who in (("Since the fourth grade", "Grant Marsh"), ("Every single day", "Grant Marsh")):
        (q,) = _quotes(rec, start)
        assert q.kind == "direct" and _speaker(q) == who


def test_a_tally_under_names_and_a_newsroom_update_are_no_turns(analyze):
    rec = analyze("Council race results\n\nUPDATE: All precincts have now reported.\n\nAlma Reyes: 1,204 votes\n\n"
                  "Ted Lund: 988 votes\n\nAlma Reyes: Ward 3 incumbent since 2019")
    assert not rec.quotes


def test_answers_printed_as_quotations_under_questions_are_the_interviewees(analyze):
    rec = analyze("Four questions for the new fire chief\n\nChief Marta Ilves took office on Monday. We asked her "
                  "about her plans.\n\nWhat worries you most?\n\n\"The old trucks. Two of them failed inspection "
                  "last spring.\"\n\nWill you close any stations?\n\n\"No. Every station stays open while I am "
                  "chief.\"")
    for start in ("The old trucks", "No. Every station"):
        (q,) = _quotes(rec, start)
        assert _speaker(q) == "Marta Ilves"


def test_a_lone_rhetorical_question_before_a_quotation_lends_no_speaker(analyze):
    rec = analyze("The council met on Tuesday. Mayor Ruth Delacroix chaired the meeting.\n\nWhat comes next for "
                  "the library?\n\n\"It is a question for the voters,\" said Ben Okoro, who leads the library "
                  "friends group.")
    (q,) = _quotes(rec, "It is a question for the voters")
    assert _speaker(q) == "Ben Okoro"


# --- answers over several paragraphs where no question closes them (en_answers.continued_answers) ---------------

def test_a_transcript_turn_goes_on_in_the_speakers_own_voice_up_to_the_next_speaker(analyze):
    rec = analyze("The following is a transcript of remarks by Mayor Faith Sterling and Director Junior Ocampo.\n\n"
                  "MAYOR STERLING: Good afternoon. A main broke under Harmon Avenue this morning.\n\nJunior is going "
                  "to walk you through the repair, and then we will take questions.\n\nDIRECTOR OCAMPO: Thank you, "
                  "Mayor. The pipe is 94 years old.\n\nQ: When will the water come back?\n\nDIRECTOR OCAMPO: By "
                  "tomorrow night for most homes.\n\nQ: Is the water safe?\n\nMAYOR STERLING: Not until the tests come back.")
    (q,) = _quotes(rec, "Junior is going to walk you")
    assert "sterling" in (_speaker(q) or "").lower()


def test_the_last_answer_goes_on_in_the_speakers_voice_but_not_into_the_writers_narration(analyze):
    rec = analyze("Meet Hope Wood, the nurse who started a breakfast club\n\nHope Wood, 34, a nurse at Lincoln "
                  "Elementary, started the club two years ago.\n\nQ: Hope, how did it start?\n\nA: With a drawer "
                  "of granola bars. The stomach aches stopped within a week.\n\nQ: What would you tell another "
                  "nurse?\n\nA: Start small and start Monday.\n\nIf you wait for a grant, you wait a year.\n\nThe "
                  "district will study the idea for other schools next year.\n\nThe club meets at 7.20 a.m.")
    (q,) = _quotes(rec, "If you wait for a grant")
    assert _speaker(q) == "Hope Wood"
    assert not _quotes(rec, "The district will study") and not _quotes(rec, "The club meets")


def test_the_person_a_question_greets_by_first_name_answers_not_the_one_named_in_full_in_it(analyze):
    rec = analyze("Maria Delgado replaces Tomas Reyes as head coach of the Harbor City Gulls this season. Reyes "
                  "moves to the front office.\n\nQ: Welcome back to the city, Maria. What changes first?\n\nA: The "
                  "way we defend. We gave up too many easy goals last year.\n\nQ: Your predecessor, Tomas Reyes, "
                  "says the roster is strong. Do you agree?\n\nA: It is strong. It is also young.")
    for start in ("The way we defend", "It is strong"):
        (q,) = _quotes(rec, start)
        assert _speaker(q) == "Maria Delgado"


def test_a_quotation_paragraph_after_a_transcript_turn_is_not_taken_for_its_continuation(analyze):
    rec = analyze("From the broadcast transcript:\n\nHOST: Senator, will you vote for the bill?\n\nSEN. ABERNATHY: I "
                  "will, and I will say why on the floor tomorrow.\n\n\"We have waited long enough for this,\" the "
                  "statement from her office read on Friday.\n\nHOST: Thank you, Senator.\n\nSEN. ABERNATHY: Thank "
                  "you for having me.")
    # (the quotation's own reading may stand; the paragraph, marks and all, is no further turn)
    assert not [q for q in rec.quotes if q.text.startswith('"We have waited')]
