"""API shapes of events and registrations."""

from rest_framework import serializers

from core.fields import StrictPrimaryKeyRelatedField
from core.regions import Region

from .models import Event, Registration


class EventSerializer(serializers.ModelSerializer):
    text = serializers.SerializerMethodField()
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    seats_left = serializers.IntegerField(read_only=True)
    registration = serializers.SerializerMethodField()
    url = serializers.CharField(source="get_absolute_url", read_only=True)
    ics_url = serializers.SerializerMethodField()
    working_group = serializers.SlugRelatedField(
        slug_field="slug", read_only=True, allow_null=True
    )

    class Meta:
        model = Event
        fields = [
            "id",
            "kind",
            "kind_label",
            "text",
            "start",
            "end",
            "region",
            "language",
            "capacity",
            "seats_left",
            "registration_opens_at",
            "registration_deadline",
            "registration",
            "working_group",
            "url",
            "ics_url",
        ]

    def get_text(self, obj) -> dict:
        text = getattr(obj, "text", obj)
        return {
            "locale": text.locale.language_code,
            "title": text.title,
            "summary": text.summary,
            "description": text.description,
            "place": text.place,
            "audience": text.audience,
        }

    def get_registration(self, obj) -> str:
        from .services import registration_state

        return registration_state(obj)

    def get_ics_url(self, obj) -> str:
        from django.urls import reverse

        return reverse("event_ics", kwargs={"pk": obj.pk})


class RegistrationSerializer(serializers.ModelSerializer):
    event = StrictPrimaryKeyRelatedField(queryset=Event.objects.all())
    name = serializers.CharField(required=False, allow_blank=True, max_length=150)
    email = serializers.EmailField(required=False, allow_blank=True)
    region = serializers.ChoiceField(
        choices=Region.choices, required=False, allow_blank=True
    )
    waiting_position = serializers.IntegerField(read_only=True, allow_null=True)
    message = serializers.SerializerMethodField()

    class Meta:
        model = Registration
        fields = [
            "id",
            "event",
            "name",
            "email",
            "organisation",
            "region",
            "accessibility_needs",
            "status",
            "code",
            "waiting_position",
            "attended",
            "created_at",
            "message",
        ]
        read_only_fields = ["status", "code", "attended", "created_at"]

    def validate(self, attrs):
        request = self.context["request"]
        if not request.user.is_authenticated:
            errors = {}
            if not attrs.get("name", "").strip():
                errors["name"] = [serializers.Field.default_error_messages["required"]]
            if not attrs.get("email"):
                errors["email"] = [serializers.Field.default_error_messages["required"]]
            if errors:
                raise serializers.ValidationError(errors)
        return attrs

    def get_message(self, obj) -> str:
        from django.utils.translation import gettext as _

        return {
            "confirmed": _("You are registered."),
            "waiting": _("The event is full: you are on the waiting list."),
            "unverified": _(
                "Open the link sent to your email address to confirm your registration."
            ),
            "cancelled": _("Your registration is cancelled."),
        }.get(obj.status, "")


class TokenSerializer(serializers.Serializer):
    """The signed token of a registration's link (cancellation without an account)."""

    token = serializers.CharField(max_length=500)
