"""understand.quotes (English), round 20 (sentences written for these tests): cues counted on PolNeAR train
(lang/en/stated_object_cues.tsv, eval/cue_lexicon.py): the noun-phrase object of a verb of stating, the "that"-clause
of a noun of saying that no verb reports."""
import pytest


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("Governor Tom Hale reported a sharp rise in flu cases across the state.",
     "a sharp rise in flu cases across the state", "Tom Hale", "reported"),
    ("Finance Minister Tomas Berg noted the sharp drop in exports.", "the sharp drop in exports", "Tomas Berg",
     "noted"),
    ("Mayor Lena Ortiz reiterated her support for the new stadium.", "her support for the new stadium", "Lena Ortiz",
     "reiterated"),
    # a progressive is finite: what the subject is stating now
    ("Health officials are reporting a sixth death linked to the virus.", "a sixth death linked to the virus",
     "Health officials", "reporting"),
])
def test_a_counted_verb_of_stating_states_its_object(analyze, text, content, speaker, cue):
    assert _quotes(analyze(text)) == [(content, speaker, cue)] or \
        [(t, c) for t, _, c in _quotes(analyze(text))] == [(content, cue)]


@pytest.mark.parametrize("text", [
    "Lexus revealed the new convertible at the Detroit show.",  # an unveiling (unstated_object_verbs)
    "Senator Ana Ruiz cited the rising cost of rent.",  # evidence or a source cited (unstated_object_verbs)
    "Governor Tom Hale did not report the loss.",  # not asserted
    "The senator, who cited a poll, left early.",  # a relative clause: of the noun
])
def test_no_stated_object_of_an_unveiling_a_negation_or_a_relative(analyze, text):
    assert analyze(text).quotes == []


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("The Teamsters' complaint that drivers were denied breaks was upheld by the board.",
     "drivers were denied breaks", "Teamsters", "complaint"),
    ("Senator Ana Ruiz's complaint that the tax would fall on renters went unanswered.",
     "the tax would fall on renters", "Ana Ruiz", "complaint"),
    # nobody named: an agentless claim, speaker '-'
    ("Complaints that the new ports are confusing have piled up.", "the new ports are confusing", None,
     "Complaints"),
])
def test_a_noun_of_saying_reports_its_that_clause(analyze, text, content, speaker, cue):
    got = _quotes(analyze(text))
    assert [(t, c) for t, _, c in got] == [(content, cue)]
    assert (got[0][1] is None) == (speaker is None)
    if speaker:
        assert speaker in got[0][1]


@pytest.mark.parametrize("text", [
    "There was no complaint that the vote was rigged.",  # denied
    "Was there any complaint that the vote was rigged?",  # asked
    "Our complaint that the hotel was noisy went unanswered.",  # the writer's own
    "The fact that the bridge was closed angered commuters.",  # a fact, no noun of saying
    "The suggestion that the budget was padded is false.",  # not counted: "suggestion" 11 of 18 on PolNeAR train
])
def test_no_noun_cue_denied_asked_or_of_fact(analyze, text):
    assert analyze(text).quotes == []


def test_the_cue_lexicon_counts_annotated_objects(tmp_path):
    """eval/cue_lexicon.py on a split of one article: the verb whose object an annotator marked is kept, the verb
    whose object nobody marked is not, and a noun's "that"-clause counts for the noun."""
    from newsgraph.eval.cue_lexicon import count, lexicon
    text = ("The senator announced a plan for new schools. The mayor announced a ban on cars. "
            "She wrote a letter to the board. The union's complaint that wages were frozen was heard.")
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(text, encoding="utf-8")

    def span(s):
        i = text.index(s)
        return f"{i} {i + len(s)}\t{s}"
    ann = "\n".join([f"T1\tCue {span('announced')}",
                     f"T2\tContent {span('a plan for new schools')}",
                     "E1\tAttribution:T1 Content:T2 Cue:T1",
                     f"T3\tCue {span('complaint')}",
                     f"T4\tContent {span('wages were frozen')}",
                     "E2\tAttribution:T3 Content:T4 Cue:T3"])
    (tmp_path / "attributions" / "a_x.ann").write_text(ann + "\n", encoding="utf-8")
    uses, pos = count(tmp_path, log=lambda *a, **k: None)
    assert uses["verb-np", "announce"] == 2 and pos["verb-np", "announce"] == 1
    assert uses["verb-np", "write"] == 1 and pos["verb-np", "write"] == 0
    assert pos["noun-that", "complaint"] == 1
    rows = lexicon(uses, pos, min_count=1, min_precision=0.5)
    assert ("verb-np", "announce", 1, 2, 0.5) in rows and not any(r[1] == "write" for r in rows)


def test_a_verbless_phrase_after_the_object_is_no_clause(analyze):
    """The parser's "ccomp" "worth $6 billion" after "an order of 40 new jets" qualifies the order: the object runs on
    over it, and no clause "worth $6 billion" is reported (en_objects.object_predicate)."""
    got = _quotes(analyze("Northwind Airlines announced an order of 40 new jets worth $6 billion."))
    assert [(t, c) for t, _, c in got] == [("an order of 40 new jets worth $6 billion", "announced")]
