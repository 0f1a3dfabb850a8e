"""The Elasticsearch engine: mappings and query bodies, a loopback round trip, and
integration tests that run only against a real cluster (ELASTICSEARCH_URL)."""

import datetime
import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from search.engines import Query
from search.engines.elastic import ElasticsearchEngine, EntryDocument, build_search
from search.engines.elastic_analysis import analysis_settings
from search.engines.ranking import COVER, SUMMARY, TITLE
from search.registry import Entry

ENTRY = Entry(
    source="document",
    object_id="7",
    locale="ar",
    title="ميثاق لجنة الإشراف",
    body="نص",
    url="/ar/library/7/",
    date=datetime.date(2022, 9, 30),
    facets={"category": ["minutes"], "tags": ["حكامة"]},
)


def test_mapping_uses_the_generated_analyzer_and_keyword_facets():
    mapping = EntryDocument._doc_type.mapping.to_dict()
    for field in ("title", "summary", "body"):
        assert mapping["properties"][field]["analyzer"] == "sharaka"
    assert mapping["properties"]["source"]["type"] == "keyword"
    assert mapping["dynamic_templates"][0]["facet_keywords"]["mapping"] == {
        "type": "keyword"
    }
    analysis = EntryDocument._doc_type.mapping._collect_analysis()
    assert analysis == analysis_settings()
    chain = analysis["analyzer"]["sharaka"]
    assert chain["char_filter"] == ["sharaka_fold", "sharaka_joiners"]
    assert "sharaka_ar_bl_both" in chain["filter"]
    assert analysis["filter"]["sharaka_ar_bl"]["type"] == "pattern_replace"
    assert chain["filter"][-1] == "sharaka_french_stem"


def test_query_body_sends_the_analysed_terms_with_the_shared_score():
    body = build_search(
        Query(
            text="لجنة الاشراف",
            locale="ar",
            filters={"category": ["minutes"], "type": ["document"]},
            page=2,
            page_size=10,
        )
    ).to_dict()
    cover = body["query"]["bool"]["must"][0]["bool"]
    assert cover["minimum_should_match"] == 1  # one word of two
    first = cover["should"][0]["constant_score"]
    assert first["boost"] == COVER
    assert {"terms": {"title": ["لجن"]}} in first["filter"]["bool"]["should"]
    boosts = {
        (c["constant_score"]["boost"], json.dumps(c["constant_score"]["filter"]))
        for c in body["query"]["bool"]["should"]
    }
    assert (TITLE, json.dumps({"terms": {"title": ["اشراف"]}})) in boosts
    assert (SUMMARY, json.dumps({"terms": {"summary": ["اشراف"]}})) in boosts
    filters = body["query"]["bool"]["filter"][0]["bool"]["filter"]
    assert {"term": {"locale": "ar"}} in filters
    assert {"terms": {"facets.category": ["minutes"]}} in filters
    assert {"terms": {"source": ["document"]}} in filters
    assert body["aggs"]["tags"]["terms"]["field"] == "facets.tags"
    assert body["highlight"]["pre_tags"] == ["<mark>"]
    assert body["from"] == 10 and body["size"] == 10
    assert body["sort"][0] == "_score"


def test_date_sort_is_in_the_body():
    body = build_search(Query(text="budget", sort="date")).to_dict()
    assert body["sort"][0] == {"date": {"order": "desc", "missing": "_last"}}


def test_documents_carry_facets_and_year():
    doc = EntryDocument.from_entry(ENTRY).to_dict(include_meta=True)
    assert doc["_id"] == "document:7:ar"
    assert doc["_source"]["facets"] == {
        "category": ["minutes"],
        "tags": ["حكامة"],
        "year": ["2022"],
    }


class FakeElasticsearch(BaseHTTPRequestHandler):
    requests: list = []

    def log_message(self, *args):
        pass

    def _reply(self, payload, status=200):
        data = json.dumps(payload, default=str).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_HEAD(self):
        self.requests.append(("HEAD", self.path, b""))
        self.send_response(200)
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.requests.append(("POST", self.path, body))
        if "_bulk" in self.path:
            lines = [line for line in body.splitlines() if line.strip()]
            items = [{"index": {"_id": "x", "status": 201}} for _ in lines[::2]]
            return self._reply({"took": 1, "errors": False, "items": items})
        if "_delete_by_query" in self.path:
            return self._reply({"deleted": 0})
        return self._reply(
            {
                "took": 1,
                "timed_out": False,
                "hits": {
                    "total": {"value": 1, "relation": "eq"},
                    "max_score": 1.0,
                    "hits": [
                        {
                            "_index": "sharaka-entries",
                            "_id": ENTRY.key,
                            "_score": 2.5,
                            "_source": EntryDocument.from_entry(ENTRY).to_dict(),
                            "highlight": {"title": ["ميثاق لجنة <mark>الإشراف</mark>"]},
                        }
                    ],
                },
                "aggregations": {
                    "type": {"buckets": [{"key": "document", "doc_count": 1}]},
                    "category": {"buckets": [{"key": "minutes", "doc_count": 1}]},
                },
            }
        )

    do_PUT = do_POST


@pytest.fixture
def fake_es():
    FakeElasticsearch.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeElasticsearch)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_round_trip_against_a_loopback_server(fake_es, settings):
    settings.SEARCH_INDEX_PREFIX = "sharaka"
    engine = ElasticsearchEngine(url=fake_es)
    engine.replace("document", "7", [ENTRY])
    bulk = [r for r in FakeElasticsearch.requests if "_bulk" in r[1]][0]
    action, source = [json.loads(x) for x in bulk[2].splitlines() if x.strip()]
    assert action["index"]["_id"] == "document:7:ar" and source["locale"] == "ar"
    results = engine.search(Query(text="الاشراف"))
    assert results.total == 1
    hit = results.hits[0]
    assert hit.title == "ميثاق لجنة الإشراف" and hit.date == datetime.date(2022, 9, 30)
    assert "<mark>الإشراف</mark>" in hit.title_html
    assert results.facets["category"] == [("minutes", 1)]
    sent = json.loads(
        [r for r in FakeElasticsearch.requests if "_search" in r[1]][0][2]
    )
    should = sent["query"]["bool"]["must"][0]["bool"]["should"]
    assert {"terms": {"body": ["اشراف"]}} in should[0]["constant_score"]["filter"][
        "bool"
    ]["should"]


needs_cluster = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="needs ELASTICSEARCH_URL (a real cluster)",
)


@pytest.mark.elasticsearch
@needs_cluster
def test_real_cluster_matches_arabic_and_french_like_the_database(settings):
    settings.SEARCH_INDEX_PREFIX = f"sharaka-test-{int(time.time())}"
    engine = ElasticsearchEngine(url=os.environ["ELASTICSEARCH_URL"])
    engine.clear()
    try:
        engine.add_many(
            [
                ENTRY,
                Entry(
                    source="page",
                    object_id="1",
                    locale="ar",
                    title="زيارة والمعلم",
                    body="تقرير اللجنة",
                    url="/",
                ),
                Entry(
                    source="page",
                    object_id="2",
                    locale="fr",
                    title="Comité de pilotage",
                    body="L'action du gouvernement",
                    url="/",
                ),
            ],
            refresh=True,
        )
        assert engine.search(Query(text="الاشراف")).total == 1
        assert engine.search(Query(text="المعلم")).total == 1
        assert engine.search(Query(text="لجنة")).total >= 1
        assert engine.search(Query(text="comite de pilotage")).total == 1
        assert engine.search(Query(text="actions")).total == 1
    finally:
        engine.client.indices.delete(index=engine.index)
