"""The charter's numbers and computations, in one place (articles 5 and 12).

Pure functions of dates and counts: the site, the API, the admin and the other
services all ask these, so a deadline is computed the same way everywhere.
"""

import datetime
import functools
from dataclasses import dataclass

import holidays
from django.utils import timezone

# Article 5: the agenda is sent at least 10 days before the meeting...
INVITATION_DAYS = 10
# ...members may propose items in the 3 days that follow the invitation...
PROPOSAL_DAYS = 3
# ...and the secretariat sends the minutes within 3 working days.
MINUTES_WORKING_DAYS = 3
# The charter leaves the remarks period to the secretariat: this is the default.
REMARKS_WORKING_DAYS = 5
# Article 12: three unexcused absences within two calendar years.
ABSENCES_LIMIT = 3


@functools.lru_cache(maxsize=32)
def _holidays(year: int) -> holidays.HolidayBase:
    """Morocco's public holidays of ``year``, the Islamic ones included.

    The ``holidays`` library computes the Hijri dates (marked as estimated until
    the moon is sighted); it is maintained, so new years need no code change.
    """
    return holidays.country_holidays("MA", years=year)


def is_working_day(day: datetime.date) -> bool:
    """Monday to Friday, and not a Moroccan public holiday."""
    return day.weekday() < 5 and day not in _holidays(day.year)


def add_working_days(day: datetime.date, count: int) -> datetime.date:
    """The ``count``-th working day after ``day`` (``day`` itself not counted)."""
    while count > 0:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def local_day(moment: datetime.datetime) -> datetime.date:
    return timezone.localdate(moment)


def end_of_day(day: datetime.date) -> datetime.datetime:
    """The first instant after ``day``, in Morocco's time."""
    following = day + datetime.timedelta(days=1)
    return datetime.datetime.combine(
        following, datetime.time.min, timezone.get_current_timezone()
    )


def invitation_deadline(start: datetime.datetime) -> datetime.date:
    """The last day the invitation may go out: 10 days before the meeting's day."""
    return local_day(start) - datetime.timedelta(days=INVITATION_DAYS)


def invitation_on_time(start: datetime.datetime, sent_at: datetime.datetime) -> bool:
    return local_day(sent_at) <= invitation_deadline(start)


def proposals_close(sent_at: datetime.datetime) -> datetime.datetime:
    """Proposals are taken until the end of the 3rd day after the invitation."""
    return end_of_day(local_day(sent_at) + datetime.timedelta(days=PROPOSAL_DAYS))


def proposals_open(sent_at, now: datetime.datetime) -> bool:
    return sent_at is not None and sent_at <= now < proposals_close(sent_at)


def minutes_due(start: datetime.datetime) -> datetime.date:
    """The day by which the draft minutes go to the members: 3 working days on."""
    return add_working_days(local_day(start), MINUTES_WORKING_DAYS)


def default_remarks_until(day: datetime.date) -> datetime.date:
    return add_working_days(day, REMARKS_WORKING_DAYS)


@dataclass(frozen=True)
class Vote:
    """The counts of one constituency: its seats on the day and its votes."""

    members: int
    votes_for: int = 0
    against: int = 0
    abstentions: int = 0

    @property
    def cast(self) -> int:
        return self.votes_for + self.against + self.abstentions

    @property
    def majority(self) -> bool:
        """More than half of the constituency's members (not of the votes cast):
        a tie is no majority, an abstention or an absence counts as no "for"."""
        return self.votes_for * 2 > self.members


def double_majority(administration: Vote, civil_society: Vote) -> bool:
    """Article 5 (and 13): adopted only with a majority of each constituency."""
    return administration.majority and civil_society.majority


def absences_breach(days: list[datetime.date]) -> list[datetime.date]:
    """The unexcused absences that reach the limit within two calendar years.

    Two calendar years are a year and the one before it (2023 and 2024), not any
    24 months: absences in December 2022, June 2023 and January 2024 spread over
    2022-2023 (two) and 2023-2024 (two), and do not reach three. Returns the
    absences of the latest pair of years that reaches the limit, or [].
    """
    for year in sorted({day.year for day in days}, reverse=True):
        within = sorted(day for day in days if day.year in (year - 1, year))
        if len(within) >= ABSENCES_LIMIT:
            return within
    return []
