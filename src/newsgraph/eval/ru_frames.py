"""A frame matrix of Russian cues (round 28, ru28b): which SHAPES of content a cue verb or noun takes are read.

    python -m newsgraph.eval.ru_frames [--out /tmp/try28/RUFRAMES.md]

Each row is a sentence written for the probe (no news text), with the content in {braces} and the speaker Иван
Петров (or none, for impersonal frames). A frame's sentences for the "что" verbs are made from the verb's lemma with
pymorphy2 (past, gerund, participle, passive, present); the other frames are written out. A cell reads "ok" when a
quote of the right speaker holds most of the content's words and not much more, "span" when its extent is off,
"speaker" when another speaker is given, "-" when no quote is there. Never read at run time."""
from __future__ import annotations

import re
import sys

SPEAKER = "Петров"
SUBJ = "Министр финансов Иван Петров"
CLAUSE = "{бюджет области в этом году будет исполнен без дефицита}"
ACTIVE = "{область выполнит все обязательства перед врачами и учителями}"  # (a clause with an active verb)
# verbs taking a "что"-clause (lemmas): each is tried in the что, colon, gerund, participle, "как X" and negated frames
THAT_VERBS = ("сказать заявить сообщить рассказать считать говорить пояснить уточнить отметить добавить написать "
              "сообщать признать напомнить подчеркнуть подтвердить ответить утверждать полагать предупредить "
              "указать настаивать заверить объяснить допустить пообещать признаться пожаловаться констатировать "
              "прогнозировать заявлять объявить исключить отрицать уверять опасаться сомневаться подозревать "
              "намекнуть упомянуть возразить посетовать").split()
