from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class SharakaUserManager(UserManager):
    def create_user(self, username=None, email=None, password=None, **extra):
        username = username or (email or "").lower()
        return super().create_user(username, email, password, **extra)

    def create_superuser(self, username=None, email=None, password=None, **extra):
        username = username or (email or "").lower()
        return super().create_superuser(username, email, password, **extra)


class User(AbstractUser):
    """A person: citizen, CSO representative, editor or secretariat member.

    People sign in with their email address; ``username`` is kept for Wagtail's
    admin and mirrors the address. ``display_name`` is what the public sees.
    """

    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(
        _("public name"),
        max_length=80,
        blank=True,
        help_text=_("Shown next to what you publish. Leave empty to stay anonymous."),
    )
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=5,
        choices=[("ar", "العربية"), ("fr", "Français"), ("en", "English")],
        default="ar",
    )
    is_anonymised = models.BooleanField(default=False, editable=False)

    objects = SharakaUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def save(self, *args, **kwargs):
        if self.email:
            self.email = self.email.strip().lower()
        if not self.username:
            self.username = self.email
        super().save(*args, **kwargs)

    @property
    def public_name(self) -> str:
        return self.display_name or str(_("A participant"))
