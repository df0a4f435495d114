from newsgraph.record import Analysis, Document, Entity, Mention, Paragraph, Quote, Ref
from newsgraph.pipeline import Pipeline, component


def test_record_round_trip_and_validate():
    text = "Zelensky said hello."
    rec = Analysis(document=Document(id="x", text=text, paragraphs=[Paragraph(0, len(text))]),
                   entities=[Entity("e1", "Volodymyr Zelensky", "PERSON", mentions=[Mention(0, 8, "Zelensky")])],
                   quotes=[Quote("q1", "indirect", "hello", speaker=Ref("e1", "Volodymyr Zelensky",
                                                                         Mention(0, 8, "Zelensky")),
                                 start=14, end=19)])
    d = rec.to_dict()
    assert list(d)[0] == "schema" and d["schema"] == "newsgraph.analysis/1"
    back = Analysis.from_json(rec.to_json())
    assert back == rec
    assert back.validate() == []
    back.entities[0].mentions[0] = Mention(1, 8, "Zelensky")
    assert back.validate()


def test_pipeline_checks_requirements():
    component("test.needs", requires=("nothing.assigns.this",))(lambda w: None)
    try:
        Pipeline(["test.needs"])
    except ValueError as exc:
        assert "nothing.assigns.this" in str(exc)
    else:
        raise AssertionError("missing requirement not reported")
