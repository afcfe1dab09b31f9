"""Bots and floods, tried as an attacker would: a script registering fake people, filing
requests, walking through private links; and a real parent, who never meets a limit.
"""

from __future__ import annotations

import logging
import re
import time
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from outbox.models import Message
from trainings.models import BookingRequest, Registration, TrainingSession
from veiligonline.lib import antibot

pytestmark = pytest.mark.django_db


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(f"trainings:{name}", kwargs=kwargs or None)


def person(number: int, **changes) -> dict:
    return {
        "name": f"Ouder {number}",
        "email": f"ouder{number}@example.org",
        "adults": 1,
        "consent": "on",
    } | changes


def from_address(address: str) -> Client:
    return Client(REMOTE_ADDR=address)


@pytest.fixture
def session(make_session):
    return make_session(capacity=40)


@pytest.fixture
def bot_checks_on(settings):
    settings.ANTIBOT_ENABLED = True
    settings.ANTIBOT_MIN_SECONDS = 1


def started(client: Client, page: str) -> str:
    """The signed start time the form carries, as a browser would send it back."""
    html = client.get(page).content.decode()
    return re.search(rf'name="{antibot.STARTED_FIELD}" value="([^"]+)"', html).group(1)


# --- Rate limits -----------------------------------------------------------------------


class TestRegistrationFlood:
    def test_a_family_registering_for_a_few_sessions_is_never_refused(self, make_session):
        parent = from_address("198.51.100.7")
        for number in range(3):
            session = make_session(starts_at=timezone.now() + timedelta(days=5 + number))
            session.ends_at = session.starts_at + timedelta(hours=2)
            session.save()
            response = parent.post(url("session", pk=session.pk), person(1, adults=2))
            assert response.status_code == 302
        assert Registration.objects.count() == 3

    def test_one_address_registering_many_people_is_stopped_after_ten(self, session):
        # Ten: a community centre's group on its Wi-Fi registers; a script is stopped.
        script = from_address("203.0.113.9")
        for number in range(10):
            assert script.post(url("session", pk=session.pk), person(number)).status_code == 302
        response = script.post(url("session", pk=session.pk), person(99, name="Elfde Naam"))
        assert response.status_code == 429
        page = response.content.decode()
        assert "Elfde Naam" in page and "ouder99@example.org" in page  # what was typed stays
        # A way to reach a person, not a promise to "call us" with no number given.
        assert "info@veiligonline.be" in page
        assert Registration.objects.count() == 10
        # Another household, elsewhere, registers as usual.
        other = from_address("198.51.100.20")
        assert other.post(url("session", pk=session.pk), person(100)).status_code == 302

    def test_one_contact_from_many_addresses_is_stopped_too(self, make_session):
        # The per-contact counter: 3 an hour, whatever the address.
        sessions = [
            make_session(starts_at=timezone.now() + timedelta(days=3 + n)) for n in range(4)
        ]
        statuses = [
            from_address(f"203.0.113.{n + 1}")
            .post(url("session", pk=session.pk), person(1))
            .status_code
            for n, session in enumerate(sessions)
        ]
        assert statuses == [302, 302, 302, 429]

    def test_the_refusal_is_in_the_pages_language(self, session):
        script = from_address("203.0.113.9")
        for number in range(10):
            script.post(url("session", "fr", pk=session.pk), person(number))
        response = script.post(url("session", "fr", pk=session.pk), person(9))
        assert response.status_code == 429
        assert 'lang="fr"' in response.content.decode()
        assert "une heure" in response.content.decode()

    def test_the_cache_holds_no_address_and_no_contact(self, session, settings):
        # In-process memory, so that every key and value can be read back here.
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
        from_address("203.0.113.77").post(url("session", pk=session.pk), person(7))
        from django.core.cache import caches

        kept = repr(list(caches["default"]._cache.items()))  # every key and pickled value
        assert "203.0.113.77" not in kept and "ouder7" not in kept


class TestRequestFlood:
    def test_three_requests_a_day_then_refused(self, booking_request):
        from tests.trainings.test_requests import valid

        modules = list(booking_request.modules.all())
        script = from_address("203.0.113.9")
        for number in range(3):
            data = valid(modules, contact_email=f"org{number}@example.org")
            assert script.post(url("request_training"), data).status_code == 302
        response = script.post(url("request_training"), valid(modules, organisation_name="Vierde"))
        assert response.status_code == 429
        assert 'value="Vierde"' in response.content.decode()
        assert BookingRequest.objects.count() == 1 + 3


