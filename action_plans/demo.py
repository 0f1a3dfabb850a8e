"""Demo action plan: the 2021-2023 national action plan as the steering
committee's report of 30 September 2022 (seed 003) describes its follow-up.

The report urges the institutions to intensify their efforts to carry out the
plan's remaining activities within the deadlines, and to update the progress of
their commitments on the follow-up platform; it names the institutions around
the table and the Digital Development Agency's open-data experience. What the
report does not give (the commitments' wording, milestones, percentages) is
illustrative, kept plain, and the plan and its progress updates are marked as
demo data on every page (``is_demo``). The commitments came from a demo
co-creation consultation (its title says so), whose contributions they name and
which names them back.

Idempotent: rows are found by translation keys derived from stable names, so a
second run creates nothing.
"""

import datetime
import uuid

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from governance.models import ActionPlan

from .models import (
    Commitment,
    Completion,
    DraftComment,
    Evidence,
    Institution,
    Milestone,
    MilestoneProgress,
    MilestoneStatus,
    OgpValue,
    Phase,
    Plan,
    ProgressUpdate,
    UpdateStatus,
)

LANGS = ("ar", "fr", "en")
NAMESPACE = uuid.UUID("6f1d2b8e-4c3a-4e59-9b7d-2a8c5e1f0d34")
D = datetime.date

# Seed 003's institutions: slug, acronym, names (ar, fr, en).
INSTITUTIONS = [
    (
        "mtnra",
        "MTNRA",
        "وزارة الانتقال الرقمي وإصلاح الإدارة",
        "Ministère de la Transition numérique et de la Réforme de l'administration",
        "Ministry of Digital Transition and Administrative Reform",
    ),
    (
        "add",
        "ADD",
        "وكالة التنمية الرقمية",
        "Agence de développement du digital",
        "Digital Development Agency",
    ),
    (
        "interieur-dgct",
        "DGCT",
        "وزارة الداخلية، المديرية العامة للجماعات الترابية",
        "Ministère de l'Intérieur, Direction générale des collectivités territoriales",
        "Ministry of the Interior, Directorate General of Local Authorities",
    ),
    (
        "budget",
        "",
        "الوزارة المنتدبة المكلفة بالميزانية",
        "Ministère délégué chargé du Budget",
        "Ministry Delegate for the Budget",
    ),
    (
        "justice",
        "",
        "وزارة العدل",
        "Ministère de la Justice",
        "Ministry of Justice",
    ),
    (
        "inpplc",
        "INPPLC",
        "الهيئة الوطنية للنزاهة والوقاية من الرشوة ومحاربتها",
        "Instance nationale de la probité, de la prévention et de la lutte contre "
        "la corruption",
        "National Authority for Probity, Prevention and Fight against Corruption",
    ),
    (
        "relations-parlement",
        "",
        "الوزارة المنتدبة لدى رئيس الحكومة المكلفة بالعلاقات مع البرلمان",
        "Ministère délégué chargé des Relations avec le Parlement",
        "Ministry Delegate for Relations with Parliament",
    ),
]

PLAN_TEXT = {
    "ar": (
        "خطة العمل الوطنية للحكومة المنفتحة 2021-2023",
        "معطيات توضيحية (بيانات تجريبية): التزامات الخطة ومراحلها وتقدم تنفيذها كما "
        "تتبعته لجنة الإشراف في اجتماعها بتاريخ 30 شتنبر 2022، الذي دعا إلى تكثيف "
        "الجهود لتنفيذ الأنشطة المتبقية في الآجال المحددة وتحيين تقدم تنفيذ "
        "الالتزامات عبر منصة التتبع.",
    ),
    "fr": (
        "Plan d'action national pour le gouvernement ouvert 2021-2023",
        "Données d'illustration (démo) : les engagements du plan, leurs jalons et "
        "leur avancement tel que le comité de pilotage l'a suivi lors de sa réunion "
        "du 30 septembre 2022, qui a appelé à intensifier les efforts pour réaliser "
        "les activités restantes dans les délais et à mettre à jour l'avancement des "
        "engagements sur la plateforme de suivi.",
    ),
    "en": (
        "National open government action plan 2021-2023",
        "Illustrative data (demo): the plan's commitments, their milestones and "
        "their progress as the steering committee followed it at its meeting of 30 "
        "September 2022, which called for stepping up efforts to carry out the "
        "remaining activities on time and for updating the commitments' progress "
        "on the follow-up platform.",
    ),
}

