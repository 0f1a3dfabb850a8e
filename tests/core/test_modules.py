"""A module plugs in by its own files: URLs, API, demo, privacy, search, rules."""

from django.urls import resolve, reverse
from django.utils import translation

from core import modules, privacy


def test_modules_come_after_those_they_depend_on():
    labels = [config.label for config in modules.modules()]
    for config in modules.modules():
        for needed in config.depends_on:
            assert labels.index(needed) < labels.index(config.label)


def test_each_module_site_urls_are_served_under_every_language():
    for name, app in [
        ("consultation_list", "consultations"),
        ("working_group_list", "working_groups"),
        ("event_list", "events"),
        ("library", "documents"),
        ("search", "search"),
        ("account_profile", "accounts"),
    ]:
        for code in ("ar", "fr", "en"):
            with translation.override(code):
                path = reverse(name)
                assert path.startswith(f"/{code}/")
                assert resolve(path).func.__module__.startswith(f"{app}.")


def test_each_module_api_is_in_the_root(client, db):
    root = client.get("/api/").json()
    for key in ("consultations", "working-groups", "events", "documents", "search"):
        assert key in root, key


def test_each_module_privacy_file_is_a_section_of_the_export():
    names = {section.name for section in privacy.sections()}
    assert {"account", "consultations", "working_groups", "events"} <= names


def test_each_module_demo_is_found_in_dependency_order():
    labels = [config.label for config, _load in modules.attribute("demo", "load")]
    assert labels.index("library") < labels.index("cms") < labels.index("events")
    assert "consultations" in labels


def test_modules_that_depend_on_each_other_are_refused(monkeypatch):
    import pytest

    configs = {c.label: c for c in modules.modules()}
    monkeypatch.setattr(configs["library"], "depends_on", ("events",))
    with pytest.raises(RuntimeError, match="depend on each other"):
        modules.modules()


def test_each_module_account_section_is_on_the_account_page(client, homes, citizen):
    """Modules add their part of the account page by shipping a template."""
    from tests.factories import ContributionFactory, EventFactory, RegistrationFactory

    ContributionFactory(author=citizen, title="Ma proposition pour 2027")
    RegistrationFactory(event=EventFactory(title="Atelier PGO"), user=citizen)
    client.force_login(citizen)
    response = client.get("/fr/account/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ma proposition pour 2027" in html
    assert "Atelier PGO" in html
