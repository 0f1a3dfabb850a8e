"""The steps screen of one meeting: the charter's deadlines with their warnings,
and one form per step, each calling its service."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.errors import DomainError

from .. import services
from ..forms import (
    DecisionForm,
    MinutesForm,
    ProposalReviewForm,
    RemarksPeriodForm,
    attendance_form,
    attendance_statuses,
)
from ..models import AgendaProposal, Decision, Meeting
from ..services import charter


def _meeting_for(request, pk) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("body"), pk=pk)
    if not request.user.has_perm("governance.manage", meeting):
        raise PermissionDenied
    return meeting


def _posted(request, model, name: str, meeting):
    """The ``model`` row of this meeting whose id the form posted as ``name``."""
    pk = request.POST.get(name, "")
    if not pk.isdigit():
        raise Http404
    return get_object_or_404(model, pk=pk, meeting=meeting)


def _invite(request, meeting, forms):
    meeting = services.meeting_invite(meeting=meeting, by=request.user)
    if services.timeline(meeting).invitation_late:
        messages.warning(
            request,
            _("Invitation sent after the deadline of %(date)s (article 5: 10 days).")
            % {"date": charter.invitation_deadline(meeting.start)},
        )
    return _("The invitation and the agenda have been sent to the members.")


def _held(request, meeting, forms):
    services.meeting_mark_held(meeting=meeting, by=request.user)
    return _("The meeting is marked as held: record the attendance and decisions.")


def _attendance(request, meeting, forms):
    form = forms["attendance"]
    if not form.is_valid():
        return None
    proposals = services.attendance_record(
        meeting=meeting, by=request.user, statuses=attendance_statuses(form)
    )
    for proposal in proposals:
        messages.warning(
            request,
            _(
                "%(member)s missed three meetings without excuse within two calendar "
                "years: an end of membership is proposed (article 12)."
            )
            % {"member": proposal.member},
        )
    return _("The attendance is recorded.")


def _decision(request, meeting, forms):
    form = forms["decision"]
    if not form.is_valid():
        return None
    data = form.cleaned_data
    services.decision_record(
        meeting=meeting,
        by=request.user,
        text_ar=data["text_ar"],
        text_fr=data["text_fr"],
        text_en=data["text_en"],
        method=data["method"],
        votes={name: data[name] for name in DecisionForm.VOTES},
    )
    return _("The decision is recorded.")


def _decision_delete(request, meeting, forms):
    decision = _posted(request, Decision, "decision", meeting)
    services.decision_delete(decision=decision, by=request.user)
    return _("The decision is removed.")


def _minutes(request, meeting, forms):
    form = forms["minutes"]
    if not form.is_valid():
        return None
    services.minutes_save(meeting=meeting, by=request.user, **form.cleaned_data)
    return _("The draft minutes are saved.")


def _open_remarks(request, meeting, forms):
    form = forms["remarks"]
    if not form.is_valid():
        return None
    services.minutes_open_remarks(
        meeting=meeting, by=request.user, until=form.cleaned_data["until"]
    )
    return _("The draft minutes have been sent to the members for their remarks.")


def _publish(request, meeting, forms):
    services.minutes_publish(meeting=meeting, by=request.user)
    return _("The minutes, the attendance list and the decisions are published.")


def _review(accept: bool):
    def review(request, meeting, forms):
        proposal = _posted(request, AgendaProposal, "proposal", meeting)
        form = ProposalReviewForm(request.POST, prefix=f"proposal-{proposal.pk}")
        if not form.is_valid():
            return None
        services.proposal_review(
            proposal=proposal,
            by=request.user,
            accept=accept,
            titles={
                code: form.cleaned_data[f"title_{code}"] for code in ("ar", "fr", "en")
            },
        )
        return (
            _("The proposal is added to the agenda.")
            if accept
            else _("The proposal is declined.")
        )

    return review


ACTIONS = {
    "invite": _invite,
    "held": _held,
    "attendance": _attendance,
    "decision": _decision,
    "decision_delete": _decision_delete,
    "minutes": _minutes,
    "open_remarks": _open_remarks,
    "publish": _publish,
    "accept": _review(True),
    "decline": _review(False),
}


def _forms(meeting, data=None, action=""):
    members = list(services.invitees(meeting))
    recorded = {a.member_id: a.status for a in meeting.attendance.all()}
    bound = {name: (data if action == name else None) for name in ACTIONS}
    today = timezone.localdate()
    return {
        "attendance": attendance_form(members, recorded)(
            bound["attendance"], prefix="attendance"
        ),
        "decision": DecisionForm(bound["decision"], prefix="decision"),
        "minutes": MinutesForm(
            bound["minutes"],
            prefix="minutes",
            initial={
                "minutes_ar": meeting.minutes_ar,
                "minutes_fr": meeting.minutes_fr,
                "minutes_en": meeting.minutes_en,
            },
        ),
        "remarks": RemarksPeriodForm(
            bound["open_remarks"],
            prefix="remarks",
            initial={"until": charter.default_remarks_until(today)},
        ),
    }


def meeting_steps(request, pk):
    meeting = _meeting_for(request, pk)
    action = request.POST.get("action", "") if request.method == "POST" else ""
    forms = _forms(meeting, request.POST, action)
    if action in ACTIONS:
        try:
            done = ACTIONS[action](request, meeting, forms)
        except ValidationError as error:
            form = forms.get("remarks" if action == "open_remarks" else action)
            if form is not None and hasattr(error, "error_dict"):
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                messages.error(request, " ".join(error.messages))
        except DomainError as error:
            messages.error(request, error.message)
        else:
            if done:
                messages.success(request, done)
                return redirect(request.path)
    meeting.refresh_from_db()
    proposals = list(meeting.proposals.select_related("member"))
    for proposal in proposals:
        proposal.form = ProposalReviewForm(prefix=f"proposal-{proposal.pk}")
    return TemplateResponse(
        request,
        "governance/admin/meeting_steps.html",
        {
            "meeting": meeting,
            "timeline": services.timeline(meeting),
            "composition": services.composition(
                meeting.body, on=timezone.localdate(meeting.start)
            ),
            "agenda": meeting.agenda_items.all(),
            "proposals": proposals,
            "decisions": meeting.decisions.all(),
            "remarks": meeting.remarks.select_related("member"),
            "forms": forms,
            "header_title": meeting.title,
            "page_title": _("Meeting steps"),
            "page_subtitle": meeting.title,
            "header_icon": "date",
        },
    )
