"""Paraphrases common in questions about government work reports (同义词).

Officials ask in everyday words ("老百姓", "一共", "换了多少钱"); reports answer in official
ones ("群众", "累计", "兑换…元"). A question word counts as present in a sentence when one of
its synonyms is.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["contains", "synonyms", "terms"]

_GROUPS = (
    "现有 目前 当前 现在 至今",
    "累计 一共 总共 共计 总计 合计",
    "开展 搞 举办 举行 组织",
    "兑换 换 换取",
    "持证 持有 拥有",
    "受理 接收 收到 接到 接待",
    "办理 处理 办",
    "办结 办完 结案 完成",
    "群众 老百姓 百姓 居民 村民",
    "满意度 满意程度 满意率",
    "调解 化解 调处",
    "纠纷 矛盾 争议",
    "审查 审核 把关",
    "出具 提供 开具",
    "宣传 宣讲 普及",
    "培训 轮训 培养",
    "召开 举行 开会",
    "发放 分发 派发",
    "建成 建立 设立 成立",
    "覆盖 全覆盖 覆盖率",
    "经费 资金 钱 金额",
    "投资 投入 花费",
    "减少 下降 降低",
    "增加 增长 提升 提高",
    "入选 评为 获评",
    "表彰 表扬 嘉奖",
    "查处 处罚 惩处",
    "清理 清查 排查",
    "制定 出台 印发",
    "聘请 聘用 聘任",
)


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for group in _GROUPS:
        words = group.split()
        for word in words:
            table.setdefault(word, []).extend(w for w in words if w != word)
    return {word: tuple(dict.fromkeys(others)) for word, others in table.items()}


@lru_cache(maxsize=1)
def _longest_first() -> tuple[str, ...]:
    return tuple(sorted(_table(), key=len, reverse=True))


def terms(text: str) -> list[str]:
    """The lexicon's words in ``text``, left to right, longest match first, not overlapping.

    The query tokenizer only knows the reports' vocabulary, so it cuts everyday words the
    reports never use ("村民" → 村 民, "一共" → 一) into pieces that match nothing; these are
    the words whose synonyms the reports do use.
    """
    found: list[str] = []
    i = 0
    while i < len(text):
        word = next((w for w in _longest_first() if text.startswith(w, i)), None)
        if word:
            found.append(word)
            i += len(word)
        else:
            i += 1
    return found


def synonyms(word: str) -> tuple[str, ...]:
    """Other words for ``word`` (empty when it has none)."""
    return _table().get(word, ())


def contains(text: str, word: str) -> float:
    """1 when ``word`` is in ``text``, 0.8 when only a synonym is, else 0."""
    if word in text:
        return 1.0
    return 0.8 if any(other in text for other in synonyms(word)) else 0.0
