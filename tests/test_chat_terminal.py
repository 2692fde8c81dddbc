"""`govqa chat` on a real pseudo-terminal: arrow keys edit the line and recall history."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest

GOVQA = Path(sys.executable).with_name("govqa")
QUESTION = "额敏县累计抽查执法案卷多少件？"
UP, LEFT = "\x1b[A", "\x1b[D"


@pytest.fixture
def terminal(lexical_index: Path, isolated_env: Path) -> pexpect.spawn:
    env = {
        **os.environ,
        "TERM": "xterm",
        # pexpect is not a terminal emulator: it never answers cursor-position requests.
        "PROMPT_TOOLKIT_NO_CPR": "1",
    }
    child = pexpect.spawn(
        str(GOVQA), ["chat"], env=env, encoding="utf-8", timeout=90, dimensions=(40, 200)
    )
    child.expect_exact("问>")
    yield child
    child.close(force=True)


def test_arrows_recall_history_and_edit_the_line(
    terminal: pexpect.spawn, isolated_env: Path
) -> None:
    child = terminal
    child.send(QUESTION + "\r")
    child.expect_exact("126件")
    child.expect_exact("问>")
    # ↑ brings the question back; Enter asks it again.
    child.send(UP)
    child.expect_exact(QUESTION)
    child.send("\r")
    child.expect_exact("000_8e5fc35e060c3da7.txt")
    child.expect_exact("问>")
    # Type the end of a follow-up, go back with ← and insert its first character.
    child.send("普兰县呢？")
    child.send(LEFT * 5)
    child.send("那\r")
    child.expect_exact("002_62a3a57a87610d23.txt")  # a follow-up for another county
    child.expect_exact("问>")
    child.send("/new\r")
    child.expect_exact("已开始新对话")
    child.send("/quit\r")
    child.expect(pexpect.EOF)
    history = (isolated_env / "chat_history").read_text(encoding="utf-8")
    assert f"+{QUESTION}" in history and "+那普兰县呢？" in history
