"""``{% shared_fragment fragments key %}…{% endshared_fragment %}``: a part of a
page that is the same for every reader of one kind (``fragments``, a
``core.cache.entries.Fragments`` the view made), stored once and shared.

It is rendered with placeholders for what differs from one request to the next,
the CSRF token and the page's own address (the ``next`` of its forms), which
every answer fills in: a fragment never holds a person's token.

``{% page_fragment %}…{% endpage_fragment %}``: the body of a published Wagtail
page, the same for every reader, stored once per page, language and host until
a table it read changes (like Wagtail's own ``{% wagtailpagecache %}``, with the
portal's scoped invalidation). A preview, a page not live or under a view
restriction is always rendered, never stored.

``{% per_language %}…{% endper_language %}``: a part that shows only
translations and the addresses of the portal's own views and files (the
stylesheet and scripts, the feeds, the search form, the sign-in links), the
same for every page and reader of a language: rendered once per process and
language. It is rendered without the page's variables, so one put inside by
mistake shows empty on every page rather than one reader's value to all.

``{% per_reader %}…{% endper_reader %}`` inside a shared fragment marks what is
the reader's own (their support, their follow, the author's links): it is stored
as a marker and rendered for each answer, in the context of the tag (so not
inside a loop of the fragment). A fragment inside another is rendered as part
of the outer one.
"""

from django import template
from django.middleware.csrf import get_token
from django.urls import get_script_prefix, get_urlconf
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from core.cache import fragment, holes

register = template.Library()

CSRF = "sharaka-fragment-csrf-placeholder"
PATH = "/sharaka-fragment-path-placeholder"
SHARING = "_sharaka_fragment_sharing"


def _marker(index: int) -> str:
    return f"<!--sharaka:per-reader:{index}-->"


class _Request:
    """The request as a shared fragment sees it: its own address is a placeholder."""

    def __init__(self, request):
        self._request = request

    def __getattr__(self, name):
        return getattr(self._request, name)

    def get_full_path(self):
        return PATH


def _token(request) -> str:
    """One masked CSRF token for every fragment of the page (masking costs); a
    page rendered with holes has a placeholder, each answer its reader's token."""
    if holes.active(request) is not None:
        return holes.CSRF
    token = getattr(request, "_sharaka_fragment_token", None)
    if token is None:
        token = request._sharaka_fragment_token = get_token(request)
    return token


class PerReaderNode(template.Node):
    """What a shared fragment shows of the reader: a marker while it is stored.
    In a page rendered with holes (``core.cache.holes``), the part of a
    ``subject`` is rendered in each of its states and leaves a hole."""

    index = 0

    def __init__(self, nodelist, subject=None, aspect=None):
        self.nodelist, self.subject, self.aspect = nodelist, subject, aspect

    def render(self, context):
        if context.get(SHARING):
            return _marker(self.index)
        return self.for_reader(context)

    def for_reader(self, context) -> str:
        request = context.get("request")
        recording = holes.active(request) if request is not None else None
        if recording is None or self.subject is None:
            return self.nodelist.render(context)
        subject, aspect = self.subject.resolve(context), self.aspect.resolve(context)
        return recording.hole(context, self.nodelist, subject, aspect)


class SharedFragmentNode(template.Node):
    def __init__(self, fragments, key, nodelist):
        self.fragments, self.key, self.nodelist = fragments, key, nodelist
        self.per_reader = nodelist.get_nodes_by_type(PerReaderNode)
        for index, node in enumerate(self.per_reader):
            node.index = index

    def render(self, context):
        fragments = self.fragments.resolve(context)
        if not fragments:
            return self.nodelist.render(context)
        key = self.key.resolve(context)
        return self.share(context, lambda compute: fragments.render(key, compute))

    def share(self, context, stored) -> str:
        """The fragment from ``stored(compute)``, with this request's CSRF token,
        address and the reader's own parts filled in."""
        request = context.get("request")
        if request is None or context.get(SHARING):
            return self.nodelist.render(context)  # shares nothing, or is shared whole

        def compute() -> str:
            shared = {"csrf_token": CSRF, "request": _Request(request), SHARING: True}
            with context.push(**shared):
                return str(self.nodelist.render(context))

        html = stored(compute)
        if CSRF in html:
            html = html.replace(CSRF, _token(request))
        if PATH in html:
            html = html.replace(PATH, conditional_escape(request.get_full_path()))
        for node in self.per_reader:  # after the placeholders: the reader's own
            marker = _marker(node.index)
            if marker in html:
                html = html.replace(marker, node.for_reader(context))
        return mark_safe(html)  # noqa: S308 (a rendered template, escaped)


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError(
            "{% shared_fragment fragments key %} takes two arguments"
        )
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        parser.compile_filter(bits[1]), parser.compile_filter(bits[2]), nodelist
    )


