"""The public site's own views, under the language prefix (/ar/, /fr/, /en/).

Editorial pages are served by Wagtail (cms.urls); each participation module has its
own section here, and its views in ``frontend/views/<module>.py``.
"""

from django.urls import path

from .views import account, pages

urlpatterns = [
    # Accounts: the person's space, data export and deletion.
    path("account/", account.profile, name="account_profile"),
    path("account/edit/", account.edit, name="account_edit"),
    path("account/export/", account.export, name="account_export"),
    path("account/delete/", account.delete, name="account_delete"),
    # News feeds
    path("feeds/news.rss", pages.NewsRssFeed(), name="news_feed_rss"),
    path("feeds/news.atom", pages.NewsAtomFeed(), name="news_feed_atom"),
    # Document library (issue: documents)
    # Search (issue: search)
    # Consultations
    # Working groups and organisations
    # Events and trainings
]
