"""What this module adds to other modules' pages, through their extension points.

``contribution_links``: on a consultation's page, each contribution says which
commitments of a public action plan it fed (co-creation traceability). The
consultations module asks every module's ``extensions.contribution_links`` and
knows nothing of action plans.
"""

from django.utils.translation import gettext as _

from core.translation import localized_map

from .models import Commitment
from .queries import commitments_fed_by


def contribution_links(contribution_ids) -> dict[int, list[tuple[str, str]]]:
    """{contribution pk: [(text, url), ...]} in two queries (none without ids)."""
    ids = list(contribution_ids)
    if not ids:
        return {}
    fed = commitments_fed_by(ids)
    texts = localized_map({c for cs in fed.values() for c in cs}, Commitment)
    return {
        pk: [
            (
                _("Fed commitment %(number)s of the plan %(plan)s: %(title)s")
                % {
                    "number": c.number,
                    "plan": c.plan.slug,
                    "title": texts[c.pk].title,
                },
                texts[c.pk].get_url_path(),
            )
            for c in commitments
        ]
        for pk, commitments in fed.items()
    }
