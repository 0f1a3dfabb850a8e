"""One benchmark run on the database given by the environment (see __main__)."""

import gc
import itertools
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
QUERIES_AR = [
    "لجنة الاشراف",
    "الحكومه المنفتحة",
    "الميزانية",
    "المشاركة المواطنة",
    "تقرير",
    "الشباب",
    "النزاهة والمساءلة",
    "المعلومة",
]
QUERIES_FR = [
    "comite de pilotage",
    "transparence",
    "rapports",
    "budget citoyen",
    "l'action",
    "societe civile",
    "evaluation",
    "numerique",
]


# Editors' tags: a few dozen per language, as on the portal.
TAGS = {
    "ar": [f"{w} {i}" for i, w in enumerate(AR[:40])],
    "fr": [f"{w} {i}" for i, w in enumerate(FR[:40])],
}


def vocabularies(seed=1):
    """Arabic and French words with their natural frequencies, taken from the
    seeds and the demo texts (so that the generated text follows the portal's own
    Zipf distribution), plus rarer synthetic words to reach a realistic
    vocabulary size."""
    from collections import Counter
    from pathlib import Path

    from search.text import is_arabic, words

    texts = []
    seeds = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
    for path in sorted(seeds.glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    try:
        from demo.data import charter, meeting_2022

        for module in (charter, meeting_2022):
            texts += [module.plain_text("ar"), module.plain_text("fr")]
    except ImportError:
        pass
    counts = {"ar": Counter(), "fr": Counter()}
    for text in texts:
        for w in words(text):
            if len(w) > 1 and not w.isdigit():
                counts["ar" if is_arabic(w) else "fr"][w] += 1
    for lang, base in (("ar", AR), ("fr", FR)):
        for w in base:
            counts[lang][w] += 3
    rnd = random.Random(seed)
    result = {}
    for lang, counter in counts.items():
        vocab = list(counter)
        weights = [counter[w] for w in vocab]
        # A long tail of rare words (names, places, numbers in words).
        letters = (
            "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" if lang == "ar" else "abcdefghilmnoprstuv"
        )
        for _ in range(20_000):
            vocab.append("".join(rnd.choices(letters, k=rnd.randint(4, 9))))
            weights.append(0.05)
        result[lang] = (vocab, list(itertools.accumulate(weights)))
    return result


def make_entries(n, seed=1):
    import datetime

    from search.registry import Entry

    rnd = random.Random(seed)
    vocab = vocabularies(seed)
    cats = ["studies", "guides", "minutes", "community_reports"]
    out = []
    for i in range(n):
        lang = "ar" if i % 2 == 0 else "fr"
        words_, weights = vocab[lang]

        def text(k, words_=words_, weights=weights):
            return " ".join(rnd.choices(words_, cum_weights=weights, k=k))

        out.append(
            Entry(
                source=rnd.choice(["page", "news", "document"]),
                object_id=str(i),
                locale=lang,
                title=text(6),
                summary=text(15),
                body=text(80),
                url=f"/x/{i}/",
                date=datetime.date(2015 + i % 10, 1 + i % 12, 1 + i % 28),
                facets={
                    "category": [rnd.choice(cats)],
                    "tags": rnd.sample(TAGS[lang], k=rnd.randint(0, 3)),
                },
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
        with engine.bulk():
            engine.add_many(entries)
        indexing = time.perf_counter() - start
        # The generated entries are no longer needed: free them so that the
        # collector's passes over them do not land in the query timings.
        del entries
        gc.collect()
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
        estimated = 0
        for _round in range(5):
            for q in queries:
                t = time.perf_counter()
                results = engine.search(Query(text=q))
                timings.append((time.perf_counter() - t) * 1000)
                estimated += results.total_is_estimate
        timings.sort()
        report["runs"].append(
            {
                "entries": size,
                "index_seconds": round(indexing, 1),
                "entries_per_second": round(size / indexing),
                "queries": len(timings),
                # Queries whose matches passed SEARCH_EXACT_LIMIT ("1,000+").
                "estimated": estimated // 5,
                "median_ms": round(statistics.median(timings), 1),
                "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 1),
            }
        )
        print(json.dumps(report["runs"][-1]), file=sys.stderr, flush=True)
    if os.environ.get("BENCH_KEEP") != "1":
        engine.clear()
    return report


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")
    sizes = [int(x) for x in sys.argv[1].split(",")]
    print(json.dumps(main(sizes)))
