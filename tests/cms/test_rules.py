"""Who may do what with the editorial content, for each role, asked the one way
the portal asks: ``user.has_perm`` (model permissions) and Wagtail's page
permission policy (page rights on the tree)."""

import pytest
from wagtail.models import Page

from tests.factories import UserFactory

ROLES = [
    "anonymous",
    "citizen",
    "editor",
    "moderator",
    "secretariat",
    "superuser",
    "inactive_editor",
]


# (permission, roles that have it)
MODEL_RULES = [
    ("wagtailadmin.access_admin", {"editor", "moderator", "secretariat", "superuser"}),
    # Moderators get it from wagtail-localize's own migration: harmless, since
    # they have no page rights (docs/groups-and-permissions.md).
    (
        "wagtail_localize.submit_translation",
        {"editor", "moderator", "secretariat", "superuser"},
    ),
    ("cms.change_menuitem", {"editor", "superuser"}),
    ("cms.change_footercontent", {"editor", "superuser"}),
    ("cms.change_usefullink", {"editor", "superuser"}),
    ("cms.change_contactsettings", {"editor", "superuser"}),
    ("cms.change_siteidentity", {"editor", "superuser"}),
    ("cms.change_legalpages", {"editor", "superuser"}),
    ("auth.change_user", {"superuser"}),
    ("auth.change_group", {"superuser"}),
]

PAGE_RULES = [
    ("can_add_subpage", {"editor", "secretariat", "superuser"}),
    ("can_edit", {"editor", "secretariat", "superuser"}),
    ("can_publish", {"editor", "secretariat", "superuser"}),
    ("can_unpublish", {"editor", "secretariat", "superuser"}),
    ("can_lock", {"editor", "secretariat", "superuser"}),
    ("can_unlock", {"editor", "superuser"}),
]
# Images and documents are granted per collection (Wagtail's collection policy).
MEDIA_RULES = [
    ("images", "add", {"editor", "secretariat", "superuser"}),
    ("images", "choose", {"editor", "moderator", "secretariat", "superuser"}),
    ("documents", "add", {"editor", "secretariat", "superuser"}),
    ("documents", "delete", {"editor", "secretariat", "superuser"}),
]


@pytest.mark.parametrize("person", ROLES, indirect=True)
@pytest.mark.parametrize(("permission", "allowed"), MODEL_RULES)
def test_editorial_model_permissions_follow_each_role(person, permission, allowed):
    role = _role(person)
    assert person.has_perm(permission) is (role in allowed), (role, permission)


@pytest.mark.parametrize("person", ROLES, indirect=True)
@pytest.mark.parametrize(("kind", "action", "allowed"), MEDIA_RULES)
def test_image_and_document_rights_follow_each_role(person, kind, action, allowed):
    if kind == "images":
        from wagtail.images.permissions import permission_policy
    else:
        from wagtail.documents.permissions import permission_policy
    granted = permission_policy.user_has_permission(person, action)
    assert granted is (_role(person) in allowed), (kind, action)


# Page rights of people who reach the admin (others are refused at its door).
@pytest.mark.parametrize(
    "person",
    ["citizen", "editor", "moderator", "secretariat", "superuser"],
    indirect=True,
)
@pytest.mark.parametrize(("action", "allowed"), PAGE_RULES)
def test_page_rights_follow_each_role(person, action, allowed, homes):
    page = Page.objects.get(pk=homes["fr"].pk)
    tester = page.permissions_for_user(person)
    assert getattr(tester, action)() is (_role(person) in allowed), action


def _role(person) -> str:
    if not person.is_authenticated:
        return "anonymous"
    if not person.is_active:
        return "inactive_editor"
    if person.is_superuser:
        return "superuser"
    names = {g.name for g in person.groups.all()}
    return {"Editors": "editor", "Moderators": "moderator"}.get(
        next(iter(names), ""), "secretariat" if "Secretariat" in names else "citizen"
    )


def test_a_person_in_no_group_is_a_citizen(db):
    assert _role(UserFactory()) == "citizen"
