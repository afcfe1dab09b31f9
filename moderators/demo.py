"""Demo moderators for `load_demo`: 18 trainers, their certifications, events, assignments
and attendance reports. Safe to run again: profiles and certifications are updated in
place; assignments and past sessions are made once.

The mix is chosen to show the rules at work: most sessions find a fitting moderator,
a few do not (French sessions for grandparents, some modules nobody French-speaking is
certified for), two moderators' certifications have expired.
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.text import slugify

from accounts.roles import MODERATOR
from moderators import rules
from moderators.models import (
    Assignment,
    AttendanceReport,
    Certification,
    EventAttendance,
    EventModule,
    Moderator,
    TrainingEvent,
)
from trainings.models import TrainingSession

# name, language, provinces, specialisations (d: disadvantaged, g: grandparents), other languages
DEMO_MODERATORS = [
    ("Annelies Verhoeven", "nl", ["antwerp", "flemish_brabant"], "d", []),
    ("Youssef El Amrani", "nl", ["antwerp", "brussels"], "d", ["ar", "zgh"]),
    ("Sofie De Smet", "nl", ["east_flanders"], "g", []),
    ("Marie Dubois", "fr", ["liege", "namur"], "", []),
    ("Kevin Peeters", "nl", ["limburg"], "", []),
    ("Fatma Yilmaz", "nl", ["limburg", "antwerp"], "d", ["tr"]),
    ("Lotte Janssens", "nl", ["west_flanders"], "g", []),
    ("Julien Lambert", "fr", ["hainaut"], "d", []),
    ("Pieter Claes", "nl", ["east_flanders", "west_flanders"], "", []),
    ("Nadia Benali", "fr", ["brussels", "walloon_brabant"], "d", ["ar"]),
    ("Thomas Maes", "nl", ["flemish_brabant", "brussels"], "", []),
    ("Camille Leroy", "fr", ["luxembourg", "namur"], "", []),
    ("Elif Kaya", "nl", ["east_flanders"], "d", ["tr"]),
    ("Sarah Wouters", "nl", ["antwerp"], "g", []),
    ("Antoine Martin", "fr", ["liege", "luxembourg"], "d", []),
    ("Ioana Popescu", "fr", ["hainaut", "walloon_brabant"], "", ["ro"]),
    ("Bart Willems", "nl", ["limburg", "flemish_brabant"], "", []),
    ("Hélène Dupont", "fr", ["brussels", "namur"], "", []),
]
BILINGUAL = {"Youssef El Amrani", "Nadia Benali", "Thomas Maes"}
EXPIRED = {"Bart Willems", "Hélène Dupont"}  # certified long ago: to retrain
EXPIRING = {"Sarah Wouters", "Thomas Maes", "Camille Leroy"}  # within 60 days: the list shows them
# Invented parents for the demo's registrations: first names as the programme meets them.
DEMO_PARTICIPANTS = [
    "Amina Haddou",
    "Jonas Verhoeven",
    "Fatou Diallo",
    "Lien De Wit",
    "Mehmet Aydın",
    "Sophie Lambrecht",
    "Karim Bouzid",
    "Ana Ionescu",
    "Els Vermeulen",
    "Youssef Amrani",
    "Chloé Mertens",
    "Ayşe Demir",
    "Wouter Goossens",
    "Grace Mbala",
    "Nathalie Renard",
    "Bilal Chaouki",
    "Marieke Smets",
    "Olga Kowalska",
]
PARTLY = {
    "Kevin Peeters",
    "Camille Leroy",
    "Ioana Popescu",
    "Marie Dubois",
    "Julien Lambert",
}  # modules 1–3 only


def demo_email(name: str) -> str:
    return f"{slugify(name)}@moderatoren.example.org"


def load(modules: list, venues: list) -> dict:
    moderators = _moderators()
    _certifications(moderators, modules)
    _events(moderators, modules)
    assigned = _assign_upcoming(moderators, venues)
    reported = _past_sessions(moderators, modules, venues)
    _showcase()
    return {"moderators": len(moderators), "assigned": assigned, "reports": reported}


def _moderators() -> list[Moderator]:
    group, _created = Group.objects.get_or_create(name=MODERATOR)
    user_model = get_user_model()
    moderators = []
    for name, language, provinces, special, others in DEMO_MODERATORS:
        email = demo_email(name)
        user = user_model.objects.filter(email__iexact=email).first()
        if user is None:
            user = user_model(username=email, email=email)
            user.set_unusable_password()
        first, _space, last = name.partition(" ")
        user.first_name, user.last_name, user.language = first, last, language
        user.is_staff = False
        user.save()
        user.groups.add(group)
        moderator, _created = Moderator.objects.update_or_create(
            user=user,
            defaults={
                "name": name,
                "phone": "0470 00 00 00",
                "gives_dutch": language == "nl" or name in BILINGUAL,
                "gives_french": language == "fr" or name in BILINGUAL,
                "other_languages": others,
                "provinces": provinces,
                "for_disadvantaged": "d" in special,
                "for_grandparents": "g" in special,
                "is_active": True,
            },
        )
        moderators.append(moderator)
    return moderators


def _certifications(moderators, modules) -> None:
    today = timezone.localdate()
    for moderator in moderators:
        if moderator.name in EXPIRED:
            certified_on = today - timedelta(days=800)
        elif moderator.name in EXPIRING:
            # Expires in about a month: "certifications expiring soon" has rows to show.
            certified_on = today - timedelta(days=settings.CERTIFICATION_VALID_DAYS - 30)
        else:
            certified_on = today - timedelta(days=300)
        for module in modules:
            if moderator.name in PARTLY and module.number > 3:
                continue
            Certification.objects.update_or_create(
                moderator=moderator,
                module=module,
                version=module.version,
                defaults={
                    "certified_on": certified_on,
                    "expires_on": Certification.default_expiry(certified_on),
                },
            )


def _events(moderators, modules) -> None:
    now = timezone.now()
    events = [
        (
            "Opleiding voor begeleiders Mechelen",
            TrainingEvent.Kind.TRAIN_THE_TRAINER,
            -300,
            "Mechelen",
        ),
        ("Formation de formateurs Namur", TrainingEvent.Kind.TRAIN_THE_TRAINER, 40, "Namur"),
        ("Intervisie / Intervision", TrainingEvent.Kind.PEER_LEARNING, -45, "Brussel / Bruxelles"),
    ]
    for title, kind, days, place in events:
        starts = (now + timedelta(days=days)).replace(hour=10, minute=0, second=0, microsecond=0)
        event, created = TrainingEvent.objects.get_or_create(
            title=title, defaults={"kind": kind, "starts_at": starts, "place": place}
        )
        if not created:
            continue
        if kind == TrainingEvent.Kind.TRAIN_THE_TRAINER:
            for module in modules:
                EventModule.objects.create(event=event, module=module, version=module.version)
        if days < 0:
            for moderator in moderators[: 12 if kind == TrainingEvent.Kind.PEER_LEARNING else 16]:
                EventAttendance.objects.create(event=event, moderator=moderator, confirmed_at=now)
                Certification.objects.filter(
                    moderator=moderator, certified_on=timezone.localdate(starts)
                ).update(event=event)


def _assign_upcoming(moderators, venues) -> int:
    """A lead for most coming sessions; some invitations still open; the last weeks free."""
    sessions = list(
        TrainingSession.objects.filter(venue__in=venues, starts_at__gt=timezone.now())
        .exclude(status=TrainingSession.Status.CANCELLED)
        .select_related("venue")
        .prefetch_related("modules")
        .order_by("starts_at")
    )
    if Assignment.objects.filter(session__in=sessions).exists():
        return 0
    created = 0
    for n, session in enumerate(sessions[:-10]):
        fits = [fit for fit in rules.evaluate(session, moderators) if fit.fits]
        if not fits:
            continue  # the coordinators' list shows it, with the reasons
        invited = n % 6 == 5
        Assignment.objects.create(
            session=session,
            moderator=fits[0].moderator,
            status=Assignment.Status.INVITED if invited else Assignment.Status.ACCEPTED,
            invited_at=timezone.now() - timedelta(days=5 if n % 12 == 5 else 1),
            answered_at=None if invited else timezone.now(),
        )
        created += 1
    return created


def _past_sessions(moderators, modules, venues) -> int:
    """A few sessions in the past, most with their attendance report; made once."""
    if AttendanceReport.objects.exists():
        return AttendanceReport.objects.count()
    rng = random.Random(8)  # the same demo every time  # noqa: S311
    today = timezone.localdate()
    reports = 0
    for n, days_ago in enumerate([75, 60, 46, 33, 25, 18, 12, 9, 5, 2]):
        day = today - timedelta(days=days_ago)
        if day.weekday() == 6:
            day -= timedelta(days=1)
        starts = timezone.make_aware(datetime.combine(day, time(19, 0)))
        venue = venues[(n * 7) % len(venues)]
        french = venue.province in {"walloon_brabant", "hainaut", "liege", "namur", "luxembourg"}
        session = TrainingSession.objects.create(
            venue=venue,
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            language="fr" if french else "nl",
            audience=TrainingSession.Audience.DISADVANTAGED
            if n % 3 == 0
            else TrainingSession.Audience.ALL,
            capacity=15,
            childcare=n % 3 == 0,
            status=TrainingSession.Status.CONFIRMED,
        )
        session.modules.set([modules[n % len(modules)]])
        fits = [fit for fit in rules.evaluate(session, moderators) if fit.fits]
        if not fits:
            continue
        moderator = fits[0].moderator
        Assignment.objects.create(
            session=session,
            moderator=moderator,
            status=Assignment.Status.ACCEPTED,
            invited_at=starts - timedelta(days=30),
            answered_at=starts - timedelta(days=28),
        )
        if n in (7, 9):
            continue  # held, the report still to file: the coordinators' list shows them
        adults = rng.randint(6, 15)
        families = adults - rng.randint(0, 3)
        AttendanceReport.objects.create(
            session=session,
            moderator=moderator,
            adults=adults,
            families=families,
            disadvantaged_families=families // 2 if n % 3 == 0 else rng.randint(0, 2),
            grandparents=rng.randint(0, 2),
            children_in_childcare=rng.randint(2, 8) if session.childcare else 0,
            notes="",
            filed_at=starts + timedelta(days=1),
        )
        session.status = TrainingSession.Status.HELD
        session.save(update_fields=["status"])
        reports += 1
    return reports


def showcase_candidates():
    """Moderators with a session over and its report still to file, and an open invitation:
    the one `make run` prints (ensure_moderator) shows both in their space."""
    now = timezone.now()
    unreported = Assignment.objects.filter(
        moderator=OuterRef("pk"),
        status=Assignment.Status.ACCEPTED,
        session__ends_at__lt=now,
        session__attendance_report__isnull=True,
    ).exclude(session__status=TrainingSession.Status.CANCELLED)
    open_invitation = Assignment.objects.filter(
        moderator=OuterRef("pk"), status=Assignment.Status.INVITED, session__starts_at__gt=now
    )
    return Moderator.objects.active().annotate(
        report_due=Exists(unreported), invited_now=Exists(open_invitation)
    )


def _showcase() -> None:
    """Give a moderator with a report to file an open invitation too (if none has both)."""
    candidates = showcase_candidates()
    if candidates.filter(report_due=True, invited_now=True).exists():
        return
    now = timezone.now()
    free = (
        TrainingSession.objects.filter(starts_at__gt=now + timedelta(days=3))
        .exclude(status=TrainingSession.Status.CANCELLED)
        .exclude(assignments__status__in=Assignment.ACTIVE)
        .select_related("venue")
        .prefetch_related("modules")
        .order_by("starts_at")
    )
    for moderator in candidates.filter(report_due=True).select_related("user"):
        for session in free:
            if not rules.refusals(session, moderator):
                Assignment.objects.create(
                    session=session, moderator=moderator, invited_at=now - timedelta(days=1)
                )
                return
