"""The words of a question over several reports that say how to lay the figures out.

Which place, most or least, each, respectively, compared with, asked in passing ("顺带把名次讲
一下", "没提的也标一下"): none of them is part of what each report is asked for, so they are
taken out before the rest is asked of every report (``measure.measured``).
"""

from __future__ import annotations

import re

from retrieval.query.done_by import done_by
from retrieval.query.figures_asked import FIGURES_ASKED, FIGURES_TOLD, FIGURES_WHERE_GIVEN
from retrieval.query.places_asked import (
    FIRST_PLACE,
    FIRST_PLACES,
    LAST_PLACE,
    NTH_PLACE,
    TOP_PLACE,
    WHICH_FEW,
)
from retrieval.query.presenting import PRESENTING
from retrieval.query.verdict_cues import FAR_APART, SUM, WHICH_PART

__all__ = [
    "EACH_PLACE",
    "ORDER_ASKED",
    "ORDER_WHAT",
    "TABLE_ORDER",
    "layout_cues",
    "without_layout",
]

# "按…排一下", "排个队", "排前三", "怎么排": the order asked, not what is ordered ("麻烦全部
# 排一下": all of them, put in order).
# "降序排列", "按升序": the order, in the words of a table.
TABLE_ORDER = r"(?:降序|升序|倒序)(?:排列|排序|排)?"
# "按X排又是什么顺序": the order it makes, asked.
ORDER_WHAT = r"(?<![安编并彩])排[^，,。？?！!]{0,4}?(?:什么|怎样的?|怎么样的?|啥)(?:顺序|次序|名次)"
ORDER_ASKED = (
    r"(?:麻烦|烦请)?(?:全部|全都|统统|一起|都)?(?:如何|怎么|怎样)?(?:依次|挨个|按顺序)?(?:再|重新)?(?<![安编并彩])排(?:个|一下)?[序名列队]"
    r"|名次|排一排|(?:麻烦|烦请)?(?:全部|全都|统统|一起|都)?(?:依次|挨个|按顺序)?(?:再|重新)?(?<![安编并彩])排(?:排队|排看?|一下|一次|一遍|个?(?=前))|"
    r"(?:怎么|怎样|如何)?(?<![安编并彩])排(?=[吧吗呢？?。！!\s]*$)"
    rf"|{TABLE_ORDER}|{ORDER_WHAT}|(?<![安编并彩])排出(?:名次|先后|顺序|次序)?"
)
# "成功率都写了吗": whether each report states it, which its line shows.
_STATED_OR_NOT = (
    r"(?<=[\u4e00-\u9fff])(?:都|也|是否都)(?:写了|提了|给了|写)(?:吗|没有?|没)(?=[？?。！!\s]*$)"
)
# "…的相关数据", "…的量化表述": the figures stated of what is named.
_FIGURES = r"(?:(?:具体|相关|有关|工作量)?(?:数字|数据)|量化(?:数字|数据|表述|情况|指标)?)"
# "各县", "各个地方", "各报告": every report, one by one.
EACH_PLACE = r"各个?(?:县|地区|地方|地|乡镇|家|报告|份报告|单位)"
# Which place, most/least, each, respectively, compared with: how to lay figures out.
_CUES = re.compile(
    rf"(?:{NTH_PLACE})的?|{WHICH_PART}|"
    # "谁发得多": the verb before 得 only repeats what the question counts.
    r"(?:谁家?|哪一?(?:个|份|边|方|家|里)(?:县|镇|乡镇|地方|报告)?)(?:[\u4e00-\u9fff]{1,2}得)?(?:的)?(?:数量|数目|人数|人)?(?:更|较|最)?"
    r"(?:多|少|高|低|大|小|早|晚)(?:一些|一点)?|"
    # "各开了几次": the adverb 各 (each) before a verb; "各级", "各类" name things.
    r"各(?=有|是|为|多少|几|[\u4e00-\u9fff]了)|(?:是)?哪(?![两二三四五][个家份]|[俩仨])(?:一|几|些)?(?:个|份|家|里|儿|边|方)?"
    r"(?:县|乡镇|镇|乡|区|市|地方|地区|报告|单位)?(?:里|中|当中)?|谁家?|"
    r"最(?:多|少|高|低|大|小|早|晚|新|老|长|短|快|慢|勤)|垫底|倒数(?:第一)?(?!第)(?:名|位)?|[更较](?:多|少|高|低|大|小)|"
    r"(?:从|由)?(?:多到少|少到多|高到低|低到高|大到小|小到大|早到晚|晚到早)|"
    rf"{ORDER_ASKED}|{_STATED_OR_NOT}|"
    r"(?:^|(?<=[，,？?。\ue000请]))按(?!照|时|期|报告|县|地区|地方|单位)|按(?=[从由]|[多少高低大小早晚]到)|"
    rf"{FIRST_PLACE}|{FIRST_PLACES}|(?:是)?{WHICH_FEW}(?:县|地方|地区|报告)?|(?:的是)?(?:{TOP_PLACE}|{LAST_PLACE})|"
    # A written request: "请问在X方面，…", "…的数量情况", "并按件数从高到低排序".
    r"(?:^|(?<=[，,。？?\ue000]))(?:请问|请(?![把给帮]))|"
    # "给我列个表", "麻烦帮咱们…": who asks, politely, names nothing asked.
    r"(?:^|(?<=[，,。？?：:\ue000]))(?:请|麻烦|劳驾)?(?:给|帮|替)(?:我|咱)们?|"
    # "麻烦列个表": the request's courtesy alone, before its verb.
    r"(?:^|(?<=[，,。？?：:\s\ue000]))(?:麻烦|劳驾)(?:你|您)?(?![事的])|"
    r"(?:^|(?<=[，,。？?：:\s\ue000]))咱们?(?:这边|这里)?(?=[\u4e00-\u9fff，,\s])|(?:^|(?<=[，,\ue000])|(?<=请问))在(?=[^，,。？?]{1,20}方面)|"
    r"(?<=[\u4e00-\u9fff])(?:工作)?方面(?=[，,\ue000])|"
    # "就政务公开而言，…": the field, framed; "二者相差多少": the sides, pointed at.
    r"(?:^|(?<=[，,\ue000]))就(?=[^，,。？?]{1,20}而言)|(?<=[\u4e00-\u9fff])而言(?=[，,\ue000])|"
    # "两个差多少", "俩谁多": the two sides asked about, pointed at before the verdict.
    r"二者|两者|双方|两边|(?:(?:这|那)?(?:两个|俩)|[它他她]们|[它他她]俩|(?<=是)[它他她]的?)(?:之间)?(?=哪|谁|差|相差|比|[多少高低几]|一共|加|合)|"
    rf"{FIGURES_WHERE_GIVEN}|{PRESENTING}|"
    # "都有的话一起列": which reports to list, and how.
    r"(?:都|要是|如果)?有的话|(?:一起|一并|一块儿?|都)(?:列|排|放|写)(?:出来|出|上|一下)?(?=$|[，,。？?！!\ue000])|"
    # "两家加起来多少件": the sides' figures added up, no part of the thing.
    rf"{SUM}|"
    # "按X对五份报告排序": the reports ordered, after what they are ordered by.
    r"(?<=[\u4e00-\u9fff）)])对(?=(?:这|那)?(?:[几两三四五六七八九十]份|各个?|所有|全部)?"
    r"(?:报告|县|地方|地区|单位)(?:进行|作|做)?(?:(?:从|由)?[多少高低大小]到[多少高低大小])?"
    r"(?:排序|排名|排列|排个序|排一下))|"
    # "给个从多到少的排序", "给排个序": asking for the order.
    r"(?:给|来|帮)我?(?:一?个)?(?=(?:从|由)?(?:多到少|少到多|高到低|低到高|大到小|小到大|早到晚|晚到早)|排)|"
    # "第二是谁": the places after the first, which the order gives.
    r"第[二三四五](?:名|位)?(?:是|为)?(?:谁|哪(?:个|家|里)?)?(?=[，,。？?！!\ue000]|$)|"
    # "一家一行", "没写的标未提及": how the table is to be laid out.
    r"[一每](?:个|份|家)?(?:家|份|个|地|县|镇|报告|地方)一行|(?:没|未)(?:写|有|提)的?(?:就)?(?:标|写|注明?|标注)(?:为|成)?(?:未提及|没有|无)|(?<=[数量地])情况(?=并|[。？?！!\s]*$)|(?<=排名|排序|排行|名次)情况|"
    r"并(?:且)?(?:排[序列名]|(?=按|列|说明|比较|请))|(?<=[\u4e00-\u9fff”」]{2})中(?=[，,\ue000])|"
    rf"{EACH_PLACE}(?:的报告)?(?:里|中|当中)?|[每逐](?:份|个)(?:报告|县|地方)(?:里|中|当中)?|"
    # "2025年的报告里，…": the reports read, once their year is taken out.
    r"^的?(?:报告|材料)(?:里|中|当中|里面|里头)(?=[，,])|"
    # "…，逐份报告说一下": the request to tell it.
    r"(?:说|讲|谈|介绍)(?:一下|下)(?=[。？?！!\s]*$)|"
    # "这几个县各讲了啥": the places, each asked what it says of the thing.
    r"(?:这|那)?[两三四五六七八九十几]个(?:县|县市|乡镇|镇|乡|地方|地区|报告)(?=各|分别)|"
    r"各(?:自)?(?:写|说|讲|提)了?(?:些)?(?:什么|啥)(?=[。？?！!\s]*$)|"
    # "每家是怎么说的": how each words it, which its row quotes.
    r"(?:是)?(?:怎么|如何|咋)(?:写|说|讲|表述)的?(?=[。？?！!\s]*$)|"
    # "几个地方排个名": the places the figures are laid out by, not a count of places.
    r"(?:这|那)?几个(?:地方|地区)(?:的报告)?(?:里|中|当中)?|"
    # "几个县里谁…", "五个地方哪个…": the places compared, named before the question word.
    r"(?:这|那)?[几两三四五六七八九十]个(?:县|县市|乡镇|镇|乡|地方|地区)(?:的报告)?(?:里|中|当中|之间|(?=哪|谁))|"
    # "五份里谁最多", "五家里哪个": the reports compared, counted.
    r"(?:这|那)?[几两三四五六七八九十](?:份|家)(?:报告)?(?:里|中|当中|之间)|"
    r"(?:^|(?<=[把将]))(?:这|那)?[几两三四五六七八九十]个(?:县|县市|乡镇|镇|乡|地方|地区)|"
    # "额敏、普兰、003这三家比一下": the sides, counted as households are.
    # "A、B、C三家审查…": once the sides are gone, their count opens the clause.
    r"(?:这|那)[几两三四五六七八九十俩仨]家|(?:^|(?<=[，,、\s\ue000]))[两三四五六七八九十俩仨]家(?=[\u4e00-\u9fff]|\d{3,})|"
    # "阿克陶县下面那个镇", "是那个镇的几倍": a place named again by pointing at it.
    r"(?:下面|下属|下辖|所属)?的?(?:那|这)(?:个|份)(?:县|镇|乡|乡镇|地方|报告)的?|"
    # "…调处这块": the field the question is about, said again.
    r"(?<=[\u4e00-\u9fff”」\d])(?:这|那)(?:一?(?:块|方面|项)儿?|个)(?=[，,]|哪|谁|$)|"
    # "我在写个对比材料，…", "…？我看有的数字挺小": a clause on what the asker is doing or
    # thinks, asking nothing ("我想知道X，…" names what is asked; 我县 is a report's place).
    r"(?:^|(?<=[，,。？?！!\ue000]))我(?:正在|在|正|要|需要|准备|打算|看|觉得|感觉|听说)"
    r"[^，,。？?！!几多哪谁吗么呢什啥知问查]*(?=[，,。？?！!]|$)|"
    # "顺便把排名说一下": asked in passing.
    r"(?:顺便|顺带|顺手)(?:把|给)?(?:一?个)?|也?(?:说|讲|弄|搞|整)(?=一?下)|(?<=[说讲])下(?=[多几]|$)|"
    # "整个表我看看", "弄个对照表": the table asked for, in everyday words.
    r"(?:整|弄|做|出|给|汇总|整理|列|拉)?成?(?:个|一个|一张|张)(?:对照|对比|比较|汇总|统计)?表格?|(?:对照|对比|比较|统计)表|"
    # "复议和应诉两列", "…两个数一张表": how many columns or figures, no part of the things.
    r"(?<=[\u4e00-\u9fff])(?:[两二三四五]|\d)(?:列|个数(?:字|据)?)(?=[，,。？?！!\s]|一张|一个|做|列|$)|"
    # "帮我做个对照": the sides set against each other, as a table sets them.
    r"(?:整|弄|做|搞)(?:个|一个|一下)(?:对照|对比|比较)(?=[，,。？?！!\s]|$)|"
    # "做成表格", "表格列一下", "按报告列出来": the layout asked, in everyday words.
    r"(?:做|整理|汇总|列|弄|制)成(?:对照|对比|比较|汇总|统计)?表格?|(?:用|以)?表格(?:的形式)?|"
    r"[按分](?:报告|县|地区|地方|单位)(?=列|分别|逐|排)|我?(?:看看|瞧瞧)(?=[？?。！!\s]*$)|"
    # "办结率又是多少", "搞得最多", "最少啊？", "几倍来着": words of speech, not of the thing.
    r"又(?=是|有)|(?:搞|弄|整|做|干)得(?=最|更|较)|[啊呀嘛哦呗](?=[？?。！!，,])|来着|"
    # "报告里有提到X的吗？分别多少": whether a report says it, then its figure.
    r"(?:报告)?(?:里|中)?(?:有没有|有)(?:提到|提及|讲到|说到|写到|谈到)(?:过)?|的?[吗么](?=[？?，,])|"
    # "哪几家有具体数字": the reports that give a figure, which a table shows; "关于执法证的数字":
    # the figures of what is named.
    # "哪个县报告里的数字最高": where the figures are read, no part of what they count.
    r"报告(?:里|中|当中)(?=的?(?:具体)?(?:数字|数据))|"
    rf"{FIGURES_ASKED}|(?<=[\u4e00-\u9fff])的?{_FIGURES}(?=[，,（(\ue000都也各最]|分别|是|对比|比较|相比|比一|横向|$)|"
    # "把几份报告的数字都拉出来", "每份报告都看一下": brought out to be laid side by side.
    r"(?:都|也)?(?:拉|列|摆|找|拿|调)出来|(?:都|也)(?:看|查|瞧)(?:一下|下|看)(?=[，,。？?！!\s]|$)|"
    # "五个地方做个对比表": the places a table is of.
    r"[两三四五六七八九十几]个(?:县|地方|地区|报告)(?=做|列|对比|比较|比一比|排)|"
    r"(?:^|(?<=[，,\ue000]))(?:关于|有关)(?=[\u4e00-\u9fff]{2})|"
    # "现需梳理…", "制表…", "帮忙…": the request, said at a clause's opening or in passing.
    r"(?:^|(?<=[，,\ue000]))(?:现需|需要)?(?:梳理(?![了出过])|制表)|(?:请|麻烦)?帮(?:个)?忙|"
    r"(?:^|(?<=[，,\ue000]))(?:现|目前)?(?:需|需要)(?:收集|统计|整理|汇总|了解|掌握|核实)?(?=\ue000)|"
    r"(?:^|(?<=[，,\ue000]))(?:现|目前)?(?:需|需要)(?:收集|统计|整理|汇总|了解|掌握|核实)|"
    # "持证情况…相关数量及年度": the amount of what is named, and the year it is of.
    r"(?:的)?(?:相关|有关)(?=数量|件数|人数|次数)|[及和](?:所属|统计)?(?:年度|年份)(?=[，,。\ue000]|$)|"
    # "领导要看…": who the answer is for, and that they will read it.
    r"(?:^|(?<=[，,\ue000]))(?:领导|上级|我们?|咱们)(?:要|想|需要|希望)(?:看|了解|掌握)(?:一下|下)?|"
    # "没写的标一下": the reports without the figure are to be marked, as a table does.
    r"(?:没|未)(?:写|提|提到|提及|有)的?(?:也)?(?:标|注|列|说)(?:一下|出来|明|上)?|"
    r"(?:(?:这|那)(?:[五四三两几]|\d{1,2})?[份个](?:报告)?|(?:[五四三两几]|\d{1,2})[份个]报告)(?:里|中|当中)?|"
    # "X，哪些报告提到了？各自多少": which reports say it, a clause of its own.
    r"(?:都|也)?(?:提到|提及|写到|讲到|说到|谈到)(?:了|过)?(?=[？?。！!，,]|$)|"
    # "成功率两家都有写吗": whether the sides state it, which their lines show.
    r"(?:两家|两边|两份|各家|几家|大家)?都?有(?:没有)?写(?:到|明)?(?:吗|么|没有?)?(?=[？?。！!，,]|$)|"
    # "X情况，五家各是怎么写的？A或B列表即可": how each report words it, which each row quotes.
    r"(?:各|分别|都)(?:是)?(?:怎么|如何|怎样)(?:写|说|表述|讲)的?(?=[？?。！!，,]|$)|"
    r"(?<=[\u4e00-\u9fff])(?:即可|就行了?|就可以了?|就好)(?=[？?。！!，,\s]|$)|"
    # "12345每家办了多少件": each report, before what it did ("每家企业" is a thing).
    r"每(?:一)?(?:家|份(?:报告)?|个(?:县|地方|报告|镇|乡镇))(?=[办有是都各分搞做开审发收受处查]|多少|几)|"
    # "普兰那边咨询多少": the side pointed at again, no part of the thing.
    r"(?:那|这)边(?=[\u4e00-\u9fff])(?![多少高低大小])|"
    # "对比以下几家：…", "给五家排个序": the reports laid out, pointed at or counted.
    r"(?:以下|下列|如下)(?:这)?(?:几|[两三四五])?(?:家|个|份)(?:县|地方|报告)?(?=[：:，,]|$)|"
    r"给(?:这|那)?(?:[五四三两几]|\d{1,2})?(?:家|份(?:报告)?|个(?:县|地方|报告))(?=排|列|比|做|对)|"
    # "五份一起列": every report, counted.
    r"(?:[五四三两几]|\d{1,2})份(?=一起|一并|一块|都|全|分别|各)|"
    # "只看讲2025年的那几份": which reports to read, said before pointing at them.
    r"(?:只|就|仅)看(?:讲|说|写)?的?(?=(?:这|那)[五四三两几]?[份个])|"
    r"[两二三](?:地|县|镇|个(?:县|镇|乡镇|地方))|所有报告|全部报告|"
    # "普兰县、克孜勒陶镇、003号报告三者的": the sides named, counted.
    r"(?<=[县镇乡区市份告])[两二三四五](?:者|方|地|家)(?:之间)?的?|"
    r"(?:^|(?<=[，,\ue000]))(?:[两二三四五](?:者|方|地|家)(?:之间的?|的)|[两二三四五](?:者|方|地)(?=[\u4e00-\u9fff]))|"
    # "报了哪些数": the figures a field states; "放一块比比": the sides set side by side.
    rf"{FIGURES_TOLD}(?:哪些|什么|啥)?(?:数据|数字|数)|"
    r"(?:放|摆)(?:在|到)?一(?:块儿?|起)(?:看看?)?(?=比|对|[，,。？?！!\s]|$)|(?:^|(?<=[，,\ue000]))(?:两边|双方)(?=[差相多少高低谁])|"
    r"(?:[两二三四]项)?分别|各自|(?:列|弄|做|整|搞)(?:个|一|张)?表|列(?:个|一份|一个|一)?(?:清单|单子)|(?:分项|逐项|逐条|分条)?(?:给我|帮我)?(?:列一下|列出(?:来)?)|(?:分项|逐项|分条)(?:给我|帮我)?(?:说|讲)(?:一下|下)?(?=[，,。？?！!\s]|$)|列举|(?:烦请|请|麻烦)?(?:对照|逐一|逐份|逐个|逐家|逐项|分别)?列[示明]|[（(][）)]|一览|汇总|统计(?:一下|下)(?=[，,。？?！!\s]|$)|逐一|"
    r"相比|对比(?:一下|下)?|比较(?:一下|下)?|对照(?:一下|下)?(?!表)|比一比|比比(?:看)?|(?:^|(?<=[个家份者边方，,\ue000]))比(?:一下|下)|[Vv][Ss]|(?:相)?差多少(?!倍)(?:个(?=[人名]))?[件个次人名项场份本条家期]?|"
    # "跟003比差在哪": where one side falls behind, in the figures set side by side.
    r"(?<=比)(?:一下|一比)?[，,]?差在哪(?:里|儿)?|"
    # "差距有多大", "相差几件", "差得多吗", "差距大不大": how far apart the sides are.
    rf"{FAR_APART}(?:不(?:多|大|远))?(?:吗|么|不|呢)?(?=[，,。？?！!\s]|$)|"
    r"(?:并|并请)?(?:说明|写明|列明|注明|给出|算出)?(?:两者|二者|其)?的?"
    r"(?:差距|差别|相差|差额|差值)(?:有|是|为)?(?:多大|多少(?!倍)|几(?!倍)(?:个(?=[人名]))?[件个次人名项场份本条家期]?)?|"
    r"多于|少于|高于|低于|"
    # "A比B多多少": the comparative before 多少 (and its 比) asks a difference.
    r"比?[多少高低]出?多少(?:个(?=[人名]))?[件个次人名项场份本条家期]?|(?:大概|大约|大致|约)?(?:是|差|相差)?"
    # "是对方的几倍": the other side, pointed at; "差了多少倍", "相差几倍": the ratio asked.
    r"(?:相差|差了?)?(?:(?:对方|另一[方家个边])的?)?(?:几|多少)倍(?:多|关系)?|"
    # "后者是前者的几倍": the sides, pointed at by their order.
    r"(?:前者|后者)(?:大概|大约|大致|约)?(?:是|比)?(?:前者|后者)?的?(?=[几多少高低]|$)|"
    # "多几件", "差了多少", "少了多少件": the difference asked, in other words.
    r"[多少高低差][了出]?几(?:个(?=[人名]))?[件个次人名项场份本条家期]?|[多少高低差]了多少[件个次人名项场份本条家期]?|"
    r"(?<=[多少高低])(?:一些|一点)|(?:^|[，,\ue000])(?:请|麻烦)?(?:把|给我?|帮我)|"
    # "帮领导理几个要点", "给领导准备": whom the answer is for, who is no part of the thing.
    r"(?:帮|给|替|为)(?:我们|咱们)?(?:领导|局长|书记|县长|镇长|主任|科长)"
    r"(?=(?:整理|梳理|归纳|概括|总结|准备|汇总|列|理|写|说|讲|找|查))|(?:^|[，,\ue000])请|一下(?=$|[，,。？?！!\s])|(?<=汇总|统计|整理|梳理|归纳)(?:一下|下(?=$|[，,。？?！!\s]))|"
    # "…情况给我整理一下": putting it in order for the asker, at the end, is no part of it.
    r"(?<=[\u4e00-\u9fff])(?:整理|梳理|归纳)(?=(?:一?下)?(?:[，,。？?！!\s]|$))|"
    # Asking someone to do it ("给我排一下", "排个名看看"), and the basis of an order ("按人次
    # 算"): how to lay the figures out, no part of what is counted.
    r"(?:给|帮|替)我(?=[\u4e00-\u9fff]{0,2}[排列比看查找统整])|(?:给|发)(?:我|咱)们?(?=[？?。！!\s]*$)|(?:看看|瞧瞧)(?=$|[，,。？?！!\s]|谁|哪)|"
    r"(?<![计结预核清打推换估合])(?:来)?算(?=的话|[，,。？?！!\s]|哪|谁|$)|"
    r"(?:是否)?(?:一样|相同|相等|持平)(?:吗|么|不)?|"
    # "有区别吗", "有什么不同": whether the sides differ, asked at a clause's end.
    r"(?:有没有|有)?(?:什么|啥|何)?(?:区别|不同|不一样|差异|异同)(?:吗|么|呢|没有?)?(?=[，,。？?！!\s]|$)|"
    # "…的信息多？", "…多吗": a bare 多/少/高/低 ending the question compares quantities.
    r"(?<![多最更较])[多少高低](?=(?:一些|一点)?[吗么呢]?[？?。！!\s]*$)|"
    # "…和B比怎么样": how the sides stand, asked at the end.
    r"(?:的?情况)?(?:怎么样|怎样|如何|咋样)(?=[？?。！!\s]*$)|"
    # "A高还是B高": once the sides are gone, each clause is only the adjective it asks.
    r"(?:^|(?<=[，,\ue000]))(?:更|较)?[多少高低早晚](?:一些|一点)?(?=[，,、？?。！!\s]|$)|"
    r"(?<!多)[多少高低早晚](?:一些|一点)?还是的?(?:[多少高低早晚](?:一些|一点)?(?=[，,？?。！!\s]|$))?"
)
# A dangling comparison verb or conjunction once the sides are gone ("…跟X比，谁多").
_COMPARE = re.compile(
    # "横向比一比", "横向对比": across the sides, said before the comparing verb.
    r"横向(?=[对比排\ue000])|"
    # "拿A跟B比" without its sides: the verb that takes up the first.
    r"(?:^|(?<=[那，,\ue000]))拿(?=(?:跟|和|与|同)?比|[\ue000，,])|"
    # "A比B的X多吗" without its sides: "比的X多吗".
    r"(?:跟|和|与|同)?(?<!占)比(?=的|怎|如何|呢|[，,。？?！!：:\s\ue000]|$)|"
    r"(?:^|(?<=[，,\ue000]))(?:和|跟|与|同)(?=[，,\ue000]|$)|"
    # "…的次数跟，是不是相同": a conjunction ending a clause (not 总和's 和, 参与's 与).
    r"(?:跟|(?<![参给赋])与|(?<![总缓温平调])和)(?=[，,\ue000]|$)"
)
# Where a cue was taken out: it parts words as a comma does, but ends no clause.
_CUT = "\ue000"
_CUE_ROUNDS = 3
_PUNCTUATION = re.compile(r"[\s，,。？?！!：:；;]+")
_ASKS_FIGURE = re.compile(r"多少|几|率|(?<![多少无])数$")
_SENTENCES = re.compile(r"[？?。！!]+")
_COUNT_WORDS = re.compile(r"(?:是|有)?(?:多少|几)[\u4e00-\u9fff]{0,2}")
# A question that weighs the sides ("哪个多", "谁更高") or counts.
_WEIGHS = re.compile(r"(?:哪个|哪家|哪份|哪边|谁)(?:的)?(?:更|较)?[多少高低大小早晚]|多少|几|率")
# An adverb left where a cue after it was taken out ("…纠纷都列一下") is no part of the thing.
_EDGES = re.compile(r"^[、的是了得和跟与及]+|[、的是了得吗呢吧啊呀嘛哦呗把各都也]+$|来着$")
# Yes-no forms that ask a verdict, not a thing ("是不是比…多").
_YES_NO = re.compile(r"是不是|是否|有没有|能不能")


