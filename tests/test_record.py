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


def test_a_failing_component_fails_only_its_document():
    from newsgraph.ingest.base import RawDocument
    from newsgraph.pipeline import Work

    def boom(w):
        if w.raw.text == "bad":
            raise KeyError("x")
        w.record.document.text = w.raw.text

    def batch_boom(works):
        if any(w.raw.text == "bad2" for w in works):
            raise ValueError("batch")
        for w in works:
            w.scratch["ok"] = True

    component("test.boom", assigns=("document.text",))(boom)
    component("test.batch", requires=("document.text",), batch=True)(batch_boom)
    p = Pipeline(["test.boom", "test.batch"])
    works = p.run_works([Work(RawDocument("a", text="good")), Work(RawDocument("b", text="bad")),
                         Work(RawDocument("c", text="bad2")), Work(RawDocument("d", text="fine"))])
    assert [w.error is None for w in works] == [True, False, False, True]
    assert "internal error in test.boom (KeyError" in works[1].error
    assert "internal error in test.batch (ValueError: batch)" == works[2].error
    assert works[3].record.document.text == "fine"
