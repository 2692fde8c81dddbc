"""The words that ask for the reports' figures: which reports give one ("哪几家有具体数字"),
a field's figures to be listed ("相关的数据列一下") or named alone as the question ("应急方面的
几个数"), and figures where a report gives them ("有数字的附上数字"). A table or a list quotes
each figure its report states anyway, so these name no thing counted; they are kept together
because the layout cues, the list shape and the aspects asked each read them alike.
"""

from __future__ import annotations

import re

__all__ = [
    "FIELD_FIGURES",
    "FIGURES_ASKED",
    "FIGURES_LISTED",
    "FIGURES_TOLD",
    "FIGURES_WHERE_GIVEN",
    "POINTS_TOLD",
]

# "哪几家有具体数字", "都有啥数字": the reports that give a figure, which a table shows.
FIGURES_ASKED = (
    r"(?:都)?(?:有(?:没有)?|给出?了?|写了?|报了?|列了?|提供了?)(?:啥|什么|哪些)?(?:些)?"
    r"(?:(?:具体|详细|主要|关键|核心|重要|硬性|刚性|硬|亮眼|量化)的?){0,2}"
    # "调解有哪些数": 数 alone, ending the question, is its figures.
    # "各有啥数？做成表": a clause may follow that says how to lay them out.
    # "有哪些量化指标": figures a plan sets, which its sentences state.
    r"(?:数字|数据|(?<=具体)指标|(?<=量化)指标|(?<=[硬刚]性)指标"
    r"|(?:(?<=哪些)|(?<=什么)|(?<=啥))数(?=[？?。！!\s]*$|[？?，,]))"
)
# "…的几个数据帮我列出来", "相关的数据列一下": a field's figures, asked to be listed.
FIGURES_LISTED = (
    r"(?:几个|一些|相关|各项|主要|具体|有关)?的?(?:数据|数字)[，,]?(?:都|也)?(?:帮我|给我|请)?"
    r"(?:列出来|列一下|列举一下|列举|罗列一下|梳理一下|整理一下|说一下|说说|讲讲"
    # "用数字佐证": the items, each borne out by its figures.
    r"|(?:来)?(?:佐证|印证|支撑|说话)"
    # "公证的数据也给我": handed over, as listed.
    r"|(?<=[也都据字])(?:给我|发我)(?:一下|看看)?)"
)
# "应急方面的几个数", "执法工作的数据": a field's figures, named alone as the question.
# "应急这块的数据呢，队伍、信息员、演练这些": examples of what they cover may follow.
FIELD_FIGURES = (
    r"(?:方面|领域|工作|这一?块)的?(?:几个|一些|相关|各项|主要|具体|有关)?的?(?:量化)?(?:数据|数字|数|指标)"
    r"(?=(?:呢|吧)?(?:[，,]?(?:列表|列个表|表格)?[？?。！!\s]*$"
    r"|[，,][^，,。？?！!]{1,24}(?:这些|这几[个项类样]|之类的?|等等?|啥的|什么的)[？?。！!\s]*$))"
)
# "有数字的附上数字": figures where a report gives them, which its row quotes anyway; no
# count is asked.
FIGURES_WHERE_GIVEN = (
    r"(?:有(?:具体)?(?:数据|数字)的(?:话)?[，,]?)?(?:请|就|也)?(?:给出|列出|附上|写上|标上|带上|注明)"
    r"(?:具体)?的?(?:数据|数字)"
)
# "报了哪些数", "写了具体条数": a report's telling its figures, before what they are.
FIGURES_TOLD = r"(?:报|给|写|列|提供)(?:了|出)?(?:具体)?的?"
# "…是怎么做的，网格、调解员、案件数都说说": what to touch on, told beside a list; a count
# named there ("案件数") is an item's figure, no count of its own.
POINTS_TOLD = re.compile(
    # ("…做了啥？案卷、检查、证件这几块都讲讲": in a sentence of its own too.)
    r"[，,？?\s](?P<points>[^，,。？?！!\s]{1,30}?)(?:都|也|一并|顺便|再)?"
    r"(?:说说|讲讲|说一下|讲一下|说下|讲下|谈谈|谈一谈|介绍一下|介绍介绍|提一下|带一下)"
    r"(?:吧|呢|啊)?[？?。！!\s]*$"
)
