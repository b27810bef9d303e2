"""The public surface between apps (STYLE.md rule 3), checked on the source so it stays true.

import-linter (in the test command) keeps the layer direction; this test keeps the other half of the
rule: an app reaches into another only through its `services`, `selectors` and `types`, the permission
decorators of `accounts`, the pure `rubrics.engine` and its evidence highlighting (`rubrics.highlight`),
and, in tests, another app's factories.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ("accounts", "audit", "assessments", "rubrics", "candidates", "interviews", "reports", "api")
PUBLIC = ("services", "selectors", "types")
EXTRA_PUBLIC = {
    "accounts": ("permissions", "ratelimit", "dashboard"),
    # The evidence highlighting the rubric panel and the reports both show.
    "rubrics": ("engine", "highlight"),
    # The candidate-facing reads (issue 6) are assessments' selectors split by sub-domain: reports reads a
    # scored attempt's saved answers through `attempt_saved_answers`.
}


def _imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return found


def _allowed(importer_app: str, module: str, *, in_tests: bool) -> bool:
    parts = module.split(".")
    target = parts[0]
    if target not in APPS or target == importer_app:
        return True
    if len(parts) < 2:
        return False
    surface = PUBLIC + EXTRA_PUBLIC.get(target, ())
    if parts[1] in surface:
        return True
    return in_tests and parts[1:3] == ["tests", "factories"]


def _violations() -> list[str]:
    problems = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            relative = path.relative_to(ROOT)
            if "migrations" in relative.parts:
                continue  # Django writes cross-app references into migrations itself
            in_tests = "tests" in relative.parts
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(relative))
            for line, module in _imported_modules(tree):
                if not _allowed(app, module, in_tests=in_tests):
                    problems.append(f"{relative}:{line} imports {module}")
    return problems


def test_apps_use_only_the_public_surface_of_other_apps() -> None:
    problems = _violations()
    assert not problems, "Import another app's services, selectors or types instead:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    ("importer", "module", "in_tests", "expected"),
    [
        ("candidates", "assessments.models.Attempt", False, False),
        ("candidates", "assessments.services.attempt_create", False, True),
        ("candidates", "accounts.permissions.role_required", False, True),
        ("assessments", "rubrics.engine.specs.RubricSpec", False, True),
        ("candidates", "accounts.tests.factories.UserFactory", True, True),
        ("candidates", "accounts.tests.factories.UserFactory", False, False),
        ("candidates", "candidates.models.Pipeline", False, True),
        ("candidates", "django.db.models", False, True),
    ],
)
def test_the_rule_itself(importer: str, module: str, in_tests: bool, expected: bool) -> None:
    assert _allowed(importer, module, in_tests=in_tests) is expected


DEV_ONLY = ("factory", "hypothesis", "pytest", "playwright", "pypdf", "schemathesis")


def test_the_benchmarks_need_only_what_the_run_command_installs() -> None:
    """README: the benchmarks run in the environment `scripts/run.sh` sets up, which has no dev extras; so
    bench/ builds its data through the product's services, never the test factories."""
    problems = []
    for path in sorted((ROOT / "bench").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=path.name)
        for line, module in _imported_modules(tree):
            parts = module.split(".")
            if parts[0] in DEV_ONLY or "tests" in parts or parts[0] == "conftest":
                problems.append(f"bench/{path.name}:{line} imports {module}")
    assert not problems, "Only the run command's packages in bench/:\n" + "\n".join(problems)
