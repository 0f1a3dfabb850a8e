"""API shapes of bodies, mandates and meetings.

Texts come in the request's language (with the same fallbacks as the site). No
account, email or phone of a member is ever serialised; the minutes, attendance
and decisions of a meeting appear once the minutes are published, never before.
"""

from django.urls import reverse
from rest_framework import serializers

from .models import Body, Meeting, MeetingStatus, Member


class BodySerializer(serializers.ModelSerializer):
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    text = serializers.SerializerMethodField()
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Body
        fields = [
            "id",
            "slug",
            "kind",
            "kind_label",
            "text",
            "parity_required",
            "seats_administration",
            "seats_civil_society",
            "url",
        ]

    def get_text(self, obj) -> dict:
        text = getattr(obj, "text", obj)
        return {
            "locale": text.locale.language_code,
            "name": text.name,
            "missions": text.missions,
            "description": text.description,
        }


class MemberSerializer(serializers.ModelSerializer):
    name = serializers.CharField(read_only=True)
    institution = serializers.CharField(read_only=True)
    organisation = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    role_label = serializers.CharField(source="get_role_display", read_only=True)
    constituency_label = serializers.CharField(
        source="get_constituency_display", read_only=True
    )
    action_plan = serializers.StringRelatedField(read_only=True)
    end_label = serializers.CharField(read_only=True)

    class Meta:
        model = Member
        fields = [
            "name",
            "institution",
            "organisation",
            "constituency",
            "constituency_label",
            "role",
            "role_label",
            "action_plan",
            "start",
            "end",
            "ended_on",
            "end_reason",
            "end_label",
        ]


class MeetingSerializer(serializers.ModelSerializer):
    body = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    title = serializers.CharField(read_only=True)
    summary = serializers.CharField(read_only=True)
    place = serializers.CharField(read_only=True)
    online = serializers.SerializerMethodField()
    status_label = serializers.CharField(source="get_status_display", read_only=True)
    agenda = serializers.SerializerMethodField()
    minutes_published = serializers.SerializerMethodField()
    url = serializers.CharField(source="get_absolute_url", read_only=True)
    ics_url = serializers.SerializerMethodField()

    class Meta:
        model = Meeting
        fields = [
            "id",
            "slug",
            "body",
            "title",
            "summary",
            "start",
            "end",
            "place",
            "online",
            "status",
            "status_label",
            "agenda",
            "minutes_published",
            "url",
            "ics_url",
        ]

    def get_online(self, obj) -> bool:
        return bool(obj.online_url)

    def get_agenda(self, obj) -> list[str]:
        return [item.title for item in obj.agenda_items.all()]

    def get_minutes_published(self, obj) -> bool:
        return obj.status == MeetingStatus.PUBLISHED

    def get_ics_url(self, obj) -> str:
        return reverse("governance_meeting_ics", kwargs={"slug": obj.slug})


class AttendanceSerializer(serializers.Serializer):
    name = serializers.CharField(source="member.name")
    institution = serializers.CharField()
    constituency = serializers.CharField(source="member.constituency")
    status = serializers.CharField()
    status_label = serializers.CharField(source="get_status_display")


class DecisionSerializer(serializers.Serializer):
    text = serializers.CharField(source="wording")
    method = serializers.CharField()
    method_label = serializers.CharField(source="get_method_display")
    result = serializers.CharField()
    result_label = serializers.CharField(source="get_result_display")
    votes = serializers.SerializerMethodField()

    def get_votes(self, obj) -> dict | None:
        if obj.method != "vote":
            return None
        return {
            side: {
                part: getattr(obj, f"{side}_{part}")
                for part in ("members", "for", "against", "abstentions")
            }
            for side in ("administration", "civil_society")
        }


class MeetingDetailSerializer(MeetingSerializer):
    """A meeting's record; ``record`` is None until the minutes are published."""

    documents = serializers.SerializerMethodField()
    record = serializers.SerializerMethodField()

    class Meta(MeetingSerializer.Meta):
        fields = [*MeetingSerializer.Meta.fields, "documents", "record"]

    def get_documents(self, obj) -> list[dict]:
        return [
            {
                "id": d.pk,
                "title": d.title,
                "url": reverse("library_detail", kwargs={"pk": d.pk}),
            }
            for d in self.context.get("documents", [])
        ]

    def get_record(self, obj) -> dict | None:
        record = self.context.get("record")
        if record is None:
            return None
        return {
            "minutes": record.minutes,
            "minutes_language": record.minutes_language,
            "attendance": AttendanceSerializer(record.attendance, many=True).data,
            "decisions": DecisionSerializer(record.decisions, many=True).data,
        }


class InvitationSerializer(MeetingSerializer):
    """A member's own invitation: with the online link."""

    online_url = serializers.URLField(read_only=True)

    class Meta(MeetingSerializer.Meta):
        fields = [*MeetingSerializer.Meta.fields, "online_url"]


class TextSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=4000)
