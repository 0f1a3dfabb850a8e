"""The page anyone sees, served to signed-in citizens with their own account menu.

Most of what a signed-in citizen reads (editorial pages, lists) is the page an
anonymous visitor gets, apart from the account menu in the header. A view that
guarantees this says so (``shared_with_members``); the anonymous render of such a
page is stored with that mark, and a signed-in visit to it when none is stored
renders it anonymously first (with the visitor's cookies left out), so that it
is stored. A signed-in person who is not staff then gets the stored page with the
account menu rendered for them: a session and a user read, the unread count and
a small template, instead of the whole page.

Only entries made from anonymous renders are served this way, so nothing a
signed-in person may see is ever stored for others. Staff (who get the Wagtail
user bar and may see drafts), sessions holding messages and visitors without a
CSRF cookie yet get the whole page, rendered as usual.
"""

from importlib import import_module

from django.conf import settings
from django.middleware.csrf import InvalidTokenFormat, _check_token_format
from django.template import Context
from django.template.context_processors import csrf
from django.template.loader import get_template
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import patch_vary_headers

START = b"<!--sharaka:account-->"
END = b"<!--/sharaka:account-->"
ACCOUNT_TEMPLATE = "includes/account_nav.html"
MARK = "_sharaka_shared_with_members"


def shared_with_members(view):
    """Declare a function view's page the same for every citizen but the header.

    (A DRF viewset lists its actions in ``shared_with_members = ("list",)``;
    Wagtail's pages are shared, see ``is_shared``.)
    """
    view.shared_with_members = True
    return view


def is_shared(request, language: str) -> bool:
    """Whether the view at this address declared its page shared with members."""
    from wagtail.views import serve as wagtail_serve

    with translation.override(language):
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
    func = match.func
    if func is wagtail_serve:
        # Editorial pages: restricted ones never leave an anonymous entry, and
        # staff, who get the user bar, are never served a shared page.
        return True
    if getattr(func, "shared_with_members", False):
        return True
    action = getattr(func, "actions", {}).get("get")
    return action in getattr(getattr(func, "cls", None), "shared_with_members", ())


def citizen(request):
    """The signed-in person if a shared page may be served to them, else None."""
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


def anonymous_copy(request):
    """The same GET as an anonymous visitor sends it: only the language cookie
    is kept (it chooses the language of addresses without a prefix)."""
    from django.core.handlers.wsgi import WSGIRequest

    environ = {
        name: value
        for name, value in request.META.items()
        if name not in ("HTTP_COOKIE", "HTTP_AUTHORIZATION", "CSRF_COOKIE")
    }
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if language:
        environ["HTTP_COOKIE"] = f"{settings.LANGUAGE_COOKIE_NAME}={language}"
    return WSGIRequest(environ)


def personalise(request, response, language: str):
    """The stored anonymous ``response`` with the person's own account menu."""
    if response.get("Content-Type", "").startswith("text/html"):
        content = response.content
        start, end = content.find(START), content.find(END)
        if start < 0 or end < start:
            return None
        values = {"request": request, "user": request.user, **csrf(request)}
        with translation.override(language):
            menu = get_template(ACCOUNT_TEMPLATE).template.render(Context(values))
        response.content = content[: start + len(START)] + menu.encode() + content[end:]
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
    response["Cache-Control"] = "private, no-cache"
    patch_vary_headers(response, ("Cookie",))
    response["X-Cache"] = "member"
    return response
