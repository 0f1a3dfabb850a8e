"""Reading: the list of consultations, a consultation's page, the general box, the
feed of contributions and the attachments."""

import hashlib

from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.html import escape, linebreaks
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.cache import Recording, depends_on, fragment, holes, shared_with_members
from core.cache.entries import Fragments
from core.cache.holes import filled_for_members
from core.charts import bar_chart
from core.media import file_download
from frontend.templatetags.portal import days_until

from .. import queries, services
from ..forms import CommentForm, ContributionFilterForm
from ..models import Consultation, ConsultationTag, Region, Status
from ..signals import COVERED, card_scope, row_scope, scope
from . import reader

CONSULTATIONS_PER_PAGE = 12
CONTRIBUTIONS_PER_PAGE = 20


def consultation_or_box(slug: str | None, *, shared: bool = False) -> Consultation:
    """The consultation at ``slug`` in the page's language, or the general box
    (``shared``: the row stored for every reader, for pages that only show it)."""
    if slug is None:
        return queries.translation_in(services.general_box_get())
    if shared:
        consultation = queries.shown_consultation(slug)
    else:
        consultation = queries.consultation_for_slug(slug)
    if consultation is None or consultation.is_general_box:
        raise Http404
    return consultation


LIST_FILTERS = {
    "status": (_("Status"), lambda value: value in Status.values),
    "theme": (_("Theme"), queries.theme_exists),
    "region": (
        _("Region"),
        lambda value: value == queries.NATIONAL or value in Region.values,
    ),
}


def _list_filters(request) -> tuple[dict, list]:
    """The list's filters as asked, each unknown value left out, and (label,
    error) for those: the page says so and answers 400, as the API does."""
    chosen, errors = {}, []
    for name, (label, known) in LIST_FILTERS.items():
        value = request.GET.get(name, "")
        if value and not known(value):
            errors.append((label, _("Choose from the list.")))
            value = ""
        chosen[name] = value
    return chosen, errors


@shared_with_members
def consultation_list(request):
    """Each consultation's card is stored once for every reader of a language
    until the consultation changes (``consultation-card`` fragments), for each
    state it shows: its status, the days left and its count of contributions
    are part of the card's key (``_card_key``), so a card is rendered again when
    one of them changes and otherwise never."""
    chosen, errors = _list_filters(request)
    status, theme, region = chosen["status"], chosen["theme"], chosen["region"]
    listed = queries.listed_consultations(status=status, theme=theme, region=region)
    page = Paginator(
        [c for c in listed if not c.is_general_box], CONSULTATIONS_PER_PAGE
    ).get_page(request.GET.get("page"))
    counts = queries.contribution_counts([c.translation_key for c in page])
    keys = {c.pk: _card_key(c, counts.get(c.translation_key, 0)) for c in page}
    cards = Fragments(
        "consultation-card",
        {keys[c.pk]: [row_scope(c.translation_key)] for c in page},
        get_language(),
    )
    # The cards not stored are rendered from their whole rows (one deleted
    # meanwhile is left out).
    missing = set(cards.missing())
    pks = {key: pk for pk, key in keys.items()}
    rows = {
        c.pk: c
        for c in cards.read_missing(
            lambda missing_keys: queries.consultation_rows(
                [pks[key] for key in missing_keys]
            ),
            covered=[Consultation, ConsultationTag],
        )
    }
    page.object_list = [
        rows.get(c.pk, c) for c in page if c.pk in rows or keys[c.pk] not in missing
    ]
    for consultation in page:
        consultation.contribution_count = counts.get(consultation.translation_key, 0)
        consultation.card_key = keys[consultation.pk]
    # The filters as chosen, the same for every reader of the language; with
    # an error, rendered for the answer only.
    filters = None
    if not errors:
        theme_key = hashlib.blake2b(theme.encode(), digest_size=12).hexdigest()
        filters = Fragments(
            "consultation-filters",
            {"panel": []},
            get_language(),
            status,
            region,
            theme_key,
        )
    response = render(
        request,
        "consultations/list.html",
        {
            "page_obj": page,
            "consultations": page.object_list,
            "card_fragments": cards,
            "filter_fragments": filters,
            "filter_errors": errors,
            "status": status,
            "theme": theme,
            "region": region,
            "chosen": sum(1 for value in (status, theme, region) if value),
            "statuses": Status.choices,
            # Read when the filters are rendered, which then depend on them.
            "themes": SimpleLazyObject(queries.themes),
            "regions": [(queries.NATIONAL, _("National")), *Region.choices],
            "general_box": True,
        },
        status=400 if errors else 200,
    )
    cards.store()
    if filters is not None:
        filters.store()
    return response


