"""The freelance trainers who lead the sessions, what they are certified for, and where they go.

A moderator is a login (`accounts.User`, no admin access) with a profile here. They are
certified per module *and version* at train-the-trainer events; a certification
expires (settings.CERTIFICATION_VALID_DAYS) and stops counting for new assignments
once a coordinator marks a newer version of the module as needing recertification.
An assignment puts a moderator on a session as lead or co-moderator; the rules that
decide whether that is allowed live in `moderators.rules` and are enforced, under row
locks, by `moderators.services`. The attendance report after a session is the source
of the programme's figures: it keeps counts only, never names.

The app depends on trainings (sessions, venues) and modules, never the other way round:
a session reaches its assignments through the reverse relation `session.assignments`.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from trainings.models import InterpreterLanguage, Language, Province, TrainingSession


def new_calendar_token() -> str:
    return secrets.token_urlsafe(24)


class ModeratorQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True, user__is_active=True)


class Moderator(models.Model):
    class Specialisation(models.TextChoices):
        DISADVANTAGED = "disadvantaged", _("Socially disadvantaged parents")
        GRANDPARENTS = "grandparents", _("Grandparents")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("login"),
        on_delete=models.PROTECT,
        related_name="moderator",
    )
    name = models.CharField(_("name"), max_length=120)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    gives_dutch = models.BooleanField(_("gives sessions in Dutch"), default=False)
    gives_french = models.BooleanField(_("gives sessions in French"), default=False)
    other_languages = models.JSONField(
        _("other languages, with an interpreter"),
        default=list,
        blank=True,
        help_text=_("Languages they can give a session in with an interpreter's help."),
    )
    provinces = models.JSONField(
        _("provinces"), default=list, blank=True, help_text=_("Where they are willing to work.")
    )
    for_disadvantaged = models.BooleanField(
        _("trained for socially disadvantaged parents"), default=False
    )
    for_grandparents = models.BooleanField(_("trained for grandparents"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    notes = models.TextField(
        _("notes for coordinators"), blank=True, help_text=_("Never shown to the moderator.")
    )
    calendar_token = models.CharField(
        _("calendar link code"),
        max_length=64,
        unique=True,
        default=new_calendar_token,
        editable=False,
    )

    objects = ModeratorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("moderator")
        verbose_name_plural = _("moderators")

    def __str__(self) -> str:
        return self.name

    @property
    def email(self) -> str:
        return self.user.email

    @property
    def language(self) -> str:
        """The language of the pages and messages this moderator receives."""
        return self.user.language

    def gives(self, language: str) -> bool:
        return {Language.DUTCH: self.gives_dutch, Language.FRENCH: self.gives_french}.get(
            language, False
        )

    def has_specialisation(self, audience: str) -> bool:
        if audience == TrainingSession.Audience.DISADVANTAGED:
            return self.for_disadvantaged
        if audience == TrainingSession.Audience.GRANDPARENTS:
            return self.for_grandparents
        return True

    def languages_display(self) -> str:
        names = [str(label) for code, label in Language.choices if self.gives(code)]
        labels = dict(InterpreterLanguage.choices)
        names += [f"{labels.get(code, code)}*" for code in self.other_languages]
        return ", ".join(names)

    def provinces_display(self) -> str:
        labels = dict(Province.choices)
        return ", ".join(str(labels.get(code, code)) for code in self.provinces)


class TrainingEvent(models.Model):
    """A train-the-trainer event or a peer-learning meeting for moderators."""

    class Kind(models.TextChoices):
        TRAIN_THE_TRAINER = "train_the_trainer", _("Train-the-trainer event")
        PEER_LEARNING = "peer_learning", _("Peer-learning meeting")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=150)
    starts_at = models.DateTimeField(_("starts"))
    place = models.CharField(_("place"), max_length=200)
    modules = models.ManyToManyField(
        "modules.Module",
        through="EventModule",
        verbose_name=_("modules"),
        related_name="training_events",
        blank=True,
    )
    attendees = models.ManyToManyField(
        Moderator, through="EventAttendance", verbose_name=_("attendees"), blank=True
    )

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("train-the-trainer or peer-learning event")
        verbose_name_plural = _("train-the-trainer and peer-learning events")

    def __str__(self) -> str:
        return f"{timezone.localtime(self.starts_at):%Y-%m-%d} {self.title}"


class EventModule(models.Model):
    """A module an event covers, at the version it teaches."""

    event = models.ForeignKey(
        TrainingEvent, on_delete=models.CASCADE, related_name="covered", verbose_name=_("event")
    )
    module = models.ForeignKey(
        "modules.Module", on_delete=models.PROTECT, related_name="+", verbose_name=_("module")
    )
    version = models.PositiveIntegerField(_("version"))

    class Meta:
        verbose_name = _("module covered")
        verbose_name_plural = _("modules covered")
        constraints = [
            models.UniqueConstraint(fields=["event", "module"], name="event_module_once")
        ]

    def __str__(self) -> str:
        return f"{self.module} v{self.version}"


class EventAttendance(models.Model):
    event = models.ForeignKey(
        TrainingEvent, on_delete=models.CASCADE, related_name="attendance", verbose_name=_("event")
    )
    moderator = models.ForeignKey(
        Moderator,
        on_delete=models.CASCADE,
        related_name="attendance",
        verbose_name=_("moderator"),
    )
    confirmed_at = models.DateTimeField(
        _("attendance confirmed"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Set by the action “Confirm attendance and certify”."),
    )

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["event", "moderator"], name="event_attendance_once")
        ]

    def __str__(self) -> str:
        return str(self.moderator)


class Certification(models.Model):
    """A grant (moderator, module, version), like ephios' QualificationGrant."""

    moderator = models.ForeignKey(
        Moderator,
        on_delete=models.CASCADE,
        related_name="certifications",
        verbose_name=_("moderator"),
    )
    module = models.ForeignKey(
        "modules.Module",
        on_delete=models.PROTECT,
        related_name="certifications",
        verbose_name=_("module"),
    )
    version = models.PositiveIntegerField(_("version"))
    certified_on = models.DateField(_("certified on"), default=timezone.localdate)
    expires_on = models.DateField(_("expires on"))
    event = models.ForeignKey(
        TrainingEvent,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certifications",
        verbose_name=_("earned at"),
    )

    class Meta:
        ordering = ["module__number", "-version"]
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")
        constraints = [
            models.UniqueConstraint(
                fields=["moderator", "module", "version"], name="certification_once_per_version"
            ),
            models.CheckConstraint(
                condition=Q(expires_on__gt=models.F("certified_on")),
                name="certification_expires_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.module} v{self.version}"

    @staticmethod
    def default_expiry(certified_on):
        return certified_on + timedelta(days=settings.CERTIFICATION_VALID_DAYS)

    def is_expired(self, on=None) -> bool:
        return self.expires_on < (on or timezone.localdate())


class RecertificationRequirement(models.Model):
    """From this version of a module on, certifications for older versions no longer count."""

    module = models.ForeignKey(
        "modules.Module",
        on_delete=models.CASCADE,
        related_name="recertification_requirements",
        verbose_name=_("module"),
    )
    from_version = models.PositiveIntegerField(
        _("from version"),
        help_text=_(
            "Moderators certified for an older version can no longer be assigned to new "
            "sessions of this module."
        ),
    )
    reason = models.CharField(_("why"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        ordering = ["module__number", "-from_version"]
        verbose_name = _("recertification requirement")
        verbose_name_plural = _("recertification requirements")
        constraints = [
            models.UniqueConstraint(
                fields=["module", "from_version"], name="recertification_once_per_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.module} ≥ v{self.from_version}"


class AssignmentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=Assignment.ACTIVE)


class Assignment(models.Model):
    class Role(models.TextChoices):
        LEAD = "lead", _("Lead moderator")
        CO = "co", _("Co-moderator")

    class Status(models.TextChoices):
        INVITED = "invited", _("Invited")
        ACCEPTED = "accepted", _("Accepted")
        # Its own context: a request's "Declined" is "Niet mogelijk" in Dutch, a
        # moderator's answer is "Geweigerd".
        DECLINED = "declined", pgettext_lazy("assignment status", "Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    ACTIVE = (Status.INVITED, Status.ACCEPTED)

    session = models.ForeignKey(
        TrainingSession,
        on_delete=models.CASCADE,
        related_name="assignments",
        verbose_name=_("session"),
    )
    moderator = models.ForeignKey(
        Moderator,
        on_delete=models.PROTECT,
        related_name="assignments",
        verbose_name=_("moderator"),
    )
    role = models.CharField(_("role"), max_length=4, choices=Role.choices, default=Role.LEAD)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.INVITED, db_index=True
    )
    decline_reason = models.TextField(_("reason for declining"), blank=True, max_length=500)
    invited_at = models.DateTimeField(_("invited"), default=timezone.now)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
    )

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["session__starts_at", "role"]
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [
            # Backstops for the service's checks: one live assignment per person and
            # session, and one live lead per session.
            models.UniqueConstraint(
                fields=["session", "moderator"],
                condition=Q(status__in=["invited", "accepted"]),
                name="assignment_once_per_session",
            ),
            models.UniqueConstraint(
                fields=["session"],
                condition=Q(status__in=["invited", "accepted"], role="lead"),
                name="assignment_one_lead",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.moderator} · {self.get_role_display()} · {self.get_status_display()}"


class AttendanceReport(models.Model):
    """Who came, in numbers only: it outlives the registrations (deleted after 90 days)."""

    CORRECTION_DAYS = 14

    session = models.OneToOneField(
        TrainingSession,
        on_delete=models.PROTECT,
        related_name="attendance_report",
        verbose_name=_("session"),
    )
    moderator = models.ForeignKey(
        Moderator,
        on_delete=models.PROTECT,
        related_name="reports",
        verbose_name=_("filed by"),
    )
    adults = models.PositiveSmallIntegerField(_("adults present"))
    families = models.PositiveSmallIntegerField(_("families"))
    disadvantaged_families = models.PositiveSmallIntegerField(
        _("families from socially disadvantaged groups")
    )
    grandparents = models.PositiveSmallIntegerField(_("grandparents"))
    children_in_childcare = models.PositiveSmallIntegerField(_("children in childcare"))
    notes = models.TextField(_("notes"), blank=True, max_length=2000)
    filed_at = models.DateTimeField(_("filed"), default=timezone.now)
    corrected_at = models.DateTimeField(_("last corrected"), null=True, blank=True)

    class Meta:
        ordering = ["-session__starts_at"]
        verbose_name = _("attendance report")
        verbose_name_plural = _("attendance reports")
        constraints = [
            models.CheckConstraint(
                condition=Q(families__lte=models.F("adults")), name="report_families_le_adults"
            ),
            models.CheckConstraint(
                condition=Q(disadvantaged_families__lte=models.F("families")),
                name="report_disadvantaged_le_families",
            ),
            models.CheckConstraint(
                condition=Q(grandparents__lte=models.F("adults")),
                name="report_grandparents_le_adults",
            ),
        ]

    def __str__(self) -> str:
        return str(self.session)

    @property
    def correctable_until(self):
        return self.filed_at + timedelta(days=self.CORRECTION_DAYS)

    def can_be_corrected(self, now=None) -> bool:
        return (now or timezone.now()) < self.correctable_until


# Coordinators' to-do lists, as filtered admin changelists (see moderators/admin/lists.py).
class UnstaffedSession(TrainingSession):
    class Meta:
        proxy = True
        verbose_name = _("session without a lead moderator")
        verbose_name_plural = _("sessions without a lead moderator")


class SessionWithoutReport(TrainingSession):
    class Meta:
        proxy = True
        verbose_name = _("session held without a report")
        verbose_name_plural = _("sessions held without a report")


class UnansweredInvitation(Assignment):
    class Meta:
        proxy = True
        verbose_name = _("unanswered invitation")
        verbose_name_plural = _("unanswered invitations")


class ExpiringCertification(Certification):
    class Meta:
        proxy = True
        verbose_name = _("certification expiring soon")
        verbose_name_plural = _("certifications expiring soon")
