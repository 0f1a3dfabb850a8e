"""Public site URLs. Editorial feeds (pages themselves are served by Wagtail).

Included under the language prefix (/ar/, /fr/, /en/) by ``cms.project_urls``.
"""

from django.urls import path

from . import views

urlpatterns = [
    path("feeds/news.rss", views.NewsRssFeed(), name="news_feed_rss"),
    path("feeds/news.atom", views.NewsAtomFeed(), name="news_feed_atom"),
]
