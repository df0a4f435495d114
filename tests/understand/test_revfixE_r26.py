"""understand (English), round 26 (revfixE): the review's findings narrowed: a round-up's credit lines are no stage
directions nor photo credits, its introduction is no excerpt; "is charged with" + a gerund is a charge only in court
news. Sentences written for these tests."""


def _quotes(rec):
    return [((q.speaker.name if q.speaker else None), q.text, (q.cue or "")) for q in rec.quotes]


def test_stage_directions_are_no_credit_lines(analyze):
    rec = analyze("The governor thanked the nurses. We owe them more than a pay rise.\n\n[Cheers]\n\n"
                  "The budget will fund two new hospitals by the end of the decade.\n\n[Applause]\n")
    assert not any(cue.startswith("[") for _, _, cue in _quotes(rec))


def test_one_outlet_credited_twice_is_no_round_up(analyze):
    rec = analyze("Crowds gathered outside the court before dawn on Friday.\n\n[Reuters Pictures]\n\n"
                  "Police closed the bridge to traffic for most of the afternoon.\n\n[Reuters Pictures]\n")
    assert not any(cue.startswith("[") for _, _, cue in _quotes(rec))


def test_a_round_up_still_credits_its_excerpts(analyze):
    rec = analyze("Here's how reviewers rated the phone.\n\n"
                  "The battery lasts two full days, and the camera is the best we have tested.\n\n[ The Verge ]\n\n"
                  "It is expensive for what it offers, and the software still feels unfinished.\n\n[ Wired ]\n")
    got = [(s, t) for s, t, cue in _quotes(rec) if cue.startswith("[")]
    assert [s for s, _ in got] == ["The Verge", "Wired"]
    assert not any("reviewers rated" in t for _, t in got)


def test_a_charge_in_court_news_and_a_duty(analyze):
    rec = analyze("Police arrested the man on Sunday. He is charged with stealing three cars from a dealership.\n")
    assert any(cue == "charged" and t.startswith("stealing") for _, t, cue in _quotes(rec))
    rec = analyze("The new agency is charged with inspecting every bridge in the state.\n")
    assert not any(cue == "charged" for _, _, cue in _quotes(rec))


def test_a_cited_role_and_a_cited_reason(analyze):
    def cited(text):
        return [s for s, _, cue in _quotes(analyze(text)) if cue == "citing"]
    assert cited("The Times reported that the plant would close, citing its chief executive.\n")
    assert cited("The Times reported that the plant would close, citing the head of Acme Steel.\n")
    assert not cited("The Times reported that the plant would close, citing a host of safety failures.\n")
    assert not cited("The Times reported that sales would fall, citing the general state of the market.\n")


def test_an_office_after_a_title_is_no_name(analyze):
    rec = analyze("Deputy Finance Minister Lena Brandt said the deficit would narrow.\n")
    assert "Finance Minister" not in [e.name for e in rec.entities if e.type == "PERSON"]
    rec = analyze("Assistant Police Commissioner Ravi Menon said two men were detained.\n")
    assert not {"Police Commissioner", "Police"} & {e.name for e in rec.entities if e.type == "PERSON"}


def test_a_noun_subject_of_a_speech_verb_is_no_cue(analyze):
    got = _quotes(analyze("\u201cTalks have collapsed,\u201d local press reports said on Sunday.\n"))
    assert not any(cue == "reports" or s == "press" for s, _, cue in got)
    assert any(cue == "said" for _, _, cue in got)


def test_a_saying_wanted_of_oneself_and_of_another(analyze):
    got = _quotes(analyze("The coach wanted to emphasise that the team had improved.\n"))
    assert any(t == "the team had improved" for _, t, _ in got)
    got = _quotes(analyze("Parents would prefer the school to announce the closures earlier.\n"))
    assert not any(cue in ("prefer", "announce") for _, _, cue in got)


def test_a_body_keeps_a_named_qualifier_not_a_sentence_opening(analyze):
    rec = analyze("The state transport department cut bus routes. Last Friday transport department inspectors "
                  "toured the depot. The transport department said the routes would return.\n")
    assert not any(s and s.startswith("Last Friday") for s, _, _ in _quotes(rec))
    rec = analyze("Kenya's interior ministry banned the march. The interior ministry said the ban would hold.\n")
    assert any(s == "Kenya's interior ministry" for s, _, cue in _quotes(rec) if cue == "said")


def test_a_verb_conjoined_to_an_infinitive_is_the_infinitives(analyze):
    got = _quotes(analyze("Economists expect the bank to raise rates and signal that more rises will follow.\n"))
    assert not any(s == "Economists" and t.startswith("more rises") for s, t, _ in got)


def test_a_round_up_credits_an_outlet_with_a_common_word_in_its_name(analyze):
    rec = analyze("The new budget leaves schools short of teachers, and the city knows it.\n\n[ Commercial Appeal ]\n\n"
                  "Nobody on the council has explained where the money went.\n\n[ The Tennessean ]\n")
    assert [s for s, _, cue in _quotes(rec) if cue.startswith("[")] == ["Commercial Appeal", "The Tennessean"]


def test_the_head_of_a_unit_is_a_cited_source(analyze):
    got = _quotes(analyze("Reuters reported that the bank would cut jobs, citing the head of its retail unit.\n"))
    assert any(cue == "citing" for _, _, cue in got)
