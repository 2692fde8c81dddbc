"""Replies to greetings, thanks and input that asks nothing: what govqa can do, never a citation.

The examples name the regions and years of the reports actually stored, so every example
question is one the store can answer.
"""

from __future__ import annotations

import re

from retrieval.query.catalog import Catalog
from retrieval.query.normalize import normalize
from retrieval.query.plan import Plan
from retrieval.query.social import DOUBT, GREETING, LATER, is_noise
from retrieval.schema import Answer
from retrieval.types import ReportInfo, report_name

__all__ = ["chitchat", "examples"]

_THANKS = re.compile(r"谢|感谢|辛苦|麻烦")
# Stores this small name every report in the reply.
_LISTED = 10
# "先问到这儿", "就这些": the asker is done for now.
_BYE = re.compile(rf"再见|拜拜|晚安|先(?:问|聊)?到这|先这样|就这些|没(?:有)?(?:别的|其他)|{LATER}")
_DOUBT = re.compile(DOUBT)
# "稍等我记一下": the asker is busy.
_WAIT = re.compile(r"稍等|等一下|等下|等等|记一下|翻翻")
_CHART = re.compile(r"图表|[柱条饼]状图|[柱饼]图|折线图|(?:画|出|做|生成)(?:个|张|一张|一个)?图")
_ACK = re.compile(r"^(?:好的|好|收到|明白了?|知道了|ok|okay)\W*$", re.IGNORECASE)
# "谢谢，你都能干点啥？": what the bot does, asked after thanks, is answered.
_ABOUT_BOT = re.compile(
    r"[能会可](?:以)?(?:帮我|帮忙|为我|给我)?(?:做|干|帮|查|回答|答)|你是|怎么用|如何使用"
)


def chitchat(plan: Plan, catalog: Catalog) -> Answer:
    """A short reply saying what can be asked (input with no question gets a one-line hint)."""
    # The question as typed: a thanks or greeting taken off as a lead-in still says what it is.
    asked = normalize(plan.question).strip()
    shown = examples(catalog)
    # "谢谢哈": thanks with a sound after them is no noise.
    if is_noise(asked) and not (_THANKS.search(asked) or GREETING.search(asked)):
        text = "请输入一个关于报告的问题" + (f"，例如：{shown[0]}" if shown else "。")
    elif _DOUBT.search(asked):
        text = "每个回答都摘自报告原文，并附有出处（报告、章节和原文），可对照引用核对。"
    elif plan.route.regions and not plan.route.inherited and not GREETING.search(asked):
        # "叶城县": a place named alone (not carried over); what may be asked of its report.
        text = _of_place(plan.route.regions[0])
    elif _BYE.search(asked):
        text = "再见！需要时随时提问。"
    elif _ACK.match(asked) or _WAIT.search(asked):
        text = "好的，有问题随时问。"
    elif _THANKS.search(asked) and not (GREETING.search(asked) or _ABOUT_BOT.search(asked)):
        text = "不客气！还有问题可以继续问" + (f"，例如：{shown[-1]}" if shown else "。")
    else:
        text = _capabilities(catalog, shown)
        if _CHART.search(asked):
            # "能直接出个柱状图吗": no picture is drawn; the figures, laid out, are what to
            # draw one from.
            text += (
                "\n不能直接绘制图表；可以把各报告的数字列成表"
                "（例如问“各报告……分别是多少，列个表”），便于制图。"
            )
    return Answer(question=plan.question, answer=text, abstained=False, kind="chitchat")


def _of_place(place: str) -> str:
    asked = ("存在哪些问题？", "下一步有哪些工作打算？", "报告的发布日期是哪天？")
    lines = [f"请问想了解{place}报告的哪方面？例如：", *(f"· {place}{a}" for a in asked)]
    return "\n".join(lines)


def _capabilities(catalog: Catalog, shown: list[str]) -> str:
    count = len(catalog.reports)
    lines = [
        f"您好！我根据已收录的{count}份法治政府建设工作报告回答问题，"
        "每个回答都注明出处（报告、章节和原文），报告中没有的内容会直接说明未找到。",
        "可以问某地的具体数字、存在的问题、下一步打算、报告的发布日期等，"
        "也可以比较两地或在各报告间排序。例如：",
    ]
    if count <= _LISTED:
        # A few reports are named, so the asker knows which places and years there are.
        held = sorted(catalog.reports.values(), key=lambda info: info.source)
        names = "、".join(
            f"{report_name(info)}（{info.year}年）" if info.year else report_name(info)
            for info in held
        )
        lines.insert(1, f"已收录：{names}。")
    return "\n".join([*lines, *(f"· {example}" for example in shown)])


def examples(catalog: Catalog) -> list[str]:
    """Example questions about the stored reports: their regions and years, newest first."""
    reports = sorted(
        (info for info in catalog.reports.values() if info.region),
        key=lambda info: (-(info.year or 0), info.source),
    )
    places = list(dict.fromkeys(_place(info) for info in reports))
    if not places:
        return []
    first, year = places[0], reports[0].year
    published = [_place(info) for info in reports if info.published]
    attribute = (
        f"{published[0]}报告的发布日期是哪天？" if published else f"{first}报告的标题是什么？"
    )
    return [
        f"{first}{f'{year}年' if year else ''}存在哪些问题？",
        f"{places[-1]}下一步有哪些工作打算？",
        attribute,
    ]


def _place(info: ReportInfo) -> str:
    return info.region or info.title
