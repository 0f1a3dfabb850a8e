"""Keep the index current: any save or delete of a registered model (or of a model
a source declares ``related``), and Wagtail's publish and unpublish, queue a
reindex of the records concerned once the transaction commits."""

import logging
from functools import partial

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from . import registry

logger = logging.getLogger(__name__)


def queue(source: str, object_id) -> None:
    from .tasks import reindex_task

    transaction.on_commit(
        partial(_enqueue, reindex_task, source, str(object_id)), robust=True
    )


def _enqueue(task, source, object_id):
    try:
        task.enqueue(source, object_id)
    except Exception:  # the index may lag; the record itself is safe
        logger.exception("Search: cannot queue reindex of %s %s", source, object_id)


def _changed(sender, instance, **kw):
    if kw.get("raw"):
        return
    for src in registry.sources():
        if isinstance(instance, src.model) and not _never_indexed(src, instance, **kw):
            queue(src.name, instance.pk)
        for model, records in src.related.items():
            if isinstance(instance, model):
                try:
                    targets = list(records(instance))
                except Exception:
                    logger.exception("Search: related lookup failed for %s", instance)
                    continue
                for target in targets:
                    queue(src.name, getattr(target, "pk", target))


def _never_indexed(src, instance, *, created=False, **kwargs) -> bool:
    """A record just created and not public: the index never held it, so there is
    nothing to read again, remove or refresh (the search answers stay cached)."""
    return created and src.public is not None and not src.public(instance)


def _m2m_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        _changed(sender, instance)


def connect() -> None:
    post_save.connect(_changed, dispatch_uid="sitesearch_save")
    post_delete.connect(_changed, dispatch_uid="sitesearch_delete")
    m2m_changed.connect(_m2m_changed, dispatch_uid="sitesearch_m2m")
    page_published.connect(_changed, dispatch_uid="sitesearch_published")
    page_unpublished.connect(_changed, dispatch_uid="sitesearch_unpublished")
