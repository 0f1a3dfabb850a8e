"""The fixed lists of consultations: phases, kinds, statuses and reasons."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

GENERAL_BOX_SLUG = "general-box"


class Status(models.TextChoices):
    """A consultation's phase, derived from its dates (never stored)."""

    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class ModerationMode(models.TextChoices):
    BEFORE = "before", _("Before publication (moderators approve each contribution)")
    AFTER = "after", _("After publication (contributions appear at once)")


class ContributionKind(models.TextChoices):
    PROPOSAL = "proposal", _("Proposal")
    OBSERVATION = "observation", _("Observation")


class ContributionLanguage(models.TextChoices):
    AR = "ar", _("Arabic")
    FR = "fr", _("French")


class ContributionStatus(models.TextChoices):
    PENDING_VERIFICATION = "pending_verification", _("Waiting for email verification")
    PENDING_MODERATION = "pending_moderation", _("Waiting for moderation")
    PUBLISHED = "published", pgettext_lazy("contribution status", "Published")
    REJECTED = "rejected", pgettext_lazy("contribution status", "Rejected")
    HIDDEN = "hidden", pgettext_lazy("contribution status", "Hidden")


class CommentStatus(models.TextChoices):
    PUBLISHED = "published", pgettext_lazy("comment status", "Published")
    HIDDEN = "hidden", pgettext_lazy("comment status", "Hidden")


class RejectReason(models.TextChoices):
    """The usual reasons, chosen from a list; moderators may also write their own."""

    OFF_TOPIC = "off_topic", _("Not related to the subject of the consultation")
    OFFENSIVE = "offensive", _("Offensive, discriminatory or violent content")
    PERSONAL_DATA = "personal_data", _("Contains personal data about other people")
    DUPLICATE = "duplicate", _("Repeats a contribution already published")
    ADVERTISING = "advertising", _("Advertising or spam")
    UNCLEAR = "unclear", _("Cannot be understood")
    OTHER = "other", _("Other reason (written below)")


class FlagReason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    OFFENSIVE = "offensive", _("Offensive or hateful")
    PERSONAL_DATA = "personal_data", _("Reveals personal data")
    OFF_TOPIC = "off_topic", _("Off topic")
    OTHER = "other", _("Other")


class Verdict(models.TextChoices):
    ACCEPTED = "accepted", pgettext_lazy("verdict", "Accepted")
    PARTLY_ACCEPTED = "partly_accepted", pgettext_lazy("verdict", "Partly accepted")
    NOT_RETAINED = "not_retained", pgettext_lazy("verdict", "Not retained")
    ALREADY_PLANNED = "already_planned", pgettext_lazy("verdict", "Already planned")
