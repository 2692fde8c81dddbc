"""Questions the bot offers as buttons: next questions under an answer, examples for /start.

Both are built from the stored reports' regions and from the question just answered, never from
a list of fixed questions; example questions are kept only after the service answered them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bot.telegram.reports import Reports, short_region
from retrieval.schema import Answer

__all__ = [
    "EXAMPLE_COUNT",
    "Suggestion",
    "example_candidates",
    "good_example",
    "pick_examples",
    "suggestions",
]

EXAMPLE_COUNT = 3
_LEADING_THEN = re.compile(r"^(?:那么|那)\s*")
_YEAR = re.compile(r"\d{4}\s*年度?")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Suggestion:
    """A question offered as a button: ``label`` on the button, ``question`` asked on a press."""

    label: str
    question: str
    shape: str = "fact"


def problems(region: str) -> Suggestion:
    """The report's problems and shortcomings (a list question)."""
    name = short_region(region)
    return Suggestion(f"{name}存在的问题", f"{name}存在哪些问题？", "list")


def plans(region: str) -> Suggestion:
    """The report's plans for next year (a list question)."""
    name = short_region(region)
    return Suggestion(f"{name}下一步打算", f"{name}下一步有哪些工作打算？", "list")


def suggestions(asked: str, answer: Answer, reports: Reports) -> list[Suggestion]:
    """Next questions for an answer: the same question for another region, a comparison with
    it, and the cited report's problems and plans.

    Args:
        asked: the question as answered (follow-ups already made whole by the service).
        answer: the answer shown.
        reports: the stored reports.
    """
    if answer.abstained or not answer.citations:
        return []
    cited = reports.cited_regions([c.source for c in answer.citations])
    if not cited:
        return []
    first = cited[0]
    offered = []
    other = _next_region(first, cited, reports.regions)
    if other is not None and len(cited) == 1:
        offered.append(Suggestion(f"{short_region(other)}呢？", _for(asked, first, other, reports)))
        both = f"{short_region(first)}和{short_region(other)}"
        compared = _for(asked, first, other, reports, replacement=both)
        offered.append(Suggestion(f"与{short_region(other)}对比", compared, "comparison"))
    offered += [problems(first), plans(first)]
    return [s for s in offered if s.question != asked]


def _next_region(region: str, cited: list[str], regions: list[str]) -> str | None:
    """The stored region after ``region`` (wrapping round) that the answer does not cite."""
    at = regions.index(region) if region in regions else -1
    for step in range(1, len(regions) + 1):
        candidate = regions[(at + step) % len(regions)]
        if candidate not in cited:
            return candidate
    return None


def _for(
    asked: str, region: str, other: str, reports: Reports, replacement: str | None = None
) -> str:
    """``asked`` about ``other`` instead of ``region`` (or about ``replacement``)."""
    target = replacement or short_region(other)
    question = _LEADING_THEN.sub("", asked.strip())
    years = {info.year for info in reports.infos if info.region == other}
    if not any(str(year) in question for year in years if year):
        question = _YEAR.sub("", question)  # a year the other region has no report for
    named = dict(reports.mentions(question))
    if region in named:
        return question.replace(named[region], target, 1)
    return target + question


# Examples for /start ---------------------------------------------------------------------------

_FACTS = ("{a}审查了多少件规范性文件？", "{a}组织领导干部学法多少次？", "{a}开展了多少场普法活动？")
_COMPARISONS = ("{a}和{b}各开展了多少场普法活动？", "{a}和{b}各审查了多少件规范性文件？")


def example_candidates(reports: Reports) -> Iterator[Suggestion]:
    """Example questions to try, best first: a fact, a list and a comparison, each shape
    starting from another region so that the examples name different places."""
    regions = reports.regions
    count = len(regions)
    for offset, region in enumerate(regions):
        for template in _FACTS:
            yield _example(template.format(a=short_region(region)), "fact")
        listed = regions[(offset + 1) % count]
        for offered in (problems(listed), plans(listed)):
            yield _example(offered.question, "list")
        first, second = regions[(offset + 2) % count], regions[(offset + 3) % count]
        if first != second:
            for template in _COMPARISONS:
                names = {"a": short_region(first), "b": short_region(second)}
                yield _example(template.format(**names), "comparison")


def _example(question: str, shape: str) -> Suggestion:
    return Suggestion(question, question, shape)


def good_example(example: Suggestion, answer: Answer, reports: Reports) -> bool:
    """Whether ``answer`` shows what an example should: cited, from the regions it names,
    with figures for facts and comparisons and several cited lines for lists."""
    if answer.abstained or not answer.citations:
        return False
    named = {region for region, _ in reports.mentions(example.question)}
    cited = set(reports.cited_regions([c.source for c in answer.citations]))
    if not named or named != cited:
        return False
    checks: dict[str, Callable[[], bool]] = {
        "fact": lambda: bool(_DIGIT.search(answer.answer)),
        "comparison": lambda: bool(_DIGIT.search(answer.answer)) and len(cited) >= 2,
        "list": lambda: sum(1 for line in answer.answer.splitlines() if "[" in line) >= 2,
    }
    return checks.get(example.shape, lambda: True)()


def pick_examples(
    reports: Reports, ask: Callable[[str], Answer], tries: int = 12
) -> list[Suggestion]:
    """Up to three example questions the service answers well: different shapes first, then
    more of the shapes that work, about other regions.

    Args:
        reports: the stored reports.
        ask: answers one question (blocking; call this off the event loop).
        tries: questions asked at most.
    """
    verdicts: dict[str, bool] = {}

    def works(example: Suggestion) -> bool:
        if example.question not in verdicts and len(verdicts) < tries:
            verdicts[example.question] = good_example(example, ask(example.question), reports)
        return verdicts.get(example.question, False)

    def kind(example: Suggestion) -> tuple[str, frozenset[str]]:
        return example.shape, frozenset(r for r, _ in reports.mentions(example.question))

    picked: list[Suggestion] = []
    for new in (lambda e: e.shape, kind):
        for example in example_candidates(reports):
            if len(picked) == EXAMPLE_COUNT:
                return picked
            if new(example) not in {new(p) for p in picked} and works(example):
                picked.append(example)
    return picked
