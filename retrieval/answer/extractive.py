"""Extractive answers: the report sentences that answer the question, cited, or an abstention."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from retrieval.answer.abstain import ABSTAIN
from retrieval.answer.cite import citation, subject
from retrieval.answer.clauses import asks_whole
from retrieval.answer.effects import (
    answer_effects,
    asks_contents,
    asks_effect,
    contents_pick,
    effect_pick,
)
from retrieval.answer.fact_parts import (
    asks_done,
    asks_done_of_before,
    asks_parts,
    counts_any,
    counts_named,
    each_thing,
    headed_by,
    names_nothing,
    says_no_word,
    says_part,
    states_part,
    tells_extent,
)
from retrieval.answer.list_lines import states_figure
from retrieval.answer.matching import Matcher
from retrieval.answer.named_before import named_before
from retrieval.answer.pick import Pick, through_run
from retrieval.answer.premise import checked_premise
from retrieval.answer.same_statement import SAME_STATEMENT, report_label, same_statement
from retrieval.answer.sentence_pick import concise, pick_sentences
from retrieval.query.about_answer import asks_period, claimed_figure, where_only
from retrieval.query.aspects import PLANS, aspects_in
from retrieval.query.expected import Expected, asks_target
from retrieval.query.measure import BARE_COUNT
from retrieval.query.normalize import simplified
from retrieval.query.parts import asks_means, question_parts
from retrieval.query.plan import Plan
from retrieval.query.units import as_attendances
from retrieval.query.verdicts import CHANGE_SAID, asks_versus_last_year
from retrieval.query.weights import weighty_words
from retrieval.schema import Answer, Citation
from retrieval.search.evidence import Found
from retrieval.text.words import names_noun
from retrieval.types import Passage, Vocabulary

__all__ = ["compose_fact"]


# "也有资金数吗", "有没有写金额": whether the report gives a figure of something.
_FIGURE_WHETHER = re.compile(
    r"(?:有|写|给)(?:没有)?[^，,。？?！!]{0,8}?(?:数字?|数据|金额|多少)(?:吗|么|没有?)[？?。！!\s]*$"
    # "有没有撤销证件的人数": whether, asked before the thing.
    r"|(?:有没有|有无|是否有)[^，,。？?！!]{1,16}?的?(?:数字|数据)[？?。！!\s]*$"
)


def compose_fact(
    plan: Plan,
    found: Found,
    lexical: Vocabulary,
    searched: list[str],
    titled: Callable[[str, Sequence[Passage]], list[Pick]] | None = None,
) -> Answer:
    """The extractive answer from one group's passages; ``abstained`` when no sentence fits.

    Each part of a question that asks several things is answered by its own sentence; the
    answer names the report's region first ("额敏县：…"), and says so when the region was
    carried over from the previous question. ``titled``: the figure of a part that no sentence
    names but its item's title does (``titled.titled_figure``).
    """
    # "这段写在第几部分": where it is said is told after the answer (``located``).
    parts = [
        each
        for part in question_parts(plan.topic, lexical)
        for each in each_thing(part, lexical)
        # ("…多少件，是哪一年的": the period is told in a note on the figures, no part.)
        if not (plan.where and where_only(each)) and not (plan.period and asks_period(each))
    ]
    chosen: dict[tuple[str, int, int], tuple[Pick, list[str]]] = {}
    unanswered = []
    versus_last = asks_versus_last_year(plan.question)
    effect = [part for part in parts if asks_effect(part)] if len(parts) > 1 else []
    for part in parts:
        if part in effect:
            continue
        if asks_done(part) and chosen:
            # "建完没有": whether the thing just asked of is done, said in its sentence.
            next(reversed(chosen.values()))[1].append(part)
            continue
        stating = next(
            (k for k, (pick, _) in chosen.items() if states_part(part, pick.text, lexical)), None
        )
        said_there = names_nothing(part, lexical) or bool(Expected.of(part).rates)
        # ("…受理、办结分别几件": a sentence chosen saying the part's own words states it.)
        said_there = said_there or (
            stating is not None and says_part(part, chosen[stating][0].text, lexical)
        )
        if stating is not None and (said_there or asks_parts(part)):
            # "设了什么机构？全年接到几个案子": the cases of the thing the part before names;
            # "…结了多少件？群众满意率呢", "…分类别各是多少": a rate or the parts the
            # sentence chosen states.
            chosen[stating][1].append(part)
            continue
        named = next(
            (k for k, (pick, _) in chosen.items() if counts_named(part, pick.text, lexical)), None
        )
        if named is not None:
            # "审查了几件文件？出了多少条意见建议": the sentence chosen counts them ("意见建议
            # 73份"), whatever measure the question says them in.
            chosen[named][1].append(part)
            continue
        others = [other for other in parts if other != part]
        means = asks_means(part)
        if plan.context and (asks_done_of_before(part) or means):
            # "建成了没有" after the thing's question: its sentence says how far it got; "靠啥
            # 降下来的": how it got there.
            picks = pick_sentences(plan.context, found.passages, lexical)[:1]
        else:
            # The other parts break ties where they name a thing of their own ("宣讲团有几个
            # 人，设多少个宣讲点"); a doing of this part's thing ("行政复议收了多少件，纠错了
            # 几件") would draw it to the sentence that answers that doing.
            beside = [o for o in others if names_nothing(part, lexical) or names_noun(o)]
            picks = pick_sentences(part, found.passages, lexical, " ".join([plan.context, *beside]))
        attended = as_attendances(part) if not picks else None
        if attended:
            # "接待多少人": a report counting only attendances answers in them.
            # Only a sentence saying every word asked: a count of other people's attendance
            # is no answer ("干部专题考试多少人参加" is no "讲座…参加15万余人次").
            picks = [
                pick
                for pick in pick_sentences(attended, found.passages, lexical, plan.context)
                if pick.coverage >= 1.0
            ]
            part = attended if picks else part
        if not picks and titled is not None:
            picks = titled(part, found.passages)
        if not picks:
            picks = named_before(part, found.passages, lexical)
        if not picks and plan.context and asks_done(part):
            # "建好没有" after a question about the thing: whether the thing is done.
            picks = pick_sentences(plan.context, found.passages, lexical)[:1]
        if not picks and plan.context and not others and says_no_word(part, lexical):
            # "减了多少钱" after a question about 减免责案件: a follow-up naming nothing asks
            # its figure of what the question before named.
            thing = BARE_COUNT.sub("", plan.context)
            picks = pick_sentences(thing + part, found.passages, lexical)
        if versus_last:
            # "是不是比去年多": a figure of one year is no answer; a change said is.
            picks = [pick for pick in picks if CHANGE_SAID.search(pick.text)]
        if _FIGURE_WHETHER.search(part):
            # "也有资金数吗": whether a figure is given is answered by a sentence giving one,
            # of the thing: "有没有撤销证件的人数" is not answered by "216人取得执法证".
            core = Matcher(part, lexical, Expected.of(part))
            picks = [p for p in picks if states_figure(p.text) and not core.misses_core(p.text)]
        if len(parts) > 1:
            picks = picks[:1]
        if asks_whole(part):
            # "干了哪些事": the doings of one measure run on past a "；".
            picks = [through_run(pick) for pick in picks]
        if not picks:
            unanswered.append(part)
        if picks and asks_contents(part):
            # "宣讲了哪些内容": the sentence after the measure's may list them.
            words = weighty_words(plan.topic, lexical)
            listed = contents_pick(picks[0], words, found.passages)
            picks = [*picks, listed] if listed else picks
        for pick in picks:
            key = (pick.passage.source, pick.start, pick.end)
            chosen.setdefault(key, (pick, []))[1].append(part)
    # "给多少户赋了分": a sentence chosen for another part may state this one's figure;
    # "数量各是多少" asks the counts a chosen sentence gives, of nothing it names.
    for part in list(unanswered):
        stating = next(
            (
                k
                for k, (pick, _) in reversed(chosen.items())
                if states_part(part, pick.text, lexical) or counts_any(part, pick.text)
            ),
            None,
        )
        # "在A、B方面办了哪些事，各多少": A may head the item whose sentence B's answer is.
        stating = stating or next(
            (k for k, (p, _) in chosen.items() if headed_by(part, p.passage, p.start)), None
        )
        if stating is not None:
            chosen[stating][1].append(part)
            unanswered.remove(part)
    # "积分管理搞得咋样，给多少户赋了分": the figures follow the measure's sentence.
    for part in list(unanswered):
        after = [f for pick, _ in chosen.values() if (f := effect_pick(pick)) is not None]
        # A count of nothing named ("数量各是多少") is any count the next sentence gives.
        stated = next(
            (f for f in after if states_part(part, f.text, lexical) or counts_any(part, f.text)),
            None,
        )
        if stated is not None:
            key = (stated.passage.source, stated.start, stated.end)
            chosen.setdefault(key, (stated, []))[1].append(part)
            unanswered.remove(part)
    # "宣讲团多少人，都讲了哪些内容": the contents listed after the sentence chosen.
    for part in [p for p in unanswered if asks_contents(p)]:
        words = weighty_words(plan.topic, lexical)
        listed = next(
            (
                f
                for pick, _ in chosen.values()
                if (f := contents_pick(pick, words, found.passages)) is not None
            ),
            None,
        )
        if listed is not None:
            key = (listed.passage.source, listed.start, listed.end)
            chosen.setdefault(key, (listed, []))[1].append(part)
            unanswered.remove(part)
    # "培训范围多广？几个部门…": an extent asked before its details is told by the
    # sentence that answers them, where it names the thing.
    for part in list(unanswered):
        told = next(
            (k for k, (pick, _) in chosen.items() if tells_extent(part, pick.text, lexical)), None
        )
        if told is not None:
            chosen[told][1].append(part)
            unanswered.remove(part)
    if not chosen:
        return Answer(question=plan.question, answer=ABSTAIN, abstained=True, searched=searched)
    answer_effects(effect, chosen)
    picks = [pick for pick, _ in chosen.values()]
    if same_statement(picks):
        # Reports that say the same thing with other figures (another county, another year):
        # joining their figures into one answer would state neither report's fact.
        citations = [citation(i + 1, p.passage, p.start, p.end) for i, p in enumerate(picks)]
        text = SAME_STATEMENT + "".join(
            f"\n{report_label(c)}：{concise(p, plan.topic, lexical)}[{c.n}]"
            for p, c in zip(picks, citations, strict=True)
        )
    else:
        text, citations = _by_report(list(chosen.values()), plan, lexical)
    # ("…，以及X办了几期": the joining word is no part of what was not found.)
    # ("…，这个数准吗": a doubt of the figures told asks nothing a sentence answers.)
    asked = [part for part in unanswered if not claimed_figure(part)]
    text += "".join(f"\n{_JOINING.sub('', part)}：{ABSTAIN}" for part in asked)
    # "…为99.8%，是否属实": the figure stated, checked against the one cited, said first
    # (the verdict is what is asked).
    checked = checked_premise(simplified(plan.question), citations)
    text = f"{checked}\n{text}" if checked else text
    return Answer(
        question=plan.question,
        answer=text,
        abstained=False,
        citations=citations,
        searched=searched,
        notice=_planned(f"{plan.topic} {plan.context}", citations) or None,
    )


_JOINING = re.compile(r"^(?:以及|还有|另外|此外|并且|同时|及|和|再)")


def _planned(asked: str, citations: list[Citation]) -> str:
    """A notice that a cited sentence is of a report's plans ("每年组织专业培训不少于4次" under
    "下一步工作打算"), when ``asked`` (the question and the one it follows) asks no plan: the
    sentence tells what is to be done, not what was."""
    if PLANS in aspects_in(asked) or asks_target(asked):
        return ""
    parts: dict[str, str] = {}
    for c in citations:
        part = c.section.split(" > ")[0]
        if PLANS in aspects_in(part):
            parts[part] = parts.get(part, "") + f"[{c.n}]"
    return "；".join(
        f"{marks}出自“{part}”，是今后的打算，不是已做的工作" for part, marks in parts.items()
    )


def _by_report(
    chosen: list[tuple[Pick, list[str]]], plan: Plan, lexical: Vocabulary
) -> tuple[str, list[Citation]]:
    """One line per report: its region, then each answering sentence's clauses, cited."""
    by_source: dict[str, list[tuple[Pick, list[str]]]] = {}
    for pick, parts in chosen:
        by_source.setdefault(pick.passage.source, []).append((pick, parts))
    lines: list[str] = []
    citations: list[Citation] = []
    for picks in by_source.values():
        quoted = []
        for pick, parts in picks:
            citations.append(citation(len(citations) + 1, pick.passage, pick.start, pick.end))
            # ("原文呢": the sentence whole, as the report writes it.)
            said = pick.text.rstrip("。；;") if plan.verbatim else concise(pick, parts, lexical)
            quoted.append(f"{said}[{len(citations)}]")
        first = picks[0][0].passage
        label = subject(first.region, first.title, first.source, plan.route.inherited)
        lines.append(f"{label}：" * bool(label) + "，".join(quoted))
    return "\n".join(lines), citations
