"""Messages of Django and django-allauth that the project's catalogue translates.

Django 5.2's bundled Arabic catalogue lacks some of its own messages (the password
validator's "too short" message among them: it would show in English on the sign-up
page), and django-allauth's Arabic names the sign-up "الاشتراك" where the portal says
"إنشاء حساب" (docs/glossary.md). The project's catalogue (``locale/``) is looked up
before the libraries' ones, so translating these msgids there is enough; these
markers keep them in it: ``make messages`` (``makemessages``) finds them here and
keeps their translations. Nothing imports this module.

Each msgid is copied exactly from the upstream source (a template's ``{{ name }}``
is ``%(name)s`` in its msgid). When upgrading Django or allauth, compare again with
their catalogues: a changed msgid upstream means a new marker here.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

# django/contrib/auth: absent from its Arabic catalogue in Django 5.2.
DJANGO_AUTH = [
    # validators.py (ASCIIUsernameValidator)
    gettext_noop(
        "Enter a valid username. This value may contain only unaccented lowercase "
        "a-z and uppercase A-Z letters, numbers, and @/./+/-/_ characters."
    ),
    # admin.py
    gettext_noop("Conflicting form data submitted. Please try again."),
    gettext_noop("Password-based authentication was disabled."),
    gettext_noop("Set password: %s"),
    # forms.py
    gettext_noop("Reset password"),
    gettext_noop("Set password"),
    gettext_noop(
        "Whether the user will be able to authenticate using a password or not. "
        "If disabled, they may still be able to authenticate using other backends, "
        "such as Single Sign-On or LDAP."
    ),
    gettext_noop("Password-based authentication"),
    gettext_noop("Enabled"),
    gettext_noop("Disabled"),
    gettext_noop(
        "Raw passwords are not stored, so there is no way to see the user’s password."
    ),
    gettext_noop(
        "Enable password-based authentication for this user by setting a password."
    ),
]

# django/ (forms, validators, model validation): absent from its Arabic catalogue.
DJANGO_FORMS = [
    gettext_noop("Constraint “%(name)s” is violated."),
    gettext_noop("Enter a valid %(protocol)s address."),
    gettext_noop("%(model)s instance with %(field)s %(value)r is not a valid choice."),
    gettext_noop("Enter a valid domain name."),
    gettext_noop("IPv4"),
    gettext_noop("IPv6"),
    gettext_noop("IPv4 or IPv6"),
    gettext_noop("Ensure this value is a multiple of step size %(limit_value)s."),
    gettext_noop(
        "Ensure this value is a multiple of step size %(limit_value)s, starting from "
        "%(offset)s, e.g. %(offset)s, %(valid_value1)s, %(valid_value2)s, and so on."
    ),
]

# django-allauth: the sign-up, sign-in and password pages and emails, where its
# Arabic (or French) does not use the glossary's words or is wrong.
ALLAUTH = [
    gettext_noop("Sign Up"),
    gettext_noop("Signup"),
    gettext_noop(
        "If you have not created an account yet, then please "
        "%(link)ssign up%(end_link)s first."
    ),
    gettext_noop("Sign Up Closed"),
    gettext_noop("We are sorry, but the sign up is currently closed."),
    gettext_noop(
        "We have sent an email to you for verification. Follow the link provided to "
        "finalize the signup process. If you do not see the verification email in "
        "your main inbox, check your spam folder. Please contact us if you do not "
        "receive the verification email within a few minutes."
    ),
    gettext_noop(
        "You're receiving this email because user %(user_display)s has given your "
        "email address to register an account on %(site_domain)s."
    ),
    gettext_noop(
        "You are receiving this email because you, or someone else, tried to access "
        "an account with email %(email)s. However, we do not have any record of "
        "such an account in our database."
    ),
    gettext_noop("If it was you, you can sign up for an account using the link below."),
    gettext_noop(
        "You are receiving this email because you or someone else tried to signup "
        "for an\naccount using email address:\n\n%(email)s\n\nHowever, an account "
        "using that email address already exists.  In case you have\nforgotten "
        "about this, please use the password forgotten procedure to recover\nyour "
        "account:\n\n%(password_reset_url)s"
    ),
    gettext_noop(
        "This email confirmation link expired or is invalid. Please "
        '<a href="%(email_url)s">issue a new email confirmation request</a>.'
    ),
    gettext_noop("Email address"),
    # another library's Arabic ("رمز المرور") would win over allauth's on its forms
    gettext_noop("Password"),
    gettext_noop("Bad Token"),
    gettext_noop("Enter your password:"),
    gettext_noop("The password reset token was invalid."),
]


def _plural_markers(count):  # pragma: no cover - never called
    """Plural messages: only here for makemessages (xgettext reads the calls).

    Never called: the count is a dummy; the libraries pass the real one.
    """
    return [
        # django/contrib/auth/password_validation.py (MinimumLengthValidator)
        ngettext_lazy(
            "This password is too short. It must contain at least %d character.",
            "This password is too short. It must contain at least %d characters.",
            count,
        ),
        # django/forms/formsets.py
        ngettext_lazy(
            "Please submit at most %(num)d form.",
            "Please submit at most %(num)d forms.",
            count,
        ),
        ngettext_lazy(
            "Please submit at least %(num)d form.",
            "Please submit at least %(num)d forms.",
            count,
        ),
    ]
