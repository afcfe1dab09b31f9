"""Assignments and attendance reports: every write that must hold the rules, under locks.

Lock order, always: the moderator's row, then the session's row (ENGINEERING.md). Two
coordinators assigning the same person at the same moment queue on the moderator's
row, so the second one sees the first assignment when it checks for overlaps; two
coordinators naming a lead for the same session queue on the session's row. The
partial unique constraints on Assignment are the database's backstop. SQLite ignores
`select_for_update` (it has one writer at a time anyway).
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from moderators import messages, rules
from moderators.models import Assignment, AttendanceReport, Moderator
from trainings.models import BookingRequest, TrainingSession


class Refused(Exception):
    """The rules stop this change; `reasons` says why, in plain words (translated)."""

    def __init__(self, reasons: list[str]):
        self.reasons = list(reasons)
        super().__init__(" ".join(self.reasons))


def _lock(moderator_id: int, session_id: int) -> tuple[Moderator, TrainingSession]:
    moderator = (
        Moderator.objects.select_for_update(of=("self",))
        .select_related("user")
        .get(pk=moderator_id)
    )
    session = (
        TrainingSession.objects.select_for_update(of=("self",))
        .select_related("venue")
        .get(pk=session_id)
    )
    return moderator, session


def invite(
    *,
    session_id: int,
    moderator_id: int,
    role: str = Assignment.Role.LEAD,
    invited_by=None,
) -> Assignment:
    """Ask a moderator to lead (or co-lead) a session; refused when a rule stops it."""
    with transaction.atomic():
        moderator, session = _lock(moderator_id, session_id)
        reasons = []
        if session.status == TrainingSession.Status.CANCELLED:
            reasons.append(_("This session is cancelled."))
        elif session.starts_at <= timezone.now():
            reasons.append(_("This session has already started."))
        reasons += rules.refusals(session, moderator)
        if (
            role == Assignment.Role.LEAD
            and session.assignments.active().filter(role=Assignment.Role.LEAD).exists()
        ):
            reasons.append(_("This session already has a lead moderator (invited or accepted)."))
        if reasons:
            raise Refused(reasons)
        assignment = Assignment.objects.create(
            session=session, moderator=moderator, role=role, invited_by=invited_by
        )
        messages.tell_invited(assignment)
    return assignment


def _own_assignment(moderator: Moderator, session: TrainingSession, *statuses) -> Assignment:
    """The moderator's assignment on this session; DoesNotExist (a 404) for anyone else's."""
    return session.assignments.select_for_update(of=("self",)).get(
        moderator=moderator, status__in=statuses
    )


def accept(*, moderator_id: int, session_id: int) -> Assignment:
    with transaction.atomic():
        moderator, session = _lock(moderator_id, session_id)
        assignment = _own_assignment(moderator, session, Assignment.Status.INVITED)
        if (
            session.status == TrainingSession.Status.CANCELLED
            or session.starts_at <= timezone.now()
        ):
            raise Refused([_("This session is cancelled or over; nothing to accept.")])
        # Checked again: a certification may have expired, or time filled up, since.
        reasons = rules.refusals(session, moderator, answering=True)
        if reasons:
            raise Refused(reasons)
        assignment.status = Assignment.Status.ACCEPTED
        assignment.answered_at = timezone.now()
        assignment.save(update_fields=["status", "answered_at"])
    return assignment


def decline(*, moderator_id: int, session_id: int, reason: str) -> Assignment:
    with transaction.atomic():
        moderator, session = _lock(moderator_id, session_id)
        assignment = _own_assignment(moderator, session, Assignment.Status.INVITED)
        assignment.status = Assignment.Status.DECLINED
        assignment.decline_reason = reason.strip()
        assignment.answered_at = timezone.now()
        assignment.save(update_fields=["status", "decline_reason", "answered_at"])
    return assignment


def withdraw(*, assignment_id: int) -> Assignment:
    """A coordinator takes an invitation or an assignment back."""
    moderator_id, session_id = Assignment.objects.values_list("moderator_id", "session_id").get(
        pk=assignment_id
    )
    with transaction.atomic():
        _lock(moderator_id, session_id)
        assignment = Assignment.objects.select_for_update(of=("self",)).get(pk=assignment_id)
        if assignment.status in Assignment.ACTIVE:
            assignment.status = Assignment.Status.WITHDRAWN
            assignment.answered_at = timezone.now()
            assignment.save(update_fields=["status", "answered_at"])
    return assignment


REPORT_FIELDS = (
    "adults",
    "families",
    "disadvantaged_families",
    "grandparents",
    "children_in_childcare",
)


def report_problems(counts: dict) -> list[str]:
    problems = []
    if counts["families"] > counts["adults"]:
        problems.append(_("There cannot be more families than adults present."))
    if counts["disadvantaged_families"] > counts["families"]:
        problems.append(
            _("Families from socially disadvantaged groups are part of all families: not more.")
        )
    if counts["grandparents"] > counts["adults"]:
        problems.append(_("Grandparents are counted among the adults: not more than the adults."))
    return problems


def file_report(
    *,
    moderator_id: int,
    session_id: int,
    adults: int,
    families: int,
    disadvantaged_families: int,
    grandparents: int,
    children_in_childcare: int,
    notes: str = "",
) -> AttendanceReport:
    """File (or, within 14 days, correct) the attendance report; the session is then held."""
    counts = {
        "adults": adults,
        "families": families,
        "disadvantaged_families": disadvantaged_families,
        "grandparents": grandparents,
        "children_in_childcare": children_in_childcare,
    }
    now = timezone.now()
    with transaction.atomic():
        moderator, session = _lock(moderator_id, session_id)
        _own_assignment(moderator, session, Assignment.Status.ACCEPTED)
        if session.starts_at > now:
            raise Refused([_("The report can be filed once the session has started.")])
        if session.status == TrainingSession.Status.CANCELLED:
            raise Refused([_("This session was cancelled: there is nothing to report.")])
        problems = report_problems(counts)
        if problems:
            raise Refused(problems)
        report = AttendanceReport.objects.filter(session=session).first()
        if report is None:
            report = AttendanceReport.objects.create(
                session=session, moderator=moderator, notes=notes.strip(), filed_at=now, **counts
            )
        else:
            if not report.can_be_corrected(now):
                raise Refused(
                    [
                        _(
                            "This report can no longer be corrected: that is possible for "
                            "14 days. Ask a coordinator."
                        )
                    ]
                )
            for name, value in counts.items():
                setattr(report, name, value)
            report.notes = notes.strip()
            report.moderator = moderator
            report.corrected_at = now
            report.save()
        if session.status != TrainingSession.Status.HELD:
            session.status = TrainingSession.Status.HELD
            session.save(update_fields=["status"])
        # The organisation's private page moves on to "held".
        # closed_at starts the clock of its link's expiry and its retention.
        BookingRequest.objects.filter(session=session, status=BookingRequest.Status.PLANNED).update(
            status=BookingRequest.Status.HELD, closed_at=now
        )
    return report


def confirm_event(*, event_id: int) -> int:
    """Confirm attendance at an event: certify each attendee for what it covered.

    Returns how many certifications were added. Idempotent: confirming again adds
    nothing and keeps the first confirmation's date.
    """
    from moderators.models import Certification, EventAttendance, EventModule, TrainingEvent

    added = 0
    with transaction.atomic():
        event = TrainingEvent.objects.select_for_update().get(pk=event_id)
        day = timezone.localdate(event.starts_at)
        covered = list(EventModule.objects.filter(event=event))
        for attendance in EventAttendance.objects.filter(event=event):
            for item in covered:
                _grant, created = Certification.objects.get_or_create(
                    moderator_id=attendance.moderator_id,
                    module_id=item.module_id,
                    version=item.version,
                    defaults={
                        "certified_on": day,
                        "expires_on": Certification.default_expiry(day),
                        "event": event,
                    },
                )
                added += created
        EventAttendance.objects.filter(event=event, confirmed_at__isnull=True).update(
            confirmed_at=timezone.now()
        )
    return added
