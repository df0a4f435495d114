"""Round 36 (enweb36b): the "X as Y" frame of a statement about an object, which recurred across the web sets
(enweb35a, enweb35b, enweb36b). Identification by police and officials ("identified the man as …", "named the
driver as …") is the subject's indirect statement of who the object is (lang/en/judgement_verbs.tsv shape
"as-identified"); "cast …" and "highlighted …" frame quoted words (shape "as-quoted"). Sentences written here.
Near misses: an appointment ("named Tom Reed as its captain": the object a proper name), an intransitive
"identifies as", "cast" without quote marks."""
from test_enweb35b_naming_infinitive_r35 import _quotes  # (tests/understand is on the path: (text, speaker, cue))


def test_police_identified_the_victim_as():
    qs = _quotes("Police identified the victim as Owen Tarrant, a 41-year-old roofer from Selby.")
    assert ("the victim as Owen Tarrant, a 41-year-old roofer from Selby", "Police", "identified") in qs


def test_officials_named_the_driver_as():
    qs = _quotes("Council officials named the lorry driver as a 58-year-old man from Goole.")
    assert any(cue == "named" and text.startswith("the lorry driver as a 58-year-old man")
               for text, _, cue in qs)


def test_cast_as_quoted():
    qs = _quotes("Mayor Rhian Colley cast the late-night talks as “frank but useful”.")
    assert ("the late-night talks as “frank but useful”", "Rhian Colley", "cast") in qs


def test_near_miss_appointment_is_no_statement():
    assert not _quotes("The club named Owen Tarrant as its new captain on Friday.")


def test_near_miss_identifies_as_without_object():
    assert not _quotes("The singer Lou Marten identifies as non-binary and uses they/them pronouns.")


def test_near_miss_cast_without_quote_marks():
    assert not _quotes("The director cast the young actor as a shy farmer in her new film.")
