"""clean.boilerplate: whole-paragraph rules per language (clean/rules/<lang>/boilerplate.txt)."""
import pytest

from newsgraph.clean.boilerplate import is_boilerplate
from newsgraph.clean.data import RULES_DIR, boilerplate_rules, languages


def test_rules_are_data_for_en_ru_uk():
    assert {"en", "ru", "uk"} <= set(languages())
    for lang in ("en", "ru", "uk"):
        assert (RULES_DIR / lang / "boilerplate.txt").is_file()
    assert {lang for lang, _ in boilerplate_rules()} >= {"common", "en", "ru", "uk"}


@pytest.mark.parametrize("line, lang", [
    ("Комментарии (0)", "ru"), ("Comments (12)", "en"), ("Коментарі (3)", "uk"),
    ("12 comments", "en"), ("5 комментариев", "ru"), ("Leave a comment", "en"), ("Оставить комментарий", "ru"),
    ("Share", "en"), ("Share this article", "en"), ("Share on Facebook", "en"), ("Facebook Twitter WhatsApp Email", "common"),
    ("Поделиться", "ru"), ("Поділитися", "uk"),
    ("Subscribe to our newsletter", "en"), ("Подписывайтесь на наш канал в Telegram", "ru"),
    ("Підписуйтесь на наш Telegram-канал", "uk"),
    ("Read more: Putin arrives in China", "en"), ("Читайте также: Путин прибыл в Китай", "ru"),
    ("Читайте також: Зеленський прибув до Парижа", "uk"), ("Continue reading the main story", "en"),
    ("We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.", "en"),
    ("Мы используем файлы cookie, чтобы сайт работал лучше", "ru"),
    ("Ми використовуємо файли cookie для покращення роботи сайту", "uk"),
    ("Advertisement", "en"), ("Реклама", "ru"),
    ("By John Smith | Reuters | March 3, 2024 10:15 am", "en"),
    ("John Smith12 March 2024", "en"),
    ("Иван Петров 12 марта 2024, 14:05", "ru"),
    ("Оксана Коваленко 12 березня 2024, 14:05", "uk"),
    ("Updated 12:30 PM ET, Mon March 4, 2024", "en"),
    ("Опубликовано: 12 марта 2024", "ru"),
    ("12.03.2024 14:05", "common"),
    ("3 hours ago", "en"),
    ("Фото: РИА Новости", "ru"), ("Main image credit: Getty", "en"), ("Photo: Reuters/John Smith", "en"),
    ("Нашли ошибку? Выделите ее и нажмите Ctrl+Enter", "ru"),
    ("Tags: politics, Russia, Ukraine", "en"), ("Tell us what YOU think...", "en"),
    ("© 2019 Associated Press. All Rights Reserved.", "common"), ("Copyright ©2019 Dow Jones & Company, Inc.", "common"),
    ("[button link=”http://example.com/review/” type=”big”] Send us YOUR kit review[/button]", "common"),
    ("(Reporting by Will Dunham; Editing by Tom Brown)", "en"),
    ("Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly and Saqib Iqbal Ahmed; Editing by "
     "Nick Zieminski", "en"),
    ("Keith Bradsher contributed reporting from Hong Kong.", "en"),
    ("Associated Press writers Alan Fram and Jill Colvin contributed to this report.", "en"),
    ("Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.", "en"),
    ("Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.", "en"),
    ("5:45 AM PST 11/19/2019 by Patrick Shanley", "en"), ("November 20, 2019 - 11:28 AMT", "en"),
    ("[Related: Salesforce keynote: AI, integration and protesters]", "en"), ("DON'T MISS", "en"),
    ("- Order Reprints", "en"), ("- Print Article", "en"), ("You may also like...", "en"),
    ("Filed under: Politics |", "en"), ("Like this story? Share it with a friend!", "en"),
    ("Home > News > World", "en"), ("Главная / Новости / Политика", "ru"), ("Головна › Новини", "uk"),
    ("Next article: Macron hosts the coalition", "en"), ("Версия для печати", "ru"),
    ("Editor’s note: The mayor is a paid contributor to this site and a donor to the museum it writes about.", "en"),
    ("The Gazette welcomes letters to the editor. We’d like to hear what you think about this or any of our "
     "stories. Here are some tips. And here's our email: letters@gazette.example.", "en"),
])
def test_boilerplate_lines(line, lang):
    assert is_boilerplate(line) == lang


