"""'Within 3 working days, by …': weekends and Belgian public holidays do not count."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from trainings.templatetags.trainings_public import add_working_days, easter_sunday
from veiligonline.models import ProgrammeSettings


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),
        (2285, date(2285, 3, 22)),
    ],
)
def test_easter_sunday(year, easter):
    assert easter_sunday(year) == easter


@pytest.mark.parametrize(
    ("start", "days", "answer"),
    [
        (date(2026, 12, 1), 3, date(2026, 12, 4)),  # Tuesday: Wednesday, Thursday, Friday
        (date(2026, 12, 3), 3, date(2026, 12, 8)),  # Thursday: over the weekend
        (date(2026, 12, 24), 3, date(2026, 12, 30)),  # Christmas on a Friday
        (date(2026, 12, 31), 1, date(2027, 1, 4)),  # New Year, then a weekend
        (date(2027, 3, 26), 1, date(2027, 3, 30)),  # Easter Monday
        (date(2026, 5, 13), 2, date(2026, 5, 18)),  # Ascension (Thursday 14 May)
        (date(2026, 7, 20), 1, date(2026, 7, 22)),  # National Day
        (date(2026, 11, 10), 1, date(2026, 11, 12)),  # Armistice
    ],
)
def test_working_days_skip_weekends_and_public_holidays(start, days, answer):
    assert add_working_days(start, days) == answer


@pytest.mark.django_db
def test_the_request_page_promises_a_date_after_the_christmas_holiday(client, booking_request):
    ProgrammeSettings(answer_working_days=3).save()
    received = timezone.make_aware(datetime(2026, 12, 24, 10, 0))
    type(booking_request).objects.filter(pk=booking_request.pk).update(created_at=received)
    page = client.get(reverse("trainings:request", args=[booking_request.token])).content.decode()
    assert "woensdag 30 december" in page
