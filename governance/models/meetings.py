"""Meetings of a body and the steps of the charter's article 5.

A meeting moves through ``MeetingStatus`` in order, one service per step. It is
public from the invitation on (the agenda goes out ahead of the meeting); the
minutes, the attendance list and the decisions are public once the minutes are
published, never before. Members' agenda proposals and remarks on draft minutes
are private.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from .bodies import Body, Member
from .text import MultilingualMixin


class MeetingStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    INVITED = "invited", _("Invitation sent")
    HELD = "held", _("Held")
    MINUTES_DRAFTED = "minutes_drafted", _("Minutes drafted")
    MINUTES_REVIEW = "minutes_review", _("Minutes open to members' remarks")
    PUBLISHED = "published", _("Minutes published")


STEPS = list(MeetingStatus.values)


class MeetingQuerySet(models.QuerySet):
    def announced(self):
        """What the public sees: invited meetings of published bodies."""
        return self.exclude(status=MeetingStatus.PLANNED).filter(
            body__is_published=True
        )

    def upcoming(self, now=None):
        return self.filter(end__gte=now or timezone.now())


class Meeting(MultilingualMixin, ClusterableModel):
    body = models.ForeignKey(
        Body, on_delete=models.PROTECT, related_name="meetings", verbose_name=_("body")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_("Made from the body and the date when left empty."),
    )
    title_ar = models.CharField(_("title in Arabic"), max_length=200)
    title_fr = models.CharField(_("title in French"), max_length=200)
    title_en = models.CharField(_("title in English"), max_length=200, blank=True)
    summary_ar = models.TextField(_("summary in Arabic"), blank=True)
    summary_fr = models.TextField(_("summary in French"), blank=True)
    summary_en = models.TextField(_("summary in English"), blank=True)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    place_ar = models.CharField(_("place in Arabic"), max_length=300, blank=True)
    place_fr = models.CharField(_("place in French"), max_length=300, blank=True)
    place_en = models.CharField(_("place in English"), max_length=300, blank=True)
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Shown to the body's members only."),
    )
    documents = models.ManyToManyField(
        "library.LibraryDocument",
        blank=True,
        related_name="governance_meetings",
        verbose_name=_("documents"),
        help_text=_("From the document library."),
    )
    # The steps: set by the services only.
    status = models.CharField(
        _("step"),
        max_length=20,
        choices=MeetingStatus.choices,
        default=MeetingStatus.PLANNED,
        editable=False,
    )
    invitation_sent_at = models.DateTimeField(
        _("invitation sent at"), null=True, blank=True, editable=False
    )
    held_at = models.DateTimeField(
        _("marked as held at"), null=True, blank=True, editable=False
    )
    minutes_ar = RichTextField(_("minutes in Arabic"), blank=True, editable=False)
    minutes_fr = RichTextField(_("minutes in French"), blank=True, editable=False)
    minutes_en = RichTextField(_("minutes in English"), blank=True, editable=False)
    minutes_drafted_at = models.DateTimeField(
        _("minutes drafted at"), null=True, blank=True, editable=False
    )
    remarks_until = models.DateField(
        _("remarks open until"), null=True, blank=True, editable=False
    )
    minutes_published_at = models.DateTimeField(
        _("minutes published at"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")),
                name="governance_meeting_ends_after_start",
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            base = slugify(f"{self.body.slug}-{timezone.localdate(self.start)}")[:90]
            slug, n = base, 2
            while Meeting.objects.filter(slug=slug).exclude(pk=self.pk).exists():
                slug, n = f"{base}-{n}", n + 1
            self.slug = slug
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The end must come after the start.")
        if not (self.place_ar or self.place_fr or self.online_url):
            errors["place_ar"] = _("Give a place or an online link.")
        if errors:
            raise ValidationError(errors)

    def get_absolute_url(self) -> str:
        return reverse("governance_meeting", kwargs={"slug": self.slug})

    @property
    def title(self) -> str:
        return self.text("title")

    @property
    def place(self) -> str:
        return self.text("place")

    @property
    def summary(self) -> str:
        return self.text("summary")

    @property
    def minutes(self) -> str:
        return self.text("minutes")

    @property
    def minutes_language(self) -> str:
        return self.text_language("minutes")

    def reached(self, status: str) -> bool:
        """Whether the meeting is at step ``status`` or past it."""
        return STEPS.index(self.status) >= STEPS.index(status)


class AgendaItem(MultilingualMixin, Orderable):
    meeting = ParentalKey(
        Meeting, on_delete=models.CASCADE, related_name="agenda_items"
    )
    title_ar = models.CharField(_("item in Arabic"), max_length=500)
    title_fr = models.CharField(_("item in French"), max_length=500)
    title_en = models.CharField(_("item in English"), max_length=500, blank=True)
    proposed_by = models.ForeignKey(
        Member,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("proposed by"),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")

    def __str__(self):
        return self.title

    @property
    def title(self) -> str:
        return self.text("title")


class AgendaProposalStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for the secretariat")
    ACCEPTED = "accepted", _("Added to the agenda")
    DECLINED = "declined", pgettext_lazy("agenda proposal status", "Not retained")


class AgendaProposal(models.Model):
    """An item a member proposes in the three days after the invitation (private)."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="proposals"
    )
    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, related_name="agenda_proposals"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="governance_proposals",
    )
    text = models.TextField(_("proposal"), max_length=2000)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=AgendaProposalStatus.choices,
        default=AgendaProposalStatus.PENDING,
    )
    created_at = models.DateTimeField(_("proposed at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("agenda proposal")
        verbose_name_plural = _("agenda proposals")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text[:80]


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    REMOTE = "remote", _("Took part remotely")
    EXCUSED = "excused", _("Absent, excused")
    ABSENT = "absent", _("Absent without excuse")


ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.REMOTE)


class Attendance(MultilingualMixin, models.Model):
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="attendance"
    )
    member = models.ForeignKey(
        Member, on_delete=models.PROTECT, related_name="attendance"
    )
    status = models.CharField(
        _("attendance"), max_length=20, choices=AttendanceStatus.choices
    )
    # The institution represented at this meeting, as it was then.
    institution_ar = models.CharField(_("institution in Arabic"), max_length=255)
    institution_fr = models.CharField(_("institution in French"), max_length=255)
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        ordering = ["member__sort_order", "member__pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "member"], name="governance_one_attendance"
            )
        ]

    def __str__(self):
        return f"{self.member} – {self.get_status_display()}"

    @property
    def institution(self) -> str:
        return self.text("institution")


