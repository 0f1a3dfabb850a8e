"""API representations. Authors' emails are never in any output."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from core.fields import StrictPrimaryKeyRelatedField
from working_groups.models import Organisation

from .models import (
    Comment,
    Consultation,
    Contribution,
    ContributionKind,
    ContributionLanguage,
    ContributionSort,
    FlagReason,
    OfficialAnswer,
    Region,
)


class ConsultationSerializer(serializers.ModelSerializer):
    status = serializers.CharField(read_only=True)
    locale = serializers.CharField(source="locale.language_code", read_only=True)
    tags = serializers.SerializerMethodField()
    url = serializers.CharField(source="get_url_path", read_only=True)
    contribution_count = serializers.IntegerField(read_only=True, default=None)
    closeout_published = serializers.SerializerMethodField()

    class Meta:
        model = Consultation
        fields = [
            "id",
            "slug",
            "locale",
            "title",
            "summary",
            "text",
            "status",
            "opens_at",
            "closes_at",
            "is_general_box",
            "moderation_mode",
            "allow_anonymous",
            "comments_open",
            "tags",
            "region",
            "url",
            "contribution_count",
            "closeout_published",
        ]

    def get_tags(self, obj) -> list[str]:
        return [tag.slug for tag in obj.tags.all()]

    def get_closeout_published(self, obj) -> bool:
        return obj.closeout_published_at is not None


class ConsultationDetailSerializer(ConsultationSerializer):
    documents = serializers.SerializerMethodField()
    synthesis_text = serializers.SerializerMethodField()
    synthesis_document = serializers.SerializerMethodField()

    class Meta(ConsultationSerializer.Meta):
        fields = ConsultationSerializer.Meta.fields + [
            "documents",
            "synthesis_text",
            "synthesis_document",
        ]

    def get_documents(self, obj) -> list[dict]:
        return [
            {"id": d.pk, "title": d.title, "url": d.url}
            for d in obj.source.documents.all()
        ]

    def get_synthesis_text(self, obj) -> str:
        return obj.synthesis_text if obj.closeout_published_at else ""

    def get_synthesis_document(self, obj) -> str | None:
        doc = obj.source.synthesis_document
        return doc.url if doc and obj.closeout_published_at else None


class AnswerSerializer(serializers.ModelSerializer):
    verdict_label = serializers.CharField(source="get_verdict_display")

    class Meta:
        model = OfficialAnswer
        fields = ["verdict", "verdict_label", "explanation", "updated_at"]


class EndorsementOutSerializer(serializers.Serializer):
    organisation = serializers.IntegerField(source="organisation_id")
    name_ar = serializers.CharField(source="organisation.name_ar")
    name_fr = serializers.CharField(source="organisation.name_fr")
    url = serializers.CharField(source="organisation.get_absolute_url")
    created_at = serializers.DateTimeField()


class ContributionSerializer(serializers.ModelSerializer):
    author = serializers.CharField(source="public_author", read_only=True)
    support_count = serializers.IntegerField(read_only=True, default=0)
    comment_count = serializers.IntegerField(read_only=True, default=0)
    answer = serializers.SerializerMethodField()
    attachment = serializers.SerializerMethodField()
    withdrawn = serializers.BooleanField(source="is_withdrawn", read_only=True)
    endorsements = serializers.SerializerMethodField()

    class Meta:
        model = Contribution
        fields = [
            "id",
            "reference",
            "consultation",
            "kind",
            "title",
            "body",
            "language",
            "region",
            "author",
            "submitted_at",
            "published_at",
            "support_count",
            "comment_count",
            "answer",
            "attachment",
            "withdrawn",
            "withdrawn_at",
            "endorsements",
        ]

    def get_endorsements(self, obj) -> list[dict]:
        """The organisations that endorse it (prefetched by the lists)."""
        endorsements = getattr(obj, "public_endorsements", None)
        if endorsements is None:
            endorsements = obj.endorsements.select_related("organisation")
        return EndorsementOutSerializer(endorsements, many=True).data

    def get_answer(self, obj) -> dict | None:
        answer = getattr(obj, "answer", None)
        return AnswerSerializer(answer).data if answer else None

    def get_attachment(self, obj) -> str | None:
        if not obj.attachment:
            return None
        url = reverse("contribution_attachment", args=[obj.pk])
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request else url


class ContributionSubmitSerializer(serializers.Serializer):
    consultation = StrictPrimaryKeyRelatedField(
        queryset=Consultation.objects.all(),
        help_text=_("The consultation (any of its translations)."),
    )
    kind = serializers.ChoiceField(choices=ContributionKind.choices)
    title = serializers.CharField(max_length=200)
    body = serializers.CharField(max_length=10000)
    language = serializers.ChoiceField(choices=ContributionLanguage.choices)
    region = serializers.ChoiceField(
        choices=Region.choices, required=False, allow_blank=True
    )
    attachment = serializers.FileField(required=False, allow_null=True)
    author_name = serializers.CharField(
        max_length=120, required=False, allow_blank=True
    )
    author_email = serializers.EmailField(required=False, allow_blank=True)


class ContributionEditSerializer(serializers.Serializer):
    """What the author may change while the contribution awaits moderation."""

    kind = serializers.ChoiceField(choices=ContributionKind.choices, required=False)
    title = serializers.CharField(max_length=200, required=False)
    body = serializers.CharField(max_length=10000, required=False)
    language = serializers.ChoiceField(
        choices=ContributionLanguage.choices, required=False
    )
    region = serializers.ChoiceField(
        choices=Region.choices, required=False, allow_blank=True
    )


class ContributionFilterSerializer(serializers.Serializer):
    """The sort and filters of the contribution lists (query parameters)."""

    sort = serializers.ChoiceField(
        choices=ContributionSort.choices,
        required=False,
        allow_blank=True,
        help_text=_("newest (default), supports or comments."),
    )
    kind = serializers.ChoiceField(
        choices=ContributionKind.choices, required=False, allow_blank=True
    )
    language = serializers.ChoiceField(
        choices=ContributionLanguage.choices, required=False, allow_blank=True
    )
    region = serializers.ChoiceField(
        choices=Region.choices, required=False, allow_blank=True
    )


class EndorseSerializer(serializers.Serializer):
    organisation = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.verified(),
        help_text=_("A verified organisation that you represent."),
    )


class ContributionReceiptSerializer(serializers.ModelSerializer):
    duplicate = serializers.BooleanField(default=False)

    class Meta:
        model = Contribution
        fields = ["id", "reference", "status", "duplicate"]


class VerifySerializer(serializers.Serializer):
    token = serializers.CharField(max_length=500)


class ReplySerializer(serializers.ModelSerializer):
    """A reply, with its own replies (``replies``, nested as on the site)."""

    author = serializers.CharField(source="public_author", read_only=True)
    url = serializers.SerializerMethodField()
    replies = serializers.SerializerMethodField()

    class Meta:
        model = Comment
        fields = ["id", "body", "author", "created_at", "parent", "depth", "url"]
        fields += ["replies"]

    def get_url(self, obj) -> str:
        """The comment's permalink on the site."""
        return obj.get_url_path(translation.get_language())

    def get_replies(self, obj) -> list[dict]:
        replies = getattr(obj, "public_replies", None)
        if not replies:
            return []
        return ReplySerializer(replies, many=True, context=self.context).data


