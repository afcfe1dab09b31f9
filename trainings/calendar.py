"""Calendar files (RFC 5545) for a training session, built with icalendar."""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from trainings.models import TrainingSession


def session_ics(session: TrainingSession, *, url: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Veilig Online//veiligonline.be//")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"session-{session.pk}@veiligonline.be")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    modules = ", ".join(module.title for module in session.modules.all())
    event.add("summary", _("Veilig Online training: %(modules)s") % {"modules": modules})
    venue = session.venue
    event.add("location", f"{venue.name}, {venue.street}, {venue.postcode} {venue.municipality}")
    description = "\n".join(part for part in (session.practical, url) if part)
    event.add("description", description)
    event.add("url", url)
    if session.status == session.Status.CANCELLED:
        event.add("status", "CANCELLED")
    calendar.add_component(event)
    return calendar.to_ical()


def absolute(path: str) -> str:
    return settings.SITE_URL + path
