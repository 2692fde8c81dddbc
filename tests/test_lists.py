"""List answers: every item of the section asked about, in report order, each cited to its span."""

from __future__ import annotations

from typing import Any

import pytest
from answer_rules import SAMPLES, check_answer, file_text

from retrieval.schema import Answer, Conversation

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def item_lines(answer: Answer) -> list[str]:
    """The answer's item lines (after the heading line), markers stripped."""
    return [line.rsplit("[", 1)[0] for line in answer.answer.splitlines()[1:]]


# (question, its report, the heading answered from, the first words of each item in order)
LISTS = [
    (
        "普兰县的工作还有哪些短板？",
        PULAN,
        "二、存在的问题与不足",
        ["(一)法治建设均衡性不足", "(二)执法规范化水平有待提升", "(三)法治服务供给仍有短板"],
    ),
    (
        "额敏县在普法宣传方面做了哪些工作？",
        EMIN,
        "（四）深化法治宣传教育，营造全民守法浓厚氛围",
        [
            "一是抓实重点普法工作",
            "二是聚焦青少年法治教育",
            "三是健全普法阵地建设",
            "四是推进干部学法常态化",
        ],
    ),
    (
        "克孜勒陶镇在监督制约方面存在什么问题？",
        AKETAO,
        "(四)监督制约机制有待进一步完善",
        ["一是权力监督体系不够健全", "二是政务公开深度不够", "三是责任追究机制不够完善"],
    ),
    (
        "叶城县今后在法治队伍建设上有什么安排？",
        YECHENG,
        "(三)加强法治队伍建设",
        ["一是规范聘请法律顾问", "二是规范行政执法程序", "三是每年对行政执法人员业务培训不少于2次"],
    ),
    # How something was done is told by its measures ("是怎么做的", no aspect word).
    (
        "额敏县在深化法治宣传教育上是怎么做的？",
        EMIN,
        "（四）深化法治宣传教育，营造全民守法浓厚氛围",
        [
            "一是抓实重点普法工作",
            "二是聚焦青少年法治教育",
            "三是健全普法阵地建设",
            "四是推进干部学法常态化",
        ],
    ),
    # A keyword query that ends with the aspect it wants.
    (
        "叶城县 依法行政制度体系 具体做法",
        YECHENG,
        "(四)进一步完善了依法行政制度体系",
        ["一是完善规范性文件监督管理", "二是建立政府规章和规范性文件清理长效机制"],
    ),
    # "下一年" names next year's plans, like 明年.
    (
        "克孜勒陶镇下一年在权力监督上准备干什么？",
        AKETAO,
        "(四)强化权力监督,推进权力规范运行",
        ["一是完善监督体系", "二是深化政务公开", "三是加强政府督查"],
    ),
    # "表现在哪些方面" asks for the items; it names no topic.
    (
        "克孜勒陶镇在法治意识上的问题表现在哪些方面？",
        AKETAO,
        "(一)法治意识有待进一步强化",
        ["一是部分干部法治思想不够牢固", "二是学法用法效果不佳", "三是法治宣传深度不够"],
    ),
    # "经验做法" names highlights; a report without a section of them states them as its work.
    (
        "叶城县在依法决策上有哪些经验做法？",
        YECHENG,
        "(五)依法制定重大行政决策,不断提升行政决策公信力和执行力",
        [
            "一是健全依法决策机制",
            "二是增强公众参与实效",
            "三是提高专家论证和风险评估质量",
            "四是坚持集中讨论决定",
            "五是严格决策责任追究",
            "六是加大法律顾问、公职律师推进力度",
        ],
    ),
    # A sub-section about the topic throughout is listed whole, though only one item's
    # heading names it (强化应急队伍建设 among the items of 突发事件应对).
    (
        "克孜勒陶镇抓应急工作采取过什么举措？",
        AKETAO,
        "(五)健全突发事件应对体系,依法预防处置重大突发事件",
        ["一是加强理论学习", "二是增强风险防范意识", "三是强化突发事件应急演练"],
    ),
    # A light verb (推进) and a time word (眼下) name no topic: the plans section is asked.
    (
        "眼下普兰县来年打算如何推进？",
        PULAN,
        "三、下一步工作打算",
        [
            "(一)持续强化责任落实",
            "(二)深化法治政府建设",
            "(三)夯实法治社会基础",
            "(四)加强法治队伍建设",
        ],
    ),
    # "薄弱环节" names problems; "差距" asked for is no verdict; "那些" is typed for 哪些.
    (
        "额敏县工作中有那些薄弱环节和差距？",
        EMIN,
        "四、法治政府建设存在的问题与不足",
        ["一是基层治理能力有待加强", "二是基层法律服务效能不高", "三是法治建设保障仍需强化"],
    ),
    # A numbered part of the section asked about.
    (
        "叶城县2024年度安排里的第2项是啥？",
        YECHENG,
        "(二)压实法治责任人责任",
        ["一是督促各乡镇(区)、各部门、各单位党政主要领导", "二是切实落实“一月一督察”工作机制"],
    ),
    # A report named by what it says, then asked for a part of itself.
    (
        "有份报告提到建成塔城地区首个兵地多元联合调解工作室，这个县存在哪些问题？",
        EMIN,
        "四、法治政府建设存在的问题与不足",
        ["一是基层治理能力有待加强", "二是基层法律服务效能不高", "三是法治建设保障仍需强化"],
    ),
]


