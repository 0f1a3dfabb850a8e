"""An email backend whose server is always down (tests of failed background work)."""

from django.core.mail.backends.base import BaseEmailBackend


class BrokenServerError(ConnectionError):
    pass


class DownEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise BrokenServerError("the mail server is down")
