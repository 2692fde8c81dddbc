"""Offline, deterministic support check: do a sentence's cited excerpts back every claim in it?

A sentence is *supported* by a set of evidence texts when all three hold:

1. every number of the sentence (``retrieval.text.numbers``: 全角/半角, 万/亿, Chinese numerals, %)
   occurs in the evidence;
2. every named entity occurs in the evidence: place names (jieba ``ns`` words, or proper-noun
   words joined to a trailing 县/镇/乡/市/区/州/村/旗, at least three characters, generic ones such
   as 全县/各乡镇 left out), ``《document titles》`` and quoted terms ``“…”``;
3. at least ``MIN_OVERLAP`` (0.5) of the sentence's character bigrams (CJK/alphanumeric runs,
   numbers, markers, framing words such as 根据/报告显示/其中 and function characters such as
   的/了/为/共 removed) occur in the evidence. An extractive sentence scores 1.0; light
   paraphrases of report sentences scored 0.6–0.92 on hand-written cases over the sample
   reports, heavy rewording (受理→收到, 件→起) 0.42–0.46, and sentences about another passage
   of the same report 0.0–0.25. Half is the line: a sentence must mostly reuse its source's words.

Each evidence text carries its report's *context* (its title and region): a place name, the
report's own 《title》 or a number of the title (its year) counts as present, since citing a
report attributes them ("额敏县2025年…" citing an excerpt of 额敏县's 2025 report).

Sentences that are not claims are not checked: answer lines stating an absence ("报告中未找到…"),
headers that end with a colon ("依据：", "可能相关的段落："), notes ("注：…"), and lines with no
words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from retrieval.lexicons import generic_places
from retrieval.text.markers import LEADING_MARKERS, MARKER, parse_markers, strip_markers
from retrieval.text.numbers import evidence_keys, extract_numbers
from retrieval.text.sentences import split_sentences
from retrieval.text.words import pos_tags
from retrieval.tuning import MIN_OVERLAP

__all__ = [
    "MARKER",
    "MIN_OVERLAP",
    "Claim",
    "Evidence",
    "SentenceScore",
    "Support",
    "claims",
    "entities",
    "judge",
    "parse_markers",
    "score_sentences",
    "strip_markers",
]


_ABSENCE = re.compile(
    r"未(?:在[^。]{0,20})?(?:找到|查到|提及|提到|涉及|载明|披露|说明)"
    r"|没有[^。，；]{0,8}?(?:找到|提及|提到|涉及)"
    r"|无(?:相关|此项?)(?:信息|数据|内容)|无法(?:回答|确定|找到)|not found",
    re.I,
)
_HEADER = re.compile(r"^[^。！？；]{0,30}[:：]$")
# A note (注：…) is a caveat about the answer, such as periods that differ, not a report's claim.
_NOTE = re.compile(r"^\s*(?:注|备注|说明)[:：]")
_TITLE = re.compile(r"《([^《》]{2,60})》")
_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』]{2,40})[”\"」』]")
_PLACE_SUFFIX = "县镇乡市区州村旗盟"
_PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz"}
_FRAMING = re.compile(
    r"根据|依据|据(?:该|此)?报告|报告(?:中|里)?(?:显示|指出|提到|称|表明)?|"
    r"其中|此外|另外|同时|共计|总计|累计|分别为?|以及|包括|主要有|该(?:县|镇|乡|市|区)"
)
# Function characters a paraphrase adds or drops freely (全年共接收 vs 全年接收): left out of
# bigrams on both sides.
_FUNCTION_CHARS = re.compile(r"[的了共为是均已达约近也都]")
_WORD_RUN = re.compile(r"[0-9A-Za-z\u3400-\u9fff]+")
_NUMBER_CHARS = re.compile(r"[0-9０-９.,，%％]+|[零〇一二两三四五六七八九十百千万亿]+")


@dataclass(frozen=True)
class Claim:
    """One answer sentence to check: ``text`` without markers, ``markers`` the cited numbers."""

    text: str
    markers: tuple[int, ...]
    raw: str


@dataclass(frozen=True)
class Evidence:
    """A cited excerpt (its true source span) and its report's title/region."""

    text: str
    context: tuple[str, ...] = ()


@dataclass
class Support:
    """The verdict on one sentence and what is missing from the evidence."""

    supported: bool
    overlap: float
    missing_numbers: list[str] = field(default_factory=list)
    missing_entities: list[str] = field(default_factory=list)


@dataclass
class SentenceScore:
    """ALCE scores of one claim: ``supported`` (recall) and which citations are precise."""

    text: str
    markers: list[int]
    support: Support
    precise: list[int]
    irrelevant: list[int]

    @property
    def supported(self) -> bool:
        """True when the sentence's citations together support it."""
        return self.support.supported


def claims(answer: str) -> list[Claim]:
    """The sentences of ``answer`` that state something and must be supported.

    Markers that open a sentence belong to the sentence before (``…38件。[1]``). A clause that
    ends with ``；`` and cites nothing shares the citations of the clause that follows it in the
    same sentence (``一是…；二是…[1]。``), as a writer means it.
    """
    pieces: list[tuple[str, list[int]]] = []
    for start, end in split_sentences(answer):
        text = answer[start:end]
        lead = LEADING_MARKERS.match(text)
        if lead and pieces:
            pieces[-1][1].extend(parse_markers(lead.group()))
            text = text[lead.end() :]
        if strip_markers(text):
            pieces.append((text, parse_markers(text)))
    merged: list[tuple[str, list[int]]] = []
    for text, markers in pieces:
        if merged and merged[-1][0].rstrip().endswith(("；", ";")) and not merged[-1][1]:
            merged[-1] = (merged[-1][0] + text, markers)
        else:
            merged.append((text, markers))
    return [
        Claim(strip_markers(text), tuple(dict.fromkeys(markers)), text)
        for text, markers in merged
        if _is_claim(strip_markers(text))
    ]