# frames written out: (cue, frame, sentence); "-" speaker = impersonal
WRITTEN = [
    ("рассказать", "о", f"{SUBJ} рассказал о {{планах сократить расходы на содержание дорог}}."),
    ("сообщить", "о", f"{SUBJ} сообщил о {{сокращении расходов на содержание дорог}}."),
    ("предупредить", "о", f"{SUBJ} предупредил о {{росте дефицита областного бюджета}}."),
    ("заявить", "о", f"{SUBJ} заявил о {{готовности области взять новый кредит}}."),
    ("говорить", "о", f"{SUBJ} говорил о {{необходимости сократить расходы}}."),
    ("напомнить", "о", f"{SUBJ} напомнил о {{долгах области перед подрядчиками}}."),
    ("объявить", "о", f"{SUBJ} объявил о {{сокращении штата министерства}}."),
    ("написать", "о", f"{SUBJ} написал в своем телеграм-канале о {{сокращении штата министерства}}."),
    ("пожаловаться", "на", f"{SUBJ} пожаловался на {{нехватку средств на ремонт дорог}}."),
    ("спросить", "о", f"{SUBJ} спросил губернатора о {{сроках ремонта дорог}}."),
    ("пообещать", "inf", f"{SUBJ} пообещал {{погасить долги перед подрядчиками до конца года}}."),
    ("призвать", "inf", f"{SUBJ} призвал муниципалитеты {{сократить расходы на содержание аппарата}}."),
    ("потребовать", "inf", f"{SUBJ} потребовал {{вернуть в бюджет неиспользованные субсидии}}."),
    ("попросить", "inf", f"{SUBJ} попросил депутатов {{поддержать поправки в бюджет}}."),
    ("поручить", "inf", f"{SUBJ} поручил подчиненным {{подготовить поправки в бюджет}}."),
    ("предложить", "inf", f"{SUBJ} предложил {{перенести ремонт дорог на следующий год}}."),
    ("рекомендовать", "inf", f"{SUBJ} рекомендовал муниципалитетам {{отказаться от новых кредитов}}."),
    ("пригрозить", "inf", f"{SUBJ} пригрозил {{лишить муниципалитеты субсидий}}."),
    ("обещать", "inf", f"{SUBJ} обещает {{погасить долги перед подрядчиками до конца года}}."),
    ("потребовать", "чтобы", f"{SUBJ} потребовал, чтобы {{муниципалитеты вернули неиспользованные субсидии}}."),
    ("попросить", "чтобы", f"{SUBJ} попросил, чтобы {{депутаты поддержали поправки в бюджет}}."),
    ("настаивать", "чтобы", f"{SUBJ} настаивает, чтобы {{ремонт дорог перенесли на следующий год}}."),
    ("предложить", "чтобы", f"{SUBJ} предложил, чтобы {{ремонт дорог перенесли на следующий год}}."),
    ("призвать", "к", f"{SUBJ} призвал к {{сокращению расходов на содержание аппарата}}."),
    ("спросить", "ли", f"{SUBJ} спросил, {{успеют ли подрядчики закончить ремонт до зимы}}."),
    ("поинтересоваться", "ли", f"{SUBJ} поинтересовался, {{успеют ли подрядчики закончить ремонт до зимы}}."),
    ("обвинить", "в", f"{SUBJ} обвинил подрядчиков в {{срыве сроков ремонта дорог}}."),
    ("заверить", "в", f"{SUBJ} заверил депутатов в том, что {{бюджет будет исполнен без дефицита}}."),
    ("упрекнуть", "в", f"{SUBJ} упрекнул мэрию в {{затягивании ремонта дорог}}."),
    ("назвать", "назвать", f"{SUBJ} назвал {{проект бюджета сбалансированным}}."),
    ("заявление", "noun о том", f"{SUBJ} выступил с заявлением о том, что {CLAUSE}."),
    ("слово", "по словам", f"По словам министра финансов Ивана Петрова, {CLAUSE}."),
    ("мнение", "по мнению", f"По мнению министра финансов Ивана Петрова, {CLAUSE}."),
    ("оценка", "по оценке", f"По оценке министра финансов Ивана Петрова, {CLAUSE}."),
    ("слово", "с его слов", f"{SUBJ} выступил на сессии. С его слов, {CLAUSE}."),
    ("мнение", "высказал мнение", f"{SUBJ} высказал мнение, что {CLAUSE}."),
    ("уверенность", "выразил уверенность", f"{SUBJ} выразил уверенность, что {CLAUSE}."),
    ("призыв", "noun к", f"{SUBJ} обратился к мэрам с призывом {{сократить расходы на содержание аппарата}}."),
    ("обещание", "noun inf", f"{SUBJ} дал обещание {{погасить долги перед подрядчиками до конца года}}."),
    ("требование", "noun inf", f"{SUBJ} выдвинул требование {{вернуть в бюджет неиспользованные субсидии}}."),
    ("предупреждение", "noun о", f"{SUBJ} выступил с предупреждением о {{росте дефицита бюджета}}."),
    ("заявление", "noun о", f"{SUBJ} выступил с заявлением о {{сокращении штата министерства}}."),
    ("слово", "noun что", f"{SUBJ} дал слово, что {CLAUSE}."),
    ("гарантия", "noun inf", f"{SUBJ} дал гарантии {{погасить долги перед подрядчиками до конца года}}."),
    ("поручение", "noun inf", f"{SUBJ} дал поручение {{подготовить поправки в бюджет}}."),
    ("предложение", "noun о", f"{SUBJ} внес предложение о {{снижении налога на имущество}}."),
    ("распоряжение", "noun inf", f"{SUBJ} отдал распоряжение {{подготовить поправки в бюджет}}."),
    ("команда", "noun inf", f"{SUBJ} дал команду {{начать проверку подрядчиков}}."),
    ("данные", "noun которым", f"{SUBJ} привел данные, согласно которым {CLAUSE}."),
    ("цифра", "noun colon", f"{SUBJ} привел цифры: {CLAUSE}."),
    ("идея", "noun inf", f"{SUBJ} высказал идею {{создать единый расчетный центр}}."),
    ("убеждение", "по убеждению", f"По убеждению министра финансов Ивана Петрова, {CLAUSE}."),
    ("опасаться", "gen", f"{SUBJ} опасается {{роста цен на продукты}}."),
    ("добиваться", "gen", f"{SUBJ} добивается {{отставки главы района}}."),
    ("сомневаться", "в", f"{SUBJ} сомневается в {{успехе переговоров с подрядчиками}}."),
    ("надеяться", "на", f"{SUBJ} надеется на {{скорое завершение ремонта дорог}}."),
    ("анонсировать", "object", f"{SUBJ} анонсировал {{запуск новой линии метро}}."),
    ("заявить", "passive", "На заседании правительства было заявлено, что " + CLAUSE + "."),
    ("сообщаться", "о", "В документе сообщается о {сокращении расходов на содержание дорог}."),
    ("говориться", "о", "В заявлении министерства говорится о {сокращении расходов на содержание дорог}."),
    ("сообщаться", "что", "Сообщается, что " + CLAUSE + "."),
    ("уверенный", "уверен X", "Уверен министр финансов Иван Петров: " + CLAUSE + "."),
    ("уверенный", "X уверен, что", f"{SUBJ} уверен, что {CLAUSE}."),
    ("стать", "не стал отрицать", f"{SUBJ} не стал отрицать, что {CLAUSE}."),
    ("сомневаться", "не сомневается", f"{SUBJ} не сомневается, что {CLAUSE}."),
    ("скрывать", "не скрывает", f"{SUBJ} не скрывает, что {CLAUSE}."),
]


