"""The last readings of a follow-up, once none of the turn-specific ones applies: the question
before asked of the place or report the follow-up names ("那普兰呢"), of a report pointed at by
what it lacks, part of it again, how the thing asked of before was done, or the place asked of
before carried over. ``Carrying`` also holds the routing helpers every reading uses."""

from __future__ import annotations

import re

from retrieval.index.lexical import LexicalIndex
from retrieval.query.added_places import unnamed_added, with_places_of
from retrieval.query.catalog import Catalog
from retrieval.query.described import split_description
from retrieval.query.followup import verdict_only
from retrieval.query.own_shape import own_shape
from retrieval.query.plan import Kind
from retrieval.query.pointers import items_summed, of_thing_before
from retrieval.query.repeated_turns import whole_again
from retrieval.query.routing import Route, resolve_followup, route
from retrieval.query.shape import shape_of
from retrieval.query.sides import UNNAMED_SAID, Texts, described_source, unnamed_report
from retrieval.query.verdicts import sum_only
from retrieval.schema import Conversation

__all__ = ["Carrying"]

_UNNAMED_SIDE = re.compile(rf"(?:[和跟与及、]\s*)?(?:{UNNAMED_SAID.pattern})")


class Carrying:
    """Routing helpers over one catalog, and the follow-up readings that carry the turn
    before over (``_carried``)."""

    catalog: Catalog
    lexical: LexicalIndex
    texts: Texts
    gazetteer: frozenset[str]

    def _carried(
        self,
        question: str,
        routed: Route,
        kind: Kind,
        conversation: Conversation,
        before: Route,
        topic: str,
    ) -> tuple[str, Route, Kind]:
        """``question`` (routed as ``routed``, shaped ``kind``) read after the turn before
        (``conversation``, whose question is routed as ``before``); ``topic``: what it asks,
        its places aside."""
        previous = conversation.last_question or ""
        prior = previous
        if conversation.sources and not conversation.regions:
            # "没写县名那份…多少？普兰呢", "建了X的那个县…多少？那叶城呢": the description
            # named the report, no part of the thing.
            pointed = unnamed_report(before.topic(previous), self.catalog)
            prior = (
                pointed[1] if pointed and pointed[1] else self._asked_before(before, conversation)
            )
        elif conversation.regions:
            # "普兰和没写县名那家…哪个多？那克孜勒陶镇呢": the description was a side, as the
            # places were, and goes with them.
            prior = _UNNAMED_SIDE.sub("", prior)
        pointed = unnamed_report(topic, self.catalog) if not routed.regions else None
        if pointed is not None and pointed[1]:
            # "没署县名那家，落款是哪天": what it asks, of the report it describes, shaped as
            # a question naming its report so is.
            again = route(question, self.catalog, self.gazetteer)
            return question, again, own_shape(question, again, self.lexical.knows)
        if pointed is not None:
            # "不写县名那一家呢": the previous question asked of the report pointed at.
            asked = before.topic(previous)
            added = unnamed_added(topic, asked, before, self.lexical.knows)
            if added is not None:
                # "没写县名那家也算上": a side added to those weighed before.
                asked, again, kind = self._routed(added)
                side = Route([], files=[pointed[0]])
                return asked, with_places_of(again, before, side, self.catalog), kind
            if len(before.regions) + len(before.files) > 1:
                # "没署名那家呢" after two places weighed: a third side, as a place is.
                asked, again, kind = self._routed(asked)
                side = Route([], files=[pointed[0]])
                return asked, with_places_of(again, before, side, self.catalog), "comparison"
            again = route(asked, self.catalog, self.gazetteer)
            again.files = [pointed[0]]
            return asked, again, shape_of(asked, 1, self.lexical.knows)
        rewritten = resolve_followup(
            question, routed, self.catalog, prior, conversation.regions, self.gazetteer
        )
        opening = None if rewritten else _ELLIPSIS_THEN.match(question)
        if opening and not (verdict_only(opening["rest"]) or sum_only(opening["rest"])):
            # "换成2024年呢？结案率多少": the question before of the year (or place) named,
            # then what the next sentence asks of it, as parts of one question.
            head = opening["head"]
            first = resolve_followup(
                head,
                route(head, self.catalog, self.gazetteer),
                self.catalog,
                prior,
                conversation.regions,
                self.gazetteer,
            )
            rewritten = f"{first.rstrip('？?。！! ')}，{opening['rest']}" if first else None
        if rewritten:
            again = route(rewritten, self.catalog, self.gazetteer)
            kind = shape_of(again.topic(rewritten), len(again.regions), self.lexical.knows)
            return rewritten, again, kind
        partial = whole_again(
            question,
            routed,
            before,
            conversation,
            self._asked_before(before, conversation),
            self.lexical.knows,
            self._routed,
        )
        if partial is not None:
            return partial
        if (routed.regions or routed.files) and not routed.inherited:
            # "额敏那个具体说说" after which reports say X: how X was done at the place named.
            topic = routed.topic(question)
            told = of_thing_before(topic, before.topic(previous), self.lexical)
            # (Only how it was done: "这一块" after a thing the follow-up names is that thing.)
            if told != topic and told.endswith(items_summed(topic) or topic):
                named = routed.places_said(question)
                # ("那2025年普兰的呢，收了几件": of the year named too.)
                year = f"{routed.year}年" if routed.year else ""
                return self._routed(named + year + told)
        told = of_thing_before(question, before.topic(previous), self.lexical)
        if told != question and not (routed.regions or routed.unknown_regions or routed.files):
            # "具体咋弄的": how the thing asked of before was done there.
            sides = len(conversation.regions or conversation.sources)
            question, kind = told, shape_of(told, sides, self.lexical.knows)
        placed = bool(routed.regions or routed.unknown_regions or routed.files)
        # "没写县名那份好像也说了X": the report it describes, whatever was asked of before.
        placed = placed or unnamed_report(routed.topic(question), self.catalog) is not None
        if not placed and conversation.sources:
            # "这份报告的主要做法" after a report named by file or description.
            routed.files, routed.inherited = list(conversation.sources), True
            routed.context = self._asked_before(before, conversation)
            return question, routed, kind
        if not placed and conversation.regions:
            routed.regions = list(conversation.regions)
            routed.files = list(conversation.files_too)
            routed.inherited = True
            if routed.year is None:
                routed.year = conversation.year
            # ("另外…多少次": a new matter of the same place, no words of the one before.)
            routed.context = "" if _NEW_MATTER.match(question) else before.topic(previous)
            if len(routed.regions) + len(routed.files) >= 2 and kind == "fact":
                kind = "comparison"
        return question, routed, kind

    def _asked_before(self, before: Route, conversation: Conversation) -> str:
        """What the turn before (routed as ``before``) asked; of a report it named by what the
        report says, without the description, which is no part of the thing."""
        asked = before.topic(conversation.last_question or "")
        if conversation.sources and not conversation.regions:
            asked = described_source(asked, self.catalog, self.lexical, self.texts)[1]
        return asked

    def _describes_report(self, topic: str) -> bool:
        return split_description(topic) is not None and (
            described_source(topic, self.catalog, self.lexical, self.texts)[0] is not None
        )

    def _route(self, question: str) -> Route:
        return route(question, self.catalog, self.gazetteer)

    def _own(self, question: str) -> tuple[str, Route, Kind]:
        """``question`` routed, and shaped by its own words (``own_shape``)."""
        routed = route(question, self.catalog, self.gazetteer)
        return question, routed, own_shape(question, routed, self.lexical.knows)

    def _routed(self, question: str) -> tuple[str, Route, Kind]:
        """``question`` routed and shaped as any question is."""
        routed = route(question, self.catalog, self.gazetteer)
        sides = len(routed.regions) + len(routed.files)
        return question, routed, shape_of(routed.topic(question), sides, self.lexical.knows)


# "换成2024年呢？结案率多少": an elliptical follow-up, then a question of its own.
_ELLIPSIS_THEN = re.compile(
    r"^(?P<head>[^？?。！!]{1,16}[？?。！!])\s*(?P<rest>[^？?。！!]*[\u4e00-\u9fff][^？?。！!]*[？?。！!]?)$"
)

# "另外…", "此外…", "再问个事…": what follows is a matter of its own, of the same place.
_NEW_MATTER = re.compile(r"^(?:另外|此外|另|再问(?:一下|个事)?|还想问)[，,\s]*(?=[\u4e00-\u9fff])")
