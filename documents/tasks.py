"""Background work of the library: text extraction after upload."""

from django_tasks import task


@task()
def extract_text_task(document_id: int) -> str:
    from .services import document_extract_text

    return document_extract_text(document_id=document_id)
