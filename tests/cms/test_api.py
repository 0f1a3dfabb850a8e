"""The headless API: Wagtail v2 pages/images/documents, the DRF root, errors, docs."""

import re

import pytest
from django.test import RequestFactory, override_settings
from rest_framework import serializers
from rest_framework.test import APIRequestFactory, force_authenticate
from rest_framework.throttling import BaseThrottle
from rest_framework.views import APIView
from wagtail.models import PageViewRestriction

from core.api import Pagination
from core.errors import DomainError, Forbidden
from core.throttling import UserWriteThrottle
from tests.factories import ImageFactory, NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def _items(response):
    assert response.status_code == 200, response.content
    return response.json()["items"]


def test_pages_can_be_listed_by_type(client, homes, news_index):
    NewsPageFactory(parent=news_index, title="خبر")
    StandardPageFactory(parent=homes["ar"], title="Gouvernance")
    items = _items(client.get("/api/v2/pages/?type=cms.NewsPage&fields=date,kind"))
    assert [item["title"] for item in items] == ["خبر"]
    assert items[0]["kind"] == "national_initiatives"
    assert items[0]["meta"]["type"] == "cms.NewsPage"


def test_pages_can_be_listed_by_locale(client, homes):
    StandardPageFactory(parent=homes["fr"], title="Gouvernance")
    StandardPageFactory(parent=homes["ar"], title="الحكامة")
    items = _items(client.get("/api/v2/pages/?locale=fr&type=cms.StandardPage"))
    assert [item["title"] for item in items] == ["Gouvernance"]
    assert items[0]["meta"]["locale"] == "fr"


def test_pages_of_every_language_tree_are_listed(client, homes):
    items = _items(client.get("/api/v2/pages/?type=cms.HomePage"))
    assert sorted(item["meta"]["locale"] for item in items) == ["ar", "en", "fr"]


def test_a_page_detail_links_its_translations(client, homes):
    body = client.get(f"/api/v2/pages/{homes['ar'].pk}/").json()
    translations = {t["locale"]: t for t in body["meta"]["translations"]}
    assert set(translations) == {"fr", "en"}
    assert translations["fr"]["id"] == homes["fr"].pk
    assert translations["fr"]["html_url"].endswith("/fr/")


def test_an_unpublished_translation_is_not_linked(client, homes):
    homes["en"].refresh_from_db()
    homes["en"].unpublish()
    body = client.get(f"/api/v2/pages/{homes['ar'].pk}/").json()
    assert [t["locale"] for t in body["meta"]["translations"]] == ["fr"]


def test_unpublished_pages_are_absent(client, homes):
    draft = StandardPageFactory(parent=homes["ar"], title="Brouillon", live=False)
    items = _items(client.get("/api/v2/pages/?type=cms.StandardPage"))
    assert items == []
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404


def test_private_pages_are_absent(client, homes):
    private = StandardPageFactory(parent=homes["ar"], title="Interne")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    assert _items(client.get("/api/v2/pages/?type=cms.StandardPage")) == []
    response = client.get(f"/api/v2/pages/{private.pk}/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")


def test_a_news_item_exposes_its_fields_and_lead_image(client, news_index):
    image = ImageFactory()
    news = NewsPageFactory(parent=news_index, lead_image=image)
    news.tags.add("budget")
    news.save()
    body = client.get(f"/api/v2/pages/{news.pk}/").json()
    assert body["date"] and body["kind"] == "national_initiatives"
    assert body["tags"] == ["budget"]
    assert body["lead_image"]["id"] == image.pk
    assert body["lead_image_thumbnail"]["url"]
    assert body["intro"] == "A news item."


def test_images_and_documents_are_listed(client, homes):
    ImageFactory(title="Affiche")
    assert [i["title"] for i in _items(client.get("/api/v2/images/"))] == ["Affiche"]
    assert client.get("/api/v2/documents/").status_code == 200


def test_the_root_lists_wagtail_v2_the_schema_and_the_docs(client, db):
    body = client.get("/api/").json()
    assert body["pages"].endswith("/api/v2/pages/")
    assert body["images"].endswith("/api/v2/images/")
    assert body["wagtail-documents"].endswith("/api/v2/documents/")
    assert body["schema"].endswith("/api/schema/")
    assert body["docs"].endswith("/api/docs/")


def test_the_root_lists_the_modules_endpoints(client, db):
    from core.api import router

    body = client.get("/api/").json()
    for prefix, _viewset, basename in router.registry:
        assert basename in body or prefix in body


