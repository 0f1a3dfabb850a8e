"""Every write of calls for applications, and the charter's rules they enforce.

- ``applying``: drafts, submission before the deadline, the two-term limit, the
  secretariat's completeness check;
- ``scoring``: the committee's scores (bounds, conflicts), the diversity
  decision, the publication and the mandates;
- ``elections``: the civil society member of the selection committee.
"""

from .applying import application_check, application_save, application_submit
from .elections import election_publish, vote_cast
from .scoring import mandates_create, results_publish, scores_record, tie_decide

__all__ = [
    "application_check",
    "application_save",
    "application_submit",
    "election_publish",
    "mandates_create",
    "results_publish",
    "scores_record",
    "tie_decide",
    "vote_cast",
]
