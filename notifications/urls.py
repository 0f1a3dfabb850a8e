from django.urls import path

from . import views

urlpatterns = [
    path("account/notifications/", views.notification_list, name="notifications_list"),
    path(
        "account/notifications/<int:pk>/open/",
        views.notification_open,
        name="notifications_open",
    ),
    path(
        "account/notifications/preferences/",
        views.preferences,
        name="notifications_preferences",
    ),
    path(
        "account/notifications/unsubscribe/<str:token>/",
        views.unsubscribe,
        name="notifications_unsubscribe",
    ),
    path("account/follows/", views.follows, name="notifications_follows"),
    path("account/follows/new/", views.follow, name="notifications_follow"),
    path(
        "account/follows/<int:pk>/stop/", views.unfollow, name="notifications_unfollow"
    ),
    path("newsletter/", views.newsletter_subscribe, name="newsletter_subscribe"),
    path(
        "newsletter/confirm/<str:token>/",
        views.newsletter_confirm,
        name="newsletter_confirm",
    ),
    path(
        "newsletter/unsubscribe/<str:token>/",
        views.newsletter_unsubscribe,
        name="newsletter_unsubscribe",
    ),
]
