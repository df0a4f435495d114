import pytest

from newsgraph.understand import rules


def test_words_and_lines():
    verbs = rules.words("en", "speech_verbs")
    assert {"said", "emphasized", "told", "announced"} <= verbs
    assert rules.lines("en", "speech_verbs")[0] == "say"
    assert rules.words("en", "speech_verbs") is verbs  # cached


def test_unknown_language_names_supported_ones():
    with pytest.raises(rules.RuleFileError) as e:
        rules.words("xx", "speech_verbs")
    assert "en" in str(e.value) and "xx" in str(e.value)


def test_unknown_file_lists_files():
    with pytest.raises(rules.RuleFileError) as e:
        rules.table("en", "no_such_table")
    assert "speech_verbs.txt" in str(e.value)