AI, CP, PA, TI = (
    OgpValue.ACCESS_TO_INFORMATION,
    OgpValue.CIVIC_PARTICIPATION,
    OgpValue.PUBLIC_ACCOUNTABILITY,
    OgpValue.TECHNOLOGY,
)
ST = MilestoneStatus

# number, lead, values, themes, (start, end), texts {lang: (title, description,
# problem)}, milestones [(due, status, completion, {lang: title})].
COMMITMENTS = [
    (
        1,
        "mtnra",
        [AI],
        ["transparency"],
        (D(2021, 1, 1), D(2023, 6, 30)),
        {
            "ar": (
                "النشر الاستباقي للمعلومات العمومية",
                "مواكبة الإدارات في النشر الاستباقي للمعلومات التي يحددها القانون "
                "31.13 المتعلق بالحق في الحصول على المعلومات.",
                "معلومات عمومية متفرقة وغير محينة يصعب على المواطنين الوصول إليها.",
            ),
            "fr": (
                "Publication proactive des informations publiques",
                "Accompagner les administrations dans la publication proactive des "
                "informations prévues par la loi 31.13 relative au droit d'accès à "
                "l'information.",
                "Des informations publiques dispersées et peu à jour, difficiles "
                "d'accès pour les citoyens.",
            ),
            "en": (
                "Proactive publication of public information",
                "Support administrations in proactively publishing the information "
                "that law 31.13 on the right of access to information lists.",
                "Public information is scattered and out of date, hard for citizens "
                "to reach.",
            ),
        },
        [
            (
                D(2021, 12, 31),
                ST.COMPLETED,
                100,
                {
                    "ar": "دليل النشر الاستباقي",
                    "fr": "Guide de la publication proactive",
                    "en": "Guide to proactive publication",
                },
            ),
            (
                D(2023, 6, 30),
                ST.IN_PROGRESS,
                70,
                {
                    "ar": "تكوين المكلفين بالمعلومات في الإدارات",
                    "fr": "Formation des chargés de l'information des administrations",
                    "en": "Training of the administrations' information officers",
                },
            ),
        ],
    ),
    (
        2,
        "add",
        [AI, TI],
        ["digital"],
        (D(2021, 1, 1), D(2023, 12, 31)),
        {
            "ar": (
                "تعزيز البيانات المفتوحة",
                "إغناء البوابة الوطنية للبيانات المفتوحة بمجموعات بيانات ذات أولوية "
                "ومواكبة إعادة استعمالها.",
                "قلة مجموعات البيانات المنشورة بصيغ مفتوحة وقابلة لإعادة الاستعمال.",
            ),
            "fr": (
                "Renforcer les données ouvertes",
                "Enrichir le portail national des données ouvertes de jeux de données "
                "prioritaires et accompagner leur réutilisation.",
                "Peu de jeux de données publiés dans des formats ouverts et "
                "réutilisables.",
            ),
            "en": (
                "Strengthen open data",
                "Add priority datasets to the national open data portal and support "
                "their reuse.",
                "Few datasets are published in open, reusable formats.",
            ),
        },
        [
            (
                D(2022, 6, 30),
                ST.COMPLETED,
                100,
                {
                    "ar": "جرد مجموعات البيانات ذات الأولوية",
                    "fr": "Inventaire des jeux de données prioritaires",
                    "en": "Inventory of priority datasets",
                },
            ),
            (
                D(2023, 12, 31),
                ST.IN_PROGRESS,
                60,
                {
                    "ar": "نشر مجموعات البيانات ذات الأولوية",
                    "fr": "Publication des jeux de données prioritaires",
                    "en": "Publication of the priority datasets",
                },
            ),
        ],
    ),
    (
        3,
        "interieur-dgct",
        [CP],
        ["participation"],
        (D(2021, 1, 1), D(2023, 12, 31)),
        {
            "ar": (
                "آليات الحوار والتشاور على المستوى الترابي",
                "مواكبة الجماعات الترابية في إحداث وتفعيل هيئات التشاور والعرائض.",
                "ضعف استعمال آليات الديمقراطية التشاركية المحلية.",
            ),
            "fr": (
                "Mécanismes de dialogue et de concertation au niveau territorial",
                "Accompagner les collectivités territoriales dans la mise en place "
                "des instances de concertation et des pétitions.",
                "Les mécanismes de démocratie participative locale sont peu utilisés.",
            ),
            "en": (
                "Dialogue and consultation mechanisms at local level",
                "Support local authorities in setting up consultation bodies and "
                "petitions.",
                "Local participatory democracy mechanisms are little used.",
            ),
        },
        [
            (
                D(2022, 3, 31),
                ST.COMPLETED,
                100,
                {
                    "ar": "دليل هيئات التشاور",
                    "fr": "Guide des instances de concertation",
                    "en": "Guide to consultation bodies",
                },
            ),
            (
                D(2022, 12, 31),
                ST.DELAYED,
                40,
                {
                    "ar": "منصة رقمية للعرائض المحلية",
                    "fr": "Plateforme numérique des pétitions locales",
                    "en": "Online platform for local petitions",
                },
            ),
        ],
    ),
    (
        4,
        "budget",
        [AI, PA],
        ["transparency", "accountability"],
        (D(2021, 1, 1), D(2023, 12, 31)),
        {
            "ar": (
                "شفافية الميزانية وميزانية المواطن",
                "نشر ميزانية المواطن ووثائق الميزانية الرئيسية في آجالها وبصيغ مبسطة.",
                "وثائق ميزانية يصعب على غير المختصين فهمها.",
            ),
            "fr": (
                "Transparence budgétaire et budget citoyen",
                "Publier le budget citoyen et les principaux documents budgétaires "
                "dans les délais et sous une forme simple.",
                "Des documents budgétaires difficiles à comprendre pour les non "
                "spécialistes.",
            ),
            "en": (
                "Budget transparency and citizens' budget",
                "Publish the citizens' budget and the main budget documents on time "
                "and in plain form.",
                "Budget documents are hard to understand for non-specialists.",
            ),
        },
        [
            (
                D(2022, 1, 31),
                ST.COMPLETED,
                100,
                {
                    "ar": "نشر ميزانية المواطن 2022",
                    "fr": "Publication du budget citoyen 2022",
                    "en": "Publication of the 2022 citizens' budget",
                },
            ),
            (
                D(2023, 1, 31),
                ST.COMPLETED,
                100,
                {
                    "ar": "نشر ميزانية المواطن 2023",
                    "fr": "Publication du budget citoyen 2023",
                    "en": "Publication of the 2023 citizens' budget",
                },
            ),
        ],
    ),
    (
        5,
        "justice",
        [AI, TI],
        ["transparency"],
        (D(2021, 6, 1), D(2023, 12, 31)),
        {
            "ar": (
                "العدالة المنفتحة: نشر المعلومات القضائية",
                "نشر المعطيات الإحصائية للمحاكم وتسهيل ولوج المتقاضين إلى المعلومات.",
                "صعوبة الوصول إلى المعلومة القضائية.",
            ),
            "fr": (
                "Justice ouverte : publication de l'information judiciaire",
                "Publier les statistiques des juridictions et faciliter l'accès des "
                "justiciables à l'information.",
                "L'information judiciaire est difficile d'accès.",
            ),
            "en": (
                "Open justice: publishing judicial information",
                "Publish the courts' statistics and make information easier to reach "
                "for court users.",
                "Judicial information is hard to reach.",
            ),
        },
        [
            (
                D(2022, 12, 31),
                ST.IN_PROGRESS,
                50,
                {
                    "ar": "نشر الإحصائيات السنوية للمحاكم",
                    "fr": "Publication des statistiques annuelles des juridictions",
                    "en": "Publication of the courts' annual statistics",
                },
            ),
            (
                D(2023, 12, 31),
                ST.NOT_STARTED,
                0,
                {
                    "ar": "بوابة إرشاد المتقاضين",
                    "fr": "Portail d'orientation des justiciables",
                    "en": "Guidance portal for court users",
                },
            ),
        ],
    ),
    (
        6,
        "inpplc",
        [PA],
        ["integrity"],
        (D(2021, 1, 1), D(2023, 12, 31)),
        {
            "ar": (
                "تعزيز النزاهة والتبليغ عن الفساد",
                "تبسيط قنوات التبليغ عن أفعال الفساد وحماية المبلغين.",
                "قلة التبليغ عن أفعال الفساد خوفا من الانتقام.",
            ),
            "fr": (
                "Renforcer l'intégrité et le signalement de la corruption",
                "Simplifier les canaux de signalement des actes de corruption et "
                "protéger les lanceurs d'alerte.",
                "Peu de signalements d'actes de corruption, par crainte de "
                "représailles.",
            ),
            "en": (
                "Strengthen integrity and the reporting of corruption",
                "Make the channels for reporting corruption simpler and protect "
                "whistle-blowers.",
                "Few acts of corruption are reported, for fear of reprisals.",
            ),
        },
        [
            (
                D(2022, 6, 30),
                ST.COMPLETED,
                100,
                {
                    "ar": "دراسة حول حماية المبلغين",
                    "fr": "Étude sur la protection des lanceurs d'alerte",
                    "en": "Study on the protection of whistle-blowers",
                },
            ),
            (
                D(2023, 6, 30),
                ST.IN_PROGRESS,
                50,
                {
                    "ar": "حملة تحسيسية وطنية",
                    "fr": "Campagne nationale de sensibilisation",
                    "en": "National awareness campaign",
                },
            ),
        ],
    ),
]

