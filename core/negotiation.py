"""The API's content negotiation, with the usual request answered at once.

Most clients ask for anything (``Accept: */*``, or no header) without a
``?format=``: DRF then parses the header, sorts it by precedence and matches
it against each renderer, a twentieth of an API list not stored yet, to pick
the first renderer (JSON). That case is answered directly, with what DRF
would answer; any other header or format goes through DRF's negotiation.
"""

from rest_framework.negotiation import DefaultContentNegotiation

ANYTHING = "*/*"


class ContentNegotiation(DefaultContentNegotiation):
    def select_renderer(self, request, renderers, format_suffix=None):
        if (
            renderers
            and not format_suffix
            and request.META.get("HTTP_ACCEPT", ANYTHING) == ANYTHING
            and self.settings.URL_FORMAT_OVERRIDE not in request.query_params
        ):
            renderer = renderers[0]
            return renderer, renderer.media_type
        return super().select_renderer(request, renderers, format_suffix)
