"""What several test modules of consultations do: send and queue contributions."""

from consultations import services
from consultations.models import ContributionStatus
from tests.factories import ContributionFactory


def submit(consultation, user=None, **overrides):
    data = {
        "consultation": consultation,
        "kind": "proposal",
        "title": "Ouvrir les données budgétaires",
        "body": "Publier chaque trimestre les données du budget en format ouvert.",
        "language": "fr",
        "region": "casablanca_settat",
        "user": user,
        "ip": "203.0.113.7",
    }
    if user is None:
        data.update(author_name="Karim", author_email="karim@example.org")
    data.update(overrides)
    return services.contribution_submit(**data)


def pending(consultation, **kwargs):
    return ContributionFactory(
        consultation=consultation,
        status=ContributionStatus.PENDING_MODERATION,
        published_at=None,
        **kwargs,
    )
