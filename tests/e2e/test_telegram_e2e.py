"""End to end over real HTTP: users write to the real bot through a local Bot API emulator.

The questions are written from the sample reports' text; each expected figure is checked to be
in its report, and every answer line and 「原文」 passage to be the report's own words.
"""

from __future__ import annotations

import html
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from bot_runner import GROUP, MAX_QUESTION_CHARS, OTHER_GROUP, OUTSIDER, TOKEN, BotRunner
from chat_user import ChatUser, answered, buttons, visible
from questions import FACTUAL, FOLLOW_UP, UNANSWERABLE
from telegram_emulator import BOT_USER, BotApiProxy, Emulator

from bot.telegram.reports import Reports
from retrieval.service import AnswerService

pytestmark = pytest.mark.slow

REPORTS = {
    path.name: path.read_text(encoding="utf-8")
    for path in (Path(__file__).resolve().parents[2] / "data" / "reports").glob("*.txt")
}
MARKERS = re.compile(r"\[\d+\]")

Make = Callable[..., ChatUser]
# Report file name -> the name an answer gives it (filled from the store by ``names``).
NAMES: dict[str, str] = {}


@pytest.fixture(scope="module", autouse=True)
def names(answer_service: AnswerService) -> None:
    reports = Reports.of(answer_service.reports.sources())
    for info in reports.infos:
        name = reports.name(info.source)
        NAMES[info.source] = f"《{name}》" if name == info.title else name


# A line's label: a region, a title, or "未署名报告（file name）".
LABEL = re.compile(r"^[^：:，。]{1,40}[：:]")


def assert_cited(messages: list[dict[str, Any]], figure: str, source: str) -> None:
    """The reply states ``figure`` in the report's own words and names the report it is from."""
    text = "\n".join(visible(m) for m in messages)
    assert figure in REPORTS[source], "test data: the figure must be in its report"
    said, _, cited = text.partition("\n\n出处")
    assert figure in said, text[:500]
    for piece in re.split(r"…|\n|问：", MARKERS.sub("\n", said)):
        # A line's label ("阿克陶县克孜勒陶镇：") names the report; the rest is quoted.
        piece = LABEL.sub("", piece.strip()).strip("，,；; ")
        if len(piece) >= 4:
            assert any(piece in report for report in REPORTS.values()), piece
    assert NAMES[source] in cited, cited


def test_factual_question_gets_the_figure_its_source_and_the_passage(
    make_user: Make, proxy: BotApiProxy
) -> None:
    question, figure, source = FACTUAL[0]
    user = make_user(1001)
    user.say(question)
    replies = user.replies(answered)
    assert_cited(replies, figure, source)
    assert replies[-1]["parse_mode"] == "HTML"
    assert visible(replies[-1]).count(figure) == 1
    assert any(str(user.user_id) == p.get("chat_id") for p in proxy.called("sendChatAction"))

    button = buttons(replies)[0]
    assert button["text"] == "原文 [1]"
    user.press(button["callback_data"], replies[-1])
    (passage,) = user.replies()
    body = re.search(r"<blockquote>(.*)</blockquote>", passage["text"], re.S)
    assert body, passage["text"]
    shown = html.unescape(re.sub(r"<[^>]*>", "", body.group(1)))
    bold = html.unescape(re.search(r"<b>(.*?)</b>", body.group(1)).group(1))  # type: ignore[union-attr]
    assert figure in bold and shown in REPORTS[source] and len(shown) > len(bold)


def test_follow_up_inherits_the_question_and_new_forgets_it(
    make_user: Make, running_bot: BotRunner
) -> None:
    first, follow_up, figure = FOLLOW_UP
    user = make_user(1002)
    user.say(first)
    assert_cited(user.replies(answered), "6000余份", "001_9e8ca7befe1b15d0.txt")
    user.say(follow_up)
    assert_cited(user.replies(answered), figure, "004_f010129a6dcf8410.txt")
    state = running_bot.application.chat_data[user.user_id]
    assert "叶城县" in state["conversation"]["regions"]
    user.say("/new")
    assert "新的对话" in visible(user.replies()[0])
    assert "conversation" not in running_bot.application.chat_data[user.user_id]


