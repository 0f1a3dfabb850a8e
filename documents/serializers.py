from rest_framework import serializers

from .models import LibraryDocument


class DocumentSerializer(serializers.ModelSerializer):
    category_label = serializers.CharField(source="get_category_display")
    language_label = serializers.CharField(source="get_language_display")
    tags = serializers.SerializerMethodField()
    download_url = serializers.SerializerMethodField()
    detail_url = serializers.SerializerMethodField()
    extension = serializers.CharField()
    has_text = serializers.BooleanField()

    class Meta:
        model = LibraryDocument
        fields = [
            "id",
            "title",
            "summary",
            "category",
            "category_label",
            "language",
            "language_label",
            "publication_date",
            "issuing_body",
            "tags",
            "file_size",
            "extension",
            "has_text",
            "extraction_status",
            "download_count",
            "download_url",
            "detail_url",
        ]

    def get_tags(self, obj) -> list[str]:
        return [t.name for t in obj.tags.all()]

    def get_download_url(self, obj) -> str:
        request = self.context.get("request")
        url = obj.url
        return request.build_absolute_uri(url) if request else url

    def get_detail_url(self, obj) -> str:
        from .indexing import document_url

        return document_url(obj)


class DocumentDetailSerializer(DocumentSerializer):
    related = serializers.SerializerMethodField()
    related_pages = serializers.SerializerMethodField()

    class Meta(DocumentSerializer.Meta):
        fields = DocumentSerializer.Meta.fields + ["related", "related_pages"]

    def get_related(self, obj) -> list[dict]:
        from .queries import related_documents

        return [
            {"id": d.pk, "title": d.title, "category": d.category}
            for d in related_documents(obj)
        ]

    def get_related_pages(self, obj) -> list[dict]:
        from .queries import related_pages

        return [
            {"id": p.pk, "title": p.title, "url": p.url} for p in related_pages(obj)
        ]
