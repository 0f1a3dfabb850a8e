"""Reads and visibility: the one definition of what the public may see.

``published_contributions()`` is used by the API, the pages, the exports, the
feeds and the search index alike, so that nothing private leaks through one door
that another one closes. By subject: ``contributions`` (consultations and
contributions, their lists, sorts and counts), ``comments`` (threads and replies),
``moderation`` (the moderators' screens).
"""

from .comments import (
    comment_threads,
    comment_tree,
    comments_of,
    published_comments,
    with_replies,
)
from .contributions import (
    NATIONAL,
    SORTS,
    answered_contributions,
    closeout_statistics,
    consultation_for_slug,
    consultation_list,
    consultations_in_language,
    contribution_counts,
    contribution_page,
    endorsing_organisations,
    filter_contributions,
    of_consultation,
    own_contributions,
    page_rows,
    public_contribution_list,
    public_endorsements,
    published_contributions,
    shown_consultation,
    sort_contributions,
    source_consultations,
    support_counts,
    supported_ids,
    theme_exists,
    themes,
    translation_in,
    visible_contributions,
    with_counts,
    with_status,
)
from .extensions import contribution_links
from .moderation import (
    TO_DECIDE,
    moderation_log,
    moderation_queue,
    reported_comments,
)

__all__ = [
    "SORTS",
    "TO_DECIDE",
    "answered_contributions",
    "closeout_statistics",
    "comment_threads",
    "comment_tree",
    "comments_of",
    "consultation_for_slug",
    "consultation_list",
    "NATIONAL",
    "contribution_links",
    "consultations_in_language",
    "contribution_counts",
    "contribution_page",
    "endorsing_organisations",
    "filter_contributions",
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
