from django import template
from django.utils.translation import get_language

from cms.models import UsefulLink

register = template.Library()


@register.simple_tag
def useful_links():
    return list(UsefulLink.objects.filter(locale__language_code=get_language()))
