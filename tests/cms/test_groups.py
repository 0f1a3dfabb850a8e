"""The admin groups made by migration: who reaches what (core.roles)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from core.roles import EDITORS, MODERATORS, SECRETARIAT, ensure_groups, grant
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def _page_codenames(name):
    return set(
        GroupPagePermission.objects.filter(group__name=name).values_list(
            "permission__codename", flat=True
        )
    )


def test_the_three_groups_exist_from_the_start():
    assert set(Group.objects.values_list("name", flat=True)) >= {
        EDITORS,
        MODERATORS,
        SECRETARIAT,
    }


def test_editors_may_add_edit_publish_lock_and_unlock_every_page():
    assert _page_codenames(EDITORS) == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    roots = GroupPagePermission.objects.filter(group__name=EDITORS)
    assert {permission.page.depth for permission in roots} == {1}


def test_moderators_have_no_page_rights():
    assert _page_codenames(MODERATORS) == set()


def test_editors_manage_images_documents_and_collections():
    codenames = set(
        GroupCollectionPermission.objects.filter(group__name=EDITORS).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_image", "choose_document", "add_document", "add_collection"} <= (
        codenames
    )


def test_running_the_setup_again_changes_nothing():
    def snapshot():
        return (
            Group.objects.count(),
            GroupPagePermission.objects.count(),
            GroupCollectionPermission.objects.count(),
            sorted(
                Group.objects.filter(name=EDITORS)
                .get()
                .permissions.values_list("codename", flat=True)
            ),
        )

    before = snapshot()
    ensure_groups()
    ensure_groups()
    assert snapshot() == before


def test_the_setup_keeps_the_permissions_modules_granted():
    grant(MODERATORS, ["cms.view_menuitem"])
    ensure_groups()
    moderators = Group.objects.get(name=MODERATORS)
    assert moderators.permissions.filter(codename="view_menuitem").exists()


def test_grant_adds_a_permission_by_codename_to_a_group():
    grant(SECRETARIAT, ["cms.change_usefullink"])
    permission = Permission.objects.get(codename="change_usefullink")
    assert permission.group_set.filter(name=SECRETARIAT).exists()


def test_an_editor_reaches_the_admin_and_edits_a_page(editor_client, homes):
    page = StandardPageFactory(parent=homes["fr"], title="Gouvernance")
    assert editor_client.get(reverse("wagtailadmin_home")).status_code == 200
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert response.status_code == 200


def test_an_editor_edits_the_menu_and_the_contact_details(editor_client, homes):
    assert (
        editor_client.get(reverse("wagtailsnippets_cms_menuitem:list")).status_code
        == 200
    )
    assert editor_client.get(
        reverse("wagtailsnippets_cms_menuitem:add")
    ).status_code in (
        200,
        302,  # Wagtail asks for the locale first
    )
    settings_url = reverse("wagtailsettings:edit", args=("cms", "contactsettings"))
    assert editor_client.get(settings_url).status_code in (200, 302)


def test_an_editor_cannot_manage_users_or_groups(editor_client, db):
    for name in ("wagtailusers_users:index", "wagtailusers_groups:index"):
        response = editor_client.get(reverse(name))
        assert response.status_code in (302, 403), name
        if response.status_code == 302:
            assert "/admin/" in response["Location"]


def test_an_editor_cannot_open_the_django_admin(editor_client, db):
    response = editor_client.get("/django-admin/")
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_moderator_reaches_the_admin_but_cannot_edit_pages(client, moderator, homes):
    client.force_login(moderator)
    page = StandardPageFactory(parent=homes["fr"])
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    response = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert response.status_code in (302, 403)


def test_the_secretariat_edits_pages_but_not_the_menu(client, secretariat, homes):
    client.force_login(secretariat)
    page = StandardPageFactory(parent=homes["fr"])
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert edit.status_code == 200
    menu = client.get(reverse("wagtailsnippets_cms_menuitem:list"))
    assert menu.status_code in (302, 403)


def test_a_person_outside_the_groups_cannot_reach_the_admin(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
