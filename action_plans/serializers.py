"""Serializers of the action plans API: shapes only (the services decide)."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from .models import MilestoneStatus


class PlanSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField(source="text.title")
    summary = serializers.CharField(source="text.summary")
    period = serializers.CharField(source="period.name")
    start = serializers.DateField(source="period.start")
    end = serializers.DateField(source="period.end")
    phase = serializers.CharField()
    is_demo = serializers.BooleanField()
    url = serializers.SerializerMethodField()

    def get_url(self, plan) -> str:
        return plan.get_url_path(self.context.get("language"))


class MilestoneSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    title = serializers.CharField(source="text.title")
    due_date = serializers.DateField()
    status = serializers.CharField()
    completion = serializers.IntegerField()


class CommitmentSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    plan = serializers.CharField(source="plan.slug")
    number = serializers.IntegerField()
    title = serializers.CharField(source="text.title")
    description = serializers.CharField(source="text.description")
    problem = serializers.CharField(source="text.problem")
    ogp_values = serializers.ListField(child=serializers.CharField())
    themes = serializers.ListField(child=serializers.CharField())
    lead_institution = serializers.CharField(source="lead_text.name")
    start = serializers.DateField()
    end = serializers.DateField()
    status = serializers.CharField()
    completion = serializers.IntegerField()
    milestones = MilestoneSerializer(many=True, source="milestones.all")


class MilestoneRowSerializer(serializers.Serializer):
    milestone = serializers.IntegerField(source="milestone_id")
    status = serializers.CharField()
    completion = serializers.IntegerField()


class EvidenceSerializer(serializers.Serializer):
    milestone = serializers.IntegerField(source="milestone_id")
    label = serializers.CharField()
    url = serializers.SerializerMethodField()

    def get_url(self, evidence) -> str:
        return evidence.url or (evidence.document.url if evidence.document else "")


class ProgressUpdateSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    commitment = serializers.IntegerField(source="commitment_id")
    institution = serializers.CharField(source="institution.name")
    status = serializers.CharField()
    text = serializers.CharField()
    language = serializers.CharField()
    review_note = serializers.CharField()
    published_at = serializers.DateTimeField()
    milestones = MilestoneRowSerializer(many=True, source="milestones.all")
    evidence = EvidenceSerializer(many=True, source="evidence.all")


class MilestoneReportInput(serializers.Serializer):
    milestone = serializers.IntegerField()
    status = serializers.ChoiceField(choices=MilestoneStatus.choices)
    completion = serializers.IntegerField(min_value=0, max_value=100)


class EvidenceInput(serializers.Serializer):
    milestone = serializers.IntegerField()
    document = serializers.IntegerField(required=False, allow_null=True)
    url = serializers.URLField(required=False, allow_blank=True, default="")
    label = serializers.CharField(required=False, allow_blank=True, default="")


class ProgressUpdateInput(serializers.Serializer):
    commitment = serializers.IntegerField(
        help_text=_("The commitment's id (its row in any language).")
    )
    text = serializers.CharField(max_length=10000)
    language = serializers.ChoiceField(choices=["ar", "fr", "en"])
    milestones = MilestoneReportInput(many=True)
    evidence = EvidenceInput(many=True, required=False, default=list)
    submit = serializers.BooleanField(default=False)


class ReviewInput(serializers.Serializer):
    decision = serializers.ChoiceField(choices=["publish", "changes"])
    note = serializers.CharField(required=False, allow_blank=True, default="")
