"""Replies to greetings, thanks and input that asks nothing: what govqa can do, never a citation."""

from __future__ import annotations

from retrieval.query.plan import Plan
from retrieval.query.routing import Catalog
from retrieval.query.shape import is_noise
from retrieval.schema import Answer

__all__ = ["chitchat"]

HINT = "请输入一个关于报告的问题，例如某县某项工作的数字、存在的问题或下一步打算。"


def chitchat(plan: Plan, catalog: Catalog) -> Answer:
    """A short reply saying what can be asked (noise gets a one-line hint)."""
    if is_noise(plan.asked):
        text = HINT
    else:
        places = "、".join(catalog.regions[:5]) or "已收录地区"
        text = (
            "您好！我根据已收录的法治政府建设工作报告回答问题，每个回答都注明出处。"
            f"可以问某地的具体数字、存在的问题、下一步打算，也可以比较或排列各地（已收录：{places}）。"
        )
    return Answer(question=plan.question, answer=text, abstained=False, kind="chitchat")
