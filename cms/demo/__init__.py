"""The demo content, built from the seeds in ``../shared/seeds``.

``manage.py load_demo`` calls ``site.ensure_site`` then each loader of its ``LOADERS``
list; every part is idempotent (found by a stable slug or key, never duplicated).
See docs/demo-content.md.
"""
