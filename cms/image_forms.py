"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): every image an editor
uploads goes through ``core.uploads`` like any other upload, BEFORE Wagtail's own
field opens it (Wagtail decodes the whole image to count its pixels): real type,
pixel count read from the header, and the original written back with its pixels
only (no EXIF, GPS position, XMP or comment is stored or served under
/media/original_images/)."""

from django.conf import settings
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from core import uploads

POLICY = uploads.Policy(
    kinds=("jpeg", "png", "webp", "gif"),
    max_bytes=getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024),
)


class CheckedImageField(WagtailImageField):
    def to_python(self, data):
        # Only a newly uploaded file (not the one already stored) is checked.
        if data and hasattr(data, "content_type"):
            kind = uploads.clean_upload(data, POLICY)
            if kind is not None and not data.name.lower().endswith(kind.extensions):
                # A GIF is stored as the PNG it has become: its name says so.
                data.name = f"{data.name.rsplit('.', 1)[0]}.{kind.extension}"
        return super().to_python(data)


class SharakaImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if isinstance(field, WagtailImageField):
            field.__class__ = CheckedImageField