@pytest.mark.parametrize("line", [
    "Readers left 12 comments on the story within an hour.",
    "The minister declined to comment on the report.",
    "Comments by the president drew criticism from the opposition.",
    "Комментарии Пескова вызвали вопросы у журналистов.",
    "Коментарі президента викликали критику.",
    "He urged viewers to subscribe to the channel, which has since been banned.",
    "Share prices fell 3% on Monday.",
    "The website uses tracking cookies, the regulator said, and must pay a fine of 5 million euros for failing to ask users' consent, according to a ruling published on Tuesday that the company plans to appeal.",
    "Read the full statement below.",
    "29 November 2018 | 20 January 2019",
    "9.30 A.M. / 7.00 P.M.",
    "Election results on November 5",
    "02-751-1500",
    "Click here to get more information or download this game.",
    "Zelensky announced the determination of a framework for Ukraine’s security guarantees",
    "Tags are used by the police to track offenders.",
    "Copyright law changed in 2019.",
    "Reporting by the BBC found widespread fraud in the elections held last year.",
    "Reporting by Reuters found fraud.",
    "Experts from five universities contributed to this report.",
    "Produced by the company in 2019, the drug was sold widely.",
    "The newsletter was sent to 2 million readers.",
    "Follow the money, investigators say.",
    "- Apples and pears",
    "Home prices rose 5% in March.",
    "Новости о переговорах приходят каждый день.",
    "http://amzn.to/2iJFhRj",
    "press@example.org",
    "We'd like to hear what you think, the mayor told residents, before the council votes on the plan next week.",
])
def test_real_text_is_kept(line):
    assert is_boilerplate(line) is None


def test_step_removes_and_records(clean):
    rec = clean("Title of the story\nFirst real paragraph of the story, which says something.\n"
                "Share this article\nSecond real paragraph with 12 comments mentioned in it.\nКомментарии (0)")
    d = rec.document
    assert "Share this article" not in d.text and "Комментарии (0)" not in d.text
    assert "Second real paragraph with 12 comments mentioned in it." in d.text
    removed = [(r.reason, r.text, r.step) for r in d.removed]
    assert removed == [("boilerplate", "Share this article", "clean.boilerplate"),
                       ("boilerplate", "Комментарии (0)", "clean.boilerplate")]


def test_boilerplate_glued_to_the_end_of_a_paragraph_is_cut(clean):
    from newsgraph.clean.boilerplate import split_tail
    assert split_tail("Ukraine does not yet see any desire to end the conflict.Комментарии (0)") == (
        "Ukraine does not yet see any desire to end the conflict.", "Комментарии (0)")
    assert split_tail("«Мы готовы», — сказал он.Читайте также: Путин прибыл в Китай") == (
        "«Мы готовы», — сказал он.", "Читайте также: Путин прибыл в Китай")
    rec = clean("Title of the story\nHe left the room without a word. Share this article")
    assert rec.document.text.endswith("He left the room without a word.")
    assert [(r.reason, r.text) for r in rec.document.removed] == [("boilerplate", "Share this article")]


def test_real_last_sentences_are_not_cut():
    from newsgraph.clean.boilerplate import split_tail
    for s in ("The talks resumed on Monday. Comments by the minister were sharp.",
              "It ended in 2019. 2020", "Prices rose. Share prices fell 3% on Monday.",
              "He quoted a report. Subscribers to the service pay 10 euros a month."):
        assert split_tail(s) == (s, None)
