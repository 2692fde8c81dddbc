"""The plan of a question: its shape, the reports it concerns, what to search for.

Planning (``retrieval.query.planner``) makes it; retrieval and answering only carry it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from retrieval.query.routing import Route
from retrieval.schema import AnswerKind

__all__ = ["Group", "Kind", "Plan"]

# One list of shapes for the plan and the answer JSON.
Kind = AnswerKind


@dataclass(frozen=True)
class Group:
    """Reports answered together: one region of a comparison, or all the question concerns.

    Attributes:
        label: the region named for this group (None when the question named none).
        sources: the reports to search (None: every report).
        topic: what this side of a comparison is asked, when the sides are asked different
            things ("A现有的X，是不是比B的Y多"); None: the plan's topic.
    """

    label: str | None
    sources: list[str] | None
    topic: str | None = None


@dataclass
class Plan:
    """What a question asks and where the answer must come from.

    Attributes:
        question: the question as the user asked it.
        asked: the standalone question (a follow-up rewritten with what it omits).
        topic: what is asked, without region and year mentions.
        kind: the shape of answer wanted.
        groups: the reports to answer from, one group per side of a comparison.
        query: the search text (the topic, plus an inherited topic for follow-ups).
        context: the previous question's topic when a follow-up inherits its region.
        route: regions and year the question names (or inherits).
        reason: why nothing can be answered (abstentions decided by planning).
        missing: named places with no report, said beside an answer for the others.
        note: what planning changed that the answer should say (a notice, not a claim).
        excluded: what the question leaves out ("执法资格考试不算"): a sentence naming all
            of one's words answers nothing.
        sections: each report's own part on the aspects asked (problems, plans) is listed,
            or its items counted ("各县存在的问题分别有哪些", "问题写了几条").
        about: the item of the previous answer a follow-up asks the plans for ("针对这个…
            下一步怎么办"): the plan item sharing most of its words answers.
        period: the question asks what period the figures cover ("这是哪年的数"):
            each cited figure's period is said after the answer.
        where: the question asks where in the report something is said ("在哪一部分"): each
            cited sentence's section is said after the answer.
        largest: the superlative asked of the parts of one figure ("哪一类最多" → "最多"); the
            topic is then the figure itself.
        year_said: a year before every report of the place asked ("2024年…反馈了多少条" of
            a 2025 report): only passages that write the year may answer.
        of_year: the year a question asks which reports cover ("哪几份是2025年度的"): every
            report's year is listed, those of this year named first.
        terms: a mentions question asking of several terms ("…X？Y呢"): one question per
            term, each answered on its own (``query.terms_asked``); [] for one term.
        besides: the reports the turn before asked of, when a mentions question asks of the
            others ("还有别的县写了X吗"): the answer says which others say it.
        sections_had: "had" or "lacking" when the question asks which reports give an aspect
            a part of their own (or lack one): the answer is read from their outlines.
        stated_only: the rows asked again without the reports that state nothing ("去掉没写
            的").
        claimed: a figure the asker puts forward ("你确定是38件？"), checked against those
            the answer cites.
        relative: the question asks by what share of the other one side exceeds it ("比叶城
            少百分之多少"): the difference is worked out as a share of the other's figure.
        verbatim: the question asks for the report's own words ("原文呢"): a fact's sentences
            are quoted whole, not cut to the clauses that answer.
        apart: questions asked one after another, each of a place of its own, each answered
            as a turn (``query.told_again``); [] else.
        one_each: the question asks one figure a report ("一县一个数就行"): a table's row
            gives the figure alone, not the run of like figures beside it.
        companions: the question asks the figures stated beside the asked one ("如有调解和解
            率等数据也请注明"): a comparison's side quotes its sentence's figures after it.
        stress: what a list question asks to be told more of ("其中针对执法人员培训的是
            哪条"): the items' sentences naming it are shown under them.
        share_of: the report whose share of every report's figures summed is asked ("额敏占
            合计的多少" after a ranking).
        averaged: the average of every report's figures summed is asked ("平均每家多少"
            after a table).
        standing: the place whose rank is asked among every report's figures ("额敏的X在
            各县里排第几"): the ranking says where it stands.
        within: the part of a report the turn before listed, when the question asks within
            it ("里面点名的法律有哪几部"): passages and parts inside it answer first.
        planned_in: the year of the report that states the plans for the year asked ("叶城
            2024年准备干啥" is answered by the 2023 report): the year the next turn inherits.
    """

    question: str
    asked: str
    topic: str
    kind: Kind
    groups: list[Group] = field(default_factory=list)
    query: str = ""
    context: str = ""
    route: Route = field(default_factory=Route)
    reason: str = ""
    missing: str = ""
    note: str = ""
    excluded: tuple[str, ...] = ()
    sections: bool = False
    year_said: int | None = None
    about: str = ""
    largest: str = ""
    share_of: str = ""
    averaged: bool = False
    relative: bool = False
    period: bool = False
    where: bool = False
    verbatim: bool = False
    claimed: str = ""
    stated_only: bool = False
    sections_had: str = ""
    of_year: int | None = None
    terms: list[str] = field(default_factory=list)
    besides: list[str] = field(default_factory=list)
    apart: list[str] = field(default_factory=list)
    one_each: bool = False
    companions: bool = False
    planned_in: int | None = None
    stress: str = ""
    standing: str = ""
    within: str = ""

    @property
    def sources(self) -> list[str] | None:
        """Every report the plan searches (None: all of them)."""
        if any(group.sources is None for group in self.groups) or not self.groups:
            return None
        return sorted({source for group in self.groups for source in group.sources or ()})

    def remembered(self) -> str:
        """The question as a follow-up reads it: a year the report plans for is its next year
        ("叶城2024年咋安排的" answered from the 2023 report is "叶城明年咋安排的"), so that
        "第三条展开讲讲" asks of an item of those plans, not of the report's third part."""
        span = self.route.year_span
        if self.planned_in is None or span is None:
            return self.asked
        return f"{self.asked[: span[0]]}明年{self.asked[span[1] :]}"

    def files_beside(self) -> list[str]:
        """The reports asked of beside the plan's regions, named by file ("额敏和003那个") or
        by description ("克孜勒陶镇跟那个没写名字的县"), which a follow-up adding a side keeps."""
        if len(self.groups) < 2:
            return list(self.route.files)
        described = [
            source
            for group in self.groups
            if group.label not in self.route.regions
            for source in group.sources or ()
        ]
        return sorted({*self.route.files, *described})
