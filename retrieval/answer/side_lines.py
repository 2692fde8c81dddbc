"""A comparison side's line when no figure of the asked count answers: its figures of the
field, the sentence that answers best, or that the report does not state it."""

from __future__ import annotations

import re

from retrieval.answer.abstain import ABSTAIN
from retrieval.answer.figure_nouns import breakdown
from retrieval.answer.figures import FigureFinder
from retrieval.answer.matching import Matcher
from retrieval.answer.per_report import said_of
from retrieval.answer.pick import Figure
from retrieval.answer.restrict import states_figure
from retrieval.answer.rows import NOT_STATED, Lines, snippet
from retrieval.answer.sentence_pick import concise, pick_sentences
from retrieval.query.expected import Expected
from retrieval.search.evidence import Found
from retrieval.types import Vocabulary

__all__ = [
    "COUNTED",
    "DATA",
    "HOW",
    "asks_data",
    "figures_line",
    "kinds_line",
    "not_stated",
    "sentence_line",
]

# An item's heading: "三是规范行政机关出庭应诉。", short, with no figure.
_ITEM_HEAD = re.compile(r"^[一二三四五六七八九十]+是[^，,。；;\d]{2,30}[。；;]?$")


def kinds_line(lines: Lines, label: str, found: Found, asked: str, vocabulary: Vocabulary) -> bool:
    """A side whose report counts the asked thing only kind by kind ("刑事案件律师辩护6件、认罪
    认罚9件…", no total): those figures, quoted and cited, said to be no total and weighed by
    no verdict. Returns whether the side has such a line."""
    figure = _kinds_figure(found, asked, vocabulary)
    if figure is None:
        return False
    quoted = snippet(figure, asked)
    n = lines.cite(figure.pick.passage, figure.pick.start, figure.pick.end)
    lines.lines.append(f"{label}：未给出总数，分项：{quoted}[{n}]")
    lines.row(figure.pick.passage, None, n)
    return True


def _kinds_figure(found: Found, asked: str, vocabulary: Vocabulary) -> Figure | None:
    """The figure of a side's sentence counting the asked thing kind by kind, or None."""
    finder = FigureFinder(asked, vocabulary, named=True, figured=True)
    figure = finder.find(found.passages) if finder.counts else None
    return figure if figure and breakdown(figure.pick.text, figure.unit or "") else None


def not_stated(
    lines: Lines, label: str, found: Found, asked: str = "", vocabulary: Vocabulary | None = None
) -> str:
    """A side whose report gives no figure of the asked thing says so, citing nothing: a
    sentence with a figure of something else would read as its answer. One that counts it
    only kind by kind says it gives no total. Returns its line."""
    if found.passages:
        lines.row(found.passages[0], None, None)
    if vocabulary is not None and _kinds_figure(found, asked, vocabulary):
        return f"{label}：未给出总数，只按类别列了各自的数。"
    return f"{label}：{NOT_STATED}这一数字。"


# "数据对比", "数字比一比": the figures a field states, asked as no count of its own.
DATA = re.compile(r"数据|数字")
# A count asked all the same ("数据对比，各办了多少件", "谁开展…的企业多").
COUNTED = re.compile(
    r"多少|几[个次件项名人场家所期份批支本位天条]|[多少高低]于|(?:谁|哪|比)[^，,。？?]{0,12}?[多少高低大小]"
)


# "两边做法有啥不同", "各是咋做的": what each side did, not its figures.
HOW = re.compile(r"做法|怎么|怎样|咋|如何|什么|啥|哪些|措施|举措|经验|方式|办法|机制")


_THINGS_APART = re.compile(r"[、和及与]")


def figures_line(
    lines: Lines, label: str, found: Found, topic: str, vocabulary: Vocabulary
) -> str | None:
    """A side of a field compared with no count asked ("案卷评查对比一下"): the sentence of
    the field that states its figures, as a table's row; returns what it quotes (None when
    no sentence states a figure of the field)."""
    finder = FigureFinder(topic, vocabulary, named=True, figured=True)
    figure = finder.find(found.passages)
    if figure is None or not states_figure(figure.pick.text):
        return None
    # ("公证案件数对比": a sentence of another kind of case says nothing of the field; of
    # several things named, "普法场次、参与人次", one said is enough.)
    things = [t for t in _THINGS_APART.split(topic) if t.strip()] or [topic]
    if all(Matcher(t, vocabulary, Expected.of(t)).misses_core(figure.pick.text) for t in things):
        return None
    pick = figure.pick
    n = lines.cite(pick.passage, pick.start, pick.end)
    said = said_of(pick, topic, vocabulary)
    lines.lines.append(f"{label}：{said}[{n}]")
    lines.row(pick.passage, None, n)
    return said


def sentence_line(
    lines: Lines, label: str, found: Found, topic: str, vocabulary: Vocabulary
) -> None:
    """A side without a figure: the sentence that answers best, as a single fact would."""
    picks = pick_sentences(topic, found.passages, vocabulary)[:2]
    if not picks:
        lines.lines.append(f"{label}：{ABSTAIN}。")
        if found.passages:
            lines.row(found.passages[0], None, None)
        return
    pick = picks[0]
    n = lines.cite(pick.passage, pick.start, pick.end)
    said = f"{concise(pick, topic, vocabulary)}[{n}]"
    if _ITEM_HEAD.match(pick.passage.span(pick.start, pick.end)) and len(picks) > 1:
        # "三是规范行政机关出庭应诉": an item's heading says what it is about, the sentence
        # after it how it went.
        after = picks[1]
        cited = lines.cite(after.passage, after.start, after.end)
        said += f"，{concise(after, topic, vocabulary)}[{cited}]"
    lines.lines.append(f"{label}：{said}")
    lines.row(pick.passage, None, n)


def asks_data(topic: str) -> bool:
    """True when ``topic`` asks a field's figures, whatever they count ("X的数据对比一下"),
    not one count."""
    return bool(DATA.search(topic)) and not COUNTED.search(topic)
