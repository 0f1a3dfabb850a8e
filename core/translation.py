"""Translation sets of module content (wagtail-localize's ``TranslatableMixin``).

Editors translate consultations, working groups and events: each language is a row,
and the rows of one set share a ``translation_key``. What people attach to such
content (contributions, memberships, registrations) always points to the set's
*source* row, the first one created, so that every language shows the same records.
These helpers are the one definition of that rule.
"""

from django.db import models
from django.db.models import OuterRef, Subquery
from wagtail.models import Locale


def source_pk_subquery(model) -> Subquery:
    """The pk of the source row of ``OuterRef`` row's translation set."""
    return Subquery(
        model._default_manager.filter(translation_key=OuterRef("translation_key"))
        .order_by("pk")
        .values("pk")[:1]
    )


class TranslatedQuerySet(models.QuerySet):
    """Querysets of translatable models: source rows and their pks."""

    def sources(self):
        """The source row of each translation set (the one records point to)."""
        return self.filter(pk=source_pk_subquery(self.model)).annotate(
            is_source_row=models.Value(True, output_field=models.BooleanField())
        )

    def with_source_pk(self):
        """Each row annotated with ``source_pk``, its set's source row."""
        return self.annotate(source_pk=source_pk_subquery(self.model))

    def source_of(self, pk):
        """The source row of the set that row ``pk`` belongs to, or None."""
        row = self.filter(pk=pk).only("translation_key").first()
        if row is None:
            return None
        return row.source


class TranslationSetMixin:
    """``source``: the row of the translation set that records belong to."""

    @property
    def source(self):
        if getattr(self, "is_source_row", False):
            return self
        cached = getattr(self, "_source_row", None)
        if cached is None:
            cached = (
                type(self)
                ._default_manager.filter(translation_key=self.translation_key)
                .order_by("pk")
                .first()
            ) or self
            self._source_row = cached
            cached._source_row = cached  # the source's source: no query again
        return cached


def localized_map(objects, model) -> dict:
    """The translation of each source object in the active language, by pk.

    One query for a whole list; objects without a translation map to themselves.
    """
    objects = list(objects)
    locale = Locale.get_active()
    found = {
        t.translation_key: t
        for t in model._default_manager.filter(
            translation_key__in=[o.translation_key for o in objects], locale=locale
        ).select_related("locale")
    }
    shown = {o.pk: found.get(o.translation_key, o) for o in objects}
    # Fallbacks keep their own language: load their locales in one query, so that
    # templates can mark them (``lang_attrs``) without a query per object.
    missing = {
        o.locale_id
        for o in shown.values()
        if o.translation_key not in found and "locale" not in o._state.fields_cache
    }
    if missing:
        locales = Locale.objects.in_bulk(missing)
        for o in shown.values():
            if o.locale_id in locales and "locale" not in o._state.fields_cache:
                o.locale = locales[o.locale_id]
    return shown


def localized(obj):
    """``obj``'s row in the active language, or ``obj`` itself (with its locale
    loaded, so that templates mark it with ``lang_attrs`` without a query).

    One object's ``localized_map``: pages of one record use this, lists the map.
    """
    return localized_map([obj], type(obj))[obj.pk]
