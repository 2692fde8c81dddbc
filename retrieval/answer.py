"""Extractive answers: the report sentences that answer the question, cited, or an abstention."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from langchain_core.documents import Document

from retrieval.lexical import LexicalIndex
from retrieval.lexicon import contains
from retrieval.schema import Answer, Citation
from retrieval.text import split_sentences

__all__ = [
    "ABSTAIN",
    "Pick",
    "citation",
    "compose",
    "compose_comparison",
    "concise",
    "pick_sentences",
]

ABSTAIN = "未在报告中找到该问题的答案"
# Share of the question's weighted words a sentence (or its section heading) must contain.
MIN_COVERAGE = 0.5
# A second sentence is added only when it answers nearly as well as the first.
SECOND_MARGIN = 0.12
_WANTS_NUMBER = re.compile(
    r"多少|几[个次件项名人场家所期份批支本位天年月]?|数量|比例|百分|[率比]是|比率|占比|总数|规模"
)
_NUMBER = re.compile(
    r"\d|[一二三四五六七八九十百千万两]+(?:个|项|次|件|名|人|场|家|所|期|份|批|支|本|位|条|类|余|多)"
)
_WANTS_DATE = re.compile(r"什么时候|何时|哪天|哪一天|日期|几月|哪年|哪一年")
_DATE = re.compile(r"\d{1,4}\s*[年月日]|[一二三四五六七八九十]+月")
_WANTS_PERSON = re.compile(r"是谁|叫什么|谁是|姓名|名字|哪位")
# Reports name people as "张三同志" or with a title before a 2-3 character name.
_PERSON = re.compile(
    r"[\u4e00-\u9fff]{2,3}同志|(?:书记|县长|镇长|乡长|局长|主任)[：:]?[\u4e00-\u9fff]{2,3}(?:[，,、。]|$)"
)
# "多少人" is answered by a count of people (人, 名, 位, 人次), not of sessions or items.
_ASKED_UNIT = re.compile(
    r"(?:多少|几)(人次|场次|万元|人|名|位|次|场|期|件|起|份|项|家|户|条|本|册|元|钱|天)"
)
_PEOPLE, _TIMES, _MONEY = "人(?!次)|名|位", "场次|次|场|期|轮", "元|万|亿"
_UNIT_GROUPS = {
    **dict.fromkeys(("人", "名", "位"), _PEOPLE),
    "人次": "人次",
    **dict.fromkeys(("次", "场", "场次", "期"), _TIMES),
    **dict.fromkeys(("件", "起"), "件|起|宗|个"),
    **dict.fromkeys(("份", "本", "册"), "份|册|本|件"),
    **dict.fromkeys(("项", "条"), "项|个|条|件"),
    **dict.fromkeys(("家", "户"), "家|个|户"),
    **dict.fromkeys(("元", "万元", "钱"), _MONEY),
    "天": "天|日",
}
# A named rate ("持证率") is answered only by that rate, not by another one ("通过率").
_RATE = re.compile(r"([\u4e00-\u9fff]{2})率")
_CLAUSE = re.compile(r"[，,：:]")
_CLAUSE_OR_LIST = re.compile(r"[，,：:、；;]")
_LONG_SENTENCE = 150
# Characters that carry no topic: question words, particles, measure words.
_STOP_CHARS = frozenset(
    "的了和与及是在对为把被等并或其该这那哪呢吗吧啊有多少几个什么些如何怎样否请问一下况方面分别共计总全年度今去中上下个次项件名人报告提到介绍说明告诉我们你您啥各"
)


@dataclass(frozen=True)
class Expected:
    """What kind of answer the question asks for; a sentence without it cannot answer."""

    number: bool = False
    unit: re.Pattern[str] | None = None
    rates: tuple[str, ...] = ()
    date: bool = False
    person: bool = False
    # Latin terms (GDP, PPP…) name what is asked; a sentence without them is about something else.
    latin: tuple[str, ...] = ()

    @classmethod
    def of(cls, topic: str) -> Expected:
        """Read the expectation off the question ("多少件" wants a count of 件, "好评率" a rate)."""
        asked = _ASKED_UNIT.search(topic)
        group = _UNIT_GROUPS.get(asked.group(1)) if asked else None
        unit = (
            re.compile(rf"(?:\d|[一二三四五六七八九十百千万两])\s*(?:余|多)?[万亿]?(?:{group})")
            if group
            else None
        )
        return cls(
            number=bool(_WANTS_NUMBER.search(topic)),
            unit=unit,
            rates=tuple(m + "率" for m in _RATE.findall(topic)),
            date=bool(_WANTS_DATE.search(topic)),
            person=bool(_WANTS_PERSON.search(topic)),
            latin=tuple(run.lower() for run in re.findall(r"[A-Za-z]{2,}", topic)),
        )

    def fits(self, text: str) -> bool:
        """True when ``text`` holds an answer of the expected kind."""
        if self.number and not _NUMBER.search(text):
            return False
        if self.unit is not None and not self.unit.search(text):
            return False
        if any(rate not in text for rate in self.rates):
            return False
        if self.latin and any(term not in text.lower() for term in self.latin):
            return False
        if self.date and not _DATE.search(text):
            return False
        return not (self.person and not _PERSON.search(text))


@dataclass(frozen=True)
class Pick:
    """A sentence chosen to answer, with where it came from."""

    doc: Document
    start: int
    end: int
    text: str
    coverage: float
    score: float


def _weights(topic: str, lexical: LexicalIndex) -> dict[str, float]:
    unseen = math.log1p(max(len(lexical.ids), 1))
    weights = {}
    for word in lexical.words(topic):
        idf = lexical.idf(word)
        if idf:
            weights[word] = idf
        elif len(word) > 1:
            # A word the reports never use weighs most: it is what they cannot answer.
            weights[word] = unseen
    return weights


def pick_sentences(
    topic: str, docs: Sequence[Document], lexical: LexicalIndex, context: str = ""
) -> list[Pick]:
    """Choose the sentence(s) of ``docs`` that answer ``topic``.

    Args:
        topic: the question with region and year mentions removed.
        docs: retrieved passages, best first.
        lexical: the lexical index (word weights and the query tokenizer).
        context: the previous question's topic, for follow-ups: it breaks ties between
            sentences but cannot make an answer out of a sentence that does not fit ``topic``.

    Returns:
        One or two picks, best first, or an empty list when no sentence answers: the caller
        then abstains.
    """
    weights = _weights(topic, lexical)
    total = sum(weights.values())
    if not total:
        return []
    units = _units(topic)
    context_weights = _weights(context, lexical) if context else {}
    context_total = sum(context_weights.values()) or 1.0
    expected = Expected.of(topic)
    wants_number = expected.number
    picks: list[Pick] = []
    for rank, doc in enumerate(docs):
        heading = str(doc.metadata.get("section") or "")
        offset = int(doc.metadata["start"])
        for start, end in split_sentences(doc.page_content, offset):
            text = doc.page_content[start - offset : end - offset]
            found = sum(w * contains(text, word) for word, w in weights.items())
            in_heading = sum(
                w for word, w in weights.items() if word not in text and word in heading
            )
            word_coverage = (found + 0.5 * in_heading) / total
            # Characters catch paraphrases that share no whole word ("持有执法证" ~ "持证").
            char_coverage = sum(unit in text for unit in units) / len(units) if units else 0.0
            coverage = (word_coverage + char_coverage) / 2
            if not expected.fits(text):
                continue
            near = _near_number(text, weights, expected.unit) / total if wants_number else 0.0
            # Long sentences cover question words by chance; prefer the focused one.
            length_penalty = 0.1 * math.log2(max(len(text), 50) / 50)
            score = coverage + 0.5 * near - length_penalty + 0.05 / (rank + 1)
            if context_weights:
                score += (
                    0.3
                    * sum(w for word, w in context_weights.items() if word in text)
                    / context_total
                )
            picks.append(Pick(doc, start, end, text, coverage, score))
    picks.sort(key=lambda p: p.score, reverse=True)
    if not picks or picks[0].coverage < MIN_COVERAGE:
        return []
    best = picks[0]
    chosen = [best]
    for other in picks[1:3]:
        close = other.coverage >= max(best.coverage - SECOND_MARGIN, MIN_COVERAGE)
        if close and not _overlaps(other, best) and other.text not in best.text:
            chosen.append(other)
            break
    return chosen


def _units(topic: str) -> list[str]:
    """The question's content characters (and Latin/number runs such as GDP or 12345)."""
    latin = [run.lower() for run in re.findall(r"[A-Za-z0-9]+", topic)]
    return [c for c in topic if "\u4e00" <= c <= "\u9fff" and c not in _STOP_CHARS] + latin


