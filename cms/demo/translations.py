"""The demo's French and English texts recorded as wagtail-localize translations.

The demo writes each language from parallel texts (``demo/data``), so a French page
is already the translation of its Arabic page, string for string. ``record`` tells
wagtail-localize so: a ``TranslationSource`` for the Arabic object, its segments
paired in order with the French (or English) object's, each pair saved as the
``StringTranslation`` of the Arabic string, a ``SegmentOverride`` where a synchronised
value differs (a link to the French page rather than the Arabic one), and a
``Translation``. The editor's translation screen then shows each Arabic string with
its translation, and "Sync translated pages" carries an Arabic change over.

Pairing is by structure: the fields one by one, and the blocks of a stream aligned
by type, shape and what they link to (a block present in one language only stays
unpaired). The pairing is then proved: the object wagtail-localize would build from
the Arabic and the recorded strings must equal the object as it is. Only then is the
``Translation`` enabled. Otherwise the object is kept as it is: the translation is
recorded disabled, with the strings that could be paired, so its editor stays
Wagtail's own and offers "Start Synced translation". So it is for the English
governance page and footer (no links to the charter and the 2022 meeting, which are
in Arabic and French only), and for news items while their tags are synchronised
(cms/models/news.py): a sync would put the Arabic tags on the translation.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from taggit.managers import TaggableManager
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import (
    MissingRelatedObjectError,
    MissingTranslationError,
    SegmentOverride,
    String,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationLog,
    TranslationSource,
)
from wagtail_localize.segments import (
    OverridableSegmentValue,
    StringSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments

_CODES = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
_LANGUAGE_PREFIX = re.compile(rf"^/({_CODES})(?=/|$)")
_ADDRESS = re.compile(r"^(/|https?://)\S*$")
_PAGE_LINK = re.compile(r"<a\b[^>]*>")
_PAGE_ID = re.compile(r'\bid="(\d+)"')


@dataclass
class Pairing:
    """The segments of a source and a target object, paired."""

    strings: list[tuple[str, StringSegmentValue, StringSegmentValue]] = field(
        default_factory=list
    )
    overrides: list[tuple[str, Any, Any]] = field(default_factory=list)
    complete: bool = True


def find(source, locale) -> Translation | None:
    """The translation of ``source`` into ``locale``, if one was recorded."""
    return Translation.objects.filter(
        source__object_id=source.translation_key,
        source__locale_id=source.locale_id,
        target_locale=locale,
    ).first()


@transaction.atomic
def record(source, target) -> Translation:
    """Record ``target`` as the wagtail-localize translation of ``source``.

    Writes only what differs, so that recording twice writes nothing the second
    time. The translation is enabled when the recorded strings rebuild ``target``
    exactly, disabled (and ``target`` left as it is) otherwise.
    """
    translation_source, _created = TranslationSource.update_or_create_from_instance(
        source
    )
    original = translation_source.as_instance()
    pairing = pair(original, target)
    locale = target.locale
    for path, source_value, target_value in pairing.strings:
        _save_string(translation_source, locale, path, source_value, target_value)
    for path, source_data, target_data in pairing.overrides:
        _save_override(translation_source, locale, path, source_data, target_data)
    if isinstance(target, Page):
        # Saving a title's translation sets the page's draft title to it, as
        # wagtail-localize stores strings (HTML: "&" as "&amp;"): keep the page's.
        Page.objects.filter(pk=target.pk).exclude(
            draft_title=target.draft_title
        ).update(draft_title=target.draft_title)
    enabled = pairing.complete and rebuilds(translation_source, target)
    translation, created = Translation.objects.get_or_create(
        source=translation_source,
        target_locale=locale,
        defaults={"enabled": enabled},
    )
    if created:
        TranslationLog.objects.create(
            source=translation_source,
            locale=locale,
            revision=getattr(target, "live_revision", None),
        )
    elif translation.enabled != enabled:
        translation.enabled = enabled
        translation.save(update_fields=["enabled"])
    return translation


# --- Pairing ------------------------------------------------------------------------


def pair(source, target) -> Pairing:
    """Pair the segments of ``source`` and ``target``, field by field.

    A stream's blocks are aligned by their signature (type, the shape of their
    segments, the pages and addresses they link to); everything left unpaired, on
    either side, makes the pairing incomplete.
    """
    pairing = Pairing()
    source_units, target_units = _units(source), _units(target)
    for name in dict.fromkeys([*source_units, *target_units]):
        ours, theirs = source_units.get(name, []), target_units.get(name, [])
        matcher = SequenceMatcher(
            None, [u[0] for u in ours], [u[0] for u in theirs], autojunk=False
        )
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                pairing.complete = False
                continue
            for (_sig, ours_segments), (_sig2, their_segments) in zip(
                ours[i1:i2], theirs[j1:j2], strict=True
            ):
                for mine, yours in zip(ours_segments, their_segments, strict=True):
                    if isinstance(mine, StringSegmentValue):
                        pairing.strings.append((mine.path, mine, yours))
                    elif isinstance(mine, OverridableSegmentValue):
                        pairing.overrides.append((mine.path, mine.data, yours.data))
    return pairing


def _units(instance) -> dict[str, list[tuple[tuple, list]]]:
    """Per field, its units: the field itself, or each block of a stream field.

    Each unit is ``(signature, segments)``; the segments of units with equal
    signatures correspond one to one.
    """
    model = type(instance)
    segments: dict[tuple[str, str], list] = {}
    for segment in extract_segments(instance):
        name, _sep, rest = segment.path.partition(".")
        key = rest.partition(".")[0] if _is_stream(model, name) else ""
        segments.setdefault((name, key), []).append(segment)
    units: dict[str, list[tuple[tuple, list]]] = {}
    for name, key in list(segments):
        if not key:
            found = segments[(name, key)]
            units[name] = [(_signature(instance, name, "", found), found)]
    for translatable in get_translatable_fields(model):
        name = translatable.field_name
        if not _is_stream(model, name) or not translatable.is_translated(instance):
            continue
        stream = getattr(instance, name)
        units[name] = [
            (
                (child.block_type, *_signature(instance, name, child.id, found)),
                found,
            )
            for child in stream
            for found in [segments.get((name, child.id), [])]
        ]
    return units


def _is_stream(model, name: str) -> bool:
    try:
        return isinstance(model._meta.get_field(name), StreamField)
    except FieldDoesNotExist:
        return False


def _signature(instance, name: str, block_id: str, segments: list) -> tuple:
    prefix = f"{name}.{block_id}." if block_id else f"{name}."
    shape = []
    for segment in segments:
        relative = segment.path[len(prefix) :] if segment.path != name else ""
        if isinstance(segment, TemplateSegmentValue):
            shape.append(("template", relative, segment.format, segment.template))
        elif isinstance(segment, StringSegmentValue):
            text = segment.string.render_text()
            address = _LANGUAGE_PREFIX.sub("/*", text) if _ADDRESS.match(text) else ""
            attrs = _normalise_attrs(segment.attrs)
            shape.append(("string", relative, attrs, address))
        elif isinstance(segment, OverridableSegmentValue):
            anchor = None
            if _is_page_reference(instance, segment.path):
                anchor = _page_key(segment.data)
            shape.append(("override", relative, anchor))
        else:
            shape.append((type(segment).__name__, relative))
    return tuple(shape)


def _normalise_attrs(attrs: dict | None) -> str:
    """A string's link attributes, a page link by the page's translation key."""
    normal = {}
    for element, values in (attrs or {}).items():
        values = dict(values)
        if values.get("linktype") == "page" and values.get("id"):
            values["id"] = _page_key(values["id"])
        normal[element] = values
    return json.dumps(normal, sort_keys=True)


def _is_page_reference(instance, path: str) -> bool:
    """Whether the overridable value at ``path`` is a page's id."""
    name, *rest = path.split(".")
    field_ = type(instance)._meta.get_field(name)
    if isinstance(field_, models.ForeignKey):
        return issubclass(field_.related_model, Page)
    if not isinstance(field_, StreamField) or not rest:
        return False
    child = next((c for c in getattr(instance, name) if c.id == rest[0]), None)
    block = child.block if child is not None else None
    for component in rest[1:]:
        if isinstance(block, blocks.StructBlock):
            block = block.child_blocks.get(component)
        elif isinstance(block, blocks.ListBlock):
            block = block.child_block
        else:
            return False
    return isinstance(block, blocks.PageChooserBlock)


