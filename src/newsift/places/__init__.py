"""Places: the ``places`` stage, which finds and resolves every place mention.

Owns the offline gazetteer (the ``gazetteer`` subpackage), country names as news writes
them (``country_names``), great-circle distance (``distance``), and the stage,
:func:`~newsift.places.stage.find_places`, with its helpers: mention finding
(``mentions``, ``cues``, ``embedded``, ``acronyms``, ``repeats``, ``possessive``,
``datelines``, ``states``, ``counties``, ``features``), namesake choice (``namesakes``,
``regions``), Ukraine's villages (``ua_namesakes``, ``ua_spellings``,
``ukraine_frontline``) and a second look for places the first pass missed
(``second_look``: towns run together, after a bare possessive, capitals by role).
``model`` holds what those helpers share.

Needs: the document, its parse, and ``resources.gazetteer``.
"""
