"""understand (English), round 28 (revfixE): the review's narrowing of enspk28's and enspan28's rules. A pull quote
repeats a passage in order (a short new quote of common words is no pull quote); a closing relative clause that
carries the claim stays in the content; a country's office is one owner under its name, aliases and demonym
(countries.tsv); a title organisations also give, named with "of <an organisation>", is that organisation's office.
Sentences written for these tests."""


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip('"“').startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else None


def test_a_short_new_quotation_sharing_common_words_is_kept(analyze):
    rec = analyze("“We have done everything we can for these families and we will keep doing it,” Governor Lena "
                  "Marsh said on Friday.\n\nHer deputy, Paul Ortiz, spoke next.\n\n“We will keep these families safe.”"
                  "\n\nThe state budget is due in June.\n")
    assert _quotes(rec, "We will keep these families safe")


def test_a_pull_quote_repeating_a_passage_is_still_dropped(analyze):
    rec = analyze("“Nobody in this town should have to choose between rent and medicine,” said Rosa Delgado, who "
                  "runs the clinic.\n\n“Nobody in this town should have to choose between rent and medicine.”\n\n"
                  "The clinic opened in 2019.\n")
    assert len(_quotes(rec, "Nobody in this town")) == 1


def test_a_relative_clause_telling_the_next_event_or_a_belief_stays(analyze):
    rec = analyze("Police said the truck was driven by Mark Owens, who later told officers he had been drinking.")
    (q,) = _quotes(rec, "the truck was driven")
    assert q.text.rstrip(".").endswith("he had been drinking")
    rec = analyze("The audit found that the contract was signed by Carla Henning, who was on the vendor's payroll.")
    (q,) = _quotes(rec, "the contract was signed")
    assert q.text.rstrip(".").endswith("on the vendor's payroll")


def test_a_background_relative_clause_is_still_cut(analyze):
    rec = analyze("The mayor said the plan had been drafted by Nora Klein, who works for the regional transit "
                  "authority.")
    (q,) = _quotes(rec, "the plan had been drafted")
    assert q.text.rstrip(".").endswith("Nora Klein")


def test_a_countrys_alias_and_demonym_are_one_owner(analyze):
    rec = analyze("Britain's home secretary said the new visa rules would take effect in April. UK Home Secretary "
                  "Yvette Cooper told reporters the change was overdue.")
    (q,) = _quotes(rec, "the new visa rules")
    assert _speaker(q) == "Yvette Cooper"
    rec = analyze("Britain's foreign secretary said the talks had stalled. Irish Foreign Minister Micheal Martin "
                  "said Dublin was ready to help.")
    (q,) = _quotes(rec, "the talks had stalled")
    assert _speaker(q) != "Micheal Martin"


def test_a_shared_title_named_with_its_organisation_is_that_organisations(analyze):
    rec = analyze("The foundation's president said the grants would double next year. President Laura Kim of the "
                  "Hartwell Foundation has run the charity since 2019.")
    (q,) = _quotes(rec, "the grants would double")
    assert _speaker(q) == "Laura Kim"
    rec = analyze("The union's president said the walkout would go on. Sen. Ann Hale of the Senate Labor Committee "
                  "urged both sides to return to talks.")
    (q,) = _quotes(rec, "the walkout would")
    assert _speaker(q) != "Ann Hale"


def test_a_cut_background_clause_leaves_an_abbreviations_point(analyze):
    rec = analyze("The company said the contract would go to Acme Corp., which is based in Ohio.")
    (q,) = _quotes(rec, "the contract would")
    assert q.text.endswith("Acme Corp.")
