"""understand.entities on the long tail of a corpus (round 13): outlets named after a person, Arabic articles,
compound surnames, nicknames in quotes. Sentences written for these tests."""


def people(rec):
    return {e.name: e for e in rec.entities if e.type == "PERSON"}


def test_an_outlet_named_after_its_founder_is_the_person_inside_his_full_name(analyze):
    rec = analyze("Former New York mayor Michael Bloomberg is weighing a run for the White House. Aides said "
                  "Bloomberg would decide by March. A spokesman for Bloomberg declined to comment.")
    ppl = people(rec)
    assert "Michael Bloomberg" in ppl
    assert [m.text for m in ppl["Michael Bloomberg"].mentions].count("Bloomberg") == 2
    assert "Bloomberg" not in {e.name for e in rec.entities if e.type == "MEDIA"}


def test_the_outlet_stays_an_outlet_where_the_text_credits_it(analyze):
    rec = analyze("Michael Bloomberg spoke in Denver on Tuesday. The company is profitable, according to "
                  "Bloomberg. Shares fell, Bloomberg News reported.")
    assert "Michael Bloomberg" in people(rec)
    assert "Bloomberg" in {e.name for e in rec.entities if e.type == "MEDIA"}
    rec = analyze("Markets fell on Monday, Bloomberg reported, as traders sold shares.")
    assert "Bloomberg" not in people(rec)


def test_a_surname_with_its_particle_or_article_is_the_person_named_in_full(analyze):
    rec = analyze("Osama bin Laden declared war on the country in 1996. Officials failed to stop bin Laden. "
                  "Later, Bin Laden hid in Pakistan. Turkey once backed Bashar al-Assad, then it turned on Assad.")
    ppl = people(rec)
    assert {"bin Laden", "Bin Laden"} <= {m.text for m in ppl["Osama bin Laden"].mentions}
    assert "Assad" in {m.text for m in ppl["Bashar al-Assad"].mentions}
    assert "bin Laden" not in ppl and "Assad" not in ppl


def test_a_military_title_left_on_a_span_typed_organisation_is_no_part_of_the_name(analyze):
    rec = analyze("He said she should be jailed after what happened to General Petraeus. Last year, David H. "
                  "Petraeus, a former C.I.A. director, pleaded guilty. Petraeus said nothing.")
    ppl = people(rec)
    assert "General Petraeus" not in ppl
    assert len([m for m in ppl["David H. Petraeus"].mentions if m.text.endswith("Petraeus")]) >= 3


def test_a_full_name_typed_otherwise_beside_a_courtesy_titled_surname_is_a_person(analyze):
    # a given name our data does not know ("Tashfeen"), the surname given a courtesy title elsewhere in the page
    rec = analyze("Last week, Tashfeen Malik, one of the two attackers, posted a pledge online. It was unclear "
                  "how the police tied Ms. Malik to the post. The account Ms. Malik used was old.")
    ppl = people(rec)
    assert "Tashfeen Malik" in ppl and "Malik" not in ppl


def test_a_nickname_in_quotes_inside_a_name_keeps_the_surname(analyze):
    rec = analyze('In a tradition he has kept for years, Rep. Robert C. "Bobby" Scott opened his yard for a '
                  'party. "This is a big year for Bobby Scott!" said his niece, Marcia "Cia" Price.')
    ppl = people(rec)
    assert 'Robert C. "Bobby" Scott' in ppl and "Bobby Scott" in {m.text for m in
                                                                  ppl['Robert C. "Bobby" Scott'].mentions}
    assert 'Marcia "Cia" Price' in ppl


def test_a_middle_initial_makes_a_person_of_a_surname_that_is_also_a_word():
    from newsgraph.understand import names
    assert names.person_shaped("Dwight D. Eisenhower")
    assert not names.person_shaped("Morgan Stanley") and not names.person_shaped("Georgia Power")


def test_a_name_set_apart_from_a_namesake_is_not_merged_in_the_document(analyze):
    rec = analyze("George W. Bush and his wife worked a photo line at each party in 2008. The exception was the "
                  "first President George Bush's 1992 party, after he had lost. George W. Bush said little.")
    ppl = people(rec)
    assert "George Bush" in ppl and "George Bush" not in {m.text for m in ppl["George W. Bush"].mentions}
    rec = analyze("Donald J. Trump spoke on Monday. Donald Trump said the polls were wrong.")
    assert "Donald Trump" in {m.text for m in people(rec)["Donald J. Trump"].mentions}


def test_a_surname_under_an_office_the_only_full_name_never_holds_is_left_for_the_corpus(analyze):
    rec = analyze("A diplomat said former Secretary Clinton put speed over security. The video puts Clinton on the "
                  "defense. She compared the administrations of President Bill Clinton and President Obama.")
    ppl = people(rec)
    assert "Clinton" in ppl and not {"Clinton", "Secretary Clinton"} & {m.text for m in ppl["Bill Clinton"].mentions}
    rec = analyze("Sen. Ted Cruz spoke on Monday. Senator Cruz said the vote was close. Cruz left.")
    assert {"Cruz"} <= {m.text for m in people(rec)["Ted Cruz"].mentions} and "Cruz" not in people(rec)


def test_a_name_introduced_as_a_relative_is_not_merged_with_a_namesake(analyze):
    rec = analyze("Mr. Gray served as counsel under Mr. Bush's father, George Bush, in the 1980s. The elder man's "
                  "oldest son, George W. Bush, became president in 2001. George W. Bush named Mr. Gray envoy.")
    ppl = people(rec)
    assert "George Bush" in ppl and "George W. Bush" in ppl
    assert [m.text for m in ppl["George W. Bush"].mentions].count("George W. Bush") == 2


def test_a_royal_title_and_a_name_is_no_surname_with_a_particle():
    from newsgraph.understand.entities.en_persons import _surname_only
    assert _surname_only("bin Laden") and _surname_only("Bin Laden") and _surname_only("de Blasio")
    assert not _surname_only("Queen Elizabeth") and not _surname_only("King Charles")
    assert not _surname_only("Osama bin Laden") and not _surname_only("Laden")


def test_a_courtesy_title_before_two_names_marks_a_compound_surname(analyze):
    rec = analyze("The Mexican president, Enrique Peña Nieto, met the candidate. Many Mexicans felt betrayed when "
                  "Mr. Peña Nieto invited him. A critic of Mr. Peña Nieto spoke.")
    ppl = people(rec)
    assert "Peña Nieto" not in ppl
    assert "Peña Nieto" in {m.text for m in ppl["Enrique Peña Nieto"].mentions}


def test_a_name_with_a_particle_and_no_full_name_of_that_surname_stays_one_name(analyze):
    rec = analyze("Spiders crawl on the bridge over the Herengracht at night. Dandelions float above de "
                  "Herengracht, where everyone can make a wish.")
    ents = [e for e in rec.entities if "Herengracht" in " ".join(m.text for m in e.mentions)]
    assert len(ents) <= 1
