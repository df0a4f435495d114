"""Round 35 (enfix35): wire headlines (quotes/en_headline_source) -- an explainer's "What X say about", an act "say
goodbye to", a page's section after a dash and a kicker before a colon are no source or content. Sentences written
here, each with a near miss that must still be read."""
from newsgraph import analyze

_BODY = ("\n\nThe river burst its banks near the town of Orle on Sunday night, flooding more than a hundred homes, "
         "the county council said on Monday.")


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in analyze(text).quotes]


def test_how_experts_say_about_is_a_topic():
    assert not any(t.startswith("about") for t, _ in _quotes("How scientists say about the river floods" + _BODY))


def test_say_farewell_is_an_act():
    assert not any(t.startswith("farewell") for t, _ in _quotes("Villagers say farewell to flooded homes" + _BODY))


def test_near_miss_a_verbless_report_after_says():
    got = _quotes("County council says over 100 homes flooded in Orle" + _BODY)
    assert ("over 100 homes flooded in Orle", "County council") in got


def test_a_section_after_the_dash_is_no_source():
    got = _quotes("River bursts its banks in Orle - Weather Service" + _BODY)
    assert not any(t.startswith("River bursts") for t, _ in got)


def test_near_miss_a_ministry_after_the_dash_is_the_source():
    got = _quotes("River bursts its banks in Orle - Environment Ministry" + _BODY)
    assert any(t == "River bursts its banks in Orle" for t, _ in got)


def test_a_kicker_stays_out_of_the_content():
    got = _quotes("Flood warning: River bursts its banks in Orle - police" + _BODY)
    assert any(t == "River bursts its banks in Orle" for t, _ in got), got
