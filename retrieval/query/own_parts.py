"""The shape of a question on a report's own parts (its problems, plans), read of the report
a description names as of one a place names."""

from __future__ import annotations

from retrieval.index.lexical import LexicalIndex
from retrieval.query.catalog import Catalog
from retrieval.query.described import split_description
from retrieval.query.plan import Kind
from retrieval.query.routing import Route
from retrieval.query.sections import items_counted, section_shape
from retrieval.query.sides import Texts, described_source, unnamed_report

__all__ = ["own_parts_shape"]


def own_parts_shape(
    topic: str,
    kind: Kind,
    routed: Route,
    catalog: Catalog,
    lexical: LexicalIndex,
    texts: Texts,
) -> Kind | None:
    """``section_shape`` of ``topic``: of the one report a description names ("没写县名那份
    报告，打算有哪几项"), read without the description.

    Args:
        topic: the question without its places and year.
        kind: the shape read from its words.
        routed: the places and reports it names.
        catalog: the stored reports.
        lexical: the lexical index (description lookup).
        texts: chunk ids → their texts (to check a description's figures).
    """
    placed = bool(routed.regions or routed.files)
    pointed = None if placed else unnamed_report(topic, catalog)
    if pointed is not None:
        # "没写县名那份，自己说了哪几个问题": the one report that names no place.
        topic, placed = pointed[1] or topic, True
    elif not placed and items_counted(topic) and split_description(topic) is not None:
        # Only a count of items is a described report's own part ("…的那个县，问题有几条"):
        # the report is looked for only then.
        described, rest = described_source(topic, catalog, lexical, texts)
        if described is not None:
            topic, placed = rest, True
    return section_shape(topic, kind, placed, lexical, catalog.titles)
