"""Tuned constants, in one place, each with how it was chosen.

Thresholds were chosen on the dev set (data/eval/dev.jsonl) with the commands named; the
holdout set is only reported. Change one only with a measurement that anyone can rerun.
"""

from __future__ import annotations

import math
from decimal import Decimal

__all__ = [
    "ANCHOR_OVERLAP",
    "CANDIDATES",
    "CHUNK_MIN_TOKENS",
    "CHUNK_TOKENS",
    "CLAIM_ROUGHLY",
    "COMMON_IDF",
    "COMPANION_CLAUSE",
    "CONTEXT_SHARE",
    "DESCRIPTION_CANDIDATES",
    "DESCRIPTION_COVERAGE",
    "DESCRIPTION_MARGIN",
    "EFFECT_REACH",
    "FIGURED",
    "FIGURES_WEIGHED",
    "FIGURE_MORE",
    "FLOOR_ASKED",
    "GC_YOUNG",
    "HEADING_SHARE",
    "HEADING_SHARE_HAD",
    "ITEM_PENALTY",
    "LENGTH_PENALTY",
    "LIST_MIN_MATCH",
    "LONG_SENTENCE",
    "MAX_SYNONYM_GROUP",
    "MIN_BOUND",
    "MIN_COVERAGE",
    "MIN_OVERLAP",
    "MIN_RELATED_SHARE",
    "MIN_RIVAL",
    "NEAR_BEST",
    "NEAR_FIGURE",
    "OWN_CLAUSE_LESS",
    "PLANNED",
    "RANK_BONUS",
    "READ_ONCE",
    "SAID_OTHERWISE",
    "SECOND_MARGIN",
    "SHARED_FROM",
    "SLIP_COMMON_PARTS",
    "SLIP_RARE",
    "SPANNED",
    "SYNONYM_HIT",
    "TOUCHING",
    "WHOLE_SAID",
    "WITHIN_WIDER",
]

# A figure the asker puts forward as near ("约200条", "200条左右") agrees with a stated one
# within this share of it. Set by hand, as a reader takes "about": no dev question puts one.
CLAIM_ROUGHLY = Decimal("0.1")

# Largest 同义词词林 group taken as synonyms: bigger groups gather loosely related words.
# Dev-set answers (`govqa eval data/eval/dev.jsonl`) were the same at 12, 20 and 30; 20 keeps
# 一共 ~ 累计 (a group of 15).
MAX_SYNONYM_GROUP = 20

# Share of a question's adjacent content-character pairs a passage (with its section heading)
# must hold to be shown as "possibly related" beside a "not found": below it, the passages
# shown for GDP-like questions (扫码入企, 减免责…) had nothing to do with them (checked by
# reading the Telegram replies to the dev set's unanswerable questions).
MIN_RELATED_SHARE = 0.5

# A greeting followed by words of which the reports' vocabulary covers less than this share
# is small talk ("早上好，今天天气不错"); a greeting before a topic the reports name
# ("你好，额敏县行政复议") is a question.
SMALL_TALK_NAMED = 0.5
# Characters of small talk after a greeting, at most: a longer statement says what the asker
# is at ("您好，我们办正在做年终…比对，…逐一列个表").
SMALL_TALK_LONGEST = 15

# Share of a question's weighted words (and content characters) a sentence, or its section
# heading, must say to answer it; below it the question is abstained on. Chosen on the dev set
# (`python bench/dev_eval.py data/eval/dev.jsonl`): lower answers GDP-like questions, higher
# abstains on paraphrases.
MIN_COVERAGE = 0.5

# How the extractive answer scores a sentence (``answer/extractive.py``): question words found
# only in its section heading count HEADING_SHARE; a figure next to the asked words adds
# NEAR_FIGURE times its share; each doubling of the length past 50 characters costs
# LENGTH_PENALTY; the passage's retrieval rank r adds RANK_BONUS / (r + 1); in a follow-up, the
# previous question's words add CONTEXT_SHARE times their share (a tie-breaker, never enough
# to answer alone). Set by hand with the first extractive answer; every dev-set figure since
# (`python bench/dev_eval.py data/eval/dev.jsonl`) was measured with them.
HEADING_SHARE = 0.5
NEAR_FIGURE = 0.5
# A figure whose own clause names no asked word is near them only through the clause before:
# it counts that much (dev set: order of two sentences that both name the asked words).
OWN_CLAUSE_LESS = 0.5
LENGTH_PENALTY = 0.1
RANK_BONUS = 0.05
CONTEXT_SHARE = 0.3
# A sentence of a plans section (下一步打算) answering a question that asks no plans loses
# PLANNED: what was done is told where the report says it was done, a plan repeats its name.
PLANNED = 0.15

