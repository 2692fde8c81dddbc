"""Query planning: a question (and the conversation) → a typed ``Plan``."""

from __future__ import annotations

import re

from retrieval.query.about_answer import (
    asks_period,
    asks_period_beside,
    asks_verbatim,
    asks_where,
    claimed_figure,
    data_of_context,
)
from retrieval.query.annotations import asks_companions
from retrieval.query.arranging import without_arranging
from retrieval.query.asked_beside import asks_one_each, asks_periods
from retrieval.query.described_terms import named_in_brackets, of_its_kind
from retrieval.query.excluded import (
    excluding,
    place_of_year,
    read_after,
    without_excluded,
)
from retrieval.query.exclusions import without_exclusions
from retrieval.query.fields import asked_fields
from retrieval.query.hearing import Hearing
from retrieval.query.levels import by_level
from retrieval.query.list_shape import field_alone
from retrieval.query.measure import measured
from retrieval.query.mentioned import asks_others
from retrieval.query.named_sides import latest_of, named_sides
from retrieval.query.notes import no_report, older_note, part_note, whole_county
from retrieval.query.own_parts import own_parts_shape
from retrieval.query.plan import Group, Plan
from retrieval.query.pointers import asks_source, source_asked_again
from retrieval.query.presenting import without_presenting
from retrieval.query.ranked_clause import ranked_clause
from retrieval.query.referent import PLANS_ASKED, plans_for_all_told, pointed_item
from retrieval.query.resolver import ACROSS, BY_PLACE
from retrieval.query.routing import PLACES_ASIDE, Route
from retrieval.query.sections_had import parts_had
from retrieval.query.sides import (
    UNNAMED_SAID,
    comparison_sides,
    described_source,
    own_clauses,
    region_at,
    unnamed_report,
)
from retrieval.query.social import is_social, says_nothing
from retrieval.query.terms_asked import each_term
from retrieval.query.told_again import places_apart, told_again
from retrieval.query.verdicts import (
    asks_comparative,
    asks_each,
    asks_sum,
    asks_verdict,
    asks_which_part,
)
from retrieval.query.when import attribute_of, summed_over_year
from retrieval.query.within_turns import ALL_LISTED, asks_within
from retrieval.query.year_sources import of_year_asked
from retrieval.query.year_sums import years_apart
from retrieval.schema import Conversation

# Kinds whose askers say how the reports are to be set out ("排个序", "列个表").
_ARRANGED = frozenset({"ranking", "table", "comparison"})

__all__ = ["Planner"]

# Brackets that held the sides alone, left empty once they are taken out.
_EMPTIED = re.compile(r"[（(][\s，,、；;和与及]*[）)]")


