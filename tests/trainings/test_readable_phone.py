"""Phone numbers are stored international and shown as people write them."""

from __future__ import annotations

import pytest
from django.urls import reverse

from trainings.forms import normalise_phone, readable_phone


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("09 123 45 67", "09 123 45 67"),
        ("02/512.34.56", "02 512 34 56"),
        ("050 12 34 56", "050 12 34 56"),
        ("0470 12 34 56", "0470 12 34 56"),
        ("+33 1 23 45 67 89", "+33123456789"),  # abroad: the international form
    ],
)
def test_readable_phone(typed, shown):
    assert readable_phone(normalise_phone(typed)) == shown


def test_the_request_page_shows_the_phone_as_written(client, booking_request):
    booking_request.contact_phone = "+3291234567"
    booking_request.save()
    url = reverse("trainings:request", args=[booking_request.token])
    page = client.get(url).content.decode()
    assert "09 123 45 67" in page
    assert "+3291234567" not in page
