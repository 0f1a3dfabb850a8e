"""The page anyone sees, served to signed-in citizens with their own account menu.

Most of what a signed-in citizen reads (editorial pages, lists) is the page an
anonymous visitor gets, apart from the account menu in the header. A view that
guarantees this says so (``shared_with_members``); the anonymous render of such a
page is stored with that mark, and a signed-in visit to it when none is stored
renders it anonymously first (with the visitor's cookies left out), so that it
is stored. A signed-in person who is not staff then gets the stored page with
their own account menu, itself stored per person (``account_menu``): a session
read and one cache read, instead of the whole page.

Only entries made from anonymous renders are served this way, so nothing a
signed-in person may see is ever stored for others. Staff (who get the Wagtail
user bar and may see drafts), sessions holding messages and visitors without a
CSRF cookie yet get the whole page, rendered as usual.
"""

import functools
from importlib import import_module

from django.conf import settings
from django.contrib import auth
from django.middleware.csrf import InvalidTokenFormat, _check_token_format, get_token
from django.template import Context
from django.template.loader import get_template
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.crypto import constant_time_compare

from . import entries
from . import scopes as _scopes

START = b"<!--sharaka:account-->"
END = b"<!--/sharaka:account-->"
ACCOUNT_TEMPLATE = "includes/account_nav.html"
# Every stored menu depends on it: group or permission changes (who is staff).
MEMBERS = "members"
CARD_SECONDS = 3600
# Stands for the CSRF token in a stored menu; each answer gets a fresh one.
CSRF_PLACEHOLDER = "sharaka-csrf-token-placeholder"


def shared_with_members(view):
    """Declare a function view's page the same for every citizen but the header.

    (A DRF viewset lists its actions in ``shared_with_members = ("list",)``;
    Wagtail's pages are shared, see ``is_shared``.)
    """
    view.shared_with_members = True
    return view


@functools.lru_cache(maxsize=4096)
def _view_at(path: str, language: str):
    """The view an address leads to (the URLconf does not change while the
    process runs), or None."""
    with translation.override(language):
        try:
            return resolve(path).func
        except Resolver404:
            return None


def is_shared(request, language: str) -> bool:
    """Whether the view at this address declared its page shared with members."""
    from wagtail.views import serve as wagtail_serve

    # Once the view has run, Django has already resolved the address.
    match = getattr(request, "resolver_match", None)
    func = match.func if match is not None else _view_at(request.path_info, language)
    if func is None:
        return False
    if func is wagtail_serve:
        # Editorial pages: restricted ones never leave an anonymous entry, and
        # staff, who get the user bar, are never served a shared page.
        return True
    if getattr(func, "shared_with_members", False):
        return True
    action = getattr(func, "actions", {}).get("get")
    return action in getattr(getattr(func, "cls", None), "shared_with_members", ())


def member_scope(user_id) -> str:
    return f"member:{user_id}"


def menu_changed(*user_ids) -> None:
    """What the account menu of these people shows changed (their account, their
    unread notifications ...): their stored menus are made again."""
    _scopes.invalidate(*(member_scope(pk) for pk in user_ids if pk is not None))


def session_of(request):
    """The visitor's session store, and the key its data has in the shared cache
    when the session engine keeps it there (so that the page's lookup reads it in
    the same round trip), else None."""
    engine = import_module(settings.SESSION_ENGINE)
    session = engine.SessionStore(request.COOKIES[settings.SESSION_COOKIE_NAME])
    cached = (
        settings.SESSION_CACHE_ALIAS == "default"
        and session.session_key is not None
        and hasattr(session, "cache_key_prefix")
    )
    return session, (session.cache_key_prefix + session.session_key if cached else None)


def preload(session, data) -> None:
    """Give ``session`` the data read with the page: its engine would read the
    same key again (``SessionBase`` keeps loaded data in ``_session_cache``)."""
    if data is not None:
        session._session_cache = data


def card_key(user_id, language: str) -> str:
    return f"sharaka:member:{user_id}:{language}"


def account_menu(request, language: str, session, found=None) -> bytes | None:
    """The signed-in person's account menu if a shared page may be served to
    them, else None (the full render then handles the request).

    The menu is stored per person and language with what it takes to trust the
    session without reading the user (their session hash and whether they are
    staff), valid until their account, their groups or their unread count
    change (``menu_changed``): a hit reads the session and that entry only
    (``found``: already read, with the entry's scope tokens).
    """
    if settings.CSRF_USE_SESSIONS:
        return None
    secret = request.COOKIES.get(settings.CSRF_COOKIE_NAME, "")
    try:
        _check_token_format(secret)
    except InvalidTokenFormat:
        return None  # the full render sets the cookie the logout form needs
    user_id = session.get(auth.SESSION_KEY)
    if user_id is None or "_messages" in session:
        return None  # anonymous, or messages shown by the full render
    if session.get(auth.BACKEND_SESSION_KEY) not in settings.AUTHENTICATION_BACKENDS:
        return None
    lookup = entries.Lookup(card_key(user_id, language), found)
    card = lookup.value
    if card is None:
        request.session = session
        card = _card(request, language)
        if card is None:
            return None
        names = {_scopes.ALL, MEMBERS, member_scope(user_id)}
        entries.store(lookup, card, names, CARD_SECONDS)
    if card["menu"] is None or not constant_time_compare(
        session.get(auth.HASH_SESSION_KEY, ""), card["hash"]
    ):
        return None
    request.META["CSRF_COOKIE"] = secret
    return card["menu"].replace(CSRF_PLACEHOLDER.encode(), token(request).encode())


