"""An organisation requests a training for its group and follows it by a private link."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from moderators.models import Assignment, Moderator
from modules.models import Module
from tests.private_links import code_in, opens
from trainings import services
from trainings.models import BookingRequest, TrainingSession


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(f"trainings:{name}", kwargs=kwargs or None)


@pytest.fixture
def modules(db):
    return [
        Module.objects.create(
            number=n, slug=f"m{n}", title_nl=f"Module {n}", title_fr=f"Module fr {n}"
        )
        for n in (1, 5)
    ]


def when(days):
    # An evening on a weekday: the request form refuses Sundays and night hours.
    moment = (timezone.localtime() + timedelta(days=days)).replace(hour=19, minute=0)
    if moment.weekday() == 6:
        moment += timedelta(days=1)
    return moment.strftime("%Y-%m-%dT%H:%M")


def valid(modules, **changes):
    data = {
        "organisation_name": "Buurtwerk De Brug",
        "organisation_kind": "welfare",
        "works_with_vulnerable_groups": "on",
        "contact_name": "Inge",
        "contact_email": "inge@debrug.example.org",
        "modules": [m.pk for m in modules],
        "preferred_1": when(20),
        "preferred_2": when(27),
        "own_address": "Brugstraat 4",
        "own_postcode": "9300",
        "own_municipality": "Aalst",
        "expected_parents": 14,
        "language": "nl",
        "interpreter_language": "ar",
        "childcare_needed": "on",
        "audience": "disadvantaged",
    }
    return data | changes


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_request_and_follow_it(parent, modules, language):
    response = parent.post(url("request_training", language), valid(modules))
    booking = BookingRequest.objects.get()
    # Its own private page, opened by a code stored only as a keyed hash.
    assert opens(booking, response["Location"], language)
    booking.token = code_in(response["Location"], language, "trainings:request")
    page = parent.get(response["Location"]).content.decode()
    assert "Buurtwerk De Brug" in page
    arabic = {"nl": "Arabisch", "fr": "arabe"}[language]
    assert arabic in page and "Aalst" in page  # what they asked for, to check
    assert booking.is_free and booking.childcare_needed and booking.modules.count() == 2
    # The organisation's confirmation is recorded with the request, once.
    assert list(booking.messages.values_list("kind", flat=True)) == ["request_received"]


@pytest.mark.django_db
def test_errors_keep_everything_typed(parent, modules):
    response = parent.post(
        url("request_training"),
        valid(
            modules,
            preferred_1=when(-2),
            own_address="",
            own_postcode="12",
            contact_email="not-an-address",
            contact_phone="abc",
        ),
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert {"preferred_1", "own_address", "own_postcode", "contact_email", "contact_phone"} <= set(
        errors
    )
    page = response.content.decode()
    assert 'value="Buurtwerk De Brug"' in page and '<option value="ar" selected>' in page
    assert not BookingRequest.objects.exists()


@pytest.mark.django_db
def test_a_coordinator_plans_a_request_in_one_action(parent, coordinator, modules):
    response = parent.post(url("request_training"), valid(modules))
    booking = BookingRequest.objects.get()
    booking.token = code_in(response["Location"], "nl", "trainings:request")
    coordinator.post(
        reverse("admin:trainings_bookingrequest_changelist"),
        {
            "action": "plan",
            "_selected_action": [booking.pk],
            "plan_confirmed": "yes",
            f"plan-{booking.pk}-when": "1",
        },
    )
    booking.refresh_from_db()
    session = booking.session
    assert booking.status == BookingRequest.Status.PLANNED
    assert not session.is_open and session.organisation.name == "Buurtwerk De Brug"
    assert session.venue.province == "east_flanders" and session.venue.postcode == "9300"
    # Asked, not yet arranged: the session promises neither to parents until the
    # coordinator ticks them; the request keeps what the organisation asked for.
    assert not session.childcare and session.interpreter_language == ""
    assert booking.childcare_needed and booking.interpreter_language == "ar"
    assert session.capacity == 14 and set(session.modules.all()) == set(modules)
    assert session.starts_at == booking.preferred_1
    page = parent.get(url("request", token=booking.token)).content.decode()
    assert "Aalst" in page
    # Once a coordinator names the moderator, the organisation sees who comes.
    user = get_user_model().objects.create_user(username="sofie", email="sofie@example.org")
    moderator = Moderator.objects.create(user=user, name="Sofie De Smet", gives_dutch=True)
    Assignment.objects.create(session=session, moderator=moderator, status="accepted")
    page = parent.get(url("request", token=booking.token)).content.decode()
    assert "met begeleider Sofie De Smet" in page
    # Closed sessions are for the group only: not in the public list.
    assert TrainingSession.objects.count() == 1
    assert parent.get(url("session", pk=session.pk)).status_code == 404


@pytest.mark.django_db
def test_a_tampered_request_link_is_404(parent, db):
    assert parent.get(url("request", token="x" * 32)).status_code == 404


def test_a_cancelled_session_opens_its_request_again_to_be_planned_anew(parent, booking_request):
    from tests.private_links import give_link

    first = services.plan_request(request_id=booking_request.pk)
    services.cancel_session(session_id=first.pk)
    booking_request.refresh_from_db()
    # Not stuck on "planned": a coordinator can plan it again, and the organisation's
    # page says what happens instead of a date that no longer holds.
    assert booking_request.status == BookingRequest.Status.RECEIVED
    page = parent.get(url("request", token=give_link(booking_request))).content.decode()
    assert "De geplande vorming is geannuleerd" in page
    assert "Wat er nu gebeurt" not in page  # no "we contact you by <a date long past>"
    second = services.plan_request(request_id=booking_request.pk)
    booking_request.refresh_from_db()
    assert second.pk != first.pk and booking_request.session == second
    assert booking_request.status == BookingRequest.Status.PLANNED


def test_the_organisations_page_shows_what_is_arranged(parent, booking_request):
    """The e-mail said interpreter and childcare were confirmed; the page says it too, and
    what is not arranged yet (walkthrough)."""
    from tests.private_links import give_link

    booking_request.interpreter_language = "ar"
    booking_request.childcare_needed = True
    booking_request.save()
    session = services.plan_request(request_id=booking_request.pk)
    link = url("request", token=give_link(booking_request))
    page = " ".join(parent.get(link).content.decode().split())
    assert "Wat geregeld is" in page
    assert page.count("Nog niet geregeld") == 2  # interpreter and childcare, asked for
    assert "We zoeken nog een begeleider" in page
    session.interpreter_language = "ar"
    session.childcare = True
    session.practical_nl, session.practical_fr = "Ingang via de speelplaats.", "Par la cour."
    session.save()
    page = " ".join(parent.get(link).content.decode().split())
    assert "Nog niet geregeld" not in page
    assert "Ja, er is een tolk voor het Arabisch." in page
    assert "Ingang via de speelplaats." in page
