"""Coordinators: suggestions with one-click invitations, the to-do lists, events that certify."""

from __future__ import annotations

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from moderators.models import (
    Assignment,
    Certification,
    EventAttendance,
    EventModule,
    Moderator,
    TrainingEvent,
)
from outbox.models import Message


def suggestions(session):
    return reverse("admin:moderators_suggestions", args=[session.pk])


def test_suggestions_best_first(coordinator, make_session, make_moderator):
    session = make_session(audience="disadvantaged", interpreter_language="ar")
    busy_day = session.starts_at + timedelta(days=2)
    uncertified = make_moderator(name="A Uncertified", certified=[], for_disadvantaged=True)
    far = make_moderator(name="B Far", provinces=["liege"], for_disadvantaged=True)
    busy = make_moderator(name="C Busy", for_disadvantaged=True, other_languages=["ar"])
    make_moderator(name="D Best", for_disadvantaged=True, other_languages=["ar"])
    near = make_moderator(name="E Near", for_disadvantaged=True)
    unspecialised = make_moderator(name="F Plain")
    other = make_session(starts_at=busy_day, ends_at=busy_day + timedelta(hours=2))
    Assignment.objects.create(session=other, moderator=busy, status="accepted")
    fits = coordinator.get(suggestions(session)).context["fits"]
    names = [fit.moderator.name for fit in fits]
    assert names[:4] == ["D Best", "C Busy", "E Near", "B Far"]
    assert set(names[4:]) == {"A Uncertified", "F Plain"}
    assert names.index("A Uncertified") > 3 and not fits[-1].fits
    page = coordinator.get(suggestions(session)).content.decode()
    assert "Gamen" in page  # the refusal says which module
    assert uncertified and far and near and unspecialised


def test_one_click_invites_and_refusals_are_explained(coordinator, make_session, make_moderator):
    session = make_session()
    fitting = make_moderator(name="Fitting")
    response = coordinator.post(suggestions(session), {"moderator": fitting.pk, "role": "lead"})
    assert response.status_code == 302
    assert Assignment.objects.get(session=session).moderator == fitting
    assert Message.objects.filter(kind="moderator_assignment_invited").count() == 1
    uncertified = make_moderator(name="Nope", certified=[])
    response = coordinator.post(
        suggestions(session), {"moderator": uncertified.pk, "role": "co"}, follow=True
    )
    page = response.content.decode()
    assert "Gamen" in page
    assert not Assignment.objects.filter(moderator=uncertified).exists()


def test_suggestions_cost_the_same_for_many_moderators(coordinator, make_session, make_moderator):
    session = make_session()

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert coordinator.get(suggestions(session)).status_code == 200
        return len(queries)

    make_moderator()
    few = count()
    for n in range(15):
        moderator = make_moderator(provinces=["liege"] if n % 2 else ["east_flanders"])
        Assignment.objects.create(session=make_session(days=20 + n), moderator=moderator)
    assert count() == few


def test_the_to_do_lists(coordinator, make_session, moderator, make_moderator):
    unstaffed = make_session(days=5)
    staffed = make_session(days=6)
    Assignment.objects.create(session=staffed, moderator=moderator, status="accepted")
    old_invitation = make_session(days=8)
    Assignment.objects.create(
        session=old_invitation,
        moderator=make_moderator(name="Slow Answerer"),
        invited_at=timezone.now() - timedelta(days=4),
    )
    unreported = make_session(days=-2)
    expiring = make_moderator(name="Soon Expired")
    expiring.certifications.update(expires_on=timezone.localdate() + timedelta(days=30))

    def rows(model):
        response = coordinator.get(reverse(f"admin:moderators_{model}_changelist"))
        assert response.status_code == 200
        return list(response.context["cl"].result_list)

    unstaffed_rows = rows("unstaffedsession")
    assert unstaffed.pk in [s.pk for s in unstaffed_rows]
    assert staffed.pk not in [s.pk for s in unstaffed_rows]
    assert [a.moderator.name for a in rows("unansweredinvitation")] == ["Slow Answerer"]
    assert unreported.pk in [s.pk for s in rows("sessionwithoutreport")]
    assert [c.moderator.name for c in rows("expiringcertification")] == ["Soon Expired"]
    index = coordinator.get(reverse("admin:index")).content.decode()
    assert reverse("admin:moderators_unstaffedsession_changelist") in index


