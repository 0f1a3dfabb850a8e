"""The admin's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE): validated uploads."""

from wagtail.documents.forms import BaseDocumentForm

from .validation import validate_upload


class LibraryDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        # Only a newly uploaded file is checked (not the one already stored).
        if upload and hasattr(upload, "content_type"):
            validate_upload(upload)
        return upload
