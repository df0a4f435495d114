"""Round 35 (enweb35b): wire headlines that name their source without a clause (en_headline_source): the source after
the content, set off by a colon or a dash, and "SOURCE says CONTENT" whose content has no verb. Sentences written
here (invented names and numbers), each rule with a near miss it must not fire on."""
from newsgraph import analyze


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in analyze(text).quotes]


_BODY = ("\n\nAt least twelve people were killed when a landslide buried part of the village of Tarsk on Sunday, "
         "the regional health ministry said in a statement on Monday.")


def test_trailing_source_after_a_colon():
    qs = _quotes("Twelve dead after landslide buries mountain village: health ministry" + _BODY)
    assert ("Twelve dead after landslide buries mountain village", "health ministry", ":") in qs


def test_trailing_source_after_a_dash_under_a_furniture_line():
    qs = _quotes("Updated 14 minutes ago\n\nLandslide toll in Tarsk rises to 12 - officials" + _BODY)
    assert any(t == "Landslide toll in Tarsk rises to 12" and c == "-" for t, _, c in qs)


def test_trailing_role_is_resolved_to_the_person_the_story_names():
    qs = _quotes("1 Min Read\n\nValdoria is ready to reopen the border crossing: foreign minister\n\n"
                 "Valdoria is ready to reopen its border crossing with Maretia next week, Valdorian Foreign Minister "
                 "Anton Brisk said on Friday after talks in the capital.")
    assert ("Valdoria is ready to reopen the border crossing", "Anton Brisk", ":") in qs


def test_verbless_content_after_says():
    qs = _quotes("Report\n\nRegional ministry says over 300 homes damaged in floods" + _BODY)
    assert ("over 300 homes damaged in floods", "Regional ministry", "says") in qs


def test_near_miss_a_page_title_with_the_site_name():  # the outlet after the dash names the page, not a source
    qs = _quotes("Landslide buries mountain village in Tarsk - Valley News" + _BODY)
    assert not any(t.startswith("Landslide buries") for t, _, _ in qs)


def test_near_miss_a_topic_after_the_colon():  # "what we know" is no source
    qs = _quotes("Landslide in the mountains: what we know so far" + _BODY)
    assert not any(t.startswith("Landslide in") for t, _, _ in qs)


def test_near_miss_a_label_before_the_colon():  # a topic label opens the headline: not read
    qs = _quotes("Tarsk: rescuers search for survivors after the landslide" + _BODY)
    assert not any("rescuers search" in t for t, _, _ in qs)


def test_near_miss_a_body_line_with_a_colon():  # after the first body paragraph, nothing is a headline
    qs = _quotes("Landslide hits Tarsk" + _BODY + "\n\nThe toll could rise further: officials")
    assert not any(t.startswith("The toll could") for t, _, _ in qs)
