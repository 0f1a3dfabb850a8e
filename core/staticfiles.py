"""WhiteNoise's static files storage, with each file's address worked out once
per process.

Every page asks for the same few files (the stylesheet, the scripts, the logo,
the icon, the share image): each ``{% static %}`` looked the name up in the
manifest and built the address again, a twentieth of a page not stored yet.
The manifest is read when the process starts and does not change while it
runs, so an address, once made, is kept (a name missing from the manifest
still raises, and is not kept). With ``DEBUG`` on nothing is kept.
"""

from django.conf import settings
from whitenoise.storage import CompressedManifestStaticFilesStorage

MAX_ADDRESSES = 1000


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._addresses: dict[tuple[str, bool], str] = {}

    def url(self, name, force=False):
        key = (name, force)
        address = self._addresses.get(key)
        if address is None:
            address = super().url(name, force)
            if not settings.DEBUG and len(self._addresses) < MAX_ADDRESSES:
                self._addresses[key] = address
        return address
