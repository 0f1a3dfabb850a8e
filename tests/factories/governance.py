"""Factories of governance bodies, action plans, mandates and meetings."""

import datetime

import factory
from django.utils import timezone
from wagtail.models import Locale

from governance.models import (
    ActionPlan,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Body,
    BodyKind,
    Constituency,
    Meeting,
    MeetingStatus,
    Member,
    MemberRole,
)


class BodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Body

    kind = BodyKind.STEERING
    name = factory.Sequence(lambda n: f"Comité de pilotage {n}")
    slug = factory.Sequence(lambda n: f"comite-{n}")
    mission = "Définir les orientations stratégiques.\nSuperviser le plan d'action."
    description = "Une instance paritaire."
    parity_required = True
    locale = factory.LazyFunction(
        lambda: Locale.objects.get_or_create(language_code="fr")[0]
    )


class ActionPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionPlan
        django_get_or_create = ("name",)

    name = "2024-2027"
    start = datetime.date(2024, 1, 1)
    end = datetime.date(2027, 12, 31)


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member

    body = factory.SubFactory(BodyFactory)
    name_ar = factory.Sequence(lambda n: f"العضو {n}")
    name_fr = factory.Sequence(lambda n: f"Membre {n}")
    constituency = Constituency.ADMINISTRATION
    role = MemberRole.MEMBER
    institution_ar = factory.Sequence(lambda n: f"الوزارة {n}")
    institution_fr = factory.Sequence(lambda n: f"Ministère {n}")
    start = factory.LazyFunction(
        lambda: timezone.localdate() - datetime.timedelta(days=365)
    )
    end = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=2 * 365)
    )


def _in_days(days: int, hour: int = 10):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(
        day, datetime.time(hour), timezone.get_current_timezone()
    )


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting
        skip_postgeneration_save = True

    body = factory.SubFactory(BodyFactory)
    title_ar = factory.Sequence(lambda n: f"اجتماع لجنة الإشراف {n}")
    title_fr = factory.Sequence(lambda n: f"Réunion du comité de pilotage {n}")
    start = factory.LazyFunction(lambda: _in_days(20))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    place_ar = "مقر الوزارة، الرباط"
    place_fr = "Siège du ministère, Rabat"
    online_url = "https://visio.example.org/comite"
    status = MeetingStatus.PLANNED

    @factory.post_generation
    def agenda(obj, create, extracted, **kwargs):
        if create:
            for n, (ar, fr) in enumerate(extracted or [("نقطة أولى", "Premier point")]):
                AgendaItem.objects.create(
                    meeting=obj, sort_order=n, title_ar=ar, title_fr=fr
                )


class AttendanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attendance

    meeting = factory.SubFactory(MeetingFactory)
    member = factory.SubFactory(MemberFactory)
    status = AttendanceStatus.PRESENT
    institution_ar = factory.LazyAttribute(lambda o: o.member.institution_ar)
    institution_fr = factory.LazyAttribute(lambda o: o.member.institution_fr)
