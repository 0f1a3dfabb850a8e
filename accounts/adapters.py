"""How django-allauth fits the portal: email login, languages, background email."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.sites.shortcuts import get_current_site
from django.db import transaction
from django.utils import translation
from django.utils.crypto import get_random_string

from core.antiabuse import client_ip
from core.emails import send_email_task


class AccountAdapter(DefaultAccountAdapter):
    """Sign-in by email, in the visitor's language, with emails sent as tasks."""

    def populate_username(self, request, user):
        # People sign in with their address; the username Wagtail needs mirrors it.
        user.username = (user.email or "").lower()

    def save_user(self, request, user, form, commit=True):
        # The language a person signs up in is the one their emails will use.
        language = translation.get_language() or settings.LANGUAGE_CODE
        if language in dict(settings.LANGUAGES):
            user.preferred_language = language
        return super().save_user(request, user, form, commit=commit)

    def send_account_already_exists_mail(self, email: str) -> None:
        # A new account costs a password hash (the slow part of a sign-up, by
        # design); a known address pays the same, so that the time a sign-up
        # takes does not tell whether the address has an account.
        make_password(get_random_string(32))
        super().send_account_already_exists_mail(email)

    def get_client_ip(self, request) -> str:
        # One definition of "the visitor's address" for allauth's rate limits and
        # the portal's own (core.antiabuse), honouring TRUSTED_PROXY the same way.
        return client_ip(request) or super().get_client_ip(request)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Render now, in the current language; send by a task after commit.

        Rendering at once keeps the task's arguments plain JSON; sending on commit
        means a failing mail server never undoes a sign-up, and the time a request
        takes does not tell whether an address is registered.
        """
        request = allauth_context.request
        ctx = {
            "request": request,
            "email": email,
            "current_site": get_current_site(request),
        }
        ctx.update(context)
        message = self.render_mail(template_prefix, email, ctx)
        html = ""
        for content, mimetype in getattr(message, "alternatives", []) or []:
            if mimetype == "text/html":
                html = content
        kwargs = {
            "to": list(message.to),
            "subject": message.subject,
            "body": message.body,
            "html": html,
        }
        transaction.on_commit(lambda: send_email_task.enqueue(**kwargs))
