"""What a walkthrough as coordinators and moderators found, each as the person meets it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.models import AuditEvent
from moderators import services
from moderators.models import (
    Assignment,
    AttendanceReport,
    Certification,
    EventAttendance,
    EventModule,
    Moderator,
    TrainingEvent,
)
from tests.moderators.conftest import url
from trainings.models import Registration, TrainingSession

pytestmark = pytest.mark.django_db

EVENTS = "admin:moderators_trainingevent_changelist"


def event_covering(module, *, days_ago=1, attendees=()):
    event = TrainingEvent.objects.create(
        kind="train_the_trainer",
        title="Opleiding voor begeleiders Gent",
        starts_at=timezone.now() - timedelta(days=days_ago),
        place="Gent",
    )
    EventModule.objects.create(event=event, module=module, version=module.version)
    for moderator in attendees:
        EventAttendance.objects.create(event=event, moderator=moderator)
    return event


def test_retraining_renews_an_expired_certificate(coordinator, module, make_moderator):
    long_ago = timezone.localdate() - timedelta(days=800)
    expired = make_moderator(name="Verlopen", certified_on=long_ago)
    event = event_covering(module, attendees=[expired])
    response = coordinator.post(
        reverse(EVENTS), {"action": "confirm", "_selected_action": [event.pk]}, follow=True
    )
    grant = Certification.objects.get(moderator=expired)
    assert grant.certified_on == timezone.localdate(event.starts_at)
    assert grant.expires_on > timezone.localdate() and grant.event == event
    assert "vernieuwd: 1" in response.content.decode()
    # Confirming again renews nothing more.
    again = coordinator.post(
        reverse(EVENTS), {"action": "confirm", "_selected_action": [event.pk]}, follow=True
    )
    assert "vernieuwd: 0" in again.content.decode()
    assert AuditEvent.objects.filter(action="confirm_event").count() == 2


def test_an_event_to_come_cannot_be_confirmed(coordinator, module, make_moderator):
    newcomer = make_moderator(name="Nieuw", certified=[])
    event = event_covering(module, days_ago=-10, attendees=[newcomer])
    response = coordinator.post(
        reverse(EVENTS), {"action": "confirm", "_selected_action": [event.pk]}, follow=True
    )
    page = response.content.decode()
    assert "heeft nog niet plaatsgevonden" in page and "toegevoegd" not in page
    assert not Certification.objects.filter(moderator=newcomer).exists()
    assert EventAttendance.objects.get().confirmed_at is None


def test_attendance_is_chosen_by_name_among_active_moderators(coordinator, make_moderator):
    make_moderator(name="Actieve Anna")
    make_moderator(name="Gestopte Gert", is_active=False)
    page = coordinator.get(reverse("admin:moderators_trainingevent_add")).content.decode()
    assert '<select name="attendance-0-moderator"' in page
    assert "Actieve Anna" in page and "Gestopte Gert" not in page


def test_suggestions_remember_who_declined(coordinator, make_session, make_moderator):
    session = make_session()
    declined = make_moderator(name="A Declined")
    make_moderator(name="B Other")
    Assignment.objects.create(
        session=session,
        moderator=declined,
        status="declined",
        decline_reason="Op reis die week",
        answered_at=timezone.now(),
    )
    response = coordinator.get(reverse("admin:moderators_suggestions", args=[session.pk]))
    names = [fit.moderator.name for fit in response.context["fits"]]
    assert names[-1] == "A Declined"
    page = response.content.decode()
    # At the top, the session's assignments with the status in plain words and the reason.
    top = page[page.index('id="assignments"') : page.index('id="suggestions"')]
    assert "A Declined" in top and "Geweigerd" in top and "Op reis die week" in top
    assert "Niet mogelijk" not in page
    row = page[page.index('<th scope="row">A Declined') :]
    row = row[: row.index("</tr>")]
    assert "Invite as lead" not in row and 'name="moderator"' not in row
    assert "Gecertificeerd" in page and "Ja ·" not in page
    assert "Sessies in " in page


def test_the_session_page_shows_its_moderators_and_the_list_its_lead(
    coordinator, make_session, moderator, make_moderator, django_assert_max_num_queries
):
    session = make_session()
    Assignment.objects.create(session=session, moderator=moderator, status="accepted")
    change = coordinator.get(reverse("admin:trainings_trainingsession_change", args=[session.pk]))
    page = change.content.decode()
    assert "Sofie De Smet" in page
    assert reverse("admin:moderators_suggestions", args=[session.pk]) in page
    changelist = reverse("admin:trainings_trainingsession_changelist")
    page = coordinator.get(changelist).content.decode()
    assert "Sofie De Smet" in page
    with django_assert_max_num_queries(40) as few:
        coordinator.get(changelist)
    for n in range(8):
        other = make_session(days=20 + n)
        Assignment.objects.create(session=other, moderator=make_moderator(), status="invited")
    with django_assert_max_num_queries(len(few.captured_queries)):
        coordinator.get(changelist)


def test_the_to_do_list_reads_well(coordinator, make_session):
    make_session()
    page = coordinator.get(reverse("admin:moderators_unstaffedsession_changelist")).content.decode()
    assert "Selecteer" not in page
    assert "Begeleider zoeken" in page


def test_assignments_and_refusals_are_in_the_audit_trail(coordinator, make_session, make_moderator):
    session = make_session()
    fitting = make_moderator(name="Fitting")
    suggestions = reverse("admin:moderators_suggestions", args=[session.pk])
    coordinator.post(suggestions, {"moderator": fitting.pk, "role": "lead"})
    refused = make_moderator(name="Nope", certified=[])
    coordinator.post(suggestions, {"moderator": refused.pk, "role": "co"})
    assignment = Assignment.objects.get()
    coordinator.post(
        reverse("admin:moderators_assignment_changelist"),
        {"action": "withdraw", "_selected_action": [assignment.pk]},
    )
    actions = list(
        AuditEvent.objects.exclude(action__in=["login", "password_ok"])
        .order_by("id")
        .values_list("action", "object_type")
    )
    assert actions == [
        ("assignment_invited", "moderators.assignment"),
        ("assignment_refused", "trainings.trainingsession"),
        ("assignment_withdrawn", "moderators.assignment"),
    ]


def test_a_report_of_childcare_for_a_session_without_it_is_refused(
    moderator_client, moderator, make_session
):
    session = make_session(days=-1, childcare=False)
    Assignment.objects.create(session=session, moderator=moderator, status="accepted")
    counts = {
        "adults": 8,
        "families": 6,
        "disadvantaged_families": 2,
        "grandparents": 0,
        "children_in_childcare": 4,
    }
    response = moderator_client.post(url("report", pk=session.pk), counts)
    assert response.status_code == 400
    assert "geen kinderopvang" in response.content.decode()
    assert not AttendanceReport.objects.exists()
    with pytest.raises(services.Refused):
        services.file_report(moderator_id=moderator.pk, session_id=session.pk, **counts)
    ok = moderator_client.post(url("report", pk=session.pk), counts | {"children_in_childcare": 0})
    assert ok.status_code == 302 and AttendanceReport.objects.get().children_in_childcare == 0


def test_the_home_page_says_only_what_is_true(moderator_client, moderator, make_session):
    running = make_session(days=0, starts_at=timezone.now() - timedelta(minutes=30))
    Assignment.objects.create(session=running, moderator=moderator, status="accepted")
    over = make_session(days=-3)
    Assignment.objects.create(session=over, moderator=moderator, status="accepted")
    invited = make_session(days=9)
    Assignment.objects.create(session=invited, moderator=moderator, status="invited")
    page = moderator_client.get(url("home")).content.decode()
    assert page.count("Verslag nog in te vullen") == 1
    assert " ·</p>" not in page and "· </p>" not in page
    accepted = moderator_client.post(url("accept", pk=invited.pk), follow=True)
    page = accepted.content.decode()
    assert "in je agenda" in page and url("calendar", pk=invited.pk) in page
    assert "Ze staat in je agenda" not in page


def test_a_moderators_password_reset_is_in_the_audit_trail(client, moderator):
    client.post(url("password_reset"), {"email": moderator.user.email})
    assert AuditEvent.objects.filter(
        action="password_reset_requested", user=moderator.user
    ).exists()


def test_the_demo_moderator_has_a_report_to_file_and_an_invitation(settings):
    call_command("load_demo", verbosity=0)
    today = timezone.localdate()
    assert Certification.objects.filter(
        expires_on__gte=today, expires_on__lte=today + timedelta(days=60)
    ).exists()
    names = set(Registration.objects.values_list("name", flat=True))
    assert names and not any(name.startswith("Demo") for name in names)
    settings.DEBUG = True
    import io

    out = io.StringIO()
    call_command("ensure_moderator", stdout=out)
    email = out.getvalue().split("e-mail: ")[1].split()[0]
    shown = Moderator.objects.get(user__email=email)
    now = timezone.now()
    assert shown.assignments.filter(status="invited", session__starts_at__gt=now).exists()
    assert (
        shown.assignments.filter(
            status="accepted",
            session__ends_at__lt=now,
            session__attendance_report__isnull=True,
        )
        .exclude(session__status=TrainingSession.Status.CANCELLED)
        .exists()
    )
