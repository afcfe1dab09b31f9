"""What the third walkthrough of organisations, moderators and coordinators found."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from moderators import services
from outbox import delivery
from outbox.models import Message
from tests.trainings.test_admin import change_form
from trainings import services as trainings_services
from trainings.models import BookingRequest, TrainingSession


@pytest.fixture
def asked(db, venue, module):
    """A request that asked for an Arabic interpreter and childcare, planned."""
    booking = BookingRequest.objects.create(
        organisation_name="Basisschool De Linde",
        organisation_kind="school",
        works_with_vulnerable_groups=True,
        contact_name="Katrien",
        contact_email="katrien@delinde.example.org",
        preferred_1=timezone.now() + timedelta(days=30),
        venue=venue,
        expected_parents=12,
        language="nl",
        interpreter_language="ar",
        childcare_needed=True,
    )
    booking.modules.add(module)
    session = trainings_services.plan_request(request_id=booking.pk)
    session.status = TrainingSession.Status.CONFIRMED
    session.save()
    return booking, session


def sent_to(address: str, kind: str) -> list[str]:
    """Deliver what is queued of this kind, and return the texts that reached `address`."""
    for message in Message.objects.filter(kind=kind, status="queued"):
        delivery.deliver(message.pk)
    return [m.body for m in mail.outbox if address in m.to]


@pytest.mark.django_db
class TestTheOrganisationIsToldWhatIsArranged:
    def test_the_lead_moderator_accepting_is_told_with_their_name(self, asked, make_moderator):
        booking, session = asked
        moderator = make_moderator(name="Youssef El Amrani")
        services.invite(session_id=session.pk, moderator_id=moderator.pk)
        services.accept(moderator_id=moderator.pk, session_id=session.pk)
        texts = sent_to(booking.contact_email, "request_arranged")
        assert len(texts) == 1
        assert "Youssef El Amrani" in texts[0]
        # Asked but not ticked yet: still "asked", with the promise.
        assert "Arabisch, gevraagd" in texts[0]

    def test_ticking_the_interpreter_tells_them_once(self, asked, coordinator):
        booking, session = asked
        change = reverse("admin:trainings_trainingsession_change", args=[session.pk])
        form = change_form(session, interpreter_language="ar", childcare="on", is_open="")
        assert coordinator.post(change, form).status_code == 302
        coordinator.post(change, form)  # saved again, unchanged: nobody told twice
        texts = sent_to(booking.contact_email, "request_arranged")
        assert len(texts) == 1
        assert "Tolk: Arabisch, bevestigd\n" in texts[0]  # each on its own line
        assert "Kinderopvang: ja, ter plaatse, bevestigd\n" in texts[0]

    def test_nothing_arranged_tells_no_one(self, asked):
        _booking, session = asked
        assert trainings_services.tell_organisation_arranged(session_id=session.pk) is False

    def test_the_session_form_shows_what_they_asked_for(self, asked, coordinator):
        _booking, session = asked
        page = coordinator.get(
            reverse("admin:trainings_trainingsession_change", args=[session.pk])
        ).content.decode()
        assert "een tolk (Arabisch), kinderopvang" in page


@pytest.mark.django_db
class TestMovedSessions:
    def test_a_moderator_invited_but_not_yet_answering_hears_of_the_move(
        self, make_session, make_moderator
    ):
        session = make_session(days=20)
        invited = make_moderator(name="Elif Kaya")
        services.invite(session_id=session.pk, moderator_id=invited.pk)
        TrainingSession.objects.filter(pk=session.pk).update(
            starts_at=session.starts_at + timedelta(days=2),
            ends_at=session.ends_at + timedelta(days=2),
        )
        trainings_services.session_moved(session_id=session.pk)
        texts = sent_to(invited.user.email, "moderator_session_moved")
        assert len(texts) == 1
        assert "Een sessie die we je vroegen te begeleiden, is verplaatst" in texts[0]
        assert "Veilig Online is een programma van de Gezinsbond en Child Focus" in texts[0]

    def test_a_session_to_come_cannot_be_moved_into_the_past(self, make_session, coordinator):
        session = make_session(days=20)
        past = timezone.localtime(timezone.now() - timedelta(days=1))
        response = coordinator.post(
            reverse("admin:trainings_trainingsession_change", args=[session.pk]),
            change_form(
                session,
                starts_at_0=past.strftime("%d/%m/%Y"),
                ends_at_0=past.strftime("%d/%m/%Y"),
            ),
        )
        assert response.status_code == 200
        assert "Deze datum ligt in het verleden" in response.content.decode()
        session.refresh_from_db()
        assert session.starts_at > timezone.now()

    def test_a_move_is_in_the_audit_trail(self, make_session, coordinator):
        from accounts.models import AuditEvent

        session = make_session(days=20)
        later = timezone.localtime(session.starts_at + timedelta(days=1))
        coordinator.post(
            reverse("admin:trainings_trainingsession_change", args=[session.pk]),
            change_form(
                session,
                starts_at_0=later.strftime("%d/%m/%Y"),
                ends_at_0=later.strftime("%d/%m/%Y"),
            ),
        )
        assert AuditEvent.objects.filter(action="move_session", object_id=str(session.pk)).exists()


@pytest.mark.django_db
def test_the_invitation_to_lead_names_everything_practical(make_session, make_moderator):
    session = make_session(days=20, interpreter_language="ar", childcare=True, capacity=14)
    moderator = make_moderator(name="Sofie")
    services.invite(session_id=session.pk, moderator_id=moderator.pk)
    message = Message.objects.get(kind="moderator_assignment_invited")
    delivery.deliver(message.pk)
    body = mail.outbox[-1].body
    html = mail.outbox[-1].alternatives[0][0]
    for shown in (
        "Thema's: Gamen\n",
        "Arabisch",
        "Kinderopvang: ja",
        "tot 14 volwassenen",
        "Lindestraat 12",
    ):
        assert shown in body, shown
    assert "QuerySet" not in body and "<Module" not in body
    assert "Veilig Online is een programma van de Gezinsbond en Child Focus" in html


@pytest.mark.django_db
def test_the_request_page_has_a_plan_button(coordinator, db):
    booking = BookingRequest.objects.create(
        organisation_name="Bib Namen",
        organisation_kind="library",
        contact_name="Anne",
        contact_email="anne@example.org",
        preferred_1=timezone.now() + timedelta(days=30),
        own_address="Rue 1",
        own_postcode="5000",
        own_municipality="Namur",
        expected_parents=10,
        language="fr",
    )
    page = coordinator.get(
        reverse("admin:trainings_bookingrequest_change", args=[booking.pk])
    ).content.decode()
    plan = reverse("admin:trainings_bookingrequest_plan", args=[booking.pk])
    assert f'href="{plan}"' in page
    choose = coordinator.get(plan)
    assert choose.status_code == 200
    assert "Bib Namen" in choose.content.decode()


@pytest.mark.django_db
def test_the_decline_reason_says_in_which_language_to_write_it(coordinator):
    booking = BookingRequest.objects.create(
        organisation_name="Bibliothèque de Namur",
        organisation_kind="library",
        contact_name="Anne",
        contact_email="anne@example.org",
        preferred_1=timezone.now() + timedelta(days=30),
        own_address="Rue 1",
        own_postcode="5000",
        own_municipality="Namur",
        expected_parents=10,
        language="fr",
    )
    page = coordinator.get(
        reverse("admin:trainings_bookingrequest_change", args=[booking.pk])
    ).content.decode()
    assert "schrijf het in het Frans" in page


@pytest.mark.django_db
def test_the_request_e_mail_states_the_price_the_page_states(db):
    from decimal import Decimal

    from trainings.messages import Organisation, tell_organisation
    from veiligonline.models import ProgrammeSettings

    ProgrammeSettings(price_euro=Decimal("120")).save()
    booking = BookingRequest.objects.create(
        organisation_name="Bibliothèque de Namur",
        organisation_kind="library",
        works_with_vulnerable_groups=False,
        contact_name="Anne",
        contact_email="anne@example.org",
        preferred_1=timezone.now() + timedelta(days=30),
        own_address="Rue 1",
        own_postcode="5000",
        own_municipality="Namur",
        expected_parents=10,
        language="fr",
    )
    message = tell_organisation(Organisation.RECEIVED, booking)
    delivery.deliver(message.pk)
    assert "120 euros par séance." in mail.outbox[-1].body
