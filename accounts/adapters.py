from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Keeps the username in step with the email (people sign in by email)."""

    def populate_username(self, request, user):
        user.username = (user.email or "").lower()
