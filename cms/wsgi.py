import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")

application = get_wsgi_application()

# What is loaded now (settings, apps, models, their registries) lives as long as
# the process: the collector need not scan it again at each full collection.
gc.collect()
gc.freeze()
