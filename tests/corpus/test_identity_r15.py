"""Round 15 (issue 13, idfam4): namesakes of one document told apart by the text (a couple named with one surname,
the pronouns a bare surname carries)."""
from newsgraph.corpus import identity as I
from newsgraph.corpus.identity_text import coordinated_given
from newsgraph.understand import names as N
from newsgraph.record import Entity, Mention

TEXT = "The mayor thanked Tariq and Amina Qureshi, whose son served. Mr. Qureshi spoke first. Ms. Qureshi wrote later."


def test_a_couple_named_with_one_surname_names_the_first_in_full():
    at = TEXT.index("Tariq")
    assert coordinated_given(TEXT, at, "Tariq", N.parse("Tariq Qureshi"))
    assert not coordinated_given(TEXT, TEXT.index("Amina"), "Amina", N.parse("Amina Qureshi"))  # named in full anyway
    assert not coordinated_given(TEXT, at, "Tariq", N.parse("Tariq Aziz"))  # another surname follows
    t = "The brothers Carl G. and Dieter H. Voss gave money."
    assert coordinated_given(t, t.index("Carl"), "Carl", N.parse("Carl Voss"))
    t = "Both Carl and Dieter spoke; Voss later left."
    assert not coordinated_given(t, t.index("Carl"), "Carl", N.parse("Carl Voss"))
    t = "President Obama and Hillary Clinton met."  # a surname before "and": no couple
    assert not coordinated_given(t, t.index("Obama"), "Obama", N.parse("Obama Clinton"))


def test_the_given_name_of_a_couple_is_where_the_document_names_them():
    at = TEXT.index("Tariq")
    e = Entity(id="e1", name="Tariq Qureshi", type="PERSON", aliases=["Tariq"], mentions=[Mention(at, at + 5, "Tariq")])
    v = I.view(e, "en", (), TEXT)
    assert v.path == "full" and v.full_at == [at]
    assert I.view(e).full_at == []  # without the text nothing says the given name stands for the full name


def _reagans():
    # a couple the document names in full; the corpus barely knows the wife, so her cast looks like the document's
    return [I.Candidate("a_rr", "Ronald Reagan", n_docs=25, full_names=["Ronald Reagan"], gender="m",
                        cooc={f"a_x{i}": 5 for i in range(3)}),
            I.Candidate("a_nr", "Nancy Reagan", n_docs=1, full_names=["Nancy Reagan"], gender="f",
                        cooc={f"a_x{i}": 1 for i in range(3)})]


def test_pronouns_pick_the_antecedent_among_a_couple():
    # "Nancy Reagan (119) ... Ronald Reagan (249), in the same sentence ... his Reagan years (742) ... his": the
    # wife is named first, the husband after her in her sentence; the pronoun says who the bare surname is
    co = [f"a_x{i}" for i in range(3)]
    ev = I.Evidence(co_actors=["a_rr", "a_nr", *co], base={a: 0.05 for a in co}, n_docs=100, gender_hint="m",
                    gender_one_sided="m", named={"a_nr": [119], "a_rr": [249]}, at=742, sentence={119: 85, 249: 85})
    assert I.choose(_reagans(), ev)[0] == "a_rr"
    ev.gender_hint = ev.gender_one_sided = "f"
    assert I.choose(_reagans(), ev)[0] == "a_nr"
    ev.gender_hint = ev.gender_one_sided = ""
    assert I.choose(_reagans(), ev)[0] == "a_nr"  # nothing but the text's order: the wife named first
    ev.gender_hint, ev.gender_one_sided = "m", ""  # "him, he, himself ... her": coreference mixed people up
    assert I.choose(_reagans(), ev)[0] == "a_nr"


def test_pronouns_agree_or_say_nothing():
    from newsgraph.understand.name_cues import one_sided_gender
    assert one_sided_gender(["Reagan", "his"]) == "m"
    assert one_sided_gender(["Clinton", "her", "himself", "him", "He"]) == ""
    assert one_sided_gender(["Mrs. Clinton", "he"]) == "f"  # the writer's title first


def test_a_title_chooses_among_a_couple_and_their_son():
    # "Tariq and Amina Qureshi ... Mr. Qureshi ... their son, Capt. Omar Qureshi": Mr. is the father named before
    cands = [I.Candidate("a_t", "Tariq Qureshi", n_docs=2, full_names=["Tariq Qureshi"], gender="m"),
             I.Candidate("a_a", "Amina Qureshi", n_docs=2, full_names=["Amina Qureshi"], gender="f"),
             I.Candidate("a_o", "Omar Qureshi", n_docs=3, full_names=["Omar Qureshi"], gender="m")]
    named = {"a_t": [18], "a_a": [28], "a_o": [900]}
    ev = I.Evidence(gender="m", gender_hint="m", named=named, at=62, sentence={18: 0, 28: 0, 900: 880})
    assert I.choose(cands, ev)[0] == "a_t"
    ev = I.Evidence(gender="f", gender_hint="f", named=named, at=90, sentence={18: 0, 28: 0, 900: 880})
    assert I.choose(cands, ev)[0] == "a_a"


def test_pronouns_no_namesake_has_decide_nothing():
    # "Ex-AG Vance (headline) ... Attorney General Martin Vance ... Vance ... she ... she": the pronouns are another
    # woman's (coreference), no namesake is a woman: the text's nearest full name before stays the antecedent
    cands = [I.Candidate("a_ag", "AG Vance", n_docs=0, full_names=["AG Vance"]),
             I.Candidate("a_mv", "Martin Vance", n_docs=0, full_names=["Martin Vance"], gender="m")]
    ev = I.Evidence(gender_hint="f", gender_one_sided="f", named={"a_ag": [7], "a_mv": [116, 133]}, at=303,
                    sentence={7: 0, 116: 82, 133: 82})
    assert I.choose(cands, ev)[0] == "a_mv"


def test_a_headline_surname_is_the_article_subject_named_first_and_most():
    # "Lindqvist and the king: a tortured relationship" ... Prime Minister Erik Lindqvist (x3) ... his wife, Maja
    # Lindqvist, once near the end: the headline's surname is the man the article is about
    cands = [I.Candidate("a_e", "Erik Lindqvist", n_docs=6, full_names=["Erik Lindqvist"], gender="m"),
             I.Candidate("a_m", "Maja Lindqvist", n_docs=1, full_names=["Maja Lindqvist"], gender="f")]
    ev = I.Evidence(named={"a_e": [141, 156, 447], "a_m": [7344]}, at=0, in_headline=True,
                    sentence={141: 100, 156: 100, 447: 400, 7344: 7300})
    assert I.choose(cands, ev)[0] == "a_e"
    ev.named = {"a_e": [141], "a_m": [7344]}  # each named once: nothing says whom the article is about
    assert I.choose(cands, ev)[0] is None
