"""Russian organisations named in the nominative, round 20 (tryout: "Международный институт политическая экспертиза",
"Экспертно-консультативного общественный совет", "Исследователи Брукхейвенская национальной лаборатории"); sentences
written for these tests."""


def _ru_entities(text):
    import newsgraph
    from newsgraph.ingest.base import RawDocument
    rec = newsgraph.analyze_raw(RawDocument(source="r20-ru", text=text, language="ru"))
    return {e.name for e in rec.entities if e.type == "ORG"}


def test_a_russian_organisation_is_named_in_the_nominative_as_a_phrase():
    """The head noun and its agreeing adjectives (a participle, a hyphenated adjective too) in the nominative, the
    genitive complement and a prepositional phrase as written (ru_phrase.py)."""
    orgs = _ru_entities("Выборы в регионе\n\nПо мнению директора Международного института политической экспертизы "
                        "Евгения Минченко, в этом году вероятность отставки губернатора мала.")
    assert "Международный институт политической экспертизы" in orgs, orgs
    orgs = _ru_entities("Спор об архитектуре\n\nАлексей Клименко, член президиума Экспертно-консультативного "
                        "общественного совета при главном архитекторе Москвы, называет это решение ошибкой.")
    assert "Экспертно-консультативный общественный совет" in orgs, orgs
    orgs = _ru_entities("Переговоры в Бангкоке\n\nГенеральный секретарь Объединённого фронта за демократию против "
                        "диктатуры (ОФДД) Наттавут Сайкыа сообщил сегодня, что желает скорейшего мира.")
    assert "Объединённый фронт за демократию против диктатуры" in orgs, orgs


def test_the_people_of_an_organisation_are_no_part_of_its_name():
    from newsgraph.understand.entities.ru_phrase import org_nominative
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, Segmenter
    text = "Исследователи Брукхейвенской национальной лаборатории сообщили об открытии."
    doc = Doc(text)
    doc.segment(Segmenter())
    doc.tag_morph(NewsMorphTagger(NewsEmbedding()))
    span = [t for t in doc.tokens if t.stop <= text.index(" сообщили")]
    assert org_nominative(span, text, 0, "?") == (text.index("Брукхейвенской"),
                                                  "Брукхейвенская национальная лаборатория")


def test_a_head_shared_by_names_in_a_row_is_named_in_the_singular():
    orgs = _ru_entities("Гала-концерт в столице\n\nВ концерте приняли участие солисты Большого, Мариинского театров и "
                        "оркестр филармонии, сообщает пресс-служба.")
    assert not any(o.endswith("театры") for o in orgs), orgs
