"""Which figures a verdict sentence compares, when each label has several (a count and a rate):
the one kind every label states once and whose words the sentence shares most."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from retrieval.answer.claims import Figure, words_of
from retrieval.query.units import unit_family

__all__ = ["figures_for_verdict"]


def figures_for_verdict(
    sentence: str, candidates: Mapping[str, Sequence[Figure]]
) -> dict[str, Decimal] | None:
    """The one figure per label that a verdict sentence compares, from each label's figures.

    Each label may have several figures (a count and a rate…): the kind compared (unit and
    percent-ness) is the one every label has exactly one figure of and whose figures' words
    best match the sentence's. None when no single kind fits.

    Args:
        sentence: the verdict sentence.
        candidates: label → the figures stated for it (verified claims, the sentence's own).
    """
    kinds: dict[tuple[str | None, bool], dict[str, Figure]] = {}
    for label, found in candidates.items():
        by_kind: dict[tuple[str | None, bool], list[Figure]] = {}
        for figure in found:
            kind = (unit_family(figure.mention.unit), figure.mention.percent)
            by_kind.setdefault(kind, []).append(figure)
        for kind, group in by_kind.items():
            if len({f.mention.value for f in group}) == 1:
                kinds.setdefault(kind, {})[label] = group[0]
    complete = {k: v for k, v in kinds.items() if len(v) == len(candidates) >= 2}
    if not complete:
        return None
    words = words_of(sentence)
    scored = sorted(
        ((sum(len(words & f.context) for f in v.values()), k) for k, v in complete.items()),
        key=lambda item: -item[0],
    )
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    chosen = complete[scored[0][1]]
    return {label: figure.mention.value for label, figure in chosen.items()}