# Progress updates (published): (commitment number, published on, {milestone
# position: (status, completion)}, text {lang: ...}, language).
UPDATES = [
    (
        1,
        D(2022, 10, 14),
        {0: (ST.COMPLETED, 100), 1: (ST.IN_PROGRESS, 40)},
        "ar",
        "تم نشر دليل النشر الاستباقي، وانطلقت دورات تكوين المكلفين بالمعلومات في "
        "الإدارات المركزية؛ تتواصل الدورات الجهوية.",
    ),
    (
        2,
        D(2022, 10, 20),
        {0: (ST.COMPLETED, 100), 1: (ST.IN_PROGRESS, 35)},
        "fr",
        "L'inventaire des jeux de données prioritaires est achevé ; les premiers jeux "
        "sont publiés sur le portail national. L'expérience marocaine des données "
        "ouvertes sera présentée à la rencontre régionale de Marrakech.",
    ),
    (
        3,
        D(2022, 10, 25),
        {0: (ST.COMPLETED, 100), 1: (ST.DELAYED, 40)},
        "ar",
        "نشر دليل هيئات التشاور؛ تأخر إطلاق منصة العرائض المحلية بسبب إجراءات "
        "الصفقة العمومية.",
    ),
    (
        4,
        D(2022, 11, 2),
        {0: (ST.COMPLETED, 100), 1: (ST.IN_PROGRESS, 20)},
        "fr",
        "Le budget citoyen 2022 est publié ; celui de 2023 est en préparation avec la "
        "loi de finances.",
    ),
    (
        4,
        D(2023, 2, 10),
        {0: (ST.COMPLETED, 100), 1: (ST.COMPLETED, 100)},
        "fr",
        "Le budget citoyen 2023 est publié en arabe, en français et en amazighe.",
    ),
    (
        6,
        D(2022, 11, 15),
        {0: (ST.COMPLETED, 100), 1: (ST.IN_PROGRESS, 50)},
        "ar",
        "أنجزت الدراسة حول حماية المبلغين، ويجري إعداد الحملة التحسيسية الوطنية.",
    ),
]

