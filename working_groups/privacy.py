"""The personal data of working groups: who represents which CSO, who applied, who
wrote a group's news posts and decisions."""


def export(user) -> dict:
    from .models import GroupDecision, GroupNews, MembershipApplication, Representative

    return {
        "organisations_represented": [
            {
                "organisation": link.organisation.name_fr,
                "organisation_ar": link.organisation.name_ar,
                "role": link.role,
                "since": link.added_at.isoformat(),
            }
            for link in Representative.objects.filter(user=user).select_related(
                "organisation"
            )
        ],
        "applications_submitted": [
            {
                "organisation": a.organisation.name_fr,
                "group": a.group.name,
                "motivation": a.motivation,
                "status": a.status,
                "submitted_at": a.submitted_at.isoformat(),
            }
            for a in MembershipApplication.objects.filter(
                submitted_by=user
            ).select_related("organisation", "group")
        ],
        "groups_coordinated": [g.name for g in user.coordinated_groups.all()],
        "group_news_written": [
            {"group": n.group.name, "title": n.title, "published": n.is_published}
            for n in GroupNews.objects.filter(created_by=user).select_related("group")
        ],
        "group_decisions_recorded": [
            {"group": d.group.name, "decision": d.wording, "published": d.is_published}
            for d in GroupDecision.objects.filter(created_by=user).select_related(
                "group"
            )
        ],
    }


def erase(user) -> None:
    """The person stops representing anything; the CSOs' and the groups' own
    records stay.

    Applications are the organisation's, not the person's: they are kept with the
    submitter unlinked (the foreign key is SET_NULL). An organisation whose contact
    is the person's own email or phone (the registering representative's, by
    default) loses it: the secretariat asks the organisation for a new contact.
    """
    from django.db.models import Q

    from .models import GroupDecision, GroupNews, Organisation, Representative

    # A group's news posts and decisions are the group's: they stay, unsigned.
    GroupNews.objects.filter(created_by=user).update(created_by=None)
    GroupDecision.objects.filter(created_by=user).update(created_by=None)
    emails = {e.lower() for e in user.emailaddress_set.values_list("email", flat=True)}
    emails.add((user.email or "").lower())
    emails.discard("")
    for email in emails:
        Organisation.objects.filter(contact_email__iexact=email).update(
            contact_email=""
        )
    phone = "".join(ch for ch in (user.phone or "") if ch.isdigit())
    if phone:
        for org in Organisation.objects.filter(
            Q(representatives=user) | ~Q(contact_phone="")
        ).distinct():
            if "".join(ch for ch in org.contact_phone if ch.isdigit()) == phone:
                Organisation.objects.filter(pk=org.pk).update(contact_phone="")
    Representative.objects.filter(user=user).delete()
    user.coordinated_groups.clear()
