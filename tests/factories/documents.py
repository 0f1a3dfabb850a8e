import datetime

import factory
from django.core.files.base import ContentFile

from documents.models import LibraryDocument


class LibraryDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LibraryDocument
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Rapport {n}")
    file = factory.LazyAttribute(
        lambda o: ContentFile(b"Texte du document.\n", name="document.txt")
    )
    category = "studies"
    language = "fr"
    publication_date = datetime.date(2023, 5, 1)

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
