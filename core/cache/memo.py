"""Values read once per request: the same locale row is not fetched again by each
template tag, page URL and translation helper that asks for it.

``RequestMemoMiddleware`` opens a fresh memo for each request; ``memoized(key,
compute)`` outside a request (commands, tasks, tests without a request) simply
computes. Only immutable-in-practice rows belong here (locales), and a request
never sees another request's values.
"""

import contextvars
from collections.abc import Callable
from typing import Any

_memo: contextvars.ContextVar[dict | None] = contextvars.ContextVar(
    "sharaka_request_memo", default=None
)


def memoized(key, compute: Callable[[], Any]):
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


def install() -> None:
    """Locales by language code, the sites' root paths and the pages under a view
    restriction, once per request (Wagtail asks for each link, and for each
    ``.public()`` query)."""
    from django.db.models import Q
    from wagtail.models import Site
    from wagtail.models.i18n import LocaleManager
    from wagtail.query import PageQuerySet

    if getattr(LocaleManager.get_for_language, "_sharaka_memoized", False):
        return
    original = LocaleManager.get_for_language

    def get_for_language(self, language_code):
        return memoized(
            ("locale", self.db, language_code),
            lambda: original(self, language_code),
        )

    get_for_language._sharaka_memoized = True
    LocaleManager.get_for_language = get_for_language

    def private_q(self):
        from wagtail.models import PageViewRestriction

        def restricted():
            rows = PageViewRestriction.objects.using(self.db).select_related("page")
            return [restriction.page for restriction in rows]

        q = Q()
        for page in memoized(("restricted pages", self.db), restricted):
            q |= self.descendant_of_q(page, inclusive=True)
        return q if q else Q(pk__in=[])  # as Wagtail: no private section, no match

    PageQuerySet.private_q = private_q

    root_paths = Site.get_site_root_paths
    Site.get_site_root_paths = staticmethod(
        lambda: memoized("site root paths", root_paths)
    )
