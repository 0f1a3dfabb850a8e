"""The database engine: SQLite FTS5 in the embedded mode, PostgreSQL full text else.

Both share the entry and facet tables (``search.models``), the writes, the filters,
the hits and the suggestions (``base``); they differ only in how a query matches,
ranks and counts:

- SQLite (``sqlite``): the entry's terms, analysed in Python (``search.text.terms``),
  are kept in the ``sitesearch_fts`` FTS5 table and ranked with ``bm25`` (title
  weighs most).
- PostgreSQL (``postgres``): Python folds the Arabic and French text the same way,
  then the per-locale configurations stem it into a weighted ``tsvector`` (GIN
  index); ranking by ``ts_rank`` on a small title+summary vector.

``DatabaseEngine()`` gives the engine of the database in use.
"""

from .base import DatabaseEngine

__all__ = ["DatabaseEngine"]
