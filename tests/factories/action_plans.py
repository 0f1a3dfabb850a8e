"""Factories of national action plans, commitments, milestones and follow-up."""

import datetime

import factory
from wagtail.models import Locale

from action_plans.models import (
    Commitment,
    FocalPoint,
    Institution,
    Milestone,
    MilestoneStatus,
    Phase,
    Plan,
    ProgressUpdate,
    UpdateStatus,
)

from .accounts import UserFactory
from .governance import ActionPlanFactory


def _arabic():
    return Locale.objects.get_or_create(language_code="ar")[0]


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Institution

    name = factory.Sequence(lambda n: f"وزارة {n}")
    slug = factory.Sequence(lambda n: f"institution-{n}")
    locale = factory.LazyFunction(_arabic)


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    period = factory.SubFactory(ActionPlanFactory)
    title = "خطة العمل الوطنية 2024-2027"
    slug = "2024-2027"
    phase = Phase.IMPLEMENTATION
    locale = factory.LazyFunction(_arabic)


class CommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commitment
        skip_postgeneration_save = True

    plan = factory.SubFactory(PlanFactory)
    number = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"الالتزام {n}")
    description = "نشر البيانات المفتوحة للميزانية."
    problem = "بيانات غير منشورة."
    ogp_values = factory.LazyFunction(lambda: ["access_to_information"])
    themes = factory.LazyFunction(lambda: ["transparency"])
    lead = factory.SubFactory(InstitutionFactory)
    start = datetime.date(2024, 1, 1)
    end = datetime.date(2027, 12, 31)
    locale = factory.LazyFunction(_arabic)


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    commitment = factory.SubFactory(CommitmentFactory)
    title = factory.Sequence(lambda n: f"المرحلة {n}")
    due_date = datetime.date(2026, 6, 30)
    status = MilestoneStatus.IN_PROGRESS
    completion = 30
    locale = factory.LazyFunction(_arabic)


class FocalPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FocalPoint

    user = factory.SubFactory(UserFactory)
    institution = factory.SubFactory(InstitutionFactory)


class ProgressUpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgressUpdate

    commitment = factory.SubFactory(CommitmentFactory)
    institution = factory.LazyAttribute(lambda o: o.commitment.lead)
    text = "تقدم ملموس في إنجاز المرحلة الأولى."
    language = "ar"
    status = UpdateStatus.SUBMITTED
