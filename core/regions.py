"""The twelve regions of Morocco, one list for every module (contributions,
organisations, working groups, event registrations)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    """The twelve regions of Morocco (2015 division)."""

    TANGER_TETOUAN_AL_HOCEIMA = (
        "tanger_tetouan_al_hoceima",
        _("Tanger-Tétouan-Al Hoceïma"),
    )
    ORIENTAL = "oriental", _("Oriental")
    FES_MEKNES = "fes_meknes", _("Fès-Meknès")
    RABAT_SALE_KENITRA = "rabat_sale_kenitra", _("Rabat-Salé-Kénitra")
    BENI_MELLAL_KHENIFRA = "beni_mellal_khenifra", _("Béni Mellal-Khénifra")
    CASABLANCA_SETTAT = "casablanca_settat", _("Casablanca-Settat")
    MARRAKECH_SAFI = "marrakech_safi", _("Marrakech-Safi")
    DRAA_TAFILALET = "draa_tafilalet", _("Drâa-Tafilalet")
    SOUSS_MASSA = "souss_massa", _("Souss-Massa")
    GUELMIM_OUED_NOUN = "guelmim_oued_noun", _("Guelmim-Oued Noun")
    LAAYOUNE_SAKIA_EL_HAMRA = "laayoune_sakia_el_hamra", _("Laâyoune-Sakia El Hamra")
    DAKHLA_OUED_ED_DAHAB = "dakhla_oued_ed_dahab", _("Dakhla-Oued Ed-Dahab")
