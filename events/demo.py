# ruff: noqa: E501 - demo texts are prose, kept one sentence per line
"""Demo events: an upcoming training and an upcoming civil-society workshop.

Idempotent: found by translation key derived from a stable slug; dates are set
relative to the first load and then left alone.
"""

import datetime
import uuid

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from core.regions import Region

from .models import Event, EventKind

NAMESPACE = uuid.UUID("6f1d2c9e-5a54-4c1b-9d1e-2f3b4a5c6d7e")

EVENTS = [
    {
        "key": "training-access-to-information",
        "kind": EventKind.TRAINING,
        "days": 18,
        "hours": (9, 16),
        "capacity": 30,
        "language": "ar-fr",
        "group": "transparency",
        "region": Region.RABAT_SALE_KENITRA,
        "title": {
            "ar": "دورة تكوينية: الحق في الحصول على المعلومات والمعطيات المفتوحة",
            "fr": "Formation : droit d'accès à l'information et données ouvertes",
            "en": "Training: right of access to information and open data",
        },
        "summary": {
            "ar": "يوم تكويني لفائدة جمعيات المجتمع المدني حول تقديم طلبات الحصول على المعلومات وإعادة استعمال المعطيات العمومية.",
            "fr": "Une journée de formation pour les associations : déposer une demande d'accès à l'information et réutiliser les données publiques.",
            "en": "A training day for associations: filing access-to-information requests and reusing public data.",
        },
        "description": {
            "ar": "البرنامج: الإطار القانوني (القانون 31.13)، مسطرة تقديم الطلبات والطعون، البحث في بوابة المعطيات المفتوحة، وتمارين تطبيقية. تسلم شهادة حضور للمشاركين.",
            "fr": "Programme : le cadre légal (loi 31.13), la procédure de demande et de réclamation, la recherche sur le portail des données ouvertes, et des exercices pratiques. Une attestation de participation est remise aux participants.",
            "en": "Programme: the legal framework (law 31.13), how to file requests and complaints, searching the open data portal, and practical exercises. Attendees receive a certificate of attendance.",
        },
        "place": {
            "ar": "الرباط، مركز التكوين الإداري",
            "fr": "Rabat, centre de formation administrative",
            "en": "Rabat, administrative training centre",
        },
        "audience": {
            "ar": "جمعيات المجتمع المدني وممثلوها",
            "fr": "Associations de la société civile et leurs représentants",
            "en": "Civil-society associations and their representatives",
        },
    },
    {
        "key": "workshop-action-plan-co-creation",
        "kind": EventKind.WORKSHOP,
        "days": 32,
        "hours": (10, 13),
        "capacity": 60,
        "language": "ar-fr",
        "group": None,
        "region": Region.CASABLANCA_SETTAT,
        "title": {
            "ar": "ورشة المجتمع المدني: الإعداد المشترك لخطة العمل الوطنية",
            "fr": "Atelier de la société civile : co-création du plan d'action national",
            "en": "Civil-society workshop: co-creating the national action plan",
        },
        "summary": {
            "ar": "ورشة تشاورية لجمع مقترحات الجمعيات حول التزامات خطة العمل المقبلة للحكومة المنفتحة.",
            "fr": "Un atelier de consultation pour recueillir les propositions des associations pour les engagements du prochain plan d'action du gouvernement ouvert.",
            "en": "A consultation workshop to gather associations' proposals for the next open-government action plan.",
        },
        "description": {
            "ar": "تعمل مجموعات صغيرة حول المحاور الخمسة (الشفافية، المشاركة، النزاهة، المساءلة، الرقمنة)، ثم تعرض مقترحاتها في جلسة عامة. تنشر خلاصة الورشة على البوابة.",
            "fr": "Des petits groupes travaillent sur les cinq axes (transparence, participation, intégrité, redevabilité, numérique), puis présentent leurs propositions en plénière. La synthèse de l'atelier est publiée sur le portail.",
            "en": "Small groups work on the five themes (transparency, participation, integrity, accountability, digital), then present their proposals in plenary. The workshop's summary is published on the portal.",
        },
        "place": {
            "ar": "الدار البيضاء، دار الجمعيات",
            "fr": "Casablanca, Maison des associations",
            "en": "Casablanca, House of associations",
        },
        "audience": {
            "ar": "جمعيات فضاء المجتمع المدني",
            "fr": "Associations de l'espace de la société civile",
            "en": "Associations of the civil society space",
        },
    },
]


@transaction.atomic
def load(*, homes) -> str:
    from working_groups.queries import group_by_id_or_slug

    locales = {c: Locale.objects.get(language_code=c) for c in ("ar", "fr", "en")}
    created = 0
    today = timezone.localdate()
    tz = timezone.get_current_timezone()
    for data in EVENTS:
        key = uuid.uuid5(NAMESPACE, data["key"])
        if Event.objects.filter(translation_key=key).exists():
            continue
        day = today + datetime.timedelta(days=data["days"])
        start = datetime.datetime.combine(day, datetime.time(data["hours"][0]), tz)
        end = datetime.datetime.combine(day, datetime.time(data["hours"][1]), tz)
        group = group_by_id_or_slug(data["group"]) if data["group"] else None
        for code in ("ar", "fr", "en"):
            Event.objects.create(
                translation_key=key,
                locale=locales[code],
                kind=data["kind"],
                title=data["title"][code],
                summary=data["summary"][code],
                description=data["description"][code],
                place=data["place"][code],
                audience=data["audience"][code],
                region=data["region"],
                start=start,
                end=end,
                language=data["language"],
                capacity=data["capacity"],
                registration_deadline=start - datetime.timedelta(days=2),
                working_group=group,
                is_published=True,
            )
        created += 1
    return f"{created} events created"
