"""Input to cleaned document: the ``document`` stage.

Owns reading inputs into :class:`~newsift.model.RawInput` (text files with a ``date``
header, saved HTML pages, JSON Lines feeds: ``reading``), extracting a web page's body,
title and comments (``webpage``), cleaning plain-text page scrapes (``cleaning``) and
pulling apart the metadata glued into their first line (``furniture``), finding the
publication date (``published`` in the text, ``page_dates`` in a page's markup, headline
and URL, both reading dates with ``calendar_dates``), and the stage itself,
:func:`~newsift.documents.document.build_document`.

Needs: the raw input only; it runs before the parse and uses no shared resource.
"""
