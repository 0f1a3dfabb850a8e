"""The fixed lists of action plans: phases, OGP values, statuses, assessments."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Phase(models.TextChoices):
    COCREATION = "cocreation", _("Co-creation")
    IMPLEMENTATION = "implementation", _("Implementation")
    EVALUATION = "evaluation", _("Evaluation")
    CLOSED = "closed", _("Closed")


class OgpValue(models.TextChoices):
    """The four values of the Open Government Partnership."""

    ACCESS_TO_INFORMATION = "access_to_information", _("Access to information")
    CIVIC_PARTICIPATION = "civic_participation", _("Civic participation")
    PUBLIC_ACCOUNTABILITY = "public_accountability", _("Public accountability")
    TECHNOLOGY = "technology", _("Technology and innovation")


class MilestoneStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    DELAYED = "delayed", _("Delayed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# Milestones that can no longer be overdue.
CLOSED_STATUSES = (MilestoneStatus.COMPLETED, MilestoneStatus.WITHDRAWN)


class UpdateStatus(models.TextChoices):
    """A progress update's review: draft, sent, sent back, or published."""

    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Waiting for review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    PUBLISHED = "published", _("Published")


class Completion(models.TextChoices):
    """The independent reporting mechanism's completion levels."""

    NO_EVIDENCE = "no_evidence", _("No evidence available")
    NOT_STARTED = "not_started", _("Not started")
    LIMITED = "limited", _("Limited")
    SUBSTANTIAL = "substantial", _("Substantial")
    COMPLETE = "complete", _("Complete")


class EarlyResults(models.TextChoices):
    """The independent reporting mechanism's early results, at the end of term."""

    NONE = "none", _("No notable results")
    MODERATE = "moderate", _("Modest results")
    SIGNIFICANT = "significant", _("Significant results")
    OUTSTANDING = "outstanding", _("Outstanding results")


class AlertKind(models.TextChoices):
    OVERDUE = "overdue", _("Overdue milestone")
    SILENT = "silent", _("Commitment without update")