def _closeout_context(source: Consultation) -> dict:
    stats = queries.closeout_statistics(source)
    rtl = translation.get_language_bidi()
    return {
        "stats": stats,
        "charts": [
            bar_chart(
                "chart-kind", _("Contributions per kind"), stats["per_kind"], rtl
            ),
            bar_chart(
                "chart-language",
                _("Contributions per language"),
                stats["per_language"],
                rtl,
            ),
            bar_chart(
                "chart-region", _("Contributions per region"), stats["per_region"], rtl
            ),
            bar_chart(
                "chart-day",
                _("Contributions per day"),
                [(d.strftime("%d/%m"), n) for d, n in stats["per_day"]],
                rtl,
            ),
        ],
        "answered": queries.answered_contributions(source),
    }


def _detail_context(request, consultation: Consultation) -> dict:
    source = consultation.source
    depends_on(scope(source.pk), instead_of=COVERED)
    filters = ContributionFilterForm(request.GET)
    chosen, number = filters.values(), request.GET.get("page")
    page, total = _contribution_page(source, chosen, number)
    state = queries.support_counts(request.user, [c.pk for c in page])
    if len(state) < len(page):  # one hidden since the list was stored: read it
        page, total = _contribution_page(source, chosen, number, shared=False)
        state = queries.support_counts(request.user, [c.pk for c in page])
    can_comment = services.comments_accepted(consultation=source)
    filters_key = None
    if not filters.errors:  # the form as chosen: the same for every reader
        filters_key = "filters:" + ":".join(str(v) for v in chosen.values())
    cards = _card_fragments(request, source, can_comment, page.object_list, filters_key)
    missing = set(cards.missing())
    unstored = [c for c in page if str(c.pk) in missing]
    on_consultation, threads = [], {}
    if unstored or "discussion" in missing:  # the threads not stored, in one query
        on_consultation, threads = queries.comment_tree(
            source, [c.pk for c in unstored], on_consultation="discussion" in missing
        )
    _read_cards(cards, unstored, threads)
    endorsable = [
        c
        for c in page
        if services.endorsement_possible(contribution=c, consultation=source)
    ]
    mine = queries.endorsing_organisations(request.user) if endorsable else []
    if mine:
        needing = [c for c in endorsable if not hasattr(c, "public_endorsements")]
        prefetch_related_objects(needing, queries.public_endorsements())
    for contribution in page:
        contribution.consultation = source  # its consultation, read once
        contribution.support_count, contribution.supported = state[contribution.pk]
        contribution.endorse_options = _endorse_options(contribution, source, mine)
    reader.mark(request, source, page.object_list, endorsable)
    context = {
        "consultation": consultation,
        "source": source,
        "page_obj": page,
        "contributions": page.object_list,
        "total_contributions": total,
        "comment_threads": on_consultation,
        "card_fragments": cards,
        "filter_fragments": cards if filters_key else None,
        "filters_key": filters_key,
        "documents": source.documents.all(),
        "tags": consultation.tags.all(),  # each language tags its own row
        "filters": filters,
        "comment_form": CommentForm(),
        "can_comment": can_comment,
    }
    if "closeout" in cards.scopes:
        context["closeout"] = True
        if "closeout" in missing:
            context.update(_closeout_context(source))
    return context


def _contribution_page(source, chosen: dict, number, shared=True) -> tuple:
    """The page of contributions asked (by filters, order and page number) and the
    count of all the consultation's published ones, shared by every reader until
    something of the consultation changes (``consultation:<pk>``): the rows only,
    their support counts are read for each answer (``shared=False``: read now)."""
    sort = chosen.get("sort", "")
    filtered = {name: chosen.get(name, "") for name in ("kind", "language", "region")}
    try:
        number = int(number)
    except (TypeError, ValueError):
        number = 1  # as Paginator.get_page: the first page (past the end: the last)

    def read() -> dict:
        depends_on(scope(source.pk), instead_of=COVERED)
        rows = queries.page_rows(source, sort).defer(*queries.PRIVATE_FIELDS)
        contributions = queries.sort_contributions(
            queries.filter_contributions(rows, **filtered), sort
        )
        page = Paginator(contributions, CONTRIBUTIONS_PER_PAGE).get_page(number)
        count = total = page.paginator.count
        if any(filtered.values()):
            published = queries.published_contributions()
            total = published.filter(consultation=source).count()
        return {
            "count": count,
            "total": total,
            "number": page.number,
            "rows": list(page.object_list),
        }

    parts = (str(source.pk), sort, *filtered.values(), str(number))
    found = fragment("contribution-page", read, *parts) if shared else read()
    paginator = Paginator([], CONTRIBUTIONS_PER_PAGE)
    paginator.count = found["count"]  # read with the rows (a cached property)
    page = paginator.page(found["number"])
    page.object_list = found["rows"]
    return page, found["total"]