def _morph():
    import natasha  # noqa: F401  (patches inspect.getargspec for pymorphy2)
    import pymorphy2
    return pymorphy2.MorphAnalyzer()


def _form(m, lemma, tags):
    p = next((p for p in m.parse(lemma) if p.tag.POS == "INFN"), None)
    f = p.inflect(set(tags)) if p else None
    return f.word if f else None


def generated(m):
    rows = []
    for lem in THAT_VERBS:
        past = _form(m, lemma=lem, tags={"past", "masc", "sing"})
        pres = _form(m, lemma=lem, tags={"pres", "3per", "sing"}) or _form(m, lem, {"futr", "3per", "sing"})
        ger = _form(m, lem, {"GRND", "perf"}) or _form(m, lem, {"GRND", "pres"}) or _form(m, lem, {"GRND"})
        part = _form(m, lem, {"PRTF", "actv", "past", "masc", "sing", "nomn"})
        pas = _form(m, lem, {"PRTS", "pssv", "neut", "sing", "perf"})
        if past:
            rows.append((lem, "что", f"{SUBJ} {past}, что {CLAUSE}."))
            rows.append((lem, "colon", f"{SUBJ} {past}: {CLAUSE}."))
            rows.append((lem, "не X, что", f"{SUBJ} не {past}, что {CLAUSE}."))
            rows.append((lem, "как X", f"Как {past} министр финансов Иван Петров, {CLAUSE}."))
        if ger:
            rows.append((lem, "gerund", f"{ger.capitalize()}, что {CLAUSE}, министр финансов Иван Петров покинул "
                                        "заседание."))
        if part:
            rows.append((lem, "participle", f"{SUBJ}, {part}, что {CLAUSE}, покинул заседание."))
            rows.append((lem, "participle act.", f"{SUBJ}, {part}, что {ACTIVE}, покинул заседание."))
        if ger:
            rows.append((lem, "gerund act.", f"{ger.capitalize()}, что {ACTIVE}, министр финансов Иван Петров "
                                             "покинул заседание."))
        if pas:
            rows.append((lem, "passive", f"На заседании было {pas}, что {CLAUSE}."))
        if pres:
            rows.append((lem, "present", f"{SUBJ} {pres}, что {CLAUSE}."))
    return rows


def _words(s):
    return set(re.findall(r"\w+", s.lower()))


def verdict(sentence, quotes, impersonal):
    want = re.search(r"\{(.*?)\}", sentence).group(1)
    gw = _words(want)
    best = None
    for q in quotes:
        qw = _words(q.text)
        share = len(gw & qw) / len(gw)
        if share >= 0.5 and (best is None or share > best[0]):
            best = (share, q, len(qw) / len(gw))
    if best is None:
        return "-"
    share, q, ratio = best
    name = q.speaker.name if q.speaker else ""
    if not impersonal and SPEAKER not in (name or ""):
        return "speaker"
    if share < 0.8 or ratio > 1.5:
        return "span"
    return "ok"


def main(argv):
    from ..ingest.base import RawDocument
    from ..pipeline import Pipeline
    out = argv[argv.index("--out") + 1] if "--out" in argv else "/tmp/try28/RUFRAMES.md"
    clean = [n for n in Pipeline().names if n.startswith("clean.")]
    pipe = Pipeline(clean + ["understand.parse", "understand.entities", "understand.coref", "understand.dates",
                             "understand.quantities", "understand.quotes"])
    rows = generated(_morph()) + WRITTEN
    table, frames, lines = {}, [], []
    for cue, frame, sent in rows:
        text = sent.replace("{", "").replace("}", "")
        rec = pipe.run(RawDocument(source="frames", text=text + "\n", language="ru"))
        v = verdict(sent, rec.quotes, impersonal=SPEAKER not in sent)
        table.setdefault(cue, {})[frame] = v
        if frame not in frames:
            frames.append(frame)
        if v != "ok":
            got = "; ".join(f"{q.speaker.name if q.speaker else None}: {q.text}" for q in rec.quotes)
            lines.append(f"| {v} | {frame} | {text} | {got} |")
    md = ["# Russian cue x frame matrix (python -m newsgraph.eval.ru_frames)", "",
          "| cue | " + " | ".join(frames) + " |", "|---" * (len(frames) + 1) + "|"]
    for cue, cells in table.items():
        md.append(f"| {cue} | " + " | ".join(cells.get(f, "") for f in frames) + " |")
    n = sum(len(c) for c in table.values())
    ok = sum(v == "ok" for c in table.values() for v in c.values())
    md += ["", f"ok {ok} of {n}", "", "## Not ok", "", "| verdict | frame | sentence | quotes |", "|---|---|---|---|",
           *lines]
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(md) + "\n")
    print(f"ok {ok} of {n} -> {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
