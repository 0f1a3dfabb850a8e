"""The few records the shared core keeps."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class UsedFormToken(models.Model):
    """A site form's timestamp token that has been sent once: a second post with
    it is a replay (kept in the database, which every process shares)."""

    digest = models.CharField(_("digest"), max_length=64, unique=True)
    used_at = models.DateTimeField(_("used at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("used form token")
        verbose_name_plural = _("used form tokens")

    def __str__(self):
        return self.digest[:12]


class IdempotencyKey(models.Model):
    """An API write done under an ``Idempotency-Key``, with its answer.

    Written in the same transaction as the write itself: when the write commits,
    the answer is there for a retry (even if the worker dies right after); when
    it rolls back, the key is free again. ``key`` is a digest of the caller
    (account or address), the method, the path and the header.
    """

    key = models.CharField(_("key"), max_length=64, unique=True)
    fingerprint = models.CharField(_("request body digest"), max_length=64)
    status_code = models.PositiveSmallIntegerField(_("status code"))
    body = models.JSONField(_("answer"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("idempotency key")
        verbose_name_plural = _("idempotency keys")

    def __str__(self):
        return self.key[:12]


class CacheClock(models.Model):
    """One of the rows that every write of scope tokens to the database cache
    changes, in the same statement (``core.cache.clock``)."""

    shard = models.PositiveSmallIntegerField(_("shard"), primary_key=True)
    value = models.BigIntegerField(_("value"))

    class Meta:
        db_table = "core_cacheclock"  # core.cache.clock.TABLE
        verbose_name = _("cache clock")
        verbose_name_plural = _("cache clocks")

    def __str__(self):
        return f"{self.shard}: {self.value}"
