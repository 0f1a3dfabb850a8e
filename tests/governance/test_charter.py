"""The charter's numbers (articles 5 and 12) as pure computations."""

import datetime

import pytest
from django.utils import timezone

from governance.services import charter
from governance.services.charter import Vote


def at(day: str, hour: int = 10) -> datetime.datetime:
    return datetime.datetime.combine(
        datetime.date.fromisoformat(day),
        datetime.time(hour),
        timezone.get_current_timezone(),
    )


def test_the_invitation_deadline_is_ten_days_before_the_meeting_day():
    start = at("2025-10-20", 9)
    assert charter.invitation_deadline(start) == datetime.date(2025, 10, 10)
    assert charter.invitation_on_time(start, at("2025-10-10", 23))
    assert not charter.invitation_on_time(start, at("2025-10-11", 8))


def test_proposals_are_open_until_the_end_of_the_third_day_after_the_invitation():
    sent = at("2025-10-06", 10)
    assert charter.proposals_open(sent, at("2025-10-06", 11))
    assert charter.proposals_open(sent, at("2025-10-09", 23))
    assert not charter.proposals_open(sent, at("2025-10-10", 0))
    assert not charter.proposals_open(sent, at("2025-10-06", 9))
    assert not charter.proposals_open(None, at("2025-10-07"))


def test_working_days_skip_weekends():
    # Friday 30 September 2022 (seed 003): Monday, Tuesday, Wednesday.
    assert charter.minutes_due(at("2022-09-30")) == datetime.date(2022, 10, 5)
    assert not charter.is_working_day(datetime.date(2022, 10, 1))  # Saturday


def test_working_days_skip_moroccan_public_holidays():
    # 6 and 18 November are the Green March and Independence Day.
    assert not charter.is_working_day(datetime.date(2025, 11, 6))
    # Thursday 5 November 2025: Friday 7, Monday 10, Tuesday 11 (the 6th is off).
    assert charter.minutes_due(at("2025-11-05")) == datetime.date(2025, 11, 11)


def test_working_days_skip_the_islamic_holidays():
    # Eid al-Adha 1444 fell on Wednesday 28 and Thursday 29 June 2023.
    assert not charter.is_working_day(datetime.date(2023, 6, 28))
    assert not charter.is_working_day(datetime.date(2023, 6, 29))
    # A meeting on Tuesday 27 June: Friday 30, Monday 3 and Tuesday 4 July.
    assert charter.minutes_due(at("2023-06-27")) == datetime.date(2023, 7, 4)
    # Eid al-Fitr 1445: Wednesday 10 and Thursday 11 April 2024.
    assert charter.add_working_days(datetime.date(2024, 4, 9), 1) == datetime.date(
        2024, 4, 12
    )


@pytest.mark.parametrize(
    ("administration", "civil_society", "adopted"),
    [
        (Vote(10, 6, 4), Vote(10, 6, 4), True),
        # A tie in one constituency is no majority.
        (Vote(10, 5, 5), Vote(10, 9, 1), False),
        # A majority of the members, not of the votes cast: abstentions count
        # against, and so do members who did not vote.
        (Vote(10, 5, 0, 5), Vote(10, 9), False),
        (Vote(10, 4, 1), Vote(10, 10), False),
        (Vote(9, 5, 0, 4), Vote(11, 6, 0, 5), True),
        # A large majority overall is not enough without civil society.
        (Vote(11, 11), Vote(11, 5, 0, 6), False),
        (Vote(0), Vote(10, 10), False),
    ],
)
def test_the_double_majority_needs_a_majority_of_each_constituency(
    administration, civil_society, adopted
):
    assert charter.double_majority(administration, civil_society) is adopted


def days(*values):
    return [datetime.date.fromisoformat(v) for v in values]


def test_three_absences_within_two_calendar_years_breach_the_charter():
    absences = days("2023-03-01", "2023-11-10", "2024-01-15")
    assert charter.absences_breach(absences) == absences


def test_two_calendar_years_are_not_any_twenty_four_months():
    # December 2022, June 2023, January 2024: two in 2022-2023, two in 2023-2024.
    assert charter.absences_breach(days("2022-12-20", "2023-06-10", "2024-01-15")) == []
    # January 2022 and December 2023 are 23 months apart but in two calendar years.
    found = charter.absences_breach(days("2022-01-10", "2022-06-01", "2023-12-20"))
    assert len(found) == 3


def test_two_absences_are_not_enough():
    assert charter.absences_breach(days("2024-02-01", "2024-09-01")) == []
