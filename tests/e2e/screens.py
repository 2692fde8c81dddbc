"""Render the bot's replies as a phone shows them: chat pages, screenshotted with Chromium.

Runs the real application offline (the recording Bot API of ``tests/telegram_fakes.py``) over
the index in ``GOVQA_INDEX_DIR``, sends it a few conversations, writes each as an HTML page
styled like a Telegram chat, and screenshots it with headless Chromium (420 px wide)::

    GOVQA_INDEX_DIR=data/index python tests/e2e/screens.py --out /tmp/govqa-screens

Needs ``chromium`` on PATH and a CJK font (Debian: ``apt-get install chromium
fonts-wqy-microhei``). The pages and PNGs are for looking at, not for committing.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import itertools
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pydantic import SecretStr
from telegram import Update
from telegram_fakes import RecordingRequest, running

from bot.telegram.app import build_application
from retrieval.config import Settings
from retrieval.schema import Answer, Citation
from retrieval.service import AnswerService

USER = 4711
_ids = itertools.count(1)
# Each conversation: what the user does, in order ("/cmd", a question, or ("press", label)).
CONVERSATIONS: dict[str, list[Any]] = {
    "start": ["/start"],
    "help": ["/help"],
    "sources": ["/sources"],
    "fact": ["叶城县审查了多少件规范性文件？", ("press", "原文 [1]")],
    "suggested": ["普兰县组织领导干部学法多少次？", ("press", "呢？")],
    "comparison": ["普兰县和叶城县普法活动各开展了多少场？"],
    "not_found": ["额敏县2025年的财政收入是多少亿元？"],
    "not_found_related": ["克孜勒陶镇法律顾问审查了多少份合同？"],
    "plans": ["普兰县下一步有哪些工作打算？", ("press", "原文 [2]")],
    "ranking": ["哪个县行政执法人员培训次数最多？"],
    "mentions": ["哪几份报告提到了公职律师？"],
    "metadata": ["克孜勒陶镇报告是哪天发布的？"],
    "hello": ["你好"],
    # A model's answer in its own words, built here from the report's text, to see how the bot
    # lays it out (the quote is shown because the answer does not repeat it).
    "llm_preview": ["普兰县全年收到几件行政复议申请？（模型回答预览）"],
}

PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>
body {{ margin: 0; font: 15px/1.42 "WenQuanYi Micro Hei", sans-serif; color: #000;
  background: #9bb8a0 linear-gradient(160deg, #b5cf9c, #8fb3a8); min-height: 100vh; }}
.top {{ background: #517da2; color: #fff; padding: 10px 14px; font-weight: bold; }}
.chat {{ padding: 8px 8px 40px; display: flex; flex-direction: column; gap: 6px; }}
.msg {{ max-width: 88%; padding: 6px 10px 8px; border-radius: 12px; white-space: pre-wrap;
  word-break: break-word; box-shadow: 0 1px 1px rgba(0,0,0,.15); }}
.bot {{ align-self: flex-start; background: #fff; border-bottom-left-radius: 4px; }}
.me {{ align-self: flex-end; background: #effdde; border-bottom-right-radius: 4px; }}
blockquote {{ margin: 4px 0; padding: 2px 8px; border-left: 3px solid #3a8fd9;
  background: rgba(58,143,217,.09); border-radius: 4px; white-space: pre-wrap; }}
blockquote.exp {{ max-height: 4.3em; overflow: hidden; position: relative; }}
blockquote.exp::after {{ content: "⌄"; position: absolute; right: 6px; bottom: 0;
  color: #3a8fd9; background: #eef5fc; }}
.kb {{ align-self: flex-start; max-width: 88%; width: 88%; display: flex;
  flex-direction: column; gap: 4px; margin-top: -2px; }}
.row {{ display: flex; gap: 4px; }}
.btn {{ flex: 1; text-align: center; background: rgba(60,80,70,.42); color: #fff;
  border-radius: 8px; padding: 7px 4px; font-size: 14px; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; }}
.toast {{ align-self: center; background: rgba(0,0,0,.55); color: #fff; border-radius: 10px;
  padding: 4px 10px; font-size: 13px; }}
</style></head><body><div class="top">govqa 法治报告问答</div><div class="chat">
{items}</div></body></html>"""


def bubble_html(telegram_html: str) -> str:
    """Telegram's HTML subset as browser HTML (expandable quotes shown collapsed)."""
    body = telegram_html.replace("<blockquote expandable>", '<blockquote class="exp">')
    # A line break right around a block would show as an empty line in pre-wrap.
    return re.sub(r"\n?(</?blockquote[^>]*>)\n?", r"\1", body)


def keyboard_html(markup: dict[str, Any] | None) -> str:
    rows = (markup or {}).get("inline_keyboard") or []
    if not rows:
        return ""
    cells = [
        '<div class="row">'
        + "".join(f'<div class="btn">{html.escape(b["text"])}</div>' for b in row)
        + "</div>"
        for row in rows
    ]
    return f'<div class="kb">{"".join(cells)}</div>'


