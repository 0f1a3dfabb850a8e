"""What frames every page: the menu, the footer, useful links, the site's settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin

from ..blocks import LinkBlock


class MenuItem(TranslatableMixin, models.Model):
    """An entry of the main menu, in one language."""

    label = models.CharField(_("label"), max_length=80)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    link_url = models.CharField(
        _("address"),
        max_length=255,
        blank=True,
        help_text=_("Used when no page is chosen, e.g. /consultations/."),
    )
    sort_order = models.PositiveSmallIntegerField(_("position"), default=0)

    panels = [
        FieldPanel("label"),
        FieldPanel("link_page"),
        FieldPanel("link_url"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("menu item")
        verbose_name_plural = _("main menu")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.label

    @property
    def url(self) -> str:
        if self.link_page_id:
            return self.link_page.localized.url or "#"
        return self.link_url or "#"


class FooterContent(TranslatableMixin, models.Model):
    """The footer's text and links, one per language."""

    about = models.TextField(_("about the portal"), blank=True)
    address = models.TextField(_("postal address"), blank=True)
    links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("links"))

    panels = [FieldPanel("about"), FieldPanel("address"), FieldPanel("links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footer")

    def __str__(self):
        return str(_("Footer (%(locale)s)") % {"locale": self.locale.language_code})


class UsefulLink(TranslatableMixin, models.Model):
    """A useful link of citizen participation, in the list editors maintain."""

    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"))
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("position"), default=0)

    panels = [
        FieldPanel("title"),
        FieldPanel("url"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("useful link")
        verbose_name_plural = _("useful links")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.title


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """Contact details and social links, the same in every language."""

    email = models.EmailField(_("public email"), blank=True)
    phone = models.CharField(_("public phone"), max_length=40, blank=True)
    facebook = models.URLField(_("Facebook"), blank=True)
    x_twitter = models.URLField(_("X (Twitter)"), blank=True)
    youtube = models.URLField(_("YouTube"), blank=True)
    linkedin = models.URLField(_("LinkedIn"), blank=True)

    panels = [
        FieldPanel("email"),
        FieldPanel("phone"),
        MultiFieldPanel(
            [
                FieldPanel("facebook"),
                FieldPanel("x_twitter"),
                FieldPanel("youtube"),
                FieldPanel("linkedin"),
            ],
            heading=_("Social networks"),
        ),
    ]

    class Meta:
        verbose_name = _("contact details")

    @property
    def social_links(self) -> list[tuple[str, str]]:
        links = [
            ("Facebook", self.facebook),
            ("X", self.x_twitter),
            ("YouTube", self.youtube),
            ("LinkedIn", self.linkedin),
        ]
        return [(name, url) for name, url in links if url]


@register_setting(icon="image")
class SiteIdentity(BaseSiteSetting):
    """The operator's logo, shown beside the portal's name in every page header."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Square, at least 80 × 80 pixels; shown 40 pixels high. Without one, "
            "the programme's emblem is shown."
        ),
    )

    panels = [FieldPanel("logo")]

    class Meta:
        verbose_name = _("site identity")


@register_setting(icon="doc-full")
class LegalPages(BaseSiteSetting):
    """The pages people must be able to find from every page and every form that
    asks for personal data: how the portal protects it (Law 09-08, CNDP), the terms
    of use, the accessibility statement. Editors write them as ordinary pages, in
    every language, and choose them here."""

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("personal data page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    terms_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("terms of use page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("privacy_page"),
        FieldPanel("terms_page"),
        FieldPanel("accessibility_page"),
    ]

    class Meta:
        verbose_name = _("legal pages")
