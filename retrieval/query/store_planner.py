"""The planner over what a store holds now (``Planner`` plans over one state of it)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from retrieval.index import ChunkStore
from retrieval.query.catalog import Catalog
from retrieval.query.names import default_gazetteer
from retrieval.query.planner import Planner

__all__ = ["StorePlanner"]


class StorePlanner:
    """Plans over what a store holds now; routing tables are rebuilt only when it changes.

    Args:
        store: the chunk store.
        gazetteer: where to cache the place names that routing recognises (None: no cache).
    """

    def __init__(self, store: ChunkStore, gazetteer: Path | None = None) -> None:
        self.store = store
        self.gazetteer = gazetteer
        self._catalog_for: object = None
        self._catalog = Catalog({})

    def current(self) -> Planner:
        """The planner over the store's reports as they are now.

        Raises:
            IndexMissingError: nothing has been ingested yet.
        """
        lexical = self.store.lexical()
        reports = self.store.reports()
        # The store hands out the same mapping until it changes.
        if self._catalog_for is not reports:
            self._catalog_for, self._catalog = reports, Catalog.from_store(reports)
        return Planner(self._catalog, lexical, self._texts, default_gazetteer(self.gazetteer))

    def _texts(self, ids: Sequence[str]) -> dict[str, str]:
        return {chunk_id: text for chunk_id, text, _ in self.store.get(list(ids))}
