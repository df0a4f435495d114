"""understand.quotes (English), round 24 (sentences written for these tests): the words a written thing "reads" are
that thing's, or its writer's when a clause of the noun names the writer, never a person its other words mention
(en_reads); the root of a sentence counts among the roots of an opening before "…, X said" (en_openings)."""
import pytest


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


def _entity_type(rec, q):
    ents = {e.id: e for e in rec.entities}
    return ents[q.speaker.entity].type if q.speaker and q.speaker.entity in ents else None


def test_a_note_found_on_her_car_is_not_her_words(analyze):
    rec = analyze('Daniel Hale, 41, is charged with stalking Maria Ortiz. "I know where you live," read a note found '
                  'on her car a week earlier.')
    got = [q for q in rec.quotes if q.text == "I know where you live"]
    assert len(got) == 1 and got[0].speaker is not None and got[0].speaker.name == "a note", _quotes(rec)
    assert got[0].cue == "read"


@pytest.mark.parametrize("text, quote, writer", [
    ('Daniel Hale met Maria Ortiz in 2019. "Call me," read the text message he sent her on the night she '
     'disappeared.', "Call me", "Daniel Hale"),
    ('Daniel Hale met Maria Ortiz in 2019. "See you soon," read a tweet Hale posted that night.', "See you soon",
     "Daniel Hale"),
    ('Daniel Hale met Maria Ortiz in 2019. "I miss you," read the letter Hale wrote to her from prison.',
     "I miss you", "Daniel Hale"),
])
def test_the_writer_a_clause_of_the_written_thing_names_is_the_source(analyze, text, quote, writer):
    rec = analyze(text)
    got = [q for q in rec.quotes if q.text == quote]
    assert len(got) == 1 and got[0].speaker is not None and got[0].speaker.name == writer, _quotes(rec)
    assert got[0].cue == "read"


@pytest.mark.parametrize("text, quote, source", [
    ('"No trespassing," read the sign outside the old paper mill.', "No trespassing", "the sign"),
    # the plain order: the written thing, then "read" closing the attribution
    ('Mayor Ann Cole spoke at the rally. "Cole for Governor," a sign held by one of her supporters read.',
     "Cole for Governor", "a sign"),
    ('Mayor Ann Cole spoke at the rally. "Cole for Governor," the banner read.', "Cole for Governor", "the banner"),
    # before the colon that hands over to the quotation
    ('Mayor Ann Cole spoke at the rally. The banner behind her read: "Cole for Governor."', "Cole for Governor.",
     "The banner"),
])
def test_a_written_thing_that_reads_is_the_source_itself(analyze, text, quote, source):
    rec = analyze(text)
    got = [q for q in rec.quotes if q.text == quote]
    assert len(got) == 1 and got[0].speaker is not None, _quotes(rec)
    assert got[0].speaker.name == source and _entity_type(rec, got[0]) is None, _quotes(rec)
    assert got[0].cue == "read"


def test_reading_a_letter_aloud_is_no_source(analyze):
    rec = analyze('The senator has read the report twice. "It is a disgrace," he said.')
    assert [(q.text, q.cue) for q in rec.quotes] == [("It is a disgrace", "said")]


@pytest.mark.parametrize("text, quote, speaker", [
    # a clause of circumstance after the quotation: the words said are the quotation
    ('The governor has not committed to a second term. Reed had earlier said, “We’ll see,” when asked whether he '
     'would run again.', "We’ll see", "Reed"),
    # the sayer's next act after "and"
    ('Mayor Ann Cole was asked about the stadium. She said, “Not this year,” and left the room.', "Not this year",
     "Ann Cole"),
    ('Mayor Ann Cole was asked about the stadium. Cole told reporters, “We are not there yet,” before leaving the '
     'hall.', "We are not there yet", "Ann Cole"),
])
def test_a_short_quotation_handed_over_by_said_and_a_comma_before_narration(analyze, text, quote, speaker):
    got = _quotes(analyze(text))
    assert [(t, s) for t, s, _ in got] == [(quote, speaker)], got
    assert got[0][2] in ("said", "told"), got  # ("when asked" is no attribution of the quotation)


