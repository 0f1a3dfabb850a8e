"""One benchmark run on the database given by the environment (see __main__)."""

import json
import os
import random
import statistics
import sys
import time

AR = (
    "لجنة الإشراف الحكومة المنفتحة المجتمع المدني الشفافية المشاركة المواطنة "
    "الاستشارة العمومية مقترح ملاحظة التقرير الاجتماع الميثاق البرنامج الالتزام "
    "التقييم المتابعة التنفيذ الإعداد المشترك الجماعات الترابية الولوج المعلومة "
    "الميزانية النزاهة المساءلة الرقمنة الخدمات المرأة الشباب التعليم الصحة البيئة"
).split()
FR = (
    "comité pilotage gouvernement ouvert société civile transparence participation "
    "citoyenne consultation publique proposition observation rapport réunion charte "
    "programme engagement évaluation suivi mise œuvre co-création collectivités "
    "territoriales accès information budget intégrité redevabilité numérique services "
    "femmes jeunes éducation santé environnement l'action d'information"
).split()
QUERIES_AR = ["لجنة الاشراف", "الحكومه المنفتحة", "الميزانية", "المشاركة المواطنة",
              "تقرير", "الشباب", "النزاهة والمساءلة", "المعلومة"]
QUERIES_FR = ["comite de pilotage", "transparence", "rapports", "budget citoyen",
              "l'action", "societe civile", "evaluation", "numerique"]


def make_entries(n, seed=1):
    from search.registry import Entry

    rnd = random.Random(seed)
    cats = ["studies", "guides", "minutes", "community_reports"]
    out = []
    import datetime

    for i in range(n):
        ar = i % 2 == 0
        vocab = AR if ar else FR
        title = " ".join(rnd.choices(vocab, k=6))
        body = " ".join(rnd.choices(vocab, k=80))
        out.append(
            Entry(
                source=rnd.choice(["page", "news", "document"]),
                object_id=str(i),
                locale="ar" if ar else "fr",
                title=title,
                summary=" ".join(rnd.choices(vocab, k=15)),
                body=body,
                url=f"/x/{i}/",
                date=datetime.date(2015 + i % 10, 1 + i % 12, 1 + i % 28),
                facets={"category": [rnd.choice(cats)], "tags": [rnd.choice(vocab)]},
            )
        )
    return out


def main(sizes):
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from search.engines import Query
    from search.engines.database import DatabaseEngine

    call_command("migrate", "sitesearch", verbosity=0)
    engine = DatabaseEngine()
    report = {"vendor": connection.vendor, "runs": []}
    for size in sizes:
        entries = make_entries(size)
        engine.clear()
        start = time.perf_counter()
        engine.add_many(entries)
        indexing = time.perf_counter() - start
        if connection.vendor == "postgresql":
            with connection.cursor() as cur:
                cur.execute("ANALYZE sitesearch_searchentry")
                cur.execute("ANALYZE sitesearch_searchfacet")
        else:
            with connection.cursor() as cur:
                cur.execute("ANALYZE")
        timings = []
        queries = QUERIES_AR + QUERIES_FR
        for q in queries:  # warm-up
            engine.search(Query(text=q))
        for _round in range(5):
            for q in queries:
                t = time.perf_counter()
                engine.search(Query(text=q))
                timings.append((time.perf_counter() - t) * 1000)
        timings.sort()
        report["runs"].append(
            {
                "entries": size,
                "index_seconds": round(indexing, 1),
                "entries_per_second": round(size / indexing),
                "queries": len(timings),
                "median_ms": round(statistics.median(timings), 1),
                "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 1),
            }
        )
        print(json.dumps(report["runs"][-1]), file=sys.stderr, flush=True)
    engine.clear()
    return report


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")
    sizes = [int(x) for x in sys.argv[1].split(",")]
    print(json.dumps(main(sizes)))
