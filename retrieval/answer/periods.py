"""The period a figure covers ("全年", "2023年以来"), and the note an answer adds when the figures
it puts side by side cover different periods."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from retrieval.answer.cite import citation, subject
from retrieval.query.plan import Plan
from retrieval.schema import Answer
from retrieval.text.sentences import split_sentences
from retrieval.tuning import READ_ONCE
from retrieval.types import Passage

__all__ = [
    "asks_one_year",
    "cumulative",
    "figure_pointed",
    "period_note",
    "period_of",
    "with_periods",
]

# The time a figure covers, as the sentence before it says it.
_PERIOD = re.compile(
    # "全年累计": the sum of one year, no sum over years.
    r"(?:全年|年内|本年度?|当年|今年)累计|"
    r"(?:自|从)?(?:20\d\d年?|[^，,。；;\d自从]{1,4})以来|截至[^，,。；;]{1,12}|累计|"
    r"全年|今年|年内|本年度?|当年|上半年|下半年|20\d\d年(?:度|全年)?"
)
_SINCE = re.compile(r"以来|截至|累计|至今")


@lru_cache(maxsize=READ_ONCE)
def period_of(before: str) -> str:
    """The period the sentence names before its figure ("2023年以来,…"), or "": a sum over
    years first; of several, the one said last, nearest the figure ("热线自开通以来,运行…,
    自启动以来,累计受理…")."""
    found = [p.removesuffix("累计") if p != "累计" else p for p in _PERIOD.findall(before)]
    since = [p for p in found if _SINCE.search(p)]
    # "自启动以来,热线中心累计受理": when the sum began says more than 累计.
    began = [p for p in since if p != "累计"]
    return (began or since or found or [""])[-1 if since else 0]


# "今年…谁最多", "全年办了多少": a figure of one year is asked.
_ONE_YEAR = re.compile(r"今年|去年|全年|一年|本年度?|当年|年内|年度")


def asks_one_year(topic: str) -> bool:
    """True when ``topic`` asks a figure of one year ("今年", "全年")."""
    return bool(_ONE_YEAR.search(topic))


def cumulative(period: str, year: int | None) -> bool:
    """True when ``period`` (``period_of``) sums up more than the report's ``year``
    ("自开通以来", "累计"); "2023年以来" of a 2023 report is that year so far."""
    since = _SINCE_YEAR.search(period)
    if since and year and int(since[1]) >= year:
        return False
    return bool(_SINCE.search(period))


_SINCE_YEAR = re.compile(r"(20\d\d)年?(?:度)?以来")


def _label(period: str, year: int | None) -> str:
    if _SINCE.search(period):
        return period
    return f"{year}年全年" if year else "报告年度"


_DIFFERENT = "注：各数字的统计时段不同"
# "是2023年一年的吗", "是不是单一年度的": whether the figure is one year's, yes or no.
_YEAR_ALONE_ASKED = re.compile(
    r"(?:一年|全年|一整年|当年|单一年度|单个年度|一个年度)的?(?:数|数字|数据|量|数量)?(?:吗|么|不|呢)"
    r"|(?:是不是|是否)(?:单一|单个)?(?:一个)?(?:年度|一年|全年|当年)"
)


def period_note(
    stated: Sequence[tuple[str, str, int | None]], marks: Mapping[str, str] | None = None
) -> str:
    """A note when the figures of ``(name, period, report year)`` cover different periods
    ("全年" of 2025 and "2023年以来"), naming each period's reports (cited by ``marks``, name →
    "[n]"); "" when they agree."""
    mark = (marks or {}).get
    groups: dict[str, list[str]] = {}
    for name, period, year in stated:
        groups.setdefault(_label(period, year), []).append(name)
    if len(groups) < 2:
        return ""
    parts = "，".join(
        f"{'、'.join(name + mark(name, '') for name in names[:5])}"
        f"{'等' if len(names) > 5 else ''}为{label}"
        for label, names in groups.items()
    )
    return f"{_DIFFERENT}（{parts}），比较时请留意。"


# A figure, not a year ("2023年以来" says the period).
_FIRST_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]|年)")


