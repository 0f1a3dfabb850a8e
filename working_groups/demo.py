# ruff: noqa: E501 - demo texts are prose, kept one sentence per line
"""Demo working groups and civil-society organisations (fictional but plausible).

Idempotent: groups are found by slug and locale, organisations by registration
number; what exists is left as it is. Arabic rows are the source, French and
English rows their translations (same ``translation_key``).
"""

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from .models import (
    GroupDecision,
    GroupKind,
    GroupNews,
    Membership,
    Organisation,
    WorkingGroup,
)

LANGS = ("ar", "fr", "en")

GROUPS = [
    {
        "slug": "transparency",
        "kind": GroupKind.THEMATIC,
        "theme": "transparency",
        "name": {
            "ar": "مجموعة العمل حول الشفافية والحق في الحصول على المعلومات",
            "fr": "Groupe de travail Transparence et accès à l'information",
            "en": "Transparency and access to information working group",
        },
        "summary": {
            "ar": "تتبع تنفيذ القانون 31.13 ونشر المعطيات العمومية المفتوحة.",
            "fr": "Suivre la mise en œuvre de la loi 31.13 et la publication des données ouvertes.",
            "en": "Following the implementation of law 31.13 and open data publication.",
        },
        "description": {
            "ar": "تجمع هذه المجموعة الجمعيات المهتمة بالحق في الحصول على المعلومات والميزانية المفتوحة والمعطيات المفتوحة. تقترح التزامات لخطة العمل الوطنية وتتابع تنفيذها مع الإدارات المعنية.",
            "fr": "Ce groupe réunit les associations engagées pour le droit d'accès à l'information, le budget ouvert et les données ouvertes. Il propose des engagements pour le plan d'action national et en suit la mise en œuvre avec les administrations concernées.",
            "en": "This group brings together associations working on the right of access to information, open budgets and open data. It proposes commitments for the national action plan and follows their implementation with the administrations concerned.",
        },
    },
    {
        "slug": "participation",
        "kind": GroupKind.THEMATIC,
        "theme": "participation",
        "name": {
            "ar": "مجموعة العمل حول المشاركة المواطنة",
            "fr": "Groupe de travail Participation citoyenne",
            "en": "Citizen participation working group",
        },
        "summary": {
            "ar": "العرائض والملتمسات والتشاور العمومي على المستويين الوطني والترابي.",
            "fr": "Pétitions, motions et consultations publiques, au niveau national et territorial.",
            "en": "Petitions, motions and public consultations, nationally and locally.",
        },
        "description": {
            "ar": "تعمل المجموعة على تيسير آليات الديمقراطية التشاركية وتقييم أثرها، وعلى إشراك الشباب والنساء في الاستشارات العمومية.",
            "fr": "Le groupe travaille à faciliter les mécanismes de démocratie participative, à en évaluer l'effet, et à associer les jeunes et les femmes aux consultations publiques.",
            "en": "The group works to make participatory-democracy mechanisms easier to use, to assess their effect, and to involve young people and women in public consultations.",
        },
    },
    {
        "slug": "integrity",
        "kind": GroupKind.THEMATIC,
        "theme": "integrity",
        "name": {
            "ar": "مجموعة العمل حول النزاهة ومكافحة الفساد",
            "fr": "Groupe de travail Intégrité et lutte contre la corruption",
            "en": "Integrity and anti-corruption working group",
        },
        "summary": {
            "ar": "الصفقات العمومية المفتوحة وحماية المبلغين.",
            "fr": "Commande publique ouverte et protection des lanceurs d'alerte.",
            "en": "Open public procurement and whistleblower protection.",
        },
        "description": {
            "ar": "تتابع المجموعة التزامات النزاهة في خطة العمل وتقترح مؤشرات لتتبعها.",
            "fr": "Le groupe suit les engagements d'intégrité du plan d'action et propose des indicateurs pour les mesurer.",
            "en": "The group follows the integrity commitments of the action plan and proposes indicators to measure them.",
        },
    },
    {
        "slug": "accountability",
        "kind": GroupKind.THEMATIC,
        "theme": "accountability",
        "name": {
            "ar": "مجموعة العمل حول المساءلة",
            "fr": "Groupe de travail Redevabilité",
            "en": "Accountability working group",
        },
        "summary": {
            "ar": "تقييم السياسات العمومية وتقارير التتبع المستقلة.",
            "fr": "Évaluation des politiques publiques et rapports de suivi indépendants.",
            "en": "Public policy evaluation and independent monitoring reports.",
        },
        "description": {
            "ar": "تعد المجموعة تقارير تتبع مستقلة حول تقدم الالتزامات وتنظم جلسات للحوار مع المسؤولين.",
            "fr": "Le groupe prépare des rapports de suivi indépendants sur l'avancement des engagements et organise des séances de dialogue avec les responsables.",
            "en": "The group prepares independent monitoring reports on commitments and holds dialogue sessions with officials.",
        },
    },
    {
        "slug": "digital",
        "kind": GroupKind.THEMATIC,
        "theme": "digital",
        "name": {
            "ar": "مجموعة العمل حول الحكومة الرقمية والمعطيات المفتوحة",
            "fr": "Groupe de travail Gouvernement numérique et données ouvertes",
            "en": "Digital government and open data working group",
        },
        "summary": {
            "ar": "الخدمات الرقمية الشاملة وحماية المعطيات الشخصية.",
            "fr": "Services numériques inclusifs et protection des données personnelles.",
            "en": "Inclusive digital services and personal data protection.",
        },
        "description": {
            "ar": "تشتغل المجموعة على جودة الخدمات الرقمية وولوجيتها وعلى نشر المعطيات في صيغ مفتوحة.",
            "fr": "Le groupe travaille sur la qualité et l'accessibilité des services numériques et sur la publication de données dans des formats ouverts.",
            "en": "The group works on the quality and accessibility of digital services and on publishing data in open formats.",
        },
    },
]

