"""Extractions as Parquet partitions (``ingest --out DIR``), loaded later (``newsift load``).

A very large run need not fill a database as it goes: it writes its extractions to
``DIR/part-000000.parquet``, ``part-000001.parquet``, ... (:data:`PER_PARTITION`
documents each, in input order), and ``newsift load DIR`` adds them to a store later,
in the same order, so the store equals one filled by ``ingest`` directly. Each row is
one document: its id, source, counts, and the whole extraction as contract JSON
(nested lists of spans do not flatten usefully into columns).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newsift.model import Extraction
from newsift.store.rows import extraction_from_dict

PER_PARTITION = 1000
PARTITION_GLOB = "part-*.parquet"
SCHEMA = pa.schema([
    pa.field("document_id", pa.string(), nullable=False),
    ("source", pa.string()), ("title", pa.string()), ("published", pa.string()),
    ("events", pa.int32()), ("quotes", pa.int32()), ("commitments", pa.int32()),
    pa.field("extraction", pa.string(), nullable=False),
])  # fmt: skip


class PartitionWriter:
    """Collects extractions and writes a partition every :data:`PER_PARTITION`; open it
    with :func:`writing`, so that the last, partial partition is written too."""

    def __init__(self, directory: str | Path, per_partition: int = PER_PARTITION) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        if any(self.directory.glob(PARTITION_GLOB)):
            raise FileExistsError(f"{self.directory} already holds partitions")
        self.per_partition = per_partition
        self.written = 0
        self._rows: list[dict[str, object]] = []
        self._next = 0

    def add(self, extraction: Extraction) -> bool:
        doc = extraction.document
        self._rows.append({
            "document_id": doc.id, "source": doc.source, "title": doc.title,
            "published": doc.published, "events": len(extraction.events),
            "quotes": len(extraction.quotes), "commitments": len(extraction.commitments),
            "extraction": json.dumps(extraction.to_dict(), ensure_ascii=False),
        })  # fmt: skip
        if len(self._rows) >= self.per_partition:
            self.flush()
        return True

    def flush(self) -> None:
        if not self._rows:
            return
        path = self.directory / f"part-{self._next:06d}.parquet"
        part = path.with_name(path.name + ".part")  # never a truncated file under the name
        pq.write_table(pa.Table.from_pylist(self._rows, schema=SCHEMA), part)
        part.rename(path)
        self.written += len(self._rows)
        self._rows = []
        self._next += 1


@contextmanager
def writing(directory: str | Path, per_partition: int = PER_PARTITION) -> Iterator[PartitionWriter]:
    """A writer to ``directory``; what it holds is written when the block ends, even by
    an error, so the partitions hold every extraction handed over."""
    writer = PartitionWriter(directory, per_partition)
    try:
        yield writer
    finally:
        writer.flush()


def read_partitions(directory: str | Path) -> Iterator[Extraction]:
    """Every extraction of ``directory``'s partitions, in the order they were written."""
    paths = sorted(Path(directory).glob(PARTITION_GLOB))
    if not paths:
        raise FileNotFoundError(f"{directory}: no {PARTITION_GLOB} files")
    for path in paths:
        parquet = pq.ParquetFile(path)
        for batch in parquet.iter_batches(columns=["extraction"], batch_size=256):
            for text in batch.column(0).to_pylist():
                yield extraction_from_dict(json.loads(text))
