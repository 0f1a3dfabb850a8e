"""What moderators and the secretariat do: the log and the official answers."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .choices import Verdict
from .consultation import Consultation
from .participation import Comment, Contribution


class ModerationAction(models.Model):
    """The audit log: who did what to which contribution or comment, when, why."""

    class Action(models.TextChoices):
        APPROVE = "approve", pgettext_lazy("moderation action", "Approved")
        REJECT = "reject", pgettext_lazy("moderation action", "Rejected")
        HIDE = "hide", pgettext_lazy("moderation action", "Hidden")
        RESTORE = "restore", pgettext_lazy("moderation action", "Restored")
        AUTO_HIDE = "auto_hide", _("Hidden after reports")
        ANSWER = "answer", _("Answered")
        CLOSEOUT = "closeout", _("Close-out published")
        EXPORT = "export", _("Exported")

    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("by"),
    )
    consultation = models.ForeignKey(
        Consultation, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    contribution = models.ForeignKey(
        Contribution,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="moderation_actions",
    )
    comment = models.ForeignKey(
        Comment, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation log")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()} · {self.created_at:%Y-%m-%d %H:%M}"


class OfficialAnswer(models.Model):
    """The public answer of the administration to one contribution."""

    contribution = models.OneToOneField(
        Contribution, on_delete=models.CASCADE, related_name="answer"
    )
    verdict = models.CharField(_("answer"), max_length=16, choices=Verdict.choices)
    explanation = models.TextField(_("explanation"))
    # Empty once the author's account is gone, and for answers loaded in bulk.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("official answer")
        verbose_name_plural = _("official answers")

    def __str__(self):
        return self.get_verdict_display()