TERRITORIAL = [
    ("souss_massa", "سوس ماسة", "Souss-Massa"),
    ("oriental", "الشرق", "l'Oriental"),
    ("rabat_sale_kenitra", "الرباط سلا القنيطرة", "Rabat-Salé-Kénitra"),
    ("marrakech_safi", "مراكش آسفي", "Marrakech-Safi"),
]
for _region, _ar, _fr in TERRITORIAL:
    _en = _fr.replace("l'", "")
    GROUPS.append(
        {
            "slug": f"region-{_region.replace('_', '-')}",
            "kind": GroupKind.TERRITORIAL,
            "region": _region,
            "name": {
                "ar": f"مجموعة العمل الترابية لجهة {_ar}",
                "fr": f"Groupe de travail territorial de {_fr}",
                "en": f"{_en} territorial working group",
            },
            "summary": {
                "ar": f"الحكومة المنفتحة على المستوى الترابي في جهة {_ar}.",
                "fr": f"Le gouvernement ouvert au niveau territorial, en région {_fr}.",
                "en": f"Open government at local level in the {_en} region.",
            },
            "description": {
                "ar": "تواكب المجموعة الجماعات الترابية في إعداد التزاماتها في مجال الحكومة المنفتحة وتتبعها مع جمعيات الجهة.",
                "fr": "Le groupe accompagne les collectivités territoriales dans la préparation et le suivi de leurs engagements de gouvernement ouvert, avec les associations de la région.",
                "en": "The group supports local authorities in preparing and following their open-government commitments, with the region's associations.",
            },
        }
    )

