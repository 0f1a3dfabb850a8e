"""The admin groups and what each may do (docs/groups-and-permissions.md).

``ensure_groups`` is run by the data migration ``cms.0003_groups`` with the
historical models, and may be run again at any time (e.g. by ``load_demo``): it
creates what is missing and sets each group's editorial permissions to exactly
what is listed here, without touching the permissions that modules add.

Modules grant their own permissions (e.g. moderating contributions) by codename
with ``grant``, from a data migration of their own app:

    def forwards(apps, schema_editor):
        from core.roles import MODERATORS, grant
        grant(MODERATORS, ["consultations.moderate_contribution"], apps=apps)
"""

from __future__ import annotations

import rules
from django.apps import apps as global_apps

EDITORS = "Editors"
MODERATORS = "Moderators"
SECRETARIAT = "Secretariat"

ACCESS_ADMIN = "wagtailadmin.access_admin"
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"

# Page permissions granted on the root page, so on every language's tree.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    MODERATORS: [],
    SECRETARIAT: ["add_page", "change_page", "publish_page", "lock_page"],
}
# Collection permissions granted on the root collection (images, documents, folders).
_MEDIA = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtailimages.delete_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtaildocs.delete_document",
]
COLLECTION_PERMISSIONS = {
    EDITORS: _MEDIA + ["wagtailcore.add_collection", "wagtailcore.change_collection"],
    MODERATORS: ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
    SECRETARIAT: _MEDIA,
}
# Model permissions: admin access, translation, the snippets and the site settings.
_SNIPPETS = [
    f"cms.{action}_{model}"
    for model in ("menuitem", "footercontent", "usefullink")
    for action in ("add", "change", "delete", "view")
]
MODEL_PERMISSIONS = {
    EDITORS: [ACCESS_ADMIN, SUBMIT_TRANSLATION, "cms.change_contactsettings"]
    + _SNIPPETS,
    MODERATORS: [ACCESS_ADMIN],
    SECRETARIAT: [ACCESS_ADMIN, SUBMIT_TRANSLATION],
}
GROUPS = (EDITORS, MODERATORS, SECRETARIAT)


def _permission(apps, dotted: str):
    app_label, codename = dotted.split(".", 1)
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(apps, codename: str):
    return _permission(apps, f"wagtailcore.{codename}")


def create_missing_permissions(apps=global_apps) -> None:
    """Make the content types and permissions a fresh database lacks mid-migration.

    Django creates them after all migrations (post_migrate); a data migration that
    grants them must create them first.
    """
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    for app_config in apps.get_app_configs():
        had_module = getattr(app_config, "models_module", None)
        app_config.models_module = had_module or True
        create_contenttypes(app_config, apps=apps, verbosity=0)
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = had_module


def grant(group_name: str, permissions: list[str], *, apps=global_apps) -> None:
    """Give ``group_name`` model permissions by ``app_label.codename`` (idempotent)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=group_name)
    try:
        found = [_permission(apps, dotted) for dotted in permissions]
    except Permission.DoesNotExist:
        # A fresh database mid-migration: Django has not made them yet.
        create_missing_permissions(apps)
        found = [_permission(apps, dotted) for dotted in permissions]
    group.permissions.add(*found)


def ensure_groups(apps=global_apps) -> None:
    """Create the three groups and set their editorial permissions (idempotent)."""
    create_missing_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    for name in GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *[_permission(apps, dotted) for dotted in MODEL_PERMISSIONS[name]]
        )
        if root_page is not None:
            wanted = [_page_permission(apps, c) for c in PAGE_PERMISSIONS[name]]
            # Wagtail's own defaults gave Moderators page rights: ours moderate
            # contributions, not pages, so the page rights are exactly the list.
            GroupPagePermission.objects.filter(group=group).exclude(
                permission__in=wanted
            ).delete()
            for permission in wanted:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=permission
                )
        if root_collection is not None:
            wanted = [_permission(apps, d) for d in COLLECTION_PERMISSIONS[name]]
            GroupCollectionPermission.objects.filter(group=group).exclude(
                permission__in=wanted
            ).delete()
            for permission in wanted:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )


# --- Roles as predicates: the one definition that every app's rules.py uses. ---


def _in_group(user, name: str) -> bool:
    """Active superusers, and active members of group ``name`` (cached per request)."""
    if not user or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cache = user.__dict__.setdefault("_sharaka_groups", None)
    if cache is None:
        cache = {g.lower() for g in user.groups.values_list("name", flat=True)}
        user.__dict__["_sharaka_groups"] = cache
    return name.lower() in cache


@rules.predicate
def is_secretariat(user) -> bool:
    """The programme's secretariat (the Secretariat group) and superusers."""
    return _in_group(user, SECRETARIAT)


@rules.predicate
def is_moderator(user) -> bool:
    """The Moderators group and superusers."""
    return _in_group(user, MODERATORS)


@rules.predicate
def is_editor(user) -> bool:
    """The Editors group and superusers."""
    return _in_group(user, EDITORS)


@rules.predicate
def is_active_user(user) -> bool:
    """A signed-in person whose account is active."""
    return bool(user and user.is_authenticated and user.is_active)