def test_a_quotation_inside_the_sentence_it_names_stays_out(analyze):
    got = _quotes(analyze("Mayor Ann Cole said the film, “Jaws,” was her favorite."))
    assert all(t != "Jaws" for t, _, _ in got), got


@pytest.mark.parametrize("text, content", [
    ("The mill closed in 2004. Its owner sold the land, according to county records, becoming the largest landholder "
     "in the valley.", "Its owner sold the land becoming the largest landholder in the valley"),
    ("The mill closed in 2004. Its owner sold the land, according to county records reviewed by the Gazette, and "
     "moved to Florida.", "Its owner sold the land and moved to Florida"),
])
def test_a_clause_continued_after_an_according_to_aside(analyze, text, content):
    rec = analyze(text)
    got = [q for q in rec.quotes if q.cue == "according to"]
    assert [q.text for q in got] == [content], _quotes(rec)
    assert len(got[0].parts) == 2


def test_a_new_clause_after_an_according_to_aside_is_not_the_sources(analyze):
    rec = analyze("The mill closed in 2004. Its owner lost $2 million, according to county filings, and analysts "
                  "expect further losses.")
    assert [q.text for q in rec.quotes if q.cue == "according to"] == ["Its owner lost $2 million"]


def test_the_roots_of_an_opening_count_the_sentence_root():
    import spacy

    from newsgraph.understand.nlp import DEFAULT_SPACY_MODEL
    from newsgraph.understand.quotes.en_openings import _roots

    doc = spacy.load(DEFAULT_SPACY_MODEL)("Prices fell sharply in March, the ministry said on Tuesday.")

    class _Ctx:
        def tokens(self, a, b):
            return [t for t in doc if a <= t.idx < b]

    root = next(t for t in doc if t.dep_ == "ROOT")
    got = _roots(_Ctx(), 0, len(doc.text))
    assert root.i in {t.i for t in got}


@pytest.mark.parametrize("text, content", [
    # a conditional whose verb is tensed through its auxiliary opens the content continued after the attribution
    ("If the council had read the report, residents said, the bridge would have been closed.",
     "If the council had read the report the bridge would have been closed"),
])
def test_an_opening_with_a_finite_auxiliary_is_continued_after_the_attribution(analyze, text, content):
    assert [q.text for q in analyze(text).quotes] == [content]


def test_an_opening_after_a_sentence_initial_and_is_the_occasion(analyze):
    # "pointed it out": the object is the content, the "if" clause before tells when; nothing to report
    got = _quotes(analyze("And if you missed what was wrong with the poster, dozens of readers on Facebook pointed "
                          "it out."))
    assert not any(t.startswith("And if") for t, _, _ in got), got


def test_a_report_after_an_according_to_aside_is_the_subjects_own(analyze):
    rec = analyze("The mill closed in 2004. Its owners toured the site on Friday, according to their lawyer, and said "
                  "they would sell it.")
    assert [q.text for q in rec.quotes if q.cue == "according to"] == ["Its owners toured the site on Friday"]


@pytest.mark.parametrize("text, content", [
    # a gerund after ", and" goes on the list of what was admitted (the parse hangs it on the tensed verb)
    ("Mayor Ann Cole admitted to misleading the council, and hiding the report from auditors.",
     "misleading the council, and hiding the report from auditors"),
    # a tensed verb after ", and" is the subject's next act
    ("Mayor Ann Cole admitted to misleading the council, and resigned on Friday.", "misleading the council"),
])
def test_the_gerunds_an_admission_lists(analyze, text, content):
    assert [q.text for q in analyze(text).quotes if q.cue == "admitted"] == [content]