def _page_key(pk) -> str:
    key = Page.objects.filter(pk=pk).values_list("translation_key", flat=True).first()
    return str(key) if key else f"missing:{pk}"


# --- Writing ------------------------------------------------------------------------


def _context(translation_source, path: str) -> TranslationContext:
    return TranslationContext.objects.get_or_create(
        object_id=translation_source.object_id, path=path
    )[0]


def _save_string(translation_source, locale, path, source_value, target_value):
    string = String.from_value(translation_source.locale, source_value.string)
    context = _context(translation_source, path)
    data = target_value.string.data
    existing = StringTranslation.objects.filter(
        translation_of=string, locale=locale, context=context
    ).first()
    if existing is None:
        StringTranslation.objects.create(
            translation_of=string,
            locale=locale,
            context=context,
            data=data,
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )
    elif existing.data != data or existing.has_error:
        existing.data, existing.has_error, existing.field_error = data, False, ""
        existing.save()


def _save_override(translation_source, locale, path, source_data, target_data):
    context = _context(translation_source, path)
    overrides = SegmentOverride.objects.filter(locale=locale, context=context)
    if source_data == target_data:
        overrides.delete()
        return
    data_json = json.dumps(target_data)
    existing = overrides.first()
    if existing is None:
        SegmentOverride.objects.create(
            locale=locale, context=context, data_json=data_json
        )
    elif existing.data_json != data_json or existing.has_error:
        existing.data_json, existing.has_error, existing.field_error = (
            data_json,
            False,
            "",
        )
        existing.save()


