import datetime

import factory
import wagtail_factories

from cms.models import NewsIndexPage, NewsKind, NewsPage, StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Page {n}")
    intro = "Introduction"


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Actualités"


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"News {n}")
    intro = "A news item."
    date = factory.LazyFunction(datetime.date.today)
    kind = NewsKind.NATIONAL_INITIATIVES