# Evidence links of completed milestones: (commitment, milestone position, url, label)
EVIDENCE = [
    (2, 0, "https://data.gov.ma/", "data.gov.ma"),
    (4, 0, "https://www.finances.gov.ma/", "finances.gov.ma"),
]

ASSESSMENTS = {
    1: (Completion.SUBSTANTIAL, ""),
    3: (Completion.LIMITED, ""),
    4: (Completion.COMPLETE, ""),
}


# --- Co-creation: the consultation the commitments came from ------------------------
#
# A demo consultation of the autumn of 2020 (closed, with its close-out): one
# proposal at the origin of each commitment, answered by the secretariat, and
# comments on two draft commitments that changed them (the kept draft and "what
# changed" are on the commitments' pages). Everything says it is demo data.

COCREATION_SLUG = "plan-action-national-2021-demo"
COCREATION = {
    "ar": {
        "title": "الإعداد المشترك لخطة العمل الوطنية 2021-2023 (بيانات تجريبية)",
        "summary": (
            "استشارة توضيحية (بيانات تجريبية): المقترحات التي انطلقت منها التزامات "
            "الخطة، وتعليقات على مشروعها، وأجوبة الكتابة الدائمة."
        ),
        "text": (
            "<p>بيانات تجريبية: هذه الاستشارة توضح كيف تنشأ التزامات خطة العمل "
            "الوطنية من مساهمات المواطنين والمنظمات.</p>"
        ),
        "synthesis_text": (
            "<p>بيانات تجريبية: أُدرجت المقترحات في التزامات الخطة، وغيرت "
            "التعليقات على المشروع التزامين منها.</p>"
        ),
    },
    "fr": {
        "title": "Co-création du plan d'action national 2021-2023 (démo)",
        "summary": (
            "Consultation d'illustration (démo) : les propositions à l'origine des "
            "engagements du plan, des commentaires sur son projet et les réponses du "
            "secrétariat."
        ),
        "text": (
            "<p>Données de démonstration : cette consultation montre comment les "
            "engagements du plan d'action national naissent des contributions des "
            "citoyens et des organisations.</p>"
        ),
        "synthesis_text": (
            "<p>Données de démonstration : les propositions ont été reprises dans les "
            "engagements du plan ; les commentaires sur le projet en ont modifié "
            "deux.</p>"
        ),
    },
    "en": {
        "title": "Co-creation of the national action plan 2021-2023 (demo)",
        "summary": (
            "An illustrative consultation (demo): the proposals the plan's commitments "
            "came from, comments on its draft and the secretariat's answers."
        ),
        "text": (
            "<p>Demo data: this consultation shows how the commitments of the "
            "national action plan come from the contributions of citizens and "
            "organisations.</p>"
        ),
        "synthesis_text": (
            "<p>Demo data: the proposals were taken up in the plan's commitments; the "
            "comments on the draft changed two of them.</p>"
        ),
    },
}

