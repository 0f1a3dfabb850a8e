"""The Elasticsearch engine, written with ``elasticsearch.dsl``.

Every text field is analysed by ``sharaka`` (``elastic_analysis``): the one
analysis chain of ``search.analysis`` that SQLite and PostgreSQL use, generated
from the same tables. Queries send the analysed terms and rank with the shared
score (``search.engines.ranking``). Facets are keyword fields counted with terms
aggregations; snippets come from the highlighter with ``<mark>``.
"""

from django.conf import settings
from django.utils.safestring import mark_safe
from elasticsearch import Elasticsearch, helpers
from elasticsearch.dsl import (
    Date,
    Document,
    Keyword,
    MetaField,
    Object,
    Q,
    Search,
    Text,
)

from ..registry import Entry
from .base import FACETS, Engine, Hit, Query, Results, facet_rows, highlight
from .elastic_analysis import SHARAKA
from .ranking import COVER, SUMMARY, TITLE, plan

TEXT_FIELDS = ("title", "summary", "body")


def _text():
    return Text(analyzer=SHARAKA)


class EntryDocument(Document):
    key = Keyword()
    source = Keyword()
    object_id = Keyword()
    locale = Keyword()
    title = _text()
    summary = _text()
    body = _text()
    url = Keyword(index=False)
    date = Date()
    facets = Object(dynamic=True)

    class Meta:
        dynamic_templates = MetaField(
            [
                {
                    "facet_keywords": {
                        "path_match": "facets.*",
                        "mapping": {"type": "keyword"},
                    }
                }
            ]
        )

    @classmethod
    def from_entry(cls, entry: Entry) -> "EntryDocument":
        facets: dict[str, list[str]] = {}
        for name, value in facet_rows(entry):
            if name not in ("type", "locale"):
                facets.setdefault(name, []).append(value)
        return cls(
            meta={"id": entry.key},
            key=entry.key,
            source=entry.source,
            object_id=str(entry.object_id),
            locale=entry.locale,
            title=entry.title,
            summary=entry.summary,
            body=entry.body,
            url=entry.url,
            date=entry.date,
            facets=facets,
        )


def index_name() -> str:
    return f"{settings.SEARCH_INDEX_PREFIX}-entries"


def _holds(field: str, word: set[str], boost: int):
    return Q("constant_score", filter=Q("terms", **{field: sorted(word)}), boost=boost)


def ranked_query(p) -> Q:
    """The shared ranking (``search.engines.ranking``) as a query: the analysed
    terms are sent as they are (``terms``, no analysis at query time), each word
    held gives ``COVER`` (at least ``min_match`` words must be held), plus
    ``TITLE`` and ``SUMMARY`` for the fields that hold it."""
    cover = [
        Q(
            "constant_score",
            filter=Q(
                "bool",
                should=[Q("terms", **{f: sorted(word)}) for f in TEXT_FIELDS],
            ),
            boost=COVER,
        )
        for word in p.words
    ]
    fields = [
        clause
        for word in p.words
        for clause in (_holds("title", word, TITLE), _holds("summary", word, SUMMARY))
    ]
    return Q(
        "bool",
        must=[Q("bool", should=cover, minimum_should_match=p.min_match)],
        should=fields,
    )


def build_search(query: Query, *, index: str | None = None) -> Search:
    """The request body of a query (kept pure so tests can assert it)."""
    s = Search(index=index or index_name())
    p = plan(query.text) if query.text.strip() else None
    if query.text.strip():
        s = s.query(ranked_query(p) if p else Q("match_none"))
        s = s.suggest("terms", query.text, term={"field": "title", "size": 1})
    filters = []
    if query.locale:
        filters.append(Q("term", locale=query.locale))
    for name, values in sorted(query.filters.items()):
        values = [v for v in values if v]
        if not values:
            continue
        field = "source" if name == "type" else f"facets.{name}"
        filters.append(Q("terms", **{field: values}))
    if filters:
        s = s.filter(Q("bool", filter=filters))
    for name in FACETS:
        field = {"type": "source", "locale": "locale"}.get(name, f"facets.{name}")
        s.aggs.bucket(name, "terms", field=field, size=50)
    s = s.highlight_options(
        pre_tags=["<mark>"],
        post_tags=["</mark>"],
        encoder="html",
        fragment_size=200,
        number_of_fragments=1,
    ).highlight("title", "body")
    if query.sort == "date" or not query.text.strip():
        s = s.sort({"date": {"order": "desc", "missing": "_last"}}, "_score")
    else:
        s = s.sort("_score", {"date": {"order": "desc", "missing": "_last"}})
    s = s.extra(track_total_hits=True)
    return s[query.offset : query.offset + query.page_size]