ORGANISATIONS = [
    {
        "number": "DEMO-RBT-2011-0142",
        "slug": "observatoire-citoyen-transparence",
        "ar": "المرصد المواطن للشفافية",
        "fr": "Observatoire citoyen de la transparence",
        "region": "rabat_sale_kenitra",
        "province": "Rabat",
        "tags": ["transparence", "accès à l'information", "budget ouvert"],
        "presentation": "Association fondée en 2011 qui analyse les budgets publics et accompagne les citoyens dans leurs demandes d'accès à l'information.",
        "groups": ["transparency", "accountability", "region-rabat-sale-kenitra"],
    },
    {
        "number": "DEMO-AGA-2014-0077",
        "slug": "association-souss-initiatives-jeunes",
        "ar": "جمعية سوس لمبادرات الشباب",
        "fr": "Association Souss Initiatives Jeunes",
        "region": "souss_massa",
        "province": "Agadir Ida-Outanane",
        "tags": ["jeunesse", "participation"],
        "presentation": "Réseau de jeunes bénévoles qui anime des ateliers de participation citoyenne dans les communes rurales du Souss.",
        "groups": ["participation", "region-souss-massa"],
    },
    {
        "number": "DEMO-OUJ-2009-0031",
        "slug": "forum-oriental-bonne-gouvernance",
        "ar": "منتدى الشرق للحكامة الجيدة",
        "fr": "Forum de l'Oriental pour la bonne gouvernance",
        "region": "oriental",
        "province": "Oujda-Angad",
        "tags": ["gouvernance locale", "intégrité"],
        "presentation": "Le forum suit les conseils communaux de l'Oriental et publie chaque année un baromètre de la transparence locale.",
        "groups": ["integrity", "region-oriental"],
    },
    {
        "number": "DEMO-CAS-2016-0210",
        "slug": "collectif-donnees-ouvertes-maroc",
        "ar": "تجمع المعطيات المفتوحة بالمغرب",
        "fr": "Collectif Données ouvertes Maroc",
        "region": "casablanca_settat",
        "province": "Casablanca",
        "tags": ["données ouvertes", "numérique"],
        "presentation": "Collectif de développeurs, journalistes et chercheurs qui réutilisent les données publiques et forment les associations à leur usage.",
        "groups": ["digital", "transparency"],
    },
    {
        "number": "DEMO-MRK-2012-0098",
        "slug": "association-femmes-citoyennete-marrakech",
        "ar": "جمعية النساء والمواطنة بمراكش",
        "fr": "Association Femmes et Citoyenneté de Marrakech",
        "region": "marrakech_safi",
        "province": "Marrakech",
        "tags": ["égalité", "participation"],
        "presentation": "L'association renforce la participation des femmes aux instances consultatives locales et à l'élaboration des plans d'action communaux.",
        "groups": ["participation", "region-marrakech-safi"],
    },
    {
        "number": "DEMO-FES-2018-0154",
        "slug": "reseau-redevabilite-fes-meknes",
        "ar": "شبكة المساءلة بجهة فاس مكناس",
        "fr": "Réseau Redevabilité Fès-Meknès",
        "region": "fes_meknes",
        "province": "Fès",
        "tags": ["redevabilité", "évaluation"],
        "presentation": "Réseau de douze associations qui évaluent les services publics locaux par des enquêtes citoyennes.",
        "groups": ["accountability"],
    },
]

# The fictional organisations that applied to the demo call (``calls.demo``) besides
# the ones above: (number, slug, ar, fr, region, province, fields)
CALL_ORGANISATIONS = [
    (
        "DEMO-TNG-2013-0301",
        "demo-reseau-nord-participation",
        "شبكة الشمال للمشاركة",
        "Réseau Nord Participation",
        "tanger_tetouan_al_hoceima",
        "Tanger-Assilah",
        ["participation"],
    ),
    (
        "DEMO-BML-2015-0302",
        "demo-association-tadla-integrite",
        "جمعية تادلة للنزاهة",
        "Association Tadla Intégrité",
        "beni_mellal_khenifra",
        "Béni Mellal",
        ["intégrité"],
    ),
    (
        "DEMO-ERR-2017-0303",
        "demo-oasis-gouvernance-locale",
        "واحات الحكامة المحلية",
        "Oasis Gouvernance locale",
        "draa_tafilalet",
        "Errachidia",
        ["gouvernance locale"],
    ),
    (
        "DEMO-GLM-2019-0304",
        "demo-jeunes-oued-noun",
        "شباب واد نون",
        "Jeunes de l'Oued Noun",
        "guelmim_oued_noun",
        "Guelmim",
        ["jeunesse"],
    ),
    (
        "DEMO-LAY-2016-0305",
        "demo-sahara-citoyennete",
        "جمعية الصحراء للمواطنة",
        "Sahara Citoyenneté",
        "laayoune_sakia_el_hamra",
        "Laâyoune",
        ["participation"],
    ),
    (
        "DEMO-DAK-2020-0306",
        "demo-dakhla-donnees",
        "الداخلة للمعطيات",
        "Dakhla Données",
        "dakhla_oued_ed_dahab",
        "Oued Ed-Dahab",
        ["données ouvertes"],
    ),
    (
        "DEMO-KEN-2012-0307",
        "demo-kenitra-budget-citoyen",
        "القنيطرة للميزانية المواطنة",
        "Kénitra Budget citoyen",
        "rabat_sale_kenitra",
        "Kénitra",
        ["budget ouvert"],
    ),
    (
        "DEMO-SAF-2014-0308",
        "demo-safi-redevabilite",
        "آسفي للمساءلة",
        "Safi Redevabilité",
        "marrakech_safi",
        "Safi",
        ["redevabilité"],
    ),
    (
        "DEMO-SET-2018-0309",
        "demo-settat-numerique",
        "سطات الرقمية",
        "Settat Numérique",
        "casablanca_settat",
        "Settat",
        ["numérique"],
    ),
    (
        "DEMO-TAZ-2011-0310",
        "demo-taza-acces-information",
        "تازة للحق في المعلومة",
        "Taza Accès à l'information",
        "fes_meknes",
        "Taza",
        ["accès à l'information"],
    ),
]


