"""Which places or reports a question asks about by what they did or said: "哪个县在推X",
"X是哪份报告的做法", "哪几家弄了X". Read by ``shape`` to tell a mentions question."""

from __future__ import annotations

import re

__all__ = ["DOING", "WHICH_PLACES", "WHOSE"]

# "“一村一警”是哪份报告的做法": the report whose words a thing is.
WHOSE = re.compile(
    r"^.{2,}?(?<!的)(?:是|属于|出自|来自)哪(?:一?份|个|家)(?:报告|县|地方|地区)?(?:里|中)?的?"
    r"(?:做法|内容|提法|说法|经验|举措|措施|工作|创新|亮点)?[吗呢]?[？?。！!\s]*$"
)
WHICH_PLACES = re.compile(
    r"哪些(?:县|地方|地区|报告|乡镇|单位)|哪几(?:个|份)(?:县|地方|报告|乡镇)"
    # "X的提法哪个报告里有": which report holds it.
    r"|哪(?:一)?(?:份|个)(?:报告|文件)(?:里|中|当中)(?:有|写|讲)"
    # "府院联动 哪个报告有": the same, said last.
    r"|哪(?:一)?(?:份|个)(?:报告|文件)有(?=[吗呢]?[？?。！!\s]*$)"
    # "给企业搞X的 是哪几份": the reports that did what is said before.
    r"|(?<=的)[，,\s]*(?:是|有)哪(?:几|些)(?:个|份|家)?(?:报告|县|地方)?(?=[呢]?[？?。！!\s]*$)"
    # "有没有地方组织…": whether any place did it.
    r"|(?:有没有|是否有|有无)(?:哪个|哪些|哪家|哪份)?(?:县|地方|地区|乡镇|单位|报告)"
)
# "哪个县在推X", "有没有哪个地方在做X", "X谁家搞了": which place is doing something (在 + a
# verb of doing, or the verb with its aspect particle).
_DOING_VERB = r"(?:做|搞|弄|干|推|抓|用|开展|推行|实行|实施|建|落实|探索|试点)"
# "哪些", "哪几家", "哪份", "有没有哪家": which of the reports (or places).
# ("覆盖到哪一级了", "哪方面": which level or part of a thing, no place.)
_WHICH_OF = r"哪(?:(?:些|几)?(?:个|家|份)|些|几|(?![一级层步种类样方]))"
DOING = re.compile(
    rf"(?:{_WHICH_OF}|有没有(?:{_WHICH_OF})?|谁家?|(?<!哪)(?:几|多少)(?:个|家)?(?=县|地方|地区|乡镇|单位))"
    r"(?:县|地方|地区|乡镇|单位|报告)?(?:也|还|都|正|真的?|确实)?(?:已经|已|开始|正在)?"
    # "有几个县给企业搞了X": for whom it was done, between who and the doing.
    r"(?:[给为帮替向对][\u4e00-\u9fff]{1,6}?)?"
    rf"(?:(?:没有?|未)(?:在)?{_DOING_VERB}|在{_DOING_VERB}|{_DOING_VERB}(?:了|过)"
    # "X有几个县开始谋划了": any doing, done, that ends the question.
    r"|[\u4e00-\u9fff]{2}了(?=[？?。！!\s]*$))"
    # "X这个做法哪几家都有": which of them have it.
    rf"|(?<=[些几])(?:个|家|份)?(?:都|也)有(?=[？?。！!\s]*$)"
)