class CommentSerializer(ReplySerializer):
    class Meta(ReplySerializer.Meta):
        fields = ["id", "consultation", "contribution", "body", "author"]
        fields += ["created_at", "parent", "depth", "url", "replies"]


class CommentCreateSerializer(serializers.Serializer):
    consultation = StrictPrimaryKeyRelatedField(
        queryset=Consultation.objects.all(), required=False, allow_null=True
    )
    # Alone, with what a comment needs of it (``comment_create`` reads its
    # consultation): its text is not read for every comment.
    contribution = StrictPrimaryKeyRelatedField(
        queryset=Contribution.objects.only("id", "consultation", "status"),
        required=False,
        allow_null=True,
    )
    parent = StrictPrimaryKeyRelatedField(
        queryset=Comment.objects.all(), required=False, allow_null=True
    )
    body = serializers.CharField(max_length=5000)

    def validate(self, attrs):
        if not any(attrs.get(k) for k in ("consultation", "contribution", "parent")):
            raise serializers.ValidationError(
                {"consultation": [_("Choose what you comment on.")]}
            )
        return attrs


class FlagSerializer(serializers.Serializer):
    reason = serializers.ChoiceField(choices=FlagReason.choices)
    details = serializers.CharField(max_length=2000, required=False, allow_blank=True)
