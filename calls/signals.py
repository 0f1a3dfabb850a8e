"""A selection committee member reaches the admin's scoring screen: their account
joins the Selection committee group when they are given a seat."""

from django.contrib.auth.models import Group
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import CommitteeMember

COMMITTEE_GROUP = "Selection committee"


@receiver(post_save, sender=CommitteeMember, dispatch_uid="calls-committee-group")
def join_committee_group(sender, instance, **kwargs):
    if instance.user_id is None:
        return
    group, _created = Group.objects.get_or_create(name=COMMITTEE_GROUP)
    instance.user.groups.add(group)