def _ensure_group(data, locales) -> WorkingGroup:
    source = WorkingGroup.objects.filter(
        slug=data["slug"], locale=locales["ar"]
    ).first()
    fields = {
        "kind": data["kind"],
        "theme": data.get("theme", ""),
        "region": data.get("region", ""),
        "is_open": True,
    }
    if source is None:
        source = WorkingGroup.objects.create(
            slug=data["slug"],
            locale=locales["ar"],
            name=data["name"]["ar"],
            summary=data["summary"]["ar"],
            description=data["description"]["ar"],
            **fields,
        )
    for code in ("fr", "en"):
        if source.get_translation_or_none(locales[code]) is None:
            WorkingGroup.objects.create(
                slug=data["slug"],
                locale=locales[code],
                translation_key=source.translation_key,
                name=data["name"][code],
                summary=data["summary"][code],
                description=data["description"][code],
                **fields,
            )
    return source


# What the transparency group published: one news post and one decision.
NEWS = {
    "title_ar": "المجموعة تعد مقترحاتها لخطة العمل الوطنية المقبلة",
    "title_fr": "Le groupe prépare ses propositions pour le prochain plan d'action",
    "title_en": "The group prepares its proposals for the next action plan",
    "body_ar": "اجتمعت الجمعيات الأعضاء لتحديد أولوياتها في مجال الحق في الحصول على المعلومات.\n\nستُعرض المقترحات في الاستشارة العمومية المفتوحة على البوابة.",
    "body_fr": "Les associations membres se sont réunies pour fixer leurs priorités sur le droit d'accès à l'information.\n\nLes propositions seront soumises à la consultation publique ouverte sur le portail.",
    "body_en": "The member associations met to set their priorities on the right of access to information.\n\nThe proposals will go to the public consultation open on the portal.",
}
DECISION = {
    "text_ar": "تقترح المجموعة التزامًا بنشر الميزانيات السنوية للجماعات الترابية في صيغة معطيات مفتوحة.",
    "text_fr": "Le groupe propose un engagement de publication des budgets annuels des collectivités territoriales en données ouvertes.",
    "text_en": "The group proposes a commitment to publish the annual budgets of local authorities as open data.",
}


def _records(group: WorkingGroup) -> None:
    """The group's demo news post and decision, published a week ago (once)."""
    when = timezone.now() - timezone.timedelta(days=7)
    if not GroupNews.objects.filter(group=group).exists():
        GroupNews.objects.create(
            group=group,
            is_published=True,
            first_published_at=when,
            published_on=timezone.localdate(when),
            **NEWS,
        )
    if not GroupDecision.objects.filter(group=group).exists():
        GroupDecision.objects.create(
            group=group,
            is_published=True,
            first_published_at=when,
            decided_on=timezone.localdate(when),
            **DECISION,
        )


@transaction.atomic
def call_organisations() -> None:
    """The fictional applicants of the demo call (``calls``), made here so that
    they are verified organisations, and members of the civil society space, from
    the first load on (governance's demo runs after this one, calls' after both)."""
    for number, slug, ar, fr, region, province, fields in CALL_ORGANISATIONS:
        organisation, created = Organisation.objects.get_or_create(
            registration_number=number,
            defaults={
                "slug": slug,
                "name_ar": ar,
                "name_fr": f"{fr} (démo)",
                "region": region,
                "province": province,
                "presentation": "Association fictive des données de démonstration.",
                "verified": True,
                "verified_at": timezone.now(),
            },
        )
        if created:
            organisation.fields_of_action.set(fields)


def load(*, homes) -> str:
    locales = {code: Locale.objects.get(language_code=code) for code in LANGS}
    groups = {data["slug"]: _ensure_group(data, locales) for data in GROUPS}
    created = 0
    for data in ORGANISATIONS:
        organisation, was_created = Organisation.objects.get_or_create(
            registration_number=data["number"],
            defaults={
                "slug": data["slug"],
                "name_ar": data["ar"],
                "name_fr": data["fr"],
                "region": data["region"],
                "province": data["province"],
                "presentation": data["presentation"],
                "verified": True,
                "verified_at": timezone.now(),
            },
        )
        if not was_created:
            continue
        created += 1
        organisation.fields_of_action.set(data["tags"])
        for slug in data["groups"]:
            Membership.objects.get_or_create(
                organisation=organisation,
                group=groups[slug],
                left_at=None,
            )
    call_organisations()
    _records(groups["transparency"])
    return f"{len(groups)} working groups, {created} organisations created"
