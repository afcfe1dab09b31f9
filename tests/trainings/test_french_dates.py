"""French writes the first of the month "1er": "lundi 1er février", on every page with dates."""

from __future__ import annotations

from datetime import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from outbox.templatetags.message_text import local_date


def _first_of_next_month():
    now = timezone.localtime()
    year, month = (now.year + 1, 1) if now.month == 12 else (now.year, now.month + 1)
    return timezone.make_aware(datetime(year, month, 1, 19, 30))


def test_local_date_writes_1er_in_french_only():
    when = timezone.make_aware(datetime(2027, 2, 1, 19, 0))
    with translation.override("fr"):
        assert local_date(when, "l j F Y") == "lundi 1er février 2027"
        assert local_date(when, "j F") == "1er février"
        assert local_date(when.replace(day=2), "l j F") == "mardi 2 février"
    with translation.override("nl"):
        assert local_date(when, "l j F Y") == "maandag 1 februari 2027"


@pytest.mark.parametrize("view", ["trainings:sessions", "trainings:session"])
def test_training_pages_write_the_first_of_the_month_as_people_do(client, make_session, view):
    starts = _first_of_next_month()
    session = make_session(starts_at=starts, ends_at=starts.replace(hour=21, minute=30))
    args = [session.pk] if view == "trainings:session" else []
    with translation.override("fr"):
        french = client.get(reverse(view, args=args)).content.decode()
    with translation.override("nl"):
        dutch = client.get(reverse(view, args=args)).content.decode()
    with translation.override("fr"):
        month = local_date(starts, "F")
    with translation.override("nl"):
        maand = local_date(starts, "F")
    assert f"1er {month}" in french
    assert f"1 {maand}" in dutch and "1er" not in dutch
