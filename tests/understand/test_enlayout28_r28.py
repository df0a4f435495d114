"""understand (English), round 28 (enlayout28): the quote LAYOUTS of real pages (issue 16): ASCII single quotes a
scraper left of ‘ ’, interviews whose answers carry no label, answers over several paragraphs, "@handle:" post
blocks, "Name, role — text" lines, a bare quotation credited by the paragraph before. Sentences written for these
tests."""
from newsgraph.understand.marks import find_quoted


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip("\"“'‘").startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else None


def _spans(text):
    return [text[q.start:q.end] for q in find_quoted(text)]


def test_ascii_single_quotes_are_quotation_marks_and_apostrophes_are_not():
    assert _spans("'We will not sign it,' said the organiser. 'But we won't walk away.'") == [
        "'We will not sign it,'", "'But we won't walk away.'"]
    assert _spans("The members' vote was 'a disgrace', she said of the workers' offer.") == ["'a disgrace'"]
    assert _spans("Prices rose in the '90s and the players' union said nothing.") == []
    # a quotation over two paragraphs: the first left open, the next re-opening it
    assert _spans("'We came through it once.\n\n'We will again,' she said.") == [
        "'We came through it once.\n\n'We will again,'"]
    # inside double marks a single pair is a quotation within the quotation, not one of its own
    assert _spans('He said "it\'s the \'best\' offer," and left.') == ['"it\'s the \'best\' offer,"']


def test_an_ascii_single_quotation_is_a_direct_quote_of_its_sayer(analyze):
    rec = analyze("Bus drivers in Marston will strike next week. 'Nobody wants a strike,' said union leader Carl "
                  "Brennan. 'But the company has left us no choice.'")
    (q,) = _quotes(rec, "Nobody wants a strike")
    assert q.kind == "direct" and _speaker(q) == "Carl Brennan"
    assert not [q for q in rec.quotes if q.kind == "indirect" and "'" in q.text]


def test_an_answer_over_several_paragraphs_is_the_interviewees_up_to_the_next_question(analyze):
    rec = analyze("Harbour master Ingrid Solberg has run the port of Vestby for nine years. She spoke to the Courier "
                  "on Monday.\n\nQ: Why did the ferry schedule change?\n\nA: Because the pier is sinking. We measured "
                  "it in March.\n\nWe will rebuild the pier next summer, and the ferries will come back then.\n\n"
                  "Q: Who pays for it?\n\nA: The county pays half and we pay the rest.")
    (q,) = _quotes(rec, "We will rebuild the pier")
    assert q.kind == "direct" and _speaker(q) == "Ingrid Solberg"


def test_a_paragraph_between_two_peoples_turns_of_a_transcript_is_narration(analyze):
    rec = analyze("The hearing ran late. From the transcript:\n\nSEN. OKAFOR: Did the board see the audit?\n\n"
                  "HALVERSEN: It did not. It was sent to the wrong office.\n\nLater, Sen. Lena Okafor turned to the "
                  "contract itself.\n\nSEN. OKAFOR: Who signed the contract?\n\nHALVERSEN: I did, in June.")
    assert not _quotes(rec, "Later, Sen. Lena Okafor")
    (q,) = _quotes(rec, "It did not")
    assert (_speaker(q) or "").lower() == "halversen"


def test_an_interview_printed_without_labels_gives_each_answer_to_the_interviewee(analyze):
    rec = analyze("Beekeeper Tobias Lindqvist lost forty hives to mites last winter. Lindqvist, 61, spoke to us "
                  "from his farm. This interview has been condensed and edited for clarity.\n\nHow bad was the "
                  "winter?\n\nThe worst in thirty years. I opened the boxes in March and there was nothing.\n\nWhat "
                  "will you do differently?\n\nI will treat earlier, in August, before the colonies shrink.\n\nI "
                  "should have done that years ago.\n\nWill you keep going?\n\nAs long as my back holds.\n\nThe "
                  "state agriculture department said it would publish new guidance on mites in the spring.")
    for start in ("The worst in thirty years", "I will treat earlier", "I should have done", "As long as"):
        (q,) = _quotes(rec, start)
        assert q.kind == "direct" and _speaker(q) == "Tobias Lindqvist"
    assert not _quotes(rec, "How bad was the winter")
    assert not [q for q in rec.quotes if q.text.startswith("The state agriculture department said")]