def test_unanswerable_question_is_a_short_not_found(
    make_user: Make, answer_service: AnswerService
) -> None:
    expected = answer_service.ask(UNANSWERABLE)
    assert expected.abstained, "test data: the service must abstain on this question"
    user = make_user(1003)
    user.say(UNANSWERABLE)
    (reply,) = user.replies(answered)
    text = visible(reply)
    assert text.startswith("未在报告中找到") and len(text) <= 300
    assert "已检索：额敏县2025年报告" in text and "提示" in text
    assert "<b>" not in reply["text"]


def test_sources_lists_every_report_by_a_readable_name(
    make_user: Make, answer_service: AnswerService
) -> None:
    user = make_user(1004)
    user.say("/sources")
    text = visible(user.replies()[0])
    reports = Reports.of(answer_service.reports.sources())
    assert len(reports.infos) == len(REPORTS)
    for info in reports.infos:
        assert reports.name(info.source) in text
    assert "未署名报告" in text


def test_start_examples_and_suggested_questions_answer_when_pressed(make_user: Make) -> None:
    user = make_user(1008)
    user.say("/start")
    (start,) = user.replies()
    examples = buttons([start])
    assert len(examples) == 3
    for example in examples:
        assert example["text"] in visible(start)
        user.press(example["callback_data"], start)
        reply = user.replies(answered)
        assert "出处" in visible(reply[0]), visible(reply[0])

    user = make_user(1009)  # a question rate of its own
    question, _, _ = FACTUAL[1]
    user.say(question)
    answer = user.replies(answered)
    suggested = [b for b in buttons(answer) if not b["text"].startswith("原文")]
    assert len(suggested) >= 3
    for button in suggested:
        user.press(button["callback_data"], answer[-1])
        reply = user.replies(answered)
        assert visible(reply[0]).startswith("问："), visible(reply[0])


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


def test_group_answers_only_when_addressed_and_only_allowed_groups(make_user: Make) -> None:
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

    elsewhere = make_user(1005, OTHER_GROUP)  # the same allowed user, in a group not allowed
    elsewhere.say(f"/ask {question}")
    (refusal,) = elsewhere.replies()
    assert str(OTHER_GROUP["id"]) in visible(refusal) and figure not in visible(refusal)
    elsewhere.say(f"/ask {question}")
    assert elsewhere.silence(2.0) == []


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
        results[user.user_id] = user.replies(answered, timeout=180, poll=0.2)

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


def test_an_update_taken_by_a_poll_whose_bot_is_gone_is_handed_out_again(
    emulator: Emulator, proxy: BotApiProxy
) -> None:
    token = "777:E2E-unpolled"  # no bot polls it: this test is the only one asking for updates
    poll = f"{proxy.url}/bot{token}/getUpdates"
    user = ChatUser(emulator.url, token, 1001)
    try:
        with httpx.Client(timeout=0.2) as http:
            # A long poll left behind by a bot that stopped (as between test modules)...
            with pytest.raises(httpx.ReadTimeout):
                http.post(poll, data={"offset": 0, "timeout": 10})
            user.say(FACTUAL[0][0])  # ...takes this update while the proxy still holds it
            time.sleep(1.5)
            http.timeout = httpx.Timeout(5)

            def updates(offset: int) -> list[int]:
                response = http.post(poll, data={"offset": offset, "timeout": 0})
                return [update["update_id"] for update in response.json()["result"]]

            (first,) = updates(0)  # the next bot gets it all the same
            assert updates(first) == [first]
            assert updates(first + 1) == []  # until confirmed
    finally:
        user.close()
