"""Find, register and cancel in Chromium without JavaScript at 360 px; axe on every page
and on every form in its error state."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from modules.models import Module
from tests.browser.axe import violations
from tests.browser.conftest import WIDTHS
from tests.private_links import give_link
from trainings.models import Registration, TrainingSession, Venue


@pytest.fixture
def session(transactional_db):
    module = Module.objects.create(
        number=5, slug="cyberbullying", title_nl="Cyberpesten", title_fr="Cyberharcèlement"
    )
    venue = Venue.objects.create(
        slug="bib",
        name="Bibliotheek Het Anker",
        kind="library",
        street="Kaai 3",
        postcode="8400",
        municipality="Oostende",
        province="west_flanders",
        accessibility_nl="Lift aanwezig.",
    )
    starts = timezone.now() + timedelta(days=5)
    session = TrainingSession.objects.create(
        venue=venue,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        capacity=1,
        childcare=True,
        audience="disadvantaged",
    )
    session.modules.add(module)
    return session


def test_find_register_and_cancel_without_javascript(new_page, session):
    checked = new_page(width=WIDTHS["phone"])
    page = new_page(width=WIDTHS["phone"], javascript=False)
    found = []

    def audit():
        checked.goto(page.url)
        found.extend(violations(checked))

    with translation.override("nl"):
        page.goto(reverse("trainings:sessions"))
    audit()
    page.fill("#id_place", "8400")
    page.check("#id_childcare")
    page.locator("form.filters button[type=submit]").click()
    assert "place=8400" in page.url
    audit()
    page.locator(".sessions h2 a").first.click()
    audit()
    # An empty form first: every error shown, nothing lost, and still accessible.
    page.fill("#id_needs", "rolstoel")
    page.locator(".register form button[type=submit]").click()
    assert page.locator(".invalid-feedback").count() >= 2
    assert page.input_value("#id_needs") == "rolstoel"
    found.extend(_axe_on_posted_form(checked, page))
    page.fill("#id_name", "Samira")
    page.fill("#id_phone", "0470 12 34 56")
    page.fill("#id_childcare_ages", "4")
    page.check("#id_consent")
    page.locator(".register form button[type=submit]").click()
    registration = Registration.objects.get()
    assert registration.status == "confirmed" and registration.phone == "+32470123456"
    # A neutral thank-you page; the private link comes by text message.
    assert "/inschrijving/" not in page.url
    give_link(registration)  # the code its message carried (stored only as a keyed hash)
    assert "0470 12 34 56" in page.content()
    audit()
    with translation.override("nl"):
        page.goto(reverse("trainings:registration", kwargs={"token": registration.token}))
    audit()
    page.locator("a.btn-outline-danger").click()
    audit()
    page.locator("form button.btn-danger").click()
    registration.refresh_from_db()
    assert registration.status == "cancelled"
    audit()
    assert not found, "\n".join(found)


def test_the_request_form_in_its_error_state_passes_axe(new_page, session):
    page = new_page(width=WIDTHS["phone"])
    with translation.override("fr"):
        page.goto(reverse("trainings:request_training"))
    found = violations(page)
    page.locator("form button[type=submit]").click()
    assert page.locator(".invalid-feedback").count() >= 3
    found += violations(page)
    assert not found, "\n".join(found)


def _axe_on_posted_form(checked, page):
    """Re-create the error state in the JavaScript context (axe needs script to run)."""
    checked.goto(page.url)
    checked.fill("#id_needs", "rolstoel")
    checked.locator(".register form button[type=submit]").click()
    return violations(checked)
