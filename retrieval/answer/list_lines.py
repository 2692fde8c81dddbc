"""How a chosen section of a report reads as a list answer: its heading, then one line per item
(its heading, or its first clauses), each cited to the item's own span; a report's top-level
headings when the whole report is asked for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.answer.structure import Structure, span_citation
from retrieval.ingest.outline import Node
from retrieval.schema import Citation
from retrieval.text.numbers import numbers_in
from retrieval.text.sentences import RESIDUE, split_sentences
from retrieval.types import ReportInfo

__all__ = ["Choice", "display", "item_count", "list_lines", "states_figure"]

# An item line shows at most this many characters of its heading (whole clauses, then "…").
ITEM_CHARS = 40
# A sentence listed (of a part with no items) shows at most this many characters.
SENTENCE_CHARS = 120
# A sentence of an item asked in full ("展开说说") is cut only past this.
WHOLE_CHARS = 400
# A citation quotes an item whole up to this length, else its first sentences.
CITE_CHARS = 400
# Sentences listed when the section asked about has no items of its own.
SENTENCES = 8
# An item's own items are shown under it, set in by two full-width spaces.
SUB_INDENT = "\u3000\u3000"
_CLAUSE = re.compile(r"[^，,]+[，,]?")
_CLOSING = "。；;，,：: "


def display(text: str, limit: int = ITEM_CHARS) -> str:
    """An item's heading as a line: whole clauses up to ``limit`` characters, then "…"."""
    text = RESIDUE.sub("", text).rstrip(_CLOSING)
    if len(text) <= limit:
        return text
    shown = ""
    for clause in _CLAUSE.findall(text):
        if shown and len(shown) + len(clause) > limit:
            break
        shown += clause
    return shown.rstrip(_CLOSING) + ("…" if len(shown) < len(text) else "")


def _shown_naming(text: str, limit: int, naming: Sequence[str]) -> str:
    """An item's heading as ``display`` shows it, and, where that cuts off the clause naming
    a word asked that the shown part does not say ("…等形式" before "宣传《…》等法律法规"),
    that clause after it (one clause: the citation holds the rest)."""
    shown = display(text, limit)
    missing = [w for w in naming if w in text and w not in shown]
    if not missing or not shown.endswith("…"):
        return shown
    clauses = _CLAUSE.findall(RESIDUE.sub("", text).rstrip(_CLOSING))
    at = next((i for i, c in enumerate(clauses) if any(w in c for w in missing)), None)
    if at is None or len(clauses[at]) > limit:
        return shown
    # The clause right after those shown follows them as the report writes it.
    adjacent = "".join(clauses[:at]).rstrip(_CLOSING) == shown.removesuffix("…").rstrip(_CLOSING)
    lead = "".join(clauses[:at]) if adjacent else shown
    return f"{lead}{clauses[at].rstrip(_CLOSING)}" + ("" if at == len(clauses) - 1 else "…")


@dataclass(frozen=True)
class Choice:
    """The part of one report a list question is answered from.

    Attributes:
        share: how much of the question's topic its heading holds.
        score: its rank among the candidates (share, aspect, items, level).
        structure: the report's outline.
        node: the section or item chosen (None: the whole report, by its top-level headings).
        ancestors: the sections above it.
    """

    share: float
    score: float
    structure: Structure
    node: Node | None
    ancestors: tuple[Node, ...] = ()
    # The node's items that are listed (None: all of them).
    items: tuple[Node, ...] | None = None


# Said under a part that has a heading and nothing else.
_EMPTY_PART = "（该部分只有标题，报告未写具体内容。）"
_CLAUSED = re.compile(r"[，,；;]")


