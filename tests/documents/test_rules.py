"""Who may do what in the library, for each role, asked the one way the portal
asks (``user.has_perm``), and the admin screens and the service that follow it.

Reading is public (``tests/documents/test_views.py``: restricted collections stay
hidden); the one rule is the text extraction screen, open to whoever may add or
change documents (Wagtail's collection permissions)."""

import pytest

from core.errors import Forbidden
from documents import services
from documents.models import ExtractionStatus, LibraryDocument
from tests.factories import LibraryDocumentFactory

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "citizen",
    "editor",
    "moderator",
    "secretariat",
    "superuser",
    "inactive_editor",
]
MANAGERS = {"editor", "secretariat", "superuser"}


def role_of(request) -> str:
    return request.node.callspec.params["person"]


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_managing_text_extraction_follows_each_role(request, person):
    allowed = role_of(request) in MANAGERS
    assert person.has_perm("library.manage_extraction") is allowed


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_the_extraction_screen_and_menu_follow_the_rule(request, client, person):
    if person.is_authenticated:
        client.force_login(person)
    response = client.get("/admin/library/extraction/")
    menu = client.get("/admin/").content.decode()
    if role_of(request) in MANAGERS:
        assert response.status_code == 200
        assert "<progress" in response.content.decode()
        assert "/admin/library/extraction/" in menu
    else:
        # Wagtail's admin answers a refusal with a redirect (to its sign-in page,
        # or to its dashboard for moderators, who may use the admin).
        assert response.status_code == 302
        assert "/admin/library/extraction/" not in menu


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_only_managers_may_extract_a_document_again(
    request, client, person, django_capture_on_commit_callbacks
):
    document = LibraryDocumentFactory()
    LibraryDocument.objects.filter(pk=document.pk).update(
        extraction_status=ExtractionStatus.FAILED, extraction_error="broken"
    )
    if person.is_authenticated:
        client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/library/extraction/{document.pk}/retry/")
    document.refresh_from_db()
    if role_of(request) in MANAGERS:
        assert response.status_code == 302
        assert document.extraction_status == ExtractionStatus.DONE
        assert document.extraction_error == ""
    else:
        assert response.status_code == 302
        assert document.extraction_status == ExtractionStatus.FAILED


def test_the_service_asks_the_rule_whoever_calls_it(moderator):
    document = LibraryDocumentFactory()
    with pytest.raises(Forbidden):
        services.document_retry_extraction(document=document, by=moderator)
