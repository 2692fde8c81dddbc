"""Follow-ups completed: the standalone question a turn asks, given the turns before it (a
follow-up inherits the place, the thing or the shape it omits), with its route and shape."""

from __future__ import annotations

from retrieval.index.lexical import LexicalIndex
from retrieval.query.across_shape import BARE_SUPERLATIVE
from retrieval.query.among_sides import among_sides
from retrieval.query.amounts import undone_only
from retrieval.query.asked_beside import without_clauses
from retrieval.query.carrying import Carrying
from retrieval.query.catalog import Catalog
from retrieval.query.chained_turns import THESE_TWO, Chain, period_asked, turns_chained
from retrieval.query.every_report_again import every_report_summed, over_every_report
from retrieval.query.followup import likewise_asked, share_only, verdict_only
from retrieval.query.measure import measured
from retrieval.query.mention_turns import others_asked_of
from retrieval.query.mentioned import mentioned_term
from retrieval.query.metadata_shape import attribute_again, fields_again
from retrieval.query.own_shape import ACROSS, BY_PLACE, NO_CONTEXT, own_shape
from retrieval.query.places_asked import each_other_place
from retrieval.query.plan import Kind
from retrieval.query.pointed_term import term_pointed
from retrieval.query.pointers import field_pointed, field_said, it_named
from retrieval.query.presenting import without_presenting
from retrieval.query.routing import Route, route
from retrieval.query.shape import shape_of
from retrieval.query.sides import (
    Texts,
    unnamed_report,
)
from retrieval.query.table_turns import Turn, across_again
from retrieval.query.told_turns import Told, told_again_of
from retrieval.query.verdicts import asks_which_part, orders_only
from retrieval.query.weighed_turns import added_to_before, against_before, weighed_again
from retrieval.schema import Conversation

__all__ = ["ACROSS", "BY_PLACE", "NO_CONTEXT", "Resolver"]


