"""Who is registered? Tried as a stranger would: type someone else's e-mail address in
the registration form, and compare everything the portal answers — the status, the page
after the redirect, and the session page afterwards — for a new contact, one already
registered for this session, and one that holds as many places elsewhere as it may.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from outbox.models import Message
from outbox.rendering import render
from outbox.sms import segments
from trainings.models import Registration

pytestmark = pytest.mark.django_db


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(f"trainings:{name}", kwargs=kwargs or None)


def on(days: int) -> dict:
    starts = timezone.now() + timedelta(days=days)
    return {"starts_at": starts, "ends_at": starts + timedelta(hours=2)}


def form(email: str, **changes) -> dict:
    return {"name": "Een Vreemde", "email": email, "adults": 1, "consent": "on"} | changes


def visible(page: bytes, contact: str) -> str:
    """The page as a stranger compares it: without the token that changes per visit and
    the contact they typed themselves (shown back to them on purpose)."""
    text = page.decode().replace(contact, "CONTACT")
    return re.sub(r'name="(csrfmiddlewaretoken|form_started)" value="[^"]*"', "", text)


def attempt(session, contact: str, *, address: str, **changes) -> tuple[int, str, str, str]:
    """What a stranger sees when registering `contact`: status, where it leads, the page
    there, and the session page afterwards."""
    stranger = Client(REMOTE_ADDR=address)
    response = stranger.post(url("session", pk=session.pk), form(contact, **changes))
    location = response.get("Location", "")
    thanks = stranger.get(location) if location else response
    after = Client(REMOTE_ADDR=address).get(url("session", pk=session.pk))
    return (
        response.status_code,
        location,
        visible(thanks.content, contact),
        visible(after.content, contact),
    )


@pytest.fixture(autouse=True)
def no_rate_limit(settings):
    settings.RATE_LIMITS = {"registration": (None, None)}


@pytest.fixture
def known(make_session):
    """Ines is registered for the session; Karim holds three registrations elsewhere."""
    session = make_session(capacity=30, seats_taken=10)
    Registration.objects.create(
        session=session, name="Ines", email="ines@example.org", status="confirmed"
    )
    for days in (10, 11, 12):
        Registration.objects.create(
            session=make_session(**on(days)),
            name="Karim",
            email="karim@example.org",
            status="confirmed",
        )
    return session


def test_a_new_a_known_and_a_capped_contact_get_the_same_answer(known):
    new = attempt(known, "nieuw@example.org", address="198.51.100.1")
    # The new contact took a seat; measure the others against a page that moved the same way.
    assert Registration.objects.filter(email="nieuw@example.org").exists()
    already = attempt(known, "ines@example.org", address="198.51.100.2")
    capped = attempt(known, "karim@example.org", address="198.51.100.3")
    assert new[0] == already[0] == capped[0] == 302
    assert new[1] == already[1] == capped[1] == url("thanks")
    assert new[2] == already[2] == capped[2]
    assert new[3] == already[3] == capped[3]
    # Not even the number of free places gives the new registration away.
    assert not re.search(r"\b\d+ plaats(en)? (vrij|over)", new[3])
    assert not Registration.objects.filter(session=known, email="karim@example.org").exists()


def test_the_capped_contact_is_told_why_by_message_once_an_hour(known):
    for address in ("198.51.100.4", "198.51.100.5"):
        attempt(known, "karim@example.org", address=address)
    refusal = Message.objects.get(kind="registration_refused_limit")
    assert refusal.address == "karim@example.org" and refusal.channel == "email"
    # The key is a keyed hash: it names no one.
    assert "karim" not in refusal.dedupe_key
    rendered = render(refusal)
    assert "niet ingeschreven" in rendered.subject
    assert "hoogstens 3 opleidingen" in rendered.text or "hoogstens 3" in rendered.text
    assert url("lost_link") in rendered.text and url("lost_link") in rendered.html


@pytest.mark.parametrize(("cap", "count"), [("registrations", 3), ("seats", 10), ("waiting", 2)])
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_refusal_reads_well_by_e_mail_and_sms(known, cap, count, language):
    from trainings.messages import tell_refused

    for email, phone in (("karim@example.org", ""), ("", "+32470123456")):
        tell_refused(
            session=known, email=email, phone=phone, language=language, cap=cap, count=count
        )
    for message in Message.objects.filter(kind="registration_refused_limit"):
        rendered = render(message)
        assert str(count) in rendered.text
        assert "{" not in rendered.text and "%" not in rendered.text
        if message.channel == "sms":
            assert segments(rendered.text) <= 2
            assert url("lost_link", language) in rendered.text
        else:
            assert rendered.subject and url("lost_link", language) in rendered.html


def test_public_pages_show_coarse_availability(make_session, client, settings):
    settings.TRAININGS_FEW_PLACES = 3
    roomy = make_session(capacity=30, seats_taken=10)
    few = make_session(capacity=30, seats_taken=27, **on(8))
    full = make_session(capacity=30, seats_taken=30, **on(9))
    pages = {s: client.get(url("session", pk=s.pk)).content.decode() for s in (roomy, few, full)}
    assert "Nog plaatsen vrij." in pages[roomy]
    assert "Nog enkele plaatsen vrij." in pages[few]
    assert "wachtlijst" in pages[full]
    listing = client.get(url("sessions")).content.decode()
    assert "Nog enkele plaatsen" in listing and "Volzet: wachtlijst" in listing
    for page in [*pages.values(), listing]:
        assert not re.search(r"\b(20|3) plaats", page)