class ElasticsearchEngine(Engine):
    name = "elasticsearch"

    def __init__(self, url: str | None = None, client: Elasticsearch | None = None):
        self.client = client or Elasticsearch(
            url or settings.ELASTICSEARCH_URL, request_timeout=10
        )
        self.index = index_name()

    def setup(self):
        if not self.client.indices.exists(index=self.index):
            EntryDocument.init(index=self.index, using=self.client)

    def replace(self, source, object_id, entries):
        self.setup()
        removed = self.client.delete_by_query(
            index=self.index,
            query={
                "bool": {
                    "filter": [
                        {"term": {"source": source}},
                        {"term": {"object_id": str(object_id)}},
                    ]
                }
            },
            refresh=True,
            conflicts="proceed",
        )
        self.add_many(entries, refresh=True)
        return bool(removed.body.get("deleted", 1) or entries)

    def add_many(self, entries, refresh=False):
        actions = [
            EntryDocument.from_entry(e).to_dict(include_meta=True)
            | {"_index": self.index}
            for e in entries
        ]
        if actions:
            helpers.bulk(self.client, actions, refresh=refresh, chunk_size=1000)

    def clear(self, source=None):
        if source:
            self.client.delete_by_query(
                index=self.index, query={"term": {"source": source}}, refresh=True
            )
            return
        if self.client.indices.exists(index=self.index):
            self.client.indices.delete(index=self.index)
        EntryDocument.init(index=self.index, using=self.client)

    def count(self):
        return self.client.count(index=self.index)["count"]

    def search(self, query: Query) -> Results:
        s = build_search(query, index=self.index).using(self.client)
        response = s.execute()
        results = Results(query=query, total=response.hits.total.value)
        for hit in response:
            hl = getattr(hit.meta, "highlight", None)
            title_hl = _first(hl, "title")
            body_hl = _first(hl, "body")
            results.hits.append(
                Hit(
                    source=hit.source,
                    object_id=hit.object_id,
                    locale=hit.locale,
                    title=hit.title,
                    url=hit.url,
                    date=_date(getattr(hit, "date", None)),
                    summary=getattr(hit, "summary", ""),
                    facets=getattr(hit, "facets", {}) and hit.facets.to_dict(),
                    score=hit.meta.score or 0.0,
                    title_html=mark_safe(title_hl)  # noqa: S308 (html encoder)
                    if title_hl
                    else highlight(hit.title, query, hit.locale),
                    snippet=mark_safe(body_hl)  # noqa: S308 (html encoder)
                    if body_hl
                    else highlight(getattr(hit, "summary", ""), query, hit.locale),
                )
            )
        aggs = getattr(response, "aggregations", None)
        for name in FACETS:
            buckets = getattr(aggs, name, None) if aggs else None
            if buckets and buckets.buckets:
                results.facets[name] = [
                    (str(b.key), b.doc_count) for b in buckets.buckets
                ]
        if not results.total and hasattr(response, "suggest"):
            words, changed = [], False
            for part in response.suggest.to_dict().get("terms", []):
                options = part.get("options") or []
                if options:
                    words.append(options[0]["text"])
                    changed = True
                else:
                    words.append(part["text"])
            if changed:
                results.suggestions = [" ".join(words)]
        return results


def _first(hl, *names):
    if not hl:
        return ""
    for name in names:
        frags = getattr(hl, name.replace(".", "__"), None) or hl.to_dict().get(name)
        if frags:
            return frags[0]
    return ""


def _date(value):
    import datetime

    if value is None:
        return None
    if isinstance(value, str):
        return datetime.date.fromisoformat(value[:10])
    return value.date() if isinstance(value, datetime.datetime) else value
