"""The words that ask a verdict between sides or parts rather than a thing: which part of a
breakdown is the largest ("哪一类最多"), how far apart the sides are ("差得多", "差距大"), and
their figures added up ("两家加起来多少件"). The layout cues take them out of what each report is
asked for, and the verdicts read them to know which verdict is asked; kept apart from both, each
reads the same words without depending on the other.
"""

from __future__ import annotations

__all__ = ["ADDED", "FAR_APART", "SUM", "WHICH_PART"]

# "哪一类最多", "什么类型的…最少": which part of a breakdown one report states is the largest.
WHICH_PART = (
    r"(?:(?:哪[一两二三几]?|什么)(?:个|种)?(?:类型|类别|种类|类|种|项|方面|领域|块)的?"
    # "这些里哪个最多": which of the things just told, pointed at (not "其中哪个县").
    r"|(?:这些|这几[个项样类种]|其中|里面|里头|这里面|当中)(?:里|中|当中|里面|里头)?的?哪一?(?:个|样)"
    r"(?![县镇乡地家份报])的?)"
    r"(?=[^，,。？?]{0,15}最)"
)
# "差得多", "差距大", "相差很远": how far apart the sides are, which the difference tells.
FAR_APART = r"(?:差(?:得|的|距|别)?|相差)(?:很|挺|太)?(?:多|大|远)(?!少)"
# "加起来", "合计": figures added up, said by a word of adding.
ADDED = r"加起来|加在一起|加一块儿?|加一起|加在一块儿?|相加|合起来|合在一起|合计|总共|总计|共计"
# "两家加起来多少件", "合计多少": the sides' figures added up (``verdicts.asks_sum``).
SUM = (
    r"(?:[两三四五六](?:家|个|份)(?:地方|县|报告)?|两地|俩|仨)?"
    rf"(?:{ADDED}"
    # "各县…总和是多少", "总数是多少", "加一下", "加总": the same, said otherwise.
    r"|(?<!的)总和|总数(?=是|有|为|一共|共|多少|呢|[？?]|$)|加(?:一下|下|总)(?![强大快])|汇总(?=是|有|为|多少))"
)
