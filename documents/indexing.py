"""The library's public documents in the site search (imported in ready())."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from taggit.models import TaggedItem
from wagtail.models import Collection, CollectionViewRestriction

from search.registry import Entry, Source, register

from .models import Category, LibraryDocument
from .queries import is_public

LINK_LANGUAGES = ("ar", "fr", "en")


def document_url(document: LibraryDocument, language: str | None = None) -> str:
    language = language or (
        document.language if document.language in LINK_LANGUAGES else "ar"
    )
    with translation.override(language):
        return reverse("library_detail", args=[document.pk])


def document_entries(document: LibraryDocument):
    if not is_public(document):
        return []
    date = document.public_date
    return [
        Entry(
            source="document",
            object_id=str(document.pk),
            locale=document.language,
            title=document.title,
            summary=document.summary,
            body="\n".join(
                x for x in (document.issuing_body, document.extracted_text) if x
            ),
            url=document_url(document),
            date=date,
            facets={
                "category": [document.category],
                "year": [str(date.year)],
                "tags": [t.name for t in document.tags.all()],
            },
        )
    ]


def _collection_documents(restriction):
    collections = [restriction.collection] + list(
        Collection.objects.descendant_of(restriction.collection)
    )
    return LibraryDocument.objects.filter(collection__in=collections)


def _tagged_document(item):
    if item.content_type.model_class() is LibraryDocument:
        return [item.object_id]
    return []


register(
    Source(
        name="document",
        model=LibraryDocument,
        queryset=lambda: LibraryDocument.objects.select_related(
            "collection"
        ).prefetch_related("tags"),
        entries=document_entries,
        label=_("Documents"),
        facet_labels={"category": dict(Category.choices)},
        related={
            CollectionViewRestriction: _collection_documents,
            TaggedItem: _tagged_document,
        },
    )
)