def test_confirming_an_event_certifies_its_attendees(coordinator, module, make_moderator):
    newcomer = make_moderator(name="Nieuw", certified=[])
    event = TrainingEvent.objects.create(
        kind="train_the_trainer",
        title="Train-the-trainer Gent",
        starts_at=timezone.now() - timedelta(days=1),
        place="Gent",
    )
    EventModule.objects.create(event=event, module=module, version=2)
    EventAttendance.objects.create(event=event, moderator=newcomer)
    url = reverse("admin:moderators_trainingevent_changelist")
    for _twice in range(2):
        coordinator.post(url, {"action": "confirm", "_selected_action": [event.pk]})
    grant = Certification.objects.get(moderator=newcomer)
    assert grant.version == 2 and grant.event == event
    assert grant.expires_on == grant.certified_on + timedelta(days=730)
    assert EventAttendance.objects.get().confirmed_at is not None


def test_a_new_moderator_is_invited_and_sets_a_password(
    coordinator, client, mailoutbox, django_capture_on_commit_callbacks
):
    response = coordinator.post(
        reverse("admin:moderators_moderator_add"),
        {
            "name": "Nadia Benali",
            "email": "nadia@example.org",
            "language": "fr",
            "gives_french": "on",
            "provinces": ["brussels"],
            "is_active": "on",
            "certifications-TOTAL_FORMS": "0",
            "certifications-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    moderator = Moderator.objects.get()
    assert moderator.user.email == "nadia@example.org" and not moderator.user.is_staff
    assert not moderator.user.has_usable_password()
    url = reverse("admin:moderators_moderator_changelist")
    with django_capture_on_commit_callbacks(execute=True):
        coordinator.post(url, {"action": "invite", "_selected_action": [moderator.pk]})
    message = Message.objects.get(kind="moderator_invitation")
    assert message.language == "fr" and message.status == "sent"
    assert "/fr/" in mailoutbox[0].body


def test_moving_a_session_cannot_double_book_its_moderator(
    coordinator, make_session, make_moderator
):
    from tests.trainings.test_admin import change_form

    moderator = make_moderator(name="Youssef El Amrani")
    first = make_session(days=10)
    other = make_session(days=12)
    for session in (first, other):
        Assignment.objects.create(session=session, moderator=moderator, status="accepted")
    was = first.starts_at
    local = timezone.localtime(other.starts_at)
    response = coordinator.post(
        reverse("admin:trainings_trainingsession_change", args=[first.pk]),
        change_form(
            first,
            starts_at_0=local.strftime("%d/%m/%Y"),
            starts_at_1=local.strftime("%H:%M:%S"),
            ends_at_0=local.strftime("%d/%m/%Y"),
            ends_at_1=(local + timedelta(hours=2)).strftime("%H:%M:%S"),
        ),
    )
    assert response.status_code == 200  # the form again, with why
    page = response.content.decode()
    assert "Youssef El Amrani" in page and "op hetzelfde moment" in page
    first.refresh_from_db()
    assert first.starts_at == was


def test_adding_a_theme_its_moderator_is_not_certified_for_is_refused(
    coordinator, make_session, make_moderator, module
):
    from modules.models import Module
    from tests.trainings.test_admin import change_form

    moderator = make_moderator(name="Camille Leroy")  # certified for `module` only
    session = make_session()
    Assignment.objects.create(session=session, moderator=moderator, status="accepted")
    gaming = Module.objects.create(number=9, slug="extra-gaming", title_nl="Gamen", title_fr="Jeux")
    response = coordinator.post(
        reverse("admin:trainings_trainingsession_change", args=[session.pk]),
        change_form(session, modules=[module.pk, gaming.pk]),
    )
    assert response.status_code == 200
    assert "Camille Leroy" in response.content.decode()
    assert list(session.modules.all()) == [module]
    # Practical notes, with nothing the moderator must fit changed, save as before.
    response = coordinator.post(
        reverse("admin:trainings_trainingsession_change", args=[session.pk]),
        change_form(
            session,
            practical_nl="Ingang via de speelplaats.",
            practical_fr="Entrée par la cour de récréation.",
        ),
    )
    assert response.status_code == 302