class TestPrivateLinks:
    def test_walking_through_tokens_is_stopped(self, settings, db):
        settings.RATE_LIMITS = {"private-link": ("3/h", None)}
        walker = from_address("203.0.113.9")
        statuses = [
            walker.get(url("registration", token=f"guess-{n}")).status_code for n in range(4)
        ]
        assert statuses == [404, 404, 404, 429]
        response = walker.get(url("request", token="guess-5"))
        assert response.status_code == 429
        assert response["Retry-After"] == "3600"
        assert "over een uur" in response.content.decode()


class TestCacheDown:
    @pytest.fixture
    def redis_gone(self, settings):
        # A Redis nobody listens on: every cache call fails at once. Put back before the
        # other fixtures empty the cache.
        working = settings.CACHES
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": "redis://127.0.0.1:1/0",
                "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
            }
        }
        yield
        settings.CACHES = working

    def test_registering_still_works_and_a_warning_is_logged(self, session, redis_gone, caplog):
        with caplog.at_level(logging.WARNING):
            response = Client().post(url("session", pk=session.pk), person(1))
        assert response.status_code == 302
        assert Registration.objects.count() == 1
        assert "cache is unreachable" in caplog.text
        assert "ouder1" not in caplog.text


# --- Honeypot and minimum fill time ------------------------------------------------------


@pytest.mark.usefixtures("bot_checks_on")
class TestBots:
    def test_the_honeypot_is_hidden_from_people_and_assistive_technology(self, session):
        html = Client().get(url("session", pk=session.pk)).content.decode()
        trap = re.search(r'<div class="visually-hidden" aria-hidden="true">.*?</div>', html).group()
        assert f'name="{antibot.HONEYPOT_FIELD}"' in trap
        assert 'tabindex="-1"' in trap and 'autocomplete="off"' in trap
        assert "<label" in trap

    def test_a_bot_filling_the_honeypot_is_thanked_and_nothing_is_stored(self, session, caplog):
        client = Client()
        data = person(1) | {
            antibot.HONEYPOT_FIELD: "http://spam.example",
            antibot.STARTED_FIELD: started(client, url("session", pk=session.pk)),
        }
        time.sleep(1.05)
        with caplog.at_level(logging.WARNING):
            response = client.post(url("session", pk=session.pk), data)
        assert response["Location"] == url("thanks")  # the same neutral reply
        assert not Registration.objects.exists() and not Message.objects.exists()
        assert "honeypot" in caplog.text and "ouder1" not in caplog.text

    def test_a_form_sent_back_at_once_is_refused_gently_and_kept(self, session):
        client = Client()
        data = person(1) | {antibot.STARTED_FIELD: started(client, url("session", pk=session.pk))}
        response = client.post(url("session", pk=session.pk), data)
        assert response.status_code == 400
        assert 'value="Ouder 1"' in response.content.decode()
        assert not Registration.objects.exists()

    def test_a_script_without_the_signed_time_is_refused(self, session):
        response = Client().post(url("session", pk=session.pk), person(1))
        assert response.status_code == 400
        assert not Registration.objects.exists()

    def test_a_person_taking_their_time_registers(self, session):
        client = Client()
        data = person(1) | {antibot.STARTED_FIELD: started(client, url("session", pk=session.pk))}
        time.sleep(1.05)
        assert client.post(url("session", pk=session.pk), data).status_code == 302
        assert Registration.objects.count() == 1

    def test_a_signed_start_time_cannot_be_reused_for_long(self, session, settings):
        """A script fetches the form once and posts with its signed time for hours: after
        ANTIBOT_MAX_SECONDS (2 hours; 1 second here) the form is shown again, kept."""
        settings.ANTIBOT_MIN_SECONDS = 0
        settings.ANTIBOT_MAX_SECONDS = 1
        client = Client()
        value = started(client, url("session", pk=session.pk))
        time.sleep(2.05)  # the signature's age counts in whole seconds
        response = client.post(
            url("session", pk=session.pk), person(1) | {antibot.STARTED_FIELD: value}
        )
        assert response.status_code == 400
        assert 'value="Ouder 1"' in response.content.decode()
        assert not Registration.objects.exists()

    def test_a_bot_on_the_request_form_stores_nothing(self, booking_request):
        from tests.trainings.test_requests import valid

        client = Client()
        data = valid(list(booking_request.modules.all())) | {
            antibot.HONEYPOT_FIELD: "x",
            antibot.STARTED_FIELD: started(client, url("request_training")),
        }
        response = client.post(url("request_training"), data)
        assert response.status_code == 400
        assert BookingRequest.objects.count() == 1  # the fixture's only

    def test_a_bot_on_the_lost_link_form_gets_the_neutral_reply_and_nothing_is_sent(self, session):
        Registration.objects.create(
            session=session, name="Lea", email="lea@example.org", adults=1, status="confirmed"
        )
        client = Client()
        data = {
            "contact": "lea@example.org",
            antibot.HONEYPOT_FIELD: "x",
            antibot.STARTED_FIELD: started(client, url("lost_link")),
        }
        response = client.post(url("lost_link"), data)
        assert response.status_code == 200 and "lea@example.org" in response.content.decode()
        assert not Message.objects.filter(kind="lost_links").exists()


