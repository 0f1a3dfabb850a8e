"""The OpenAPI schema describes the public API only, and describes it right.

- Only addresses under /api/ (the admin's internal APIs are not the portal's API),
  without the catch-all that answers JSON 404s.
- Choice fields that share a name across modules get one stable enum name each.
"""

import re

# The catch-all (``re_path(r"^.*/$", not_found)``) comes out as "/api/./".
NOT_AN_ENDPOINT = re.compile(r"^/api/\.|/find/$")


def public_api_only(endpoints):
    """drf-spectacular preprocessing hook: keep the public API's endpoints."""
    return [
        (path, path_regex, method, callback)
        for path, path_regex, method, callback in endpoints
        if path.startswith("/api/") and not NOT_AN_ENDPOINT.search(path)
    ]
