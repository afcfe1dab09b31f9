"""A parent finds a session, registers, and cancels, as they would in the browser."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from modules.models import Module
from outbox import delivery
from tests.private_links import code_in, codes_in, give_link
from trainings.models import Province, Registration, TrainingSession, Venue


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(f"trainings:{name}", kwargs=kwargs or None)


@pytest.fixture
def gaming(db):
    return Module.objects.create(number=4, slug="gaming", title_nl="Gamen", title_fr="Jeux vidéo")


@pytest.fixture
def sessions(make_session, venue, gaming):
    liege = Venue.objects.create(
        slug="liege",
        name="Maison de quartier",
        kind="community_centre",
        street="Rue X 1",
        postcode="4000",
        municipality="Liège",
        province=Province.LIEGE,
    )
    brugge = Venue.objects.create(
        slug="brugge",
        name="Bib",
        kind="library",
        street="Y 2",
        postcode="8000",
        municipality="Brugge",
        province=Province.WEST_FLANDERS,
    )
    soon = make_session(childcare=True, audience="disadvantaged")
    soon.modules.add(gaming)
    later = make_session(
        venue=brugge,
        starts_at=timezone.now() + timedelta(days=40),
        ends_at=timezone.now() + timedelta(days=40, hours=2),
    )
    french = make_session(venue=liege, language="fr", audience="grandparents")
    make_session(is_open=False)  # a closed session for one organisation: never listed
    make_session(status=TrainingSession.Status.CANCELLED)
    return {"gent": soon, "brugge": later, "liege": french}


def listed(parent, **filters):
    response = parent.get(url("sessions"), filters)
    assert response.status_code == 200
    return [s.pk for s in response.context["page"].object_list]


@pytest.mark.django_db
class TestFind:
    def test_only_open_upcoming_sessions(self, parent, sessions):
        assert sorted(listed(parent)) == sorted(s.pk for s in sessions.values())

    def test_each_filter(self, parent, sessions):
        # A place puts the nearest first (tests/trainings/test_distance.py), leaving none out.
        assert listed(parent, place="gent")[0] == sessions["gent"].pk
        assert listed(parent, province="liege") == [sessions["liege"].pk]
        assert listed(parent, theme="gaming") == [sessions["gent"].pk]
        assert listed(parent, language="fr") == [sessions["liege"].pk]
        assert listed(parent, audience="grandparents") == [sessions["liege"].pk]
        assert listed(parent, childcare="on") == [sessions["gent"].pk]
        later = (timezone.localdate() + timedelta(days=30)).isoformat()
        assert listed(parent, date_from=later) == [sessions["brugge"].pk]

    def test_places_by_their_name_in_either_language(self, parent, sessions):
        # A French-speaking parent looks for Gand, a Dutch-speaking one for Luik;
        # accents are optional.
        assert listed(parent, place="Gand")[0] == sessions["gent"].pk
        assert listed(parent, place="luik", language="fr")[0] == sessions["liege"].pk
        assert listed(parent, place="liege")[-1] == sessions["liege"].pk  # Dutch page: nl first
        french_page = parent.get(url("sessions", "fr")).content.decode()
        assert "Gand" in french_page and "Gent</a>" not in french_page

    def test_filters_combine(self, parent, sessions):
        assert listed(parent, language="nl", childcare="on", place="9000") == [sessions["gent"].pk]
        assert listed(parent, language="fr", childcare="on") == []

    def test_nearby_postcodes_first(self, parent, sessions):
        # 8000 Brugge is nearer to 8300 than 9000 Gent, and Liège (4000) is furthest.
        assert listed(parent, place="8300") == [
            sessions["brugge"].pk,
            sessions["gent"].pk,
            sessions["liege"].pk,
        ]

    def test_a_wrong_date_range_says_so(self, parent, sessions):
        response = parent.get(url("sessions"), {"date_from": "2030-05-02", "date_to": "2030-05-01"})
        assert response.context["form"].errors["date_to"]
        assert 'value="2030-05-02"' in response.content.decode()


@pytest.mark.django_db
class TestRegister:
    def test_by_email(self, parent, sessions):
        response = parent.post(
            url("session", pk=sessions["gent"].pk),
            {
                "name": "Samira",
                "email": "samira@example.org",
                "adults": 2,
                "childcare_ages": "3 en 6",
                "consent": "on",
            },
        )
        registration = Registration.objects.get()
        # A neutral thank-you page: the private link travels by message, never in the reply.
        assert response["Location"] == url("thanks")
        assert registration.status == "confirmed" and registration.adults == 2
        page = parent.get(response["Location"]).content.decode()
        assert "samira@example.org" in page and "3, 6" in page
        assert not codes_in(page, "trainings:registration", "nl")
        message = registration.messages.get(kind="registration_confirmed")
        # The private link (from the message) opens the registration and its cancel link.
        assert delivery.deliver(message.pk) == "sent"
        code = code_in(mail.outbox[-1].body, "nl")
        page = parent.get(url("registration", token=code)).content.decode()
        assert url("cancel", token=code) in page

    def test_by_mobile_number_only(self, parent, sessions):
        parent.post(
            url("session", pk=sessions["brugge"].pk),
            {
                "name": "Jan",
                "phone": "0470 12 34 56",
                "adults": 1,
                "consent": "on",
            },
        )
        registration = Registration.objects.get()
        assert (registration.phone, registration.email) == ("+32470123456", "")

    def test_a_full_session_puts_the_parent_on_the_waiting_list(self, parent, sessions):
        session = sessions["gent"]
        TrainingSession.objects.filter(pk=session.pk).update(capacity=1, seats_taken=1)
        response = parent.post(
            url("session", pk=session.pk),
            {"name": "Lea", "email": "lea@example.org", "adults": 1, "consent": "on"},
        )
        assert Registration.objects.get().status == "waiting"
        assert "wachtlijst" in parent.get(response["Location"]).content.decode().lower()
        assert Registration.objects.get().messages.filter(kind="waiting_list").exists()

    def test_registering_twice_is_handled_kindly_without_showing_the_registration(
        self, parent, sessions
    ):
        data = {"name": "Lea", "email": "lea@example.org", "adults": 1, "consent": "on"}
        parent.post(url("session", pk=sessions["gent"].pk), data)
        registration = Registration.objects.get()
        # Someone else types Lea's address (in other capitals): no way into her registration.
        client = Client()
        second = client.post(
            url("session", pk=sessions["gent"].pk), data | {"email": "LEA@example.org"}
        )
        # The same reply as for a new registration: nothing tells Lea is registered.
        assert second["Location"] == url("thanks")
        page = client.get(second["Location"]).content.decode()
        assert not codes_in(page, "trainings:registration", "nl")
        assert "al ingeschreven" not in page
        assert Registration.objects.count() == 1
        # The private link goes to Lea's own address again (once, whoever keeps trying).
        client.post(url("session", pk=sessions["gent"].pk), data)
        assert list(registration.messages.values_list("kind", flat=True).order_by("kind")) == [
            "link_again",
            "registration_confirmed",
        ]

    def test_every_error_keeps_what_was_typed(self, parent, sessions):
        response = parent.post(
            url("session", pk=sessions["gent"].pk),
            {"name": "Lea", "phone": "12", "adults": "0", "needs": "rolstoel"},
        )
        assert response.status_code == 400
        form = response.context["form"]
        assert {"phone", "adults", "consent"} <= set(form.errors)
        page = response.content.decode()
        assert 'value="Lea"' in page and 'value="12"' in page and "rolstoel" in page
        assert 'aria-invalid="true"' in page
        assert not Registration.objects.exists()

    def test_no_email_and_no_number_is_refused(self, parent, sessions):
        response = parent.post(
            url("session", pk=sessions["gent"].pk), {"name": "Lea", "adults": 1, "consent": "on"}
        )
        assert response.status_code == 400
        assert response.context["form"].non_field_errors()

    @pytest.mark.parametrize("change", ["cancelled", "past"])
    def test_a_cancelled_or_past_session_refuses_with_a_message(self, parent, sessions, change):
        session = sessions["gent"]
        if change == "cancelled":
            TrainingSession.objects.filter(pk=session.pk).update(status="cancelled")
        else:
            TrainingSession.objects.filter(pk=session.pk).update(
                starts_at=timezone.now() - timedelta(hours=3),
                ends_at=timezone.now() - timedelta(hours=1),
            )
        response = parent.post(
            url("session", pk=session.pk),
            {"name": "Lea", "email": "lea@example.org", "adults": 1, "consent": "on"},
        )
        assert response.status_code == 400
        assert not Registration.objects.exists()
        # The page says what happened, and offers no calendar entry for it.
        page = parent.get(url("session", pk=session.pk)).content.decode()
        said = "geannuleerd" if change == "cancelled" else "al plaatsgevonden"
        assert said in page
        assert ".ics" not in page

    def test_a_closed_session_is_not_public(self, parent, make_session):
        closed = make_session(is_open=False)
        assert parent.get(url("session", pk=closed.pk)).status_code == 404

    def test_calendar_file(self, parent, sessions):
        response = parent.get(url("calendar", pk=sessions["gent"].pk))
        assert response["Content-Type"].startswith("text/calendar")
        body = response.content.decode()
        assert "BEGIN:VEVENT" in body and "Gent" in body and "Gamen" in body


@pytest.mark.django_db
class TestCancel:
    def test_cancel_with_a_confirmation_step(self, parent, sessions):
        parent.post(
            url("session", pk=sessions["gent"].pk),
            {"name": "Lea", "email": "lea@example.org", "adults": 1, "consent": "on"},
        )
        registration = Registration.objects.get()
        give_link(registration)
        confirm = parent.get(url("cancel", token=give_link(registration)))
        assert confirm.status_code == 200
        registration.refresh_from_db()
        assert registration.status == "confirmed"  # a GET never cancels
        parent.post(url("cancel", token=give_link(registration)))
        registration.refresh_from_db()
        assert registration.status == "cancelled"

    @pytest.mark.parametrize("token", ["nope", "a" * 32])
    def test_an_invalid_or_tampered_token_is_404(self, parent, db, token):
        assert parent.get(url("registration", token=token)).status_code == 404
        assert parent.post(url("cancel", token=token)).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 60])
def test_the_list_runs_the_same_queries_whatever_the_number(
    parent, make_session, gaming, count, django_assert_num_queries
):
    for _ in range(count):
        make_session().modules.add(gaming)
    # modules for the filter, count, page of sessions with venues, their modules, footer.
    with django_assert_num_queries(5):
        parent.get(url("sessions"), {"theme": "gaming", "place": "9000"})


@pytest.mark.django_db
def test_the_home_page_shows_the_next_open_trainings(parent, sessions, make_session):
    hidden = make_session(is_open=False)
    page = parent.get("/nl/").content.decode()
    assert url("session", pk=sessions["gent"].pk) in page
    assert url("session", pk=hidden.pk) not in page


@pytest.mark.django_db
class TestWhatTheCancelPagePromises:
    def test_the_place_goes_to_someone_waiting_only_if_they_fit(self, parent, make_session):
        from trainings.services import register

        session = make_session(capacity=2)
        leaving = register(session_id=session.pk, name="A", email="a@example.org").registration
        register(session_id=session.pk, name="B", email="b@example.org")
        register(session_id=session.pk, name="C", email="c@example.org", adults=3)
        page = parent.get(url("cancel", token=give_link(leaving))).content.decode()
        assert "Je plaats komt vrij voor iemand anders." in page  # C needs 3: no promise
        register(session_id=session.pk, name="D", email="d@example.org")
        page = parent.get(url("cancel", token=give_link(leaving))).content.decode()
        assert "Je plaats gaat naar iemand op de wachtlijst." in page


@pytest.mark.django_db
def test_when_the_session_is_cancelled_parents_and_the_organisation_read_it(
    parent, make_session, booking_request
):
    from trainings.services import cancel_session, plan_request, register

    session = make_session()
    registration = register(session_id=session.pk, name="A", email="a@example.org").registration
    cancel_session(session_id=session.pk)
    page = parent.get(url("registration", token=give_link(registration))).content.decode()
    assert "Deze vorming is geannuleerd" in page and ".ics" not in page

    planned = plan_request(request_id=booking_request.pk)
    cancel_session(session_id=planned.pk)
    page = parent.get(url("request", token=booking_request.token)).content.decode()
    assert "De geplande vorming is geannuleerd" in page
    assert booking_request.messages.filter(kind="request_session_cancelled").exists()