def without_layout(topic: str) -> str:
    """``topic`` without its layout cues, its clauses run together: the counted thing may sit
    in a clause before the one that asks ("…办件量，谁多"). Two clauses that each ask a figure
    ("办了多少件，办结率是多少") stay apart ("、"): each is a thing asked of its own, as is
    each of two questions that each weigh or count ("案件哪个多？纠纷各多少件？")."""
    sentences = [s for s in _SENTENCES.split(topic) if s.strip()]
    if len(sentences) > 1 and all(_WEIGHS.search(s) for s in sentences):
        things = [thing for thing in map(_without_cues, sentences) if thing]
        # "…谁家办得最多？说下多少件": a question of count words alone asks the first again.
        if len(things) > 1 and not any(_COUNT_WORDS.fullmatch(thing) for thing in things):
            return "、".join(things)
    return _without_cues(topic)


def layout_cues(text: str) -> str:
    """The layout cues of ``text`` alone ("排一下" of "能比的几家排一下"), run together."""
    return "".join(found.group() for found in _CUES.finditer(text))


def _without_cues(topic: str) -> str:
    asked = _YES_NO.sub(_CUT, done_by(topic))
    # A cue may stand only where another was taken out ("各报告关于…"): taken until none is.
    for _ in range(_CUE_ROUNDS):
        asked, taken = _CUES.subn(_CUT, asked)
        if not taken:
            break
    asked = _COMPARE.sub(_CUT, asked)
    # A 、 at a clause's edge joined sides now taken out ("叶城、普兰，…").
    edges = _CUT + "、"
    clauses = [c.strip(edges) for c in _PUNCTUATION.split(asked.strip(_CUT)) if c.strip(edges)]
    joined = clauses[:1]
    for clause in clauses[1:]:
        both = _ASKS_FIGURE.search(joined[-1]) and _ASKS_FIGURE.search(clause)
        joined.append(f"、{clause}" if both else clause)
    return _EDGES.sub("", "".join(joined).replace(_CUT, ""))
