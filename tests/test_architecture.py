"""The layout rules of docs/architecture.md, checked on the source itself.

- Doors (site views, API views, admin views) translate requests into service calls:
  they never write to the database themselves.
- Permissions are asked one way, ``user.has_perm(...)``: no role predicate called
  by hand, no ``is_superuser``/``is_staff``/group test outside ``rules.py``.
- A domain app imports only the public modules of another (its models, queries,
  services; search's registry and services), and ``core`` imports no domain app.
- Every module of a domain app stays under about 400 lines.
"""

import ast
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

from core import modules

ROOT = Path(settings.BASE_DIR)
DOMAIN_APPS = sorted({config.name for config in modules.modules()})
# What one domain app may import of another; everything else is private.
PUBLIC = {"models", "queries", "services", "registry"}
DOOR_NAMES = {"views", "api", "admin_views", "wagtail_hooks", "serializers"}
WRITES = {
    "save",
    "delete",
    "create",
    "update",
    "get_or_create",
    "update_or_create",
    "bulk_create",
    "bulk_update",
}
# Receivers whose methods of those names are not database writes (the cache, dicts).
NOT_DATABASE = {
    "cache",
    "messages",
    "response",
    "headers",
    "request",
    "session",
    "context",
    "data",
    "params",
    "extra",
    "kwargs",
}
ROLE_ATTRIBUTES = {"is_superuser", "is_staff"}
LINE_LIMIT = 430


def _python_files(app: str):
    for path in sorted((ROOT / app).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        yield path


def _module_parts(path: Path) -> tuple[str, ...]:
    """``consultations/views/detail.py`` -> ("consultations", "views", "detail")."""
    return path.relative_to(ROOT).with_suffix("").parts


def _is_door(path: Path) -> bool:
    return bool(DOOR_NAMES & set(_module_parts(path)[1:]))


def _tree(path: Path) -> ast.AST:
    return ast.parse(path.read_text(), filename=str(path))


def _imports(tree: ast.AST, package: str):
    """Every imported module's dotted name (relative imports resolved)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"


def _receiver(node: ast.Attribute) -> str:
    value = node.value
    while isinstance(value, ast.Attribute | ast.Call | ast.Subscript):
        value = value.func if isinstance(value, ast.Call) else value.value
    return value.id if isinstance(value, ast.Name) else ""


def _commit_false(call: ast.Call) -> bool:
    """``form.save(commit=False)`` builds an object without writing it."""
    return any(
        k.arg == "commit" and isinstance(k.value, ast.Constant) and not k.value.value
        for k in call.keywords
    )


def _door_writes(path: Path) -> list[str]:
    found = []
    for node in ast.walk(_tree(path)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in WRITES
            and _receiver(node.func) not in NOT_DATABASE
            and not _commit_false(node)
        ):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} .{node.func.attr}()")
    return found


def _role_checks(path: Path) -> list[str]:
    found = []
    tree = _tree(path)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not isinstance(node.ctx, ast.Load):
            continue
        if node.attr in ROLE_ATTRIBUTES or (
            # user.groups.filter(...) / .exists(): a role test by group name
            node.attr in ("filter", "exists")
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "groups"
        ):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}")
    package = ".".join(_module_parts(path)[:-1])
    for lineno, name in _imports(tree, package):
        parts = name.split(".")
        if "rules" in parts[1:] or name.startswith("core.roles.is_"):
            found.append(f"{path.relative_to(ROOT)}:{lineno} imports {name}")
    return found


def test_the_domain_apps_are_found():
    assert {"consultations", "working_groups", "events", "documents"} <= set(
        DOMAIN_APPS
    )


@pytest.mark.parametrize("app", DOMAIN_APPS)
def test_doors_never_write_to_the_database_themselves(app):
    writes = [w for p in _python_files(app) if _is_door(p) for w in _door_writes(p)]
    assert not writes, "write through a service instead:\n" + "\n".join(writes)


@pytest.mark.parametrize("app", DOMAIN_APPS)
def test_permissions_are_asked_only_through_has_perm(app):
    checks = [
        check
        for path in _python_files(app)
        if _module_parts(path)[-1] != "rules" and "demo" not in _module_parts(path)
        for check in _role_checks(path)
    ]
    assert not checks, "ask user.has_perm(...) instead:\n" + "\n".join(checks)


@pytest.mark.parametrize("app", [*DOMAIN_APPS, "core"])
def test_apps_import_only_the_public_modules_of_other_apps(app):
    others = set(DOMAIN_APPS) - {app}
    wrong = []
    for path in _python_files(app):
        package = ".".join(_module_parts(path)[:-1])
        for lineno, name in _imports(_tree(path), package):
            parts = name.split(".")
            if parts[0] not in others:
                continue
            if app == "core" or len(parts) < 2 or parts[1] not in PUBLIC:
                wrong.append(f"{path.relative_to(ROOT)}:{lineno} {name}")
    assert not wrong, "private modules of other apps:\n" + "\n".join(wrong)


@pytest.mark.parametrize("app", [*DOMAIN_APPS, "core"])
def test_every_module_stays_readable(app):
    long = [
        f"{path.relative_to(ROOT)}: {n} lines"
        for path in _python_files(app)
        if "demo" not in _module_parts(path)
        and (n := len(path.read_text().splitlines())) > LINE_LIMIT
    ]
    assert not long, "split these into a package:\n" + "\n".join(long)


def test_every_module_has_rule_tests():
    missing = [
        config.label
        for config in modules.modules()
        if config.submodule("rules") is not None
        and not (ROOT / "tests" / config.name / "test_rules.py").exists()
    ]
    assert not missing


def test_the_checks_catch_what_they_look_for(tmp_path, monkeypatch):
    """The detectors themselves: a door that saves, a role test, a private import."""
    monkeypatch.setattr("tests.test_architecture.ROOT", tmp_path)
    door = tmp_path / "shop" / "views.py"
    door.parent.mkdir()
    door.write_text(
        "from other.forms import F\n"
        "from .rules import is_owner\n"
        "from . import rules\n"
        "def v(request, item):\n"
        "    cache.delete('x')\n"
        "    item.save()\n"
        "    form.save(commit=False)\n"
        "    if request.user.is_superuser: pass\n"
        "    request.user.groups.filter(name='x')\n"
        "    request.user.groups.clear()\n"
    )
    assert _door_writes(door) == ["shop/views.py:6 .save()"]
    assert sorted(_role_checks(door)) == [
        "shop/views.py:2 imports shop.rules.is_owner",
        "shop/views.py:3 imports shop.rules",
        "shop/views.py:8 .is_superuser",
        "shop/views.py:9 .filter",
    ]
    assert list(_imports(_tree(door), "shop"))[0] == (1, "other.forms.F")
    assert apps.is_installed("core")
