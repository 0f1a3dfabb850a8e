"""How a domain module plugs into the portal: by the files of its own package.

A module is an app of ``INSTALLED_APPS`` whose AppConfig is a ``ModuleConfig``.
What it adds to the portal is found by file name, the way Django finds
``admin.py`` and Wagtail finds ``wagtail_hooks.py``; nothing central lists it:

==================  ===========================================  ====================
file of the module  what it declares                             who reads it
==================  ===========================================  ====================
``urls.py``         ``urlpatterns`` of the public site           ``cms.urls``, under
                                                                 /ar/, /fr/, /en/
``api.py``          viewsets on ``core.api.router``, and/or      ``core.api_urls``
                    ``urlpatterns`` (listed in the API root)
``rules.py``        who may do what (django-rules)               start-up
``indexing.py``     search sources and facet labels              start-up
``signals.py``      signal receivers                             start-up
``privacy.py``      ``export(user)`` and ``erase(user)``         accounts' data export
                                                                 and deletion
``demo.py``         ``load(homes=...)`` -> one-line summary      ``load_demo``
``sitemaps.py``     ``SITEMAPS = {name: ModuleSitemap}``         ``/sitemap.xml``
``wagtail_hooks.py`` admin menu, snippets, admin views           Wagtail
``extensions.py``   what the module adds to other modules'      the module that
                    pages, e.g. ``contribution_links(ids)``     offers the point
                    (the commitments a contribution fed)        (consultations)
``notifications.py`` ``KINDS`` of activity (``core.activity``),    the notifications
                    and ``due(now)``                             module
==================  ===========================================  ====================

Modules are visited in ``INSTALLED_APPS`` order, after those named in their
``depends_on`` (the demo of events needs the working groups' organisations).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType

from django.apps import AppConfig, apps

# Submodules imported when the app is ready: they register things as they load.
AUTOLOADED = ("rules", "indexing", "signals")


class ModuleConfig(AppConfig):
    """The AppConfig of a domain module of the portal (see the module docstring).

    Subclass it as ``modules.ModuleConfig`` (``from core import modules``): a class
    imported by name into an ``apps.py`` would count as a second AppConfig there.
    """

    default_auto_field = "django.db.models.BigAutoField"
    # Labels of modules that must be visited first (demo data, URL order).
    depends_on: tuple[str, ...] = ()

    def ready(self):
        for name in AUTOLOADED:
            self.submodule(name)

    def submodule(self, name: str) -> ModuleType | None:
        """``<app>.<name>`` if the app has such a file, else None."""
        dotted = f"{self.name}.{name}"
        if importlib.util.find_spec(dotted) is None:
            return None
        return importlib.import_module(dotted)


def modules() -> list[ModuleConfig]:
    """Every installed module, each after the modules it depends on."""
    found = [c for c in apps.get_app_configs() if isinstance(c, ModuleConfig)]
    by_label = {c.label: c for c in found}
    ordered: list[ModuleConfig] = []

    def visit(config: ModuleConfig, seen: tuple[str, ...] = ()) -> None:
        if config in ordered:
            return
        if config.label in seen:
            raise RuntimeError(f"Modules depend on each other: {seen}")
        for label in config.depends_on:
            if label in by_label:
                visit(by_label[label], (*seen, config.label))
        ordered.append(config)

    for config in found:
        visit(config)
    return ordered


def submodules(name: str) -> Iterator[tuple[ModuleConfig, ModuleType]]:
    """``(module, <module>.<name>)`` for every module that has such a file."""
    for config in modules():
        found = config.submodule(name)
        if found is not None:
            yield config, found


def attribute(name: str, attr: str) -> Iterator[tuple[ModuleConfig, object]]:
    """``<module>.<name>.<attr>`` of every module that declares it."""
    for config, module in submodules(name):
        value = getattr(module, attr, None)
        if value is not None:
            yield config, value


def app_of(obj) -> AppConfig | None:
    """The app that defines ``obj`` (a class or function), if any."""
    return apps.get_containing_app_config(getattr(obj, "__module__", ""))
