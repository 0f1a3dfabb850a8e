"""A compiled template's blocks are looked for once (``core.templating``); pages
that extend a template still render each its own blocks."""

from unittest import mock

from django.template import Context, Engine
from django.template.base import NodeList, TextNode
from django.template.loader_tags import BlockNode

ENGINE = Engine(
    loaders=[
        (
            "django.template.loaders.locmem.Loader",
            {
                "base.html": "<title>{% block title %}Portail{% endblock %}</title>"
                "<main>{% block content %}{% endblock %}</main>",
                "news.html": '{% extends "base.html" %}'
                "{% block title %}Actualités{% endblock %}",
                "guide.html": '{% extends "base.html" %}'
                "{% block content %}Guide {{ n }}{% endblock %}",
            },
        )
    ]
)


def test_pages_extending_a_template_render_their_own_blocks():
    for n in range(2):
        news = ENGINE.get_template("news.html").render(Context({}))
        guide = ENGINE.get_template("guide.html").render(Context({"n": n}))
        assert news == "<title>Actualités</title><main></main>"
        assert guide == f"<title>Portail</title><main>Guide {n}</main>"


def test_the_blocks_of_a_compiled_template_are_looked_for_once():
    base = ENGINE.get_template("base.html")
    with mock.patch.object(
        BlockNode, "get_nodes_by_type", autospec=True, return_value=["found"]
    ) as walked:
        first = base.nodelist.get_nodes_by_type(BlockNode)
        again = base.nodelist.get_nodes_by_type(BlockNode)
    assert first == again == ["found", "found"]
    assert walked.call_count == 2  # the two blocks, once
    first.append("changed by a caller")
    assert base.nodelist.get_nodes_by_type(BlockNode) == ["found", "found"]


def test_a_node_list_being_built_is_looked_through_each_time():
    nodes = NodeList([TextNode("a")])
    assert nodes.get_nodes_by_type(TextNode) == [nodes[0]]
    nodes.append(TextNode("b"))
    assert nodes.get_nodes_by_type(TextNode) == [nodes[0], nodes[1]]


def test_static_files_addresses_come_from_the_storage_without_asking_the_apps():
    from django.apps import apps
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.template import engines

    page = engines["django"].from_string(
        "{% load static %}<link href=\"{% static 'frontend/css/site.css' %}\">"
    )
    with mock.patch.object(apps, "is_installed") as asked:
        html = page.render({})
    assert html == f'<link href="{staticfiles_storage.url("frontend/css/site.css")}">'
    assert asked.call_count == 0
