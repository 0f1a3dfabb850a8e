"""Scopes: named parts of the public content, each with a generation token.

A *scope* is a string. Every model is a scope of its own (its label, e.g.
``"events.event"``), and modules add finer ones (``"consultation:<key>"``). A
cached response or fragment records the token of every scope it depends on when
it is rendered; it is valid while all of them are unchanged. A write replaces the
tokens of the scopes it changes (``invalidate``), and nothing else goes stale.

What a response depends on is recorded by itself: every table read while it is
rendered adds its model's scope (``Recording``), and views add finer scopes with
``depends_on`` — optionally ``instead_of`` the tables those scopes cover.
What a write changes: its model's scope (and its parents', for multi-table
inheritance such as Wagtail pages), plus what the module declares with
``cache_scopes(Model)`` — or nothing when the declaration says the write changes
nothing public (an unverified contribution, a report).
"""

import contextvars
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from functools import partial

from django.apps import apps
from django.core.cache import cache, caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connection, transaction

PREFIX = "sharaka:scope:"
# Every cached response depends on it: ``bump()`` empties the whole cache.
ALL = "*"
# Models whose writes never change what anonymous visitors see; reading them
# adds no dependency either.
IGNORED_LABELS = {
    "sessions.session",
    "admin.logentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.revision",
    "wagtailcore.pagesubscription",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailusers.userprofile",
    "wagtailadmin.editingsession",
    "wagtailsearch.indexentry",
    # Renditions are made on first view: the page that shows them is the same.
    "wagtailimages.rendition",
    "django_tasks_database.dbtaskresult",
    "django_tasks_db.dbtaskresult",
    "account.emailaddress",
    "account.emailconfirmation",
    # Account changes that the public sees (public name, deletion) invalidate
    # explicitly (accounts.services); a sign-in's last_login must not.
    "accounts.user",
    # What people follow and are told, and newsletters' mailing: never on a page.
    "notifications.follow",
    "notifications.notification",
    "notifications.preference",
    "notifications.subscriber",
    "notifications.sending",
    "notifications.delivery",
}

ScopeFunction = Callable[..., Iterable[str] | None]
_declared: dict[str, ScopeFunction] = {}


def key(scope: str) -> str:
    return PREFIX + scope


def new_token() -> int:
    """A random number: Redis keeps an int as it is, so reading the tokens of a
    page (a dozen on every hit) unpickles nothing."""
    return secrets.randbits(62)


# ---------------------------------------------------------------- writes


def cache_scopes(model) -> Callable[[ScopeFunction], ScopeFunction]:
    """Declare which scopes a write of ``model`` changes, besides its own.

    The function receives the instance and ``created`` (False on update and
    delete) and returns the extra scopes, or ``None`` when the write changes
    nothing public (then not even the model's own scope is invalidated)::

        @cache_scopes(Comment)
        def _(comment, created):
            return [f"consultation:{comment.consultation.translation_key}"]
    """

    def register(function: ScopeFunction) -> ScopeFunction:
        _declared[model._meta.label_lower] = function
        return function

    return register


def _write(scopes: set[str]) -> None:
    cache.set_many({key(scope): new_token() for scope in scopes}, timeout=None)


def _same_database() -> bool:
    """The database cache writes in the current transaction: it commits with it."""
    return isinstance(caches["default"], DatabaseCache)


def invalidate(*scopes: str) -> None:
    """Make every cached response or fragment that depends on ``scopes`` stale.

    Inside a transaction, the tokens are replaced when it commits: a reader in
    another process until then renders what was committed before and stores it
    under the old tokens, which the commit replaces. What this process reads in
    the transaction itself must not be what was stored before the write: the
    tokens waiting are replaced at once before it reads any (``flush_pending``),
    and again when the transaction commits (a reader in between would otherwise
    keep the old content). A write that reads nothing cached before its commit
    (a comment) is one round trip.
    """
    wanted = {scope for scope in scopes if scope}
    if not wanted:
        return
    if not connection.in_atomic_block or _same_database():
        _write(wanted)
        return
    _pending().update(wanted)
    transaction.on_commit(partial(_commit, wanted), robust=True)


def _pending() -> set[str]:
    """The scopes waiting for the commit of this thread's connection."""
    pending = getattr(connection, "sharaka_pending_scopes", None)
    if pending is None:
        pending = connection.sharaka_pending_scopes = set()
    return pending


def _commit(scopes: set[str]) -> None:
    _pending().difference_update(scopes)
    _write(scopes)


def read_many(keys: list[str]) -> dict:
    """``cache.get_many(keys)``: what reads tokens reads through it, so that the
    tokens waiting for this process's commit are replaced first."""
    flush_pending()
    return cache.get_many(keys)


def flush_pending() -> None:
    """Replace the tokens that this process's open transaction changed, before it
    reads any (a page rendered in the transaction that wrote shows the write).
    Those of a transaction rolled back since are replaced too: a token replaced
    for nothing costs a render, never a stale page."""
    pending = _pending()
    if pending:
        scopes = set(pending)
        pending.clear()
        _write(scopes)


def bump() -> None:
    """Invalidate every cached anonymous response and fragment."""
    invalidate(ALL)


