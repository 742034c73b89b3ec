"""Places: the ``places`` stage, which finds and resolves every place mention.

Owns the offline gazetteer (the ``gazetteer`` subpackage), country names as news writes
them (``country_names``), great-circle distance (``distance``), and the stage,
:func:`~newsift.places.stage.find_places`, with its helpers: mention finding
(``mentions``, ``cues``, ``embedded``, ``acronyms``, ``repeats``, ``possessive``,
``datelines``, ``states``, ``counties``, ``features``), namesake choice (``namesakes``,
``regions``) and Ukraine's villages (``ua_namesakes``, ``ua_spellings``,
``ukraine_frontline``). ``model`` holds what those helpers share.

Needs: the document, its parse, and ``resources.gazetteer``.
"""
