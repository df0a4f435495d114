"""Round 12 of Russian attribution: forms found on the fresh written articles (w265-w290; sentences written for the
test, not news)."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru-r12", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_po_versii_puts_a_party_account(pipe):
    got = run(pipe, "Суд арестовал бизнесмена Олега Кравцова. По версии следствия, он получил взятку от подрядчика.\n")
    assert [(k, t) for k, t, _ in got] == [("indirect", "он получил взятку от подрядчика")], got
    got = run(pipe, "Адвокат Ирина Соколова не согласна с обвинением. По ее версии, деньги были возвращены заказчику.\n")
    assert got == [("indirect", "деньги были возвращены заказчику", "Ирина Соколова")], got