def _labels(model) -> list[str]:
    return [model._meta.label_lower] + [
        parent._meta.label_lower for parent in model._meta.get_parent_list()
    ]


def scopes_of_write(instance, created: bool = False) -> set[str]:
    labels = _labels(type(instance))
    if labels[0] in IGNORED_LABELS:
        return set()
    declared = _declared.get(labels[0])
    extra: Iterable[str] | None = ()
    if declared is not None:
        extra = declared(instance, created)
        if extra is None:
            return set()
    return set(labels) | set(extra)


# While ``migrate`` runs, the database cache's own table may not exist yet (it is
# made by a migration), and on PostgreSQL a failed query would abort the
# migration's transaction: writes made by migrations invalidate nothing one by
# one, and the first ``post_migrate`` empties the whole cache once instead.
_migrating = False


def _on_pre_migrate(**kwargs) -> None:
    global _migrating
    _migrating = True


def _on_post_migrate(**kwargs) -> None:
    global _migrating
    if _migrating:
        _migrating = False
        bump()


def _on_save(sender, instance, created=False, **kwargs) -> None:
    if not _migrating:
        invalidate(*scopes_of_write(instance, created))


def _on_delete(sender, instance, **kwargs) -> None:
    if not _migrating:
        invalidate(*scopes_of_write(instance))


def _on_m2m(sender, instance, action, **kwargs) -> None:
    if not _migrating and action in ("post_add", "post_remove", "post_clear"):
        scopes = scopes_of_write(instance)
        if scopes and sender._meta.label_lower not in IGNORED_LABELS:
            scopes.add(sender._meta.label_lower)
        invalidate(*scopes)


# ---------------------------------------------------------------- reads


def generations(scopes: Iterable[str]) -> dict[str, int | None]:
    names = list(scopes)
    found = read_many([key(scope) for scope in names])
    return {scope: found.get(key(scope)) for scope in names}


def ensure(scopes: Iterable[str]) -> dict[str, int]:
    """The current tokens of ``scopes``, creating the missing ones."""
    current = generations(scopes)
    missing = [scope for scope, token in current.items() if token is None]
    for scope in missing:
        cache.add(key(scope), new_token(), timeout=None)
    if missing:
        current.update(generations(missing))
    return {scope: token or new_token() for scope, token in current.items()}


_TABLE = re.compile(r'(?:FROM|JOIN)\s+"?(\w+)"?', re.IGNORECASE)
_table_labels: dict[str, str] = {}


def _label_of_table(table: str) -> str | None:
    if not _table_labels:
        for model in apps.get_models(include_auto_created=True):
            _table_labels[model._meta.db_table] = model._meta.label_lower
    label = _table_labels.get(table)
    return None if label in IGNORED_LABELS else label


_active: contextvars.ContextVar[tuple["Recording", ...]] = contextvars.ContextVar(
    "sharaka_cache_recordings", default=()
)
# The thread whose connection the outermost recording watches.
_watching: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "sharaka_cache_watching", default=None
)


def _watch(execute, sql, params, many, context):
    """Every query run while recordings are active: its tables go to each."""
    if isinstance(sql, str):
        tables = _TABLE.findall(sql)
        for recording in _active.get():
            recording.tables.update(tables)
    return execute(sql, params, many, context)


class Recording:
    """Collects the scopes of what is read inside ``with Recording() as r:``.

    Recordings nest (a page, the fragments it renders, the rows they read):
    the outermost one watches the connection, and each query's tables go to
    every recording active then.
    """

    def __init__(self):
        self.tables: set[str] = set()
        self.declared: set[str] = set()
        self.covered: set[str] = set()

    def __enter__(self):
        self._token = _active.set((*_active.get(), self))
        thread = threading.get_ident()
        self._wrapper = self._watching = None
        if _watching.get() != thread:  # the first here (connections are per thread)
            self._watching = _watching.set(thread)
            self._wrapper = connection.execute_wrapper(_watch)
            self._wrapper.__enter__()
        return self

    def __exit__(self, *exc):
        if self._wrapper is not None:
            self._wrapper.__exit__(*exc)
            _watching.reset(self._watching)
        _active.reset(self._token)
        return False

    def scopes(self) -> set[str]:
        read = {_label_of_table(table) for table in self.tables}
        read.discard(None)
        return (read - self.covered) | self.declared | {ALL}


def recorded(compute: Callable[[], object]) -> tuple[object, tuple[str, ...]]:
    """``compute()`` and the scopes it depends on: a value kept for the rest of a
    request declares them again (``depends_on``) each time it is used, so that a
    fragment using it after it was first read elsewhere depends on them too."""
    with Recording() as recording:
        value = compute()
    return value, tuple(recording.scopes())


def depends_on(*scopes: str, instead_of: Iterable = ()) -> None:
    """The response being rendered depends on ``scopes``.

    ``instead_of``: models (or labels) whose rows read here are all covered by
    ``scopes`` — every write of them that this response shows invalidates one of
    ``scopes`` — so that their model-wide scope is not recorded.
    """
    labels = {
        item if isinstance(item, str) else item._meta.label_lower for item in instead_of
    }
    for recording in _active.get():
        recording.declared.update(scopes)
        recording.covered.update(labels)