# --- Caps per contact, and a session filling fast -------------------------------------


def register(session, number=1, **changes):
    # Each try from its own address: the caps, not the rate limits, are under test here.
    client = from_address(f"198.51.100.{100 + Registration.objects.count()}")
    return client.post(url("session", pk=session.pk), person(number, **changes))


class TestCaps:
    @pytest.fixture(autouse=True)
    def no_rate_limit_per_contact(self, settings):
        # The caps, not the rate limits, are under test here.
        settings.RATE_LIMITS = {"registration": ("5/h", None)}

    def test_a_fourth_registration_of_one_contact_is_refused_by_message(self, make_session):
        sessions = [
            make_session(starts_at=timezone.now() + timedelta(days=4 + n)) for n in range(4)
        ]
        for session in sessions[:3]:
            assert register(session).status_code == 302
        # The page thanks as for anyone (a refusal would tell strangers this contact holds
        # places); the reason goes to the contact (tests/trainings/test_no_enumeration.py).
        response = register(sessions[3])
        assert response.status_code == 302
        assert Registration.objects.count() == 3
        refusal = Message.objects.get(kind="registration_refused_limit")
        assert refusal.context == {"cap": "registrations", "count": 3}

    def test_cancelled_and_past_registrations_do_not_count(self, make_session):
        past = make_session(starts_at=timezone.now() - timedelta(days=2))
        for status in ("cancelled", "confirmed"):
            Registration.objects.create(
                session=make_session() if status == "cancelled" else past,
                name="x",
                email="ouder1@example.org",
                adults=1,
                status=status,
            )
        assert register(make_session(), adults=2).status_code == 302

    def test_seats_across_sessions_are_capped_at_ten(self, make_session):
        assert register(make_session(), adults=6).status_code == 302
        response = register(make_session(), adults=5)
        assert response.status_code == 302
        assert Registration.objects.count() == 1
        assert Message.objects.get(kind="registration_refused_limit").context["cap"] == "seats"

    def test_two_waiting_lists_at_most(self, make_session):
        full = [make_session(capacity=1, seats_taken=1) for _ in range(3)]
        assert register(full[0]).status_code == 302
        assert register(full[1]).status_code == 302
        response = register(full[2])
        assert response.status_code == 302
        assert Registration.objects.filter(status="waiting").count() == 2
        assert Message.objects.get(kind="registration_refused_limit").context["cap"] == "waiting"