# --- Proof --------------------------------------------------------------------------


def rebuilds(translation_source, target) -> bool:
    """Whether wagtail-localize rebuilds ``target`` from the recorded translation.

    The translated object is built in memory (inside a savepoint rolled back, for
    safety) and compared with ``target`` field by field: what a sync would write.
    """
    with transaction.atomic():
        try:
            built = translation_source.get_ephemeral_translated_instance(
                target.locale, fallback=False
            )
        except (MissingTranslationError, MissingRelatedObjectError):
            same = False
        else:
            current = type(target)._default_manager.get(pk=target.pk)
            same = content(built) == content(current)
        transaction.set_rollback(True)
    return same


def content(instance) -> dict[str, Any]:
    """What wagtail-localize writes in a translation: its translated and
    synchronised fields, comparable (no block ids, page links by translation key)."""
    model = type(instance)
    values: dict[str, Any] = {}
    for translatable in get_translatable_fields(model):
        if not (
            translatable.is_translated(instance)
            or translatable.is_synchronized(instance)
        ):
            continue
        field_ = translatable.get_field(model)
        name = translatable.field_name
        if isinstance(field_, TaggableManager):
            continue  # its through relation (tagged_items) is compared instead
        if isinstance(field_, models.ManyToOneRel):
            values[name] = sorted(
                json.dumps(_child_data(child, field_), sort_keys=True, default=str)
                for child in getattr(instance, name).all()
            )
        elif isinstance(field_, StreamField):
            values[name] = _comparable(getattr(instance, name).get_prep_value())
        elif isinstance(field_, RichTextField):
            values[name] = _comparable(getattr(instance, name))
        elif isinstance(field_, models.ForeignKey):
            values[name] = getattr(instance, field_.attname)
        else:
            values[name] = field_.value_from_object(instance)
    return values


def _child_data(child, relation) -> dict:
    parental = relation.remote_field.name
    return {
        f.attname: getattr(child, f.attname)
        for f in child._meta.concrete_fields
        if not f.primary_key and f.name != parental
    }


def _comparable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_comparable(v) for v in value]
    if isinstance(value, str) and "<" in value:
        html = str(BeautifulSoup(value, "html.parser"))
        return _PAGE_LINK.sub(_page_link_by_key, html)
    return value


def _page_link_by_key(match: re.Match) -> str:
    tag = match.group(0)
    if 'linktype="page"' not in tag:
        return tag
    return _PAGE_ID.sub(lambda m: f'id="{_page_key(m.group(1))}"', tag)