@pytest.mark.parametrize(("question", "source", "heading", "items"), LISTS)
def test_list_names_every_item_of_the_section_in_order(
    service: Any, question: str, source: str, heading: str, items: list[str]
) -> None:
    answer = service.ask(question)
    assert answer.kind == "list" and not answer.abstained, answer.answer
    check_answer(answer)
    region = answer.citations[0].region
    assert answer.answer.splitlines()[0] == f"{region}：{heading}[1]"
    lines = item_lines(answer)
    assert len(lines) == len(items)
    for line, item in zip(lines, items, strict=True):
        assert line.startswith(item), (line, item)
    # Each item cites its own span of the report, in report order.
    text = file_text(source)
    spans = [(c.start, c.end) for c in answer.citations[1:]]
    assert spans == sorted(spans) and len(set(spans)) == len(spans)
    for (start, end), item in zip(spans, items, strict=True):
        assert text[start:end].startswith(item)
    assert {c.source for c in answer.citations} == {source}


def test_plans_for_a_year_come_from_the_report_on_the_year_before(service: Any) -> None:
    answer = service.ask("叶城县2024年有哪些工作安排？")
    assert answer.kind == "list" and answer.searched == [YECHENG]
    assert answer.answer.startswith("叶城县：四、2024年度推进法治政府建设的主要安排[1]")
    assert len(item_lines(answer)) == 4
    assert "2023年度报告" in (answer.notice or "")
    check_answer(answer)


def test_a_report_named_by_its_naming_no_region(service: Any) -> None:
    answer = service.ask("没有写县名的报告，下一步准备做什么？")
    assert answer.kind == "list"
    assert {c.source for c in answer.citations} == {UNNAMED}
    # The report is named as answers over several reports name it: by its file name.
    assert answer.answer.startswith(f"未署名报告（{UNNAMED}）：三、下一步工作打算[1]")
    assert len(item_lines(answer)) == 4
    check_answer(answer)


def test_summary_lists_the_top_level_sections(service: Any) -> None:
    answer = service.ask("概括一下普兰县的报告")
    assert answer.kind == "list"
    # The top-level sections in order, each with its own items' headings under it.
    lines = [line.split("[")[0] for line in answer.answer.splitlines()]
    assert [line for line in lines if not line.startswith("　")] == [
        "普兰县：一、工作开展情况",
        "二、存在的问题与不足",
        "三、下一步工作打算",
    ]
    assert lines[1] == "　　(一)强化组织领导,筑牢法治政府建设根基"
    check_answer(answer)


def test_a_sub_item_asked_about_lists_its_sentences(service: Any) -> None:
    answer = service.ask("总结一下额敏县的行政复议工作")
    assert answer.kind == "list"
    assert answer.answer.splitlines()[0] == "额敏县：一是健全行政复议工作体系[1]"
    assert "全年接收行政复议案件38件，调解和解率71.43%[3]" in answer.answer
    check_answer(answer)


