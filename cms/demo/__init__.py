"""The editorial demo content (pages, menus, footer, settings), built from the seeds.

``load`` is this module's part of ``manage.py load_demo`` (the ``demo`` app); every
part is idempotent (found by a stable slug or key, never duplicated). See
docs/demo-content.md.
"""

from .content import load

__all__ = ["load"]
