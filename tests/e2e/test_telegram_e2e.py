"""End to end over real HTTP: users write to the real bot through a local Bot API emulator.

Questions and their expected figures come from the dev set (data/eval/dev.jsonl); each figure
is checked to be in its report, and every quoted excerpt to be verbatim report text.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bot_runner import GROUP, MAX_QUESTION_CHARS, OUTSIDER, TOKEN, BotRunner
from chat_user import ChatUser
from telegram_emulator import BOT_USER, BotApiProxy

from bot.telegram.handlers import ERROR_TEXT
from retrieval.service import AnswerService

pytestmark = pytest.mark.slow

REPORTS = {
    path.name: path.read_text(encoding="utf-8")
    for path in (Path(__file__).resolve().parents[2] / "data" / "reports").glob("*.txt")
}
# (question, figure the answer must contain, report it comes from) - dev set d001/d018/d045/d054.
FACTUAL = [
    ("额敏县2025年承接落实“一规划两纲要”多少项工作任务？", "307项", "000_8e5fc35e060c3da7.txt"),
    ("普兰县新建政务服务中心投资了多少钱？", "2200万", "002_62a3a57a87610d23.txt"),
    ("额敏县全年接收行政复议案件多少件？", "38件", "000_8e5fc35e060c3da7.txt"),
    ("叶城县12345热线累计受理企业、群众办件多少件？", "37116件", "004_f010129a6dcf8410.txt"),
]
# dev set d045 (both counties' figures) asked as a conversation.
FOLLOW_UP = ("额敏县全年接收行政复议案件多少件？", "那普兰县呢？", "申请1件")
UNANSWERABLE = "额敏县2025年地区生产总值是多少？"
QUOTE = re.compile(r"<blockquote expandable>(.*?)</blockquote>", re.S)

Make = Callable[..., ChatUser]


def visible(message: dict[str, Any]) -> str:
    """What the user sees of a bot message."""
    return html.unescape(re.sub(r"<[^>]*>", "", message.get("text", "")))


def quotes(messages: list[dict[str, Any]]) -> list[str]:
    """The excerpts (visible text) of every blockquote in ``messages``."""
    return [
        html.unescape(re.sub(r"<[^>]*>", "", body))
        for message in messages
        for body in QUOTE.findall(message.get("text", ""))
    ]


def buttons(messages: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The inline buttons of ``messages``."""
    markup = [m.get("reply_markup") or {} for m in messages]
    return [b for m in markup for row in m.get("inline_keyboard", []) for b in row]


def answered(messages: list[dict[str, Any]]) -> bool:
    """An answer (with citation buttons), an abstention or an error has arrived."""
    return bool(buttons(messages)) or any(
        "找到" in visible(m) or ERROR_TEXT in visible(m) for m in messages
    )


def assert_cited(messages: list[dict[str, Any]], figure: str, source: str) -> None:
    """The reply states ``figure`` and quotes it verbatim from ``source``."""
    text = "\n".join(visible(m) for m in messages)
    assert figure in REPORTS[source], "test data: the figure must be in its report"
    assert figure in text, text[:500]
    excerpts = quotes(messages)
    assert excerpts, "no excerpt quoted"
    for excerpt in excerpts:
        assert any(excerpt in report for report in REPORTS.values()), excerpt
    assert any(figure in e and e in REPORTS[source] for e in excerpts), excerpts


def test_factual_question_gets_the_figure_an_excerpt_and_a_source_button(
    make_user: Make, proxy: BotApiProxy
) -> None:
    question, figure, source = FACTUAL[0]
    user = make_user(1001)
    user.say(question)
    replies = user.replies(answered)
    assert_cited(replies, figure, source)
    assert replies[-1]["parse_mode"] == "HTML"
    assert any(str(user.user_id) == p.get("chat_id") for p in proxy.called("sendChatAction"))

    button = buttons(replies)[0]
    assert button["text"] == "原文 [1]"
    user.press(button["callback_data"], replies[-1])
    passage = user.replies()
    excerpt = quotes(replies)[0]
    assert passage, "no passage after pressing the button"
    shown = "".join(quotes(passage))
    assert excerpt in shown and len(shown) > len(excerpt)
    assert f"<b>{html.escape(excerpt)}</b>" in passage[0]["text"]


def test_follow_up_inherits_the_question_and_new_forgets_it(
    make_user: Make, running_bot: BotRunner
) -> None:
    first, follow_up, figure = FOLLOW_UP
    user = make_user(1002)
    user.say(first)
    assert_cited(user.replies(answered), FACTUAL[2][1], FACTUAL[2][2])
    user.say(follow_up)
    assert_cited(user.replies(answered), figure, "002_62a3a57a87610d23.txt")
    state = running_bot.application.chat_data[user.user_id]
    assert "普兰县" in state["conversation"]["regions"]
    user.say("/new")
    assert "新的对话" in visible(user.replies()[0])
    assert "conversation" not in running_bot.application.chat_data[user.user_id]