def list_lines(
    choice: Choice,
    info: ReportInfo,
    label: str,
    cited: int = 0,
    deep: bool = False,
    figures: bool = False,
    naming: Sequence[str] = (),
    contents: bool = False,
    asked: Sequence[str] = (),
    counted: bool = False,
) -> tuple[list[str], list[Citation]]:
    """The heading line and one line per item, cited from ``cited + 1`` on; with ``deep``,
    each item's own items (一是, 二是) follow it, indented, each cited to itself; with
    ``figures``, the item's sentences that state a figure, likewise; with ``naming``, the
    sentences of an item whose heading says none of these words that say one of them; with
    ``contents``, an item's first sentence after its heading, where nothing else is shown;
    ``asked``, the question's words, a long heading shows the clause naming one it cuts off;
    with ``counted``, a report's parts listed with their items say how many."""
    parsed, node = choice.structure, choice.node
    text = parsed.outline.text
    if node is None:
        return _summary(parsed, info, label, cited, deep, counted)
    section = parsed.section(choice.ancestors, node)
    citations = [span_citation(cited + 1, info, text, node.head, section)]
    listed = node.children if choice.items is None else choice.items
    # An item chosen that is all heading ("一是…,累计…248场次,…") says what was done in it:
    # it is shown as a sentence is, not cut as a heading over its items.
    alone = not listed and not text[node.head[1] : node.end].strip(_CLOSING + "\n")
    heading = _shown_naming(
        parsed.outline.heading(node), WHOLE_CHARS if alone else 2 * ITEM_CHARS, asked
    )
    lines = [f"{label}{heading}[{cited + 1}]"]
    items: Sequence[tuple[int, int]] = [(child.start, child.end) for child in listed]
    # An item's heading is shown as a heading is; a sentence of a part with no items is
    # shown whole, up to a limit (its figures are what was done).
    limit = ITEM_CHARS
    if not items:
        items = [s for s in split_sentences(text[node.head[1] : node.end], node.head[1])]
        items = [(s, e) for s, e in items if text[s:e].strip(_CLOSING)][:SENTENCES]
        # ("第一条展开说说": an item asked in full is shown whole, up to a longer limit.)
        limit = WHOLE_CHARS if contents else SENTENCE_CHARS
        if not items and not _CLAUSED.search(parsed.outline.heading(node)):
            # "五、其他需要报告的情况" and nothing under it: the part is a heading alone. An
            # item "二是执法规范化水平不高,执法人员持证率不足" says its content in clauses.
            lines.append(_EMPTY_PART)
    kids = {(child.start, child.end): child.children for child in listed}
    inner = kids if deep else {}
    for start, end in items:
        n = cited + len(citations) + 1
        head = _first_sentence(text, start, end)
        citations.append(span_citation(n, info, text, _cited(text, start, end), section))
        lines.append(f"{_shown_naming(text[start:head], limit, naming)}[{n}]")
        # (A heading saying every word asked of says it; one saying some, not all, may
        # leave the rest to its sentences.)
        said = (
            []
            if naming and all(w in text[start:head] for w in naming)
            else _naming(text, head, end, naming)
        )
        figured = _figured(text, head, end) if figures and not deep else []
        shown = any(start <= a < head for a, _ in said)
        # (An item that is a sentence of a part with no items is shown as one.)
        headed = choice.items is None and limit == ITEM_CHARS
        if figures and not deep and headed and not shown and len(text[start:head]) > limit:
            # "一是构建…体制,建成…调解组织5个,…": a heading cut short states figures of its own.
            figured[:0] = _figured(text, start, head)[:1]
        if contents and not (said or figured or deep):
            # What the item says: its own items' headings, else its sentences, up to a limit
            # ("展开说说" asks all of it; the citations hold the rest).
            kids_of = kids.get((start, end)) or ()
            said = [(k.start, _first_sentence(text, k.start, k.end)) for k in kids_of]
            said = said or _leading(split_sentences(text[head:end], head), WHOLE_CHARS)
        for sentence in said:
            n = cited + len(citations) + 1
            citations.append(span_citation(n, info, text, sentence, section))
            lines.append(f"{SUB_INDENT}{display(text[slice(*sentence)], SENTENCE_CHARS)}[{n}]")
        for span in figured:
            n = cited + len(citations) + 1
            citations.append(span_citation(n, info, text, span, section))
            lines.append(f"{SUB_INDENT}{_figure_clauses(text[slice(*span)])}[{n}]")
        for sub in inner.get((start, end), ()):
            n = cited + len(citations) + 1
            sub_head = _first_sentence(text, sub.start, sub.end)
            cite = _cited(text, sub.start, sub.end)
            citations.append(span_citation(n, info, text, cite, section))
            lines.append(f"{SUB_INDENT}{display(text[sub.start : sub_head], limit)}[{n}]")
    return lines, citations


