"""The question as heard, before it is planned: typed forms read plainly, slips of sound put
right, and every rewrite a follow-up or a request frames it by (a share or a sum of the turn
before, the answer laid out again, a preamble or aside dropped, an item or term pointed at).
Planning (``query.planner``) reads its route and shape from what this returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from retrieval.query.about_answer import asks_period, claimed_figure
from retrieval.query.aspects import without_headings_asked
from retrieval.query.chained_turns import adds_side
from retrieval.query.everyday import in_report_terms
from retrieval.query.excluded import aside_named
from retrieval.query.handing_over import without_rounding
from retrieval.query.instructions import without_instructions
from retrieval.query.laid_again import item_of_list, told_again_as
from retrieval.query.largest_share import largest_share_asked
from retrieval.query.levels import townships_named
from retrieval.query.mention_turns import others_too_asked
from retrieval.query.mentions_counted import counted_mentions
from retrieval.query.normalize import normalize
from retrieval.query.only_one import only_one_asked, without_guessed
from retrieval.query.place_reading import PlaceReading
from retrieval.query.preamble import without_preamble
from retrieval.query.presenting import figure_lacking
from retrieval.query.ranked_turns import with_ranked_places
from retrieval.query.referent import item_named
from retrieval.query.remainder import as_remainder
from retrieval.query.resolver import Resolver
from retrieval.query.share_turns import derived_asked
from retrieval.query.standing import standing_asked
from retrieval.query.stressed import stressed
from retrieval.query.such_ones import such_named
from retrieval.query.told_turns import figure_told
from retrieval.query.verdicts import asks_relative, without_relative
from retrieval.query.when import YEARS_TABLE, reports_of_year
from retrieval.query.within_turns import asks_more_listed
from retrieval.query.year_sums import year_of_across
from retrieval.schema import Conversation

__all__ = ["Heard", "Hearing"]


@dataclass
class Heard:
    """A question as heard, with what its rewrites found along the way.

    Attributes:
        normalized: the question in plain form (half-width, simplified, spoken words aside).
        heard: the question rewritten as planning reads it.
        slips: the note on words read as other words ("已将…按…理解"), or "".
        relative: a difference asked as a share of the other side ("少百分之多少").
        standing: the place whose rank among every report is asked, or "".
        share_of: the report whose share of every report's sum is asked, or "".
        averaged: the average over the reports just set out is asked.
        more: more of the part just listed is asked ("还有别的吗").
        relaid: the answer just told is asked laid out again.
        silent_dropped: the reports stating nothing are asked left out.
        before: the question of the turn before, if any.
        of_year: the year whose reports are asked which they are, or None.
        stress: what a list question asks to be told more of, or "".
        history: the turns before, question and answer.
    """

    normalized: str
    heard: str
    slips: str
    relative: bool = False
    standing: str = ""
    share_of: str = ""
    averaged: bool = False
    more: bool = False
    relaid: bool = False
    silent_dropped: bool = False
    before: str | None = None
    of_year: int | None = None
    stress: str = ""
    history: list[tuple[str, str]] = field(default_factory=list)


class Hearing(Resolver, PlaceReading):
    """Reads a question as heard (``Heard``), from the turns before it."""

    def _hear(self, question: str, conversation: Conversation | None) -> Heard:
        """``question`` as heard after the turns of ``conversation``."""
        # "额敏xingzheng复议": a word typed in pinyin is read before any slip is looked for.
        # ("…占几成？保留两位小数": how to round a worked-out figure asks nothing.)
        normalized = without_rounding(normalize(question))
        heard, slips = self._heard(townships_named(normalized, self.catalog))
        # "比叶城少百分之多少": asked as how much less, the share worked out after.
        relative, heard = asks_relative(heard), without_relative(heard)
        # "额敏的X在各县里排第几": X ranked over every report, the place's rank said.
        ranked = conversation is not None and conversation.last_across()
        ranked_of = standing_asked(
            heard,
            lambda q: self._route(q).regions,
            lambda q: self._route(q).topic(q),
            (conversation.last_question or "") if conversation and ranked else "",
        )
        heard, standing = ranked_of or (heard, "")
        # "额敏占合计的多少", "平均每家多少", "占比算一下": a share or an average of figures
        # told or asked, worked out from them.
        heard, share_of, averaged = derived_asked(
            heard, conversation, self._sources, lambda q: self._route(q).topic(q), self._sides
        )
        # "就看2025年那些，总数呢": one year's reports of the table before, summed.
        # "还有别的吗" after a part's items: the part again, said to be all there is.
        more = conversation is not None and bool(conversation.last_section)
        more = more and asks_more_listed(heard)
        heard = (conversation.last_question or heard) if more and conversation else heard
        across_then = conversation.across if conversation else None
        heard = year_of_across(heard, across_then, self.catalog) or heard
        # "谁的份额最大" after a sum over every report: the largest one's share of it.
        heard, largest = largest_share_asked(heard, across_then) or (heard, "")
        share_of = share_of or largest
        # "列个清单", "换成表格", "去掉没写的": the answer just told, laid out again.
        heard, relaid, silent_dropped = told_again_as(heard, conversation, self._sides)
        if conversation is not None:
            # "排第二的那个…", "第一跟最后…": the places of the ranking just given.
            heard = with_ranked_places(heard, conversation.ranked)
        # "有没有报告写到X？如有，注明人数" (before the request is read as how to lay it out).
        heard = others_too_asked(heard, self.lexical) or heard  # "…其余几份还有哪份也提了"
        heard = counted_mentions(heard, self.lexical, lambda t: bool(self._named(t))) or heard
        heard = figure_lacking(heard) or heard  # "哪几份报告没写X的人数": a table of X.
        heard = aside_named(heard, self._named_spans)
        # ("叶城也加上，哪家最多" after turns on two places adds a side: no note on a table.)
        # ("你确定？我看到的是5762件": the figure put forward is what the turn says.)
        put_forward = conversation is not None and claimed_figure(heard)
        if not (put_forward or adds_side(heard, conversation, self._route)):
            heard = without_preamble(without_instructions(heard), self._places)
        heard = without_headings_asked(heard)
        # "受理、办结各多少？没办结的几件": the total less the done, in this turn or after it.
        before = conversation.last_question if conversation else None
        if before and self._place_only(heard):
            # "叶城县" after a question: that question, asked of the place named.
            heard = f"{heard.strip('？?。!！ ')}呢"
        elif before:
            # "叶城的数字呢": the same, the figure pointed at by a word for any.
            heard = self._place_again(heard) or heard
        heard = as_remainder(heard, before or "") or heard
        # "替穷人免费打官司": the reports' name for what is described (法律援助).
        heard = in_report_terms(heard)
        # "是不是只有额敏在搞": which reports do it; "…哪个最多？是不是叶城": the ranking.
        heard = only_one_asked(heard) or without_guessed(heard, self._named_spans)
        # "哪几份是2025年度的": every report's year answers, not the reports of that year.
        of_year = reports_of_year(heard)
        heard = YEARS_TABLE if of_year else heard
        # "第三个亮点里整改了多少个问题": the item just listed, named by its heading.
        heard = item_named(heard, conversation)
        # "这样的人有几个" after "“法律明白人”是干啥的": the term quoted before.
        heard = such_named(heard, before)
        # "…请按条目归纳；其中针对X的是哪条": the list, told more of under X's items.
        # ("其中关于普法的是哪条" after a list: that list, told so.)
        core, stress = stressed(item_of_list(heard, before))
        if stress and self.resolve(core, conversation)[2] == "list":
            heard = core
        else:
            stress = ""
        quoting = not (put_forward or asks_period(heard))
        history = conversation.history if conversation else []
        if quoting and (told := figure_told(heard, history)):
            # "普兰的各项相加对得上1020吗": the answer line stating the figure quoted says what
            # it counts.
            heard = f"{told}，{heard}"
        return Heard(
            normalized,
            heard,
            slips,
            relative=relative,
            standing=standing,
            share_of=share_of,
            averaged=averaged,
            more=more,
            relaid=relaid,
            silent_dropped=silent_dropped,
            before=before,
            of_year=of_year,
            stress=stress,
            history=history,
        )