def test_no_section_about_it_is_no_list(service: Any) -> None:
    answer = service.ask("额敏县在知识产权保护方面做了哪些工作？")
    assert answer.kind != "list"
    check_answer(answer)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # No section of highlights: the work done is no list of them.
        ("克孜勒陶镇有什么典型经验？", "克孜勒陶镇的报告没有单列“亮点”部分"),
        # Plans that never name the topic: the work done on it is no plan.
        (
            "叶城县今后在应急管理上有哪些安排？",
            "叶城县的报告“四、2024年度推进法治政府建设的主要安排”部分未提及“应急管理”",
        ),
        # Problems asked of a matter the problems never name: the work done on it is none.
        ("普兰县应急方面有哪些薄弱环节", "普兰县的报告“二、存在的问题与不足”部分未提及“应急”"),
    ],
)
def test_a_section_the_report_lacks_is_said_not_replaced(
    service: Any, question: str, said: str
) -> None:
    answer = service.ask(question)
    assert answer.abstained and not answer.citations, answer.answer
    assert said in answer.answer, answer.answer


def test_problems_no_heading_names_are_the_items_whose_text_does(service: Any) -> None:
    answer = service.ask("额敏县执法上还有什么短板")
    assert answer.kind == "list", answer.answer
    assert answer.answer.splitlines()[0] == "额敏县：四、法治政府建设存在的问题与不足[1]"
    # The item's sentence that names what is asked is shown under its heading.
    assert item_lines(answer) == [
        "三是法治建设保障仍需强化",
        "\u3000\u3000部分基层执法单位法制审核力量薄弱，执法人员专业能力参差不齐，"
        "法治建设信息化、智能化水平有待进一步提升",
    ]
    # Only some items are listed: the answer says so.
    assert answer.notice and "“执法”" in answer.notice
    check_answer(answer)


def test_a_region_carried_over_is_said_and_new_conversation_drops_it(service: Any) -> None:
    conversation = Conversation()
    service.ask("额敏县全年办理减免责案件多少件？", conversation=conversation)
    answer = service.ask("存在哪些问题？", conversation=conversation)
    assert answer.answer.startswith("额敏县（按上一问）：四、法治政府建设存在的问题与不足[1]")
    check_answer(answer)
    fresh = service.ask("存在哪些问题？", conversation=Conversation())
    assert "按上一问" not in fresh.answer


def test_problems_named_as_work_are_answered_from_the_work_done(service: Any) -> None:
    # "问题整改" is work on problems: no problems section lists it, the work section does.
    answer = service.ask("额敏县问题整改是怎么抓的？")
    assert answer.kind == "list"
    heading = "（五）狠抓问题整改落实，补齐法治建设短板弱项"
    assert answer.answer.splitlines()[0] == f"额敏县：{heading}[1]"
    assert len(item_lines(answer)) >= 2
    check_answer(answer)


def test_two_regions_each_get_their_list_in_one_numbering(service: Any) -> None:
    answer = service.ask("叶城县与额敏县各有哪些亮点或不足？请分开列")
    assert answer.kind == "list" and not answer.abstained, answer.answer
    check_answer(answer)
    lines = answer.answer.splitlines()
    starts = [n for n, line in enumerate(lines) if line.startswith(("叶城县：", "额敏县："))]
    assert [lines[n].split("：")[0] for n in starts] == ["叶城县", "额敏县"]
    markers = [int(line.rsplit("[", 1)[1].rstrip("]")) for line in lines]
    assert markers == list(range(1, len(lines) + 1)) == [c.n for c in answer.citations]
    assert {c.source for c in answer.citations} == {YECHENG, EMIN}


def test_the_number_of_parts_is_told_by_listing_them(service: Any) -> None:
    answer = service.ask("叶城县的报告由几部分组成？")
    assert answer.kind == "list"
    assert len(answer.answer.splitlines()) == 5
    assert answer.answer.startswith(
        "叶城县（共5部分）：一、2023年度推进法治政府建设的主要措施和成效[1]"
    )
    check_answer(answer)


def test_a_numbered_part_beyond_the_last_is_no_list(service: Any) -> None:
    answer = service.ask("普兰县报告的第九部分写了什么？")
    assert answer.kind != "list"