def item_count(choice: Choice) -> int | None:
    """How many items the chosen part holds, when it is listed whole (None: no items); of the
    whole report ("分几个部分"), its parts."""
    node = choice.node
    if choice.items is not None:
        return None
    if node is None:
        return len(choice.structure.outline.sections) or None
    return len(node.children) or None


def _summary(
    parsed: Structure,
    info: ReportInfo,
    label: str,
    cited: int = 0,
    deep: bool = False,
    counted: bool = False,
) -> tuple[list[str], list[Citation]]:
    """The report's top-level headings, each cited to itself; with ``deep``, each with its
    own items' headings under it (and with ``counted``, how many)."""
    outline = parsed.outline
    lines: list[str] = []
    citations: list[Citation] = []
    for top in outline.sections:
        for node in (top, *(top.children if deep else ())):
            n = cited + len(citations) + 1
            heading = outline.heading(node)
            citations.append(span_citation(n, info, outline.text, node.head, heading))
            lead = label if n == cited + 1 else "" if node is top else SUB_INDENT
            # ("各个部分分别几项": a part shown with its items says how many.)
            count = f"（{len(top.children)}条）" if counted and node is top and top.children else ""
            lines.append(f"{lead}{display(heading, 2 * ITEM_CHARS)}{count}[{n}]")
    return lines, citations


def _leading(spans: Sequence[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """The first of ``spans`` (at least one) whose lengths add up to no more than ``limit``."""
    kept: list[tuple[int, int]] = []
    for a, b in spans:
        if kept and sum(e - s for s, e in kept) + b - a > limit:
            break
        kept.append((a, b))
    return kept


def _figured(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` that state a figure."""
    return [(a, b) for a, b in split_sentences(text[start:end], start) if states_figure(text[a:b])]


# "近万人", "上千件": a round figure written in words.
_ROUND = re.compile(
    r"(?:近|约|逾|超过?|上)?[一二三四五六七八九两]?[十百千万亿]+[余多]?(?:人次|[人件次个名户场条项])"
)


def states_figure(text: str) -> bool:
    """True when ``text`` states a figure: a number in digits that is no date ("《2023年…方案》"
    counts nothing), or a round one in words ("近万人")."""
    said = any(not m.dated and any(c.isdigit() for c in m.raw) for m in numbers_in(text))
    return said or _ROUND.search(text) is not None


# Sentences shown under an item for the words asked ("装备那条"): the first few that say them.
_NAMING = 3


def _naming(text: str, start: int, end: int, words: Sequence[str]) -> list[tuple[int, int]]:
    """The first sentences of ``text[start:end]`` that say one of ``words``."""
    spans = split_sentences(text[start:end], start) if words else []
    said = [(sum(w in text[a:b] for w in words), (a, b)) for a, b in spans]
    most = max((n for n, _ in said), default=0)
    # ("人大监督": a sentence saying both its words before those saying 监督 alone.)
    return [span for n, span in said if n and n == most][:_NAMING]


def _figure_clauses(sentence: str) -> str:
    """The clauses of ``sentence`` that state a figure, runs apart joined by "…"."""
    clauses = _CLAUSE.findall(sentence.rstrip(_CLOSING))
    runs: list[str] = []
    joined = False
    for clause in clauses:
        if not states_figure(clause):
            joined = False
            continue
        if joined:
            runs[-1] += clause
        else:
            runs.append(clause)
        joined = True
    shown = "…".join(run.rstrip(_CLOSING) for run in runs)
    first, last = clauses[0], clauses[-1]
    opening = "" if runs[0].startswith(first) else "…"
    return opening + shown + ("" if runs[-1].endswith(last) else "…")


def _first_sentence(text: str, start: int, end: int) -> int:
    spans = split_sentences(text[start:end], start)
    return spans[0][1] if spans else end


def _cited(text: str, start: int, end: int) -> tuple[int, int]:
    """The item's span, or its first whole sentences when it is long."""
    if end - start <= CITE_CHARS:
        return start, end
    stop = start
    for _, sentence_end in split_sentences(text[start:end], start):
        if stop > start and sentence_end - start > CITE_CHARS:
            break
        stop = sentence_end
    return start, stop