def _is_claim(text: str) -> bool:
    if not _WORD_RUN.search(text):
        return False
    if _HEADER.match(text) or _NOTE.match(text):
        return False
    return not _ABSENCE.search(text)


def judge(sentence: str, evidence: Sequence[Evidence]) -> Support:
    """Whether ``evidence`` supports every number, entity and most of the wording of ``sentence``.

    Args:
        sentence: one claim (markers are ignored).
        evidence: the cited excerpts, each with its report's context; empty → unsupported.
    """
    sentence = strip_markers(sentence)
    if not evidence:
        return Support(False, 0.0, [m.raw for m in extract_numbers(sentence)], entities(sentence))
    body = "\n".join(e.text for e in evidence)
    context = "\n".join(c for e in evidence for c in e.context)
    known = evidence_keys(body) | {k for k in evidence_keys(context) if k[1] is False}
    missing_numbers = [m.raw for m in extract_numbers(sentence) if m.key not in known]
    missing_entities = [e for e in entities(sentence) if not _present(e, body, context)]
    overlap = lexical_overlap(sentence, body + "\n" + context)
    supported = not missing_numbers and not missing_entities and overlap >= MIN_OVERLAP
    return Support(supported, round(overlap, 3), missing_numbers, missing_entities)


def _present(entity: str, body: str, context: str) -> bool:
    squeezed = _squeeze(entity)
    if squeezed in _squeeze(body):
        return True
    if entity.startswith("《"):  # 根据《额敏县2025年…报告》: the cited report names itself
        return squeezed.strip("《》") in _squeeze(context)
    return _is_place(entity) and squeezed in _squeeze(context)


def _squeeze(text: str) -> str:
    # Line breaks and spaces inside a quoted term or title do not change what it says.
    return re.sub(r"\s+", "", text)


def _is_place(entity: str) -> bool:
    return entity[-1] in _PLACE_SUFFIX and not entity.startswith(("《", "“"))


def entities(sentence: str) -> list[str]:
    """The named entities of ``sentence``: place names, 《titles》 and “quoted terms”, each once."""
    text = strip_markers(sentence)
    found = [f"《{m}》" for m in _TITLE.findall(text)]
    found += [m for m in _QUOTED.findall(text) if not _NUMBER_CHARS.fullmatch(m)]
    found += _places(_TITLE.sub(" ", text))
    return list(dict.fromkeys(found))


def _places(text: str) -> list[str]:
    places: list[str] = []
    proper = ""  # proper-noun words just before: 克孜勒 + 陶镇, 巴音 + 布鲁克 + 镇
    for word, flag in pos_tags(text):
        if word[-1] in _PLACE_SUFFIX:
            if flag in _PROPER_TAGS and len(word) >= 3:
                name = word
            else:
                name = proper + word if proper else ""
            if len(name) >= 3 and name not in generic_places():
                places.append(name)
            proper = ""
        elif flag in _PROPER_TAGS:
            proper += word
        else:
            proper = ""
    return places


def lexical_overlap(sentence: str, evidence: str) -> float:
    """Share of the sentence's content bigrams (see module docstring) that occur in ``evidence``.

    A sentence with no content bigram left (``共38件。``) scores 1.0: its numbers decide.
    """
    wanted = _bigrams(_FRAMING.sub(" ", strip_markers(sentence)))
    if not wanted:
        return 1.0
    have = _bigrams(evidence)
    return len(wanted & have) / len(wanted)


def _bigrams(text: str) -> set[str]:
    text = _FUNCTION_CHARS.sub("", _NUMBER_CHARS.sub(" ", text))
    grams: set[str] = set()
    for run in _WORD_RUN.findall(text):
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
    return grams


def score_sentences(answer: str, evidence: Mapping[int, Evidence]) -> list[SentenceScore]:
    """ALCE citation recall and precision of every claim of ``answer``.

    Recall: a claim counts when it cites something and its cited evidence together supports it;
    a marker naming no citation makes the claim unsupported (as in ALCE). Precision: a citation
    of a supported claim is precise when it supports the claim alone, or when the claim's other
    citations do not support it without it; every citation of an unsupported claim is imprecise.

    Args:
        answer: the answer text with ``[n]`` markers.
        evidence: citation number → its true source span and report context.
    """
    scores = []
    for claim in claims(answer):
        refs = list(claim.markers)
        if refs and all(n in evidence for n in refs):
            joint = judge(claim.text, [evidence[n] for n in refs])
        else:
            joint = judge(claim.text, [])
        precise = _precise(claim.text, refs, evidence) if joint.supported else []
        irrelevant = [n for n in refs if n not in precise]
        scores.append(SentenceScore(claim.text, refs, joint, precise, irrelevant))
    return scores


def _precise(text: str, refs: list[int], evidence: Mapping[int, Evidence]) -> list[int]:
    if len(refs) == 1:
        return refs
    precise = []
    for n in refs:
        alone = judge(text, [evidence[n]]).supported
        others = [evidence[m] for m in refs if m != n]
        if alone or not judge(text, others).supported:
            precise.append(n)
    return precise
