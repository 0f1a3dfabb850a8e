"""Static files' addresses are worked out once per process
(``core.staticfiles``), and are WhiteNoise's own."""

import json
from unittest import mock

import pytest
from django.test import override_settings
from whitenoise.storage import CompressedManifestStaticFilesStorage

from core.staticfiles import StaticFilesStorage

MANIFEST = {
    "version": "1.1",
    "hash": "x",
    "paths": {"frontend/css/site.css": "frontend/css/site.0123abcd.css"},
}


@pytest.fixture
def root(tmp_path):
    (tmp_path / "staticfiles.json").write_text(json.dumps(MANIFEST))
    return tmp_path


@override_settings(DEBUG=False)
def test_an_address_is_whitenoises_and_made_once(root):
    storage = StaticFilesStorage(location=root, base_url="/static/")
    whitenoise = CompressedManifestStaticFilesStorage(
        location=root, base_url="/static/"
    )
    expected = whitenoise.url("frontend/css/site.css")
    with mock.patch.object(storage, "stored_name", wraps=storage.stored_name) as made:
        first = storage.url("frontend/css/site.css")
        again = storage.url("frontend/css/site.css")
    assert first == again == expected == "/static/frontend/css/site.0123abcd.css"
    assert made.call_count == 1


@override_settings(DEBUG=False)
def test_a_file_missing_from_the_manifest_still_fails_each_time(root):
    storage = StaticFilesStorage(location=root, base_url="/static/")
    for _ in range(2):
        with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
            storage.url("frontend/js/nothing.js")


@override_settings(DEBUG=True)
def test_nothing_is_kept_while_debugging(root):
    storage = StaticFilesStorage(location=root, base_url="/static/")
    assert storage.url("frontend/css/site.css") == "/static/frontend/css/site.css"
    assert storage._addresses == {}
