"""``{% shared_fragment fragments key %}…{% endshared_fragment %}``: a part of a
page that is the same for every reader of one kind (``fragments``, a
``core.cache.entries.Fragments`` the view made), stored once and shared.

It is rendered with placeholders for what differs from one request to the next,
the CSRF token and the page's own address (the ``next`` of its forms), which
every answer fills in: a fragment never holds a person's token.

``{% per_reader %}…{% endper_reader %}`` inside it marks what is the reader's own
(their support, their follow, the author's links): it is stored as a marker and
rendered for each answer, in the context of the tag (so not inside a loop of the
fragment). A fragment inside another is rendered as part of the outer one.
"""

from django import template
from django.middleware.csrf import get_token
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

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
    """One masked CSRF token for every fragment of the page (masking costs)."""
    token = getattr(request, "_sharaka_fragment_token", None)
    if token is None:
        token = request._sharaka_fragment_token = get_token(request)
    return token


class PerReaderNode(template.Node):
    """What a shared fragment shows of the reader: a marker while it is stored."""

    index = 0

    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        if context.get(SHARING):
            return _marker(self.index)
        return self.nodelist.render(context)


class SharedFragmentNode(template.Node):
    def __init__(self, fragments, key, nodelist):
        self.fragments, self.key, self.nodelist = fragments, key, nodelist
        self.per_reader = nodelist.get_nodes_by_type(PerReaderNode)
        for index, node in enumerate(self.per_reader):
            node.index = index

    def render(self, context):
        fragments = self.fragments.resolve(context)
        request = context.get("request")
        if not fragments or request is None or context.get(SHARING):
            return self.nodelist.render(context)  # shares nothing, or is shared whole

        def compute() -> str:
            shared = {"csrf_token": CSRF, "request": _Request(request), SHARING: True}
            with context.push(**shared):
                return self.nodelist.render(context)

        html = fragments.render(self.key.resolve(context), compute)
        if CSRF in html:
            html = html.replace(CSRF, _token(request))
        if PATH in html:
            html = html.replace(PATH, conditional_escape(request.get_full_path()))
        for node in self.per_reader:  # after the placeholders: the reader's own
            marker = _marker(node.index)
            if marker in html:
                html = html.replace(marker, node.nodelist.render(context))
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
    nodelist = parser.parse(("endper_reader",))
    parser.delete_first_token()
    return PerReaderNode(nodelist)
