"""The public search index kept in the database (the default engine).

One row per ``Entry`` (a record in one language) and its facet values. The
engine-specific full-text structure lives beside it, created by migrations for the
database in use: an FTS5 virtual table on SQLite, a weighted ``tsvector`` column with
a GIN index on PostgreSQL (neither is a Django field: the engine writes them).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    key = models.CharField(max_length=255, unique=True)
    source = models.CharField(max_length=64)
    object_id = models.CharField(max_length=64)
    locale = models.CharField(max_length=8)
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    date = models.DateField(null=True, blank=True)
    facets = models.JSONField(default=dict, blank=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            models.Index(fields=["source", "object_id"]),
            models.Index(fields=["locale", "date"]),
            models.Index(fields=["date"]),
        ]

    def __str__(self):
        return self.key


class SearchFacet(models.Model):
    """One facet value of an entry (type and locale included), for counts."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=32)
    value = models.CharField(max_length=128)

    class Meta:
        indexes = [models.Index(fields=["name", "value", "entry"])]

    def __str__(self):
        return f"{self.name}={self.value}"