def test_questions_and_answers_without_an_edited_interview_introduction_are_no_turns(analyze):
    rec = analyze("Mayor Carla Brandt wants a new library. Is it needed?\n\nThe old one is full.\n\nCan the town "
                  "pay?\n\nThe council thinks so.\n\nWill voters agree?\n\nA vote is set for May.")
    assert not _quotes(rec, "The old one is full")


def test_a_post_quoted_under_its_handle_is_its_owners(analyze):
    rec = analyze("Senator Rhea Calloway answered the union on social media on Friday.\n\n@SenCalloway: The "
                  "pension deal protects every retiree in this state. I will not apologise for it.\n\nThe union "
                  "did not respond.")
    (q,) = _quotes(rec, "The pension deal")
    assert q.kind == "direct" and _speaker(q) == "Rhea Calloway"


def test_a_vox_pop_line_gives_its_quotation_to_the_name_that_opens_it(analyze):
    rec = analyze("Two brothers run the shop and argue about everything.\n\n“The blue paint,” Aaron Weiss says.\n\n"
                  "“The green,” says Eli Weiss.\n\nShoppers were asked to settle it.\n\nPriya Raman, nurse — “Blue. "
                  "It looks cleaner.”\n\nOwen Tate, plumber — “I like the green one better.”")
    (q,) = _quotes(rec, "Blue. It looks")
    assert _speaker(q) == "Priya Raman"
    (q,) = _quotes(rec, "I like the green")
    assert _speaker(q) == "Owen Tate"


def test_question_and_answer_labels_written_out_in_full(analyze):
    rec = analyze("Fire chief Marta Kovacs met reporters at the station on Thursday.\n\nQuestion: Will the station "
                  "close?\n\nAnswer: Not while I run it. We answered four thousand calls last year.\n\nQuestion: "
                  "Who decides?\n\nAnswer: The county board decides in March.")
    (q,) = _quotes(rec, "Not while I run it")
    assert q.kind == "direct" and _speaker(q) == "Marta Kovacs"
    assert not _quotes(rec, "Will the station close")


def test_a_transcript_line_may_open_with_a_time_stamp(analyze):
    rec = analyze("A transcript of the forum, lightly edited:\n\n[00:04:10] Sen. Ada Whitcombe: The bridge has "
                  "been unsafe for a decade and nobody fixed it.\n\n[00:04:52] Rep. Paul Decker: We fixed it twice. "
                  "The state never paid its share.")
    (q,) = _quotes(rec, "The bridge has been unsafe")
    assert _speaker(q) == "Ada Whitcombe"
    (q,) = _quotes(rec, "We fixed it twice")
    assert _speaker(q) == "Paul Decker"


def test_the_interviewer_of_the_byline_asks_and_is_no_speaker(analyze):
    rec = analyze("Interview by Colin Asher.\n\nDr. Helena Voigt runs the region's only poison centre.\n\n"
                  "ASHER: How many calls do you take?\n\nVOIGT: About ninety a day. Most are children.\n\n"
                  "ASHER: Is that rising?\n\nVOIGT: It doubled in five years.")
    assert not _quotes(rec, "How many calls")
    (q,) = _quotes(rec, "About ninety a day")
    assert _speaker(q) == "Helena Voigt"


def test_an_interview_labelled_with_full_stops(analyze):
    rec = analyze("Sculptor Benedikt Aalto, 80, opens a retrospective in Helsinki this week. He spoke with the "
                  "Review at his studio.\n\nQ. Why show the early work now?\n\nA. Because I finally stopped being "
                  "ashamed of it.\n\nQ. Which piece matters most to you?\n\nA. The one I broke in 1971. I kept the "
                  "pieces in a box.")
    (q,) = _quotes(rec, "Because I finally stopped")
    assert q.kind == "direct" and _speaker(q) == "Benedikt Aalto"
    assert not _quotes(rec, "Why show the early work")


