"""Nationality and regional adjectives ("Russian", "Kurdish") and the place each stands for.

Geoparsing in GeoNames' style counts a nationality word as a mention of its country, and
the events stage reads "Russian forces" as an actor, never as a place an incident was in.
"""

from __future__ import annotations

# Nationality and regional adjectives, and their plurals by adding "s" ("Russians"), to
# the country or continent they stand for: GeoNames-style geoparsing counts each one as a
# mention of that place. Pairs: the word as written, then the gazetteer name.
# fmt: off
_DEMONYM_PAIRS = (
    "Afghan:Afghanistan, Albanian:Albania, Algerian:Algeria, American:United States, "
    "Angolan:Angola, Argentine:Argentina, Argentinian:Argentina, Armenian:Armenia, "
    "Australian:Australia, Austrian:Austria, Azerbaijani:Azerbaijan, Azeri:Azerbaijan, "
    "Bahraini:Bahrain, Bangladeshi:Bangladesh, Belarusian:Belarus, Belgian:Belgium, "
    "Bolivian:Bolivia, Bosnian:Bosnia and Herzegovina, Brazilian:Brazil, "
    "British:United Kingdom, Briton:United Kingdom, Bulgarian:Bulgaria, Burmese:Myanmar, "
    "Burundian:Burundi, Cambodian:Cambodia, Cameroonian:Cameroon, Canadian:Canada, "
    "Chadian:Chad, Chilean:Chile, Chinese:China, Colombian:Colombia, "
    "Congolese:Democratic Republic of the Congo, Croatian:Croatia, Cuban:Cuba, "
    "Cypriot:Cyprus, Czech:Czechia, Danish:Denmark, Dutch:Netherlands, Ecuadorian:Ecuador, "
    "Egyptian:Egypt, Emirati:United Arab Emirates, English:England, Eritrean:Eritrea, "
    "Estonian:Estonia, Ethiopian:Ethiopia, Filipino:Philippines, Finnish:Finland, "
    "French:France, Georgian:Georgia, German:Germany, Ghanaian:Ghana, Greek:Greece, "
    "Guatemalan:Guatemala, Haitian:Haiti, Honduran:Honduras, Hungarian:Hungary, "
    "Icelandic:Iceland, Indian:India, Indonesian:Indonesia, Iranian:Iran, Iraqi:Iraq, "
    "Irish:Ireland, Israeli:Israel, Italian:Italy, Jamaican:Jamaica, Japanese:Japan, "
    "Jordanian:Jordan, Kazakh:Kazakhstan, Korean:South Korea, Kenyan:Kenya, "
    "Kuwaiti:Kuwait, Kyrgyz:Kyrgyzstan, "
    "Latvian:Latvia, Lebanese:Lebanon, Libyan:Libya, Lithuanian:Lithuania, "
    "Macedonian:North Macedonia, Malaysian:Malaysia, Malian:Mali, Maltese:Malta, "
    "Mauritanian:Mauritania, Mauritian:Mauritius, Mexican:Mexico, Moldovan:Moldova, "
    "Mongolian:Mongolia, Montenegrin:Montenegro, Moroccan:Morocco, Mozambican:Mozambique, "
    "Namibian:Namibia, Nepalese:Nepal, Nepali:Nepal, Nicaraguan:Nicaragua, Nigerian:Nigeria, "
    "Nigerien:Niger, Norwegian:Norway, Omani:Oman, Pakistani:Pakistan, "
    "Palestinian:Palestine, Panamanian:Panama, Paraguayan:Paraguay, Peruvian:Peru, "
    "Philippine:Philippines, Polish:Poland, Portuguese:Portugal, Qatari:Qatar, "
    "Romanian:Romania, Russian:Russia, Rwandan:Rwanda, Salvadoran:El Salvador, "
    "Saudi:Saudi Arabia, Scottish:Scotland, Senegalese:Senegal, Serbian:Serbia, "
    "Singaporean:Singapore, Slovak:Slovakia, Slovenian:Slovenia, Somali:Somalia, "
    "Spanish:Spain, Sudanese:Sudan, Swedish:Sweden, Swiss:Switzerland, Syrian:Syria, "
    "Taiwanese:Taiwan, Tajik:Tajikistan, Tanzanian:Tanzania, Thai:Thailand, "
    "Tunisian:Tunisia, Turkish:Turkey, Turkmen:Turkmenistan, Ugandan:Uganda, "
    "Ukrainian:Ukraine, Uruguayan:Uruguay, Uzbek:Uzbekistan, Venezuelan:Venezuela, "
    "Vietnamese:Vietnam, Welsh:Wales, Yemeni:Yemen, Zambian:Zambia, Zimbabwean:Zimbabwe, "
    "European:Europe, African:Africa, Asian:Asia, North Korean:North Korea, "
    "South Korean:South Korea, South African:South Africa, Sri Lankan:Sri Lanka, "
    "Costa Rican:Costa Rica, New Zealander:New Zealand, Saint Lucian:Saint Lucia, "
    "North American:North America, Latin American:South America, "
    "South American:South America, Sicilian:Sicily, Chechen:Chechnya, Crimean:Crimea, "
    "Tibetan:Tibet, Kosovar:Kosovo, Serb:Serbia, Croat:Croatia, Siberian:Siberia, "
    "Kurdish:Kurdistan, Kurd:Kurdistan, Arab:Arabian Peninsula, "
    "Middle Eastern:Middle East, Central American:Central America, Scandinavian:Scandinavia"
)
# fmt: on
DEMONYMS: dict[str, str] = dict(pair.split(":") for pair in _DEMONYM_PAIRS.split(", "))


def demonym_place(word: str) -> str | None:
    """The place a nationality word stands for: "Russians" -> "Russia", else None."""
    name = " ".join(word.split())
    found = DEMONYMS.get(name)
    if found is None and name.endswith("s"):
        found = DEMONYMS.get(name[:-1])
    return found
