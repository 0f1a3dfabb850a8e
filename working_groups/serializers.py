"""API shapes: public fields only (no emails, phones or representatives)."""

from rest_framework import serializers

from core.fields import StrictPrimaryKeyRelatedField

from .models import (
    GroupDecision,
    GroupNews,
    Membership,
    MembershipApplication,
    Organisation,
    WorkingGroup,
)


class OrganisationSerializer(serializers.ModelSerializer):
    fields_of_action = serializers.SerializerMethodField()
    region_label = serializers.CharField(source="get_region_display", read_only=True)
    logo = serializers.SerializerMethodField()
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Organisation
        fields = [
            "id",
            "slug",
            "name_ar",
            "name_fr",
            "registration_number",
            "region",
            "region_label",
            "province",
            "fields_of_action",
            "website",
            "presentation",
            "logo",
            "verified",
            "verified_at",
            "url",
        ]

    def get_fields_of_action(self, obj) -> list[str]:
        return [t.name for t in obj.fields_of_action.all()]

    def get_logo(self, obj) -> str | None:
        return obj.logo.url if obj.logo else None


class OrganisationDetailSerializer(OrganisationSerializer):
    """One CSO with its current and past memberships of public groups."""

    memberships = serializers.SerializerMethodField()

    class Meta(OrganisationSerializer.Meta):
        fields = [*OrganisationSerializer.Meta.fields, "memberships"]

    def get_memberships(self, obj) -> list[dict]:
        return [
            {
                "group": m.group.slug,
                "group_id": m.group_id,
                "joined_at": m.joined_at,
                "left_at": m.left_at,
            }
            for m in obj.memberships.filter(group__is_public=True)
            .select_related("group")
            .order_by("-joined_at")
        ]


class OrganisationMemberSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = ["id", "slug", "name_ar", "name_fr", "region"]


class MembershipSerializer(serializers.ModelSerializer):
    organisation = OrganisationMemberSerializer(read_only=True)

    class Meta:
        model = Membership
        fields = ["organisation", "joined_at"]


class WorkingGroupSerializer(serializers.ModelSerializer):
    locale = serializers.CharField(source="locale.language_code", read_only=True)
    text = serializers.SerializerMethodField()
    member_count = serializers.IntegerField(read_only=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = WorkingGroup
        fields = [
            "id",
            "slug",
            "kind",
            "theme",
            "region",
            "is_open",
            "member_count",
            "locale",
            "text",
            "url",
        ]

    def _text(self, obj):
        return getattr(obj, "text", obj)

    def get_text(self, obj) -> dict:
        text = self._text(obj)
        return {
            "locale": text.locale.language_code if text.locale_id else None,
            "name": text.name,
            "summary": text.summary,
            "description": text.description,
        }

    def get_url(self, obj) -> str:
        return self._text(obj).get_absolute_url()


class WorkingGroupDetailSerializer(WorkingGroupSerializer):
    members = serializers.SerializerMethodField()

    class Meta(WorkingGroupSerializer.Meta):
        fields = [*WorkingGroupSerializer.Meta.fields, "members"]

    def get_members(self, obj) -> list[dict]:
        from .queries import active_members

        return MembershipSerializer(active_members(obj), many=True).data


class ApplicationSerializer(serializers.ModelSerializer):
    organisation = StrictPrimaryKeyRelatedField(queryset=Organisation.objects.all())
    group = StrictPrimaryKeyRelatedField(queryset=WorkingGroup.objects.all())
    document = serializers.FileField(required=False, allow_null=True)

    class Meta:
        model = MembershipApplication
        fields = [
            "id",
            "organisation",
            "group",
            "motivation",
            "document",
            "status",
            "submitted_at",
            "decided_at",
            "decision_reason",
        ]
        # The service answers a duplicate with a 409 that says why.
        validators = []
        read_only_fields = [
            "status",
            "submitted_at",
            "decided_at",
            "decision_reason",
        ]

    def validate_document(self, value):
        if value:
            from .validators import validate_document_type

            validate_document_type(value)
        return value


class DecisionSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, max_length=2000)


class GroupNewsSerializer(serializers.ModelSerializer):
    """A published news post: its texts in every language, and the page."""

    group = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = GroupNews
        fields = [
            "id",
            "group",
            "title_ar",
            "title_fr",
            "title_en",
            "body_ar",
            "body_fr",
            "body_en",
            "published_on",
            "url",
        ]


class GroupDecisionSerializer(serializers.ModelSerializer):
    """A published decision: its texts in every language, its date and link."""

    group = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = GroupDecision
        fields = [
            "id",
            "group",
            "text_ar",
            "text_fr",
            "text_en",
            "decided_on",
            "link",
            "url",
        ]
