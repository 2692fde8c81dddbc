"""Which side's part holds more items, when a question setting places' own parts side by side
asks it ("A和B的问题，谁写的条数更多？"): read off the counts the lists show."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["more_items"]


def more_items(counts: Sequence[tuple[str, int]], unit: str) -> str:
    """The verdict on ``counts`` (each side's label and item count), in the order given.

    Args:
        counts: each side's label and how many items its part lists.
        unit: the measure they are counted in ("条").

    Returns:
        "两者一样多，均为5条", "额敏县（5条）多于普兰县（3条）", or for three sides or more
        "叶城县最多（4条）"; "" for fewer than two sides.
    """
    if len(counts) < 2:
        return ""
    values = {count for _, count in counts}
    if len(values) == 1:
        both = "两者" if len(counts) == 2 else "各方"
        return f"{both}一样多，均为{counts[0][1]}{unit}。"
    ordered = sorted(counts, key=lambda side: side[1], reverse=True)
    if len(counts) == 2:
        (more, m), (less, n) = ordered
        return f"{more}（{m}{unit}）多于{less}（{n}{unit}）。"
    top = ordered[0][1]
    leaders = "、".join(label for label, count in ordered if count == top)
    return f"{leaders}最多（{top}{unit}）。"
