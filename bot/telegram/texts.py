"""What the bot says besides answers: /start, /help, /sources and its short notices."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from bot.telegram.reports import Reports, short_region
from bot.telegram.suggest import Suggestion

__all__ = [
    "BUSY_TEXT",
    "EMPTY_ASK_TEXT",
    "ERROR_TEXT",
    "EXPIRED_TEXT",
    "GROUP_REFUSAL_TEXT",
    "NEW_TEXT",
    "NON_TEXT_TEXT",
    "NO_INDEX_TEXT",
    "RATE_TEXT",
    "REFUSAL_TEXT",
    "STORE_DOWN_TEXT",
    "TOO_LONG_TEXT",
    "UNKNOWN_COMMAND_TEXT",
    "render_help",
    "render_sources",
    "render_start",
]

ERROR_TEXT = "出错了，请稍后再试"
REFUSAL_TEXT = "抱歉，这个机器人只对授权用户开放。如需使用，请把您的用户 ID {user_id} 发给管理员。"
GROUP_REFUSAL_TEXT = (
    "这个群还没有开通本机器人。请管理员把群 ID {chat_id} 加入允许的群列表；"
    "授权用户也可以私聊我提问。"
)
NON_TEXT_TEXT = "我只能回答文字问题：请直接输入问题。发送 /start 查看示例。"
TOO_LONG_TEXT = "问题太长了（{length} 字），请精简到 {limit} 字以内再问。"
RATE_TEXT = "操作太频繁了，请 {seconds} 秒后再试。"
BUSY_TEXT = "上一个问题还在回答中，请稍候再问。"
EMPTY_ASK_TEXT = "用法：/ask 问题。发送 /start 查看示例问题。"
NEW_TEXT = "好的，已开始新的对话，之前的问题不再作为上下文。"
NO_INDEX_TEXT = "还没有导入任何报告，请管理员先运行 govqa ingest。"
STORE_DOWN_TEXT = "报告库暂时无法访问，请稍后再试。"
EXPIRED_TEXT = "这个按钮已过期，请重新提问。"
UNKNOWN_COMMAND_TEXT = "不认识这个命令。发送 /help 查看用法。"

# Reports listed by /start; /sources lists them all.
_START_LISTED = 10


def _report_lines(reports: Reports, limit: int | None = None) -> list[str]:
    lines = []
    for number, info in enumerate(reports.infos[:limit], start=1):
        place = short_region(info.region) if info.region else "未注明地区"
        year = f" · {info.year}年" if info.year else ""
        lines.append(f"{number}. <b>{escape(place)}{year}</b>")
        lines.append(f"    {escape(reports.name(info.source))}")
    return lines


def render_sources(reports: Reports) -> str:
    """The ``/sources`` reply: every report with its region, year and title."""
    if not reports.infos:
        return "还没有导入任何报告。"
    return "\n".join([f"已收录 {len(reports.infos)} 份报告：", *_report_lines(reports)])


def render_start(reports: Reports, examples: Sequence[Suggestion]) -> str:
    """The ``/start`` reply: a welcome, the reports, and example questions (also buttons)."""
    lines = [
        "您好！我根据已收录的法治政府建设工作报告回答问题。"
        "每个答案都注明出自哪份报告、哪一节，可点「原文」核对；报告里没有的，我会直说没找到。",
        "",
    ]
    if reports.infos:
        lines.append(f"已收录 {len(reports.infos)} 份报告：")
        lines += _report_lines(reports, _START_LISTED)
        if len(reports.infos) > _START_LISTED:
            lines.append(f"……共 {len(reports.infos)} 份，发送 /sources 查看全部。")
    else:
        lines.append("还没有导入任何报告，请管理员先运行 govqa ingest。")
    if examples:
        lines += ["", "可以这样问（点下面的按钮直接提问）："]
        lines += [f"• {escape(example.question)}" for example in examples]
    lines += ["", "发送 /help 查看能回答的问题类型和全部命令。"]
    return "\n".join(lines)


def render_help() -> str:
    """The ``/help`` reply: how to ask, the question shapes, the commands, the limits."""
    shapes = [
        ("具体事实和数字", "××县组织了多少次……？"),
        ("问题、不足、下一步打算等清单", "××县存在哪些问题？"),
        ("两地对比", "××县和××镇……哪个多？"),
        ("排名", "哪个县……最多？"),
        ("各报告一览", "各县……分别是多少？"),
        ("哪些报告提到某事", "哪些报告提到……？"),
        ("报告本身", "××县的报告是哪天印发的、由哪个单位发布？"),
    ]
    lines = [
        "<b>怎么问</b>",
        "直接发问题，写明地区（县、镇）和年份最准确。接着问可以省略地区，"
        "例如“那××县呢？”；换话题前发 /new。群里请 @我、回复我，或用 /ask 问题。",
        "",
        "<b>能回答的问题</b>",
        *(f"• {escape(name)}：{escape(example)}" for name, example in shapes),
        "",
        "<b>命令</b>",
        "/start 欢迎和示例问题",
        "/sources 已收录的报告",
        "/new 开始新的对话",
        "/ask 问题 —— 在群里提问",
        "/help 本说明",
        "",
        "<b>做不到的</b>",
        "只根据已收录的报告回答，不上网，不推测：报告里没有的数据（如经济指标）、"
        "人员信息、政策解读和报告以外的事都答不了。答案下的「原文」按钮可核对出处。",
    ]
    return "\n".join(lines)