def with_periods(plan: Plan, passages: Sequence[Passage], answer: Answer) -> Answer:
    """``answer`` with a note on the period each report's cited figures cover, when the
    question asks it ("这是哪年的数"): as the figure's sentence says it before the
    figure ("2023年以来"), else the report's year; else ``answer`` as it is. ``passages``:
    the passages the answer was read from (the sentence may open before the excerpt)."""
    if not plan.period or answer.abstained or not answer.citations:
        return answer
    said: dict[str, str] = {}
    periods: dict[str, tuple[str, int | None]] = {}
    stated = set(_FIRST_FIGURE.findall(answer.answer))
    for cited in answer.citations:
        if cited.source in said:
            continue
        opening = _before(cited.source, cited.start, passages)
        before = opening + cited.excerpt
        # The figure the answer states: one before it may be a name ("12345热线").
        figures = list(_FIRST_FIGURE.finditer(before, len(opening)))
        marked = _marked_figure(answer.answer, cited.n)
        figure = next(
            (f for f in figures if f.group() == marked),
            next((f for f in figures if f.group() in stated), figures[0] if figures else None),
        )
        period = _label(period_of(before[: figure.start()]) if figure else "", cited.year)
        periods[cited.source] = (period, cited.year)
        said[cited.source] = (
            f"{subject(cited.region, cited.title, cited.source)}为{period}[{cited.n}]"
        )
    note = f"注：所引数字的统计时段：{'；'.join(said.values())}（据各报告原文及报告年度）。"
    if len(periods) == 1 and _YEAR_ALONE_ASKED.search(plan.question):
        # "那个5726件是2023年一年的吗": yes or no first, then the period said.
        ((source, (period, year)),) = periods.items()
        note = f"{_one_year(period, year)}：{said[source]}（据报告原文及报告年度）。"
    verdict = ""
    if _MAY_COMPARE.search(plan.question):
        # "能直接比吗": asked yes or no, the verdict from the periods comes first.
        apart = len({_label(period, year) for period, year in periods.values()}) > 1
        verdict = "统计时段不同，不能直接比较。" if apart else "统计时段相同，可以直接比较。"
    lines = answer.answer.split("\n")
    at = next((i for i, line in enumerate(lines) if line.startswith(_DIFFERENT)), None)
    if at is None:
        lines.append(note)
    else:
        # The note that the periods differ is said once, where it stood, with the periods.
        lines[at] = note if verdict else f"{note}各报告统计时段不同，比较时请留意。"
    return answer.model_copy(update={"answer": "\n".join([verdict, *lines] if verdict else lines)})


# "能直接比吗", "可不可以放一起比": whether the figures may be weighed against each other.
_MAY_COMPARE = re.compile(
    r"(?:能|可以|可不可以|能不能|能否|可否)[^，,。？?]{0,12}?(?:比|比较|对比)"
)


# "那个37116件": a figure the question quotes, pointing at the sentence that states it.
_QUOTED_FIGURE = re.compile(
    r"\d+(?:\.\d+)?(?:万|亿)?[余多]?(?:件|人次|人|次|项|个|名|场|期|户|家|条|份|元|%)"
)


def figure_pointed(plan: Plan, passages: Sequence[Passage], answer: Answer) -> Answer:
    """``answer``, or when it abstains on a question asking only the period of a figure it
    quotes ("叶城那个37116件能直接一起比吗"), the sentence stating that figure, which the note
    on periods then tells of."""
    quoted = _QUOTED_FIGURE.findall(plan.topic) if plan.period and answer.abstained else []
    for passage in passages if quoted else ():
        for start, end in split_sentences(passage.text, passage.start):
            text = passage.span(start, end)
            if all(figure in text for figure in quoted):
                cited = citation(1, passage, start, end)
                who = subject(passage.region, passage.title, passage.source)
                said = f"{who}：{text.rstrip('。；;，, ')}[1]"
                return answer.model_copy(
                    update={"answer": said, "abstained": False, "citations": [cited]}
                )
    return answer


def _one_year(period: str, year: int | None) -> str:
    """Whether a figure of ``period`` is one year's: no when it sums up more than the report's
    ``year``; not said when it runs from that year on ("2023年以来" of a 2023 report may or may
    not end with the year)."""
    if cumulative(period, year):
        return "不是单一年度的数"
    if _SINCE.search(period):
        return "报告未明确是否仅为一年的数"
    return "是一年的数"


def _marked_figure(answer: str, n: int) -> str | None:
    """The figure the answer states right before its mark ``[n]`` ("…37116件[4]"), or None."""
    at = answer.find(f"[{n}]")
    if at < 0:
        return None
    start = max(answer.rfind("\n", 0, at), answer.rfind("]", 0, at)) + 1
    figures = _FIRST_FIGURE.findall(answer, start, at)
    return figures[-1] if figures else None


def _before(source: str, start: int, passages: Sequence[Passage]) -> str:
    """The text of the sentence holding ``start`` that comes before it."""
    for passage in passages:
        if passage.source == source and passage.start <= start < passage.end:
            opening = max(
                (a for a, _ in split_sentences(passage.text, passage.start) if a <= start),
                default=passage.start,
            )
            return passage.span(opening, start)
    return ""
