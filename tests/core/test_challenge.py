"""The proof of work of anonymous API writes (core/challenge.py, ALTCHA's protocol)."""

import base64
import hashlib
import hmac
import json
import time

import pytest
from rest_framework.test import APIClient

from core import challenge as pow_challenge
from events.models import Registration
from tests.fixtures.challenge import with_altcha

pytestmark = pytest.mark.django_db


def _anonymous(event, **extra):
    return {"event": event.pk, "name": "Salma", "email": "salma@example.org", **extra}


def _post(client, data, language="en"):
    return client.post(
        "/api/registrations/", data, format="json", HTTP_ACCEPT_LANGUAGE=language
    )


def test_the_challenge_follows_altcha_and_is_never_cached(homes, settings):
    settings.PAGE_CACHE_ENABLED = True
    client = APIClient()
    first = client.get("/api/challenge/")
    second = client.get("/api/challenge/")
    assert first.status_code == 200
    assert "no-store" in first["Cache-Control"]
    data = first.json()
    assert data["algorithm"] == "SHA-256"
    assert data["maxnumber"] == settings.ALTCHA_MAX_NUMBER
    assert "?expires=" in data["salt"]
    assert data["challenge"] != second.json()["challenge"]
    # The number is secret but within maxnumber: a client finds it by trying.
    assert any(
        hashlib.sha256(f"{data['salt']}{n}".encode()).hexdigest() == data["challenge"]
        for n in range(data["maxnumber"] + 1)
    )
    assert "challenge" in client.get("/api/").json()


def test_an_anonymous_write_without_a_solution_is_refused_in_the_persons_language(
    event,
):
    response = _post(APIClient(), _anonymous(event), language="fr")
    assert response.status_code == 400
    assert "/api/challenge/" in response.json()["altcha"][0]
    assert response.json()["altcha"][0].startswith("Les ")
    assert not Registration.objects.exists()


def test_an_anonymous_write_with_a_solution_passes_once(event):
    client = APIClient()
    data = with_altcha(client, _anonymous(event))
    assert _post(client, data).status_code == 201
    replay = _post(client, {**data, "email": "other@example.org"})
    assert replay.status_code == 400
    assert "already used" in replay.json()["altcha"][0]
    assert Registration.objects.count() == 1


def test_a_wrong_or_forged_solution_is_refused(event):
    client = APIClient()
    issued = client.get("/api/challenge/").json()
    payload = json.loads(base64.b64decode(pow_challenge.solve(issued)))
    wrong_number = {**payload, "number": (payload["number"] + 1) % 21}
    # A challenge made up by the client: right digest, no valid signature.
    salt = f"x?expires={int(time.time()) + 600}"
    made_up = {
        "algorithm": "SHA-256",
        "salt": salt,
        "number": 1,
        "challenge": hashlib.sha256(f"{salt}1".encode()).hexdigest(),
        "signature": hmac.new(b"guess", b"x", hashlib.sha256).hexdigest(),
    }
    for forged in (wrong_number, made_up):
        encoded = base64.b64encode(json.dumps(forged).encode()).decode()
        response = _post(client, _anonymous(event, altcha=encoded))
        assert response.status_code == 400
        assert response.json()["altcha"] == ["This proof of work is not valid."]
    for garbage in ("not base64!", "bm90IGpzb24=", 12):
        response = _post(client, _anonymous(event, altcha=garbage))
        assert response.status_code == 400
        assert "altcha" in response.json()
    assert not Registration.objects.exists()


def test_an_expired_challenge_is_refused(event, settings):
    old = pow_challenge.create_challenge(now=time.time() - settings.ALTCHA_SECONDS - 5)
    response = _post(APIClient(), _anonymous(event, altcha=pow_challenge.solve(old)))
    assert response.status_code == 400
    assert "expired" in response.json()["altcha"][0]


def test_signed_in_people_solve_nothing(event, citizen):
    client = APIClient()
    client.force_authenticate(citizen)
    assert _post(client, {"event": event.pk}).status_code == 201


def test_an_anonymous_contribution_through_the_api_needs_the_proof_too(homes):
    from tests.factories import ConsultationFactory

    consultation = ConsultationFactory()
    client = APIClient()
    data = {
        "consultation": consultation.pk,
        "kind": "observation",
        "title": "الحق في الحصول على المعلومات",
        "body": "نقترح نشر المعطيات المفتوحة للجماعات الترابية كل ثلاثة أشهر.",
        "language": "ar",
        "author_name": "Salma",
        "author_email": "salma@example.org",
    }
    assert client.post("/api/contributions/", data).status_code == 400
    response = client.post("/api/contributions/", with_altcha(client, data))
    assert response.status_code == 201, response.content
