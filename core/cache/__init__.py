"""The anonymous page cache and the shared fragment cache, invalidated by scope.

Public API (see docs/architecture.md, "Cache"):

- ``invalidate(*scopes)`` / ``bump()``: make what depends on scopes (or
  everything) stale, now and when the transaction commits.
- ``cache_scopes(Model)``: declare which scopes a write of a model changes, or
  that it changes nothing public (return ``None``).
- ``depends_on(*scopes, instead_of=())``: in a view, what the response shows.
- ``fragment(name, compute, *parts)``: a value shared by every process until a
  scope it read changes.
- ``AnonymousCacheMiddleware``: the whole-response cache for anonymous GETs.
- ``@shared_with_members`` (or a viewset's ``shared_with_members = ("list",)``):
  the page is the same
  for every citizen but the header's account menu; signed-in citizens get the
  cached anonymous page with their own menu (``members``); a module whose part
  of that menu changes calls ``menu_changed(*user_ids)``.
- ``@filled_for_members(Reader)``: the page is stored once for signed-in
  citizens with holes for each reader's own state, filled without rendering
  (``holes``); a module whose writes change a reader's state calls
  ``reader_changed(*user_ids)`` (or declares ``reader_scope(user_id)``).
"""

from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_migrate,
    post_save,
    pre_migrate,
)

from . import members, scopes
from .entries import fragment
from .holes import filled_for_members, reader_changed, reader_scope
from .members import menu_changed, shared_with_members
from .middleware import PRIVATE_PATHS, SKIP_COOKIES, AnonymousCacheMiddleware
from .scopes import (
    ALL,
    IGNORED_LABELS,
    Recording,
    bump,
    cache_scopes,
    depends_on,
    generations,
    invalidate,
    scopes_of_write,
)

__all__ = [
    "ALL",
    "IGNORED_LABELS",
    "PRIVATE_PATHS",
    "SKIP_COOKIES",
    "AnonymousCacheMiddleware",
    "Recording",
    "bump",
    "cache_scopes",
    "depends_on",
    "filled_for_members",
    "fragment",
    "generations",
    "invalidate",
    "menu_changed",
    "reader_changed",
    "reader_scope",
    "scopes_of_write",
    "shared_with_members",
]

post_save.connect(scopes._on_save, dispatch_uid="sharaka-cache-save")
post_delete.connect(scopes._on_delete, dispatch_uid="sharaka-cache-delete")
m2m_changed.connect(scopes._on_m2m, dispatch_uid="sharaka-cache-m2m")
post_save.connect(members._on_save_or_delete, dispatch_uid="sharaka-menu-save")
post_delete.connect(members._on_save_or_delete, dispatch_uid="sharaka-menu-delete")
m2m_changed.connect(members._on_m2m, dispatch_uid="sharaka-menu-m2m")
pre_migrate.connect(scopes._on_pre_migrate, dispatch_uid="sharaka-cache-pre-migrate")
post_migrate.connect(scopes._on_post_migrate, dispatch_uid="sharaka-cache-post-migrate")
