"""Review r16: loading pymorphy2's Ukrainian dictionary (dates' tense, search forms, names) changed the grammemes
pymorphy2's shared tag class knows, and a Russian text analyzed after a Ukrainian one in the same process failed
("internal error in understand.entities (ValueError: Grammeme is unknown: Geox)"): grammemes are tested as members of
``tag.grammemes``, which never validates them."""
from __future__ import annotations

import newsgraph
from newsgraph.ingest.base import RawDocument


def test_a_russian_text_after_a_ukrainian_one_in_one_process():
    uk = newsgraph.analyze_raw(RawDocument(source="uk.txt", language="uk", text=(
        "Київ, 5 вересня 2025 року (Укрінформ) — Президент України Володимир Зеленський заявив, що відбудеться "
        "зустріч у Женеві. Міністр фінансів Сергій Марченко підпише угоду в понеділок.")))
    assert uk.document.language == "uk"
    from newsgraph.understand.word_forms import _morph_uk
    _morph_uk()  # (the Ukrainian dictionary loaded, whichever reader loads it)
    ru = newsgraph.analyze_raw(RawDocument(source="ru.txt", language="ru", text=(
        "В Царицыно сотрудники Рыбнадзора задержали браконьеров. Мэр Москвы Сергей Собянин заявил, что парк "
        "откроют в мае. Песков сказал журналистам, что Кремль доволен.")))
    assert {"Сергей Собянин"} <= {e.name for e in ru.entities}


def test_the_word_tests_hold_once_both_dictionaries_are_loaded():
    from newsgraph.understand.entities.ru_names import inanimate_word
    from newsgraph.understand.name_keys import _morph, given_variant
    from newsgraph.understand.word_forms import _morph_uk
    _morph()
    _morph_uk()  # loaded last: pymorphy2's shared tag class now knows the Ukrainian grammemes only
    import pymorphy2
    pymorphy2.MorphAnalyzer(lang="uk")
    assert inanimate_word("царицыно") == "LOC" and inanimate_word("рыбнадзора") in ("ORG", None)
    assert not given_variant("алина", "алена")


def test_the_ukrainian_dictionary_leaves_the_russian_grammemes_alone():
    """Round 32 (ru32b found it): the Ukrainian dictionary is loaded with a tag class of its own, so ``"Surn" in
    tag`` (also Geox, Orgn, INFN, ADJS, PRTS) on a Russian parse does not raise once it is loaded, whatever the
    order; Ukrainian search forms are what they were."""
    import pymorphy2

    from newsgraph.understand.word_forms import _morph_uk, forms
    ru = pymorphy2.MorphAnalyzer()  # (the shared class holds the Russian grammemes again, whatever ran before)
    _morph_uk.cache_clear()
    uk = _morph_uk()
    assert uk is not None and uk.parse("Києва")[0].normal_form == "київ"
    for word in ("сказал", "Петровна", "Иванов", "говорящий"):
        tag = ru.parse(word)[0].tag
        for grammeme in ("Surn", "Geox", "Orgn", "INFN", "ADJS", "PRTS"):
            assert (grammeme in tag) == (grammeme in tag.grammemes)
    assert {"київ", "києві"} <= set(forms("Києва"))
