"""People, things to follow and a way to run what happens after commit."""

import pytest

from tests.factories import (
    ConsultationFactory,
    ContributionFactory,
    OrganisationFactory,
    UserFactory,
)


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run the on-commit side effects (activity, tasks, emails) of the block."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def consultation(homes):
    return ConsultationFactory()


@pytest.fixture
def amina(db):
    """A follower who reads Arabic."""
    return UserFactory(email="amina@example.org", preferred_language="ar")


@pytest.fixture
def louis(db):
    """A follower who reads French."""
    return UserFactory(email="louis@example.org", preferred_language="fr")


@pytest.fixture
def contribution(consultation):
    return ContributionFactory(
        consultation=consultation,
        author=UserFactory(email="author@example.org", preferred_language="fr"),
        title="Budget ouvert",
    )


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name_fr="Association Transparence")


@pytest.fixture
def representative(organisation):
    from working_groups.models import Representative

    user = UserFactory(email="rep@example.org", preferred_language="fr")
    Representative.objects.create(organisation=organisation, user=user)
    return user
