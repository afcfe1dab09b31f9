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

from accounts import audit
from moderators import messages, rules
from moderators.models import Assignment, AttendanceReport, Moderator
from trainings import services as trainings_services
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
    request=None,
) -> Assignment:
    """Ask a moderator to lead (or co-lead) a session; refused when a rule stops it.

    `request`, when a coordinator asks from the admin: the audit row then carries the
    keyed hash of their address, as every other row of theirs does."""
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
        if request is not None or invited_by is not None:
            audit.record(request or invited_by, audit.Action.ASSIGNMENT_INVITED, assignment)
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
        if assignment.role == Assignment.Role.LEAD:
            # The organisation of a closed session was promised the name of who leads it.
            trainings_services.tell_organisation_arranged(session_id=session.pk)
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


def withdraw(*, assignment_id: int, withdrawn_by=None) -> Assignment:
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
            if withdrawn_by is not None:
                audit.record(withdrawn_by, audit.Action.ASSIGNMENT_WITHDRAWN, assignment)
    return assignment


REPORT_FIELDS = (
    "adults",
    "families",
    "disadvantaged_families",
    "grandparents",
    "children_in_childcare",
)


def plausible_adults(capacity: int) -> int:
    """The most adults a report may give for a session of this size: people bring a
    neighbour, a group comes in larger than booked, but 300 at a session of 15 is a typo."""
    return max(2 * capacity, capacity + 20)


def report_problems(
    counts: dict, *, childcare: bool = True, capacity: int | None = None
) -> list[str]:
    problems = []
    if capacity and counts.get("adults", 0) > plausible_adults(capacity):
        problems.append(
            _(
                "That is far more adults than the %(capacity)d places of this session: "
                "check the number."
            )
            % {"capacity": capacity}
        )
    if not childcare and counts.get("children_in_childcare"):
        # Refused rather than kept: the figure feeds the programme's count of children
        # looked after, and a session without childcare looked after none. Usually the
        # children were in the room with their parents: they are not counted here.
        problems.append(
            _(
                "This session had no childcare: fill in 0 children in childcare. Children "
                "who stayed with their parents are not counted here."
            )
        )
    if counts.get("families", 0) > counts.get("adults", 0):
        problems.append(_("There cannot be more families than adults present."))
    if counts.get("disadvantaged_families", 0) > counts.get("families", 0):
        problems.append(
            _("Families from socially disadvantaged groups are part of all families: not more.")
        )
    if counts.get("grandparents", 0) > counts.get("adults", 0):
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
        problems = report_problems(counts, childcare=session.childcare, capacity=session.capacity)
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


def confirm_event(*, event_id: int, confirmed_by=None) -> int:
    """Confirm attendance at an event: certify each attendee for what it covered.

    Returns how many certifications were added or renewed. A moderator retrained at this
    event for a module and version they held already gets that certification renewed:
    the new dates run from this event (the one row per moderator, module and version is
    updated, and `event` then names the event that renewed it). Confirming again changes
    nothing. An event still to come cannot be confirmed: nobody has attended it yet.
    """
    from moderators.models import Certification, EventAttendance, EventModule, TrainingEvent

    granted = 0
    with transaction.atomic():
        event = TrainingEvent.objects.select_for_update().get(pk=event_id)
        if event.starts_at > timezone.now():
            raise Refused(
                [
                    _(
                        "“%(title)s” has not taken place yet: confirm who attended once the "
                        "event is over."
                    )
                    % {"title": event.title}
                ]
            )
        day = timezone.localdate(event.starts_at)
        expiry = Certification.default_expiry(day)
        covered = list(EventModule.objects.filter(event=event))
        attendances = list(EventAttendance.objects.filter(event=event))
        existing = {
            (grant.moderator_id, grant.module_id, grant.version): grant
            for grant in Certification.objects.select_for_update().filter(
                moderator_id__in=[a.moderator_id for a in attendances],
                module_id__in=[item.module_id for item in covered],
            )
        }
        for attendance in attendances:
            for item in covered:
                grant = existing.get((attendance.moderator_id, item.module_id, item.version))
                if grant is None:
                    Certification.objects.create(
                        moderator_id=attendance.moderator_id,
                        module_id=item.module_id,
                        version=item.version,
                        certified_on=day,
                        expires_on=expiry,
                        event=event,
                    )
                    granted += 1
                elif grant.expires_on < expiry:
                    # Retrained: the certification runs again from this event.
                    grant.certified_on = day
                    grant.expires_on = expiry
                    grant.event = event
                    grant.save(update_fields=["certified_on", "expires_on", "event"])
                    granted += 1
        EventAttendance.objects.filter(event=event, confirmed_at__isnull=True).update(
            confirmed_at=timezone.now()
        )
        if confirmed_by is not None:
            audit.record(confirmed_by, audit.Action.CONFIRM_EVENT, event)
    return granted
