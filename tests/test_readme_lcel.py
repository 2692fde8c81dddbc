"""The README's LangChain example runs as written: routed passages reach the model."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from llm_server import ScriptedLLMServer

README = Path(__file__).resolve().parents[1] / "README.md"


def example() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Use it from LangChain", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, re.S)
    assert found, "the README's LangChain section has no python example"
    return found.group(1)


def test_lcel_example_answers_from_routed_passages(built_index: Path, tmp_path: Path) -> None:
    server = ScriptedLLMServer().start()
    try:
        server.push("额敏县全年办理减免责案件208件[1]。")
        env = {
            **os.environ,
            "GOVQA_INDEX_DIR": str(built_index),
            "OPENAI_BASE_URL": server.url,
            "OPENAI_API_KEY": "sk-test-not-a-secret",
        }
        script = tmp_path / "example.py"
        script.write_text(example(), encoding="utf-8")
        run = subprocess.run(
            [sys.executable, str(script)],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        server.stop()
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "额敏县全年办理减免责案件208件[1]。"
    (request,) = server.requests
    prompt = request.json["messages"][-1]["content"]
    # Routed to 额敏县's report only, with the passage that answers first.
    assert "额敏县2025年法治政府建设工作报告" in prompt
    assert "全年办理减免责案件208件" in prompt
    for other in ("普兰县", "叶城县", "阿克陶县"):
        assert f"《{other}" not in prompt
