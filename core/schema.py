"""The OpenAPI schema describes the public API only, and describes it right.

- Only addresses under /api/ (the admin's internal APIs are not the portal's API),
  without the catch-all that answers JSON 404s.
- Choice fields that share a name across modules get one stable enum name each.
- Every operation declares the errors it can answer (400, 403, 404; writes also
  409, 422, 429), so that a client and Schemathesis know them.
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


# What every operation may answer besides its success (docs/api.md, "Errors"):
# bad input, not allowed, no such thing; writes also meet the rules, the
# idempotency keys and the throttles.
ERROR = {
    "type": "object",
    "description": "`detail` and `code` (the API's errors), or `message` "
    "(Wagtail's pages API).",
    "properties": {
        "detail": {"type": "string"},
        "code": {"type": "string"},
        "message": {"type": "string"},
    },
    "additionalProperties": True,
}
FIELD_ERRORS = {
    "type": "object",
    "description": "The fields in error and their messages (`non_field_errors` "
    "for the request as a whole), or `detail`/`message`.",
    "additionalProperties": True,
}
READ_ERRORS = {
    "400": ("Bad input", "FieldErrors"),
    "403": ("Not signed in, or not allowed", "Error"),
    "404": ("No such object or address", "Error"),
}
WRITE_ERRORS = {
    **READ_ERRORS,
    "409": ("A rule refuses the action", "Error"),
    "422": ("`Idempotency-Key` reused with another body", "Error"),
    "429": ("Too many requests (see `Retry-After`)", "Error"),
}


def document_errors(result, generator, request, public):
    """drf-spectacular postprocessing hook: declare the error answers."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas.setdefault("Error", ERROR)
    schemas.setdefault("FieldErrors", FIELD_ERRORS)
    for operations in result.get("paths", {}).values():
        for method, operation in operations.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            errors = READ_ERRORS if method == "get" else WRITE_ERRORS
            responses = operation.setdefault("responses", {})
            for code, (description, name) in errors.items():
                responses.setdefault(
                    code,
                    {
                        "description": description,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/{name}"}
                            }
                        },
                    },
                )
    return result
