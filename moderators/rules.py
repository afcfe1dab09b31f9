"""Who may lead a session, and why not: one evaluation for the services and the suggestions.

A moderator fits a session when they are, for every module of the session, certified
at a version that still counts (see RecertificationRequirement) and not expired on the
session's day; give sessions in its language; have the specialisation its audience
needs; and have no other live assignment within the session's time plus travel time
(settings.MODERATOR_TRAVEL_MINUTES) on either side.

`evaluate()` loads what it needs for any number of moderators in a fixed number of
queries, so that the admin's suggestion list costs the same for 18 moderators or 180.
The services call it for one moderator, under the row locks, so the rules are checked
where they are enforced.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db.models import Count
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from moderators.models import Assignment, Certification, Moderator, RecertificationRequirement
from trainings.models import Language, TrainingSession


@dataclass
class Fit:
    moderator: Moderator
    reasons: list[str] = field(default_factory=list)
    missing_modules: int = 0
    specialised: bool = False
    same_province: bool = False
    language_match: bool = False
    sessions_this_month: int = 0
    on_this_session: bool = False
    # Set when this moderator declined this very session: (reason, when).
    declined: tuple[str, datetime] | None = None
    language_label: str = ""
    speaks: bool = False  # gives the session's language (or the interpreter's)
    interpreter: bool = False

    @property
    def fits(self) -> bool:
        return not self.reasons

    def strengths(self) -> list[str]:
        """Why a fitting moderator fits, in plain words, for the suggestion list."""
        words = [_("Certified")]
        if self.specialised:
            words.append(_("trained for this audience"))
        if self.same_province:
            words.append(_("same province"))
        # Every fitting moderator gives the session's language (a rule), so each says so;
        # the ranking prefers those for whom it is their own language, and says that too.
        # (Before, only the first-language speakers showed "speaks Dutch", and a bilingual
        # moderator looked as if she did not speak it.)
        if self.speaks and self.language_label:
            if self.language_match and not self.interpreter:
                words.append(
                    _("speaks %(language)s (own language)") % {"language": self.language_label}
                )
            else:
                words.append(_("speaks %(language)s") % {"language": self.language_label})
        return words

    def sort_key(self):
        # Best first: fitting, certified, specialisation, same province, language, least
        # busy. Someone who declined this session comes last: asking again the same
        # person who just said no is the last resort, not the first suggestion.
        return (
            self.declined is not None,
            not self.fits,
            self.missing_modules,
            not self.specialised,
            not self.same_province,
            not self.language_match,
            self.sessions_this_month,
            self.moderator.name,
        )


def travel() -> timedelta:
    return timedelta(minutes=settings.MODERATOR_TRAVEL_MINUTES)


def required_versions(modules) -> dict[int, int]:
    """The oldest version of each module whose certifications still count (0: any)."""
    required = {module.pk: 0 for module in modules}
    current = {module.pk: module.version for module in modules}
    for module_id, from_version in RecertificationRequirement.objects.filter(
        module__in=list(current)
    ).values_list("module_id", "from_version"):
        # A requirement for a version not yet published does not apply yet.
        if from_version <= current[module_id]:
            required[module_id] = max(required[module_id], from_version)
    return required


def _month(day) -> tuple[datetime, datetime]:
    first = day.replace(day=1)
    last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return (
        timezone.make_aware(datetime.combine(first, time.min)),
        timezone.make_aware(datetime.combine(last, time.max)),
    )


def evaluate(
    session: TrainingSession, moderators=None, *, answering: bool = False, modules=None
) -> list[Fit]:
    """A Fit for each moderator (default: every active one), best first.

    `answering`: the moderator is answering their own invitation to this session, so
    being on it already is no reason against. `modules`: the session's modules as a
    coordinator is changing them (default: those saved).
    """
    if moderators is None:
        moderators = Moderator.objects.active().select_related("user")
    moderators = list(moderators)
    ids = [moderator.pk for moderator in moderators]
    modules = list(session.modules.all() if modules is None else modules)
    required = required_versions(modules)
    day = timezone.localdate(session.starts_at)

    certifications = defaultdict(list)
    for grant in Certification.objects.filter(moderator_id__in=ids, module__in=modules).order_by():
        certifications[(grant.moderator_id, grant.module_id)].append(grant)

    live = Assignment.objects.active().exclude(session__status=TrainingSession.Status.CANCELLED)
    clashes = defaultdict(list)
    for moderator_id, starts_at, ends_at, status, role in (
        live.filter(
            moderator_id__in=ids,
            session__starts_at__lt=session.ends_at + travel(),
            session__ends_at__gt=session.starts_at - travel(),
        )
        .exclude(session_id=session.pk)
        .values_list("moderator_id", "session__starts_at", "session__ends_at", "status", "role")
    ):
        clashes[moderator_id].append((starts_at, ends_at, status, role))
    declined = {
        moderator_id: (reason, answered_at)
        for moderator_id, reason, answered_at in Assignment.objects.filter(
            session_id=session.pk, moderator_id__in=ids, status=Assignment.Status.DECLINED
        )
        .order_by("answered_at")
        .values_list("moderator_id", "decline_reason", "answered_at")
    }
    already = set(
        live.filter(session_id=session.pk, moderator_id__in=ids).values_list(
            "moderator_id", flat=True
        )
    )
    month_start, month_end = _month(day)
    busy = dict(
        live.filter(moderator_id__in=ids, session__starts_at__range=(month_start, month_end))
        .exclude(session_id=session.pk)
        .values_list("moderator_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    province = _province(session)

    fits = []
    for moderator in moderators:
        fit = Fit(moderator=moderator, sessions_this_month=busy.get(moderator.pk, 0))
        if not moderator.is_active or not moderator.user.is_active:
            fit.reasons.append(_("%(name)s is not active.") % {"name": moderator.name})
        for module in modules:
            reason = _certification_problem(
                certifications[(moderator.pk, module.pk)], module, required[module.pk], day
            )
            if reason:
                fit.missing_modules += 1
                fit.reasons.append(reason)
        if not moderator.gives(session.language):
            fit.reasons.append(
                _("Does not give sessions in %(language)s.")
                % {"language": Language(session.language).label}
            )
        fit.specialised = (
            session.audience != TrainingSession.Audience.ALL
            and moderator.has_specialisation(session.audience)
        )
        if not moderator.has_specialisation(session.audience):
            if session.audience == TrainingSession.Audience.DISADVANTAGED:
                fit.reasons.append(
                    _("Not trained for sessions with socially disadvantaged parents.")
                )
            else:
                fit.reasons.append(_("Not trained for sessions with grandparents."))
        for starts_at, ends_at, status, role in clashes[moderator.pk]:
            when = formats.date_format(timezone.localtime(starts_at), "j F H:i")
            if starts_at < session.ends_at and ends_at > session.starts_at:
                # Said as it is: only asked, leading, or co-leading the other session.
                if status == Assignment.Status.INVITED:
                    reason = _("Already asked for a session at the same time (%(when)s).")
                elif role == Assignment.Role.LEAD:
                    reason = _("Already leads a session at the same time (%(when)s).")
                else:
                    reason = _("Already co-leads a session at the same time (%(when)s).")
                fit.reasons.append(reason % {"when": when})
            else:
                fit.reasons.append(
                    _(
                        "Too close to another session at %(when)s (with %(minutes)s minutes "
                        "of travel)."
                    )
                    % {"when": when, "minutes": settings.MODERATOR_TRAVEL_MINUTES}
                )
        if moderator.pk in already and not answering:
            fit.on_this_session = True
            fit.reasons.append(_("Already invited to or leading this session."))
        fit.declined = declined.get(moderator.pk)
        fit.same_province = province in moderator.provinces
        if session.interpreter_language:
            fit.interpreter = True
            fit.language_match = session.interpreter_language in moderator.other_languages
            fit.speaks = fit.language_match
            fit.language_label = str(session.get_interpreter_language_display())
        else:
            fit.speaks = moderator.gives(session.language)
            fit.language_match = moderator.user.language == session.language
            fit.language_label = str(Language(session.language).label)
        fits.append(fit)
    fits.sort(key=Fit.sort_key)
    return fits


def change_problems(session: TrainingSession, modules) -> list[str]:
    """For trainings.services.SESSION_CHANGE_CHECKS: the session as a coordinator would
    change it; why each moderator invited to or leading it would no longer fit."""
    on_it = Moderator.objects.filter(
        assignments__in=Assignment.objects.active().filter(session_id=session.pk)
    ).select_related("user")
    return [
        f"{fit.moderator.name}: {reason}"
        for fit in evaluate(session, on_it, answering=True, modules=modules)
        for reason in fit.reasons
    ]


def refusals(session: TrainingSession, moderator: Moderator, *, answering=False) -> list[str]:
    """In plain words, every rule that stops this moderator from leading this session."""
    return evaluate(session, [moderator], answering=answering)[0].reasons


def _province(session: TrainingSession) -> str:
    return session.venue.province


def _certification_problem(grants, module, required: int, day) -> str:
    counting = [grant for grant in grants if required <= grant.version <= module.version]
    if any(grant.expires_on >= day for grant in counting):
        return ""
    title = module.title
    if counting:
        expired = max(grant.expires_on for grant in counting)
        values = {"module": title, "date": formats.date_format(expired, "j F Y")}
        if expired >= timezone.localdate():
            return (
                _("Certification for “%(module)s” expires on %(date)s, before the session.")
                % values
            )
        return _("Certification for “%(module)s” expired on %(date)s.") % values
    if grants:
        newest = max(grant.version for grant in grants)
        return _(
            "Certified for “%(module)s” version %(version)s only; since version %(required)s "
            "it needs recertification."
        ) % {"module": title, "version": newest, "required": required}
    return _("Not certified for “%(module)s”.") % {"module": title}
