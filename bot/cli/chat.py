"""`govqa chat`: questions in a loop, with follow-ups, line editing and a history file."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer

from bot.cli.common import ModeOption, check_mode, internal_error, make_service, user_errors
from bot.cli.output import echo, print_answer, print_sources
from retrieval.config import Settings
from retrieval.errors import GovqaError
from retrieval.schema import Conversation

__all__ = ["HELP", "PROMPT", "register"]

log = logging.getLogger(__name__)

PROMPT = "问> "
HISTORY_FILE = "chat_history"
INTRO = "输入问题后回车；/help 查看命令，/quit 退出。"
HELP = """\
问法：直接输入问题，例如“额敏县全年办理减免责案件多少件？”。
  追问可以省略地区或换一个地区，例如“那普兰县呢？”；两个地区一起问即为对比。
  每个回答都注明报告、章节和原文摘录；报告中没有的内容会回答“未找到”。
命令：
  /help     显示本说明
  /sources  列出已导入的报告
  /new      开始新对话（之前的问题不再作为上下文）
  /quit     退出（也可按 Ctrl-D）
按键：↑/↓ 翻阅历史问题，←/→ 移动光标，Ctrl-R 搜索历史，Ctrl-C 清除当前输入。"""


def register(app: typer.Typer) -> None:
    """Add the ``chat`` command to ``app``."""
    app.command("chat")(chat)


def chat(mode: ModeOption = "auto") -> None:
    """Ask questions in a loop, with follow-ups such as 那普兰县呢？.

    A follow-up that names no region, or only another one, reuses the previous question. On a
    terminal: line editing, ↑/↓ history (kept in the data folder, GOVQA_DATA_DIR) and
    Ctrl-R search. Commands: /help, /sources, /new (forget the conversation), /quit.
    """
    settings = Settings()
    with user_errors():
        check_mode(mode)
        service = make_service(settings)
        service.store.lexical()  # fails now, saying to run `govqa ingest`, when nothing is stored
    read = _terminal_reader(settings.data_dir) if _interactive() else _plain_reader
    typer.echo(INTRO)
    _Session(service, mode).loop(read)


class _Session:
    """One chat: the conversation so far and what each command does."""

    def __init__(self, service: Any, mode: str) -> None:
        self.service, self.mode = service, mode
        self.conversation = Conversation()

    def loop(self, read: Callable[[], str]) -> None:
        while True:
            try:
                line = read().strip()
            except EOFError:
                typer.echo()
                return
            if line.startswith("/"):
                if not self.command(line):
                    return
            elif line:
                self.ask(line)

    def command(self, line: str) -> bool:
        """Run a /command; False when the chat should end."""
        name = line.split()[0].lower()
        if name in ("/quit", "/exit", "/q"):
            return False
        if name in ("/help", "/?"):
            typer.echo(HELP)
        elif name == "/new":
            self.conversation = Conversation()
            typer.echo("已开始新对话：之前的问题不再作为上下文。")
        elif name == "/sources":
            with _reported():
                print_sources(self.service.reports.sources())
        else:
            typer.echo(f"未知命令 {name}：输入 /help 查看可用的命令。")
        return True

    def ask(self, question: str) -> None:
        try:
            with _reported():
                answer = self.service.ask(question, conversation=self.conversation, mode=self.mode)
                print_answer(answer)
        except KeyboardInterrupt:
            typer.echo("（已中断）")


@contextmanager
def _reported() -> Iterator[None]:
    """Print a GovqaError (or a bug) as one line and go on with the chat."""
    try:
        yield
    except GovqaError as e:
        echo(f"error: {e}", err=True)
    except Exception as e:  # one question's bug does not end the conversation
        echo(internal_error(e), err=True)


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _plain_reader() -> str:
    # Piped input (a script, a test): no line editing, the prompt still marks each turn.
    try:
        return input(PROMPT)
    except KeyboardInterrupt:
        raise EOFError from None


def _terminal_reader(data_dir: Path) -> Callable[[], str]:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory, History, InMemoryHistory

    history: History
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        history = FileHistory(str(data_dir / HISTORY_FILE))
    except OSError as e:
        log.warning("chat history is not kept: cannot write %s (%s)", data_dir, e.strerror)
        history = InMemoryHistory()
    session: PromptSession[str] = PromptSession(history=history, enable_history_search=False)

    def read() -> str:
        while True:
            try:
                return session.prompt(PROMPT)
            except KeyboardInterrupt:
                continue  # Ctrl-C clears the line, as in a shell; Ctrl-D ends the chat

    return read