# The proposal each commitment came from: number: (language, region, title, body,
# name, verdict, the secretariat's answer).
ORIGINS = {
    1: (
        "ar",
        "rabat_sale_kenitra",
        "النشر الاستباقي للمعلومات على مواقع الإدارات",
        "نقترح أن تنشر الإدارات على مواقعها المعلومات التي يحددها القانون 31.13، "
        "وأن تحينها بانتظام.",
        "ليلى",
        "accepted",
        "أُدرج هذا المقترح في الالتزام 1 من الخطة.",
    ),
    2: (
        "fr",
        "casablanca_settat",
        "Ouvrir les données les plus demandées",
        "Publier en format ouvert les jeux de données les plus demandés (budget, "
        "marchés publics, santé) sur le portail national.",
        "Karim",
        "accepted",
        "Cette proposition est devenue l'engagement 2 du plan.",
    ),
    3: (
        "ar",
        "souss_massa",
        "تفعيل هيئات التشاور والعرائض المحلية",
        "تفعيل هيئات التشاور لدى الجماعات الترابية وتمكين المواطنين من تقديم "
        "العرائض عبر الإنترنت.",
        "حسن",
        "partly_accepted",
        "أُدرجت هيئات التشاور ومنصة العرائض المحلية في الالتزام 3.",
    ),
    4: (
        "fr",
        "fes_meknes",
        "Un budget citoyen chaque année",
        "Publier chaque année un budget citoyen qui explique la loi de finances en "
        "langage simple.",
        "Salma",
        "accepted",
        "Retenue dans l'engagement 4 du plan.",
    ),
    5: (
        "ar",
        "oriental",
        "نشر الأحكام القضائية",
        "نشر الأحكام القضائية بعد إخفاء المعطيات الشخصية، لتعزيز الثقة في العدالة.",
        "يوسف",
        "accepted",
        "أُدرج هذا المقترح في الالتزام 5 من الخطة.",
    ),
    6: (
        "fr",
        "marrakech_safi",
        "Protéger ceux qui signalent la corruption",
        "Des canaux de signalement simples et une protection réelle des lanceurs "
        "d'alerte.",
        "Nadia",
        "accepted",
        "Retenue dans l'engagement 6 du plan.",
    ),
}

