"""Article 4: the selection committee's civil-society member is elected by the
member organisations of the civil society space, one vote per organisation,
secret until the close."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from governance.models.text import MultilingualMixin
from working_groups.models import Organisation

from .calls import Call


class Election(ClusterableModel):
    call = models.OneToOneField(
        Call,
        on_delete=models.CASCADE,
        related_name="election",
        verbose_name=_("call for applications"),
    )
    opens_at = models.DateTimeField(_("voting opens"))
    closes_at = models.DateTimeField(_("voting closes"))
    results_published_at = models.DateTimeField(
        _("results published at"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("election of the civil society member")
        verbose_name_plural = _("elections of the civil society member")

    def __str__(self):
        return str(self.call)

    def clean(self):
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError(
                {"closes_at": _("The vote must close after it opens.")}
            )

    @property
    def is_open(self) -> bool:
        return self.opens_at <= timezone.now() < self.closes_at

    @property
    def is_closed(self) -> bool:
        return timezone.now() >= self.closes_at


class Candidate(MultilingualMixin, models.Model):
    election = ParentalKey(
        Election, on_delete=models.CASCADE, related_name="candidates"
    )
    name_ar = models.CharField(_("name in Arabic"), max_length=150)
    name_fr = models.CharField(_("name in French"), max_length=150)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisation"),
    )

    class Meta:
        verbose_name = _("candidate")
        verbose_name_plural = _("candidates")
        ordering = ["pk"]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return self.text("name")


class Vote(models.Model):
    """One per organisation; who cast it is kept for the audit, never shown."""

    election = models.ForeignKey(
        Election, on_delete=models.CASCADE, related_name="votes"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+"
    )
    candidate = models.ForeignKey(
        Candidate, on_delete=models.CASCADE, related_name="votes"
    )
    cast_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    cast_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(
                fields=["election", "organisation"],
                name="calls_one_vote_per_organisation",
            )
        ]

    def __str__(self):
        return f"{self.election} – {self.organisation}"
