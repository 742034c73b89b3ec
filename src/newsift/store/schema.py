"""The SQLite schema of the newsift store, and the migrations that build it.

Schema (``schema_version`` logs each applied migration; a later version appends a
migration to :data:`MIGRATIONS` instead of editing one):

- ``documents``: one row per document, keyed by its content-hash ``id``, with the body
  ``text`` and ``added_at`` (UTC, set once: re-adding changes nothing); indexed by
  ``source`` (the path or URL it was read from) since version 6.
- ``comments``, ``removed``, ``quotes``, ``entities``, ``places``, ``dates``,
  ``commitments``: the document's lists, one row per item, keyed ``(document_id, seq)``
  where ``seq`` keeps the extraction's order; column names are the model's field names
  (``"start"``/``"end"`` quoted); commitment evidence is a JSON list of spans.
- ``events``: one row per incident, with the extraction's event ``id``, location
  flattened (``location_name``, ``admin1``, ...), ``date_basis`` since version 8;
  ``fatalities_low``/``_high`` are the range over its sources.
- ``event_sources``: which documents report an event, with that document's evidence
  (JSON spans into that document's text) and its own fatality and injury counts. Today
  each event has one source; cross-document merging adds rows here, not new events.
  Since version 3 each source row also keeps its own extracted event (``extracted``,
  JSON, with its original id) and its evidence's content words (``tokens``), and
  ``events`` has the blocking columns of :mod:`newsift.store.merge` (``day_first``,
  ``day_last``: ordinal days; ``vague``: 1 when they differ; ``cell``: a grid cell)
  with their indexes.
- ``event_corrections``: human corrections, one row per field and time, applied on top
  of the values computed from sources; ``event_aliases``: ids of events merged into
  another (``id`` -> ``event_id``), so old links still resolve.
- ``events_fts`` (evidence, place, actors, details; rowid = ``events.key``) and
  ``documents_fts`` (title, text; external content, rowid = ``documents.key``): FTS5
  indexes, Porter-stemmed. The integer ``key`` columns exist so that these rowids
  survive VACUUM, which may renumber the rowids of a table keyed by text.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from newsift.store.base import StoreError

_TOKENIZE = "tokenize = 'porter unicode61 remove_diacritics 2'"
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE documents (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL, title TEXT, published TEXT, published_basis TEXT,
            language TEXT, text TEXT NOT NULL, added_at TEXT NOT NULL)""",
        """CREATE TABLE comments (document_id TEXT NOT NULL REFERENCES documents(id),
            seq INTEGER NOT NULL, author TEXT, text TEXT NOT NULL,
            PRIMARY KEY (document_id, seq))""",
        """CREATE TABLE removed (document_id TEXT NOT NULL REFERENCES documents(id),
            seq INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (document_id, seq))""",
        """CREATE TABLE events (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL, date TEXT, date_precision TEXT, actor1 TEXT,
            actor2 TEXT, weapon TEXT, target TEXT, location_name TEXT, admin1 TEXT,
            country TEXT, latitude REAL, longitude REAL, geo_precision INTEGER,
            fatalities INTEGER, injured INTEGER, fatalities_low INTEGER,
            fatalities_high INTEGER)""",
        "CREATE INDEX events_by_date ON events (date, id)",
        """CREATE TABLE event_sources (key INTEGER PRIMARY KEY,
            event_id TEXT NOT NULL REFERENCES events(id),
            document_id TEXT NOT NULL REFERENCES documents(id), seq INTEGER NOT NULL,
            evidence TEXT NOT NULL, fatalities INTEGER, injured INTEGER,
            UNIQUE (event_id, document_id))""",
        "CREATE INDEX event_sources_by_document ON event_sources (document_id, seq)",
        """CREATE TABLE quotes (document_id TEXT NOT NULL REFERENCES documents(id),
            seq INTEGER NOT NULL, speaker TEXT, text TEXT NOT NULL, direct INTEGER NOT NULL,
            date TEXT, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL,
            PRIMARY KEY (document_id, seq))""",
        """CREATE TABLE entities (document_id TEXT NOT NULL REFERENCES documents(id),
            seq INTEGER NOT NULL, name TEXT NOT NULL, label TEXT NOT NULL,
            mentions INTEGER NOT NULL, PRIMARY KEY (document_id, seq))""",
        "CREATE INDEX entities_by_name ON entities (name, label)",
        """CREATE TABLE places (document_id TEXT NOT NULL REFERENCES documents(id),
            seq INTEGER NOT NULL, name TEXT NOT NULL, "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL, resolved TEXT, admin1 TEXT, country TEXT,
            latitude REAL, longitude REAL, geonameid INTEGER,
            PRIMARY KEY (document_id, seq))""",
        """CREATE TABLE dates (document_id TEXT NOT NULL REFERENCES documents(id),
            seq INTEGER NOT NULL, text TEXT NOT NULL, "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL, value TEXT, PRIMARY KEY (document_id, seq))""",
        """CREATE TABLE commitments (document_id TEXT NOT NULL REFERENCES documents(id),
            seq INTEGER NOT NULL, donor TEXT, recipient TEXT, amount REAL, currency TEXT,
            items TEXT, status TEXT NOT NULL, date TEXT, evidence TEXT NOT NULL,
            PRIMARY KEY (document_id, seq))""",
        f"""CREATE VIRTUAL TABLE events_fts USING fts5 (evidence, place, actors, details,
            {_TOKENIZE})""",
        f"""CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text,
            content = 'documents', content_rowid = 'key', {_TOKENIZE})""",
    ),
    # 2: date mentions carry their precision ("last week" is a week, not a day).
    ("ALTER TABLE dates ADD COLUMN precision TEXT",),
    # 3: cross-document dedup (newsift.store.merge) and human corrections.
    (
        "ALTER TABLE event_sources ADD COLUMN extracted TEXT",
        "ALTER TABLE event_sources ADD COLUMN tokens TEXT",
        "ALTER TABLE events ADD COLUMN day_first INTEGER",
        "ALTER TABLE events ADD COLUMN day_last INTEGER",
        "ALTER TABLE events ADD COLUMN cell INTEGER",
        "ALTER TABLE events ADD COLUMN vague INTEGER",
        # Ordinal days (date.toordinal) of existing day-precise events, so they can match.
        """UPDATE events SET day_first = CAST(julianday(date) - 1721424.5 AS INTEGER),
            day_last = CAST(julianday(date) - 1721424.5 AS INTEGER), vague = 0
            WHERE length(date) = 10 AND coalesce(date_precision, 'day') = 'day'""",
        "CREATE INDEX events_by_cell ON events (cell, vague, day_first)",
        "CREATE INDEX events_by_admin1 ON events (admin1, cell, vague, day_first)",
        "CREATE INDEX events_by_day_first ON events (vague, day_first)",
        """CREATE TABLE event_corrections (key INTEGER PRIMARY KEY, event_id TEXT NOT NULL,
            field TEXT NOT NULL, value TEXT NOT NULL, author TEXT, created_at TEXT NOT NULL)""",
        "CREATE INDEX event_corrections_by_event ON event_corrections (event_id, key)",
        "CREATE TABLE event_aliases (id TEXT PRIMARY KEY, event_id TEXT NOT NULL)",
    ),
    # 4: place mentions say when they are a nationality word ("Russian").
    ("ALTER TABLE places ADD COLUMN kind TEXT",),
    # 5: quotes keep the speaker's role or title ("Kharkiv regional governor").
    ("ALTER TABLE quotes ADD COLUMN speaker_role TEXT",),
    # 6: "is this URL stored?" before fetching a feed's item (Store.has_source).
    ("CREATE INDEX documents_by_source ON documents (source)",),
    # 7: place mentions keep their second-level unit (district, county, raion).
    ("ALTER TABLE places ADD COLUMN admin2 TEXT",),
    # 8: events say how their date was decided ("stated", "relative", "publication").
    ("ALTER TABLE events ADD COLUMN date_basis TEXT",),
)


def schema_version(conn: sqlite3.Connection, path: str | Path) -> int:
    """0 for an empty database; refuses one that has tables but is not newsift's."""
    tables = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "schema_version" not in tables:
        if tables:
            raise StoreError(path, "not a newsift database (no schema_version table)")
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def behind(current: int, latest: int, target: str | Path) -> bool:
    """Whether a store at ``current`` needs migrating; a newer one is refused."""
    if current > latest:
        raise StoreError(target, f"schema version {current} is newer than this newsift "
                                 f"knows ({latest}); upgrade newsift")
    return current < latest


def migrate(conn: sqlite3.Connection, path: str | Path) -> None:
    """Bring the database to the newest schema; ``conn`` must be in autocommit mode."""
    latest = len(MIGRATIONS)
    if not behind(schema_version(conn, path), latest, path):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Re-read under the write lock: another process may have migrated meanwhile.
        current = schema_version(conn, path)
        if current == 0:
            conn.execute("CREATE TABLE schema_version "
                         "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        for version in range(current + 1, latest + 1):
            for statement in MIGRATIONS[version - 1]:
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version VALUES (?, ?)",
                         (version, datetime.now(UTC).isoformat(timespec="seconds")))
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