def test_unanswerable_question_abstains_and_names_the_reports_searched(
    make_user: Make, answer_service: AnswerService
) -> None:
    expected = answer_service.ask(UNANSWERABLE)
    assert expected.abstained, "test data: the service must abstain on this question"
    user = make_user(1003)
    user.say(UNANSWERABLE)
    replies = user.replies(answered)
    text = "\n".join(visible(m) for m in replies)
    assert text.startswith(expected.answer.strip())
    titles = {info.source: info.title for info in answer_service.reports.sources()}
    assert expected.searched and all(titles[source] in text for source in expected.searched)
    assert not buttons(replies)
    assert "<b>" not in "".join(m["text"] for m in replies)


def test_sources_lists_every_report(make_user: Make, answer_service: AnswerService) -> None:
    user = make_user(1004)
    user.say("/sources")
    text = visible(user.replies()[0])
    infos = answer_service.reports.sources()
    assert len(infos) == len(REPORTS)
    for info in infos:
        assert info.title in text


def test_outsider_gets_one_polite_refusal_and_nothing_from_the_reports(make_user: Make) -> None:
    outsider = make_user(OUTSIDER)
    outsider.say(FACTUAL[0][0])
    replies = outsider.replies()
    assert len(replies) == 1
    text = visible(replies[0])
    assert str(OUTSIDER) in text and "授权" in text
    assert FACTUAL[0][1] not in text and not buttons(replies)
    outsider.say(FACTUAL[1][0])
    outsider.say("/sources")
    assert outsider.silence(2.0) == []


def test_group_answers_only_when_addressed(make_user: Make) -> None:
    question, figure, source = FACTUAL[1]
    member = make_user(1005, GROUP)
    member.say(question)
    assert member.silence(2.0) == [], "answered a group message not addressed to it"

    mention = f"@{BOT_USER['username']}"
    member.say(
        f"{mention} {question}", entities=[{"type": "mention", "offset": 0, "length": len(mention)}]
    )
    replies = member.replies(answered)
    assert_cited(replies, figure, source)

    member.say(f"/ask@{BOT_USER['username']} {FACTUAL[2][0]}")
    assert_cited(member.replies(answered), FACTUAL[2][1], FACTUAL[2][2])

    bot_message = {
        "message_id": replies[-1]["message_id"],
        "date": 1,
        "chat": GROUP,
        "from": BOT_USER,
        "text": visible(replies[-1]),
    }
    member.say(FACTUAL[0][0], reply_to_message=bot_message)
    assert_cited(member.replies(answered), FACTUAL[0][1], FACTUAL[0][2])


def test_over_long_and_non_text_messages_get_a_short_hint(make_user: Make) -> None:
    user = make_user(1006)
    user.say("额" * (MAX_QUESTION_CHARS + 1))
    assert "太长" in visible(user.replies()[0])
    user.send(
        sticker={
            "file_id": "s1",
            "file_unique_id": "u1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
    )
    assert "文字问题" in visible(user.replies()[0])


def test_bot_keeps_answering_when_non_essential_calls_fail(
    make_user: Make, proxy: BotApiProxy
) -> None:
    commands = proxy.called("setMyCommands")
    assert commands and {"start", "help", "ask", "sources", "new"} <= set(
        re.findall(r'"command": ?"(\w+)"', commands[0]["commands"])
    )
    proxy.fail = {"sendChatAction"}  # now answered by the emulator's HTTP 500
    try:
        question, figure, source = FACTUAL[3]
        user = make_user(1007)
        user.say(question)
        assert_cited(user.replies(answered), figure, source)
    finally:
        proxy.fail = set()


def test_twenty_users_asking_at_once_all_get_correct_answers(make_user: Make) -> None:
    users = [(make_user(1010 + i), FACTUAL[i % len(FACTUAL)]) for i in range(20)]
    results: dict[int, list[dict[str, Any]]] = {}

    def converse(user: ChatUser, question: str) -> None:
        user.say(question)
        results[user.user_id] = user.replies(answered, timeout=180)

    threads = [threading.Thread(target=converse, args=(u, q)) for u, (q, _, _) in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(200)
    for user, (_, figure, source) in users:
        assert_cited(results.get(user.user_id, []), figure, source)


def test_the_token_never_reaches_the_logs(bot_logs: list[Any]) -> None:
    assert bot_logs, "no log records captured"
    for record in bot_logs:
        assert TOKEN not in record.getMessage()
        assert TOKEN.split(":")[1] not in record.getMessage()
