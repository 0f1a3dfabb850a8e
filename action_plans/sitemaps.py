"""Public addresses of the action plans and their commitments, for the sitemap."""

from django.utils.translation import get_language

from core.sitemaps import ModuleSitemap

from . import queries
from .models import Commitment


class PlanSitemap(ModuleSitemap):
    def items(self):
        return queries.public_plans().order_by("pk")

    def location(self, item) -> str:
        return item.get_url_path(get_language())


class CommitmentSitemap(PlanSitemap):
    def items(self):
        return (
            Commitment.objects.sources()
            .filter(plan__in=queries.public_plans())
            .select_related("plan")
            .order_by("pk")
        )


SITEMAPS = {"plans": PlanSitemap, "commitments": CommitmentSitemap}
