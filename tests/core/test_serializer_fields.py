"""Model serializers build their fields once per class and give each instance
its own copy."""

from consultations.serializers import ConsultationSerializer


def test_each_serializer_gets_its_own_fields_built_once(monkeypatch):
    from rest_framework import serializers

    first = ConsultationSerializer().fields
    second = ConsultationSerializer().fields
    assert list(first) == list(second)
    assert first["title"] is not second["title"]
    assert first["title"].parent is not second["title"].parent
    first["title"].read_only = True
    assert ConsultationSerializer().fields["title"].read_only is False
    assert serializers.ModelSerializer.get_fields._sharaka_once


def test_a_class_declared_later_gets_its_own_fields():
    class Narrow(ConsultationSerializer):
        class Meta(ConsultationSerializer.Meta):
            fields = ["id", "slug"]

    assert list(Narrow().fields) == ["id", "slug"]
    assert "title" in ConsultationSerializer().fields


def test_copies_of_a_related_field_share_its_queryset_not_their_own_settings(db):
    from consultations.models import Contribution
    from consultations.serializers import CommentCreateSerializer
    from tests.factories import ConsultationFactory, ContributionFactory

    first = CommentCreateSerializer().fields["contribution"]
    second = CommentCreateSerializer().fields["contribution"]
    assert first is not second
    assert first.queryset is second.queryset  # not copied for every request
    first.queryset = Contribution.objects.none()  # what a view may do to its own
    contribution = ContributionFactory(consultation=ConsultationFactory())
    assert second.to_internal_value(contribution.pk) == contribution
    assert CommentCreateSerializer().fields["contribution"].queryset.exists()
