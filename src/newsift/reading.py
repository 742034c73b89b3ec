"""Reading inputs: files, directories and standard input (placeholder)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsift.model import InputError, RawInput


def read_inputs(paths: Iterable[str]) -> Iterator[RawInput | InputError]:
    for name in paths:
        path = Path(name)
        data = path.read_bytes()
        yield RawInput(
            source=str(path),
            kind="text",
            content=data.decode("utf-8"),
            digest=hashlib.sha256(data).hexdigest()[:16],
        )
