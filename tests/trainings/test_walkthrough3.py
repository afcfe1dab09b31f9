"""What the third parents' walkthrough found, as a parent meets it."""

from __future__ import annotations

import html
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from outbox import delivery
from outbox.models import Message
from tests.private_links import give_link
from tests.trainings.test_journeys2 import text_of, url
from trainings import services
from trainings.models import PrivateLink, Registration


def typed(**changes):
    return {"name": "Lea", "email": "lea@example.org", "adults": 1, "consent": "on"} | changes


@pytest.mark.django_db
class TestThePrivatePage:
    def test_a_session_in_two_days_promises_only_the_morning_reminder(self, parent, make_session):
        session = make_session(starts_at=timezone.now() + timedelta(days=2, hours=3))
        registration = services.register(
            session_id=session.pk, name="Lea", phone="+32470123456"
        ).registration
        for name in ("registration", "stop_reminders"):
            page = text_of(parent.get(url(name, token=give_link(registration))).content.decode())
            assert "3 dagen voor" not in page, name
            assert "op de ochtend van de vorming" in page, name

    def test_the_childcare_reads_as_a_sentence(self, parent, make_session):
        session = make_session(childcare=True)
        registration = services.register(
            session_id=session.pk, name="Mamie", email="m@example.org", childcare_ages="4"
        ).registration
        page = parent.get(url("registration", "fr", token=give_link(registration)))
        assert "Oui, pour des enfants de 4 ans" in text_of(page.content.decode())


@pytest.mark.django_db
class TestTheRegistrationForm:
    def test_neither_contact_field_says_optional(self, parent, make_session):
        page = parent.get(url("session", pk=make_session().pk)).content.decode()
        form = page.split('method="post"', 1)[1].split("</form>", 1)[0]
        assert "(optioneel)" not in form.split('name="adults"')[0]
        assert "een van de twee is genoeg" in form

    def test_letters_for_a_number_are_kept_and_explained(self, parent, make_session):
        response = parent.post(url("session", pk=make_session().pk), typed(adults="abc"))
        page = response.content.decode()
        assert response.status_code == 400
        assert 'value="abc"' in page  # a text field with a number keypad keeps it
        assert 'inputmode="numeric"' in page and 'type="number"' not in page
        assert "Geef een getal van 1 tot 10." in page

    def test_too_long_says_how_long_in_plain_words(self, parent, make_session):
        response = parent.post(url("session", "fr", pk=make_session().pk), typed(name="x" * 500))
        assert "Utilisez au maximum 120 caractères (maintenant 500)." in response.content.decode()

    def test_the_consent_error_has_no_double_punctuation(self, parent, make_session):
        data = typed()
        del data["consent"]
        page = parent.post(url("session", "fr", pk=make_session().pk), data).content.decode()
        summary = html.unescape(page.split('id="error-summary"', 1)[1].split("</div>", 1)[0])
        assert ". :" not in summary and ".:" not in summary


@pytest.mark.django_db
class TestTheTrainingsList:
    def test_an_unknown_place_is_named_with_what_to_type(self, parent, make_session):
        make_session()
        page = text_of(parent.get(url("sessions", "fr"), {"place": "zzzzqqq"}).content.decode())
        assert "Nous ne connaissons pas le lieu « zzzzqqq »" in page
        assert "Essayez avec moins de filtres" not in page

    def test_the_list_says_when_the_pages_language_comes_first(self, parent, make_session):
        make_session()
        page = text_of(parent.get(url("sessions", "fr"), {"place": "Anvers"}).content.decode())
        assert "d'abord les séances en français, puis par distance depuis Anvers" in page
        chosen = {"place": "Anvers", "language": "nl"}
        page = text_of(parent.get(url("sessions", "fr"), chosen).content.decode())
        assert "par distance depuis Anvers, les plus proches d'abord" in page

    def test_a_script_as_a_place_is_shown_as_text(self, parent, make_session):
        page = parent.get(url("sessions"), {"place": "<script>x</script>"}).content.decode()
        assert "<script>x</script>" not in page
        assert "&lt;script&gt;" in page


@pytest.mark.django_db
def test_people_on_the_waiting_list_are_not_told_they_had_booked(make_session):
    session = make_session(capacity=1)
    services.register(session_id=session.pk, name="A", email="a@example.org")
    waiting = services.register(session_id=session.pk, name="B", email="b@example.org")
    assert waiting.registration.status == Registration.Status.WAITING
    services.cancel_session(session_id=session.pk)
    for message in Message.objects.filter(kind="session_cancelled"):
        delivery.deliver(message.pk)
    to_waiting = next(m for m in mail.outbox if m.to == ["b@example.org"])
    to_booked = next(m for m in mail.outbox if m.to == ["a@example.org"])
    assert "Je stond op de wachtlijst" in to_waiting.body
    assert "Wat je had geboekt" not in to_waiting.body
    assert "Wat je had geboekt" in to_booked.body


@pytest.mark.django_db
def test_the_lost_link_page_says_old_links_stop_working(parent):
    page = text_of(parent.get(url("lost_link")).content.decode())
    assert "De links die we eerder stuurden, werken dan niet meer." in page


@pytest.mark.django_db
def test_a_replaced_link_leads_to_a_page_that_explains(parent, make_session):
    session = make_session()
    registration = services.register(
        session_id=session.pk, name="Lea", email="lea@example.org"
    ).registration
    old = give_link(registration)
    # Asked again ("I lost my link"): a new code, and the old one stops working.
    PrivateLink.issue(registration=registration, replace=True)
    response = parent.get(url("registration", token=old))
    assert response.status_code == 404
    assert "alleen het nieuwste bericht" in text_of(response.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "kwargs", "goes_to"),
    [
        ("modules:delete_code", {}, "modules:resume"),
        ("modules:create_code", {}, "modules:list"),
        ("modules:forget", {}, "modules:list"),
    ],
)
def test_a_plain_visit_to_a_form_address_goes_to_its_form(parent, name, kwargs, goes_to):
    """The language switch on a page that answered a POST: no empty 405 page."""
    for language in ("nl", "fr"):
        with translation.override(language):
            address, target = reverse(name, kwargs=kwargs), reverse(goes_to)
        response = parent.get(address)
        assert (response.status_code, response["Location"]) == (302, target)
    assert Client().put(address).status_code == 405
