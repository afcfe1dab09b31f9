"""What the fourth walkthrough (parents at 360 px without JavaScript, an organisation, a
coordinator, a security review) found in the parents' forms and pages, and how it holds now."""

from __future__ import annotations

import html
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from outbox.models import Message
from trainings import services
from trainings.models import Registration


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(f"trainings:{name}", kwargs=kwargs or None)


def registration(**changes):
    return {"name": "Mireille", "email": "mireille@example.be", "adults": 1, "consent": "on"} | (
        changes
    )


def text(response) -> str:
    return html.unescape(response.content.decode())


@pytest.mark.django_db
class TestChildcareAges:
    def test_words_instead_of_ages_are_refused_and_kept(self, parent, make_session):
        session = make_session(childcare=True)
        response = parent.post(
            url("session", "fr", pk=session.pk), registration(childcare_ages="abc")
        )
        assert response.status_code == 400
        page = text(response)
        assert "en chiffres, de 0 à 12" in page and 'value="abc"' in page
        assert not Registration.objects.exists()

    def test_ages_beyond_childcare_are_refused(self, parent, make_session):
        session = make_session(childcare=True)
        response = parent.post(
            url("session", pk=session.pk), registration(childcare_ages="25 en 40")
        )
        assert response.status_code == 400
        assert "in cijfers, van 0 tot 12" in text(response)

    def test_ages_are_kept_as_numbers_for_the_childcare_team(self, parent, make_session):
        session = make_session(childcare=True)
        response = parent.post(
            url("session", pk=session.pk), registration(childcare_ages="3 en 6 jaar")
        )
        assert response.status_code == 302
        assert Registration.objects.get().childcare_ages == "3, 6"
        # What the session offers and what they asked are two rows, named apart.
        page = text(parent.get(response["Location"]))
        labels = re.findall(r"<dt>([^<]*)</dt>", page)
        assert len(labels) == len(set(labels)), labels
        assert "Opvang voor jouw kinderen" in labels


@pytest.mark.django_db
class TestPhoneNumbers:
    def test_a_mobile_number_a_digit_short_is_not_called_a_landline(self, parent, make_session):
        session = make_session()
        response = parent.post(
            url("session", pk=session.pk),
            registration(email="", phone="047012345"),
        )
        assert response.status_code == 400
        page = text(response)
        assert "10 cijfers" in page and "9 cijfers" in page
        assert "vaste lijn" not in page

    def test_the_lost_link_form_refuses_a_landline_as_registering_does(self, parent, db):
        response = parent.post(url("lost_link", "fr"), {"contact": "03 234 56 78"})
        assert response.status_code == 400
        assert "numéro fixe" in text(response)
        assert not Message.objects.filter(kind="lost_links").exists()


@pytest.mark.django_db
class TestTheThankYouPromisesOnlyWhatIsTrue:
    """The page is the same whoever typed the contact, so it may not say "we sent your
    confirmation" to someone refused by a cap, nor "you are on the waiting list" to
    someone who already holds a place."""

    def test_a_contact_refused_by_a_cap_is_not_told_it_is_registered(self, make_session, settings):
        settings.TRAININGS_CAPS = {**settings.TRAININGS_CAPS, "registrations": 1}
        first, second = make_session(), make_session()
        services.register(session_id=first.pk, name="Nadia", email="nadia@example.be")
        client = Client()
        response = client.post(
            url("session", pk=second.pk), registration(email="nadia@example.be"), follow=True
        )
        page = text(response)
        assert not Registration.objects.filter(session=second).exists()
        assert "bevestiging" not in page.split("<h2")[0].lower()
        assert "waarom we je niet konden inschrijven" in page
        assert "{#" not in page and "#}" not in page  # no template comment shown as text

    def test_someone_with_a_place_in_a_full_session_is_not_told_they_wait(self, make_session):
        session = make_session(capacity=1)
        services.register(session_id=session.pk, name="Mireille", email="mireille@example.be")
        response = Client().post(
            url("session", "fr", pk=session.pk), registration(adults=3), follow=True
        )
        page = text(response)
        assert Registration.objects.get().status == "confirmed"
        assert "vous êtes donc sur la liste d'attente" not in page
        assert "où vous en êtes" in page


@pytest.mark.django_db
def test_sending_again_a_message_no_longer_current_keeps_its_earlier_send(
    make_session, django_capture_on_commit_callbacks, mailoutbox
):
    """ "Send again" on a sent confirmation of a registration since cancelled: nothing goes
    out, and the row keeps saying when it was sent (it read "not sent" beside a sent date)."""
    from outbox import services as outbox_services
    from outbox.delivery import deliver
    from tests.private_links import give_link

    session = make_session()
    with django_capture_on_commit_callbacks(execute=True):
        outcome = services.register(session_id=session.pk, name="Lea", email="lea@example.org")
    confirmation = Message.objects.get(kind="registration_confirmed")
    assert confirmation.status == Message.Status.SENT
    sent_at = confirmation.sent_at
    services.cancel(token=give_link(outcome.registration))
    mailoutbox.clear()
    outbox_services.send_again(Message.objects.filter(pk=confirmation.pk))
    assert deliver(confirmation.pk) == "obsolete"
    confirmation.refresh_from_db()
    assert confirmation.status == Message.Status.SENT and confirmation.sent_at == sent_at
    assert mailoutbox == []
