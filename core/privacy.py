"""The personal data every module holds: one export, one deletion.

Each module declares, in its own ``privacy.py``, an ``export(user)`` (what the
person gets in their download) and an ``erase(user)`` (what happens to it when they
delete their account: erased, or kept only once anonymised). ``sections()`` finds
them all (``core.modules``), and the accounts module runs them, so a new module
joins the export and the deletion by having that file, nothing more.

``export(user)`` returns JSON-serialisable data (dates, decimals and UUIDs are
fine); ``erase(user)`` runs inside the deletion's transaction, before the account
itself is emptied.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Exporter = Callable[[Any], Any]
Eraser = Callable[[Any], None]


@dataclass(frozen=True)
class Section:
    name: str
    export: Exporter
    erase: Eraser | None = None


_sections: dict[str, Section] = {}


def register(name: str, *, export: Exporter, erase: Eraser | None = None) -> None:
    """Add (or replace, by name) a section that is not a module's ``privacy.py``."""
    _sections[name] = Section(name=name, export=export, erase=erase)


def unregister(name: str) -> None:
    """Remove a section (tests that register a temporary one)."""
    _sections.pop(name, None)


def sections() -> list[Section]:
    """Every module's section (in module order), then any registered by hand."""
    from . import modules

    found = {
        getattr(module, "SECTION", config.label): Section(
            name=getattr(module, "SECTION", config.label),
            export=module.export,
            erase=getattr(module, "erase", None),
        )
        for config, module in modules.submodules("privacy")
        if hasattr(module, "export")
    }
    return list((found | _sections).values())