def message(bot: Any, text: str, user: int = USER) -> Update:
    payload: dict[str, Any] = {
        "message_id": next(_ids),
        "date": int(time.time()),
        "chat": {"id": user, "type": "private"},
        "from": {"id": user, "is_bot": False, "first_name": "u"},
        "text": text,
    }
    if text.startswith("/"):
        payload["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
    return Update.de_json({"update_id": next(_ids), "message": payload}, bot)


def press(bot: Any, data: str) -> Update:
    query = {
        "id": str(next(_ids)),
        "from": {"id": USER, "is_bot": False, "first_name": "u"},
        "chat_instance": "c",
        "data": data,
        "message": {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": USER, "type": "private"},
            "text": "x",
        },
    }
    return Update.de_json({"update_id": next(_ids), "callback_query": query}, bot)


async def converse(app: Any, request: RecordingRequest, steps: list[Any]) -> list[str]:
    items: list[str] = []
    for step in steps:
        before = len(request.sent())
        if isinstance(step, tuple):
            label = step[1]
            last = request.sent()[-1]
            keyboard = last.get("reply_markup", {}).get("inline_keyboard", [])
            buttons = [b for row in keyboard for b in row]
            button = next(b for b in buttons if label in b["text"])
            items.append(f'<div class="toast">点按「{html.escape(button["text"])}」</div>')
            update = press(app.bot, button["callback_data"])
            app.bot.insert_callback_data(update)
        else:
            items.append(f'<div class="msg me">{html.escape(step)}</div>')
            update = message(app.bot, step)
        await app.process_update(update)
        await asyncio.sleep(0)  # handlers that run as their own tasks
        deadline = time.monotonic() + 60
        while len(request.sent()) == before and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)
        for sent in request.sent()[before:]:
            items.append(f'<div class="msg bot">{bubble_html(str(sent["text"]))}</div>')
            items.append(keyboard_html(_markup(sent)))
    return items


def _markup(sent: dict[str, Any]) -> dict[str, Any] | None:
    markup = sent.get("reply_markup")
    if isinstance(markup, str):
        import json

        return json.loads(markup)
    return markup


def screenshot(page: Path, png: Path, height: int) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("chromium not found: apt-get install -y chromium fonts-wqy-microhei")
    profile = tempfile.mkdtemp(prefix="govqa-chromium-")
    subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={profile}",
            f"--screenshot={png}",
            f"--window-size=420,{height}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    shutil.rmtree(profile, ignore_errors=True)


class PreviewService:
    """The real service, except for the preview questions of ``CONVERSATIONS``."""

    def __init__(self, real: AnswerService) -> None:
        self.real, self.settings = real, real.settings
        self.source = next(i for i in real.reports.sources() if i.region == "普兰县")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def ask(self, question: str, **kwargs: Any) -> Answer:
        if "模型回答预览" in question:
            return self._paraphrase(question)
        return self.real.ask(question, **kwargs)

    def _cite(self, n: int, start: int, end: int, section: str) -> Citation:
        text = self.real.reports.source_text(self.source.source)
        info = self.source
        return Citation(
            n=n,
            source=info.source,
            title=info.title,
            region=info.region,
            year=info.year,
            section=section,
            start=start,
            end=end,
            excerpt=text[start:end],
        )

    def _paraphrase(self, question: str) -> Answer:
        text = self.real.reports.source_text(self.source.source)
        start = text.index("成立普兰县人民政府行政复议办公室")
        end = text.index("。", start) + 1
        cited = self._cite(
            1, start, end, "一、工作开展情况 > (二)聚焦重点任务,提升法治政府建设质效"
        )
        return Answer(
            question=question,
            answer="普兰县全年收到行政复议申请1件，已全部办结。[1]",
            abstained=False,
            mode="llm",
            citations=[cited],
            searched=[self.source.source],
        )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/govqa-screens"))
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("only", nargs="*", help="conversation names (default: all)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    settings = Settings().model_copy(
        update={
            "telegram_bot_token": SecretStr("1:screens"),
            "telegram_allowed_users": [USER],
            "telegram_rate_per_minute": 0,
            "telegram_actions_per_minute": 0,
            "openai_api_key": None,
            "openai_base_url": None,
        }
    )
    service = PreviewService(AnswerService(settings))
    for name, steps in CONVERSATIONS.items():
        if args.only and name not in args.only:
            continue
        request = RecordingRequest()
        app = build_application(settings, service, request=request, persistence=False)  # type: ignore[arg-type]
        async with running(app):
            items = await converse(app, request, steps)
        page = args.out / f"{name}.html"
        page.write_text(PAGE.format(items="\n".join(items)), encoding="utf-8")
        screenshot(page, args.out / f"{name}.png", args.height)
        print(args.out / f"{name}.png")


if __name__ == "__main__":
    asyncio.run(main())