def token(request) -> str:
    """One masked CSRF token for what an answer fills in (masking costs)."""
    found = getattr(request, "_sharaka_member_token", None)
    if found is None:
        found = request._sharaka_member_token = get_token(request)
    return found


def page_menu(request) -> str | None:
    """The signed-in person's stored account menu for a page rendered for them
    (with a fresh CSRF token), made and stored if missing; None for staff and
    visitors, whose menu the page renders itself.

    One cache read instead of the menu's own queries (the unread count) and of
    the user bar's permission check: a stored menu means the person had no
    access to the admin when it was made, and any change of their account,
    groups or permissions makes it again.
    """
    user = getattr(request, "user", None)
    if settings.CSRF_USE_SESSIONS or user is None or not user.is_authenticated:
        return None
    language = translation.get_language()
    lookup = entries.Lookup(card_key(user.pk, language))
    card = lookup.value
    if card is None:
        card = _card(request, language, user)
        if card is None:
            return None
        names = {_scopes.ALL, MEMBERS, member_scope(user.pk)}
        entries.store(lookup, card, names, CARD_SECONDS)
    if card["menu"] is None or not constant_time_compare(
        user.get_session_auth_hash(), card["hash"]
    ):
        return None
    return card["menu"].decode().replace(CSRF_PLACEHOLDER, get_token(request))


def _card(request, language: str, user=None) -> dict | None:
    """The person's menu (with a placeholder for the CSRF token) and session hash;
    ``menu`` is None for staff, who get the whole page (user bar, drafts)."""
    user = user or auth.get_user(request)
    if not (user.is_authenticated and user.is_active):
        return None
    card = {"hash": user.get_session_auth_hash(), "menu": None}
    if user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        return card
    request.user = user
    values = {"request": request, "user": user, "csrf_token": CSRF_PLACEHOLDER}
    with translation.override(language):
        menu = get_template(ACCOUNT_TEMPLATE).template.render(Context(values))
    card["menu"] = menu.encode()
    return card


def anonymous_copy(request):
    """The same GET as an anonymous visitor sends it: only the language cookie
    is kept (it chooses the language of addresses without a prefix)."""
    from django.core.handlers.wsgi import WSGIRequest

    environ = {
        name: value
        for name, value in request.META.items()
        if name not in ("HTTP_COOKIE", "HTTP_AUTHORIZATION")
        and not name.startswith("CSRF_COOKIE")
    }
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if language:
        environ["HTTP_COOKIE"] = f"{settings.LANGUAGE_COOKIE_NAME}={language}"
    return WSGIRequest(environ)


def personalise(response, menu: bytes):
    """The stored anonymous ``response`` with the person's own account ``menu``."""
    if response.get("Content-Type", "").startswith("text/html"):
        content = response.content
        start, end = content.find(START), content.find(END)
        if start < 0 or end < start:
            return None
        response.content = content[: start + len(START)] + menu + content[end:]
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
    response["Cache-Control"] = "private, no-cache"
    patch_vary_headers(response, ("Cookie",))
    response["X-Cache"] = "member"
    return response


# ---------------------------------------------------------------- invalidation


def _is_user(model) -> bool:
    return model._meta.label == settings.AUTH_USER_MODEL


def _on_save_or_delete(sender, instance, **kwargs) -> None:
    if _scopes._migrating:
        return
    if _is_user(sender):
        menu_changed(instance.pk)
    elif sender._meta.label_lower == "auth.group":
        _scopes.invalidate(MEMBERS)


def _on_m2m(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    """Groups and permissions decide who is staff: their menus are made again."""
    if _scopes._migrating or action not in ("post_add", "post_remove", "post_clear"):
        return
    user_model = auth.get_user_model()
    if sender in (user_model.groups.through, user_model.user_permissions.through):
        if not reverse:
            menu_changed(instance.pk)
        elif pk_set:
            menu_changed(*pk_set)
        else:
            _scopes.invalidate(MEMBERS)  # cleared from the group's side
    elif sender._meta.label_lower == "auth.group_permissions":
        _scopes.invalidate(MEMBERS)
