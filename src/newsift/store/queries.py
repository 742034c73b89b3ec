"""The SQL behind the store's filtered reads: one WHERE clause per :class:`EventQuery`."""

from __future__ import annotations

from typing import Any

from newsift.store.base import EventQuery
from newsift.store.db import Dialect
from newsift.store.rows import limit_clause


def partial_date_range(column: str, since: str | None, until: str | None
                       ) -> list[tuple[str, str]]:
    """Conditions keeping a (possibly partial, "2024-03") date whose period overlaps the
    range, comparing only as many characters as the shorter side has. Each comes with
    the one value that every ``?`` in it takes."""
    where: list[tuple[str, str]] = []
    if since:
        where.append((f"{column} >= substr(?, 1, length({column}))", since))
    if until:
        where.append((f"substr({column}, 1, length(?)) <= ?", until))
    return where


# Past this many months, a date range is looked up as one range of the index.
_MONTHS_LISTED = 240


def date_envelope(since: str | None, until: str | None) -> tuple[str, list[Any]] | None:
    """An indexable condition on ``date`` that every row of :func:`partial_date_range`
    meets: the full dates in the range, and as exact values the months and years it
    touches. The exact conditions are not indexable (they compare as many characters as
    the row's own date has), so a day out of years of events would scan them all."""
    if not (since or until):
        return None
    high = None if until is None else until if len(until) == 10 else until + "~"
    if since is None:
        return "date <= ?", [high]
    if until is None:
        return "date >= ?", [since[:4]]
    first, last = int(since[:4]), int(until[:4])
    low_month = since[:7] if len(since) >= 7 else f"{first}-01"
    high_month = until[:7] if len(until) >= 7 else f"{last}-12"
    months = [f"{year}-{month:02d}" for year in range(first, last + 1)
              for month in range(1, 13) if low_month <= f"{year}-{month:02d}" <= high_month]
    if not months or len(months) > _MONTHS_LISTED:
        return "date BETWEEN ? AND ?", [since[:4], high]
    years = [str(year) for year in range(first, last + 1)]
    return (f"(date BETWEEN ? AND ? OR date IN ({', '.join('?' * len(months))})"
            f" OR date IN ({', '.join('?' * len(years))}))", [since, high, *months, *years])


def event_where(query: EventQuery, dialect: Dialect) -> tuple[str, list[Any]]:
    """`` WHERE ...`` (or nothing) over ``events`` for every filter of ``query``."""
    where: list[str] = []
    params: list[Any] = []
    envelope = date_envelope(query.since, query.until)
    if envelope is not None:
        where.append(envelope[0])
        params += envelope[1]
    for cond, value in partial_date_range("date", query.since, query.until):
        where.append(cond)
        params += [value] * cond.count("?")
    if query.event_type:
        where.append("(nfold(event_type) = ? OR nfold(sub_event_type) = ?)")
        params += [query.event_type.casefold()] * 2
    if query.sub_event_type:
        where.append("nfold(sub_event_type) = ?")
        params.append(query.sub_event_type.casefold())
    if query.place:
        where.append("(instr(nfold(location_name), ?) OR instr(nfold(admin1), ?)"
                     " OR instr(nfold(country), ?))")
        params += [query.place.casefold()] * 3
    if query.actor:
        where.append("(instr(nfold(actor1), ?) OR instr(nfold(actor2), ?))")
        params += [query.actor.casefold()] * 2
    if query.search:
        condition, values = dialect.event_search(query.search)
        where.append(condition)
        params += values
    if query.document_id:
        where.append("id IN (SELECT event_id FROM event_sources WHERE document_id = ?)")
        params.append(query.document_id)
    if query.bbox is not None:
        min_lon, min_lat, max_lon, max_lat = query.bbox
        # A box whose west edge is east of its east edge wraps the antimeridian.
        joiner = "AND" if min_lon <= max_lon else "OR"
        where.append(f"(longitude >= ? {joiner} longitude <= ?) AND latitude BETWEEN ? AND ?")
        params += [min_lon, max_lon, min_lat, max_lat]
    if query.min_fatalities is not None:
        where.append("fatalities >= ?")
        params.append(query.min_fatalities)
    return (f" WHERE {' AND '.join(where)}" if where else ""), params


def event_select(query: EventQuery, dialect: Dialect) -> tuple[str, list[Any]]:
    clause, params = event_where(query, dialect)
    tail, more = limit_clause(query.limit, query.offset)
    return (f"SELECT * FROM events{clause} ORDER BY date IS NULL, date, id{tail}",
            [*params, *more])


def summary_selects(query: EventQuery, dialect: Dialect) -> dict[str, tuple[str, list[Any]]]:
    """One grouped SELECT per summary key; each row ends in ``events, fatalities``."""
    clause, params = event_where(query, dialect)
    counts = "count(*) AS events, coalesce(sum(fatalities), 0) AS fatalities"
    dated = f"{clause} AND date IS NOT NULL" if clause else " WHERE date IS NOT NULL"
    return {
        "totals": (f"SELECT {counts} FROM events{clause}", params),
        "by_day": (f"SELECT date, {counts} FROM events{dated} GROUP BY date ORDER BY date",
                   params),
        "by_type": (f"SELECT event_type, {counts} FROM events{clause} GROUP BY event_type"
                    " ORDER BY events DESC, event_type", params),
        "by_admin1": (f"SELECT admin1, country, {counts} FROM events{clause}"
                      " GROUP BY admin1, country ORDER BY events DESC, admin1 IS NULL, admin1",
                      params),
    }