class DecisionMethod(models.TextChoices):
    CONSENSUS = "consensus", _("By consensus")
    VOTE = "vote", _("By vote with a double majority")


class DecisionResult(models.TextChoices):
    ADOPTED = "adopted", pgettext_lazy("decision result", "Adopted")
    REJECTED = "rejected", pgettext_lazy("decision result", "Rejected")


class Decision(MultilingualMixin, models.Model):
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="decisions"
    )
    position = models.PositiveSmallIntegerField(default=0)
    text_ar = models.TextField(_("decision in Arabic"))
    text_fr = models.TextField(_("decision in French"))
    text_en = models.TextField(_("decision in English"), blank=True)
    method = models.CharField(
        _("method"), max_length=20, choices=DecisionMethod.choices
    )
    # Seats of each constituency on the day, and the votes (a vote only).
    administration_members = models.PositiveSmallIntegerField(null=True, blank=True)
    administration_for = models.PositiveSmallIntegerField(null=True, blank=True)
    administration_against = models.PositiveSmallIntegerField(null=True, blank=True)
    administration_abstentions = models.PositiveSmallIntegerField(null=True, blank=True)
    civil_society_members = models.PositiveSmallIntegerField(null=True, blank=True)
    civil_society_for = models.PositiveSmallIntegerField(null=True, blank=True)
    civil_society_against = models.PositiveSmallIntegerField(null=True, blank=True)
    civil_society_abstentions = models.PositiveSmallIntegerField(null=True, blank=True)
    # Computed by the service from the counts, never typed.
    result = models.CharField(
        _("result"), max_length=20, choices=DecisionResult.choices, editable=False
    )

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.text("text")[:80]

    @property
    def wording(self) -> str:
        return self.text("text")


class MinutesRemark(models.Model):
    """A member's remark on the draft minutes (private: the secretariat reads it)."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="remarks"
    )
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="governance_remarks",
    )
    text = models.TextField(_("remark"), max_length=4000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("remark on the minutes")
        verbose_name_plural = _("remarks on the minutes")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text[:80]
