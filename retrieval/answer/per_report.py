"""Each report's figure for an asked thing, and what a report without it says instead.

Rankings, tables and comparisons read every report with one ``FigureFinder``: a figure of
the report's work sections first, then its highlights. A report with no such figure may
still speak of the thing in other words or count it in another measure ("532名…培训3场次"
for 参训人次): it is quoted, not ranked, and only a report that says nothing of the thing
is "未提及".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from retrieval.answer.figures import FigureFinder
from retrieval.answer.matching import Matcher
from retrieval.answer.pick import Figure, Pick
from retrieval.answer.restrict import states_figure
from retrieval.answer.rows import ELSEWHERE, NAMED, UNCOUNTED, Lines, unstated
from retrieval.answer.sentence_pick import concise
from retrieval.answer.shards import Shards, Unit
from retrieval.answer.thing_labels import thing_label
from retrieval.query.aspects import NO_WORK, PLANS, own_sections, section_aspects
from retrieval.query.catalog import Catalog
from retrieval.query.expected import Expected
from retrieval.query.mentioned import QUOTED, TOPIC_MARK
from retrieval.query.weights import weighty_words
from retrieval.search.evidence import Evidence
from retrieval.text.lexicon import contains
from retrieval.text.sentences import split_sentences
from retrieval.types import Passage, Vocabulary, report_name

__all__ = [
    "quoted_as_reports",
    "report_figures",
    "said_loosely",
    "said_of",
    "uncounted",
    "unranked",
]


def report_figures(
    asked: str,
    evidence: Evidence,
    vocabulary: Vocabulary,
    figured: bool = False,
    shards: Shards | None = None,
    only: Collection[str] | None = None,
) -> dict[str, Figure | None]:
    """Each report's figure (or answering sentence) for ``asked``, report by report; a noun the
    question names twice ("调解室（工作室）") is named by each figure's sentence; ``figured``:
    a sentence stating a figure is preferred when nothing is counted (a table's row), and a
    breakdown by kind may be a row; else (a ranking) only a figure of the whole is ranked.
    ``shards`` shares the reports with worker processes; ``only``: these reports alone."""
    left_out = evidence.excluded
    finder = FigureFinder(
        asked, vocabulary, True, figured, not figured, excluded=left_out, context=evidence.context
    )
    # What a report did is stated in its work sections, then its highlights: its plans and
    # problems (sections of their own) answer only a question that names them, or (plans) asks
    # for a requirement ("每年培训不少于4次").
    named = set(own_sections(asked))
    own = {*named, PLANS} if finder.asks_targets else named
    units: list[Unit] = []
    for found in evidence.found:
        for source in found.group.sources or ():
            if only is not None and source not in only:
                continue
            mine = [p for p in found.passages if p.source == source]
            mine = [p for p in mine if not (section_aspects(p.section) & NO_WORK) - own]
            if PLANS in named:
                # "下一步对培训定了啥要求": each report's plans, not what it did this year. (A
                # problem is named in other words too: "反馈问题的整改", "问题线索".)
                mine = [p for p in mine if PLANS in section_aspects(p.section)]
            work: list[Passage] = []
            rest: list[Passage] = []
            for passage in mine:
                (work if own or not section_aspects(passage.section) else rest).append(passage)
            units.append((source, work, rest))
    if shards is None:
        figures = [finder.find_first(work, rest) for _, work, rest in units]
    else:
        figures = shards.find(finder, units)
    by_report = {source: figure for (source, _, _), figure in zip(units, figures, strict=True)}
    if only is None:
        for source in _other_people(by_report, asked, evidence, vocabulary):
            by_report[source] = None
    return by_report


# A name this short quoted is a word set apart ("“放管服”"), no programme of the asked.
_NAME_LEAST = 3


def quoted_as_reports(thing: str, evidence: Evidence) -> str:
    """``thing`` asked how it went with the longest name in it that a report quotes quoted as
    the report does ("行政执法“三项制度”"): a report's row must then say that name, not only
    the words around it (a sentence of 行政执法 with no 三项制度 is none of its). A count is
    bound by its own rules, whatever a report quotes."""
    counted = Expected.of(thing)
    if QUOTED.search(thing) or counted.number or counted.rates:
        return thing
    names = {
        found[1]
        for group in evidence.found
        for passage in group.passages
        for found in QUOTED.finditer(passage.text)
    }
    name = max((n for n in names if len(n) >= _NAME_LEAST and n in thing), key=len, default="")
    return thing.replace(name, f"“{name}”", 1) if name else thing


# What a count's measure adds to the thing counted ("培训次数", "覆盖人数").
_MEASURE_NOUN = re.compile(
    r"的?(?:覆盖|参与|参加|参训)?(?:人次|场次|件次|次数|人数|数量|数目|总数|规模"
    r"|[件个名次项家条场期份卷本户]?数|多少.?)$"
    # "清理欠款涉及金额": the sum of money a thing comes to.
    r"|(?:各报告)?(?:所)?(?:涉及|涉)的?(?:金额|资金|数额)$"
)


# "法律顾问工作情况": how a thing went is no word of the thing.
_HOW_IT_WENT = re.compile(
    r"(?:方面|这块|领域)?的?(?:是|有)?(?:什么|啥|怎样的?)?(?:工作)?(?:开展|推进|落实|建设)?"
    r"(?:情况|进展|进度)$"
)


def unranked(
    lines: Lines,
    asked: str,
    sources: Sequence[str],
    evidence: Evidence,
    catalog: Catalog,
    vocabulary: Vocabulary,
    name: str = "",
) -> None:
    """The reports without the asked figure: those whose sentence names the asked thing in
    other words or counts it in another measure ("532名…培训3场次" for 参训人次) are quoted
    and cited, not ranked; only the rest are "未提及" (a report is silent only when it is);
    ``name``: the name of the thing the reports quote, said by a report anywhere."""
    said: list[Figure] = []
    thing, words = _thing_words(asked, vocabulary)
    # A store of many reports counts its silent ones: reading them all again costs more than
    # the lines it cannot list.
    if sources and len(sources) <= NAMED and len(words) > 1:
        found = report_figures(thing, evidence, vocabulary, figured=True, only=sources)
        said = [f for s in sources if (f := found.get(s)) and _names_thing(f, thing, words)]
    told = {f.pick.passage.source for f in said}
    # "法律明白人在几份报告中提及？分别有没有人数": a report naming the thing with no
    # figure of it ("建强“法律明白人”队伍", in its plans) is quoted, not silent.
    quoted = QUOTED.search(asked)
    name = quoted[1] if quoted else name or thing
    named = _naming(name, [s for s in sources if s not in told], evidence)
    if said or named:
        counted = Expected.of(asked)
        lines.lines.append(f"{UNCOUNTED if counted.number or counted.rates else ELSEWHERE}：")
    for figure in said:
        pick = figure.pick
        n = lines.cite(pick.passage, pick.start, pick.end)
        # Asked as a count, the sentence is cut to the clauses stating its figures.
        quote = concise(pick, f"{thing}多少", vocabulary)
        lines.lines.append(f"- {report_name(pick.passage)}：{quote}[{n}]")
        lines.row(pick.passage, None, n)
    for passage, start, end in named:
        n = lines.cite(passage, start, end)
        quote = passage.span(start, end).rstrip(_TRIM)
        lines.lines.append(f"- {report_name(passage)}：{quote}[{n}]")
        lines.row(passage, None, n)
        told.add(passage.source)
    unstated(lines, [s for s in sources if s not in told], catalog)


# A thing this long, said as asked, is no chance run of characters; one longer is a
# question's words, no name.
_NAMED_CHARS, _NAME_MOST = 4, 12


def uncounted(
    asked: str, sources: Sequence[str], evidence: Evidence, catalog: Catalog, vocabulary: Vocabulary
) -> Lines | None:
    """Each report's words on a thing no report counts ("各地法律顾问分别有多少"), quoted as
    ``unranked`` quotes them; None when fewer than two reports say it, or when the thing is
    one the reports never name ("行政赔偿案件"), which is not found."""
    if Matcher(asked, vocabulary, Expected.of(asked)).counts_unknown:
        return None
    lines = Lines()
    unranked(lines, asked, sources, evidence, catalog, vocabulary)
    return lines if len({row.source for row in lines.rows if row.n is not None}) > 1 else None


def _naming(
    thing: str, sources: Sequence[str], evidence: Evidence
) -> list[tuple[Passage, int, int]]:
    """Per report of ``sources``, the first sentence of its passages found that says
    ``thing`` as asked (any section)."""
    if not _NAMED_CHARS <= len(thing) <= _NAME_MOST or len(sources) > NAMED:
        return []
    named: dict[str, tuple[Passage, int, int]] = {}
    for found in evidence.found:
        for passage in found.passages:
            if passage.source not in sources or passage.source in named:
                continue
            for start, end in split_sentences(passage.text, passage.start):
                if thing in passage.span(start, end):
                    named[passage.source] = (passage, start, end)
                    break
    return [named[s] for s in sources if s in named]


_CLAUSE = re.compile(r"[^，,；;：:]+[，,；;：:]?")
_TRIM = "，,；;。：: "


def said_of(pick: Pick, thing: str, vocabulary: Vocabulary) -> str:
    """What ``pick``'s sentence says of ``thing``: its clauses from the first that names the
    thing's head word to the last that names a word of it, and on to the first clause stating
    a figure when none of those does ("对12家单位进行…案卷评查,评查案卷66件", not the preamble
    before it nor the other work after it)."""
    thing, words = _thing_words(thing, vocabulary)
    text = pick.text
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(text)]
    head = _head(thing, words) if words else ""
    named = [i for i, (a, b) in enumerate(clauses) if any(w in text[a:b] for w in words)]
    first = next((i for i in named if head in text[slice(*clauses[i])]), None)
    if first is None:
        return text.strip(_TRIM)
    last = max(i for i in named if i >= first)
    if not states_figure(text[clauses[first][0] : clauses[last][1]]):
        last = next(
            (i for i in range(last, len(clauses)) if states_figure(text[slice(*clauses[i])])), last
        )
    return text[clauses[first][0] : clauses[last][1]].strip(_TRIM)


def _head(thing: str, words: set[str]) -> str:
    """The thing's last word, its head ("培训" of 执法人员培训)."""
    return max(words, key=lambda w: thing.rfind(w) + len(w))


def _thing_words(asked: str, vocabulary: Vocabulary) -> tuple[str, set[str]]:
    """The asked thing without its measure ("执法人员培训" of "执法人员培训多少次") and its
    words, a piece of a longer word ("人员" of 执法人员) counted with it, not again."""
    # "法律顾问这块": what marks the topic names nothing a report says.
    thing = (
        TOPIC_MARK.sub("", _HOW_IT_WENT.sub("", _MEASURE_NOUN.sub("", thing_label(asked)))) or asked
    )
    # "出庭应诉率": a report stating only how many ("今年出庭应诉1起") speaks of the doing.
    thing = _RATE_OF.sub("", thing)
    found = weighty_words(thing, vocabulary)
    return thing, {w for w in found if not any(w != o and w in o for o in found)}


_RATE_OF = re.compile(r"(?<=[\u4e00-\u9fff]{2})率$")


def _names_thing(figure: Figure, thing: str, words: set[str]) -> bool:
    """True when the figure's sentence names the thing's last word (its head: 培训 of
    执法人员培训) and every other word of a two-word thing, all but one of a longer one: a
    sentence of 专题学法 or of 执法人员参加资格考试 names no 执法人员培训."""
    text = figure.pick.text
    head = _head(thing, words)
    said = sum(bool(said_loosely(w, text)) for w in words)
    return head in text and said >= len(words) - (len(words) > 2)


def said_loosely(word: str, text: str) -> bool:
    """True when ``text`` says ``word``, or says it with a second modifier sharing its suffix
    ("合法合规性" for 合法性, "规范化标准化" for 规范化)."""
    if word in text:
        return True
    if len(word) < 3 or word[-1] not in _SHARED_SUFFIXES:
        return False
    shared = f"{re.escape(word[:-1])}[\u4e00-\u9fff]{{2,3}}{re.escape(word[-1])}"
    return re.search(shared, text) is not None


# Suffixes two coordinated modifiers share ("合法合规性", "规范化标准化").
_SHARED_SUFFIXES = "性化"


# Who a count of people counts: "执法人员", "调解员", "干部".
_PEOPLE = re.compile(r"(?:人员|[^人]员|干部|律师|法官|代表|群众|职工)$")
_COUNTS_PEOPLE = re.compile(r"人次|人|名|位")


def _other_people(
    found: dict[str, Figure | None], asked: str, evidence: Evidence, vocabulary: Vocabulary
) -> set[str]:
    """The reports whose figure counts people in a passage naming none of the people the thing
    names while another sentence of the report does: 27.4万人次 at training in a passage on
    调解员 is not the report's 执法人员培训 when it writes "532名行政执法人员…培训3场次"."""
    thing, words = _thing_words(asked, vocabulary)
    people = [w for w in words if _PEOPLE.search(w)]
    if not people or len(words) < 2:
        return set()
    loose = [
        f.pick.passage.source
        for f in found.values()
        if f
        and _COUNTS_PEOPLE.match(f.written.lstrip("0123456789.余多万亿"))
        and not any(contains(f"{f.pick.passage.section}{f.pick.passage.text}", w) for w in people)
    ]
    if not loose or len(loose) > NAMED:
        return set()
    told = report_figures(thing, evidence, vocabulary, figured=True, only=loose)
    return {s for s in loose if (f := told.get(s)) and _names_thing(f, thing, words)}
