"""Round 19 (issue 13): one person in Cyrillic and in Latin letters ("Володимир Зеленський" / "Volodymyr
Zelensky"), never two given names joined (understand/name_scripts.py). Names chosen for the test."""
from newsgraph.understand.name_scripts import latin_key, same_across_scripts


def test_one_key_across_scripts_and_romanisations():
    assert latin_key("Дмитрий Песков") == latin_key("Dmitry Peskov")
    assert latin_key("Сергей Лавров") == latin_key("Sergei Lavrov") == latin_key("Sergey Lavrov")
    assert latin_key("Алексей Навальный") == latin_key("Alexei Navalny")
    assert latin_key("Зеленський") == latin_key("Зеленского") == latin_key("Zelenskyy") == latin_key("Zelensky")
    assert latin_key("Евгений Пригожин") == latin_key("Yevgeny Prigozhin")
    assert latin_key("Андрій Сибіга") == latin_key("Andrii Sybiha")  # Ukrainian "г" is h


def test_same_person_across_scripts_needs_the_same_given_name():
    assert same_across_scripts("Дмитрий Песков", "Dmitry Peskov")
    # a case form is no evidence: "Дмитрия Пескова" might as well be a woman's nominative (the linker reads the
    # document's nominative display name, "Дмитрий Песков")
    assert not same_across_scripts("Дмитрия Пескова", "Dmitry Peskov")
    assert same_across_scripts("Песков Дмитрий Сергеевич", "Dmitry Peskov")  # Russian order with a patronymic
    assert same_across_scripts("Володимир Зеленський", "Volodymyr Zelensky")
    assert same_across_scripts("Владимир Зеленский", "Volodymyr Zelensky")  # the Russian form of the given name
    assert not same_across_scripts("Василий Песков", "Dmitry Peskov")  # two people of one surname
    assert not same_across_scripts("Владимир Путин", "Volodymyr Zelensky")
    assert not same_across_scripts("Песков", "Peskov")  # a bare surname is no evidence
    assert not same_across_scripts("Dmitry Peskov", "Dmitry Peskov")  # one script: names.compatible's question


def test_women_and_men_are_never_joined_across_scripts():
    """Review r20: a Russian woman's nominative is also a man's genitive ("Евгения Смирнова" / Yevgeny Smirnov's);
    the Cyrillic name is read as written, as a nominative of one gender, so a woman is never joined to a man and
    is found as herself."""
    assert not same_across_scripts("Евгения Смирнова", "Yevgeny Smirnov")
    assert not same_across_scripts("Александра Кузнецова", "Aleksandr Kuznetsov")
    assert not same_across_scripts("Станислава Кузнецова", "Stanislav Kuznetsov")
    assert not same_across_scripts("Ярослава Ковальчук", "Yaroslav Kovalchuk")
    assert not same_across_scripts("Олександра Матвійчук", "Oleksandr Matviichuk")
    assert not same_across_scripts("А. Иванова", "Andrei Ivanov")  # an initial is never enough
    assert not same_across_scripts("Евгений Смирнова", "Yevgeny Smirnov")  # a form no person's nominative
    assert same_across_scripts("Анна Иванова", "Anna Ivanova")
    assert same_across_scripts("Мария Захарова", "Maria Zakharova")
    assert same_across_scripts("Олександра Матвійчук", "Oleksandra Matviichuk")
