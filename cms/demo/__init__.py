"""The demo content, built from the seeds in ``cms/demo/seeds``.

``manage.py load_demo`` calls ``load_all``: each module contributes its part, and
every part is idempotent (found by a stable slug or key, updated, never duplicated).
"""