def test_the_outlet_that_asks_is_no_speaker_and_its_label_ends_an_answer(analyze):
    rec = analyze("Harbour commissioner Lena Dahl spoke to the Courier on Monday.\n\nCOURIER: Will the port "
                  "expand?\n\nDAHL: Not this decade. The channel is too shallow.\n\nDredging it would cost more than "
                  "the port earns in ten years.\n\nCOURIER: Who would pay?\n\nDAHL: Nobody has offered.")
    assert not _quotes(rec, "Will the port expand")
    (q,) = _quotes(rec, "Dredging it would cost")
    assert q.kind == "direct" and _speaker(q) == "Lena Dahl"


def test_a_quotation_that_opens_a_headline_line_does_not_go_on_the_last_speakers_words(analyze):
    rec = analyze("Firefighters reached the roof within minutes.\n\n“Everybody out, now!” a captain shouts.\n\n"
                  "'Out Of The Smoke' Footage Shows Rescue of Trapped Family\n\nThe footage was released on Friday.")
    assert not _quotes(rec, "Out Of The Smoke")
    rec = analyze("“The ads are working,” Governor Ruth Amsel told reporters on Monday.\n\n‘Seatbelts. Every Trip.’: "
                  "state spends $300K on a new road safety campaign\n\nThe campaign started in May.")
    assert not _quotes(rec, "Seatbelts. Every Trip")
    # a subhead: a Title Case line in single marks, alone (a quotation in double marks stays the speaker's)
    rec = analyze("“The river has never been this low,” Mayor Ines Varga said on Monday.\n\n'A Dry Summer Ahead.'\n\n"
                  "The barges stopped running in July.")
    assert not _quotes(rec, "A Dry Summer Ahead")


def test_a_turn_labelled_with_the_speakers_initials(analyze):
    rec = analyze("By Nadia Fors\n\nDr. Tomasz Weller runs the city's only trauma unit. He spoke with us on "
                  "Monday.\n\nNF: How many beds do you have?\n\nTW: Twelve. We need twenty.\n\nNF: Why not build "
                  "more?\n\nTW: Money. It is always money.")
    (q,) = _quotes(rec, "Twelve. We need")
    assert q.kind == "direct" and _speaker(q) == "Tomasz Weller"
    assert not _quotes(rec, "How many beds")


def test_a_label_alone_on_its_line_labels_the_next_line(analyze):
    rec = analyze("Transcript of the hearing:\n\nSENATOR OKAFOR:\nDid you read the audit?\n\nMR. HALVERSEN:\nI did "
                  "not. It went to the wrong office.\n\nSENATOR OKAFOR:\nWho signed the contract?\n\nMR. HALVERSEN:\n"
                  "I signed it in June.")
    (q,) = _quotes(rec, "I did not. It went")
    assert (_speaker(q) or "").lower().endswith("halversen")


def test_a_q_and_a_headline_introduces_an_interview_without_labels(analyze):
    rec = analyze("Q&A: Harbour master Ingrid Solberg on the sinking pier\n\nIngrid Solberg has run the port of "
                  "Vestby for nine years.\n\nWhy did the ferries stop?\n\nBecause the pier is sinking.\n\nWho pays "
                  "for the repairs?\n\nThe county pays half and we pay the rest.\n\nWhen will they be back?\n\nNext "
                  "summer, if the weather holds.")
    (q,) = _quotes(rec, "Because the pier is sinking")
    assert q.kind == "direct" and _speaker(q) == "Ingrid Solberg"


def test_a_one_sentence_lead_in_paragraph_brings_on_the_next_quotations_speaker(analyze):
    text = ("The council approved the stadium lease 6-3 on Tuesday.\n\nOne resident left in tears.\n\n"
            "The city's finance director, Helga Brandt, was more cautious.\n\n“The lease is sound. The traffic "
            "plan is not, and we will fix it before opening day.”\n\nThe team plans to open the stadium in 2027.")
    (q,) = _quotes(analyze(text), "The lease is sound")
    assert _speaker(q) == "Helga Brandt"
    # (also when the quotation names someone else, whom the nearest-name choice must pass over)
    text = ("Oskar Lind was one of the first to sign. He drove a forklift for 20 years.\n\nThe county's economic "
            "director, Helga Brandt, was more cautious.\n\n“Mayor Ruth Ekberg promised 300 jobs. The plant will "
            "not bring back 1,200, and we should say that plainly.”")
    (q,) = _quotes(analyze(text), "Mayor Ruth Ekberg promised")
    assert _speaker(q) == "Helga Brandt"