# A second sentence joins the answer only when its coverage is within this of the first's
# (dev set: two-part facts answered, neighbouring sentences left out).
SECOND_MARGIN = 0.12

# Share of what a sentence says of the counted thing that must sit around one figure of the
# asked kind (``Matcher.bound``): a figure must count what is asked, not a neighbouring thing.
# Chosen on the dev set's count questions (an exam-taker count must not answer 持证人数).
MIN_BOUND = 0.6

# How far the best report's description score must lead the next report's for a question to
# be routed by its description ("…的那个县"); reports that say the same thing are not routed.
# Dev set and the 1,000-report corpus of bench/scale.py (copies of one report must tie).
DESCRIPTION_MARGIN = 1.25

# Share of a mentions phrase's weighted words one sentence must say when no report says the
# phrase itself ("上门检查企业前扫码" ↔ 扫码入企…检查): the question's thing in the report's
# words. Set well above MIN_COVERAGE, since the answer claims the report says it; at 0.75
# things no report names ("垃圾分类", "共享单车管理") stay unmentioned.
SAID_OTHERWISE = 0.75

# Reports whose passages are checked for a description's figures ("216人…的那个县").
DESCRIPTION_CANDIDATES = 8

# Share of a description's weighted words the described report's passage must hold.
DESCRIPTION_COVERAGE = 0.6

# Passages each ranking (BM25, dense) contributes before rank fusion (`bench/ranking.py`:
# more changed neither hit@1 nor MRR on the dev set).
CANDIDATES = 40

# A first BM25 passage scoring this many times the second leads the fused ranking: rank fusion
# alone dropped such a decisive hit out of the top k when dense similarity ranked it low
# (`bench/ranking.py`).
DECISIVE_LEAD = 1.5

# A question asked inside the part just listed ("里面…") reads this many times as many passages,
# and keeps the part's: they need not rank in the first k of the whole report.
WITHIN_WIDER = 4

# In questions about every report, a report's further passages are read when they score at
# least this share of its best one (the rest share a word or two by chance).
NEAR_BEST = 0.5
# ...and a passage must hold a word rarer than this BM25 idf, that of a word half the passages
# hold (ln(1 + (N - N/2 + 0.5) / (N/2 + 0.5)) = ln 2): one that only says words found
# everywhere (法治, 工作) answers nothing, and matching every passage of a store of 10,000
# reports costs a third of a second. Words this common also name no kind of a counted thing.
COMMON_IDF = math.log(2)

# Share of a list question's topic words a heading must hold to be the section asked about
# (dev set's list questions).
LIST_MIN_MATCH = 0.5
# An item tells of a topic when its text holds this share of the topic's weight: enough for a
# sub-section whose heading names the topic and most of whose items tell of it to be listed.
TOUCHED = 0.25
# A clause this short after a figure adds a figure to it ("，覆盖143人次"); a longer one tells a
# doing of its own (a field's figures asked: ``answer.table``).
COMPANION_CLAUSE = 12
# ...unless the item's own heading says all of the topic: then it is the part asked.
ITEM_NAMES_TOPIC = 1.0
# Share of a list question's topic words the items of one sub-section must say between them
# (each item some) when no heading holds enough of them: all but a word said otherwise.
SPANNED = 0.8
# How many reports' texts an answer from a report's own structure (a list, its metadata) may
# choose from.
STRUCTURED_REPORTS = 3
# Reports a table of report attributes reads whole (a line each, like any table's listed lines).
STRUCTURED_TABLE = 30
# A list asked of every report ("各地…是怎么做的") shows the parts of this many reports at most
# (of those its best passages are in).
EACH_REPORT_LISTS = 8

# Share of a sentence's character bigrams its cited excerpts must hold for it to be supported:
# an extractive sentence scores 1.0, light paraphrases 0.6-0.92, heavy rewording 0.42-0.46, a
# sentence about another passage 0.0-0.25 (hand-written cases over the sample reports).
MIN_OVERLAP = 0.5

# Below this bigram overlap a model's claim is not anchored to any one sentence of its passage
# (the whole passage is cited instead).
ANCHOR_OVERLAP = 0.2

# A figure found through its item's title (一是…) ranks this much below one its own sentence
# binds (dev set's rankings and tables).
ITEM_PENALTY = 0.2

