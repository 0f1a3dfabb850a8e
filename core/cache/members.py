"""The page anyone sees, served to signed-in citizens with their own account menu.

Most of what a signed-in citizen reads (editorial pages, lists) is the page an
anonymous visitor gets, apart from the account menu in the header. A view that
guarantees this marks the request (``share_with_members``, or the decorator
``shared_with_members``); the anonymous render of such a page is stored with that
mark. A signed-in person who is not staff then gets the stored page with the
account menu rendered for them: a session and a user read, the unread count and
a small template, instead of the whole page.

Only entries made from anonymous renders are served this way, so nothing a
signed-in person may see is ever stored for others. Staff (who get the Wagtail
user bar and may see drafts), sessions holding messages and visitors without a
CSRF cookie yet get the whole page, rendered as usual.
"""

from functools import wraps
from importlib import import_module

from django.conf import settings
from django.middleware.csrf import InvalidTokenFormat, _check_token_format
from django.template import Context
from django.template.context_processors import csrf
from django.template.loader import get_template
from django.utils import translation
from django.utils.cache import patch_vary_headers

START = b"<!--sharaka:account-->"
END = b"<!--/sharaka:account-->"
ACCOUNT_TEMPLATE = "includes/account_nav.html"
MARK = "_sharaka_shared_with_members"


def share_with_members(request) -> None:
    """Say that this request's page is the same for every citizen but the header."""
    setattr(request, MARK, True)


def shared_with_members(view):
    """View decorator for ``share_with_members``."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        share_with_members(request)
        return view(request, *args, **kwargs)

    return wrapper


def is_shared(request) -> bool:
    return getattr(request, MARK, False)


def _citizen(request):
    """The signed-in person if the shared page may be served to them, else None."""
    from django.contrib.auth import get_user

    if settings.CSRF_USE_SESSIONS:
        return None
    secret = request.COOKIES.get(settings.CSRF_COOKIE_NAME, "")
    try:
        _check_token_format(secret)
    except InvalidTokenFormat:
        return None  # the full render sets the cookie the logout form needs
    engine = import_module(settings.SESSION_ENGINE)
    request.session = engine.SessionStore(request.COOKIES[settings.SESSION_COOKIE_NAME])
    if "_messages" in request.session:
        return None  # shown by the full render
    user = get_user(request)
    if not (user.is_authenticated and user.is_active):
        return None
    if user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        return None
    request.user = user
    request.META["CSRF_COOKIE"] = secret
    return user


def serve(request, lookup, language: str):
    """The stored anonymous page of ``lookup`` for the signed-in person, or None."""
    response = lookup.value
    if not getattr(response, "shared_with_members", False):
        return None
    user = _citizen(request)
    if user is None:
        return None
    if response.get("Content-Type", "").startswith("text/html"):
        content = response.content
        start, end = content.find(START), content.find(END)
        if start < 0 or end < start:
            return None
        values = {"request": request, "user": user, **csrf(request)}
        with translation.override(language):
            menu = get_template(ACCOUNT_TEMPLATE).template.render(Context(values))
        response.content = content[: start + len(START)] + menu.encode() + content[end:]
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
    response["Cache-Control"] = "private, no-cache"
    patch_vary_headers(response, ("Cookie",))
    response["X-Cache"] = "member"
    return response
