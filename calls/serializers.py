"""API shapes of calls for applications.

Public: the call, its grid, its documents, its committee (names and roles, never
accounts), and once published every application's scores. Private: an
application is serialised only for whom ``calls.view_application`` allows, and
its files are never in the API.
"""

from rest_framework import serializers

from .models import Application, Call, CommitteeMember, Criterion, RequiredDocument


class CriterionSerializer(serializers.ModelSerializer):
    label = serializers.CharField(read_only=True)
    group = serializers.CharField(read_only=True)

    class Meta:
        model = Criterion
        fields = ["id", "group", "label", "max_points"]


class RequiredDocumentSerializer(serializers.ModelSerializer):
    label = serializers.CharField(read_only=True)

    class Meta:
        model = RequiredDocument
        fields = ["id", "label"]


class CommitteeMemberSerializer(serializers.ModelSerializer):
    name = serializers.CharField(read_only=True)
    institution = serializers.CharField(read_only=True)
    role_label = serializers.CharField(source="get_role_display", read_only=True)

    class Meta:
        model = CommitteeMember
        fields = ["name", "institution", "role", "role_label", "scores"]


class CallSerializer(serializers.ModelSerializer):
    title = serializers.CharField(read_only=True)
    body = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Call
        fields = [
            "slug",
            "title",
            "body",
            "seats",
            "term_start",
            "term_end",
            "opens_at",
            "closes_at",
            "is_open",
            "appeal_days",
            "appeal_until",
            "results_published_at",
            "is_demo",
            "url",
        ]


class CallDetailSerializer(CallSerializer):
    description = serializers.CharField(read_only=True)
    eligibility = serializers.CharField(read_only=True)
    criteria = CriterionSerializer(many=True, read_only=True)
    required_documents = RequiredDocumentSerializer(many=True, read_only=True)
    committee = CommitteeMemberSerializer(many=True, read_only=True)

    class Meta(CallSerializer.Meta):
        fields = [
            *CallSerializer.Meta.fields,
            "description",
            "eligibility",
            "criteria",
            "required_documents",
            "committee",
        ]


class CallApplicationSerializer(serializers.ModelSerializer):
    call = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    organisation = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    organisation_name = serializers.CharField(
        source="organisation.name", read_only=True
    )
    status_label = serializers.CharField(source="get_status_display", read_only=True)
    documents = serializers.SerializerMethodField()

    class Meta:
        model = Application
        fields = [
            "id",
            "reference",
            "call",
            "organisation",
            "organisation_name",
            "status",
            "status_label",
            "experience",
            "programme",
            "return_reason",
            "submitted_at",
            "documents",
        ]

    def get_documents(self, obj) -> list[int]:
        """The required documents received (their ids), never the files."""
        return sorted(d.requirement_id for d in obj.documents.all())


class CallResultSerializer(serializers.ModelSerializer):
    organisation = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    organisation_name = serializers.CharField(
        source="organisation.name", read_only=True
    )
    region = serializers.CharField(source="organisation.region", read_only=True)
    criteria = serializers.SerializerMethodField()

    class Meta:
        model = Application
        fields = [
            "reference",
            "organisation",
            "organisation_name",
            "region",
            "status",
            "rank",
            "score",
            "selected",
            "criteria",
        ]

    def get_criteria(self, obj) -> dict:
        return {str(k): str(v) for k, v in getattr(obj, "criterion_means", {}).items()}


class CallApplicationWriteSerializer(serializers.Serializer):
    call = serializers.SlugRelatedField(
        slug_field="slug", queryset=Call.objects.published()
    )
    organisation = serializers.SlugField()
    experience = serializers.CharField(
        max_length=8000, required=False, allow_blank=True
    )
    programme = serializers.CharField(max_length=8000, required=False, allow_blank=True)


class CallCheckSerializer(serializers.Serializer):
    complete = serializers.BooleanField()
    reason = serializers.CharField(max_length=2000, required=False, allow_blank=True)


class CallScoresSerializer(serializers.Serializer):
    points = serializers.DictField(child=serializers.IntegerField(min_value=0))


class CallVoteSerializer(serializers.Serializer):
    candidate = serializers.IntegerField()
    organisation = serializers.SlugField(required=False)
