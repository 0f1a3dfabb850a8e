"""Demo consultations (idempotent): one open on the next national action plan, one
closed with its close-out, and the general box; in Arabic and French.

Records are found by their slug, so a second run changes nothing.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from working_groups import queries as organisations

from . import services
from .models import (
    Comment,
    Consultation,
    Contribution,
    Endorsement,
    ModerationMode,
    OfficialAnswer,
)

OPEN_SLUG = "plan-action-national-2027"
CLOSED_SLUG = "plan-action-national-2024"

OPEN = {
    "ar": {
        "title": "إعداد مخطط العمل الوطني الرابع للحكومة المنفتحة 2027-2029",
        "summary": (
            "شاركوا في إعداد الالتزامات المقبلة للمغرب في إطار شراكة الحكومة "
            "المنفتحة: الشفافية، والمشاركة المواطنة، والمساءلة، والابتكار."
        ),
        "text": (
            "<p>تطلق لجنة الإشراف على الحكومة المنفتحة استشارة عمومية لإعداد مخطط "
            "العمل الوطني الرابع، بشراكة بين الإدارة وفضاء المجتمع المدني.</p>"
            "<p>يمكنكم تقديم مقترح (التزام جديد) أو ملاحظة (على التزامات سابقة أو "
            "على منهجية الإعداد) بالعربية أو بالفرنسية. تُنشر المساهمات بعد "
            "مراجعتها، وتتلقى كل مساهمة جوابًا رسميًا عند اختتام الاستشارة.</p>"
        ),
    },
    "fr": {
        "title": (
            "Préparation du quatrième plan d'action national pour le gouvernement "
            "ouvert 2027-2029"
        ),
        "summary": (
            "Participez à la préparation des prochains engagements du Maroc dans le "
            "Partenariat pour un gouvernement ouvert : transparence, participation "
            "citoyenne, redevabilité et innovation."
        ),
        "text": (
            "<p>Le comité de pilotage du gouvernement ouvert lance une consultation "
            "publique pour préparer le quatrième plan d'action national, en "
            "co-création entre l'administration et l'espace de la société civile.</p>"
            "<p>Vous pouvez envoyer une proposition (un nouvel engagement) ou une "
            "observation (sur les engagements passés ou sur la méthode) en arabe ou "
            "en français. Les contributions sont publiées après modération et "
            "chacune reçoit une réponse officielle à la clôture.</p>"
        ),
    },
}

CLOSED = {
    "ar": {
        "title": "الاستشارة العمومية حول مخطط العمل الوطني 2024-2026",
        "summary": "اختُتمت هذه الاستشارة: اطلعوا على ما قلتم وما قمنا به.",
        "text": (
            "<p>جرت هذه الاستشارة لإعداد مخطط العمل الوطني الثالث. "
            "نشكر جميع المشاركات والمشاركين.</p>"
        ),
        "synthesis": (
            "<p>توصلنا بمساهمات من عدة جهات. أُدرج عدد منها في التزامات المخطط، "
            "خاصة في مجالي الحق في الحصول على المعلومات والميزانية المفتوحة. "
            "تجدون أدناه الجواب الرسمي على كل مساهمة.</p>"
        ),
    },
    "fr": {
        "title": "Consultation publique sur le plan d'action national 2024-2026",
        "summary": (
            "Cette consultation est close : voyez ce que vous avez dit et ce que "
            "nous avons fait."
        ),
        "text": (
            "<p>Cette consultation a préparé le troisième plan d'action national. "
            "Merci à toutes les participantes et à tous les participants.</p>"
        ),
        "synthesis": (
            "<p>Nous avons reçu des contributions de plusieurs régions. Plusieurs "
            "ont été reprises dans les engagements du plan, notamment sur le droit "
            "d'accès à l'information et le budget ouvert. La réponse officielle à "
            "chaque contribution figure ci-dessous.</p>"
        ),
    },
}

OPEN_CONTRIBUTIONS = [
    (
        "proposal",
        "ar",
        "rabat_sale_kenitra",
        "نشر المعطيات المفتوحة للجماعات الترابية",
        "نقترح أن تنشر الجماعات الترابية ميزانياتها وصفقاتها العمومية بصيغة مفتوحة "
        "قابلة لإعادة الاستعمال، مع تحيين كل ثلاثة أشهر.",
        "أمينة",
    ),
    (
        "observation",
        "fr",
        "casablanca_settat",
        "Mieux associer les jeunes",
        "Les consultations précédentes ont peu touché les jeunes. Des ateliers dans "
        "les maisons de jeunes et les universités permettraient de les associer.",
        "Youssef",
    ),
    (
        "proposal",
        "fr",
        "souss_massa",
        "Un registre public des pétitions",
        "Créer un registre en ligne des pétitions déposées auprès des collectivités, "
        "avec leur état d'avancement et la réponse apportée.",
        "Fatima Zahra",
    ),
    (
        "proposal",
        "ar",
        "oriental",
        "تبسيط مسطرة الحصول على المعلومات",
        "نقترح منصة موحدة لتقديم طلبات الحصول على المعلومات وتتبعها، مع آجال "
        "واضحة للرد وإحصائيات منشورة.",
        "محمد",
    ),
]

CLOSED_CONTRIBUTIONS = [
    (
        "proposal",
        "ar",
        "fes_meknes",
        "ميزانية المواطن على المستوى الجهوي",
        "إعداد ميزانية مبسطة للمواطن في كل جهة لشرح أولويات الإنفاق.",
        "سعاد",
        "accepted",
        "تم إدراج هذا المقترح في الالتزام الخامس من المخطط.",
    ),
    (
        "observation",
        "fr",
        "marrakech_safi",
        "Des délais de réponse trop longs",
        "Les demandes d'accès à l'information restent parfois sans réponse au-delà "
        "des délais légaux.",
        "Hicham",
        "already_planned",
        "Le suivi des délais figure déjà dans l'engagement 2 du plan.",
    ),
    (
        "proposal",
        "fr",
        "tanger_tetouan_al_hoceima",
        "Des données ouvertes sur la qualité de l'eau",
        "Publier les analyses de la qualité de l'eau potable par commune.",
        "Nadia",
        "partly_accepted",
        "Les données seront publiées à l'échelle provinciale dans un premier temps.",
    ),
    (
        "proposal",
        "ar",
        "draa_tafilalet",
        "إحداث مجالس استشارية للشباب في كل جماعة",
        "تعميم هيئات تشاركية للشباب على مستوى كل الجماعات القروية.",
        "عبد الله",
        "not_retained",
        "يندرج هذا المقترح ضمن اختصاصات الجماعات، وقد أحيل على وزارة الداخلية.",
    ),
]


THEMES = {
    "ar": ["خطة العمل الوطنية", "الحكومة المنفتحة"],
    "fr": ["plan d'action national", "gouvernement ouvert"],
}


def _consultation(slug, texts, locales, **fields) -> Consultation:
    source = Consultation.objects.filter(slug=slug, locale=locales["ar"]).first()
    if source is None:
        source = Consultation.objects.create(
            slug=slug,
            locale=locales["ar"],
            title=texts["ar"]["title"],
            summary=texts["ar"]["summary"],
            text=texts["ar"]["text"],
            synthesis_text=texts["ar"].get("synthesis", ""),
            **fields,
        )
    # Themes are tagged per language: each translation shows its own words.
    source.tags.set(THEMES["ar"])
    if "fr" in locales:
        french = source.get_translation_or_none(locales["fr"])
        if french is None:
            french = source.copy_for_translation(locales["fr"])
            french.title = texts["fr"]["title"]
            french.summary = texts["fr"]["summary"]
            french.text = texts["fr"]["text"]
            french.synthesis_text = texts["fr"].get("synthesis", "")
            french.save()
        french.tags.set(THEMES["fr"])
    return source


def _contribution(consultation, kind, language, region, title, body, name, when):
    return services.contribution_record(
        consultation=consultation,
        kind=kind,
        language=language,
        region=region,
        title=title,
        body=body,
        author_name=name,
        when=when,
    )


@transaction.atomic
def load(*, homes) -> str:
    locales = {code: Locale.objects.get(language_code=code) for code in ("ar", "fr")}
    now = timezone.now()
    created = 0
    open_consultation = _consultation(
        OPEN_SLUG,
        OPEN,
        locales,
        opens_at=now - datetime.timedelta(days=10),
        closes_at=now + datetime.timedelta(days=50),
        moderation_mode=ModerationMode.BEFORE,
    )
    for i, (kind, language, region, title, body, name) in enumerate(OPEN_CONTRIBUTIONS):
        _c, new = _contribution(
            open_consultation,
            kind,
            language,
            region,
            title,
            body,
            name,
            now - datetime.timedelta(days=8 - 2 * i),
        )
        created += new
    first = (
        Contribution.objects.filter(consultation=open_consultation)
        .order_by("pk")
        .first()
    )
    if first and not Comment.objects.filter(contribution=first).exists():
        comment = Comment.objects.create(
            contribution=first,
            body="فكرة مهمة، ويجب أن تشمل أيضًا الجماعات القروية.",
        )
        # A short conversation: a reply, and a reply to the reply.
        reply = Comment.objects.create(
            contribution=first,
            parent=comment,
            depth=1,
            body="Tout à fait : les communes rurales publient encore peu de données.",
        )
        Comment.objects.create(
            contribution=first,
            parent=reply,
            depth=2,
            body="يمكن البدء بالميزانيات السنوية للجماعات.",
        )
    organisation = organisations.public_organisations().order_by("pk").first()
    if first and organisation is not None:
        # A verified organisation endorses the first proposal in its own name.
        Endorsement.objects.get_or_create(contribution=first, organisation=organisation)

    closed = _consultation(
        CLOSED_SLUG,
        CLOSED,
        locales,
        opens_at=now - datetime.timedelta(days=400),
        closes_at=now - datetime.timedelta(days=340),
        moderation_mode=ModerationMode.BEFORE,
    )
    for i, row in enumerate(CLOSED_CONTRIBUTIONS):
        kind, language, region, title, body, name, verdict, explanation = row
        contribution, new = _contribution(
            closed,
            kind,
            language,
            region,
            title,
            body,
            name,
            now - datetime.timedelta(days=398 - 3 * i),
        )
        created += new
        OfficialAnswer.objects.get_or_create(
            contribution=contribution,
            defaults={"verdict": verdict, "explanation": explanation},
        )
    if closed.closeout_published_at is None:
        Consultation.objects.filter(translation_key=closed.translation_key).update(
            closeout_published_at=closed.closes_at + datetime.timedelta(days=30)
        )

    box = services.general_box_get()
    if box.get_translation_or_none(locales["fr"]) is None:
        french = box.copy_for_translation(locales["fr"])
        french.title = "Boîte générale"
        french.summary = (
            "Envoyez à tout moment une proposition ou une observation sur le "
            "gouvernement ouvert, en dehors des consultations."
        )
        french.save()
    if box.title == "General box" or box.locale.language_code == "ar":
        Consultation.objects.filter(pk=box.pk).update(
            title="الصندوق العام للمقترحات",
            summary=(
                "أرسلوا في أي وقت مقترحًا أو ملاحظة حول الحكومة المنفتحة، "
                "خارج الاستشارات العمومية."
            ),
        )
    return f"2 consultations and the general box; {created} contributions added"
