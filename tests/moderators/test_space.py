"""The moderator's own space: log in, answer, see what is practical, report, calendars."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from moderators import services
from moderators.models import Assignment, AttendanceReport
from outbox.models import Message
from tests.moderators.conftest import PASSWORD, url
from trainings.models import BookingRequest, Registration, TrainingSession


def assign(session, moderator, status=Assignment.Status.ACCEPTED, role="lead"):
    return Assignment.objects.create(session=session, moderator=moderator, status=status, role=role)


def register(session, name, **fields):
    values = {"email": f"{name.lower()}@example.org", "status": "confirmed", "adults": 1}
    return Registration.objects.create(session=session, name=name, **(values | fields))


def test_login_by_email_goes_to_the_moderators_own_language(client, make_moderator):
    moderator = make_moderator(language="fr")
    page = client.get(url("login"))
    assert page.status_code == 200
    response = client.post(
        url("login"), {"username": moderator.user.email.upper(), "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == url("home", language="fr")
    assert response["Location"].startswith("/fr/")


def test_a_wrong_password_is_refused_in_plain_words(client, moderator):
    response = client.post(url("login"), {"username": moderator.user.email, "password": "nope"})
    assert response.status_code == 200
    assert "aria-invalid" in response.content.decode() or "alert" in response.content.decode()


def test_pages_need_a_login(client, make_session, moderator):
    session = make_session()
    assign(session, moderator)
    for name, kwargs in [("home", {}), ("session", {"pk": session.pk}), ("certifications", {})]:
        response = client.get(url(name, **kwargs))
        assert response.status_code == 302 and response["Location"].startswith(url("login"))


def test_moderators_never_reach_the_admin(moderator_client, moderator):
    assert not moderator.user.is_staff
    for path in ("/admin/", reverse("admin:moderators_moderator_changelist")):
        response = moderator_client.get(path)
        assert response.status_code == 302  # to a login or a second-factor step, never the page
        assert response["Location"].split("?")[0] != path
    response = moderator_client.post(
        "/admin/login/", {"username": moderator.user.email, "password": PASSWORD}
    )
    assert response.status_code == 200  # refused: not a staff account


def test_sessions_list_upcoming_invited_and_past(moderator_client, moderator, make_session):
    invited = assign(make_session(days=5), moderator, status="invited")
    accepted = assign(make_session(days=8), moderator)
    past = assign(make_session(days=-3), moderator)
    assign(make_session(days=9), moderator, status="declined")
    page = moderator_client.get(url("home")).content.decode()
    for assignment in (invited, accepted, past):
        assert url("session", pk=assignment.session_id) in page
    assert page.count("/nl/") > 0
    assert "Report still to file" in page or "Verslag nog in te vullen" in page


def test_accept_and_decline(moderator_client, moderator, make_session):
    first = make_session(days=5)
    second = make_session(days=6)
    assign(first, moderator, status="invited")
    assign(second, moderator, status="invited")
    response = moderator_client.post(url("accept", pk=first.pk))
    assert response.status_code == 302
    assert Assignment.objects.get(session=first).status == "accepted"
    # Declining asks for a reason.
    response = moderator_client.post(url("decline", pk=second.pk), {"reason": ""})
    assert response.status_code == 400
    response = moderator_client.post(url("decline", pk=second.pk), {"reason": "Te ver"})
    assert response.status_code == 302
    assignment = Assignment.objects.get(session=second)
    assert assignment.status == "declined" and assignment.decline_reason == "Te ver"
    assert assignment.answered_at is not None


def test_accepting_rechecks_the_rules(moderator_client, moderator, make_session):
    session = make_session(days=5)
    assign(session, moderator, status="invited")
    moderator.certifications.update(expires_on=timezone.localdate() + timedelta(days=1))
    response = moderator_client.post(url("accept", pk=session.pk), follow=True)
    assert Assignment.objects.get(session=session).status == "invited"
    assert "Gamen" in response.content.decode()


def test_session_detail_shows_what_is_practical(moderator_client, moderator, make_session):
    session = make_session(
        days=3, childcare=True, interpreter_language="ar", practical_nl="Bel aan bij de zijdeur."
    )
    BookingRequest.objects.create(
        organisation_name="Buurtwerk",
        organisation_kind="welfare",
        contact_name="Inge Peeters",
        contact_email="inge@example.org",
        contact_phone="0470 12 34 56",
        preferred_1=session.starts_at,
        venue=session.venue,
        expected_parents=14,
        language="nl",
        session=session,
        status="planned",
    )
    assign(session, moderator)
    register(session, "Amina Benali", adults=2, childcare_ages="3, 5", needs="rolstoel")
    register(session, "Jan", status="cancelled")
    page = moderator_client.get(url("session", pk=session.pk)).content.decode()
    for text in (
        "Lindestraat 12",
        "Inge Peeters",
        "0470 12 34 56",
        "14",
        "Bel aan bij de zijdeur.",
        "Amina",
        "3, 5",
        "rolstoel",
    ):
        assert text in page, text
    assert "Benali" not in page  # first names only
    assert "amina" not in page.lower().replace("amina<", "")  # no e-mail address
    assert "Jan<" not in page  # cancelled registrations are not on the list


def test_participants_only_from_a_week_before_and_until_the_report(
    moderator_client, moderator, make_session
):
    far = make_session(days=10)
    assign(far, moderator)
    register(far, "Amina")
    assert "Amina" not in moderator_client.get(url("session", pk=far.pk)).content.decode()
    invited = make_session(days=3)
    assign(invited, moderator, status="invited")
    register(invited, "Bert")
    assert "Bert" not in moderator_client.get(url("session", pk=invited.pk)).content.decode()
    past = make_session(days=-1)
    assign(past, moderator)
    register(past, "Chris")
    assert "Chris" in moderator_client.get(url("session", pk=past.pk)).content.decode()
    moderator_client.post(
        url("report", pk=past.pk),
        {
            "adults": 5,
            "families": 4,
            "disadvantaged_families": 1,
            "grandparents": 1,
            "children_in_childcare": 0,
            "notes": "",
        },
    )
    assert "Chris" not in moderator_client.get(url("session", pk=past.pk)).content.decode()


REPORT = {
    "adults": 12,
    "families": 10,
    "disadvantaged_families": 4,
    "grandparents": 2,
    "children_in_childcare": 6,
    "notes": "Goede vragen over gamen.",
}


def test_filing_the_report_marks_the_session_held(moderator_client, moderator, make_session):
    session = make_session(days=-1, childcare=True)
    booking = BookingRequest.objects.create(
        organisation_name="School",
        organisation_kind="school",
        contact_name="Ann",
        contact_email="ann@example.org",
        preferred_1=session.starts_at,
        venue=session.venue,
        expected_parents=10,
        language="nl",
        session=session,
        status="planned",
    )
    assign(session, moderator)
    assert moderator_client.get(url("report", pk=session.pk)).status_code == 200
    response = moderator_client.post(url("report", pk=session.pk), REPORT)
    assert response.status_code == 302
    report = AttendanceReport.objects.get(session=session)
    assert (report.adults, report.families, report.disadvantaged_families) == (12, 10, 4)
    assert (report.grandparents, report.children_in_childcare) == (2, 6)
    session.refresh_from_db()
    booking.refresh_from_db()
    assert session.status == TrainingSession.Status.HELD
    assert booking.status == BookingRequest.Status.HELD


def test_impossible_numbers_are_explained(moderator_client, moderator, make_session):
    session = make_session(days=-1)
    assign(session, moderator)
    response = moderator_client.post(url("report", pk=session.pk), REPORT | {"families": 20})
    assert response.status_code == 400
    assert not AttendanceReport.objects.exists()
    assert 'id="error-summary"' in response.content.decode()


def test_far_more_adults_than_places_is_taken_for_a_typo(moderator_client, moderator, make_session):
    # 300 adults at a session of 12 places (walkthrough); 20 is a busy evening, not a typo.
    session = make_session(days=-1, childcare=True)
    assign(session, moderator)
    response = moderator_client.post(url("report", pk=session.pk), REPORT | {"adults": 300})
    assert response.status_code == 400
    assert "12 plaatsen" in response.content.decode()
    assert not AttendanceReport.objects.exists()
    response = moderator_client.post(url("report", pk=session.pk), REPORT | {"adults": 20})
    assert response.status_code == 302
    assert AttendanceReport.objects.get().adults == 20


def test_no_report_before_the_session(moderator_client, moderator, make_session):
    session = make_session(days=2)
    assign(session, moderator)
    moderator_client.post(url("report", pk=session.pk), REPORT)
    assert not AttendanceReport.objects.exists()


def test_the_report_can_be_corrected_for_fourteen_days(moderator_client, moderator, make_session):
    session = make_session(days=-20, childcare=True)
    assign(session, moderator)
    moderator_client.post(url("report", pk=session.pk), REPORT)
    moderator_client.post(url("report", pk=session.pk), REPORT | {"adults": 13})
    report = AttendanceReport.objects.get()
    assert report.adults == 13 and report.corrected_at is not None
    AttendanceReport.objects.update(filed_at=timezone.now() - timedelta(days=14, minutes=1))
    moderator_client.post(url("report", pk=session.pk), REPORT | {"adults": 14})
    assert AttendanceReport.objects.get().adults == 13
    with pytest.raises(services.Refused):
        services.file_report(
            moderator_id=moderator.pk, session_id=session.pk, **{k: v for k, v in REPORT.items()}
        )


def test_session_calendar_file(moderator_client, moderator, make_session):
    session = make_session(days=4)
    assign(session, moderator)
    response = moderator_client.get(url("calendar", pk=session.pk))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    event = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert event["dtstart"].dt == session.starts_at
    assert "Lindestraat 12" in str(event["location"])


def test_private_feed_and_its_reset(client, moderator_client, moderator, make_session):
    accepted = make_session(days=4)
    assign(accepted, moderator)
    assign(make_session(days=6), moderator, status="declined")
    feed = url("feed", token=moderator.calendar_token)
    events = Calendar.from_ical(client.get(feed).content).walk("VEVENT")
    assert len(events) == 1
    moderator_client.post(url("reset_feed"))
    assert client.get(feed).status_code == 404
    moderator.refresh_from_db()
    assert client.get(url("feed", token=moderator.calendar_token)).status_code == 200


def test_certifications_page(moderator_client, moderator):
    page = moderator_client.get(url("certifications")).content.decode()
    assert "Gamen" in page and moderator.calendar_token in page


def test_password_reset_goes_through_the_outbox(
    client, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("password_reset"), {"email": moderator.user.email})
    assert response.status_code == 302
    # The same answer for an unknown address, and nothing recorded.
    response = client.post(url("password_reset"), {"email": "nobody@example.org"})
    assert response["Location"] == url("password_reset_sent")
    message = Message.objects.get(kind="moderator_password_reset")
    # Sent, and its token gone from what the outbox keeps (context and text).
    assert message.status == "sent" and "secret" not in message.context
    assert "uidb64" in message.context
    link = next(line for line in mailoutbox[0].body.splitlines() if "://" in line)
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert token not in message.sent_text and "•••••" in message.sent_text
    link = next(line for line in mailoutbox[0].body.splitlines() if "://" in line)
    path = link.split("://", 1)[1].split("/", 1)[1]
    response = client.get("/" + path, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    new = "een heel nieuw wachtwoord"
    response = client.post(form_url, {"new_password1": new, "new_password2": new})
    assert response.status_code == 302
    moderator.user.refresh_from_db()
    assert moderator.user.check_password(new)


def test_a_stranger_cannot_lock_a_moderator_out_of_the_password_reset(moderator, db):
    # Three tries an hour per address asked for; a stranger uses them up from elsewhere.
    for number in range(4):
        Client(REMOTE_ADDR=f"203.0.113.{number + 1}").post(
            url("password_reset"), {"email": moderator.user.email}
        )
    response = Client(REMOTE_ADDR="198.51.100.4").post(
        url("password_reset"), {"email": moderator.user.email}
    )
    # The same answer as ever: no refusal shown to the moderator (nor to the stranger).
    assert response.status_code == 302
    assert response["Location"] == url("password_reset_sent")