@register.tag
def per_reader(parser, token):
    """``{% per_reader [subject aspect] %}``: for pages filled with holes, what
    the reader's state is about (a contribution, a consultation) and which of it
    the part shows ("support", "follow" ...: see the view's ``Reader``)."""
    bits = token.split_contents()
    if len(bits) not in (1, 3):
        raise template.TemplateSyntaxError("{% per_reader [subject aspect] %}")
    nodelist = parser.parse(("endper_reader",))
    parser.delete_first_token()
    if len(bits) == 1:
        return PerReaderNode(nodelist)
    subject, aspect = (parser.compile_filter(bit) for bit in bits[1:])
    return PerReaderNode(nodelist, subject, aspect)


def _shareable_page(context) -> Page | None:
    """The page whose body may be shared: live, public, not a preview."""
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or request is None or not page.pk:
        return None
    if getattr(request, "is_preview", False) or not page.live:
        return None
    if page.get_view_restrictions().exists():
        return None
    return page


class SiteFragmentNode(SharedFragmentNode):
    """A part of every page (the menu, the footer) the same for all readers of a
    host and language, and of what ``parts`` name."""

    def __init__(self, name, parts, nodelist):
        super().__init__(None, None, nodelist)
        self.name, self.parts = name, parts

    def render(self, context):
        request = context.get("request")
        if request is None:
            return self.nodelist.render(context)
        parts = [request.scheme, request.get_host(), get_language() or ""]
        parts += [str(part.resolve(context)) for part in self.parts]
        return self.share(context, lambda compute: fragment(self.name, compute, *parts))


@register.tag
def site_fragment(parser, token):
    """``{% site_fragment "footer" %}…{% endsite_fragment %}``; more arguments are
    what the part also varies by (``page.pk`` for the menu's current item)."""
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "'\"":
        raise template.TemplateSyntaxError(
            '{% site_fragment "name" [part ...] %} takes a quoted name'
        )
    nodelist = parser.parse(("endsite_fragment",))
    parser.delete_first_token()
    parts = [parser.compile_filter(bit) for bit in bits[2:]]
    return SiteFragmentNode(bits[1][1:-1], parts, nodelist)


class PageFragmentNode(SharedFragmentNode):
    def __init__(self, nodelist):
        super().__init__(None, None, nodelist)

    def render(self, context):
        page = _shareable_page(context)
        if page is None:
            return self.nodelist.render(context)
        request = context["request"]
        parts = (request.scheme, request.get_host(), get_language() or "", page.pk)
        return self.share(
            context, lambda compute: fragment("page", compute, *map(str, parts))
        )


def _block_without_argument(parser, token, node_class):
    """``{% name %}…{% endname %}``, taking no argument."""
    name = token.split_contents()[0]
    if len(token.split_contents()) != 1:
        raise template.TemplateSyntaxError(f"{{% {name} %}} takes no argument")
    nodelist = parser.parse((f"end{name}",))
    parser.delete_first_token()
    return node_class(nodelist)


@register.tag
def page_fragment(parser, token):
    return _block_without_argument(parser, token, PageFragmentNode)


class PerLanguageNode(template.Node):
    MAX_VARIANTS = 64

    def __init__(self, nodelist):
        self.nodelist = nodelist
        self.rendered: dict[tuple, str] = {}

    def render(self, context):
        match = getattr(context.get("request"), "resolver_match", None)
        key = (
            get_language(),
            get_script_prefix(),
            get_urlconf(),
            getattr(match, "namespace", None),  # {% url %}'s current app
            context.autoescape,
        )
        html = self.rendered.get(key)
        if html is None:
            html = self.nodelist.render(context.new())
            if len(self.rendered) < self.MAX_VARIANTS:
                self.rendered[key] = html
        return html


@register.tag
def per_language(parser, token):
    return _block_without_argument(parser, token, PerLanguageNode)
