"""Reads and visibility: the one definition of what the public may see.

``published_contributions()`` is used by the API, the pages, the exports, the
feeds and the search index alike, so that nothing private leaks through one door
that another one closes. By subject: ``consultations`` (their lists, filters and
themes), ``contributions`` (their lists, sorts and counts), ``comments`` (threads
and replies), ``moderation`` (the moderators' screens).
"""

from .comments import (
    comment_threads,
    comment_tree,
    comments_of,
    published_comments,
    with_replies,
)
from .consultations import (
    NATIONAL,
    consultation_for_slug,
    consultation_list,
    consultation_rows,
    consultations_in_language,
    listed_consultations,
    shown_consultation,
    source_consultations,
    theme_exists,
    themes,
    translation_in,
    with_status,
)
from .contributions import (
    PRIVATE_FIELDS,
    SORTS,
    answered_contributions,
    closeout_statistics,
    contribution_counts,
    contribution_page,
    contribution_rows,
    endorsing_organisations,
    filter_contributions,
    of_consultation,
    own_contributions,
    page_rows,
    public_contribution_list,
    public_endorsements,
    published_contributions,
    reader_state,
    sort_contributions,
    support_counts,
    supported_ids,
    visible_contributions,
    with_counts,
)
from .extensions import contribution_links
from .moderation import (
    TO_DECIDE,
    moderation_log,
    moderation_queue,
    reported_comments,
)

__all__ = [
    "PRIVATE_FIELDS",
    "SORTS",
    "TO_DECIDE",
    "answered_contributions",
    "closeout_statistics",
    "comment_threads",
    "comment_tree",
    "comments_of",
    "consultation_for_slug",
    "consultation_list",
    "consultation_rows",
    "NATIONAL",
    "contribution_links",
    "consultations_in_language",
    "contribution_counts",
    "contribution_page",
    "contribution_rows",
    "endorsing_organisations",
    "filter_contributions",
    "listed_consultations",
    "moderation_log",
    "moderation_queue",
    "of_consultation",
    "own_contributions",
    "page_rows",
    "public_contribution_list",
    "published_comments",
    "published_contributions",
    "reported_comments",
    "sort_contributions",
    "source_consultations",
    "public_endorsements",
    "shown_consultation",
    "reader_state",
    "support_counts",
    "supported_ids",
    "theme_exists",
    "themes",
    "translation_in",
    "visible_contributions",
    "with_counts",
    "with_replies",
    "with_status",
]
