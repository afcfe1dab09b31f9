"""The pages around the messages, in Chromium at 360 px: axe on each, and each works
without JavaScript (lost link, stop reminders, a closed session's invite page, the flyer)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from tests.browser.axe import violations
from tests.browser.conftest import WIDTHS
from tests.private_links import give_link
from trainings import services
from trainings.models import Registration


@pytest.fixture
def planned(transactional_db):
    from datetime import timedelta

    from django.utils import timezone

    from modules.models import Module
    from trainings.models import BookingRequest

    module = Module.objects.create(number=4, slug="gaming", title_nl="Gamen", title_fr="Jeux")
    booking = BookingRequest.objects.create(
        organisation_name="Buurtwerk De Brug",
        organisation_kind="welfare",
        works_with_vulnerable_groups=True,
        contact_name="Inge",
        contact_email="inge@debrug.example.org",
        preferred_1=timezone.now() + timedelta(days=20),
        own_address="Brugstraat 4",
        own_postcode="9300",
        own_municipality="Aalst",
        expected_parents=14,
        language="nl",
    )
    booking.modules.add(module)
    session = services.plan_request(request_id=booking.pk)
    booking.refresh_from_db()
    return booking, session


def path(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(f"trainings:{name}", kwargs=kwargs or None)


def test_closed_session_invite_flyer_and_lost_link_without_javascript(new_page, planned):
    booking, session = planned
    checked = new_page(width=WIDTHS["phone"])
    page = new_page(width=WIDTHS["phone"], javascript=False)
    found = []

    def audit():
        checked.goto(page.url)
        found.extend(violations(checked))

    # The organisation's page: the link, the flyer, the count.
    page.goto(path("request", token=booking.token))
    audit()
    page.goto(path("flyer", token=booking.token))
    assert page.locator(".flyer-qr svg").count() == 1
    audit()
    # A parent of the organisation registers through the link, by e-mail.
    page.goto(path("invite", token=session.invite_token))
    audit()
    page.fill("#id_name", "Samira")
    page.fill("#id_phone", "09 123 45 67")  # a landline: refused, kept
    page.check("#id_consent")
    page.locator(".register form button[type=submit]").click()
    assert page.input_value("#id_phone") == "09 123 45 67"
    assert "vaste lijn" in page.content()
    page.fill("#id_phone", "")
    page.fill("#id_email", "samira@example.org")
    page.check("#id_consent")
    page.locator(".register form button[type=submit]").click()
    assert "samira@example.org" in page.content()
    assert Registration.objects.get().session == session
    # Lost the link: the form, its error state and its neutral reply.
    page.goto(path("lost_link"))
    audit()
    page.locator("main form button[type=submit]").click()
    assert page.locator(".invalid-feedback").count() == 1
    page.fill("#id_contact", "samira@example.org")
    page.locator("main form button[type=submit]").click()
    assert "samira@example.org" in page.content()
    # Stop the reminders with one click.
    registration = Registration.objects.get()
    give_link(registration)  # the code its message carried (stored only as a keyed hash)
    page.goto(path("stop_reminders", token=registration.token))
    audit()
    page.locator("main form button[type=submit]").click()
    registration.refresh_from_db()
    assert not registration.reminders
    assert not found, "\n".join(found)


def test_the_thank_you_and_lost_link_reply_pass_axe(new_page, planned):
    _booking, session = planned
    page = new_page(width=WIDTHS["phone"])
    page.goto(path("invite", "fr", token=session.invite_token))
    page.fill("#id_name", "Lea")
    page.fill("#id_email", "lea@example.org")
    page.fill("#id_needs", "Fauteuil roulant")
    page.check("#id_consent")
    page.locator(".register form button[type=submit]").click()
    assert "lea@example.org" in page.content()
    found = violations(page)
    page.goto(path("lost_link", "fr"))
    page.fill("#id_contact", "pas une adresse")
    page.locator("main form button[type=submit]").click()
    found += violations(page)
    page.fill("#id_contact", "lea@example.org")
    page.locator("main form button[type=submit]").click()
    found += violations(page)
    assert not found, "\n".join(found)
