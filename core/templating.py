"""Template work done once per process: a compiled template's nodes of a
kind, and whether static files are served by ``staticfiles``.

A page whose template extends ``base.html`` has Django look for the blocks of
``base.html`` in its whole tree of nodes on every render (``ExtendsNode``):
0.04 ms per page. A compiled template does not change once its source is
parsed, so what its node list holds of each kind is kept with it; each caller
gets its own list. Node lists made otherwise (while parsing, by a tag) are
looked through each time, as before.

``{% static %}`` asked whether ``django.contrib.staticfiles`` is installed on
each use, going through every installed app (a page uses it five times); the
answer is taken when the process starts.
"""

from django.apps import apps
from django.template.base import NodeList, Template
from django.templatetags.static import StaticNode

_KEPT = "_sharaka_nodes_by_type"
_original_nodes = NodeList.get_nodes_by_type
_original_compile = Template.compile_nodelist


def get_nodes_by_type(self, nodetype):
    kept = self.__dict__.get(_KEPT)
    if kept is None:
        return _original_nodes(self, nodetype)
    nodes = kept.get(nodetype)
    if nodes is None:
        nodes = kept[nodetype] = _original_nodes(self, nodetype)
    return list(nodes)


def compile_nodelist(self):
    nodelist = _original_compile(self)
    setattr(nodelist, _KEPT, {})  # parsed whole: what it holds is settled
    return nodelist


def _static_of_staticfiles(cls, path):
    from django.contrib.staticfiles.storage import staticfiles_storage

    return staticfiles_storage.url(path)


def install() -> None:
    if NodeList.get_nodes_by_type is not get_nodes_by_type:
        NodeList.get_nodes_by_type = get_nodes_by_type
        Template.compile_nodelist = compile_nodelist
    if apps.is_installed("django.contrib.staticfiles"):
        StaticNode.handle_simple = classmethod(_static_of_staticfiles)
