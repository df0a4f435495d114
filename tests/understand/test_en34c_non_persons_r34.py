"""Round 34 (en34c, issue 16, newuser34's corpus): words credited to what is no person or body. A poll named again
("according to the poll") is the poll's, not a person a headline's label set next to it; a sign's words have no
speaker, least of all a name said only inside another sign's quotation. Sentences written here."""
import newsgraph


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in newsgraph.analyze(text).quotes]


def test_according_to_the_poll_is_not_the_headline_person():
    text = ("Poll: Clinton and Sanders in dead heat in California.\n\nHillary Clinton and Bernie Sanders are virtually "
            "deadlocked in California. Clinton spoke in Oakland on Monday.\n\nBut, according to the poll, 46 percent "
            "of Republican voters remain undecided.")
    qs = _quotes(text)
    assert ("46 percent of Republican voters remain undecided", "the poll", "according to") in qs


def test_person_description_still_resolves():
    # near miss: a description of a person the text gave ("Ana Ruiz, a nurse" … "the nurse") still finds her
    qs = _quotes("Ana Ruiz, a nurse at the county clinic, met the board on Monday. The nurse said the clinic had run "
                 "out of insulin twice this year.")
    assert any(s == "Ana Ruiz" for _, s, _ in qs)


def test_name_only_inside_a_quotation_never_speaks():
    text = ("Motorists in Nevada were treated to a series of movie-themed driving advisories. According to a local "
            "paper, one Nevada Department of Transportation sign read, “Trust in the Force, but always buckle up.” "
            "Another advised, “Tailgating is the path to the Dark Side,” and “Texting you are, crashing you will be.”")
    qs = _quotes(text)
    assert not any(s == "Force" for _, s, _ in qs)


def test_name_also_in_narration_may_speak():
    # near miss: named in a quotation and in the narration: still a speaker
    qs = _quotes("“Ask Dana Ruiz about the budget,” the mayor said. Ruiz said the budget was balanced.")
    assert ("the budget was balanced", "Dana Ruiz", "said") in qs


def test_document_named_again_is_its_makers():
    # near miss: "The report said" after its maker released it stays the maker's (en_docs), as before
    qs = _quotes("The Justice Department released a report on Monday. The report said the prison had hidden deaths.")
    assert ("the prison had hidden deaths", "Justice Department", "said") in qs
