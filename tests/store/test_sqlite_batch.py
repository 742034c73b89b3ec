"""Store.batch: many adds, one commit, and a failing add still undoes only itself (on
both backends)."""

from __future__ import annotations

import pytest
from builders import fixture_extractions
from store_backends import Stores

from newsift.model import Extraction
from newsift.store import StoreError


@pytest.fixture
def extractions() -> list[Extraction]:
    return fixture_extractions()


def test_a_batch_is_one_commit_and_a_failing_add_undoes_only_itself(
    stores: Stores, extractions: list[Extraction]
) -> None:
    first, second, third = extractions
    with stores.open() as store:
        stores.refuse_sources(second.document.id)
        with store.batch():
            assert store.add(first).stored
            with pytest.raises(StoreError, match="refused by test"):
                store.add(second)
            assert store.add(third).stored
            assert stores.count("documents") == 0  # nothing is visible before the one commit
        assert stores.count("documents") == 2
        assert store.has_document(first.document.id) and store.has_document(third.document.id)
        assert not store.has_document(second.document.id)
        assert store.get_document(third.document.id) == third


def test_an_error_escaping_the_batch_rolls_all_of_it_back(
    stores: Stores, extractions: list[Extraction]
) -> None:
    with stores.open() as store:
        with pytest.raises(RuntimeError), store.batch():
            store.add(extractions[0])
            raise RuntimeError("the batch gives up")
        assert not store.has_document(extractions[0].document.id)
        assert store.add(extractions[0]).stored  # and the store is usable again