def _card_key(consultation: Consultation, count: int) -> str:
    """A consultation card's key: the consultation and what its card shows that
    changes without it (status and days left with time, the count of
    contributions with each one published)."""
    status = consultation.status
    moment = {Status.OPEN: "closes_at", Status.UPCOMING: "opens_at"}.get(status)
    days = days_until(getattr(consultation, moment)) if moment else ""
    return f"{consultation.pk}:{status}:{days}:{count}"


def _card_fragments(
    request, source, can_comment, contributions, filters_key=None
) -> Fragments:
    """Each contribution's card with its comment threads, and the consultation's
    own discussion, themes, text and documents, rendered once for every reader
    of the same kind (language, signed in or not, comments open or not) and
    read in one round trip. A card
    is stored until its contribution, answer or endorsements change
    (``contribution:<pk>``) or one of its comments (``comments:contribution:<pk>``);
    what is the reader's own (``{% per_reader %}``) and the support count, which
    changes most, are rendered for each answer. The results of a closed
    consultation are stored with them."""
    variant = (
        get_language(),
        str(int(request.user.is_authenticated)),
        str(int(can_comment)),
        str(source.pk),
        source.slug,
    )
    items = {
        c.pk: [card_scope(c.pk), f"comments:contribution:{c.pk}"] for c in contributions
    }
    items["discussion"] = [f"comments:consultation:{source.pk}"]
    # The consultation's themes, text and documents (their tables are recorded).
    items["tags"] = items["text"] = [Consultation._meta.label_lower]
    if filters_key:  # the filter form, its choices as chosen
        items[filters_key] = []
    if source.closeout_published_at and not source.is_general_box:
        items["closeout"] = [scope(source.pk)]  # the results: all of it, closed
    return Fragments("card", items, *variant)


def _read_cards(cards: Fragments, contributions, threads: dict) -> None:
    """What the cards not stored show besides their row and ``threads``: author,
    answer, endorsements and other modules' links (whose tables the cards then
    depend on)."""
    if not contributions:
        return
    ids = [c.pk for c in contributions]
    prefetch_related_objects(contributions, "author", "answer")
    with Recording() as recording:
        depends_on(instead_of=COVERED)  # each card's own scopes cover them
        prefetch_related_objects(contributions, queries.public_endorsements())
        links = queries.contribution_links(ids)
    read = recording.scopes()
    for contribution in contributions:
        contribution.threads = threads.get(contribution.pk, [])
        contribution.links = links.get(contribution.pk, [])
        cards.depend(contribution.pk, *read)


def _endorse_options(contribution, source, mine) -> list:
    """(organisation, endorses already) for each organisation the person may
    endorse in the name of, when the contribution takes endorsements."""
    if not mine or not services.endorsement_possible(
        contribution=contribution, consultation=source
    ):
        return []
    endorsing = {e.organisation_id for e in contribution.public_endorsements}
    return [(organisation, organisation.pk in endorsing) for organisation in mine]


def _detail(request, consultation: Consultation):
    context = _detail_context(request, consultation)
    # A wrong sort or filter in the address: the form says why (400), the list
    # is shown with the valid choices.
    status = 400 if context["filters"].errors else 200
    if holes.active(request) is not None:  # stored for every citizen: no token
        context["csrf_token"] = holes.CSRF
    response = render(request, "consultations/detail.html", context, status=status)
    context["card_fragments"].store()
    return response


@filled_for_members(reader.Reader)
def consultation_detail(request, slug):
    return _detail(request, consultation_or_box(slug, shared=True))


@filled_for_members(reader.Reader)
def general_box(request):
    return _detail(request, consultation_or_box(None))


class ContributionFeed(Feed):
    """RSS of a consultation's published contributions (the public queryset)."""

    def get_object(self, request, slug):
        consultation = queries.consultation_for_slug(slug)
        if consultation is None:
            raise Http404
        return consultation

    def title(self, obj):
        return str(_("Contributions: %(title)s") % {"title": obj.title})

    def link(self, obj):
        return obj.get_url_path()

    def description(self, obj):
        return escape(obj.summary)

    def items(self, obj):
        depends_on(scope(obj.source.pk), instead_of=COVERED)
        return queries.public_contribution_list(obj)[:50]

    def item_title(self, item):
        return f"{item.get_kind_display()}: {item.title}"

    def item_description(self, item):
        # Readers render a description as HTML: the plain text is escaped.
        return linebreaks(item.body, autoescape=True)

    def item_link(self, item):
        return item.get_url_path()

    def item_pubdate(self, item):
        return item.published_at or item.submitted_at

    def item_author_name(self, item):
        return item.public_author


def contribution_attachment(request, pk: int):
    """Public once the contribution is published; moderators see it before."""
    contribution = get_object_or_404(
        queries.visible_contributions(request.user).exclude(attachment=""), pk=pk
    )
    return file_download(contribution.attachment, private=not contribution.is_public)
