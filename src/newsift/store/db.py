"""What the two SQL backends share, and the little in which their SQL differs.

The store's SQL is written once, with ``?`` placeholders, and runs on SQLite as it is
and on PostgreSQL through :class:`~newsift.store.postgres.PgConnection`, which turns
the placeholders into psycopg's. PostgreSQL gets the few SQLite functions the queries
use (``nfold``, ``instr``) as SQL functions of its schema, and an ``events_fts`` table
with the same columns as SQLite's FTS5 table, so inserting and deleting its rows is
the same SQL too. What cannot be the same is a :class:`Dialect`: full-text matching,
and the documents' index, which SQLite keeps beside the table and PostgreSQL in it.

A plain :class:`sqlite3.Connection` is a :class:`Connection` of the SQLite dialect, so
the matching and merging functions also take one opened by hand.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any, Protocol


class Row(Protocol):
    """A result row: by position or by column name (:class:`sqlite3.Row` is one)."""

    def __getitem__(self, key: Any, /) -> Any: ...

    def __iter__(self) -> Iterator[Any]: ...

    def __len__(self) -> int: ...

    def keys(self) -> list[str]: ...


class Connection(Protocol):
    """What the store's SQL runs on: :class:`sqlite3.Connection` or a PgConnection."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Any, /) -> Any: ...


def plain(text: str) -> str:
    """Casefolded, diacritics stripped: the words full-text search compares, on both
    backends ("Ménaka" is "menaka"), as SQLite's remove_diacritics does."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _plain_pairs() -> tuple[str, str]:
    """Latin letters with diacritics and their plain letter, for PostgreSQL's
    ``translate``: the SQL side of :func:`plain` without the unaccent extension."""
    source, target = [], []
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = plain(char)
        if len(char.casefold()) == 1 and len(base) == 1 and base != char and base.isascii():
            source.append(char)
            target.append(base)
    return "".join(source), "".join(target)


PLAIN_FROM, PLAIN_TO = _plain_pairs()


class Dialect:
    """SQLite's full text: FTS5 tables, Porter-stemmed (see :mod:`newsift.store.schema`)."""


    def json_text(self, column: str, key: str) -> str:
        """SQL for the text of ``key`` in the JSON object of ``column`` (NULL if none)."""
        return f"json_extract({column}, '$.{key}')"

    def event_search(self, text: str) -> tuple[str, list[Any]]:
        """A condition over ``events`` keeping those whose text has every word."""
        return "key IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)", [
            fts_query(text)]

    def document_search(self, text: str) -> tuple[str, list[Any]]:
        """A condition over ``documents d`` keeping those whose title or text has every word."""
        return ("d.key IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)",
                [fts_query(text)])

    def index_document(self, conn: Connection, key: int, title: str | None, text: str
                       ) -> None:
        conn.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
                     (key, title, text))

    def unindex_document(self, conn: Connection, key: int, title: str | None, text: str
                         ) -> None:
        conn.execute("INSERT INTO documents_fts (documents_fts, rowid, title, text)"
                     " VALUES ('delete', ?, ?, ?)", (key, title, text))

    def documents_with(self, conn: Connection, word: str, limit: int) -> int:
        """In how many documents ``word`` occurs, counting no further than ``limit``."""
        return int(conn.execute(
            "SELECT count(*) FROM (SELECT rowid FROM documents_fts WHERE documents_fts"
            " MATCH ? LIMIT ?)", (f'"{word}"', limit)).fetchone()[0])


SQLITE = Dialect()


def dialect_of(conn: Connection) -> Dialect:
    """The connection's dialect; a plain sqlite3 connection is SQLite's."""
    found = getattr(conn, "dialect", SQLITE)
    return found if isinstance(found, Dialect) else SQLITE


def fts_query(text: str) -> str:
    """User words -> an FTS5 query that cannot be a syntax error: quoted words, ANDed."""
    terms = []
    for word in text.split():
        prefix = word.endswith("*")
        word = word.rstrip("*").replace('"', '""')
        if word:
            terms.append(f'"{word}"' + ("*" if prefix else ""))
    return " ".join(terms) or '""'


_WORD = re.compile(r"[^\W_]+")


def ts_query(text: str) -> str:
    """User words -> a PostgreSQL tsquery with FTS5's meaning: every word (ANDed), a
    word of several tokens ("Kharkiv's") as a phrase, a trailing ``*`` a prefix; only
    letters and digits get through, so it is never a syntax error. Empty: matches none."""
    terms = []
    for word in text.split():
        prefix = word.endswith("*")
        tokens = _WORD.findall(plain(word))
        if tokens:
            quoted = [f"'{token}'" for token in tokens]
            if prefix:
                quoted[-1] += ":*"
            terms.append(quoted[0] if len(quoted) == 1 else f"({' <-> '.join(quoted)})")
    return " & ".join(terms)
