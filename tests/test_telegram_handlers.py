"""Telegram handlers offline: built ``Update``s through ``process_update``, a recording request
instead of HTTP, and the real answer service over the session index."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from telegram.ext import Application
from telegram_fakes import (
    BOT,
    RecordingRequest,
    SpyService,
    buttons,
    deliver,
    message_update,
    press_update,
    running,
    visible,
)

from bot.telegram.app import COMMANDS, _post_init, build_application
from bot.telegram.reports import Reports
from bot.telegram.split import MAX_MESSAGE, utf16_len
from bot.telegram.texts import ERROR_TEXT, render_help
from retrieval.config import Settings
from retrieval.schema import Answer, Citation, Conversation
from retrieval.service import AnswerService

REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"
TOKEN = "777000:offline-token-must-not-be-logged"
ALLOWED, OUTSIDER = 11, 99
GROUP = {"id": -500, "type": "supergroup", "title": "工作群"}
OTHER_GROUP = {"id": -600, "type": "supergroup", "title": "别的群"}
# Written from the sample reports' text: (question, figure, report).
QUESTION, FIGURE = "额敏县征集了多少件手抄报和征文作品？", "1200余件"
SOURCE = "000_8e5fc35e060c3da7.txt"


@pytest.fixture(scope="module")
def real_service(built_index: Path) -> AnswerService:
    settings = Settings(index_dir=built_index, reports_dir=REPORTS, _env_file=None)  # type: ignore[call-arg]
    return AnswerService(
        settings.model_copy(update={"openai_api_key": None, "openai_base_url": None})
    )


def bot_settings(data_dir: Path, **overrides: Any) -> Settings:
    settings = Settings(_env_file=None, TELEGRAM_BOT_TOKEN=TOKEN)  # type: ignore[call-arg]
    values = {
        "telegram_allowed_users": [ALLOWED],
        "telegram_allowed_chats": [GROUP["id"]],
        "data_dir": data_dir,
        "telegram_rate_per_minute": 5,
        "max_question_chars": 100,
    }
    return settings.model_copy(update={**values, **overrides})


@pytest.fixture
def spy(real_service: AnswerService) -> SpyService:
    return SpyService(real_service)


@pytest_asyncio.fixture(loop_scope="function")  # the test's loop: the app's queues live there
async def app_and_request(
    spy: SpyService, tmp_path: Path
) -> AsyncIterator[tuple[Application, RecordingRequest]]:  # type: ignore[type-arg]
    request = RecordingRequest()
    app = build_application(bot_settings(tmp_path / "state"), spy, request=request)  # type: ignore[arg-type]
    async with running(app):
        yield app, request


def labels(params: dict[str, Any]) -> list[str]:
    return [button["text"] for button in buttons(params)]


def press(app: Application, params: dict[str, Any], label: str, **kwargs: Any) -> Any:  # type: ignore[type-arg]
    """Press the button of a sent message whose label contains ``label``."""
    button = next(b for b in buttons(params) if label in b["text"])
    return press_update(app, button["callback_data"], **kwargs)


async def test_private_question_gets_answer_sources_and_buttons(app_and_request: Any) -> None:
    app, request = app_and_request
    await deliver(app, message_update(app, QUESTION))
    methods = [name for name, _ in request.calls]
    assert methods.index("sendChatAction") < methods.index("sendMessage")
    (reply,) = request.sent()
    assert reply["parse_mode"] == "HTML"
    shown = visible(reply["text"])
    assert FIGURE in shown.splitlines()[0] and shown.count(FIGURE) == 1
    assert "出处：《额敏县2025年法治政府建设工作报告》" in shown
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons(reply))
    assert labels(reply)[0] == "原文 [1]"
    assert {"额敏县存在的问题", "额敏县下一步打算"} <= set(labels(reply))
    assert any(label.endswith("呢？") for label in labels(reply))


async def test_source_button_shows_the_wider_passage_open(app_and_request: Any) -> None:
    app, request = app_and_request
    await deliver(app, message_update(app, QUESTION))
    answer = request.sent()[-1]
    await deliver(app, press(app, answer, "原文 [1]"))
    assert any(name == "answerCallbackQuery" for name, _ in request.calls)
    passage = request.sent()[-1]["text"]
    assert "<blockquote>" in passage and "expandable" not in passage
    bolded = re.search(r"<b>([^<]*)</b>", passage.split("<blockquote>")[1]).group(1)  # type: ignore[union-attr]
    text = (REPORTS / SOURCE).read_text(encoding="utf-8")
    assert FIGURE in html.unescape(bolded) and html.unescape(bolded) in text
    assert len(visible(passage)) > len(bolded) + 100

    await deliver(app, press_update(app, "not-a-button-the-bot-made"))
    expired = [p for name, p in request.calls if name == "answerCallbackQuery"][-1]
    assert "过期" in expired.get("text", "")


async def test_each_suggested_question_answers_when_pressed(
    app_and_request: Any, real_service: AnswerService
) -> None:
    app, request = app_and_request
    await deliver(app, message_update(app, QUESTION))
    answer = request.sent()[-1]
    reports = Reports.of(real_service.reports.sources())
    suggested = [b for b in buttons(answer) if not b["text"].startswith("原文")]
    assert len(suggested) >= 3
    for button in suggested:
        before = len(request.sent())
        await deliver(app, press_update(app, button["callback_data"]))
        (reply,) = request.sent()[before:]
        shown = visible(reply["text"])
        assert shown.startswith("问："), shown[:80]
        assert "出处" in shown or "未在报告中找到" in shown
        if button["text"].endswith("呢？"):
            region = button["text"].removesuffix("呢？")
            assert region in shown.splitlines()[0]
            # Answered from that region's report, or "not found" having searched only it.
            cited = re.findall(r"《([^》]+)》", shown.split("出处")[-1])
            searched = re.findall(r"已检索：(.*)。", shown)
            assert cited or searched, shown
            assert all(region in name for name in cited + searched), shown
    assert len({r for r, _ in reports.mentions(" ".join(b["text"] for b in suggested))}) >= 2


async def test_start_lists_reports_and_its_examples_work(
    app_and_request: Any, real_service: AnswerService
) -> None:
    app, request = app_and_request
    await deliver(app, message_update(app, "/start"))
    (start,) = request.sent()
    shown = visible(start["text"])
    reports = Reports.of(real_service.reports.sources())
    for info in reports.infos:
        assert reports.name(info.source) in shown
    examples = labels(start)
    assert len(examples) == 3 and all(example in shown for example in examples)
    assert shown != visible(render_help())
    for example in examples:
        answer = real_service.ask(example)
        assert not answer.abstained and answer.citations, example
        before = len(request.sent())
        await deliver(app, press(app, start, example))
        assert "出处" in visible(request.sent()[before]["text"])


async def test_group_messages_only_when_addressed(app_and_request: Any, spy: SpyService) -> None:
    app, request = app_and_request
    await deliver(app, message_update(app, QUESTION, chat=GROUP))
    assert request.sent() == [] and spy.asked == []

    mention = "@govqa_test_bot"
    entities = [{"type": "mention", "offset": 0, "length": len(mention)}]
    bot_message = {"message_id": 1, "date": 1, "chat": GROUP, "from": BOT, "text": "之前的回答"}
    for update in (
        message_update(app, f"{mention} {QUESTION}", chat=GROUP, entities=entities),
        message_update(app, f"/ask {QUESTION}", chat=GROUP, user=12),
        message_update(app, QUESTION, chat=GROUP, user=13, reply_to_message=bot_message),
    ):
        await deliver(app, update)
    assert spy.asked == [QUESTION] * 3
    sent = request.sent()
    assert len(sent) == 3 and all(FIGURE in visible(p["text"]) for p in sent)
    assert all(p["reply_parameters"]["message_id"] for p in sent)  # quoted in groups

    await deliver(app, message_update(app, "/ask", chat=GROUP))
    assert "用法" in visible(request.sent()[-1]["text"])


async def test_allowed_user_is_refused_in_a_group_not_on_the_allowlist(
    app_and_request: Any, spy: SpyService
) -> None:
    app, request = app_and_request
    for _ in range(3):
        await deliver(app, message_update(app, f"/ask {QUESTION}", chat=OTHER_GROUP))
    (refusal,) = request.sent()
    assert str(OTHER_GROUP["id"]) in refusal["text"] and FIGURE not in refusal["text"]
    assert spy.asked == []
    assert OTHER_GROUP["id"] not in app.chat_data


async def test_outsider_is_refused_once_and_leaves_no_state(
    app_and_request: Any, spy: SpyService
) -> None:
    app, request = app_and_request
    for text in (QUESTION, "/sources", QUESTION, "/start"):
        await deliver(app, message_update(app, text, user=OUTSIDER))
    (refusal,) = request.sent()
    assert str(OUTSIDER) in refusal["text"] and FIGURE not in refusal["text"]
    assert spy.asked == []
    await app.update_persistence()
    assert OUTSIDER not in app.chat_data


async def test_limits_length_rate_and_non_text(app_and_request: Any, spy: SpyService) -> None:
    app, request = app_and_request
    await deliver(app, message_update(app, "问" * 101))
    assert "太长" in visible(request.sent()[-1]["text"]) and spy.asked == []

    sticker = {
        "file_id": "s",
        "file_unique_id": "u",
        "type": "regular",
        "width": 1,
        "height": 1,
        "is_animated": False,
        "is_video": False,
    }
    await deliver(app, message_update(app, sticker=sticker))
    assert "文字问题" in visible(request.sent()[-1]["text"])

    spy.answer = Answer(question="q", answer="无", abstained=True)
    for _ in range(6):  # the limit is 5 per minute
        await deliver(app, message_update(app, "额敏县有多少件？"))
    assert len(spy.asked) == 5
    assert "频繁" in visible(request.sent()[-1]["text"])


async def test_errors_are_logged_with_traceback_and_answered_generically(
    app_and_request: Any, spy: SpyService, caplog: pytest.LogCaptureFixture
) -> None:
    app, request = app_and_request
    spy.fail = RuntimeError("internal detail /var/secret")
    with caplog.at_level(logging.DEBUG):
        await deliver(app, message_update(app, QUESTION))
    assert visible(request.sent()[-1]["text"]) == ERROR_TEXT
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors and errors[0].exc_info and "internal detail" in str(errors[0].exc_info[1])
    for record in caplog.records:
        assert TOKEN not in record.getMessage()


async def test_non_essential_call_failures_do_not_stop_the_bot(app_and_request: Any) -> None:
    app, request = app_and_request
    await _post_init(app)
    commands = [p["commands"] for name, p in request.calls if name == "setMyCommands"]
    assert [c["command"] for c in commands[-1]] == [c.command for c in COMMANDS]

    request.fail = {"setMyCommands", "sendChatAction"}
    await _post_init(app)  # must not raise
    await deliver(app, message_update(app, QUESTION))
    assert FIGURE in visible(request.sent()[-1]["text"])


async def test_long_answers_are_split_with_buttons_on_the_last_part(
    app_and_request: Any, spy: SpyService
) -> None:
    app, request = app_and_request
    citations = []
    for n, path in enumerate(sorted(REPORTS.glob("*.txt")) * 2, start=1):
        text = path.read_text(encoding="utf-8")
        citations.append(
            Citation(
                n=n, source=path.name, title=path.name, start=100, end=1400, excerpt=text[100:1400]
            )
        )
    long_answer = "\n".join(f"第{c.n}项：{c.excerpt[:600]}[{c.n}]" for c in citations)
    spy.answer = Answer(question="q", answer=long_answer, abstained=False, citations=citations)
    await deliver(app, message_update(app, "额敏县的情况？"))
    sent = request.sent()
    assert len(sent) >= 2
    assert all(utf16_len(visible(p["text"])) <= MAX_MESSAGE for p in sent)
    assert [bool(p.get("reply_markup")) for p in sent] == [False] * (len(sent) - 1) + [True]


async def test_conversation_survives_restart_and_new_resets_it(
    spy: SpyService, tmp_path: Path
) -> None:
    settings = bot_settings(tmp_path / "state")
    request = RecordingRequest()
    first = build_application(settings, spy, request=request)  # type: ignore[arg-type]
    async with running(first):
        await deliver(first, message_update(first, "克孜勒陶镇发放了多少份宣传资料？"))
    assert (tmp_path / "state" / "telegram_state.pickle").exists()
    first_answer = request.sent()[-1]

    second = build_application(settings, spy, request=request)  # type: ignore[arg-type]
    async with running(second):
        kept = Conversation.model_validate(second.chat_data[ALLOWED]["conversation"])
        assert "阿克陶县克孜勒陶镇" in kept.regions
        await deliver(second, message_update(second, "那叶城县呢？"))
        assert "15万余册" in visible(request.sent()[-1]["text"])
        # The buttons of the first run still work after the restart.
        await deliver(second, press(second, first_answer, "原文 [1]"))
        assert "<blockquote>" in request.sent()[-1]["text"]
        await deliver(second, message_update(second, "/new"))
        assert "conversation" not in second.chat_data[ALLOWED]
