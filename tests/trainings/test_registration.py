"""Registering for a session: seats, waiting list, cancelling, moving up, doubles."""

from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from outbox.models import Message
from tests.private_links import give_link
from trainings.models import Registration, TrainingSession
from trainings.services import RegistrationRefused, cancel, register


def messages_of(registration):
    return set(registration.messages.values_list("kind", flat=True))


@pytest.mark.django_db
class TestRegister:
    def test_confirmed_while_seats_last_then_waiting_list(self, make_session):
        session = make_session(capacity=3)
        first = register(session_id=session.pk, name="An", email="an@example.org", adults=2)
        second = register(session_id=session.pk, name="Bo", phone="+32470000001")
        third = register(session_id=session.pk, name="Cas", email="cas@example.org")
        assert first.registration.status == Registration.Status.CONFIRMED
        assert second.registration.status == Registration.Status.CONFIRMED
        assert third.registration.status == Registration.Status.WAITING
        session.refresh_from_db()
        assert session.seats_taken == 3
        assert messages_of(first.registration) == {"registration_confirmed"}
        assert messages_of(third.registration) == {"waiting_list"}

    def test_the_same_email_or_number_twice_is_recognised(self, make_session):
        session = make_session()
        first = register(session_id=session.pk, name="An", email="An@Example.org")
        again = register(session_id=session.pk, name="An", email="an@example.org ")
        by_phone = register(session_id=session.pk, name="Bo", phone="+32470000001")
        phone_again = register(
            session_id=session.pk, name="Bo", phone="+32470000001", email="bo@example.org"
        )
        assert again.already_registered and again.registration == first.registration
        assert phone_again.already_registered and phone_again.registration == by_phone.registration
        assert Registration.objects.count() == 2

    @pytest.mark.parametrize(
        "change",
        [
            {"status": TrainingSession.Status.CANCELLED},
            {
                "starts_at": timezone.now() - timedelta(hours=1),
                "ends_at": timezone.now() + timedelta(hours=1),
            },
            {"is_open": False},
        ],
    )
    def test_a_cancelled_past_or_closed_session_refuses(self, make_session, change):
        session = make_session(**change)
        with pytest.raises(RegistrationRefused):
            register(session_id=session.pk, name="An", email="an@example.org")
        assert not Registration.objects.exists()


@pytest.mark.django_db
class TestCancel:
    def test_cancelling_moves_up_the_first_who_fits(self, make_session):
        session = make_session(capacity=2)
        leaving = register(session_id=session.pk, name="A", email="a@example.org").registration
        register(session_id=session.pk, name="B", email="b@example.org")
        family = register(session_id=session.pk, name="C", email="c@example.org", adults=2)
        single = register(session_id=session.pk, name="D", email="d@example.org")
        assert family.registration.status == single.registration.status == "waiting"
        cancel(token=give_link(leaving))
        family.registration.refresh_from_db()
        single.registration.refresh_from_db()
        # One seat came free: the family of two does not fit, the next single parent does.
        assert family.registration.status == Registration.Status.WAITING
        assert single.registration.status == Registration.Status.CONFIRMED
        assert messages_of(single.registration) == {"waiting_list", "moved_up"}
        assert messages_of(leaving) == {"registration_confirmed", "registration_cancelled"}
        session.refresh_from_db()
        assert session.seats_taken == 2

    def test_cancelling_twice_changes_nothing(self, make_session):
        session = make_session(capacity=1)
        registration = register(session_id=session.pk, name="A", email="a@example.org")
        cancel(token=give_link(registration.registration))
        cancel(token=give_link(registration.registration))
        session.refresh_from_db()
        assert session.seats_taken == 0
        assert Message.objects.filter(kind="registration_cancelled").count() == 1

    def test_after_cancelling_the_same_person_may_register_again(self, make_session):
        session = make_session()
        first = register(session_id=session.pk, name="A", email="a@example.org")
        cancel(token=give_link(first.registration))
        again = register(session_id=session.pk, name="A", email="a@example.org")
        assert not again.already_registered
        assert again.registration.status == Registration.Status.CONFIRMED

    def test_tokens_are_long_and_unguessable(self, make_session):
        session = make_session()
        tokens = {
            give_link(
                register(session_id=session.pk, name="x", email=f"{n}@example.org").registration
            )
            for n in range(5)
        }
        assert len(tokens) == 5 and all(len(t) >= 32 for t in tokens)


@pytest.mark.django_db
class TestDatabaseBackstops:
    def test_the_database_refuses_overbooking(self, make_session):
        session = make_session(capacity=2)
        with pytest.raises(IntegrityError):
            TrainingSession.objects.filter(pk=session.pk).update(seats_taken=3)

    def test_the_database_refuses_a_registration_without_contact(self, make_session):
        with pytest.raises(IntegrityError):
            Registration.objects.create(session=make_session(), name="x", status="confirmed")
