"""Where an incident sentence puts it: which places can locate it, and the main country."""

from __future__ import annotations

from builders import events_of

from newsift.article import Article
from newsift.dates.timex import ResolvedDate
from newsift.events.setting import date_of, main_country, place_refs
from newsift.events.triggers import real_triggers
from newsift.model import DateMention, Document, Place, RawInput
from newsift.places.stage import find_places
from newsift.resources import Resources


def _article(resources: Resources, text: str) -> Article:
    raw = RawInput(source="t", kind="text", content=text, digest="t")
    document = Document("t", "t", None, "2024-02-10", None, "en", text)
    article = Article(raw=raw, document=document, doc=resources.nlp(text))
    article.places = find_places(article, resources)
    return article


def test_a_nationality_never_locates_an_incident(resources: Resources) -> None:
    text = "Russian and Belarusian drones struck Petrivka, Donetsk, on Friday."
    article = _article(resources, text)
    assert any(p.name == "Russian" and p.country == "Russia" for p in article.places)
    assert article.doc is not None
    sentence = next(iter(article.doc.sents))
    refs = place_refs(sentence, article, [])
    names = {ref.place.name for ref in refs}
    assert "Russian" not in names and "Belarusian" not in names
    assert "Petrivka" in names


def test_the_qualifying_region_is_coded_to_the_region(resources: Resources) -> None:
    text = "Russian forces shelled Siversk, Donetsk, on Friday."
    article = _article(resources, text)
    assert article.doc is not None
    refs = {ref.place.name: ref for ref in place_refs(next(iter(article.doc.sents)), article, [])}
    assert refs["Siversk"].precision == 1
    assert refs["Donetsk"].precision == 3 and refs["Donetsk"].name == "Donetsk Oblast"


def test_main_country_ignores_nationality_words(resources: Resources) -> None:
    text = (
        "Russian troops, Russian tanks and Russian artillery pressed on. Russian officials "
        "and Russian bloggers spoke. Shelling hit Kharkiv and Sumy in Ukraine."
    )
    assert main_country(_article(resources, text), exclude=None) == "Ukraine"


def test_the_tolls_own_place_beats_one_another_verb_took(resources: Resources) -> None:
    # A title-case headline run together: the advance was in Aleppo, the 60 died in Hama.
    text = "Army Advances In Aleppo Kills 60 Militants In Hama Countryside"
    article = _article(resources, text)
    assert article.doc is not None
    sentence = next(iter(article.doc.sents))
    triggers = real_triggers(sentence)
    refs = {r.place.admin1: r.attached for r in place_refs(sentence, article, triggers)}
    assert refs == {"Aleppo Governorate": False, "Hama Governorate": True}


def test_a_front_named_after_a_city_is_not_the_city(resources: Resources) -> None:
    article = _article(
        resources,
        "On 3 May 2023, about 120 soldiers were wounded in four locations along the "
        "Kharkiv axis.",
    )
    assert article.doc is not None
    sentence = next(iter(article.doc.sents))
    refs = place_refs(sentence, article, real_triggers(sentence))
    kharkiv = [r for r in refs if r.place.name == "Kharkiv"]
    assert kharkiv and all(r.precision == 3 and not r.attached for r in kharkiv)


def test_places_listed_in_a_row_are_no_incidents_own(resources: Resources) -> None:
    text = (
        "On Friday marines shelled a ferry landing near Oleshky. More than 40 soldiers were "
        "wounded near Skadovsk, Oleshky, Hornostaivka and Kakhovka."
    )
    near = dict(admin1="Kherson Oblast", country="Ukraine", geonameid=1)
    events = events_of(
        resources, text,
        places={"Oleshky": dict(resolved="Oleshky", latitude=46.62, longitude=32.72, **near),
                "Skadovsk": dict(resolved="Skadovsk", latitude=46.12, longitude=32.91, **near),
                "Kakhovka": dict(resolved="Kakhovka", latitude=46.81, longitude=33.48, **near)},
        dates={"Friday": "2024-03-15"},
    )  # fmt: skip
    assert [e.location.name if e.location else None for e in events] == ["Oleshky"]


def test_a_day_inside_the_period_nearest_the_verb_dates_the_incident(
    resources: Resources,
) -> None:
    text = "Drones struck the city this month for the third time, on Saturday at noon."
    article = _article(resources, text)
    saturday, month = text.index("on Saturday"), text.index("this month")
    article.dates = [
        DateMention("on Saturday", saturday, saturday + 11, "2024-02-03", "day"),
        DateMention("this month", month, month + 10, "2024-02", "month"),
    ]
    assert article.doc is not None
    assert date_of(article.doc[:], article, text.index("struck")) == ResolvedDate(
        "2024-02-03", "day"
    )


def test_when_a_run_of_violence_began_dates_no_incident(resources: Resources) -> None:
    text = "The raid on the village came amid clashes that have killed 80 since March."
    article = _article(resources, text)
    since = text.index("since March")
    article.dates = [DateMention("since March", since, since + 11, "2024-01", "month")]
    assert article.doc is not None
    assert date_of(article.doc[:], article, text.index("raid")) is None



def _placed(resources: Resources, text: str, country: str, admin1: str) -> list[str]:
    """The names place_refs keeps of a sentence whose only place, "Qwzx", the gazetteer
    put in ``country``."""
    article = _article(resources, text)
    assert article.doc is not None
    start = text.index("Qwzx")
    article.places = [Place("Qwzx", start, start + 4, resolved="Qwzx", admin1=admin1,
                            country=country, latitude=25.0, longitude=68.0)]
    sentence = article.doc[:]
    return [r.place.name for r in place_refs(sentence, article, real_triggers(sentence))]


def test_a_namesake_abroad_of_a_place_the_text_puts_in_a_country_places_nothing(
        resources: Resources) -> None:
    text = ("Gunmen killed 30 soldiers at an army post in Qwzx in northern Nigeria on Monday,"
            " officials said.")
    assert _placed(resources, text, "Pakistan", "Sindh") == []
    assert _placed(resources, text, "Nigeria", "Borno State") == ["Qwzx"]
    # A capital after the comma names an actor, not the country the place lies in; nor
    # does a nationality.
    text = "In one of the strikes on Qwzx, Moscow used a drone, killing two medics."
    assert _placed(resources, text, "Pakistan", "Sindh") == ["Qwzx"]
    text = "Drones hit depots near Qwzx, the Russian ministry said on Monday."
    assert _placed(resources, text, "Pakistan", "Sindh") == ["Qwzx"]
