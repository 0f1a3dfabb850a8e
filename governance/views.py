"""Public pages of the governance bodies and their meetings, the members' own
view of a meeting (online link, agenda proposals, remarks on the draft minutes),
their invitations, and the iCalendar feeds."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from core.errors import DomainError
from core.translation import localized

from . import calendar as ical
from . import queries, services
from .forms import ProposalForm, RemarkForm
from .models import MeetingStatus

ICS_TYPE = "text/calendar; charset=utf-8"


def body_list(request):
    bodies = queries.localized_bodies(queries.public_bodies())
    return render(request, "governance/body_list.html", {"bodies": bodies})


def body_detail(request, slug):
    body = queries.body_by_slug(slug)
    if body is None:
        raise Http404
    roster = queries.roster(body)
    meetings = queries.announced_meetings().filter(body=body)
    return render(
        request,
        "governance/body_detail.html",
        {
            "body": body,
            "text": localized(body),
            "roster": roster,
            "composition": services.composition(body, on=roster.day),
            "upcoming": queries.filter_meetings(meetings)[:10],
            "past": queries.filter_meetings(meetings, past=True)[:20],
        },
    )


def meeting_list(request):
    past = request.GET.get("past") == "1"
    meetings = queries.filter_meetings(queries.announced_meetings(), past=past)
    page = Paginator(meetings, 20).get_page(request.GET.get("page"))
    page.object_list = queries.with_body_names(page.object_list)
    return render(
        request, "governance/meeting_list.html", {"meetings": page, "past": past}
    )


def _meeting_or_404(request, slug):
    meeting = queries.meeting_by_slug(slug)
    if meeting is None or not request.user.has_perm("governance.view_meeting", meeting):
        raise Http404
    return meeting


def meeting_detail(request, slug, proposal_form=None, remark_form=None, status=200):
    meeting = _meeting_or_404(request, slug)
    user = request.user
    timeline = services.timeline(meeting)
    record = user.has_perm("governance.view_minutes", meeting)
    mine = services.member_for(user, meeting) if user.is_authenticated else None
    can_propose = timeline.proposals_open and user.has_perm(
        "governance.propose_item", meeting
    )
    can_remark = timeline.remarks_open and user.has_perm(
        "governance.comment_minutes", meeting
    )
    context = {
        "meeting": meeting,
        "body_text": localized(meeting.body),
        "agenda": queries.agenda(meeting),
        "documents": queries.public_documents(meeting),
        "timeline": timeline,
        "record": record,
        "draft": record and meeting.status != MeetingStatus.PUBLISHED,
        "attendance": queries.attendance(meeting) if record else [],
        "decisions": queries.decisions(meeting) if record else [],
        "member": mine,
        "online_url": meeting.online_url
        if user.has_perm("governance.attend", meeting)
        else "",
        "proposal_form": (proposal_form or ProposalForm()) if can_propose else None,
        "remark_form": (remark_form or RemarkForm()) if can_remark else None,
        "my_proposals": meeting.proposals.filter(author=user) if mine else [],
        "my_remarks": meeting.remarks.filter(author=user) if mine else [],
    }
    return render(request, "governance/meeting_detail.html", context, status=status)


def _member_post(request, slug, form_class, service, done, field):
    meeting = _meeting_or_404(request, slug)
    form = form_class(request.POST)
    if form.is_valid():
        try:
            service(meeting=meeting, by=request.user, text=form.cleaned_data["text"])
        except ValidationError as error:
            for name, errors in error.message_dict.items():
                form.add_error(name if name in form.fields else None, errors)
        except DomainError as error:
            form.add_error(None, str(error.message))
        else:
            messages.success(request, done)
            return redirect(meeting.get_absolute_url())
    return meeting_detail(request, slug, status=400, **{field: form})


@login_required
@require_POST
def meeting_propose(request, slug):
    return _member_post(
        request,
        slug,
        ProposalForm,
        services.proposal_submit,
        _("Your proposal has been sent to the secretariat."),
        "proposal_form",
    )


@login_required
@require_POST
def meeting_remark(request, slug):
    return _member_post(
        request,
        slug,
        RemarkForm,
        services.remark_submit,
        _("Your remark has been sent to the secretariat."),
        "remark_form",
    )


@login_required
def my_meetings(request):
    if not request.user.has_perm("governance.list_invitations"):
        raise Http404
    meetings = queries.with_body_names(queries.invitations_of(request.user)[:50])
    return render(request, "governance/my_meetings.html", {"meetings": meetings})


def meeting_ics(request, slug):
    meeting = _meeting_or_404(request, slug)
    url = request.build_absolute_uri(meeting.get_absolute_url())
    response = HttpResponse(ical.meeting_feed(meeting, url=url), content_type=ICS_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{meeting.slug}.ics"'
    return response


def calendar_ics(request):
    """The upcoming meetings of every published body (agenda included)."""
    meetings = queries.meetings_with_agenda(
        queries.filter_meetings(queries.announced_meetings())
    )[:200]
    body = ical.calendar_feed(
        meetings,
        name=gettext("Meetings of the governance bodies"),
        url_for=lambda m: request.build_absolute_uri(
            reverse("governance_meeting", kwargs={"slug": m.slug})
        ),
    )
    return HttpResponse(body, content_type=ICS_TYPE)
