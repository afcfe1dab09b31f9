"""Calendar files (RFC 5545) for a training session, built with icalendar."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

from trainings.models import TrainingSession


def session_ics(session: TrainingSession, *, url: str, alarm: bool = False) -> bytes:
    """The session as a calendar file, in the active language.

    `alarm=True` (the file attached to a parent's confirmation) adds a reminder the day
    before, so that the phone reminds them even if our own reminder is stopped or lost.
    The UID is the session's: when the session moves, the file in the "moved" message
    replaces the entry it added before instead of adding a second one.
    """
    calendar = Calendar()
    calendar.add("prodid", "-//Veilig Online//veiligonline.be//")
    calendar.add("version", "2.0")
    # PUBLISH: a file to add to one's calendar, not a meeting invitation to answer.
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"session-{session.pk}@veiligonline.be")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    modules = ", ".join(module.title for module in session.modules.all())
    summary = _("Veilig Online training: %(modules)s") % {"modules": modules}
    event.add("summary", summary)
    venue = session.venue
    # The place's name in the reader's language (Gand, Bruxelles), as in the messages.
    event.add("location", f"{venue.name}, {venue.street}, {venue.postcode} {venue.place}")
    description = "\n".join(part for part in (session.practical, url) if part)
    event.add("description", description)
    event.add("url", url)
    if session.status == session.Status.CANCELLED:
        event.add("status", "CANCELLED")
    elif alarm:
        reminder = Alarm()
        reminder.add("action", "DISPLAY")
        reminder.add("trigger", timedelta(days=-1))
        reminder.add(
            "description",
            _("Tomorrow: %(summary)s, %(place)s") % {"summary": summary, "place": venue.place},
        )
        event.add_component(reminder)
    calendar.add_component(event)
    return calendar.to_ical()


def absolute(path: str) -> str:
    return settings.SITE_URL + path