def test_an_unknown_api_address_answers_json_404_in_the_asked_language(client, db):
    response = client.get("/api/no-such-thing/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 404
    body = response.json()
    assert body["code"] == "not_found"
    assert body["detail"] == "Il n'y a aucun point d'accès de l'API à cette adresse."


def test_an_unknown_page_of_wagtail_v2_stays_a_json_404(client, homes):
    response = client.get("/api/v2/pages/999999/")
    assert response.status_code == 404
    assert "message" in response.json()


def test_writes_to_the_root_are_refused_with_405(client, db):
    response = client.post("/api/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code in (403, 405)
    assert response.json()["detail"]


# --- The error handler, on small views that stand for the modules' ----------------


class _Serializer(serializers.Serializer):
    name = serializers.CharField(max_length=5)


class _View(APIView):
    error: Exception | None = None
    throttle_classes: list = []

    def get(self, request):
        return self._answer()

    def post(self, request):
        serializer = _Serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return self._answer()

    def _answer(self):
        from rest_framework.response import Response

        if self.error:
            raise self.error
        return Response({"ok": True})


class _Full(BaseThrottle):
    def allow_request(self, request, view):
        return False

    def wait(self):
        return 30


def _call(view, method="get", language="fr", data=None, user=None):
    from django.utils import translation

    factory = APIRequestFactory()
    request = getattr(factory, method)("/api/x/", data or {}, format="json")
    if user is not None:
        force_authenticate(request, user=user)
    with translation.override(language):
        response = view(request)
        response.render()
    return response


def test_a_domain_error_answers_409_with_its_message_and_code():
    class Full(DomainError):
        code = "full"

    view = _View.as_view(error=Full("Complet."))
    response = _call(view)
    assert response.status_code == 409
    assert response.data == {"detail": "Complet.", "code": "full"}


def test_a_forbidden_rule_answers_403():
    response = _call(_View.as_view(error=Forbidden()))
    assert response.status_code == 403
    assert response.data["code"] == "forbidden"


def test_bad_input_answers_400_with_translated_field_errors(user):
    response = _call(
        _View.as_view(permission_classes=[]), "post", data={"name": "x" * 9}
    )
    assert response.status_code == 400
    assert "5" in str(response.data["name"][0])
    assert "caractères" in str(response.data["name"][0])


def test_an_anonymous_write_answers_403_with_a_translated_message():
    response = _call(_View.as_view(), "post", data={"name": "a"})
    assert response.status_code == 403
    assert response.data["code"] == "not_authenticated"
    assert "authentification" in str(response.data["detail"]).lower()


def test_anonymous_reads_are_open():
    assert _call(_View.as_view()).status_code == 200


def test_a_wrong_method_answers_405_in_json(user):
    response = _call(_View.as_view(), "delete", user=user)
    assert response.status_code == 405
    assert response.data["code"] == "method_not_allowed"


def test_too_many_requests_answer_429_with_the_wait():
    response = _call(_View.as_view(throttle_classes=[_Full]), language="ar")
    assert response.status_code == 429
    assert response.data["code"] == "throttled"
    assert response["Retry-After"] == "30"


def test_write_throttles_leave_reads_alone(user):
    throttle = UserWriteThrottle()
    request = RequestFactory().get("/api/x/")
    assert throttle.allow_request(request, None)


def test_write_throttles_refuse_writes_past_the_rate_until_the_window_ends(
    user, monkeypatch
):
    monkeypatch.setattr(UserWriteThrottle, "timer", lambda self: 7_200.0 + 600)
    monkeypatch.setattr("core.antiabuse.time.time", lambda: 7_200.0 + 600)
    throttle = UserWriteThrottle()
    throttle.num_requests, throttle.duration = 2, 3600
    request = RequestFactory().post("/api/x/")
    request.user = user
    assert [throttle.allow_request(request, None) for _ in range(3)] == [
        True,
        True,
        False,
    ]
    assert throttle.wait() == 3000


def test_pagination_caps_the_page_size():
    assert Pagination.max_page_size == 100
    assert Pagination.page_size_query_param == "page_size"


# --- Schema and docs ------------------------------------------------------------------


def test_the_openapi_schema_is_served(client, db):
    response = client.get(
        "/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json"
    )
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "Sharaka API"


def test_the_schema_describes_the_public_api_only_and_without_complaint(
    client, db, capsys
):
    response = client.get(
        "/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json"
    )
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert all(path.startswith("/api/") for path in paths), [
        p for p in paths if not p.startswith("/api/")
    ]
    assert "/api/./" not in paths
    # Wagtail's pages are described with their filters and what they answer.
    listing = paths["/api/v2/pages/"]["get"]
    names = {parameter["name"] for parameter in listing["parameters"]}
    assert {"type", "locale", "fields", "limit", "offset"} <= names
    content = listing["responses"]["200"]["content"]["application/json"]
    assert content["schema"]["$ref"].endswith("/WagtailListing")
    # Generating it writes nothing to the server's log (no error, no warning).
    assert capsys.readouterr().err == ""


def test_every_operation_declares_the_errors_it_can_answer(client, db):
    schema = client.get(
        "/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json"
    ).json()
    operations = [
        (path, method, operation)
        for path, methods in schema["paths"].items()
        for method, operation in methods.items()
        if method in {"get", "post", "put", "patch", "delete"}
    ]
    assert operations
    for path, method, operation in operations:
        expected = {"400", "403", "404"}
        if method != "get":
            expected |= {"409", "422", "429"}
        assert expected <= set(operation["responses"]), (method, path)
    # A registration answered 404 has the shape of the API's errors.
    error = schema["paths"]["/api/registrations/{id}/"]["get"]["responses"]["404"]
    ref = error["content"]["application/json"]["schema"]["$ref"]
    properties = schema["components"]["schemas"][ref.rsplit("/", 1)[1]]["properties"]
    assert {"detail", "code"} <= set(properties)


def test_the_docs_use_only_local_assets_and_no_inline_script(client, db):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources
    assert all(src.startswith("/") for src in sources), sources
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert "script-src 'self';" in response["Content-Security-Policy"]


def test_the_docs_script_is_served_from_the_portal(client, db):
    html = client.get("/api/docs/").content.decode()
    script = re.search(r'<script src="(/api/docs/\?script=[^"]*)"', html).group(1)
    response = client.get(script.replace("&amp;", "&"))
    assert response.status_code == 200
    assert "SwaggerUIBundle" in response.content.decode()
    assert "/api/schema/" in response.content.decode()


@override_settings(WHITENOISE_USE_FINDERS=True)
def test_the_docs_assets_exist(client, db):
    html = client.get("/api/docs/").content.decode()
    for src in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
        assert client.get(src).status_code == 200, src
