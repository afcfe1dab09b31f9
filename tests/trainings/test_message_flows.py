"""What reaches people, and what the pages say about it: the flows around the outbox.

The neutral reply after registering, the lost-link form, the landline refusal, the
closed session's invite link and flyer, stopping reminders, the reminder sweep (its
windows and the Sundays the clocks change in Brussels), a moved session and the
messages a coordinator sees in the admin.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from outbox import delivery
from outbox.models import Message
from tests.private_links import codes_in, give_link
from tests.trainings.test_admin import change_form
from trainings import services
from trainings.messages import session_facts
from trainings.models import Registration, TrainingSession
from trainings.tasks import record_due_reminders

BRUSSELS = ZoneInfo("Europe/Brussels")


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(f"trainings:{name}", kwargs=kwargs or None)


def typed(**changes):
    return {"name": "Lea", "email": "lea@example.org", "adults": 1, "consent": "on"} | changes


def without_csrf(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)


# --- 1. The same reply, whoever is typed.


@pytest.mark.django_db
class TestNeutralReply:
    def test_a_known_contact_gets_exactly_the_reply_of_a_new_one(self, make_session):
        session = make_session(childcare=True, practical_nl="Breng je gsm mee.")
        data = typed(adults=2, childcare_ages="3 en 6", needs="Rolstoel")
        first, second = Client(), Client()
        new = first.post(url("session", pk=session.pk), data)
        known = second.post(url("session", pk=session.pk), data)
        assert Registration.objects.count() == 1
        assert (new.status_code, new["Location"]) == (known.status_code, known["Location"])
        assert new["Location"] == url("thanks")  # no token, no address in the URL
        new_page = first.get(new["Location"])
        known_page = second.get(known["Location"])
        assert new_page.status_code == known_page.status_code == 200
        assert without_csrf(new_page.content.decode()) == without_csrf(known_page.content.decode())
        page = new_page.content.decode()
        # It repeats what they asked for, and where the link went.
        for shown in (
            "lea@example.org",
            "3, 6",  # the ages as numbers
            "Rolstoel",
            "Breng je gsm mee.",
            "2 volwassenen",
        ):
            assert shown in page, shown
        assert not codes_in(page, "trainings:registration", "nl")
        assert new_page["Cache-Control"] == "no-store"

    def test_what_was_typed_is_shown_once_then_forgotten(self, parent, make_session):
        session = make_session()
        response = parent.post(url("session", pk=session.pk), typed())
        assert "lea@example.org" in parent.get(response["Location"]).content.decode()
        again = parent.get(url("thanks"))
        assert again.status_code == 302 and again["Location"] == url("sessions")

    def test_a_known_contact_is_sent_the_link_again_at_most_once_an_hour(self, make_session):
        session = make_session()
        for _attempt in range(4):
            Client().post(url("session", pk=session.pk), typed(email="LEA@example.org"))
        registration = Registration.objects.get()
        kinds = sorted(registration.messages.values_list("kind", flat=True))
        assert kinds == ["link_again", "registration_confirmed"]

    def test_a_full_session_says_waiting_list_to_new_and_known_alike(self, make_session):
        session = make_session(capacity=1)
        services.register(session_id=session.pk, name="Ann", email="ann@example.org")
        first, second = Client(), Client()
        new = first.get(first.post(url("session", pk=session.pk), typed())["Location"])
        known = second.get(second.post(url("session", pk=session.pk), typed())["Location"])
        assert "wachtlijst" in new.content.decode()
        assert without_csrf(new.content.decode()) == without_csrf(known.content.decode())

    def test_a_need_says_who_gets_back_to_them(self, parent, make_session):
        session = make_session()
        response = parent.post(url("session", pk=session.pk), typed(needs="Gebarentolk"))
        page = parent.get(response["Location"]).content.decode()
        assert "Gebarentolk" in page and "neemt het Veilig Online-team contact" in page

    def test_by_mobile_number_the_page_says_a_text_message(self, parent, make_session):
        session = make_session()
        data = typed(email="", phone="0470 12 34 56")
        page = parent.get(parent.post(url("session", pk=session.pk), data)["Location"])
        assert "0470 12 34 56" in page.content.decode()
        assert "sms" in page.content.decode().lower()


# --- 2. I lost my link.


@pytest.mark.django_db
class TestLostLink:
    def test_linked_from_the_list_the_session_and_the_form(self, parent, make_session):
        session = make_session()
        for page in (url("sessions"), url("session", pk=session.pk)):
            assert url("lost_link") in parent.get(page).content.decode()

    def test_the_reply_is_the_same_whether_or_not_the_contact_is_registered(
        self, parent, make_session
    ):
        session = make_session()
        services.register(session_id=session.pk, name="Lea", email="lea@example.org")
        known = parent.post(url("lost_link"), {"contact": "Lea@Example.org"})
        unknown = parent.post(url("lost_link"), {"contact": "bob@example.org"})
        assert known.status_code == unknown.status_code == 200
        assert without_csrf(known.content.decode()).replace("Lea@Example.org", "X") == (
            without_csrf(unknown.content.decode()).replace("bob@example.org", "X")
        )
        sent = Message.objects.filter(kind="lost_links")
        assert sent.count() == 1
        message = sent.get()
        assert message.address == "lea@example.org"
        assert message.context["ids"] == [Registration.objects.get().pk]
        # No code waits in the outbox: the links are made when the message is sent.
        assert "secret" not in message.context
        # The key that keeps it to once an hour names no one.
        assert "lea" not in message.dedupe_key.lower()

    def test_sent_at_most_once_an_hour(self, parent, make_session):
        first, second = make_session(), make_session()
        services.register(session_id=first.pk, name="Jan", phone="+32470123456")
        services.register(session_id=second.pk, name="Jan", phone="+32470123456")
        for typed_as in ("0470 12 34 56", "+32 470 12 34 56", "0470/12.34.56"):
            parent.post(url("lost_link"), {"contact": typed_as})
        message = Message.objects.get(kind="lost_links")
        assert message.channel == "sms" and len(message.context["ids"]) == 2

    def test_cancelled_and_past_registrations_are_not_sent(self, parent, make_session):
        session = make_session()
        registration = services.register(
            session_id=session.pk, name="Lea", email="lea@example.org"
        ).registration
        services.cancel(token=give_link(registration))
        parent.post(url("lost_link"), {"contact": "lea@example.org"})
        assert not Message.objects.filter(kind="lost_links").exists()

    def test_one_visitor_cannot_make_us_write_to_many_people(self, parent, db):
        for number in range(10):
            response = parent.post(url("lost_link"), {"contact": f"p{number}@example.org"})
            assert response.status_code == 200
        response = parent.post(url("lost_link"), {"contact": "p11@example.org"})
        assert response.status_code == 429
        assert "over een uur" in response.content.decode()

    def test_a_stranger_asking_often_for_someones_links_never_refuses_their_owner(
        self, make_session
    ):
        session = make_session()
        services.register(session_id=session.pk, name="Lea", email="lea@example.org")
        # From five addresses, a stranger asks for Lea's links (the limit per contact is 5).
        for number in range(6):
            stranger = Client(REMOTE_ADDR=f"203.0.113.{number + 1}")
            stranger.post(url("lost_link"), {"contact": "lea@example.org"})
        sent = Message.objects.filter(kind="lost_links").count()
        # Lea herself, from home: the usual reply, never a refusal someone else caused.
        response = Client(REMOTE_ADDR="198.51.100.4").post(
            url("lost_link"), {"contact": "lea@example.org"}
        )
        assert response.status_code == 200
        assert "lea@example.org" in response.content.decode()
        assert Message.objects.filter(kind="lost_links").count() == sent

    def test_nonsense_is_refused_kindly_and_kept(self, parent, db):
        response = parent.post(url("lost_link", "fr"), {"contact": "lea at home"})
        assert response.status_code == 400
        page = response.content.decode()
        assert 'value="lea at home"' in page and "adresse e-mail" in page


# --- 3. A landline cannot receive the text message.


@pytest.mark.django_db
class TestLandline:
    @pytest.mark.parametrize(("language", "says"), [("nl", "vaste lijn"), ("fr", "numéro fixe")])
    def test_a_belgian_landline_is_refused_in_the_pages_language(
        self, parent, make_session, language, says
    ):
        session = make_session()
        data = typed(email="", phone="09 123 45 67", needs="Rolstoel")
        response = parent.post(url("session", language, pk=session.pk), data)
        assert response.status_code == 400
        page = response.content.decode()
        assert says in page
        assert 'value="09 123 45 67"' in page and "Rolstoel" in page
        assert not Registration.objects.exists()

    @pytest.mark.parametrize(
        "phone", ["0470 12 34 56", "0456 12 34 56", "+32 499 12 34 56", "+31 6 12345678"]
    )
    def test_mobile_numbers_are_taken(self, parent, make_session, phone):
        session = make_session()
        response = parent.post(url("session", pk=session.pk), typed(email="", phone=phone))
        assert response.status_code == 302

    @pytest.mark.parametrize("phone", ["02 123 45 67", "0444 12 34 56", "+32 3 123 45 67"])
    def test_other_belgian_numbers_are_refused(self, parent, make_session, phone):
        session = make_session()
        response = parent.post(url("session", pk=session.pk), typed(email="", phone=phone))
        assert response.status_code == 400


# --- 6. A closed session: its invite link, the organisation's count, the flyer.


@pytest.fixture
def planned(booking_request):
    session = services.plan_request(request_id=booking_request.pk)
    booking_request.refresh_from_db()
    return booking_request, session


@pytest.mark.django_db
class TestClosedSession:
    def test_the_organisation_sees_the_link_the_flyer_and_a_count(self, parent, planned):
        booking, session = planned
        assert session.invite_token and len(session.invite_token) >= 20
        page = parent.get(url("request", token=booking.token)).content.decode()
        assert url("invite", token=session.invite_token) in page
        assert url("flyer", token=booking.token) in page
        assert "0 van de 14 plaatsen" in page

    def test_parents_register_through_the_link_and_only_a_count_is_shown(self, parent, planned):
        booking, session = planned
        assert parent.get(url("session", pk=session.pk)).status_code == 404  # not public
        invite = url("invite", token=session.invite_token)
        assert parent.get(invite).status_code == 200
        response = parent.post(invite, typed(name="Samira", adults=2))
        assert response["Location"] == url("thanks")
        assert Registration.objects.get().session == session
        page = Client().get(url("request", token=booking.token)).content.decode()
        assert "2 van de 14 plaatsen" in page
        assert "Samira" not in page and "lea@example.org" not in page

    def test_a_wrong_token_is_404(self, parent, planned):
        assert parent.get(url("invite", token="x" * 22)).status_code == 404
        assert parent.get(url("flyer", token="x" * 32)).status_code == 404

    def test_a_cancelled_closed_session_takes_no_one(self, parent, planned):
        _booking, session = planned
        services.cancel_session(session_id=session.pk)
        response = parent.post(url("invite", token=session.invite_token), typed())
        assert response.status_code == 400
        assert not Registration.objects.exists()

    def test_the_service_refuses_a_closed_session_without_the_invite(self, planned):
        _booking, session = planned
        with pytest.raises(services.RegistrationRefused):
            services.register(session_id=session.pk, name="A", email="a@example.org")

    def test_the_flyer_is_in_the_sessions_language_with_a_qr_code(self, parent, planned):
        booking, session = planned
        TrainingSession.objects.filter(pk=session.pk).update(language="fr")
        # Read on a Dutch page, printed for French-speaking parents.
        response = parent.get(url("flyer", "nl", token=booking.token))
        page = response.content.decode()
        assert response.status_code == 200
        assert '<html lang="fr">' in page
        assert "Séance gratuite pour les parents" in page
        assert "<svg" in page and "<path" in page
        with translation.override("fr"):
            invite = reverse("trainings:invite", kwargs={"token": session.invite_token})
        assert invite in page
        assert "Jeux" in page  # the module's French title
        assert "116 000" in page
        assert "<script" not in page


# --- Stopping reminders.


@pytest.mark.django_db
class TestStopReminders:
    def test_one_click_without_login(self, parent, make_session):
        session = make_session()
        registration = services.register(
            session_id=session.pk, name="Lea", email="lea@example.org"
        ).registration
        page = parent.get(url("stop_reminders", token=give_link(registration)))
        assert page.status_code == 200
        assert "<form" in page.content.decode()
        registration.refresh_from_db()
        assert registration.reminders  # a GET (a mail scanner's visit) changes nothing
        done = parent.post(url("stop_reminders", token=give_link(registration)))
        assert done.status_code == 200
        assert "geen herinneringen meer" in done.content.decode()
        registration.refresh_from_db()
        assert not registration.reminders
        assert registration.status == "confirmed"

    def test_a_wrong_token_is_404(self, parent, db):
        assert parent.get(url("stop_reminders", token="nope")).status_code == 404

    def test_no_reminder_is_recorded_or_sent_after_stopping(self, parent, make_session):
        starts = timezone.now() + timedelta(days=2)
        session = make_session(starts_at=starts, ends_at=starts + timedelta(hours=2))
        stopped = services.register(session_id=session.pk, name="A", email="a@example.org")
        kept = services.register(session_id=session.pk, name="B", email="b@example.org")
        Registration.objects.update(created_at=timezone.now() - timedelta(days=10))
        record_due_reminders(now=timezone.now())
        parent.post(url("stop_reminders", token=give_link(stopped.registration)))
        message = Message.objects.get(kind="reminder", subject_id=stopped.registration.pk)
        assert delivery.deliver(message.pk) == "obsolete"
        assert Message.objects.filter(kind="reminder", subject_id=kept.registration.pk).exists()


# --- 4. The reminder sweep.


def brussels(*args) -> datetime:
    return datetime(*args, tzinfo=BRUSSELS)


@pytest.fixture
def session_at(make_session):
    def make(starts: datetime, **fields):
        session = make_session(starts_at=starts, ends_at=starts + timedelta(hours=2), **fields)
        registration = services.register(
            session_id=session.pk, name="Lea", email="lea@example.org"
        ).registration
        # Registered well before any reminder is due.
        Registration.objects.filter(pk=registration.pk).update(
            created_at=starts - timedelta(days=30)
        )
        return session, registration

    return make


def reminders(registration) -> list[str]:
    return sorted(
        Message.objects.filter(
            subject_id=registration.pk, kind__in=["reminder", "reminder_today"]
        ).values_list("kind", flat=True)
    )


@pytest.mark.django_db
class TestReminderSweep:
    @pytest.mark.parametrize(
        ("starts", "three_days_before", "morning"),
        [
            # An ordinary Wednesday evening in winter.
            (brussels(2027, 1, 13, 19, 0), brussels(2027, 1, 10, 19, 0), brussels(2027, 1, 13, 8)),
            # The Sunday summer time starts (02:00 → 03:00): 3 days before is still CET.
            (brussels(2027, 3, 28, 14, 0), brussels(2027, 3, 25, 14, 0), brussels(2027, 3, 28, 8)),
            # The Sunday summer time ends (03:00 → 02:00): 3 days before is still CEST.
            (
                brussels(2027, 10, 31, 10, 0),
                brussels(2027, 10, 28, 10, 0),
                brussels(2027, 10, 31, 8),
            ),
        ],
    )
    def test_windows_at_brussels_wall_clock_time(
        self, session_at, starts, three_days_before, morning
    ):
        _session, registration = session_at(starts)
        minute = timedelta(minutes=1)
        record_due_reminders(now=three_days_before - minute)
        assert reminders(registration) == []
        record_due_reminders(now=three_days_before)
        assert reminders(registration) == ["reminder"]
        record_due_reminders(now=morning - minute)
        assert reminders(registration) == ["reminder"]
        record_due_reminders(now=morning)
        assert reminders(registration) == ["reminder", "reminder_today"]
        record_due_reminders(now=starts + minute)
        assert reminders(registration) == ["reminder", "reminder_today"]

    def test_the_dst_sundays_in_utc(self):
        # Stated once in UTC, so that the arithmetic above is not only checked by itself.
        assert brussels(2027, 3, 28, 8).astimezone(UTC).hour == 6  # CEST, UTC+2
        assert brussels(2027, 3, 25, 14).astimezone(UTC).hour == 13  # CET, UTC+1
        assert brussels(2027, 10, 31, 8).astimezone(UTC).hour == 7  # CET, UTC+1
        assert brussels(2027, 10, 28, 10).astimezone(UTC).hour == 8  # CEST, UTC+2

    def test_two_sweeps_record_each_reminder_once(self, session_at):
        starts = brussels(2027, 1, 13, 19)
        _session, registration = session_at(starts)
        now = brussels(2027, 1, 11, 12)
        assert record_due_reminders(now=now) == 1
        assert record_due_reminders(now=now) == 0  # a second beat by mistake
        assert reminders(registration) == ["reminder"]

    def test_a_sweep_after_an_outage_sends_only_the_reminder_of_the_day(self, session_at):
        _session, registration = session_at(brussels(2027, 1, 13, 19))
        record_due_reminders(now=brussels(2027, 1, 13, 9))
        assert reminders(registration) == ["reminder_today"]

    def test_who_registered_inside_the_window_gets_no_three_day_reminder(self, session_at):
        session, registration = session_at(brussels(2027, 1, 13, 19))
        Registration.objects.filter(pk=registration.pk).update(created_at=brussels(2027, 1, 12, 10))
        record_due_reminders(now=brussels(2027, 1, 12, 11))
        assert reminders(registration) == []
        record_due_reminders(now=brussels(2027, 1, 13, 8))
        assert reminders(registration) == ["reminder_today"]

    def test_cancelled_sessions_registrations_and_the_waiting_list_get_none(
        self, session_at, make_session
    ):
        session, registration = session_at(brussels(2027, 1, 13, 19))
        other, cancelled = session_at(brussels(2027, 1, 13, 20))
        services.cancel(token=give_link(cancelled))
        gone, _registration = session_at(brussels(2027, 1, 14, 19))
        services.cancel_session(session_id=gone.pk)
        TrainingSession.objects.filter(pk=session.pk).update(capacity=1)
        waiting = services.register(session_id=session.pk, name="W", email="w@example.org")
        assert waiting.registration.status == "waiting"
        record_due_reminders(now=brussels(2027, 1, 11, 20))
        assert set(
            Message.objects.filter(kind="reminder").values_list("subject_id", flat=True)
        ) == {registration.pk}

    def test_a_reminder_for_a_registration_cancelled_since_is_not_sent(self, session_at):
        _session, registration = session_at(timezone.now() + timedelta(days=2))
        record_due_reminders(now=timezone.now())
        message = Message.objects.get(kind="reminder")
        services.cancel(token=give_link(registration))
        assert delivery.deliver(message.pk) == "obsolete"
        message.refresh_from_db()
        assert message.status == "cancelled"

    def test_the_organisation_is_reminded_too(self, planned):
        booking, session = planned
        now = session.starts_at - timedelta(days=2)
        record_due_reminders(now=now)
        record_due_reminders(now=now)
        assert booking.messages.filter(kind="request_reminder").count() == 1

    def test_the_sweep_reads_only_sessions_soon_and_its_queries_do_not_grow(
        self, make_session, django_assert_max_num_queries
    ):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        starts = brussels(2027, 1, 13, 19)
        session = make_session(starts_at=starts, ends_at=starts + timedelta(hours=2), capacity=50)
        for number in range(3):
            services.register(session_id=session.pk, name="P", email=f"p{number}@example.org")
        Registration.objects.update(created_at=starts - timedelta(days=30))
        now = brussels(2027, 1, 11, 12)
        record_due_reminders(now=now)
        with CaptureQueriesContext(connection) as few:
            record_due_reminders(now=now)
        for number in range(3, 40):
            services.register(session_id=session.pk, name="P", email=f"p{number}@example.org")
        Registration.objects.update(created_at=starts - timedelta(days=30))
        record_due_reminders(now=now)
        with CaptureQueriesContext(connection) as many:
            record_due_reminders(now=now)
        assert len(many) == len(few)
        assert Message.objects.filter(kind="reminder").count() == 40
        sql = " ".join(query["sql"] for query in few.captured_queries)
        assert '"starts_at" >' in sql  # bounded by the index, never every registration


# --- 5. A session moved.


@pytest.mark.django_db
class TestSessionMoved:
    def test_moving_in_the_admin_tells_everyone_with_the_new_facts(self, coordinator, session_at):
        session, registration = session_at(timezone.now() + timedelta(days=2))
        TrainingSession.objects.filter(pk=session.pk).update(capacity=1)
        session.refresh_from_db()
        waiting = services.register(
            session_id=session.pk, name="W", email="w@example.org"
        ).registration
        record_due_reminders(now=timezone.now())
        old_reminder = Message.objects.get(kind="reminder")
        new_start = timezone.localtime(session.starts_at + timedelta(days=1))
        response = coordinator.post(
            reverse("admin:trainings_trainingsession_change", args=[session.pk]),
            change_form(
                session,
                starts_at_0=new_start.strftime("%d/%m/%Y"),
                ends_at_0=(new_start + timedelta(hours=2)).strftime("%d/%m/%Y"),
            ),
        )
        assert response.status_code == 302
        session.refresh_from_db()
        moved = Message.objects.filter(kind="session_moved")
        assert set(moved.values_list("subject_id", flat=True)) == {registration.pk, waiting.pk}
        assert all(m.context["facts"] == session_facts(session) for m in moved)
        # The reminder recorded for the old date is not sent; the sweep records a new one.
        assert delivery.deliver(old_reminder.pk) == "obsolete"
        record_due_reminders(now=timezone.now() + timedelta(days=1))
        assert Message.objects.filter(kind="reminder", status="queued").count() == 1

    def test_saving_without_a_change_tells_no_one(self, coordinator, session_at):
        session, _registration = session_at(timezone.now() + timedelta(days=5))
        coordinator.post(
            reverse("admin:trainings_trainingsession_change", args=[session.pk]),
            change_form(session, capacity=12),
        )
        assert not Message.objects.filter(kind="session_moved").exists()

    def test_the_organisation_of_a_closed_session_gets_the_new_facts(self, planned):
        booking, session = planned
        TrainingSession.objects.filter(pk=session.pk).update(
            starts_at=session.starts_at + timedelta(hours=1),
            ends_at=session.ends_at + timedelta(hours=1),
        )
        services.session_moved(session_id=session.pk)
        services.session_moved(session_id=session.pk)  # saved twice: told once
        planned_messages = booking.messages.filter(kind="request_planned").order_by("id")
        assert planned_messages.count() == 2  # planned, then moved
        first_move = planned_messages.last()
        TrainingSession.objects.filter(pk=session.pk).update(
            starts_at=session.starts_at + timedelta(days=1),
            ends_at=session.ends_at + timedelta(days=1),
        )
        services.session_moved(session_id=session.pk)
        # Moved again before the first notice went: only the newest facts are sent.
        assert delivery.deliver(first_move.pk) == "obsolete"
        assert booking.messages.filter(kind="request_planned").count() == 3

    def test_the_invite_page_has_no_link_to_a_calendar_it_cannot_open(self, parent, planned):
        _booking, session = planned
        page = parent.get(url("invite", token=session.invite_token)).content.decode()
        assert url("calendar", pk=session.pk) not in page


# --- 7. The admin shows what a session and a request caused.


@pytest.mark.django_db
class TestAdminMessages:
    def test_the_session_and_request_pages_list_their_messages(self, coordinator, planned):
        booking, session = planned
        services.register(session_id=session.pk, name="Lea", email="lea@example.org", invited=True)
        page = coordinator.get(
            reverse("admin:trainings_trainingsession_change", args=[session.pk])
        ).content.decode()
        with translation.override("nl"):
            confirmed, planned_label = "Inschrijving bevestigd", "Aanvraag gepland"
            queued = str(Message.Status.QUEUED.label)
        messages_part = page.split("field-messages_list")[-1]
        assert confirmed in messages_part and queued in messages_part
        assert planned_label in messages_part  # the organisation's, on its session too
        assert "lea@example.org" not in messages_part
        request_page = coordinator.get(
            reverse("admin:trainings_bookingrequest_change", args=[booking.pk])
        ).content.decode()
        assert planned_label in request_page.split("field-messages_list")[-1]

    def test_cancelling_in_the_admin_delivers_the_notices(
        self, coordinator, make_session, django_capture_on_commit_callbacks, sms_in_memory
    ):
        session = make_session()
        services.register(session_id=session.pk, name="A", email="a@example.org")
        services.register(session_id=session.pk, name="B", phone="+32470123456")
        mail.outbox.clear()
        action = {"action": "cancel_sessions", "_selected_action": [session.pk]}
        with django_capture_on_commit_callbacks(execute=True):
            coordinator.post(
                reverse("admin:trainings_trainingsession_changelist"),
                action | {"confirmed": "yes"},
            )
        notices = Message.objects.filter(kind="session_cancelled")
        assert set(notices.values_list("status", flat=True)) == {"sent"}
        assert [m.to for m in mail.outbox] == [["a@example.org"]]
        assert [sms.to for sms in sms_in_memory] == ["+32470123456"]