def _near_number(text: str, weights: dict[str, float], unit: re.Pattern[str] | None) -> float:
    """Weight of question words in the clause holding a number, or the clause before it.

    Report sentences list many figures; the one asked for sits next to the words of the
    question ("其中咨询815件"). Only figures of the asked unit count: "12345" in a hotline's
    name is no answer to "多少件".
    """
    figure = unit or _NUMBER
    bounds = [0, *(m.end() for m in _CLAUSE_OR_LIST.finditer(text)), len(text)]
    clauses = [text[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1)]
    best = 0.0
    for i, clause in enumerate(clauses):
        if figure.search(clause):
            window = (clauses[i - 1] if i else "") + clause
            best = max(best, sum(w for word, w in weights.items() if word in window))
    return best


def _overlaps(a: Pick, b: Pick) -> bool:
    return a.doc.metadata.get("source") == b.doc.metadata.get("source") and not (
        a.end <= b.start or b.end <= a.start
    )


def concise(pick: Pick, topic: str, lexical: LexicalIndex) -> str:
    """The pick's text, cut to the clauses that answer when the sentence is long."""
    text = pick.text
    if len(text) <= _LONG_SENTENCE:
        return text
    weights = _weights(topic, lexical)
    bounds = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text)]
    clauses = [
        (bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i + 1] > bounds[i]
    ]
    scored = [sum(w for word, w in weights.items() if word in text[s:e]) for s, e in clauses]
    best = max(range(len(clauses)), key=lambda i: scored[i])
    first, last = max(0, best - 1), min(len(clauses) - 1, best + 1)
    snippet = text[clauses[first][0] : clauses[last][1]].strip("，,：: ")
    return ("…" if first > 0 else "") + snippet + ("…" if last < len(clauses) - 1 else "")


