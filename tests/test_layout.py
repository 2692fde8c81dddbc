"""The layout shows the pipeline: stages import only earlier stages, and nothing imports in a cycle.

Stages, in order: the shared foundation (settings, errors, schemas, typed hand-offs, lexicons,
text, embeddings), extract, ingest, index, query, search, answer, evaluation, then the service
and report administration that wire them. Imports inside ``if TYPE_CHECKING:`` are types only
and still count: a stage may not even name a later stage's types.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["extract", "ingest", "index", "query", "search", "answer", "evaluation"]
FOUNDATION = {"config", "errors", "schema", "types", "tuning", "lexicons", "text", "embeddings"}
WIRING = {"service", "admin"}


def _stage(module: str) -> int:
    """-1 for the foundation, the stage's position, or len(ORDER) for the wiring."""
    part = module.split(".")[1] if "." in module else ""
    if part in FOUNDATION:
        return -1
    # The package itself is the public facade over every stage.
    if part in WIRING or not part:
        return len(ORDER)
    return ORDER.index(part)


def _modules(package: str) -> dict[str, Path]:
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(path: Path, prefix: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name.split(".")[0] == prefix}


RETRIEVAL = _modules("retrieval")


@pytest.mark.parametrize("module", sorted(RETRIEVAL))
def test_stages_import_only_earlier_stages(module: str) -> None:
    own = _stage(module)
    for name in _imports(RETRIEVAL[module], "retrieval"):
        target = next(
            (
                m
                for m in sorted(RETRIEVAL, key=len, reverse=True)
                if name == m or name.startswith(m + ".")
            ),
            None,
        )
        if target is None or target == "retrieval":
            continue
        assert _stage(target) <= own, f"{module} (a stage {own}) imports {target}"


def test_no_import_cycles() -> None:
    graph = {
        module: {
            next(
                m
                for m in sorted(RETRIEVAL, key=len, reverse=True)
                if n == m or n.startswith(m + ".")
            )
            for n in _imports(path, "retrieval")
            if any(n == m or n.startswith(m + ".") for m in RETRIEVAL)
        }
        - {module, "retrieval"}
        for module, path in RETRIEVAL.items()
    }
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                raise AssertionError(" → ".join([*trail, node, nxt]))
            if nxt not in state:
                visit(nxt, [*trail, node])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [])


def test_telegram_front_end_uses_only_the_service_surface() -> None:
    allowed = {
        "retrieval.config",
        "retrieval.errors",
        "retrieval.schema",
        "retrieval.service",
        "retrieval.text",
    }
    for module, path in _modules("bot/telegram").items():
        used = {n for n in _imports(path, "retrieval") if not any(n.startswith(a) for a in allowed)}
        assert not used, f"{module} reaches into {sorted(used)}"
