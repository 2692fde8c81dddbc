"""What the bot's messages say and how they are laid out: answers, "not found", passages,
/start, /help and /sources, rendered from real answers over the sample reports."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from telegram_fakes import assert_well_formed, visible

from bot.telegram.passage import PASSAGE_CHARS, Window, render_passage
from bot.telegram.render import render_answer
from bot.telegram.reports import Reports, report_name, short_region
from bot.telegram.texts import render_help, render_sources, render_start
from retrieval.config import Settings
from retrieval.schema import Answer, Citation, SourceInfo
from retrieval.service import AnswerService
from retrieval.text.sentences import split_sentences

REPORTS = sorted((Path(__file__).resolve().parents[1] / "data" / "reports").glob("*.txt"))
TEXTS = {path.name: path.read_text(encoding="utf-8") for path in REPORTS}
# Written from the reports' text (not evaluation questions): (question, figure in the answer).
FACTS = [
    ("普兰县专题学法和法治讲座覆盖了多少干部职工？", "500余人次"),
    ("额敏县征集了多少件手抄报和征文作品？", "1200余件"),
    ("叶城县发放了多少册宪法宣传资料？", "15万余册"),
    ("克孜勒陶镇发放了多少份宣传资料？", "6000余份"),
]
NOT_ANSWERED = ["额敏县2025年的财政收入是多少亿元？", "普兰县有多少家上市公司？"]
SENTENCE_ENDS = "。！？；!?;\n"


@pytest.fixture(scope="module")
def service(built_index: Path) -> AnswerService:
    settings = Settings(index_dir=built_index, _env_file=None)  # type: ignore[call-arg]
    return AnswerService(settings.model_copy(update={"openai_api_key": None}))


@pytest.fixture(scope="module")
def reports(service: AnswerService) -> Reports:
    return Reports.of(service.reports.sources())


def citation_at(source: str, start: int, end: int, n: int = 1, section: str = "") -> Citation:
    return Citation(
        n=n,
        source=source,
        title=TEXTS[source].lstrip("\ufeff").splitlines()[0].strip(),
        section=section or "一、工作开展情况 > （一）强化组织领导",
        start=start,
        end=end,
        excerpt=TEXTS[source][start:end],
    )


@pytest.mark.parametrize(("question", "figure"), FACTS)
def test_answers_come_first_and_never_show_the_same_text_twice(
    question: str, figure: str, service: AnswerService, reports: Reports
) -> None:
    answer = service.ask(question)
    body = render_answer(answer, reports)
    assert_well_formed(body)
    shown = visible(body)
    first_line = shown.splitlines()[0]
    assert figure in first_line, shown
    assert shown.count(figure) == 1, "the figure appears twice"
    source = answer.citations[0]
    assert f"出处：《{source.title}》" in shown
    assert source.section.split(" > ")[-1][:20] in shown
    assert len(shown) < len(answer.answer) + 120, "the sources part is not compact"


def test_a_quote_is_shown_when_the_answer_says_it_in_other_words() -> None:
    source = REPORTS[0].name
    start = TEXTS[source].index("全年接收")
    end = TEXTS[source].index("；", start) + 1
    cited = citation_at(source, start, end)
    figure = re.search(r"\d+件", cited.excerpt).group()  # type: ignore[union-attr]
    said = f"该县收到的复议案件共{figure}。[1]"
    paraphrase = Answer(question="q", answer=said, abstained=False, citations=[cited])
    body = render_answer(paraphrase, Reports(()))
    assert f"<blockquote>{html.escape(cited.excerpt)}</blockquote>" in body
    verbatim = paraphrase.model_copy(update={"answer": f"{cited.excerpt}[1]"})
    assert "blockquote" not in render_answer(verbatim, Reports(()))


def test_rows_of_an_answer_lead_with_their_label_and_sources_group_by_section() -> None:
    first, second = REPORTS[0].name, REPORTS[2].name
    a = citation_at(first, 100, 140, 1, "二、成效 > （三）化解争议")
    b = citation_at(first, 140, 180, 2, "二、成效 > （三）化解争议")
    c = citation_at(second, 200, 240, 3, "一、情况 > (二)<提升>")
    answer = Answer(
        question="q",
        answer=f"额敏县：{a.excerpt}[1]{b.excerpt}[2]\n普兰县：{c.excerpt}[3]",
        abstained=False,
        citations=[a, b, c],
        notice="大模型不可用 & 已改用摘录",
    )
    body = render_answer(answer, Reports(()))
    assert_well_formed(body)
    assert body.startswith("<b>额敏县</b>：") and "\n<b>普兰县</b>：" in body
    assert f"[1][2] 《{a.title}》 · （三）化解争议" in visible(body)
    assert "[3]" in body and "(二)&lt;提升&gt;" in body
    assert body.endswith("<i>大模型不可用 &amp; 已改用摘录</i>")


@pytest.mark.parametrize("question", NOT_ANSWERED)
def test_not_found_is_short_and_says_what_was_searched(
    question: str, service: AnswerService, reports: Reports
) -> None:
    answer = service.ask(question)
    assert answer.abstained, "test data: the service must not answer this"
    body = render_answer(answer, reports)
    assert_well_formed(body)
    shown = visible(body)
    assert len(shown) <= 300, shown
    assert "已检索" in shown and "提示" in shown
    assert "<b>" not in body and "blockquote" not in body


def test_the_passage_is_whole_sentences_around_the_span_in_bold_and_open() -> None:
    checked = 0
    for source, text in TEXTS.items():
        for start, end in split_sentences(text)[3::9]:
            width = 2 * PASSAGE_CHARS
            left = max(0, start - width)
            window = Window(
                text=text[left : end + width],
                start=start - left,
                end=end - left,
                cut_left=left > 0,
                cut_right=end + width < len(text),
            )
            cited = citation_at(source, start, end)
            body = render_passage(cited, window)
            assert_well_formed(body)
            assert "expandable" not in body
            assert f"<b>{html.escape(text[start:end])}</b>" in body
            quoted = visible(re.search(r"<blockquote>(.*)</blockquote>", body, re.S).group(1))  # type: ignore[union-attr]
            at = text.index(quoted)
            assert at == 0 or text[at - 1] in SENTENCE_ENDS or text[at - 1].isspace(), quoted[:30]
            after = text[at + len(quoted) : at + len(quoted) + 1]
            assert quoted[-1] in SENTENCE_ENDS + "”’」』）)" or after.isspace() or not after
            assert len(quoted) <= max(PASSAGE_CHARS, end - start) + 2
            checked += 1
    assert checked > 50


def test_reports_have_readable_names(reports: Reports) -> None:
    assert report_name("x.txt", "x.txt", "普兰县", 2025) == "普兰县2025年报告"
    assert report_name("x.txt", "", None, 2025) == "未署名报告（x.txt）"
    assert report_name("x.txt", "某县报告", None, None) == "某县报告"
    assert short_region("阿克陶县克孜勒陶镇") == "克孜勒陶镇"
    assert short_region("普兰县") == "普兰县"
    untitled = [i for i in reports.infos if i.title == i.source]
    assert untitled, "test data: one sample report has no title"
    listing = visible(render_sources(reports))
    for info in reports.infos:
        assert reports.name(info.source) in listing
    assert f"未署名报告（{untitled[0].source}）" in listing
    assert reports.mentions("额敏和克孜勒陶镇相比") == [
        ("额敏县", "额敏"),
        ("阿克陶县克孜勒陶镇", "克孜勒陶镇"),
    ]


def test_start_and_help_say_different_things(reports: Reports) -> None:
    example = [SourceInfo(source="a", title="t")]
    start = visible(render_start(reports, []))
    help_text = visible(render_help())
    assert start != help_text
    for info in reports.infos:
        assert reports.name(info.source) in start
        assert (info.region and short_region(info.region) in start) or not info.region
    for command in ("/start", "/sources", "/new", "/ask", "/help"):
        assert command in help_text
    for shape in ("对比", "排名", "哪些报告提到", "清单", "发布"):
        assert shape in help_text
    assert "做不到" in help_text
    assert visible(render_sources(Reports.of(example))).startswith("已收录 1 份报告")
