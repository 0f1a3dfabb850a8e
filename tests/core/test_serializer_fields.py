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
