import datetime

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import LibraryDocumentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_doc(homes):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Interne")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    return LibraryDocumentFactory(title="Document interne secret", collection=private)


def test_library_lists_public_documents_with_facet_counts(client, homes, private_doc):
    LibraryDocumentFactory(
        title="Guide du citoyen", category="guides", tags=["transparence"]
    )
    LibraryDocumentFactory(title="Étude", publication_date=datetime.date(2021, 2, 2))
    response = client.get("/fr/library/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Guide du citoyen" in html and "Étude" in html
    assert "Document interne secret" not in html
    assert 'name="tag" value="transparence"' in html
    assert 'value="2021"' in html


def test_library_filters_by_category_year_language_and_tag(client, homes):
    LibraryDocumentFactory(title="Guide A", category="guides", tags=["budget"])
    LibraryDocumentFactory(title="Etude B", category="studies", language="ar")
    LibraryDocumentFactory(title="Etude C", publication_date=datetime.date(2020, 1, 1))
    assert "Etude B" not in client.get("/fr/library/?category=guides").content.decode()
    html = client.get("/fr/library/?language=ar").content.decode()
    assert "Etude B" in html and "Guide A" not in html
    html = client.get("/fr/library/?year=2020").content.decode()
    assert "Etude C" in html and "Guide A" not in html
    html = client.get("/fr/library/?tag=budget").content.decode()
    assert "Guide A" in html and "Etude C" not in html


def count_queries(client, url) -> tuple[int, object]:
    """The queries of one request (after a first one that warms the caches)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_library_list_query_count_does_not_grow_with_documents(client, homes):
    for i in range(3):
        LibraryDocumentFactory(title=f"Doc {i}", tags=[f"t{i}", "common"])
    few, response = count_queries(client, "/fr/library/")
    assert all(f"Doc {i}" in response.content.decode() for i in range(3))
    for i in range(3, 12):
        LibraryDocumentFactory(title=f"Doc {i}", tags=[f"t{i}", "common"])
    many, response = count_queries(client, "/fr/library/")
    assert all(f"Doc {i}" in response.content.decode() for i in range(12))
    assert 0 < few == many <= 14, f"{few} queries for 3 documents, {many} for 12"


def test_detail_shows_metadata_download_and_related(client, homes):
    doc = LibraryDocumentFactory(
        title="Charte",
        summary="Le texte fondateur",
        issuing_body="Comité",
        tags=["gouvernance"],
    )
    LibraryDocumentFactory(title="Document voisin", tags=["gouvernance"])
    response = client.get(f"/fr/library/{doc.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Le texte fondateur" in html and "Comité" in html
    assert doc.url in html
    assert "Document voisin" in html


def test_a_private_document_has_no_detail_page(client, private_doc):
    assert client.get(f"/fr/library/{private_doc.pk}/").status_code == 404


def test_download_is_an_attachment_with_nosniff_and_is_counted(client, homes):
    doc = LibraryDocumentFactory(
        file=ContentFile(b"%PDF-1.4 x", name="rapport final.pdf")
    )
    response = client.get(doc.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "rapport" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    doc.refresh_from_db()
    assert doc.download_count == 1


def test_a_private_document_is_not_served_to_anonymous_visitors(client, private_doc):
    response = client.get(private_doc.url)
    assert response.status_code in (302, 403)
    assert b"Texte du document" not in b"".join(
        getattr(response, "streaming_content", [response.content])
    )
    private_doc.refresh_from_db()
    assert private_doc.download_count == 0


def test_a_private_document_is_served_to_a_signed_in_person(client, private_doc, user):
    client.force_login(user)
    assert client.get(private_doc.url).status_code == 200


def test_api_lists_documents_with_filters_and_facets(client, homes, private_doc):
    LibraryDocumentFactory(title="Guide A", category="guides")
    LibraryDocumentFactory(title="Etude B", category="studies")
    data = client.get(
        "/api/documents/?category=guides", HTTP_ACCEPT_LANGUAGE="en"
    ).json()
    assert [d["title"] for d in data["results"]] == ["Guide A"]
    assert data["facets"]["category"] == [
        {"value": "guides", "label": "Guides and references", "count": 1}
    ]
    all_titles = [d["title"] for d in client.get("/api/documents/").json()["results"]]
    assert "Document interne secret" not in all_titles


def test_api_detail_and_private_document_hidden(client, homes, private_doc):
    doc = LibraryDocumentFactory(title="Guide A")
    data = client.get(f"/api/documents/{doc.pk}/").json()
    assert data["title"] == "Guide A" and "related" in data and data["download_url"]
    assert client.get(f"/api/documents/{private_doc.pk}/").status_code == 404


def test_api_list_query_count_does_not_grow_with_documents(client, homes):
    for i in range(3):
        LibraryDocumentFactory(title=f"Doc {i}", tags=["a"])
    few, response = count_queries(client, "/api/documents/")
    assert response.json()["count"] == 3
    for i in range(3, 12):
        LibraryDocumentFactory(title=f"Doc {i}", tags=["a", f"t{i}"])
    many, response = count_queries(client, "/api/documents/")
    assert response.json()["count"] == 12
    assert 0 < few == many <= 12, f"{few} queries for 3 documents, {many} for 12"


def test_admin_shows_extraction_progress(client, homes):
    from tests.factories import UserFactory

    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    LibraryDocumentFactory(title="En attente")
    html = client.get("/admin/library/extraction/").content.decode()
    assert "En attente" in html and "<progress" in html


def test_editors_admin_document_search_still_works(client, homes):
    from tests.factories import UserFactory

    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    LibraryDocumentFactory(title="Charte du comité")
    response = client.get("/admin/documents/?q=charte")
    assert response.status_code == 200
    assert "Charte du comité" in response.content.decode()


def test_admin_upload_refuses_html_disguised_as_pdf(client, homes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from documents.models import LibraryDocument
    from tests.factories import UserFactory

    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.post(
        "/admin/documents/multiple/add/",
        {
            "files[]": SimpleUploadedFile("evil.pdf", b"<html><script>x</script>"),
            "title": "evil",
        },
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert not LibraryDocument.objects.filter(title__icontains="evil").exists()
    assert response.status_code == 200
    data = response.json()
    assert data["success"] is False and "(.pdf)" in data["error_message"]


def test_detail_shows_the_file_size_of_a_document_made_in_code(client, homes):
    doc = LibraryDocumentFactory(title="Taille")
    doc.refresh_from_db()
    assert doc.file_size == len(b"Texte du document.\n")
    html = client.get(f"/fr/library/{doc.pk}/").content.decode()
    assert "TXT</bdi>, 19" in html


def test_the_tag_facet_lists_the_tags_of_the_documents_in_the_reader_s_language(
    client, homes
):
    """Issue 13: the French library offered the Arabic documents' tags."""
    LibraryDocumentFactory(title="Charte", language="fr", tags=["gouvernance"])
    LibraryDocumentFactory(title="ميثاق", language="ar", tags=["الحكامة"])
    french = client.get("/fr/library/").content.decode()
    arabic = client.get("/ar/library/").content.decode()
    assert 'name="tag" value="gouvernance"' in french
    assert 'name="tag" value="الحكامة"' not in french
    assert 'name="tag" value="الحكامة"' in arabic
    assert 'name="tag" value="gouvernance"' not in arabic
    # Both documents stay listed, and the API still counts every tag.
    assert "ميثاق" in french and "Charte" in arabic
    facets = client.get("/api/documents/").json()["facets"]["tag"]
    assert {row["value"] for row in facets} == {"gouvernance", "الحكامة"}