# Comments on two draft commitments, each answered, and what they changed:
# number: (language, region, title, body, name, verdict, answer, the draft as it
# was commented {lang: (title, description)}, what changed {lang: text}).
DRAFT_CHANGES = {
    2: (
        "ar",
        "oriental",
        "مواكبة إعادة استعمال البيانات",
        "لا يكفي نشر البيانات: يجب مواكبة الجمعيات والصحفيين في إعادة استعمالها.",
        "سمير",
        "accepted",
        "أضيفت مواكبة إعادة الاستعمال إلى الالتزام.",
        {
            "ar": (
                "نشر البيانات المفتوحة",
                "إغناء البوابة الوطنية للبيانات المفتوحة بمجموعات بيانات ذات أولوية.",
            ),
            "fr": (
                "Publier des données ouvertes",
                "Enrichir le portail national des données ouvertes de jeux de données "
                "prioritaires.",
            ),
            "en": (
                "Publish open data",
                "Add priority datasets to the national open data portal.",
            ),
        },
        {
            "ar": "أضيفت مواكبة إعادة استعمال البيانات بعد تعليق على المشروع.",
            "fr": "L'accompagnement de la réutilisation a été ajouté après un "
            "commentaire sur le projet.",
            "en": "Support for reusing the data was added after a comment on the "
            "draft.",
        },
    ),
    3: (
        "fr",
        "draa_tafilalet",
        "Penser aux communes rurales",
        "Le projet ne parle que des villes : les communes rurales doivent aussi "
        "avoir des instances de concertation.",
        "Mina",
        "accepted",
        "L'engagement couvre désormais toutes les collectivités territoriales.",
        {
            "ar": (
                "آليات الحوار والتشاور في المدن",
                "مواكبة الجماعات الحضرية في إحداث هيئات التشاور.",
            ),
            "fr": (
                "Mécanismes de dialogue et de concertation dans les villes",
                "Accompagner les communes urbaines dans la mise en place des instances "
                "de concertation.",
            ),
            "en": (
                "Dialogue and consultation mechanisms in cities",
                "Support urban municipalities in setting up consultation bodies.",
            ),
        },
        {
            "ar": "أصبح الالتزام يشمل كل الجماعات الترابية، ومنها الجماعات القروية، "
            "بعد تعليق على المشروع.",
            "fr": "L'engagement couvre désormais toutes les collectivités "
            "territoriales, rurales comprises, après un commentaire sur le projet.",
            "en": "The commitment now covers every local authority, rural ones "
            "included, after a comment on the draft.",
        },
    ),
}

COCREATION_OPENS = datetime.datetime(2020, 9, 15, 9, tzinfo=datetime.UTC)
COCREATION_CLOSES = datetime.datetime(2020, 10, 31, 18, tzinfo=datetime.UTC)
DRAFT_RECORDED = datetime.datetime(2020, 11, 16, 9, tzinfo=datetime.UTC)
CLOSEOUT = datetime.datetime(2020, 12, 15, 9, tzinfo=datetime.UTC)


def _consultation(locales):
    """The demo co-creation consultation (its source row, in Arabic)."""
    from consultations.models import Consultation, ModerationMode

    source = Consultation.objects.filter(
        slug=COCREATION_SLUG, locale=locales["ar"]
    ).first()
    if source is None:
        source = Consultation.objects.create(
            slug=COCREATION_SLUG,
            locale=locales["ar"],
            opens_at=COCREATION_OPENS,
            closes_at=COCREATION_CLOSES,
            moderation_mode=ModerationMode.BEFORE,
            closeout_published_at=CLOSEOUT,
            **COCREATION["ar"],
        )
    for code in ("fr", "en"):
        if source.get_translation_or_none(locales[code]) is None:
            row = source.copy_for_translation(locales[code])
            for name, value in COCREATION[code].items():
                setattr(row, name, value)
            row.save()
    return source


def _contribution(consultation, kind, row, when):
    """A published contribution of the demo with the secretariat's answer."""
    from consultations.models import OfficialAnswer
    from consultations.services import contribution_record

    language, region, title, body, name, verdict, answer = row[:7]
    found, _created = contribution_record(
        consultation=consultation,
        kind=kind,
        language=language,
        region=region,
        title=title,
        body=body,
        author_name=name,
        when=when,
    )
    OfficialAnswer.objects.get_or_create(
        contribution=found, defaults={"verdict": verdict, "explanation": answer}
    )
    return found