class Planner(Hearing):
    """Turns questions into plans over one catalog of stored reports: each question completed
    from the turns before it (``Resolver``), then planned.

    Args:
        catalog: the stored reports.
        lexical: the lexical index (known words; description lookup).
        texts: chunk ids → their texts (to check a description's figures).
        gazetteer: place names that are not in the store, to recognise unknown regions.
    """

    def plan(self, question: str, conversation: Conversation | None = None) -> Plan:
        """The plan for ``question``, asked after the turns of ``conversation``."""
        heard_ = self._hear(question, conversation)
        normalized, heard, slips = heard_.normalized, heard_.heard, heard_.slips
        relative, standing, share_of = heard_.relative, heard_.standing, heard_.share_of
        averaged, more, relaid = heard_.averaged, heard_.more, heard_.relaid
        silent_dropped, before, of_year = heard_.silent_dropped, heard_.before, heard_.of_year
        stress, history = heard_.stress, heard_.history
        again = heard
        # "出处在哪": the question before, whose answer cites where it is said.
        if conversation and before and asks_source(heard):
            again = source_asked_again(heard, conversation, self._place_spans)
        # "去掉叶城再排一遍": after a ranking (or a turn on a row of it), of the reports kept.
        across = conversation.across if conversation and conversation.across else before
        # "只看县级的，哪个最多": the reports of the other level set aside.
        again = (
            by_level(again, self.catalog) if conversation and conversation.across else None
        ) or again
        again, dropped = without_excluded(again, across, self._named_spans)
        reordered = bool(dropped)
        asked, routed, kind = self.resolve(again, read_after(conversation, dropped))
        if not dropped:
            # A question asked again keeps the places set aside ("…，不含叶城，加起来多少").
            rest, dropped = without_excluded(asked, None, self._named_spans)
            if dropped:
                asked, routed, kind = self.resolve(rest, None)
        if dropped:
            routed = excluding(routed, dropped, self.catalog, self._named)
            # ("2023年那份": a report set aside by its year is named by its place.)
            names = [place_of_year(name, self.catalog) for name in dropped]
            asked = f"{asked}{PLACES_ASIDE}{'、'.join(names)}"
        if kind in BY_PLACE and conversation and conversation.last_question and not routed.context:
            # "查出的问题各几个？排一排": each report's figure in the field the turn
            # before was about (one the follow-up names no word of), where sentences tie.
            last = conversation.last_question
            field = self._route(last).topic(last)
            words = {w for w in self.lexical.words(routed.topic(asked)) if len(w) > 1}
            if not words & {w for w in self.lexical.words(field) if len(w) > 1}:
                routed.context = field
        topic, excluded = without_exclusions(of_its_kind(named_in_brackets(routed.topic(asked))))
        if kind in _ARRANGED:
            # "…排序；哪份报告没有给出该项数据": the silent reports are listed anyway ("没写县名
            # 那份" names a side, not how to lay them out).
            laid = topic if routed.regions or routed.files else without_presenting(topic)
            topic = without_arranging(laid, self.lexical)
            if kind == "ranking":
                topic = ranked_clause(topic, self.lexical)
        if routed.files:
            # "无标题的003号报告": what the report named by its number lacks says which it is.
            topic = UNNAMED_SAID.sub("", topic)
        # "第二个明年打算怎么解决": the plans for an item told just before.
        about = "" if routed.regions and not routed.inherited else pointed_item(topic, conversation)
        every_item = (not routed.regions or routed.inherited) and plans_for_all_told(
            topic, conversation
        )
        if about or every_item:
            # What is planned for it is asked, however it is put ("怎么改进", "如何弥补"); for
            # every item told ("针对这些"), the plans whole.
            topic, kind = PLANS_ASKED, "list"
        alone = field_alone(topic) if kind == "fact" and routed.regions else None
        if alone:
            # "普兰县普法这块": the work the report tells of in the field, listed.
            topic, kind = alone, "list"
        unknown = [name for name in routed.unknown_regions if not self.lexical.knows(name)]
        missing = f"报告库中没有{'、'.join(unknown)}的报告" if unknown else ""
        # "哪一类最多": the figure is asked, and its largest part named.
        largest = asks_which_part(topic) if kind == "fact" else ""
        topic = measured(topic) if largest else topic
        # ("能出个表吗" after a question: the answer laid out, no word about the bot.)
        if not relaid and (
            is_social(normalized, self._vocabulary_share)
            or says_nothing(question, self._vocabulary_share)
        ):
            # "谢谢，问题解决了": thanks with nothing asked, before any lead-in is taken off.
            kind = "chitchat"
        base = Plan(question, asked, topic, kind, route=routed, missing=missing, excluded=excluded)
        base.about, base.largest, base.stress, base.share_of = about, largest, stress, share_of
        base.averaged, base.standing = averaged, standing
        if conversation is not None and asks_within(question):
            # "里面点名的法律有哪几部": inside the part of the report just listed.
            base.within = conversation.last_section
        base.period = (conversation is not None and asks_period(heard)) or asks_periods(question)
        # ("叶城的呢？能直接拿来跟它们比吗": asked beside a follow-up its rewrite leaves out.)
        base.period = base.period or asks_period_beside(topic) or asks_period_beside(question)
        # "分别是哪一年的": the reports' own years, no period of a figure.
        base.period = base.period and not (kind == "table" and asked_fields(topic))
        base.one_each = asks_one_each(question)
        base.relative = relative
        base.companions = asks_companions(normalized)
        base.where = asks_where(heard)
        base.verbatim = asks_verbatim(question)
        base.stated_only = silent_dropped
        if conversation is not None and conversation.last_question:
            base.claimed = claimed_figure(question)
        base.of_year = of_year
        base.terms = each_term(topic, self.lexical) if kind == "mentions" else []
        # "003那份X多少？额敏的Y多少", "把这两家的情况换成表格": asked place by place.
        base.apart = (
            told_again(question, history, self._sides)
            or places_apart(question, self._sides, lambda q: self._route(q).topic(q))
            # "按年份分开各合计多少": each year's reports summed, one after another.
            or years_apart(question, conversation.across if conversation else None, self.catalog)
        )
        if kind == "mentions" and conversation is not None and asks_others(topic):
            # "还有别的县写了X吗": the reports of the turn before are set apart.
            base.besides = (
                Route(list(conversation.regions)).sources(self.catalog) or []
                if conversation.regions
                else list(conversation.sources)
            )
        sectioned = (
            None
            if routed.unknown_regions
            else own_parts_shape(topic, kind, routed, self.catalog, self.lexical, self.texts)
        )
        if sectioned:
            base.kind = kind = sectioned
            base.sections = kind == "table"
        elif kind != "chitchat" and (had := parts_had(topic, routed, self.lexical, self.catalog)):
            # "哪份报告没有写下一步工作打算": each report's outline, whether it has the part.
            base.kind = kind = "table"
            base.sections, base.sections_had = True, had
        if kind == "chitchat":
            return base
        if whole := whole_county(routed, asked):
            base.kind, base.reason = "abstain", whole
            return base
        listed = ALL_LISTED if more else ""
        base.note = "；".join(filter(None, (slips, part_note(routed), listed)))
        if unknown and not routed.regions:
            base.kind, base.reason, base.query = "abstain", missing, topic
            return base
        sources, year = routed.sources(self.catalog), routed.year
        # "2025年的打算", "2024年…反馈了多少条": a year no report of the place covers.
        held = of_year_asked(routed, self.catalog, topic, kind, question)
        if held is not None:
            sources, year, base.note, base.planned_in, base.year_said = held
        placed = routed.regions or routed.files or routed.unknown_regions
        pointed = None if placed or kind != "mentions" else unnamed_report(topic, self.catalog)
        if pointed and pointed[1]:
            # "没写县名那份有没有提到X": whether the report it describes says it ("没写" no lack).
            sources, base.topic = [pointed[0]], pointed[1]
            topic = pointed[1]
        if kind == "fact" and asks_sum(topic) and not placed and len(sources or ()) > 1:
            # "2025年的报告里…加起来多少": the reports of the year, each a row, summed.
            base.kind = kind = "table"
            base.topic = topic = summed_over_year(topic)
        if sources is not None and not sources:
            base.kind, base.reason = "abstain", no_report(self.catalog, routed)
            return base
        # "A是不是比…的那个县多": a question about one region compares it with a described one.
        # "设了X的那个县和培育了Y的那个县，谁多": two described sides read as a ranking.
        compares = kind in ("comparison", "ranking") or (
            kind in ("fact", "list")
            and (asks_comparative(topic) or asks_verdict(topic) or asks_each(topic))
        )
        if compares and not routed.files:
            at = region_at(routed)
            sides = comparison_sides(topic, routed, self.catalog, self.lexical, self.texts, at)
            # Only when a side is named by description ("A、B、还有…的那个县").
            if sides is not None and len(sides[0]) > len(routed.regions):
                # ("三份（叶城、额敏与003号报告）": brackets the sides filled, emptied.)
                base.groups, base.topic = sides[0], _EMPTIED.sub("", sides[1])
                # "A和没写县名的那个县分别存在哪些问题": each side's list.
                base.query, base.kind = base.topic, "list" if kind == "list" else "comparison"
                return base
        if reordered and kind == "ranking":
            base.groups, base.query = [Group(None, sources)], topic
            return base
        if len(routed.regions) + len(routed.files) >= 2:
            base.context = routed.context
            # "它们各自的数字是多少" after "哪几份报告提到X": the figures of X.
            data = data_of_context(topic, routed.context, self.lexical)
            base.asked, base.topic = (data, data) if data else (base.asked, base.topic)
            topic = base.topic
            base.query = f"{topic} {routed.context}" if routed.context else topic
            named = named_sides(self.catalog, routed, year, topic)
            base.missing = "；".join(filter(None, (base.missing, named.missing)))
            if not named.groups:
                base.kind, base.reason = "abstain", base.missing
                return base
            base.groups = named.groups
            base.note = base.note or older_note(named.older)
            if compares and kind != "list":
                base.kind = "comparison"
                base.groups = own_clauses(topic, routed, base.groups, asked)
            return base
        if kind in BY_PLACE and routed.year is None and not attribute_of(topic):
            sources, older = latest_of(self.catalog, sources)
            base.note = base.note or older_note(older)
        if not (routed.regions or routed.files or routed.context) and kind not in ACROSS:
            # "没标题的那份2025年报告": a report described among those of the year named.
            described, rest = described_source(topic, self.catalog, self.lexical, self.texts)
            if sources is None or (described and set(described) <= set(sources)):
                sources, topic = described, rest
                base.topic = topic
        base.context = routed.context
        base.query = f"{topic} {routed.context}" if routed.context else topic
        base.groups = [Group(routed.regions[0] if routed.regions else None, sources)]
        return base