class Resolver(Carrying):
    """Completes a turn's question from the turns before it (a follow-up inherits what it
    omits) and reads its route and shape.

    Args:
        catalog: the stored reports.
        lexical: the lexical index (known words; description lookup).
        texts: chunk ids → their texts (to check a description's figures).
        gazetteer: place names that are not in the store, to recognise unknown regions.
    """

    def __init__(
        self,
        catalog: Catalog,
        lexical: LexicalIndex,
        texts: Texts,
        gazetteer: frozenset[str] = frozenset(),
    ) -> None:
        self.catalog = catalog
        self.lexical = lexical
        self.texts = texts
        self.gazetteer = gazetteer

    def resolve(self, question: str, conversation: Conversation | None) -> tuple[str, Route, Kind]:
        """The standalone question, its route and its shape (a follow-up inherits what it omits).

        Questions about every report (ranking, table, mentions) and chitchat inherit nothing.
        """
        # "最低的呢？是否有报告根本没写": the other end, the silent reports listed anyway.
        bare = without_presenting(question)
        if bare != question and BARE_SUPERLATIVE.fullmatch(bare.strip()):
            question = bare
        # "叶城的…比它多多少": the place the turn before asked of, named.
        if conversation is not None:
            question = it_named(question, conversation.regions or conversation.sources)
            # "那个县写到这个了吗": the term the turns asked which reports say.
            question = term_pointed(
                question,
                [asked for asked, _ in conversation.history],
                lambda q: route(q, self.catalog, self.gazetteer).topic(q),
                self.lexical,
            )
            # "叶城县这方面写了些什么": the field the turn before asked in.
            last = conversation.last_question or ""
            question = field_pointed(
                question, lambda: route(last, self.catalog, self.gazetteer).topic(last)
            )
        routed = route(question, self.catalog, self.gazetteer)
        kind = own_shape(question, routed, self.lexical.knows)
        if conversation is None or not conversation.last_question or kind == "chitchat":
            return question, routed, kind
        said = routed.topic(question)
        told_back = told_again_of(
            Told(question, said, routed, kind, conversation), self._routed, self._own, self.lexical
        )
        if told_back is not None:
            # "它们分别怎么说的", "没提到的有哪些", "正文里有啥线索…": of what was just told.
            return told_back
        pointed = unnamed_report(said, self.catalog)
        if against_before(question, routed, conversation, [pointed[0]] if pointed else []):
            # "和没署县名那份比，谁多": the place before is the other side.
            routed.context = route(conversation.last_question, self.catalog).topic(
                conversation.last_question
            )
            return question, routed, "comparison"
        unplaced = not (routed.regions or routed.unknown_regions or routed.files)
        if kind in NO_CONTEXT and kind not in BY_PLACE:
            return question, routed, kind
        if unplaced and self._describes_report(routed.topic(question)):
            # "提到X的那份报告里…多少": a question naming its own report by what it says.
            return question, routed, kind
        previous = conversation.last_question
        # The previous question routed once, for every reading of the follow-up below.
        before = route(previous, self.catalog, self.gazetteer)
        if conversation.files_too and before.regions:
            # "克孜勒陶镇跟那个没写名字的县…": the report described beside the places named.
            before.files = sorted({*before.files, *conversation.files_too})
        topic = routed.topic(question)
        # What the turn before asked, read once for the readings below that weigh it again.
        asked_then = self._asked_before(before, conversation)
        likewise = likewise_asked(topic) if routed.regions or routed.files else None
        if likewise is not None:
            # "叶城这块有没有类似的数字": the question before, of the place named.
            asked_before = before.topic(previous).rstrip("？?。！! ")
            return self._routed(f"{routed.places_said(question)}{asked_before}{likewise}")
        # "跟A、B加起来一共多少": A and B added to what the turn before asked; "还有几件没履行
        # 完": of what it counted, the part not done. Either of the place it asked of.
        added = (
            None if routed.regions else added_to_before(topic, before.topic(previous), self.lexical)
        )
        undone = undone_only(topic) and not (routed.regions or routed.files)
        if added or undone:
            then = added or f"{before.topic(previous).rstrip('？?。！! ')}，{topic}"
            asked, again, kind = self._routed(then)
            return self._carried(asked, again, kind, conversation, before, again.topic(asked))
        chained = turns_chained(
            Chain(question, topic, routed, before.topic(previous), conversation),
            asked_then,
            self._describes_report,
        )
        if chained is not None:
            joined, again, kind = self._routed(chained[0])
            return joined, again, chained[1] or kind
        summed = None if routed.regions else every_report_summed(topic, before.topic(previous))
        if summed:
            # "各家加起来一共多少件" after turns on single places: every report's figure.
            return self._routed(f"{routed.year}年{summed}" if routed.year else summed)
        # "还有别的县有这个做法吗": the other reports that mention what was asked of; "那另外
        # 几个县呢": every report's figure, or the other places' lists.
        asked, shape = before.topic(previous), lambda q: self._routed(q)[2]
        others = None if routed.regions else others_asked_of(topic, asked, self.lexical)
        if not (others or routed.regions):
            others = each_other_place(topic, asked, self.catalog, conversation.regions, shape)
        if others:
            return self._routed(others)
        # "剩下的加起来一共多少", "再加上办结率" after a table: the table asked again so.
        # The previous question's shape, its places aside (a table may set some aside).
        earlier = shape_of(before.topic(previous), 0, self.lexical.knows)
        across = across_again(
            Turn(question, topic, routed, before, previous, earlier),
            self.lexical,
            self.catalog,
            self._routed,
        )
        if across is not None:
            return across
        placed = bool(routed.regions or routed.files)
        among = None if placed else among_sides(topic, before, previous, conversation)
        if among is not None:
            asked, again, kind = self._routed(among)
            if previous.rstrip("？?。！! ") not in among:
                # "办结率谁高" after the sides' hotlines: of what they were weighed in before.
                again.context = before.topic(previous)
            return asked, again, kind
        # "两者在案件数量上差多少": the sides weighed in the field named, of what was asked.
        bare, field = field_said(topic)
        if not routed.regions and verdict_only(bare):
            topic = bare
        weighed = (
            None
            if routed.regions
            else weighed_again(topic, field, conversation, before.topic(previous), self._route)
        )
        if weighed:
            return self._routed(weighed)
        period = period_asked(
            Chain(question, topic, routed, before.topic(previous), conversation), asked_then
        )
        if period is not None:
            # "这是哪年的数", "这两个数是同一年的吗": the question before (``Plan.period``).
            asked, again, kind = self._routed(period or previous)
            if (
                again.year is not None
                and again.regions
                and not any(
                    self.catalog.sources_for(region, again.year) for region in again.regions
                )
            ):
                # "能查到的是哪年的" after a year no report of the place covers: the
                # question of the years it has.
                asked, again, kind = self._routed(asked.replace(f"{again.year}年", "", 1))
            if not (period or again.regions or again.files) and conversation.regions:
                again.regions, again.inherited = list(conversation.regions), True
            return asked, again, kind
        parts = asks_which_part(topic) and measured(topic) == "多少"
        # "按件数从多到少排" after one place's figure: the parts of that figure, in order.
        last_places = conversation.regions or conversation.sources
        ordered = orders_only(topic) and len(last_places) == 1
        ordered = ordered and shape_of(before.topic(previous), 1, self.lexical.knows) not in ACROSS
        if not routed.regions and (parts or ordered):
            # "哪一类最多": the parts of the figure the previous question asked, of its places.
            # ("…加起来多少项，占总数的比例是多少": the figures, not their share, put in order.)
            asked = without_clauses(before.topic(previous), share_only).rstrip("？?。！! ")
            return self._routed(
                f"{'和'.join(last_places)}{asked}，{topic if parts else '各项从多到少排'}"
            )
        two = conversation.before or len(conversation.regions or conversation.sources) == 2
        if two and not routed.regions and THESE_TWO.search(topic):
            # "这两份哪份发布得早": the two places of the last two turns, not every report;
            # "这俩谁覆盖的企业多": of what they were asked about.
            asked, again, kind = self._routed(
                "和".join(conversation.last_two()) + THESE_TWO.sub("", topic)
            )
            again.context = before.topic(previous)
            return asked, again, kind
        if kind in BY_PLACE:
            # "哪个县最多？": the previous thing over every report; no place is inherited.
            whole = over_every_report(
                routed.topic(question), self._asked_before(before, conversation)
            )
            term = (
                None if whole or earlier != "mentions" else mentioned_term(previous, self.lexical)
            )
            if term is not None:
                # "人数最多的是哪家" after which reports say X: X's figures, ranked.
                whole = f"{term.phrase}{routed.topic(question)}"
            if not whole:
                return question, routed, kind
            # "最少的呢" keeps the shape it was asked in, whatever the joined words read as;
            # the year it was narrowed to ("只要2025年的"), or is narrowed to now, too.
            narrowed = routed.year or before.year
            year = f"{narrowed}年" if narrowed and str(narrowed) not in whole else ""
            joined, again, _ = self._routed(year + whole)
            return joined, again, kind
        fact = kind == "fact" and not routed.regions
        attribute = attribute_again(topic, before.topic(previous)) if fact else None
        if attribute and earlier == "metadata":
            # "网上是哪天发的" after "落款是啥时候": the same report's attribute.
            asked, again, _ = self._routed("和".join(last_places) + attribute)
            return asked, again, "metadata"
        again_of = fields_again(topic, before.topic(previous)) if earlier == "metadata" else None
        if again_of and (routed.regions or routed.files):
            # "普兰县那份的呢？同样几项": the same attributes, of the report named now.
            named = routed.places_said(question)
            # "那叶城25年的呢": of the report of the year named, which may not be held.
            year = f"{routed.year}年" if routed.year else ""
            return (*self._routed(named + year + again_of)[:2], "metadata")
        return self._carried(question, routed, kind, conversation, before, topic)
