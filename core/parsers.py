"""The API's JSON parser: a body nested too deeply is a bad request (400).

Python's JSON decoder recurses once per level of nesting; a body of a few
thousand ``[`` raises ``RecursionError``, which DRF's parser does not catch.
"""

import json

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

# Far deeper than any body the API accepts (two or three levels).
MAX_DEPTH = 64


def _depth(value, limit: int) -> int:
    """The nesting depth of ``value``, counted without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            if level > limit:
                return level
            deepest = max(deepest, level)
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


class SafeJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        parser_context = parser_context or {}
        encoding = parser_context.get("encoding", settings.DEFAULT_CHARSET)
        try:
            text = stream.read().decode(encoding)
            data = json.loads(text, parse_constant=_refuse_constant)
        except RecursionError as exc:
            raise ParseError(_("The JSON body is nested too deeply.")) from exc
        except ValueError as exc:
            raise ParseError(_("The body is not valid JSON.")) from exc
        if _depth(data, MAX_DEPTH) > MAX_DEPTH:
            raise ParseError(_("The JSON body is nested too deeply."))
        return data


def _refuse_constant(name: str):
    # NaN and Infinity are not JSON (RFC 8259), and no field accepts them.
    raise ValueError(name)
