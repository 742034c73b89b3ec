"""Following outlets: RSS and Atom feeds read in rounds, new items fetched and stored.

Owns reading a feed's items (``items``, with feedparser) and the rounds of a watch
(``watch``): which links are new (not stored, see
:meth:`~newsift.store.Store.has_source`), fetching them safely
(:mod:`newsift.documents.fetch`) and running them through the pipeline into a store.

Needs: a store, a loaded pipeline and a fetcher; no shared state of its own.
"""