def _cocreation(plan, commitments, locales) -> None:
    """Link the plan and its commitments to the consultation they came from."""
    consultation = _consultation(locales)
    Plan.objects.filter(translation_key=plan.translation_key).update(
        cocreation=consultation, draft_recorded_at=DRAFT_RECORDED
    )
    for number, commitment in commitments.items():
        when = COCREATION_OPENS + datetime.timedelta(days=number)
        origin = _contribution(consultation, "proposal", ORIGINS[number], when)
        Commitment.objects.filter(translation_key=commitment.translation_key).update(
            origin=consultation
        )
        commitment.contributions.add(origin)
    for number, row in DRAFT_CHANGES.items():
        commitment = commitments[number]
        when = DRAFT_RECORDED + datetime.timedelta(days=number)
        comment = _contribution(consultation, "observation", row, when)
        DraftComment.objects.get_or_create(
            contribution=comment, defaults={"commitment": commitment}
        )
        draft, changed = row[7], row[8]
        Commitment.objects.filter(translation_key=commitment.translation_key).update(
            draft={
                code: {"title": title, "description": text}
                for code, (title, text) in draft.items()
            }
        )
        for code, text in changed.items():
            Commitment.objects.filter(
                translation_key=commitment.translation_key, locale=locales[code]
            ).update(changes_since_draft=text)


def _key(name: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, name)


def _rows(model, key, locales, texts: dict, **fields):
    """The translation set ``key`` of ``model`` in every language; its source row."""
    for code in LANGS:
        if not model.objects.filter(translation_key=key, locale=locales[code]).exists():
            model.objects.create(
                translation_key=key, locale=locales[code], **fields, **texts[code]
            )
    return model.objects.filter(translation_key=key).order_by("pk").first()


@transaction.atomic
def load(*, homes) -> str:
    locales = {code: Locale.objects.get(language_code=code) for code in LANGS}
    created_before = Commitment.objects.count()
    period, _created = ActionPlan.objects.get_or_create(
        name="2021-2023", defaults={"start": D(2021, 1, 1), "end": D(2023, 12, 31)}
    )
    institutions = {}
    for slug, acronym, *names in INSTITUTIONS:
        texts = {
            code: {"name": name, "acronym": acronym}
            for code, name in zip(LANGS, names, strict=True)
        }
        institutions[slug] = _rows(
            Institution, _key(f"institution:{slug}"), locales, texts, slug=slug
        )
    plan = _rows(
        Plan,
        _key("plan:2021-2023"),
        locales,
        {c: {"title": t, "summary": s} for c, (t, s) in PLAN_TEXT.items()},
        period=period,
        slug="2021-2023",
        phase=Phase.EVALUATION,
        is_demo=True,
    )
    commitments, milestones = {}, {}
    for number, lead, values, themes, (start, end), texts, steps in COMMITMENTS:
        midterm = ASSESSMENTS.get(number, ("", ""))[0]
        commitment = _rows(
            Commitment,
            _key(f"commitment:2021-2023:{number}"),
            locales,
            {
                c: dict(zip(("title", "description", "problem"), t, strict=True))
                for c, t in texts.items()
            },
            plan=plan,
            number=number,
            lead=institutions[lead],
            ogp_values=list(values),
            themes=list(themes),
            start=start,
            end=end,
            midterm_completion=midterm,
        )
        commitments[number] = commitment
        for position, (due, status, completion, titles) in enumerate(steps):
            milestones[(number, position)] = _rows(
                Milestone,
                _key(f"milestone:2021-2023:{number}:{position}"),
                locales,
                {c: {"title": t} for c, t in titles.items()},
                commitment=commitment,
                due_date=due,
                status=status,
                completion=completion,
                sort_order=position,
            )
    updates = 0
    for number, day, reports, language, text in UPDATES:
        commitment = commitments[number]
        if ProgressUpdate.objects.filter(commitment=commitment, text=text).exists():
            continue
        moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
        update = ProgressUpdate.objects.create(
            commitment=commitment,
            institution=commitment.lead,
            text=text,
            language=language,
            status=UpdateStatus.PUBLISHED,
            created_at=moment,
            submitted_at=moment,
            published_at=moment,
            is_demo=True,
        )
        for position, (status, completion) in reports.items():
            MilestoneProgress.objects.create(
                update=update,
                milestone=milestones[(number, position)],
                status=status,
                completion=completion,
            )
        updates += 1
    for number, position, url, label in EVIDENCE:
        Evidence.objects.get_or_create(
            milestone=milestones[(number, position)],
            update=None,
            url=url,
            defaults={"label": label},
        )
    _cocreation(plan, commitments, locales)
    made = Commitment.objects.count() - created_before
    return (
        f"plan 2021-2023 (demo): {made} commitment rows (all languages) and "
        f"{updates} progress updates created"
    )
