"""Admin screens in one style: a module's plain admin views live in its
``admin_views`` (a module or a package), which lists their URLs in
``urlpatterns``; ``wagtail_hooks.py`` declares viewsets, menu items and hooks, and
registers those URLs with one ``register_admin_urls`` hook."""

import ast
import importlib
from pathlib import Path

import pytest
from django.conf import settings
from wagtail import hooks

ROOT = Path(settings.BASE_DIR)
APPS = ("consultations", "documents", "events", "working_groups")


def _views_in(path: Path) -> list[str]:
    """Module-level functions taking a request that no hook registers: views."""
    found = []
    for node in ast.parse(path.read_text()).body:
        if (
            isinstance(node, ast.FunctionDef)
            and node.args.args
            and node.args.args[0].arg == "request"
            and not node.decorator_list
        ):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    return found


@pytest.mark.parametrize("app", APPS)
def test_wagtail_hooks_define_no_admin_view(app):
    views = _views_in(ROOT / app / "wagtail_hooks.py")
    assert not views, "move these views to admin_views:\n" + "\n".join(views)


@pytest.mark.parametrize("app", APPS)
def test_admin_urls_are_registered_from_admin_views(app):
    admin_views = importlib.import_module(f"{app}.admin_views")
    wagtail_hooks = importlib.import_module(f"{app}.wagtail_hooks")
    registered = [
        fn
        for fn in hooks.get_hooks("register_admin_urls")
        if fn.__module__ == wagtail_hooks.__name__
    ]
    assert len(registered) == 1
    assert registered[0]() == admin_views.urlpatterns