class TestFillingFast:
    def test_coordinators_are_told_once_when_a_session_fills_fast(self, make_session, settings):
        settings.COORDINATORS_EMAIL = ["team@veiligonline.example"]
        session = make_session(capacity=10)
        for number in range(8):
            assert register(session, number, adults=1).status_code == 302
        notices = Message.objects.filter(kind="session_filling_fast")
        assert notices.count() == 1
        notice = notices.get()
        assert notice.address == "team@veiligonline.example" and notice.channel == "email"

    def test_a_session_filling_over_days_tells_no_one(self, make_session, settings):
        settings.COORDINATORS_EMAIL = ["team@veiligonline.example"]
        session = make_session(capacity=10)
        long_ago = timezone.now() - timedelta(days=2)
        for number in range(5):
            Registration.objects.create(
                session=session,
                name="x",
                email=f"early{number}@example.org",
                adults=1,
                status="confirmed",
                created_at=long_ago,
            )
        TrainingSession.objects.filter(pk=session.pk).update(seats_taken=5)
        assert register(session, 1).status_code == 302
        assert not Message.objects.filter(kind="session_filling_fast").exists()

    def test_the_notice_reads_well_and_names_no_parent(self, make_session, settings):
        from outbox.rendering import render

        settings.COORDINATORS_EMAIL = ["team@veiligonline.example"]
        session = make_session(capacity=4)
        for number in range(3):
            register(session, number)
        notice = Message.objects.get(kind="session_filling_fast")
        rendered = render(notice)
        text = f"{rendered.subject}\n{rendered.text}\n{rendered.html}"
        assert "Ouder 1" not in text and "@example.org" not in text
        assert "ongewoon snel vol" in rendered.subject and "3 van 4" in rendered.text
        assert f"/admin/trainings/trainingsession/{session.pk}/" in rendered.html


# --- Digits are ASCII digits -------------------------------------------------------------


class TestDigits:
    @pytest.mark.parametrize("place", ["¹²³⁴", "٩٠٠٠", "９０００", "1²34"])
    def test_the_list_takes_any_digits_without_failing(self, parent, place, db):
        assert parent.get(url("sessions"), {"place": place}).status_code == 200

    @pytest.mark.parametrize("phone", ["٠٤٧٠١٢٣٤٥٦", "０４７０１２３４５６", "⁰⁴⁷⁰¹²³⁴⁵⁶"])
    def test_a_phone_number_in_other_digits_is_refused_kindly(self, session, phone):
        response = register(session, email="", phone=phone)
        assert response.status_code == 400
        assert not Registration.objects.exists()

    def test_a_postcode_in_arabic_indic_digits_is_refused(self, booking_request):
        from tests.trainings.test_requests import valid

        data = valid(list(booking_request.modules.all()), own_postcode="٩٣٠٠")
        response = Client().post(url("request_training"), data)
        assert response.status_code == 400
        assert BookingRequest.objects.count() == 1


# --- Planning a request: organisations and venues are chosen, never matched by name -------


def plan(coordinator, booking, **choices):
    data = {
        "action": "plan",
        "_selected_action": [booking.pk],
        "plan_confirmed": "yes",
        f"plan-{booking.pk}-when": "1",
    } | {f"plan-{booking.pk}-{name}": value for name, value in choices.items()}
    return coordinator.post(reverse("admin:trainings_bookingrequest_changelist"), data)


class TestPlanMatching:
    @pytest.fixture
    def namesake(self, db):
        from trainings.models import Organisation

        # The same public name, another organisation in another town.
        return Organisation.objects.create(
            slug="buurtwerk-de-brug",
            name="Buurtwerk De Brug",
            kind="welfare",
            contact_email="info@debrug-kortrijk.example.org",
            municipality="Kortrijk",
        )

    def test_a_namesake_is_suggested_but_never_attached_silently(
        self, coordinator, booking_request, namesake
    ):
        page = coordinator.post(
            reverse("admin:trainings_bookingrequest_changelist"),
            {"action": "plan", "_selected_action": [booking_request.pk]},
        ).content.decode()
        assert "Buurtwerk De Brug (Kortrijk)" in page  # named as a possible match
        plan(coordinator, booking_request)
        booking_request.refresh_from_db()
        organisation = booking_request.session.organisation
        assert organisation != namesake and organisation.slug == "buurtwerk-de-brug-2"
        assert organisation.contact_email == "inge@debrug.example.org"
        namesake.refresh_from_db()
        assert namesake.contact_email == "info@debrug-kortrijk.example.org"

    def test_the_coordinator_chooses_the_organisation_and_venue_we_know(
        self, coordinator, booking_request, namesake, venue
    ):
        plan(coordinator, booking_request, organisation=namesake.pk, venue=venue.pk)
        booking_request.refresh_from_db()
        session = booking_request.session
        assert session.organisation == namesake and session.venue == venue

    def test_without_a_choice_a_new_venue_is_made_at_the_requests_address(
        self, coordinator, booking_request, venue
    ):
        plan(coordinator, booking_request)
        booking_request.refresh_from_db()
        made = booking_request.session.venue
        assert made != venue and (made.street, made.postcode) == ("Brugstraat 4", "9300")
