"""The rules that decide who may lead a session, each refused in plain words."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from moderators import services
from moderators.models import Assignment, Certification, RecertificationRequirement
from outbox.models import Message


def invite(session, moderator, role=Assignment.Role.LEAD):
    return services.invite(session_id=session.pk, moderator_id=moderator.pk, role=role)


def refused(session, moderator) -> str:
    # The reasons in English (the msgids): the translations have their own check.
    with translation.override("en"), pytest.raises(services.Refused) as error:
        invite(session, moderator)
    assert not Assignment.objects.filter(session=session, moderator=moderator).exists()
    return " ".join(error.value.reasons)


def test_a_certified_moderator_is_invited_and_told(make_session, moderator):
    session = make_session()
    assignment = invite(session, moderator)
    assert assignment.status == Assignment.Status.INVITED
    message = Message.objects.get(kind="moderator_assignment_invited")
    assert message.address == moderator.user.email and message.language == "nl"


def test_uncertified_is_refused(make_session, make_moderator):
    assert "Not certified for “Gamen”" in refused(make_session(), make_moderator(certified=[]))


def test_expired_certification_is_refused(make_session, make_moderator):
    long_ago = timezone.localdate() - timedelta(days=800)
    reason = refused(make_session(), make_moderator(certified_on=long_ago))
    assert "Certification for “Gamen” expired on" in reason


def test_certification_expiring_before_the_session_is_refused(make_session, make_moderator):
    moderator = make_moderator()
    Certification.objects.filter(moderator=moderator).update(
        expires_on=timezone.localdate() + timedelta(days=3)
    )
    assert "before the session" in refused(make_session(days=10), moderator)


def test_a_version_needing_recertification_no_longer_counts(make_session, make_moderator, module):
    old = make_moderator(version=1)
    session = make_session()
    # Not yet marked: version 1 still counts for a module now at version 2.
    assert invite(session, old).status == Assignment.Status.INVITED
    RecertificationRequirement.objects.create(module=module, from_version=2)
    reason = refused(make_session(days=20), old)
    assert "version 1 only; since version 2 it needs recertification" in reason
    # A requirement for a version not yet published does not apply yet.
    RecertificationRequirement.objects.filter(module=module).update(from_version=3)
    assert invite(make_session(days=30), old)


def test_wrong_language_is_refused(make_session, make_moderator):
    french = make_moderator(language="fr")
    assert "Does not give sessions in Dutch." in refused(make_session(language="nl"), french)


def test_missing_specialisation_is_refused(make_session, make_moderator):
    plain = make_moderator()
    assert "socially disadvantaged parents" in refused(
        make_session(audience="disadvantaged"), plain
    )
    assert "grandparents" in refused(make_session(audience="grandparents", days=12), plain)
    trained = make_moderator(for_disadvantaged=True)
    assert invite(make_session(audience="disadvantaged", days=14), trained)


def test_overlap_including_travel_time_is_refused(make_session, moderator, settings):
    settings.MODERATOR_TRAVEL_MINUTES = 60
    first = make_session()
    invite(first, moderator)
    # Starts 30 minutes after the first ends: not enough time to travel.
    close = make_session(
        days=10,
        starts_at=first.ends_at + timedelta(minutes=30),
        ends_at=first.ends_at + timedelta(hours=2, minutes=30),
    )
    assert "Too close to another session at" in refused(close, moderator)
    assert "60 minutes of travel" in refused(close, moderator)
    # The same evening, at the same hour: said as it is, not as a question of travel.
    same_time = make_session(starts_at=first.starts_at, ends_at=first.ends_at)
    # Only asked for the first one so far: said so, not "leads".
    assert "Already asked for a session at the same time" in refused(same_time, moderator)
    assert "travel" not in refused(same_time, moderator)
    assignment = Assignment.objects.get(session=first, moderator=moderator)
    Assignment.objects.filter(pk=assignment.pk).update(status=Assignment.Status.ACCEPTED)
    assert "Already leads a session at the same time" in refused(same_time, moderator)
    Assignment.objects.filter(pk=assignment.pk).update(role=Assignment.Role.CO)
    assert "Already co-leads a session at the same time" in refused(same_time, moderator)
    # Ninety minutes later is fine.
    later = make_session(
        starts_at=first.ends_at + timedelta(minutes=90),
        ends_at=first.ends_at + timedelta(hours=3, minutes=30),
    )
    assert invite(later, moderator)


def test_a_declined_or_cancelled_session_frees_the_time(make_session, moderator):
    first = make_session()
    invite(first, moderator)
    services.decline(moderator_id=moderator.pk, session_id=first.pk, reason="Ziek")
    clash = make_session(starts_at=first.starts_at, ends_at=first.ends_at)
    assert invite(clash, moderator)


def test_one_lead_per_session_and_not_twice_the_same_person(make_session, make_moderator):
    session = make_session()
    lead, other = make_moderator(), make_moderator()
    invite(session, lead)
    assert "already has a lead moderator" in refused(session, other)
    assert invite(session, other, role=Assignment.Role.CO).role == Assignment.Role.CO
    with translation.override("en"), pytest.raises(services.Refused) as error:
        invite(session, lead, role=Assignment.Role.CO)
    assert "Already invited to or leading this session." in error.value.reasons


def test_a_session_in_the_past_or_cancelled_takes_no_one(make_session, moderator):
    assert "cancelled" in refused(make_session(status="cancelled"), moderator)
    assert "already started" in refused(make_session(days=-1), moderator)
