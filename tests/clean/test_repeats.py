"""clean.repeats: repeated runs of paragraphs keep one copy; a refrain and structured repeats stay."""
from newsgraph.clean.repeats import find_repeats

BODY = [
    "The government announced on Monday a new package of measures to support small businesses hit by the crisis.",
    "The package includes tax deferrals, cheap loans and direct grants for companies with fewer than fifty staff.",
    "Critics said the measures came too late for many firms that had already closed their doors this year.",
    "The finance minister said the first payments would reach companies before the end of the month.",
]


def _clean_paras(clean, paras, **kw):
    rec = clean("\n".join(paras), **kw)
    d = rec.document
    return [d.text[p.start:p.end] for p in d.paragraphs], d


def test_body_twice_keeps_one_copy(clean):
    paras, d = _clean_paras(clean, ["Support for small businesses"] + BODY + BODY)
    assert paras == ["Support for small businesses"] + BODY
    assert [r.reason for r in d.removed] == ["duplicate"] * 4
    assert all(r.step == "clean.repeats" for r in d.removed)


def test_repeated_run_in_the_middle():
    paras = BODY + ["An unrelated paragraph that is only here once in the whole article text."] \
        + BODY[1:4] + ["The end of the story, told once."]
    (rep,) = find_repeats(paras)
    assert (rep.first, rep.start, rep.end) == (1, 5, 8)


def test_near_identical_copy_counts():
    copy = [p.replace(" ", "  ").replace(",", "").replace(".", "!") for p in BODY]
    copy[2] = copy[2].replace("this year", "this very year")
    (rep,) = find_repeats(BODY + copy)
    assert (rep.start, rep.end) == (4, 8)


def test_changed_ad_line_inside_the_run_goes_with_the_copy():
    first = BODY[:2] + ["Advertisement: buy our app"] + BODY[2:]
    second = BODY[:2] + ["Sponsored: try the new phone today"] + BODY[2:]
    (rep,) = find_repeats(first + second)
    assert (rep.start, rep.end) == (5, 10)


def test_refrain_repeated_once_is_kept(clean):
    refrain = "We will not give up."
    paras = ["A speech in the square", BODY[0], refrain, BODY[1], BODY[2], refrain, BODY[3]]
    out, d = _clean_paras(clean, paras)
    assert out.count(refrain) == 2
    assert not [r for r in d.removed if r.reason == "duplicate"]


def test_two_line_refrain_is_kept():
    paras = [BODY[0], "Never again.", "Not in our name.", BODY[1], "Never again.", "Not in our name.", BODY[2]]
    assert find_repeats(paras) == []


def test_interview_questions_repeated_before_different_answers_are_kept():
    q = "What inspired you to start cooking for your readers?"
    paras = [q, "— My grandmother taught me everything I know about food, and I wanted to share it with others.",
             q, "— I moved abroad and missed the taste of home, so I started to cook it myself every single day.",
             q, "— It began as a hobby during a long winter and became a job after the first book came out."]
    assert find_repeats(paras) == []


def test_feature_lists_repeated_under_two_products_are_kept():
    feats = ["- Automatically on, automatically connected", "- Easy setup for all your Apple devices",
             "- Quick access to Siri by saying “Hey Siri”"]
    paras = ["AirPods with charging case"] + feats + ["AirPods with wireless charging case"] + feats
    assert find_repeats(paras) == []


def test_single_long_paragraph_repeated_is_removed_but_not_a_short_one():
    long = " ".join(BODY)  # about 70 words
    assert [(r.start, r.end) for r in find_repeats([long, BODY[0], long])] == [(2, 3)]
    assert find_repeats([BODY[0], BODY[1], BODY[0]]) == []


def test_pathological_pages():
    # thousands of copies of one line: bounded work (candidates capped, runs measured from their start only)
    assert find_repeats(["Yes."] * 5000) == []  # short lines: never a repeat
    many = find_repeats([BODY[0]] * 3000)
    assert sum(r.end - r.start for r in many) > 2900


def test_prose_paragraph_pasted_twice_in_a_row():
    assert [(r.start, r.end) for r in find_repeats([BODY[0], BODY[1], BODY[1], BODY[2]])] == [(2, 3)]
    # three times: both copies go
    assert [(r.start, r.end) for r in find_repeats([BODY[0], BODY[1], BODY[1], BODY[1]])] == [(2, 4)]
    # but a short line twice in a row (a refrain, an exclamation) stays
    assert find_repeats([BODY[0], "Never again.", "Never again.", BODY[1]]) == []
