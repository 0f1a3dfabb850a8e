"""What happened on the portal, told by the module where it happened.

A module's service says what happened with ``publish(kind=..., target=...)`` inside
its transaction; once the transaction commits, ``published`` is sent with an
``Activity`` (plain ids, so that it travels through the task queue). Whoever listens
(the notifications module) decides who is told and how. A module that publishes
imports nothing of the listener, and works the same when no one listens.

Each module declares its kinds of activity in its own ``notifications.py``::

    KINDS = [
        activity.Kind(
            name="consultations.answer",           # "<module>.<what>"
            label=_("An official answer to a contribution I follow"),
            describe=lambda target, data: ...,     # one sentence, active language
            link=lambda target, language: ...,     # the path to see it
        ),
    ]
    def due(now): ...   # optional: publishes what time alone brings

``kinds()`` collects them (``core.modules``). ``describe`` and ``link`` are called in
the recipient's language (``translation.override``), with the target's source row.

Following is generic: ``follow_key(obj)`` names any record (``<app>.<model>:<pk>``
of its translation set's source row), ``topic(kind, value)`` a theme or a region.
``follow(user=..., target=...)`` asks that the person follow something (on commit),
e.g. what they just contributed to.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.dispatch import Signal

logger = logging.getLogger(__name__)

# kwargs: activity (Activity)
published = Signal()
# kwargs: user_id (int), key (str), content_type_id (int | None), object_id (str)
follow_requested = Signal()

CHANNELS = ("immediate", "daily", "weekly", "site")


@dataclass(frozen=True)
class Kind:
    """A kind of activity people can be told about, declared by its module."""

    name: str
    label: Any  # a lazy translated string
    describe: Callable[[Any, dict], str]
    link: Callable[[Any, str], str]
    # How people are told until they choose: "immediate", "daily", "weekly", "site".
    default: str = "immediate"


@dataclass(frozen=True)
class Activity:
    kind: str
    content_type_id: int
    object_id: str
    actor_id: int | None = None
    # Once only: a second activity with the same key tells no one again.
    key: str = ""
    # Follow keys (``follow_key``/``topic``) whose followers are told.
    followed: tuple[str, ...] = ()
    # People told whether or not they follow anything (the author of a comment).
    recipients: tuple[int, ...] = ()
    # People the module already emailed about it: told on the site only.
    emailed: tuple[int, ...] = ()
    data: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "content_type_id": self.content_type_id,
            "object_id": self.object_id,
            "actor_id": self.actor_id,
            "key": self.key,
            "followed": list(self.followed),
            "recipients": list(self.recipients),
            "emailed": list(self.emailed),
            "data": self.data,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Activity:
        return cls(
            **{
                **data,
                "followed": tuple(data["followed"]),
                "recipients": tuple(data["recipients"]),
                "emailed": tuple(data["emailed"]),
            }
        )


def source(obj):
    """The row records point to: the source of a translation set, else ``obj``."""
    return getattr(obj, "source", obj)


def follow_key(obj) -> str:
    """``<app_label>.<model>:<pk>`` of ``obj``'s source row: what a follow names."""
    obj = source(obj)
    return f"{obj._meta.label_lower}:{obj.pk}"


def topic(kind: str, value: str) -> str:
    """A theme or a region as a follow key: ``theme:transparency``."""
    return f"{kind}:{value}"


def _content_type_id(obj) -> int:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(obj).pk


def _send(signal: Signal, **kwargs) -> None:
    """Tell the listeners; a listener's failure is logged, never the caller's."""
    for receiver, result in signal.send_robust(sender=Activity, **kwargs):
        if isinstance(result, Exception):
            logger.error("Activity listener %r failed", receiver, exc_info=result)


def publish(
    *,
    kind: str,
    target,
    actor=None,
    key: str = "",
    followed: Iterable = (),
    recipients: Iterable = (),
    emailed: Iterable = (),
    data: dict | None = None,
) -> None:
    """Say that ``kind`` happened to ``target``; listeners hear it after commit.

    ``followed`` holds records or follow keys whose followers are told;
    ``recipients`` and ``emailed`` hold users (or their ids). The actor is never
    told of their own act.
    """
    target = source(target)

    def ids(people) -> tuple[int, ...]:
        return tuple(sorted({getattr(p, "pk", p) for p in people if p is not None}))

    activity = Activity(
        kind=kind,
        content_type_id=_content_type_id(target),
        object_id=str(target.pk),
        actor_id=getattr(actor, "pk", None),
        key=key or uuid.uuid4().hex,
        followed=tuple(
            f if isinstance(f, str) else follow_key(f) for f in followed if f
        ),
        recipients=ids(recipients),
        emailed=ids(emailed),
        data=data or {},
    )
    transaction.on_commit(lambda: _send(published, activity=activity))


def follow(*, user, target) -> None:
    """Ask that ``user`` follow ``target`` (a record), in the caller's transaction:
    the follow is written, or rolled back, with what the person did (one commit).
    Listeners write in a savepoint of their own, so their failure is only logged."""
    if user is None or not getattr(user, "is_authenticated", False):
        return
    target = source(target)
    payload = {
        "user": user,  # the person's row, read by this request: not read again
        "user_id": user.pk,
        "key": follow_key(target),
        "content_type_id": _content_type_id(target),
        "object_id": str(target.pk),
    }
    _send(follow_requested, **payload)


def kinds() -> dict[str, Kind]:
    """Every module's kinds, by name, in module order."""
    from . import modules

    found: dict[str, Kind] = {}
    for _config, declared in modules.attribute("notifications", "KINDS"):
        for kind in declared:
            found[kind.name] = kind
    return found


def due_hooks() -> list[Callable]:
    """Each module's ``notifications.due(now)``: activity that time alone brings."""
    from . import modules

    return [hook for _config, hook in modules.attribute("notifications", "due")]


def topics(language: str) -> list[tuple[str, str]]:
    """``(key, label)`` of every theme modules offer to follow (``topics(language)``
    in their ``notifications.py``), in ``language``."""
    from . import modules

    found = []
    for _config, declared in modules.attribute("notifications", "topics"):
        found.extend(declared(language))
    return found


def localized(obj):
    """``obj``'s row in the active language, if its translation set has one."""
    key = getattr(obj, "translation_key", None)
    if key is None:
        return obj
    from django.utils import translation

    row = (
        type(obj)
        ._default_manager.filter(
            translation_key=key, locale__language_code=translation.get_language()
        )
        .first()
    )
    return row or obj


def url_in(obj, language: str) -> str:
    """The path of ``obj``'s page in ``language``: its ``get_url_path(language)``,
    else ``get_absolute_url()`` of its row in that language."""
    from django.utils import translation

    if hasattr(obj, "get_url_path"):
        return obj.get_url_path(language)
    with translation.override(language):
        return localized(obj).get_absolute_url()
