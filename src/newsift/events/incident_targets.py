"""Do two reports name one target? The target test of
:mod:`newsift.events.same_incident`.

Outlets name one target in different words: a hypermarket is a store to another paper,
a detention centre a prison, a maternity ward a hospital. Words are grouped in kinds of
place (:data:`TARGET_KINDS`); two targets of one kind agree, two of different kinds
(a school and a port) tell two incidents apart. The extracted target is often no place
at all but the people hit ("dozens", "civilians", "evacuees"): a target of no known kind
neither agrees nor conflicts by its kind, only by the words both reports use.
"""

from __future__ import annotations

from newsift.events.incident_report import Report, tokens

# A word list reads better as words than as a list of quoted strings.
_KIND_WORDS = {
    "commerce": "market markets marketplace bazaar souk shop shops store stores supermarket"
                " hypermarket mall shopping",
    "food": "bakery bakeries bread restaurant cafe",
    "medical": "hospital hospitals clinic clinics medical maternity ward",
    "school": "school schools college university universities kindergarten classroom"
              " classrooms academy",
    "worship": "mosque mosques church churches cathedral monastery temple pagoda",
    "prison": "prison prisons jail detention penitentiary prisoners",
    "port": "port ports harbour harbor docks dock pier",
    "storage": "warehouse warehouses silo silos granary depot",
    "fuel": "petrol filling fuel refinery",
    "power": "power substation electricity grid",
    "shelter": "shelter shelters camp camps tent tents",
    "gathering": "wedding funeral ceremony gathering crowd rally queue concert celebration"
                 " festival",
    "military": "base bases barracks airfield airbase checkpoint garrison",
    "transport": "bus buses coach convoy train trains railway bridge airport",
    "farmland": "farm farms field fields orchard orchards farmland",
    "industry": "factory factories workshop mill industrial",
    "hotel": "hotel hotels guesthouse",
    "culture": "theatre theater museum library cinema",
    "sport": "stadium pool gym",
    "office": "office offices ministry administration court courthouse council",
    "police": "police precinct",
    "water": "wells pump reservoir",
    "residential": "house houses home homes apartment apartments flats residential dwelling",
}
TARGET_KINDS: dict[str, str] = {
    word: kind for kind, words in _KIND_WORDS.items() for word in words.split()}
# Kinds so common that two reports naming them tie nothing (many strikes hit homes);
# they still conflict with another kind.
_COMMON_KINDS = frozenset({"residential", "military"})

# Kinds a report's words name that say nothing of what was hit: many strikes hit homes
# and soldiers, the wounded are taken to hospital, police and ministries give the toll.
_TOLD_NOT_TELLING = _COMMON_KINDS | {"medical", "police", "office"}

# Words many targets share: a bus station and a petrol station are not one target.
_GENERIC_TARGET = frozenset(
    "station building buildings block blocks area areas site facility facilities centre"  # noqa: SIM905
    " center house houses home homes infrastructure target targets civilian civilians"
    " people residential city town village district military civil public".split())


def kinds(words: frozenset[str]) -> frozenset[str]:
    """The kinds of place (:data:`TARGET_KINDS`) some of ``words`` name."""
    return frozenset(TARGET_KINDS[word] for word in words if word in TARGET_KINDS)


def targets_conflict(a: Report, b: Report) -> bool:
    """Both name a target and neither's is named by the other report: a school versus a
    port. A target one side names and the other's evidence mentions is no conflict, nor
    is one of the same kind in other words (a store and a hypermarket). A target of no
    known kind (the people hit, not a place) is read by the kinds of place its report's
    words name ("drivers killed at the fuel depot" against a school)."""
    if not (a.target and b.target):
        return False
    a_words, b_words = tokens(a.target), tokens(b.target)
    # "Station" in "the station area" names no petrol station: only telling words count.
    a_telling, b_telling = a_words - _GENERIC_TARGET, b_words - _GENERIC_TARGET
    if a_telling & (b_words | b.tokens) or b_telling & (a_words | a.tokens):
        return False
    a_kinds, b_kinds = kinds(a_words), kinds(b_words)
    if not (a_kinds or b_kinds):
        return False
    # A side whose target is the people hit ("workers") is placed by the kinds of place
    # its own words name ("killed at the fuel depot"), never by where the wounded went
    # (a hospital), who told of it (police, a ministry) or kinds too common to tell.
    a_kinds, b_kinds = _placed_kinds(a, a_kinds), _placed_kinds(b, b_kinds)
    if not (a_kinds and b_kinds):
        return False
    return not (a_kinds & (b_kinds | kinds(b.tokens)) or b_kinds & kinds(a.tokens))


def targets_agree(a: Report, b: Report) -> bool:
    """Both name a target and share a telling word or kind of it: "the maternity
    hospital" and "a hospital" agree, and so do a prison and a detention centre; a bus
    station and a petrol station do not, nor do two homes or two military sites. A
    target of no known kind ("a compound inside a school", "those sheltering") is read, as
    in :func:`targets_conflict`, by the kinds of place its report's words name."""
    if not (a.target and b.target):
        return False
    a_words, b_words = tokens(a.target), tokens(b.target)
    if (a_words & b_words) - _GENERIC_TARGET:
        return True
    a_kinds, b_kinds = _placed_kinds(a, kinds(a_words)), _placed_kinds(b, kinds(b_words))
    return bool((a_kinds & b_kinds) - _COMMON_KINDS)


def _placed_kinds(report: Report, own: frozenset[str]) -> frozenset[str]:
    """The target's own kinds, else those its report's words name, less the kinds that
    say nothing of what was hit (:data:`_TOLD_NOT_TELLING`)."""
    return own or kinds(report.tokens) - _TOLD_NOT_TELLING