def citation(n: int, doc: Document, start: int, end: int, score: float | None = None) -> Citation:
    """A citation of ``[start, end)`` inside ``doc`` (offsets into the source text)."""
    meta = doc.metadata
    offset = int(meta["start"])
    return Citation(
        n=n,
        source=str(meta["source"]),
        title=str(meta.get("title") or meta["source"]),
        region=meta.get("region"),
        year=meta.get("year"),
        section=str(meta.get("section") or ""),
        start=start,
        end=end,
        excerpt=doc.page_content[start - offset : end - offset],
        score=round(float(meta.get("score", 0.0) if score is None else score), 4),
        page=meta.get("page"),
    )


def compose(
    question: str,
    topic: str,
    docs: Sequence[Document],
    lexical: LexicalIndex,
    context: str,
    searched: list[str],
) -> Answer:
    """The extractive answer to ``question`` from ``docs``; ``abstained`` when none fits."""
    picks = pick_sentences(topic, docs, lexical, context)
    citations = [citation(i + 1, p.doc, p.start, p.end) for i, p in enumerate(picks)]
    text = "".join(f"{concise(p, topic, lexical)}[{i + 1}]" for i, p in enumerate(picks))
    return Answer(
        question=question,
        answer=text or ABSTAIN,
        abstained=not picks,
        citations=citations,
        searched=searched,
    )


def compose_comparison(
    question: str,
    topic: str,
    groups: Sequence[tuple[str, list[str], Sequence[Document]]],
    lexical: LexicalIndex,
) -> Answer:
    """One cited line per region ``(region, its reports, its passages)``, or an abstention."""
    lines: list[str] = []
    citations: list[Citation] = []
    for region, _sources, docs in groups:
        picks = pick_sentences(topic, docs, lexical)[:1]
        if not picks:
            lines.append(f"{region}：{ABSTAIN}。")
            continue
        pick = picks[0]
        citations.append(citation(len(citations) + 1, pick.doc, pick.start, pick.end))
        lines.append(f"{region}：{concise(pick, topic, lexical)}[{len(citations)}]")
    return Answer(
        question=question,
        answer="\n".join(lines),
        abstained=not citations,
        citations=citations,
        searched=[source for _, sources, _ in groups for source in sources],
    )
