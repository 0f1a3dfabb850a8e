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
