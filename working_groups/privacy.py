"""The personal data of working groups: who represents which CSO, who applied."""


def export(user) -> dict:
    from .models import MembershipApplication, Representative

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
    }


def erase(user) -> None:
    """The person stops representing anything; the CSOs' own records stay.

    Applications are the organisation's, not the person's: they are kept with the
    submitter unlinked (the foreign key is SET_NULL).
    """
    from .models import Representative

    Representative.objects.filter(user=user).delete()
    user.coordinated_groups.clear()
