"""Round 36 (enweb36b): an agentless passive order, warning or piece of advice with a to-infinitive ("Residents were
warned to stay away", "Drivers are advised to avoid the A1", "jurors were told to return at 2pm") is a demand with
no source (quotes/en_evidential._directed, lang/en/words.tsv passive_directives); recurring in weather, court and
police news (enweb35b, enweb36b). Sentences written here. Near misses: a "by"-agent, no to-infinitive, a police
appeal with "asked to call"."""
from test_enweb35b_naming_infinitive_r35 import _quotes  # (tests/understand is on the path: (text, speaker, cue))


def test_were_warned_to():
    qs = _quotes("People living near the Ouse in Selby were warned to stay away from the flood banks overnight.")
    assert ("to stay away from the flood banks overnight", None, "warned") in qs


def test_are_advised_to():
    qs = _quotes("Drivers are advised to avoid the A64 near Tadcaster until the water drains on Friday.")
    assert ("to avoid the A64 near Tadcaster until the water drains on Friday", None, "advised") in qs


def test_jurors_were_told_to_return():
    qs = _quotes("The seven women and five men of the jury were told to return on Thursday morning.")
    assert any(cue == "told" and text.startswith("to return on Thursday morning") for text, _, cue in qs)


def test_near_miss_agent_named_is_not_sourceless():
    qs = _quotes("Residents were told to leave by two police officers on Monday night.")
    assert not any(s is None and cue == "told" for _, s, cue in qs)


def test_near_miss_told_of_the_delay():
    assert not _quotes("The families of the passengers were told of the delay on Monday.")


def test_near_miss_police_appeal():
    assert not _quotes("Anyone with information about the break-in is asked to call Selby police on 101.")
