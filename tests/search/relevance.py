"""The relevance set: realistic needs in Arabic and French over the demo content,
each with the pages that answer it. ``evaluate`` gives the figures that the tests
hold (``test_relevance_demo.py``, on SQLite and PostgreSQL) and that ``make
bench`` prints (``bench/relevance.py``).

A need is what a reader wants, written as they would type it: natural questions,
missing or extra words, other spellings (hamza, Persian letters, digits,
presentation forms from a PDF). Queries run over every language, as the site's
search does by default.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from search.engines import Query

SNAPSHOT = Path(__file__).with_name("demo_entries.json")

NEEDS = [
    # Arabic
    ("كيف أقدم اقتراح؟", ["/ar/guides/submit-a-proposal-or-observation/"]),
    (
        "كيف يتم اختيار اعضاء لجنة الاشراف",
        ["/ar/guides/steering-committee-selection/"],
    ),
    (
        "ميثاق لجنة الإشراف",
        ["/ar/library/1/", "/ar/governance/steering-committee-charter/"],
    ),
    (
        "محضر اجتماع ٣٠ شتنبر ٢٠٢٢",
        [
            "/ar/library/2/",
            "/ar/governance/meetings/steering-committee-meeting-2022-09-30/",
        ],
    ),
    ("كيف تنضم جمعيتنا لمجموعة عمل", ["/ar/guides/join-a-working-group/"]),
    ("حماية المعطيات الشخصية", ["/ar/personal-data/"]),
    (
        "القانون ۳۱.۱۳",
        [
            "/ar/working-groups/transparency/",
            # the action plan's commitment to apply the law
            "/ar/action-plans/2021-2023/commitments/1/",
        ],
    ),
    (
        "الحق في الحصول على المعلومات",
        ["/ar/working-groups/transparency/", "/ar/events/1/"],
    ),
    (
        "نتائج انتقاء الجمعيات",
        ["/ar/news/steering-committee-2024-2027-selection-results/"],
    ),
    (
        "الترشيح لتمثيل المجتمع المدني",
        ["/ar/news/call-for-applications-steering-committee-2024-2027/"],
    ),
    ("مخطط العمل الوطني الرابع", ["/ar/consultations/plan-action-national-2027/"]),
    ("ما هي لجنة التنفيذ", ["/ar/governance/bodies/implementation-committee/"]),
    (
        "ﻓﻀﺎء اﻟﻤﺠﺘﻤﻊ اﻟﻤﺪﻧﻲ",
        ["/ar/civil-society/", "/ar/governance/bodies/civil-society-space/"],
    ),
    ("مکافحة الفساد", ["/ar/working-groups/integrity/"]),
    (
        "ميزانية للمواطن في كل جهة",
        ["/ar/consultations/plan-action-national-2024/#contribution-5"],
    ),
    ("ولوجية البوابة", ["/ar/accessibility/"]),
    # French
    (
        "comment soumettre une proposition",
        ["/fr/guides/submit-a-proposal-or-observation/"],
    ),
    (
        "comment sont choisis les membres du comité de pilotage",
        ["/fr/guides/steering-committee-selection/"],
    ),
    (
        "charte du comite de pilotage",
        ["/fr/library/3/", "/fr/governance/steering-committee-charter/"],
    ),
    (
        "compte rendu réunion 30 septembre 2022",
        [
            "/fr/library/4/",
            "/fr/governance/meetings/steering-committee-meeting-2022-09-30/",
        ],
    ),
    ("rejoindre un groupe de travail", ["/fr/guides/join-a-working-group/"]),
    ("protection des données personnelles", ["/fr/personal-data/"]),
    ("loi 31.13 sur l’accès à l’information", ["/fr/working-groups/transparency/"]),
    (
        "résultats sélection des associations",
        ["/fr/news/steering-committee-2024-2027-selection-results/"],
    ),
    (
        "appel à candidatures comité de pilotage",
        ["/fr/news/call-for-applications-steering-committee-2024-2027/"],
    ),
    (
        "quatrième plan d'action national",
        ["/fr/consultations/plan-action-national-2027/"],
    ),
    (
        "qu'est-ce que le comité de mise en oeuvre",
        ["/fr/governance/bodies/implementation-committee/"],
    ),
    ("gouvernance", ["/fr/governance/"]),
    ("declaration d'accessibilite", ["/fr/accessibility/"]),
    (
        "qualité de l'eau potable",
        ["/fr/consultations/plan-action-national-2024/#contribution-7"],
    ),
    ("lutte contre la corruption", ["/fr/working-groups/integrity/"]),
]


@dataclass
class Figures:
    needs: int
    first: float  # share of needs whose first result answers them
    p_at_3: float  # mean precision of the first three results
    mrr: float  # mean reciprocal rank of the first answer (0 beyond 10)
    misses: list[tuple[str, list[str]]]

    def line(self) -> str:
        return (
            f"first result right {self.first:.0%} ({round(self.first * self.needs)}"
            f"/{self.needs}), P@3 {self.p_at_3:.2f}, MRR {self.mrr:.2f}"
        )


def evaluate(engine) -> Figures:
    first = p3 = rr = 0.0
    misses = []
    for text, answers in NEEDS:
        urls = [h.url for h in engine.search(Query(text=text, page_size=10)).hits]
        ok = [u in answers for u in urls]
        first += bool(ok[:1] and ok[0])
        p3 += sum(ok[:3]) / 3
        rank = ok.index(True) + 1 if True in ok else 0
        rr += 1 / rank if rank else 0
        if rank != 1:
            misses.append((text, urls[:3]))
    n = len(NEEDS)
    return Figures(n, first / n, p3 / n, rr / n, misses)


def snapshot_entries():
    """The demo's index entries as ``load_demo`` builds them (``SNAPSHOT``)."""
    import datetime

    from search.registry import Entry

    rows = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    return [
        Entry(
            **(
                row
                | {
                    "date": datetime.date.fromisoformat(row["date"])
                    if row["date"]
                    else None
                }
            )
        )
        for row in rows
    ]
