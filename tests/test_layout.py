"""The house rules of the package's layout (issue #11), checked so they stay true: no
function over 80 lines, no import inside a function without a comment saying why, no
import circle between modules, and no stage importing a later one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "claimcheck"
MAX_LINES = 80
# the flow, earliest first: a module may import its own stage and earlier ones
STAGES = ["text", "lexicon", "kinds", "pipeline", "conflicts", "report", "testing"]


def _modules() -> dict[str, Path]:
    out = {}
    for p in sorted(PACKAGE.rglob("*.py")):
        parts = list(p.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = p
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The claimcheck modules ``name`` imports at its top level."""
    is_package = path.name == "__init__.py"
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level:
            base = name.split(".") if is_package else name.split(".")[:-1]
            base = base[: len(base) - (node.level - 1)]
            target = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in MODULES else target)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("claimcheck"):
            found.add(node.module)
    return {m for m in found if m in MODULES and m != name}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_function_is_over_80_lines(name: str) -> None:
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    long_ = [f"{n.name} ({n.end_lineno - n.lineno + 1} lines, line {n.lineno})" for n in ast.walk(tree)
             if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.end_lineno - n.lineno + 1 > MAX_LINES]
    assert not long_, f"{name}: split into named steps: {', '.join(long_)}"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_an_import_inside_a_function_says_why(name: str) -> None:
    text = MODULES[name].read_text(encoding="utf-8")
    lines = text.splitlines()
    silent = []
    for fn in ast.walk(ast.parse(text)):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(fn):
                if isinstance(node, (ast.Import, ast.ImportFrom)) and "#" not in lines[node.lineno - 1]:
                    silent.append(node.lineno)
    assert not silent, f"{name}: an import inside a function without a comment at line(s) {silent}"


def test_no_import_circle() -> None:
    graph = {name: _imports(name, path) for name, path in MODULES.items()}
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                raise AssertionError("import circle: " + " -> ".join(path[path.index(nxt):] + [nxt]))
            if nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for name in graph:
        if name not in state:
            visit(name, [name])


def _stage(name: str):
    parts = name.split(".")
    return STAGES.index(parts[1]) if len(parts) > 1 and parts[1] in STAGES else None


@pytest.mark.parametrize("name", sorted(n for n in MODULES if _stage(n) is not None))
def test_no_stage_imports_a_later_one(name: str) -> None:
    later = [m for m in _imports(name, MODULES[name]) if (_stage(m) or 0) > _stage(name)]
    assert not later, f"{name} imports a later stage: {later}"


def test_the_checks_can_fail() -> None:
    """The walk sees the package's modules and the stage order is the one the docs draw."""
    assert {"claimcheck.pipeline.extract", "claimcheck.kinds.count", "claimcheck.conflicts.check"} <= set(MODULES)
    assert _stage("claimcheck.report.html") > _stage("claimcheck.conflicts.check") > _stage("claimcheck.pipeline.extract")
    assert "claimcheck.pipeline.mentions" in _imports("claimcheck.pipeline.extract", MODULES["claimcheck.pipeline.extract"])