# How much the asked words touching a figure ("受理法律援助案件543件") add to its score, per
# share of the asked words: enough to prefer, between two sentences of one report, the figure
# the asked words touch over one they only share a clause with (dev set's rankings, tables and
# comparisons, `python bench/dev_eval.py data/eval/dev.jsonl`: the same from 0.2 to 0.8,
# one fewer at 0.1).
TOUCHING = 0.3

# Added to a floor ("不少于2次"), a figure or a sentence, when the question asks a requirement
# ("…的要求"): a count of what was done in the same words ("培训3场次") answers no requirement.
# Set with TOUCHING's scale; the dev set is the same with it (`python bench/dev_eval.py
# data/eval/dev.jsonl`).
FLOOR_ASKED = 0.5

# Sentences after a measure's sentence within which the figure of what it achieved is read
# ("建立…机制。全年化解矛盾纠纷168件…"): further on, a figure belongs to another measure. Set
# by reading the sample reports' items; the dev set is the same with 1 to 3.
EFFECT_REACH = 2

# A word jieba's dictionary counts this rarely or less ("复义": 3) is read as a pinyin slip
# where the reports use a word of the same sound; words questions use are counted far more
# often ("几件": 488). With it, no dev-set question is read as holding a slip.
SLIP_RARE = 5
# A rare word both of whose characters are words this common on their own ("想去": 想, 去) is
# two words put together, no slip. Slips the dev set and the probes put right ("复义", "覆议")
# hold a character counted a few thousand times at most.
SLIP_COMMON_PARTS = 20000

# How much a question word counts when a text says it only through a synonym.
SYNONYM_HIT = 0.8

# Largest chunk in cl100k tokens (a single longer sentence is kept whole): small enough that
# one chunk is about one thing, large enough to keep an item's sentences together.
CHUNK_TOKENS = 200

# Below this a chunk does not break early at an item marker, so items are not orphaned.
CHUNK_MIN_TOKENS = 60

# Sentences longer than this (characters) are cut to their answering clauses in an answer
# line; the citation keeps the whole sentence.
LONG_SENTENCE = 150

# A rival figure must share at least this many character pairs with a model's claim to count
# as the figure the claim swapped ("审查21次" for "审查35次、出具法律意见书21份").
MIN_RIVAL = 2

# Score added to a sentence stating a figure when a table's question counts nothing ("各地…情况
# 列一下"): of two sentences that say the asked words alike, the one with the figure is the row.
# Chosen on the dev set's tables; about a short sentence's length penalty.
FIGURED = 0.1
# And for each figure more, up to FIGURES_WEIGHED in all: a sentence of a field's figures
# ("抽查案卷126件，制发…意见书22份，…问题230个") is a fuller row than one of its figures.
FIGURE_MORE = 0.02
# Score added to a figure its clause says is the whole ("全县401个调解组织", "累计…"): of two
# figures bound alike, the total is the row, not a kind's ("专业性调解组织5个").
WHOLE_SAID = 0.05
FIGURES_WEIGHED = 4

# Analyses of a sentence that no question changes (its numbers, their measures, its clauses),
# kept per sentence: a ranking or table at 10,000 reports reads ~20,000 sentences, and the
# next one over the same thing reads most of them again (`python bench/shapes.py --n 10000`).
READ_ONCE = 200_000
# Allocations between the garbage collector's young scans (Python's default is 700). At 10,000
# reports a ranking or table took 60-80 ms more with the default, a full collection per answer
# (`python bench/shapes.py --index DIR` at 700, 10,000 and 50,000: 50,000 and more are alike).
GC_YOUNG = 50_000

# Fewest reports whose figures a question shares with worker processes (``answer.shards``).
# Chosen, not tuned: at 10,000 reports a ranking reads ~4,000, and sharing them took its warm
# p95 from 554-693 to 295-533 ms in the same hours (`GOVQA_WORKERS=0` against `1`, `python
# bench/shapes.py --index DIR`); the samples, and stores of a few hundred reports, are not shared.
SHARED_FROM = 1000

# Most places whose lists "那其他县呢" tells one by one after one place's list
# (``query.places_asked``). Chosen, not tuned: the samples hold four places; more are asked of
# by name, or their figures read as a table.
OTHERS_LISTED = 4

# A report has a part on what a question names when a heading of its outline says this share
# of the question's weighted words ("讲第一责任人职责的部分"; own wording checked, not tuned on
# an evaluation set).
HEADING_SHARE_HAD = 0.6
